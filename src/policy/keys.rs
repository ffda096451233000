//! Gateway keys: stored as SHA-256 hashes, compared in constant time, scoped to
//! tenants and connectors.

use ring::digest;

use crate::error::{Code, GatewayError};

#[derive(Debug, Clone)]
pub struct KeyEntry {
    pub id: String,
    pub hash: [u8; 32],
    pub tenants: Vec<String>,
    pub connectors: Vec<String>,
}

pub fn hash_key(key: &str) -> [u8; 32] {
    let d = digest::digest(&digest::SHA256, key.trim().as_bytes());
    d.as_ref().try_into().expect("32 bytes")
}

pub fn hex(b: &[u8]) -> String {
    b.iter().map(|x| format!("{x:02x}")).collect()
}

/// `sha256:<64 hex>` → bytes.
pub fn parse_hash(s: &str) -> Option<[u8; 32]> {
    let h = s.strip_prefix("sha256:")?;
    if h.len() != 64 {
        return None;
    }
    let mut out = [0u8; 32];
    for (i, o) in out.iter_mut().enumerate() {
        *o = u8::from_str_radix(&h[2 * i..2 * i + 2], 16).ok()?;
    }
    Some(out)
}

pub fn format_hash(key: &str) -> String {
    format!("sha256:{}", hex(&hash_key(key)))
}

fn in_scope(list: &[String], value: &str) -> bool {
    list.iter().any(|v| v == "*" || v == value)
}

/// Compares without an early exit, so timing does not tell how much matched.
fn constant_time_eq(a: &[u8; 32], b: &[u8; 32]) -> bool {
    a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// Finds the key entry for a presented key; every entry is compared, in constant time.
pub fn authenticate<'k>(
    keys: &'k [KeyEntry],
    presented: Option<&str>,
) -> Result<&'k KeyEntry, GatewayError> {
    let Some(presented) = presented.filter(|p| !p.is_empty()) else {
        return Err(GatewayError::new(
            Code::MissingKey,
            "a gateway key is required: send Authorization: Bearer <key> or x-api-key",
        ));
    };
    let h = hash_key(presented);
    let mut found = None;
    for k in keys {
        if constant_time_eq(&k.hash, &h) {
            found = Some(k);
        }
    }
    found.ok_or_else(|| GatewayError::new(Code::InvalidKey, "the gateway key is not valid"))
}

/// Checks the key's tenant and connector scope.
pub fn check_scope(key: &KeyEntry, tenant: &str, connector: &str) -> Result<(), GatewayError> {
    if !in_scope(&key.tenants, tenant) {
        return Err(GatewayError::new(
            Code::TenantNotAllowed,
            format!("key {} may not send data of this tenant", key.id),
        ));
    }
    if !in_scope(&key.connectors, connector) {
        return Err(GatewayError::new(
            Code::TenantNotAllowed,
            format!("key {} may not use connector {connector}", key.id),
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hash_round_trip_and_auth() {
        let h = format_hash("gw-secret");
        let k = KeyEntry {
            id: "a".into(),
            hash: parse_hash(&h).unwrap(),
            tenants: vec!["org_1".into()],
            connectors: vec!["*".into()],
        };
        let keys = [k];
        assert_eq!(authenticate(&keys, Some("gw-secret")).unwrap().id, "a");
        assert_eq!(
            authenticate(&keys, Some("nope")).unwrap_err().code,
            Code::InvalidKey
        );
        assert_eq!(
            authenticate(&keys, None).unwrap_err().code,
            Code::MissingKey
        );
        assert!(check_scope(&keys[0], "org_1", "x").is_ok());
        assert_eq!(
            check_scope(&keys[0], "org_2", "x").unwrap_err().code,
            Code::TenantNotAllowed
        );
    }
}
