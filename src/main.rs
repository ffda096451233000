//! The `redaction-gateway` binary: parse the command line, run, turn errors into exit codes.

use std::process::ExitCode;

fn main() -> ExitCode {
    redaction_gateway::cli::main()
}
