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
    // no country code starts with 1 but the North American plan's own `+1`
    (1u32..99, 100u32..999, 1000u32..9999, 100u32..999)
        .prop_filter("no +1x country code exists", |(cc, ..)| {
            !(10..20).contains(cc)
        })
        .prop_map(|(cc, a, b, c)| format!("+{cc} {a} {b} {c}"))
}

/// The entries of a dictionary file under `patterns/dictionaries/`.
fn dictionary(file: &str) -> Vec<String> {
    let path = format!(
        "{}/patterns/dictionaries/{file}",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{path}: {e}"))
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(String::from)
        .collect()
}

type WordSet = std::collections::HashSet<String>;

/// Lower-cased words of the given lists of `patterns/person.toml`'s `[person]` table.
fn person_lists(lists: &[&str]) -> WordSet {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/patterns/person.toml");
    let spec: toml::Value = toml::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let mut set = WordSet::new();
    for list in lists {
        let words = spec["person"][list]
            .as_array()
            .unwrap_or_else(|| panic!("{list}"));
        set.extend(
            words
                .iter()
                .map(|w| w.as_str().unwrap().trim_end_matches('.').to_lowercase()),
        );
    }
    set
}

/// The entries of a dictionary file that are in none of `skip` (case-insensitive).
fn names_except(file: &str, skip: &WordSet) -> Vec<String> {
    dictionary(file)
        .into_iter()
        .filter(|n| !skip.contains(&n.to_lowercase()))
        .collect()
}

/// `Given Surname` from the shipped dictionaries, the words to leave out once.
fn dictionary_name(
    given: &'static OnceLock<(Vec<String>, Vec<String>)>,
    skip: impl FnOnce() -> WordSet,
) -> impl Strategy<Value = String> {
    let (g, s) = given
        .get_or_init(|| {
            let skip = skip();
            (
                names_except("given_names.txt", &skip),
                names_except("surnames.txt", &skip),
            )
        })
        .clone();
    (prop::sample::select(g), prop::sample::select(s)).prop_map(|(g, s)| format!("{g} {s}"))
}

/// Any dictionary name (accented ones too, and names that are also words: `Will
/// Paris`) but organisation words, which end a titled name by design (`Dr. Smith
/// Clinic`; the surname `Cloud` is also the `Cloud` of `Hooli Cloud`).
fn any_dictionary_name() -> impl Strategy<Value = String> {
    static NAMES: OnceLock<(Vec<String>, Vec<String>)> = OnceLock::new();
    dictionary_name(&NAMES, || person_lists(&["org_words"]))
}

/// `Given Surname` where neither is also a common word, place, or a word of the
/// recognizer's own lists.
fn plain_dictionary_name() -> impl Strategy<Value = String> {
    static NAMES: OnceLock<(Vec<String>, Vec<String>)> = OnceLock::new();
    dictionary_name(&NAMES, || {
        let mut skip = person_lists(&[
            "stop",
            "org_words",
            "titles",
            "labels",
            "greetings",
            "particles",
        ]);
        for f in ["common_words.txt", "places.txt"] {
            skip.extend(dictionary(f).iter().map(|w| w.to_lowercase()));
        }
        skip
    })
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

    /// After a title any dictionary name is a name, even one that is also a word
    /// (`Mr Will Paris`).
    #[test]
    fn titled_dictionary_names_are_found(
        v in any_dictionary_name(),
        t in prop::sample::select(vec!["Mr", "Ms", "Mrs", "Dr"]),
        a in filler(),
        b in filler(),
    ) { check(&v, &format!("{a} {t}"), &b); }

    /// Without any anchor, a dictionary given name and surname that are nothing else.
    #[test]
    fn plain_dictionary_names_are_found(v in plain_dictionary_name(), a in filler(), b in filler()) {
        check(&v, &a, &b);
    }

    #[test]
    fn phones_are_found(v in phone(), a in filler(), b in filler()) { check(&v, &format!("{a} call"), &b); }
}
