//! Property tests: generated valid values inside random surrounding text are found,
//! and the redacted text never contains them.

use proptest::prelude::*;
use redaction_gateway::redact::PlaceholderMap;
use redaction_gateway::scan::{Engine, Scratch};
use std::sync::OnceLock;

fn engine() -> &'static Engine {
    static E: OnceLock<Engine> = OnceLock::new();
    E.get_or_init(|| redaction_gateway::patterns::load(None).unwrap())
}

fn luhn_complete(mut digits: Vec<u32>) -> String {
    // append the check digit that makes the number Luhn-valid
    let sum: u32 = digits
        .iter()
        .rev()
        .enumerate()
        .map(|(i, &d)| {
            if i % 2 == 0 {
                let x = d * 2;
                if x > 9 {
                    x - 9
                } else {
                    x
                }
            } else {
                d
            }
        })
        .sum();
    digits.push((10 - sum % 10) % 10);
    digits
        .iter()
        .map(|d| char::from_digit(*d, 10).unwrap())
        .collect()
}

fn card() -> impl Strategy<Value = String> {
    prop::collection::vec(0u32..10, 14).prop_map(|rest| {
        let mut d = vec![4];
        d.extend(rest);
        luhn_complete(d)
    })
}

fn iban_de() -> impl Strategy<Value = String> {
    prop::collection::vec(0u32..10, 18).prop_map(|bban| {
        let bban: String = bban
            .iter()
            .map(|d| char::from_digit(*d, 10).unwrap())
            .collect();
        // check digits: 98 - (BBAN + "DE00" as numbers) mod 97
        let num = format!("{bban}131400");
        let rem = num
            .bytes()
            .fold(0u64, |r, b| (r * 10 + (b - b'0') as u64) % 97);
        format!("DE{:02}{bban}", 98 - rem)
    })
}

fn ticket() -> impl Strategy<Value = String> {
    (100u32..999, 1_000_000_000u64..9_999_999_999).prop_map(|(a, s)| format!("{a}-{s}"))
}

fn email() -> impl Strategy<Value = String> {
    (
        "[a-z]{2,8}(\\.[a-z]{2,8})?",
        "[a-z]{3,10}",
        "(com|de|co\\.uk|travel)",
    )
        .prop_map(|(l, d, t)| format!("{l}@{d}.{t}"))
}

fn phone() -> impl Strategy<Value = String> {
    (1u32..99, 100u32..999, 1000u32..9999, 100u32..999)
        .prop_map(|(cc, a, b, c)| format!("+{cc} {a} {b} {c}"))
}

/// Lower-case filler words: ordinary prose around the value.
fn filler() -> impl Strategy<Value = String> {
    prop::collection::vec("[a-z]{1,9}", 0..12).prop_map(|w| w.join(" "))
}

fn check(value: &str, before: &str, after: &str) {
    let text = format!("{before} {value} {after}");
    let mut scratch = Scratch::default();
    let mut found = Vec::new();
    engine().scan(&text, &mut scratch, &mut found);
    let s = before.len() + 1;
    let e = s + value.len();
    assert!(
        found.iter().any(|f| f.start <= s && f.end >= e),
        "{value:?} not found in {text:?}: {found:?}"
    );
    let mut map = PlaceholderMap::default();
    let red = map.redact(&text, &found);
    assert!(
        !red.contains(value),
        "{value:?} survived redaction: {red:?}"
    );
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn cards_are_found(v in card(), a in filler(), b in filler()) { check(&v, &format!("{a} card"), &b); }

    #[test]
    fn ibans_are_found(v in iban_de(), a in filler(), b in filler()) { check(&v, &a, &b); }

    #[test]
    fn tickets_are_found(v in ticket(), a in filler(), b in filler()) { check(&v, &format!("{a} e-ticket"), &b); }

    #[test]
    fn emails_are_found(v in email(), a in filler(), b in filler()) { check(&v, &a, &b); }

    #[test]
    fn phones_are_found(v in phone(), a in filler(), b in filler()) { check(&v, &format!("{a} call"), &b); }
}
