//! The built-in pattern set passes its own examples (what `patterns check` runs).

use std::sync::OnceLock;

use redaction_gateway::patterns::{check::check, load};
use redaction_gateway::redact::PlaceholderMap;
use redaction_gateway::scan::{Engine, Finding, Scratch};

#[test]
fn builtin_patterns_pass_their_examples() {
    let engine = load(None).expect("built-in patterns compile");
    let report = check(&engine);
    let failures: Vec<String> = report.failures.iter().map(ToString::to_string).collect();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert!(report.examples > 100);
}

/// Loads a pattern directory holding one file, `x.toml`, with `rules`.
fn load_rules(tag: &str, rules: &str) -> Result<Engine, String> {
    let dir = std::env::temp_dir().join(format!("rgw-{tag}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("x.toml"), rules).unwrap();
    let engine = load(Some(&dir)).map_err(|e| e.to_string());
    std::fs::remove_dir_all(&dir).unwrap();
    engine
}

#[test]
fn a_broken_pattern_dir_is_reported_precisely() {
    let err = load_rules(
        "broken",
        "[[rule]]\nid = \"a\"\nentity = \"NOPE\"\nregex = \"(\"\nmust_match = []\n",
    )
    .err()
    .expect("must fail");
    assert!(err.contains("x.toml:a: unknown entity"), "{err}");
    assert!(err.contains("x.toml:a: regex does not compile"), "{err}");
    assert!(err.contains("x.toml:a: no must_match example"), "{err}");
}

/// Keywords, `reach` and `lead` narrow where a regex searches, so `patterns check`
/// refuses examples they would hide: a keyword outside the match, a match reaching
/// farther after its number than `reach` says, or starting farther before it than
/// `lead` says.
#[test]
fn keywords_reach_and_lead_are_checked_against_the_examples() {
    let err = load_rules(
        "narrow",
        r#"[[rule]]
id = "kw"
entity = "PNR"
regex = '[A-Z]{3}\d{3}'
keywords = ["ref"]
must_match = [{ text = "ref ABC123", value = "ABC123" }]

[[rule]]
id = "far"
entity = "TICKET_NUMBER"
regex = 'TKT-[A-Z]{8}-\d{6}'
min_digits = 6
reach = 4
must_match = [{ text = "TKT-ABCDEFGH-123456", value = "TKT-ABCDEFGH-123456" }]

[[rule]]
id = "early"
entity = "TICKET_NUMBER"
regex = 'TKT-\d{6}'
min_digits = 6
lead = 2
must_match = [{ text = "TKT-123456", value = "TKT-123456" }]
"#,
    )
    .err()
    .expect("must fail");
    assert!(
        err.contains("x.toml:kw: must_match#1: no keyword stands inside the match"),
        "{err}"
    );
    assert!(
        err.contains("x.toml:far: must_match#1: the match starts more than 4 bytes before a digit run or ends more than 4 bytes after"),
        "{err}"
    );
    assert!(
        err.contains(
            "x.toml:early: must_match#1: the match starts more than 2 bytes before a digit run"
        ),
        "{err}"
    );
}

/// With `lead`, the search looks only that far before a number: a match starting
/// within it is found, and one that starts farther back (which `patterns check`
/// would refuse as an example) is not looked for.
#[test]
fn lead_bounds_the_search_before_a_number() {
    let engine = load_rules(
        "lead",
        r#"[[rule]]
id = "lead"
entity = "TICKET_NUMBER"
regex = '(?:TKT|TICKET-NO)-\d{6}'
min_digits = 6
lead = 4
must_match = [{ text = "TKT-123456", value = "TKT-123456" }]
"#,
    )
    .expect("compiles");
    let text = "TKT-123456 is one ticket, and a later one is TICKET-NO-654321";
    assert_eq!(values_found(&engine, text), ["TKT-123456"]);
}

/// A match that runs past the end of its search window (here: `reach = 2` bytes
/// after the number, a 6-letter tail) is found whole, not cut where the window ends.
#[test]
fn a_match_longer_than_its_window_is_found_whole() {
    let engine = load_rules(
        "tail",
        r#"[[rule]]
id = "tail"
entity = "TICKET_NUMBER"
regex = '\d{6}[a-z]+'
min_digits = 6
reach = 2
must_match = [{ text = "123456ab", value = "123456ab" }]
"#,
    )
    .expect("compiles");
    let text = "see 123456abcdef now";
    assert_eq!(values_found(&engine, text), ["123456abcdef"]);
}

/// Digits of another script are digits: an Arabic-Indic phone number is found, with
/// its span in the text as written, and redacted.
#[test]
fn numbers_in_other_scripts_are_found() {
    let phone = "+٤٤ ٢٠ ٧٩٤٦ ٠٩٥٨";
    let text = format!("call {phone} now");
    let found = scan(&text);
    assert!(
        found.iter().any(|f| &text[f.start..f.end] == phone),
        "{found:?}"
    );
    assert_eq!(redacted(&text), "call [PHONE_1] now");
}

/// The values `engine` finds in `text`, in order.
fn values_found<'t>(engine: &Engine, text: &'t str) -> Vec<&'t str> {
    let mut found = Vec::new();
    engine.scan(text, &mut Scratch::default(), &mut found);
    found.iter().map(|f| &text[f.start..f.end]).collect()
}

/// The built-in engine's findings in `text`.
fn scan(text: &str) -> Vec<Finding> {
    static ENGINE: OnceLock<Engine> = OnceLock::new();
    let engine = ENGINE.get_or_init(|| load(None).unwrap());
    let mut found = Vec::new();
    engine.scan(text, &mut Scratch::default(), &mut found);
    found
}

/// `text` with every finding replaced by its placeholder.
fn redacted(text: &str) -> String {
    PlaceholderMap::default().redact(text, &scan(text))
}

/// Found by the `scan_redact_restore` fuzz target: the CSV cell `Anna` was found
/// under its `name` column, but the same `Anna` in a misspelt XML tag next to it
/// was forwarded.
#[test]
fn a_value_found_once_is_redacted_wherever_it_stands_alone() {
    let text = "name,pnr,route\nAnna,KDI\tEV,LHR-JFK\n<GiWenName>Anna</GivenName> Annabelle";
    let found = scan(text);
    let anna: Vec<(usize, usize)> = found
        .iter()
        .filter(|f| &text[f.start..f.end] == "Anna")
        .map(|f| (f.start, f.end))
        .collect();
    assert_eq!(anna, vec![(15, 19), (46, 50)], "{found:?}");
    assert!(found
        .iter()
        .all(|f| !text[f.start..f.end].contains("Annabelle")));
}

/// Found by the `body_walker` fuzz target: `+44 20 7966` was found, and stood alone
/// again where a longer found value (`+44 20 7966 09`) started, inside `+44 20 7966
/// 0944`; the longer one did not fit there, the shorter was not tried.
#[test]
fn a_shorter_found_value_is_tried_where_a_longer_one_does_not_fit() {
    let text = "call%+44 20 7966 0944 20 7966call%+44 20 7966 09ca|l +44 20 7966 o";
    let redacted = redacted(text);
    assert!(!redacted.contains("+44 20 7966 "), "{redacted}");
}

/// Found by the `body_walker` fuzz target (minimised): a multi-byte character right
/// before an `@` made the person recognizer slice inside it and panic.
#[test]
fn a_multibyte_character_before_an_at_sign_does_not_panic() {
    scan("’@x Bkr S'k");
    let found = scan("Mail Anna Novak at x’anna.novak@example.com");
    assert!(!found.is_empty());
}

/// Found by the `scan_redact_restore` fuzz target (minimised): a name found in a
/// GDS-like `SURNAME<<GIVEN` reached past the start of the run after it, and the test
/// for `<name> and <name>` sliced the text backwards and panicked.
#[test]
fn a_finding_reaching_past_the_next_run_does_not_panic() {
    scan("and PR<MAA<<I<<");
    scan("P<UTOERIKSSON<<ANNA< and Sons MAAA<<I<<PM<<MAA<<I<<<R");
}

/// Found by the fuzz targets: occurrences must stand alone in what the caller's
/// provider sees — in the original text (`\u{200b}KDIMEV` after a zero-width space)
/// and next to a neighbour that becomes a placeholder (`a@b.co0043 0532`).
#[test]
fn occurrences_stand_alone_in_the_text_as_sent() {
    for (text, value) in [
        (
            "kame,pnr,rowt\u{200b}n\u{200b}KDIMEV\0\0KDIV\0\0KDIMEV,",
            "KDIMEV",
        ),
        (
            "call 0043 0532 0951 now or mail a@b.co0043 0532 0951 99",
            "0043 0532 0951",
        ),
    ] {
        let redacted = redacted(text);
        assert!(!redacted.contains(value), "{redacted}");
    }
}

/// A later occurrence of a found name that coreference found only in parts (`Fem`,
/// `Dongen`: not `van`) is one finding over the whole name, as the first was.
#[test]
fn a_later_occurrence_replaces_the_parts_found_of_it() {
    let text = "Group booking, PNR LPNPX9: Lorenzo van Luxemburg, Fem van Dongen. \
                Fem van Dongen needs a vegetarian meal.";
    let later = text.rfind("Fem van Dongen").unwrap();
    let found = scan(text);
    assert!(
        found
            .iter()
            .any(|f| f.start == later && f.end == later + "Fem van Dongen".len()),
        "{found:?}"
    );
    assert!(!redacted(text).contains(" van "), "{}", redacted(text));
}
