//! The person recognizer's word → flags table, built once and then only read.
//!
//! A general hash map keeps ~140,000 dictionary words in 4 MB of buckets plus
//! control bytes: two cache misses per capitalised word, the largest single cost of
//! the person scan. Here each word is one `u64` slot (48 bits of its hash, 16 bits
//! of flags) in an open-addressed array at most half full: 2 MB for the built-in
//! dictionaries, one cache line per lookup.

/// Flags by 64-bit word key (see `person::word_key`).
pub struct WordTable {
    slots: Vec<u64>,
    mask: usize,
}

/// The part of a key kept in a slot: its upper 48 bits, never 0 (0 marks a free
/// slot). Two keys that share them and land in the same probe run share flags; with
/// 48 bits that is ~2^-48 per pair.
fn fingerprint(key: u64) -> u64 {
    (key >> 16).max(1)
}

impl WordTable {
    /// A table of `entries` (keys distinct).
    pub fn new(entries: impl ExactSizeIterator<Item = (u64, u16)>) -> Self {
        let size = (entries.len() * 2).next_power_of_two().max(16);
        let mut table = Self {
            slots: vec![0; size],
            mask: size - 1,
        };
        for (key, flags) in entries {
            let fp = fingerprint(key);
            let mut i = key as usize & table.mask;
            while table.slots[i] != 0 && table.slots[i] >> 16 != fp {
                i = (i + 1) & table.mask;
            }
            table.slots[i] = fp << 16 | flags as u64;
        }
        table
    }

    /// The flags of `key`, 0 when absent.
    #[inline]
    pub fn get(&self, key: u64) -> u16 {
        let fp = fingerprint(key);
        let mut i = key as usize & self.mask;
        loop {
            let s = self.slots[i];
            if s == 0 {
                return 0;
            }
            if s >> 16 == fp {
                return s as u16;
            }
            i = (i + 1) & self.mask;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::WordTable;

    #[test]
    fn finds_what_it_holds_and_nothing_else() {
        // keys that share their low bits land in one probe run
        let keys: Vec<(u64, u16)> = (1..=40u64).map(|k| (k << 32 | 7, k as u16)).collect();
        let table = WordTable::new(keys.iter().copied());
        for &(k, f) in &keys {
            assert_eq!(table.get(k), f);
        }
        assert_eq!(table.get(41 << 32 | 7), 0);
        assert_eq!(table.get(12345), 0);
    }
}
