//! Listeners: the proxy (plain or TLS, HTTP/1.1 and HTTP/2) and the admin endpoints;
//! SIGHUP reload; graceful drain on SIGTERM / Ctrl-C.

use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

use bytes::Bytes;
use hyper::service::service_fn;
use hyper::{Request, Response};
use hyper_util::rt::{TokioExecutor, TokioIo};
use hyper_util::server::conn::auto;
use tokio::net::TcpListener;
use tokio::sync::watch;

use super::body::{full, BoxBody};
use super::{upstream, Gateway, Snapshot};
use crate::config::Config;

/// Header reads longer than this are a slowloris; the connection is closed.
const HEADER_READ_TIMEOUT: Duration = Duration::from_secs(10);
/// In-flight requests get this long to finish after a shutdown signal.
const DRAIN_TIMEOUT: Duration = Duration::from_secs(30);

/// Builds a snapshot (patterns + clients) from a config: the unit of (re)load.
pub fn snapshot(config: Config) -> Result<Snapshot, String> {
    let engine =
        crate::patterns::load(config.patterns_dir.as_deref()).map_err(|e| e.to_string())?;
    // a rule set whose own examples fail is not loaded either (the built-in set is
    // checked by the tests; a directory is checked here, at start and on reload)
    if config.patterns_dir.is_some() {
        let report = crate::patterns::check::check(&engine);
        if !report.failures.is_empty() {
            let lines: Vec<String> = report.failures.iter().map(ToString::to_string).collect();
            return Err(format!(
                "{} pattern example(s) failed:\n  {}",
                lines.len(),
                lines.join("\n  ")
            ));
        }
    }
    let clients = upstream::clients(&config.providers)?;
    Ok(Snapshot {
        config,
        engine,
        clients,
    })
}

fn tls_acceptor(cert: &Path, key: &Path) -> Result<tokio_rustls::TlsAcceptor, String> {
    let certs = rustls_pemfile::certs(
        &mut std::fs::read(cert)
            .map_err(|e| format!("{}: {e}", cert.display()))?
            .as_slice(),
    )
    .collect::<Result<Vec<_>, _>>()
    .map_err(|e| e.to_string())?;
    let key = rustls_pemfile::private_key(
        &mut std::fs::read(key)
            .map_err(|e| format!("{}: {e}", key.display()))?
            .as_slice(),
    )
    .map_err(|e| e.to_string())?
    .ok_or("no private key in the key file")?;
    let mut cfg = rustls::ServerConfig::builder_with_provider(Arc::new(
        rustls::crypto::ring::default_provider(),
    ))
    .with_safe_default_protocol_versions()
    .map_err(|e| e.to_string())?
    .with_no_client_auth()
    .with_single_cert(certs, key)
    .map_err(|e| e.to_string())?;
    cfg.alpn_protocols = vec![b"h2".to_vec(), b"http/1.1".to_vec()];
    Ok(tokio_rustls::TlsAcceptor::from(Arc::new(cfg)))
}

/// Serves the proxy on `listener` until `shutdown` turns true, then drains.
pub async fn serve(
    gw: Arc<Gateway>,
    listener: TcpListener,
    mut shutdown: watch::Receiver<bool>,
) -> Result<(), String> {
    let tls = match &gw.current().config.tls {
        Some((c, k)) => Some(tls_acceptor(c, k)?),
        None => None,
    };
    let graceful = hyper_util::server::graceful::GracefulShutdown::new();
    loop {
        let (tcp, _) = tokio::select! {
            r = listener.accept() => match r { Ok(x) => x, Err(_) => continue },
            _ = shutdown.changed() => break,
        };
        let _ = tcp.set_nodelay(true);
        let gw = gw.clone();
        let svc = service_fn(move |req: Request<hyper::body::Incoming>| {
            let gw = gw.clone();
            async move { Ok::<_, std::convert::Infallible>(gw.handle(req).await) }
        });
        let mut builder = auto::Builder::new(TokioExecutor::new());
        builder
            .http1()
            .timer(hyper_util::rt::TokioTimer::new())
            .header_read_timeout(HEADER_READ_TIMEOUT)
            .max_buf_size(64 * 1024);
        builder
            .http2()
            .timer(hyper_util::rt::TokioTimer::new())
            .max_header_list_size(64 * 1024);
        match &tls {
            None => {
                let conn = builder
                    .serve_connection(TokioIo::new(tcp), svc)
                    .into_owned();
                let conn = graceful.watch(conn);
                tokio::spawn(async move {
                    let _ = conn.await;
                });
            }
            Some(acc) => {
                let acc = acc.clone();
                let watcher = graceful.watcher();
                tokio::spawn(async move {
                    let Ok(Ok(stream)) =
                        tokio::time::timeout(HEADER_READ_TIMEOUT, acc.accept(tcp)).await
                    else {
                        return;
                    };
                    let conn = builder
                        .serve_connection(TokioIo::new(stream), svc)
                        .into_owned();
                    let _ = watcher.watch(conn).await;
                });
            }
        }
    }
    tokio::select! {
        _ = graceful.shutdown() => {}
        _ = tokio::time::sleep(DRAIN_TIMEOUT) => tracing::warn!(event = "drain_timeout"),
    }
    Ok(())
}

/// `/metrics`, `/healthz`, `/readyz` on the admin listener.
pub async fn serve_admin(
    gw: Arc<Gateway>,
    listener: TcpListener,
    mut shutdown: watch::Receiver<bool>,
) {
    loop {
        let (tcp, _) = tokio::select! {
            r = listener.accept() => match r { Ok(x) => x, Err(_) => continue },
            _ = shutdown.changed() => return,
        };
        let gw = gw.clone();
        let svc = service_fn(move |req: Request<hyper::body::Incoming>| {
            let gw = gw.clone();
            async move {
                let (status, ct, body): (u16, &str, Bytes) = match req.uri().path() {
                    "/metrics" => (
                        200,
                        "text/plain; version=0.0.4",
                        Bytes::from(gw.metrics.render()),
                    ),
                    "/healthz" => (200, "text/plain", Bytes::from_static(b"ok\n")),
                    "/readyz" if gw.auditor.ready() => {
                        (200, "text/plain", Bytes::from_static(b"ready\n"))
                    }
                    "/readyz" => (
                        503,
                        "text/plain",
                        Bytes::from_static(b"audit sink unavailable\n"),
                    ),
                    _ => (404, "text/plain", Bytes::from_static(b"not found\n")),
                };
                Ok::<Response<BoxBody>, std::convert::Infallible>(
                    Response::builder()
                        .status(status)
                        .header("content-type", ct)
                        .body(full(body))
                        .expect("response"),
                )
            }
        });
        tokio::spawn(async move {
            let _ = hyper::server::conn::http1::Builder::new()
                .serve_connection(TokioIo::new(tcp), svc)
                .await;
        });
    }
}

/// Reloads config and patterns; on any failure the running snapshot stays.
pub fn reload(gw: &Gateway) -> Result<(), String> {
    let current = gw.current();
    let result = match &current.config.source {
        Some(path) => Config::load(path)
            .map_err(|e| e.to_string())
            .and_then(|mut c| {
                // keep the command line's overrides of the running config
                c.listen = current.config.listen;
                c.admin_listen = current.config.admin_listen;
                snapshot(c)
            }),
        None => snapshot(current.config.clone()),
    };
    match result {
        Ok(s) => {
            *gw.snapshot.write().expect("snapshot lock") = Arc::new(s);
            gw.metrics.reloads.with_label_values(&["ok"]).inc();
            tracing::info!(event = "reload", result = "ok");
            Ok(())
        }
        Err(e) => {
            gw.metrics.reloads.with_label_values(&["error"]).inc();
            tracing::error!(event = "reload", result = "error", reason = %e);
            Err(e)
        }
    }
}

/// What the watched files look like now: (path, length, modified) of the config file
/// and every file in the pattern directory.
fn fingerprint(snap: &Snapshot) -> Vec<(std::path::PathBuf, u64, Option<std::time::SystemTime>)> {
    let mut files: Vec<std::path::PathBuf> = snap.config.source.iter().cloned().collect();
    if let Some(dir) = &snap.config.patterns_dir {
        let mut stack = vec![dir.clone()];
        while let Some(d) = stack.pop() {
            for e in std::fs::read_dir(&d).into_iter().flatten().flatten() {
                let p = e.path();
                if p.is_dir() {
                    stack.push(p);
                } else {
                    files.push(p);
                }
            }
        }
    }
    files.sort();
    files
        .into_iter()
        .map(|p| {
            let m = std::fs::metadata(&p).ok();
            let len = m.as_ref().map_or(0, |m| m.len());
            let modified = m.and_then(|m| m.modified().ok());
            (p, len, modified)
        })
        .collect()
}

/// Reloads when the config file or a pattern file changes (polled: no extra
/// dependency, and it works the same on every filesystem).
pub async fn watch_files(gw: Arc<Gateway>, every: Duration, mut shutdown: watch::Receiver<bool>) {
    let mut last = fingerprint(&gw.current());
    loop {
        tokio::select! {
            _ = tokio::time::sleep(every) => {}
            _ = shutdown.changed() => return,
        }
        let now = fingerprint(&gw.current());
        if now != last {
            // a failed reload is logged and counted; the next change tries again
            let _ = reload(&gw);
            last = fingerprint(&gw.current());
        }
    }
}
