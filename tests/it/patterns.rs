//! The built-in pattern set passes its own examples (what `patterns check` runs).

use redaction_gateway::patterns::{check::check, load};

#[test]
fn builtin_patterns_pass_their_examples() {
    let engine = load(None).expect("built-in patterns compile");
    let report = check(&engine);
    let failures: Vec<String> = report.failures.iter().map(ToString::to_string).collect();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert!(report.examples > 100);
}

#[test]
fn a_broken_pattern_dir_is_reported_precisely() {
    let dir = std::env::temp_dir().join(format!("rgw-broken-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("x.toml"),
        "[[rule]]\nid = \"a\"\nentity = \"NOPE\"\nregex = \"(\"\nmust_match = []\n",
    )
    .unwrap();
    let err = load(Some(&dir)).err().expect("must fail").to_string();
    assert!(err.contains("x.toml:a: unknown entity"), "{err}");
    assert!(err.contains("x.toml:a: regex does not compile"), "{err}");
    assert!(err.contains("x.toml:a: no must_match example"), "{err}");
    std::fs::remove_dir_all(&dir).unwrap();
}
