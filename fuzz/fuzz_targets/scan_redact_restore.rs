//! Scanner + redactor on arbitrary text: no panic; findings sorted, non-overlapping,
//! on char boundaries and in range; no detected value survives redaction; restoring
//! the redacted text gives the input back.
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use redaction_gateway::redact::{restore, Escape, PlaceholderMap};
use redaction_gateway::scan::{Engine, Scratch};

fn engine() -> &'static Engine {
    static E: OnceLock<Engine> = OnceLock::new();
    E.get_or_init(|| redaction_gateway::patterns::load(None).expect("built-in patterns"))
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let mut scratch = Scratch::default();
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
            !redacted.contains(value) || map.entries().iter().any(|(p, _)| p.contains(value)),
            "a detected value survived redaction"
        );
    }
    assert_eq!(restore(&map, &redacted, Escape::None), text);
});
