//! The serde mirror of the config file: what operators write. No logic here.

use std::collections::BTreeMap;

use serde::Deserialize;

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawConfig {
    #[serde(default)]
    pub server: RawServer,
    #[serde(default)]
    pub providers: Vec<RawProvider>,
    #[serde(default)]
    pub keys: Vec<RawKey>,
    #[serde(default)]
    pub approvals: RawApprovals,
    #[serde(default)]
    pub connectors: BTreeMap<String, RawConnector>,
    #[serde(default)]
    pub patterns: RawPatterns,
    #[serde(default)]
    pub audit: RawAudit,
    #[serde(default)]
    pub metrics: RawMetrics,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawServer {
    pub listen: Option<String>,
    pub admin_listen: Option<String>,
    pub tls_cert: Option<String>,
    pub tls_key: Option<String>,
    pub max_body_bytes: Option<u64>,
    pub upstream_timeout_secs: Option<u64>,
    pub body_timeout_secs: Option<u64>,
    pub max_answer_bytes: Option<u64>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawProvider {
    pub name: String,
    pub kind: String,
    pub base_url: String,
    pub api_key_env: Option<String>,
    pub extra_ca: Option<String>,
    #[serde(default)]
    pub default: bool,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawKey {
    pub id: String,
    pub hash: String,
    #[serde(default = "star")]
    pub tenants: Vec<String>,
    #[serde(default = "star")]
    pub connectors: Vec<String>,
}

fn star() -> Vec<String> {
    vec!["*".into()]
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawApprovals {
    pub secret_env: Option<String>,
    pub max_ttl: Option<String>,
    #[serde(default)]
    pub revoked: Vec<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawConnector {
    pub mode: Option<String>,
    pub providers: Option<Vec<String>>,
    #[serde(default)]
    pub entities: BTreeMap<String, String>,
    pub restore: Option<bool>,
    /// JSON keys whose array of objects marks per-person records.
    pub record_keys: Option<Vec<String>>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawPatterns {
    pub dir: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawAudit {
    pub path: Option<String>,
    pub rotate_bytes: Option<u64>,
    pub retain_days: Option<u64>,
    pub on_failure: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawMetrics {
    #[serde(default)]
    pub tenant_label: bool,
}
