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
    out.clear();
    for f in raw.iter() {
        if !out.iter().any(|o| o.overlaps(f)) {
            out.push(*f);
        }
    }
    out.sort_unstable_by_key(|f| f.start);
}
