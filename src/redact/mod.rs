//! Redaction and restoration: findings → placeholders, placeholders → values.

pub mod placeholders;
pub mod restore;

pub use placeholders::PlaceholderMap;
pub use restore::{restore, Escape, StreamRestorer};
