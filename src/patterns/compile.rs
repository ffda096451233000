//! Pattern files → `Engine`. Everything is compiled here, once; every problem in every
//! file is collected and reported together (`file:rule: message`).

use std::collections::HashMap;
use std::fmt;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use regex::{Regex, RegexBuilder};
use regex_automata::dfa::{dense, Automaton, StartKind};
use regex_automata::meta;
use regex_automata::nfa::thompson;

use super::spec::{Example, PatternFile, RuleSpec};
use super::validators::Validator;
use crate::scan::engine::{
    Anchored, Engine, Rule, RuleRegex, WordRole, WordTarget, ANCHORED_LEAD, MAX_REACH,
};
use crate::scan::entity::Entity;
use crate::scan::fields::FieldIndex;
use crate::scan::person::PersonRecognizer;

/// Recognizers implemented in code; a rule naming one carries its examples.
pub const RECOGNIZERS: &[&str] = &[
    "person_anchor",
    "person_dictionary",
    "person_gds",
    "person_last_first",
    "person_script",
    "person_coreference",
    "spelled_digits",
];

/// Default bytes before a match searched for context words.
const DEFAULT_CONTEXT_WINDOW: usize = 48;
/// Default confidence a context word adds.
const DEFAULT_CONTEXT_BOOST: f32 = 0.3;
/// Default base confidence of a rule.
const DEFAULT_SCORE: f32 = 0.8;

/// One problem found while loading patterns, located precisely.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoadProblem {
    pub file: String,
    pub rule: Option<String>,
    pub message: String,
}

impl fmt::Display for LoadProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.rule {
            Some(r) => write!(f, "{}:{}: {}", self.file, r, self.message),
            None => write!(f, "{}: {}", self.file, self.message),
        }
    }
}

/// All problems of one load; the engine is only built when there are none.
#[derive(Debug, thiserror::Error)]
#[error("{} pattern problem(s):\n{}", .0.len(), .0.iter().map(|p| format!("  {p}")).collect::<Vec<_>>().join("\n"))]
pub struct LoadErrors(pub Vec<LoadProblem>);

/// A source of pattern files: the built-in set or a directory. `read` gives a file's
/// text by its path relative to the pattern root (dictionaries included).
pub trait PatternSource {
    /// `(relative path, text)` of every `*.toml` pattern file, sorted by path.
    fn pattern_files(&self) -> Result<Vec<(String, String)>, LoadProblem>;
    fn read(&self, rel: &str) -> Result<String, LoadProblem>;
}

fn to_score(v: f32) -> u8 {
    (v.clamp(0.0, 1.0) * 100.0).round() as u8
}

/// Compiles every file of `source` into an engine, or returns every problem found.
pub fn compile(source: &dyn PatternSource) -> Result<Engine, LoadErrors> {
    let mut problems = Vec::new();
    let files = match source.pattern_files() {
        Ok(f) => f,
        Err(p) => return Err(LoadErrors(vec![p])),
    };
    let mut rules: Vec<Rule> = Vec::new();
    let mut ids: HashMap<String, String> = HashMap::new();
    let mut person = None;

    for (file, text) in &files {
        let parsed: PatternFile = match toml::from_str(text) {
            Ok(p) => p,
            Err(e) => {
                problems.push(LoadProblem {
                    file: file.clone(),
                    rule: None,
                    message: e.to_string(),
                });
                continue;
            }
        };
        if let Some(spec) = parsed.person {
            if person.is_some() {
                problems.push(LoadProblem {
                    file: file.clone(),
                    rule: None,
                    message:
                        "a second [person] table; only one file may configure the person recognizer"
                            .into(),
                });
            } else {
                match PersonRecognizer::from_spec(&spec, source) {
                    Ok(p) => person = Some(p),
                    Err(mut e) => {
                        for p in &mut e {
                            p.file = file.clone();
                        }
                        problems.extend(e);
                    }
                }
            }
        }
        for spec in parsed.rules {
            if let Some(prev) = ids.insert(spec.id.clone(), file.clone()) {
                problems.push(LoadProblem {
                    file: file.clone(),
                    rule: Some(spec.id.clone()),
                    message: format!("duplicate rule id (first defined in {prev})"),
                });
                continue;
            }
            match compile_rule(file, spec) {
                Ok(r) => rules.push(r),
                Err(e) => problems.extend(e),
            }
        }
    }

    let uses_person = rules.iter().any(|r| {
        r.recognizer
            .as_deref()
            .is_some_and(|n| n.starts_with("person_"))
    });
    if uses_person && person.is_none() {
        problems.push(LoadProblem {
            file: "(patterns)".into(),
            rule: None,
            message: "person_* recognizer rules need a [person] table in one file".into(),
        });
    }
    if rules.len() > u16::MAX as usize {
        problems.push(LoadProblem {
            file: "(patterns)".into(),
            rule: None,
            message: "too many rules".into(),
        });
    }
    if !problems.is_empty() {
        return Err(LoadErrors(problems));
    }

    // One Aho-Corasick automaton over every keyword, context and deny word of every
    // rule: a single pass tells which rules can run and where their context words are.
    let mut words: Vec<String> = Vec::new();
    let mut word_index: HashMap<String, usize> = HashMap::new();
    let mut targets: Vec<Vec<WordTarget>> = Vec::new();
    for (i, r) in rules.iter().enumerate() {
        let lists = [
            (&r.keywords, WordRole::Keyword),
            (&r.context, WordRole::Context),
            (&r.deny_context, WordRole::Deny),
        ];
        for (list, role) in lists {
            for w in list {
                let key = w.to_ascii_lowercase();
                let idx = *word_index.entry(key.clone()).or_insert_with(|| {
                    words.push(key);
                    targets.push(Vec::new());
                    words.len() - 1
                });
                targets[idx].push(WordTarget {
                    rule: i as u16,
                    role,
                    at: r.keywords_at,
                });
            }
        }
    }
    let ac: AhoCorasick = AhoCorasickBuilder::new()
        .ascii_case_insensitive(true)
        .match_kind(MatchKind::Standard)
        .kind(Some(aho_corasick::AhoCorasickKind::DFA))
        .build(&words)
        .map_err(|e| {
            LoadErrors(vec![LoadProblem {
                file: "(patterns)".into(),
                rule: None,
                message: e.to_string(),
            }])
        })?;
    let fields = FieldIndex::new(&rules);
    Ok(Engine::new(rules, ac, targets, fields, person))
}

fn compile_rule(file: &str, spec: RuleSpec) -> Result<Rule, Vec<LoadProblem>> {
    let mut problems = Vec::new();
    let mut problem = |m: String| {
        problems.push(LoadProblem {
            file: file.into(),
            rule: Some(spec.id.clone()),
            message: m,
        })
    };

    if spec.id.is_empty()
        || !spec
            .id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '_')
    {
        problem("id must be non-empty ASCII letters, digits, '.' or '_'".into());
    }
    let entity = spec.entity.parse::<Entity>().map_err(|_| ()).ok();
    if entity.is_none() {
        problem(format!(
            "unknown entity {:?} (one of {})",
            spec.entity,
            Entity::ALL.map(|e| e.as_str()).join(", ")
        ));
    }
    let regex = match &spec.regex {
        Some(src) => match compile_regex(
            src,
            spec.case_insensitive,
            spec.min_digits == 0,
            spec.min_digits > 0 && spec.lead.is_some_and(|l| l <= ANCHORED_LEAD),
        ) {
            Ok(r) => Some(r),
            Err(e) => {
                problem(format!("regex does not compile: {e}"));
                None
            }
        },
        None => None,
    };
    if spec.min_digits > 0 && spec.regex.is_none() {
        problem("min_digits narrows a regex search; this rule has no regex".into());
    }
    let kinds = spec.regex.is_some() as u8 + spec.recognizer.is_some() as u8;
    if spec.recognizer.is_some() && (spec.regex.is_some() || !spec.keys.is_empty()) {
        problem("a recognizer rule takes no regex or keys".into());
    }
    if kinds == 0 && spec.keys.is_empty() {
        problem("a rule needs a regex, keys, or a recognizer".into());
    }
    if let Some(name) = &spec.recognizer {
        if !RECOGNIZERS.contains(&name.as_str()) {
            problem(format!(
                "unknown recognizer {name:?} (one of {})",
                RECOGNIZERS.join(", ")
            ));
        }
    }
    let validator = match &spec.validator {
        Some(v) => match Validator::from_name(v) {
            Some(v) => Some(v),
            None => {
                problem(format!(
                    "unknown validator {v:?} (one of {})",
                    Validator::NAMES.join(", ")
                ));
                None
            }
        },
        None => None,
    };
    if spec.must_match.is_empty() {
        problem("no must_match example: every rule shows what it finds".into());
    }
    let value_group = regex
        .as_ref()
        .is_some_and(|r| r.whole.capture_names().any(|n| n == Some("v")));
    let reach = spec.reach.unwrap_or_else(|| default_reach(regex.as_ref()));
    let lead = spec.lead.unwrap_or(reach);
    if lead > reach {
        problem(format!("lead {lead} is more than reach {reach}"));
    }
    for (n, ex) in spec.must_match.iter().enumerate() {
        if !ex.text.contains(&ex.value) {
            problem(format!("must_match#{}: value is not inside text", n + 1));
        }
        if spec.min_digits > 0 && !has_number(&ex.value, spec.min_digits) {
            problem(format!(
                "must_match#{}: min_digits is {} but the value has no number that long",
                n + 1,
                spec.min_digits
            ));
        }
        if let Some(m) = regex.as_ref().and_then(|re| match_around(re, ex)) {
            if spec.min_digits > 0 {
                let mut numbers = Vec::new();
                crate::scan::engine::find_numbers(&ex.text, &mut numbers);
                // the search looks from `lead` bytes before each digit run of a long
                // enough number to `reach` bytes after the number
                let near = numbers
                    .iter()
                    .filter(|n| n.digits >= spec.min_digits && n.start < m.1 && n.end > m.0)
                    .any(|&n| {
                        crate::scan::engine::run_starts(&ex.text, n)
                            .any(|r| m.0 <= r && r <= m.0 + lead)
                            && m.1 <= n.end + reach
                    });
                if !near {
                    problem(format!("must_match#{}: the match starts more than {lead} bytes before a digit run or ends more than {reach} bytes after its number of {} digits (raise `lead` or `reach`)", n + 1, spec.min_digits));
                }
            }
            if !spec.keywords.is_empty() {
                let whole = ex.text[m.0..m.1].to_ascii_lowercase();
                let near = spec.keywords.iter().any(|k| {
                    whole.match_indices(&k.to_ascii_lowercase()).any(|(at, k)| {
                        let counts = spec.keywords_at.admits(
                            ex.text.as_bytes(),
                            m.0 + at,
                            m.0 + at + k.len(),
                        );
                        counts
                            && (spec.min_digits > 0
                                || (at <= lead && whole.len() - at - k.len() <= reach))
                    })
                });
                if !near {
                    problem(format!("must_match#{}: no keyword stands inside the match within {lead} bytes of its start and {reach} of its end, so the search would not look there", n + 1));
                }
            }
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    let score = to_score(spec.score.unwrap_or(DEFAULT_SCORE));
    // A rule that cannot reach the report threshold without a context word needs one
    // in the text at all: its context words double as its prefilter keywords.
    let keywords_inside = !spec.keywords.is_empty();
    let mut keywords = spec.keywords;
    if keywords.is_empty() && score < crate::scan::engine::REPORT_THRESHOLD && spec.keys.is_empty()
    {
        keywords = spec.context.clone();
    }
    Ok(Rule {
        id: spec.id,
        file: file.to_string(),
        entity: entity.expect("checked"),
        description: spec.description,
        regex,
        min_digits: spec.min_digits,
        reach,
        lead,
        keywords_inside,
        keywords_at: spec.keywords_at,
        value_group,
        keys: spec
            .keys
            .iter()
            .map(|k| crate::scan::fields::normalize_key(k))
            .collect(),
        recognizer: spec.recognizer,
        keywords,
        validator,
        score,
        context: spec.context,
        context_window: spec.context_window.unwrap_or(DEFAULT_CONTEXT_WINDOW),
        context_boost: to_score(spec.context_boost.unwrap_or(DEFAULT_CONTEXT_BOOST)),
        deny_context: spec.deny_context,
        allow: spec.allow.into_iter().collect(),
        not_preceded_by: spec.not_preceded_by,
        not_followed_by: spec.not_followed_by,
        not_joined_by: spec.not_joined_by,
        must_match: spec.must_match,
        must_not_match: spec.must_not_match,
    })
}

/// The default of `reach`: the longest possible match, at most `MAX_REACH`.
fn default_reach(regex: Option<&RuleRegex>) -> usize {
    regex
        .and_then(|r| r.max_len)
        .unwrap_or(MAX_REACH)
        .min(MAX_REACH)
}

/// The whole regex match (labels around a `v` group included) that holds an
/// example's value, as a byte span of its text.
fn match_around(re: &RuleRegex, ex: &Example) -> Option<(usize, usize)> {
    let at = ex.text.find(&ex.value)?;
    re.whole
        .find_iter(&ex.text)
        .find(|m| m.start() <= at && at + ex.value.len() <= m.end())
        .map(|m| (m.start(), m.end()))
}

fn has_number(value: &str, min_digits: usize) -> bool {
    let mut numbers = Vec::new();
    crate::scan::engine::find_numbers(value, &mut numbers);
    numbers.iter().any(|n| n.digits >= min_digits)
}

/// The largest anchored DFA a rule gets (bytes of transition table): the number
/// rules' DFAs are a few KB; a pattern beyond this is searched in windows.
const ANCHORED_DFA_LIMIT: usize = 1 << 20;

/// A rule's regex: the `regex` crate's matcher for whole-text and value checks, and
/// the same pattern as a meta regex with its longest match, for searches limited to
/// parts of a text (look-around still sees the whole text there).
/// `prefilter`: let the meta regex skip ahead with a literal search. Worth it over
/// long stretches of text; not in the short, digit-dense windows around numbers that
/// `min_digits` rules search, where the literals (digits) are everywhere.
/// `anchored`: also build the forward DFA for anchored tries (see `RuleRegex`).
fn compile_regex(
    src: &str,
    case_insensitive: bool,
    prefilter: bool,
    anchored: bool,
) -> Result<RuleRegex, String> {
    let src = format!(
        "{}{}",
        if case_insensitive { "(?i)" } else { "" },
        ascii_shorthands(src)
    );
    let whole = RegexBuilder::new(&src)
        .size_limit(1 << 23)
        .build()
        .map_err(|e| e.to_string())?;
    let part = meta::Regex::builder()
        .configure(
            meta::Config::new()
                .nfa_size_limit(Some(1 << 23))
                .auto_prefilter(prefilter),
        )
        .build(&src)
        .map_err(|e| e.to_string())?;
    let max_len = regex_automata::util::syntax::parse(&src)
        .map_err(|e| e.to_string())?
        .properties()
        .maximum_len();
    let anchored = if anchored {
        // a pattern whose DFA would be too large is searched in windows instead
        dense::Builder::new()
            .configure(
                dense::Config::new()
                    .start_kind(StartKind::Anchored)
                    .accelerate(false)
                    .dfa_size_limit(Some(ANCHORED_DFA_LIMIT))
                    .determinize_size_limit(Some(4 * ANCHORED_DFA_LIMIT)),
            )
            .thompson(thompson::Config::new().nfa_size_limit(Some(1 << 23)))
            .build(&src)
            .ok()
            .map(|dfa| {
                let first = first_bytes(&dfa);
                Anchored { dfa, first }
            })
    } else {
        None
    };
    Ok(RuleRegex {
        whole,
        part,
        anchored,
        max_len,
    })
}

/// The bytes a match can start with, whatever stands before it: a byte outside
/// the set leads the anchored DFA straight to its dead state, so a try there is
/// skipped without a search. A start state the DFA lacks makes every byte possible.
fn first_bytes(dfa: &dense::DFA<Vec<u32>>) -> [bool; 256] {
    let mut first = [false; 256];
    // what stands before decides the start state: nothing, a word byte, a space,
    // a line end
    for before in [None, Some(b'a'), Some(b' '), Some(b'\n'), Some(b'\r')] {
        let config = regex_automata::util::start::Config::new()
            .anchored(regex_automata::Anchored::Yes)
            .look_behind(before);
        let Ok(start) = dfa.start_state(&config) else {
            return [true; 256];
        };
        for b in 0..=255u8 {
            first[b as usize] |= !dfa.is_dead_state(dfa.next_state(start, b));
        }
    }
    first
}

/// Compiles a regex used by the engine itself (not from a pattern file).
pub(crate) fn internal_regex(src: &str) -> Regex {
    Regex::new(&ascii_shorthands(src)).expect("built-in regex compiles")
}

/// `\b` in a rule means an ASCII word boundary. A Unicode `\b` makes the regex
/// crate's lazy DFA give up at the first non-ASCII byte and fall back to a far slower
/// engine; for the values rules look for (numbers, codes, keys) the two agree.
/// `\d` means `[0-9]` (`\D`: `[^0-9]`): the scanned text has every script's digits
/// folded to ASCII (see `normalize`), and a Unicode `\d` makes a digit rule's DFA
/// several times larger (slower to build, evicted from its cache more often).
pub(crate) fn ascii_shorthands(src: &str) -> String {
    let mut out = String::with_capacity(src.len() + 16);
    let mut chars = src.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('b') => out.push_str(r"(?-u:\b)"),
            // a nested class inside a class (`[\d ]` → `[[0-9] ]`) is valid too
            Some('d') => out.push_str("[0-9]"),
            Some('D') => out.push_str("[^0-9]"),
            Some(n) => {
                out.push('\\');
                out.push(n);
            }
            None => out.push('\\'),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::ascii_shorthands;

    #[test]
    fn shorthands_become_ascii_and_escapes_survive() {
        assert_eq!(ascii_shorthands(r"\b\d+\b"), r"(?-u:\b)[0-9]+(?-u:\b)");
        assert_eq!(ascii_shorthands(r"a\\b"), r"a\\b");
        assert_eq!(ascii_shorthands(r"[\d ]\D"), r"[[0-9] ][^0-9]");
    }
}
