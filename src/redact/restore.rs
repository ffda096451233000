//! Putting original values back into answers: whole placeholders only, ones this
//! request issued only; and a streaming restorer that holds back no more than a
//! possible placeholder prefix (at most `MAX_PLACEHOLDER_LEN - 1` bytes).

use std::borrow::Cow;

use super::placeholders::{could_be_placeholder_prefix, placeholder_len, PlaceholderMap};

/// How a restored value is written into the text around it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Escape {
    /// Plain text (message content).
    None,
    /// Inside a JSON string literal carried as text (tool-call `arguments`).
    JsonString,
}

fn write_value(out: &mut String, value: &str, escape: Escape) {
    match escape {
        Escape::None => out.push_str(value),
        Escape::JsonString => {
            let quoted = serde_json::to_string(value).expect("string serialises");
            out.push_str(&quoted[1..quoted.len() - 1]);
        }
    }
}

/// Restores every whole placeholder the map issued; unknown ones stay as written.
pub fn restore<'a>(map: &PlaceholderMap, text: &'a str, escape: Escape) -> Cow<'a, str> {
    if map.is_empty() || !text.contains('[') {
        return Cow::Borrowed(text);
    }
    let b = text.as_bytes();
    let mut out = String::new();
    let mut last = 0;
    let mut i = 0;
    while let Some(off) = text[i..].find('[') {
        let s = i + off;
        match placeholder_len(&b[s..]) {
            Some(len) => {
                if let Some(v) = map.value_of(&text[s..s + len]) {
                    out.push_str(&text[last..s]);
                    write_value(&mut out, v, escape);
                    last = s + len;
                }
                i = s + len;
            }
            None => i = s + 1,
        }
    }
    if last == 0 {
        return Cow::Borrowed(text);
    }
    out.push_str(&text[last..]);
    Cow::Owned(out)
}

/// Restores a text that arrives in pieces (one per stream event).
#[derive(Debug, Default, Clone)]
pub struct StreamRestorer {
    held: String,
}

impl StreamRestorer {
    /// Restores what is safe to emit of `held + chunk`, keeping back a tail that may be
    /// the start of a placeholder split across chunks.
    pub fn push(&mut self, map: &PlaceholderMap, chunk: &str, escape: Escape) -> String {
        self.held.push_str(chunk);
        let b = self.held.as_bytes();
        let keep_from = match self.held.rfind('[') {
            Some(p) if could_be_placeholder_prefix(&b[p..]) => p,
            _ => b.len(),
        };
        let ready = &self.held[..keep_from];
        let out = restore(map, ready, escape).into_owned();
        self.held.drain(..keep_from);
        out
    }

    /// The held tail (never a whole placeholder), for the end of the stream.
    pub fn finish(&mut self) -> String {
        std::mem::take(&mut self.held)
    }

    pub fn is_holding(&self) -> bool {
        !self.held.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scan::Entity;

    fn map() -> PlaceholderMap {
        let mut m = PlaceholderMap::default();
        for i in 1..=10 {
            m.placeholder_for(Entity::Person, &format!("Name{i}"));
        }
        m
    }

    #[test]
    fn whole_placeholders_only() {
        let m = map();
        assert_eq!(
            restore(&m, "[PERSON_1] and [PERSON_10]", Escape::None),
            "Name1 and Name10"
        );
        assert_eq!(
            restore(&m, "[PERSON_11] [PERSON_1", Escape::None),
            "[PERSON_11] [PERSON_1"
        );
    }

    #[test]
    fn json_escape_mode() {
        let mut m = PlaceholderMap::default();
        m.placeholder_for(Entity::Person, "A \"B\"");
        assert_eq!(
            restore(&m, r#"{"n":"[PERSON_1]"}"#, Escape::JsonString),
            r#"{"n":"A \"B\""}"#
        );
    }

    #[test]
    fn every_split_point() {
        let m = map();
        let text = "Hi [PERSON_1], meet [PERSON_10] and [PERSON_99] [x] [";
        let want = restore(&m, text, Escape::None).into_owned();
        for i in 0..=text.len() {
            for j in i..=text.len() {
                let mut r = StreamRestorer::default();
                let mut got = r.push(&m, &text[..i], Escape::None);
                got += &r.push(&m, &text[i..j], Escape::None);
                got += &r.push(&m, &text[j..], Escape::None);
                got += &r.finish();
                assert_eq!(got, want, "split at {i},{j}");
            }
        }
    }
}
