//! `patterns check`: every rule's examples run through the whole engine (prefilter →
//! regex → validator → context → overlaps), exactly as a request would see them.

use std::fmt;

use crate::scan::{Engine, Scratch};

/// One failed example.
#[derive(Debug)]
pub struct CheckFailure {
    pub file: String,
    pub rule: String,
    /// `must_match#2`, `must_not_match#1`
    pub example: String,
    pub message: String,
}

impl fmt::Display for CheckFailure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}:{}:{}: {}",
            self.file, self.rule, self.example, self.message
        )
    }
}

/// Summary of a check run.
pub struct CheckReport {
    pub rules: usize,
    pub examples: usize,
    pub failures: Vec<CheckFailure>,
}

pub fn check(engine: &Engine) -> CheckReport {
    let mut scratch = Scratch::default();
    let mut found = Vec::new();
    let mut failures = Vec::new();
    let mut examples = 0;
    for (ri, rule) in engine.rules().iter().enumerate() {
        for (n, ex) in rule.must_match.iter().enumerate() {
            examples += 1;
            engine.scan(&ex.text, &mut scratch, &mut found);
            let ok = found
                .iter()
                .any(|f| f.rule as usize == ri && ex.text[f.start..f.end] == ex.value);
            if !ok {
                let got: Vec<String> = found
                    .iter()
                    .map(|f| {
                        format!(
                            "{} by {} at {}..{}",
                            f.entity,
                            engine.rule(f.rule).id,
                            f.start,
                            f.end
                        )
                    })
                    .collect();
                failures.push(CheckFailure {
                    file: rule.file.clone(),
                    rule: rule.id.clone(),
                    example: format!("must_match#{}", n + 1),
                    message: format!(
                        "expected {:?} from this rule; the engine found [{}]",
                        ex.value,
                        got.join(", ")
                    ),
                });
            }
        }
        for (n, text) in rule.must_not_match.iter().enumerate() {
            examples += 1;
            engine.scan(text, &mut scratch, &mut found);
            if let Some(f) = found.iter().find(|f| f.rule as usize == ri) {
                failures.push(CheckFailure {
                    file: rule.file.clone(),
                    rule: rule.id.clone(),
                    example: format!("must_not_match#{}", n + 1),
                    message: format!(
                        "matched {:?} at {}..{}",
                        &text[f.start..f.end],
                        f.start,
                        f.end
                    ),
                });
            }
        }
    }
    CheckReport {
        rules: engine.rules().len(),
        examples,
        failures,
    }
}
