//! The per-request placeholder map: value ↔ `[ENTITY_n]`. The same value gets the same
//! placeholder everywhere in a request; numbers already present in the request text
//! as placeholder-shaped strings are never issued, so the caller's own `[PERSON_1]`
//! can't be confused with one of ours.

use std::collections::{HashMap, HashSet};

use crate::scan::{Entity, Finding};

/// Longest placeholder we issue: `[GEO_COORDINATES_4294967295]`.
pub const MAX_PLACEHOLDER_LEN: usize = 1 + 15 + 1 + 10 + 1;

#[derive(Default, Debug)]
pub struct PlaceholderMap {
    by_value: HashMap<(Entity, String), String>,
    next: [u32; 13],
    reserved: HashSet<String>,
    /// placeholder → original value
    values: HashMap<String, String>,
    counts: [u32; 13],
}

/// Finds every placeholder-shaped token `[WORD_n]` in `text`: (start, end, name, n).
pub fn placeholder_tokens(text: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let b = text.as_bytes();
    let mut i = 0;
    std::iter::from_fn(move || {
        while i < b.len() {
            if b[i] == b'[' {
                if let Some(len) = placeholder_len(&b[i..]) {
                    let s = i;
                    i += len;
                    return Some((s, s + len));
                }
            }
            i += 1;
        }
        None
    })
}

/// Length of the placeholder at the start of `b` (`[A-Z][A-Z_]*_[0-9]+]`), if any.
pub fn placeholder_len(b: &[u8]) -> Option<usize> {
    if b.first() != Some(&b'[') {
        return None;
    }
    let mut i = 1;
    while i < b.len() && i < MAX_PLACEHOLDER_LEN && (b[i].is_ascii_uppercase() || b[i] == b'_') {
        i += 1;
    }
    if i < 3 || b[i - 1] != b'_' {
        return None;
    }
    let digits = i;
    while i < b.len() && i < MAX_PLACEHOLDER_LEN && b[i].is_ascii_digit() {
        i += 1;
    }
    (i > digits && b.get(i) == Some(&b']')).then_some(i + 1)
}

/// Whether `b` (the tail of a text) could still grow into a placeholder.
pub fn could_be_placeholder_prefix(b: &[u8]) -> bool {
    if b.first() != Some(&b'[') || b.len() >= MAX_PLACEHOLDER_LEN {
        return false;
    }
    let mut i = 1;
    while i < b.len() && (b[i].is_ascii_uppercase() || b[i] == b'_') {
        i += 1;
    }
    let letters_end = i;
    while i < b.len() && b[i].is_ascii_digit() {
        i += 1;
    }
    // digits may only follow an underscore
    i == b.len() && (letters_end == i || b[letters_end - 1] == b'_')
}

impl PlaceholderMap {
    /// Marks placeholder-shaped strings already in the request as taken.
    pub fn reserve_existing(&mut self, text: &str) {
        for (s, e) in placeholder_tokens(text) {
            self.reserved.insert(text[s..e].to_string());
        }
    }

    /// The placeholder for `value`, issuing a new one when it is first seen.
    pub fn placeholder_for(&mut self, entity: Entity, value: &str) -> &str {
        let key = (entity, value.to_string());
        if !self.by_value.contains_key(&key) {
            let ph = loop {
                self.next[entity.index()] += 1;
                let ph = format!("[{}_{}]", entity.as_str(), self.next[entity.index()]);
                if !self.reserved.contains(&ph) {
                    break ph;
                }
            };
            self.values.insert(ph.clone(), value.to_string());
            self.by_value.insert(key.clone(), ph);
        }
        &self.by_value[&key]
    }

    /// Replaces each finding in `text` by its placeholder.
    pub fn redact(&mut self, text: &str, findings: &[Finding]) -> String {
        let mut out = String::with_capacity(text.len());
        let mut last = 0;
        for f in findings {
            out.push_str(&text[last..f.start]);
            self.counts[f.entity.index()] += 1;
            out.push_str(self.placeholder_for(f.entity, &text[f.start..f.end]));
            last = f.end;
        }
        out.push_str(&text[last..]);
        out
    }

    pub fn is_empty(&self) -> bool {
        self.values.is_empty()
    }

    /// How many values of each entity were replaced (occurrences, not distinct values).
    pub fn counts(&self) -> impl Iterator<Item = (Entity, u32)> + '_ {
        Entity::ALL
            .iter()
            .map(|&e| (e, self.counts[e.index()]))
            .filter(|(_, n)| *n > 0)
    }

    /// The original value of a placeholder this map issued.
    pub fn value_of(&self, placeholder: &str) -> Option<&str> {
        self.values.get(placeholder).map(String::as_str)
    }

    /// `(placeholder, value)` pairs, for `redact --format json`.
    pub fn entries(&self) -> Vec<(&str, &str)> {
        let mut v: Vec<(&str, &str)> = self
            .values
            .iter()
            .map(|(k, v)| (k.as_str(), v.as_str()))
            .collect();
        v.sort();
        v
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholder_shapes() {
        assert_eq!(placeholder_len(b"[PERSON_1] x"), Some(10));
        assert_eq!(placeholder_len(b"[PERSON_] x"), None);
        assert_eq!(placeholder_len(b"[person_1]"), None);
        assert!(could_be_placeholder_prefix(b"[PER"));
        assert!(could_be_placeholder_prefix(b"[PERSON_1"));
        assert!(!could_be_placeholder_prefix(b"[PERSON_1]"));
        assert!(!could_be_placeholder_prefix(b"[PER5"));
        assert!(!could_be_placeholder_prefix(b"[a"));
    }

    #[test]
    fn same_value_same_placeholder_and_reserved_skipped() {
        let mut m = PlaceholderMap::default();
        m.reserve_existing("the literal [PERSON_1] in the prompt");
        let a = m.placeholder_for(Entity::Person, "Anna").to_string();
        let b = m.placeholder_for(Entity::Person, "Anna").to_string();
        let c = m.placeholder_for(Entity::Person, "Bob").to_string();
        assert_eq!(a, "[PERSON_2]");
        assert_eq!(a, b);
        assert_eq!(c, "[PERSON_3]");
    }
}
