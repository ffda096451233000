//! Record-level approvals: stateless, expiring tokens signed with HMAC-SHA256, so any
//! number of gateway replicas verify the same tokens with the same secret.
//!
//! Token: `rga1.<base64url(payload JSON)>.<base64url(HMAC(secret, "rga1." + payload))>`.

use ring::hmac;
use serde::{Deserialize, Serialize};

use crate::error::{Code, GatewayError};

const PREFIX: &str = "rga1";

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct Approval {
    pub id: String,
    pub tenant: String,
    pub connector: String,
    pub purpose: String,
    pub approver: String,
    /// issued and expiry, unix seconds
    pub iat: u64,
    pub exp: u64,
}

const B64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

pub fn b64url(data: &[u8]) -> String {
    let mut out = String::with_capacity(data.len() * 4 / 3 + 3);
    for chunk in data.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |a, (i, &b)| a | (b as u32) << (16 - 8 * i));
        for i in 0..=chunk.len() {
            out.push(B64[(n >> (18 - 6 * i) & 63) as usize] as char);
        }
    }
    out
}

pub fn b64url_decode(s: &str) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(s.len() * 3 / 4);
    let mut acc = 0u32;
    let mut bits = 0;
    for c in s.bytes() {
        let v = B64.iter().position(|&b| b == c)? as u32;
        acc = acc << 6 | v;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
        }
    }
    Some(out)
}

pub fn now() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
}

/// A fresh random id for an approval.
pub fn new_id() -> String {
    let mut b = [0u8; 12];
    ring::rand::SecureRandom::fill(&ring::rand::SystemRandom::new(), &mut b)
        .expect("system randomness");
    format!("apr_{}", crate::policy::keys::hex(&b))
}

pub fn mint(secret: &[u8], a: &Approval) -> String {
    let payload = b64url(&serde_json::to_vec(a).expect("json"));
    let signed = format!("{PREFIX}.{payload}");
    let key = hmac::Key::new(hmac::HMAC_SHA256, secret);
    let tag = hmac::sign(&key, signed.as_bytes());
    format!("{signed}.{}", b64url(tag.as_ref()))
}

/// Verifies a token for this tenant and connector at time `now`.
pub fn verify(
    secret: &[u8],
    token: &str,
    tenant: &str,
    connector: &str,
    revoked: &[String],
    now: u64,
) -> Result<Approval, GatewayError> {
    let bad = |m: &str| GatewayError::new(Code::InvalidApproval, m.to_string());
    let mut parts = token.trim().split('.');
    let (Some(p), Some(payload), Some(sig), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return Err(bad("the approval token is malformed"));
    };
    if p != PREFIX {
        return Err(bad("the approval token is malformed"));
    }
    let sig = b64url_decode(sig).ok_or_else(|| bad("the approval token is malformed"))?;
    let key = hmac::Key::new(hmac::HMAC_SHA256, secret);
    hmac::verify(&key, format!("{PREFIX}.{payload}").as_bytes(), &sig)
        .map_err(|_| bad("the approval token's signature is not valid"))?;
    let a: Approval = b64url_decode(payload)
        .and_then(|b| serde_json::from_slice(&b).ok())
        .ok_or_else(|| bad("the approval token is malformed"))?;
    if a.exp <= now {
        return Err(bad("the approval token has expired"));
    }
    if revoked.contains(&a.id) {
        return Err(bad("the approval token has been revoked"));
    }
    if a.tenant != tenant || a.connector != connector {
        return Err(bad("the approval token is for another tenant or connector"));
    }
    Ok(a)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn appr(exp: u64) -> Approval {
        Approval {
            id: "apr_1".into(),
            tenant: "org_1".into(),
            connector: "duty_of_care".into(),
            purpose: "incident".into(),
            approver: "sec".into(),
            iat: 0,
            exp,
        }
    }

    #[test]
    fn base64_round_trip() {
        for n in 0..40 {
            let d: Vec<u8> = (0..n).map(|i| (i * 37 + 11) as u8).collect();
            assert_eq!(b64url_decode(&b64url(&d)).unwrap(), d);
        }
    }

    #[test]
    fn mint_verify_expire_revoke_forge_scope() {
        let t = mint(b"s3cret", &appr(1000));
        assert!(verify(b"s3cret", &t, "org_1", "duty_of_care", &[], 999).is_ok());
        assert!(verify(b"s3cret", &t, "org_1", "duty_of_care", &[], 1000)
            .unwrap_err()
            .message
            .contains("expired"));
        assert!(verify(
            b"s3cret",
            &t,
            "org_1",
            "duty_of_care",
            &["apr_1".into()],
            10
        )
        .unwrap_err()
        .message
        .contains("revoked"));
        assert!(verify(b"other", &t, "org_1", "duty_of_care", &[], 10)
            .unwrap_err()
            .message
            .contains("signature"));
        assert!(verify(b"s3cret", &t, "org_2", "duty_of_care", &[], 10)
            .unwrap_err()
            .message
            .contains("another tenant"));
        let mut forged = t.clone();
        forged.replace_range(10..11, if &t[10..11] == "A" { "B" } else { "A" });
        assert!(verify(b"s3cret", &forged, "org_1", "duty_of_care", &[], 10).is_err());
    }
}
