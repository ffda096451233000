//! Upstream faults: the caller gets a clean answer in the provider's shape, the audit
//! record says what happened, and the gateway keeps serving.

use std::net::SocketAddr;
use std::time::{Duration, Instant};

use bytes::Bytes;
use http_body_util::{BodyExt, Full};
use hyper_util::rt::TokioExecutor;
use tokio::io::{AsyncReadExt, AsyncWriteExt};

use super::support::*;

const ROUTE: &str = "/v1/chat/completions";

#[derive(Clone)]
enum Step {
    Write(Vec<u8>),
    /// close the connection (a reset, from the gateway's point of view)
    Close,
    /// keep the connection open and silent
    Hang,
}

/// An upstream that reads one request per connection, then plays `steps`.
async fn scripted(steps: Vec<Step>) -> SocketAddr {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move {
        loop {
            let (mut tcp, _) = listener.accept().await.unwrap();
            let steps = steps.clone();
            tokio::spawn(async move {
                let mut got = Vec::new();
                let mut buf = vec![0u8; 65536];
                loop {
                    let n = tcp.read(&mut buf).await.unwrap_or(0);
                    if n == 0 {
                        return;
                    }
                    got.extend_from_slice(&buf[..n]);
                    let text = String::from_utf8_lossy(&got);
                    if let Some(h) = text.find("\r\n\r\n") {
                        let len = text[..h]
                            .lines()
                            .find_map(|l| {
                                l.to_ascii_lowercase()
                                    .strip_prefix("content-length: ")
                                    .map(|v| v.trim().parse::<usize>().unwrap())
                            })
                            .unwrap_or(0);
                        if got.len() >= h + 4 + len {
                            break;
                        }
                    }
                }
                for s in steps {
                    match s {
                        Step::Write(b) => {
                            if tcp.write_all(&b).await.is_err() {
                                return;
                            }
                            tcp.flush().await.unwrap();
                            tokio::time::sleep(Duration::from_millis(30)).await;
                        }
                        Step::Close => return,
                        Step::Hang => tokio::time::sleep(Duration::from_secs(3600)).await,
                    }
                }
            });
        }
    });
    addr
}

fn sse_head_and_event() -> Vec<u8> {
    let event = "data: {\"id\":\"c\",\"object\":\"chat.completion.chunk\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\"Hello [PERSON_1]\"}}]}\n\n";
    format!(
        "HTTP/1.1 200 OK\r\ncontent-type: text/event-stream\r\ntransfer-encoding: chunked\r\n\r\n{:x}\r\n{event}\r\n",
        event.len()
    )
    .into_bytes()
}

fn cfg(dir: &std::path::Path, server: &str) -> String {
    format!(
        "[server]\n{server}\n{OPENAI}\n[audit]\npath = \"{}\"\n",
        dir.join("audit.jsonl").display()
    )
}

async fn last_record(dir: &std::path::Path, n: usize) -> serde_json::Value {
    for _ in 0..200 {
        let text = std::fs::read_to_string(dir.join("audit.jsonl")).unwrap_or_default();
        let lines: Vec<&str> = text.lines().collect();
        if lines.len() >= n {
            return serde_json::from_str(lines[n - 1]).unwrap();
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    panic!("no audit record {n}");
}

fn stream_body() -> String {
    serde_json::json!({"model":"m","stream":true,"messages":[{"role":"user","content":"Hi, I am Anna Novak"}]}).to_string()
}

#[tokio::test]
async fn a_reset_mid_body_is_502() {
    let up = scripted(vec![
        Step::Write(b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 1000\r\n\r\n{\"id\":\"x\",".to_vec()),
        Step::Close,
    ])
    .await;
    let dir = temp_dir();
    let gw = gateway(&cfg(&dir, ""), up).await;
    let (s, _, text) = post(gw.addr, ROUTE, &[], &stream_body().replace("true", "false")).await;
    assert_eq!(s, 502, "{text}");
    assert!(text.contains("upstream_unreachable"), "{text}");
    let rec = last_record(&dir, 1).await;
    assert_eq!(rec["reason"], "upstream_unreachable");
    assert_eq!(rec["status"], 502);
}

#[tokio::test]
async fn a_reset_mid_stream_ends_with_an_error_event_and_is_audited() {
    let up = scripted(vec![Step::Write(sse_head_and_event()), Step::Close]).await;
    let dir = temp_dir();
    let gw = gateway(&cfg(&dir, ""), up).await;
    let (s, _, text) = post(gw.addr, ROUTE, &[], &stream_body()).await;
    assert_eq!(s, 200);
    assert!(
        text.contains("Hello Anna Novak"),
        "restored before the reset: {text}"
    );
    assert!(
        text.contains("event: error") && text.contains("upstream_unreachable"),
        "{text}"
    );
    let rec = last_record(&dir, 1).await;
    assert_eq!(rec["reason"], "upstream_reset", "{rec}");
}

#[tokio::test]
async fn a_stalled_stream_hits_the_idle_timeout() {
    let up = scripted(vec![Step::Write(sse_head_and_event()), Step::Hang]).await;
    let dir = temp_dir();
    let gw = gateway(&cfg(&dir, "upstream_timeout_secs = 1"), up).await;
    let start = Instant::now();
    let (s, _, text) = post(gw.addr, ROUTE, &[], &stream_body()).await;
    assert_eq!(s, 200);
    assert!(start.elapsed() < Duration::from_secs(5));
    assert!(text.contains("Hello Anna Novak"), "{text}");
    assert!(
        text.contains("event: error") && text.contains("upstream_timeout"),
        "{text}"
    );
    let rec = last_record(&dir, 1).await;
    assert_eq!(rec["reason"], "upstream_stalled", "{rec}");
}

/// The provider's second event, sent 30 ms after the first, while the stream stays
/// open: the caller must see both long before the stream ends.
#[tokio::test]
async fn each_event_goes_out_without_waiting_for_the_next() {
    let second = "data: {\"id\":\"c\",\"object\":\"chat.completion.chunk\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\" and [PERSON_1] again\"}}]}\n\n";
    let second = format!("{:x}\r\n{second}\r\n", second.len()).into_bytes();
    let up = scripted(vec![
        Step::Write(sse_head_and_event()),
        Step::Write(second),
        Step::Hang,
    ])
    .await;
    let dir = temp_dir();
    let gw = gateway(&cfg(&dir, "upstream_timeout_secs = 60"), up).await;
    let client = hyper_util::client::legacy::Client::builder(TokioExecutor::new())
        .build_http::<Full<Bytes>>();
    let req = hyper::Request::builder()
        .method("POST")
        .uri(format!("http://{}{ROUTE}", gw.addr))
        .header("content-type", "application/json")
        .body(Full::new(Bytes::from(stream_body())))
        .unwrap();
    let mut body = client.request(req).await.unwrap().into_body();
    let mut seen = String::new();
    let read = async {
        while !seen.contains("and Anna Novak again") {
            let frame = body.frame().await.expect("the stream stays open").unwrap();
            if let Ok(d) = frame.into_data() {
                seen.push_str(&String::from_utf8_lossy(&d));
            }
        }
    };
    tokio::time::timeout(Duration::from_secs(10), read)
        .await
        .expect("both events arrive while the provider keeps the stream open");
    assert!(seen.contains("Hello Anna Novak"), "{seen}");
}

#[tokio::test]
async fn a_silent_upstream_is_504() {
    let up = scripted(vec![Step::Hang]).await;
    let dir = temp_dir();
    let gw = gateway(&cfg(&dir, "upstream_timeout_secs = 1"), up).await;
    let (s, _, text) = post(gw.addr, ROUTE, &[], &stream_body()).await;
    assert_eq!(s, 504, "{text}");
    assert!(text.contains("upstream_timeout"), "{text}");
}

#[tokio::test]
async fn provider_errors_pass_through_in_their_shape() {
    let openai = r#"{"error":{"message":"Rate limit reached","type":"requests","param":null,"code":"rate_limit_exceeded"}}"#;
    let anthropic =
        r#"{"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}"#;
    for (path, status, body) in [
        (ROUTE, 429u16, openai),
        ("/anthropic/v1/messages", 529, anthropic),
        (ROUTE, 500, openai),
    ] {
        let up = upstream(Answer {
            status,
            content_type: "application/json",
            chunks: vec![body.into()],
            delay_ms: 0,
        })
        .await;
        let gw = gateway(OPENAI, up.addr).await;
        let (s, h, text) = post(gw.addr, path, &[], &stream_body().replace("true", "false")).await;
        assert_eq!(s, status);
        assert!(h.contains_key("x-request-id"));
        let got: serde_json::Value = serde_json::from_str(&text).unwrap();
        let want: serde_json::Value = serde_json::from_str(body).unwrap();
        assert_eq!(got, want, "{path} {status}");
    }
}

#[tokio::test]
async fn an_answer_over_the_limit_is_refused() {
    let big = format!("{{\"id\":\"x\",\"pad\":\"{}\"}}", "a".repeat(10_000));
    let up = upstream(Answer {
        status: 200,
        content_type: "application/json",
        chunks: vec![big],
        delay_ms: 0,
    })
    .await;
    let dir = temp_dir();
    let gw = gateway(&cfg(&dir, "max_answer_bytes = 4096"), up.addr).await;
    let (s, _, text) = post(gw.addr, ROUTE, &[], &stream_body().replace("true", "false")).await;
    assert_eq!(s, 502, "{text}");
    assert!(text.contains("upstream_answer_too_large"), "{text}");
    let rec = last_record(&dir, 1).await;
    assert_eq!(rec["reason"], "upstream_answer_too_large");
}
