//! The detection engine: every rule compiled once, one scan per text with reusable
//! scratch space.
//!
//! A scan runs these steps over the (normalised) text:
//! 1. one Aho-Corasick pass over every rule's keywords, context and deny words;
//! 2. the regex rules whose keywords occurred (or that have none), each searching only
//!    where it can report: around numbers with enough digits (`min_digits`), right
//!    after one of its context words (rules that need context to reach the
//!    threshold), else everywhere — and of those places only the ones holding one of
//!    its keywords (a keyword stands inside every match);
//! 3. structure-keyed values (JSON keys, assignments, XML tags, CSV columns);
//! 4. the person-name recognizer;
//! 5. overlap resolution (higher confidence, then longer, wins);
//! 6. offsets mapped back to the original text;
//! 7. every other standalone occurrence of a found value, found too.

use crate::scan::fxhash::FxHashSet as HashSet;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use regex::Regex;
use regex_automata::dfa::{dense, Automaton};
use regex_automata::util::captures::Captures;
use regex_automata::{meta, Input};

use crate::patterns::spec::{Example, KeywordsAt};
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
    pub regex: Option<RuleRegex>,
    pub min_digits: usize,
    /// how far a match reaches beyond the number or keyword inside it
    pub reach: usize,
    /// how far a match may start before its number or keyword (at most `reach`)
    pub lead: usize,
    /// one of `keywords` stands inside every match (declared keywords; a rule that
    /// needs context uses its context words as keywords, and those stand before it)
    pub keywords_inside: bool,
    pub keywords_at: KeywordsAt,
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
    pub not_joined_by: String,
    pub must_match: Vec<Example>,
    pub must_not_match: Vec<String>,
}

/// A rule's pattern, compiled twice (see `compile_regex`).
pub struct RuleRegex {
    /// for whole texts, captures and value checks
    pub whole: Regex,
    /// for searches limited to windows of a text
    pub part: meta::Regex,
    /// for anchored tries at many places (rules with a short `lead`): a
    /// precompiled forward DFA, walked here byte by byte, answers "does a match
    /// start here, where does it end" with almost no set-up per try
    pub anchored: Option<Anchored>,
    /// the longest match in bytes, if bounded
    pub max_len: Option<usize>,
}

/// A rule's pattern for anchored tries.
pub struct Anchored {
    pub dfa: dense::DFA<Vec<u32>>,
    /// the bytes a match can start with
    pub first: [bool; 256],
}

/// How far a windowed search reaches past the digit run, keyword or context word
/// that opened it, unless a rule says otherwise: the longest match when that is
/// bounded and shorter, else this.
pub const MAX_REACH: usize = 128;

/// Where a regex rule searches.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Scope {
    Whole,
    /// around numbers of at least this many digits
    Numbers(usize),
    AfterContext,
}

struct Plan {
    rule: RuleIdx,
    scope: Scope,
    /// how far before and after a number or keyword the search looks
    lead: usize,
    reach: usize,
    /// how far after a context word's window the search looks: the whole match
    context_reach: usize,
    /// no match is longer than `reach`
    bounded: bool,
    /// `Numbers` scope with a short `lead`: anchored searches from the few places
    /// before each digit run where a match can start, instead of a window search
    anchored: bool,
}

/// Up to this `lead`, a rule's regex runs anchored at each possible start before a
/// digit run (at most `lead + 1` tries, each ending where the pattern fails) rather
/// than over a window around the number.
pub const ANCHORED_LEAD: usize = 4;

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
    /// where a keyword counts (keywords only)
    pub at: KeywordsAt,
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
    /// keyword occurrences: rule, start, end (keywords stand inside matches)
    keywords: Vec<(RuleIdx, usize, usize)>,
    raw: Vec<Finding>,
    /// the numbers of the text (see `numbers`)
    numbers: Vec<Number>,
    /// where the digit runs of `numbers` start, in order
    runs: Vec<usize>,
    windows: Vec<(usize, usize)>,
    /// values written one character at a time (see `normalize::spaced_runs`)
    spaced: Vec<crate::scan::normalize::Collapse>,
    /// one search cache per regex plan of the engine `engine_id` (a shared pool
    /// costs more than the search itself on short texts)
    engine_id: u64,
    caches: Vec<(meta::Cache, Option<Captures>)>,
    person: PersonScratch,
}

/// Tells engines apart, so a scratch space notices it is used with a new one.
static ENGINE_IDS: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);

pub struct Engine {
    id: u64,
    rules: Vec<Rule>,
    words: AhoCorasick,
    targets: Vec<Vec<WordTarget>>,
    fields: FieldIndex,
    person: Option<PersonRecognizer>,
    /// rules with a regex and no keys (keyed rules use their regex as a value check)
    plans: Vec<Plan>,
    /// the rule of numbers written one digit at a time (`spelled_digits`)
    spelled: Option<RuleIdx>,
    /// by rule: whether its search uses where its keywords stand (windowed plans);
    /// for the others a keyword only enables the rule, so one occurrence is enough
    /// (`.` for `ip.v4` and `geo.decimal` stands every few words)
    keyword_places: Vec<bool>,
}

impl Engine {
    pub(crate) fn new(
        rules: Vec<Rule>,
        words: AhoCorasick,
        targets: Vec<Vec<WordTarget>>,
        fields: FieldIndex,
        mut person: Option<PersonRecognizer>,
    ) -> Self {
        let plans: Vec<Plan> = rules
            .iter()
            .enumerate()
            .filter(|(_, r)| r.keys.is_empty())
            .filter_map(|(i, r)| {
                let re = r.regex.as_ref()?;
                // (a number rule with keywords looks only near numbers with one of
                // them, fewer places than after its context words when those are as
                // common as `at` and `to`; the context is still asked for)
                let near_numbers = r.min_digits > 0 && !r.keywords.is_empty();
                let scope = if r.score < REPORT_THRESHOLD && !r.context.is_empty() && !near_numbers
                {
                    Scope::AfterContext
                } else if r.min_digits > 0 {
                    Scope::Numbers(r.min_digits)
                } else {
                    Scope::Whole
                };
                Some(Plan {
                    rule: i as RuleIdx,
                    scope,
                    lead: r.lead,
                    reach: r.reach,
                    context_reach: re.max_len.unwrap_or(MAX_REACH).min(MAX_REACH),
                    bounded: re.max_len.is_some_and(|n| n <= r.reach),
                    anchored: matches!(scope, Scope::Numbers(_)) && re.anchored.is_some(),
                })
            })
            .collect();
        let mut keyword_places = vec![false; rules.len()];
        for p in &plans {
            let windowed = p.scope != Scope::Whole || p.bounded;
            keyword_places[p.rule as usize] |=
                !p.anchored && windowed && rules[p.rule as usize].keywords_inside;
        }
        let spelled = rules
            .iter()
            .position(|r| r.recognizer.as_deref() == Some("spelled_digits"))
            .map(|i| i as RuleIdx);
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
            id: ENGINE_IDS.fetch_add(1, std::sync::atomic::Ordering::Relaxed),
            rules,
            words,
            targets,
            fields,
            person,
            plans,
            spelled,
            keyword_places,
        }
    }

    fn regex_of(&self, ri: RuleIdx) -> &RuleRegex {
        self.rules[ri as usize]
            .regex
            .as_ref()
            .expect("a planned rule has a regex")
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
            keywords,
            raw,
            numbers,
            runs,
            windows,
            spaced,
            engine_id,
            caches,
            person,
        } = scratch;
        if *engine_id != self.id {
            // (and a capture slot set for the plans whose rule has a value group)
            *caches = self
                .plans
                .iter()
                .map(|p| {
                    let re = &self.regex_of(p.rule).part;
                    let caps = self.rules[p.rule as usize]
                        .value_group
                        .then(|| re.create_captures());
                    (re.create_cache(), caps)
                })
                .collect();
            *engine_id = self.id;
        }
        norm.build(text);
        // values written one character at a time (`+4 4 2 0 7 9 4 6 0 9 5 8`,
        // `Q N Z H T S`): the view drops the spaces between them, so the rules see
        // them whole
        crate::scan::normalize::spaced_runs(norm.view(text), spaced);
        if !spaced.is_empty() {
            for w in spaced.iter_mut() {
                (w.0, w.1) = norm.to_original(text, w.0, w.1);
            }
            norm.build_collapsing(text, spaced);
        }
        find_numbers(norm.view(text), numbers);
        let view = norm.view(text);
        raw.clear();

        // 1. keywords, context and deny words in one pass
        enabled.clear();
        enabled.resize(self.rules.len(), false);
        hits.clear();
        keywords.clear();
        let vb = view.as_bytes();
        for m in self.words.find_overlapping_iter(view) {
            let bounded = (m.start() == 0 || !vb[m.start() - 1].is_ascii_alphanumeric())
                && (m.end() == vb.len() || !vb[m.end()].is_ascii_alphanumeric());
            for t in &self.targets[m.pattern().as_usize()] {
                let r = t.rule as usize;
                match t.role {
                    WordRole::Keyword if enabled[r] && !self.keyword_places[r] => {}
                    WordRole::Keyword if t.at.admits(vb, m.start(), m.end()) => {
                        enabled[r] = true;
                        if self.keyword_places[r] {
                            keywords.push((t.rule, m.start(), m.end()));
                        }
                    }
                    WordRole::Keyword => {}
                    _ if bounded => hits.push(WordHit {
                        rule: t.rule,
                        role: t.role,
                        end: m.end(),
                    }),
                    _ => {}
                }
            }
        }

        // 2. regex rules; each rule's keyword occurrences in one sorted run
        keywords.sort_unstable();
        runs.clear();
        for (plan, (cache, caps)) in self.plans.iter().zip(caches.iter_mut()) {
            let ri = plan.rule;
            let rule = &self.rules[ri as usize];
            if !rule.keywords.is_empty() && !enabled[ri as usize] {
                continue;
            }
            if plan.anchored {
                let Scope::Numbers(min) = plan.scope else {
                    unreachable!("only number rules run anchored")
                };
                if runs.is_empty() {
                    runs.extend(numbers.iter().flat_map(|&n| run_starts(view, n)));
                }
                let numbers = (numbers.as_slice(), runs.as_slice());
                self.anchored_search(plan, (cache, caps.as_mut()), view, numbers, min, hits, raw);
                continue;
            }
            windows.clear();
            let near_keywords = rule.keywords_inside;
            let own = {
                let from = keywords.partition_point(|k| k.0 < ri);
                let to = keywords.partition_point(|k| k.0 <= ri);
                &keywords[from..to]
            };
            match plan.scope {
                // only a match of bounded length is sure to lie within `reach` of
                // the keyword inside it
                Scope::Whole if near_keywords && plan.bounded => {
                    let spans = own.iter().map(|k| (k.1, k.2));
                    merge_windows(view, spans, plan.lead, plan.reach, windows);
                }
                Scope::Whole => windows.push((0, view.len())),
                Scope::Numbers(min) => {
                    // a match holds one of its keywords inside its number's window,
                    // so a number without one there is skipped — before windows merge:
                    // in a text dense with numbers they merge into one window that
                    // holds every keyword (both lists are sorted by start)
                    let mut k = 0;
                    let spans = numbers
                        .iter()
                        .filter(|n| n.digits >= min)
                        .map(|n| (n.start, n.end))
                        .filter(|&(s, e)| {
                            if !near_keywords {
                                return true;
                            }
                            let (a, b) = (s.saturating_sub(plan.lead), e + plan.reach);
                            keyword_within(own, &mut k, a, b)
                        });
                    merge_windows(view, spans, plan.lead, plan.reach, windows);
                }
                Scope::AfterContext => {
                    // a match may start one byte before the word's end and at most
                    // `context_window` bytes after it (see `consider`)
                    let spans = hits
                        .iter()
                        .filter(|h| h.rule == ri && h.role == WordRole::Context)
                        .map(|h| (h.end.saturating_sub(1), h.end + rule.context_window));
                    merge_windows(view, spans, plan.context_reach, plan.context_reach, windows);
                }
            }
            if near_keywords && plan.scope != Scope::Whole {
                // a match holds a keyword, so a window without one holds no match;
                // windows and keywords are both sorted by start
                let mut k = 0;
                windows.retain(|&(a, b)| keyword_within(own, &mut k, a, b));
            }
            let re = &self.regex_of(ri).part;
            for &(a, b) in windows.iter() {
                let mut input = Input::new(view).range(a..b);
                // A match that ends where its window ends may have been cut short
                // there (a long token after its keyword): search again from its
                // start to the end of the text.
                let whole = |start: usize| {
                    Input::new(view)
                        .range(start..)
                        .anchored(regex_automata::Anchored::Yes)
                };
                if let Some(caps) = caps.as_mut() {
                    loop {
                        re.search_captures_with(cache, &input, caps);
                        let Some(mut m) = caps.get_match() else { break };
                        if m.end() == b && b < view.len() {
                            re.search_captures_with(cache, &whole(m.start()), caps);
                            // (a match stays a match in more text)
                            let Some(wider) = caps.get_match() else { break };
                            m = wider;
                        }
                        if let Some(v) = caps.get_group_by_name("v") {
                            self.consider(ri, view, v.start, v.end, hits, raw);
                        }
                        if !advance(view, &mut input, m.span()) {
                            break;
                        }
                    }
                } else {
                    while let Some(mut m) = re.search_with(cache, &input) {
                        if m.end() == b && b < view.len() {
                            m = re.search_with(cache, &whole(m.start())).unwrap_or(m);
                        }
                        self.consider(ri, view, m.start(), m.end(), hits, raw);
                        if !advance(view, &mut input, m.span()) {
                            break;
                        }
                    }
                }
            }
        }

        // 2b. numbers written one digit at a time (`0 6 1 2 3 4 1 9 0 9`,
        // `0.8.1.2.3.4.5.4.7.3.2`): nobody writes a number so but to slip it past a
        // filter, so what is left of one once the rules above had their say is a phone
        if let Some(ri) = self.spelled {
            for &(s, e, sep) in spaced.iter() {
                if date_shaped(&text.as_bytes()[s..e], sep) {
                    continue;
                }
                let (s, e) = (norm.to_view(s), norm.to_view(e));
                let value = &view.as_bytes()[s..e];
                let digits = || value.iter().filter(|b| b.is_ascii_digit());
                // (`1 2 3 4 5 6 7 8 9` counts, it hides nothing)
                let counts = digits().zip(digits().skip(1)).all(|(a, b)| *b == a + 1);
                if !counts && !value.iter().any(u8::is_ascii_alphabetic) {
                    self.consider(ri, view, s, e, hits, raw);
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
                            .whole
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

        // 5. overlaps, 6. offsets, 7. every other occurrence of a found value
        resolve(raw, out);
        for f in out.iter_mut() {
            let (s, e) = norm.to_original(text, f.start, f.end);
            f.start = s;
            f.end = e;
        }
        // on the original text: what stands alone there is what the caller sees
        other_occurrences(text, out);
    }

    /// Runs an anchored plan: from each place at most `lead` bytes before a digit run
    /// of a long enough number, in text order. Like a leftmost-first search, a match
    /// found hides the starts inside it.
    #[allow(clippy::too_many_arguments)]
    fn anchored_search(
        &self,
        plan: &Plan,
        (cache, mut caps): (&mut meta::Cache, Option<&mut Captures>),
        view: &str,
        (numbers, runs): (&[Number], &[usize]),
        min_digits: usize,
        hits: &[WordHit],
        raw: &mut Vec<Finding>,
    ) {
        let ri = plan.rule;
        let regex = self.regex_of(ri);
        let Anchored { dfa, first } = regex.anchored.as_ref().expect("anchored plans have a DFA");
        let vb = view.as_bytes();
        // the next place worth a try: past the last one tried and the last match
        let mut next = 0;
        // the runs of each number follow those of the numbers before it
        let mut r = 0;
        for &n in numbers.iter().filter(|n| n.digits >= min_digits) {
            while runs[r] < n.start {
                r += 1;
            }
            let from = r;
            while r < runs.len() && runs[r] < n.end {
                r += 1;
            }
            for &run in &runs[from..r] {
                for p in run.saturating_sub(plan.lead).max(next)..=run {
                    if p < next || !first[vb[p] as usize] || !view.is_char_boundary(p) {
                        continue;
                    }
                    next = p + 1;
                    let Some(end) = anchored_end(dfa, vb, p) else {
                        continue;
                    };
                    match caps.as_mut() {
                        Some(caps) => {
                            let exact = Input::new(view)
                                .range(p..end)
                                .anchored(regex_automata::Anchored::Yes);
                            regex.part.search_captures_with(cache, &exact, caps);
                            if let Some(v) = caps.get_group_by_name("v") {
                                self.consider(ri, view, v.start, v.end, hits, raw);
                            }
                        }
                        None => self.consider(ri, view, p, end, hits, raw),
                    }
                    next = next.max(end);
                }
            }
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
        let joined = || {
            after.is_some_and(|c| rule.not_joined_by.contains(c))
                && view[end..]
                    .chars()
                    .nth(1)
                    .is_some_and(char::is_alphanumeric)
        };
        if before.is_some_and(|c| rule.not_preceded_by.contains(c))
            || after.is_some_and(|c| rule.not_followed_by.contains(c))
            || joined()
        {
            return;
        }
        // `\b` in a rule is an ASCII word boundary (see `ascii_shorthands`), which
        // an accented Latin letter breaks: a match may not end or start inside a word
        // that way (`St` of `Stéphanie`)
        let accented = |c: char| ('\u{c0}'..='\u{24f}').contains(&c) && c.is_alphabetic();
        if view[..end].ends_with(|c: char| c.is_ascii_alphabetic()) && after.is_some_and(accented)
            || view[start..].starts_with(|c: char| c.is_ascii_alphabetic())
                && before.is_some_and(accented)
        {
            return;
        }
        let value = &view[start..end];
        if rule.allow.contains(value) {
            return;
        }
        let mut score = rule.score;
        // Validators only accept or reject, so a rule below the threshold needs a
        // context word: the `AfterContext` search scope relies on that.
        if let Some(v) = rule.validator {
            match v.check(value) {
                Verdict::Reject => return,
                Verdict::Accept => {}
                Verdict::AcceptPrefix(n) => end = start + n,
            }
            // an upper-case word is no locator or document number: `check STDOUT`,
            // `look at BERLIN`, `passport HOLDER`
            let not_word = match v {
                Validator::PnrNotWord => true,
                Validator::PassportNotWord => !value.bytes().any(|b| b.is_ascii_digit()),
                _ => false,
            };
            if not_word && self.person.as_ref().is_some_and(|p| p.is_word(value)) {
                return;
            }
        }
        // The nearest context or deny word before the match decides: in "flight AF180
        // was cancelled (PNR Z2C44P)" the PNR is nearer than the flight.
        // `hits` come in the order the automaton found them, by end: the ones ending
        // in [start - context_window, start + 1] are a slice of it. Of words ending
        // at the same place a deny phrase wins: it holds the context word and says
        // more (`frequent flyer number` over `number`).
        let from = hits.partition_point(|h| h.end < start.saturating_sub(rule.context_window));
        let to = hits.partition_point(|h| h.end <= start + 1);
        let mine = || {
            hits[from..to.max(from)]
                .iter()
                .rev()
                .filter(|h| h.rule == ri)
        };
        let nearest = mine().next().map(|h| {
            let denied = mine()
                .take_while(|d| d.end == h.end)
                .any(|d| d.role == WordRole::Deny);
            if denied {
                WordRole::Deny
            } else {
                h.role
            }
        });
        match nearest {
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

/// Where the leftmost-first match of `dfa` starting exactly at `at` ends, if one
/// does. The DFA reports a match one byte late: entering a match state on the byte
/// at `p` means a match ends at `p`.
fn anchored_end(dfa: &dense::DFA<Vec<u32>>, hay: &[u8], at: usize) -> Option<usize> {
    let config = regex_automata::util::start::Config::new()
        .anchored(regex_automata::Anchored::Yes)
        .look_behind(at.checked_sub(1).map(|i| hay[i]));
    let mut state = dfa.start_state(&config).ok()?;
    let mut end = None;
    for (p, &b) in hay.iter().enumerate().skip(at) {
        state = dfa.next_state(state, b);
        if dfa.is_special_state(state) {
            if dfa.is_match_state(state) {
                end = Some(p);
            } else if dfa.is_dead_state(state) {
                return end;
            }
        }
    }
    if dfa.is_match_state(dfa.next_eoi_state(state)) {
        end = Some(hay.len());
    }
    end
}

/// Whether one of a rule's keyword occurrences `own` (rule, start, end; sorted by
/// start) lies wholly inside `a..b`. Asked for spans in order of start, with `k`
/// kept between the calls, it walks the occurrences once.
fn keyword_within(own: &[(RuleIdx, usize, usize)], k: &mut usize, a: usize, b: usize) -> bool {
    while *k < own.len() && own[*k].1 < a {
        *k += 1;
    }
    own[*k..].iter().take_while(|o| o.1 < b).any(|o| o.2 <= b)
}

/// A value found once is the same value wherever else it stands in the text: the
/// CSV cell `Anna` is also the `Anna` in the next sentence, whatever its context
/// there. Adds those occurrences (whole words only: `Anna` in `Annabelle` stays) with
/// the finding's entity and rule. `found` is sorted and non-overlapping, and stays so.
fn other_occurrences(text: &str, found: &mut Vec<Finding>) {
    /// values shorter than this are too likely to be parts of other things
    const MIN_LEN: usize = 3;
    if found.is_empty() {
        return;
    }
    // each value once, with its first finding
    let mut values: Vec<(&str, Finding)> = found
        .iter()
        .map(|f| (&text[f.start..f.end], *f))
        .filter(|(v, _)| v.len() >= MIN_LEN)
        .collect();
    values.sort_by(|a, b| a.0.cmp(b.0).then(a.1.start.cmp(&b.1.start)));
    values.dedup_by(|later, first| later.0 == first.0);
    if values.is_empty() {
        return;
    }
    let word = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    // every standalone occurrence (overlapping: `+44 20 7966` stands alone inside
    // `+44 20 7966 0944` even when a longer found value starts there), longest first
    let mut candidates: Vec<(usize, usize, usize)> = Vec::new();
    let mut consider = |s: usize, e: usize, p: usize| {
        let v = values[p].0;
        let (before, after) = (text[..s].chars().next_back(), text[e..].chars().next());
        // not glued to a longer word on either side; a neighbouring finding is
        // no word, since it becomes a placeholder (`a@b.co0043 0532` shows
        // `[EMAIL_1]0043 0532` once redacted)
        let before = before.filter(|_| found.binary_search_by_key(&s, |f| f.end).is_err());
        let after = after.filter(|_| found.binary_search_by_key(&e, |f| f.start).is_err());
        let glued =
            word(before) && word(v.chars().next()) || word(after) && word(v.chars().next_back());
        if !glued {
            candidates.push((s, e, p));
        }
    };
    // a handful of values: one SIMD substring search each; many (a long text full
    // of records): one automaton pass, since a search per value would make the cost
    // grow with values × text length
    const FINDER_VALUES: usize = 8;
    // Up to this many bytes of first-byte searching (values × text length), check
    // each place a value's first byte occurs: building a SIMD searcher per value, or
    // an automaton of them all, costs more than that (a chat message of 8 KB with
    // 40 values: 320 KB of memchr against an automaton built per scan).
    const FIRST_BYTE_BUDGET: usize = 1 << 20;
    if values.len() * text.len() <= FIRST_BYTE_BUDGET {
        let tb = text.as_bytes();
        // values are sorted, so those sharing a first byte are neighbours: one pass
        // per first byte, and at each hit the second byte before a full compare
        let mut g = 0;
        while g < values.len() {
            let first = values[g].0.as_bytes()[0];
            let end = g + values[g..]
                .iter()
                .take_while(|(v, _)| v.as_bytes()[0] == first)
                .count();
            for s in memchr::memchr_iter(first, tb) {
                for (p, (v, _)) in values.iter().enumerate().take(end).skip(g) {
                    let vb = v.as_bytes();
                    if tb.get(s + 1) == vb.get(1) && tb[s..].starts_with(vb) {
                        consider(s, s + vb.len(), p);
                    }
                }
            }
            g = end;
        }
    } else if values.len() <= FINDER_VALUES {
        for (p, (v, _)) in values.iter().enumerate() {
            let finder = memchr::memmem::Finder::new(v.as_bytes());
            let step = v.chars().next().map_or(1, char::len_utf8);
            let mut from = 0;
            while let Some(i) = finder.find(&text.as_bytes()[from..]) {
                let s = from + i;
                from = s + step;
                consider(s, s + v.len(), p);
            }
        }
    } else {
        let Ok(ac) = AhoCorasickBuilder::new()
            .match_kind(MatchKind::Standard)
            .kind(Some(aho_corasick::AhoCorasickKind::NoncontiguousNFA))
            .build(values.iter().map(|(v, _)| v))
        else {
            return;
        };
        for m in ac.find_overlapping_iter(text) {
            consider(m.start(), m.end(), m.pattern().as_usize());
        }
    }
    candidates.sort_by_key(|&(s, e, _)| (s, std::cmp::Reverse(e)));
    let mut added: Vec<Finding> = Vec::new();
    // findings an occurrence takes the place of: parts of it of the same kind (a
    // later `Fem van Dongen` that coreference found as `Fem` and `Dongen`)
    let mut replaced: Vec<usize> = Vec::new();
    for (s, e, p) in candidates {
        if added.last().is_some_and(|f| f.end > s) {
            continue;
        }
        // the findings overlapping `s..e`: from the first ending after `s` to the
        // last starting before `e`
        let i = found.partition_point(|f| f.start < e);
        let k = found[..i].partition_point(|f| f.end <= s);
        let inside = found[k..i]
            .iter()
            .all(|f| f.start >= s && f.end <= e && f.entity == values[p].1.entity);
        let itself = i == k + 1 && found[k].start == s && found[k].end == e;
        if !inside || itself {
            continue;
        }
        replaced.extend(k..i);
        added.push(Finding {
            start: s,
            end: e,
            ..values[p].1
        });
    }
    if !added.is_empty() {
        let mut at = 0;
        found.retain(|_| {
            at += 1;
            replaced.binary_search(&(at - 1)).is_err()
        });
        found.extend(added);
        found.sort_by_key(|f| f.start);
    }
}

/// Moves the search past a match (past one more character after an empty one);
/// false at the end of the window.
fn advance(text: &str, input: &mut Input<'_>, m: regex_automata::Span) -> bool {
    let mut next = m.end;
    if m.start == m.end {
        next += text[next..].chars().next().map_or(1, char::len_utf8);
    }
    if next > input.end() {
        return false;
    }
    input.set_start(next);
    true
}

/// A number as people write them: digit groups joined by short runs of
/// ` -./()+` (`+44 (0)20 7946 0958`, `4111-1111-1111-1111`, `48.8584`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Number {
    pub start: usize,
    pub end: usize,
    pub digits: usize,
}

/// Separator bytes between the digit groups of one number, and how many in a row.
const NUMBER_JOINERS: &[u8] = b" -./()+";
const MAX_JOIN: usize = 3;

/// The numbers in `text`, in order. Any numeric character counts as a digit (scanned
/// text has its digits folded to ASCII, but pattern-file examples are checked as
/// written).
pub fn find_numbers(text: &str, out: &mut Vec<Number>) {
    out.clear();
    let bytes = text.as_bytes();
    let mut i = 0;
    // bytes of joiners since the last digit of the current number
    let mut gap = usize::MAX;
    while i < bytes.len() {
        let b = bytes[i];
        let (numeric, len) = if b < 0x80 {
            (b.is_ascii_digit(), 1)
        } else if b >= 0xC0 {
            let c = text[i..].chars().next().expect("char boundary");
            (c.is_numeric(), c.len_utf8())
        } else {
            (false, 1)
        };
        if numeric {
            match out.last_mut() {
                Some(last) if gap <= MAX_JOIN => {
                    last.end = i + len;
                    last.digits += 1;
                }
                _ => out.push(Number {
                    start: i,
                    end: i + len,
                    digits: 1,
                }),
            }
            gap = 0;
        } else if gap != usize::MAX && NUMBER_JOINERS.contains(&b) {
            gap += 1;
        } else {
            gap = usize::MAX;
        }
        i += len;
    }
}

/// Where the digit runs of a number start: each digit not preceded by another.
pub fn run_starts(text: &str, n: Number) -> impl Iterator<Item = usize> + '_ {
    let numeric = |c: char| c.is_ascii_digit() || (!c.is_ascii() && c.is_numeric());
    let mut prev_digit = false;
    text[n.start..n.end]
        .char_indices()
        .filter_map(move |(i, c)| {
            let d = numeric(c);
            let start = d && !prev_digit;
            prev_digit = d;
            start.then_some(n.start + i)
        })
}

/// Widens each span (sorted by start) by `lead` before and `reach` after, snaps to
/// character boundaries and merges overlaps, so each match lies inside exactly one
/// window.
fn merge_windows(
    text: &str,
    spans: impl Iterator<Item = (usize, usize)>,
    lead: usize,
    reach: usize,
    out: &mut Vec<(usize, usize)>,
) {
    for (s, e) in spans {
        let mut a = s.saturating_sub(lead);
        while !text.is_char_boundary(a) {
            a -= 1;
        }
        let mut b = (e + reach).min(text.len());
        while !text.is_char_boundary(b) {
            b += 1;
        }
        match out.last_mut() {
            Some(last) if a <= last.1 => last.1 = last.1.max(b),
            _ => out.push((a, b)),
        }
    }
}

/// Whether a value written one digit at a time with `sep` between kept a date's own
/// marks (`2-0-2-7---0-8---1-3` is `2027-08-13`, `1.4.-.0.3.-.2.0.2.6` is
/// `14-03-2026`): a date, not a phone.
fn date_shaped(raw: &[u8], sep: u8) -> bool {
    let mut lens = [0usize; 3];
    let mut group = 0;
    let mut after_mark = false;
    for piece in raw.split(|&b| b == sep) {
        match piece {
            [d] if d.is_ascii_digit() => {
                lens[group] += 1;
                after_mark = false;
            }
            // the value's own mark, or a mark that is the separator itself
            [] | [b'-' | b'.' | b'/'] if !after_mark => {
                group += 1;
                if group == lens.len() {
                    return false;
                }
                after_mark = true;
            }
            [] => {}
            _ => return false,
        }
    }
    group == 2 && matches!(lens, [4, 2, 2] | [1 | 2, 1 | 2, 4])
}
