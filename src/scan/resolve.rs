//! Overlapping findings are resolved deterministically: higher confidence wins, then
//! the longer span, then the earlier start, then the lower rule index.

use crate::scan::finding::Finding;

pub fn resolve(raw: &mut [Finding], out: &mut Vec<Finding>) {
    raw.sort_unstable_by(|a, b| {
        b.score
            .cmp(&a.score)
            .then(b.len().cmp(&a.len()))
            .then(a.start.cmp(&b.start))
            .then(a.rule.cmp(&b.rule))
    });
    // `out` stays sorted by start and free of overlaps, so only the last kept
    // finding that starts before `f` ends can overlap it
    out.clear();
    for f in raw.iter() {
        let i = out.partition_point(|o| o.start < f.end);
        if i == 0 || !out[i - 1].overlaps(f) {
            out.insert(i, *f);
        }
    }
}
