//! The approval-token parser on arbitrary tokens: no panic, never accepted without
//! the secret; and tokens minted from arbitrary fields verify exactly when they
//! should.
#![no_main]

use libfuzzer_sys::fuzz_target;
use redaction_gateway::policy::approval::{mint, verify, Approval};

const SECRET: &[u8] = b"fuzz-secret-0123456789";

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    // an arbitrary token is never valid
    assert!(verify(SECRET, &text, "org_1", "duty_of_care", &[], 1).is_err());
    // a minted one with arbitrary fields round-trips, and is bound to its scope
    let mut parts = text.splitn(3, '\u{0}');
    let tenant = parts.next().unwrap_or("").to_string();
    let connector = parts.next().unwrap_or("").to_string();
    let purpose = parts.next().unwrap_or("").to_string();
    let a = Approval {
        id: "apr_fuzz".into(),
        tenant: tenant.clone(),
        connector: connector.clone(),
        purpose,
        approver: "fuzz".into(),
        iat: 0,
        exp: 100,
    };
    let token = mint(SECRET, &a);
    let ok = verify(SECRET, &token, &tenant, &connector, &[], 50).expect("minted token verifies");
    assert_eq!((ok.tenant, ok.connector), (tenant.clone(), connector.clone()));
    assert!(verify(SECRET, &token, &tenant, &connector, &[], 100).is_err(), "expired");
    assert!(verify(b"other", &token, &tenant, &connector, &[], 50).is_err(), "wrong secret");
    let other = format!("{tenant}x");
    assert!(verify(SECRET, &token, &other, &connector, &[], 50).is_err(), "other tenant");
});
