//! Text primitives every stage shares: folding for matching, whitespace,
//! digits, word tokens with their source offsets, and sentence splitting.
//!
//! Matching is always done on *folded* text so that one lexicon entry finds
//! every spelling a page may use: Arabic ي/ك against Persian ی/ک, hamza
//! forms, words written with or without a zero-width non-joiner, Persian,
//! Arabic-Indic or ASCII digits, old- and new-style Vietnamese tone
//! placement (`Uỷ`/`Ủy`), upper or lower case. Output text is never folded:
//! stages keep byte offsets into the source and copy from it.

use std::borrow::Cow;
use std::sync::LazyLock;

/// Collapses every run of whitespace (including no-break and zero-width
/// spaces used as spaces) to one ASCII space and trims both ends.
pub fn collapse_whitespace(text: &str) -> String {
    if is_collapsed(text) {
        return text.to_owned();
    }
    let mut out = String::with_capacity(text.len());
    // copy runs of non-space text whole; every block of every page passes
    // through here, so the common case (single ASCII spaces) stays cheap
    for part in text.split(is_space).filter(|part| !part.is_empty()) {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(part);
    }
    out
}

/// Whether [`collapse_whitespace`] would leave the text as it is: single
/// ASCII spaces between words, none at the ends, no other space character.
/// Every line of every page is checked, and most are clean.
pub fn is_collapsed(text: &str) -> bool {
    let bytes = text.as_bytes();
    if bytes.first() == Some(&b' ') || bytes.last() == Some(&b' ') {
        return false;
    }
    // a memchr search costs more to set up than a short text takes to read
    if bytes.len() < MEMCHR_MIN_BYTES { clean_by_bytes(bytes) } else { clean_by_search(bytes) }
}

/// Whether the byte at `i` leaves the text clean for [`is_collapsed`]: no
/// space after a space, no other ASCII whitespace, no non-ASCII space.
/// Those are found by their UTF-8 lead bytes (U+0085 and U+00A0 after 0xC2,
/// U+1680 after 0xE1 0x9A, U+2000–U+205F after 0xE2, U+3000 after 0xE3,
/// U+FEFF after 0xEF), and a lead byte that might start one makes the text
/// unclean.
fn clean_at(bytes: &[u8], i: usize) -> bool {
    match bytes[i] {
        b' ' => bytes.get(i + 1) != Some(&b' '),
        b'\t' | b'\n' | 0x0B | 0x0C | b'\r' | 0x1C..=0x1F => false,
        // U+0085 and U+00A0, not « » or the other Latin-1 signs
        0xC2 => !matches!(bytes.get(i + 1), Some(0x85 | 0xA0)),
        0xE1 => bytes.get(i + 1) != Some(&0x9A),
        0xE2 => !is_spacing_punctuation(bytes.get(i + 1..i + 3)),
        // U+3000
        0xE3 => bytes.get(i + 1..i + 3) != Some(&[0x80, 0x80]),
        // U+FEFF
        0xEF => bytes.get(i + 1..i + 3) != Some(&[0xBB, 0xBF]),
        _ => true,
    }
}

/// [`clean_at`] every byte, read one by one.
fn clean_by_bytes(bytes: &[u8]) -> bool {
    (0..bytes.len()).all(|i| clean_at(bytes, i))
}

/// [`clean_by_bytes`], the bytes that may make a text unclean found with
/// memchr and memmem, whose vectorised scans skip clean text many bytes at
/// a time: a paragraph is read in a few passes of a fraction of a cycle a
/// byte, where a branch on every byte costs several.
fn clean_by_search(bytes: &[u8]) -> bool {
    let found = |needles: (u8, u8, u8)| memchr::memchr3(needles.0, needles.1, needles.2, bytes).is_some();
    if memchr::memmem::find(bytes, b"  ").is_some()
        || found((b'\t', b'\n', b'\r'))
        || found((0x0B, 0x0C, 0x1C))
        || found((0x1D, 0x1E, 0x1F))
        || memchr::memmem::find(bytes, &[0xE1, 0x9A]).is_some()
        || memchr::memmem::find(bytes, &[0xEF, 0xBB, 0xBF]).is_some()
    {
        return false;
    }
    // the leads of the other non-ASCII spaces also start `«`, `»`, `“`,
    // `”`, `–`, `…` and CJK punctuation: each is looked at
    memchr::memchr3_iter(0xC2, 0xE2, 0xE3, bytes).all(|i| clean_at(bytes, i))
}

/// Whether the two bytes after a 0xE2 lead byte encode a space of the
/// General Punctuation block (U+2000–U+200B, U+2028, U+2029, U+202F,
/// U+205F); `None` (a cut sequence) counts as one, to be safe.
fn is_spacing_punctuation(rest: Option<&[u8]>) -> bool {
    match rest {
        Some(&[0x80, third]) => matches!(third, 0x80..=0x8B | 0xA8 | 0xA9 | 0xAF),
        Some(&[0x81, third]) => third == 0x9F,
        Some(_) => false,
        None => true,
    }
}

fn is_space(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_whitespace() || c == '\u{0B}';
    }
    c.is_whitespace() || c == '\u{200B}' || c == '\u{FEFF}'
}

/// Whether a folded token is a comma: Persian's `،`, or the Latin `,`
/// that many Persian pages type instead.
pub fn is_comma(folded: &str) -> bool {
    matches!(folded, "،" | ",")
}

/// Whether a folded token is a semicolon, Persian's `؛` or the Latin `;`.
pub fn is_semicolon(folded: &str) -> bool {
    matches!(folded, "؛" | ";")
}

/// The ASCII value of a Persian (`۰-۹`), Arabic-Indic (`٠-٩`) or ASCII digit.
pub fn digit_value(c: char) -> Option<u32> {
    match c {
        '0'..='9' => Some(c as u32 - '0' as u32),
        '\u{06F0}'..='\u{06F9}' => Some(c as u32 - 0x06F0),
        '\u{0660}'..='\u{0669}' => Some(c as u32 - 0x0660),
        _ => None,
    }
}

/// Rewrites Persian and Arabic-Indic digits as ASCII digits; everything
/// else is kept. Structured values (ids, dates) use this.
pub fn ascii_digits(text: &str) -> String {
    text.chars()
        .map(|c| match digit_value(c) {
            Some(d) => char::from_digit(d, 10).unwrap_or(c),
            None => c,
        })
        .collect()
}

/// Folds one character for matching, pushing what it folds to (nothing
/// for joiners, tatweel, diacritics and direction marks).
fn fold_char(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
        return;
    }
    // every letter of a Persian or Vietnamese page comes here: the Arabic
    // block by table, the Latin letters Vietnamese uses by their case pairs,
    // the rest through the general rules
    let code = c as u32;
    if let Some(offset) = code.checked_sub(ARABIC_BLOCK_START).filter(|&o| o < 256) {
        if let Some(folded) = ARABIC_FOLDS[offset as usize] {
            out.push(folded);
        }
        return;
    }
    if let Some(lower) = latin_lowercase(code) {
        out.push(lower);
        return;
    }
    fold_char_general(c, out);
}

/// The first code point of the Arabic block (U+0600–U+06FF).
const ARABIC_BLOCK_START: u32 = 0x0600;

/// The offset in the Arabic block of the character at byte `i`, read from
/// its two bytes (lead 0xD8–0xDB) without decoding; `None` for any other
/// character. The byte-reading fast paths index the block's tables with it.
#[inline]
pub(crate) fn arabic_block_offset(bytes: &[u8], i: usize) -> Option<usize> {
    let lead = *bytes.get(i)?;
    if !(0xD8..=0xDB).contains(&lead) {
        return None;
    }
    let second = *bytes.get(i + 1)?;
    Some(usize::from(lead & 0x03) << 6 | usize::from(second & 0x3F))
}

/// What each character of the Arabic block folds to (`None`: dropped),
/// computed once from [`fold_char_general`]'s rules.
static ARABIC_FOLDS: [Option<char>; 256] =
    lookup_table!(256, None, |offset| arabic_fold(ARABIC_BLOCK_START + offset as u32));

/// The Arabic-block rules of [`fold_char_general`] as a `const fn`, for
/// [`ARABIC_FOLDS`].
const fn arabic_fold(code: u32) -> Option<char> {
    match code {
        0x0640 | 0x064B..=0x065F | 0x0670 => None,
        0x064A | 0x0649 | 0x0626 => Some('\u{06CC}'),
        0x0643 => Some('\u{06A9}'),
        0x0629 | 0x06C0 => Some('\u{0647}'),
        0x0623 | 0x0625 | 0x0622 | 0x0671 => Some('\u{0627}'),
        0x0624 => Some('\u{0648}'),
        0x0660..=0x0669 => char::from_u32(code - 0x0660 + '0' as u32),
        0x06F0..=0x06F9 => char::from_u32(code - 0x06F0 + '0' as u32),
        _ => char::from_u32(code),
    }
}

/// The lower case of the Latin letters Vietnamese writes, by the layout of
/// their blocks: Latin-1 capitals sit 0x20 below their small letters (but
/// for `×`, and `Ð` `ð`, which fold to `đ`), and Latin Extended Additional (`Ạ`–`ỿ`) pairs each capital at
/// an even code point with its small letter after it. `None`: not one of
/// these.
fn latin_lowercase(code: u32) -> Option<char> {
    match code {
        // the Icelandic eth stands in for `Đ` on some Vietnamese sites
        // (`ÐBQH`); Vietnamese has no other use for it
        0x00D0 | 0x00F0 => Some('đ'),
        0x00C0..=0x00DE if code != 0x00D7 => char::from_u32(code + 0x20),
        0x00DF..=0x00FF => char::from_u32(code),
        0x1EA0..=0x1EFF => char::from_u32(code | 1),
        _ => None,
    }
}

/// Joiners, direction marks and the byte-order mark: folding drops them.
fn is_dropped_mark(c: char) -> bool {
    matches!(c, '\u{200C}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{FEFF}')
}

/// [`fold_char`] for every character: the rules the fast paths follow.
fn fold_char_general(c: char, out: &mut String) {
    if is_dropped_mark(c) {
        return;
    }
    let mapped = match c {
        '\u{0640}' => return,
        '\u{064B}'..='\u{065F}' | '\u{0670}' => return,
        '\u{064A}' | '\u{0649}' | '\u{0626}' => '\u{06CC}', // ي ى ئ → ی
        '\u{0643}' => '\u{06A9}',                           // ك → ک
        '\u{0629}' | '\u{06C0}' => '\u{0647}',              // ة ۀ → ه
        '\u{0623}' | '\u{0625}' | '\u{0622}' | '\u{0671}' => '\u{0627}', // أ إ آ ٱ → ا
        '\u{0624}' => '\u{0648}',                           // ؤ → و
        'Ð' | 'ð' => 'đ',
        _ => {
            if let Some(d) = digit_value(c) {
                char::from_digit(d, 10).unwrap_or(c)
            } else if ('\u{0600}'..='\u{06FF}').contains(&c) {
                // the Arabic block has no case
                c
            } else if c.is_uppercase() {
                for l in c.to_lowercase() {
                    out.push(l);
                }
                return;
            } else {
                c
            }
        }
    };
    out.push(mapped);
}

/// Old-style Vietnamese tone placement (`hoà`, `uỷ`) and new style (`hòa`,
/// `ủy`) both appear in the wild; folding moves the tone to one place.
/// Applied only at the end of a syllable, where the two styles differ.
const VI_TONE_MOVES: [(&str, &str); 15] = [
    ("oà", "òa"),
    ("oá", "óa"),
    ("oả", "ỏa"),
    ("oã", "õa"),
    ("oạ", "ọa"),
    ("oè", "òe"),
    ("oé", "óe"),
    ("oẻ", "ỏe"),
    ("oẽ", "õe"),
    ("oẹ", "ọe"),
    ("uỳ", "ùy"),
    ("uý", "úy"),
    ("uỷ", "ủy"),
    ("uỹ", "ũy"),
    ("uỵ", "ụy"),
];

/// Folds text for matching (see the module docs). Spaces are kept as they
/// are; callers that need collapsed spaces collapse first.
pub fn fold(text: &str) -> String {
    fold_cow(text).into_owned()
}

/// [`fold`], borrowing the text when folding leaves it as it is: most
/// words of a page are already lower case and in the spelling folding
/// chooses, and every token of every sentence is folded.
pub fn fold_cow(text: &str) -> Cow<'_, str> {
    let mut tone_mark_after_o_or_u = false;
    let folded = match next_change(text, 0, &mut tone_mark_after_o_or_u) {
        // nothing to fold, and no syllable where old-style tone placement
        // could stand: the text as it is
        None if !tone_mark_after_o_or_u => return Cow::Borrowed(text),
        None => Cow::Borrowed(text),
        Some(first_change) => {
            let mut out = String::with_capacity(text.len());
            // copy the runs folding keeps whole, fold what lies between
            let mut run = 0;
            let mut change = Some(first_change);
            while let Some(at) = change {
                out.push_str(&text[run..at]);
                let Some(c) = text[at..].chars().next() else { break };
                fold_char(c, &mut out);
                run = at + c.len_utf8();
                change = next_change(text, run, &mut tone_mark_after_o_or_u);
            }
            out.push_str(&text[run..]);
            Cow::Owned(out)
        }
    };
    match moved_vietnamese_tones(&folded) {
        Some(moved) => Cow::Owned(moved),
        None => folded,
    }
}

/// The byte offset of the first character at or after `from` (a character
/// boundary) that folding changes. Reads bytes: ASCII and the Arabic block
/// (two bytes, lead 0xD8–0xDB), nearly all of a page, need no decoding.
/// Notes on the way whether an `o` or `u` comes before a non-ASCII
/// character, where [`moved_vietnamese_tones`] may have work.
fn next_change(text: &str, from: usize, tone_mark_after_o_or_u: &mut bool) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut i = from;
    while let Some(&b) = bytes.get(i) {
        if b < 0x80 {
            if b.is_ascii_uppercase() {
                return Some(i);
            }
            if (b == b'o' || b == b'u') && bytes.get(i + 1).is_some_and(|next| !next.is_ascii()) {
                *tone_mark_after_o_or_u = true;
            }
            i += 1;
        } else if let Some(offset) = arabic_block_offset(bytes, i) {
            if !ARABIC_KEPT[offset] {
                return Some(i);
            }
            i += 2;
        } else if (0xC2..=0xDF).contains(&b)
            && let Some(&second) = bytes.get(i + 1)
        {
            // the rest of U+0080–U+07FF (Latin-1, `đ ă ơ ư`) by table
            if !two_byte_folds_to_itself(b, second) {
                return Some(i);
            }
            i += 2;
        } else if b == 0xE1
            && let Some(&[second, third]) = bytes.get(i + 1..i + 3)
            && (second == 0xBB || second == 0xBA && third >= 0xA0)
        {
            // U+1EA0–U+1EFF: capitals at even code points
            if third & 1 == 0 {
                return Some(i);
            }
            i += 3;
        } else {
            let c = text.get(i..)?.chars().next()?;
            if !folds_to_itself(c) {
                return Some(i);
            }
            i += c.len_utf8();
        }
    }
    None
}

/// Whether [`fold_char`] gives the character back unchanged.
fn folds_to_itself(c: char) -> bool {
    if c.is_ascii() {
        return !c.is_ascii_uppercase();
    }
    let code = c as u32;
    if let Some(offset) = code.checked_sub(ARABIC_BLOCK_START).filter(|&o| o < 256) {
        return ARABIC_KEPT[offset as usize];
    }
    if let Some(lower) = latin_lowercase(code) {
        return lower == c;
    }
    !is_dropped_mark(c) && (!c.is_uppercase() || c.to_lowercase().eq([c]))
}

/// Below this length a byte loop finds a byte sooner than memchr.
const MEMCHR_MIN_BYTES: usize = 64;

/// The folded text with old-style tone placement ([`VI_TONE_MOVES`]) at
/// syllable ends rewritten; `None` when there is none.
fn moved_vietnamese_tones(folded: &str) -> Option<String> {
    // old-style tone placement only ever starts at `o` or `u`, followed by a
    // vowel with a tone mark, which is never ASCII
    let bytes = folded.as_bytes();
    let old_style_at = |i: usize| {
        let rest = &folded[i..];
        VI_TONE_MOVES.iter().find_map(|(old, new)| {
            let after = rest.strip_prefix(old)?;
            (!after.chars().next().is_some_and(is_word_char)).then_some((old.len(), *new))
        })
    };
    // a word is scanned byte by byte, a block with memchr, whose set-up
    // costs more than a short scan
    let next_o_or_u = |from: usize| {
        let rest = bytes.get(from..)?;
        let found = if rest.len() < MEMCHR_MIN_BYTES {
            rest.iter().position(|b| matches!(b, b'o' | b'u'))
        } else {
            memchr::memchr2(b'o', b'u', rest)
        };
        found.map(|k| from + k)
    };
    let mut moved: Option<String> = None;
    let mut copied = 0;
    let mut from = 0;
    while let Some(i) = next_o_or_u(from) {
        from = i + 1;
        if i < copied {
            continue;
        }
        // the vowels after `o` and `u` in VI_TONE_MOVES are Latin-1 (two
        // bytes, lead 0xC3) or U+1EA0–U+1EFF (three, lead 0xE1), and stand
        // at a syllable's end: most `o` and `u` of a page are turned away
        // by two bytes, before the table is searched
        let vowel_len = match bytes.get(i + 1) {
            Some(0xC3) => 2,
            Some(0xE1) => 3,
            _ => continue,
        };
        if bytes.get(i + 1 + vowel_len).is_some_and(u8::is_ascii_alphanumeric) {
            continue;
        }
        if let Some((old_len, new)) = old_style_at(i) {
            let out = moved.get_or_insert_with(|| String::with_capacity(folded.len()));
            out.push_str(&folded[copied..i]);
            out.push_str(new);
            copied = i + old_len;
        }
    }
    let mut out = moved?;
    out.push_str(&folded[copied..]);
    Some(out)
}

/// Whether `c` is a letter of the Latin script (with diacritics).
pub fn is_latin_letter(c: char) -> bool {
    c.is_ascii_alphabetic()
        || ('\u{00C0}'..='\u{024F}').contains(&c) && c != '×' && c != '÷'
        || ('\u{1E00}'..='\u{1EFF}').contains(&c)
}

/// Whether a word starts with a capital letter. Most first letters are
/// ASCII or Arabic (which has no case): they need no table lookup.
pub fn starts_with_capital(word: &str) -> bool {
    match word.as_bytes().first() {
        Some(b) if b.is_ascii() => b.is_ascii_uppercase(),
        Some(0xD8..=0xDB) => false,
        _ => word.chars().next().is_some_and(char::is_uppercase),
    }
}

/// Whether `c` can be part of a word token.
pub fn is_word_char(c: char) -> bool {
    // fast paths for the scripts this tool reads most: ASCII, Arabic
    // letters and digits, Vietnamese letters
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    if ('\u{0620}'..='\u{064A}').contains(&c)
        || ('\u{0660}'..='\u{0669}').contains(&c)
        || ('\u{066E}'..='\u{06D3}').contains(&c)
        || ('\u{06F0}'..='\u{06F9}').contains(&c)
        || ('\u{1EA0}'..='\u{1EF9}').contains(&c)
        || ('\u{00C0}'..='\u{024F}').contains(&c) && c != '×' && c != '÷'
    {
        return true;
    }
    // and for the punctuation they use, which the general Unicode tables
    // answer slowly
    match c {
        '\u{2000}'..='\u{206F}' => return c == '\u{200C}' || c == '\u{200D}',
        '\u{00A0}'..='\u{00BF}' => return matches!(c, 'ª' | '²' | '³' | 'µ' | '¹' | 'º' | '¼' | '½' | '¾'),
        '،' | '؛' | '؟' | '٪' | '٫' | '٬' | '٭' | '۔' => return false,
        _ => {}
    }
    c.is_alphanumeric()
        || c == '\u{200C}'
        || c == '\u{200D}'
        || ('\u{064B}'..='\u{065F}').contains(&c)
        || c == '\u{0670}'
        || ('\u{0300}'..='\u{036F}').contains(&c)
}

/// Characters that join two word parts into one token when they stand
/// between word characters: `PGS.TS`, `42-CT`, `bác sĩ/vạn`, `O'Neil`,
/// `Bộ TT&TT` (the acronyms of Vietnamese ministries join theirs with `&`).
fn is_joiner(c: char) -> bool {
    matches!(c, '.' | '-' | '\'' | '’' | '/' | '_' | '&')
}

/// One token of a text: a word or a single punctuation character, with its
/// byte range in the source and its folded form.
#[derive(Debug, Clone)]
pub struct Token<'a> {
    pub start: usize,
    pub end: usize,
    pub folded: Cow<'a, str>,
    pub is_word: bool,
    /// Whether the token is a word opening with a capital letter in the
    /// source (folding lowers it): the mark of a name in Vietnamese.
    pub capitalised: bool,
    /// Which of the language's lexicons have an entry starting with this
    /// token, one bit each, and [`LEXICONS_TAGGED`] once they were looked
    /// up (see [`crate::lang::LanguageData::tokenize`]); `0` when not.
    pub lexicons: LexiconBits,
    /// The token's number among the lexicons' first words (see
    /// [`crate::lang::LanguageData::tokenize`]), when it is one.
    pub first_word: u32,
}

/// One bit per lexicon of a language (see [`Token::lexicons`]): 128, as
/// a language has more than 63 lexicons, and a lexicon left without a bit
/// looks every token up (a token takes 64 bytes with them, 56 with 64
/// bits: measured, the lookups saved cost more than the 8 bytes).
pub type LexiconBits = u128;

/// The bit of [`Token::lexicons`] saying that the other bits were set: a
/// lexicon whose bit is clear then has no entry starting at the token,
/// and answers without a lookup.
pub const LEXICONS_TAGGED: LexiconBits = 1 << (LexiconBits::BITS - 1);

/// Bytes of text per token reserved for: a Vietnamese syllable with its
/// space takes 4–5 bytes, a Persian word 5–7, and punctuation is a token
/// of its own. A third of a line's length holds its tokens in nine lines
/// of ten (seed and dev pages); a sixth, reserved before, held them in
/// fewer than half, and most sentences were copied once to grow.
const BYTES_PER_TOKEN_RESERVED: usize = 3;

/// Most tokens reserved at once: a run-on line of megabytes grows as it
/// needs, not by a third of its length in 64-byte tokens up front.
const TOKENS_RESERVED_MAX: usize = 1 << 16;

/// Splits text into word and punctuation tokens. Whitespace separates
/// tokens and is not a token.
pub fn tokenize(text: &str) -> Vec<Token<'_>> {
    let mut tokens = Vec::with_capacity((text.len() / BYTES_PER_TOKEN_RESERVED + 1).min(TOKENS_RESERVED_MAX));
    let mut i = 0;
    while let Some((kind, len)) = kind_at(text, i) {
        let start = i;
        let (end, kept) = match kind {
            CharKind::Space => {
                i += len;
                continue;
            }
            CharKind::Word => scan_word::<true>(text, i),
            // ASCII punctuation folds to itself
            CharKind::Joiner | CharKind::Other => (i + len, len == 1),
        };
        let source = &text[start..end];
        let folded = if kept { Cow::Borrowed(source) } else { fold_cow(source) };
        let is_word = kind == CharKind::Word;
        let capitalised = is_word && starts_with_capital(source);
        tokens.push(Token { start, end, folded, is_word, capitalised, lexicons: 0, first_word: 0 });
        i = end;
    }
    tokens
}

/// [`tokenize`], with an abbreviation's dot kept in its word (`TP.` in
/// `TP. Hồ Chí Minh`, `PGS.` and `TS.` in `PGS. TS. Nguyễn Văn An`) when
/// a word goes on after it: [`sentences`] does not end a sentence at
/// that dot, and no phrase (a role, a name's titles) should end there
/// either.
pub fn tokenize_keeping_abbreviations<'a>(text: &'a str, abbreviations: &[&str]) -> Vec<Token<'a>> {
    let mut tokens = tokenize(text);
    if abbreviations.is_empty() {
        return tokens;
    }
    // each dot kept marks its token for removal; one pass removes them all
    let mut kept_dot = false;
    for k in 1..tokens.len().saturating_sub(1) {
        let (word, dot, next) = (&tokens[k - 1], &tokens[k], &tokens[k + 1]);
        let keeps_dot = word.is_word
            && dot.start == word.end
            && &text[dot.start..dot.end] == "."
            && next.is_word
            && text[next.start..].starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
            && (abbreviations.iter().any(|a| text[word.start..word.end].eq_ignore_ascii_case(a))
                // an initial, as `sentences` reads one (`Daniel J. Kritenbrink`)
                || is_initial(&text[word.start..word.end]));
        if keeps_dot {
            let dot_end = dot.end;
            let word = &mut tokens[k - 1];
            word.folded = match std::mem::take(&mut word.folded) {
                // the dot folds to itself: the source is still the fold
                Cow::Borrowed(_) => Cow::Borrowed(&text[word.start..dot_end]),
                Cow::Owned(mut folded) => {
                    folded.push('.');
                    Cow::Owned(folded)
                }
            };
            word.end = dot_end;
            // the dot is now inside the word before it
            tokens[k].is_word = false;
            tokens[k].start = dot_end;
            kept_dot = true;
        }
    }
    if kept_dot {
        tokens.retain(|t| !(t.start == t.end && t.folded == "."));
    }
    tokens
}

/// The words of a text, as [`tokenize`] cuts them, without offsets or
/// folding: for counting words of text that is already folded.
pub fn words(text: &str) -> impl Iterator<Item = &str> {
    let mut i = 0;
    std::iter::from_fn(move || {
        loop {
            let (kind, len) = kind_at(text, i)?;
            if kind == CharKind::Word {
                break;
            }
            i += len;
        }
        let start = i;
        i = word_end(text, start);
        Some(&text[start..i])
    })
}

/// What a character is to the tokenizer.
#[derive(Debug, Clone, Copy, PartialEq)]
enum CharKind {
    Space,
    Word,
    /// Joins two word parts into one token (see [`is_joiner`]).
    Joiner,
    Other,
}

fn char_kind(c: char) -> CharKind {
    // word characters first: most characters are
    if is_word_char(c) {
        CharKind::Word
    } else if is_space(c) {
        CharKind::Space
    } else if is_joiner(c) {
        CharKind::Joiner
    } else {
        CharKind::Other
    }
}

/// [`char_kind`] of each ASCII character: most characters of a page, read
/// without decoding.
static ASCII_KINDS: [CharKind; 128] = lookup_table!(128, CharKind::Other, |b| {
    let c = b as u8;
    if c.is_ascii_whitespace() || c == 0x0B {
        CharKind::Space
    } else if c.is_ascii_alphanumeric() {
        CharKind::Word
    } else if matches!(c, b'.' | b'-' | b'\'' | b'/' | b'_' | b'&') {
        CharKind::Joiner
    } else {
        CharKind::Other
    }
});

/// [`char_kind`] of each character of the Arabic block (U+0600–U+06FF):
/// its letters, digits and marks are word characters, the rest is
/// punctuation (checked against [`char_kind`] by a test).
static ARABIC_KINDS: [CharKind; 256] = lookup_table!(256, CharKind::Other, |offset| {
    let code = ARABIC_BLOCK_START + offset as u32;
    match code {
        0x0610..=0x061A
        | 0x0620..=0x0669
        | 0x066E..=0x06D3
        | 0x06D5..=0x06DC
        | 0x06E1..=0x06E8
        | 0x06ED..=0x06FC
        | 0x06FF => CharKind::Word,
        _ => CharKind::Other,
    }
});

/// The kind and the length in bytes of the character at byte `i`.
#[inline(always)]
fn kind_at(text: &str, i: usize) -> Option<(CharKind, usize)> {
    let bytes = text.as_bytes();
    let b = *bytes.get(i)?;
    if b < 0x80 {
        return Some((ASCII_KINDS[usize::from(b)], 1));
    }
    if let Some(offset) = arabic_block_offset(bytes, i) {
        return Some((ARABIC_KINDS[offset], 2));
    }
    // the letters of Vietnamese: U+00C0–U+024F (but `×` and `÷`) and
    // U+1E00–U+1EFF are all word characters
    match (b, bytes.get(i + 1)) {
        (0xC3, Some(&second)) if second != 0x97 && second != 0xB7 => return Some((CharKind::Word, 2)),
        (0xC4..=0xC8, Some(_)) => return Some((CharKind::Word, 2)),
        (0xC9, Some(&second)) if second <= 0x8F => return Some((CharKind::Word, 2)),
        (0xE1, Some(0xB8..=0xBB)) if i + 2 < bytes.len() => return Some((CharKind::Word, 3)),
        _ => {}
    }
    let c = text.get(i..)?.chars().next()?;
    Some((char_kind(c), c.len_utf8()))
}

/// Where the word starting at byte `start` ends: a joiner stays in the
/// word only between two word characters.
fn word_end(text: &str, start: usize) -> usize {
    scan_word::<false>(text, start).0
}

/// [`word_end`], telling too, when `FOLDING` is asked, whether folding
/// keeps the word as it is: every token of every sentence is scanned here,
/// and most need no folding. A character is kept when it folds to itself
/// and is no Vietnamese tone vowel after `o` or `u` (old-style tone
/// placement, see [`VI_TONE_MOVES`]). Without `FOLDING` the check is
/// compiled out: counting words of folded text needs only the end.
fn scan_word<const FOLDING: bool>(text: &str, start: usize) -> (usize, bool) {
    let bytes = text.as_bytes();
    let mut i = start;
    let mut kept = true;
    let mut after_o_or_u = false;
    while let Some((kind, len)) = kind_at(text, i) {
        match kind {
            CharKind::Word => {}
            CharKind::Joiner
                if kind_at(text, i + len).is_some_and(|(after, _)| after == CharKind::Word)
                    && !is_unspaced_punctuation(text, start, i) => {}
            _ => break,
        }
        if FOLDING {
            if len == 1 {
                kept &= !bytes[i].is_ascii_uppercase();
                after_o_or_u = matches!(bytes[i], b'o' | b'u');
            } else {
                // the Arabic block by table; the Vietnamese letters by
                // table or by their code point's parity, without decoding;
                // the rest by the folding rules
                kept &= match arabic_block_offset(bytes, i) {
                    Some(offset) => ARABIC_KEPT[offset],
                    None => {
                        let folds_kept = match (len, bytes.get(i + 1..i + len)) {
                            (2, Some(&[second])) => two_byte_folds_to_itself(bytes[i], second),
                            (3, Some(&[second, third]))
                                if bytes[i] == 0xE1 && (second == 0xBB || second == 0xBA && third >= 0xA0) =>
                            {
                                // U+1EA0–U+1EFF: small letters at odd code points
                                third & 1 == 1
                            }
                            _ => text[i..].chars().next().is_some_and(folds_to_itself),
                        };
                        folds_kept
                            && !(after_o_or_u
                                && text[i..]
                                    .chars()
                                    .next()
                                    .is_some_and(|c| VI_TONE_MOVES.iter().any(|(old, _)| old[1..].starts_with(c))))
                    }
                };
                after_o_or_u = false;
            }
        }
        i += len;
    }
    (i, kept)
}

/// Whether the joiner at byte `i`, in the word opened at `start`, stands
/// between two capitalised Vietnamese syllables, one of them with a
/// letter outside ASCII: punctuation written without its spaces, a dash
/// that pages set between a name and the office after it (`Nguyễn Thành
/// Tâm-Uỷ viên Trung ương Đảng`) or between two places (`Bà Rịa-Vũng
/// Tàu`), a stop before the next sentence (`tỉnh Trà Vinh.Ông …`).
/// Vietnamese joins no syllables so; a word in plain ASCII on both sides
/// may be a foreign name (`Park Hang-Seo`), and an abbreviation or a code
/// is no syllable (`TP.Hồ Chí Minh`, `NĐ-CP`).
fn is_unspaced_punctuation(text: &str, start: usize, i: usize) -> bool {
    let after_start = i + text[i..].chars().next().map_or(1, char::len_utf8);
    // (the cheap test first: most joiners have a small letter or a digit
    // after them)
    if !text[after_start..].starts_with(char::is_uppercase) {
        return false;
    }
    let before = text[start..i].rsplit(|c: char| char_kind(c) == CharKind::Joiner).next().unwrap_or("");
    let after_len =
        text[after_start..].find(|c: char| char_kind(c) != CharKind::Word).unwrap_or(text.len() - after_start);
    let after = &text[after_start..after_start + after_len];
    let capitalised_syllable = |word: &str| word.starts_with(char::is_uppercase) && is_vietnamese_syllable(word);
    capitalised_syllable(before) && capitalised_syllable(after) && !(before.is_ascii() && after.is_ascii())
}

/// Whether the character written in the two bytes `lead`, `second`
/// (U+0080–U+07FF: Latin-1, the Latin Extended blocks with `đ ă ơ ư`, the
/// Arabic block) folds to itself, by table.
fn two_byte_folds_to_itself(lead: u8, second: u8) -> bool {
    static KEPT: LazyLock<Box<[bool; 0x800]>> = LazyLock::new(|| {
        let mut kept = Box::new([false; 0x800]);
        for (code, kept) in kept.iter_mut().enumerate() {
            *kept = u32::try_from(code).ok().and_then(char::from_u32).is_some_and(folds_to_itself);
        }
        kept
    });
    KEPT[usize::from(lead & 0x1F) << 6 | usize::from(second & 0x3F)]
}

/// Whether each character of the Arabic block folds to itself.
static ARABIC_KEPT: [bool; 256] = lookup_table!(256, false, |offset| {
    let code = ARABIC_BLOCK_START + offset as u32;
    matches!(arabic_fold(code), Some(folded) if folded as u32 == code)
});

/// The consonants that may open a Vietnamese syllable, longest first.
const VI_INITIALS: [&str; 28] = [
    "ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "qu", "th", "tr", "b", "c", "d", "đ", "g", "h", "k", "l", "m",
    "n", "p", "q", "r", "s", "t", "v", "x",
];

/// The consonants that may close one, longest first.
const VI_FINALS: [&str; 8] = ["ng", "nh", "ch", "c", "m", "n", "p", "t"];

/// The runs of vowels a Vietnamese syllable may hold, their marks left
/// aside (`uyê` in `nguyễn` is `uye`, `ươi` in `người` is `uoi`): a run
/// no syllable holds (`ea` in `Sean`, `ou` in `Louis`) marks a foreign
/// word.
const VI_VOWEL_RUNS: [&str; 37] = [
    "a", "ai", "ao", "au", "ay", "e", "eo", "eu", "i", "ia", "ie", "ieu", "iu", "o", "oa", "oai", "oay", "oe", "oeo",
    "oi", "oo", "u", "ua", "uay", "ue", "ui", "uo", "uoi", "uou", "uu", "uy", "uya", "uye", "uyu", "y", "ye", "yeu",
];

/// Whether a word, in any case, is shaped as one Vietnamese syllable: an
/// initial consonant or none, one to three vowels, a final consonant or
/// none (`trần`, `văn`, `hiệp`, `an`), which `UBND`, `HĐND` or `TP` are
/// not.
pub(crate) fn is_vietnamese_syllable(word: &str) -> bool {
    // each letter without its tone and vowel marks (`ệ` is `e`); `đ` has
    // no decomposition and stays itself
    let bare: String = word
        .chars()
        .flat_map(char::to_lowercase)
        .map(|c| {
            let mut base = c;
            unicode_normalization::char::decompose_canonical(c, |part| {
                if base == c {
                    base = part;
                }
            });
            base
        })
        .collect();
    let rhyme = |rest: &str| {
        let vowels = rest.chars().take_while(|c| matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'y')).count();
        let last = &rest[vowels..];
        VI_VOWEL_RUNS.contains(&&rest[..vowels]) && (last.is_empty() || VI_FINALS.contains(&last))
    };
    // `gi` is an initial before a vowel (`gia`) and a vowel after `g`
    // (`gìn`): every initial the word opens with is tried
    rhyme(&bare) || VI_INITIALS.iter().filter_map(|initial| bare.strip_prefix(initial)).any(rhyme)
}

/// Number of word tokens, cheaply (no folding).
pub fn word_count(text: &str) -> usize {
    words_up_to(text, usize::MAX)
}

/// Whether the text holds at least `min` word tokens: [`word_count`] read
/// only as far as the `min`th word, as the checks that a quotation or a
/// title is long enough need (they ask it of whole sentences).
pub fn has_words(text: &str, min: usize) -> bool {
    words_up_to(text, min) >= min
}

/// [`word_count`], stopping at `limit` words.
fn words_up_to(text: &str, limit: usize) -> usize {
    let mut count = 0;
    let mut in_word = false;
    // characters read by their bytes where kind_at can (see char_kind: a
    // word character is a Word, a joiner that is none a Joiner)
    let mut i = 0;
    while let Some((kind, len)) = kind_at(text, i) {
        match kind {
            CharKind::Word => {
                if !in_word {
                    if count == limit {
                        break;
                    }
                    count += 1;
                }
                in_word = true;
            }
            CharKind::Joiner if in_word => {}
            _ => in_word = false,
        }
        i += len;
    }
    count
}

/// The dashes writers set a phrase or an answer off with: hyphen-minus,
/// en dash and em dash, which sites use alike.
pub const DASHES: [char; 3] = ['-', '–', '—'];

/// The length in bytes of the bullet a line opens with, and the spaces
/// after it: a list's marks (`•`, `▪`, `*`, a dash) and the pictographs
/// sites set paragraphs off with (`🔹`, `✅`, `📌`), which are layout,
/// not words. Zero when the line opens with anything else.
pub fn bullet_len(line: &str) -> usize {
    if let Some(rest) = strip_tatweel_dash(line) {
        return line.len() - rest.trim_start().len();
    }
    let is_bullet = |c: char| {
        DASHES.contains(&c)
            || matches!(c, '•' | '*' | '·' | '+' | '>' | '\u{FE0F}' | '\u{200D}')
            // geometric shapes, dingbats and misc. symbols, pictographs
            || matches!(u32::from(c), 0x25A0..=0x25FF | 0x2600..=0x27BF | 0x2B00..=0x2BFF | 0x1F000..=0x1FAFF)
    };
    let bullet = line.len() - line.trim_start_matches(is_bullet).len();
    if bullet == 0 {
        return 0;
    }
    line.len() - line[bullet..].trim_start().len()
}

/// The line after the tatweel (U+0640) it opens with standing alone, as a
/// dash: the tatweel stretches a Persian letter inside a word, and older
/// Persian sites set list items and asides off with it (`ـ درباره …`).
pub fn strip_tatweel_dash(line: &str) -> Option<&str> {
    line.strip_prefix('\u{0640}').filter(|rest| rest.starts_with(char::is_whitespace))
}

/// Whether a token is one of the [`DASHES`].
pub fn is_dash(token: &str) -> bool {
    let mut chars = token.chars();
    chars.next().is_some_and(|c| DASHES.contains(&c)) && chars.next().is_none()
}

/// Whether a sentence or a line is a question: it ends with a question
/// mark, maybe inside closing quotation marks or brackets (`… không?”`,
/// `…؟»`).
pub fn is_question(text: &str) -> bool {
    text.trim_end_matches(|c: char| c.is_whitespace() || is_closer(c)).ends_with(['?', '؟'])
}

/// The text's start up to its last ASCII whitespace within `max_bytes`,
/// or the whole text when it is no longer: a check that reads a text's
/// first words reads no further, and its tokens are the whole text's
/// first ones (no token spans a space). Empty when the first `max_bytes`
/// hold no space: one token that long is no word.
pub fn head(text: &str, max_bytes: usize) -> &str {
    if text.len() <= max_bytes {
        return text;
    }
    let cut = text.as_bytes()[..max_bytes].iter().rposition(u8::is_ascii_whitespace).unwrap_or(0);
    &text[..cut]
}

/// `text.rsplit_once(byte)` for an ASCII byte, found with the memchr
/// crate's vectorised memrchr: core's reverse search for a character reads
/// a word at a time, and the block checks look for the last colon of every
/// block. (An ASCII byte never stands inside a multi-byte character, so
/// both halves are whole text.)
pub(crate) fn rsplit_once_ascii(text: &str, byte: u8) -> Option<(&str, &str)> {
    debug_assert!(byte.is_ascii());
    let at = memchr::memrchr(byte, text.as_bytes())?;
    Some((&text[..at], &text[at + 1..]))
}

/// Characters that end a sentence.
pub fn is_sentence_end(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '؟' | '…' | '。')
}

/// Whether a text ends with a sentence's stop, maybe inside closing marks
/// and brackets (`….`, `“…!”`, `(…).”`), spaces after them left aside.
pub fn ends_with_stop(text: &str) -> bool {
    text.chars().rev().find(|&c| c != ' ' && !is_closer(c)).is_some_and(is_sentence_end)
}

/// Closing quotes and brackets that may follow a sentence end.
pub(crate) fn is_closer(c: char) -> bool {
    matches!(c, '»' | '”' | '"' | '\'' | '’' | ')' | ']')
}

/// Whether a character is a letter of the Arabic script (Persian's too).
pub fn is_arabic_letter(c: char) -> bool {
    ('\u{0620}'..='\u{064A}').contains(&c) || ('\u{066E}'..='\u{06D3}').contains(&c)
}

/// Abbreviations are short; looking further back for one is wasted work.
const ABBREVIATION_LOOKBACK_BYTES: usize = 32;

/// Splits a paragraph into sentences, returning byte ranges. A sentence
/// ends at `.`/`!`/`?`/`؟`/`…` (with any closing quotes) followed by a space
/// and a character that can start a sentence, or directly by an Arabic
/// letter (Persian crawls often drop the space: `داریم.توسعه`). A dot after a
/// known abbreviation (`TP.`, `TS.`) or between digits (`12.768`) does not
/// end a sentence.
pub fn sentences(text: &str, abbreviations: &[&str]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = 0;
    let quoted = quoted_ranges(text);
    let mut quotation = 0;
    let mut from = 0;
    while let Some((pos, c)) = next_sentence_end(text, from) {
        from = pos + c.len_utf8();
        // quotations are in order and apart: the first one not ended
        // before `pos` is the only one that may hold it
        while quoted.get(quotation).is_some_and(|&(_, end)| end <= pos) {
            quotation += 1;
        }
        if quoted.get(quotation).is_some_and(|&(begin, _)| begin <= pos) {
            continue;
        }
        // the run of stops and closing marks ending the sentence; a
        // straight quote that opens the next quotation is no closing mark
        // (`… đấm anh."Tôi chưa …", anh Hưng nói.`)
        let next_opening = quoted
            .get(quotation)
            .map(|&(begin, _)| begin - 1)
            .filter(|&open| text.as_bytes()[open] == b'"' && open >= from);
        let end = text[from..]
            .char_indices()
            .find(|&(k, d)| !is_sentence_end(d) && !is_closer(d) || Some(from + k) == next_opening)
            .map_or(text.len(), |(k, _)| from + k);
        if ends_sentence_at(text, start, pos, c, end, abbreviations) {
            push_trimmed(text, start, end, &mut out);
            start = end;
        }
        from = from.max(end);
    }
    push_trimmed(text, start, text.len(), &mut out);
    out
}

/// Most words of a speaker's tag set off by a dash after a quotation
/// (`- HLV Park Hang-seo nói.`); a longer run after a dash is a line of its
/// own, run into the paragraph (an interview's next question).
const DASH_TAG_MAX_WORDS: usize = 10;

/// Whether `rest`, opening with a dash, is a speaker's tag: a few words up
/// to a full stop, which ends the sentence (a question mark ends a
/// question).
fn is_dash_tag(rest: &str) -> bool {
    let tag = rest.trim_start_matches(|c: char| DASHES.contains(&c) || is_space(c));
    let Some((stop, c)) = next_sentence_end(tag, 0) else { return false };
    c == '.' && (1..=DASH_TAG_MAX_WORDS).contains(&word_count(&tag[..stop]))
}

/// Whether the stop `c` at byte `pos`, whose run of stops and closing
/// marks ends at `end`, ends the sentence that began at `start`: what
/// follows can start a sentence, and the stop is no abbreviation's dot.
fn ends_sentence_at(text: &str, start: usize, pos: usize, c: char, end: usize, abbreviations: &[&str]) -> bool {
    let boundary = match text[end..].chars().next() {
        None => true,
        Some(n) if is_space(n) => {
            let mut rest = text[end..].chars().filter(|d| !is_space(*d));
            match rest.next() {
                None => true,
                // a dash after a closed quotation, before a word in lower
                // case, tags it with its speaker (`“… lý tưởng!” - ông bức
                // xúc.`): the sentence goes on; so does a short statement
                // after it (`“… cuối cùng!” - HLV Park Hang-seo nói.`)
                Some(a) if DASHES.contains(&a) && text[pos..end].chars().any(is_closer) => {
                    !rest.next().is_some_and(char::is_lowercase) && !is_dash_tag(&text[end..])
                }
                // a question going on with `و` (and) into another, both
                // what a speaker was asked (`… صحت دارد یا خیر؟ و آیا قرار
                // است …؟، گفت`): Persian has no case to tell a new sentence
                Some('و')
                    if matches!(c, '?' | '؟')
                        && text[end..].trim_start().strip_prefix('و').is_some_and(|r| r.starts_with(is_space)) =>
                {
                    false
                }
                Some(a) => !(a.is_lowercase() || c == '.' && a.is_ascii_digit()),
            }
        }
        // a comma after the stop and its closing marks goes on with the
        // sentence (`«…؟»، اظهار کرد`, `“Vì sao?”, ông hỏi`)
        Some(',' | '،' | ';' | '؛') => false,
        // and a dash written against them, before a speaker's tag
        // (`“… đúng hướng…”- Bộ trưởng X mở đầu câu chuyện.`)
        Some(n) if DASHES.contains(&n) && text[pos..end].chars().any(is_closer) && is_dash_tag(&text[end..]) => false,
        Some(n) => {
            c != '.' && !n.is_alphanumeric()
                || opens_glued_arabic_sentence(&text[end..]) && matches!(c, '.' | '؟' | '?' | '!')
                || opens_glued_latin_sentence(&text[end..])
                    && (after_latin_word(&text[start..pos]) || after_year_or_date(&text[start..pos]))
        }
    };
    if !boundary || c != '.' {
        return boundary;
    }
    // look back a bounded distance, so a dot-heavy run without spaces
    // stays linear
    let window_start = (start.max(pos.saturating_sub(ABBREVIATION_LOOKBACK_BYTES))..=pos)
        .find(|&b| text.is_char_boundary(b))
        .unwrap_or(pos);
    // an abbreviation in brackets is one still (`(Q. Tây Hồ)`, `(TP.HCM)`)
    let before_word = text[window_start..pos]
        .rsplit(|c: char| is_space(c))
        .next()
        .unwrap_or("")
        .trim_start_matches(|c: char| !c.is_alphanumeric());
    let is_abbreviation = abbreviations.iter().any(|a| before_word.eq_ignore_ascii_case(a)) || is_initial(before_word);
    !is_abbreviation
}

/// Whether a word is one capital letter, or capitals each closed by a dot:
/// a name's initial before its dot (`Daniel J. Kritenbrink`), or the
/// initials a minor or a suspect is named by (`em N.T.H. (15 tuổi)`,
/// `cháu P.C.T. - học sinh lớp 1`), which end no sentence.
pub(crate) fn is_initial(word: &str) -> bool {
    let capital_alone = |letter: &str| {
        let mut chars = letter.chars();
        chars.next().is_some_and(char::is_uppercase) && chars.next().is_none()
    };
    // (most words before a stop are no capital and a dot: the first
    // letter's check ends them)
    match word.split_once('.') {
        None => capital_alone(word),
        Some((first, rest)) => capital_alone(first) && rest.split('.').all(capital_alone),
    }
}

/// Whether `rest`, right after a stop, opens a sentence glued on with no
/// space, as crawlers print paragraphs they join (`… làm rõ vụ việc.Theo
/// video …`, `…”, anh Hưng nói.Ông …`, `… đấm anh."Tôi …`): a word in
/// title case, a capital and then a small letter, maybe after the mark
/// that opens a quotation. Acronyms and the places abbreviated before
/// them (`TP.HCM`, `Q.Tây Hồ`) are told apart by the word before the stop
/// ([`after_latin_word`]) and the abbreviation check.
fn opens_glued_latin_sentence(rest: &str) -> bool {
    // the quotation the sentence opens with may open it
    let mut chars = rest.strip_prefix(['"', '“']).unwrap_or(rest).chars();
    chars.next().is_some_and(|first| first.is_uppercase() && is_latin_letter(first))
        && chars.next().is_some_and(|second| second.is_lowercase())
}

/// Whether `rest`, right after a stop, opens a Persian sentence glued on
/// with no space (`داریم.توسعه`), maybe with the mark opening its
/// quotation (`است."این …`, `کرد.«این …`).
fn opens_glued_arabic_sentence(rest: &str) -> bool {
    rest.strip_prefix(|c| closing_marks(c).is_some()).unwrap_or(rest).starts_with(is_arabic_letter)
}

/// Whether the text before a stop ends in a word of two letters or more
/// that is no acronym (`việc`, `Nội`, not `TP` or `Q`), or in a closing
/// quotation mark or bracket (`…”.Ông`).
fn after_latin_word(before: &str) -> bool {
    if before.ends_with(is_closer) {
        return true;
    }
    let word: Vec<char> = before.chars().rev().take_while(|c| c.is_alphabetic()).collect();
    word.len() >= 2 && word.iter().all(|c| is_latin_letter(*c)) && word.iter().any(|c| c.is_lowercase())
}

/// Whether the text before a stop ends in a number that ends sentences: a
/// year or another of two digits or more (`… năm 2024.Ông …`), or a date's
/// last part (`… tháng 12.2024.Ông …`, `… ngày 19.1.Truyền …`). A lone
/// digit after a space numbers a list's item (`1.Giới thiệu`).
fn after_year_or_date(before: &str) -> bool {
    let digits = before.bytes().rev().take_while(u8::is_ascii_digit).count();
    let before_digits = before.len().checked_sub(digits + 1).map(|k| before.as_bytes()[k]);
    digits >= 2 || digits == 1 && matches!(before_digits, Some(b'.' | b'/' | b'-'))
}

/// The next sentence-ending character at or after byte `from` (a
/// character boundary): `.` `!` `?` `؟` `…` `。`. Found with memchr, which
/// skips many bytes at a time: the ASCII marks by their byte, then the
/// others before the first of those by their last byte (`0x9F`, `0xA6`,
/// `0x82`), whose bytes before it are checked. A byte loop would stop at
/// every Persian letter sharing `؟`'s lead byte.
fn next_sentence_end(text: &str, from: usize) -> Option<(usize, char)> {
    let rest = text.as_bytes().get(from..)?;
    let ascii = memchr::memchr3(b'.', b'!', b'?', rest);
    let before_ascii = &rest[..ascii.unwrap_or(rest.len())];
    let mut k = 0;
    while let Some(j) = memchr::memchr3(0x9F, 0xA6, 0x82, &before_ascii[k..]) {
        let last = k + j;
        // where the mark of `len` bytes ending here starts, if the bytes
        // before its last are `before`
        let start = |len: usize, before: &[u8]| last.checked_sub(len - 1).filter(|&at| rest[at..last] == *before);
        let mark = match rest[last] {
            0x9F => start(2, &[0xD8]).map(|at| (at, '؟')),
            0xA6 => start(3, &[0xE2, 0x80]).map(|at| (at, '…')),
            _ => start(3, &[0xE3, 0x80]).map(|at| (at, '。')),
        };
        if let Some((start, c)) = mark {
            return Some((from + start, c));
        }
        k = last + 1;
    }
    ascii.map(|i| (from + i, char::from(rest[i])))
}

/// Each mark that opens a quotation, with the marks that close it, its own
/// first: writers mix straight and curly marks (`"…”`), so either closes.
const QUOTATION_PAIRS: [(char, &[char]); 3] = [('“', &['”', '"']), ('«', &['»']), ('"', &['"', '”'])];

/// The marks that close a quotation the mark `opening` opens, if it opens
/// one.
pub(crate) fn closing_marks(opening: char) -> Option<&'static [char]> {
    QUOTATION_PAIRS.iter().find(|(open, _)| *open == opening).map(|(_, closes)| *closes)
}

/// Whether a token is a mark that opens a quotation (`“`, `«`, `"`).
pub(crate) fn is_opening_mark(token: &str) -> bool {
    let mut chars = token.chars();
    chars.next().is_some_and(|mark| chars.next().is_none() && closing_marks(mark).is_some())
}

/// The token that closes the quotation the token at `open` opens, if it
/// is an opening mark (`"`, `«`, `“`) and one of its closing marks follows
/// before `to`.
pub(crate) fn closing_token(tokens: &[Token], open: usize, to: usize) -> Option<usize> {
    closing_tokens_before(tokens, open, to).next()
}

/// Every token that may close the quotation the token at `open` opens, in
/// order: a quotation nested inside may close on the first
/// (`"… tinh thần “7 dám” …"`).
pub(crate) fn closing_tokens<'t>(tokens: &'t [Token], open: usize) -> impl Iterator<Item = usize> + 't {
    closing_tokens_before(tokens, open, tokens.len())
}

/// [`closing_tokens`] before the token at `to`. A token that opens no
/// quotation has none, and the tokens after it are not read.
fn closing_tokens_before<'t>(tokens: &'t [Token], open: usize, to: usize) -> impl Iterator<Item = usize> + 't {
    let mark = |k: usize| {
        let mut chars = tokens[k].folded.chars();
        chars.next().filter(|_| chars.next().is_none())
    };
    let closes = (open < tokens.len()).then(|| mark(open)).flatten().and_then(closing_marks).unwrap_or(&[]);
    let end = if closes.is_empty() { open + 1 } else { to.min(tokens.len()) };
    (open + 1..end).filter(move |&k| mark(k).is_some_and(|c| closes.contains(&c)))
}

/// The mark that opens, in the same style, the quotation the mark `closing`
/// closes (`«` for `»`, `“` for `”`), if it closes one.
pub(crate) fn opening_mark(closing: char) -> Option<char> {
    QUOTATION_PAIRS.iter().find(|(_, closes)| closes[0] == closing).map(|(open, _)| *open)
}

/// Longest quotation kept in one sentence, in characters: a quoted speech
/// of several sentences stays with its attribution (`"… . …", chị Vân
/// nói.`), but an unbalanced quote mark must not swallow a whole page.
const QUOTATION_MAX_CHARS: usize = 1_500;

/// The byte ranges inside balanced quotation marks (“…”, «…», "…"), where
/// a full stop does not end the sentence; in order, apart from each other.
/// A stop right before the closing mark is left out of the range: it ends
/// the quotation's last sentence together with the mark.
pub(crate) fn quoted_ranges(text: &str) -> Vec<(usize, usize)> {
    let mut ranges = Vec::new();
    let mut from = 0;
    // opening marks start with `"`, 0xE2 (`“`) or 0xC2 (`«`)
    while let Some(found) = text.as_bytes().get(from..).and_then(|rest| memchr::memchr3(b'"', 0xE2, 0xC2, rest)) {
        let open = from + found;
        from = open + 1;
        let Some(c) = text.get(open..).and_then(|rest| rest.chars().next()) else { continue };
        let inside_start = open + c.len_utf8();
        let closes = match closing_marks(c) {
            // a straight quote followed by a space closes a quotation, it
            // cannot open one: skipping it keeps an odd count of them (a
            // site's `"section"name"` prefix) from pairing the rest wrongly
            Some(_) if c == '"' && text[inside_start..].chars().next().is_none_or(is_space) => continue,
            Some(closes) => closes,
            None => continue,
        };
        // the closing mark among the next QUOTATION_MAX_CHARS - 1
        // characters, and the character before it; a quotation inside it
        // opened by the same curly mark (`“… in “đường lưỡi bò”. Đây là …”`)
        // is closed first
        let mut before_close = None;
        let mut nested = 0usize;
        for (at, d) in text[inside_start..].char_indices().take(QUOTATION_MAX_CHARS - 1) {
            if d == c && c != '"' {
                nested += 1;
            } else if closes.contains(&d) && nested > 0 {
                nested -= 1;
            } else if closes.contains(&d) {
                if let Some(inside_end) = before_close.filter(|&b| b > inside_start) {
                    ranges.push((inside_start, inside_end));
                }
                from = inside_start + at + d.len_utf8();
                break;
            }
            before_close = Some(inside_start + at);
        }
    }
    ranges
}

fn push_trimmed(text: &str, start: usize, end: usize, out: &mut Vec<(usize, usize)>) {
    let slice = &text[start..end];
    let lead = slice.len() - slice.trim_start_matches(is_space).len();
    let trail = slice.len() - slice.trim_end_matches(is_space).len();
    if start + lead < end - trail {
        out.push((start + lead, end - trail));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fast_paths_agree_with_the_unicode_tables() {
        for c in ('\0'..='\u{FFFF}').chain('\u{10000}'..='\u{1FFFF}') {
            let general = c.is_alphanumeric()
                || matches!(c, '\u{200C}' | '\u{200D}' | '\u{0670}')
                || ('\u{064B}'..='\u{065F}').contains(&c)
                || ('\u{0300}'..='\u{036F}').contains(&c);
            assert_eq!(is_word_char(c), general, "is_word_char({c:?} U+{:04X})", c as u32);
            let latin = c.is_alphabetic()
                && (c.is_ascii() || ('\u{00C0}'..='\u{024F}').contains(&c) || ('\u{1E00}'..='\u{1EFF}').contains(&c));
            assert_eq!(is_latin_letter(c), latin, "is_latin_letter({c:?} U+{:04X})", c as u32);
            assert_eq!(is_space(c), c.is_whitespace() || c == '\u{200B}' || c == '\u{FEFF}', "is_space({c:?})");
            if c.is_ascii() {
                let mut folded = String::new();
                fold_char(c, &mut folded);
                assert_eq!(folded, c.to_lowercase().collect::<String>(), "fold_char({c:?})");
            }
            let (mut fast, mut general) = (String::new(), String::new());
            fold_char(c, &mut fast);
            if !c.is_ascii() {
                fold_char_general(c, &mut general);
                assert_eq!(fast, general, "fold_char(U+{:04X})", c as u32);
            }
            assert_eq!(folds_to_itself(c), fast == c.to_string(), "folds_to_itself(U+{:04X})", c as u32);
            let mut utf8 = [0u8; 4];
            if let [lead, second] = *c.encode_utf8(&mut utf8).as_bytes() {
                assert_eq!(two_byte_folds_to_itself(lead, second), folds_to_itself(c), "U+{:04X}", c as u32);
            }
            // a token's fold is the fold of its text, after `o` too
            // (old-style tone placement)
            for word in [format!("Ab{c}"), format!("ab{c}"), format!("o{c}"), format!("u{c}x")] {
                for token in tokenize(&word) {
                    assert_eq!(token.folded, fold(&word[token.start..token.end]), "token of {word:?}");
                }
            }
            // the byte scan finds the same characters
            assert_eq!(fold(&format!("Aa{c}Ñ")), format!("aa{fast}ñ"), "fold of U+{:04X} in a word", c as u32);
            // folding skips case mapping in the Arabic block
            if ('\u{0600}'..='\u{06FF}').contains(&c) {
                assert!(!c.is_uppercase() && c.to_lowercase().eq([c]), "{c:?} has case");
            }
        }
    }

    #[test]
    fn character_kinds_agree_with_the_character_rules() {
        for c in ('\0'..='\u{FFFF}').chain('\u{10000}'..='\u{1FFFF}') {
            let kind = char_kind(c);
            assert_eq!(kind == CharKind::Space, is_space(c), "U+{:04X}", c as u32);
            assert_eq!(kind == CharKind::Word, is_word_char(c), "U+{:04X}", c as u32);
            assert_eq!(kind == CharKind::Joiner, is_joiner(c) && !is_word_char(c), "U+{:04X}", c as u32);
            if c.is_ascii() {
                assert_eq!(ASCII_KINDS[c as usize], kind, "U+{:04X}", c as u32);
            }
            if ('\u{0600}'..='\u{06FF}').contains(&c) {
                assert_eq!(ARABIC_KINDS[c as usize - 0x0600], kind, "U+{:04X}", c as u32);
            }
            let alone = c.to_string();
            assert_eq!(kind_at(&alone, 0), Some((kind, c.len_utf8())), "kind_at U+{:04X}", c as u32);
            // the byte reading of word_count counts as the character rules do
            let counted_by_characters = |text: &str| {
                let (mut count, mut in_word) = (0, false);
                for c in text.chars() {
                    if is_word_char(c) {
                        count += usize::from(!in_word);
                        in_word = true;
                    } else if !(in_word && is_joiner(c)) {
                        in_word = false;
                    }
                }
                count
            };
            for text in [format!("a{c}b {c}"), format!("{c}{c}-x"), format!("x.{c} y")] {
                assert_eq!(word_count(&text), counted_by_characters(&text), "word_count({text:?})");
            }
        }
    }

    #[test]
    fn the_collapsed_check_agrees_with_collapsing() {
        let slow = |text: &str| text.split(is_space).filter(|p| !p.is_empty()).collect::<Vec<_>>().join(" ");
        for c in ('\0'..='\u{FFFF}').chain(['\u{1F600}']) {
            for text in [format!("a{c}b"), format!("{c}"), format!("x {c}"), format!("{c} y"), format!("a {c} b")] {
                if is_collapsed(&text) {
                    assert_eq!(slow(&text), text, "U+{:04X} in {text:?}", c as u32);
                }
                assert_eq!(collapse_whitespace(&text), slow(&text), "U+{:04X}", c as u32);
            }
        }
        // the vectorised searches find what a byte-by-byte reading finds
        for c in ('\0'..='\u{FFFF}').chain(['\u{1F600}']) {
            for text in [format!("a{c}b"), format!("{c}"), format!("ư {c}{c} ờ"), format!("«{c}» “{c}”")] {
                let bytes = text.as_bytes();
                assert_eq!(clean_by_search(bytes), clean_by_bytes(bytes), "U+{:04X} in {text:?}", c as u32);
            }
        }
        assert!(is_collapsed("Xin chào‌ بیمارستان‌ها 12"));
        assert!(!is_collapsed("a  b") && !is_collapsed(" a") && !is_collapsed("a\u{00A0}b"));
    }

    #[test]
    fn fold_unifies_persian_spellings() {
        assert_eq!(fold("رئيس"), fold("رییس"));
        assert_eq!(fold("كد خبر"), "کد خبر");
        assert_eq!(fold("می‌گوید"), "میگوید");
        assert_eq!(fold("تأکید"), fold("تاکید"));
        assert_eq!(fold("۱۴۰۴/۰۸/۱۵"), "1404/08/15");
        assert_eq!(fold("١٢"), "12");
    }

    #[test]
    fn fold_reads_the_eth_some_sites_print_as_d_with_stroke() {
        assert_eq!(fold("ÐBQH Ðà Nẵng ðại"), fold("ĐBQH Đà Nẵng đại"));
    }

    #[test]
    fn fold_unifies_vietnamese_tone_placement_and_case() {
        assert_eq!(fold("Uỷ viên"), fold("ủy viên"));
        assert_eq!(fold("Hoà Bình"), "hòa bình");
        // inside a syllable the two styles agree, so nothing moves
        assert_eq!(fold("hoàng"), "hoàng");
        // a whole block, searched with memchr: every old-style syllable moves
        let block = "Ông Nguyễn Văn Hoà, Uỷ viên Ban Thường vụ, cho biết thuỷ lợi ở Khánh Hoà đã hoàn thành, hoà vốn.";
        let expected =
            "ông nguyễn văn hòa, ủy viên ban thường vụ, cho biết thủy lợi ở khánh hòa đã hoàn thành, hòa vốn.";
        assert!(block.len() >= MEMCHR_MIN_BYTES);
        assert_eq!(fold(block), expected);
    }

    #[test]
    fn old_style_tone_vowels_have_the_lead_bytes_the_fold_looks_for() {
        // moved_vietnamese_tones turns a candidate away by its vowel's lead byte
        for (old, _) in VI_TONE_MOVES {
            let vowel = &old.as_bytes()[1..];
            assert!(matches!(vowel, [0xC3, _] | [0xE1, _, _]), "{old}");
        }
        // a syllable end before punctuation, a space or the text's end moves
        assert_eq!(fold("thuỷ."), "thủy.");
        assert_eq!(fold("Khánh Hoà"), "khánh hòa");
        assert_eq!(fold("hoà, uý"), "hòa, úy");
        // a letter after the vowel keeps the syllable as it is
        assert_eq!(fold("hoàn thuỷt"), "hoàn thuỷt");
    }

    #[test]
    fn a_stop_inside_closing_marks_ends_the_text() {
        for ended in ["Xong.", "“Vì sao?” ", "(…).”", "گفت: «بله.»"] {
            assert!(ends_with_stop(ended), "{ended}");
        }
        for open in ["\"Dịp để nhìn nhận lại giá trị Việt Nam\"", "Ảnh: TTXVN", ""] {
            assert!(!ends_with_stop(open), "{open}");
        }
    }

    #[test]
    fn collapse_whitespace_trims_and_joins() {
        assert_eq!(collapse_whitespace("  a \u{00A0}\t b\n"), "a b");
        assert_eq!(collapse_whitespace(" \u{200B} "), "");
    }

    #[test]
    fn ascii_digits_converts_both_scripts() {
        assert_eq!(ascii_digits("کد ۲۲۷ و ١٩"), "کد 227 و 19");
    }

    #[test]
    fn tokenize_keeps_abbreviation_chains_and_offsets() {
        let text = "PGS.TS.BS Trần, 42-CT/TU, Bộ TT&TT & R & D.";
        let tokens = tokenize(text);
        let words: Vec<&str> = tokens.iter().map(|t| &text[t.start..t.end]).collect();
        assert_eq!(words, ["PGS.TS.BS", "Trần", ",", "42-CT/TU", ",", "Bộ", "TT&TT", "&", "R", "&", "D", "."]);
        assert_eq!(tokens[0].folded, "pgs.ts.bs");
        assert_eq!(word_count(text), 7);
    }

    #[test]
    fn tokenize_keeps_zwnj_words_whole() {
        let tokens = tokenize("بیمارستان‌های دولتی");
        assert_eq!(tokens.len(), 2);
        assert_eq!(tokens[0].folded, "بیمارستانهای");
    }

    #[test]
    fn punctuation_between_capitalised_vietnamese_syllables_joins_no_word() {
        let sources = |text| tokenize(text).iter().map(|t| &text[t.start..t.end]).collect::<Vec<_>>();
        assert_eq!(sources("Thành Tâm-Uỷ viên"), ["Thành", "Tâm", "-", "Uỷ", "viên"]);
        assert_eq!(sources("tỉnh Bà Rịa-Vũng Tàu"), ["tỉnh", "Bà", "Rịa", "-", "Vũng", "Tàu"]);
        assert_eq!(sources("Trà Vinh.Ông"), ["Trà", "Vinh", ".", "Ông"]);
        // a hyphen inside a foreign name, a Korean given name, a code or
        // a people's name in lower case joins one word
        for word in ["Hang-Seo", "Hang-seo", "Jean-Pierre", "COVID-19", "NĐ-CP", "Ê-đê", "Timor-Leste", "TP.Hồ"] {
            assert_eq!(sources(word), [word]);
        }
    }

    #[test]
    fn tokens_fold_like_fold() {
        // the scan that lets a word skip folding must let through only words
        // folding keeps: every character, after `o`, `u` and capitals, alone
        // and inside words
        let vowels = ["à", "ả", "ý", "ỵ", "ư", "ơ"];
        for c in ('\0'..='\u{2FFF}').chain('\u{FB50}'..='\u{FEFF}') {
            let text = format!(
                "{c} o{c} u{c} ho{c}n a{c}b A{c} ک{c}ی {c}ي x{c}.y {}",
                vowels.map(|v| format!("o{v}{c}")).join(" ")
            );
            for token in tokenize(&text) {
                let source = &text[token.start..token.end];
                assert_eq!(token.folded, fold(source), "token {source:?} of U+{:04X}", c as u32);
            }
        }
    }

    #[test]
    fn words_cut_like_tokenize() {
        let text = "pgs.ts.bs trần, 42-ct/tu. بیمارستان\u{200C}های";
        let from_tokens: Vec<String> =
            tokenize(text).into_iter().filter(|t| t.is_word).map(|t| text[t.start..t.end].to_owned()).collect();
        assert_eq!(words(text).collect::<Vec<_>>(), from_tokens);
    }

    #[test]
    fn a_texts_head_is_cut_between_words_and_tokenizes_as_its_start() {
        let text = "Theo ông Nguyễn Văn An, TP.Hồ Chí Minh sẽ tăng cường kiểm tra.";
        assert_eq!(head(text, 1_000), text);
        for max in 0..text.len() {
            let cut = head(text, max);
            assert!(cut.len() <= max && text.starts_with(cut), "{max}");
            assert!(text[cut.len()..].starts_with(' ') || cut.is_empty(), "{max}: {cut:?}");
            let (whole, start) = (tokenize(text), tokenize(cut));
            let same = |a: &Token, b: &Token| (a.start, a.end, &a.folded) == (b.start, b.end, &b.folded);
            assert!(start.iter().zip(&whole).all(|(a, b)| same(a, b)), "{max}: {cut:?}");
        }
        assert_eq!(head(&"x".repeat(50), 10), "");
    }

    #[test]
    fn rsplit_once_ascii_splits_where_rsplit_once_does() {
        for text in ["", ":", "a:b:c", "Hôm nay : 56", "بازدید: ۱۲۳۴", "ẢNH: ĐỖ TRƯỜNG", "no colon", "đ:", ":đ"]
        {
            assert_eq!(rsplit_once_ascii(text, b':'), text.rsplit_once(':'), "{text:?}");
            assert_eq!(rsplit_once_ascii(text, b'('), text.rsplit_once('('), "{text:?}");
        }
    }

    #[test]
    fn has_words_agrees_with_word_count() {
        for text in ["Tin, ảnh: Trung Thành", "| ۱۳:۱۴:۰۱", "• :", "", "a-b c", "một hai ba bốn năm sáu"]
        {
            for min in 0..8 {
                assert_eq!(has_words(text, min), word_count(text) >= min, "{text:?} {min}");
            }
        }
    }

    #[test]
    fn word_count_counts_words_not_punctuation() {
        assert_eq!(word_count("Tin, ảnh: Trung Thành"), 4);
        assert_eq!(word_count("| ۱۳:۱۴:۰۱"), 3);
        assert_eq!(word_count("• :"), 0);
    }

    #[test]
    fn the_next_sentence_end_is_the_first_mark_a_byte_loop_finds() {
        // the byte loop this function was written as first
        fn by_bytes(text: &str, from: usize) -> Option<(usize, char)> {
            let bytes = text.as_bytes();
            let mut i = from;
            while let Some(&b) = bytes.get(i) {
                match b {
                    b'.' | b'!' | b'?' => return Some((i, char::from(b))),
                    0xD8 if bytes.get(i + 1) == Some(&0x9F) => return Some((i, '؟')),
                    0xE2 if bytes.get(i + 1..i + 3) == Some(&[0x80, 0xA6]) => return Some((i, '…')),
                    0xE3 if bytes.get(i + 1..i + 3) == Some(&[0x80, 0x82]) => return Some((i, '。')),
                    _ => i += 1,
                }
            }
            None
        }
        let texts = [
            "ở đâu? Ông ấy nói… rồi đi.",
            "چرا قیمت‌ها بالا رفت؟ وزیر گفت ئ ق ۟ …",
            "東京。次",
            "no mark at all ở ق ئ",
            "‚ ¦ ‟ x",
            "…?!.",
            "",
        ];
        for text in texts {
            for from in (0..=text.len() + 1).filter(|&i| i > text.len() || text.is_char_boundary(i)) {
                assert_eq!(next_sentence_end(text, from), by_bytes(text, from), "{text:?} {from}");
            }
        }
    }

    fn split<'a>(text: &'a str, abbreviations: &[&str]) -> Vec<&'a str> {
        sentences(text, abbreviations).into_iter().map(|(s, e)| &text[s..e]).collect()
    }

    // The sentence splitter as it was written first, over a vector of
    // characters: the byte-scanning one must find the same stops and
    // quotations, and so cut every text the same way.
    fn reference_sentences(text: &str, abbreviations: &[&str]) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        let mut start = 0;
        let chars: Vec<(usize, char)> = text.char_indices().collect();
        let quoted = reference_quoted_spans(&chars);
        let mut i = 0;
        while i < chars.len() {
            let (pos, c) = chars[i];
            if !is_sentence_end(c) || quoted[i] {
                i += 1;
                continue;
            }
            let mut j = i + 1;
            let opens_quotation = |j: usize| chars[j].1 == '"' && quoted.get(j + 1).is_some_and(|&q| q);
            while j < chars.len() && (is_sentence_end(chars[j].1) || is_closer(chars[j].1)) && !opens_quotation(j) {
                j += 1;
            }
            let end = chars.get(j).map_or(text.len(), |&(b, _)| b);
            // the cut itself is decided by the same rule: what is checked
            // here is finding the stops and the quotations around them
            if ends_sentence_at(text, start, pos, c, end, abbreviations) {
                push_trimmed(text, start, end, &mut out);
                start = end;
            }
            i = j.max(i + 1);
        }
        push_trimmed(text, start, text.len(), &mut out);
        out
    }

    /// Marks the characters inside balanced quotation marks (“…”, «…», "…"),
    /// where a full stop does not end the sentence.
    fn reference_quoted_spans(chars: &[(usize, char)]) -> Vec<bool> {
        let mut inside = vec![false; chars.len()];
        let mut i = 0;
        while i < chars.len() {
            // writers mix straight and curly marks (`"…”`), so either closes
            let closes: &[char] = match chars[i].1 {
                '“' => &['”', '"'],
                '«' => &['»'],
                // a straight quote followed by a space closes a quotation, it
                // cannot open one: skipping it keeps an odd count of them (a
                // site's `"section"name"` prefix) from pairing the rest wrongly
                '"' if chars.get(i + 1).is_some_and(|&(_, next)| !is_space(next)) => &['"', '”'],
                _ => {
                    i += 1;
                    continue;
                }
            };
            // a quotation inside opened by the same curly mark closes first
            let opening = chars[i].1;
            let mut nested = 0;
            let end = (i + 1..chars.len().min(i + QUOTATION_MAX_CHARS)).find(|&j| {
                let c = chars[j].1;
                if c == opening && opening != '"' {
                    nested += 1;
                } else if closes.contains(&c) && nested > 0 {
                    nested -= 1;
                } else {
                    return closes.contains(&c);
                }
                false
            });
            match end {
                Some(j) => {
                    // a stop right before the closing mark still ends the quote's
                    // last sentence together with the mark
                    for flag in &mut inside[i + 1..j.saturating_sub(1).max(i + 1)] {
                        *flag = true;
                    }
                    i = j + 1;
                }
                None => i += 1,
            }
        }
        inside
    }

    #[test]
    fn sentences_cut_like_the_character_splitter() {
        const PIECES: [&str; 24] = [
            "a", "Bố", " ", " ", ".", ".", "!", "?", "؟", "…", "“", "”", "«", "»", "\"", "'", ")", "ب", "1", "TP",
            "ông", "\u{00A0}", "。", "x.y",
        ];
        let abbreviations = ["TP", "ThS"];
        // a fixed linear congruential sequence: the same texts every run
        let mut state: u64 = 0x2545_F491_4F6C_DD1D;
        for _ in 0..20_000 {
            let mut text = String::new();
            state = state.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
            let len = (state >> 58) as usize + 1;
            for _ in 0..len {
                state = state.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
                text.push_str(PIECES[(state >> 33) as usize % PIECES.len()]);
            }
            assert_eq!(sentences(&text, &abbreviations), reference_sentences(&text, &abbreviations), "{text:?}");
        }
        // a quotation longer than the limit, closed and unclosed
        let long = format!("“{}. Câu hai.” Ông nói. «{}. Hết", "chữ ".repeat(400), "ب ".repeat(800));
        assert_eq!(sentences(&long, &[]), reference_sentences(&long, &[]));
    }

    #[test]
    fn a_question_may_end_inside_quotation_marks() {
        // (or brackets: the closers a sentence end may stand before)
        for question in
            ["Khi nào xong?", "“Khi nào xong?”", "آیا برق قطع می‌شود؟ ", "«آیا برق قطع می‌شود؟» ", "(Khi nào xong?)"]
        {
            assert!(is_question(question), "{question}");
        }
        for statement in ["Khi nào xong.", "Hỏi: “Khi nào xong?” rồi đi.", "?!"] {
            assert!(!is_question(statement), "{statement}");
        }
    }

    #[test]
    fn sentences_split_on_terminal_punctuation() {
        assert_eq!(split("Một câu. Hai câu! Ba?", &[]), ["Một câu.", "Hai câu!", "Ba?"]);
        assert_eq!(split("این است. آن است؟ بله", &[]), ["این است.", "آن است؟", "بله"]);
    }

    #[test]
    fn sentences_do_not_split_inside_a_quotation_holding_another() {
        let text = "“Họ mặc áo in “bản đồ sai”. Đây là việc có tổ chức”, ông Hải nói. Sau đó ông rời đi.";
        let parts: Vec<&str> = sentences(text, &[]).into_iter().map(|(s, e)| &text[s..e]).collect();
        assert_eq!(parts, ["“Họ mặc áo in “bản đồ sai”. Đây là việc có tổ chức”, ông Hải nói.", "Sau đó ông rời đi."]);
    }

    #[test]
    fn sentences_keep_numbers_abbreviations_and_initials() {
        assert_eq!(split("Thủ thuật 12.768 ca. Xong.", &[]), ["Thủ thuật 12.768 ca.", "Xong."]);
        assert_eq!(split("Tại TP. Hồ Chí Minh hôm nay.", &["TP"]), ["Tại TP. Hồ Chí Minh hôm nay."]);
        assert_eq!(split("Ông A. Smith nói.", &[]), ["Ông A. Smith nói."]);
        assert_eq!(split("Em N.T.H. (15 tuổi) bị đánh.", &[]), ["Em N.T.H. (15 tuổi) bị đánh."]);
        assert_eq!(split("Cháu P.C.T. - học sinh lớp 1 - bị đánh.", &[]), ["Cháu P.C.T. - học sinh lớp 1 - bị đánh."]);
        // a word with a dot inside is no run of initials
        assert_eq!(split("Ở TP.HCM. (Ảnh) Xong.", &[]), ["Ở TP.HCM.", "(Ảnh) Xong."]);
    }

    #[test]
    fn an_abbreviations_dot_stays_in_its_word_when_the_sentence_goes_on() {
        let words = |text: &str| -> Vec<String> {
            tokenize_keeping_abbreviations(text, &["PGS", "TP", "TS"]).iter().map(|t| t.folded.to_string()).collect()
        };
        assert_eq!(words("UBND TP. Hồ Chí Minh"), ["ubnd", "tp.", "hồ", "chí", "minh"]);
        assert_eq!(words("PGS. TS. Nguyễn An"), ["pgs.", "ts.", "nguyễn", "an"]);
        // no abbreviation, a sentence's end, a lower-case word after it, a
        // space before the dot: the dot is punctuation
        assert_eq!(words("Ông An. Smith"), ["ông", "an", ".", "smith"]);
        // an initial keeps its dot, as `sentences` reads it
        assert_eq!(words("Daniel J. Kritenbrink"), ["daniel", "j.", "kritenbrink"]);
        assert_eq!(words("ở TP."), ["ở", "tp", "."]);
        assert_eq!(words("ở TP. và"), ["ở", "tp", ".", "và"]);
        assert_eq!(words("TP . Huế"), ["tp", ".", "huế"]);
        // the token's range takes the dot in
        let text = "tại TP. Huế";
        let tokens = tokenize_keeping_abbreviations(text, &["TP"]);
        assert_eq!(&text[tokens[1].start..tokens[1].end], "TP.");
    }

    #[test]
    fn sentences_split_where_a_crawler_glued_latin_paragraphs() {
        assert_eq!(
            split("để làm rõ vụ việc.Theo video lan truyền. Ở Hà Nội.Sáng nay mưa.", &["TP"]),
            ["để làm rõ vụ việc.", "Theo video lan truyền.", "Ở Hà Nội.", "Sáng nay mưa."]
        );
        assert_eq!(split("\"Chưa ai xin lỗi\", anh Hưng nói.Ông Nam cho biết.", &[]).len(), 2);
        assert_eq!(split("Anh Hưng (31 tuổi).Ông Nam", &[]), ["Anh Hưng (31 tuổi).", "Ông Nam"]);
        // the straight quote after the stop opens the next sentence's quotation
        assert_eq!(
            split("rồi đánh anh.\"Tôi chưa nhận được lời xin lỗi\", anh Hưng nói.", &[]),
            ["rồi đánh anh.", "\"Tôi chưa nhận được lời xin lỗi\", anh Hưng nói."]
        );
        // acronyms, abbreviated places and web addresses go on
        for text in
            ["Tại TP.HCM hôm nay", "Phường Yên Phụ (Q.Tây Hồ) hôm nay", "ở Tp.Thủ Đức", "trên vnexpress.net hôm nay"]
        {
            assert_eq!(split(text, &["TP", "Tp"]), [text]);
        }
        // an abbreviation in brackets is one too
        assert_eq!(split("Phường Yên Phụ (Q. Tây Hồ) hôm nay", &["Q"]).len(), 1);
        // a year or a date's last part ends the sentence before; a lone
        // digit numbering an item does not
        assert_eq!(
            split("từ đầu tháng 12.2024.Ông Singh cho biết. Đến ngày 19.1.Truyền thông đưa tin.", &[]),
            ["từ đầu tháng 12.2024.", "Ông Singh cho biết.", "Đến ngày 19.1.", "Truyền thông đưa tin."]
        );
        assert_eq!(split("trong năm 2024.Ông Nam cho biết.", &[]).len(), 2);
        assert_eq!(split("Mục lục 1.Giới thiệu chung", &[]).len(), 1);
    }

    #[test]
    fn sentences_split_persian_without_space_after_dot() {
        assert_eq!(split("کمتر داریم.توسعه فضای", &[]), ["کمتر داریم.", "توسعه فضای"]);
        // and after a question or an exclamation mark, Persian's or ASCII's
        assert_eq!(split("چه می خواهید؟بن سلمان افزود", &[]), ["چه می خواهید؟", "بن سلمان افزود"]);
        assert_eq!(split("چه می خواهید?بن سلمان افزود", &[]), ["چه می خواهید?", "بن سلمان افزود"]);
        assert_eq!(split("چه خوب!ترامپ گفت", &[]), ["چه خوب!", "ترامپ گفت"]);
        // and before the mark opening a quotation glued on too
        assert_eq!(
            split("تقسیم می شود.\"این یعنی خطر.\" ارتش گفت", &[]),
            ["تقسیم می شود.", "\"این یعنی خطر.\"", "ارتش گفت"]
        );
        assert_eq!(split("خبر داد.«این یعنی خطر» ارتش گفت", &[]), ["خبر داد.", "«این یعنی خطر» ارتش گفت"]);
        // a closing mark glued to the word after it is no opening one: the
        // quotation ends where it ends with a space after it
        for after in ["\"ارتش", "\" ارتش"] {
            assert_eq!(split(&format!("\"این یعنی خطر.{after} گفت"), &[]), ["\"این یعنی خطر.\"", "ارتش گفت"]);
        }
    }

    #[test]
    fn a_question_going_on_with_and_is_one_sentence() {
        let asked =
            "در پاسخ به پرسشی مبنی بر اینکه این خبر صحت دارد یا خیر؟ و آیا قرار است قیمت افزایش پیدا کند؟، گفت: خیر.";
        assert_eq!(split(asked, &[]), [asked]);
        // a word opening with the letter is no `و` (`وزیر …`), nor is a
        // full stop's sentence after it
        assert_eq!(split("آیا قیمت افزایش می‌یابد؟ وزیر گفت: خیر.", &[]), ["آیا قیمت افزایش می‌یابد؟", "وزیر گفت: خیر."]);
        assert_eq!(
            split("قیمت افزایش نمی‌یابد. و این خبر درست نیست.", &[]),
            ["قیمت افزایش نمی‌یابد.", "و این خبر درست نیست."]
        );
    }

    #[test]
    fn sentences_do_not_split_inside_a_quotation() {
        let text = "\"Giá hoa tăng. Năm nay khó hơn\", chị Vân nói. Sau đó đi.";
        assert_eq!(split(text, &[]), ["\"Giá hoa tăng. Năm nay khó hơn\", chị Vân nói.", "Sau đó đi."]);
        assert_eq!(split("وی گفت: «این مهم است. آن هم.» سپس رفت.", &[]), ["وی گفت: «این مهم است. آن هم.»", "سپس رفت."]);
        // a question quoted before a comma: the sentence goes on
        assert_eq!(split("“Vì sao?”, ông hỏi. Sau đó đi.", &[]), ["“Vì sao?”, ông hỏi.", "Sau đó đi."]);
        assert_eq!(split("وقتی پرسید «چرا؟»، گفت: نمی‌دانم.", &[]), ["وقتی پرسید «چرا؟»، گفت: نمی‌دانم."]);
        // so does one a dash tags with its speaker, in lower case
        assert_eq!(
            split("“Rẻ quá! Không được.” - ông bức xúc. Sau đó đi.", &[]),
            ["“Rẻ quá! Không được.” - ông bức xúc.", "Sau đó đi."]
        );
        // … or a short tag in capitals, up to a full stop, written with
        // or without a space before the dash
        assert_eq!(
            split("“Rẻ quá!” - HLV Park Hang-seo nói. Sau đó.", &[]),
            ["“Rẻ quá!” - HLV Park Hang-seo nói.", "Sau đó."]
        );
        assert_eq!(
            split("“Đúng hướng…”- Bộ trưởng Dung mở đầu câu chuyện. Sau đó.", &[]),
            ["“Đúng hướng…”- Bộ trưởng Dung mở đầu câu chuyện.", "Sau đó."]
        );
        // an interview's next question run into the line, or a long line
        // after the dash, is a sentence of its own
        assert_eq!(split("“Rẻ quá.” - Ông nghĩ sao? Sau đó.", &[]), ["“Rẻ quá.”", "- Ông nghĩ sao?", "Sau đó."]);
        let long = "- Ông Nam đi chợ từ sáng sớm và mua rất nhiều rau củ quả cho cả gia đình.";
        assert_eq!(split(&format!("“Rẻ quá.” {long}"), &[]), ["“Rẻ quá.”", long]);
        // an unbalanced mark changes nothing
        assert_eq!(split("Ông nói \"một. Hai.", &[]), ["Ông nói \"một.", "Hai."]);
        // an odd number of straight quotes in a site's prefix: the one before
        // a space closes, so the next pair is still read right
        let text = "سایت\"سرویس\"خبرها\" فرمانده از بخش \"زارچ\" خبر داد. سرهنگ \"منوچهر نصیری\"اظهار کرد: شد.";
        assert_eq!(
            split(text, &[]),
            ["سایت\"سرویس\"خبرها\" فرمانده از بخش \"زارچ\" خبر داد.", "سرهنگ \"منوچهر نصیری\"اظهار کرد: شد."]
        );
    }

    #[test]
    fn a_straight_quote_may_be_closed_by_a_curly_one() {
        let text = "Ông nói: \"Tốt. Rất tốt.” Sau đó ông đi. Bà nói: \"Vâng.\"";
        assert_eq!(split(text, &[]), ["Ông nói: \"Tốt. Rất tốt.”", "Sau đó ông đi.", "Bà nói: \"Vâng.\""]);
    }

    #[test]
    fn a_lines_bullet_is_measured_with_the_spaces_after_it() {
        for (line, rest) in [
            ("🔹مدیرکل گفت", "مدیرکل گفت"),
            ("▪️ وی افزود", "وی افزود"),
            ("• Ông An cho biết", "Ông An cho biết"),
            ("- Ông An cho biết", "Ông An cho biết"),
            ("✅ Ông An", "Ông An"),
        ] {
            assert_eq!(&line[bullet_len(line)..], rest, "{line}");
        }
        // a tatweel alone is a dash, one stretching a word's letter no bullet
        assert_eq!(bullet_len("\u{0640} درباره نامه"), "\u{0640} ".len());
        assert_eq!(bullet_len("\u{0640}\u{0640}درباره"), 0);
        // words, digits and quotation marks are no bullets
        for line in ["Ông An", "«آنچه", "“Tôi", "2. Khai thác", " Ông An"] {
            assert_eq!(bullet_len(line), 0, "{line}");
        }
    }

    #[test]
    fn sentences_keep_closing_quotes() {
        assert_eq!(split("Ông nói: “Tốt.” Sau đó đi.", &[]), ["Ông nói: “Tốt.”", "Sau đó đi."]);
    }
}
