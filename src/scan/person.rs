//! Person names. Regex alone cannot find them, so this recognizer combines:
//! - dictionaries of given names and surnames (published name statistics), with a
//!   list of names that are also ordinary words and a gazetteer of places;
//! - anchors that license the next capitalised words even outside the dictionaries:
//!   honorifics (`Mr`, `Frau`), labels (`traveler`, `billing name`), greetings;
//! - shapes: `Last, First`, GDS `SURNAME/GIVEN MR`, runs in non-Latin scripts;
//! - in-text coreference: once `Anna Novak` is found, a later bare `Novak` is too.
//!
//! The text is tokenised once; every decision works on the token list.

use crate::scan::fxhash::FxHashSet as HashSet;

use regex::Regex;

use crate::patterns::compile::{internal_regex, LoadProblem, PatternSource};
use crate::patterns::spec::PersonSpec;
use crate::scan::entity::Entity;
use crate::scan::finding::{Finding, RuleIdx};
use crate::scan::fxhash::FxHashMap;
use crate::scan::word_table::WordTable;

/// Rule indices of the person recognizers present in the loaded pattern set.
#[derive(Debug, Clone, Copy, Default)]
pub struct PersonRules {
    pub anchor: Option<RuleIdx>,
    pub dictionary: Option<RuleIdx>,
    pub gds: Option<RuleIdx>,
    pub last_first: Option<RuleIdx>,
    pub script: Option<RuleIdx>,
    pub coreference: Option<RuleIdx>,
}

// Dictionary flags of a token.
const GIVEN: u16 = 1;
const SURNAME: u16 = 2;
const COMMON: u16 = 4;
const PLACE: u16 = 8;
const STOP: u16 = 16;
const ORG: u16 = 32;
const TITLE: u16 = 64;
const LABEL: u16 = 128;
const GREETING: u16 = 256;
const PARTICLE: u16 = 512;
const SIGNOFF: u16 = 1024;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// `Anna`, `McDonald`, `Grégoire`
    Cap,
    /// `NOVAK`
    Upper,
    /// `M` (of `M.`)
    Initial,
    Lower,
    /// Cyrillic, Greek: cased scripts other than Latin
    CasedScript,
    /// Arabic, Hebrew: uncased scripts written with spaces
    Uncased,
    /// Han, kana, Hangul
    Cjk,
    Other,
}

#[derive(Debug, Clone, Copy)]
struct Token {
    start: usize,
    /// end of the name part (a possessive `'s` is left out)
    end: usize,
    kind: Kind,
    flags: u16,
    /// separator before this token: exactly one space (or `. ` after an initial)
    joined: bool,
    /// separator before is `, ` (for `Last, First`)
    comma_before: bool,
    /// first token of a line or sentence
    sentence_start: bool,
    possessive: bool,
    /// a `:` follows the token
    colon_after: bool,
}

/// The e-mail local parts of a text, lower case (see `PersonScratch`).
#[derive(Clone, Copy)]
struct Emails<'a> {
    locals: &'a str,
    spans: &'a [(usize, usize)],
}

/// Reusable per-thread space for the person scan.
#[derive(Default)]
pub struct PersonScratch {
    tokens: Vec<Token>,
    lower: String,
    names: Vec<String>,
    /// the e-mail local parts of the text, lower case, and their spans in it
    locals: String,
    emails: Vec<(usize, usize)>,
}

pub struct PersonRecognizer {
    /// word flags by `word_key`, for ~140,000 dictionary words
    words: WordTable,
    /// the same flags for the few hundred words of the stop, organisation, title,
    /// label, greeting and particle lists: a lower-case token matters only as one
    /// of those, and this table stays in the CPU cache where `words` does not
    anchors: WordTable,
    /// lower-case English words that are no names (`tuned`, `emergency`)
    english: WordTable,
    /// multi-word places (`hong kong`), matched against a whole run
    places: HashSet<String>,
    /// one-word labels of a name field, lower case (see `name_field_label`)
    name_fields: HashSet<String>,
    companies: HashSet<String>,
    /// airports named after people, lower case (see `PersonSpec::airports`)
    airports: HashSet<String>,
    /// lower-case words that end place names (`hills`, `springs`)
    place_words: HashSet<String>,
    gds_titles: Vec<String>,
    gds: Regex,
    /// `Zimina/Solomon MS`, `de Vries/Angelina MS`, `张/辉 MS`: a GDS name written in
    /// the text's own case and script, vouched for by the title after it
    gds_cased: Regex,
    /// what may stand between a line start and a chat handle or list entry name:
    /// a bullet or number, a `[channel]` tag, a time of day
    line_marker: Regex,
    pub rules: PersonRules,
}

/// A 64-bit FNV-1a hash of a lower-cased word, the key of the word table. Two
/// different words share a key with probability ~2^-64 per pair; a collision would
/// only flag one word like another.
fn word_key(w: &str) -> u64 {
    fnv1a(w.bytes())
}

/// `word_key` of an ASCII word's lower case, without lower-casing a copy.
fn word_key_ascii_lower(w: &str) -> u64 {
    fnv1a(w.bytes().map(|b| b.to_ascii_lowercase()))
}

fn fnv1a(bytes: impl Iterator<Item = u8>) -> u64 {
    bytes.fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ b as u64).wrapping_mul(0x0100_0000_01b3)
    })
}

/// Adds `bit` to every word of a dictionary file (one per line, `#` comments).
fn load_list(
    source: &dyn PatternSource,
    rel: &str,
    bit: u16,
    words: &mut FxHashMap<u64, u16>,
    problems: &mut Vec<LoadProblem>,
) {
    match source.read(rel) {
        Ok(text) => {
            for l in text.lines().map(str::trim) {
                if !l.is_empty() && !l.starts_with('#') {
                    *words.entry(word_key(&l.to_lowercase())).or_default() |= bit;
                }
            }
        }
        Err(p) => problems.push(p),
    }
}

fn lower_set(items: &[String]) -> HashSet<String> {
    items
        .iter()
        .map(|s| s.trim_end_matches('.').to_lowercase())
        .collect()
}

impl PersonRecognizer {
    pub fn from_spec(
        spec: &PersonSpec,
        source: &dyn PatternSource,
    ) -> Result<Self, Vec<LoadProblem>> {
        let mut problems = Vec::new();
        let mut words: FxHashMap<u64, u16> = FxHashMap::default();
        let lists = [
            (&spec.given_names, GIVEN),
            (&spec.surnames, SURNAME),
            (&spec.common_words, COMMON),
        ];
        for (rel, bit) in lists {
            load_list(source, rel, bit, &mut words, &mut problems);
        }
        // apart: asked only of words in no other list, and kept out of `words` so
        // that table stays half the size
        let mut english: FxHashMap<u64, u16> = FxHashMap::default();
        if let Some(rel) = &spec.english_words {
            load_list(source, rel, 1, &mut english, &mut problems);
        }
        // places also match as whole multi-word runs (`is_place_run`)
        let places: HashSet<String> = match source.read(&spec.places) {
            Ok(text) => text
                .lines()
                .map(str::trim)
                .filter(|l| !l.is_empty() && !l.starts_with('#'))
                .map(str::to_lowercase)
                .collect(),
            Err(p) => {
                problems.push(p);
                HashSet::default()
            }
        };
        if !problems.is_empty() {
            return Err(problems);
        }
        for p in &places {
            *words.entry(word_key(p)).or_default() |= PLACE;
        }
        let specs: [(&Vec<String>, u16); 7] = [
            (&spec.stop, STOP),
            (&spec.org_words, ORG),
            (&spec.titles, TITLE),
            (&spec.labels, LABEL),
            (&spec.greetings, GREETING),
            (&spec.particles, PARTICLE),
            (&spec.signoffs, SIGNOFF),
        ];
        let mut anchors: FxHashMap<u64, u16> = FxHashMap::default();
        for (list, bit) in specs {
            for w in lower_set(list) {
                *words.entry(word_key(&w)).or_default() |= bit;
                anchors.insert(word_key(&w), 0);
            }
        }
        for (k, f) in anchors.iter_mut() {
            *f = words[k];
        }
        Ok(Self {
            words: WordTable::new(words.into_iter()),
            anchors: WordTable::new(anchors.into_iter()),
            english: WordTable::new(english.into_iter()),
            places,
            name_fields: lower_set(&spec.name_fields),
            companies: spec.companies.iter().map(|c| c.to_lowercase()).collect(),
            airports: spec.airports.iter().map(|c| c.to_lowercase()).collect(),
            place_words: spec.place_words.iter().map(|w| w.to_lowercase()).collect(),
            gds_titles: spec.gds_titles.iter().map(|t| t.to_uppercase()).collect(),
            gds: internal_regex(
                // (a boarding-pass barcode glues its format code to the surname,
                // `M1ERIKSSON/CHARLOTTA`, and a PNR display its name element number,
                // `1.1ARAGÃO/EMANUELLY MR`; Latin capitals with accents too)
                r"(?:\b|\bM[1-4]|\b\d{1,2}\.\d{0,2})([\p{Lu}&&\p{Latin}][[\p{Lu}&&\p{Latin}]'\-]{1,30})/([\p{Lu}&&\p{Latin}][[\p{Lu}&&\p{Latin}]'\-]*(?: [\p{Lu}&&\p{Latin}][[\p{Lu}&&\p{Latin}]'\-]*){0,3})",
            ),
            gds_cased: internal_regex(
                r"(?:^|[\s:,;(]|\b\d{1,2}\.\d{0,2})((?:(?:van|von|de|der|den|da|di|du|del|la|le|te|ten|ter) )*[\p{Lu}\p{Lo}][\p{L}\p{M}'\-]{0,30})/([\p{Lu}\p{Lo}][\p{L}\p{M}'\-]*(?: [\p{Lu}\p{Lo}][\p{L}\p{M}'\-]*){0,3}) (?:MR|MRS|MS|MSTR|MISS|DR|CHD|INF|PROF|MX)\b",
            ),
            line_marker: internal_regex(
                r"^[ \t]*(?:[-*•>]|\d{1,3}[.)]|\[[^\]\n]{1,40}\])?[ \t]*(?:\d{1,2}[/.]\d{1,2}[/.]\d{2,4},?[ \t]+)?(?:\d{1,2}[:.h]?\d{2}(?:[ \t]*(?i:am|pm|a\.m\.|p\.m\.))?)?[ \t]*(?:-[ \t]*)?$",
            ),
            rules: PersonRules::default(),
        })
    }

    fn flags_of(&self, word: &str, lower: &mut String) -> u16 {
        self.flags_in(&self.words, word, lower)
    }

    fn flags_in(&self, table: &WordTable, word: &str, lower: &mut String) -> u16 {
        if word.is_ascii() && !word.contains(['.', '-']) {
            // most words: hashed lower-case as they stand, no copy
            return table.get(word_key_ascii_lower(word));
        }
        let w = if word.is_ascii() {
            lower.clear();
            lower.push_str(word);
            lower.make_ascii_lowercase();
            lower.as_str()
        } else {
            lower.clear();
            lower.extend(word.chars().flat_map(char::to_lowercase));
            lower.as_str()
        };
        let w = w.trim_end_matches('.');
        let look = |w: &str| table.get(word_key(w));
        let mut f = look(w);
        if f & (GIVEN | SURNAME) == 0 && !w.is_ascii() {
            // dictionaries are mostly unaccented: `Élisabeth` → `elisabeth`
            let folded: String = w.chars().map(fold_accent).collect();
            f |= look(&folded) & (GIVEN | SURNAME);
        }
        if f & (GIVEN | SURNAME) == 0 {
            // hyphenated names: `Jean-Pierre`, `Smith-Jones` (not `Co-authored-by`:
            // a name's second part is capitalised too)
            let second_cased = word
                .split_once('-')
                .is_some_and(|(_, b)| b.starts_with(char::is_uppercase));
            if let Some((a, _)) = w.split_once('-').filter(|_| second_cased) {
                f |= look(a) & (GIVEN | SURNAME);
            }
        }
        f
    }

    /// Whether a whole field value (`"name": "…"`, a CSV cell) reads as a person name.
    pub fn looks_like_name(&self, value: &str) -> bool {
        let words: Vec<&str> = value.split_whitespace().collect();
        if words.is_empty() || words.len() > 5 || value.len() > 80 || cjk_firm(value) {
            return false;
        }
        let mut lower = String::new();
        for w in &words {
            let w = w.trim_end_matches(',');
            let first = w.chars().next().unwrap_or(' ');
            if !first.is_alphabetic()
                || w.chars()
                    .any(|c| c.is_ascii_digit() || c == '@' || c == '_')
            {
                return false;
            }
            let f = self.flags_of(w, &mut lower);
            if f & (ORG | STOP) != 0 {
                return false;
            }
            if first.is_lowercase() && f & PARTICLE == 0 {
                return false;
            }
        }
        // the key already says it is a name; the words only have to read like one
        true
    }

    /// Finds person names in `text`, appending findings.
    pub fn scan(&self, text: &str, scratch: &mut PersonScratch, out: &mut Vec<Finding>) {
        let before = out.len();
        self.tokenize(text, scratch);
        scratch.emails.clear();
        scratch.locals.clear();
        // (ASCII only: lower-cased once here, not per question)
        let local_char = |c: char| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-' | '+');
        let mut push_local = |local: &str| {
            if !local.is_empty() {
                let from = scratch.locals.len();
                scratch.locals.push_str(local);
                scratch.locals[from..].make_ascii_lowercase();
                scratch.emails.push((from, scratch.locals.len()));
            }
        };
        for (at, _) in text.match_indices('@') {
            // the local part: back to the first character that can't be in one
            let s = text[..at]
                .char_indices()
                .rev()
                .find(|&(_, c)| !local_char(c))
                .map_or(0, |(p, c)| p + c.len_utf8());
            push_local(&text[s..at]);
        }
        // e-mails the rules found written without an `@` (`luisa.bersani AT
        // rediffmail[dot]com`, `oeshi_ratti{at}orange (dot) fr`): the local part runs
        // from the start to the first character that can't be in one
        for f in out[..before].iter().filter(|f| f.entity == Entity::Email) {
            let value = &text[f.start..f.end];
            if !value.contains('@') {
                let n = value.find(|c: char| !local_char(c)).unwrap_or(value.len());
                push_local(&value[..n]);
            }
        }
        self.runs(text, scratch, out);
        if let Some(rule) = self.rules.last_first {
            self.last_first(text, scratch, rule, out);
        }
        if let Some(rule) = self.rules.gds {
            self.gds_names(text, scratch, rule, out);
            self.slash_names(text, scratch, rule, out);
        }
        if let Some(rule) = self.rules.coreference {
            self.coreference(text, scratch, before, rule, out);
        }
    }

    fn tokenize(&self, text: &str, scratch: &mut PersonScratch) {
        let PersonScratch { tokens, lower, .. } = scratch;
        tokens.clear();
        let b = text.as_bytes();
        let char_at = |i: usize| text[i..].chars().next().expect("char boundary");
        let mut prev_end = 0usize;
        let mut i = 0;
        while i < b.len() {
            // skip to the next alphanumeric character (ASCII bytes without decoding)
            if b[i] < 0x80 {
                if !b[i].is_ascii_alphanumeric() {
                    i += 1;
                    continue;
                }
            } else {
                let c = char_at(i);
                if !c.is_alphanumeric() {
                    i += c.len_utf8();
                    continue;
                }
            }
            let start = i;
            // the word runs on through alphanumerics and inner `'`, `’`, `-` before
            // a letter; ASCII letters and digits, most of any text, without decoding
            let mut end = i;
            while end < b.len() && b[end].is_ascii_alphanumeric() {
                end += 1;
            }
            while end < b.len() {
                let (d, len) = if b[end] < 0x80 {
                    (b[end] as char, 1)
                } else {
                    let d = char_at(end);
                    (d, d.len_utf8())
                };
                let inner = (d == '\'' || d == '’' || d == '-')
                    && text[end + len..]
                        .chars()
                        .next()
                        .is_some_and(char::is_alphabetic);
                if d.is_alphanumeric() || inner {
                    end += len;
                } else {
                    break;
                }
            }
            i = end;
            let word = &text[start..end];
            let mut name_end = end;
            let mut possessive = false;
            for suffix in ["'s", "’s"] {
                if word.len() > suffix.len() + 1 && word.ends_with(suffix) {
                    name_end = end - suffix.len();
                    possessive = true;
                }
            }
            let kind = classify(&text[start..name_end]);
            // an initial keeps its dot: `M.`
            if kind == Kind::Initial && b.get(end) == Some(&b'.') {
                name_end = end + 1;
                end += 1;
                i = end;
            }
            let gap = &text[prev_end..start];
            // after an initial, also one that ends a hyphenated name (`Klaus-D. Etzler`)
            let after_initial = |t: &Token| {
                let w = &b[t.start..t.end];
                t.kind == Kind::Initial
                    || (w.len() >= 3
                        && w[w.len() - 2] == b'-'
                        && w[w.len() - 1].is_ascii_uppercase())
            };
            // Dutch particles written with an apostrophe: `van 't Houteveen`,
            // `Liv 's Gravensande`
            let apostrophe_particle =
                matches!(&text[start..end], "t" | "s" | "T" | "S") && (gap == " '" || gap == " ’");
            let joined = !tokens.is_empty()
                && (gap == " "
                    || apostrophe_particle
                    || (gap == ". " && tokens.last().is_some_and(after_initial))
                    || (gap.is_empty()
                        && tokens
                            .last()
                            .is_some_and(|t: &Token| t.kind == Kind::Initial)));
            let comma_before = gap == ", ";
            // most words follow one space: no sentence starts there
            let sentence_start = tokens.is_empty()
                || gap != " " && {
                    let trimmed_gap = gap.trim_end_matches(' ');
                    gap.contains('\n')
                        || trimmed_gap
                            .ends_with(['.', '!', '?', '-', '*', '•', ')', ']', '"', '>', '('])
                        || trimmed_gap.ends_with(|c: char| c.is_ascii_digit())
                };
            let colon_after = b.get(end) == Some(&b':');
            let flags = match kind {
                Kind::Cap | Kind::Upper | Kind::Initial | Kind::CasedScript => {
                    self.flags_of(&text[start..name_end], lower)
                }
                // (in capitals too: `VAN 'T HOUTEVEEN`)
                _ if apostrophe_particle => PARTICLE,
                // (CJK and Arabic words are looked up as labels and stop words: `氏名`,
                // `住所`, `حزيران`)
                Kind::Lower | Kind::Cjk | Kind::Uncased => {
                    self.flags_in(&self.anchors, &text[start..name_end], lower)
                }
                _ => 0,
            };
            tokens.push(Token {
                start,
                end: name_end,
                kind,
                flags,
                joined,
                comma_before,
                sentence_start,
                possessive,
                colon_after,
            });
            prev_end = end;
        }
    }

    /// Groups joined name-like tokens into runs and decides each.
    fn runs(&self, text: &str, scratch: &mut PersonScratch, out: &mut Vec<Finding>) {
        let toks = &scratch.tokens;
        let mut i = 0;
        while i < toks.len() {
            if !name_like(&toks[i]) {
                i += 1;
                continue;
            }
            let mut j = i + 1;
            while j < toks.len()
                && toks[j].joined
                && !toks[j - 1].possessive
                && !toks[j - 1].colon_after
                && continues(&toks[j - 1], &toks[j], &toks[j..])
                && !title_opens(toks, j)
            {
                j += 1;
            }
            let emails = Emails {
                locals: &scratch.locals,
                spans: &scratch.emails,
            };
            let found = out.len();
            self.decide(text, toks, i, j, emails, out);
            // A name written in capitals amid ordinary text (`let REBECCA know`,
            // `booked by CAROL READ`) reads as the same name in title case, when
            // every word has three letters or more, the first a known given name
            // (not `FYI`, `IT`, `PNR`), the others known names or no English word.
            // Rare: the copy is a few tokens.
            let surname = |t: &Token| {
                t.flags & (GIVEN | SURNAME) != 0
                    // (or a surname the dictionaries lack after a known given name:
                    // `JULIEN LELEU was admitted`, no word of the language)
                    || t.end - t.start >= 4
                        && t.flags & COMMON == 0
                        && !self.is_english(&text[t.start..t.end])
            };
            // The same in a list entry or chat line that opens with a time or a
            // number and ends the name with a colon (`- 7:40 AM CHATRESH TRIPATHI:
            // "All good"`): the name starts after the `AM`.
            let unfound = out.len() == found;
            let header = unfound
                .then(|| (i..j).find(|&k| capitals_header(text, toks, k, j, &surname)))
                .flatten();
            // (and a name of a cased script in capitals, read as its title case: `by
            // МАРИНА СИЛИНА from`)
            let from = header.map(|k| (k, Kind::Cap)).or_else(|| {
                if !unfound {
                    None
                } else if capitals_island(text, toks, i, j, &surname) {
                    Some((i, Kind::Cap))
                } else {
                    script_capitals(text, toks, i, j).then_some((i, Kind::CasedScript))
                }
            });
            if let Some((k, kind)) = from {
                let lo = k.saturating_sub(6);
                let hi = (j + 6).min(toks.len());
                let mut window = toks[lo..hi].to_vec();
                for t in &mut window[k - lo..j - lo] {
                    t.kind = kind;
                }
                // (a heading name alone on its run, as the title-case line reads)
                if header.is_some() {
                    window[k - lo].joined = false;
                }
                self.decide(text, &window, k - lo, j - lo, emails, out);
            }
            i = j;
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn decide(
        &self,
        text: &str,
        toks: &[Token],
        mut a: usize,
        mut b: usize,
        emails: Emails<'_>,
        out: &mut Vec<Finding>,
    ) {
        let script = toks[a].kind;
        if matches!(script, Kind::Cjk | Kind::Uncased) {
            // a CJK label leads the run (`氏名 田中太郎`): the name follows it, anchored
            if toks[a].flags & LABEL != 0 && b - a > 1 {
                a += 1;
            }
            // after an anchor or a word that introduces a person, as a chat handle
            // (`[ops-chat] 超:`) or before an honorific (`蔡 (Mr.)`, `森 san`)
            let after = &text[toks[b - 1].end..];
            let anchored = a > 0
                && (toks[a - 1].flags & (TITLE | LABEL | GREETING) != 0
                    || introduces_person(text, toks, a - 1)
                    || self.name_field_label(text, toks, a - 1))
                || toks[b - 1].colon_after && text[..toks[a].start].trim_end().ends_with(']')
                || b - a == 1 && self.irc_nick(text, toks[a].start, toks[a].end)
                || b - a == 1 && repeated_speaker(text, toks[a].start, toks[a].end, 4)
                || b - a == 1 && here_intro(text, toks, a, b)
                || b - a == 1 && signs_off(text, toks[a].start, toks[a].end)
                // (spoken to after a colon: `Rewrite for the app: 红, your seat …`)
                || b - a == 1
                    && text[..toks[a].start].ends_with(": ")
                    && [", you ", ", your "]
                        .iter()
                        .any(|w| text[toks[a].end..].starts_with(w))
                // (a timeline's entry: `08:10 文 reported feeling unwell`)
                || b - a == 1
                    && after_time(&text[..toks[a].start])
                    && person_verb_after(&text[toks[a].end..])
                || [" (Mr.)", " (Ms.)", " (Mrs.)", " san", " sama"]
                    .iter()
                    .any(|h| after.starts_with(h));
            if script == Kind::Uncased && self.arabic_firm(text, toks, a, b, out) {
                return;
            }
            // (a firm between `the` and what it runs: `the بنو النجار-متني account`)
            if text[..toks[a].start].ends_with("the ")
                && text[toks[b - 1].end..]
                    .strip_prefix(' ')
                    .is_some_and(|r| opens_with_word(r, SITES))
            {
                return;
            }
            // a legal form or organisation word after it makes it a firm (`بديرية LLC`,
            // `بنو الحارث and Sons`)
            if toks.get(b).is_some_and(|t| {
                let gap = &text[toks[b - 1].end..t.start];
                t.flags & ORG != 0 && gap.trim().is_empty() && !gap.contains('\n')
            }) || legal_form_follows(&text[toks[b - 1].end..])
            {
                return;
            }
            return self.decide_script(text, toks, a, b, anchored, out);
        }
        // a Russian settlement's type before its name (`клх Горячий Ключ`, `п.
        // Добрянка`): a place
        if script == Kind::CasedScript
            && a > 0
            && RU_SETTLEMENT_TYPES.contains(&&text[toks[a - 1].start..toks[a - 1].end])
            && matches!(&text[toks[a - 1].end..toks[a].start], " " | ". ")
        {
            return;
        }
        // Leading anchors inside the run: `Mr`, `Traveler`, `Dear`, `Herr Dr.`
        let (mut titled, mut labeled, mut greeted) = (false, false, false);
        // the next entry of a list of names: `Passengers: Nguyen Van An, Oluwaseun
        // Adeyemi and Kowalczyk Agnieszka`
        let mut listed = false;
        // a title that is also a given name (`Don Ellis`) stays in the span: when
        // it is the name, leaving it out would leak it
        let mut name_from = None;
        while a < b {
            let f = toks[a].flags;
            // (a possessive before a title or a role: `Our CEO Dawn Johnson`)
            if a + 2 < b
                && matches!(
                    &text[toks[a].start..toks[a].end],
                    "Our" | "My" | "Your" | "Their"
                )
                && toks[a + 1].flags & (TITLE | LABEL) != 0
            {
                a += 1;
                continue;
            }
            if f & TITLE != 0 && f & GIVEN != 0 && toks[a].kind == Kind::Cap {
                name_from.get_or_insert(a);
            }
            // after a title, an anchor word that is also a given name is the name
            // when more follows: `Mrs Don Eberley`, `Ms Booker Sedam` (but `Prof.
            // Dr. Weber`)
            if titled && f & GIVEN != 0 && b - a > 1 {
                break;
            }
            if f & TITLE != 0 && (b - a > 1 || toks[a].kind != Kind::Initial) {
                titled = true;
            } else if f & LABEL != 0 && !(toks[a].kind == Kind::Cap && f & GIVEN != 0 && b - a == 1)
            {
                labeled = true;
            } else if f & GREETING != 0 {
                greeted = true;
            } else {
                break;
            }
            a += 1;
        }
        // Anchors just before the run: `traveler Anna`, `Name: Anna`, `Hi Anna`, `regards,\nAnna`.
        if a == b {
            return;
        }
        // a surname that starts with particles after a title: `dhr. van Beieren`,
        // `Mr. van de Wiel`; the particles join the name — and after a label and its
        // colon (`Nom : van Parijs`, `Apellidos: da Conceição`)
        let mut particles_from = None;
        if a > 0 && !titled && !labeled && !greeted {
            let mut k = a;
            while k > 0
                && toks[k - 1].kind == Kind::Lower
                && toks[k - 1].flags & PARTICLE != 0
                && text[toks[k - 1].end..toks[k].start] == *" "
            {
                k -= 1;
            }
            if k < a && k > 0 && toks[k - 1].flags & TITLE != 0 {
                let gap = text[toks[k - 1].end..toks[k].start].trim_start_matches('.');
                if gap == " " {
                    titled = true;
                    name_from = Some(k);
                }
            } else if k < a
                && k > 0
                && (toks[k - 1].flags & LABEL != 0 || self.name_field_label(text, toks, k - 1))
                && match &text[toks[k - 1].end..toks[k].start] {
                    ": " | " : " => true,
                    // (`pax da Mata`, `under the name de Haan`)
                    " " => {
                        PASSENGER_LABELS
                            .iter()
                            .any(|w| text[toks[k - 1].start..toks[k - 1].end].eq_ignore_ascii_case(w))
                            // (not `au nom de Ojasvi`: there `de` is `of`)
                            || &text[toks[k - 1].start..toks[k - 1].end] == "name"
                                && self.name_field_label(text, toks, k - 1)
                    }
                    _ => false,
                }
            {
                labeled = true;
                particles_from = Some(k);
            }
        }
        if a > 0 && !titled && !labeled && !greeted {
            let p = &toks[a - 1];
            let gap = &text[p.end..toks[a].start];
            // a known given name and surname, which may continue a list of names
            // the dictionaries found (`Ryan Simmons and Carol Wright`)
            let full_name = (2..=3).contains(&(b - a))
                && toks[a].kind == Kind::Cap
                && toks[a].flags & (GIVEN | STOP | ORG | PLACE) == GIVEN
                && toks[b - 1].flags & (SURNAME | STOP | ORG | PLACE) == SURNAME;
            let g = gap.trim_start_matches(['.', ':']);
            let tight = g.chars().all(|c| c == ' ') && g.len() <= 2 && !gap.contains('\n');
            // (a dot after a title abbreviates it, `Dr.`, `Capt.`, `Messrs.`; after a
            // whole word it ends a sentence, `… Chief Financial Officer. Affected`)
            let abbreviated =
                !gap.starts_with('.') || p.end - p.start <= 5 || &text[p.start..p.end] == "Messrs";
            if p.flags & TITLE != 0 && tight && abbreviated {
                titled = true;
            } else if p.flags & LABEL != 0
                // (an abbreviated label keeps its dot: `attn. Остап Филиппов`)
                && (!gap.contains('.')
                    || gap == ". " && text[p.start..p.end].eq_ignore_ascii_case("attn"))
                && (tight
                    // (a Markdown label in bold or italics: `**Traveler:** Anna`)
                    || gap.trim().trim_end_matches(['*', '_']) == ":"
                    // a label with its name in brackets: `The guest (Senna Boeser) said`
                    || gap == " (" && text[toks[b - 1].end..].starts_with(')'))
            {
                labeled = true;
            } else if gap == ", "
                && (self.name_field_label(text, toks, a - 1) || kin_label(text, toks, a - 1))
                && text[toks[b - 1].end..].starts_with([',', '.', ';'])
            {
                // a name field's value set off by commas: `a sign with her surname,
                // EKDAHL, at arrivals`
                labeled = true;
            } else if &text[p.start..p.end] == "for"
                && gap == " "
                && a >= 2
                && toks[a - 2].flags & LABEL != 0
                && text[toks[a - 2].end..p.start] == *" "
                && toks[b - 1].colon_after
            {
                // a label's person named before a colon: `Emergency contact for Rael
                // Sousa: Igor Cavalcante`
                labeled = true;
            } else if p.colon_after
                && tight
                && a >= 2
                && p.end - p.start <= 2
                && text[p.start..p.end].bytes().all(|c| c.is_ascii_digit())
                && toks[a - 2].flags & LABEL != 0
                && text[toks[a - 2].end..p.start] == *" "
            {
                // a numbered label: `Traveller 2: Tola Wożniak`, `Guest 1: …`
                labeled = true;
            } else if gap.trim_matches([' ', '\t', ':', '\r']) == "\n"
                && text[toks[b - 1].end..].starts_with(['\n', '\r'])
                && self.name_field_label(text, toks, a - 1)
            {
                // a form read line by line (passport OCR, a pasted PDF): the name
                // alone on the line below its field's label (`Surname / Nom\nMAGNUSSON`)
                labeled = true;
            } else if p.flags & LABEL != 0
                && gap.contains("..")
                && gap.trim_matches([' ', '.', ':']).is_empty()
                && !gap.contains('\n')
            {
                // a form's dot leader: `Name ........ Thales Leão`
                labeled = true;
            } else if p.flags & GREETING != 0
                && gap
                    .trim_matches([' ', ',', '\n', '\r', '!', ':', '-'])
                    .is_empty()
                // after a dash only a signature, which ends its line (`Thanks — Ingrid`)
                && (!gap.contains('-')
                    || text[toks[b - 1].end..].is_empty()
                    || text[toks[b - 1].end..].starts_with(['\n', '\r', ',', '.']))
                // after an exclamation a new sentence may start (`Hey! Just landed.`):
                // a name there is addressed or introduced (`Hello! Anna here`)
                && (!gap.contains('!') || {
                    let after = &text[toks[b - 1].end..];
                    after.is_empty()
                        || after.starts_with(['\n', '\r', ',', '!'])
                        || after.starts_with(" here")
                })
            {
                greeted = true;
            } else if p.flags & SIGNOFF != 0
                && gap.trim_start_matches(' ').starts_with(',')
                && gap.contains('\n')
                && gap.trim_matches([' ', ',', '\n', '\r']).is_empty()
            {
                // `Best,\nTom`: a word that signs off only before a comma and a line end
                greeted = true;
            } else if (p.kind == Kind::Lower
                || p.kind == Kind::Cap
                    && !p.sentence_start
                    && p.flags & (GIVEN | SURNAME | STOP | ORG | PLACE | LABEL) == 0)
                && p.colon_after
                && tight
                && label_words_before(toks, text, a - 1)
            {
                // a label and up to three more words: `Passenger list:`, `Guest
                // names:`, `Travelers on this request:`, and in German with its last
                // noun capitalised, `Kontaktperson im Notfall:` (a name spoken to after
                // it, `Rewrite for the traveler app: Dirk, your seat …`, is addressed)
                if self.addressed(text, toks, a, b) {
                    greeted = true;
                } else {
                    labeled = true;
                }
            } else if gap == ", "
                && &text[p.start..p.end] == "I"
                && (p.sentence_start || text[..p.start].ends_with(", "))
                && text[toks[b - 1].end..].starts_with(", ")
            {
                // a declaration's own name: `I, Murilo Rios, hereby authorise …`
                labeled = true;
            } else if &text[p.start..p.end] == "and"
                && gap == " "
                && out.last().is_some_and(|f| {
                    // (the finding before may reach past the run's start: an MRZ line)
                    f.entity == Entity::Person && text.get(f.end..toks[a].start) == Some(" and ")
                })
                && (b - a == 2 && toks[a..b].iter().all(|t| self.name_word(text, t, COMMON))
                    || b - a == 1 && lone_given(&toks[a])
                    // (a word in no list, or in another script, before a verb: `and
                    // Ferdinando joins on Wednesday`, `and Макар joins`)
                    || b - a == 1
                        && (self.unknown_given(text, &toks[a])
                            || toks[a].kind == Kind::CasedScript
                                && toks[a].flags & (STOP | ORG | PLACE | LABEL) == 0)
                        && text[toks[a].end..].strip_prefix(' ').is_some_and(|r| {
                            r.starts_with(|c: char| c.is_lowercase()) && !r.starts_with("and ")
                        }))
            {
                // the second of two people joined by `and`, two words that are names
                // or in no list (`Jakub Muzyk and Maurycy Mysiak are flying`), or a
                // known given name after one (`Neha and Vasudha shared the ride`)
                listed = true;
            } else if self.continues_list(text, toks[a].start, toks[b - 1].end, full_name, out) {
                listed = true;
                // the next name after a greeted one is greeted too: `Hi Nilima and
                // Girik,` (a greeting names no place)
                // (back through the names before it: `Hi Chatura, Udant and Orinder,`)
                greeted = out.last().is_some_and(|f| {
                    let mut k = toks.partition_point(|t| t.start < f.start);
                    for _ in 0..8 {
                        if k == 0 {
                            return false;
                        }
                        let gap = &text[toks[k - 1].end..toks[k].start];
                        if toks[k - 1].flags & GREETING != 0 {
                            return gap == " ";
                        }
                        if !matches!(gap, " " | ", " | " and " | ", and ")
                            || !matches!(toks[k - 1].kind, Kind::Cap | Kind::Initial)
                        {
                            return false;
                        }
                        k -= 1;
                    }
                    false
                }) && {
                    // (in the middle of the list too: `Hi Chatura, Udant and Orinder,`)
                    let after = &text[toks[b - 1].end..];
                    after.starts_with([',', '!', '\n']) || after.starts_with(" and ")
                };
            } else if p.kind == Kind::Lower
                && a >= 2
                && toks[a - 2].flags & TITLE != 0
                && &text[toks[a - 2].end..p.start] == "."
                && tight
            {
                // abbreviated titles written with a dot inside: `Sig.ra`, `Dott.ssa`
                titled = true;
            }
        }
        if !titled && !greeted && self.not_a_person_here(text, toks, a, b) {
            return;
        }
        // a booking's identifier in parentheses right after the run says whose it is
        // (`outreach: Amol Mammen (PNR BG2F7R)`, `Devansh D’Alia (passport …)`)
        // — when its words read as a name: a name or a word in no list first,
        // no place, stop or organisation word (`Route Frankfurt Munich (ticket 12)`)
        // (in capitals too, amid ordinary text, after a known given name: `DARIA
        // SAGESE (+39 …)`; a line in capitals says nothing)
        let island = |run: &[Token]| {
            let (first, last) = (run[0].start, run[run.len() - 1].end);
            let i = toks.partition_point(|t| t.start < first);
            amid_cased(toks, i, toks.partition_point(|t| t.end <= last))
        };
        let name_words = |run: &[Token]| {
            let f = run[0].flags;
            let upper = run.iter().any(|t| t.kind == Kind::Upper);
            let upper_ok = |t: &Token| {
                t.flags & COMMON == 0
                    && (t.flags & (GIVEN | SURNAME) != 0 || !self.is_english(&text[t.start..t.end]))
            };
            (f & (GIVEN | SURNAME) != 0 || !upper && self.unknown_given(text, &run[0]))
                && (!upper || f & GIVEN != 0 && island(run))
                && run.iter().all(|t| {
                    (matches!(t.kind, Kind::Cap | Kind::Initial)
                        || t.kind == Kind::Upper && upper_ok(t))
                        && t.flags & (STOP | ORG) == 0
                        && (t.flags & PLACE == 0 || t.flags & (GIVEN | SURNAME) != 0)
                })
        };
        // (particles between the given name and the surname say nothing either way:
        // `Indy van Brenen (CFO)`)
        let ends = [toks[a], toks[b - 1]];
        let words = if particles_between(&toks[a..b]) {
            &ends[..]
        } else {
            &toks[a..b]
        };
        if !titled && !labeled && !greeted && !listed && b - a >= 2 && name_words(words) {
            let after = &text.as_bytes()[toks[b - 1].end..];
            let opens = |w: &str, exact: bool| {
                let w = w.as_bytes();
                after.len() > 2 + w.len()
                    && if exact {
                        after[2..2 + w.len()] == *w
                    } else {
                        after[2..2 + w.len()].eq_ignore_ascii_case(w)
                    }
                    && !after[2 + w.len()].is_ascii_alphanumeric()
            };
            // (or their role or department: `Ekani Bala (Head of Travel)`, `Tymon
            // Drygas (HR)`; the short ones in capitals only, `(IT)` but not `(it was …)`)
            let given = |t: &Token| {
                t.kind == Kind::Cap && t.flags & (GIVEN | COMMON | STOP | PLACE) == GIVEN
            };
            labeled = after.starts_with(b" (")
                && (BOOKING_IDS.iter().any(|w| opens(w, false))
                    || ROLES.iter().any(|w| opens(w, w.len() <= 3))
                    || given(&toks[a])
                        && toks[b - 1].flags & (COMMON | PLACE) == 0
                        && DEPARTMENTS.iter().any(|w| opens(w, w.len() <= 3)));
        }
        // a question's subject after the modal opening it, before a verb: `Could
        // Leah swap seats`, `Can Francisco join` (a known given name that is no other
        // word: not `Can Marketing approve`, `Will Paris host`)
        if !titled && !labeled && !greeted && !listed && b - a == 2 && toks[a].sentence_start {
            let t = &toks[a + 1];
            let modal = MODALS.contains(&&text[toks[a].start..toks[a].end]);
            let verb_after = text[t.end..]
                .strip_prefix(' ')
                .is_some_and(|r| r.starts_with(|c: char| c.is_lowercase()));
            if modal && verb_after && lone_given(t) {
                a += 1;
                labeled = true;
            }
            // `Per Angelina's request`: `Per` before one name's possessive is `as
            // asked by`, not a given name
            // (a town's name too: `Per Magdalena's request`)
            if &text[toks[a].start..toks[a].end] == "Per" && t.possessive {
                a += 1;
                greeted = true;
            }
        }
        // (asked of: `let Bryan know`, a person even when a town has the name)
        // (and after the asking word opening the sentence in the run: `Ask Flavio to
        // upload the boarding pass`)
        let asking_opens = b - a == 2
            && toks[a].kind == Kind::Cap
            && toks[a].sentence_start
            && asking(&text[toks[a].start..toks[a].end]);
        let asked = !titled
            && !labeled
            && !greeted
            && !listed
            && if asking_opens && asked_to(text, toks, a + 1, b) {
                a += 1;
                true
            } else {
                asked_to(text, toks, a, b)
            };
        // A given name counts as a greeted one, though it may be a word or a town
        // too, where its bearer speaks (`Hi its Brandon from Acme Travel`), owns
        // what only a person has (`Heather's assistant`) or is an IRC nick
        // (`<Heather> did anyone`) — or is spoken to (`Maria, you forgot …`, `@Sally can
        // you check …`)
        // (`Kannst du Lance sagen`: there `du` is no particle of the name)
        if !titled && !labeled && !greeted && !listed && self.german_asked(text, toks, b - 1) {
            a = b - 1;
            greeted = true;
        }
        if !titled && !labeled && !greeted && !listed {
            let t = &toks[a];
            // (`Anna here`, `Charlotte here, I'm stuck`: a speaker naming themselves,
            // by a name a town has too)
            greeted = self.self_named(text, toks, a, b)
                || here_intro(text, toks, a, b)
                    && (name_words(&toks[a..b])
                        || b - a == 1
                            && toks[a].kind == Kind::CasedScript
                            && toks[a].flags & (STOP | ORG | PLACE | LABEL) == 0)
                || possessor(text, toks, a, b)
                || self.who_follows(text, toks, a, b, &name_words)
                || self.asked_if(text, toks, a, b)
                // (a message signed with a given name alone: `… Please fix this. Inaya`)
                || b - a == 1
                    && signs_off(text, t.start, t.end)
                    && self.one_name(text, t, 0)
                // (a timeline's entry, by a given name that is a word too: `08:10 Max
                // reported feeling unwell`)
                || b - a == 1
                    && t.kind == Kind::Cap
                    && t.flags & (GIVEN | STOP | PLACE | ORG | LABEL | TITLE) == GIVEN
                    && after_time(&text[..t.start])
                    && person_verb_after(&text[t.end..])
                || self.addressed(text, toks, a, b)
                || addressed_handle(text, toks, a, b)
                || b - a == 1
                    && t.kind == Kind::Cap
                    && t.flags & (GIVEN | STOP | ORG | TITLE | LABEL) == GIVEN
                    && self.irc_nick(text, t.start, t.end);
        }
        if !titled && !labeled && !greeted && !listed {
            labeled = asked
                || given_pair_subject(text, toks, a, b)
                || reported_subject(text, toks, a, b)
                || self.bracketed_speaker(text, &toks[a..b], &name_words)
                || self.dash_entry(text, &toks[a..b], &name_words)
                || mentioned(text, &toks[a..b], &name_words)
                || seated(text, toks, a, b, &name_words)
                || renamed(text, toks, a, b, &name_words)
                // (a family named by its surname: `Hotel no-show: Pancerz family (4 pax)`)
                || b - a <= 2
                    && text[toks[b - 1].end..]
                        .strip_prefix(" family")
                        .is_some_and(|r| !r.starts_with(|c: char| c.is_alphanumeric()))
                    && name_words(&toks[a..b])
                // (`Amber Sas and I are both stuck`)
                || [" and I ", " and me "]
                    .iter()
                    .any(|w| text[toks[b - 1].end..].starts_with(w))
                    && name_words(&toks[a..b])
                || b - a == 1 && chat_turn(text, &toks[a])
                || b - a == 1 && lone_given(&toks[a]) && department_follows(&text[toks[a].end..])
                || b - a == 1
                    && (lone_given(&toks[a]) || self.unknown_given(text, &toks[a]))
                    && seat_follows(&text[toks[a].end..])
                || fact_after(text, &toks[a..b], &name_words)
                || cell_alone(text, &toks[a..b]) && name_words(&toks[a..b])
                || above_address(text, &toks[a..b], out) && name_words(&toks[a..b])
                // (every word a name that is no ordinary word, or in no list: not
                // `Board Meeting 10:00 AM`)
                || chat_header(text, &toks[a..b])
                    && name_words(&toks[a..b])
                    && toks[a..b]
                        .iter()
                        .all(|t| t.flags & COMMON == 0 && self.name_or_unknown(text, t))
                || subject_of_verb(text, toks, a, b)
                // (after a label's colon, one word in no list or a Cyrillic or Greek
                // one: `Note: Chatresh prefers window seats`, `Note: Регина prefers`)
                || b - a == 1
                    && text[..toks[a].start].ends_with(": ")
                    && (self.unknown_given(text, &toks[a])
                        || toks[a].kind == Kind::CasedScript
                            && toks[a].flags & (STOP | ORG | PLACE | LABEL) == 0)
                    && person_verb_after(&text[toks[a].end..]);
        }
        // sign-off after a dash: `— Kamila Rubin, Initech travel desk`
        if !titled && !labeled && !greeted && b - a >= 2 {
            // (the view has dashes folded to `-`, so a sign-off dash is told from a
            // hyphen or bullet by the sentence end before it: `Call us. — Name`)
            let before = text[..toks[a].start].trim_end_matches(' ');
            greeted = before.ends_with("--")
                || before
                    .strip_suffix('-')
                    .is_some_and(|b| b.ends_with(' ') && b.trim_end().ends_with(['.', '!', '?']));
        }
        // An organisation word cuts a titled run there (`Dr. Smith Clinic`) and rules
        // out any other; so does a company name or a following `&`. But a common
        // surname that is also such a word ends a name when it ends the run after a
        // title or a given name (`Mr. Sales`, `Augusto Sales`, `Nigel Law`; not
        // `Patrick Street`).
        let surname_end = |k: usize| {
            k + 1 == b
                && toks[k].kind == Kind::Cap
                && ORG_SURNAMES
                    .iter()
                    .any(|w| text[toks[k].start..toks[k].end].eq_ignore_ascii_case(w))
                && (titled || k > a && toks[a].flags & GIVEN != 0 && toks[a].kind == Kind::Cap)
        };
        if let Some(k) = (a..b).find(|&k| toks[k].flags & ORG != 0 && !surname_end(k)) {
            if !titled {
                return;
            }
            b = k;
        }
        // (a legal form written with dots follows the firm's last word, whatever
        // initials the run took of it: `Pierre Legros S.A.`, `Bok Sp. z o.o.`)
        let firm_after = |b: usize| {
            let k = (a..b)
                .rev()
                .find(|&k| toks[k].kind != Kind::Initial)
                .unwrap_or(b - 1);
            legal_form_follows(&text[toks[k].end..])
        };
        if b == a
            || text[toks[b - 1].end..].starts_with(" &")
            || firm_after(b)
            || self
                .companies
                .contains(&text[toks[a].start..toks[b - 1].end].to_lowercase())
        {
            return;
        }
        while b > a
            && (toks[b - 1].kind == Kind::Lower
                || toks[b - 1].kind == Kind::Initial
                    && b - a > 1
                    && toks[b - 1].end == toks[b - 1].start + 1)
        {
            b -= 1;
        }
        if b == a {
            return;
        }
        let run = &toks[a..b];
        let n = run.iter().filter(|t| t.kind != Kind::Lower).count();
        if n > 4 {
            return;
        }
        if self.display_name(text, run) {
            push_name(
                out,
                self.rules.dictionary,
                run[0].start,
                run[run.len() - 1].end,
                75,
            );
            return;
        }
        let all_upper = run
            .iter()
            .all(|t| matches!(t.kind, Kind::Upper | Kind::Initial));
        let anchored = titled || labeled || greeted || (listed && !all_upper);
        let every = |m: u16| run.iter().all(|t| t.flags & m != 0);
        let weak = |f: u16| f & (COMMON | STOP) != 0;
        let rules = &self.rules;

        let (rule, score) = if titled && !every(STOP) {
            if let Some(k) = name_from {
                a = k;
            }
            (rules.anchor, 85)
        } else if anchored {
            // after a greeting even a name that is also a word (`Hi Will,`), unless
            // it is a field label (`Thanks\nFrom: …`)
            // and after a name field's own label (`first name Adam`, `last name
            // Lopes`, `surname: Salmon`), whatever else the word is
            let field = labeled && a > 0 && self.name_field_label(text, toks, a - 1);
            let loose = greeted && !run[run.len() - 1].colon_after || field;
            // (a surname that is also a word after a passenger label: `pax Hill —`,
            // `Passenger Brown (seat 23A)`)
            let passenger_label = labeled
                && a > 0
                && PASSENGER_LABELS
                    .iter()
                    .any(|w| text[toks[a - 1].start..toks[a - 1].end].eq_ignore_ascii_case(w));
            let passenger = passenger_label && n == 1 && run[0].flags & (SURNAME | STOP) == SURNAME;
            // (a relative after a possessive, whatever else their given name is: `my
            // daughter Penny`, `her son Victor`, `my wife Victoria`)
            let kin =
                labeled && a >= 2 && kin_label(text, toks, a - 1) && run[0].flags & GIVEN != 0;
            // (a name field's label vouches for words no dictionary has, in capitals
            // of other scripts too: `Surname / Nom\nНИКОНОВА`)
            let dict = run.iter().any(|t| {
                t.flags & (GIVEN | SURNAME) != 0 && (loose || passenger || kin || !weak(t.flags))
            }) || run[0].kind == Kind::CasedScript
                || field
                    && run.iter().all(|t| {
                        let w = &text[t.start..t.end];
                        // (in Latin capitals a word of the language or no vowel is
                        // a placeholder, `Surname: NONE`, `TBD`, not `PILLAY`)
                        t.kind == Kind::Upper
                            && (!w.is_ascii()
                                || w.len() >= 3
                                    && t.flags & COMMON == 0
                                    && w.contains(['A', 'E', 'I', 'O', 'U', 'Y'])
                                    && !self.is_english(w))
                    });
            // after a greeting, a given name that is also a town is the name
            // (`Dear Alice,`); after a label it may be the town (`contact: Paris`)
            // (and after a passenger label: `Passenger David (seat 23A)`)
            let place = self.is_place_run(text, run)
                && !((greeted || asked || passenger_label || kin) && every(GIVEN))
                && !field;
            // a stop word ends a name as its surname after a given name (`Traveler:
            // Christina Case`, `Jordan West`), not otherwise (`Dear Customer Support`)
            let stop_surname = |i: usize, t: &Token| {
                i + 1 == run.len()
                    && i > 0
                    && t.flags & SURNAME != 0
                    && run[0].flags & (GIVEN | STOP) == GIVEN
                    && run[0].kind == Kind::Cap
            };
            // and a given name that is a stop word starts one before a surname that is
            // no word (`Applicant: April Duffy`, `Emergency contact: June Collins`)
            let stop_given = |i: usize, t: &Token| {
                i == 0
                    && run.len() == 2
                    && t.flags & GIVEN != 0
                    && t.kind == Kind::Cap
                    && run[1].kind == Kind::Cap
                    && run[1].flags & SURNAME != 0
                    && !weak(run[1].flags)
            };
            if place
                || run
                    .iter()
                    .enumerate()
                    .any(|(i, t)| t.flags & STOP != 0 && !stop_surname(i, t) && !stop_given(i, t))
            {
                return;
            }
            // one word outside the dictionaries: a name unless it is a word
            // (`Dear Rembrandt,` but `Dear Customer,`; in a greeting's list too,
            // `Hi Chatura, Udant and Orinder,`)
            let word = &text[run[0].start..run[0].end];
            let unknown = n == 1
                && (!listed || greeted)
                // (in capitals only after a greeting: `Dear REMBRANDT,`)
                && (run[0].kind == Kind::Cap || run[0].kind == Kind::Upper && greeted)
                && run[0].flags & (COMMON | PLACE | ORG) == 0
                && !self.is_english(word)
                && word.chars().count() >= 3
                && !word.contains(['\'', '’']);
            if !(dict || n >= 2 || unknown) {
                return;
            }
            // a labelled `Last, First` whose given name no list has, ending its
            // field: `Guest: Patla, Girindra   Room 1412`
            if labeled
                && n == 1
                && matches!(run[0].kind, Kind::Cap | Kind::CasedScript)
                && self.given_after_comma(text, toks, b)
            {
                b += 1;
            }
            (rules.anchor, 75)
        } else {
            // Two or more words that all occur in one e-mail address of the text are
            // that person's name, wherever the run stands
            if self.in_email(text, run, emails) && !every(PLACE) {
                push_name(out, rules.dictionary, toks[a].start, toks[b - 1].end, 70);
                return;
            }
            // One word as a chat handle: `[ops-chat] Senna:`, `[ops] Евдоким:`
            // (`[ops-chat] VICTOR:`, a known given name, in capitals)
            let w = &run[0];
            if run.len() == 1
                && w.colon_after
                && (w.kind == Kind::CasedScript
                    || w.kind == Kind::Cap && self.name_or_unknown(text, w)
                    || w.kind == Kind::Upper && w.flags & GIVEN != 0 && w.end - w.start >= 3)
                && w.flags & (PLACE | ORG | TITLE | LABEL | STOP) == 0
                && text[..w.start].trim_end_matches(' ').ends_with(']')
            {
                push_name(out, rules.anchor, w.start, w.end, 70);
                return;
            }
            // Unanchored. A word in no list (not even the English one) before a
            // surname, at the start of a sentence: a given name the dictionaries lack
            // (`Ubika Bhandari missed the connection`)
            if run.len() == 2
                && run[0].sentence_start
                && self.unknown_given(text, &run[0])
                && run[1].kind == Kind::Cap
                && run[1].flags & (SURNAME | PLACE) == SURNAME
                && !weak(run[1].flags)
            {
                push_name(out, rules.dictionary, run[0].start, run[1].end, 70);
                return;
            }
            if self.capital_surname_first(text, run) {
                push_name(out, rules.dictionary, run[0].start, run[1].end, 70);
                return;
            }
            let last = &run[run.len() - 1];
            // Two or three name words the dictionaries lack before what only a
            // person does: `heads up, Udarsh Ghose just called`
            // (particles between them say nothing: `Ize van Emmelen to follow up`)
            let names = if particles_between(run) {
                &[run[0], *last][..]
            } else {
                run
            };
            // (not after a word that leads to places: `The hotel in La Coruña says`)
            let place_led = a > 0
                && toks[a - 1].kind == Kind::Lower
                && PLACE_LEADS.contains(&&text[toks[a - 1].start..toks[a - 1].end]);
            if (2..=3).contains(&names.len())
                && !place_led
                && person_verb_follows(&text[last.end..])
                && names.iter().enumerate().all(|(n, t)| {
                    // (a given name may be a word too: `but Maria Borrani says`)
                    self.name_word(
                        text,
                        t,
                        if n == 0 && t.flags & GIVEN != 0 {
                            0
                        } else {
                            COMMON
                        },
                    )
                })
            {
                push_name(out, rules.anchor, run[0].start, last.end, 70);
                return;
            }
            // One to three name words before a possessive and a person's relation:
            // `Vrishti's assistant`, `Tomás Ferreira's wife`
            if run.len() <= 3
                && last.possessive
                && person_relation_follows(&text[last.end..])
                && run.iter().all(|t| self.name_word(text, t, COMMON))
            {
                push_name(out, rules.anchor, run[0].start, last.end, 70);
                return;
            }
            // An entry of a roll call or chat, opening its line, sentence or `;` part
            // and ending in a colon, whose words are each a name that is no ordinary
            // word or in no list at all (`— Harinakshi Balasubramanian: safe; Tobiasz
            // Lalak: no answer`)
            if (2..=3).contains(&run.len())
                && last.colon_after
                && (run[0].sentence_start
                    || text[..run[0].start].ends_with("; ")
                    || self.after_line_marker(text, run[0].start))
                && run.iter().all(|t| self.name_word(text, t, COMMON))
            {
                push_name(out, rules.anchor, run[0].start, last.end, 70);
                return;
            }
            // Otherwise a sentence-initial capitalised word that is no name is just
            // the start of the sentence (`Summarise Anna Novak`); an acronym before a
            // name is no part of it (`PM Nathalie Turpin`, `VIP Anna Novak`). But a
            // sentence that starts with two or three capitalised Cyrillic or Greek
            // words (no dictionaries there) starts with a name (`Демид Зайцев missed
            // the connection`), unless an abbreviation stands before them, which ends
            // no sentence (`ст. Верхний Уфалей`).
            let mut s = 0;
            // (an abbreviation is a short lower-case word: `ст.`, `г.`, `ул.`; a
            // sentence may end in any word, `Just landed. Елизар Кудрявцев here`)
            let abbreviation = text[..run[0].start]
                .trim_end_matches(' ')
                .strip_suffix('.')
                .map(|b| {
                    let word = b.rsplit(|c: char| !c.is_alphabetic()).next().unwrap_or("");
                    !word.is_empty()
                        && word.chars().count() <= 4
                        && word.chars().all(char::is_lowercase)
                })
                .unwrap_or(false);
            // (or one word that speaks twice in a chat with a bot or an agent:
            // `Иннокентий: hi` … `Bot: …` … `Иннокентий: V3VNHL`; a form's label
            // may stand twice too, `Телефон: …`)
            let script_speaker = run.len() == 1
                && run[0].kind == Kind::CasedScript
                && run[0].colon_after
                && repeated_speaker(text, run[0].start, run[0].end, 24)
                && text.split('\n').any(|l| {
                    CHAT_ROLES
                        .iter()
                        .any(|r| l.strip_prefix(r).is_some_and(|rest| rest.starts_with(':')))
                });
            let script_name = ((2..=3).contains(&run.len())
                && run.iter().all(|t| t.kind == Kind::CasedScript)
                || script_speaker)
                && !abbreviation;
            // (a question word before a name is no part of it, `Can Anna Novak
            // join?`, but may be a given name before a surname, `Can Yılmaz`)
            let question = run[0].sentence_start
                && QUESTION_WORDS.contains(&&text[run[0].start..run[0].end])
                && text[run[0].end..].starts_with(' ');
            if question && run.len() >= 3 && run[1..].iter().all(|t| t.kind == Kind::Cap) {
                s = 1;
            }
            // `Per` opening a sentence before two words or more introduces them
            // (`Per Damian van Kuijc's request`); before one it may be the given name
            // Words in capitals in no list at all opening a line before a colon and a
            // line in mixed case, as transcripts write their speakers (`BLAZEJ
            // BORYCZKO: Travel is 12% over`; not `NOTE: …`, `GRACE PERIOD: Ends`)
            let full = &toks[a..b];
            let upper_speaker = (2..=3).contains(&full.len())
                && (full[0].sentence_start || self.after_line_marker(text, full[0].start))
                && full.iter().all(|t| {
                    t.kind == Kind::Upper
                        && t.flags & (COMMON | STOP | ORG | PLACE | LABEL | TITLE) == 0
                        && !self.is_english(&text[t.start..t.end])
                })
                && text[toks[b - 1].end..].strip_prefix(": ").is_some_and(|r| {
                    let mut c = r.chars();
                    c.next().is_some_and(char::is_uppercase)
                        && c.next().is_some_and(char::is_lowercase)
                });
            if upper_speaker {
                push_name(out, rules.anchor, toks[a].start, toks[b - 1].end, 70);
                return;
            }
            // (`Per Andersson called`)
            // (and `I'm` before a name, inside a clause too: `Hi there, I'm Chameli
            // Narula, my phone died`)
            let per =
                run[0].sentence_start && run.len() >= 3 && &text[run[0].start..run[0].end] == "Per"
                    || run.len() >= 2 && matches!(&text[run[0].start..run[0].end], "I'm" | "I’m");
            if per {
                s = 1;
            }
            while s < run.len()
                && !script_name
                && ((run[s].sentence_start
                    && (run[s].flags & (GIVEN | SURNAME) == 0
                        || run[s].flags & STOP != 0
                        || weak(run[s].flags) && run[s].flags & GIVEN == 0))
                    || (run[s].kind == Kind::Upper
                        && (run[s].flags & (GIVEN | SURNAME) == 0 || weak(run[s].flags))
                        && run.get(s + 1).is_some_and(|t| t.kind == Kind::Cap))
                    // (a time's `AM`/`PM` before a name in capitals: `- 1:40 PM
                    // NATHALIE TURPIN:`)
                    || (matches!(&text[run[s].start..run[s].end], "AM" | "PM")
                        && run.get(s + 1).is_some_and(|t| t.kind == Kind::Upper)))
            {
                s += 1;
            }
            // the subject of a question: `Is Tobiasz Stypa covered by …`, `Does
            // Anna Novak need …` (a person, or a place or firm: only pairs with a
            // known name count, see `introduced_pair`)
            let question_subject = s == 1 && question && run[1..].iter().all(|t| !weak(t.flags));
            let run = &run[s..];
            let n = run.iter().filter(|t| t.kind != Kind::Lower).count();
            if run.is_empty() {
                return;
            }
            let introduced = per || a + s > 0 && introduces_person(text, toks, a + s - 1);
            // (`with` after a word of sitting or sharing takes a person: `swap seats
            // with Davi Lucas`, `share a room with …`; so does `for` after a travel
            // document or service only a person gets: `the visa for Shivansh Raja`)
            let by = introduced
                && match &text[toks[a + s - 1].start..toks[a + s - 1].end] {
                    "for" => for_person(text, toks, a + s - 1),
                    "with" => with_person(text, toks, a + s - 1),
                    _ => true,
                };
            // a stop word ends a name as its surname after a strong given name, where
            // a word introduces the person (`opened by Joshua West`) or the name closes
            // a list entry or chat line (`- 08:05 Christopher Hampton:`)
            let entry = run[run.len() - 1].colon_after
                && (run[0].sentence_start || self.after_line_marker(text, run[0].start));
            let stop_surname = (by || entry)
                && run.len() == 2
                && run[0].kind == Kind::Cap
                && run[0].flags & (GIVEN | STOP) == GIVEN
                && !weak(run[0].flags)
                && run[1].kind == Kind::Cap
                && run[1].flags & (SURNAME | LABEL) == SURNAME;
            if run
                .iter()
                .enumerate()
                .any(|(i, t)| t.flags & (STOP | LABEL) != 0 && !(stop_surname && i == 1))
            {
                return;
            }
            // A chat handle or list entry: `[ops-chat] Nicolas:`, `- 0740 Vihaan Krishna:`
            let last_tok = &run[run.len() - 1];
            let handle = last_tok.colon_after
                && n <= 3
                && (run[0].sentence_start || self.after_line_marker(text, run[0].start))
                && (run[0].flags & GIVEN != 0
                    || script_speaker
                    || (n >= 2 && run.iter().all(|t| t.flags & COMMON == 0))
                    // every word a name or in no word list (`- 3:05 PM Sole Parri:`),
                    // which a meeting title is not (`- 9:00 AM Board Meeting:`)
                    || (n >= 2
                        && run.iter().all(|t| self.name_or_unknown(text, t))));
            // A city after a place preposition: `flies to Jackson Hole`
            // after a word that leads to places (`flies to`, `visit`), a run of
            // words in no list is a place too (`transfer from Nusa Dua`)
            // (`email to`, `on behalf of` lead to a person instead, see `introduced`)
            // (a field label is no place word: `Invoice to: Tobiasz Wereda`)
            let after_place_word = a + s > 0 && !introduced && {
                let p = &toks[a + s - 1];
                p.kind == Kind::Lower
                    && !p.colon_after
                    && PLACE_LEADS.contains(&&text[p.start..p.end])
            };
            let place_prep = after_place_word
                && (run[0].flags & PLACE != 0
                    || self
                        .airports
                        .contains(&text[run[0].start..run[run.len() - 1].end].to_lowercase()));
            // (and a name with particles, as towns are named after people: `in
            // Duarte de Viana`, `flies in from Santos do Sul`; not a sender before
            // what they wrote, `feedback (score 2/5) from Luka van Velzen:`)
            // (`to` leads to people as often: `change the name from Chloë Werdes to
            // Wessel de Wit`)
            if place_prep
                || after_place_word
                    && &text[toks[a + s - 1].start..toks[a + s - 1].end] != "to"
                    && particles_between(run)
                    && !run[run.len() - 1].colon_after
            {
                return;
            }
            // a handle in capitals is a known given name, no word, after a chat tag or
            // a time (`[ops-chat] SYLVIA:`; not `- NOTE:`, nor a field label that is
            // a name too, `IBAN: NL91 …`)
            let upper_handle = run.len() == 1
                && run[0].kind == Kind::Upper
                && run[0].end - run[0].start >= 3
                && run[0].flags & GIVEN != 0
                && !weak(run[0].flags)
                && {
                    let before = text[..run[0].start].trim_end_matches(' ');
                    before.ends_with(']')
                        || before.ends_with(|c: char| c.is_ascii_digit())
                        || before.ends_with("AM")
                        || before.ends_with("PM")
                };
            // or two or three, a known given name first and no ordinary word after it
            // (`- 14:45 SALLY DODSON: "All good"`; not `- 10:00 GRACE PERIOD:`)
            let upper_names = (2..=3).contains(&run.len())
                && run.iter().all(|t| t.kind == Kind::Upper)
                && run[0].flags & (GIVEN | STOP) == GIVEN
                && run[1..].iter().all(|t| {
                    !weak(t.flags)
                        && (t.flags & (GIVEN | SURNAME) != 0
                            || !self.is_english(&text[t.start..t.end]))
                });
            if handle
                && (upper_handle
                    || upper_names
                    || run
                        .iter()
                        .all(|t| matches!(t.kind, Kind::Cap | Kind::Initial | Kind::CasedScript)))
            {
                push_name(out, rules.anchor, toks[a + s].start, toks[b - 1].end, 70);
                return;
            }
            // a known given name alone after a verb or `with` that takes a person,
            // where the clause ends with it: `swap seats with Robert?`, `ask Daniel.`
            let lone = &run[0];
            let after = &text[lone.end..];
            // (after `with` that takes a person, any name or a word in no list:
            // `swap seats with Bartek?`)
            let with_someone = s == 0
                && by
                && &text[toks[a - 1].start..toks[a - 1].end] == "with"
                && self.name_word(text, lone, COMMON);
            // (after a message's `from`, before the colon that opens what they
            // wrote, a known given name that is no town's, a word in no list or a
            // Cyrillic or Greek one: `Update from Ricciotti:`, `Update from Петр:`;
            // not `Update from Paris:`)
            let intro = a
                .checked_sub(1)
                .map_or("", |p| &text[toks[p].start..toks[p].end]);
            let sender = s == 0
                && introduced
                && intro == "from"
                && lone.colon_after
                && self.one_name(text, lone, 0);
            if run.len() == 1 && sender {
                push_name(out, rules.anchor, lone.start, lone.end, 70);
                return;
            }
            // (after a word that asks, a `for` or a `to` that takes a person, a given
            // name that is a town's too or one in no list: `rotate it and tell
            // Casper.`, `Birthday surprise for Marcelina at the offsite`, `Write a
            // short note to Yadavi:`)
            // (a town's name only after a word that asks: not `flowers for Paris`)
            let asks = asking(intro);
            let asked_one = s == 0
                && introduced
                && ((asks || intro == "for" && for_person(text, toks, a - 1) || intro == "to")
                    && self.one_name(text, lone, if asks { PLACE } else { 0 })
                    // (or the surname a booking is held under: `our tickets are under
                    // Teixeira.`)
                    || intro == "under"
                        && (self.one_name(text, lone, 0)
                            || lone.kind == Kind::Cap
                                && lone.flags
                                    & (SURNAME | COMMON | STOP | ORG | PLACE | LABEL | TITLE)
                                    == SURNAME))
                && (after.is_empty()
                    || after.starts_with(['?', '.', '!', ',', ';', ':', ')', '\n'])
                    || [" and ", " at ", " on ", " in "]
                        .iter()
                        .any(|w| after.starts_with(w)));
            if run.len() == 1 && asked_one {
                push_name(out, rules.anchor, lone.start, lone.end, 70);
                return;
            }
            if run.len() == 1
                && s == 0
                && introduced
                && lone_introducer(intro)
                && (lone_given(lone) || with_someone)
                && (after.is_empty()
                    || after.starts_with(['?', '.', '!', ',', ';', ')', '\n'])
                    || after.starts_with(" and "))
            {
                push_name(out, rules.anchor, lone.start, lone.end, 70);
                return;
            }
            if !(2..=4).contains(&n) {
                return;
            }
            if run[0].kind == Kind::CasedScript {
                push_name(out, rules.script, toks[a + s].start, toks[b - 1].end, 70);
                return;
            }
            // an initial before the given name (`M. Olivier Dupont`, `J. Robert
            // Smith`) says nothing: the word after it decides
            let lead = if run.len() >= 3 && run[0].kind == Kind::Initial {
                1
            } else {
                0
            };
            let first = run[lead].flags;
            let last = run[run.len() - 1].flags;
            let strong_first = first & GIVEN != 0 && !weak(first);
            // towns named like people abound among airport cities (`David`,
            // `Rogers`): a given name and a surname that are each such a town, but
            // not one together, are a person
            let town_words = every(PLACE) && !(strong_first && last & SURNAME != 0);
            if town_words
                || self.is_place_run(text, run)
                || self.ends_in_place_word(text, run)
                || self.is_route(text, run)
                || in_address_town(text, toks[a + s].start, toks[b - 1].end)
                || names_airport(&text[toks[b - 1].end..])
            {
                return;
            }
            let strong_last = last & SURNAME != 0 && !weak(last);
            // a given name and a surname with particles between them read as the
            // pair they are where a word introduces the person (`It's Dirk van
            // Mispelen`, `booked by Rhavi da Cunha`)
            let pair = run.len() == 2 || particles_between(run);
            let last_word = &run[run.len() - 1];
            let ok_last = last & (SURNAME | GIVEN) != 0 || !weak(last);
            // a word in no list before a surname, right after a word that introduces
            // a person: a given name the dictionaries lack (`opened by Maanav Saini`)
            let introduced = (s == 0 || per) && introduced;
            // — or, for a word in no list at all (`unknown_given`), after any lower-case
            // word of three letters or more (`will add Maanav Saini`) or a colon
            // (`Emergency: Anirudh Dutta`), unless the surname is a place
            let mid_sentence = a > 0 && {
                let p = &toks[a - 1];
                let gap = &text[p.end..toks[a].start];
                gap == ": " || p.kind == Kind::Lower && p.end - p.start >= 3 && gap == " "
            };
            let unknown_first = s == 0
                && !after_place_word
                && (introduced
                    || mid_sentence && last & PLACE == 0 && self.unknown_given(text, &run[0]))
                && run.len() == 2
                && first == 0
                && run[0].kind == Kind::Cap
                && run[1].kind == Kind::Cap;
            // a given name, a middle initial and a surname read as a name even when
            // both are also words (`Max O. Cooper`); of three given names and a
            // surname, the second may be the strong one (`Maria Fernanda Novais`)
            // (a dotted middle initial between two words in no list is a name's
            // shape too: `the upgrade for Advay J. Sibal`, not `Plan B. Then`)
            let initialled = run.len() == 3
                && run[0].kind == Kind::Cap
                && run[1].kind == Kind::Initial
                && run[2].kind == Kind::Cap
                && (first & GIVEN != 0 && last & (SURNAME | GIVEN) != 0
                    || text[run[1].end - 1..run[2].start] == *". "
                        && (first & GIVEN != 0 && !weak(first)
                            || self.unknown_given(text, &run[0]))
                        && (last & SURNAME != 0 && !weak(last)
                            || self.unknown_given(text, &run[2])));
            let strong_given = strong_first
                || run.len() == 3
                    && run.iter().all(|t| t.kind == Kind::Cap)
                    && first & GIVEN != 0
                    && run[1].flags & GIVEN != 0
                    && !weak(run[1].flags);
            // two words in no list at all, mid-sentence or starting one: a name from
            // outside the dictionaries (`outreach: Jeremi Figat`)
            // (only where a person is being named: after `by`, `with`, `for`… or a
            // label's colon; elsewhere two unknown words are as likely a foreign place,
            // `visit Machu Picchu`)
            let named = introduced || a > 0 && text[toks[a - 1].end..toks[a].start] == *": ";
            let both_unknown = run.len() == 2
                && named
                && !after_place_word
                && self.unknown_given(text, &run[0])
                && self.unknown_given(text, &run[1]);
            // after a word that introduces a person, a given name and a surname even
            // when both are also words (`booked by Jimmy Berry`) — but not after `for`
            // or `with`, which as often lead to events and venues (`for Mark Down
            // week`, `with Grace Church volunteers`)
            // — and after a lower-case word and its colon (`personal outreach: Sally
            // Smith`, `Approver: Martin Ward`)
            let colon_led = s == 0
                && a > 0
                && toks[a - 1].kind == Kind::Lower
                && toks[a - 1].colon_after
                && text[toks[a - 1].end..toks[a].start] == *": ";
            // or a capitalised word's, opening its line or sentence, before a pair
            // with a word in no list (`Emergency: Tobiasz Konieczek fell ill`; two
            // known names there may be a firm: `Employer: Thomson Reuters`)
            let heading_led = s == 0
                && a > 0
                && toks[a - 1].kind == Kind::Cap
                && toks[a - 1].sentence_start
                && toks[a - 1].colon_after
                && text[toks[a - 1].end..toks[a].start] == *": "
                && !NOT_PERSON_HEADINGS
                    .iter()
                    .chain(SUBJECT_HEADINGS)
                    .any(|w| text[toks[a - 1].start..toks[a - 1].end].eq_ignore_ascii_case(w));
            // (a given name the given-name lists lack is often among the surnames:
            // `this is Gagan Chahal`, `opened by Matheus Fernandes`)
            let surname_first = first & (SURNAME | PLACE) == SURNAME && !weak(first);
            let introduced_pair = (introduced && by || colon_led || question_subject)
                && pair
                && run[0].kind == Kind::Cap
                && last_word.kind == Kind::Cap
                && (first & GIVEN != 0 || surname_first)
                && last & SURNAME != 0
                && last & PLACE == 0;
            // and a given name the dictionaries lack before any known name (`opened
            // by Shaurya Lata`, `by Xiuying Tang`: many surnames are given names too)
            // (or a known given name before a word in no list: `Callback requested
            // by Pier Malenchini`)
            let led = (s == 0 || per) && by || colon_led || heading_led || question_subject;
            let introduced_unknown_last = led
                && pair
                && run[0].kind == Kind::Cap
                && (first & (GIVEN | PLACE) == GIVEN || surname_first)
                && self.unknown_given(text, last_word);
            let introduced_unknown = led
                && pair
                && last_word.kind == Kind::Cap
                && self.unknown_given(text, &run[0])
                && last & (GIVEN | SURNAME) != 0
                && last & PLACE == 0;
            // a given name that is also a word before a word in no list at all, as a
            // clause's subject or object (`so Maria Lundqvist can travel`, `Jasmine
            // Kowalewski missed it`): the unknown word is the surname (two words of
            // the language are as often a thing: `Amber Room`, `Grace Church`) — not
            // opening a sentence, where the word is as often the word (`On Linux`),
            // nor after `the` (`the La Coruña team`)
            let after_the =
                a > 0 && text[toks[a - 1].start..toks[a - 1].end].eq_ignore_ascii_case("the");
            let weak_given_unknown_last = s == 0
                && !run[0].sentence_start
                && !after_the
                && !after_place_word
                && run.len() == 2
                && run[0].kind == Kind::Cap
                && first & (GIVEN | STOP | PLACE | ORG) == GIVEN
                && last & PLACE == 0
                && self.unknown_given(text, last_word);
            // capitals amid ordinary text are a name written for emphasis (`AMANDA
            // REED from procurement joins`), where a line in capitals says nothing
            let island = all_upper && amid_cased(toks, a + s, b);
            // (and after a word that introduces a person, a known given name before a
            // word in no list: `ok for MARCO CAETANI to fly`)
            let introduced_island = island
                && introduced
                && run.len() == 2
                && strong_first
                && last & PLACE == 0
                && self.no_word(text, &run[1]);
            let ok = if all_upper {
                strong_first && (strong_last || island && run.len() == 2 && last & SURNAME != 0)
                    || introduced_island
            } else if both_unknown
                || weak_given_unknown_last
                || introduced_pair
                || introduced_unknown
                || introduced_unknown_last
                || stop_surname
            {
                true
            } else {
                (strong_given && ok_last)
                    || (first & GIVEN != 0 && strong_last)
                    || (unknown_first && strong_last)
                    || initialled
            };
            if !ok {
                return;
            }
            a += s;
            (rules.dictionary, 70)
        };
        let start = particles_from.map_or(toks[a].start, |k| toks[k].start);
        push_name(out, rule, start, toks[b - 1].end, score);
    }

    /// A chat line's speaker in brackets at the start of the line: `[Jaylinn
    /// Wolffel] 09:14 can you …`, `[Anna Novak]: hi`, `<Fernanda> not yet` (see
    /// `decide`).
    fn bracketed_speaker(
        &self,
        text: &str,
        run: &[Token],
        name_words: &dyn Fn(&[Token]) -> bool,
    ) -> bool {
        let (start, end) = (run[0].start, run[run.len() - 1].end);
        // an IRC log's nick in angle brackets opening the line, then what was said
        // (`<Fernanda> not yet`; not an XML tag, `<Name>Anna</Name>`)
        // a Q&A line's speaker in brackets: `A (Odika Sunder): yes, platform 4`
        let qa = text[..start].ends_with('(') && text[end..].starts_with("):") && {
            let lead = text[line_start(text, start)..start - 1].trim();
            (1..=3).contains(&lead.len()) && lead.bytes().all(|c| c.is_ascii_alphanumeric())
        };
        if run.len() >= 2 && qa {
            return name_words(run);
        }
        if run.len() <= 3 && self.irc_nick(text, start, end) {
            // (in a cased script, any word no list knows: `<Лаврентий> did anyone`)
            return name_words(run)
                || run.iter().all(|t| {
                    t.kind == Kind::CasedScript
                        && t.flags & (STOP | ORG | PLACE | LABEL | TITLE) == 0
                });
        }
        run.len() >= 2
            && text[..start].ends_with('[')
            && self.after_line_marker(text, start - 1)
            && {
                // a time or a colon after it (a Markdown link's text has neither,
                // nor a link definition a colon and text: `[Grafana Loki]: https://…`)
                let after = &text[end..];
                after.strip_prefix("]:").is_some_and(|r| {
                    let r = r.trim_start_matches(' ');
                    !(r.starts_with("http") || r.starts_with(['/', '<', '#', '.']))
                }) || after
                    .strip_prefix("] ")
                    .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()))
            }
            && name_words(run)
    }

    /// Whether the Arabic run `a..b` names a firm: two family names joined by a
    /// hyphen with no given name before them and no title (`Reserved for
    /// العفيفي-طرابلسي`; but `Ms روبا المؤقت-الزرقان`), or an enumeration of three
    /// or more family or tribe names with no given name among them and no anchor
    /// before (`Reserved for الماني, بني بيات and العجمان`): people are listed by
    /// their full names. A list whose first entry was a name, greeted or labelled,
    /// names people (`Hi طاهر, مُسعف and منيف,`); a customer or client may be a firm
    /// (`"customer": "الأوس, ربيعة and القرجولي"`).
    fn arabic_firm(
        &self,
        text: &str,
        toks: &[Token],
        a: usize,
        b: usize,
        found: &[Finding],
    ) -> bool {
        let before = a.checked_sub(1).map(|k| &toks[k]);
        if text[toks[a].start..toks[a].end].contains('-')
            && before.is_none_or(|p| p.flags & TITLE == 0)
        {
            return true;
        }
        let anchored = before.is_some_and(|p| {
            p.flags & (TITLE | LABEL | GREETING) != 0
                && ![
                    "customer",
                    "customers",
                    "client",
                    "clients",
                    "account",
                    "accounts",
                ]
                .iter()
                .any(|w| text[p.start..p.end].eq_ignore_ascii_case(w))
        });
        !anchored
            && arabic_firm_list(text, toks[a].start, toks[b - 1].end).is_some_and(|from| {
                !found
                    .last()
                    .is_some_and(|f| f.entity == Entity::Person && f.start >= from)
            })
    }

    /// An IRC log's nick in angle brackets opening the line, then what was said
    /// (`<Fernanda> not yet`, `<杰> did anyone`; not an XML tag, `<Name>Anna</Name>`).
    fn irc_nick(&self, text: &str, start: usize, end: usize) -> bool {
        text[..start].ends_with('<')
            && self.after_line_marker(text, start - 1)
            && text[end..]
                .strip_prefix("> ")
                .is_some_and(|r| r.starts_with(|c: char| c.is_alphanumeric()))
    }

    /// Whether the run `start..end` is the next entry of a list of names: a name found
    /// just before it, a list separator between (`, `, ` and `, `, and `, ` & `,
    /// `; `), and the entry ends there too (a separator, a full stop, a bracket, the
    /// line's end), so a company after a signature (`— Jo Lamb, Thomson Reuters
    /// travel desk`) or a label after a payee (`Mr Sam Glover, IBAN DE48…`) is none.
    /// After a name the dictionaries found, only in a list a colon opens or when the
    /// run is a `full_name` itself.
    fn continues_list(
        &self,
        text: &str,
        start: usize,
        end: usize,
        full_name: bool,
        out: &[Finding],
    ) -> bool {
        let after = &text[end..];
        // (or a note in brackets: `Reyansh Grover (vegan), Christopher Bansal`)
        let ends = after.is_empty()
            || after.starts_with([',', ';', '.', ')', '\n', '\r'])
            || after.starts_with(" and ")
            || after.starts_with(" (")
            || after.starts_with(" & ")
            || full_name && after.starts_with(':');
        // (a name the dictionaries found may be a street's: `12 Romero Pkwy, Whiteside`;
        // but one that fills its line starts a list of lines, `Attendees:\nMarissa
        // Ray\nDavid Rogers`)
        ends && out.last().is_some_and(|f| {
            if f.end > start {
                return false;
            }
            // (after the same list markers: `1. Artur Czulak\n2. Liwia Smagała`)
            let line_start = |at: usize| {
                at == 0 || text[..at].ends_with('\n') || self.after_line_marker(text, at)
            };
            let own_line = text[f.end..start].starts_with('\n')
                && (after.is_empty() || after.starts_with(['\n', '\r']))
                && !text[f.end + 1..start].contains('\n')
                && line_start(start)
                && line_start(f.start);
            let gap = &text[f.end..start];
            // (past a note in brackets on the entry before: `Renata Oderwald
            // (vegan), Traudl Schlauch`)
            let gap = match gap.strip_prefix(" (").and_then(|g| g.split_once(')')) {
                Some((note, rest)) if note.len() <= 40 && !note.contains(['(', '\n']) => rest,
                _ => gap,
            };
            Some(f.rule) == self.rules.anchor
                && matches!(gap, ", " | " and " | ", and " | " & " | "; ")
                // a list a colon opens, whose first name the dictionaries found
                // (`PNR CG55DI: Steven Baxter, Victor Rice, Damian Woods`)
                || Some(f.rule) == self.rules.dictionary
                    && (full_name || text[..f.start].ends_with(": "))
                    && matches!(gap, ", " | " and " | ", and " | " & ")
                || own_line && [self.rules.dictionary, self.rules.anchor].contains(&Some(f.rule))
        })
    }

    /// A word in title case that is a name or in no list, and no other kind of word
    /// (`ordinary`: COMMON, or 0 for a given name that is a word too).
    fn name_word(&self, text: &str, t: &Token, ordinary: u16) -> bool {
        t.kind == Kind::Cap
            && t.flags & (ordinary | STOP | PLACE | ORG | LABEL | TITLE) == 0
            && self.name_or_unknown(text, t)
    }

    /// Whether `word` (any case) is in a word list: English, names, places, the
    /// stop and organisation lists.
    pub fn is_word(&self, word: &str) -> bool {
        let lower = word.to_lowercase();
        self.words.get(word_key(&lower)) != 0
            || self.anchors.get(word_key(&lower)) != 0
            || self.is_english(&lower)
    }

    /// Whether `word` is in the English word list (which holds ASCII words only).
    /// Whether `toks[i]` ends the label of a name field: `first name`, `last name`,
    /// `given name`, `family name`, `middle name`, or one of the `name_fields` of the
    /// pattern file (`surname`, `Nom :`, `Apellidos:`, `Vorname:`).
    fn name_field_label(&self, text: &str, toks: &[Token], i: usize) -> bool {
        let word = |k: usize| &text[toks[k].start..toks[k].end];
        let is = |k: usize, words: &[&str]| words.iter().any(|x| word(k).eq_ignore_ascii_case(x));
        self.name_fields.contains(&word(i).to_ascii_lowercase())
            || is(i, &["name", "names"])
                && i > 0
                && text[toks[i - 1].end..toks[i].start] == *" "
                // (`under the name York`: the name a table or a room is held under)
                && (is(i - 1, &["first", "last", "given", "family", "middle"])
                    || word(i - 1) == "the"
                        && i > 1
                        && is(i - 2, &["under", "in", "with"]))
    }

    /// A token that is no ordinary word: in no common-word or stop list, nor the
    /// English one.
    fn no_word(&self, text: &str, t: &Token) -> bool {
        t.flags & (COMMON | STOP) == 0 && !self.is_english(&text[t.start..t.end])
    }

    fn is_english(&self, word: &str) -> bool {
        word.is_ascii() && self.english.get(word_key_ascii_lower(word)) != 0
    }

    /// The word after a labelled surname and a comma is its given name when it is a
    /// name or in no list and its field ends with it (the line, two spaces, a cell
    /// mark or a bracket): `Guest: Patla, Girindra   Room 1412`, not `Guest: Patla,
    /// Room 12`.
    fn given_after_comma(&self, text: &str, toks: &[Token], b: usize) -> bool {
        let Some(t) = toks.get(b) else {
            return false;
        };
        let after = &text[t.end..];
        // (a known given name that is a word or a town's name too: `traveller Ward,
        // Josh; card …`)
        t.comma_before
            && t.flags & (STOP | ORG | LABEL | TITLE) == 0
            && (t.flags & GIVEN != 0 || t.flags & (COMMON | PLACE) == 0)
            && match t.kind {
                Kind::Cap => self.name_or_unknown(text, t),
                // (`Guest: Костин, Платон`)
                Kind::CasedScript => true,
                _ => false,
            }
            && (after.is_empty()
                || after.starts_with(['\n', '\r', '\t', '|', ';', '('])
                || after.starts_with("  ")
                || after.starts_with(" (")
                || after.starts_with(" |"))
    }

    /// A word of the name dictionaries, or a given name they lack (`unknown_given`).
    fn name_or_unknown(&self, text: &str, t: &Token) -> bool {
        t.flags & (GIVEN | SURNAME) != 0 || self.unknown_given(text, t)
    }

    /// A lone given name after its bearer's own introduction (`this is Pawel from
    /// Acme Travel`, `Hi its Udant,`): a known given name that is no other word, or
    /// one the dictionaries lack.
    fn self_named(&self, text: &str, toks: &[Token], a: usize, b: usize) -> bool {
        if b - a != 1 || a == 0 {
            return false;
        }
        let t = &toks[a];
        let after = &text[t.end..];
        // (before `here` or `from` even one that is also a word or a town: `this
        // is Will from Acme Travel`, `Hi its Brandon from …`)
        let speaks = after.starts_with(" here") || after.starts_with(" from ");
        // (and after a greeting: `Hi it's Leon, flight delayed`)
        let greeted = a >= 2 && toks[a - 2].flags & GREETING != 0;
        let other = if speaks || greeted { 0 } else { COMMON | PLACE };
        // (in a cased script after a greeting, any word: `Hi it's Куприян,`)
        (t.kind == Kind::Cap
            && (t.flags & (GIVEN | STOP | ORG | LABEL | TITLE | other) == GIVEN
                || self.unknown_given(text, t))
            || t.kind == Kind::CasedScript
                && greeted
                && t.flags & (STOP | ORG | PLACE | LABEL | TITLE) == 0)
            && self_introduction(text, toks, a - 1)
            && (after.starts_with([',', '.', '!', ';']) || speaks || after.is_empty())
    }

    /// One given name addressed after a dash or at a sentence's start, then a comma and
    /// the words spoken to them (`Re: your call today — Wally, we have moved you`, `— Anna,
    /// thanks`, `Barkha, your seat`): a known given name, one in no list, or a Cyrillic or
    /// Greek word (no dictionary covers them; after a dash only).
    fn addressed(&self, text: &str, toks: &[Token], a: usize, b: usize) -> bool {
        if b - a != 1 {
            return false;
        }
        let t = &toks[a];
        let before = &text[..t.start];
        let Some(after) = text[t.end..].strip_prefix(", ") else {
            return false;
        };
        let dash = ["— ", "– ", " - "].iter().any(|d| before.ends_with(d));
        // (or after a colon, as a text to rewrite opens: `Rewrite more politely: Maria,
        // you forgot …`; a given name that is a word too only before `you`)
        let opens = dash || t.sentence_start || before.ends_with(": ");
        let to_you = after.starts_with("you ") || after.starts_with("your ");
        // (a town's name too only before `you`: `Victoria, you forgot …`)
        let named = match t.kind {
            Kind::Cap => {
                opens
                    && (t.flags & (GIVEN | COMMON | PLACE) == GIVEN
                        || to_you && t.flags & GIVEN != 0
                        || self.unknown_given(text, t))
            }
            Kind::CasedScript => dash || opens && to_you,
            _ => false,
        };
        named
            && t.flags & (STOP | ORG | LABEL | TITLE) == 0
            && [
                "we ",
                "you ",
                "your ",
                "I ",
                "I'",
                "thanks",
                "thank you",
                "please ",
                "sorry",
            ]
            .iter()
            .any(|w| after.starts_with(w))
    }

    /// One word that reads as a person's name alone: a known given name (also a word
    /// or a town's name only as far as `also` allows: `COMMON`, `PLACE`), one in no
    /// list, or a Cyrillic or Greek word that is no town's; no stop, firm, label or
    /// title word.
    fn one_name(&self, text: &str, t: &Token, also: u16) -> bool {
        t.flags & (STOP | ORG | LABEL | TITLE) == 0
            && match t.kind {
                Kind::Cap => {
                    t.flags & GIVEN != 0 && t.flags & (COMMON | PLACE) & !also == 0
                        || self.unknown_given(text, t)
                }
                Kind::CasedScript => t.flags & PLACE == 0,
                _ => false,
            }
    }

    /// A name before `, who`, which only a person takes (`a welcome note for Jayden,
    /// who joins the Berlin team`): a known given name, one in no list or a
    /// Cyrillic or Greek word, or two or three name words.
    fn who_follows(
        &self,
        text: &str,
        toks: &[Token],
        a: usize,
        b: usize,
        name_words: &dyn Fn(&[Token]) -> bool,
    ) -> bool {
        let t = &toks[a];
        text[toks[b - 1].end..].starts_with(", who ")
            && if b - a == 1 {
                // (a given name that is a word or a town's name too: `Robin, who`)
                self.one_name(text, t, COMMON | PLACE)
            } else {
                b - a <= 3 && t.flags & (STOP | ORG | LABEL | TITLE) == 0 && name_words(&toks[a..b])
            }
    }

    /// One given name asked of in German, between `du`/`Sie` and the verb of the
    /// request: `Kannst du Lance sagen, dass …`, `Können Sie Erik anrufen?` — a known
    /// given name, one in no list or a Cyrillic or Greek word.
    fn german_asked(&self, text: &str, toks: &[Token], a: usize) -> bool {
        const VERBS: &[&str] = &[
            "sagen",
            "fragen",
            "anrufen",
            "schreiben",
            "Bescheid",
            "informieren",
            "erinnern",
            "ausrichten",
            "mitteilen",
            "zurückrufen",
        ];
        let t = &toks[a];
        after_word(text, toks, a, &["du", "Sie", "ihr"])
            && self.one_name(text, t, COMMON | PLACE)
            && text[t.end..]
                .strip_prefix(' ')
                .is_some_and(|r| opens_with_word(r, VERBS))
    }

    /// One given name as the subject of a question asked with `if` or `whether`: `can
    /// you check if Darlene made it onto the shuttle`. A known given name that is no
    /// other word before an auxiliary or a verb; one that is a town's name too, one
    /// in no list or a Cyrillic or Greek one only before what a traveller does.
    fn asked_if(&self, text: &str, toks: &[Token], a: usize, b: usize) -> bool {
        const AUXILIARIES: &[&str] = &[
            "is", "was", "has", "had", "can", "could", "will", "would", "did", "does", "still",
            "already", "ever",
        ];
        const TRAVELLER: &[&str] = &[
            "made it",
            "arrived",
            "landed",
            "boarded",
            "checked in",
            "checked out",
            "got",
            "received",
            "missed",
            "picked up",
        ];
        let t = &toks[a];
        if b - a != 1
            || !after_word(text, toks, a, &["if", "whether"])
            || t.flags & (STOP | ORG | LABEL | TITLE) != 0
        {
            return false;
        }
        let Some(after) = text[t.end..].strip_prefix(' ') else {
            return false;
        };
        let travels = opens_with_word(after, TRAVELLER);
        match t.kind {
            Kind::Cap if t.flags & (GIVEN | COMMON) == GIVEN => {
                travels || t.flags & PLACE == 0 && opens_with_word(after, AUXILIARIES)
            }
            Kind::Cap => travels && self.unknown_given(text, t),
            Kind::CasedScript => travels && t.flags & PLACE == 0,
            _ => false,
        }
    }

    /// A capitalised word in no list, the English one included, that reads as a given
    /// name the dictionaries lack: letters only, in title case (no `QuRT`, no
    /// compound `Kraków–San`), and no English ending (`Tuned`, `Pending`).
    fn unknown_given(&self, text: &str, t: &Token) -> bool {
        let w = &text[t.start..t.end];
        t.flags == 0
            && !self.is_english(w)
            && t.kind == Kind::Cap
            && w.len() >= 3
            && (w.chars()
                .skip(1)
                .all(|c| c.is_alphabetic() && !c.is_uppercase())
                // (a name in capitals read as title case: see `capitals_island`)
                || w.chars().all(char::is_uppercase))
            && !["ed", "ing", "ly", "tion", "ment", "ness"].iter().any(|e| {
                // an English word with an ending (`Pending`, `Tuned`), not a name
                // that happens to end so (`Xiuying`, `Ahmed`)
                w.strip_suffix(e).is_some_and(|stem| {
                    stem.len() < 3 || self.is_english(stem) || self.is_english(&format!("{stem}e"))
                })
            })
    }

    /// A surname in capitals before the given name, as lists, manifests and rooming
    /// lists write them (`HECKER Lena - single`, `DUPONT Jean, MARTIN Claire`),
    /// opening a line, sentence or list entry and ending it: a known surname that is
    /// no word before a given name, or a word in no list before a known given name.
    fn capital_surname_first(&self, text: &str, run: &[Token]) -> bool {
        if run.len() != 2 {
            return false;
        }
        let (last, first) = (&run[0], &run[1]);
        let word = &text[last.start..last.end];
        let letters = word.chars().count();
        // a surname that is a word too (`YOUNG Sam - single`, `BROWN Steven -
        // double`): before a given name that is no word, opening its line, with a
        // dash after
        let word_surname = last.flags & (SURNAME | STOP | ORG | TITLE | LABEL | GREETING)
            == SURNAME
            && first.flags & (GIVEN | COMMON | STOP | PLACE | ORG) == GIVEN
            && (last.start == 0 || text[..last.start].ends_with('\n'))
            && [" - ", " – ", " — "]
                .iter()
                .any(|w| text[first.end..].starts_with(w));
        last.kind == Kind::Upper
            && first.kind == Kind::Cap
            && letters >= 2
            && last.flags & (STOP | ORG | TITLE | LABEL | GREETING) == 0
            && (last.flags & COMMON == 0 || word_surname)
            // (a surname that is a town's too before a known given name: `LOPEZ
            // Narcisa - double`, not `LONDON Heathrow - 3 flights`)
            && (last.flags & PLACE == 0 || last.flags & SURNAME != 0 && first.flags & GIVEN != 0)
            && first.flags & (COMMON | STOP | PLACE | ORG | TITLE | LABEL) == 0
            && (last.sentence_start
                || last.comma_before
                || self.after_line_marker(text, last.start))
            && !matches!(word, "AM" | "PM")
            && (word_surname || !self.is_english(word))
            // (with a vowel: no acronym, `FYI`)
            && word.chars().any(|c| matches!(c, 'A' | 'E' | 'I' | 'O' | 'U') || !c.is_ascii())
            && (last.flags & SURNAME != 0
                && (first.flags & GIVEN != 0 || self.unknown_given(text, first))
                || first.flags & GIVEN != 0 && letters >= 3)
            // an entry, not a sentence: a separator or the line end follows (not `CEO
            // Anna will join`)
            && {
                let after = &text[first.end..];
                after.is_empty()
                    || after.starts_with([',', ';', ':', '\n', '\r', '\t'])
                    || [" -", " –", " —", " (", " /", " |"].iter().any(|w| after.starts_with(w))
            }
    }

    /// Two or more capitalised words that all occur in one e-mail address of the text
    /// (`Nitesh Chahal <nitesh.chahal@…>`) are that person's name.
    /// A mail display name: the run stands right before `<local@…>` and its given
    /// name or surname is in the local part (`Mats Gustafsson <m.gustafsson@…>`,
    /// `Heather Berry <hberry@…>`), which a hotel or desk name seldom is (`Park Inn
    /// <reservations@…>`).
    fn display_name(&self, text: &str, run: &[Token]) -> bool {
        let Some(addr) = text[run[run.len() - 1].end..].strip_prefix(" <") else {
            return false;
        };
        let Some(local) = addr.split_once('@').map(|(l, _)| l) else {
            return false;
        };
        if !(2..=4).contains(&run.len())
            || local.len() > 64
            || local.contains([' ', '<', '>'])
            || run.iter().any(|t| {
                // (particles inside: `Saar van den Wittenboer <…>`)
                let particle = t.kind == Kind::Lower && t.flags & PARTICLE != 0;
                !particle
                    && (!matches!(t.kind, Kind::Cap | Kind::Initial | Kind::Upper)
                        || t.flags & (STOP | ORG | TITLE | LABEL) != 0)
            })
            || run[0].kind == Kind::Lower
            || run[run.len() - 1].kind == Kind::Lower
            || run.iter().all(|t| t.flags & PLACE != 0)
        {
            return false;
        }
        // a mail client's quoted-reply line names the person who wrote:
        // `On Tue, 3 Mar 2026 at 09:14, Pomponio Sokolov <…@…> wrote:`; so does a
        // mail header's line (`From: Hector Smith <alisha86@…>`, `To: A <…>, B <…>`)
        // (looked at only when nothing else vouches for the name)
        let wrote = || {
            addr.split_once('>')
                .is_some_and(|(_, rest)| WROTE.iter().any(|w| rest.starts_with(w)))
                || {
                    let head = &text[line_start(text, run[0].start)..run[0].start];
                    // (and a meeting's: `Attendees: A <…>; B <…>`, as Outlook parts them)
                    [
                        "From: ",
                        "To: ",
                        "Cc: ",
                        "CC: ",
                        "Bcc: ",
                        "Reply-To: ",
                        "Attendees: ",
                        "Participants: ",
                        "Organizer: ",
                        "Organiser: ",
                        "Required: ",
                        "Optional: ",
                    ]
                    .iter()
                    .any(|h| head.starts_with(h))
                        && (head.len() <= 14 || head.ends_with(">, ") || head.ends_with(">; "))
                }
        };
        let local = local.to_lowercase();
        let word = |t: &Token| folded(&text[t.start..t.end]);
        // every word a name, or at least no English word (`Concur Notifications
        // <notifications@…>`, `Expense Bot <expensebot@…>`)
        let name_word = |t: &Token| {
            t.kind == Kind::Initial
                || t.kind == Kind::Lower && t.flags & PARTICLE != 0
                || t.flags & (GIVEN | SURNAME) != 0
                || !self.is_english(&word(t))
        };
        // and the address spells one of them, or one end is a known name and the
        // other no English word (`Adora Cantero <mayolenrique@…>`)
        let last = &run[run.len() - 1];
        let no_word = |t: &Token| t.flags & (COMMON | STOP) == 0 && !self.is_english(&word(t));
        let known = run[0].flags & GIVEN != 0 && no_word(last)
            || last.flags & SURNAME != 0 && no_word(&run[0]);
        run.iter().all(name_word)
            && (known
                || [&run[0], last].iter().any(|t| {
                    let w = word(t);
                    w.chars().count() >= 3 && local.contains(w.as_str())
                })
                || wrote())
    }

    fn in_email(&self, text: &str, run: &[Token], emails: Emails<'_>) -> bool {
        // (in capitals too: `NITESH CHAHAL <nitesh.chahal@…>`)
        let long = |t: &&Token| matches!(t.kind, Kind::Cap | Kind::Upper) && t.end - t.start >= 3;
        let long_caps = run.iter().filter(long).count();
        if emails.spans.is_empty() || long_caps < 2 {
            return false;
        }
        let words: Vec<String> = run
            .iter()
            .filter(long)
            .map(|t| folded(&text[t.start..t.end]))
            .collect();
        // every word, or the given name's initial and the surname (`c.tenorio`,
        // `jsmith`) when both are no ordinary words
        let rare = run
            .iter()
            .all(|t| t.flags & (COMMON | STOP | PLACE | ORG) == 0);
        words.len() >= 2
            && emails.spans.iter().any(|&(s, e)| {
                let local = &emails.locals[s..e];
                let last = &words[words.len() - 1];
                words.iter().filter(|w| local.contains(w.as_str())).count() >= 2
                    || (rare
                        && last.len() >= 4
                        && words[0].chars().next() == local.chars().next()
                        && local.contains(last.as_str()))
            })
    }

    /// A list entry that opens with a name and a dash (`• Galasso Donati — still in
    /// transit`) or a separator (`Bimala Pau; single`), a field between dashes
    /// (`42.00 EUR - Davi Mendonça - card`), or a timeline's entry after
    /// its time and a dash (`09:12 UTC — Faras Wali reported the outage; 09:20 UTC —
    /// …`): a known name (many given names are
    /// among the surnames) or a word in no list, then a word in no list or, when no
    /// word is an ordinary one, a known name (not `- Grace Period — 30 days`, `- Mark
    /// Down - sale`).
    fn dash_entry(&self, text: &str, run: &[Token], name_words: &dyn Fn(&[Token]) -> bool) -> bool {
        let last = &run[run.len() - 1];
        let weak = |t: &Token| t.flags & (COMMON | STOP) != 0;
        let unknown = |t: &Token| t.flags & (GIVEN | SURNAME) == 0 && self.no_word(text, t);
        let given = self.name_or_unknown(text, &run[0]);
        let before = &text[..run[0].start];
        // (the entry's name in bold or italics: `- **Natasza Droś** — arrives 13:05`)
        let bare = before.trim_end_matches(['*', '_']);
        let emphasis = before.len() - bare.len();
        let bulleted = DASHES.iter().any(|d| {
            text[last.end..]
                .trim_start_matches(['*', '_'])
                .starts_with(d)
        }) && (emphasis == 0 || text[last.end..].starts_with(&before[bare.len()..]))
            && bare.ends_with(' ')
            && self.after_line_marker(text, run[0].start - emphasis)
            && bare.rsplit('\n').next().is_some_and(|l| {
                let l = l.trim_start();
                // a bullet, or an entry number: `1) Tola Grund — window seat`
                l.starts_with(['•', '-', '*', '·'])
                    || l.trim_start_matches(|c: char| c.is_ascii_digit())
                        .starts_with(['.', ')'])
                        && l.starts_with(|c: char| c.is_ascii_digit())
            });
        // in capitals where the words vouch for a name (`1) TOLA GRUND — aisle` amid
        // cased entries: see `name_words`)
        let upper = || run.iter().all(|t| t.kind == Kind::Upper) && name_words(run);
        // or the first field of a row in `;` or tab separated lines (`Bimala Pau;
        // single; 3 nights`)
        let row = || {
            text[last.end..].starts_with([';', '\t'])
                && line_start(text, run[0].start) == run[0].start
        };
        // or a field between dashes (`Taxi 42.00 EUR - Davi Mendonça - card ending
        // 4242`, `… 212.00 EUR - Thales Pereira`)
        let fielded = || {
            let after = &text[last.end..];
            DASHES.iter().any(|d| before.ends_with(d))
                && (after.is_empty()
                    || after.starts_with(['\n', '\r'])
                    || DASHES.iter().any(|d| after.starts_with(d)))
        };
        (2..=3).contains(&run.len())
            && run.iter().all(|t| t.flags & (PLACE | ORG | STOP) == 0)
            && (run.iter().all(|t| t.kind == Kind::Cap) || upper())
            && given
            && (unknown(last) || !run.iter().any(weak) && last.flags & (SURNAME | GIVEN) != 0)
            && (bulleted || after_timed_dash(before) || row() || fielded())
    }

    /// Whether only a list marker, a `[channel]` tag or a time of day stands between
    /// the line start and `at` (`- 3:05 PM Sole Parri:`, `[ops-chat] Senna:`).
    /// Where the text says a run names something other than a person: after a
    /// heading of a firm or venue (`Affected account: Oliver Wyman`), between `the`
    /// and the noun it qualifies (`The Morgan Lewis contract renews`), or in a table
    /// column headed by one (`| Vendor |` over `| Tory Burch |`).
    fn not_a_person_here(&self, text: &str, toks: &[Token], a: usize, b: usize) -> bool {
        let word = |t: &Token| &text[t.start..t.end];
        let the = |t: &Token| matches!(word(t), "the" | "The");
        // a key before its `=`: an XML attribute or an assignment (`<Passenger
        // GivenName="…"`), whatever label stands before it
        if text[toks[b - 1].end..].starts_with('=') {
            return true;
        }
        if a > 0 {
            let p = &toks[a - 1];
            let gap = &text[p.end..toks[a].start];
            if matches!(gap, ": " | " : ")
                && NOT_PERSON_HEADINGS
                    .iter()
                    .any(|w| word(p).eq_ignore_ascii_case(w))
            {
                return true;
            }
            // a firm's name in quotes after its legal form: `ООО «Тарасова Сергеева»`,
            // `GmbH „Weber“`
            if matches!(gap, " «" | "«" | " \"" | " „") && p.flags & ORG != 0 {
                return true;
            }
        }
        // (`The` opening a sentence joins the run: `The Eli Lilly contract`)
        let after_the = a > 0 && the(&toks[a - 1]) && text[toks[a - 1].end..toks[a].start] == *" "
            || b - a >= 2 && the(&toks[a]);
        let next = toks
            .get(b)
            .filter(|n| text[toks[b - 1].end..n.start] == *" ");
        if after_the
            && next.is_some_and(|n| {
                n.kind == Kind::Lower
                    && !n.possessive
                    && !KIN_NOUNS.contains(&word(n))
                    && (n.flags & (PARTICLE | STOP) == 0 || SITES.contains(&word(n)))
            })
        {
            return true;
        }
        in_firm_column(text, toks[a].start, toks[b - 1].end) || in_firm_list(text, toks[a].start)
    }

    fn after_line_marker(&self, text: &str, at: usize) -> bool {
        let line = line_start(text, at);
        at - line <= 64 && self.line_marker.is_match(&text[line..at])
    }

    fn is_place_run(&self, text: &str, run: &[Token]) -> bool {
        let s = &text[run[0].start..run[run.len() - 1].end];
        self.places.contains(&s.to_lowercase())
    }

    /// Whether `s` names a place: a known multi-word place, or one word that is one.
    fn is_place_text(&self, s: &str) -> bool {
        let lower = s.to_lowercase();
        self.places.contains(&lower)
            || !s.contains(' ') && self.flags_of(s, &mut String::new()) & PLACE != 0
    }

    /// Two places joined by a dash, a route (`Hong Kong–Los Angeles`, `Denver–Houston`;
    /// the view has the dash folded to `-`, inside one token): one side a place of
    /// several words, or both sides places of one. A double-barrelled name whose
    /// one half is a town stays a name (`Paris-Smith`).
    fn is_route(&self, text: &str, run: &[Token]) -> bool {
        let (from, to) = (run[0].start, run[run.len() - 1].end);
        run.iter().any(|t| {
            let Some(d) = text[t.start..t.end].find('-') else {
                return false;
            };
            let (left, right) = (&text[from..t.start + d], &text[t.start + d + 1..to]);
            let (l, r) = (self.is_place_text(left), self.is_place_text(right));
            (l && (r || left.contains(' '))) || (r && right.contains(' '))
        })
    }

    /// A run ending in a word that ends place names (`Jackson Heights`, `Beverly Hills`).
    fn ends_in_place_word(&self, text: &str, run: &[Token]) -> bool {
        let last = &run[run.len() - 1];
        run.len() >= 2
            && last.kind == Kind::Cap
            && self
                .place_words
                .contains(&text[last.start..last.end].to_lowercase())
    }

    /// CJK and Arabic-script runs. In the prompts this gateway sees (mostly Latin
    /// text), a short run in these scripts is most often a name.
    fn decide_script(
        &self,
        text: &str,
        toks: &[Token],
        a: usize,
        b: usize,
        anchored: bool,
        out: &mut Vec<Finding>,
    ) {
        let Some(rule) = self.rules.script else {
            return;
        };
        let kind = toks[a].kind;
        if toks[a..b]
            .iter()
            .any(|t| t.kind != kind || t.flags & (STOP | LABEL) != 0)
        {
            return;
        }
        let start = toks[a].start;
        let mut end = toks[b - 1].end;
        if kind == Kind::Cjk && cjk_firm(&text[start..end]) {
            return;
        }
        // A word of two scripts is a made-up place or brand, no name (`مطاوعville`,
        // `أروىport`), and so is a run after a town's own first word (`Lake وجيه`,
        // `Ticket office East واثق`, `Port ميرال`)
        if kind == Kind::Uncased
            && (text[start..end].bytes().any(|c| c.is_ascii_alphabetic())
                || a > 0
                    && toks[a].joined
                    && TOWN_OPENERS.contains(&&text[toks[a - 1].start..toks[a - 1].end]))
        {
            return;
        }
        if kind == Kind::Cjk && self.cjk_honorific_names(text, start, end, rule, out) {
            return;
        }
        if kind == Kind::Cjk {
            let mut s = &text[start..end];
            for honorific in ["様", "さん", "氏", "先生", "君", "ちゃん"] {
                if let Some(t) = s.strip_suffix(honorific) {
                    s = t;
                    end = start + s.len();
                }
            }
            let chars = s.chars().filter(|c| !c.is_whitespace()).count();
            if !((if anchored { 1 } else { 2 })..=6).contains(&chars) || b - a > 2 {
                return;
            }
            // hiragana alone is grammar (`です`, `ください`), no name, unless a label
            // or title stands before it
            if !anchored && s.chars().all(|c| ('\u{3040}'..='\u{309F}').contains(&c)) {
                return;
            }
            // administrative words make it an address, not a name — after its first
            // character, which may be a surname that is written the same (丁 Ding,
            // 路 Lu, 区 Ou: `Mr. 丁's lap`); 丁 only as 丁目
            if s.contains("丁目")
                || s.chars().skip(1).any(|c| {
                    matches!(
                        c,
                        '都' | '県' | '县' | '郡' | '府' | '市' | '区' | '番' | '号' | '路' | '街'
                            | '省'
                    )
                })
                // (a town or village ends a longer run, `新島村`, `長生郡睦沢町`; two
                // characters are as often a surname, `中村`, `大町`)
                || s.rsplit(' ').next().is_some_and(|w| {
                    w.chars().count() >= 3 && w.ends_with(['町', '村'])
                })
                // a month: `二月`, `十二月`
                || s.strip_suffix('月').is_some_and(|n| {
                    !n.is_empty() && n.chars().all(|c| "一二三四五六七八九十".contains(c))
                })
            {
                return;
            }
            if s.chars().any(|c| {
                matches!(
                    c,
                    'の' | 'は' | 'を' | 'に' | 'が' | 'で' | 'と' | 'も' | 'へ'
                )
            }) && chars > 3
            {
                return;
            }
        } else if b - a > if anchored { 8 } else { 4 }
            // one letter is no name: it is a word spelled one letter at a time
            // (`ا.ل.خ.ا.ل.د.ي`)
            || text[start..end].chars().nth(1).is_none()
        {
            // (Arabic names with their lineage run long: `طائع بنو الأحمر بن الحارث`)
            return;
        }
        out.push(Finding {
            entity: Entity::Person,
            start,
            end,
            rule,
            score: 70,
        });
    }

    /// Names before a Japanese honorific inside a longer run of CJK text, which has
    /// no spaces (`田中太郎様のご予約`): the 2 to 4 Han or katakana characters right
    /// before `様`, `さん`, `氏`, `先生`, `君`. One character is a word (`お客様`,
    /// `皆様`). True when one was found.
    fn cjk_honorific_names(
        &self,
        text: &str,
        start: usize,
        end: usize,
        rule: RuleIdx,
        out: &mut Vec<Finding>,
    ) -> bool {
        let run = &text[start..end];
        let name_char = |c: char| {
            let cp = c as u32;
            (0x4E00..=0x9FFF).contains(&cp) || (0x30A0..=0x30FF).contains(&cp) || cp == 0x3005
        };
        let mut found = false;
        for honorific in ["様", "さん", "氏", "先生", "君"] {
            for (at, _) in run.match_indices(honorific) {
                let before = &run[..at];
                let chars = before.chars().rev().take_while(|&c| name_char(c)).count();
                if !(2..=4).contains(&chars) {
                    continue;
                }
                let len: usize = before.chars().rev().take(chars).map(char::len_utf8).sum();
                out.push(Finding {
                    entity: Entity::Person,
                    start: start + at - len,
                    end: start + at,
                    rule,
                    score: 70,
                });
                found = true;
            }
        }
        found
    }

    /// `Novak, Anna` in lists: a capitalised surname, `, `, a known given name.
    fn last_first(
        &self,
        text: &str,
        scratch: &PersonScratch,
        rule: RuleIdx,
        out: &mut Vec<Finding>,
    ) {
        let toks = &scratch.tokens;
        for k in 1..toks.len() {
            let g = &toks[k];
            let s = &toks[k - 1];
            // Cyrillic and Greek entries too (`- Беспалов, Симон: e-ticket …`), which
            // no dictionary covers: they must end the entry (see `ends_entry`)
            // (the surname in capitals too: `Traveler: ВОРОНЦОВА, Аскольд`)
            let script = g.kind == Kind::CasedScript
                && (s.kind == Kind::CasedScript
                    || s.kind == Kind::Upper && !text[s.start..s.end].is_ascii())
                // and Chinese or Japanese ones of a short surname and given name
                // (`Room 1412 – 胡, 玉华 (arr 03/03)`)
                || [s, g].iter().all(|t| {
                    t.kind == Kind::Cjk && text[t.start..t.end].chars().count() <= 2
                });
            // and entries in capitals (`- WALKER, KENNETH: e-ticket …`): a known
            // surname and given name, and the entry must end after them
            // (or one of them known and neither an ordinary word: `- MOL, OLIVIA:`,
            // `Traveler: CHAKRABORTY, GARIMA`)
            // (and in an entry that ends at a colon right after them, each a known
            // name or a word in no list, not both ordinary words: `- SCHULTEN,
            // SENNA: e-ticket …`)
            let upper = g.kind == Kind::Upper
                && s.kind == Kind::Upper
                && (g.flags & GIVEN != 0 && s.flags & SURNAME != 0
                    || (g.flags & GIVEN != 0 || s.flags & SURNAME != 0)
                        && (g.flags | s.flags) & (COMMON | STOP) == 0
                    || g.colon_after
                        && [g, s].iter().all(|t| {
                            t.flags & (STOP | PLACE | ORG) == 0
                                && (t.flags & (GIVEN | SURNAME) != 0
                                    || t.flags == 0
                                        && t.end - t.start >= 4
                                        && !self.is_english(&text[t.start..t.end]))
                        })
                        && (g.flags & s.flags & COMMON == 0))
                // (a town and its airport are no name: `- LONDON, HEATHROW:`)
                && (s.flags & PLACE == 0 || g.flags & (GIVEN | PLACE) == GIVEN);
            if !g.comma_before
                || !(g.kind == Kind::Cap || script || upper)
                || g.flags & (STOP | ORG | LABEL | TITLE) != 0
            {
                continue;
            }
            // right after a label, even a surname that is a stop word (`Traveler:
            // May, Carol`)
            let after_label = k >= 2 && toks[k - 2].flags & LABEL != 0 && toks[k - 2].colon_after;
            // or in an entry that ends right after a known given name (`- West, Zoe:
            // e-ticket …`)
            let entry = g.colon_after && g.flags & (GIVEN | STOP) == GIVEN;
            // (never a greeting or sign-off: `Thanks, Björn`)
            let stop = if (after_label || entry) && g.flags & GIVEN != 0 {
                ORG | LABEL | TITLE | GREETING | SIGNOFF
            } else {
                STOP | ORG | LABEL | TITLE | GREETING | SIGNOFF
            };
            // the surname may be in capitals (`O'SULLIVAN, Siobhan`) before a known
            // given name, or after a label before any (`Traveler: VARKEY, Vedant`)
            let surname_kind = s.kind == Kind::Cap
                || (s.kind == Kind::Upper
                    && (g.flags & GIVEN != 0 || after_label && self.unknown_given(text, g)))
                || upper
                || script;
            if !surname_kind
                || s.flags & stop != 0
                || (s.flags & PLACE != 0 && s.flags & SURNAME == 0)
            {
                continue;
            }
            // the surname may start with particles: `van der Noot, Lot` (`VAN DER
            // NOOT, LOT` in capitals)
            let mut first = k - 1;
            while first > 0
                && toks[first].joined
                && (matches!(toks[first - 1].kind, Kind::Lower | Kind::Cap)
                    || toks[first - 1].kind == s.kind && s.kind == Kind::Upper)
                && toks[first - 1].flags & PARTICLE != 0
            {
                first -= 1;
            }
            if first > 0
                && toks[first].joined
                && toks[first - 1].kind == Kind::Cap
                && toks[first - 1].flags & (STOP | ORG | LABEL | TITLE | GREETING) == 0
            {
                first -= 1;
            }
            let lead = &toks[first];
            // (or anywhere, before what only a person has: `check if Campos, Liam
            // (passport C85094307) is on the manifest`)
            let starts_entry = lead.sentence_start
                || (first > 0 && toks[first - 1].flags & LABEL != 0 && toks[first - 1].colon_after)
                || person_fact_follows(&text[g.end..]);
            if !starts_entry {
                continue;
            }
            // the given names may run on, with a middle initial
            let mut end = g.end;
            let mut m = k + 1;
            while m < toks.len()
                && m <= k + 2
                && toks[m].joined
                && matches!(toks[m].kind, Kind::Cap | Kind::Initial)
                && toks[m].flags & (STOP | ORG) == 0
            {
                end = toks[m].end;
                m += 1;
            }
            // a known given name, or the entry ends right after it (`- Basu, Janani:`)
            // (or before a parenthesis, as in a rooming list: `– Hulskes, Nout (arr 03/03)`,
            // or where a quoted cell holds it: `"Rastogi, Dalaja";"…"`)
            let quoted = text[end..].starts_with('"') && text[..lead.start].ends_with('"');
            let ends_entry = text[end..].starts_with([':', ';', '\n'])
                || text[end..].starts_with(" (")
                || quoted
                || end == text.len();
            if (g.flags & GIVEN == 0 || upper) && !ends_entry {
                continue;
            }
            // a firm named after its partners: `Hicks, Cole and Hammond Holdings`
            if let Some(t) = toks.get(m + 1).filter(|_| text[end..].starts_with(" and ")) {
                let firm = toks
                    .get(m + 2)
                    .is_some_and(|o| o.joined && o.flags & ORG != 0)
                    || legal_form_follows(&text[t.end..]);
                if t.kind == Kind::Cap && t.joined && firm {
                    continue;
                }
                // and three surnames alone, the firm's own name (`Banerjee, Mannan and
                // Chauhan`, `Graham, Carter and Nixon in …`; not `Novak, Anna and Tom
                // will fly`, nor `West, Zoe and Smith, John`)
                let alone = !toks
                    .get(m + 2)
                    .is_some_and(|o| o.joined && matches!(o.kind, Kind::Cap | Kind::Upper))
                    && !text[t.end..].starts_with([',', ':']);
                if t.kind == Kind::Cap && t.joined && alone && t.flags & (GIVEN | STOP | PLACE) == 0
                {
                    continue;
                }
            }
            // two towns in a row are a list of places unless they make up the whole
            // entry (`Paris, Florence and Victoria were the top destinations`)
            if s.flags & PLACE != 0 && g.flags & PLACE != 0 && !ends_entry {
                continue;
            }
            let start = lead.start;
            // above a labeled or dictionary run (75, 70), which would otherwise win
            // the overlap with its first word alone and leave the given name out
            out.push(Finding {
                entity: Entity::Person,
                start,
                end,
                rule,
                score: 80,
            });
        }
    }

    /// A GDS name written in title case with no title, as a ticket's or a booking's
    /// name field shows it (`it says Hövel/Sönke but the passport reads …`): a known
    /// surname before the slash and a known given name after it, one of them perhaps a
    /// word in no list; no town, firm or ordinary word (not `Terms/Conditions`,
    /// `Berlin/Brandenburg`).
    fn slash_names(
        &self,
        text: &str,
        scratch: &PersonScratch,
        rule: RuleIdx,
        out: &mut Vec<Finding>,
    ) {
        let toks = &scratch.tokens;
        let b = text.as_bytes();
        for (i, w) in toks.windows(2).enumerate() {
            let (sur, giv) = (&w[0], &w[1]);
            if text[sur.end..giv.start] != *"/" || sur.kind != Kind::Cap || giv.kind != Kind::Cap {
                continue;
            }
            // a name field of its own, no part of a longer name (`Hartsfield/Jackson
            // Atlanta International Airport`, `George Bush Intcntl/Houston Airport`)
            let capitalised = |t: &Token| matches!(t.kind, Kind::Cap | Kind::Upper);
            if toks.get(i + 2).is_some_and(|n| n.joined && capitalised(n))
                || sur.joined && i > 0 && capitalised(&toks[i - 1])
            {
                continue;
            }
            // alone, not a path or a list of options (`a/B/C`, `/Users/Anna`)
            let before = sur.start.checked_sub(1).map(|i| b[i]);
            let after = b.get(giv.end).copied();
            if before.is_some_and(|c| c == b'/' || c == b'.' || c.is_ascii_alphanumeric())
                || after.is_some_and(|c| {
                    c == b'/'
                        || c == b'.' && b.get(giv.end + 1).is_some_and(u8::is_ascii_alphanumeric)
                })
            {
                continue;
            }
            // (a town's name too on one side at most: `Butler/Kayleigh`, not
            // `London/Paris`)
            if sur.flags & giv.flags & PLACE != 0 {
                continue;
            }
            let other = STOP | ORG | LABEL | TITLE;
            let known_given = giv.flags & (GIVEN | COMMON | other) == GIVEN;
            let known_surname = sur.flags & (SURNAME | other) == SURNAME;
            // (one side may be a word in no list: `Hövel/Sönke`, `Butler/Kayleigh`)
            if known_given && (known_surname || self.unknown_given(text, sur))
                || known_surname && self.unknown_given(text, giv)
            {
                push_name(out, Some(rule), sur.start, giv.end, 80);
            }
        }
    }

    /// GDS `NOVAK/ANNA MRS` and `NOVAK/ANNAMRS`: the title stays outside the span.
    fn gds_names(
        &self,
        text: &str,
        scratch: &mut PersonScratch,
        rule: RuleIdx,
        out: &mut Vec<Finding>,
    ) {
        // (every GDS name holds a `/`: a text without one is skipped whole)
        if memchr::memchr(b'/', text.as_bytes()).is_none() {
            return;
        }
        // (a `/` with a title after it on its line: most texts have none, so the
        // cased form is searched only where one stands; ` MR` covers ` MRS`)
        let titled = memchr::memchr_iter(b'/', text.as_bytes()).any(|p| {
            let rest = &text.as_bytes()[p..text.len().min(p + 120)];
            let line = rest.split(|&c| c == b'\n').next().unwrap_or(rest);
            line.windows(3).any(|w| {
                w[0] == b' '
                    && matches!(
                        &w[1..],
                        b"MR" | b"MS" | b"MI" | b"DR" | b"CH" | b"IN" | b"PR" | b"MX"
                    )
            })
        });
        if titled {
            for c in self.gds_cased.captures_iter(text) {
                let (sur, giv) = (c.get(1).unwrap(), c.get(2).unwrap());
                // (`Terms/Conditions MS Word`: a title ends the name field, no
                // capitalised word follows it)
                let rest = &text[c.get(0).unwrap().end()..];
                let mut next = rest.strip_prefix(' ').unwrap_or("").chars();
                if next.next().is_some_and(char::is_uppercase)
                    && next.next().is_some_and(char::is_lowercase)
                {
                    continue;
                }
                // the upper-case form below takes names in ASCII capitals (this one
                // takes other scripts' capitals, `1.1ИСАКОВ/ОКТЯБРИНА MR`)
                if !text[sur.start()..giv.end()].chars().any(char::is_lowercase)
                    && sur.as_str().is_ascii()
                    && giv.as_str().is_ascii()
                {
                    continue;
                }
                out.push(Finding {
                    entity: Entity::Person,
                    start: sur.start(),
                    end: giv.end(),
                    rule,
                    score: 85,
                });
            }
        }
        let lower = &mut scratch.lower;
        for c in self.gds.captures_iter(text) {
            let (m, sur, giv) = (c.get(0).unwrap(), c.get(1).unwrap(), c.get(2).unwrap());
            let mut given_end = giv.end();
            let mut words: Vec<&str> = giv.as_str().split(' ').collect();
            if text[m.end()..].starts_with(|ch: char| ch.is_alphanumeric() || ch == '/') {
                // the last word runs on into a code (`M1ERIKSSON/CHARLOTTA EVO59EB`: a
                // boarding pass's `E` and PNR): the words before it are the name
                if words.len() < 2 || text[m.end()..].starts_with('/') {
                    continue;
                }
                let last = words.pop().unwrap();
                given_end -= last.len() + 1;
            }
            // a boarding pass whose locator has no digit: the `E` and locator and the
            // airports and carrier read as more given names (`M1GODARD/VIRGINIE
            // EPQILGH FRAJFKLH 0400`)
            let bcbp = text.as_bytes()[m.start()] == b'M'
                && text
                    .as_bytes()
                    .get(m.start() + 1)
                    .is_some_and(|c| (b'1'..=b'4').contains(c));
            if bcbp && words.len() > 2 && words[words.len() - 1].len() == 8 {
                let pnr = words[words.len() - 2];
                if pnr.starts_with('E') && (6..=8).contains(&pnr.len()) {
                    given_end -= words[words.len() - 1].len() + pnr.len() + 2;
                    words.truncate(words.len() - 2);
                }
            }
            // fare basis codes share the shape (`Fare basis QGWCL and VAY/IN remain valid`)
            let before = &text.as_bytes()[m.start().saturating_sub(48)..m.start()];
            if before
                .windows(10)
                .any(|w| w.eq_ignore_ascii_case(b"fare basis"))
            {
                continue;
            }
            while words.len() > 1 && self.gds_titles.iter().any(|t| t == words[words.len() - 1]) {
                let last = words.pop().unwrap();
                given_end -= last.len() + 1;
            }
            let first_given = words[0];
            let gflags = self.flags_of(first_given, lower);
            let mut gflags_final = gflags;
            if words.len() == 1 && gflags & GIVEN == 0 {
                for t in &self.gds_titles {
                    if let Some(stem) = first_given.strip_suffix(t.as_str()) {
                        let f = self.flags_of(stem, lower);
                        if stem.len() >= 2 && (f & GIVEN != 0 || t.len() >= 3) {
                            given_end -= t.len();
                            gflags_final = f;
                            break;
                        }
                    }
                }
            }
            let sflags = self.flags_of(sur.as_str(), lower);
            let given_len = given_end - giv.start();
            let dict = gflags_final & GIVEN != 0 || sflags & SURNAME != 0;
            let iata_pair = sur.as_str().len() == 3 && given_len == 3;
            let long_enough = given_len >= 3 && sur.as_str().len() >= 3;
            if given_len < 2
                || !(dict || long_enough)
                || (iata_pair && !(gflags_final & GIVEN != 0 && sflags & SURNAME != 0))
            {
                continue;
            }
            if given_len < 3 && sflags & SURNAME == 0 {
                continue;
            }
            // ordinary words on both sides that are no names, and no title after
            // them (`FOR REISSUE/REVALIDATION` in a fare rule, `ORIGIN/DESTINATION`;
            // but `SIRE/KICK MR`, `HOVEL/MARIT`)
            // (or an English word's ending: `REVALIDATION`)
            let wordy = |w: &str| {
                self.is_english(w)
                    || ["TION", "MENT", "NESS", "ING", "ITY"]
                        .iter()
                        .any(|e| w.len() > e.len() + 2 && w.ends_with(e))
            };
            if given_end == giv.end()
                && sflags & SURNAME == 0
                && gflags_final & GIVEN == 0
                && wordy(sur.as_str())
                && wordy(&text[giv.start()..given_end])
            {
                continue;
            }
            // a two-word surname (`GARCIA LOPEZ/MARIA`): the capitals word before it
            // joins when it is a surname too
            let mut start = sur.start();
            if let Some(before) = text[..start].strip_suffix(' ') {
                let word = before
                    .rsplit(|c: char| !c.is_ascii_uppercase())
                    .next()
                    .unwrap_or("");
                let glued = before[..before.len() - word.len()]
                    .chars()
                    .next_back()
                    .is_some_and(char::is_alphanumeric);
                let f = self.flags_of(word, lower);
                if word.len() >= 2
                    && !glued
                    && f & SURNAME != 0
                    && f & (STOP | COMMON | TITLE | LABEL) == 0
                {
                    start -= word.len() + 1;
                }
            }
            out.push(Finding {
                entity: Entity::Person,
                start,
                end: given_end,
                rule,
                score: 85,
            });
        }
    }

    /// A token equal to part of a name already found elsewhere in the text.
    fn coreference(
        &self,
        text: &str,
        scratch: &mut PersonScratch,
        from: usize,
        rule: RuleIdx,
        out: &mut Vec<Finding>,
    ) {
        let PersonScratch {
            tokens,
            names,
            lower,
            ..
        } = scratch;
        names.clear();
        // the spans of the names found, sorted: tokens (sorted by start) inside each
        // are found by binary search, not by a walk over all tokens per name
        let mut spans: Vec<(usize, usize)> = out[from..].iter().map(|f| (f.start, f.end)).collect();
        spans.sort_unstable();
        for &(fs, fe) in &spans {
            let first = tokens.partition_point(|t| t.start < fs);
            for t in tokens[first..].iter().take_while(|t| t.start < fe) {
                let w = &text[t.start..t.end];
                if t.end <= fe
                    && t.flags & (COMMON | STOP | PLACE | TITLE | LABEL) == 0
                    && w.chars().count() >= 3
                    && !matches!(t.kind, Kind::Initial | Kind::Lower)
                {
                    names.push(w.to_lowercase());
                }
            }
        }
        if names.is_empty() {
            return;
        }
        names.sort_unstable();
        names.dedup();
        // a token whose length or first letter no name has is no name: most tokens
        // are settled by these two bit tests, without lower-casing or a search
        let key = |w: &[u8]| {
            let first = match w[0] {
                c @ b'a'..=b'z' => c - b'a',
                c @ b'A'..=b'Z' => c - b'A',
                _ => 31,
            };
            (1u64 << w.len().min(63), 1u32 << first)
        };
        let (mut lens, mut firsts) = (0u64, 0u32);
        for n in names.iter() {
            let (l, f) = key(n.as_bytes());
            lens |= l;
            firsts |= f;
        }
        // the names found may overlap each other here: their union, disjoint and
        // sorted, answers "inside or across a found name" with one binary search
        spans.dedup_by(|next, prev| {
            let overlaps = next.0 < prev.1;
            if overlaps {
                prev.1 = prev.1.max(next.1);
            }
            overlaps
        });
        for t in tokens.iter() {
            if !matches!(
                t.kind,
                Kind::Cap | Kind::Upper | Kind::CasedScript | Kind::Cjk | Kind::Uncased
            ) {
                continue;
            }
            let w = &text[t.start..t.end];
            let (l, f) = key(w.as_bytes());
            // (lower-casing keeps an ASCII word's length; any other may change it)
            if (lens & l == 0 && w.is_ascii()) || firsts & f == 0 {
                continue;
            }
            let k = spans.partition_point(|&(s, _)| s < t.end);
            if k > 0 && spans[k - 1].1 > t.start {
                continue;
            }
            lower.clear();
            if w.is_ascii() {
                lower.push_str(w);
                lower.make_ascii_lowercase();
            } else {
                lower.extend(w.chars().flat_map(char::to_lowercase));
            }
            // a word of a firm's name is the firm's (`Johnson & Lee Engineering`)
            let firm = text[t.end..].starts_with(" &") || text[..t.start].ends_with("& ");
            if !firm && names.binary_search(lower).is_ok() {
                out.push(Finding {
                    entity: Entity::Person,
                    start: t.start,
                    end: t.end,
                    rule,
                    score: 65,
                });
            }
        }
    }
}

/// Folds the common Latin diacritics to their base letter (lower case input).
/// A word lower-cased and without accents, as e-mail local parts write names
/// (`Élisabeth` → `elisabeth`).
fn folded(word: &str) -> String {
    word.chars()
        .flat_map(char::to_lowercase)
        .map(fold_accent)
        .collect()
}

fn fold_accent(c: char) -> char {
    match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ą' | 'ă' => 'a',
        'ç' | 'ć' | 'č' => 'c',
        'è' | 'é' | 'ê' | 'ë' | 'ę' | 'ě' => 'e',
        'ì' | 'í' | 'î' | 'ï' => 'i',
        'ñ' | 'ń' | 'ň' => 'n',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ő' => 'o',
        'ù' | 'ú' | 'û' | 'ü' | 'ů' | 'ű' => 'u',
        'ý' | 'ÿ' => 'y',
        'ś' | 'š' | 'ș' | 'ş' => 's',
        'ź' | 'ż' | 'ž' => 'z',
        'ł' => 'l',
        'ř' => 'r',
        'ť' | 'ț' => 't',
        'ď' => 'd',
        _ => c,
    }
}

fn classify(word: &str) -> Kind {
    if word.is_ascii() {
        let w = word.as_bytes();
        return match w.first() {
            None => Kind::Other,
            Some(_) if w.iter().any(u8::is_ascii_digit) => Kind::Other,
            Some(f) if !f.is_ascii_uppercase() => Kind::Lower,
            Some(_) if w.len() == 1 => Kind::Initial,
            Some(_) if w.iter().any(u8::is_ascii_lowercase) => Kind::Cap,
            Some(_) => Kind::Upper,
        };
    }
    let mut chars = word.chars();
    let Some(first) = chars.next() else {
        return Kind::Other;
    };
    if word.chars().any(|c| c.is_numeric()) {
        return Kind::Other;
    }
    let cp = first as u32;
    if (0x3040..=0x30FF).contains(&cp)
        || (0x3400..=0x9FFF).contains(&cp)
        || (0xAC00..=0xD7AF).contains(&cp)
        || cp == 0x3005
    {
        return Kind::Cjk;
    }
    if (0x0590..=0x06FF).contains(&cp) || (0x0750..=0x077F).contains(&cp) {
        return Kind::Uncased;
    }
    let latin = cp < 0x250 || (0x1E00..=0x1EFF).contains(&cp);
    if !first.is_uppercase() {
        return Kind::Lower;
    }
    if !latin {
        return if word.chars().skip(1).any(char::is_lowercase) {
            Kind::CasedScript
        } else if word.chars().nth(1).is_some_and(char::is_uppercase) {
            // in capitals (`ВАРВАРА ДОРОНИНА`): as Latin capitals, a name only
            // where something vouches for it
            Kind::Upper
        } else {
            Kind::Other
        };
    }
    if word.chars().count() == 1 {
        return Kind::Initial;
    }
    if word.chars().all(|c| !c.is_lowercase()) {
        Kind::Upper
    } else {
        Kind::Cap
    }
}

fn name_like(t: &Token) -> bool {
    matches!(
        t.kind,
        Kind::Cap | Kind::Upper | Kind::Initial | Kind::CasedScript | Kind::Cjk | Kind::Uncased
    )
}

/// Reports a name, when the loaded pattern set has the recognizer rule that found it.
/// Words that open an Arabic tribe's or family's name (`بنو أمية`, `آل سعود`): an
/// entry opening with one is no given name and surname.
const ARABIC_TRIBE_WORDS: &[&str] = &[
    "بنو",
    "بني",
    "قبيلة",
    "أولاد",
    "اولاد",
    "ابو",
    "أبو",
    "آل",
    "بن",
];

/// Where the list starts when the Arabic entry `start..end` is one of three or more
/// joined by `, `, ` and ` or `, and `, one of them after an ` and `, where at most
/// one entry is a full name (two words or more, not opening with a tribe word).
fn arabic_firm_list(text: &str, start: usize, end: usize) -> Option<usize> {
    fn arabic(c: char) -> bool {
        matches!(c, '\u{0600}'..='\u{06FF}' | '\u{0750}'..='\u{077F}' | '\u{08A0}'..='\u{08FF}' | '-')
    }
    fn full_name(item: &str) -> bool {
        let mut words = item.split(' ');
        let first = words.next().unwrap_or("");
        words.next().is_some() && !ARABIC_TRIBE_WORDS.contains(&first)
    }
    const SEPARATORS: [&str; 3] = [", and ", ", ", " and "];
    // an entry: Arabic words with one space between
    let item_after = |at: usize| {
        let mut e = at;
        for (i, c) in text[at..].char_indices() {
            if arabic(c) || c == ' ' && text[at + i + 1..].starts_with(arabic) {
                e = at + i + c.len_utf8();
            } else {
                break;
            }
        }
        e
    };
    let item_before = |at: usize| {
        let mut s = at;
        for (i, c) in text[..at].char_indices().rev() {
            if arabic(c) || c == ' ' && text[..i].ends_with(arabic) {
                s = i;
            } else {
                break;
            }
        }
        s
    };
    let (mut count, mut full, mut and) = (1, full_name(&text[start..end]) as usize, false);
    let mut pos = end;
    while let Some(sep) = SEPARATORS.iter().find(|w| text[pos..].starts_with(**w)) {
        let e = item_after(pos + sep.len());
        if e == pos + sep.len() {
            break;
        }
        count += 1;
        full += full_name(&text[pos + sep.len()..e]) as usize;
        and |= sep.contains("and");
        pos = e;
    }
    let mut pos = start;
    while let Some(sep) = SEPARATORS.iter().find(|w| text[..pos].ends_with(**w)) {
        let s = item_before(pos - sep.len());
        if s == pos - sep.len() {
            break;
        }
        count += 1;
        full += full_name(&text[s..pos - sep.len()]) as usize;
        and |= sep.contains("and");
        pos = s;
    }
    (count >= 3 && and && full <= 1).then_some(pos)
}

/// A chat transcript's speaker: a run of at most `max_chars` opening its line before
/// a colon, and opening another line the same way (`玲: hi, is my hotel booked?` …
/// `玲: JUWVNC`), which a form's label seldom does twice.
fn repeated_speaker(text: &str, start: usize, end: usize, max_chars: usize) -> bool {
    if line_start(text, start) != start || text[start..end].chars().count() > max_chars {
        return false;
    }
    let colon = if text[end..].starts_with(':') {
        1
    } else if text[end..].starts_with('：') {
        '：'.len_utf8()
    } else {
        return false;
    };
    let handle = &text[start..end + colon];
    let lines = text
        .split('\n')
        .filter(|l| l.starts_with(handle))
        .take(2)
        .count();
    lines >= 2
}

/// The old or the new name in a name change: `change the name on ticket … from
/// Heidi Thomas to Brandon Martinez` — two or three name words (or a Cyrillic or
/// Greek run) between `from` and `to`, or after `to` and such a `from`, in a
/// sentence that speaks of a name.
fn renamed(
    text: &str,
    toks: &[Token],
    a: usize,
    b: usize,
    name_words: &dyn Fn(&[Token]) -> bool,
) -> bool {
    let names = |i: usize, j: usize| {
        (2..=3).contains(&(j - i))
            && (name_words(&toks[i..j]) || toks[i..j].iter().all(|t| t.kind == Kind::CasedScript))
    };
    let word = |k: usize| &text[toks[k].start..toks[k].end];
    let spaced = |k: usize| text[toks[k].end..toks[k + 1].start] == *" ";
    if a == 0 || !matches!(word(a - 1), "from" | "to") || !spaced(a - 1) || !names(a, b) {
        return false;
    }
    // the `from` of the change: `from A to B` (A is `toks[f + 1..t]`)
    let from = match word(a - 1) {
        "from" => a - 1,
        "to" => {
            let t = a - 1;
            match (t.saturating_sub(4)..t.saturating_sub(1))
                .find(|&f| word(f) == "from" && spaced(f) && spaced(t - 1) && names(f + 1, t))
            {
                Some(f) => f,
                None => return false,
            }
        }
        _ => return false,
    };
    if from == a - 1 && (b == toks.len() || word(b) != "to" || !spaced(b - 1)) {
        return false;
    }
    let line = line_start(text, toks[from].start);
    let before = &text[line..toks[from].start];
    let sentence = before.rsplit(['.', '!', '?']).next().unwrap_or(before);
    sentence.contains("name ") || sentence.contains("rename")
}

/// A chat's turn quoted on one line: one word before a colon, opening the line or
/// after a colon or slash, with the other side's turn after it on the same line
/// (`From the chat: Cezary: is my upgrade confirmed? / agent: yes`).
fn chat_turn(text: &str, t: &Token) -> bool {
    if !t.colon_after || !text[t.end..].starts_with(": ") {
        return false;
    }
    let before = text[..t.start].trim_end_matches(' ');
    if !(before.is_empty() || before.ends_with(['\n', ':', '/', '|'])) {
        return false;
    }
    let line_end = text[t.end..].find('\n').map_or(text.len(), |k| t.end + k);
    let turn = &text[t.end..line_end];
    [" / ", " | ", " // "].iter().any(|sep| {
        turn.match_indices(sep).any(|(k, _)| {
            let rest = &turn[k + sep.len()..];
            CHAT_ROLES.iter().any(|r| {
                rest.get(..r.len())
                    .is_some_and(|w| w.eq_ignore_ascii_case(r))
                    && rest[r.len()..].starts_with(':')
            })
        })
    })
}

/// The other side of a customer's chat, as transcripts name it.
const CHAT_ROLES: &[&str] = &[
    "Bot",
    "BOT",
    "Agent",
    "AGENT",
    "Assistant",
    "Support",
    "Operator",
    "Бот",
    "Оператор",
    "Агент",
    "Поддержка",
];

/// Two to four words alone on their line right above a line the address rules found
/// (`Senn Aarts\nLizstraat 0\nPlease ship …`): the addressee of a postal address.
fn above_address(text: &str, run: &[Token], found: &[Finding]) -> bool {
    let (start, end) = (run[0].start, run[run.len() - 1].end);
    let next = if text[end..].starts_with('\n') {
        end + 1
    } else if text[end..].starts_with("\r\n") {
        end + 2
    } else {
        return false;
    };
    (2..=4).contains(&run.len())
        && line_start(text, start) == start
        && found
            .iter()
            .any(|f| f.entity == Entity::Address && f.start == next)
}

/// What only a person has or is related to, after a possessive: `Heather's
/// assistant`, `Rose's passport`.
const BELONGINGS: &[&str] = &[
    "assistant",
    "wife",
    "husband",
    "partner",
    "son",
    "daughter",
    "kids",
    "children",
    "mother",
    "father",
    "boss",
    "manager",
    "colleague",
    "secretary",
    "PA",
    "EA",
    "passport",
    "visa",
    "flight",
    "flights",
    "booking",
    "bookings",
    "seat",
    "luggage",
    "suitcase",
    "itinerary",
    "trip",
    "ticket",
    "expenses",
    "birthday",
    "mobile",
];

/// A known given name in title case that is no other kind of word.
fn lone_given(t: &Token) -> bool {
    t.kind == Kind::Cap && t.flags & (GIVEN | COMMON | STOP | PLACE | ORG | LABEL | TITLE) == GIVEN
}

/// Two known given names joined by `and`, opening a sentence or clause, before a
/// verb: `Neha and Vasudha shared the ride` (the first of them; see `decide` for the
/// second).
fn given_pair_subject(text: &str, toks: &[Token], a: usize, b: usize) -> bool {
    let t = &toks[a];
    let opens = t.sentence_start || a > 0 && matches!(&text[toks[a - 1].end..t.start], ": " | "; ");
    b - a == 1
        && opens
        && lone_given(t)
        && toks
            .get(b)
            .is_some_and(|n| &text[n.start..n.end] == "and" && text[t.end..n.start] == *" ")
        && toks.get(b + 1).is_some_and(|m| {
            lone_given(m)
                && text[toks[b].end..m.start] == *" "
                && text[m.end..].strip_prefix(' ').is_some_and(|r| {
                    r.starts_with(|c: char| c.is_ascii_lowercase()) && !r.starts_with("and ")
                })
        })
}

/// A known given name alone as the subject of a reported clause: after `says`,
/// `said`, `confirms` … and before `is`, `was`, `has` … (`the lounge says Adam is not
/// on the list`, `the hotel confirmed Sofia has checked out`).
fn reported_subject(text: &str, toks: &[Token], a: usize, b: usize) -> bool {
    const REPORTING: &[&str] = &[
        "says",
        "said",
        "confirms",
        "confirmed",
        "reports",
        "reported",
        "claims",
        "claimed",
        "mentioned",
        "thinks",
        "believes",
        "told",
        "tells",
        "notes",
        "noted",
        "writes",
        "wrote",
    ];
    const AUXILIARIES: &[&str] = &[
        "is", "was", "has", "had", "isn't", "wasn't", "hasn't", "hadn't", "will", "won't", "did",
        "didn't", "does", "doesn't", "can't", "cannot", "never", "already", "still",
    ];
    let t = &toks[a];
    b - a == 1
        && lone_given(t)
        && after_word(text, toks, a, REPORTING)
        && text[t.end..]
            .strip_prefix(' ')
            .is_some_and(|r| opens_with_word(r, AUXILIARIES))
}

/// A known given name as a chat mention opening a message, before a request: `@Amira
/// can you check …`, `@Alan: please …` (a one-word handle elsewhere names an
/// account, `by @Thomasdezeeuw`).
fn addressed_handle(text: &str, toks: &[Token], a: usize, b: usize) -> bool {
    let t = &toks[a];
    let Some(before) = text[..t.start].strip_suffix('@') else {
        return false;
    };
    let after = &text[t.end..];
    // (a given name that is a word too, `@Sally`, or one in another script, `@Эмиль`)
    let name = match t.kind {
        Kind::Cap => t.flags & (GIVEN | STOP | PLACE | ORG | LABEL | TITLE) == GIVEN,
        Kind::CasedScript => t.flags & (STOP | PLACE | ORG | LABEL | TITLE) == 0,
        _ => false,
    };
    b - a == 1
        && name
        // (opening its line, or after a chat line's `[…] ` head)
        && (before.is_empty() || before.ends_with('\n') || before.ends_with("] "))
        && ([" can you", " could you", " can u", " please", " pls", ", can", ", could", ", please", ": "]
            .iter()
            .any(|w| after.starts_with(w))
            // (before any message: `@Manuel the visa appointment is at 9:30`)
            || after
                .strip_prefix(' ')
                .is_some_and(|r| r.starts_with(|c: char| c.is_lowercase())))
}

/// Of `BELONGINGS`, the people only a person has.
const RELATIONS: &[&str] = &[
    "assistant",
    "wife",
    "husband",
    "son",
    "daughter",
    "kids",
    "children",
    "mother",
    "father",
    "secretary",
    "PA",
    "EA",
];

/// A known given name in title case, no stop or firm word, alone or before one or two
/// surnames, with a possessive before one of `BELONGINGS` (a town's name too only
/// before one of `RELATIONS`).
fn possessor(text: &str, toks: &[Token], a: usize, b: usize) -> bool {
    let t = &toks[a];
    let last = &toks[b - 1];
    // (or a known given name and one or two surnames or words in no list: `Tom
    // Kruschwitz's flight`)
    let surname = |s: &Token| {
        s.kind == Kind::Cap
            && s.flags & (COMMON | STOP | ORG | PLACE | TITLE | LABEL) == 0
            && (s.flags & (GIVEN | SURNAME) != 0 || s.flags == 0)
    };
    if !(1..=3).contains(&(b - a))
        || !last.possessive
        || t.kind != Kind::Cap
        || !toks[a + 1..b].iter().all(surname)
    {
        return false;
    }
    let after = &text[last.end..];
    let Some(rest) = after
        .strip_prefix("'s ")
        .or_else(|| after.strip_prefix("’s "))
    else {
        return false;
    };
    let before = |words: &[&str]| {
        words.iter().any(|w| {
            rest.strip_prefix(w)
                .is_some_and(|r| !r.starts_with(|c: char| c.is_alphanumeric()))
        })
    };
    // (a given name that is a town's too before a relation only a person has:
    // `Helena's assistant`, not `Jordan's visa rules`)
    let place_ok = t.flags & PLACE != 0 && before(RELATIONS);
    t.flags & (GIVEN | STOP | ORG | TITLE | LABEL) == GIVEN
        && (t.flags & PLACE == 0 || place_ok)
        && before(BELONGINGS)
}

fn push_name(out: &mut Vec<Finding>, rule: Option<RuleIdx>, start: usize, end: usize, score: u8) {
    if let Some(rule) = rule {
        out.push(Finding {
            entity: Entity::Person,
            start,
            end,
            rule,
            score,
        });
    }
}

/// Words after which capitalised words are a place more often than a person.
const PLACE_LEADS: &[&str] = &[
    "to", "in", "at", "from", "via", "near", "into", "towards", "around", "through", "across",
    "visit", "visiting", "visited", "explore", "tour",
];

/// Words after which two capitalised words are a person more often than anything
/// else (`opened by`, `meeting with`).
const INTRODUCERS: &[&str] = &[
    "by",
    "for",
    "with",
    "cc",
    "per",
    "met",
    "called",
    "asked",
    "told",
    "emailed",
    "contacted",
    "thank",
    "thanks",
    "ask",
    "tell",
    "inform",
    "notify",
    "ping",
    "call",
    "meet",
    "lists",
    "listed",
    "pickup",
    "authorise",
    "authorize",
    "rebook",
    "rebooked",
    "moved",
    "upgraded",
    "transferred",
    "relocated",
    "besides",
    "flagged",
    "collect",
];

/// Words that open a town's name before the rest of it (`Lake Placid`, `Port
/// Elizabeth`, `North Bergen`).
/// Abbreviated and written-out Russian settlement types (`г.` city, `п.` settlement,
/// `клх` kolkhoz, `ст.` stanitsa …) that open a place's name.
const RU_SETTLEMENT_TYPES: &[&str] = &[
    "г",
    "гор",
    "город",
    "п",
    "пос",
    "посёлок",
    "поселок",
    "пгт",
    "рп",
    "с",
    "село",
    "д",
    "дер",
    "деревня",
    "ст",
    "ст-ца",
    "станица",
    "х",
    "хутор",
    "клх",
    "свх",
    "к",
    "аул",
];

const TOWN_OPENERS: &[&str] = &[
    "Lake", "Port", "North", "South", "East", "West", "New", "Mount", "Fort", "Saint", "St",
];

/// Whether `toks[i]`, a `with`, follows a word of sitting, sharing or travelling
/// together, which takes a person (`swap seats with`, `share a room with`), where
/// after `with` alone a firm or an event is as likely (`call with Fabrikam`).
fn with_person(text: &str, toks: &[Token], i: usize) -> bool {
    after_word(
        text,
        toks,
        i,
        &[
            "seats",
            "seat",
            "sit",
            "sits",
            "sitting",
            "seated",
            "room",
            "sharing",
            "travelling",
            "traveling",
        ],
    )
}

/// Whether the token before `toks[i]`, one space before it, is one of `words`.
fn after_word(text: &str, toks: &[Token], i: usize, words: &[&str]) -> bool {
    i > 0
        && text[toks[i - 1].end..toks[i].start] == *" "
        && words.contains(&&text[toks[i - 1].start..toks[i - 1].end])
}

/// Whether `toks[i]`, a `for`, follows a travel document or service only a person
/// gets (`the visa for`, `an upgrade for`), where after `for` alone a firm, a place
/// or an event is as likely (`for Mark Down week`).
fn for_person(text: &str, toks: &[Token], i: usize) -> bool {
    after_word(
        text,
        toks,
        i,
        &[
            "visa",
            "visas",
            "passport",
            "upgrade",
            "ticket",
            "tickets",
            "pass",
            "seat",
            "wheelchair",
            "surprise",
            "birthday",
            "gift",
            "flowers",
            "covering",
            "bio",
        ],
    )
}

/// Whether a known given name alone after the introducer `w` is a person (`swap
/// seats with Robert?`, `thanks Daniel,`): not after `for` and `per`, which lead to
/// firms and places as often (`for Jordan`, `per Amadeus`), nor after the words that
/// introduce lists and bookings.
fn lone_introducer(w: &str) -> bool {
    INTRODUCERS.contains(&w)
        && !matches!(
            w,
            "for"
                | "per"
                | "lists"
                | "listed"
                | "pickup"
                | "authorise"
                | "authorize"
                | "rebook"
                | "rebooked"
                | "moved"
                | "upgraded"
                | "transferred"
                | "relocated"
        )
}

/// Whether the text after a run names an airport, so the run is the name of one
/// (`Leonardo Da Vinci (Fiumicino) International Airport`).
fn names_airport(after: &str) -> bool {
    let rest = after.trim_start_matches(' ');
    let rest = match rest.strip_prefix('(') {
        Some(r) => r
            .split_once(')')
            .map_or(r, |(_, r)| r)
            .trim_start_matches(' '),
        None => rest,
    };
    rest.starts_with("International Airport") || rest.starts_with("Airport")
}

/// Whether `start..end` stands where an address line has its town: after a postcode
/// of four or five digits that follows a comma, colon or line start (`Herenlaan 17,
/// 6410 WA Grafhorst`: the postcode's letters are in the run; `3464SJ De Meern`),
/// before a dash and a Brazilian state code (`Rua Ana Rios, 24, Silva das Pedras -
/// SE, 85697125`), or before a Portuguese postcode (`Marco de Canaveses, 9474-947`).
fn in_address_town(text: &str, start: usize, end: usize) -> bool {
    let postcode = text.as_bytes()[..start]
        .strip_suffix(b" ")
        .is_some_and(|b| {
            // (a Dutch postcode's two letters, joined to it or not: `3464SJ De Meern`,
            // `3576 GQ De Zilk`)
            let n = b.len();
            let b = if n > 2
                && b[n - 2..].iter().all(u8::is_ascii_uppercase)
                && b[n - 3].is_ascii_digit()
            {
                &b[..n - 2]
            } else if n > 3
                && b[n - 2..].iter().all(u8::is_ascii_uppercase)
                && b[n - 3] == b' '
                && b[n - 4].is_ascii_digit()
            {
                &b[..n - 3]
            } else {
                b
            };
            let digits = b.iter().rev().take_while(|c| c.is_ascii_digit()).count();
            (4..=5).contains(&digits) && {
                let lead = &b[..b.len() - digits];
                let lead = lead.strip_suffix(b" ").unwrap_or(lead);
                lead.is_empty()
                    || lead.ends_with(b",")
                    || lead.ends_with(b":")
                    || lead.ends_with(b"\n")
            }
        });
    let after = &text.as_bytes()[end..];
    let state = after.len() >= 5
        && after.starts_with(b" - ")
        && after[3..5].iter().all(u8::is_ascii_uppercase)
        && after.get(5).is_none_or(|c| !c.is_ascii_alphanumeric());
    // before a Portuguese or Brazilian postcode: `Marco de Canaveses, 9474-947`
    let digit_run = |b: &[u8]| b.iter().take_while(|c| c.is_ascii_digit()).count();
    let next_postcode = after.strip_prefix(b", ").is_some_and(|p| {
        let n = digit_run(p);
        (4..=5).contains(&n) && p.get(n) == Some(&b'-') && digit_run(&p[n + 1..]) == 3
    });
    postcode || state || next_postcode
}

/// What a traveler's run may be followed by in parentheses (see `decide`).
const BOOKING_IDS: &[&str] = &[
    "pnr",
    "booking",
    "ticket",
    "e-ticket",
    "passport",
    "employee",
    "emp",
    "traveler id",
    "frequent flyer",
    "ff",
    // (a phone extension: `Malwina Kubrak (ext. 4412)`)
    "ext",
    "extension",
];

/// Whether a firm's legal form or a partnership's tail follows a run of names:
/// `Pierre Legros S.A.`, `Gabinety Franków s.c.`, `Talleres Barbero y asociados`.
fn legal_form_follows(after: &str) -> bool {
    const FORMS: &[&str] = &[
        " S.A.",
        " S.A ",
        " S.A,",
        " S.L.",
        " S.p.A",
        " S.r.l",
        " s.r.l",
        " S.C.",
        " s.c.",
        " Sp. z",
        " sp. z",
        " e.V.",
        " B.V.",
        " N.V.",
        " S.Com",
        " S.Coop",
        " y asociados",
        " e figli",
        " e Filhos",
        " y Cía",
        " & Co",
        " and Sons",
        " & Sons",
        " e Hijos",
        " y Hijos",
        " et Fils",
        " & Fils",
        " und Söhne",
        " & Söhne",
        " en Zonen",
        " & Zonen",
    ];
    // (` S.A.` covers ` S.A.S` and ` S.A.R.L`; a text may end on the form itself)
    FORMS.iter().any(|f| after.starts_with(f)) || matches!(after, " S.A" | " s.c")
}

/// Whether a CJK run names a firm, a bank or a hotel by its legal form or kind
/// (`富罳信息有限公司`, `株式会社伊藤水産`, `合同会社小川銀行`), which no person's name holds.
fn cjk_firm(run: &str) -> bool {
    const MARKS: &[&str] = &[
        "公司",
        "会社",
        "集团",
        "集團",
        "银行",
        "銀行",
        "酒店",
        "飯店",
        "饭店",
        "ホテル",
        "大学",
        "大學",
        "商店",
        "工業",
        "工业",
        "事務所",
        "协会",
        "協会",
    ];
    MARKS.iter().any(|m| run.contains(m))
}

/// Words that open a question before its subject (see `decide`).
const MODALS: &[&str] = &[
    "Could", "Can", "Would", "Will", "Should", "Shall", "Might", "Must",
];

/// Roles and relations a person's name may be followed by in brackets (see
/// `decide`); three letters or fewer only in capitals.
const ROLES: &[&str] = &[
    "CEO",
    "CFO",
    "CTO",
    "COO",
    "CIO",
    "CMO",
    "CPO",
    "CRO",
    "VP",
    "SVP",
    "EVP",
    "PA",
    "EA",
    "head",
    "director",
    "manager",
    "chair",
    "president",
    "founder",
    "assistant",
    "engineer",
    "analyst",
    "consultant",
    "intern",
    "speaker",
    "organiser",
    "organizer",
    "coordinator",
    "officer",
    "secretary",
    "treasurer",
    "mother",
    "father",
    "wife",
    "husband",
    "son",
    "daughter",
    "brother",
    "sister",
    "spouse",
    "parent",
    "guardian",
    "friend",
    "colleague",
];

/// Departments in brackets, which follow a firm's name as often as a person's
/// (`Atlas Copco (Procurement)`): after a known given name that is no other word only.
const DEPARTMENTS: &[&str] = &[
    "HR",
    "IT",
    "finance",
    "sales",
    "marketing",
    "legal",
    "procurement",
    "travel",
    "operations",
    "ops",
    "security",
    "engineering",
    "support",
    "compliance",
    "logistics",
    "facilities",
    "accounting",
    "accounts",
    "payroll",
    "purchasing",
];

/// Headings and table columns whose value is a firm, a venue or a place and never a
/// person (`Affected account: Oliver Wyman`, a `Vendor` or `City` column; see
/// `not_a_person_here`). Narrower than these and `SUBJECT_HEADINGS` together: a
/// client or an office may be a person's name.
const NOT_PERSON_HEADINGS: &[&str] = &[
    "employer",
    "company",
    "companies",
    "organisation",
    "organization",
    "firm",
    "agency",
    "supplier",
    "suppliers",
    "vendor",
    "vendors",
    "account",
    "hotel",
    "hotels",
    "airline",
    "carrier",
    "operator",
    "provider",
    "sponsor",
    "venue",
    "property",
    "merchant",
    "brand",
    "lounge",
    "chain",
    "city",
    "country",
    "destination",
    "region",
];

/// Whether `start..end` fills a Markdown table cell whose column header names a
/// firm, venue or place (`| Vendor | City |` … `| Tory Burch | Adelaide |`).
fn in_firm_column(text: &str, start: usize, end: usize) -> bool {
    // (the bars first: most runs stand in no table, and the line search costs)
    if !fills_cell(text, start, end) {
        return false;
    }
    let line = line_start(text, start);
    let column = text[line..start].matches('|').count();
    // the table's first line: back over the lines that open with a bar
    let mut header = line;
    while header > 0 {
        let prev = line_start(text, header - 1);
        if !text[prev..header - 1].trim_start().starts_with('|') {
            break;
        }
        header = prev;
    }
    if header == line {
        return false;
    }
    let first = text[header..].lines().next().unwrap_or("");
    first.split('|').nth(column).is_some_and(|cell| {
        let cell = cell.trim().trim_matches('*');
        NOT_PERSON_HEADINGS
            .iter()
            .any(|w| cell.eq_ignore_ascii_case(w))
    })
}

/// Whether `at` stands in a list that its line's heading says holds firms or venues
/// (`Classify these vendors by category: Johnson Controls; Parker Hannifin; …`):
/// after the line's first colon, with only `,` / `;` parted items between.
fn in_firm_list(text: &str, at: usize) -> bool {
    // (the separator first: most runs follow no colon, comma or semicolon; then
    // the line's head, at most 200 bytes back)
    if !text[..at].trim_end_matches(' ').ends_with([':', ',', ';']) {
        return false;
    }
    let from = at.saturating_sub(200);
    let b = text.as_bytes();
    let line = b[from..at]
        .iter()
        .rposition(|&c| c == b'\n')
        .map_or(from, |p| from + p + 1);
    let Some(colon) = b[line..at]
        .iter()
        .position(|&c| c == b':')
        .map(|p| line + p)
    else {
        return false;
    };
    if !text.is_char_boundary(line) {
        return false;
    }
    let items = &text[colon + 1..at];
    !items.contains(['.', '!', '?', '(', ')'])
        && (items.trim().is_empty() || items.trim_end().ends_with([',', ';']))
        && text[line..colon]
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| FIRM_PLURALS.iter().any(|p| w.eq_ignore_ascii_case(p)))
}

/// Plural nouns whose items are firms or venues (see `in_firm_list`).
const FIRM_PLURALS: &[&str] = &[
    "vendors",
    "suppliers",
    "companies",
    "firms",
    "agencies",
    "hotels",
    "airlines",
    "carriers",
    "brands",
    "chains",
    "lounges",
    "venues",
    "properties",
    "merchants",
    "accounts",
];

/// Whether `toks[i]` is a relative's or a colleague's noun after a possessive: `my
/// daughter`, `her husband`, `her manager`.
fn kin_label(text: &str, toks: &[Token], i: usize) -> bool {
    const RELATIVES: &[&str] = &[
        "daughter",
        "son",
        "wife",
        "husband",
        "partner",
        "mother",
        "father",
        "brother",
        "sister",
        "spouse",
        "companion",
        "fiancé",
        "fiancée",
        "niece",
        "nephew",
        "manager",
        "assistant",
        "boss",
        "colleague",
        "deputy",
    ];
    const POSSESSIVES: &[&str] = &["my", "her", "his", "our", "their", "your"];
    let word = |k: usize| &text[toks[k].start..toks[k].end];
    i > 0
        && text[toks[i - 1].end..toks[i].start] == *" "
        && RELATIVES.contains(&word(i))
        && POSSESSIVES
            .iter()
            .any(|p| word(i - 1).eq_ignore_ascii_case(p))
}

/// Nouns that make the run between `the` and them a place or a firm, also where
/// they are stop words (`the Jelenia Góra desk`, `the Viana da Mata office`).
const SITES: &[&str] = &["office", "desk", "team", "account", "branch", "station"];

/// Nouns after `the` and a surname that still name people (`the Smith family`).
const KIN_NOUNS: &[&str] = &[
    "family",
    "families",
    "household",
    "couple",
    "children",
    "kids",
    "twins",
    "brothers",
    "sisters",
    "sons",
    "daughters",
    "party",
];

/// Headings whose value is more often a firm, a place or a subject than a person,
/// besides `NOT_PERSON_HEADINGS` (see `heading_led` in `decide`: they keep a pair of
/// unknown words after them from reading as a name).
const SUBJECT_HEADINGS: &[&str] = &[
    "client",
    "destination",
    "location",
    "route",
    "subject",
    "re",
    "office",
    "department",
    "team",
    "project",
    "event",
    "program",
    "programme",
];

/// A dash between the parts of a line: hyphen, en dash or em dash, spaced.
const DASHES: [&str; 3] = [" - ", " – ", " — "];

/// Labels before a passenger's surname, which may also be a word (see `decide`).
const PASSENGER_LABELS: &[&str] = &[
    "pax",
    "passenger",
    "traveler",
    "traveller",
    "guest",
    "infant",
    "child",
];

/// Words that open a question about its subject (see `decide`).
const QUESTION_WORDS: &[&str] = &[
    "Is", "Was", "Does", "Did", "Has", "Can", "Could", "Will", "Would", "Should",
];

/// A known given name alone after a speaker names themselves, where the clause
/// ends (`Hi it's Nathan, flight delayed`, `this is Signe here`; see `decide`).
/// Whether every word between a run's first and last is a lower-case particle
/// (`Dirk van Mispelen`, `Dean van de Brink`).
fn particles_between(run: &[Token]) -> bool {
    run.len() >= 3
        && run[1..run.len() - 1]
            .iter()
            .all(|t| t.kind == Kind::Lower && t.flags & PARTICLE != 0)
}

/// Whether lower-case `toks[k]` (the word before a colon) ends a label and up to
/// three more words of one phrase: `Passenger list`, `Travelers on this request`.
fn label_words_before(toks: &[Token], text: &str, mut k: usize) -> bool {
    for _ in 0..3 {
        if k == 0 || text[toks[k - 1].end..toks[k].start] != *" " {
            return false;
        }
        if toks[k - 1].flags & LABEL != 0 {
            return true;
        }
        if toks[k - 1].kind != Kind::Lower {
            return false;
        }
        k -= 1;
    }
    false
}

/// One to three words in capitals amid ordinary text, each of three letters or more
/// and no other kind of word, the first a known given name, the others names by
/// `surname` (see `runs`).
fn capitals_island(
    text: &str,
    toks: &[Token],
    i: usize,
    j: usize,
    surname: &dyn Fn(&Token) -> bool,
) -> bool {
    let ordinary = |t: &Token| matches!(t.kind, Kind::Lower | Kind::Cap | Kind::CasedScript);
    // (or any word, past a mark that parts it from the name: `outreach: GIORGIO
    // LIPPOMANO (PNR D X P E K Z)`, `+ 4 6 7 0. FELIZITAS BONBACH from`)
    let parted =
        |a: &Token, b: &Token| text[a.end..b.start].contains(['(', ')', ',', ';', ':', '.', '\n']);
    let lower_near = || {
        toks[i.saturating_sub(5)..i]
            .iter()
            .chain(&toks[j..(j + 5).min(toks.len())])
            .any(|t| t.kind == Kind::Lower)
    };
    // (a middle initial between: `JEFFREY Z. FIELDS`)
    let initial = |n: usize, t: &Token| n > 0 && i + n + 1 < j && t.kind == Kind::Initial;
    // (a given name that is a town's too before a surname that is nothing else:
    // `VALENTINE SAUVAGE`)
    let strong_surname =
        j - i == 2 && toks[i + 1].flags & (SURNAME | COMMON | PLACE | GIVEN) == SURNAME;
    (1..=4).contains(&(j - i))
        // a known given name first, or, before a second word, a Latin word in no list
        // and no word of the language (`booked by AROA GODOY,`): the title-case reading
        // then needs the cues a name in no list needs (other scripts: `script_capitals`)
        && (toks[i].flags & GIVEN != 0
            || j - i >= 2
                && text[toks[i].start..].chars().next().is_some_and(|c| (c as u32) < 0x250)
                && capitals_first(&toks[i], surname))
        && toks[i..j].iter().enumerate().all(|(n, t)| {
            // (a surname after the given name may be a town's too, `DAISY COLEMAN`,
            // or a town that is no ordinary word, `MELANIA NADI`)
            let place = if n > 0 && t.flags & (SURNAME | COMMON) != COMMON
                || n == 0 && strong_surname && t.flags & GIVEN != 0
            {
                0
            } else {
                PLACE
            };
            initial(n, t)
                || capitals_word(n, t, surname, place)
                    // (no field label: `IBAN: NL91 …`)
                    && !t.colon_after
        })
        && toks[i..j].iter().filter(|t| t.kind != Kind::Initial).count() <= 3
        // ordinary words around it, not codes (`IBAN NL91`)
        && i.checked_sub(1)
            .is_none_or(|k| ordinary(&toks[k]) || parted(&toks[k], &toks[i]))
        && toks
            .get(j)
            .is_none_or(|t| ordinary(t) || parted(&toks[j - 1], t))
        // in text that is not all capitals
        && (amid_cased(toks, i, j) || lower_near())
}

/// The first word of a name in capitals: a known given name, or a word in no list
/// and no word of the language (`CHATRESH TRIPATHI:`).
fn capitals_first(t: &Token, surname: &dyn Fn(&Token) -> bool) -> bool {
    t.flags & GIVEN != 0 || t.flags == 0 && surname(t)
}

/// The `n`th word of a name in capitals: three letters or more, after the first a
/// name by `surname`, and no other kind of word (nor of the kinds in `also`).
fn capitals_word(n: usize, t: &Token, surname: &dyn Fn(&Token) -> bool, also: u16) -> bool {
    t.kind == Kind::Upper
        && t.end - t.start >= 3
        && (n == 0 || surname(t))
        && t.flags & (STOP | ORG | TITLE | LABEL | GREETING | also) == 0
}

/// A name in capitals heading a list entry or chat line (`- 7:40 AM CHATRESH
/// TRIPATHI:`, `1) LUISA BERSANI:`): a known given name (or a word in no list and
/// no word of the language), then one or two surnames,
/// the last before a colon, and before it on its line only a time, a number, an
/// `AM`/`PM` and list marks.
fn capitals_header(
    text: &str,
    toks: &[Token],
    i: usize,
    j: usize,
    surname: &dyn Fn(&Token) -> bool,
) -> bool {
    (2..=3).contains(&(j - i))
        && toks[j - 1].colon_after
        && capitals_first(&toks[i], surname)
        && toks[i..j]
            .iter()
            .enumerate()
            .all(|(n, t)| capitals_word(n, t, surname, 0))
        && {
            let lead = &text[line_start(text, toks[i].start)..toks[i].start];
            lead.len() <= 16
                && lead
                    .bytes()
                    .any(|c| c.is_ascii_digit() || c == b'-' || c == b'*')
                && lead
                    .trim_end()
                    .trim_end_matches("AM")
                    .trim_end_matches("PM")
                    .bytes()
                    .all(|c| c.is_ascii_digit() || b" -*.:)[]/".contains(&c))
        }
}

/// Two or three words of a cased script other than Latin in capitals amid Latin text,
/// the last ending as Slavic surnames end (`МАРИНА СИЛИНА`, `ЖАННА КОМИССАРОВА`; not
/// `СРОЧНО ВСЕМ ПАССАЖИРАМ`): no dictionary covers these scripts, so the ending
/// vouches for the name.
fn script_capitals(text: &str, toks: &[Token], i: usize, j: usize) -> bool {
    const ENDINGS: &[&str] = &[
        "ОВ", "ОВА", "ЕВ", "ЕВА", "ЁВ", "ЁВА", "ИН", "ИНА", "ЫН", "ЫНА", "СКИЙ", "СКАЯ", "ЦКИЙ",
        "ЦКАЯ", "ИЧ", "ЕНКО", "УК", "ЮК",
    ];
    let latin = |t: &Token| text[t.start..t.end].is_ascii();
    (2..=3).contains(&(j - i))
        && toks[i..j].iter().all(|t| {
            t.kind == Kind::Upper
                && !latin(t)
                && t.flags & (STOP | ORG | LABEL | TITLE) == 0
                && text[t.start..t.end].chars().count() >= 3
        })
        && ENDINGS.iter().any(|e| text[toks[j - 1].start..toks[j - 1].end].ends_with(e))
        // amid Latin text: the words on either side, where there are any, are Latin
        && i.checked_sub(1).is_none_or(|k| latin(&toks[k]))
        && toks.get(j).is_none_or(latin)
        && (i > 0 || j < toks.len())
}

/// Whether the tokens `i..j` stand amid ordinary text: a word that is not in
/// capitals on each side where there is one, and at least one (a name written in
/// capitals for emphasis, `AMANDA REED from procurement`; a line in capitals says
/// nothing).
fn amid_cased(toks: &[Token], i: usize, j: usize) -> bool {
    let cased = |t: &Token| !matches!(t.kind, Kind::Upper | Kind::Initial);
    i.checked_sub(1).is_none_or(|k| cased(&toks[k]))
        && toks.get(j).is_none_or(cased)
        && (i > 0 || j < toks.len())
}

/// Whether `before` ends with a time of day, maybe a zone, and a dash, at the start of
/// a line or after `;` (`09:12 UTC — `, `; 14:05 - `).
fn after_timed_dash(before: &str) -> bool {
    let Some(rest) = before.strip_suffix(' ') else {
        return false;
    };
    let Some(rest) = rest.strip_suffix(['-', '–', '—']) else {
        return false;
    };
    let rest = rest.trim_end_matches(' ');
    // a zone or half of the day: `UTC`, `CET`, `Z`, `PM`
    let zone = rest.len()
        - rest
            .trim_end_matches(|c: char| c.is_ascii_uppercase())
            .len();
    let rest = if zone <= 4 {
        rest[..rest.len() - zone].trim_end_matches(' ')
    } else {
        rest
    };
    let digits = |s: &str| s.len() - s.trim_end_matches(|c: char| c.is_ascii_digit()).len();
    if digits(rest) != 2 {
        return false;
    }
    let Some(rest) = rest[..rest.len() - 2].strip_suffix(':') else {
        return false;
    };
    let hours = digits(rest);
    let head = rest[..rest.len() - hours].trim_end_matches(' ');
    (1..=2).contains(&hours) && (head.is_empty() || head.ends_with(['\n', ';']))
}

/// A name after its seat (`Seat plan: 12A Galasso Marsili, 12B Lamberto Tamburini`):
/// a row of one or two digits and a seat letter, then two or three name words.
fn seated(
    text: &str,
    toks: &[Token],
    a: usize,
    b: usize,
    name_words: &dyn Fn(&[Token]) -> bool,
) -> bool {
    let Some(p) = a.checked_sub(1).map(|i| &toks[i]) else {
        return false;
    };
    let seat = &text.as_bytes()[p.start..p.end];
    // in a seat list, not a gate or terminal's name (`Terminal 2B Duty Free`)
    let before = text[..p.start].trim_end_matches(' ');
    let listed = before.is_empty()
        || before.ends_with([':', ',', ';', '\n'])
        || before.len() >= 4 && before.as_bytes()[before.len() - 4..].eq_ignore_ascii_case(b"seat");
    listed
        && (2..=3).contains(&(b - a))
        && text[p.end..toks[a].start] == *" "
        && (2..=3).contains(&seat.len())
        && seat[..seat.len() - 1].iter().all(u8::is_ascii_digit)
        && matches!(seat[seat.len() - 1], b'A'..=b'K')
        && name_words(&toks[a..b])
}

/// Whether `after` (the text after one word) opens with `from` and a department:
/// `Oliver from accounting keeps asking`, `Anna from HR` — a colleague's.
fn department_follows(after: &str) -> bool {
    let Some(rest) = after.strip_prefix(" from ") else {
        return false;
    };
    let rest = rest.strip_prefix("the ").unwrap_or(rest);
    DEPARTMENTS.iter().any(|d| {
        let exact = d.len() <= 3;
        rest.get(..d.len()).is_some_and(|w| {
            if exact {
                w == *d
            } else {
                w.eq_ignore_ascii_case(d)
            }
        }) && !rest[d.len()..].starts_with(|c: char| c.is_alphanumeric())
    })
}

/// Whether `after` (the text after one word) opens with a seat or row in brackets:
/// `Madhavi (row 31)`, `Olof (seat 12A)` — a passenger's.
fn seat_follows(after: &str) -> bool {
    [" (row ", " (seat ", " (Row ", " (Seat "].iter().any(|w| {
        after
            .strip_prefix(w)
            .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()))
    })
}

/// A chat mention of a display name of two or three words: `cc @Nath Traore — can
/// you approve` (not an address: an `@` after a word is one; not a one-word handle,
/// `by @Thomasdezeeuw`, `@Kerollmops`, which names an account).
fn mentioned(text: &str, run: &[Token], name_words: &dyn Fn(&[Token]) -> bool) -> bool {
    let Some(before) = text[..run[0].start].strip_suffix('@') else {
        return false;
    };
    (2..=3).contains(&run.len())
        && (before.is_empty() || before.ends_with([' ', '\n', '(', '\t']))
        && name_words(run)
}

/// A speaker naming themselves with `here` (`Hi team, Amanda here — I left …`,
/// `Leif here.`): one to three words opening their line or sentence, or the clause
/// after a greeting, then `here` and a pause (not `Paris here is lovely`).
fn here_intro(text: &str, toks: &[Token], a: usize, b: usize) -> bool {
    let Some(rest) = text[toks[b - 1].end..].strip_prefix(" here") else {
        return false;
    };
    let paused = rest.is_empty()
        || rest.starts_with([',', '.', '!', ';', ':', '\n', '\r'])
        || rest.starts_with(" -")
        || rest.starts_with(" \u{2014}")
        || rest.starts_with(" \u{2013}");
    if !paused || b - a > 3 || toks[a..b].iter().any(|t| t.possessive || t.colon_after) {
        return false;
    }
    let opens = toks[a].sentence_start && !text[..toks[a].start].trim_end().ends_with(',');
    // `Hi team, Amanda here`: a greeting opens the clause before the comma
    let greeted = || {
        let line = line_start(text, toks[a].start);
        let before = text[line..toks[a].start].trim_end();
        before.ends_with(',')
            && before.matches(',').count() == 1
            && toks[..a]
                .iter()
                .rev()
                .take_while(|t| t.start >= line)
                .last()
                .is_some_and(|t| t.flags & GREETING != 0)
    };
    opens || greeted()
}

/// A given name (and up to two more names) as the subject of what people do,
/// opening its sentence or clause (`Notes from the call: Carl wants aisle seats`,
/// `Hemani Bahri added a comment`): a known given name that is no word, place or
/// firm, then one of `PERSON_VERBS`.
fn subject_of_verb(text: &str, toks: &[Token], a: usize, b: usize) -> bool {
    if b - a > 3 {
        return false;
    }
    let t = &toks[a];
    let last = &toks[b - 1];
    // (or a clause after `, and`: `Gemma will fly out early, and Ferdinando joins`)
    // (or a time, as a timeline writes its entries: `08:10 Sarah reported feeling
    // unwell`)
    let opens = t.sentence_start
        || after_time(&text[..t.start])
        || a > 0 && {
            let gap = &text[toks[a - 1].end..t.start];
            matches!(gap, "; " | ": ")
                || gap == " "
                    && &text[toks[a - 1].start..toks[a - 1].end] == "and"
                    && text[..toks[a - 1].start].ends_with(", ")
        };
    // (after the given name, surnames or words in no list: `Hemani Bahri added a
    // comment`)
    let rest_ok = toks[a + 1..b].iter().all(|w| {
        w.kind == Kind::Cap && w.flags & (COMMON | STOP | ORG | PLACE | LABEL | TITLE) == 0
    });
    opens && rest_ok && !last.possessive && lone_given(t) && person_verb_after(&text[last.end..])
}

/// Whether the word at `start..end` ends the text alone after a sentence or on a line
/// of its own, as a message is signed: `… Please fix this. Inaya`.
fn signs_off(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].trim_end_matches(' ');
    // (not after an ellipsis, which trails off rather than ends a sentence: `See the
    // logs...\nPending`)
    text[end..].trim().is_empty()
        && before.ends_with(['.', '!', '?', '\n'])
        && !before.ends_with("...")
}

/// Whether `before` ends with a clock time and a space: `08:10 `, `9:30 `.
fn after_time(before: &str) -> bool {
    let Some(b) = before.strip_suffix(' ') else {
        return false;
    };
    let b = b.as_bytes();
    let n = b.len();
    n >= 4
        && b[n - 2..].iter().all(u8::is_ascii_digit)
        && b[n - 3] == b':'
        && b[n - 4].is_ascii_digit()
        && (n == 4 || !b[n - 5].is_ascii_alphanumeric() || b[n - 5].is_ascii_digit())
}

/// Whether `after` opens with a space and one of `PERSON_VERBS`, an adverb or
/// auxiliary first perhaps (`Saanvi last checked in`, `Carl has confirmed`).
fn person_verb_after(after: &str) -> bool {
    after.strip_prefix(' ').is_some_and(|rest| {
        let rest = [
            "last ", "just ", "already ", "also ", "still ", "finally ", "has ", "had ",
        ]
        .iter()
        .find_map(|w| rest.strip_prefix(w))
        .unwrap_or(rest);
        opens_with_word(rest, PERSON_VERBS)
    })
}

/// Verbs whose subject is a person (see `subject_of_verb`); not `is`, `will`, `has`:
/// products and places do those too (`Tokio is an event-driven…`).
const PERSON_VERBS: &[&str] = &[
    "reported feeling",
    "discharged",
    "fainted",
    "collapsed",
    "joins",
    "joined",
    "wants",
    "needs",
    "asked",
    "asks",
    "said",
    "says",
    "prefers",
    "requested",
    "requests",
    "confirmed",
    "emailed",
    "texted",
    "phoned",
    "complained",
    "landed",
    "missed",
    "booked",
    "approved",
    "flies",
    "flew",
    "lost",
    "added a comment",
    "commented",
    "replied",
    "checked in",
    "checked out",
    "arrived",
    "called",
    "travelled",
    "traveled",
];

/// A chat export's header line: one to three words alone at a line start, then
/// the time (`Nath Duhamel (External) 10:41 AM`, `Bernard Denis 10:43`, `Gina
/// (she/her) 9:41 AM`).
fn chat_header(text: &str, run: &[Token]) -> bool {
    let (first, last) = (&run[0], &run[run.len() - 1]);
    if !(1..=3).contains(&run.len()) || line_start(text, first.start) != first.start {
        return false;
    }
    let mut rest = &text[last.end..];
    // (a tag in brackets: `(External)`, `(Guest)`, pronouns `(she/her)`)
    if let Some(r) = rest.strip_prefix(" (") {
        match r.split_once(')') {
            Some((tag, r))
                if tag.len() <= 12 && tag.chars().all(|c| c.is_alphabetic() || c == '/') =>
            {
                rest = r
            }
            _ => return false,
        }
    }
    let Some(r) = rest.strip_prefix(' ') else {
        return false;
    };
    let digits = r.bytes().take_while(u8::is_ascii_digit).count();
    let r = &r[digits..];
    let r = match r.strip_prefix(':') {
        Some(m)
            if (1..=2).contains(&digits)
                && m.bytes().take(2).all(|c| c.is_ascii_digit())
                && m.len() >= 2 =>
        {
            &m[2..]
        }
        _ => return false,
    };
    let r = r
        .strip_prefix(" AM")
        .or_else(|| r.strip_prefix(" PM"))
        .unwrap_or(r);
    r.is_empty() || r.starts_with(['\n', '\r'])
}

/// A name filling a table cell of its own (`| Senna Rijn | QYXOIB | LHR-BOS |`):
/// two or three words between cell bars, none after them in the cell.
fn cell_alone(text: &str, run: &[Token]) -> bool {
    (2..=3).contains(&run.len())
        && fills_cell(text, run[0].start, run[run.len() - 1].end)
        && run
            .iter()
            .all(|t| matches!(t.kind, Kind::Cap | Kind::Upper))
}

/// Where the line holding byte `at` starts.
fn line_start(text: &str, at: usize) -> usize {
    text[..at].rfind('\n').map_or(0, |p| p + 1)
}

/// Whether `start..end` is all a table cell holds: a bar before and after it, with
/// spaces only between.
fn fills_cell(text: &str, start: usize, end: usize) -> bool {
    text[..start].trim_end_matches(' ').ends_with('|')
        && text[end..].trim_start_matches(' ').starts_with('|')
}

/// What follows the address of a quoted-reply line (`… <a@b.c> wrote:`), in the
/// corpus's languages.
const WROTE: &[&str] = &[
    " wrote:",
    " a écrit",
    " schrieb:",
    " escribió:",
    " ha scritto:",
    " schreef:",
    " napisał",
    " escreveu:",
    " skrev:",
];

/// Whether `w` is one of `ASKING` in any case (`Ask` opening a sentence), with no copy.
fn asking(w: &str) -> bool {
    ASKING.iter().any(|a| a.eq_ignore_ascii_case(w))
}

/// Words that ask someone to do something, before the one asked (`Please ask
/// Michelle to resend`, `remind Stig about`).
const ASKING: &[&str] = &[
    "ask", "tell", "remind", "let", "have", "get", "help", "ping", "text", "call", "email",
    "message", "notify", "inform",
];

/// Chat apps a colleague is reached on.
const MESSENGERS: &[&str] = &[
    "Slack", "Teams", "WhatsApp", "Signal", "Telegram", "WeChat", "Skype", "Zoom",
];

/// One given name between a word that asks and what is asked of them (`Please ask
/// Michelle to resend the scan`, `tell Hans whether`, `let Anmol know`) or a number
/// to reach them on (`call Margaret at +33 …`).
fn asked_to(text: &str, toks: &[Token], a: usize, b: usize) -> bool {
    if b - a != 1 || a == 0 {
        return false;
    }
    let (p, t) = (&toks[a - 1], &toks[a]);
    let after = &text[t.end..];
    // (and where they work: `let Tina from finance know`)
    let after = after
        .strip_prefix(" from ")
        .map(|r| r.strip_prefix("the ").unwrap_or(r))
        .and_then(|r| {
            let w = r.find(|c: char| !c.is_alphabetic()).unwrap_or(r.len());
            (w > 0 && r[..w].chars().all(|c| c.is_lowercase())
                || (2..=4).contains(&w) && r[..w].chars().all(|c| c.is_ascii_uppercase()))
            .then(|| &r[w..])
        })
        .unwrap_or(after);
    (p.kind == Kind::Lower || p.kind == Kind::Cap && p.sentence_start)
        && text[p.end..t.start] == *" "
        && asking(&text[p.start..p.end])
        && (matches!(t.kind, Kind::Cap | Kind::CasedScript)
            || t.kind == Kind::Upper && t.flags & (GIVEN | COMMON) == GIVEN)
        // (a town named like a person is the person here: `let Bryan know`)
        && t.flags & (STOP | ORG | LABEL | TITLE) == 0
        && (t.flags & PLACE == 0 || t.flags & GIVEN != 0)
        && ([" to ", " if ", " whether ", " about ", " know", " that "]
            .iter()
            .any(|w| after.starts_with(w))
            // (or what they are told, a clause: `Tell Viktor the driver will wait`)
            || matches!(
                &text[p.start..p.end],
                "tell" | "Tell" | "remind" | "Remind" | "inform" | "Inform"
            ) && [" the ", " we ", " she ", " he ", " they ", " our ", " her ", " his "]
                .iter()
                .any(|w| after.starts_with(w))
            // or how: `tell Jennifer by SMS at +1 …`
            || after.strip_prefix(" by ").is_some_and(|r| {
                ["SMS", "sms", "text", "phone", "email", "e-mail", "mail", "WhatsApp"]
                    .iter()
                    .any(|m| r.starts_with(m))
            })
            // or where to reach them: `Pls call Margaret at +33 1 …`, `text Per on 070-…`,
            // `Ping Aarna on Slack`
            || [" at ", " on "].iter().any(|w| {
                after
                    .strip_prefix(w)
                    .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit() || c == '+' || c == '('))
            })
            || after
                .strip_prefix(" on ")
                .is_some_and(|r| opens_with_word(r, MESSENGERS)))
}

/// A fact about a person right after the run (`we confirm that Robin Gumprich,
/// born 18/08/1977`, `Amico Vianello — DOB 17 Aug 1954`, `Yago Fogaça
/// (emanuel66@example.com)`); a surname that is also a word may end it after a
/// known given name (`Mark West — DOB`; see `decide`).
fn fact_after(text: &str, run: &[Token], name_words: &dyn Fn(&[Token]) -> bool) -> bool {
    if !(2..=4).contains(&run.len()) {
        return false;
    }
    let stop_end = run.len() == 2
        && run[0].flags & (GIVEN | STOP) == GIVEN
        && run[1].flags & (SURNAME | ORG | LABEL) == SURNAME;
    let words = if stop_end { &run[..1] } else { run };
    // (the text after the run first: most runs have no fact after them, and the
    // word lists cost lookups)
    matches!(run[run.len() - 1].kind, Kind::Cap | Kind::Upper)
        && person_fact_follows(&text[run[run.len() - 1].end..])
        && name_words(words)
        && (stop_end || name_words(run))
}

/// Facts only a person has, which may follow a name: `, born 1970-04-07`, ` — DOB`,
/// ` (passport …)` (see `person_fact_follows`).
const PERSON_FACTS: &[&str] = &[
    "born",
    "dob",
    "d.o.b",
    "date of birth",
    "passport",
    "nationality",
    "aged",
    "née",
    "geb.",
    // a relative clause or a request only a person takes: `Senn Ghoerle who handles
    // visas`, `Mats Lafleur please share the scan`
    "who",
    "please",
    // pronouns given with a name: `Amaira Purohit (she/her)`
    "she/her",
    "he/him",
    "they/them",
    "she/they",
    "he/they",
];

/// Whether `after` (the text after a possessive run) opens with `'s` and a
/// relation only a person has or what only a person carries: `'s assistant`, `'s
/// wife`, `'s passport`.
fn person_relation_follows(after: &str) -> bool {
    const RELATIONS: &[&str] = &[
        "assistant",
        "wife",
        "husband",
        "son",
        "daughter",
        "mother",
        "father",
        "mum",
        "mom",
        "dad",
        "partner",
        "fiancé",
        "fiancée",
        "fiance",
        "fiancee",
        "sister",
        "brother",
        "children",
        "kids",
        "boss",
        "secretary",
        "PA",
        "EA",
        "colleague",
        "line manager",
        "family",
        "parents",
        "girlfriend",
        "boyfriend",
        // (and what only a person carries: `charged Tanmayi Nadig's card`)
        "card",
        "credit card",
        "passport",
        "luggage",
        "suitcase",
        "boarding pass",
    ];
    let Some(rest) = after
        .strip_prefix("'s ")
        .or_else(|| after.strip_prefix("’s "))
    else {
        return false;
    };
    opens_with_word(rest, RELATIONS)
}

/// Whether `text` opens with one of `words`, whole (`called`, not `calledfor`).
fn opens_with_word(text: &str, words: &[&str]) -> bool {
    words.iter().any(|w| {
        text.strip_prefix(w)
            .is_some_and(|r| !r.starts_with(|c: char| c.is_alphanumeric()))
    })
}

/// Whether `after` (the text after a run of names) opens with what only a person
/// does: `just called`, `phoned`, `asked` — narrower than `PERSON_VERBS`, since the
/// run may stand anywhere and hold words in no list (see `subject_of_verb` for
/// known given names opening a sentence).
fn person_verb_follows(after: &str) -> bool {
    const VERBS: &[&str] = &[
        "called",
        "phoned",
        "rang",
        "texted",
        "messaged",
        "emailed",
        "e-mailed",
        "reported",
        "said",
        "says",
        "asked",
        "complained",
        "missed",
        "forgot",
    ];
    // (an action item's owner: `Dipta Mitter to follow up on the contracts`)
    const ASSIGNED: &[&str] = &[
        "follow up",
        "present",
        "confirm",
        "send",
        "book",
        "arrange",
        "review",
        "prepare",
        "approve",
        "chase",
        "contact",
        "call",
        "sign",
        "collect",
    ];
    let Some(rest) = after.strip_prefix(' ') else {
        return false;
    };
    let rest = rest.strip_prefix("just ").unwrap_or(rest);
    opens_with_word(rest, VERBS)
        || rest
            .strip_prefix("to ")
            .is_some_and(|r| opens_with_word(r, ASSIGNED))
}

/// Whether `text` opens with an e-mail address written to dodge filters: its `@`
/// and a dot in words or brackets (`qkerr[at]example dot com`, `hgarcia at example
/// dot net`, `ana (at) mail (dot) pt`).
fn spelled_email_opens(text: &str) -> bool {
    let part = |c: char| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '+' | '-');
    let local = text.len() - text.trim_start_matches(part).len();
    let Some(rest) = [
        "[at]", "(at)", "{at}", "<at>", " at ", " AT ", " [at] ", " (at) ",
    ]
    .iter()
    .find_map(|at| text[local..].strip_prefix(at)) else {
        return false;
    };
    let rest = rest.trim_start_matches(' ');
    let label = rest.len()
        - rest
            .trim_start_matches(|c: char| c.is_ascii_alphanumeric() || c == '-')
            .len();
    local > 0
        && label > 0
        && [
            ".", " dot ", "[dot]", "(dot)", "{dot}", " [dot] ", " (dot) ",
        ]
        .iter()
        .any(|dot| {
            rest[label..]
                .strip_prefix(dot)
                .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_alphabetic()))
        })
}

/// Verbs after `, she` or `, he` that make the run before it a person.
const PRONOUN_VERBS: &[&str] = &[
    "is", "was", "has", "had", "needs", "wants", "will", "can", "cannot", "can't", "does", "did",
    "says", "said", "asked", "called", "lands", "landed", "arrives", "arrived", "flies", "left",
    "missed", "prefers", "travels",
];

/// Whether `after` (the text after a run of names) opens with a fact about a person:
/// a comma, dash or bracket and one of `PERSON_FACTS`, a pronoun and its verb, or an
/// e-mail address or an international phone number in brackets.
fn person_fact_follows(after: &str) -> bool {
    let rest = after.trim_start_matches([' ', ',', '-', '(', '\u{2014}', '\u{2013}']);
    let sep = &after[..after.len() - rest.len()];
    if sep.is_empty() || sep.len() > 5 || !sep.starts_with([',', ' ']) {
        return false;
    }
    if sep.ends_with('(') {
        let inner = rest.split([')', ' ', '\n']).next().unwrap_or("");
        if inner.contains('@') && inner.len() <= 254 || spelled_email_opens(rest) {
            return true;
        }
        // an international number: `Maria Gustavsson (+46 70 123 40 32)`
        if rest.starts_with('+') && rest[1..].starts_with(|c: char| c.is_ascii_digit()) {
            return true;
        }
        // or a national one with its trunk 0, digits and spaces only: `(081234
        // 54961)` (no `-`, `/` or `.`: dates, `(2025-12-03–2025-12-09)`)
        if let Some((inner, _)) = rest.split_once(')') {
            let digits = inner.bytes().filter(u8::is_ascii_digit).count();
            if digits >= 8
                && inner.len() <= 24
                && inner.starts_with('0')
                && inner.bytes().all(|c| c.is_ascii_digit() || c == b' ')
            {
                return true;
            }
        }
    }
    // a pronoun and its verb right after the comma: `for Robin West, she is sick`
    if sep == ", " {
        let mut words = rest.splitn(3, ' ');
        let (pronoun, verb) = (words.next().unwrap_or(""), words.next().unwrap_or(""));
        if matches!(pronoun, "she" | "he") && PRONOUN_VERBS.contains(&verb) {
            return true;
        }
    }
    PERSON_FACTS.iter().any(|w| {
        rest.len() >= w.len()
            && rest.is_char_boundary(w.len())
            && rest[..w.len()].eq_ignore_ascii_case(w)
            && !rest[w.len()..].starts_with(|c: char| c.is_alphanumeric())
    })
}

/// Organisation words that are also common surnames (see `decide`).
const ORG_SURNAMES: &[&str] = &["law", "sales", "steel"];

/// Words that lead to a person through `to` (`email to`, `assigned to`).
const PERSON_TO: &[&str] = &[
    "email",
    "emailed",
    "mail",
    "mailed",
    "send",
    "sent",
    "forward",
    "forwarded",
    "reply",
    "replied",
    "write",
    "wrote",
    "message",
    "letter",
    "note",
    "apology",
    "reminder",
    "introduce",
    "introduced",
    "talk",
    "talked",
    "speak",
    "spoke",
    "out",
    "assigned",
    "reassigned",
    "allocated",
    "addressed",
    "issued",
    "given",
    "gave",
    "handed",
    "belongs",
    "belong",
    "thanks",
    "thank",
    "grateful",
    "married",
    "reports",
    "reported",
    "escalate",
    "escalated",
    "delegated",
    // (`bill to X`, `invoice to X`: whom a cost goes to)
    "bill",
    "billed",
    "sms",
    "text",
    "whatsapp",
    "invoice",
    "invoiced",
];

/// Words after which `by` leads to a firm rather than a person.
const FIRM_BY: &[&str] = &[
    "employed",
    "owned",
    "operated",
    "run",
    "sponsored",
    "acquired",
    "supplied",
    "provided",
    "powered",
    "hosted",
    "organised",
    "organized",
];

/// What a person sends, which leads to its sender through `from` (`Update from
/// Juliette:`); news and greetings come from places as often (`greetings from Lima`).
const MESSAGES: &[&str] = &[
    "update",
    "message",
    "note",
    "reminder",
    "email",
    "e-mail",
    "mail",
    "text",
    "call",
    "voicemail",
    "request",
    "feedback",
    "reply",
    "answer",
    "letter",
    "complaint",
    "memo",
    "sos",
    "alert",
    "invitation",
];

/// Words that lead to a person through `of` (`on behalf of`, `the itinerary of`).
const PERSON_OF: &[&str] = &[
    "name",
    "behalf",
    "itinerary",
    "profile",
    "passport",
    "booking",
    "bookings",
    "account",
    "manager",
    "assistant",
    "request",
    "wife",
    "husband",
    "son",
    "daughter",
    "family",
    "colleague",
    "colleagues",
    "details",
    "expenses",
    "visa",
    "ticket",
    "tickets",
    "complaint",
    "approval",
    "feedback",
    "whereabouts",
    "boss",
    "deputy",
    "secretary",
    "position",
];

/// Whether the token `toks[i]` ends a speaker's naming of themselves: `this is`,
/// `my name is`, `it's` (its `'s` left out of the token), `I'm`.
fn self_introduction(text: &str, toks: &[Token], i: usize) -> bool {
    let p = &toks[i];
    let w = &text[p.start..p.end];
    let gap_after = toks.get(i + 1).map(|n| &text[p.end.min(n.start)..n.start]);
    // (`It's` too, opening a line or sentence: `CALLER: It's Nakul Dayal.`)
    if matches!(p.kind, Kind::Lower | Kind::Cap)
        && p.possessive
        && w.eq_ignore_ascii_case("it")
        && matches!(gap_after, Some("'s " | "’s "))
    {
        return true;
    }
    if gap_after != Some(" ") {
        return false;
    }
    if matches!(w, "i'm" | "I'm" | "i’m" | "I’m" | "m'appelle" | "m’appelle") {
        return true;
    }
    let prev = || {
        (i > 0 && text[toks[i - 1].end..p.start] == *" ")
            .then(|| &text[toks[i - 1].start..toks[i - 1].end])
    };
    // `me llamo`, `mi chiamo`, `ik heet`, `nazywam się`
    if matches!(
        (prev(), w),
        (Some("me" | "Me"), "llamo")
            | (Some("mi" | "Mi"), "chiamo")
            | (Some("ik" | "Ik"), "heet")
            | (Some("nazywam" | "Nazywam"), "się")
    ) {
        return true;
    }
    // `soy`, `sono` (I am) opening a clause after a greeting: `Hola, soy Ettore`
    if matches!(w, "soy" | "sono") && i > 0 && toks[i - 1].flags & GREETING != 0 {
        return matches!(&text[toks[i - 1].end..p.start], " " | ", ");
    }
    // `its` for `it's` right after a greeting, as texts write it: `Hi its Pawel`
    if w == "its" && i > 0 && toks[i - 1].flags & GREETING != 0 {
        return matches!(&text[toks[i - 1].end..p.start], " " | ", ");
    }
    if w != "is" || i == 0 || text[toks[i - 1].end..p.start] != *" " {
        return false;
    }
    match &text[toks[i - 1].start..toks[i - 1].end] {
        "name" => true,
        // `this is` opening a clause (`Hello, this is …`), not `… for this is Teddy`
        "this" | "This" => {
            i < 2 || {
                let gap = &text[toks[i - 2].end..toks[i - 1].start];
                toks[i - 1].sentence_start || gap.contains([',', ':', '"', '\'', '\n'])
            }
        }
        _ => false,
    }
}

/// Whether the lower-case token `toks[i]`, one space before the token after it,
/// introduces a person: `opened by`, `meeting with`, and `to` / `of` after a word
/// that leads to a person (`email to`, `on behalf of`) — elsewhere `to` leads to
/// places.
fn introduces_person(text: &str, toks: &[Token], i: usize) -> bool {
    // a speaker naming themselves: `this is Gagan Chahal`, `it's Odika Babu here`
    if self_introduction(text, toks, i) {
        return true;
    }
    let p = &toks[i];
    // `w/` for `with` in notes: `spoke w/ Pier Anguillara re refund`
    if p.kind == Kind::Lower
        && &text[p.start..p.end] == "w"
        && toks
            .get(i + 1)
            .is_some_and(|n| text[p.end..n.start] == *"/ ")
    {
        return true;
    }
    if p.kind != Kind::Lower || toks.get(i + 1).is_none_or(|n| text[p.end..n.start] != *" ") {
        return false;
    }
    let w = &text[p.start..p.end];
    // (`by` after the words of owning and employing leads to a firm: `employed by
    // Jones, Martinez and Williams`, `operated by Arnaud`)
    if w == "by" && after_word(text, toks, i, FIRM_BY) {
        return false;
    }
    if INTRODUCERS.contains(&w) {
        return true;
    }
    let prev = |q: usize| (q < i).then(|| &text[toks[q].start..toks[q].end]);
    if i > 0 && w == "is" && prev(i - 1) == Some("holder") {
        return true;
    }
    // (`Update from Juliette:`, `a reminder from Dipta Mitter`: the message noun
    // may open the sentence)
    let leads = match w {
        "from" => MESSAGES,
        "to" => PERSON_TO,
        // `pick up Davi Carvalho at …`
        "up" => &["pick", "picks", "picking"],
        // `looping in Felix de Roos`
        "in" => &[
            "loop", "loops", "looping", "looped", "bring", "bringing", "rope", "roping",
        ],
        // `the reservation under Advay Boase`, `our tickets are under Teixeira`
        "under" => &[
            "booked",
            "reserved",
            "held",
            "reservation",
            "booking",
            "table",
            "room",
            "tickets",
            "seats",
            "are",
        ],
        "of" => PERSON_OF,
        // `au nom de`, `a nombre de`, `em nome de`, `a nome di`: in the name of
        "de" | "di" => &["nom", "nombre", "nome"],
        _ => return false,
    };
    // (the lead may open the sentence: `Pick up Mahika Nanda at …`)
    i > 0 && {
        let q = &toks[i - 1];
        (q.kind == Kind::Lower
            || q.kind == Kind::Cap && (q.sentence_start || text[..q.start].ends_with(": "))
            // (`SMS to Charvi Padmanabhan`)
            || q.kind == Kind::Upper)
            && text[q.end..p.start] == *" "
            && leads
                .iter()
                .any(|l| text[q.start..q.end].eq_ignore_ascii_case(l))
    }
}

/// Whether `next` continues the run that `prev` is in.
/// A title inside a run of capitalised words opens a new one: `Rebooked Mr Tanaka
/// Hiroshi`, `Thanks Dr Lee` (unless it follows another anchor, `Herr Dr. Weber`, or
/// is also a given name, `Mrs Don Eberley`).
fn title_opens(toks: &[Token], j: usize) -> bool {
    let (prev, t) = (&toks[j - 1], &toks[j]);
    t.flags & TITLE != 0
        && t.flags & GIVEN == 0
        && prev.flags & (TITLE | LABEL | GREETING) == 0
        && toks
            .get(j + 1)
            .is_some_and(|n| n.joined && matches!(n.kind, Kind::Cap | Kind::Upper))
}

fn continues(prev: &Token, next: &Token, rest: &[Token]) -> bool {
    match next.kind {
        // particles lead to a capitalised surname: `van Beieren`, `van de Wiel`
        Kind::Lower => {
            let particles = rest
                .iter()
                .take_while(|t| t.kind == Kind::Lower && t.flags & PARTICLE != 0)
                .count();
            particles > 0
                && rest[1..particles].iter().all(|t| t.joined)
                && rest
                    .get(particles)
                    .is_some_and(|t| t.joined && t.kind == Kind::Cap)
        }
        Kind::Cjk | Kind::Uncased => prev.kind == next.kind,
        // (a Latin middle initial inside a Cyrillic or Greek name: `Лазарь J.
        // Филиппова`)
        Kind::CasedScript => matches!(prev.kind, Kind::CasedScript | Kind::Initial),
        Kind::Upper => matches!(prev.kind, Kind::Upper | Kind::Initial | Kind::Cap),
        Kind::Initial => matches!(
            prev.kind,
            Kind::Cap | Kind::Initial | Kind::Upper | Kind::Lower | Kind::CasedScript
        ),
        Kind::Cap => matches!(
            prev.kind,
            Kind::Cap | Kind::Initial | Kind::Upper | Kind::Lower
        ),
        Kind::Other => false,
    }
}
