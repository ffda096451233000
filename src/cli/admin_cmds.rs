//! `approve`, `keys hash`, `audit verify`, `audit report`.

use std::io::Read;
use std::path::PathBuf;

use super::Failure;
use crate::audit::{parse_timestamp, report, verify};
use crate::config::{parse_duration, Config};
use crate::policy::{approval, keys};

pub struct ApproveArgs {
    pub tenant: String,
    pub connector: String,
    pub purpose: String,
    pub approver: Option<String>,
    pub ttl: String,
    pub json: bool,
    pub config: Option<PathBuf>,
}

pub fn approve(a: ApproveArgs) -> Result<(), Failure> {
    let cfg = match &a.config {
        Some(p) => Config::load(p).map_err(|e| Failure::new(2, e.to_string()))?,
        None => Config::builtin(),
    };
    let secret = cfg.approval_secret.ok_or_else(|| {
        Failure::new(
            2,
            format!(
                "the approval secret variable {} is not set",
                cfg.approval_secret_env
            ),
        )
    })?;
    let ttl = parse_duration(&a.ttl)
        .ok_or_else(|| Failure::new(2, format!("--ttl: {:?} is not a duration like 4h", a.ttl)))?;
    if ttl == 0 || ttl > cfg.max_ttl_secs {
        return Err(Failure::new(
            2,
            format!("--ttl: at most {}s (approvals.max_ttl)", cfg.max_ttl_secs),
        ));
    }
    if !cfg.connectors.contains_key(&a.connector) {
        return Err(Failure::new(
            2,
            format!(
                "--connector: {:?} is not a configured connector",
                a.connector
            ),
        ));
    }
    let now = approval::now();
    let ap = approval::Approval {
        id: approval::new_id(),
        tenant: a.tenant,
        connector: a.connector,
        purpose: a.purpose,
        approver: a
            .approver
            .unwrap_or_else(|| std::env::var("USER").unwrap_or_default()),
        iat: now,
        exp: now + ttl,
    };
    let token = approval::mint(&secret, &ap);
    if a.json {
        let exp = crate::audit::timestamp(ap.exp as u128 * 1000);
        println!(
            "{}",
            serde_json::json!({"token": token, "id": ap.id, "tenant": ap.tenant, "connector": ap.connector, "expires_at": exp})
        );
    } else {
        println!("{token}");
    }
    Ok(())
}

pub fn keys_hash() -> Result<(), Failure> {
    let mut s = String::new();
    std::io::stdin()
        .read_to_string(&mut s)
        .map_err(|e| Failure::new(2, e.to_string()))?;
    if s.trim().is_empty() {
        return Err(Failure::new(2, "no key on stdin"));
    }
    println!("{}", keys::format_hash(&s));
    Ok(())
}

fn read_all(files: &[PathBuf]) -> Result<Vec<(String, String)>, Failure> {
    files
        .iter()
        .map(|p| {
            std::fs::read_to_string(p)
                .map(|t| (p.display().to_string(), t))
                .map_err(|e| Failure::new(2, format!("{}: {e}", p.display())))
        })
        .collect()
}

pub fn audit_verify(files: &[PathBuf]) -> Result<(), Failure> {
    let texts = read_all(files)?;
    match verify::verify(&texts) {
        Ok(n) => {
            println!("ok: {n} records, chain intact");
            Ok(())
        }
        Err(b) => Err(Failure::new(
            1,
            format!("{}:{}: broken record: {}", b.file, b.line, b.why),
        )),
    }
}

pub fn audit_report(
    files: &[PathBuf],
    since: Option<&str>,
    until: Option<&str>,
    by: &str,
    format: &str,
) -> Result<(), Failure> {
    let t = |s: Option<&str>, what: &str| -> Result<Option<i64>, Failure> {
        s.map(|v| {
            parse_timestamp(v).ok_or_else(|| {
                Failure::new(
                    2,
                    format!(
                        "--{what}: {v:?} is not a date like 2026-11-01 or 2026-11-01T10:00:00Z"
                    ),
                )
            })
        })
        .transpose()
    };
    let (since, until) = (t(since, "since")?, t(until, "until")?);
    let by: Vec<String> = by
        .split(',')
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty())
        .collect();
    for b in &by {
        if ![
            "provider",
            "model",
            "tenant",
            "connector",
            "endpoint",
            "key_id",
            "decision",
            "status",
        ]
        .contains(&b.as_str())
        {
            return Err(Failure::new(2, format!("--by: {b:?} is not provider, model, tenant, connector, endpoint, key_id, decision or status")));
        }
    }
    let texts = read_all(files)?;
    let rows = report::report(
        texts
            .iter()
            .flat_map(|(_, t)| t.lines().map(String::from).collect::<Vec<_>>()),
        &by,
        since,
        until,
    );
    let red = |r: &report::Row| {
        r.redactions
            .iter()
            .map(|(k, v)| format!("{k}={v}"))
            .collect::<Vec<_>>()
            .join(" ")
    };
    match format {
        "json" => println!("{}", serde_json::to_string_pretty(&rows).expect("json")),
        "csv" => {
            println!(
                "{},requests,blocked,prompt_tokens,completion_tokens,redactions",
                by.join(",")
            );
            for r in &rows {
                let g: Vec<&str> = by
                    .iter()
                    .map(|b| r.group.get(b).map_or("", String::as_str))
                    .collect();
                println!(
                    "{},{},{},{},{},{}",
                    g.join(","),
                    r.requests,
                    r.blocked,
                    r.prompt_tokens,
                    r.completion_tokens,
                    red(r)
                );
            }
        }
        "table" => {
            let head: Vec<String> = by.iter().map(|b| format!("{b:<18}")).collect();
            println!(
                "{}{:>9} {:>8} {:>12} {:>12}  redactions",
                head.join(""),
                "requests",
                "blocked",
                "tokens_in",
                "tokens_out"
            );
            for r in &rows {
                let g: Vec<String> = by
                    .iter()
                    .map(|b| format!("{:<18}", r.group.get(b).map_or("", String::as_str)))
                    .collect();
                println!(
                    "{}{:>9} {:>8} {:>12} {:>12}  {}",
                    g.join(""),
                    r.requests,
                    r.blocked,
                    r.prompt_tokens,
                    r.completion_tokens,
                    red(r)
                );
            }
        }
        f => {
            return Err(Failure::new(
                2,
                format!("--format: {f:?} is not table, csv or json"),
            ))
        }
    }
    Ok(())
}
