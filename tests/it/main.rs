//! One integration binary: the real gateway and a real upstream over loopback HTTP.

mod audit;
mod faults;
mod hostile;
mod patterns;
mod policy;
mod props;
mod proxy;
mod support;
mod tls;

use support::*;

const SEEDED: &[&str] = &[
    "Anna Novak",
    "anna.novak@example.com",
    "+44 20 7946 0958",
    "QNZHTS",
    "220-1234567890",
    "4111 1111 1111 1111",
    "DE89 3704 0044 0532 0130 00",
    "sk-proj-AbCdEfGhIjKlMnOpQrStUvWxYz012345",
    "48.858370, 2.294481",
    "12 Baker Street",
];

fn seeded_prompt() -> String {
    "Traveler Anna Novak (anna.novak@example.com, +44 20 7946 0958), booking reference QNZHTS, e-ticket 220-1234567890, card 4111 1111 1111 1111, IBAN DE89 3704 0044 0532 0130 00, key sk-proj-AbCdEfGhIjKlMnOpQrStUvWxYz012345, last seen at 48.858370, 2.294481, staying at 12 Baker Street.".to_string()
}

fn assert_clean(body: &str) {
    let decoded: String = serde_json::from_str::<serde_json::Value>(body)
        .map(|v| v.to_string())
        .unwrap_or_else(|_| body.to_string());
    for v in SEEDED {
        assert!(
            !body.contains(v) && !decoded.contains(v),
            "{v:?} reached the upstream: {body}"
        );
    }
}

fn json_answer() -> Answer {
    Answer { status: 200, content_type: "application/json", chunks: vec![r#"{"id":"x","object":"chat.completion","choices":[{"index":0,"message":{"role":"assistant","content":"Echo: {{ECHO}}"}}],"usage":{"prompt_tokens":11,"completion_tokens":7,"total_tokens":18}}"#.into()], delay_ms: 0 }
}

#[tokio::test]
async fn chat_completion_is_redacted_upstream_and_restored_for_the_caller() {
    let up = upstream(json_answer()).await;
    let gw = gateway(OPENAI, up.addr).await;
    let body = serde_json::json!({"model": "gpt-4o", "messages": [{"role": "user", "content": seeded_prompt()}]}).to_string();
    let (status, headers, text) = post(
        gw.addr,
        "/openai/v1/chat/completions",
        &[("authorization", "Bearer caller-key")],
        &body,
    )
    .await;
    assert_eq!(status, 200, "{text}");
    assert!(headers.contains_key("x-request-id"));
    let rec = up.received.lock().unwrap();
    let (uri, h, sent) = &rec[0];
    assert_eq!(uri, "/v1/chat/completions");
    assert_clean(sent);
    assert!(
        sent.contains("[PERSON_1]") && sent.contains("[EMAIL_1]"),
        "{sent}"
    );
    assert!(
        h.get("authorization").is_none(),
        "the caller's key must not be forwarded"
    );
    let v: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(
        v["choices"][0]["message"]["content"],
        format!("Echo: {}", seeded_prompt())
    );
}

#[tokio::test]
async fn every_request_shape_is_scanned() {
    let shapes = [
        (
            "/openai/v1/chat/completions",
            serde_json::json!({"model":"m","messages":[{"role":"system","content":"Anna Novak"},{"role":"developer","content":[{"type":"text","text":"anna.novak@example.com"}]},{"role":"assistant","content":null,"tool_calls":[{"id":"c1","type":"function","function":{"name":"f","arguments":"{\"pnr\":\"QNZHTS\",\"card\":\"4111 1111 1111 1111\"}"}}]},{"role":"tool","tool_call_id":"c1","content":"ticket 220-1234567890"}]}),
        ),
        (
            "/openai/v1/completions",
            serde_json::json!({"model":"m","prompt":["IBAN DE89 3704 0044 0532 0130 00"]}),
        ),
        (
            "/openai/v1/embeddings",
            serde_json::json!({"model":"m","input":["call +44 20 7946 0958", "at 12 Baker Street"]}),
        ),
        (
            "/openai/v1/responses",
            serde_json::json!({"model":"m","instructions":"key sk-proj-AbCdEfGhIjKlMnOpQrStUvWxYz012345","input":[{"role":"user","content":[{"type":"input_text","text":"last seen at 48.858370, 2.294481"}]}]}),
        ),
        (
            "/anthropic/v1/messages",
            serde_json::json!({"model":"claude","system":[{"type":"text","text":"Traveler Anna Novak"}],"messages":[{"role":"assistant","content":[{"type":"tool_use","id":"t1","name":"lookup","input":{"email":"anna.novak@example.com"}}]},{"role":"user","content":[{"type":"tool_result","tool_use_id":"t1","content":[{"type":"text","text":"PNR QNZHTS"}]}]}]}),
        ),
        (
            "/openai/v1/chat/completions",
            serde_json::json!({"model":"m","messages":[{"role":"user","content":"mail anna.novak@example.com"}]}),
        ),
    ];
    for (path, body) in shapes {
        let up = upstream(json_answer()).await;
        let gw = gateway(OPENAI, up.addr).await;
        // the escape is sent as `\u0040` on the wire
        let wire = body
            .to_string()
            .replace("novak@example", "novak\\u0040example");
        let (status, _, text) = post(gw.addr, path, &[], &wire).await;
        assert_eq!(status, 200, "{path}: {text}");
        let rec = up.received.lock().unwrap();
        assert_clean(&rec[0].2);
        assert!(rec[0].2.contains("\"model\":"), "non-text fields are kept");
    }
}

#[tokio::test]
async fn streamed_answers_are_restored_across_chunk_boundaries() {
    // the upstream echoes the redacted prompt split into 1-byte SSE chunks
    let mut chunks = Vec::new();
    let template = "data: {\"id\":\"c\",\"object\":\"chat.completion.chunk\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\"{{ECHO}}\"}}]}\n\ndata: {\"id\":\"c\",\"object\":\"chat.completion.chunk\",\"choices\":[],\"usage\":{\"prompt_tokens\":3,\"completion_tokens\":4,\"total_tokens\":7}}\n\ndata: [DONE]\n\n";
    chunks.push(template.to_string());
    let up = upstream(Answer {
        status: 200,
        content_type: "text/event-stream",
        chunks,
        delay_ms: 0,
    })
    .await;
    let gw = gateway(OPENAI, up.addr).await;
    let body = serde_json::json!({"model":"m","stream":true,"messages":[{"role":"user","content":"Hi, I am Anna Novak, anna.novak@example.com"}]}).to_string();
    let (status, _, text) = post(gw.addr, "/v1/chat/completions", &[], &body).await;
    assert_eq!(status, 200);
    let content: String = text
        .split("\n\n")
        .filter_map(|e| e.strip_prefix("data: "))
        .filter_map(|d| serde_json::from_str::<serde_json::Value>(d).ok())
        .filter_map(|v| {
            v.pointer("/choices/0/delta/content")
                .and_then(|c| c.as_str().map(String::from))
        })
        .collect();
    assert_eq!(content, "Hi, I am Anna Novak, anna.novak@example.com");
    assert_clean(&up.received.lock().unwrap()[0].2);
}

#[tokio::test]
async fn errors_have_the_providers_shape_and_never_echo_values() {
    let up = upstream(json_answer()).await;
    let cfg = format!(
        "{OPENAI}\n[connectors.hubspot]\nmode = \"redact\"\nentities = {{ SECRET = \"block\" }}\n"
    );
    let gw = gateway(&cfg, up.addr).await;
    let secret = "sk-proj-AbCdEfGhIjKlMnOpQrStUvWxYz012345";
    let body = serde_json::json!({"model":"m","messages":[{"role":"user","content":format!("key {secret}")}]}).to_string();
    let (status, _, text) = post(
        gw.addr,
        "/openai/v1/chat/completions",
        &[("x-connector", "hubspot")],
        &body,
    )
    .await;
    assert_eq!(status, 403);
    let v: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(v["error"]["code"], "entity_blocked");
    assert!(!text.contains(secret));
    let (status, _, text) = post(
        gw.addr,
        "/anthropic/v1/messages",
        &[("x-connector", "nope")],
        &body,
    )
    .await;
    assert_eq!(status, 400);
    let v: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(
        (v["type"].as_str(), v["error"]["code"].as_str()),
        (Some("error"), Some("unknown_connector"))
    );
    let (status, _, text) = post(
        gw.addr,
        "/openai/v1/chat/completions",
        &[],
        "{\"messages\": [",
    )
    .await;
    assert_eq!((status, text.contains("invalid_json")), (400, true));
    assert!(
        up.received.lock().unwrap().is_empty(),
        "nothing reached the upstream"
    );
}

#[tokio::test]
async fn aggregate_only_connector_passes_aggregates_and_refuses_records() {
    let up = upstream(json_answer()).await;
    let gw = gateway(OPENAI, up.addr).await;
    let agg = "14 travelers in Lisbon, 3 high-risk alerts, 2 unused tickets worth EUR 1,240";
    let body =
        serde_json::json!({"model":"m","messages":[{"role":"user","content":agg}]}).to_string();
    let (status, _, _) = post(
        gw.addr,
        "/v1/chat/completions",
        &[("x-connector", "duty_of_care")],
        &body,
    )
    .await;
    assert_eq!(status, 200);
    assert!(
        up.received.lock().unwrap()[0].2.contains(agg),
        "aggregate prompt unchanged"
    );
    let body = serde_json::json!({"model":"m","messages":[{"role":"user","content":"Traveler Anna Novak is in Lisbon"}]}).to_string();
    let (status, _, text) = post(
        gw.addr,
        "/v1/chat/completions",
        &[("x-connector", "duty_of_care")],
        &body,
    )
    .await;
    assert_eq!(status, 403);
    assert!(
        text.contains("record_level_context")
            && text.contains("1 PERSON")
            && !text.contains("Novak"),
        "{text}"
    );
}

#[tokio::test]
async fn upstream_unreachable_is_502() {
    let dead = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap();
    let gw = gateway(OPENAI, dead).await;
    let (status, _, text) = post(
        gw.addr,
        "/v1/chat/completions",
        &[],
        r#"{"model":"m","messages":[]}"#,
    )
    .await;
    assert_eq!(status, 502);
    assert!(text.contains("upstream_unreachable"));
}
