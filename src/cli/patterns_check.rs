//! `patterns check [DIR]`

use std::path::Path;

use super::{load_engine, Failure};
use crate::patterns::check::check;

pub fn run(dir: Option<&Path>) -> Result<(), Failure> {
    let engine = load_engine(dir)?;
    let report = check(&engine);
    for f in &report.failures {
        eprintln!("{f}");
    }
    if report.failures.is_empty() {
        println!("ok: {} rules, {} examples", report.rules, report.examples);
        Ok(())
    } else {
        Err(Failure::new(
            1,
            format!(
                "{} of {} examples failed",
                report.failures.len(),
                report.examples
            ),
        ))
    }
}
