//! Proxy behaviour beyond redaction: GET pass-through, HTTP/2, client disconnect and
//! graceful shutdown of the real binary.

use std::io::{Read, Write};
use std::net::SocketAddr;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use bytes::Bytes;
use http_body_util::{BodyExt, Full};
use hyper::Request;
use hyper_util::rt::TokioExecutor;
use tokio::io::{AsyncReadExt, AsyncWriteExt};

use super::support::*;

fn models_answer() -> Answer {
    Answer {
        status: 200,
        content_type: "application/json",
        chunks: vec![r#"{"object":"list","data":[{"id":"gpt-4o","object":"model"}]}"#.into()],
        delay_ms: 0,
    }
}

#[tokio::test]
async fn get_routes_pass_through() {
    let up = upstream(models_answer()).await;
    let gw = gateway(OPENAI, up.addr).await;
    let client = hyper_util::client::legacy::Client::builder(TokioExecutor::new())
        .build_http::<Full<Bytes>>();
    let resp = client
        .request(
            Request::get(format!("http://{}/v1/models?limit=5", gw.addr))
                .body(Full::new(Bytes::new()))
                .unwrap(),
        )
        .await
        .unwrap();
    assert_eq!(resp.status(), 200);
    assert!(resp.headers().contains_key("x-request-id"));
    let body = resp.into_body().collect().await.unwrap().to_bytes();
    assert_eq!(
        &body[..],
        br#"{"object":"list","data":[{"id":"gpt-4o","object":"model"}]}"#
    );
    let rec = up.received.lock().unwrap();
    assert_eq!(rec.len(), 1);
    assert_eq!(rec[0].0, "/v1/models?limit=5");
}

#[tokio::test]
async fn http2_clients_are_served_and_redacted() {
    let up = upstream(Answer {
        status: 200,
        content_type: "application/json",
        chunks: vec![r#"{"id":"x","object":"chat.completion","choices":[{"index":0,"message":{"role":"assistant","content":"{{ECHO}}"}}]}"#.into()],
        delay_ms: 0,
    })
    .await;
    let gw = gateway(OPENAI, up.addr).await;
    let client = hyper_util::client::legacy::Client::builder(TokioExecutor::new())
        .http2_only(true)
        .build_http::<Full<Bytes>>();
    let prompt = "Traveler Anna Novak, anna.novak@example.com";
    let body = serde_json::json!({"model":"m","messages":[{"role":"user","content":prompt}]});
    let resp = client
        .request(
            Request::post(format!("http://{}/v1/chat/completions", gw.addr))
                .header("content-type", "application/json")
                .body(Full::new(Bytes::from(body.to_string())))
                .unwrap(),
        )
        .await
        .unwrap();
    assert_eq!(resp.version(), hyper::Version::HTTP_2);
    assert_eq!(resp.status(), 200);
    let v: serde_json::Value =
        serde_json::from_slice(&resp.into_body().collect().await.unwrap().to_bytes()).unwrap();
    assert_eq!(v["choices"][0]["message"]["content"], prompt);
    let sent = &up.received.lock().unwrap()[0].2;
    assert!(
        !sent.contains("Novak") && !sent.contains("anna.novak@example.com"),
        "{sent}"
    );
}

/// A raw upstream that answers with an SSE stream and keeps writing an event every
/// 20 ms until a write fails, then sets `closed`.
async fn endless_stream_upstream() -> (SocketAddr, Arc<AtomicBool>) {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let closed = Arc::new(AtomicBool::new(false));
    let flag = closed.clone();
    tokio::spawn(async move {
        let (mut tcp, _) = listener.accept().await.unwrap();
        let mut buf = vec![0u8; 65536];
        let mut got = Vec::new();
        // the request head and its (small) body
        while !String::from_utf8_lossy(&got).contains("\"messages\"") {
            let n = tcp.read(&mut buf).await.unwrap();
            if n == 0 {
                return;
            }
            got.extend_from_slice(&buf[..n]);
        }
        let head = "HTTP/1.1 200 OK\r\ncontent-type: text/event-stream\r\ntransfer-encoding: chunked\r\n\r\n";
        if tcp.write_all(head.as_bytes()).await.is_err() {
            flag.store(true, Ordering::SeqCst);
            return;
        }
        let event = "data: {\"id\":\"c\",\"object\":\"chat.completion.chunk\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\"more \"}}]}\n\n";
        let chunk = format!("{:x}\r\n{event}\r\n", event.len());
        loop {
            if tcp.write_all(chunk.as_bytes()).await.is_err() {
                flag.store(true, Ordering::SeqCst);
                return;
            }
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    });
    (addr, closed)
}

#[tokio::test]
async fn client_disconnect_cancels_the_upstream_request() {
    let (up, closed) = endless_stream_upstream().await;
    let gw = gateway(OPENAI, up).await;
    let body = r#"{"model":"m","stream":true,"messages":[{"role":"user","content":"hello"}]}"#;
    let mut tcp = tokio::net::TcpStream::connect(gw.addr).await.unwrap();
    let req = format!(
        "POST /v1/chat/completions HTTP/1.1\r\nhost: x\r\ncontent-type: application/json\r\ncontent-length: {}\r\n\r\n{body}",
        body.len()
    );
    tcp.write_all(req.as_bytes()).await.unwrap();
    let mut buf = vec![0u8; 4096];
    let mut seen = String::new();
    while !seen.contains("more") {
        let n = tcp.read(&mut buf).await.unwrap();
        assert!(n > 0, "the stream ended early: {seen}");
        seen.push_str(&String::from_utf8_lossy(&buf[..n]));
    }
    assert!(!closed.load(Ordering::SeqCst), "upstream still streaming");
    drop(tcp);
    let start = Instant::now();
    while !closed.load(Ordering::SeqCst) {
        assert!(
            start.elapsed() < Duration::from_secs(5),
            "the upstream connection was not closed after the caller left"
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

fn wait_listening(addr: &str) {
    let start = Instant::now();
    while std::net::TcpStream::connect(addr).is_err() {
        assert!(
            start.elapsed() < Duration::from_secs(20),
            "gateway did not start"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sigterm_drains_in_flight_requests() {
    // the upstream takes 1.5 s to answer, so the request is in flight at SIGTERM
    let up = upstream(Answer {
        delay_ms: 1500,
        ..models_answer()
    })
    .await;
    let (port, admin) = (free_port(), free_port());
    let listen = format!("127.0.0.1:{port}");
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_redaction-gateway"))
        .args([
            "serve",
            "--listen",
            &listen,
            "--admin-listen",
            &format!("127.0.0.1:{admin}"),
            "--upstream",
            &format!("http://{}", up.addr),
        ])
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    wait_listening(&listen);
    let l2 = listen.clone();
    let in_flight = std::thread::spawn(move || {
        let mut tcp = std::net::TcpStream::connect(&l2).unwrap();
        let body = r#"{"model":"m","messages":[{"role":"user","content":"hello"}]}"#;
        write!(
            tcp,
            "POST /v1/chat/completions HTTP/1.1\r\nhost: x\r\nconnection: close\r\ncontent-type: application/json\r\ncontent-length: {}\r\n\r\n{body}",
            body.len()
        )
        .unwrap();
        let mut answer = String::new();
        tcp.read_to_string(&mut answer).unwrap();
        answer
    });
    // let the request reach the upstream, then ask the gateway to stop
    let start = Instant::now();
    while up.received.lock().unwrap().is_empty() {
        assert!(start.elapsed() < Duration::from_secs(10));
        std::thread::sleep(Duration::from_millis(10));
    }
    let killed = std::process::Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(killed.success());
    std::thread::sleep(Duration::from_millis(300));
    assert!(
        std::net::TcpStream::connect(&listen).is_err(),
        "no new connections while draining"
    );
    let answer = in_flight.join().unwrap();
    assert!(answer.starts_with("HTTP/1.1 200"), "{answer}");
    assert!(answer.contains("gpt-4o"), "{answer}");
    let status = child.wait().unwrap();
    assert!(status.success(), "exit status {status}");
}
