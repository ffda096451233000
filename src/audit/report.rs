//! `audit report`: provider-usage summary for auditors, grouped as asked.

use std::collections::BTreeMap;

use serde::Serialize;
use serde_json::Value;

#[derive(Debug, Default, Clone, Serialize)]
pub struct Row {
    pub group: BTreeMap<String, String>,
    pub requests: u64,
    pub blocked: u64,
    pub prompt_tokens: u64,
    pub completion_tokens: u64,
    pub redactions: BTreeMap<String, u64>,
}

pub fn report(
    lines: impl Iterator<Item = String>,
    by: &[String],
    since: Option<i64>,
    until: Option<i64>,
) -> Vec<Row> {
    let mut rows: BTreeMap<Vec<String>, Row> = BTreeMap::new();
    for line in lines {
        let Ok(v) = serde_json::from_str::<Value>(&line) else {
            continue;
        };
        let ts = v
            .get("ts")
            .and_then(Value::as_str)
            .and_then(super::parse_timestamp);
        if since.is_some_and(|s| ts.is_some_and(|t| t < s))
            || until.is_some_and(|u| ts.is_some_and(|t| t >= u))
        {
            continue;
        }
        let key: Vec<String> = by
            .iter()
            .map(|k| {
                v.get(k)
                    .map(|x| {
                        x.as_str()
                            .map(String::from)
                            .unwrap_or_else(|| x.to_string())
                    })
                    .unwrap_or_default()
            })
            .collect();
        let row = rows.entry(key.clone()).or_default();
        row.group = by.iter().cloned().zip(key).collect();
        row.requests += 1;
        if v.get("decision").and_then(Value::as_str) == Some("blocked") {
            row.blocked += 1;
        }
        let u = |k: &str| {
            v.pointer(&format!("/usage/{k}"))
                .and_then(|x| x.as_u64().or_else(|| x.to_string().parse().ok()))
                .unwrap_or(0)
        };
        row.prompt_tokens += u("prompt_tokens");
        row.completion_tokens += u("completion_tokens");
        if let Some(Value::Object(r)) = v.get("redactions") {
            for (e, n) in r {
                *row.redactions.entry(e.clone()).or_default() += n
                    .as_u64()
                    .or_else(|| n.to_string().parse().ok())
                    .unwrap_or(0);
            }
        }
    }
    rows.into_values().collect()
}
