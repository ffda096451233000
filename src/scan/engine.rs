//! The detection engine: every rule compiled once, one scan per text with reusable
//! scratch space.
//!
//! A scan runs these steps over the (normalised) text:
//! 1. one Aho-Corasick pass over every rule's keywords, context and deny words;
//! 2. the regex rules whose keywords occurred (or that have none);
//! 3. structure-keyed values (JSON keys, assignments, XML tags, CSV columns);
//! 4. the person-name recognizer;
//! 5. overlap resolution (higher confidence, then longer, wins);
//! 6. offsets mapped back to the original text.

use std::collections::HashSet;

use aho_corasick::AhoCorasick;
use regex::Regex;

use crate::patterns::spec::Example;
use crate::patterns::validators::{Validator, Verdict};
use crate::scan::entity::Entity;
use crate::scan::fields::FieldIndex;
use crate::scan::finding::{Finding, RuleIdx};
use crate::scan::normalize::Normalized;
use crate::scan::person::{PersonRecognizer, PersonScratch};
use crate::scan::resolve::resolve;

/// Findings below this confidence (hundredths) are not reported.
pub const REPORT_THRESHOLD: u8 = 50;

/// One compiled rule.
pub struct Rule {
    pub id: String,
    pub file: String,
    pub entity: Entity,
    pub description: String,
    pub regex: Option<Regex>,
    pub value_group: bool,
    pub keys: Vec<String>,
    pub recognizer: Option<String>,
    pub keywords: Vec<String>,
    pub validator: Option<Validator>,
    pub score: u8,
    pub context: Vec<String>,
    pub context_window: usize,
    pub context_boost: u8,
    pub deny_context: Vec<String>,
    pub allow: HashSet<String>,
    pub not_preceded_by: String,
    pub not_followed_by: String,
    pub must_match: Vec<Example>,
    pub must_not_match: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WordRole {
    Keyword,
    Context,
    Deny,
}

#[derive(Debug, Clone, Copy)]
pub struct WordTarget {
    pub rule: RuleIdx,
    pub role: WordRole,
}

#[derive(Debug, Clone, Copy)]
struct WordHit {
    rule: RuleIdx,
    role: WordRole,
    end: usize,
}

/// Per-thread reusable space: a scan allocates only when a text outgrows it.
#[derive(Default)]
pub struct Scratch {
    norm: Normalized,
    enabled: Vec<bool>,
    hits: Vec<WordHit>,
    raw: Vec<Finding>,
    person: PersonScratch,
}

pub struct Engine {
    rules: Vec<Rule>,
    words: AhoCorasick,
    targets: Vec<Vec<WordTarget>>,
    fields: FieldIndex,
    person: Option<PersonRecognizer>,
    /// rules with a regex and no keys (keyed rules use their regex as a value check)
    regex_rules: Vec<RuleIdx>,
}

impl Engine {
    pub(crate) fn new(
        rules: Vec<Rule>,
        words: AhoCorasick,
        targets: Vec<Vec<WordTarget>>,
        fields: FieldIndex,
        mut person: Option<PersonRecognizer>,
    ) -> Self {
        let regex_rules = rules
            .iter()
            .enumerate()
            .filter(|(_, r)| r.regex.is_some() && r.keys.is_empty())
            .map(|(i, _)| i as RuleIdx)
            .collect();
        if let Some(p) = person.as_mut() {
            let find = |name: &str| {
                rules
                    .iter()
                    .position(|r| r.recognizer.as_deref() == Some(name))
                    .map(|i| i as RuleIdx)
            };
            p.rules.anchor = find("person_anchor");
            p.rules.dictionary = find("person_dictionary");
            p.rules.gds = find("person_gds");
            p.rules.last_first = find("person_last_first");
            p.rules.script = find("person_script");
            p.rules.coreference = find("person_coreference");
        }
        Self {
            rules,
            words,
            targets,
            fields,
            person,
            regex_rules,
        }
    }

    pub fn rules(&self) -> &[Rule] {
        &self.rules
    }

    pub fn rule(&self, idx: RuleIdx) -> &Rule {
        &self.rules[idx as usize]
    }

    /// Scans `text`; `out` receives non-overlapping findings sorted by start, with
    /// UTF-8 byte offsets into `text`.
    pub fn scan(&self, text: &str, scratch: &mut Scratch, out: &mut Vec<Finding>) {
        out.clear();
        if text.is_empty() {
            return;
        }
        let Scratch {
            norm,
            enabled,
            hits,
            raw,
            person,
        } = scratch;
        norm.build(text);
        let view = norm.view(text);
        raw.clear();

        // 1. keywords, context and deny words in one pass
        enabled.clear();
        enabled.resize(self.rules.len(), false);
        hits.clear();
        let vb = view.as_bytes();
        for m in self.words.find_overlapping_iter(view) {
            let bounded = (m.start() == 0 || !vb[m.start() - 1].is_ascii_alphanumeric())
                && (m.end() == vb.len() || !vb[m.end()].is_ascii_alphanumeric());
            for t in &self.targets[m.pattern().as_usize()] {
                match t.role {
                    WordRole::Keyword => enabled[t.rule as usize] = true,
                    _ if bounded => hits.push(WordHit {
                        rule: t.rule,
                        role: t.role,
                        end: m.end(),
                    }),
                    _ => {}
                }
            }
        }

        // 2. regex rules
        for &ri in &self.regex_rules {
            let rule = &self.rules[ri as usize];
            if !rule.keywords.is_empty() && !enabled[ri as usize] {
                continue;
            }
            let re = rule.regex.as_ref().expect("regex rule");
            if rule.value_group {
                for c in re.captures_iter(view) {
                    if let Some(v) = c.name("v") {
                        self.consider(ri, view, v.start(), v.end(), hits, raw);
                    }
                }
            } else {
                for m in re.find_iter(view) {
                    self.consider(ri, view, m.start(), m.end(), hits, raw);
                }
            }
        }

        // 3. keyed values
        if !self.fields.is_empty() {
            self.fields.scan(view, |kv| {
                for &ri in kv.rules {
                    let rule = &self.rules[ri as usize];
                    let value = &view[kv.start..kv.end];
                    let shape_ok = match &rule.regex {
                        Some(re) => re
                            .find(value)
                            .is_some_and(|m| m.start() == 0 && m.end() == value.len()),
                        None => true,
                    };
                    let person_ok = rule.entity != Entity::Person
                        || !kv.assignment
                            && self
                                .person
                                .as_ref()
                                .is_some_and(|p| p.looks_like_name(value));
                    if shape_ok && person_ok {
                        self.consider(ri, view, kv.start, kv.end, hits, raw);
                    }
                }
            });
        }

        // 4. person names
        if let Some(p) = &self.person {
            p.scan(view, person, raw);
        }

        // 5. overlaps, 6. offsets
        resolve(raw, out);
        for f in out.iter_mut() {
            let (s, e) = norm.to_original(text, f.start, f.end);
            f.start = s;
            f.end = e;
        }
    }

    /// Applies a rule's checks to one candidate span and keeps it if it passes.
    fn consider(
        &self,
        ri: RuleIdx,
        view: &str,
        start: usize,
        mut end: usize,
        hits: &[WordHit],
        raw: &mut Vec<Finding>,
    ) {
        if start >= end {
            return;
        }
        let rule = &self.rules[ri as usize];
        let before = view[..start].chars().next_back();
        let after = view[end..].chars().next();
        if before.is_some_and(|c| rule.not_preceded_by.contains(c))
            || after.is_some_and(|c| rule.not_followed_by.contains(c))
        {
            return;
        }
        let value = &view[start..end];
        if rule.allow.contains(value) {
            return;
        }
        let mut score = rule.score;
        if let Some(v) = rule.validator {
            match v.check(value) {
                Verdict::Reject => return,
                Verdict::Accept => {}
                Verdict::AcceptPrefix(n) => end = start + n,
                Verdict::Boost(b) => score = score.saturating_add(b),
            }
        }
        // The nearest context or deny word before the match decides: in "flight AF180
        // was cancelled (PNR Z2C44P)" the PNR is nearer than the flight.
        let near = |h: &&WordHit| {
            h.rule == ri && h.end <= start + 1 && start - h.end.min(start) <= rule.context_window
        };
        match hits
            .iter()
            .filter(near)
            .max_by_key(|h| h.end)
            .map(|h| h.role)
        {
            Some(WordRole::Deny) => return,
            Some(WordRole::Context) => score = score.saturating_add(rule.context_boost),
            _ => {}
        }
        if score >= REPORT_THRESHOLD {
            raw.push(Finding {
                entity: rule.entity,
                start,
                end,
                rule: ri,
                score: score.min(100),
            });
        }
    }
}
