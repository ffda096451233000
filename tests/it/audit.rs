//! The audit trail and metrics over HTTP, and the canary test: nothing sensitive in
//! logs, audit records, metrics or error bodies, on every path.

use std::io::Write;
use std::sync::{Arc, Mutex, OnceLock};
use std::time::Duration;

use redaction_gateway::audit::verify::verify;

use crate::support::*;

fn audit_cfg(dir: &std::path::Path, extra: &str) -> String {
    format!(
        "{OPENAI}\n[audit]\npath = \"{}\"\n{extra}\n",
        dir.join("audit.jsonl").display()
    )
}

async fn records(path: &std::path::Path, n: usize) -> Vec<serde_json::Value> {
    for _ in 0..100 {
        let text = std::fs::read_to_string(path).unwrap_or_default();
        let lines: Vec<serde_json::Value> = text
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
        if lines.len() >= n {
            return lines;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    panic!("fewer than {n} audit records in {}", path.display());
}

/// An upstream answer with an empty JSON object.
fn empty_json() -> Answer {
    Answer {
        status: 200,
        content_type: "application/json",
        chunks: vec!["{}".into()],
        delay_ms: 0,
    }
}

/// The text a client assembles from a chat completion stream.
fn stream_text(sse: &str) -> String {
    sse.split("\n\n")
        .filter_map(|e| e.strip_prefix("data: "))
        .filter_map(|d| serde_json::from_str::<serde_json::Value>(d).ok())
        .filter_map(|v| {
            v.pointer("/choices/0/delta/content")
                .and_then(|c| c.as_str().map(String::from))
        })
        .collect()
}

fn sse_answer() -> Answer {
    let mut s = String::new();
    for p in ["Hello [PERS", "ON_1], your mail [EMAIL_1] is noted"] {
        s += &format!(
            "data: {}\n\n",
            serde_json::json!({"id":"c","object":"chat.completion.chunk","choices":[{"index":0,"delta":{"content":p}}]})
        );
    }
    s += "data: {\"id\":\"c\",\"object\":\"chat.completion.chunk\",\"choices\":[],\"usage\":{\"prompt_tokens\":21,\"completion_tokens\":9,\"total_tokens\":30}}\n\ndata: [DONE]\n\n";
    Answer {
        status: 200,
        content_type: "text/event-stream",
        chunks: vec![s],
        delay_ms: 0,
    }
}

#[tokio::test]
async fn audit_records_forwarded_blocked_streamed_with_usage_and_a_valid_chain() {
    let dir = temp_dir();
    let up = upstream(sse_answer()).await;
    let gw = gateway(
        &audit_cfg(
            &dir,
            "[connectors.hubspot]\nmode = \"redact\"\nentities = { SECRET = \"block\" }",
        ),
        up.addr,
    )
    .await;
    let body = r#"{"model":"gpt-4o","stream":true,"messages":[{"role":"user","content":"I am Anna Novak, anna@example.com, and Anna Novak again"}]}"#;
    let (s, h, text) = post(
        gw.addr,
        "/v1/chat/completions",
        &[("x-tenant-id", "org_1"), ("x-connector", "traxo")],
        body,
    )
    .await;
    assert_eq!(s, 200);
    assert_eq!(
        stream_text(&text),
        "Hello Anna Novak, your mail anna@example.com is noted"
    );
    let rid = h["x-request-id"].to_str().unwrap().to_string();
    let blocked = r#"{"model":"gpt-4o","messages":[{"role":"user","content":"key sk-proj-AbCdEfGhIjKlMnOpQrStUvWxYz0123"}]}"#;
    let (s, h2, _) = post(
        gw.addr,
        "/v1/chat/completions",
        &[("x-connector", "hubspot")],
        blocked,
    )
    .await;
    assert_eq!(s, 403);
    let path = dir.join("audit.jsonl");
    let recs = records(&path, 2).await;
    let fwd = recs.iter().find(|r| r["request_id"] == rid).unwrap();
    assert_eq!(fwd["decision"], "forwarded");
    assert_eq!(
        (
            fwd["tenant"].as_str(),
            fwd["connector"].as_str(),
            fwd["provider"].as_str(),
            fwd["model"].as_str()
        ),
        (Some("org_1"), Some("traxo"), Some("openai"), Some("gpt-4o"))
    );
    assert_eq!(fwd["stream"], true);
    assert_eq!(fwd["redactions"]["PERSON"], 2);
    assert_eq!(fwd["redactions"]["EMAIL"], 1);
    assert_eq!(
        (
            fwd["usage"]["prompt_tokens"].as_u64(),
            fwd["usage"]["completion_tokens"].as_u64()
        ),
        (Some(21), Some(9))
    );
    assert!(fwd["bytes_out"].as_u64().unwrap() > 0);
    for k in [
        "ts",
        "request_id",
        "tenant",
        "connector",
        "key_id",
        "provider",
        "upstream_host",
        "endpoint",
        "model",
        "stream",
        "status",
        "decision",
        "reason",
        "approval_id",
        "redactions",
        "usage",
        "latency_ms",
        "upstream_latency_ms",
        "bytes_in",
        "bytes_out",
        "prev_hash",
        "hash",
    ] {
        assert!(fwd.get(k).is_some(), "audit record lacks {k}");
    }
    let blk = recs
        .iter()
        .find(|r| r["request_id"] == h2["x-request-id"].to_str().unwrap())
        .unwrap();
    assert_eq!(
        (
            blk["decision"].as_str(),
            blk["reason"].as_str(),
            blk["status"].as_u64()
        ),
        (Some("blocked"), Some("entity_blocked"), Some(403))
    );
    // the upstream was asked for usage on the stream
    assert!(up.received.lock().unwrap()[0]
        .2
        .contains("\"include_usage\":true"));
    let text = std::fs::read_to_string(&path).unwrap();
    assert_eq!(verify(&[("audit.jsonl".into(), text)]), Ok(2));
    let m = String::from_utf8(gw.gateway.metrics.render()).unwrap();
    assert!(
        m.contains("gateway_redactions_total{connector=\"traxo\",entity=\"PERSON\"} 2"),
        "{m}"
    );
    assert!(m.contains(
        "gateway_policy_blocks_total{connector=\"hubspot\",reason=\"entity_blocked\"} 1"
    ));
    assert!(
        m.contains("gateway_tokens_total{model=\"gpt-4o\",provider=\"openai\",type=\"prompt\"} 21")
    );
}

#[tokio::test]
async fn audit_sink_failure_refuses_with_503() {
    let up = upstream(empty_json()).await;
    // /dev/full accepts the open and fails every write
    let cfg = format!("{OPENAI}\n[audit]\npath = \"/dev/full\"\n");
    let gw = gateway(&cfg, up.addr).await;
    let body = r#"{"model":"m","messages":[{"role":"user","content":"hi"}]}"#;
    let _ = post(gw.addr, "/v1/chat/completions", &[], body).await;
    let mut refused = false;
    for _ in 0..50 {
        tokio::time::sleep(Duration::from_millis(20)).await;
        let (s, _, t) = post(gw.addr, "/v1/chat/completions", &[], body).await;
        if s == 503 {
            assert!(t.contains("audit_unavailable"));
            refused = true;
            break;
        }
    }
    assert!(
        refused,
        "an audit sink that fails must stop the gateway from serving"
    );
    let seen = up.received.lock().unwrap().len();
    let (s, _, _) = post(gw.addr, "/v1/chat/completions", &[], body).await;
    assert_eq!(s, 503);
    assert_eq!(
        up.received.lock().unwrap().len(),
        seen,
        "nothing unaudited reaches the upstream once the sink failed"
    );
}

#[tokio::test]
async fn audit_rotation_keeps_one_chain_across_files() {
    let dir = temp_dir();
    let up = upstream(empty_json()).await;
    // a rotated file from long ago, past the retention
    let stale = dir.join("audit.jsonl.20200101T000000000Z");
    std::fs::write(&stale, "").unwrap();
    let old = std::time::SystemTime::now() - Duration::from_secs(40 * 86400);
    std::fs::File::options()
        .write(true)
        .open(&stale)
        .unwrap()
        .set_modified(old)
        .unwrap();
    let gw = gateway(
        &audit_cfg(&dir, "rotate_bytes = 1500\nretain_days = 30"),
        up.addr,
    )
    .await;
    let body = r#"{"model":"m","messages":[{"role":"user","content":"hi"}]}"#;
    for _ in 0..12 {
        post(gw.addr, "/v1/chat/completions", &[], body).await;
    }
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert!(
        !stale.exists(),
        "files past the retention are deleted at rotation"
    );
    let mut files: Vec<std::path::PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort_by_key(|p| {
        if p.extension().is_some_and(|e| e == "jsonl") {
            (1, p.clone())
        } else {
            (0, p.clone())
        }
    });
    assert!(files.len() >= 3, "rotation made files: {files:?}");
    let texts: Vec<(String, String)> = files
        .iter()
        .map(|p| (p.display().to_string(), std::fs::read_to_string(p).unwrap()))
        .collect();
    assert_eq!(verify(&texts), Ok(12));
}

/// A writer that keeps everything logged, at every level, for the canary test.
#[derive(Clone, Default)]
struct Captured(Arc<Mutex<Vec<u8>>>);

impl Write for Captured {
    fn write(&mut self, b: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(b);
        Ok(b.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

fn logs() -> &'static Captured {
    static LOGS: OnceLock<Captured> = OnceLock::new();
    LOGS.get_or_init(|| {
        let c = Captured::default();
        let w = c.clone();
        let sub = tracing_subscriber::fmt()
            .with_max_level(tracing::Level::TRACE)
            .with_writer(move || w.clone())
            .finish();
        tracing::subscriber::set_global_default(sub).expect("one global subscriber");
        c
    })
}

/// gateway, headers, body of one request path in the canary test
type Path<'a> = (std::net::SocketAddr, &'a [(&'a str, &'a str)], &'a str);

#[tokio::test]
async fn canary_values_never_leave_through_side_doors() {
    let logs = logs();
    let canaries = [
        "Zebulon Quargmire",
        "zq.canary@leak-test.example",
        "sk-proj-CANARYcanaryCANARYcanary0123456789",
        "0019998887776",
        "+44 20 7946 0123",
    ];
    let prompt = format!(
        "Traveler {} ({}), key {}, e-ticket {}, phone {}",
        canaries[0], canaries[1], canaries[2], canaries[3], canaries[4]
    );
    let dir = temp_dir();
    let up = upstream(sse_answer()).await;
    let cfg = audit_cfg(
        &dir,
        "[connectors.hubspot]\nmode = \"redact\"\nentities = { SECRET = \"block\" }",
    );
    let gw = gateway(&cfg, up.addr).await;
    let dead = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap();
    let gw_dead = gateway(&audit_cfg(&temp_dir(), ""), dead).await;
    let plain =
        serde_json::json!({"model":"m","messages":[{"role":"user","content":prompt}]}).to_string();
    let streamed = serde_json::json!({"model":"m","stream":true,"messages":[{"role":"user","content":prompt}]}).to_string();
    let bad_json = format!("{{\"messages\": \"{}\"", canaries[2]);
    // forwarded (streamed), blocked, upstream error, unknown connector, bad JSON
    let paths: [Path; 5] = [
        (gw.addr, &[("x-tenant-id", canaries[0])], &streamed),
        (gw.addr, &[("x-connector", "hubspot")], &plain),
        (gw_dead.addr, &[], &plain),
        (gw.addr, &[("x-connector", canaries[1])], &plain),
        (gw.addr, &[], &bad_json),
    ];
    let mut bodies = Vec::new();
    for (addr, headers, body) in paths {
        bodies.push(post(addr, "/v1/chat/completions", headers, body).await.2);
    }
    // a client that goes away mid-stream
    {
        let mut tcp = tokio::net::TcpStream::connect(gw.addr).await.unwrap();
        use tokio::io::AsyncWriteExt;
        let req = format!("POST /v1/chat/completions HTTP/1.1\r\nhost: x\r\ncontent-type: application/json\r\ncontent-length: {}\r\n\r\n{}", streamed.len(), streamed);
        tcp.write_all(req.as_bytes()).await.unwrap();
        drop(tcp);
    }
    tokio::time::sleep(Duration::from_millis(300)).await;
    let mut places = vec![(
        "logs",
        String::from_utf8_lossy(&logs.0.lock().unwrap()).to_string(),
    )];
    places.push((
        "metrics",
        String::from_utf8(gw.gateway.metrics.render()).unwrap(),
    ));
    places.push((
        "audit",
        std::fs::read_to_string(dir.join("audit.jsonl")).unwrap_or_default(),
    ));
    for (i, b) in bodies.iter().enumerate().skip(1) {
        places.push(("error body", format!("#{i}: {b}")));
    }
    assert!(!places[0].1.is_empty(), "the logs were captured");
    for (where_, text) in &places {
        for c in canaries {
            assert!(!text.contains(c), "canary {c:?} leaked into {where_}");
        }
    }
    // the caller itself does get its values back
    assert!(
        stream_text(&bodies[0]).starts_with("Hello Zebulon Quargmire"),
        "{}",
        bodies[0]
    );
}

#[test]
fn the_dashboard_uses_only_metrics_the_gateway_exports() {
    let dash = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/dashboards/grafana.json"
    ))
    .unwrap();
    let exported = [
        "gateway_requests_total",
        "gateway_request_duration_seconds_bucket",
        "gateway_upstream_duration_seconds_bucket",
        "gateway_redactions_total",
        "gateway_policy_blocks_total",
        "gateway_tokens_total",
        "gateway_scanned_bytes_total",
        "gateway_config_reloads_total",
    ];
    let mut used = 0;
    for word in dash.split(|c: char| !(c.is_ascii_alphanumeric() || c == '_')) {
        if word.starts_with("gateway_") {
            assert!(
                exported.contains(&word),
                "dashboard uses unknown metric {word}"
            );
            used += 1;
        }
    }
    assert!(used >= 8);
}
