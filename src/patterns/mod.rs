//! Patterns are data: TOML rule files (and dictionaries) that a security engineer reads,
//! changes and tests without Rust. This module loads them (built-in or from a
//! directory), compiles them into the engine, and checks every rule's examples.

pub mod builtin;
pub mod check;
pub mod compile;
pub mod spec;
pub mod validators;

use std::path::{Path, PathBuf};

use compile::{LoadErrors, LoadProblem, PatternSource};

use crate::scan::Engine;

/// Pattern files in a directory (`--patterns DIR`, `[patterns] dir`).
pub struct DirSource {
    pub root: PathBuf,
}

impl PatternSource for DirSource {
    fn pattern_files(&self) -> Result<Vec<(String, String)>, LoadProblem> {
        let problem = |m: String| LoadProblem {
            file: self.root.display().to_string(),
            rule: None,
            message: m,
        };
        let entries = std::fs::read_dir(&self.root)
            .map_err(|e| problem(format!("cannot read pattern directory: {e}")))?;
        let mut out = Vec::new();
        for e in entries {
            let path = e.map_err(|e| problem(e.to_string()))?.path();
            if path.extension().is_some_and(|x| x == "toml") {
                let name = path.file_name().unwrap().to_string_lossy().to_string();
                let text =
                    std::fs::read_to_string(&path).map_err(|e| problem(format!("{name}: {e}")))?;
                out.push((name, text));
            }
        }
        if out.is_empty() {
            return Err(problem("no *.toml pattern files".into()));
        }
        out.sort();
        Ok(out)
    }

    fn read(&self, rel: &str) -> Result<String, LoadProblem> {
        std::fs::read_to_string(self.root.join(rel)).map_err(|e| LoadProblem {
            file: rel.to_string(),
            rule: None,
            message: e.to_string(),
        })
    }
}

/// Loads the built-in set, or the set in `dir`.
pub fn load(dir: Option<&Path>) -> Result<Engine, LoadErrors> {
    match dir {
        Some(d) => compile::compile(&DirSource {
            root: d.to_path_buf(),
        }),
        None => compile::compile(&builtin::Builtin),
    }
}
