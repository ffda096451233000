//! Walking JSON bodies: the text slots of a request, and restoration of an answer.

use serde_json::Value;

use crate::redact::{restore, Escape, PlaceholderMap};

/// Keys whose string value is not text a model reads.
const NOT_TEXT: &[&str] = &[
    "model",
    "role",
    "type",
    "id",
    "tool_call_id",
    "tool_use_id",
    "object",
    "encoding_format",
    "service_tier",
    "reasoning_effort",
    "stop_reason",
    "finish_reason",
    "media_type",
    "voice",
    "previous_response_id",
    "truncation",
];
/// Keys whose whole subtree is configuration, not content (tool schemas).
const NOT_CONTENT: &[&str] = &[
    "tools",
    "functions",
    "response_format",
    "tool_choice",
    "json_schema",
    "stream_options",
    "logit_bias",
    "metadata_schema",
];
/// Answer keys whose string is JSON text itself (tool-call arguments).
pub const JSON_TEXT_KEYS: &[&str] = &["arguments", "partial_json"];

/// Maximum nesting accepted in a request body; deeper is refused, not recursed.
pub const MAX_DEPTH: usize = 64;

/// Calls `f` on every text slot, in a fixed order (the same for both walks).
pub fn for_each_text(v: &Value, f: &mut impl FnMut(&str)) {
    fn go(v: &Value, key: Option<&str>, f: &mut impl FnMut(&str)) {
        match v {
            Value::String(s) if !key.is_some_and(|k| NOT_TEXT.contains(&k)) => f(s),
            Value::Array(a) => a.iter().for_each(|x| go(x, key, f)),
            Value::Object(o) => {
                for (k, x) in o {
                    if !NOT_CONTENT.contains(&k.as_str()) {
                        go(x, Some(k), f)
                    }
                }
            }
            _ => {}
        }
    }
    go(v, None, f)
}

/// The mutable twin of `for_each_text`: same slots, same order.
pub fn for_each_text_mut(v: &mut Value, f: &mut impl FnMut(&mut String)) {
    fn go(v: &mut Value, key: Option<&str>, f: &mut impl FnMut(&mut String)) {
        match v {
            Value::String(s) if !key.is_some_and(|k| NOT_TEXT.contains(&k)) => f(s),
            Value::Array(a) => a.iter_mut().for_each(|x| go(x, key, f)),
            Value::Object(o) => {
                for (k, x) in o.iter_mut() {
                    if !NOT_CONTENT.contains(&k.as_str()) {
                        go(x, Some(k), f)
                    }
                }
            }
            _ => {}
        }
    }
    go(v, None, f)
}

/// Depth of a JSON value (checked before walking, so walks never recurse deeply).
pub fn depth(v: &Value) -> usize {
    let mut max = 0;
    let mut stack = vec![(v, 1usize)];
    while let Some((x, d)) = stack.pop() {
        max = max.max(d);
        match x {
            Value::Array(a) => stack.extend(a.iter().map(|y| (y, d + 1))),
            Value::Object(o) => stack.extend(o.values().map(|y| (y, d + 1))),
            _ => {}
        }
    }
    max
}

/// Whether the body carries a JSON array of per-person records under one of `keys`
/// (at any depth, also inside a text slot that is itself JSON).
pub fn has_record_array(v: &Value, keys: &[String]) -> bool {
    fn go(v: &Value, keys: &[String], budget: &mut usize) -> bool {
        if *budget == 0 {
            return false;
        }
        *budget -= 1;
        match v {
            Value::Object(o) => o.iter().any(|(k, x)| {
                (keys.iter().any(|r| r.eq_ignore_ascii_case(k)) && matches!(x, Value::Array(a) if a.len() >= 2 && a.iter().all(Value::is_object))) || go(x, keys, budget)
            }),
            Value::Array(a) => a.iter().any(|x| go(x, keys, budget)),
            Value::String(s) if s.len() > 2 && (s.contains("[{") || s.contains("[\n")) => {
                // prompts often paste JSON: look inside the first JSON value in the text
                s.find(['{', '[']).and_then(|i| serde_json::Deserializer::from_str(&s[i..]).into_iter::<Value>().next()).and_then(Result::ok).is_some_and(|inner| go(&inner, keys, budget))
            }
            _ => false,
        }
    }
    let mut budget = 100_000;
    go(v, keys, &mut budget)
}

/// Restores placeholders in every string of an answer.
pub fn restore_value(v: &mut Value, map: &PlaceholderMap) {
    fn go(v: &mut Value, key: Option<&str>, map: &PlaceholderMap) {
        match v {
            Value::String(s) => {
                let esc = if key.is_some_and(|k| JSON_TEXT_KEYS.contains(&k)) {
                    Escape::JsonString
                } else {
                    Escape::None
                };
                if let std::borrow::Cow::Owned(r) = restore(map, s, esc) {
                    *s = r;
                }
            }
            Value::Array(a) => a.iter_mut().for_each(|x| go(x, key, map)),
            Value::Object(o) => o.iter_mut().for_each(|(k, x)| go(x, Some(k), map)),
            _ => {}
        }
    }
    go(v, None, map)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slots_skip_non_text_and_keep_order() {
        let v: Value = serde_json::from_str(r#"{"model":"gpt","messages":[{"role":"user","content":"a"},{"role":"assistant","content":[{"type":"text","text":"b"}],"tool_calls":[{"id":"c1","function":{"name":"f","arguments":"{\"x\":\"c\"}"}}]}],"tools":[{"function":{"description":"d"}}]}"#).unwrap();
        let mut got = vec![];
        for_each_text(&v, &mut |s| got.push(s.to_string()));
        assert_eq!(got, ["a", "b", "f", "{\"x\":\"c\"}"]);
    }

    #[test]
    fn record_arrays() {
        let keys = vec!["travelers".to_string()];
        let v: Value = serde_json::from_str(
            r#"{"messages":[{"content":"data: {\"travelers\": [{\"n\":1},{\"n\":2}]}"}]}"#,
        )
        .unwrap();
        assert!(has_record_array(&v, &keys));
        let v: Value =
            serde_json::from_str(r#"{"messages":[{"content":"14 travelers in Lisbon"}]}"#).unwrap();
        assert!(!has_record_array(&v, &keys));
    }
}
