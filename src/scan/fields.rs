//! Structure-keyed values: a JSON `"pnr": "ABC123"`, a `password=…` assignment, an
//! XML `<GivenName>Anna</GivenName>` or a CSV column headed `traveler_name`. The key
//! says what the value is, so shapes that are too common to match alone (a 6-letter
//! locator, a bare given name) are found where the structure names them.

use crate::scan::engine::Rule;
use crate::scan::finding::RuleIdx;
use crate::scan::fxhash::FxHashMap;

/// Keys are compared without case, `_`, `-`, `.` or spaces: `Traveler_Name` = `travelername`.
pub fn normalize_key(k: &str) -> String {
    k.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// A value span found under a key, with the rules that key belongs to.
pub struct KeyedValue<'r> {
    /// `key=value` / `key: value` cut at a space (one token of what may be a longer
    /// name): too loose for names.
    pub assignment: bool,
    pub start: usize,
    pub end: usize,
    pub rules: &'r [RuleIdx],
}

pub struct FieldIndex {
    by_key: FxHashMap<String, Vec<RuleIdx>>,
}

/// Longest key looked up (bytes); longer ones name nothing we know.
const MAX_KEY: usize = 48;
/// Longest value taken under a key, in characters.
const MAX_VALUE: usize = 300;
/// Most strings read from one list under a key (`"attendees": […]`).
const MAX_LIST: usize = 64;

impl FieldIndex {
    pub fn new(rules: &[Rule]) -> Self {
        let mut by_key: FxHashMap<String, Vec<RuleIdx>> = FxHashMap::default();
        for (i, r) in rules.iter().enumerate() {
            for k in &r.keys {
                by_key.entry(k.clone()).or_default().push(i as RuleIdx);
            }
        }
        Self { by_key }
    }

    pub fn is_empty(&self) -> bool {
        self.by_key.is_empty()
    }

    /// The rules of a key, normalised like `normalize_key` but without allocating.
    fn lookup(&self, key: &str) -> Option<&[RuleIdx]> {
        if key.len() > MAX_KEY {
            return None;
        }
        let mut buf = [0u8; MAX_KEY * 4];
        let mut n = 0;
        for c in key.chars().filter(|c| c.is_alphanumeric()) {
            for l in c.to_lowercase() {
                n += l.encode_utf8(&mut buf[n..]).len();
            }
        }
        let k = std::str::from_utf8(&buf[..n]).expect("encoded chars");
        self.by_key.get(k).map(Vec::as_slice)
    }

    /// Calls `found` for every keyed value in `text`.
    pub fn scan<'s>(&'s self, text: &str, mut found: impl FnMut(KeyedValue<'s>)) {
        let bytes = text.as_bytes();
        // JSON pairs and assignments: find the key before each `:` / `=` and look it
        // up first, so the value is only parsed under a key we know.
        // (a property without parameters reads as a content line only in a card or
        // calendar: elsewhere `PNR:ABC123 confirmed` is an assignment; one with
        // parameters has a `;`, and a text without either skips the line reading)
        static CARD: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
            std::sync::LazyLock::new(|| memchr::memmem::Finder::new(b"BEGIN:V"));
        let card = CARD.find(bytes).is_some();
        let lines = card || memchr::memchr(b';', bytes).is_some();
        for i in memchr::memchr2_iter(b':', b'=', bytes) {
            if lines && bytes[i] == b':' && self.content_line(text, i, card, &mut found) {
                continue;
            }
            self.pair_at(text, i, &mut found);
        }
        for i in memchr::memchr_iter(b'<', bytes) {
            self.element_at(text, i, &mut found);
        }
        self.csv(text, &mut found);
        for at in memchr::memmem::find_iter(bytes, b"INSERT INTO")
            .chain(memchr::memmem::find_iter(bytes, b"insert into"))
        {
            self.sql_insert(text, at + 11, &mut found);
        }
    }

    /// A vCard or iCalendar content line whose first colon is at `at`: a property in
    /// capitals at the line start, its `;PARAM=value` parameters, then the value to
    /// the line end (`FN:Vedika Shanker`, `TEL;TYPE=cell:081234 53671`,
    /// `ATTENDEE;CN=Asafe Rezende;ROLE=REQ-PARTICIPANT:mailto:…`). The property's
    /// value goes under the property as a key; a `CN` parameter's (the common name)
    /// and the parts of a structured `N:Family;Given;Middle;;` under `name`.
    /// Whether the line has that form (then no other reading of it is tried); one
    /// without parameters only in a `card` (the text has a `BEGIN:V…` line).
    fn content_line<'s>(
        &'s self,
        text: &str,
        at: usize,
        card: bool,
        found: &mut impl FnMut(KeyedValue<'s>),
    ) -> bool {
        const MAX_HEAD: usize = 200;
        let b = text.as_bytes();
        let from = at.saturating_sub(MAX_HEAD);
        let line = match b[from..at].iter().rposition(|&c| c == b'\n') {
            Some(p) => from + p + 1,
            None if from == 0 => 0,
            None => return false,
        };
        let head = &text[line..at];
        let prop_len = head
            .bytes()
            .position(|c| !(c.is_ascii_uppercase() || c.is_ascii_digit() || c == b'-'))
            .unwrap_or(head.len());
        let params = &head[prop_len..];
        if prop_len == 0
            || !b[line].is_ascii_uppercase()
            || !params.is_empty() && !params.starts_with(';')
        {
            return false;
        }
        let value_start = at + 1;
        if params.is_empty() && !card {
            return false;
        }
        let param_ok = |p: &str| {
            let (name, value) = p.split_once('=').unwrap_or((p, ""));
            !name.is_empty()
                && name.bytes().all(|c| c.is_ascii_alphanumeric() || c == b'-')
                && !value.contains(['"', '\'', '<', '>'])
        };
        if !params.split(';').skip(1).all(param_ok) {
            return false;
        }
        let value_end = b[value_start..]
            .iter()
            .position(|&c| c == b'\n' || c == b'\r')
            .map_or(b.len(), |p| value_start + p);
        let names = self.lookup("name");
        // (each parameter's start: past the property and its `;`)
        let mut param = line + prop_len;
        for p in params.split(';').skip(1) {
            param += 1;
            if let (Some((key, _)), Some(rules)) = (p.split_once('='), names) {
                if key.eq_ignore_ascii_case("cn") {
                    let v = param + key.len() + 1;
                    emit_trimmed(text, v, param + p.len(), rules, false, found);
                }
            }
            param += p.len();
        }
        let prop = &head[..prop_len];
        if prop == "N" {
            // family; given; additional names; prefixes; suffixes
            if let Some(rules) = names {
                let mut s = value_start;
                for part in text[value_start..value_end].split(';').take(3) {
                    emit_trimmed(text, s, s + part.len(), rules, false, found);
                    s += part.len() + 1;
                }
            }
        } else if let Some(rules) = self.lookup(prop) {
            emit_trimmed(text, value_start, value_end, rules, false, found);
        }
        true
    }

    /// SQL `INSERT INTO t (name, email) VALUES ('Anna Novak', 'a@b.c'), (…)` after
    /// `at` (past `INSERT INTO`): each quoted value under its column's key.
    fn sql_insert<'s>(&'s self, text: &str, at: usize, found: &mut impl FnMut(KeyedValue<'s>)) {
        let b = text.as_bytes();
        let Some(open) = b[at..]
            .iter()
            .position(|&c| matches!(c, b'(' | b';' | b'\n'))
        else {
            return;
        };
        let open = at + open;
        let Some(close) = b[open..].iter().position(|&c| c == b')') else {
            return;
        };
        let close = open + close;
        if b[open] != b'(' {
            return;
        }
        let cols: Vec<Option<&'s [RuleIdx]>> = text[open + 1..close]
            .split(',')
            .map(|c| self.lookup(c.trim().trim_matches(['`', '"', '[', ']'])))
            .collect();
        if cols.iter().all(Option::is_none) {
            return;
        }
        let mut i = skip_space(b, close + 1);
        if !b
            .get(i..i + 6)
            .is_some_and(|w| w.eq_ignore_ascii_case(b"values"))
        {
            return;
        }
        i += 6;
        // each row: `(` values `)`, rows parted by `,`
        loop {
            i = skip_space(b, i);
            if b.get(i) != Some(&b'(') {
                return;
            }
            i += 1;
            for col in &cols {
                i = skip_space(b, i);
                let end = if b.get(i) == Some(&b'\'') {
                    // ('' inside stands for one quote: `'O''Brien'`)
                    let mut j = i + 1;
                    while j < b.len() && (b[j] != b'\'' || b.get(j + 1) == Some(&b'\'')) {
                        j += if b[j] == b'\'' { 2 } else { 1 };
                    }
                    if j >= b.len() {
                        return;
                    }
                    if let Some(rules) = col {
                        emit_trimmed(text, i + 1, j, rules, false, found);
                    }
                    j + 1
                } else {
                    i + b[i..]
                        .iter()
                        .position(|&c| matches!(c, b',' | b')'))
                        .unwrap_or(b.len() - i)
                };
                i = skip_space(b, end);
                match b.get(i) {
                    Some(b',') => i += 1,
                    Some(b')') => break,
                    _ => return,
                }
            }
            i = skip_space(b, i);
            if b.get(i) != Some(&b')') {
                return;
            }
            i = skip_space(b, i + 1);
            if b.get(i) != Some(&b',') {
                return;
            }
            i += 1;
        }
    }

    /// A `"key": value` JSON pair or a `key=value` / `key: value` assignment whose
    /// delimiter is at `at`.
    fn pair_at<'s>(&'s self, text: &str, at: usize, found: &mut impl FnMut(KeyedValue<'s>)) {
        let b = text.as_bytes();
        let mut k = at;
        while k > 0 && b[k - 1].is_ascii_whitespace() {
            k -= 1;
        }
        if k == 0 {
            return;
        }
        let quote = b[k - 1];
        if quote == b'"' || quote == b'\'' {
            // JSON: "key" <space> : <space> ( "string" | coordinate-like number ), and
            // a Python dict's 'key': 'string'
            if b[at] != b':' {
                return;
            }
            let end = k - 1;
            let mut s = end;
            while s > 0 && end - s <= 41 && is_json_key_byte(b[s - 1]) {
                s -= 1;
            }
            let starts_ok = s < end && (b[s].is_ascii_alphabetic() || b[s] == b'_');
            if s == 0 || b[s - 1] != quote || end - s > 41 || !starts_ok {
                return;
            }
            let Some(rules) = self.lookup(&text[s..end]) else {
                return;
            };
            let mut v = at + 1;
            while v < b.len() && b[v].is_ascii_whitespace() {
                v += 1;
            }
            let string =
                |v: usize| quoted_string(text, v, b'"').or_else(|| quoted_string(text, v, b'\''));
            if let Some(e) = string(v) {
                emit_trimmed(text, v + 1, e, rules, false, found);
            } else if let Some(e) = coordinate(b, v) {
                emit_trimmed(text, v, e, rules, false, found);
            } else if b.get(v) == Some(&b'[') {
                // a list of strings, each under the key: `"attendees": ["A", "B"]`
                let mut i = v + 1;
                for _ in 0..MAX_LIST {
                    i = skip_space(b, i);
                    let Some(e) = string(i) else { break };
                    emit_trimmed(text, i + 1, e, rules, false, found);
                    i = skip_space(b, e + 1);
                    if b.get(i) != Some(&b',') {
                        break;
                    }
                    i += 1;
                }
            }
            return;
        }
        // assignment: key [ \t]* (= | :) [ \t]* ['"]? value
        if b[k..at].iter().any(|&c| c == b'\n' || c == b'\r') {
            return;
        }
        let mut s0 = k;
        while s0 > 0 && k - s0 < 64 && is_assign_key_byte(b[s0 - 1]) {
            s0 -= 1;
        }
        if s0 > 0 && is_assign_key_byte(b[s0 - 1]) {
            return;
        }
        // the key starts at a letter, at the run's start or after `.`/`-`, and is
        // 2..=41 bytes long
        let Some(s) = (s0..k.saturating_sub(1)).find(|&p| {
            k - p <= 41
                && b[p].is_ascii_alphabetic()
                && (p == s0 || matches!(b[p - 1], b'.' | b'-'))
        }) else {
            return;
        };
        let Some(rules) = self.lookup(&text[s..k]) else {
            return;
        };
        let mut v = at + 1;
        while v < b.len() && (b[v] == b' ' || b[v] == b'\t') {
            v += 1;
        }
        // a quoted value says where it ends, spaces and all (`name="Natasza Dumała"`)
        let quote = b.get(v).copied().filter(|&q| q == b'"' || q == b'\'');
        if quote.is_some() && text[s..k].eq_ignore_ascii_case("name") && owned_by_thing(text, s) {
            // the name of an XML element that is a thing: `<Hotel Name="Wood-Skinner">`
            return;
        }
        if let Some(e) = quote.and_then(|q| quoted_string(text, v, q)) {
            emit_trimmed(text, v + 1, e, rules, false, found);
            return;
        }
        if v < b.len() && (b[v] == b'"' || b[v] == b'\'') {
            v += 1;
        }
        let mut e = v;
        for c in text[v..].chars().take(MAX_VALUE) {
            if c.is_whitespace() || matches!(c, '"' | '\'' | ',' | ';' | '&' | '<' | '>') {
                break;
            }
            e += c.len_utf8();
        }
        // (a `key=value` that ends its field, at a `;`, `&` or the line's end, is
        // whole, and a name there is all of it: `first_name=Luísa; last_name=Aragão`;
        // not a `key: value`, `Traveler: Ritter, Tatjana`, `name: String,`)
        let whole = b[at] == b'=' && matches!(b.get(e), None | Some(b';' | b'&' | b'\n' | b'\r'));
        if e > v {
            emit_trimmed(text, v, e, rules, !whole, found);
        }
    }

    /// An XML element `<Tag>value</Tag>` opening at `at`: a one-line value of
    /// 1..=200 characters without markup.
    fn element_at<'s>(&'s self, text: &str, at: usize, found: &mut impl FnMut(KeyedValue<'s>)) {
        let b = text.as_bytes();
        let name_len = tag_name(&b[at + 1..]);
        let open_end = at + 1 + name_len;
        if name_len == 0 || b.get(open_end) != Some(&b'>') {
            return;
        }
        let name = &text[at + 1..open_end];
        let Some(rules) = self.lookup(name) else {
            return;
        };
        let v = open_end + 1;
        let Some(len) = b[v..]
            .iter()
            .position(|&c| matches!(c, b'<' | b'>' | b'\n'))
        else {
            return;
        };
        let e = v + len;
        let chars = text[v..e].chars().count();
        let close = &b[e..];
        let closes = close.starts_with(b"</")
            && close[2..].starts_with(name.as_bytes())
            && close.get(2 + name.len()) == Some(&b'>');
        if (1..=200).contains(&chars) && closes {
            emit_trimmed(text, v, e, rules, false, found);
        }
    }

    /// Delimited tables: a header line of identifiers, then rows with as many cells
    /// (columns parted by `,` `;` tab `|`, or aligned with runs of spaces).
    fn csv<'s>(&'s self, text: &str, found: &mut impl FnMut(KeyedValue<'s>)) {
        let mut header: Option<(u8, Vec<Option<&'s [RuleIdx]>>)> = None;
        let mut offset = 0;
        for line in text.split_inclusive('\n') {
            let start = offset;
            offset += line.len();
            let body = line.trim_end_matches(['\n', '\r']);
            if let Some((delim, cols)) = &header {
                if cells(body, *delim).count() == cols.len() {
                    for ((s, e), rules) in cells(body, *delim).zip(cols) {
                        if let Some(rules) = rules {
                            emit_trimmed(text, start + s, start + e, rules, false, found);
                        }
                    }
                    continue;
                }
                header = None;
            }
            for delim in [b',', b';', b'\t', b'|', ALIGNED] {
                let parted = if delim == ALIGNED {
                    body.contains("  ")
                } else {
                    body.as_bytes().contains(&delim)
                };
                if !parted {
                    continue;
                }
                // a form row of a key and its value (`Name | Olivia Walsh`, `DOB\t1980-
                // 10-25`, `| Passport | N52627242 |`): no header, the value is the key's
                if matches!(delim, b'\t' | b'|') {
                    let mut filled =
                        cells(body, delim).filter(|&(s, e)| !body[s..e].trim().is_empty());
                    if let (Some(k), Some(v), None) = (filled.next(), filled.next(), filled.next())
                    {
                        let rules = self.lookup(body[k.0..k.1].trim());
                        if let Some(rules) =
                            rules.filter(|_| self.lookup(body[v.0..v.1].trim()).is_none())
                        {
                            emit_trimmed(text, start + v.0, start + v.1, rules, false, found);
                            break;
                        }
                    }
                }
                let names = || cells(body, delim).map(|(s, e)| body[s..e].trim());
                let identifiers = names().filter(|n| !n.is_empty()).all(|n| {
                    n.len() <= 40
                        && n.chars()
                            .all(|c| c.is_alphanumeric() || c == '_' || c == ' ' || c == '-')
                });
                if !identifiers || !names().any(|n| self.lookup(n).is_some()) {
                    continue;
                }
                header = Some((delim, names().map(|n| self.lookup(n)).collect()));
                break;
            }
        }
    }
}

/// XML elements whose `Name` attribute names a thing, not a person.
const THING_TAGS: &[&str] = &[
    "hotel",
    "property",
    "company",
    "vendor",
    "supplier",
    "airline",
    "carrier",
    "agency",
    "chain",
    "brand",
    "venue",
    "organization",
    "organisation",
    "org",
    "firm",
    "employer",
    "account",
    "city",
    "airport",
    "office",
    "location",
    "place",
    "station",
    "country",
    "region",
    "product",
    "room",
    "rate",
    "event",
    "meeting",
    "department",
    "team",
    "project",
];

/// Whether the attribute whose key starts at `at` sits in an XML start tag (on the
/// same line) whose element is one of `THING_TAGS`.
fn owned_by_thing(text: &str, at: usize) -> bool {
    let b = text.as_bytes();
    let from = at.saturating_sub(200);
    let Some(lt) = b[from..at]
        .iter()
        .rposition(|&c| c == b'<')
        .map(|p| from + p)
    else {
        return false;
    };
    if b[lt..at].iter().any(|&c| matches!(c, b'>' | b'\n')) {
        return false;
    }
    let n = tag_name(&b[lt + 1..]);
    n > 0
        && THING_TAGS
            .iter()
            .any(|t| text[lt + 1..lt + 1 + n].eq_ignore_ascii_case(t))
}

/// The length of an XML tag name (`[A-Za-z][A-Za-z0-9_:-]{0,40}`) at the start of `b`.
fn tag_name(b: &[u8]) -> usize {
    if !b.first().is_some_and(u8::is_ascii_alphabetic) {
        return 0;
    }
    let n = b
        .iter()
        .take(42)
        .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, b'_' | b':' | b'-'))
        .count();
    if n > 41 {
        0
    } else {
        n
    }
}

/// The first byte at or after `i` that is no white space.
fn skip_space(b: &[u8], mut i: usize) -> usize {
    while b.get(i).is_some_and(u8::is_ascii_whitespace) {
        i += 1;
    }
    i
}

fn is_json_key_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'_' | b' ' | b'.' | b'-')
}

fn is_assign_key_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'_' | b'.' | b'-')
}

/// The end (closing quote) of a one-line string quoted with `quote` (JSON `"…"`, a
/// Python dict's `'…'`) of 1..=300 units opening at `at`.
fn quoted_string(text: &str, at: usize, quote: u8) -> Option<usize> {
    let b = text.as_bytes();
    if b.get(at) != Some(&quote) {
        return None;
    }
    let mut j = at + 1;
    let mut units = 0;
    loop {
        match *b.get(j)? {
            c if c == quote => break,
            b'\n' => return None,
            b'\\' => {
                if matches!(b.get(j + 1), None | Some(b'\n')) {
                    return None;
                }
                j += 1;
                j += text[j..].chars().next()?.len_utf8();
            }
            _ => j += text[j..].chars().next()?.len_utf8(),
        }
        units += 1;
        if units > MAX_VALUE {
            return None;
        }
    }
    (units > 0).then_some(j)
}

/// The end of an unquoted `-?\d{1,3}\.\d{3,12}` number at `at` (a coordinate).
fn coordinate(b: &[u8], at: usize) -> Option<usize> {
    let mut j = at + (b.get(at) == Some(&b'-')) as usize;
    let int = b[j..].iter().take_while(|c| c.is_ascii_digit()).count();
    if !(1..=3).contains(&int) || b.get(j + int) != Some(&b'.') {
        return None;
    }
    j += int + 1;
    let frac = b[j..].iter().take_while(|c| c.is_ascii_digit()).count();
    let word_follows = b
        .get(j + frac)
        .is_some_and(|c| c.is_ascii_alphanumeric() || *c == b'_');
    ((3..=12).contains(&frac) && !word_follows).then_some(j + frac)
}

/// The cells of a delimited line as byte ranges.
/// The cells of a delimited line. A cell in double quotes (`"Dubois, Amélie"`, with
/// `""` for a quote inside) may hold the delimiter; its span leaves the quotes out.
/// The `delim` of columns aligned with two or more spaces (`Name      Ticket`), which
/// no text uses as a delimiter of its own.
const ALIGNED: u8 = 0;

fn cells(line: &str, delim: u8) -> impl Iterator<Item = (usize, usize)> + '_ {
    let b = line.as_bytes();
    let mut s = 0;
    let mut done = false;
    std::iter::from_fn(move || {
        if done {
            return None;
        }
        let open = s + b[s..].iter().take_while(|&&c| c == b' ').count();
        if b.get(open) == Some(&b'"') {
            if let Some(close) = closing_quote(b, open + 1) {
                let cell = (open + 1, close);
                match b[close + 1..].iter().position(|&c| c == delim) {
                    Some(p) => s = close + 1 + p + 1,
                    None => done = true,
                }
                return Some(cell);
            }
        }
        let next = if delim == ALIGNED {
            b[s..].windows(2).position(|w| w == b"  ")
        } else {
            b[s..].iter().position(|&c| c == delim)
        };
        match next {
            Some(p) => {
                let cell = (s, s + p);
                s += p + 1;
                if delim == ALIGNED {
                    s += b[s..].iter().take_while(|&&c| c == b' ').count();
                }
                Some(cell)
            }
            None => {
                done = true;
                Some((s, b.len()))
            }
        }
    })
}

/// The closing `"` of a quoted CSV cell whose text starts at `from` (`""` is a quote
/// inside it).
fn closing_quote(b: &[u8], from: usize) -> Option<usize> {
    let mut j = from;
    while j < b.len() {
        if b[j] == b'"' {
            if b.get(j + 1) == Some(&b'"') {
                j += 2;
                continue;
            }
            return Some(j);
        }
        j += 1;
    }
    None
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
