//! redaction-gateway: a reverse proxy between application services and AI providers
//! that replaces personal data with placeholders before a prompt leaves, and puts the
//! values back into the answer.
//!
//! # Layout
//! - [`scan`]: the detection engine (one pass per text, reusable scratch) and its
//!   recognizers; [`patterns`]: the rule files it is compiled from, and their check.
//! - [`redact`]: per-request placeholder map and (streaming) restoration.
//! - [`cli`]: one module per command.

pub mod cli;
pub mod patterns;
pub mod redact;
pub mod scan;
