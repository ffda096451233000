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
    let connectors = upstream::connectors(&config.providers)?;
    static GENERATION: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);
    Ok(Snapshot {
        config,
        engine,
        connectors,
        generation: GENERATION.fetch_add(1, std::sync::atomic::Ordering::Relaxed),
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
///
/// Connections are served by one single-threaded runtime per core, each with its
/// own upstream connection pool (see `Gateway::client`): a request and its upstream
/// call stay on one thread from start to end, so no request pays for waking another
/// thread (on small machines that hand-off cost more than the proxying). The acceptor
/// hands each new connection to the workers in turn.
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
    let n = std::thread::available_parallelism().map_or(1, |n| n.get());
    let mut workers = Vec::with_capacity(n);
    for i in 0..n {
        workers.push(worker(i, gw.clone(), tls.clone())?);
    }
    let mut next = 0;
    loop {
        let (tcp, _) = tokio::select! {
            r = listener.accept() => match r { Ok(x) => x, Err(_) => continue },
            _ = shutdown.changed() => break,
        };
        let _ = tcp.set_nodelay(true);
        let Ok(tcp) = tcp.into_std() else { continue };
        // a worker whose thread is gone (it cannot be: it ends only when this loop
        // does) would drop the connection, closing it
        let _ = workers[next].send((tcp, graceful.watcher()));
        next = (next + 1) % n;
    }
    drop(workers);
    tokio::select! {
        _ = graceful.shutdown() => {}
        _ = tokio::time::sleep(DRAIN_TIMEOUT) => tracing::warn!(event = "drain_timeout"),
    }
    Ok(())
}

type Handoff = (std::net::TcpStream, hyper_util::server::graceful::Watcher);

/// Starts worker `i`: a thread with a single-threaded runtime serving the
/// connections sent to it, until the sender is dropped and its connections end.
fn worker(
    i: usize,
    gw: Arc<Gateway>,
    tls: Option<tokio_rustls::TlsAcceptor>,
) -> Result<tokio::sync::mpsc::UnboundedSender<Handoff>, String> {
    let (tx, mut rx) = tokio::sync::mpsc::unbounded_channel::<Handoff>();
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| e.to_string())?;
    std::thread::Builder::new()
        .name(format!("gateway-worker-{i}"))
        .spawn(move || {
            rt.block_on(async move {
                let mut conns = tokio::task::JoinSet::new();
                loop {
                    tokio::select! {
                        handoff = rx.recv() => match handoff {
                            Some((tcp, watcher)) => {
                                let Ok(tcp) = tokio::net::TcpStream::from_std(tcp) else { continue };
                                conns.spawn(connection(gw.clone(), tcp, tls.clone(), watcher));
                            }
                            None => break,
                        },
                        Some(_) = conns.join_next(), if !conns.is_empty() => {}
                    }
                }
                // the acceptor stopped: the connections drain (or time out) first
                while conns.join_next().await.is_some() {}
            })
        })
        .map_err(|e| e.to_string())?;
    Ok(tx)
}

/// One client connection, plain or TLS, HTTP/1.1 or HTTP/2.
async fn connection(
    gw: Arc<Gateway>,
    tcp: tokio::net::TcpStream,
    tls: Option<tokio_rustls::TlsAcceptor>,
    watcher: hyper_util::server::graceful::Watcher,
) {
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
    match tls {
        None => {
            let conn = builder.serve_connection(TokioIo::new(tcp), svc);
            let _ = watcher.watch(conn.into_owned()).await;
        }
        Some(acc) => {
            let Ok(Ok(stream)) = tokio::time::timeout(HEADER_READ_TIMEOUT, acc.accept(tcp)).await
            else {
                return;
            };
            let conn = builder.serve_connection(TokioIo::new(stream), svc);
            let _ = watcher.watch(conn.into_owned()).await;
        }
    }
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
