//! The audit trail: one JSON line per request with metadata only, chained by SHA-256
//! so that a deleted, edited or reordered line is detected (`audit verify`).
//! Written off the request path by one writer thread that drains a bounded queue
//! every `FLUSH_EVERY`: queueing a record costs a request no system call and no
//! wake-up of another thread, and a busy gateway writes many records per write.

pub mod report;
pub mod verify;

use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Condvar, Mutex};
use std::time::Duration;

use serde::Serialize;

use crate::config::{AuditConfig, AuditSink};
use crate::providers::Usage;

/// Records waiting for the writer; when full the gateway refuses (or, by explicit
/// choice, serves unaudited).
const QUEUE: usize = 4096;
/// How long a record may wait in the queue before it is written.
const FLUSH_EVERY: Duration = Duration::from_millis(20);
pub const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";

#[derive(Debug, Clone, Serialize, Default)]
pub struct AuditRecord {
    pub ts: String,
    pub request_id: String,
    pub tenant: String,
    pub connector: String,
    pub key_id: Option<String>,
    pub provider: String,
    pub upstream_host: String,
    pub endpoint: String,
    pub model: String,
    pub stream: bool,
    pub status: u16,
    pub decision: &'static str,
    pub reason: Option<String>,
    pub approval_id: Option<String>,
    pub redactions: BTreeMap<&'static str, u32>,
    pub usage: Usage,
    pub latency_ms: u64,
    pub upstream_latency_ms: Option<u64>,
    pub bytes_in: u64,
    pub bytes_out: u64,
}

#[derive(Serialize)]
struct Chained<'a> {
    #[serde(flatten)]
    record: &'a AuditRecord,
    prev_hash: &'a str,
}

pub fn sha256_hex(data: &[u8]) -> String {
    crate::policy::keys::hex(ring::digest::digest(&ring::digest::SHA256, data).as_ref())
}

/// Seals a record into its line: the hash covers the previous hash and the record.
pub fn seal(record: &AuditRecord, prev: &str) -> (String, String) {
    let body = serde_json::to_string(&Chained {
        record,
        prev_hash: prev,
    })
    .expect("json");
    let hash = sha256_hex(body.as_bytes());
    let line = format!("{},\"hash\":\"{hash}\"}}", &body[..body.len() - 1]);
    (line, hash)
}

/// RFC 3339 UTC timestamp with milliseconds, without a date crate.
pub fn timestamp(unix_ms: u128) -> String {
    let secs = (unix_ms / 1000) as i64;
    let (days, rem) = (secs.div_euclid(86400), secs.rem_euclid(86400));
    // civil from days (Howard Hinnant's algorithm)
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = if m <= 2 { y + 1 } else { y };
    format!(
        "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}.{:03}Z",
        rem / 3600,
        rem % 3600 / 60,
        rem % 60,
        unix_ms % 1000
    )
}

/// Parses the timestamp format above back to unix seconds (for `--since`/`--until`).
pub fn parse_timestamp(s: &str) -> Option<i64> {
    let b = s.as_bytes();
    if b.len() < 10 {
        return None;
    }
    let n = |r: std::ops::Range<usize>| s.get(r)?.parse::<i64>().ok();
    let (y, m, d) = (n(0..4)?, n(5..7)?, n(8..10)?);
    let (hh, mm, ss) = if b.len() >= 19 {
        (n(11..13)?, n(14..16)?, n(17..19)?)
    } else {
        (0, 0, 0)
    };
    let y2 = if m <= 2 { y - 1 } else { y };
    let era = y2.div_euclid(400);
    let yoe = y2 - era * 400;
    let mp = if m > 2 { m - 3 } else { m + 9 };
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    Some((era * 146_097 + doe - 719_468) * 86400 + hh * 3600 + mm * 60 + ss)
}

/// The queue between requests and the writer thread.
#[derive(Default)]
struct Queue {
    records: Mutex<Vec<AuditRecord>>,
    /// wakes the writer early: the queue is half full, or the gateway is stopping
    wake: Condvar,
    stop: AtomicBool,
    writer: Mutex<Option<std::thread::JoinHandle<()>>>,
}

/// The sending side, shared by all requests.
#[derive(Clone)]
pub struct Auditor {
    queue: Option<Arc<Queue>>,
    healthy: Arc<AtomicBool>,
    fail_open: bool,
}

impl Auditor {
    pub fn disabled() -> Self {
        Self {
            queue: None,
            healthy: Arc::new(AtomicBool::new(true)),
            fail_open: true,
        }
    }

    /// Starts the writer thread for the configured sink.
    pub fn start(cfg: &AuditConfig) -> std::io::Result<Self> {
        let sink = match &cfg.sink {
            AuditSink::Off => return Ok(Self::disabled()),
            AuditSink::Stdout => Sink::Stdout,
            AuditSink::File(p) => {
                if let Some(dir) = p.parent() {
                    std::fs::create_dir_all(dir)?;
                }
                let file = std::fs::OpenOptions::new()
                    .create(true)
                    .append(true)
                    .open(p)?;
                Sink::File {
                    path: p.clone(),
                    size: file.metadata()?.len(),
                    file,
                    rotate: cfg.rotate_bytes,
                    retain_days: cfg.retain_days,
                }
            }
        };
        let prev = match &cfg.sink {
            AuditSink::File(p) => last_hash(p).unwrap_or_else(|| GENESIS.to_string()),
            _ => GENESIS.to_string(),
        };
        let queue = Arc::new(Queue::default());
        let healthy = Arc::new(AtomicBool::new(true));
        let (q, h) = (queue.clone(), healthy.clone());
        let handle = std::thread::Builder::new()
            .name("audit-writer".into())
            .spawn(move || writer(&q, sink, prev, &h))?;
        *queue.writer.lock().expect("audit writer") = Some(handle);
        Ok(Self {
            queue: Some(queue),
            healthy,
            fail_open: cfg.fail_open,
        })
    }

    /// Writes every queued record and stops the writer (at shutdown, after the
    /// in-flight requests are drained).
    pub fn close(&self) {
        if let Some(q) = &self.queue {
            q.stop.store(true, Ordering::Relaxed);
            q.wake.notify_one();
            if let Some(h) = q.writer.lock().expect("audit writer").take() {
                let _ = h.join();
            }
        }
    }

    /// Whether requests may be served: the sink is writing, or failing open was chosen.
    pub fn accepting(&self) -> bool {
        self.fail_open || self.healthy.load(Ordering::Relaxed)
    }

    pub fn ready(&self) -> bool {
        self.healthy.load(Ordering::Relaxed)
    }

    /// Queues a record; a full queue marks the sink unhealthy.
    pub fn record(&self, r: AuditRecord) {
        if let Some(q) = &self.queue {
            let mut records = q.records.lock().expect("audit queue");
            if records.len() < QUEUE {
                records.push(r);
                if records.len() == QUEUE / 2 {
                    q.wake.notify_one();
                }
            } else {
                drop(records);
                self.healthy.store(false, Ordering::Relaxed);
                tracing::error!(
                    event = "audit_queue_full",
                    "audit records are being dropped; refusing new requests"
                );
            }
        }
    }
}

enum Sink {
    Stdout,
    File {
        path: PathBuf,
        file: std::fs::File,
        size: u64,
        rotate: u64,
        retain_days: u64,
    },
}

/// The hash of the last record in an existing audit file, so the chain continues.
/// Reads only the file's tail, and only from a regular file.
fn last_hash(p: &Path) -> Option<String> {
    use std::io::{Read, Seek, SeekFrom};
    let mut f = std::fs::File::open(p).ok()?;
    let meta = f.metadata().ok()?;
    if !meta.is_file() {
        return None;
    }
    let start = meta.len().saturating_sub(64 * 1024);
    f.seek(SeekFrom::Start(start)).ok()?;
    let mut tail = String::new();
    f.read_to_string(&mut tail).ok()?;
    let line = tail.lines().rev().find(|l| !l.trim().is_empty())?;
    let v: serde_json::Value = serde_json::from_str(line).ok()?;
    v.get("hash")?.as_str().map(String::from)
}

fn writer(queue: &Queue, mut sink: Sink, mut prev: String, healthy: &AtomicBool) {
    let mut batch = Vec::new();
    let mut text = String::new();
    // the hash of the last record known to be written: a batch that fails to write
    // is not chained onto
    let mut committed = prev.clone();
    loop {
        let stopping = {
            let mut records = queue.records.lock().expect("audit queue");
            if records.len() < QUEUE / 2 && !queue.stop.load(Ordering::Relaxed) {
                records = queue
                    .wake
                    .wait_timeout(records, FLUSH_EVERY)
                    .expect("audit queue")
                    .0;
            }
            std::mem::swap(&mut *records, &mut batch);
            queue.stop.load(Ordering::Relaxed)
        };
        for r in batch.drain(..) {
            let (line, hash) = seal(&r, &prev);
            // a file rotates between records, never inside a batch's write
            if let Sink::File {
                path,
                file,
                size,
                rotate,
                retain_days,
            } = &mut sink
            {
                if *size > 0 && *size + (text.len() + line.len()) as u64 + 1 > *rotate {
                    let written = write_out(file, &mut text, size);
                    commit(healthy, written, &mut prev, &mut committed);
                    match rotate_file(path, *retain_days) {
                        Ok(f) => {
                            *file = f;
                            *size = 0;
                        }
                        Err(e) => tracing::error!(event = "audit_rotate_failed", error = %e.kind()),
                    }
                }
            }
            text.push_str(&line);
            text.push('\n');
            prev = hash;
        }
        if !text.is_empty() {
            let written = match &mut sink {
                Sink::Stdout => {
                    let mut o = std::io::stdout().lock();
                    let ok = o.write_all(text.as_bytes()).and_then(|_| o.flush()).is_ok();
                    text.clear();
                    ok
                }
                Sink::File { file, size, .. } => write_out(file, &mut text, size),
            };
            commit(healthy, written, &mut prev, &mut committed);
        }
        if stopping && queue.records.lock().expect("audit queue").is_empty() {
            return;
        }
    }
}

/// One write of the batch's lines.
fn write_out(file: &mut std::fs::File, text: &mut String, size: &mut u64) -> bool {
    let ok = file.write_all(text.as_bytes()).is_ok();
    *size += text.len() as u64;
    text.clear();
    ok
}

/// After a write: the chain goes on from what was written, and the health follows.
fn commit(healthy: &AtomicBool, written: bool, prev: &mut String, committed: &mut String) {
    if written {
        committed.clone_from(prev);
        healthy.store(true, Ordering::Relaxed);
    } else {
        prev.clone_from(committed);
        healthy.store(false, Ordering::Relaxed);
        tracing::error!(
            event = "audit_write_failed",
            "the audit sink failed; refusing new requests"
        );
    }
}

/// Renames the current file with a timestamp suffix, deletes rotated files older than
/// the retention, and opens a fresh file. The chain continues across files.
fn rotate_file(path: &Path, retain_days: u64) -> std::io::Result<std::fs::File> {
    let now = std::time::SystemTime::now();
    let ms = now
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_millis());
    let stamp = timestamp(ms).replace([':', '-'], "").replace('.', "");
    let rotated = PathBuf::from(format!("{}.{stamp}", path.display()));
    std::fs::rename(path, &rotated)?;
    if let (Some(dir), Some(name)) = (path.parent(), path.file_name()) {
        let prefix = format!("{}.", name.to_string_lossy());
        let dir = if dir.as_os_str().is_empty() {
            Path::new(".")
        } else {
            dir
        };
        for e in std::fs::read_dir(dir)?.flatten() {
            let n = e.file_name().to_string_lossy().to_string();
            let old = e
                .metadata()
                .and_then(|m| m.modified())
                .ok()
                .and_then(|m| now.duration_since(m).ok())
                .is_some_and(|age| age.as_secs() > retain_days * 86400);
            if n.starts_with(&prefix) && old {
                let _ = std::fs::remove_file(e.path());
            }
        }
    }
    std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(path)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timestamps_round_trip() {
        let ms = 1_795_000_000_123u128;
        let t = timestamp(ms);
        assert_eq!(parse_timestamp(&t), Some((ms / 1000) as i64));
        assert_eq!(timestamp(0), "1970-01-01T00:00:00.000Z");
    }

    #[test]
    fn close_writes_every_queued_record_in_chain_order() {
        let dir = std::env::temp_dir().join(format!("rg-audit-close-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        let path = dir.join("audit.jsonl");
        let cfg = AuditConfig {
            sink: AuditSink::File(path.clone()),
            rotate_bytes: 1 << 30,
            retain_days: 1,
            fail_open: false,
        };
        let auditor = Auditor::start(&cfg).unwrap();
        for i in 0..5 {
            auditor.record(AuditRecord {
                request_id: format!("req_{i}"),
                ..Default::default()
            });
        }
        auditor.close();
        let text = std::fs::read_to_string(&path).unwrap();
        let ids: Vec<String> = text
            .lines()
            .map(|l| {
                serde_json::from_str::<serde_json::Value>(l).unwrap()["request_id"].to_string()
            })
            .collect();
        assert_eq!(
            ids,
            [
                "\"req_0\"",
                "\"req_1\"",
                "\"req_2\"",
                "\"req_3\"",
                "\"req_4\""
            ]
        );
        assert_eq!(verify::verify(&[("audit.jsonl".into(), text)]), Ok(5));
        let _ = std::fs::remove_dir_all(&dir);
    }
}
