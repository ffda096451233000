//! Evasion-resistant view of the text: zero-width characters removed, fullwidth forms
//! and odd spaces folded to ASCII, `\uXXXX` escapes written into the text decoded,
//! with a byte map back to the original so findings point at the original bytes.
//!
//! Plain ASCII text without escapes (the common case) is scanned as it is: no copy.

/// A normalised copy of the text plus the map back. Reused across scans (scratch).
#[derive(Default)]
pub struct Normalized {
    pub text: String,
    /// `map[i]` = original byte offset of the character that produced normalised byte
    /// `i`; `map[text.len()]` = original length.
    map: Vec<u32>,
    /// Whether `text` differs from the input (otherwise offsets are identical).
    active: bool,
}

/// True when the text needs the normalised view (cheap test, one pass over bytes).
pub fn needs_normalizing(text: &str) -> bool {
    let b = text.as_bytes();
    !b.is_ascii() || memchr_backslash_u(b) || b.windows(2).any(|w| w == b"&#")
}

fn memchr_backslash_u(b: &[u8]) -> bool {
    b.windows(2).any(|w| w == b"\\u")
}

/// What one original character becomes in the normalised text.
fn fold(c: char) -> Option<char> {
    match c {
        // zero-width space/joiners, word joiner, BOM, soft hyphen, invisible operators
        '\u{200B}'..='\u{200D}' | '\u{2060}'..='\u{2064}' | '\u{FEFF}' | '\u{00AD}' => None,
        '\u{00A0}' | '\u{2000}'..='\u{200A}' | '\u{202F}' | '\u{205F}' | '\u{3000}' => Some(' '),
        '\u{2010}'..='\u{2015}' | '\u{2212}' | '\u{FE63}' => Some('-'),
        '\u{FE6B}' => Some('@'),
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFF01 + 0x21),
        _ => Some(c),
    }
}

impl Normalized {
    /// Builds the normalised view of `text` (when needed) into this scratch buffer.
    pub fn build(&mut self, text: &str) {
        self.text.clear();
        self.map.clear();
        self.active = needs_normalizing(text);
        if !self.active {
            return;
        }
        let bytes = text.as_bytes();
        let mut i = 0;
        while i < text.len() {
            // `\uXXXX` and `&#NN;` / `&#xHH;` written as text: decode to the character.
            if let Some((c, len)) = decode_escape(&bytes[i..]) {
                if let Some(f) = fold(c) {
                    self.push(f, i);
                }
                i += len;
                continue;
            }
            let c = text[i..].chars().next().expect("char boundary");
            if let Some(f) = fold(c) {
                self.push(f, i);
            }
            i += c.len_utf8();
        }
        self.map.push(text.len() as u32);
    }

    fn push(&mut self, c: char, orig: usize) {
        let n = c.len_utf8();
        self.text.push(c);
        self.map.extend(std::iter::repeat_n(orig as u32, n));
    }

    /// The text to scan: the normalised copy, or the input itself.
    pub fn view<'a>(&'a self, original: &'a str) -> &'a str {
        if self.active {
            &self.text
        } else {
            original
        }
    }

    /// Maps a span of the view back to the original text.
    pub fn to_original(&self, original: &str, start: usize, end: usize) -> (usize, usize) {
        if !self.active {
            return (start, end);
        }
        let s = self.map[start] as usize;
        // The end is the end of the original character that produced byte `end - 1`.
        let last = self.map[end - 1] as usize;
        let e = if let Some((_, len)) = decode_escape(&original.as_bytes()[last..]) {
            last + len
        } else {
            last + original[last..].chars().next().map_or(0, char::len_utf8)
        };
        (s, e)
    }
}

fn hex(b: &[u8]) -> Option<u32> {
    let s = std::str::from_utf8(b).ok()?;
    u32::from_str_radix(s, 16).ok()
}

/// Decodes `\uXXXX`, `&#NN;` or `&#xHH;` at the start of `b`: (char, bytes used).
fn decode_escape(b: &[u8]) -> Option<(char, usize)> {
    if b.len() >= 6 && b[0] == b'\\' && b[1] == b'u' && b[2..6].iter().all(u8::is_ascii_hexdigit) {
        let c = char::from_u32(hex(&b[2..6])?)?;
        return Some((c, 6));
    }
    if b.len() >= 4 && b[0] == b'&' && b[1] == b'#' {
        let (radix, digits) = if b[2] == b'x' || b[2] == b'X' {
            (16, 3)
        } else {
            (10, 2)
        };
        let end = b[digits..].iter().take(7).position(|&c| c == b';')? + digits;
        let s = std::str::from_utf8(&b[digits..end]).ok()?;
        let c = char::from_u32(u32::from_str_radix(s, radix).ok()?)?;
        return Some((c, end + 1));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn norm(s: &str) -> (String, Normalized) {
        let mut n = Normalized::default();
        n.build(s);
        (n.view(s).to_string(), n)
    }

    #[test]
    fn ascii_is_not_copied() {
        let (v, n) = norm("plain text 123");
        assert_eq!(v, "plain text 123");
        assert!(!n.active);
    }

    #[test]
    fn folds_evasions_and_maps_back() {
        let s = "card ４１１１\u{200B}1111 to an\u{200B}na\\u0040x.com";
        let (v, n) = norm(s);
        assert_eq!(v, "card 41111111 to anna@x.com");
        let at = v.find("anna").unwrap();
        let (os, oe) = n.to_original(s, at, v.len());
        assert_eq!(&s[os..oe], "an\u{200B}na\\u0040x.com");
        let (os, oe) = n.to_original(s, 5, 13);
        assert_eq!(&s[os..oe], "４１１１\u{200B}1111");
    }

    #[test]
    fn html_entities_decode() {
        let (v, _) = norm("a&#64;b.com &#x40;");
        assert_eq!(v, "a@b.com @");
    }
}
