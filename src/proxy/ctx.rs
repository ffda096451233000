//! The per-request context passed `&mut` through every stage.

use std::time::Instant;

use crate::audit::AuditRecord;
use crate::providers::ProviderKind;
use crate::redact::PlaceholderMap;

pub struct RequestCtx {
    pub request_id: String,
    pub started: Instant,
    /// the shape errors are rendered in (the provider the caller talks to)
    pub kind: ProviderKind,
    pub placeholders: PlaceholderMap,
    pub restore: bool,
    pub audit: AuditRecord,
}

impl RequestCtx {
    pub fn new() -> Self {
        let mut b = [0u8; 12];
        ring::rand::SecureRandom::fill(&ring::rand::SystemRandom::new(), &mut b)
            .expect("system randomness");
        let request_id = format!("req_{}", crate::policy::keys::hex(&b));
        let ms = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_millis());
        let audit = AuditRecord {
            request_id: request_id.clone(),
            ts: crate::audit::timestamp(ms),
            decision: "blocked",
            ..Default::default()
        };
        Self {
            request_id,
            started: Instant::now(),
            kind: ProviderKind::OpenAi,
            placeholders: PlaceholderMap::default(),
            restore: true,
            audit,
        }
    }
}

impl Default for RequestCtx {
    fn default() -> Self {
        Self::new()
    }
}
