//! The SSE restorer fed arbitrary chunkings of a stream whose deltas carry
//! placeholders: no panic, and the bytes sent to the caller are the same however the
//! upstream bytes were split.
#![no_main]

use libfuzzer_sys::fuzz_target;
use redaction_gateway::providers::sse::SseRestorer;
use redaction_gateway::redact::PlaceholderMap;
use redaction_gateway::scan::Entity;

fn run(map: &PlaceholderMap, stream: &[u8], cuts: &[usize]) -> Vec<u8> {
    let mut r = SseRestorer::default();
    let mut out = Vec::new();
    let mut last = 0;
    for &c in cuts {
        r.push_into(map, &stream[last..c], &mut out);
        last = c;
    }
    r.push_into(map, &stream[last..], &mut out);
    out.extend(r.finish(map));
    out
}

fuzz_target!(|data: &[u8]| {
    // first byte: how many cut points follow (two bytes each); the rest: the stream
    let Some((&n, rest)) = data.split_first() else {
        return;
    };
    let n = (n as usize % 16).min(rest.len() / 2);
    let (cut_bytes, body) = rest.split_at(n * 2);
    let mut map = PlaceholderMap::default();
    map.placeholder_for(Entity::Person, "Anna Novak");
    map.placeholder_for(Entity::Email, "anna.novak@example.com");
    map.placeholder_for(Entity::Pnr, "QNZHTS");
    // the fuzzer's bytes become the text of delta events around placeholders, and
    // are also appended raw (arbitrary SSE framing)
    let text = String::from_utf8_lossy(body);
    let mut stream = Vec::new();
    for (i, piece) in text.split('|').enumerate() {
        let ph = ["[PERSON_1]", "[EMAIL_1]", "[PNR_1]", "[PERSON_2]"][i % 4];
        let delta = serde_json::json!({"id": "c", "object": "chat.completion.chunk",
            "choices": [{"index": 0, "delta": {"content": format!("{piece}{ph}")}}]});
        stream.extend_from_slice(format!("data: {delta}\n\n").as_bytes());
    }
    stream.extend_from_slice(body);
    let mut cuts: Vec<usize> = cut_bytes
        .chunks(2)
        .map(|c| u16::from_le_bytes([c[0], c[1]]) as usize % (stream.len() + 1))
        .collect();
    cuts.sort_unstable();
    let whole = run(&map, &stream, &[]);
    let pieces = run(&map, &stream, &cuts);
    assert_eq!(whole, pieces, "output depends on how the stream was split");
    let bytewise: Vec<usize> = (1..stream.len().min(400)).collect();
    if stream.len() < 400 {
        assert_eq!(whole, run(&map, &stream, &bytewise));
    }
});
