//! Stage 1: bytes → text. Detects the encoding (BOM, UTF-8, else the
//! legacy code pages Persian and Vietnamese sites still serve, such as
//! windows-1256 and windows-1258), refuses binary data, and normalises the
//! text to NFC with `\n` line ends.

use encoding_rs::{Encoding, UTF_8};
use std::borrow::Cow;

use unicode_normalization::{IsNormalized, UnicodeNormalization, is_nfc_quick};

use crate::error::{Error, Result};

/// How many leading bytes are inspected for signs of a binary file. Binary
/// formats announce themselves in their first bytes (magic numbers, NUL
/// padding), so 8 KiB is plenty and keeps the check cheap.
const BINARY_SNIFF_BYTES: usize = 8 * 1024;

/// Share of control bytes (other than tab, newline, carriage return, form
/// feed) above which a file is treated as binary. Text files have none;
/// compressed or image data has about 10 % in every code page.
const BINARY_CONTROL_SHARE: f64 = 0.02;

/// A file whose first this many non-ASCII characters are valid UTF-8 is
/// UTF-8, whatever follows (a file that switches encoding mid-way): in a
/// legacy code page, a run of 32 letters that all happen to form valid
/// UTF-8 sequences does not occur in practice.
const MIXED_UTF8_MIN_PREFIX_CHARS: usize = 32;

/// Share of non-ASCII bytes in valid UTF-8 sequences above which a file
/// that is not valid UTF-8 is taken as damaged UTF-8 rather than a legacy
/// code page. windows-1256 Persian text forms valid two-byte sequences by
/// chance for about a third of its letters, windows-1258 for fewer; UTF-8
/// text with a few stray bytes stays above 95 %.
const MIXED_UTF8_MIN_SHARE: f64 = 0.9;

/// The decoded text and the encoding it was found in.
#[derive(Debug)]
pub struct Decoded {
    pub text: String,
    pub encoding: &'static Encoding,
}

/// Decodes a document's bytes to NFC text.
pub fn decode(bytes: &[u8]) -> Result<Decoded> {
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(Error::Empty);
    }
    let (text, encoding) = if let Some((encoding, bom_len)) = Encoding::for_bom(bytes) {
        let (text, _) = encoding.decode_without_bom_handling(&bytes[bom_len..]);
        (text.into_owned(), encoding)
    } else {
        if let Some(why) = binary_signature(bytes) {
            return Err(Error::Binary(why));
        }
        // the SIMD check for the common case, the standard one for where
        // invalid input goes wrong
        match simdutf8::basic::from_utf8(bytes).or_else(|_| std::str::from_utf8(bytes)) {
            Ok(text) => (text.to_owned(), UTF_8),
            Err(err) => {
                // In a legacy code page, most non-ASCII bytes break UTF-8;
                // a file whose non-ASCII bytes are nearly all valid UTF-8 is
                // UTF-8 with damaged or foreign bytes mixed in, and guessing
                // another encoding for all of it would garble the good part.
                let valid_prefix = std::str::from_utf8(&bytes[..err.valid_up_to()])
                    .map_or(0, |p| p.chars().filter(|c| !c.is_ascii()).take(MIXED_UTF8_MIN_PREFIX_CHARS).count());
                if valid_utf8_share(bytes) >= MIXED_UTF8_MIN_SHARE || valid_prefix >= MIXED_UTF8_MIN_PREFIX_CHARS {
                    return Err(Error::InvalidUtf8 { offset: err.valid_up_to() });
                }
                // an HTML page's declared charset, else a guess from the bytes
                let encoding = crate::html::declared_charset(bytes).filter(|e| *e != UTF_8).unwrap_or_else(|| {
                    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
                    detector.feed(bytes, true);
                    detector.guess(None, chardetng::Utf8Detection::Deny)
                });
                let (text, _, _) = encoding.decode(bytes);
                (text.into_owned(), encoding)
            }
        }
    };
    if text.trim().is_empty() {
        return Err(Error::Empty);
    }
    Ok(Decoded { text, encoding })
}

/// NFC, `\r\n`/`\r` → `\n`, and control characters other than newline and
/// tab removed (they only ever come from broken conversions).
pub fn normalize(text: &str) -> String {
    normalized(text).into_owned()
}

/// `\r\n`/`\r` → `\n` and control characters other than newline and tab
/// removed, without NFC; borrows when there is nothing to do.
pub fn unify_lines(text: &str) -> Cow<'_, str> {
    let unwanted = |c: char| c.is_control() && c != '\n' && c != '\t';
    // control characters are C0 bytes, DEL, or C1 (U+0080–U+009F: 0xC2
    // then 0x80–0x9F; 0xC2 alone is common, it leads « » and no-break space)
    let bytes = text.as_bytes();
    let mut from = 0;
    let has_control = loop {
        let Some(i) = next_may_be_control(bytes, from) else {
            break false;
        };
        if bytes[i] != 0xC2 || bytes.get(i + 1).is_some_and(|next| *next < 0xA0) {
            break true;
        }
        from = i + 1;
    };
    if !has_control {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\r' => {
                // `\r\n` and a lone `\r` both end a line
                chars.next_if_eq(&'\n');
                out.push('\n');
            }
            c if unwanted(c) => {}
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// The bytes that may be or start a control character other than newline
/// and tab: C0, DEL, and 0xC2, the lead byte of C1.
static MAY_BE_CONTROL: [bool; 256] = lookup_table!(256, false, |b| may_be_control(b as u8));

/// [`MAY_BE_CONTROL`] computed, with `&` and `|` for the branch-free scan of
/// [`next_may_be_control`].
const fn may_be_control(b: u8) -> bool {
    (b < 0x20) & (b != b'\n') & (b != b'\t') | (b == 0x7F) | (b == 0xC2)
}

/// Bytes [`next_may_be_control`] tests at once: a chunk with none of them
/// is passed over by a test that vectorises, and nearly every chunk of a
/// document has none.
const CONTROL_SCAN_CHUNK: usize = 64;

/// The position of the first byte at or after `from` that may be or start
/// a control character.
fn next_may_be_control(bytes: &[u8], from: usize) -> Option<usize> {
    let rest = bytes.get(from..)?;
    let mut at = from;
    for chunk in rest.chunks(CONTROL_SCAN_CHUNK) {
        if chunk.iter().fold(false, |any, &b| any | may_be_control(b)) {
            return chunk.iter().position(|&b| may_be_control(b)).map(|k| at + k);
        }
        at += chunk.len();
    }
    None
}

/// [`normalize`], borrowing the text when it is already normal — the
/// common case, checked in one fast pass (`is_nfc_quick`).
pub fn normalized(text: &str) -> Cow<'_, str> {
    if is_plain(text) {
        return Cow::Borrowed(text);
    }
    let clean = !text.chars().any(|c| c.is_control() && c != '\n' && c != '\t');
    if clean && is_nfc_quick(text.chars()) == IsNormalized::Yes {
        return Cow::Borrowed(text);
    }
    let unified = text.replace("\r\n", "\n").replace('\r', "\n");
    Cow::Owned(unified.nfc().filter(|&c| c == '\n' || c == '\t' || !c.is_control()).collect())
}

/// Whether the text is made only of printable ASCII, newlines, tabs and
/// [stable letters](is_stable_letter): NFC as it is. Reads bytes; the
/// Arabic block (two bytes, lead 0xD8–0xDB) by table.
fn is_plain(text: &str) -> bool {
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b < 0x80 {
            if MAY_BE_CONTROL[usize::from(b)] {
                return false;
            }
            i += 1;
        } else if let Some(offset) = crate::text::arabic_block_offset(bytes, i) {
            if !STABLE_ARABIC[offset] {
                return false;
            }
            i += 2;
        } else if (0xC3..=0xCB).contains(&b) {
            // U+00C0–U+02FF: Latin letters with diacritics
            i += 2;
        } else if b == 0xE1 && bytes.get(i + 1).is_some_and(|second| (0xB8..=0xBB).contains(second)) {
            // U+1E00–U+1EFF: Vietnamese precomposed letters
            i += 3;
        } else {
            let Some(c) = text.get(i..).and_then(|rest| rest.chars().next()) else { return false };
            if !is_stable_letter(c) {
                return false;
            }
            i += c.len_utf8();
        }
    }
    true
}

/// [`is_stable_letter`] of each character of the Arabic block.
static STABLE_ARABIC: [bool; 256] = lookup_table!(256, false, |offset| match char::from_u32(0x0600 + offset as u32) {
    Some(c) => is_stable_letter(c),
    None => false,
});

/// Whether `c` is a non-ASCII character that leaves NFC text NFC wherever
/// it stands (quick check "yes", combining class 0) in the ranges Persian
/// and Vietnamese text is made of: Latin-1 and Latin Extended letters,
/// Arabic letters and digits, Vietnamese precomposed letters, and common
/// punctuation. Text made only of these needs no normalisation pass, which
/// for most documents is the whole document; the test below checks every
/// character of these ranges against the Unicode tables.
const fn is_stable_letter(c: char) -> bool {
    matches!(c,
        '\u{00A0}'..='\u{02FF}'
        | '\u{0600}'..='\u{060F}'
        | '\u{061B}'..='\u{064A}'
        | '\u{0660}'..='\u{066F}'
        | '\u{0671}'..='\u{06D5}'
        | '\u{06F0}'..='\u{06FF}'
        | '\u{1E00}'..='\u{1EFF}'
        | '\u{200B}'..='\u{200F}'
        | '\u{2010}'..='\u{2027}'
        | '\u{2030}'..='\u{205E}'
    )
}

fn binary_signature(bytes: &[u8]) -> Option<&'static str> {
    const MAGIC: &[(&[u8], &str)] = &[
        (b"\x89PNG", "a PNG image"),
        (b"\xFF\xD8\xFF", "a JPEG image"),
        (b"GIF8", "a GIF image"),
        (b"%PDF", "a PDF document"),
        (b"PK\x03\x04", "a ZIP archive"),
        (b"\x1F\x8B", "gzip data"),
        (b"\x28\xB5\x2F\xFD", "zstd data"),
        (b"\x7FELF", "an executable"),
        (b"RIFF", "a RIFF media file"),
    ];
    if let Some((_, what)) = MAGIC.iter().find(|(magic, _)| bytes.starts_with(magic)) {
        return Some(what);
    }
    let head = &bytes[..bytes.len().min(BINARY_SNIFF_BYTES)];
    if head.contains(&0) {
        return Some("it contains NUL bytes");
    }
    // bitwise `&` on the comparisons, no branch: the count vectorises, and
    // every document passes through here
    let is_control = |b: u8| (b < 0x20) & (b != b'\t') & (b != b'\n') & (b != b'\r') & (b != 0x0C);
    let controls: usize =
        head.chunks(255).map(|chunk| usize::from(chunk.iter().fold(0u8, |n, &b| n + u8::from(is_control(b))))).sum();
    (controls as f64 > head.len() as f64 * BINARY_CONTROL_SHARE).then_some("it is full of control bytes")
}

/// Share of the non-ASCII bytes that belong to valid UTF-8 sequences.
fn valid_utf8_share(bytes: &[u8]) -> f64 {
    let mut valid = 0usize;
    let mut invalid = 0usize;
    for chunk in bytes.utf8_chunks() {
        valid += chunk.valid().bytes().filter(|b| !b.is_ascii()).count();
        invalid += chunk.invalid().len();
    }
    if valid + invalid == 0 { 0.0 } else { valid as f64 / (valid + invalid) as f64 }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_with_and_without_bom() {
        assert_eq!(decode("سلام".as_bytes()).map(|d| d.text).ok(), Some("سلام".to_owned()));
        let mut with_bom = vec![0xEF, 0xBB, 0xBF];
        with_bom.extend_from_slice("Xin chào".as_bytes());
        assert_eq!(decode(&with_bom).map(|d| d.text).ok(), Some("Xin chào".to_owned()));
    }

    #[test]
    fn utf16_with_bom() {
        let mut bytes = vec![0xFF, 0xFE];
        for unit in "Tin tức".encode_utf16() {
            bytes.extend_from_slice(&unit.to_le_bytes());
        }
        assert_eq!(decode(&bytes).map(|d| d.text).ok(), Some("Tin tức".to_owned()));
    }

    #[test]
    fn windows_1256_persian_is_detected() {
        let text = "رئيس دانشگاه علوم پزشكي قم گفت: در شش ماه نخست سال جاري دو ميليون خدمت درماني ارائه شده است.";
        let (bytes, _, _) = encoding_rs::WINDOWS_1256.encode(text);
        let decoded = decode(&bytes).ok();
        assert_eq!(decoded.as_ref().map(|d| d.encoding), Some(encoding_rs::WINDOWS_1256));
        assert_eq!(decoded.map(|d| d.text), Some(text.to_owned()));
    }

    #[test]
    fn windows_1258_vietnamese_is_detected() {
        let text = "Bệnh viện Đa khoa tỉnh Lào Cai tổ chức Hội nghị tổng kết công tác năm 2024 và triển khai kế hoạch năm 2025.";
        let bytes = windows_1258(text);
        let decoded = decode(&bytes).ok();
        assert_eq!(decoded.as_ref().map(|d| d.encoding), Some(encoding_rs::WINDOWS_1258));
        // NFC, applied to the text that is read, puts base letters and
        // tone marks back together
        assert_eq!(decoded.map(|d| normalize(&d.text)), Some(text.to_owned()));
    }

    /// Encodes as windows-1258 does: letters with their vowel modifiers
    /// (ê, ơ, ă) precomposed, tone marks as combining characters after them.
    fn windows_1258(text: &str) -> Vec<u8> {
        const MODIFIERS: [char; 3] = ['\u{0302}', '\u{0306}', '\u{031B}'];
        let mut bytes = Vec::new();
        for c in text.chars() {
            let (base, tones): (Vec<char>, Vec<char>) =
                c.to_string().nfd().partition(|m| !('\u{0300}'..='\u{036F}').contains(m) || MODIFIERS.contains(m));
            let base: String = base.into_iter().collect::<String>().nfc().collect();
            let tones: String = tones.into_iter().collect();
            bytes.extend_from_slice(&encoding_rs::WINDOWS_1258.encode(&(base + &tones)).0);
        }
        bytes
    }

    #[test]
    fn empty_and_whitespace_are_errors() {
        assert!(matches!(decode(b""), Err(Error::Empty)));
        assert!(matches!(decode(b" \n\t "), Err(Error::Empty)));
    }

    #[test]
    fn binary_is_refused() {
        assert!(matches!(decode(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR"), Err(Error::Binary(_))));
        assert!(matches!(decode(b"abc\0def"), Err(Error::Binary(_))));
        // control bytes over 2 % of the first 8 KiB, counted past the
        // 255-byte chunks of the count; tab, newline, CR and form feed are text
        let text_with = |controls: usize, byte: u8| {
            let mut text = "Tin tức trong ngày, cập nhật liên tục. ".repeat(25).into_bytes();
            for k in 0..controls {
                text[k * 31 + 5] = byte;
            }
            text
        };
        assert_eq!(binary_signature(&text_with(30, 0x01)), Some("it is full of control bytes"));
        assert_eq!(binary_signature(&text_with(30, 0x1B)), Some("it is full of control bytes"));
        assert_eq!(binary_signature(&text_with(10, 0x01)), None);
        for text_byte in [b'\t', b'\n', b'\r', 0x0C] {
            assert_eq!(binary_signature(&text_with(30, text_byte)), None);
        }
    }

    #[test]
    fn utf8_with_foreign_bytes_is_refused_with_the_offset() {
        let mut bytes = "رییس دانشگاه علوم پزشکی قم گفت".as_bytes().to_vec();
        let offset = bytes.len();
        bytes.push(0xFF);
        bytes.extend_from_slice("در ۶ ماه نخست".as_bytes());
        assert!(matches!(decode(&bytes), Err(Error::InvalidUtf8 { offset: o }) if o == offset));
    }

    #[test]
    fn a_file_that_switches_encoding_midway_is_refused() {
        let line = "رییس دانشگاه علوم پزشکی قم گفت: در شش ماه نخست سال جاری دو میلیون خدمت ارائه شده است.\n";
        let mut bytes = line.as_bytes().to_vec();
        let (legacy, _, _) = encoding_rs::WINDOWS_1256.encode(line);
        bytes.extend_from_slice(&legacy);
        assert!(matches!(decode(&bytes), Err(Error::InvalidUtf8 { offset }) if offset == line.len()));
    }

    #[test]
    fn stable_letters_agree_with_the_unicode_tables() {
        use unicode_normalization::char::canonical_combining_class;
        for c in ('\u{80}'..='\u{FFFF}').filter(|&c| is_stable_letter(c)) {
            assert_eq!(is_nfc_quick(std::iter::once(c)), IsNormalized::Yes, "{c:?} {:X}", c as u32);
            assert_eq!(canonical_combining_class(c), 0, "{c:?} {:X}", c as u32);
            assert!(!c.is_control(), "{:X}", c as u32);
        }
    }

    #[test]
    fn the_byte_scans_agree_with_the_character_rules() {
        let plain = |c: char| {
            if c.is_ascii() { c >= ' ' && c != '\u{7F}' || c == '\n' || c == '\t' } else { is_stable_letter(c) }
        };
        for c in ('\0'..='\u{FFFF}').chain(['\u{1F600}']) {
            let text = format!("a{c}ب");
            assert_eq!(is_plain(&text), plain(c), "is_plain with U+{:04X}", c as u32);
            let unified = matches!(unify_lines(&text), Cow::Borrowed(_));
            assert_eq!(unified, !c.is_control() || c == '\n' || c == '\t', "unify_lines with U+{:04X}", c as u32);
            // the same past the scan's first chunk and across its edges
            for before in [CONTROL_SCAN_CHUNK - 1, CONTROL_SCAN_CHUNK, 2 * CONTROL_SCAN_CHUNK + 1] {
                let text = format!("{}{c}ب", "x".repeat(before));
                assert_eq!(
                    matches!(unify_lines(&text), Cow::Borrowed(_)),
                    unified,
                    "U+{:04X} after {before}",
                    c as u32
                );
            }
        }
    }

    #[test]
    fn normalize_composes_and_unifies_line_ends() {
        assert_eq!(normalize("Vie\u{0323}\u{0302}t\r\nNam\r"), "Việt\nNam\n");
    }
}
