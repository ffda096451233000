//! Scan + redact throughput on ~1 MB of realistic travel-ops prompts, full built-in
//! pattern set, one core. The corpus is the shared throughput set (`../shared`);
//! the figure is reported in the README with the core count.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use redaction_gateway::redact::PlaceholderMap;
use redaction_gateway::scan::Scratch;

fn corpus() -> Vec<String> {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../shared/eval-dev/data/throughput.jsonl"
    );
    let text = std::fs::read_to_string(path).expect(
        "../shared/eval-dev/data/throughput.jsonl (the shared corpus) is needed for this bench",
    );
    let mut out = Vec::new();
    let mut bytes = 0;
    for line in text.lines() {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        let t = v["text"].as_str().unwrap().to_string();
        bytes += t.len();
        out.push(t);
        if bytes > 1 << 20 {
            break;
        }
    }
    out
}

fn bench(c: &mut Criterion) {
    let engine = redaction_gateway::patterns::load(None).unwrap();
    let texts = corpus();
    let total: usize = texts.iter().map(String::len).sum();
    let mut g = c.benchmark_group("scan");
    g.throughput(Throughput::Bytes(total as u64));
    g.sample_size(20);
    let mut scratch = Scratch::default();
    let mut found = Vec::new();
    g.bench_function("scan_1MB", |b| {
        b.iter(|| {
            for t in &texts {
                engine.scan(t, &mut scratch, &mut found);
            }
        })
    });
    g.bench_function("scan_and_redact_1MB", |b| {
        b.iter(|| {
            for t in &texts {
                engine.scan(t, &mut scratch, &mut found);
                let mut map = PlaceholderMap::default();
                std::hint::black_box(map.redact(t, &found));
            }
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
