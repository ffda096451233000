//! The built-in pattern set, compiled into the binary. Every file under `patterns/`
//! is listed here by hand (not `include_dir!`, which can miss new files in incremental
//! builds); a test fails when a file on disk is missing from this table.

use super::compile::{LoadProblem, PatternSource};

pub const FILES: &[(&str, &str)] = &[
    ("contact.toml", include_str!("../../patterns/contact.toml")),
    ("travel.toml", include_str!("../../patterns/travel.toml")),
    (
        "financial.toml",
        include_str!("../../patterns/financial.toml"),
    ),
    (
        "identity.toml",
        include_str!("../../patterns/identity.toml"),
    ),
    (
        "location.toml",
        include_str!("../../patterns/location.toml"),
    ),
    ("network.toml", include_str!("../../patterns/network.toml")),
    ("secrets.toml", include_str!("../../patterns/secrets.toml")),
    ("person.toml", include_str!("../../patterns/person.toml")),
    (
        "dictionaries/given_names.txt",
        include_str!("../../patterns/dictionaries/given_names.txt"),
    ),
    (
        "dictionaries/surnames.txt",
        include_str!("../../patterns/dictionaries/surnames.txt"),
    ),
    (
        "dictionaries/common_words.txt",
        include_str!("../../patterns/dictionaries/common_words.txt"),
    ),
    (
        "dictionaries/english_words.txt",
        include_str!("../../patterns/dictionaries/english_words.txt"),
    ),
    (
        "dictionaries/places.txt",
        include_str!("../../patterns/dictionaries/places.txt"),
    ),
];

/// The built-in set as a pattern source.
pub struct Builtin;

impl PatternSource for Builtin {
    fn pattern_files(&self) -> Result<Vec<(String, String)>, LoadProblem> {
        let mut v: Vec<(String, String)> = FILES
            .iter()
            .filter(|(p, _)| p.ends_with(".toml"))
            .map(|(p, t)| (p.to_string(), t.to_string()))
            .collect();
        v.sort();
        Ok(v)
    }

    fn read(&self, rel: &str) -> Result<String, LoadProblem> {
        FILES
            .iter()
            .find(|(p, _)| *p == rel)
            .map(|(_, t)| t.to_string())
            .ok_or_else(|| LoadProblem {
                file: rel.to_string(),
                rule: None,
                message: "not in the built-in pattern set".into(),
            })
    }
}

#[cfg(test)]
mod tests {
    use super::FILES;

    #[test]
    fn every_pattern_file_on_disk_is_built_in() {
        let root = concat!(env!("CARGO_MANIFEST_DIR"), "/patterns");
        for dir in ["", "dictionaries"] {
            for entry in std::fs::read_dir(format!("{root}/{dir}")).unwrap() {
                let name = entry.unwrap().file_name().into_string().unwrap();
                if name.ends_with(".toml") || name.ends_with(".txt") {
                    let rel = if dir.is_empty() {
                        name
                    } else {
                        format!("{dir}/{name}")
                    };
                    assert!(
                        FILES.iter().any(|(p, _)| *p == rel),
                        "{rel} is not in patterns/builtin.rs FILES"
                    );
                }
            }
        }
    }
}
