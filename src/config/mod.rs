//! Configuration: parsed (`raw`), then compiled into `Config` with every problem
//! reported at once, each with its path (`providers[1].base_url`).

pub mod defaults;
pub mod raw;

use std::collections::{BTreeMap, HashMap};
use std::net::SocketAddr;
use std::path::{Path, PathBuf};

use crate::policy::{Action, ConnectorPolicy, KeyEntry, Mode};
use crate::providers::{Provider, ProviderKind};
use crate::scan::Entity;
use raw::RawConfig;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AuditSink {
    File(PathBuf),
    Stdout,
    Off,
}

#[derive(Debug, Clone)]
pub struct AuditConfig {
    pub sink: AuditSink,
    pub rotate_bytes: u64,
    pub retain_days: u64,
    pub fail_open: bool,
}

#[derive(Debug, Clone)]
pub struct Config {
    pub listen: SocketAddr,
    pub admin_listen: SocketAddr,
    pub tls: Option<(PathBuf, PathBuf)>,
    pub max_body_bytes: u64,
    pub upstream_timeout_secs: u64,
    /// the whole request body must arrive within this (a body that never ends is
    /// refused, not waited for)
    pub body_timeout_secs: u64,
    /// a non-streamed answer is held whole to restore it: this bounds that
    pub max_answer_bytes: u64,
    pub providers: Vec<Provider>,
    pub keys: Vec<KeyEntry>,
    pub approval_secret_env: String,
    pub approval_secret: Option<Vec<u8>>,
    pub max_ttl_secs: u64,
    pub revoked: Vec<String>,
    pub connectors: HashMap<String, ConnectorPolicy>,
    pub patterns_dir: Option<PathBuf>,
    pub audit: AuditConfig,
    pub tenant_label: bool,
    /// where the file came from, for reload (None: built-in default)
    pub source: Option<PathBuf>,
}

/// Every problem of one config, with its path.
#[derive(Debug, thiserror::Error)]
#[error("{} config problem(s):\n{}", .0.len(), .0.iter().map(|p| format!("  {p}")).collect::<Vec<_>>().join("\n"))]
pub struct ConfigErrors(pub Vec<String>);

/// Parses "4h", "30m", "90s", "1d".
pub fn parse_duration(s: &str) -> Option<u64> {
    let s = s.trim();
    let (num, unit) = s.split_at(s.find(|c: char| !c.is_ascii_digit())?);
    let n: u64 = num.parse().ok()?;
    Some(match unit {
        "s" => n,
        "m" => n * 60,
        "h" => n * 3600,
        "d" => n * 86400,
        _ => return None,
    })
}

fn default_connectors() -> BTreeMap<String, raw::RawConnector> {
    let mk = |mode: &str, blocked: &[&str]| raw::RawConnector {
        mode: Some(mode.into()),
        entities: blocked
            .iter()
            .map(|e| (e.to_string(), "block".to_string()))
            .collect(),
        ..Default::default()
    };
    [
        ("default", mk("redact", &[])),
        ("ontrack", mk("redact", &[])),
        ("duty_of_care", mk("aggregate_only", &[])),
        ("traxo", mk("redact", &[])),
        ("hubspot", mk("redact", &["SECRET", "PAYMENT_CARD"])),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_string(), v))
    .collect()
}

impl Config {
    /// The built-in default: loopback, both public providers, every connector default.
    pub fn builtin() -> Config {
        Self::compile(RawConfig::default(), None).expect("built-in default compiles")
    }

    pub fn load(path: &Path) -> Result<Config, ConfigErrors> {
        let text = std::fs::read_to_string(path)
            .map_err(|e| ConfigErrors(vec![format!("{}: {e}", path.display())]))?;
        let raw: RawConfig = toml::from_str(&text)
            .map_err(|e| ConfigErrors(vec![format!("{}: {e}", path.display())]))?;
        let base = path.parent().unwrap_or(Path::new("."));
        let mut c = Self::compile(raw, Some(base))?;
        c.source = Some(path.to_path_buf());
        Ok(c)
    }

    pub fn compile(raw: RawConfig, base: Option<&Path>) -> Result<Config, ConfigErrors> {
        let mut errs = Vec::new();
        let rel = |p: &str| -> PathBuf {
            let p = PathBuf::from(p);
            match base {
                Some(b) if p.is_relative() => b.join(p),
                _ => p,
            }
        };
        let addr =
            |v: Option<&String>, d: &str, path: &str, errs: &mut Vec<String>| -> SocketAddr {
                let s = v.map(String::as_str).unwrap_or(d);
                s.parse().unwrap_or_else(|_| {
                    errs.push(format!(
                        "{path}: {s:?} is not an address like 127.0.0.1:8080"
                    ));
                    d.parse().unwrap()
                })
            };
        let listen = addr(
            raw.server.listen.as_ref(),
            defaults::LISTEN,
            "server.listen",
            &mut errs,
        );
        let admin_listen = addr(
            raw.server.admin_listen.as_ref(),
            defaults::ADMIN_LISTEN,
            "server.admin_listen",
            &mut errs,
        );
        let tls = match (&raw.server.tls_cert, &raw.server.tls_key) {
            (Some(c), Some(k)) => Some((rel(c), rel(k))),
            (None, None) => None,
            _ => {
                errs.push("server.tls_cert and server.tls_key go together".into());
                None
            }
        };

        let mut raw_providers = raw.providers;
        if raw_providers.is_empty() {
            raw_providers = vec![
                raw::RawProvider {
                    name: "openai".into(),
                    kind: "openai".into(),
                    base_url: defaults::OPENAI_URL.into(),
                    api_key_env: Some("OPENAI_API_KEY".into()),
                    extra_ca: None,
                    default: true,
                },
                raw::RawProvider {
                    name: "anthropic".into(),
                    kind: "anthropic".into(),
                    base_url: defaults::ANTHROPIC_URL.into(),
                    api_key_env: Some("ANTHROPIC_API_KEY".into()),
                    extra_ca: None,
                    default: false,
                },
            ];
        }
        let mut providers = Vec::new();
        for (i, p) in raw_providers.iter().enumerate() {
            let path = format!("providers[{i}]");
            let kind = match p.kind.as_str() {
                "openai" => ProviderKind::OpenAi,
                "anthropic" => ProviderKind::Anthropic,
                k => {
                    errs.push(format!("{path}.kind: {k:?} is not openai or anthropic"));
                    continue;
                }
            };
            if p.name.is_empty()
                || !p
                    .name
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
                || p.name == "v1"
            {
                errs.push(format!(
                    "{path}.name: {:?} must be letters, digits, - or _ (and not v1)",
                    p.name
                ));
            }
            let base_url = match p.base_url.parse::<hyper::Uri>() {
                Ok(u)
                    if matches!(u.scheme_str(), Some("http" | "https"))
                        && u.authority().is_some() =>
                {
                    u
                }
                _ => {
                    errs.push(format!(
                        "{path}.base_url: {:?} is not an http(s) URL",
                        p.base_url
                    ));
                    continue;
                }
            };
            let api_key = p
                .api_key_env
                .as_ref()
                .and_then(|v| std::env::var(v).ok())
                .filter(|v| !v.is_empty());
            providers.push(Provider {
                name: p.name.clone(),
                kind,
                base_url,
                api_key,
                api_key_env: p.api_key_env.clone(),
                extra_ca: p.extra_ca.as_deref().map(rel),
                default: p.default,
            });
        }
        match providers.iter().filter(|p| p.default).count() {
            0 if !providers.is_empty() => providers[0].default = true,
            0 | 1 => {}
            _ => errs.push("providers: more than one has default = true".into()),
        }
        for (i, p) in providers.iter().enumerate() {
            if providers[..i].iter().any(|q| q.name == p.name) {
                errs.push(format!("providers[{i}].name: {:?} is used twice", p.name));
            }
        }

        let mut keys = Vec::new();
        for (i, k) in raw.keys.iter().enumerate() {
            match crate::policy::keys::parse_hash(&k.hash) {
                Some(h) => keys.push(KeyEntry { id: k.id.clone(), hash: h, tenants: k.tenants.clone(), connectors: k.connectors.clone() }),
                None => errs.push(format!("keys[{i}].hash: expected \"sha256:<64 hex>\" from `redaction-gateway keys hash`")),
            }
        }

        let max_ttl_secs = match raw.approvals.max_ttl.as_deref() {
            None => defaults::MAX_TTL_SECS,
            Some(s) => match parse_duration(s) {
                Some(v) if v <= defaults::MAX_TTL_SECS && v > 0 => v,
                _ => {
                    errs.push(format!(
                        "approvals.max_ttl: {s:?} must be a duration like 4h, at most 24h"
                    ));
                    defaults::MAX_TTL_SECS
                }
            },
        };
        let approval_secret_env = raw
            .approvals
            .secret_env
            .clone()
            .unwrap_or_else(|| defaults::APPROVAL_SECRET_ENV.into());
        let approval_secret = std::env::var(&approval_secret_env)
            .ok()
            .filter(|s| !s.is_empty())
            .map(String::into_bytes);

        let mut raw_connectors = default_connectors();
        for (name, c) in raw.connectors {
            raw_connectors.insert(name, c);
        }
        let mut connectors = HashMap::new();
        for (name, c) in raw_connectors {
            let path = format!("connectors.{name}");
            let mode = match c.mode.as_deref().unwrap_or("redact") {
                "redact" => Mode::Redact,
                "aggregate_only" => Mode::AggregateOnly,
                "block" => Mode::Block,
                m => {
                    errs.push(format!(
                        "{path}.mode: {m:?} is not redact, aggregate_only or block"
                    ));
                    Mode::Block
                }
            };
            let mut actions = [Action::Redact; 13];
            for (ent, act) in &c.entities {
                let Ok(e) = ent.parse::<Entity>() else {
                    errs.push(format!("{path}.entities.{ent}: unknown entity"));
                    continue;
                };
                actions[e.index()] = match act.as_str() {
                    "redact" => Action::Redact,
                    "block" => Action::Block,
                    "allow" => Action::Allow,
                    a => {
                        errs.push(format!(
                            "{path}.entities.{ent}: {a:?} is not redact, block or allow"
                        ));
                        continue;
                    }
                };
            }
            if let Some(ps) = &c.providers {
                for (i, p) in ps.iter().enumerate() {
                    if !providers.iter().any(|q| &q.name == p) {
                        errs.push(format!("{path}.providers[{i}]: no provider named {p:?}"));
                    }
                }
            }
            let record_keys = c.record_keys.clone().unwrap_or_else(|| {
                defaults::RECORD_KEYS
                    .iter()
                    .map(|s| s.to_string())
                    .collect()
            });
            connectors.insert(
                name,
                ConnectorPolicy {
                    mode,
                    providers: c.providers.clone(),
                    actions,
                    restore: c.restore.unwrap_or(true),
                    record_keys,
                },
            );
        }

        let sink = match raw.audit.path.as_deref() {
            None => AuditSink::Off,
            Some("-") => AuditSink::Stdout,
            Some(p) => AuditSink::File(rel(p)),
        };
        let fail_open = match raw.audit.on_failure.as_deref() {
            None | Some("refuse") => false,
            Some("fail_open") => true,
            Some(o) => {
                errs.push(format!(
                    "audit.on_failure: {o:?} is not refuse or fail_open"
                ));
                false
            }
        };
        if !errs.is_empty() {
            return Err(ConfigErrors(errs));
        }
        Ok(Config {
            listen,
            admin_listen,
            tls,
            max_body_bytes: raw
                .server
                .max_body_bytes
                .unwrap_or(defaults::MAX_BODY_BYTES),
            upstream_timeout_secs: raw
                .server
                .upstream_timeout_secs
                .unwrap_or(defaults::UPSTREAM_TIMEOUT_SECS),
            body_timeout_secs: raw
                .server
                .body_timeout_secs
                .unwrap_or(defaults::BODY_TIMEOUT_SECS),
            max_answer_bytes: raw
                .server
                .max_answer_bytes
                .unwrap_or(defaults::MAX_ANSWER_BYTES),
            providers,
            keys,
            approval_secret_env,
            approval_secret,
            max_ttl_secs,
            revoked: raw.approvals.revoked,
            connectors,
            patterns_dir: raw.patterns.dir.as_deref().map(rel),
            audit: AuditConfig {
                sink,
                rotate_bytes: raw
                    .audit
                    .rotate_bytes
                    .unwrap_or(defaults::AUDIT_ROTATE_BYTES),
                retain_days: raw.audit.retain_days.unwrap_or(defaults::AUDIT_RETAIN_DAYS),
                fail_open,
            },
            tenant_label: raw.metrics.tenant_label,
            source: None,
        })
    }

    pub fn provider(&self, name: &str) -> Option<&Provider> {
        self.providers.iter().find(|p| p.name == name)
    }

    pub fn default_provider(&self) -> Option<&Provider> {
        self.providers.iter().find(|p| p.default)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reports_every_problem_with_its_path() {
        let raw: RawConfig = toml::from_str(
            r#"
            [server]
            listen = "nope"
            [[providers]]
            name = "a"
            kind = "gemini"
            base_url = "https://x"
            [[providers]]
            name = "b"
            kind = "openai"
            base_url = "ftp://x"
            [connectors.x]
            mode = "maybe"
            entities = { NAME = "block" }
            "#,
        )
        .unwrap();
        let e = Config::compile(raw, None).unwrap_err().0;
        assert!(e.iter().any(|m| m.starts_with("server.listen")), "{e:?}");
        assert!(
            e.iter().any(|m| m.starts_with("providers[0].kind")),
            "{e:?}"
        );
        assert!(
            e.iter().any(|m| m.starts_with("providers[1].base_url")),
            "{e:?}"
        );
        assert!(
            e.iter().any(|m| m.starts_with("connectors.x.mode")),
            "{e:?}"
        );
        assert!(
            e.iter()
                .any(|m| m.starts_with("connectors.x.entities.NAME")),
            "{e:?}"
        );
    }

    #[test]
    fn unknown_keys_are_errors() {
        assert!(toml::from_str::<RawConfig>("[server]\nlisten_port = 1\n").is_err());
    }

    #[test]
    fn builtin_has_the_platform_connectors() {
        let c = Config::builtin();
        assert_eq!(c.connectors["duty_of_care"].mode, Mode::AggregateOnly);
        assert_eq!(
            c.connectors["hubspot"].actions[Entity::Secret.index()],
            Action::Block
        );
        assert_eq!(c.default_provider().unwrap().name, "openai");
    }
}
