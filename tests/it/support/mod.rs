//! Test support: the real gateway and a real HTTP upstream, both on 127.0.0.1:0.

use std::net::SocketAddr;
use std::sync::{Arc, Mutex};

use bytes::Bytes;
use http_body_util::{BodyExt, Full};
use hyper::service::service_fn;
use hyper::{Request, Response};
use hyper_util::rt::{TokioExecutor, TokioIo};
use tokio::net::TcpListener;
use tokio::sync::watch;

use redaction_gateway::audit::Auditor;
use redaction_gateway::config::{raw::RawConfig, Config};
use redaction_gateway::proxy::{server, Gateway};

/// A body read from a channel, so the upstream can send an answer piece by piece.
pub struct ChannelBody {
    pub rx: tokio::sync::mpsc::Receiver<Result<Bytes, std::io::Error>>,
}

impl hyper::body::Body for ChannelBody {
    type Data = Bytes;
    type Error = std::io::Error;

    fn poll_frame(
        mut self: std::pin::Pin<&mut Self>,
        cx: &mut std::task::Context<'_>,
    ) -> std::task::Poll<Option<Result<hyper::body::Frame<Bytes>, std::io::Error>>> {
        self.rx
            .poll_recv(cx)
            .map(|o| o.map(|r| r.map(hyper::body::Frame::data)))
    }
}

/// What the upstream answers: a fixed status, content type and body; `{{ECHO}}` in the
/// body is replaced by the last user text it received (so tests can make it echo
/// placeholders back).
#[derive(Clone)]
pub struct Answer {
    pub status: u16,
    pub content_type: &'static str,
    pub chunks: Vec<String>,
    /// wait this long before answering
    pub delay_ms: u64,
}

pub struct Upstream {
    pub addr: SocketAddr,
    pub received: Arc<Mutex<Vec<(String, hyper::HeaderMap, String)>>>,
}

pub async fn upstream(answer: Answer) -> Upstream {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let received = Arc::new(Mutex::new(Vec::new()));
    let rec = received.clone();
    tokio::spawn(async move {
        loop {
            let (tcp, _) = listener.accept().await.unwrap();
            let rec = rec.clone();
            let answer = answer.clone();
            tokio::spawn(async move {
                let svc = service_fn(move |req: Request<hyper::body::Incoming>| {
                    let rec = rec.clone();
                    let answer = answer.clone();
                    async move {
                        tokio::time::sleep(std::time::Duration::from_millis(answer.delay_ms)).await;
                        let (parts, body) = req.into_parts();
                        let body =
                            String::from_utf8(body.collect().await.unwrap().to_bytes().to_vec())
                                .unwrap();
                        let echo = serde_json::from_str::<serde_json::Value>(&body)
                            .ok()
                            .and_then(|v| {
                                v.pointer("/messages/0/content")
                                    .and_then(|c| c.as_str().map(String::from))
                            })
                            .unwrap_or_default();
                        rec.lock().unwrap().push((
                            parts.uri.to_string(),
                            parts.headers.clone(),
                            body,
                        ));
                        let echo_json = serde_json::to_string(&echo).unwrap();
                        let echo_json = &echo_json[1..echo_json.len() - 1];
                        let (tx, rx) =
                            tokio::sync::mpsc::channel::<Result<Bytes, std::io::Error>>(64);
                        let whole: Vec<u8> = answer
                            .chunks
                            .iter()
                            .flat_map(|c| c.replace("{{ECHO}}", echo_json).into_bytes())
                            .collect();
                        // streams go out in 3-byte pieces, so placeholders are split everywhere
                        let piece = if answer.content_type == "text/event-stream" {
                            3
                        } else {
                            whole.len().max(1)
                        };
                        let chunks: Vec<Vec<u8>> =
                            whole.chunks(piece).map(<[u8]>::to_vec).collect();
                        tokio::spawn(async move {
                            for c in chunks {
                                if tx.send(Ok(Bytes::from(c))).await.is_err() {
                                    return;
                                }
                                tokio::task::yield_now().await;
                            }
                        });
                        let body = ChannelBody { rx };
                        Ok::<_, std::convert::Infallible>(
                            Response::builder()
                                .status(answer.status)
                                .header("content-type", answer.content_type)
                                .body(body)
                                .unwrap(),
                        )
                    }
                });
                let _ = hyper_util::server::conn::auto::Builder::new(TokioExecutor::new())
                    .serve_connection(TokioIo::new(tcp), svc)
                    .await;
            });
        }
    });
    Upstream { addr, received }
}

pub struct Running {
    pub addr: SocketAddr,
    pub gateway: Arc<Gateway>,
    _stop: watch::Sender<bool>,
}

/// Starts the gateway with `toml` (the `providers` get the upstream's address).
pub async fn gateway(toml_text: &str, upstream: SocketAddr) -> Running {
    let text = toml_text.replace("{{UPSTREAM}}", &format!("http://{upstream}"));
    let raw: RawConfig = toml::from_str(&text).unwrap();
    start(Config::compile(raw, None).unwrap()).await
}

/// Writes the config to a file in a fresh temp dir (so reload can re-read it).
pub fn config_file(toml_text: &str, upstream: SocketAddr) -> std::path::PathBuf {
    let dir = temp_dir();
    let path = dir.join("gateway.toml");
    std::fs::write(
        &path,
        toml_text.replace("{{UPSTREAM}}", &format!("http://{upstream}")),
    )
    .unwrap();
    path
}

pub fn temp_dir() -> std::path::PathBuf {
    use std::sync::atomic::{AtomicUsize, Ordering};
    static N: AtomicUsize = AtomicUsize::new(0);
    // Process ids repeat across runs (a container numbers them the same way every
    // time) and /tmp may outlive a run, so the name also carries the start time and
    // whatever an earlier run left under it is removed: an audit test that found an
    // old chain would resume it and count the old records.
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos());
    let d = std::env::temp_dir().join(format!(
        "rgw-it-{}-{}-{}",
        std::process::id(),
        nanos,
        N.fetch_add(1, Ordering::Relaxed)
    ));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

pub async fn start(config: Config) -> Running {
    let auditor = Auditor::start(&config.audit).unwrap();
    let snap = server::snapshot(config).unwrap();
    let gw = Arc::new(Gateway::new(snap, auditor));
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let (tx, rx) = watch::channel(false);
    tokio::spawn(server::serve(gw.clone(), listener, rx));
    Running {
        addr,
        gateway: gw,
        _stop: tx,
    }
}

pub const OPENAI: &str = r#"
[[providers]]
name = "openai"
kind = "openai"
base_url = "{{UPSTREAM}}"
api_key_env = "RGW_TEST_PROVIDER_KEY"
default = true

[[providers]]
name = "anthropic"
kind = "anthropic"
base_url = "{{UPSTREAM}}"
"#;

pub async fn post(
    addr: SocketAddr,
    path: &str,
    headers: &[(&str, &str)],
    body: &str,
) -> (u16, hyper::HeaderMap, String) {
    let client = hyper_util::client::legacy::Client::builder(TokioExecutor::new())
        .build_http::<Full<Bytes>>();
    let mut req = Request::builder()
        .method("POST")
        .uri(format!("http://{addr}{path}"))
        .header("content-type", "application/json");
    for (k, v) in headers {
        req = req.header(*k, *v);
    }
    let resp = client
        .request(req.body(Full::new(Bytes::from(body.to_string()))).unwrap())
        .await
        .unwrap();
    let status = resp.status().as_u16();
    let h = resp.headers().clone();
    let text = String::from_utf8(
        resp.into_body()
            .collect()
            .await
            .unwrap()
            .to_bytes()
            .to_vec(),
    )
    .unwrap();
    (status, h, text)
}
