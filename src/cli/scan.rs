//! `scan` and `redact`.

use std::io::{BufRead, BufWriter, Write};
use std::path::Path;

use serde::Serialize;

use super::{load_engine, read_input, Failure};
use crate::redact::PlaceholderMap;
use crate::scan::{Engine, Finding, Scratch};

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum Format {
    Text,
    Json,
    Jsonl,
}

#[derive(Serialize)]
struct JsonFinding<'a> {
    entity: &'a str,
    start: usize,
    end: usize,
    rule: &'a str,
}

fn json_findings<'e>(engine: &'e Engine, found: &[Finding]) -> Vec<JsonFinding<'e>> {
    found
        .iter()
        .map(|f| JsonFinding {
            entity: f.entity.as_str(),
            start: f.start,
            end: f.end,
            rule: &engine.rule(f.rule).id,
        })
        .collect()
}

/// `4111 1111 1111 1111` → `41•••••••••••••11`: enough to find it again, not to use it.
fn mask(value: &str) -> String {
    let chars: Vec<char> = value.chars().collect();
    let n = chars.len();
    chars
        .iter()
        .enumerate()
        .map(|(i, &c)| {
            if (n > 6 && (i < 2 || i >= n - 2)) || c.is_whitespace() {
                c
            } else {
                '•'
            }
        })
        .collect()
}

pub fn run_scan(
    file: Option<&Path>,
    format: Format,
    patterns: Option<&Path>,
) -> Result<(), Failure> {
    let engine = load_engine(patterns)?;
    let stdout = std::io::stdout();
    let mut out = BufWriter::with_capacity(1 << 16, stdout.lock());
    let io = |e: std::io::Error| Failure::new(2, format!("write: {e}"));
    match format {
        Format::Jsonl => {
            let reader: Box<dyn BufRead + Send> = match file {
                Some(p) => Box::new(std::io::BufReader::with_capacity(
                    1 << 16,
                    std::fs::File::open(p)
                        .map_err(|e| Failure::new(2, format!("{}: {e}", p.display())))?,
                )),
                None => Box::new(std::io::BufReader::with_capacity(1 << 16, std::io::stdin())),
            };
            scan_jsonl(&engine, reader, &mut out)?;
        }
        Format::Json | Format::Text => {
            let text = read_input(file)?;
            let mut found = Vec::new();
            engine.scan(&text, &mut Scratch::default(), &mut found);
            if matches!(format, Format::Json) {
                serde_json::to_writer_pretty(
                    &mut out,
                    &serde_json::json!({ "findings": json_findings(&engine, &found) }),
                )
                .map_err(|e| Failure::new(2, e.to_string()))?;
                writeln!(out).map_err(io)?;
            } else {
                for f in &found {
                    let (line, col) = line_col(&text, f.start);
                    writeln!(
                        out,
                        "{:<16} {:<26} {}:{} ({}..{})  {}",
                        f.entity.as_str(),
                        engine.rule(f.rule).id,
                        line,
                        col,
                        f.start,
                        f.end,
                        mask(&text[f.start..f.end])
                    )
                    .map_err(io)?;
                }
                writeln!(out, "{} finding(s)", found.len()).map_err(io)?;
            }
        }
    }
    out.flush().map_err(io)
}

/// Lines per batch handed to a worker: enough to keep the hand-over cost small, few
/// enough that the output keeps flowing.
const BATCH_LINES: usize = 256;

/// Scans JSON lines on every core: a reader cuts the input into batches, workers
/// scan them, and this thread writes their output in input order.
fn scan_jsonl(
    engine: &Engine,
    mut reader: Box<dyn BufRead + Send>,
    out: &mut impl Write,
) -> Result<(), Failure> {
    use std::sync::mpsc::sync_channel;
    use std::sync::{Arc, Mutex};
    let workers = std::thread::available_parallelism().map_or(1, |n| n.get());
    let (batch_tx, batch_rx) = sync_channel::<(u64, Vec<String>)>(workers * 2);
    let batch_rx = Arc::new(Mutex::new(batch_rx));
    let (done_tx, done_rx) = sync_channel::<(u64, Vec<u8>)>(workers * 2);
    let io = |e: std::io::Error| Failure::new(2, format!("write: {e}"));
    std::thread::scope(|s| {
        let reading = s.spawn(move || -> Result<(), Failure> {
            let mut seq = 0;
            let mut batch = Vec::with_capacity(BATCH_LINES);
            loop {
                let mut line = String::new();
                let n = reader
                    .read_line(&mut line)
                    .map_err(|e| Failure::new(2, format!("read: {e}")))?;
                if n > 0 && !line.trim().is_empty() {
                    batch.push(line);
                }
                if (n == 0 && !batch.is_empty()) || batch.len() == BATCH_LINES {
                    let full = std::mem::replace(&mut batch, Vec::with_capacity(BATCH_LINES));
                    if batch_tx.send((seq, full)).is_err() {
                        // the writer stopped on an error of its own, reported there
                        return Ok(());
                    }
                    seq += 1;
                }
                if n == 0 {
                    return Ok(());
                }
            }
        });
        for _ in 0..workers {
            let batch_rx = Arc::clone(&batch_rx);
            let done_tx = done_tx.clone();
            s.spawn(move || {
                let mut scratch = Scratch::default();
                let mut found = Vec::new();
                loop {
                    // the lock is held only while taking the next batch
                    let next = batch_rx.lock().map(|rx| rx.recv());
                    let Ok(Ok((seq, lines))) = next else { return };
                    let mut buf = Vec::new();
                    for line in &lines {
                        jsonl_line(engine, &mut scratch, &mut found, line, &mut buf)
                            .expect("writing to memory");
                    }
                    if done_tx.send((seq, buf)).is_err() {
                        return;
                    }
                }
            });
        }
        // the workers hold the only ends left: once they stop, the reader's sends fail
        drop(batch_rx);
        drop(done_tx);
        // batches finish out of order; each is written once all before it are
        let mut pending = std::collections::BTreeMap::new();
        let mut next = 0;
        let mut written = Ok(());
        for (seq, buf) in done_rx.iter() {
            pending.insert(seq, buf);
            while let Some(buf) = pending.remove(&next) {
                if written.is_ok() {
                    written = out.write_all(&buf).map_err(io);
                }
                next += 1;
            }
            if written.is_err() {
                break;
            }
        }
        // dropping the receiver stops the workers, and through them the reader
        drop(done_rx);
        let read = reading.join().expect("reader thread");
        written.and(read)
    })
}

fn line_col(text: &str, at: usize) -> (usize, usize) {
    let before = &text[..at];
    let line = before.matches('\n').count() + 1;
    let col = before.rfind('\n').map_or(at, |p| at - p - 1) + 1;
    (line, col)
}

#[derive(serde::Deserialize)]
struct InLine {
    id: Option<serde_json::Value>,
    text: String,
}

fn jsonl_line(
    engine: &Engine,
    scratch: &mut Scratch,
    found: &mut Vec<Finding>,
    line: &str,
    out: &mut impl Write,
) -> std::io::Result<()> {
    match serde_json::from_str::<InLine>(line) {
        Ok(rec) => {
            engine.scan(&rec.text, scratch, found);
            // written straight from borrowed parts: a `json!` value per line would
            // allocate a map and a copy of every rule id
            #[derive(Serialize)]
            struct OutLine<'a> {
                id: &'a Option<serde_json::Value>,
                findings: Vec<JsonFinding<'a>>,
            }
            let line = OutLine {
                id: &rec.id,
                findings: json_findings(engine, found),
            };
            serde_json::to_writer(&mut *out, &line)?;
        }
        Err(e) => {
            // the parse error names a position, never the text
            let v = serde_json::json!({ "id": null, "error": format!("invalid input line: {}", e.classify_message()) });
            serde_json::to_writer(&mut *out, &v)?;
        }
    }
    out.write_all(b"\n")
}

trait Classify {
    fn classify_message(&self) -> String;
}

impl Classify for serde_json::Error {
    fn classify_message(&self) -> String {
        format!(
            "{:?} error at line {} column {}",
            self.classify(),
            self.line(),
            self.column()
        )
    }
}

pub fn run_redact(file: Option<&Path>, patterns: Option<&Path>) -> Result<(), Failure> {
    let engine = load_engine(patterns)?;
    let text = read_input(file)?;
    let mut scratch = Scratch::default();
    let mut found = Vec::new();
    engine.scan(&text, &mut scratch, &mut found);
    let mut map = PlaceholderMap::default();
    map.reserve_existing(&text);
    print!("{}", map.redact(&text, &found));
    Ok(())
}
