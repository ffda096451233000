//! The proxy: `handle` runs one request through the stages below, in order.
//!
//! 1. `route`: provider from the path (`/{provider}/…`, `/v1/…`).
//! 2. `authenticate`: gateway key → scope; tenant and connector headers.
//! 3. `admit`: content type and encoding (fail closed), audit sink health.
//! 4. `read_body`: bounded read, JSON parse, depth limit.
//! 5. `scan_and_decide`: every text slot scanned; connector policy decides.
//! 6. `redact`: slots rewritten with placeholders.
//! 7. `forward`: credentials swapped, timeout.
//! 8. `respond`: answer restored (JSON, or SSE event by event).
//! 9. `finish`: metrics and the audit record; runs for every request.

pub mod body;
pub mod ctx;
pub mod server;
pub mod stream;
pub mod upstream;

use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::{Arc, RwLock};
use std::time::{Duration, Instant};

use bytes::Bytes;
use http_body_util::{BodyExt, Full, Limited};
use hyper::body::Incoming;
use hyper::header::{HeaderMap, HeaderName, HeaderValue};
use hyper::{Method, Request, Response};
use serde_json::Value;

use crate::audit::Auditor;
use crate::config::Config;
use crate::error::{render, Code, GatewayError};
use crate::obs::{model_label, Metrics};
use crate::policy::connector::ScanSummary;
use crate::policy::{approval, keys, Action};
use crate::providers::walk::{
    depth, for_each_text, for_each_text_mut, has_record_array, restore_value, MAX_DEPTH,
};
use crate::providers::{Provider, ProviderKind};
use crate::scan::{Engine, Finding, Scratch};
use body::{full, BoxBody};
use ctx::RequestCtx;
use stream::RestoringBody;
use upstream::HttpClient;

/// Everything a request needs that a reload may replace. A request keeps the `Arc` it
/// started with, so it never sees a mixed set.
pub struct Snapshot {
    pub config: Config,
    pub engine: Engine,
    /// one connector per provider, checked at load; each worker thread pools its own
    /// connections over them (see `Gateway::client`)
    pub connectors: HashMap<String, upstream::Connector>,
    /// tells one snapshot from the next (a reload makes a new one)
    pub generation: u64,
}

pub struct Gateway {
    pub snapshot: RwLock<Arc<Snapshot>>,
    pub metrics: Metrics,
    pub auditor: Auditor,
}

thread_local! {
    // one scratch per worker thread: no lock, no allocation per request once warm
    static SCRATCH: RefCell<(Scratch, Vec<Finding>)> = RefCell::new((Scratch::default(), Vec::new()));
    // the upstream clients of this thread, for one snapshot generation
    static CLIENTS: RefCell<(u64, HashMap<String, HttpClient>)> = RefCell::new((0, HashMap::new()));
}

/// Headers that belong to one hop, or carry the caller's credentials or our own
/// routing, and never go upstream.
const DROP_REQUEST_HEADERS: &[&str] = &[
    "connection",
    "keep-alive",
    "proxy-connection",
    "proxy-authorization",
    "te",
    "trailer",
    "transfer-encoding",
    "upgrade",
    "host",
    "content-length",
    "authorization",
    "x-api-key",
    "api-key",
    "cookie",
    "x-tenant-id",
    "x-connector",
    "x-record-approval",
    "accept-encoding",
];
const DROP_RESPONSE_HEADERS: &[&str] = &[
    "connection",
    "keep-alive",
    "proxy-connection",
    "te",
    "trailer",
    "transfer-encoding",
    "upgrade",
    "content-length",
    "set-cookie",
    "content-encoding",
];

impl Gateway {
    pub fn new(snapshot: Snapshot, auditor: Auditor) -> Self {
        let metrics = Metrics::new(snapshot.config.tenant_label);
        Self {
            snapshot: RwLock::new(Arc::new(snapshot)),
            metrics,
            auditor,
        }
    }

    /// This thread's client for a provider. A client's pooled connections are served
    /// by the runtime that opened them, so a pool per worker thread keeps every
    /// upstream call on the thread of its request.
    fn client(snap: &Snapshot, provider: &str) -> Option<HttpClient> {
        CLIENTS.with(|c| {
            let mut c = c.borrow_mut();
            if c.0 != snap.generation {
                let own = snap
                    .connectors
                    .iter()
                    .map(|(name, conn)| (name.clone(), upstream::pooled(conn.clone())))
                    .collect();
                *c = (snap.generation, own);
            }
            c.1.get(provider).cloned()
        })
    }

    pub fn current(&self) -> Arc<Snapshot> {
        self.snapshot.read().expect("snapshot lock").clone()
    }

    pub async fn handle(self: Arc<Self>, req: Request<Incoming>) -> Response<BoxBody> {
        use tracing::Instrument;
        let snap = self.current();
        let mut ctx = RequestCtx::new();
        // the span carries the request id only: no header, body or path content
        let span = tracing::info_span!("request", request_id = %ctx.request_id);
        let result = self.run(&snap, &mut ctx, req).instrument(span).await;
        match result {
            Ok(resp) => resp,
            Err(err) => {
                ctx.audit.status = err.code.status().as_u16();
                ctx.audit.decision = "blocked";
                ctx.audit.reason = Some(err.code.as_str().to_string());
                if matches!(
                    err.code,
                    Code::UpstreamUnreachable | Code::UpstreamTimeout | Code::UpstreamTooLarge
                ) {
                    ctx.audit.decision = "forwarded";
                }
                self.metrics
                    .blocks
                    .with_label_values(&[&ctx.audit.connector, err.code.as_str()])
                    .inc();
                let mut resp = render(&err, ctx.kind, &ctx.request_id)
                    .map(|b| b.map_err(|never| match never {}).boxed());
                if err.code == Code::RequestTimeout {
                    // the rest of a body that stalled may still arrive: close the
                    // connection rather than read it as the next request
                    resp.headers_mut()
                        .insert(hyper::header::CONNECTION, HeaderValue::from_static("close"));
                }
                self.finish(&mut ctx, 0);
                resp
            }
        }
    }

    async fn run(
        self: &Arc<Self>,
        snap: &Snapshot,
        ctx: &mut RequestCtx,
        req: Request<Incoming>,
    ) -> Result<Response<BoxBody>, GatewayError> {
        let cfg = &snap.config;
        // 1. route
        let (provider, rest) = route(cfg, req.uri().path())?;
        ctx.kind = provider.kind;
        ctx.audit.provider = provider.name.clone();
        ctx.audit.upstream_host = provider.base_url.host().unwrap_or("").to_string();
        ctx.audit.endpoint = endpoint_label(&rest);

        // 2. authenticate
        let headers = req.headers();
        let tenant = header(headers, "x-tenant-id")
            .unwrap_or("default")
            .to_string();
        let connector_name = header(headers, "x-connector")
            .unwrap_or("default")
            .to_string();
        ctx.audit.tenant = safe_label(&tenant);
        ctx.audit.connector = safe_label(&connector_name);
        if !cfg.keys.is_empty() {
            let presented = header(headers, "authorization")
                .and_then(|v| {
                    v.strip_prefix("Bearer ")
                        .or_else(|| v.strip_prefix("bearer "))
                })
                .or_else(|| header(headers, "x-api-key"));
            let key = keys::authenticate(&cfg.keys, presented)?;
            ctx.audit.key_id = Some(key.id.clone());
            keys::check_scope(key, &tenant, &connector_name)?;
        }
        let Some(policy) = cfg.connectors.get(&connector_name) else {
            // the caller's header is not a label: metrics and audit say "unknown"
            ctx.audit.connector = "unknown".into();
            return Err(GatewayError::new(
                Code::UnknownConnector,
                "unknown connector: set X-Connector to a configured connector",
            ));
        };
        policy.check_provider(&provider.name)?;
        ctx.restore = policy.restore;

        // 3. admit
        if !self.auditor.accepting() {
            return Err(GatewayError::new(
                Code::AuditUnavailable,
                "the audit trail is not writable; requests are refused until it is",
            ));
        }
        let approval_header = header(headers, "x-record-approval").map(String::from);
        let method = req.method().clone();
        let has_body = !matches!(
            method,
            Method::GET | Method::HEAD | Method::OPTIONS | Method::DELETE
        );
        if has_body {
            if let Some(enc) = header(headers, "content-encoding") {
                if !enc.trim().eq_ignore_ascii_case("identity") {
                    return Err(GatewayError::new(
                        Code::UnsupportedEncoding,
                        "compressed request bodies are not accepted; send the body uncompressed",
                    ));
                }
            }
        }

        // 4. read_body
        let (parts, incoming) = req.into_parts();
        let limit = cfg.max_body_bytes as usize;
        let read = body::read_limited(incoming, limit);
        let raw = tokio::time::timeout(Duration::from_secs(cfg.body_timeout_secs), read)
            .await
            .map_err(|_| {
                GatewayError::new(
                    Code::RequestTimeout,
                    format!(
                        "the request body did not arrive within {} s",
                        cfg.body_timeout_secs
                    ),
                )
            })?
            .map_err(|e| match e {
                body::ReadError::TooLarge => GatewayError::new(
                    Code::BodyTooLarge,
                    format!("the request body is over the {limit}-byte limit"),
                ),
                body::ReadError::Broken => {
                    GatewayError::new(Code::InvalidJson, "the request body could not be read")
                }
            })?;
        ctx.audit.bytes_in = raw.len() as u64;
        let mut stream = false;
        let out_body: Bytes = if raw.is_empty() {
            // nothing to scan (GET /models and the like)
            raw
        } else {
            let ct = header(&parts.headers, "content-type").unwrap_or("");
            if !ct.to_ascii_lowercase().contains("json") {
                return Err(GatewayError::new(
                    Code::UnsupportedMediaType,
                    "only application/json request bodies are accepted",
                ));
            }
            let text = std::str::from_utf8(&raw).map_err(|_| {
                GatewayError::new(Code::InvalidJson, "the request body is not valid UTF-8")
            })?;
            let text = text.strip_prefix('\u{feff}').unwrap_or(text);
            let mut body: Value = serde_json::from_str(text).map_err(|e| {
                GatewayError::new(
                    Code::InvalidJson,
                    format!(
                        "the request body is not valid JSON ({:?} error at line {} column {})",
                        e.classify(),
                        e.line(),
                        e.column()
                    ),
                )
            })?;
            if depth(&body) > MAX_DEPTH {
                return Err(GatewayError::new(
                    Code::InvalidJson,
                    format!("the request body nests deeper than {MAX_DEPTH} levels"),
                ));
            }
            stream = body.get("stream").and_then(Value::as_bool).unwrap_or(false);
            if stream
                && provider.kind == ProviderKind::OpenAi
                && rest.ends_with("/chat/completions")
                && body.get("stream_options").is_none()
            {
                // ask for the usage chunk, so streamed requests are accounted too
                body["stream_options"] = serde_json::json!({ "include_usage": true });
            }
            ctx.audit.model = model_label(body.get("model").and_then(Value::as_str).unwrap_or(""));

            // 5. scan_and_decide
            let mut findings: Vec<Vec<Finding>> = Vec::new();
            let mut summary = ScanSummary::default();
            let mut scanned = 0u64;
            SCRATCH.with(|s| {
                let (scratch, found) = &mut *s.borrow_mut();
                for_each_text(&body, &mut |t| {
                    scanned += t.len() as u64;
                    ctx.placeholders.reserve_existing(t);
                    snap.engine.scan(t, scratch, found);
                    for f in found.iter() {
                        summary.counts[f.entity.index()] += 1;
                    }
                    findings.push(
                        found
                            .iter()
                            .copied()
                            .filter(|f| policy.actions[f.entity.index()] != Action::Allow)
                            .collect(),
                    );
                });
            });
            self.metrics.scanned_bytes.inc_by(scanned);
            // only aggregate-only connectors look at record arrays: no walk for the rest
            summary.record_array = policy.mode == crate::policy::Mode::AggregateOnly
                && has_record_array(&body, &policy.record_keys);
            let approved = match &approval_header {
                None => None,
                Some(tok) => {
                    let secret = cfg.approval_secret.as_deref().ok_or_else(|| {
                        GatewayError::new(
                            Code::InvalidApproval,
                            "approval tokens are not enabled: the approval secret is not set",
                        )
                    })?;
                    Some(approval::verify(
                        secret,
                        tok,
                        &tenant,
                        &connector_name,
                        &cfg.revoked,
                        approval::now(),
                    )?)
                }
            };
            ctx.audit.approval_id = approved.as_ref().map(|a| a.id.clone());
            policy.decide(&summary, approved.is_some())?;

            // 6. redact
            let mut slots = findings.into_iter();
            for_each_text_mut(&mut body, &mut |s| {
                if let Some(f) = slots.next() {
                    if !f.is_empty() {
                        *s = ctx.placeholders.redact(s, &f);
                    }
                }
            });
            for (e, n) in ctx.placeholders.counts() {
                ctx.audit.redactions.insert(e.as_str(), n);
                self.metrics
                    .redactions
                    .with_label_values(&[e.as_str(), &ctx.audit.connector])
                    .inc_by(n as u64);
            }
            Bytes::from(serde_json::to_vec(&body).expect("json"))
        };
        ctx.audit.stream = stream;

        // 7. forward
        let uri = upstream_uri(provider, &rest, parts.uri.query())?;
        let mut up = Request::builder().method(method).uri(uri);
        let h = up.headers_mut().expect("builder");
        copy_headers(&parts.headers, h, DROP_REQUEST_HEADERS);
        if let Some(k) = &provider.api_key {
            match provider.kind {
                ProviderKind::OpenAi => h.insert(
                    "authorization",
                    HeaderValue::from_str(&format!("Bearer {k}")).map_err(|_| {
                        GatewayError::new(
                            Code::Internal,
                            "the provider key is not a valid header value",
                        )
                    })?,
                ),
                ProviderKind::Anthropic => h.insert(
                    "x-api-key",
                    HeaderValue::from_str(k).map_err(|_| {
                        GatewayError::new(
                            Code::Internal,
                            "the provider key is not a valid header value",
                        )
                    })?,
                ),
            };
        }
        if !out_body.is_empty() {
            h.insert("content-type", HeaderValue::from_static("application/json"));
        }
        let up = up.body(Full::new(out_body)).map_err(|_| {
            GatewayError::new(Code::Internal, "could not build the upstream request")
        })?;
        let client = Self::client(snap, &provider.name)
            .ok_or_else(|| GatewayError::new(Code::Internal, "no client for this provider"))?;
        let timeout = Duration::from_secs(cfg.upstream_timeout_secs);
        let t0 = Instant::now();
        let resp = match tokio::time::timeout(timeout, client.request(up)).await {
            Err(_) => {
                return Err(GatewayError::new(
                    Code::UpstreamTimeout,
                    "the provider did not answer in time",
                ))
            }
            Ok(Err(e)) => {
                tracing::warn!(event = "upstream_error", provider = %provider.name, connect = e.is_connect());
                return Err(GatewayError::new(
                    Code::UpstreamUnreachable,
                    "the provider could not be reached",
                ));
            }
            Ok(Ok(r)) => r,
        };
        let up_secs = t0.elapsed().as_secs_f64();
        ctx.audit.upstream_latency_ms = Some((up_secs * 1000.0) as u64);
        self.metrics
            .upstream_duration
            .with_label_values(&[&provider.name])
            .observe(up_secs);
        ctx.audit.decision = "forwarded";
        ctx.audit.status = resp.status().as_u16();

        // 8. respond
        let (rparts, rbody) = resp.into_parts();
        let mut builder = Response::builder().status(rparts.status);
        let rh = builder.headers_mut().expect("builder");
        copy_headers(&rparts.headers, rh, DROP_RESPONSE_HEADERS);
        rh.insert(
            "x-request-id",
            HeaderValue::from_str(&ctx.request_id).expect("ascii id"),
        );
        let rct = header(&rparts.headers, "content-type")
            .unwrap_or("")
            .to_ascii_lowercase();
        let encoded = header(&rparts.headers, "content-encoding")
            .is_some_and(|e| !e.eq_ignore_ascii_case("identity"));
        if encoded {
            // we asked for identity; a provider that compresses anyway can't be restored
            return Err(GatewayError::new(
                Code::UpstreamUnreachable,
                "the provider answered with an encoding the gateway does not decode",
            ));
        }
        if rct.starts_with("text/event-stream") {
            let ctx_owned = std::mem::take(ctx);
            let body = RestoringBody::new(self.clone(), rbody, ctx_owned, timeout);
            return Ok(builder.body(BodyExt::boxed(body)).expect("response"));
        }
        let answer = Limited::new(rbody, cfg.max_answer_bytes as usize).collect();
        let bytes = tokio::time::timeout(timeout, answer)
            .await
            .map_err(|_| GatewayError::new(Code::UpstreamTimeout, "the provider's answer stalled"))?
            .map_err(|e| {
                if e.downcast_ref::<http_body_util::LengthLimitError>()
                    .is_some()
                {
                    GatewayError::new(
                        Code::UpstreamTooLarge,
                        format!(
                            "the provider's answer is over the {}-byte limit",
                            cfg.max_answer_bytes
                        ),
                    )
                } else {
                    GatewayError::new(
                        Code::UpstreamUnreachable,
                        "the provider's answer was cut off",
                    )
                }
            })?
            .to_bytes();
        let out = if rct.contains("json") {
            match serde_json::from_slice::<Value>(&bytes) {
                Ok(mut v) => {
                    if let Some(u) = v.get("usage") {
                        ctx.audit.usage.absorb(u);
                    }
                    if ctx.restore && !ctx.placeholders.is_empty() {
                        restore_value(&mut v, &ctx.placeholders);
                        Bytes::from(serde_json::to_vec(&v).expect("json"))
                    } else {
                        bytes
                    }
                }
                Err(_) => bytes,
            }
        } else {
            bytes
        };
        let n = out.len() as u64;
        let resp = builder.body(full(out)).expect("response");
        self.finish(ctx, n);
        Ok(resp)
    }

    /// Metrics and the audit record. Every request ends here.
    pub fn finish(&self, ctx: &mut RequestCtx, bytes_out: u64) {
        let a = &mut ctx.audit;
        a.bytes_out = bytes_out;
        a.latency_ms = ctx.started.elapsed().as_millis() as u64;
        let status = a.status.to_string();
        let provider = if a.provider.is_empty() {
            "none".to_string()
        } else {
            a.provider.clone()
        };
        let model = if a.model.is_empty() {
            "none".to_string()
        } else {
            a.model.clone()
        };
        let mut labels = vec![
            provider.as_str(),
            model.as_str(),
            a.connector.as_str(),
            status.as_str(),
        ];
        if self.metrics.tenant_label {
            labels.push(a.tenant.as_str());
        }
        self.metrics.requests.with_label_values(&labels).inc();
        self.metrics
            .duration
            .with_label_values(&[&provider])
            .observe(ctx.started.elapsed().as_secs_f64());
        for (ty, n) in [
            ("prompt", a.usage.prompt_tokens),
            ("completion", a.usage.completion_tokens),
        ] {
            if n > 0 {
                self.metrics
                    .tokens
                    .with_label_values(&[&provider, &model, ty])
                    .inc_by(n);
            }
        }
        tracing::info!(event = "request", request_id = %a.request_id, provider = %provider, connector = %a.connector, status = a.status, decision = a.decision, latency_ms = a.latency_ms);
        self.auditor.record(std::mem::take(a));
    }
}

/// `/{provider}/rest` or `/v1/rest` → (provider, path sent upstream).
fn route<'c>(cfg: &'c Config, path: &str) -> Result<(&'c Provider, String), GatewayError> {
    let trimmed = path.trim_start_matches('/');
    let (first, rest) = trimmed.split_once('/').unwrap_or((trimmed, ""));
    if first == "v1" {
        let p = cfg.default_provider().ok_or_else(|| {
            GatewayError::new(Code::UnknownProvider, "no default provider is configured")
        })?;
        return Ok((p, format!("/v1/{rest}")));
    }
    match cfg.provider(first) {
        Some(p) => Ok((p, format!("/{rest}"))),
        None => Err(GatewayError::new(
            Code::UnknownProvider,
            "no provider is configured under this path; use /{provider}/... or /v1/...",
        )),
    }
}

/// The endpoint as an audit label: path segments that look like ids are collapsed.
fn endpoint_label(rest: &str) -> String {
    rest.split('/')
        .map(|seg| {
            if seg.len() > 24 || seg.chars().any(|c| c.is_ascii_digit()) && seg.len() > 8 {
                ":id"
            } else {
                seg
            }
        })
        .collect::<Vec<_>>()
        .join("/")
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || "/_-.:".contains(*c))
        .take(80)
        .collect()
}

fn safe_label(v: &str) -> String {
    if !v.is_empty()
        && v.len() <= 64
        && v.chars()
            .all(|c| c.is_ascii_alphanumeric() || "-_.".contains(c))
    {
        v.to_string()
    } else {
        "invalid".into()
    }
}

fn upstream_uri(p: &Provider, rest: &str, query: Option<&str>) -> Result<hyper::Uri, GatewayError> {
    let base_path = p.base_url.path().trim_end_matches('/');
    let mut pq = format!("{base_path}{rest}");
    if let Some(q) = query {
        pq.push('?');
        pq.push_str(q);
    }
    hyper::Uri::builder()
        .scheme(p.base_url.scheme_str().unwrap_or("https"))
        .authority(p.base_url.authority().expect("validated").as_str())
        .path_and_query(pq)
        .build()
        .map_err(|_| GatewayError::new(Code::InvalidJson, "the request path is not valid"))
}

fn header<'h>(h: &'h HeaderMap, name: &str) -> Option<&'h str> {
    h.get(name).and_then(|v| v.to_str().ok())
}

fn copy_headers(from: &HeaderMap, to: &mut HeaderMap, drop: &[&str]) {
    // headers named in `Connection` are hop-by-hop too
    let named: Vec<String> = from
        .get_all("connection")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(',').map(|s| s.trim().to_ascii_lowercase()))
        .collect();
    for (k, v) in from {
        let n = k.as_str();
        if drop.contains(&n) || named.iter().any(|x| x == n) {
            continue;
        }
        to.append(HeaderName::from(k), v.clone());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn routes() {
        let c = Config::builtin();
        let (p, r) = route(&c, "/openai/v1/chat/completions").unwrap();
        assert_eq!(
            (p.name.as_str(), r.as_str()),
            ("openai", "/v1/chat/completions")
        );
        let (p, r) = route(&c, "/v1/embeddings").unwrap();
        assert_eq!((p.name.as_str(), r.as_str()), ("openai", "/v1/embeddings"));
        let (p, r) = route(&c, "/anthropic/v1/messages").unwrap();
        assert_eq!((p.name.as_str(), r.as_str()), ("anthropic", "/v1/messages"));
        assert_eq!(
            route(&c, "/nope/x").unwrap_err().code,
            Code::UnknownProvider
        );
    }
}
