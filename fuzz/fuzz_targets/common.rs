//! Shared by the scanner targets: the engine and scratch space, built once.

use std::sync::{Mutex, OnceLock};

use redaction_gateway::scan::{Engine, Scratch};

pub fn engine() -> &'static Engine {
    static E: OnceLock<Engine> = OnceLock::new();
    E.get_or_init(|| redaction_gateway::patterns::load(None).expect("built-in patterns"))
}

/// One scratch space for the whole run, as a worker thread keeps one.
pub fn scratch() -> std::sync::MutexGuard<'static, Scratch> {
    static S: OnceLock<Mutex<Scratch>> = OnceLock::new();
    S.get_or_init(|| Mutex::new(Scratch::default()))
        .lock()
        .expect("one fuzz thread")
}

/// Whether `value` stands in `text` on its own (not inside a longer word), where
/// the engine promises to redact every occurrence of a value it found.
/// Occurrences inside a placeholder (`IBAN` in `[IBAN_1]`) are not the value.
pub fn stands_alone(text: &str, value: &str) -> bool {
    let word = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric());
    let placeholders: Vec<(usize, usize)> =
        redaction_gateway::redact::placeholders::placeholder_tokens(text).collect();
    text.match_indices(value).any(|(i, _)| {
        if placeholders.iter().any(|&(s, e)| i < e && s < i + value.len()) {
            return false;
        }
        let before = text[..i].chars().next_back();
        let after = text[i + value.len()..].chars().next();
        let first = value.chars().next();
        let last = value.chars().next_back();
        !(word(before) && word(first)) && !(word(after) && word(last))
    })
}
