//! Structure-keyed values: a JSON `"pnr": "ABC123"`, a `password=…` assignment, an
//! XML `<GivenName>Anna</GivenName>` or a CSV column headed `traveler_name`. The key
//! says what the value is, so shapes that are too common to match alone (a 6-letter
//! locator, a bare given name) are found where the structure names them.

use std::collections::HashMap;

use regex::Regex;

use crate::patterns::compile::internal_regex;
use crate::scan::engine::Rule;
use crate::scan::finding::RuleIdx;

/// Keys are compared without case, `_`, `-`, `.` or spaces: `Traveler_Name` = `travelername`.
pub fn normalize_key(k: &str) -> String {
    k.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// A value span found under a key, with the rules that key belongs to.
pub struct KeyedValue<'r> {
    /// `key=value` / `key: value` (one token): too loose for names.
    pub assignment: bool,
    pub start: usize,
    pub end: usize,
    pub rules: &'r [RuleIdx],
}

pub struct FieldIndex {
    by_key: HashMap<String, Vec<RuleIdx>>,
    json: Regex,
    assign: Regex,
    xml: Regex,
}

impl FieldIndex {
    pub fn new(rules: &[Rule]) -> Self {
        let mut by_key: HashMap<String, Vec<RuleIdx>> = HashMap::new();
        for (i, r) in rules.iter().enumerate() {
            for k in &r.keys {
                by_key.entry(k.clone()).or_default().push(i as RuleIdx);
            }
        }
        Self {
            by_key,
            json: internal_regex(
                r#""([A-Za-z_][A-Za-z0-9_ .\-]{0,40})"\s*:\s*(?:"((?:[^"\\\n]|\\.){1,300})"|(-?\d{1,3}\.\d{3,12})\b)"#,
            ),
            assign: internal_regex(
                r#"\b([A-Za-z][A-Za-z0-9_.\-]{1,40})[ \t]*(?:=|:)[ \t]*['"]?([^\s"',;&<>]{1,300})"#,
            ),
            xml: internal_regex(
                r"<([A-Za-z][\w:\-]{0,40})>([^<>\n]{1,200})</([A-Za-z][\w:\-]{0,40})>",
            ),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.by_key.is_empty()
    }

    fn lookup(&self, key: &str) -> Option<&[RuleIdx]> {
        if key.len() > 48 {
            return None;
        }
        self.by_key.get(&normalize_key(key)).map(Vec::as_slice)
    }

    /// Calls `found` for every keyed value in `text`.
    pub fn scan<'s>(&'s self, text: &str, mut found: impl FnMut(KeyedValue<'s>)) {
        let bytes = text.as_bytes();
        if bytes.contains(&b'"') {
            for c in self.json.captures_iter(text) {
                let key = c.get(1).unwrap().as_str();
                let Some(rules) = self.lookup(key) else {
                    continue;
                };
                let v = c.get(2).or_else(|| c.get(3)).unwrap();
                emit_trimmed(text, v.start(), v.end(), rules, false, &mut found);
            }
        }
        if bytes.contains(&b'=') || bytes.contains(&b':') {
            for c in self.assign.captures_iter(text) {
                let key = c.get(1).unwrap().as_str();
                let Some(rules) = self.lookup(key) else {
                    continue;
                };
                let v = c.get(2).unwrap();
                emit_trimmed(text, v.start(), v.end(), rules, true, &mut found);
            }
        }
        if bytes.contains(&b'<') {
            for c in self.xml.captures_iter(text) {
                let (open, close) = (c.get(1).unwrap().as_str(), c.get(3).unwrap().as_str());
                if open != close {
                    continue;
                }
                let Some(rules) = self.lookup(open) else {
                    continue;
                };
                let v = c.get(2).unwrap();
                emit_trimmed(text, v.start(), v.end(), rules, false, &mut found);
            }
        }
        self.csv(text, &mut found);
    }

    /// Delimited tables: a header line of identifiers, then rows with as many cells.
    fn csv<'s>(&'s self, text: &str, found: &mut impl FnMut(KeyedValue<'s>)) {
        let mut header: Option<(u8, Vec<Option<&'s [RuleIdx]>>)> = None;
        let mut offset = 0;
        for line in text.split_inclusive('\n') {
            let start = offset;
            offset += line.len();
            let body = line.trim_end_matches(['\n', '\r']);
            if let Some((delim, cols)) = &header {
                let cells = split_cells(body, *delim);
                if cells.len() == cols.len() {
                    for ((s, e), rules) in cells.iter().zip(cols) {
                        if let Some(rules) = rules {
                            emit_trimmed(text, start + s, start + e, rules, false, found);
                        }
                    }
                    continue;
                }
                header = None;
            }
            for delim in [b',', b';', b'\t', b'|'] {
                if !body.as_bytes().contains(&delim) {
                    continue;
                }
                let cells = split_cells(body, delim);
                let names: Vec<&str> = cells.iter().map(|&(s, e)| body[s..e].trim()).collect();
                let identifiers = names.iter().filter(|n| !n.is_empty()).all(|n| {
                    n.len() <= 40
                        && n.chars()
                            .all(|c| c.is_alphanumeric() || c == '_' || c == ' ' || c == '-')
                });
                if !identifiers || names.len() < 2 {
                    continue;
                }
                let cols: Vec<Option<&[RuleIdx]>> = names.iter().map(|n| self.lookup(n)).collect();
                if cols.iter().any(Option::is_some) {
                    header = Some((delim, cols));
                    break;
                }
            }
        }
    }
}

fn split_cells(line: &str, delim: u8) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut s = 0;
    for (i, &b) in line.as_bytes().iter().enumerate() {
        if b == delim {
            out.push((s, i));
            s = i + 1;
        }
    }
    out.push((s, line.len()));
    out
}

fn emit_trimmed<'s>(
    text: &str,
    s: usize,
    e: usize,
    rules: &'s [RuleIdx],
    assignment: bool,
    found: &mut impl FnMut(KeyedValue<'s>),
) {
    let v = &text[s..e];
    let lead = v.len() - v.trim_start().len();
    let trail = v.len() - v.trim_end().len();
    if lead + trail < v.len() {
        found(KeyedValue {
            assignment,
            start: s + lead,
            end: e - trail,
            rules,
        });
    }
}
