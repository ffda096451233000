//! redaction-gateway: a reverse proxy between application services and AI providers
//! that replaces personal data with placeholders before a prompt leaves, and puts the
//! values back into the answer.
//!
//! # Layout
//! - [`scan`]: the detection engine (one pass per text, reusable scratch) and its
//!   recognizers; [`patterns`]: the rule files it is compiled from, and their check.
//! - [`redact`]: per-request placeholder map and (streaming) restoration.
//! - [`config`]: the TOML config, parsed then compiled with every error at once.
//! - [`policy`]: gateway keys, connector policies, record-level approvals.
//! - [`providers`]: request/answer shapes (text slots, SSE restoration, usage).
//! - [`proxy`]: the request stages (see `proxy` for the life of a request),
//!   listeners, upstream client; [`error`]: the one place errors become responses.
//! - [`audit`]: the hash-chained audit trail; [`obs`]: metrics with bounded labels.
//! - [`cli`]: one module per command.

pub mod audit;
pub mod cli;
pub mod config;
pub mod error;
pub mod obs;
pub mod patterns;
pub mod policy;
pub mod providers;
pub mod proxy;
pub mod redact;
pub mod scan;
