//! The closed list of validators a rule may name. An unknown name is a load error.
//!
//! A validator sees the matched value (in the normalised text) and says whether it
//! is the real thing. Some may shorten the match (an IBAN regex that ran into the next
//! word), and some only add confidence (a check digit that not every issuer uses).

use std::net::{Ipv4Addr, Ipv6Addr};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Validator {
    Luhn,
    /// a 12-digit Maestro number: Luhn and a Maestro prefix (the shortest cards;
    /// `luhn` starts at 13 digits)
    MaestroShort,
    IbanMod97,
    MrzCheckDigits,
    PhoneDigits,
    Ipv4,
    Ipv6,
    GeoPair,
    GeoSingle,
    Date,
    Entropy,
    TicketNumber,
    TicketConjunction,
    PnrShape,
    /// `pnr_shape`, and not a word of the person recognizer's dictionaries (English
    /// words, names, places): the engine asks them (see `Engine::consider`)
    PnrNotWord,
    PassportShape,
    /// `passport_shape`, or 6–12 upper-case letters that are no word of the person
    /// recognizer's lists (the engine asks them, see `Engine::consider`)
    PassportNotWord,
    /// no amount: a street line does not end in a currency code and a number
    StreetLine,
    /// `entropy`, and a digit: a key named in prose, not a path or a word
    SecretToken,
}

/// A validator's answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    Reject,
    Accept,
    /// Accept only the first `n` bytes of the match.
    AcceptPrefix(usize),
}

impl Validator {
    pub fn from_name(name: &str) -> Option<Self> {
        Some(match name {
            "luhn" => Self::Luhn,
            "maestro_short" => Self::MaestroShort,
            "iban_mod97" => Self::IbanMod97,
            "mrz_check_digits" => Self::MrzCheckDigits,
            "phone_digits" => Self::PhoneDigits,
            "ipv4" => Self::Ipv4,
            "ipv6" => Self::Ipv6,
            "geo_pair" => Self::GeoPair,
            "geo_single" => Self::GeoSingle,
            "date" => Self::Date,
            "entropy" => Self::Entropy,
            "ticket_number" => Self::TicketNumber,
            "ticket_conjunction" => Self::TicketConjunction,
            "pnr_shape" => Self::PnrShape,
            "pnr_not_word" => Self::PnrNotWord,
            "passport_shape" => Self::PassportShape,
            "passport_not_word" => Self::PassportNotWord,
            "street_line" => Self::StreetLine,
            "secret_token" => Self::SecretToken,
            _ => return None,
        })
    }

    pub const NAMES: &'static [&'static str] = &[
        "luhn",
        "maestro_short",
        "iban_mod97",
        "mrz_check_digits",
        "phone_digits",
        "ipv4",
        "ipv6",
        "geo_pair",
        "geo_single",
        "date",
        "entropy",
        "ticket_number",
        "ticket_conjunction",
        "pnr_shape",
        "pnr_not_word",
        "passport_shape",
        "passport_not_word",
        "street_line",
        "secret_token",
    ];

    pub fn check(self, value: &str) -> Verdict {
        let ok = |b: bool| if b { Verdict::Accept } else { Verdict::Reject };
        match self {
            Self::Luhn => ok(card(value)),
            Self::MaestroShort => ok(maestro_short(value)),
            Self::IbanMod97 => iban(value),
            Self::MrzCheckDigits => ok(mrz(value)),
            Self::PhoneDigits => ok(phone(value)),
            Self::Ipv4 => ok(ipv4(value)),
            Self::Ipv6 => ok(ipv6(value)),
            Self::GeoPair => ok(geo_pair(value)),
            Self::GeoSingle => ok(geo_single(value)),
            Self::Date => ok(date(value)),
            Self::Entropy => ok(entropy(value)),
            Self::TicketNumber => ticket(value),
            Self::TicketConjunction => ok(ticket(value) == Verdict::Accept && conjunction(value)),
            Self::PnrShape | Self::PnrNotWord => ok(pnr(value)),
            Self::PassportShape => ok(passport(value)),
            Self::PassportNotWord => ok(passport(value) || letters_document(value)),
            Self::StreetLine => ok(!amount_ended(value)),
            Self::SecretToken => ok(entropy(value) && value.bytes().any(|b| b.is_ascii_digit())),
        }
    }
}

fn digits(value: &str) -> impl Iterator<Item = u32> + '_ {
    value.chars().filter_map(|c| c.to_digit(10))
}

fn luhn(ds: &[u32]) -> bool {
    let sum: u32 = ds
        .iter()
        .rev()
        .enumerate()
        .map(|(i, &d)| {
            if i % 2 == 1 {
                if d * 2 > 9 {
                    d * 2 - 9
                } else {
                    d * 2
                }
            } else {
                d
            }
        })
        .sum();
    sum % 10 == 0
}

/// Luhn plus a known issuer prefix and a length that issuer uses.
fn card(value: &str) -> bool {
    let ds: Vec<u32> = digits(value).collect();
    let n = ds.len();
    // (12 digits only for Maestro, below)
    if !(12..=19).contains(&n) || !luhn(&ds) {
        return false;
    }
    let p = |k: usize| ds[..k].iter().fold(0u32, |a, d| a * 10 + d);
    let (p1, p2, p3, p4, p6) = (p(1), p(2), p(3), p(4), p(6));
    match p1 {
        4 => matches!(n, 13 | 16 | 19),                  // Visa
        5 if (51..=55).contains(&p2) => n == 16,         // Mastercard
        2 if (222100..=272099).contains(&p6) => n == 16, // Mastercard 2-series
        3 if p2 == 34 || p2 == 37 => n == 15,            // Amex
        3 if (300..=305).contains(&p3) || p2 == 36 || p2 == 38 || p2 == 39 || p3 == 309 => {
            (14..=19).contains(&n) // Diners
        }
        // JCB (3528-3589; test generators such as Faker use all of 35xx)
        3 if p2 == 35 => (16..=19).contains(&n),
        2 if p4 == 2131 => n == 15, // JCB, 15 digits
        1 if p4 == 1800 => n == 15, // JCB, 15 digits
        2 if (2200..=2204).contains(&p4) => (16..=19).contains(&n), // Mir
        6 if p4 == 6011 || p2 == 65 || (644..=649).contains(&p3) => (16..=19).contains(&n), // Discover
        6 if p2 == 62 => (16..=19).contains(&n), // UnionPay
        8 if (8100..=8171).contains(&p4) => (16..=19).contains(&n), // UnionPay's 81 range
        // Maestro: 50 and 56-69
        5 if p2 == 50 || (56..=58).contains(&p2) => (12..=19).contains(&n),
        // (not 13-15 digits: a 13-digit ticket number may open with a 6xx airline)
        6 => matches!(n, 12 | 16..=19),
        _ => false,
    }
}

/// Luhn over exactly 12 digits with a Maestro prefix (50, 56-69): Maestro is the one
/// scheme that issues cards this short.
fn maestro_short(value: &str) -> bool {
    let ds: Vec<u32> = digits(value).collect();
    ds.len() == 12 && luhn(&ds) && (ds[0] == 5 && matches!(ds[1], 0 | 6..=9) || ds[0] == 6)
}

/// ISO 13616 length of each country's IBAN.
fn iban_len(cc: &str) -> Option<usize> {
    Some(match cc {
        "NO" => 15,
        "BE" => 16,
        "DK" | "FI" | "FO" | "GL" | "NL" => 18,
        "MK" | "SI" => 19,
        "AT" | "BA" | "EE" | "KZ" | "LT" | "LU" | "XK" => 20,
        "CH" | "CR" | "HR" | "LI" | "LV" => 21,
        "BG" | "BH" | "DE" | "GB" | "GE" | "IE" | "ME" | "RS" | "VA" => 22,
        "AE" | "GI" | "IL" | "IQ" | "TL" => 23,
        "AD" | "CZ" | "ES" | "MD" | "PK" | "RO" | "SA" | "SE" | "SK" | "TN" | "VG" => 24,
        "LY" | "PT" | "ST" => 25,
        "IS" | "TR" => 26,
        "FR" | "GR" | "IT" | "MC" | "MR" | "SM" => 27,
        "AL" | "AZ" | "BY" | "CY" | "DO" | "GT" | "HU" | "LB" | "PL" | "SV" => 28,
        "BR" | "EG" | "JO" | "PS" | "QA" | "UA" => 29,
        "KW" | "MU" => 30,
        "MT" | "SC" => 31,
        "LC" => 32,
        "RU" => 33,
        _ => return None,
    })
}

/// An IPv4 address, also defanged (`10[.]0[.]0[.]1`): the rule's regex allows only
/// the separators, so the four digit groups between them must make an address.
fn ipv4(value: &str) -> bool {
    if value.parse::<Ipv4Addr>().is_ok() {
        return true;
    }
    // (a plain dotted value that failed to parse above is no address)
    let defanged = !value.bytes().all(|b| b.is_ascii_digit() || b == b'.');
    let mut parts = value
        .split(|c: char| !c.is_ascii_digit())
        .filter(|p| !p.is_empty());
    let octets = parts
        .by_ref()
        .take(4)
        .filter(|p| p.parse::<u8>().is_ok())
        .count();
    defanged && octets == 4 && parts.next().is_none()
}

fn mod97(chars: &[u8]) -> bool {
    // move the first four characters to the end, letters to numbers, remainder mod 97
    let mut rem: u32 = 0;
    for &c in chars[4..].iter().chain(&chars[..4]) {
        let v = match c {
            b'0'..=b'9' => (c - b'0') as u32,
            b'A'..=b'Z' => (c - b'A') as u32 + 10,
            _ => return false,
        };
        rem = if v >= 10 {
            (rem * 100 + v) % 97
        } else {
            (rem * 10 + v) % 97
        };
    }
    rem == 1
}

/// Accepts the longest prefix of the match that is a checksum-valid IBAN of its
/// country's length (a grouped IBAN may be followed by an unrelated code).
fn iban(value: &str) -> Verdict {
    let b = value.as_bytes();
    if b.len() < 4 {
        return Verdict::Reject;
    }
    // (written in lower case too: `gb82 west 1234 …`)
    let cc = [b[0].to_ascii_uppercase(), b[1].to_ascii_uppercase()];
    let Ok(cc) = std::str::from_utf8(&cc) else {
        return Verdict::Reject;
    };
    let Some(want) = iban_len(cc) else {
        return Verdict::Reject;
    };
    let mut compact = Vec::with_capacity(34);
    for (i, &c) in b.iter().enumerate() {
        if c == b' ' {
            continue;
        }
        compact.push(c.to_ascii_uppercase());
        if compact.len() == want {
            return if mod97(&compact) {
                Verdict::AcceptPrefix(i + 1)
            } else {
                Verdict::Reject
            };
        }
    }
    // A whole value a character or two short of its country's length whose check
    // digits still hold (`GB18HZZI5408601591546`, as some generators and mistyped
    // forms write a GB account) is account data all the same: a chance pass is 1
    // in 97, and only on a value shaped like an IBAN to the end.
    if compact.len() + 2 >= want && mod97(&compact) {
        return Verdict::Accept;
    }
    Verdict::Reject
}

fn mrz_digit(c: u8) -> Option<u32> {
    match c {
        b'0'..=b'9' => Some((c - b'0') as u32),
        b'A'..=b'Z' => Some((c - b'A') as u32 + 10),
        b'<' => Some(0),
        _ => None,
    }
}

fn check_digit(field: &[u8]) -> Option<u32> {
    let w = [7, 3, 1];
    let mut s = 0;
    for (i, &c) in field.iter().enumerate() {
        s += mrz_digit(c)? * w[i % 3];
    }
    Some(s % 10)
}

/// ICAO 9303 TD3: the second line's document-number, birth-date and expiry check digits.
fn mrz(value: &str) -> bool {
    let Some(line2) = value.lines().nth(1) else {
        return false;
    };
    let l = line2.trim().as_bytes();
    if l.len() < 28 {
        return false;
    }
    let ok = |field: &[u8], cd: u8| check_digit(field).is_some_and(|d| Some(d) == mrz_digit(cd));
    ok(&l[0..9], l[9]) && ok(&l[13..19], l[19]) && ok(&l[21..27], l[27])
}

fn phone(value: &str) -> bool {
    let n = digits(value).count();
    if !(7..=15).contains(&n) || date_shaped(value) {
        return false;
    }
    // a run of one repeated digit is a placeholder, not a number
    let first = digits(value).next();
    if digits(value).all(|d| Some(d) == first) {
        return false;
    }
    // the North American plan: country code 1 and exactly ten digits after it
    // (`0012004567` is a reference number, not a phone)
    let t = value.trim_start();
    let after_prefix = if t.starts_with('+') {
        Some(0)
    } else if t.starts_with("00") {
        Some(2)
    } else {
        None
    };
    // with a country code, a national number follows: eight digits at least after
    // the `+`/`00` (`00612775` is a Brazilian postcode)
    match after_prefix {
        Some(skip) if digits(value).nth(skip) == Some(1) => n - skip == 11,
        Some(skip) => n - skip >= 8,
        None => !postcode_shaped(value),
    }
}

/// A street line that ends in a currency code and a number is an amount:
/// `Crowne Plaza SEK 2,396.13` is no `Plaza …` street.
fn amount_ended(value: &str) -> bool {
    let mut words = value.rsplit(' ');
    let (Some(last), Some(code)) = (words.next(), words.next()) else {
        return false;
    };
    last.starts_with(|c: char| c.is_ascii_digit())
        && code.len() == 3
        && code.bytes().all(|b| b.is_ascii_uppercase())
}

/// A Brazilian postcode (CEP), `62856-113`: five digits, a dash, three.
fn postcode_shaped(value: &str) -> bool {
    let v = value.as_bytes();
    v.len() == 9
        && v[5] == b'-'
        && v.iter()
            .enumerate()
            .all(|(i, b)| i == 5 || b.is_ascii_digit())
}

/// `16/06/2025`, `2025-06-12`, `01.01.2026`: one separator twice, a 4-digit year at
/// one end and a valid day and month — a date, whatever its context says.
fn date_shaped(value: &str) -> bool {
    let Some(sep) = value.chars().find(|c| !c.is_ascii_digit()) else {
        return false;
    };
    let groups: Vec<&str> = value.split(sep).collect();
    let lens: Vec<usize> = groups.iter().map(|g| g.len()).collect();
    matches!(sep, '/' | '.' | '-')
        && groups.len() == 3
        && groups
            .iter()
            .all(|g| !g.is_empty() && g.bytes().all(|b| b.is_ascii_digit()))
        && (lens[0] == 4 && lens[1] <= 2 && lens[2] <= 2
            || lens[0] <= 2 && lens[1] <= 2 && lens[2] == 4)
        && date(value)
}

fn ipv6(value: &str) -> bool {
    value.parse::<Ipv6Addr>().is_ok() && value.matches(':').count() >= 2 && value.len() >= 6
}

fn numbers(value: &str) -> Vec<(f64, usize)> {
    // signed decimal numbers and how many decimals each has
    let mut out = Vec::new();
    let b = value.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if b[i].is_ascii_digit() {
            let neg = i > 0 && b[i - 1] == b'-';
            let s = i;
            while i < b.len() && (b[i].is_ascii_digit() || b[i] == b'.') {
                i += 1;
            }
            let t = &value[s..i];
            let dec = t.find('.').map_or(0, |p| t.len() - p - 1);
            if let Ok(v) = t.parse::<f64>() {
                out.push((if neg { -v } else { v }, dec));
            }
        } else {
            i += 1;
        }
    }
    out
}

/// Decimal pair: lat within ±90, lon within ±180, at least 4 decimals. DMS forms
/// (with a degree sign) are range-checked on degrees, minutes and seconds.
fn geo_pair(value: &str) -> bool {
    let ns = numbers(value);
    if value.contains('°') && ns.len() >= 6 {
        return ns[0].0 <= 90.0
            && ns[3].0 <= 180.0
            && ns.iter().all(|n| n.0 < 180.0)
            && ns[1].0 < 60.0
            && ns[2].0 < 60.0
            && ns[4].0 < 60.0
            && ns[5].0 < 60.0;
    }
    // degrees and decimal minutes: N 40° 44.9064', W 073° 59.0735'
    if value.contains('°') && ns.len() == 4 {
        return ns[0].0 <= 90.0
            && ns[2].0 <= 180.0
            && ns[1].0 < 60.0
            && ns[3].0 < 60.0
            && ns[1].1 >= 2
            && ns[3].1 >= 2;
    }
    if ns.len() != 2 {
        return false;
    }
    // latitude first, or longitude first as GeoJSON and many APIs write them
    // (`"coordinates": [-131.362290, 26.001180]`)
    let (a, b) = (ns[0].0.abs(), ns[1].0.abs());
    (a <= 90.0 && b <= 180.0 || a <= 180.0 && b <= 90.0) && ns[0].1 >= 4 && ns[1].1 >= 4
}

fn geo_single(value: &str) -> bool {
    let ns = numbers(value);
    ns.len() == 1 && ns[0].0.abs() <= 180.0 && ns[0].1 >= 4
}

/// Month names and abbreviations by their stems, English first, then the other
/// languages the date rules read (`5. Mai 1982`, `3 août 1990`, `12 dic 1979`).
const MONTHS: [&str; 30] = [
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec", "mai",
    "mär", "mrz", "okt", "dez", "fév", "avr", "juin", "juil", "aoû", "déc", "ene", "abr", "ago",
    "dic", "giu", "lug", "ott",
];

/// A plausible calendar date in any of the usual written forms.
fn date(value: &str) -> bool {
    let lower = value.to_lowercase();
    let has_month_name = MONTHS.iter().any(|m| lower.contains(m));
    let ns: Vec<u32> = lower
        .split(|c: char| !c.is_ascii_digit())
        .filter(|s| !s.is_empty())
        .filter_map(|s| s.parse().ok())
        .collect();
    if has_month_name {
        return !ns.is_empty()
            && ns
                .iter()
                .any(|&n| (1..=31).contains(&n) || n < 100 || (1900..=2100).contains(&n));
    }
    if ns.len() != 3 {
        return false;
    }
    let plausible = |d: u32, m: u32| (1..=31).contains(&d) && (1..=12).contains(&m);
    let (a, b, c) = (ns[0], ns[1], ns[2]);
    if a > 31 {
        return plausible(c, b); // y-m-d
    }
    plausible(a, b) || plausible(b, a)
}

/// Shannon entropy of at least 3 bits per character, and mixed character classes:
/// generated keys, not words.
fn entropy(value: &str) -> bool {
    if value.len() < 8 {
        return false;
    }
    let mut counts = [0u32; 256];
    for &b in value.as_bytes() {
        counts[b as usize] += 1;
    }
    let n = value.len() as f64;
    let h: f64 = counts
        .iter()
        .filter(|&&c| c > 0)
        .map(|&c| {
            let p = c as f64 / n;
            -p * p.log2()
        })
        .sum();
    let classes = [
        value.bytes().any(|b| b.is_ascii_lowercase()),
        value.bytes().any(|b| b.is_ascii_uppercase()),
        value.bytes().any(|b| b.is_ascii_digit()),
        value.bytes().any(|b| !b.is_ascii_alphanumeric()),
    ];
    h >= 3.0 && classes.iter().filter(|&&c| c).count() >= 2
}

/// 3-digit airline code + 10-digit serial (+ optional conjunction). The IATA check
/// digit (serial mod 7), when present as an 11th digit, only adds confidence.
fn ticket(value: &str) -> Verdict {
    let ds: Vec<u32> = digits(value).collect();
    if ds.len() < 13 {
        return Verdict::Reject;
    }
    if ds[..13].iter().all(|&d| d == ds[0]) {
        return Verdict::Reject;
    }
    Verdict::Accept
}

/// A conjunction suffix that continues the serial: the last two digits of the last
/// ticket of the set, one to three after the first (`0062772088017/18`,
/// `618-5647093399-01`), which a phone number's extension seldom is.
fn conjunction(value: &str) -> bool {
    let ds: Vec<u32> = digits(value).collect();
    if ds.len() != 15 {
        return false;
    }
    let last = ds[11] * 10 + ds[12];
    let suffix = ds[13] * 10 + ds[14];
    (1..=3).contains(&((suffix + 100 - last) % 100))
}

/// A record locator is mostly letters: at most 4 digits of 6, not a run of one
/// repeated character, and not shaped like a flight number (an airline code and
/// four digits: `AC2862`, `U21234`).
fn pnr(value: &str) -> bool {
    let v = value.as_bytes();
    let d = v.iter().filter(|b| b.is_ascii_digit()).count();
    let flight = v.len() == 6 && v[2..].iter().all(u8::is_ascii_digit);
    v.len() == 6 && d <= 4 && !flight && !v.iter().all(|b| *b == v[0])
}

/// Passport numbers have 6–12 characters and at least one digit: an all-letter word
/// is never one.
fn passport(value: &str) -> bool {
    let d = value.bytes().filter(u8::is_ascii_digit).count();
    (6..=12).contains(&value.len()) && d >= 1
}

/// 6–12 upper-case ASCII letters: a document number only where no word reads so
/// (`passport CHMVNJMKR`), which the engine checks.
fn letters_document(value: &str) -> bool {
    (6..=12).contains(&value.len()) && value.bytes().all(|b| b.is_ascii_uppercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_conjunction_suffix_continues_the_serial() {
        assert!(conjunction("0062772088017/18"));
        assert!(conjunction("618-5647093399-01"));
        assert!(conjunction("0064344814289/91"));
        assert!(!conjunction("0062772088017/17"));
        assert!(!conjunction("0062772088017/25"));
        assert!(!conjunction("0062772088017"));
    }

    #[test]
    fn cards() {
        assert!(card("4111 1111 1111 1111"));
        assert!(card("3782 822463 10005"));
        assert!(card("5555-5555-5555-4444"));
        assert!(!card("4111 1111 1111 1112"));
        assert!(!card("1234 5678 9012 3456"));
        // Mir and the 15-digit JCB ranges
        assert!(card("2200 2185 5009 9511"));
        assert!(card("213108627876141"));
        assert!(card("180095556911859"));
        assert!(card("3524690840872872"));
        assert!(!card("2205 2185 5009 9516")); // (Luhn-valid, outside the ranges)
        assert!(card("3593680589763032")); // (JCB as test generators write it)
        assert!(card("8131688619088500")); // UnionPay's 81 range
        assert!(card("6346635676743043")); // Maestro's 6x range
        assert!(!card("8231688619088509")); // (Luhn-valid, outside the ranges)
    }

    #[test]
    fn short_maestro_numbers_have_twelve_digits_and_a_maestro_prefix() {
        assert!(maestro_short("503822460484"));
        assert!(maestro_short("676115256171"));
        assert!(!maestro_short("503822460485")); // (Luhn)
        assert!(!maestro_short("413822460486")); // (Luhn-valid, a Visa prefix)
        assert!(!maestro_short("5038224604871")); // (Luhn-valid, 13 digits)
    }

    #[test]
    fn north_american_numbers_have_ten_digits_after_the_country_code() {
        assert!(phone("+1 201-555-0123"));
        assert!(phone("001 201 555 0123"));
        assert!(!phone("0012004567"));
        assert!(!phone("+1 555 0123"));
        assert!(phone("+44 20 7946 0958"));
        assert!(!phone("00612775"));
        assert!(!phone("62856-113"));
        assert!(phone("030 122095"));
    }

    #[test]
    fn locators_are_not_flight_numbers() {
        assert!(pnr("32OB6N"));
        assert!(pnr("XBAYEX"));
        assert!(!pnr("AC2862"));
        assert!(!pnr("U21234"));
        assert!(!pnr("AAAAAA"));
    }

    #[test]
    fn ibans() {
        assert_eq!(
            iban("DE89 3704 0044 0532 0130 00"),
            Verdict::AcceptPrefix(27)
        );
        assert_eq!(
            iban("GB82WEST12345698765432 XYZ"),
            Verdict::AcceptPrefix(22)
        );
        assert_eq!(iban("DE89 3704 0044 0532 0130 01"), Verdict::Reject);
        // one short of a GB IBAN's 22, check digits valid
        assert_eq!(iban("GB18HZZI5408601591546"), Verdict::Accept);
        assert_eq!(iban("GB18HZZI5408601591547"), Verdict::Reject);
    }

    #[test]
    fn mrz_lines() {
        let m = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10";
        assert!(mrz(m));
        assert!(!mrz(&m.replace("C36", "C37")));
    }

    #[test]
    fn geo() {
        assert!(geo_pair("48.858370, 2.294481"));
        // longitude first (GeoJSON), but never two numbers outside latitude's range
        assert!(geo_pair("-131.362290, 26.001180"));
        assert!(!geo_pair("148.858370, 92.294481"));
        assert!(!geo_pair("48.858370, 192.294481"));
        assert!(!geo_pair("48.85, 2.29"));
        assert!(geo_pair("48°51'30.2\"N 2°17'40.2\"E"));
    }

    #[test]
    fn dates() {
        assert!(date("1987-07-15"));
        assert!(date("15/07/1987"));
        assert!(date("13 Oct 1953"));
        assert!(date("5. Mai 1982"));
        assert!(date("3 août 1990"));
        assert!(!date("45/45/1987"));
    }
}
