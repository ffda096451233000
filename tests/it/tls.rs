//! TLS with certificates generated in the test: to an upstream (trusted through the
//! provider's extra CA, refused without it) and on the gateway's own listener.

use std::sync::Arc;

use bytes::Bytes;
use http_body_util::{BodyExt, Full};
use hyper::service::service_fn;
use hyper_util::rt::{TokioExecutor, TokioIo};
use tokio::net::TcpListener;

use redaction_gateway::config::Config;

use crate::support::*;

struct Pki {
    ca_pem: String,
    cert_pem: String,
    key_pem: String,
}

fn pki() -> Pki {
    use rcgen::{BasicConstraints, CertificateParams, IsCa, KeyPair};
    let ca_key = KeyPair::generate().unwrap();
    let mut ca = CertificateParams::new(Vec::<String>::new()).unwrap();
    ca.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
    let ca_cert = ca.self_signed(&ca_key).unwrap();
    let key = KeyPair::generate().unwrap();
    let leaf = CertificateParams::new(vec!["localhost".to_string(), "127.0.0.1".to_string()])
        .unwrap()
        .signed_by(&key, &ca_cert, &ca_key)
        .unwrap();
    Pki {
        ca_pem: ca_cert.pem(),
        cert_pem: leaf.pem(),
        key_pem: key.serialize_pem(),
    }
}

fn server_config(p: &Pki) -> Arc<rustls::ServerConfig> {
    let certs = rustls_pemfile::certs(&mut p.cert_pem.as_bytes())
        .collect::<Result<Vec<_>, _>>()
        .unwrap();
    let key = rustls_pemfile::private_key(&mut p.key_pem.as_bytes())
        .unwrap()
        .unwrap();
    let mut cfg = rustls::ServerConfig::builder_with_provider(Arc::new(
        rustls::crypto::ring::default_provider(),
    ))
    .with_safe_default_protocol_versions()
    .unwrap()
    .with_no_client_auth()
    .with_single_cert(certs, key)
    .unwrap();
    cfg.alpn_protocols = vec![b"http/1.1".to_vec()];
    Arc::new(cfg)
}

async fn tls_upstream(p: &Pki) -> std::net::SocketAddr {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let acceptor = tokio_rustls::TlsAcceptor::from(server_config(p));
    tokio::spawn(async move {
        loop {
            let (tcp, _) = listener.accept().await.unwrap();
            let acceptor = acceptor.clone();
            tokio::spawn(async move {
                let Ok(tls) = acceptor.accept(tcp).await else {
                    return;
                };
                let svc = service_fn(|_req: hyper::Request<hyper::body::Incoming>| async {
                    Ok::<_, std::convert::Infallible>(
                        hyper::Response::builder()
                            .header("content-type", "application/json")
                            .body(Full::new(Bytes::from_static(
                                br#"{"choices":[{"message":{"content":"tls ok"}}]}"#,
                            )))
                            .unwrap(),
                    )
                });
                let _ = hyper_util::server::conn::auto::Builder::new(TokioExecutor::new())
                    .serve_connection(TokioIo::new(tls), svc)
                    .await;
            });
        }
    });
    addr
}

fn provider_cfg(addr: std::net::SocketAddr, ca: Option<&std::path::Path>) -> String {
    let extra = ca
        .map(|p| format!("extra_ca = \"{}\"\n", p.display()))
        .unwrap_or_default();
    format!("[[providers]]\nname = \"openai\"\nkind = \"openai\"\nbase_url = \"https://localhost:{}\"\ndefault = true\n{extra}", addr.port())
}

const BODY: &str = r#"{"model":"m","messages":[{"role":"user","content":"hi"}]}"#;

#[tokio::test]
async fn upstream_tls_needs_the_configured_ca() {
    let p = pki();
    let dir = temp_dir();
    let ca_path = dir.join("ca.pem");
    std::fs::write(&ca_path, &p.ca_pem).unwrap();
    let up = tls_upstream(&p).await;
    let trusted = start(
        Config::compile(
            toml::from_str(&provider_cfg(up, Some(&ca_path))).unwrap(),
            None,
        )
        .unwrap(),
    )
    .await;
    let (s, _, t) = post(trusted.addr, "/v1/chat/completions", &[], BODY).await;
    assert_eq!(s, 200, "{t}");
    assert!(t.contains("tls ok"));
    let untrusted =
        start(Config::compile(toml::from_str(&provider_cfg(up, None)).unwrap(), None).unwrap())
            .await;
    let (s, _, t) = post(untrusted.addr, "/v1/chat/completions", &[], BODY).await;
    assert_eq!(s, 502, "an unknown certificate is refused: {t}");
    assert!(t.contains("upstream_unreachable"));
}

#[tokio::test]
async fn the_listener_serves_tls() {
    let p = pki();
    let dir = temp_dir();
    std::fs::write(dir.join("cert.pem"), &p.cert_pem).unwrap();
    std::fs::write(dir.join("key.pem"), &p.key_pem).unwrap();
    std::fs::write(dir.join("ca.pem"), &p.ca_pem).unwrap();
    let up = upstream(Answer {
        status: 200,
        content_type: "application/json",
        chunks: vec![r#"{"ok":true}"#.into()],
        delay_ms: 0,
    })
    .await;
    let cfg = format!(
        "[server]\ntls_cert = \"{}\"\ntls_key = \"{}\"\n{}",
        dir.join("cert.pem").display(),
        dir.join("key.pem").display(),
        OPENAI.replace("{{UPSTREAM}}", &format!("http://{}", up.addr))
    );
    let gw = start(Config::compile(toml::from_str(&cfg).unwrap(), None).unwrap()).await;
    let client = redaction_gateway::proxy::upstream::client(Some(&dir.join("ca.pem"))).unwrap();
    let req = hyper::Request::builder()
        .method("POST")
        .uri(format!(
            "https://localhost:{}/v1/chat/completions",
            gw.addr.port()
        ))
        .header("content-type", "application/json")
        .body(Full::new(Bytes::from_static(BODY.as_bytes())))
        .unwrap();
    let resp = client.request(req).await.unwrap();
    assert_eq!(resp.status(), 200);
    let body = resp.into_body().collect().await.unwrap().to_bytes();
    assert_eq!(&body[..], br#"{"ok":true}"#);
}
