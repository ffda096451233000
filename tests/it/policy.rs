//! Keys, tenants, connectors, approvals and reload, over HTTP.

use redaction_gateway::policy::keys::format_hash;
use redaction_gateway::proxy::server;

use crate::support::*;

fn keyed(extra: &str) -> String {
    format!(
        "{OPENAI}\n[[keys]]\nid = \"booking\"\nhash = \"{}\"\ntenants = [\"org_1\"]\nconnectors = [\"*\"]\n\n[[keys]]\nid = \"crm\"\nhash = \"{}\"\ntenants = [\"*\"]\nconnectors = [\"hubspot\"]\n{extra}",
        format_hash("key-booking"),
        format_hash("key-crm")
    )
}

fn answer() -> Answer {
    Answer {
        status: 200,
        content_type: "application/json",
        chunks: vec![r#"{"choices":[{"message":{"content":"ok"}}]}"#.into()],
        delay_ms: 0,
    }
}

const BODY: &str =
    r#"{"model":"m","messages":[{"role":"user","content":"14 travelers in Lisbon"}]}"#;

fn code(text: &str) -> String {
    let v: serde_json::Value = serde_json::from_str(text).unwrap();
    v["error"]["code"].as_str().unwrap_or("").to_string()
}

/// headers, expected status, expected error code
type Case<'a> = (&'a [(&'a str, &'a str)], u16, &'a str);

#[tokio::test]
async fn gateway_keys_and_scopes() {
    let up = upstream(answer()).await;
    let gw = gateway(&keyed(""), up.addr).await;
    let cases: &[Case] = &[
        (&[], 401, "missing_key"),
        (&[("authorization", "Bearer wrong")], 401, "invalid_key"),
        (
            &[
                ("authorization", "Bearer key-booking"),
                ("x-tenant-id", "org_2"),
            ],
            403,
            "tenant_not_allowed",
        ),
        (
            &[
                ("x-api-key", "key-crm"),
                ("x-tenant-id", "org_2"),
                ("x-connector", "traxo"),
            ],
            403,
            "tenant_not_allowed",
        ),
        (
            &[
                ("authorization", "Bearer key-booking"),
                ("x-tenant-id", "org_1"),
            ],
            200,
            "",
        ),
        (
            &[
                ("x-api-key", "key-crm"),
                ("x-tenant-id", "org_9"),
                ("x-connector", "hubspot"),
            ],
            200,
            "",
        ),
    ];
    for (headers, status, want) in cases {
        let (s, _, text) = post(gw.addr, "/v1/chat/completions", headers, BODY).await;
        assert_eq!(s, *status, "{headers:?}: {text}");
        if !want.is_empty() {
            assert_eq!(code(&text), *want);
        }
    }
    // neither gateway key ever reaches the upstream
    for (_, h, _) in up.received.lock().unwrap().iter() {
        assert!(h.get("authorization").is_none() && h.get("x-api-key").is_none());
    }
}

#[tokio::test]
async fn connector_modes_and_providers() {
    let up = upstream(answer()).await;
    let cfg = format!("{OPENAI}\n[connectors.eu_only]\nmode = \"redact\"\nproviders = [\"anthropic\"]\n[connectors.off]\nmode = \"block\"\n");
    let gw = gateway(&cfg, up.addr).await;
    let (s, _, t) = post(
        gw.addr,
        "/openai/v1/chat/completions",
        &[("x-connector", "eu_only")],
        BODY,
    )
    .await;
    assert_eq!((s, code(&t).as_str()), (403, "provider_not_allowed"));
    let (s, _, t) = post(
        gw.addr,
        "/openai/v1/chat/completions",
        &[("x-connector", "off")],
        BODY,
    )
    .await;
    assert_eq!((s, code(&t).as_str()), (403, "connector_blocked"));
    for c in ["ontrack", "traxo", "hubspot", "default", "duty_of_care"] {
        let (s, _, t) = post(gw.addr, "/v1/chat/completions", &[("x-connector", c)], BODY).await;
        assert_eq!(s, 200, "{c}: {t}");
    }
    // hubspot: payment cards blocked by default; ontrack redacts them
    let card = r#"{"model":"m","messages":[{"role":"user","content":"card 4111 1111 1111 1111"}]}"#;
    let (s, _, t) = post(
        gw.addr,
        "/v1/chat/completions",
        &[("x-connector", "hubspot")],
        card,
    )
    .await;
    assert_eq!((s, code(&t).as_str()), (403, "entity_blocked"));
    let (s, _, _) = post(
        gw.addr,
        "/v1/chat/completions",
        &[("x-connector", "ontrack")],
        card,
    )
    .await;
    assert_eq!(s, 200);
    // a JSON list of per-person records is record-level even with no entity in it
    let records = r#"{"model":"m","messages":[{"role":"user","content":"{\"travelers\": [{\"risk\": \"high\"}, {\"risk\": \"low\"}]}"}]}"#;
    let (s, _, t) = post(
        gw.addr,
        "/v1/chat/completions",
        &[("x-connector", "duty_of_care")],
        records,
    )
    .await;
    assert_eq!((s, code(&t).as_str()), (403, "record_level_context"), "{t}");
}

#[tokio::test]
async fn approvals_mint_use_expire_revoke_forge_scope() {
    use redaction_gateway::policy::approval::{mint, now, Approval};
    std::env::set_var("RGW_IT_APPROVAL_SECRET", "it-secret");
    let up = upstream(answer()).await;
    let cfg = format!("{OPENAI}\n[approvals]\nsecret_env = \"RGW_IT_APPROVAL_SECRET\"\nrevoked = [\"apr_revoked\"]\n");
    let gw = gateway(&cfg, up.addr).await;
    let personal = r#"{"model":"m","messages":[{"role":"user","content":"Traveler Anna Novak is in Lisbon"}]}"#;
    let tok = |id: &str, tenant: &str, exp: u64, secret: &[u8]| {
        mint(
            secret,
            &Approval {
                id: id.into(),
                tenant: tenant.into(),
                connector: "duty_of_care".into(),
                purpose: "incident".into(),
                approver: "sec".into(),
                iat: now(),
                exp,
            },
        )
    };
    let h = |t: &str| {
        vec![
            ("x-connector", "duty_of_care".to_string()),
            ("x-tenant-id", "org_1".to_string()),
            ("x-record-approval", t.to_string()),
        ]
    };
    let send = |hs: Vec<(&'static str, String)>| {
        let addr = gw.addr;
        async move {
            let hs: Vec<(&str, &str)> = hs.iter().map(|(k, v)| (*k, v.as_str())).collect();
            post(addr, "/v1/chat/completions", &hs, personal).await
        }
    };
    let (s, _, t) = send(vec![
        ("x-connector", "duty_of_care".into()),
        ("x-tenant-id", "org_1".into()),
    ])
    .await;
    assert_eq!((s, code(&t).as_str()), (403, "record_level_context"));
    let (s, _, t) = send(h(&tok("apr_ok", "org_1", now() + 3600, b"it-secret"))).await;
    assert_eq!(s, 200, "{t}");
    assert!(
        !up.received
            .lock()
            .unwrap()
            .last()
            .unwrap()
            .2
            .contains("Novak"),
        "approved requests are still redacted"
    );
    for (token, why) in [
        (tok("apr_old", "org_1", now() - 1, b"it-secret"), "expired"),
        (
            tok("apr_revoked", "org_1", now() + 3600, b"it-secret"),
            "revoked",
        ),
        (
            tok("apr_forged", "org_1", now() + 3600, b"guessed"),
            "signature",
        ),
        (
            tok("apr_other", "org_2", now() + 3600, b"it-secret"),
            "another tenant",
        ),
    ] {
        let (s, _, t) = send(h(&token)).await;
        assert_eq!((s, code(&t).as_str()), (403, "invalid_approval"), "{why}");
        assert!(t.contains(why), "{why}: {t}");
    }
}

#[tokio::test]
async fn reload_keeps_the_running_set_on_a_broken_file() {
    let up = upstream(answer()).await;
    let path = config_file(
        &format!("{OPENAI}\n[connectors.x]\nmode = \"redact\"\n"),
        up.addr,
    );
    let gw = start(redaction_gateway::config::Config::load(&path).unwrap()).await;
    let (s, _, _) = via_x(gw.addr).await;
    assert_eq!(s, 200);
    // broken: unknown key; the running set stays
    write_connector_x(&path, up.addr, "mode = \"redact\"\nbogus = 1\n");
    assert!(server::reload(&gw.gateway).is_err());
    let (s, _, _) = via_x(gw.addr).await;
    assert_eq!(s, 200);
    // good: connector x now blocks
    write_connector_x(&path, up.addr, "mode = \"block\"\n");
    server::reload(&gw.gateway).unwrap();
    let (s, _, t) = via_x(gw.addr).await;
    assert_eq!((s, code(&t).as_str()), (403, "connector_blocked"));
    let metrics = String::from_utf8(gw.gateway.metrics.render()).unwrap();
    assert!(
        metrics.contains("gateway_config_reloads_total{result=\"error\"} 1"),
        "{metrics}"
    );
    assert!(metrics.contains("gateway_config_reloads_total{result=\"ok\"} 1"));
}

#[tokio::test]
async fn in_flight_requests_finish_on_their_set_and_file_changes_reload() {
    let up = upstream(Answer {
        delay_ms: 700,
        ..answer()
    })
    .await;
    let path = config_file(
        &format!("{OPENAI}\n[connectors.x]\nmode = \"redact\"\n"),
        up.addr,
    );
    let gw = start(redaction_gateway::config::Config::load(&path).unwrap()).await;
    let stop = tokio::sync::watch::channel(false);
    tokio::spawn(server::watch_files(
        gw.gateway.clone(),
        std::time::Duration::from_millis(100),
        stop.1,
    ));
    let addr = gw.addr;
    let slow = tokio::spawn(async move {
        post(addr, "/v1/chat/completions", &[("x-connector", "x")], BODY).await
    });
    tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    write_connector_x(&path, up.addr, "mode = \"block\"\n");
    // the watcher notices the change without a signal
    let mut blocked = false;
    for _ in 0..50 {
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        if gw.gateway.current().config.connectors["x"].mode
            == redaction_gateway::policy::Mode::Block
        {
            blocked = true;
            break;
        }
    }
    assert!(blocked, "file change was not reloaded");
    let (s, _, _) = slow.await.unwrap();
    assert_eq!(
        s, 200,
        "the in-flight request finished on the set it started with"
    );
    let (s, _, t) = via_x(gw.addr).await;
    assert_eq!((s, code(&t).as_str()), (403, "connector_blocked"));
}

async fn via_x(addr: std::net::SocketAddr) -> (u16, hyper::HeaderMap, String) {
    post(addr, "/v1/chat/completions", &[("x-connector", "x")], BODY).await
}

/// Rewrites the config file with connector `x` set to `body`.
fn write_connector_x(path: &std::path::Path, up: std::net::SocketAddr, body: &str) {
    let providers = OPENAI.replace("{{UPSTREAM}}", &format!("http://{up}"));
    std::fs::write(path, format!("{providers}\n[connectors.x]\n{body}")).unwrap();
}

#[tokio::test]
async fn a_pattern_dir_whose_examples_fail_does_not_replace_the_running_set() {
    let up = upstream(answer()).await;
    let dir = temp_dir();
    let pat = dir.join("patterns");
    std::fs::create_dir_all(&pat).unwrap();
    let rule = |regex: &str| {
        format!("[[rule]]\nid = \"code.x\"\nentity = \"SECRET\"\nregex = '{regex}'\nscore = 0.9\nmust_match = [{{ text = \"code XQ-1234 here\", value = \"XQ-1234\" }}]\n")
    };
    std::fs::write(pat.join("x.toml"), rule(r"XQ-\d{4}")).unwrap();
    let path = config_file(
        &format!("{OPENAI}\n[patterns]\ndir = \"{}\"\n", pat.display()),
        up.addr,
    );
    let gw = start(redaction_gateway::config::Config::load(&path).unwrap()).await;
    let body = r#"{"model":"m","messages":[{"role":"user","content":"code XQ-1234"}]}"#;
    post(gw.addr, "/v1/chat/completions", &[], body).await;
    assert!(up.received.lock().unwrap()[0].2.contains("[SECRET_1]"));
    // the example no longer matches its own rule: refused, the old rules keep working
    std::fs::write(pat.join("x.toml"), rule(r"XZ-\d{4}")).unwrap();
    let err = server::reload(&gw.gateway).unwrap_err();
    assert!(err.contains("x.toml:code.x:must_match#1"), "{err}");
    post(gw.addr, "/v1/chat/completions", &[], body).await;
    assert!(up.received.lock().unwrap()[1].2.contains("[SECRET_1]"));
}
