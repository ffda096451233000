//! The request-body walker on arbitrary JSON (seeded with every supported request
//! shape): no panic; bodies deeper than the limit are refused before walking; the
//! redacted body is valid JSON with the same number of text slots, none of them
//! holding a detected value, and each restores to the original slot.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "common.rs"]
mod common;
use common::{engine, scratch, stands_alone};
use redaction_gateway::providers::walk::{depth, for_each_text, for_each_text_mut, MAX_DEPTH};
use redaction_gateway::redact::{restore, Escape, PlaceholderMap};
use serde_json::Value;

fuzz_target!(|data: &[u8]| {
    let Ok(mut body) = serde_json::from_slice::<Value>(data) else {
        return;
    };
    if depth(&body) > MAX_DEPTH {
        return;
    }
    let mut originals = Vec::new();
    for_each_text(&body, &mut |s| originals.push(s.to_string()));
    let mut map = PlaceholderMap::default();
    for s in &originals {
        map.reserve_existing(s);
    }
    let mut scratch = scratch();
    let mut found = Vec::new();
    let mut values = Vec::new();
    for_each_text_mut(&mut body, &mut |s| {
        engine().scan(s, &mut scratch, &mut found);
        values.push(found.iter().map(|f| s[f.start..f.end].to_string()).collect::<Vec<_>>());
        *s = map.redact(s, &found);
    });
    let wire = serde_json::to_vec(&body).expect("serialises");
    let back: Value = serde_json::from_slice(&wire).expect("the forwarded body is valid JSON");
    let mut slots = Vec::new();
    for_each_text(&back, &mut |s| slots.push(s.to_string()));
    assert_eq!(slots.len(), originals.len(), "text slots changed");
    for ((slot, original), vals) in slots.iter().zip(&originals).zip(&values) {
        assert_eq!(restore(&map, slot, Escape::None), original.as_str());
        for v in vals {
            assert!(
                v.chars().count() < 3 || !stands_alone(slot, v),
                "a detected value reached the forwarded body"
            );
        }
    }
});
