//! Hostile requests over real HTTP: each gets its exact status and code, the gateway
//! keeps serving, and the upstream never receives anything unscanned.

use std::net::SocketAddr;
use std::time::{Duration, Instant};

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

use super::support::*;
use super::{assert_clean, json_answer, seeded_prompt};

const ROUTE: &str = "/v1/chat/completions";

fn code_of(text: &str) -> String {
    let v: serde_json::Value = serde_json::from_str(text).unwrap_or_default();
    v["error"]["code"].as_str().unwrap_or("").to_string()
}

fn chat(content: &str) -> String {
    serde_json::json!({"model":"m","messages":[{"role":"user","content":content}]}).to_string()
}

/// Sends raw bytes and reads until the gateway closes or `wait` passes.
async fn raw(addr: SocketAddr, bytes: &[u8], wait: Duration) -> String {
    let mut tcp = TcpStream::connect(addr).await.unwrap();
    let _ = tcp.write_all(bytes).await;
    let mut out = Vec::new();
    let mut buf = vec![0u8; 65536];
    let deadline = Instant::now() + wait;
    loop {
        let left = deadline.saturating_duration_since(Instant::now());
        match tokio::time::timeout(left, tcp.read(&mut buf)).await {
            Ok(Ok(0)) | Ok(Err(_)) | Err(_) => break,
            Ok(Ok(n)) => out.extend_from_slice(&buf[..n]),
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// POSTs `body` with the given header lines (and its length) on a fresh connection.
async fn raw_post(addr: SocketAddr, headers: &str, body: &[u8]) -> String {
    let head = format!(
        "POST {ROUTE} HTTP/1.1\r\nhost: x\r\nconnection: close\r\n{headers}content-length: {}\r\n\r\n",
        body.len()
    );
    raw(
        addr,
        &[head.as_bytes(), body].concat(),
        Duration::from_secs(5),
    )
    .await
}

/// The gateway still answers a normal request.
async fn still_serving(addr: SocketAddr) {
    let (status, _, text) = post(addr, ROUTE, &[], &chat("hello")).await;
    assert_eq!(status, 200, "{text}");
}

#[tokio::test]
async fn malformed_bodies_are_refused_with_their_code() {
    let up = upstream(json_answer()).await;
    let gw = gateway(OPENAI, up.addr).await;
    let deep = |n: usize| format!("{}{}", "[".repeat(n), "]".repeat(n));
    let nested_objects = format!(
        r#"{{"model":"m","messages":[{{"role":"user","content":"x","meta":{}}}]}}"#,
        deep(100)
    );
    let cases: Vec<(&str, Vec<u8>, u16, &str)> = vec![
        ("depth 100", nested_objects.into_bytes(), 400, "invalid_json"),
        (
            "depth 100,000",
            deep(100_000).into_bytes(),
            400,
            "invalid_json",
        ),
        (
            "invalid UTF-8",
            b"{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":\"Anna \xff\xfe Novak\"}]}"
                .to_vec(),
            400,
            "invalid_json",
        ),
        (
            "raw NUL in a string",
            b"{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":\"Anna\x00Novak\"}]}"
                .to_vec(),
            400,
            "invalid_json",
        ),
        ("truncated", b"{\"messages\": [".to_vec(), 400, "invalid_json"),
        ("trailing garbage", b"{} {}".to_vec(), 400, "invalid_json"),
    ];
    for (name, body, status, code) in cases {
        let answer = raw_post(gw.addr, "content-type: application/json\r\n", &body).await;
        let s: u16 = answer[9..12].parse().unwrap();
        let text = &answer[answer.find("\r\n\r\n").unwrap() + 4..];
        assert_eq!(
            (s, code_of(text).as_str()),
            (status, code),
            "{name}: {text}"
        );
        assert!(!text.contains("Novak"), "{name}: the error echoes the body");
    }
    assert!(
        up.received.lock().unwrap().is_empty(),
        "nothing reached the upstream"
    );
    still_serving(gw.addr).await;
}

#[tokio::test]
async fn odd_but_valid_bodies_are_scanned_not_waved_through() {
    let up = upstream(json_answer()).await;
    let gw = gateway(OPENAI, up.addr).await;
    let p = seeded_prompt();
    // duplicate keys: the upstream gets the body the gateway parsed and scanned
    let dup = format!(
        r#"{{"model":"m","messages":[{{"role":"user","content":{0}}}],"messages":[{{"role":"user","content":{0}}}]}}"#,
        serde_json::to_string(&p).unwrap()
    );
    // huge numbers are forwarded digit for digit
    let huge = format!(
        r#"{{"model":"m","max_tokens":123456789012345678901234567890,"temperature":1e999999,"messages":[{{"role":"user","content":{}}}]}}"#,
        serde_json::to_string(&p).unwrap()
    );
    // escaped NUL and a byte-order mark
    let nul = chat(&format!("{p}\u{0}{p}"));
    let bom = format!("\u{feff}{}", chat(&p));
    for (name, body) in [
        ("duplicate keys", dup),
        ("huge numbers", huge),
        ("escaped NUL", nul),
        ("BOM", bom),
    ] {
        let (s, _, text) = post(gw.addr, ROUTE, &[], &body).await;
        assert_eq!(s, 200, "{name}: {text}");
        let rec = up.received.lock().unwrap();
        let sent = &rec.last().unwrap().2;
        assert_clean(sent);
        if name == "huge numbers" {
            assert!(
                sent.contains("123456789012345678901234567890") && sent.contains("e+999999"),
                "{sent}"
            );
        }
        if name == "duplicate keys" {
            assert_eq!(sent.matches("\"messages\"").count(), 1, "{sent}");
        }
    }
}

#[tokio::test]
async fn content_type_and_encoding_lies_are_refused() {
    let up = upstream(json_answer()).await;
    let gw = gateway(OPENAI, up.addr).await;
    let body = chat(&seeded_prompt());
    let cases = [
        ("text/plain", None, 415, "unsupported_media_type"),
        (
            "multipart/form-data; boundary=x",
            None,
            415,
            "unsupported_media_type",
        ),
        (
            "application/json",
            Some("gzip"),
            415,
            "unsupported_encoding",
        ),
        ("application/json", Some("br"), 415, "unsupported_encoding"),
    ];
    for (ct, enc, status, code) in cases {
        let mut headers = format!("content-type: {ct}\r\n");
        if let Some(e) = enc {
            headers.push_str(&format!("content-encoding: {e}\r\n"));
        }
        let answer = raw_post(gw.addr, &headers, body.as_bytes()).await;
        assert!(
            answer.starts_with(&format!("HTTP/1.1 {status}")),
            "{ct} {enc:?}: {answer}"
        );
        assert!(answer.contains(code), "{answer}");
    }
    // a gzip bomb: a small compressed body that would inflate hugely is never inflated
    let mut bomb = vec![0x1f, 0x8b, 0x08, 0, 0, 0, 0, 0, 0, 0xff];
    bomb.extend(std::iter::repeat_n(0u8, 4096));
    let gzip = "content-type: application/json\r\ncontent-encoding: gzip\r\n";
    let answer = raw_post(gw.addr, gzip, &bomb).await;
    assert!(answer.starts_with("HTTP/1.1 415"), "{answer}");
    assert!(up.received.lock().unwrap().is_empty());
}

#[tokio::test]
async fn big_bodies_are_limited_or_scanned_whole() {
    let up = upstream(json_answer()).await;
    // default limit 4 MiB: a 10 MB string is refused
    let gw = gateway(OPENAI, up.addr).await;
    let ten_mb = chat(&format!("{}{}", "a ".repeat(5_000_000), seeded_prompt()));
    let (s, _, text) = post(gw.addr, ROUTE, &[], &ten_mb).await;
    assert_eq!((s, code_of(&text).as_str()), (413, "body_too_large"));
    assert!(up.received.lock().unwrap().is_empty());
    // with a 32 MiB limit the same 10 MB string, and 100,000 messages, are scanned whole
    let cfg = format!("[server]\nmax_body_bytes = 33_554_432\n{OPENAI}");
    let gw = gateway(&cfg, up.addr).await;
    let (s, _, text) = post(gw.addr, ROUTE, &[], &ten_mb).await;
    assert_eq!(s, 200, "{text}");
    let mut messages: Vec<serde_json::Value> = (0..100_000)
        .map(|i| serde_json::json!({"role":"user","content":format!("note {i}")}))
        .collect();
    messages[77_777] = serde_json::json!({"role":"user","content":seeded_prompt()});
    let many = serde_json::json!({"model":"m","messages":messages}).to_string();
    let (s, _, text) = post(gw.addr, ROUTE, &[], &many).await;
    assert_eq!(s, 200, "{text}");
    let rec = up.received.lock().unwrap();
    assert_eq!(rec.len(), 2);
    for (_, _, sent) in rec.iter() {
        assert_clean(sent);
    }
}

#[tokio::test]
async fn a_body_that_never_ends_times_out() {
    let up = upstream(json_answer()).await;
    let cfg = format!("[server]\nbody_timeout_secs = 1\n{OPENAI}");
    let gw = gateway(&cfg, up.addr).await;
    let piece = r#"{"messages": ["#;
    let head = format!(
        "POST {ROUTE} HTTP/1.1\r\nhost: x\r\ncontent-type: application/json\r\ntransfer-encoding: chunked\r\n\r\n{:x}\r\n{piece}\r\n",
        piece.len()
    );
    let start = Instant::now();
    let answer = raw(gw.addr, head.as_bytes(), Duration::from_secs(10)).await;
    assert!(answer.starts_with("HTTP/1.1 408"), "{answer}");
    assert!(answer.contains("request_timeout"), "{answer}");
    assert!(start.elapsed() < Duration::from_secs(5));
    assert!(up.received.lock().unwrap().is_empty());
}

#[tokio::test]
async fn slow_and_oversized_headers_are_cut_off() {
    let up = upstream(json_answer()).await;
    let gw = gateway(OPENAI, up.addr).await;
    // slowloris: a header line that never finishes; the gateway closes the
    // connection after its header read timeout (10 s)
    let start = Instant::now();
    let mut tcp = TcpStream::connect(gw.addr).await.unwrap();
    tcp.write_all(b"POST /v1/chat/completions HTTP/1.1\r\nhost: x\r\nx-slow: a")
        .await
        .unwrap();
    let mut closed = false;
    let mut buf = [0u8; 1024];
    while start.elapsed() < Duration::from_secs(20) {
        // one more header byte every second keeps a naive server waiting forever
        if tcp.write_all(b"a").await.is_err() {
            closed = true;
            break;
        }
        match tokio::time::timeout(Duration::from_secs(1), tcp.read(&mut buf)).await {
            Ok(Ok(_)) | Ok(Err(_)) => {
                closed = true;
                break;
            }
            Err(_) => {}
        }
    }
    assert!(closed, "the slow header was waited for forever");
    assert!(start.elapsed() < Duration::from_secs(15));
    // 200 KB of headers
    let big = format!(
        "GET /v1/models HTTP/1.1\r\nhost: x\r\nx-big: {}\r\n\r\n",
        "a".repeat(200_000)
    );
    let answer = raw(gw.addr, big.as_bytes(), Duration::from_secs(5)).await;
    assert!(
        answer.is_empty()
            || answer.starts_with("HTTP/1.1 431")
            || answer.starts_with("HTTP/1.1 400"),
        "{answer}"
    );
    assert!(up.received.lock().unwrap().is_empty());
    still_serving(gw.addr).await;
}

#[tokio::test]
async fn smuggling_shapes_do_not_reach_the_upstream_as_extra_requests() {
    let up = upstream(json_answer()).await;
    let gw = gateway(OPENAI, up.addr).await;
    let smuggled =
        format!("POST {ROUTE} HTTP/1.1\r\nhost: x\r\ncontent-type: application/json\r\n",);
    let inner = chat("Anna Novak anna.novak@example.com");
    let second = format!("{smuggled}content-length: {}\r\n\r\n{inner}", inner.len());
    // Content-Length and Transfer-Encoding together, the classic CL.TE shape: the
    // chunked framing wins (an empty body here) and the connection is closed after
    // the answer (RFC 9112 6.1), so the smuggled request is never read
    let attack = format!(
        "POST {ROUTE} HTTP/1.1\r\nhost: x\r\ncontent-type: application/json\r\ncontent-length: 4\r\ntransfer-encoding: chunked\r\n\r\n0\r\n\r\n{second}"
    );
    let answer = raw(gw.addr, attack.as_bytes(), Duration::from_secs(3)).await;
    assert_eq!(answer.matches("HTTP/1.1 ").count(), 1, "{answer}");
    {
        let rec = up.received.lock().unwrap();
        assert!(rec.len() <= 1, "the smuggled request reached the upstream");
        for (_, _, sent) in rec.iter() {
            assert!(sent.is_empty(), "{sent}");
        }
    }
    up.received.lock().unwrap().clear();
    // a duplicated Content-Length with different values
    let dup = format!(
        "POST {ROUTE} HTTP/1.1\r\nhost: x\r\ncontent-type: application/json\r\ncontent-length: 2\r\ncontent-length: {}\r\n\r\n{inner}",
        inner.len()
    );
    let answer = raw(gw.addr, dup.as_bytes(), Duration::from_secs(3)).await;
    assert!(answer.starts_with("HTTP/1.1 400"), "{answer}");
    assert!(up.received.lock().unwrap().is_empty());
    still_serving(gw.addr).await;
}

#[tokio::test]
async fn evasion_inside_values_is_caught() {
    let up = upstream(json_answer()).await;
    let gw = gateway(OPENAI, up.addr).await;
    let cases = [
        // zero-width joiners and spaces inside an e-mail and a name
        (
            "zero-width",
            "mail anna\u{200d}.novak@exa\u{200b}mple.com now",
            "novak@exa",
        ),
        // fullwidth digits in a phone number and a card
        (
            "fullwidth phone",
            "call ＋４４ ２０ ７９４６ ０９５８ today",
            "７９４６",
        ),
        (
            "fullwidth card",
            "card ４１１１ １１１１ １１１１ １１１１ ok",
            "１１１１ １１１１",
        ),
        // fullwidth commercial at as the @
        (
            "homoglyph @",
            "mail anna.novak＠example.com now",
            "novak＠example",
        ),
        // NBSP inside a ticket number
        ("NBSP", "e-ticket 220\u{a0}1234567890 issued", "1234567890"),
    ];
    for (name, text, fragment) in cases {
        let (s, _, _) = post(gw.addr, ROUTE, &[], &chat(text)).await;
        assert_eq!(s, 200);
        let rec = up.received.lock().unwrap();
        let sent: serde_json::Value = serde_json::from_str(&rec.last().unwrap().2).unwrap();
        let content = sent["messages"][0]["content"].as_str().unwrap();
        assert!(!content.contains(fragment), "{name}: {content}");
    }
    // `\uXXXX` escapes on the wire are decoded before scanning
    let wire = chat("mail anna.novak@example.com").replace('@', "\\u0040");
    let (s, _, _) = post(gw.addr, ROUTE, &[], &wire).await;
    assert_eq!(s, 200);
    let sent = up.received.lock().unwrap().last().unwrap().2.clone();
    assert!(!sent.contains("anna.novak"), "{sent}");
}
