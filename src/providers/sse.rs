//! Server-sent events from the provider, restored event by event.
//!
//! Delta events (OpenAI `chat.completion.chunk`, Responses `*.delta`, Anthropic
//! `content_block_delta`) carry pieces of one text; each text channel (choice, tool
//! call, content block) has its own `StreamRestorer`, so a placeholder split across
//! events is restored whole, holding back at most a placeholder prefix. Any other
//! event carries complete texts and is restored as it is, after the held tails are
//! flushed. An event not yet complete is simply kept (`Incomplete` is a state).

use std::collections::HashMap;

use serde_json::{Map, Value};

use super::walk::{restore_value, JSON_TEXT_KEYS};
use super::Usage;
use crate::redact::{Escape, PlaceholderMap, StreamRestorer};

struct Channel {
    restorer: StreamRestorer,
    event: Option<String>,
    /// the last event of this channel, its strings emptied: a frame for a flush
    template: Value,
    path: Vec<Seg>,
}

#[derive(Clone, Debug)]
enum Seg {
    Key(String),
    Index(usize),
}

/// Restores one SSE stream. Feed it the upstream bytes; it returns what may be sent.
#[derive(Default)]
pub struct SseRestorer {
    pending: Vec<u8>,
    channels: HashMap<String, Channel>,
    order: Vec<String>,
    pub usage: Usage,
    /// the provider sent an error event
    pub saw_error: bool,
}

fn is_delta_event(v: &Value) -> bool {
    let obj = v.get("object").and_then(Value::as_str);
    let ty = v.get("type").and_then(Value::as_str);
    matches!(obj, Some("chat.completion.chunk" | "text_completion"))
        || ty.is_some_and(|t| t.ends_with(".delta") || t == "content_block_delta")
}

/// Where the first event of `b` ends: (end of its block, start of the next).
fn find_event_end(b: &[u8]) -> Option<(usize, usize)> {
    memchr::memchr_iter(b'\n', b).find_map(|j| {
        if b.get(j + 1) == Some(&b'\n') {
            Some((j, j + 2))
        } else if j >= 1 && b[j - 1] == b'\r' && b.get(j + 1..j + 3) == Some(b"\r\n") {
            Some((j - 1, j + 3))
        } else {
            None
        }
    })
}

impl SseRestorer {
    /// Appends to `out` what may be sent of the stream so far.
    pub fn push_into(&mut self, map: &PlaceholderMap, chunk: &[u8], out: &mut Vec<u8>) {
        // taken out while its events are handled (`event` needs `&mut self`)
        let mut pending = std::mem::take(&mut self.pending);
        pending.extend_from_slice(chunk);
        let mut start = 0;
        while let Some((end, next)) = find_event_end(&pending[start..]) {
            self.event(map, &pending[start..start + end], out);
            start += next;
        }
        pending.drain(..start);
        self.pending = pending;
    }

    /// End of stream: what is left (a last event without its blank line) and held tails.
    pub fn finish(&mut self, map: &PlaceholderMap) -> Vec<u8> {
        let mut out = Vec::new();
        if !self.pending.is_empty() {
            let block = std::mem::take(&mut self.pending);
            self.event(map, &block, &mut out);
        }
        self.flush(&mut out);
        out
    }

    fn event(&mut self, map: &PlaceholderMap, block: &[u8], out: &mut Vec<u8>) {
        if self.passes_through(block) {
            out.extend_from_slice(block);
            out.extend_from_slice(b"\n\n");
            return;
        }
        let text = String::from_utf8_lossy(block);
        let mut name = None;
        let mut data = String::new();
        let mut other = String::new();
        for line in text.lines() {
            if let Some(v) = line.strip_prefix("event:") {
                name = Some(v.trim().to_string());
            } else if let Some(v) = line.strip_prefix("data:") {
                if !data.is_empty() {
                    data.push('\n');
                }
                data.push_str(v.strip_prefix(' ').unwrap_or(v));
            } else if !line.is_empty() {
                other.push_str(line);
                other.push('\n');
            }
        }
        let parsed = if data.is_empty() {
            None
        } else {
            serde_json::from_str::<Value>(&data).ok()
        };
        let Some(mut v) = parsed else {
            // `[DONE]`, comments, keep-alives: flush held text first, then pass through
            if data.trim() == "[DONE]" || name.as_deref() == Some("message_stop") {
                self.flush(out);
            }
            out.extend_from_slice(block);
            out.extend_from_slice(b"\n\n");
            return;
        };
        self.account(&v);
        if is_delta_event(&v) {
            let prefix = channel_prefix(&v);
            let mut path = Vec::new();
            let template = v.clone();
            self.restore_delta(map, &mut v, &prefix, &mut path, None, &name, &template);
        } else {
            self.flush(out);
            restore_value(&mut v, map);
        }
        write_event(out, &other, name.as_deref(), &v);
    }

    /// Whether an event can go out exactly as it came, unparsed: nothing is held
    /// back, its raw bytes hold no `[` that could start a placeholder (or a piece of
    /// one at the end of a string) and no escape that could hide one, and it carries
    /// no usage or error to account. Most chunks of a long answer are like this, and
    /// parsing and re-writing each of them was most of a stream's cost.
    fn passes_through(&self, block: &[u8]) -> bool {
        if self.channels.values().any(|c| c.restorer.is_holding())
            || memchr::memmem::find(block, b"\\u").is_some()
            || memchr::memmem::find(block, b"error").is_some()
        {
            return false;
        }
        // `[{`, `[]`, `[[`, `[0`, `[ ` open arrays or plain text; an uppercase letter,
        // `_`, a quote (a string ending in `[`) or a backslash could be a placeholder
        let placeholder_like = memchr::memchr_iter(b'[', block).any(|i| {
            block
                .get(i + 1)
                .is_none_or(|&c| c.is_ascii_uppercase() || matches!(c, b'_' | b'"' | b'\\'))
        });
        if placeholder_like {
            return false;
        }
        // `"usage":null` rides on every OpenAI chunk; only an object is accounted
        !memchr::memmem::find_iter(block, b"\"usage\"").any(|i| {
            block[i + 7..]
                .iter()
                .find(|c| !matches!(c, b' ' | b'\t' | b'\r' | b'\n' | b':'))
                .is_none_or(|&c| c != b'n')
        })
    }

    fn account(&mut self, v: &Value) {
        if v.get("type").and_then(Value::as_str) == Some("error")
            || v.get("error").is_some_and(|e| e.is_object())
        {
            self.saw_error = true;
        }
        for u in [
            v.get("usage"),
            v.pointer("/message/usage"),
            v.pointer("/response/usage"),
        ]
        .into_iter()
        .flatten()
        {
            if u.is_object() {
                self.usage.absorb(u);
            }
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn restore_delta(
        &mut self,
        map: &PlaceholderMap,
        v: &mut Value,
        prefix: &str,
        path: &mut Vec<Seg>,
        key: Option<&str>,
        name: &Option<String>,
        template: &Value,
    ) {
        match v {
            Value::String(s) => {
                if !s.contains('[') && !self.channels.contains_key(&channel_key(prefix, path)) {
                    return;
                }
                let ck = channel_key(prefix, path);
                let escape = if key.is_some_and(|k| JSON_TEXT_KEYS.contains(&k)) {
                    Escape::JsonString
                } else {
                    Escape::None
                };
                if !self.channels.contains_key(&ck) {
                    self.order.push(ck.clone());
                }
                let ch = self.channels.entry(ck).or_insert_with(|| Channel {
                    restorer: StreamRestorer::default(),
                    event: None,
                    template: Value::Null,
                    path: Vec::new(),
                });
                *s = ch.restorer.push(map, s, escape);
                ch.event = name.clone();
                ch.template = template.clone();
                ch.path = path.clone();
            }
            Value::Array(a) => {
                for (i, x) in a.iter_mut().enumerate() {
                    let seg = match x.get("index").and_then(Value::as_u64) {
                        Some(n) => Seg::Index(n as usize + 1_000_000),
                        None => Seg::Index(i),
                    };
                    path.push(seg);
                    self.restore_delta(map, x, prefix, path, key, name, template);
                    path.pop();
                }
            }
            Value::Object(o) => {
                for (k, x) in o.iter_mut() {
                    path.push(Seg::Key(k.clone()));
                    self.restore_delta(map, x, prefix, path, Some(k), name, template);
                    path.pop();
                }
            }
            _ => {}
        }
    }

    /// Emits every held tail as a small event of its channel's own shape.
    fn flush(&mut self, out: &mut Vec<u8>) {
        for ck in std::mem::take(&mut self.order) {
            let Some(mut ch) = self.channels.remove(&ck) else {
                continue;
            };
            let held = ch.restorer.finish();
            if held.is_empty() {
                continue;
            }
            let mut frame = minimal(&ch.template, 0);
            if set_at(&mut frame, &ch.template, &ch.path, held) {
                write_event(out, "", ch.event.as_deref(), &frame);
            }
        }
        self.channels.clear();
    }
}

fn write_event(out: &mut Vec<u8>, other: &str, name: Option<&str>, v: &Value) {
    out.extend_from_slice(other.as_bytes());
    if let Some(n) = name {
        out.extend_from_slice(b"event: ");
        out.extend_from_slice(n.as_bytes());
        out.push(b'\n');
    }
    out.extend_from_slice(b"data: ");
    out.extend_from_slice(&serde_json::to_vec(v).expect("json"));
    out.extend_from_slice(b"\n\n");
}

fn channel_prefix(v: &Value) -> String {
    let mut p = String::new();
    for k in ["index", "output_index", "content_index", "item_id"] {
        if let Some(x) = v.get(k) {
            p.push_str(&x.to_string());
        }
        p.push('/');
    }
    p
}

fn channel_key(prefix: &str, path: &[Seg]) -> String {
    let mut k = prefix.to_string();
    for s in path {
        match s {
            Seg::Key(x) => k.push_str(x),
            Seg::Index(i) => k.push_str(&i.to_string()),
        }
        k.push('.');
    }
    k
}

/// A copy of an event with its texts emptied and ids inside choices dropped, so a
/// flush frame adds text and nothing else when a client concatenates deltas. Top-level
/// scalars (`id`, `model`) and every `type`/`object` stay, so clients still parse it.
fn minimal(v: &Value, depth: usize) -> Value {
    match v {
        Value::Object(o) => {
            let mut m = Map::new();
            for (k, x) in o {
                if depth >= 1 && matches!(k.as_str(), "id" | "name" | "call_id" | "role") {
                    continue;
                }
                if k == "usage" || k == "finish_reason" || k == "logprobs" {
                    continue;
                }
                // a frame keeps its kind (`type`, `object`), and loses its text
                let keep = matches!(k.as_str(), "type" | "object")
                    || (depth == 0 && !x.is_object() && !x.is_array());
                m.insert(
                    k.clone(),
                    if keep {
                        x.clone()
                    } else {
                        minimal(x, depth + 1)
                    },
                );
            }
            Value::Object(m)
        }
        Value::Array(a) => Value::Array(a.iter().map(|x| minimal(x, depth + 1)).collect()),
        Value::String(_) => Value::String(String::new()),
        other => other.clone(),
    }
}

fn set_at(frame: &mut Value, template: &Value, path: &[Seg], text: String) -> bool {
    let mut cur = frame;
    let mut tpl = template;
    for s in path {
        match s {
            Seg::Key(k) => {
                let Some(obj) = cur.as_object_mut() else {
                    return false;
                };
                if !obj.contains_key(k) {
                    obj.insert(
                        k.clone(),
                        tpl.get(k).map(|x| minimal(x, 2)).unwrap_or(Value::Null),
                    );
                }
                tpl = match tpl.get(k) {
                    Some(t) => t,
                    None => return false,
                };
                cur = obj.get_mut(k).expect("inserted");
            }
            Seg::Index(i) => {
                let Some(arr) = tpl.as_array() else {
                    return false;
                };
                let pos = if *i >= 1_000_000 {
                    arr.iter().position(|x| {
                        x.get("index").and_then(Value::as_u64) == Some((*i - 1_000_000) as u64)
                    })
                } else {
                    Some(*i)
                };
                let Some(pos) = pos else { return false };
                tpl = &arr[pos];
                cur = match cur.get_mut(pos) {
                    Some(c) => c,
                    None => return false,
                };
            }
        }
    }
    *cur = Value::String(text);
    true
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scan::Entity;

    pub(super) fn push(r: &mut SseRestorer, m: &PlaceholderMap, b: &[u8]) -> Vec<u8> {
        let mut out = Vec::new();
        r.push_into(m, b, &mut out);
        out
    }

    fn map() -> PlaceholderMap {
        let mut m = PlaceholderMap::default();
        m.placeholder_for(Entity::Person, "Anna Novak");
        m.placeholder_for(Entity::Email, "anna@x.com");
        m
    }

    fn openai_stream(parts: &[&str]) -> String {
        let mut s = String::new();
        for p in parts {
            s += &format!(
                "data: {}\n\n",
                serde_json::json!({"id":"c","object":"chat.completion.chunk","choices":[{"index":0,"delta":{"content":p}}]})
            );
        }
        s += "data: {\"id\":\"c\",\"object\":\"chat.completion.chunk\",\"choices\":[],\"usage\":{\"prompt_tokens\":5,\"completion_tokens\":7,\"total_tokens\":12}}\n\ndata: [DONE]\n\n";
        s
    }

    fn content_of(out: &str) -> String {
        out.split("\n\n")
            .filter_map(|e| e.strip_prefix("data: "))
            .filter_map(|d| serde_json::from_str::<Value>(d).ok())
            .filter_map(|v| {
                v.pointer("/choices/0/delta/content")
                    .and_then(Value::as_str)
                    .map(String::from)
            })
            .collect()
    }

    #[test]
    fn split_placeholders_at_every_byte() {
        let m = map();
        let stream = openai_stream(&["Hello [PERS", "ON_1], mail [EMAIL_1", "] ok [PERSON_9] [EM"]);
        for cut in 0..stream.len() {
            let mut r = SseRestorer::default();
            let mut out = Vec::new();
            r.push_into(&m, &stream.as_bytes()[..cut], &mut out);
            r.push_into(&m, &stream.as_bytes()[cut..], &mut out);
            out.extend(r.finish(&m));
            let out = String::from_utf8(out).unwrap();
            assert_eq!(
                content_of(&out),
                "Hello Anna Novak, mail anna@x.com ok [PERSON_9] [EM",
                "cut at {cut}"
            );
            assert_eq!(r.usage.total_tokens, 12);
        }
    }

    #[test]
    fn events_without_placeholders_pass_unchanged_and_a_string_ending_in_a_bracket_waits() {
        let m = map();
        let plain = openai_stream(&["Hello, ", "[{json}] [1] [ok] ", "done"]);
        let mut r = SseRestorer::default();
        assert_eq!(push(&mut r, &m, plain.as_bytes()), plain.as_bytes());
        assert_eq!(
            r.usage.total_tokens, 12,
            "the usage chunk is still accounted"
        );
        for parts in [["mail [", "EMAIL_1] ok"], ["mail [EMAIL", "_1] ok"]] {
            let stream = openai_stream(&parts);
            let mut r = SseRestorer::default();
            let mut out = push(&mut r, &m, stream.as_bytes());
            out.extend(r.finish(&m));
            assert_eq!(
                content_of(&String::from_utf8(out).unwrap()),
                "mail anna@x.com ok"
            );
        }
    }

    #[test]
    fn anthropic_deltas_and_usage() {
        let m = map();
        let s = "event: message_start\ndata: {\"type\":\"message_start\",\"message\":{\"usage\":{\"input_tokens\":9,\"output_tokens\":1}}}\n\n\
event: content_block_delta\ndata: {\"type\":\"content_block_delta\",\"index\":0,\"delta\":{\"type\":\"text_delta\",\"text\":\"Hi [PER\"}}\n\n\
event: content_block_delta\ndata: {\"type\":\"content_block_delta\",\"index\":0,\"delta\":{\"type\":\"text_delta\",\"text\":\"SON_1]!\"}}\n\n\
event: message_delta\ndata: {\"type\":\"message_delta\",\"usage\":{\"output_tokens\":15}}\n\n";
        let mut r = SseRestorer::default();
        let out = String::from_utf8(push(&mut r, &m, s.as_bytes())).unwrap();
        assert!(out.contains("Anna Novak!"), "{out}");
        assert_eq!((r.usage.prompt_tokens, r.usage.completion_tokens), (9, 15));
    }
}

#[cfg(test)]
mod flush_tests {
    use super::tests::push;
    use super::*;
    use crate::scan::Entity;

    #[test]
    fn a_held_tail_is_flushed_in_its_own_frame_before_the_block_stops() {
        let mut m = PlaceholderMap::default();
        m.placeholder_for(Entity::Person, "Anna");
        let s = "event: content_block_delta\ndata: {\"type\":\"content_block_delta\",\"index\":0,\"delta\":{\"type\":\"text_delta\",\"text\":\"see [PERSON\"}}\n\n\
event: content_block_stop\ndata: {\"type\":\"content_block_stop\",\"index\":0}\n\n";
        let mut r = SseRestorer::default();
        let out = String::from_utf8(push(&mut r, &m, s.as_bytes())).unwrap();
        let frames: Vec<&str> = out.split("\n\n").filter(|f| !f.is_empty()).collect();
        assert_eq!(frames.len(), 3, "{out}");
        assert!(
            frames[1].contains(r#""type":"text_delta""#),
            "the frame keeps its delta type: {out}"
        );
        assert!(
            frames[1].contains("[PERSON") && frames[1].contains("content_block_delta"),
            "{out}"
        );
        assert!(frames[2].contains("content_block_stop"));
    }
}
