//! Command line: one module per command. `main` is the one place errors become exit
//! codes.

mod admin_cmds;
mod patterns_check;
mod scan;
mod serve;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

#[derive(Debug, Parser)]
#[command(
    name = "redaction-gateway",
    version,
    about = "Redacting reverse proxy for AI providers"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Run the proxy.
    Serve {
        #[arg(long)]
        config: Option<PathBuf>,
        #[arg(long)]
        listen: Option<String>,
        #[arg(long)]
        admin_listen: Option<String>,
        /// Point the default provider at this base URL.
        #[arg(long)]
        upstream: Option<String>,
        /// Log as JSON lines.
        #[arg(long)]
        log_json: bool,
    },
    /// Mint a record-level approval token.
    Approve {
        #[arg(long)]
        tenant: String,
        #[arg(long)]
        connector: String,
        #[arg(long)]
        purpose: String,
        #[arg(long)]
        approver: Option<String>,
        #[arg(long, default_value = "4h")]
        ttl: String,
        #[arg(long, default_value = "text")]
        format: String,
        #[arg(long)]
        config: Option<PathBuf>,
    },
    /// Gateway keys.
    Keys {
        #[command(subcommand)]
        command: KeysCommand,
    },
    /// Audit trail tools.
    Audit {
        #[command(subcommand)]
        command: AuditCommand,
    },
    /// Print what would be redacted.
    Scan {
        /// Input file (stdin when absent).
        file: Option<PathBuf>,
        #[arg(long, default_value = "text")]
        format: scan::Format,
        /// Pattern directory replacing the built-in set.
        #[arg(long)]
        patterns: Option<PathBuf>,
    },
    /// Print the text with placeholders.
    Redact {
        file: Option<PathBuf>,
        #[arg(long)]
        patterns: Option<PathBuf>,
    },
    /// Pattern files: compile and test.
    Patterns {
        #[command(subcommand)]
        command: PatternsCommand,
    },
}

#[derive(Debug, Subcommand)]
enum PatternsCommand {
    /// Compile every rule and run every rule's examples through the whole engine.
    Check {
        /// Pattern directory (the built-in set when absent).
        dir: Option<PathBuf>,
    },
}

#[derive(Debug, Subcommand)]
enum KeysCommand {
    /// Read a gateway key on stdin, print the hash for the config.
    Hash,
}

#[derive(Debug, Subcommand)]
enum AuditCommand {
    /// Check the hash chain; name the first broken record.
    Verify { files: Vec<PathBuf> },
    /// Provider-usage summary.
    Report {
        files: Vec<PathBuf>,
        #[arg(long)]
        since: Option<String>,
        #[arg(long)]
        until: Option<String>,
        #[arg(long, default_value = "provider,model")]
        by: String,
        #[arg(long, default_value = "table")]
        format: String,
    },
}

/// A command's failure: the message for stderr and the exit code.
#[derive(Debug)]
pub struct Failure {
    pub message: String,
    pub code: u8,
}

impl Failure {
    pub fn new(code: u8, message: impl Into<String>) -> Self {
        Self {
            message: message.into(),
            code,
        }
    }
}

pub fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Scan {
            file,
            format,
            patterns,
        } => scan::run_scan(file.as_deref(), format, patterns.as_deref()),
        Command::Redact { file, patterns } => {
            scan::run_redact(file.as_deref(), patterns.as_deref())
        }
        Command::Patterns {
            command: PatternsCommand::Check { dir },
        } => patterns_check::run(dir.as_deref()),
        Command::Serve {
            config,
            listen,
            admin_listen,
            upstream,
            log_json,
        } => serve::run(serve::ServeArgs {
            config,
            listen,
            admin_listen,
            upstream,
            log_json,
        }),
        Command::Approve {
            tenant,
            connector,
            purpose,
            approver,
            ttl,
            format,
            config,
        } => admin_cmds::approve(admin_cmds::ApproveArgs {
            tenant,
            connector,
            purpose,
            approver,
            ttl,
            json: format == "json",
            config,
        }),
        Command::Keys {
            command: KeysCommand::Hash,
        } => admin_cmds::keys_hash(),
        Command::Audit {
            command: AuditCommand::Verify { files },
        } => admin_cmds::audit_verify(&files),
        Command::Audit {
            command:
                AuditCommand::Report {
                    files,
                    since,
                    until,
                    by,
                    format,
                },
        } => admin_cmds::audit_report(&files, since.as_deref(), until.as_deref(), &by, &format),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(f) => {
            eprintln!("redaction-gateway: {}", f.message);
            ExitCode::from(f.code)
        }
    }
}

/// Reads a file, or stdin when no file is named.
pub(crate) fn read_input(file: Option<&std::path::Path>) -> Result<String, Failure> {
    use std::io::Read;
    match file {
        Some(p) => {
            std::fs::read_to_string(p).map_err(|e| Failure::new(2, format!("{}: {e}", p.display())))
        }
        None => {
            let mut s = String::new();
            std::io::stdin()
                .read_to_string(&mut s)
                .map_err(|e| Failure::new(2, format!("stdin: {e}")))?;
            Ok(s)
        }
    }
}

pub(crate) fn load_engine(dir: Option<&std::path::Path>) -> Result<crate::scan::Engine, Failure> {
    crate::patterns::load(dir).map_err(|e| Failure::new(2, e.to_string()))
}
