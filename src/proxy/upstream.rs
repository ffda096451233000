//! The upstream client: hyper-util's pooled client over rustls (webpki roots plus an
//! optional extra CA per provider); plain HTTP is allowed for loopback model servers
//! and tests.

use std::collections::HashMap;
use std::sync::Arc;

use bytes::Bytes;
use http_body_util::Full;
use hyper_rustls::HttpsConnectorBuilder;
use hyper_util::client::legacy::connect::HttpConnector;
use hyper_util::client::legacy::Client;
use hyper_util::rt::TokioExecutor;

use crate::providers::Provider;

pub type HttpClient = Client<Connector, Full<Bytes>>;

fn roots(extra_ca: Option<&std::path::Path>) -> Result<rustls::RootCertStore, String> {
    let mut roots = rustls::RootCertStore::empty();
    roots.extend(webpki_roots::TLS_SERVER_ROOTS.iter().cloned());
    if let Some(p) = extra_ca {
        let pem = std::fs::read(p).map_err(|e| format!("{}: {e}", p.display()))?;
        for cert in rustls_pemfile::certs(&mut pem.as_slice()) {
            let cert = cert.map_err(|e| format!("{}: {e}", p.display()))?;
            roots
                .add(cert)
                .map_err(|e| format!("{}: {e}", p.display()))?;
        }
    }
    Ok(roots)
}

/// The TLS-capable connector for a provider (webpki roots plus its extra CA): built and
/// checked once per config load.
pub type Connector = hyper_rustls::HttpsConnector<HttpConnector>;

pub fn connector(extra_ca: Option<&std::path::Path>) -> Result<Connector, String> {
    let tls = rustls::ClientConfig::builder_with_provider(Arc::new(
        rustls::crypto::ring::default_provider(),
    ))
    .with_safe_default_protocol_versions()
    .map_err(|e| e.to_string())?
    .with_root_certificates(roots(extra_ca)?)
    .with_no_client_auth();
    let mut http = HttpConnector::new();
    http.enforce_http(false);
    http.set_nodelay(true);
    Ok(HttpsConnectorBuilder::new()
        .with_tls_config(tls)
        .https_or_http()
        .enable_http1()
        .enable_http2()
        .wrap_connector(http))
}

/// A pooled client over a connector. Its pooled connections are served by the runtime
/// that opened them, so each worker thread makes its own.
pub fn pooled(connector: Connector) -> HttpClient {
    Client::builder(TokioExecutor::new())
        .pool_idle_timeout(std::time::Duration::from_secs(90))
        .build(connector)
}

pub fn client(extra_ca: Option<&std::path::Path>) -> Result<HttpClient, String> {
    Ok(pooled(connector(extra_ca)?))
}

/// One connector per provider (they differ in trusted CAs).
pub fn connectors(providers: &[Provider]) -> Result<HashMap<String, Connector>, String> {
    providers
        .iter()
        .map(|p| Ok((p.name.clone(), connector(p.extra_ca.as_deref())?)))
        .collect()
}
