//! What a scan reports: a typed span, never the value itself.

use super::entity::Entity;

/// Index of the rule (or built-in recognizer) that produced a finding, into the
/// engine's rule table. Kept as a number so findings stay `Copy` and carry no text.
pub type RuleIdx = u16;

/// One detected value: a byte span of the scanned text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Finding {
    pub entity: Entity,
    /// UTF-8 byte offsets into the scanned text, end exclusive, on char boundaries.
    pub start: usize,
    pub end: usize,
    pub rule: RuleIdx,
    /// Confidence in hundredths; overlaps are resolved by it (then by length).
    pub score: u8,
}

impl Finding {
    pub fn is_empty(&self) -> bool {
        self.end == self.start
    }
    pub fn len(&self) -> usize {
        self.end - self.start
    }
    pub fn overlaps(&self, other: &Finding) -> bool {
        self.start < other.end && other.start < self.end
    }
}
