//! Scanner + redactor on arbitrary text: no panic; findings sorted, non-overlapping,
//! on char boundaries and in range; no detected value survives redaction; restoring
//! the redacted text gives the input back.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "common.rs"]
mod common;
use common::{engine, scratch, stands_alone};
use redaction_gateway::redact::{restore, Escape, PlaceholderMap};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let mut scratch = scratch();
    let mut found = Vec::new();
    engine().scan(text, &mut scratch, &mut found);
    let mut last = 0;
    for f in &found {
        assert!(f.start < f.end && f.end <= text.len(), "span out of range");
        assert!(text.is_char_boundary(f.start) && text.is_char_boundary(f.end));
        assert!(f.start >= last, "findings overlap or are out of order");
        last = f.end;
    }
    let mut map = PlaceholderMap::default();
    map.reserve_existing(text);
    let redacted = map.redact(text, &found);
    for f in &found {
        let value = &text[f.start..f.end];
        assert!(
            value.chars().count() < 3 || !stands_alone(&redacted, value),
            "a detected value survived redaction"
        );
    }
    assert_eq!(restore(&map, &redacted, Escape::None), text);
});
