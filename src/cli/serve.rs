//! `serve`

use std::path::PathBuf;
use std::sync::Arc;

use tokio::net::TcpListener;
use tokio::sync::watch;

use super::Failure;
use crate::audit::Auditor;
use crate::config::Config;
use crate::proxy::{server, Gateway};

/// How often the config and pattern files are checked for changes.
const RELOAD_POLL: std::time::Duration = std::time::Duration::from_secs(2);

pub struct ServeArgs {
    pub config: Option<PathBuf>,
    pub listen: Option<String>,
    pub admin_listen: Option<String>,
    pub upstream: Option<String>,
    pub log_json: bool,
}

pub fn run(args: ServeArgs) -> Result<(), Failure> {
    init_logging(args.log_json);
    let mut config = match &args.config {
        Some(p) => Config::load(p).map_err(|e| Failure::new(2, e.to_string()))?,
        None => Config::builtin(),
    };
    let addr = |s: &str, what: &str| {
        s.parse().map_err(|_| {
            Failure::new(
                2,
                format!("--{what}: {s:?} is not an address like 127.0.0.1:8080"),
            )
        })
    };
    if let Some(l) = &args.listen {
        config.listen = addr(l, "listen")?;
    }
    if let Some(l) = &args.admin_listen {
        config.admin_listen = addr(l, "admin-listen")?;
    }
    if let Some(u) = &args.upstream {
        let uri: hyper::Uri = u
            .parse()
            .map_err(|_| Failure::new(2, format!("--upstream: {u:?} is not a URL")))?;
        if uri.authority().is_none() || !matches!(uri.scheme_str(), Some("http" | "https")) {
            return Err(Failure::new(
                2,
                format!("--upstream: {u:?} is not an http(s) URL"),
            ));
        }
        for p in config.providers.iter_mut().filter(|p| p.default) {
            p.base_url = uri.clone();
        }
    }
    if config.keys.is_empty() {
        tracing::warn!(event = "no_gateway_keys", "NO GATEWAY KEYS CONFIGURED: any local process can send requests through this gateway. Add [[keys]] to the config for production.");
    }
    for p in &config.providers {
        if p.api_key.is_none() {
            tracing::warn!(event = "provider_without_key", provider = %p.name, env = p.api_key_env.as_deref().unwrap_or(""), "provider key variable unset: calls go without credentials");
        }
    }
    // the acceptor, admin endpoints, signals and reloads; requests run on the
    // workers `server::serve` starts
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| Failure::new(2, e.to_string()))?;
    rt.block_on(async move {
        let auditor = Auditor::start(&config.audit).map_err(|e| Failure::new(2, format!("audit sink: {e}")))?;
        let (listen, admin) = (config.listen, config.admin_listen);
        let snap = server::snapshot(config).map_err(|e| Failure::new(2, e))?;
        let gw = Arc::new(Gateway::new(snap, auditor));
        let l = TcpListener::bind(listen).await.map_err(|e| Failure::new(2, format!("listen {listen}: {e}")))?;
        let a = TcpListener::bind(admin).await.map_err(|e| Failure::new(2, format!("admin listen {admin}: {e}")))?;
        tracing::info!(event = "listening", addr = %l.local_addr().map(|a| a.to_string()).unwrap_or_default(), admin = %admin);
        let (tx, rx) = watch::channel(false);
        tokio::spawn(server::serve_admin(gw.clone(), a, rx.clone()));
        tokio::spawn(server::watch_files(gw.clone(), RELOAD_POLL, rx.clone()));
        tokio::spawn(signals(gw.clone(), tx));
        let served = server::serve(gw.clone(), l, rx).await.map_err(|e| Failure::new(2, e));
        // every request is drained: its record is written before the process ends
        gw.auditor.close();
        served
    })
}

async fn signals(gw: Arc<Gateway>, tx: watch::Sender<bool>) {
    use tokio::signal::unix::{signal, SignalKind};
    let (Ok(mut hup), Ok(mut term)) = (
        signal(SignalKind::hangup()),
        signal(SignalKind::terminate()),
    ) else {
        return;
    };
    loop {
        tokio::select! {
            _ = hup.recv() => { let _ = server::reload(&gw); }
            _ = term.recv() => break,
            _ = tokio::signal::ctrl_c() => break,
        }
    }
    tracing::info!(event = "shutdown", "draining in-flight requests");
    let _ = tx.send(true);
}

fn init_logging(json: bool) {
    let filter = tracing_subscriber::EnvFilter::try_from_env("RUST_LOG")
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info"));
    let b = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr);
    let _ = if json {
        b.json().try_init()
    } else {
        b.try_init()
    };
}
