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
        let request_id = next_request_id();
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

/// `req_` + 8 random bytes drawn once per process + a 4-byte counter: unique across
/// restarts and within one, without a system call per request.
fn next_request_id() -> String {
    static PROCESS: std::sync::OnceLock<[u8; 8]> = std::sync::OnceLock::new();
    static COUNTER: std::sync::atomic::AtomicU32 = std::sync::atomic::AtomicU32::new(0);
    let process = PROCESS.get_or_init(|| {
        let mut b = [0u8; 8];
        ring::rand::SecureRandom::fill(&ring::rand::SystemRandom::new(), &mut b)
            .expect("system randomness");
        b
    });
    let n = COUNTER.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let mut b = [0u8; 12];
    b[..8].copy_from_slice(process);
    b[8..].copy_from_slice(&n.to_be_bytes());
    format!("req_{}", crate::policy::keys::hex(&b))
}

impl Default for RequestCtx {
    fn default() -> Self {
        Self::new()
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn request_ids_are_distinct_and_keep_their_shape() {
        let (a, b) = (super::next_request_id(), super::next_request_id());
        assert_ne!(a, b);
        assert_eq!((a.len(), &a[..4]), (28, "req_"));
        assert_eq!(a[..20], b[..20], "one process prefix");
    }
}
