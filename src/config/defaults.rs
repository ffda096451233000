//! Named defaults, each with its reason.

/// Loopback only: an unconfigured gateway must not be reachable from the network.
pub const LISTEN: &str = "127.0.0.1:8080";
/// Metrics and health on a separate loopback port, away from callers.
pub const ADMIN_LISTEN: &str = "127.0.0.1:9090";
/// 4 MiB: generous for chat prompts with history, small enough to scan in milliseconds.
pub const MAX_BODY_BYTES: u64 = 4 * 1024 * 1024;
/// Long generations stream for minutes; a non-streaming one rarely takes over two.
pub const UPSTREAM_TIMEOUT_SECS: u64 = 120;
/// A 4 MiB body arrives in well under a second on any link a service uses; a body
/// still incomplete after this is a stalled or hostile client holding a connection.
pub const BODY_TIMEOUT_SECS: u64 = 30;
/// 64 MiB: far above any chat or embeddings answer, and a bound on what one request
/// can make the gateway hold.
pub const MAX_ANSWER_BYTES: u64 = 64 * 1024 * 1024;
/// Approvals are short-lived by rule: a day at most.
pub const MAX_TTL_SECS: u64 = 24 * 3600;
pub const APPROVAL_SECRET_ENV: &str = "GATEWAY_APPROVAL_SECRET";
/// 100 MiB audit files before rotation; 400 days of retention covers a yearly audit.
pub const AUDIT_ROTATE_BYTES: u64 = 100 * 1024 * 1024;
pub const AUDIT_RETAIN_DAYS: u64 = 400;
pub const OPENAI_URL: &str = "https://api.openai.com";
pub const ANTHROPIC_URL: &str = "https://api.anthropic.com";
/// JSON keys whose value, an array of objects, is a list of per-person records.
pub const RECORD_KEYS: &[&str] = &[
    "travelers",
    "travellers",
    "passengers",
    "pax",
    "guests",
    "contacts",
    "employees",
    "people",
    "persons",
    "members",
    "attendees",
    "records",
    "customers",
    "users",
];
