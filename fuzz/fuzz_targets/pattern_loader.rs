//! The pattern-file loader on arbitrary TOML: no panic; it either compiles or
//! reports problems, and a compiled engine scans a sample text.
#![no_main]

use libfuzzer_sys::fuzz_target;
use redaction_gateway::patterns::compile::{compile, LoadProblem, PatternSource};
use redaction_gateway::scan::Scratch;

struct One(String);

impl PatternSource for One {
    fn pattern_files(&self) -> Result<Vec<(String, String)>, LoadProblem> {
        Ok(vec![("fuzz.toml".into(), self.0.clone())])
    }
    fn read(&self, rel: &str) -> Result<String, LoadProblem> {
        // dictionaries: a few names, so a [person] table can load
        match rel {
            "missing.txt" => Err(LoadProblem {
                file: rel.into(),
                rule: None,
                message: "not found".into(),
            }),
            _ => Ok("anna\nnovak\nparis\n".into()),
        }
    }
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    match compile(&One(text.to_string())) {
        Ok(engine) => {
            let mut scratch = Scratch::default();
            let mut found = Vec::new();
            engine.scan(
                "Mr Anna Novak, anna@example.com, +44 20 7946 0958, PNR QNZHTS",
                &mut scratch,
                &mut found,
            );
        }
        Err(e) => assert!(!e.0.is_empty(), "an error names its problems"),
    }
});
