//! Language identification and the language data every stage matches
//! against (stopwords, boilerplate cues, speech verbs, titles, names).
//!
//! The word lists live in `data/*.txt`, one entry per line, sorted, written
//! as a reader would spell them; they are folded (see [`crate::text::fold`])
//! when loaded, so one entry matches every spelling variant.

use aho_corasick::{AhoCorasick, AhoCorasickKind, Anchored, Input, MatchKind, StartKind};
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::cell::RefCell;
use std::sync::{Arc, OnceLock};

use crate::text::{self, LEXICONS_TAGGED, LexiconBits, Token};

mod fa;
mod vi;

/// The language of a document. Persian and Vietnamese get every stage;
/// other languages still get a record, with fa/vi-specific stages off.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Language {
    Persian,
    Vietnamese,
    Arabic,
    Urdu,
    English,
    /// Unknown, or a language this tool does not tell apart.
    Undetermined,
}

impl Language {
    /// The BCP 47 code written into the record.
    pub fn code(self) -> &'static str {
        match self {
            Language::Persian => "fa",
            Language::Vietnamese => "vi",
            Language::Arabic => "ar",
            Language::Urdu => "ur",
            Language::English => "en",
            Language::Undetermined => "und",
        }
    }

    /// The data for this language, when it is one the tool extracts fully.
    pub fn data(self) -> Option<&'static LanguageData> {
        match self {
            Language::Persian => Some(fa::data()),
            Language::Vietnamese => Some(vi::data()),
            _ => None,
        }
    }

    /// The language's names for months and days, without the rest of its
    /// data (see [`DateNames`]).
    pub fn date_names(self) -> Option<&'static DateNames> {
        match self {
            Language::Persian => Some(fa::date_names()),
            Language::Vietnamese => Some(vi::date_names()),
            _ => None,
        }
    }
}

/// How many characters of a document are looked at to identify its
/// language: 20,000 is several paragraphs, far more than the few hundred
/// letters the script counts below need to be decisive, and keeps
/// identification cheap on multi-megabyte inputs.
const IDENTIFY_SAMPLE_CHARS: usize = 20_000;

/// Share of Latin letters that must carry Vietnamese-only letters or tone
/// marks (đ, ă, ơ, ư, ạ, ế …) for Vietnamese. Running Vietnamese text has
/// 25–40 % of its letters in that set; French, Spanish or Portuguese, the
/// other Latin languages with many diacritics, stay under 5 %, and never use
/// ơ/ư/đ or the dot-below marks that make up much of the Vietnamese share.
const VIETNAMESE_MIN_SHARE: f64 = 0.08;

/// Share of Arabic-script letters that must be Persian-only (پ چ ژ گ) for
/// Persian. These four letters make up about 3 % of Persian text and do
/// not exist in Arabic; Urdu has them too but is told apart by its own
/// letters (ٹ ڈ ڑ ں ے), checked first. Text too short to carry them is
/// still Persian when its ی/ک and digits are the Persian code points rather
/// than the Arabic ones.
const PERSIAN_MIN_SHARE: f64 = 0.004;

/// Share of Arabic-script letters that must be Urdu-only for Urdu.
const URDU_MIN_SHARE: f64 = 0.01;

/// Share of words that must be common English function words for English.
const ENGLISH_MIN_STOPWORDS: f64 = 0.2;

/// Identifies the language from its script and script-specific letters.
///
/// This is reliable for the languages the tool serves because it rests on
/// letters, not on word statistics: Persian and Vietnamese are each the
/// only widely written language of their script family with a set of
/// letters of its own (Persian پ چ ژ گ against Arabic; Vietnamese ơ ư đ
/// and stacked tone marks against every other Latin language), and even a
/// headline carries dozens of them. Counting letters also needs no model,
/// runs in one pass and cannot be swayed by a page's menus in English.
pub fn identify(text: &str) -> Language {
    match language_of_letters(text, &letter_classes(text)) {
        // letters of runs too long for words may have drowned a page's
        // own: counted again without them, the page may name one
        Language::Undetermined => language_of_letters(text, &letter_classes_of_words(text)),
        language => language,
    }
}

/// How many of the first characters of the text ([`IDENTIFY_SAMPLE_CHARS`])
/// fall in each [`LetterClass`].
fn letter_classes(text: &str) -> [usize; LETTER_CLASSES] {
    let mut by_class = [0usize; LETTER_CLASSES];
    // a byte loop: ASCII, every two-byte character (Latin-1, Latin
    // Extended, the Arabic block) and the Vietnamese tone letters are
    // classed without decoding, the two-byte ones and the tone letters by
    // table
    let bytes = text.as_bytes();
    let mut i = 0;
    let mut seen = 0;
    while let Some(&b) = bytes.get(i)
        && seen < IDENTIFY_SAMPLE_CHARS
    {
        seen += 1;
        let class = if b < 0x80 {
            i += 1;
            if b.is_ascii_alphabetic() { LetterClass::Latin } else { LetterClass::Other }
        } else if (0xC2..=0xDF).contains(&b)
            && let Some(&second) = bytes.get(i + 1)
        {
            i += 2;
            TWO_BYTE_CLASSES[usize::from(b & 0x1F) << 6 | usize::from(second & 0x3F)]
        } else if b == 0xE1
            && let Some(&[second, third]) = bytes.get(i + 1..i + 3)
            && (0xB8..=0xBB).contains(&second)
        {
            i += 3;
            LATIN_EXTENDED_ADDITIONAL_CLASSES[usize::from(second & 0x03) << 6 | usize::from(third & 0x3F)]
        } else {
            let Some(c) = text.get(i..).and_then(|rest| rest.chars().next()) else { break };
            i += c.len_utf8();
            letter_class(c)
        };
        by_class[class as usize] += 1;
    }
    by_class
}

/// Characters a run without a space may hold and still be words: a
/// Vietnamese syllable has at most seven letters, and a Persian word with
/// its affixes, or a few run together by their joiners, stays well under
/// this. A longer run is a blob of base64, a hash or a URL's path, which
/// pages print in their thousands of letters (an obfuscated copy of the
/// article under it) and which says nothing of the page's language.
const WORD_RUN_MAX_CHARS: usize = 40;

/// [`letter_classes`] of the runs of characters between spaces that are
/// no longer than words are ([`WORD_RUN_MAX_CHARS`]). Read only for a page
/// whose letters name no language, so it classes character by character.
fn letter_classes_of_words(text: &str) -> [usize; LETTER_CLASSES] {
    let mut by_class = [0usize; LETTER_CLASSES];
    let mut sample = text.char_indices().nth(IDENTIFY_SAMPLE_CHARS).map_or(text, |(end, _)| &text[..end]);
    while !sample.is_empty() {
        let run_end = sample.find(char::is_whitespace).unwrap_or(sample.len());
        let run = &sample[..run_end];
        if run.chars().count() <= WORD_RUN_MAX_CHARS {
            for c in run.chars() {
                by_class[letter_class(c) as usize] += 1;
            }
        }
        sample = sample[run_end..].trim_start();
    }
    by_class
}

/// The language the counts of a text's letters name (see [`identify`]).
fn language_of_letters(text: &str, by_class: &[usize; LETTER_CLASSES]) -> Language {
    let counts = LetterCounts::from_classes(by_class);
    let LetterCounts { arabic_script, persian_only, persian_forms, arabic_forms, urdu_only, latin, vietnamese_only } =
        counts;
    if arabic_script == 0 && latin == 0 {
        return Language::Undetermined;
    }
    if arabic_script >= latin {
        let share = |n: usize| n as f64 / arabic_script as f64;
        if share(urdu_only) >= URDU_MIN_SHARE {
            return Language::Urdu;
        }
        if share(persian_only) >= PERSIAN_MIN_SHARE || persian_forms > arabic_forms {
            return Language::Persian;
        }
        return Language::Arabic;
    }
    if vietnamese_only as f64 / latin as f64 >= VIETNAMESE_MIN_SHARE {
        return Language::Vietnamese;
    }
    if english_stopword_share(text) >= ENGLISH_MIN_STOPWORDS {
        return Language::English;
    }
    Language::Undetermined
}

/// How many [`LetterClass`]es there are (`ArabicDigit` is the last).
const LETTER_CLASSES: usize = LetterClass::ArabicDigit as usize + 1;

/// What a character tells about the language, for [`identify`].
#[derive(Debug, Clone, Copy, PartialEq)]
enum LetterClass {
    Other,
    Latin,
    /// A Latin letter only Vietnamese uses (đ, ă, ơ, ư, ạ, ế …).
    VietnameseLatin,
    ArabicScript,
    /// پ چ ژ گ
    PersianOnly,
    /// ٹ ڈ ڑ ں ے ھ
    UrduOnly,
    /// Persian ی/ک: decisive for short texts without پ چ ژ گ
    PersianForm,
    /// Arabic ي/ك/ة/ى
    ArabicForm,
    PersianDigit,
    ArabicDigit,
}

const fn letter_class(c: char) -> LetterClass {
    match c {
        'a'..='z' | 'A'..='Z' => LetterClass::Latin,
        'پ' | 'چ' | 'ژ' | 'گ' => LetterClass::PersianOnly,
        'ٹ' | 'ڈ' | 'ڑ' | 'ں' | 'ے' | 'ھ' => LetterClass::UrduOnly,
        'ی' | 'ک' => LetterClass::PersianForm,
        'ي' | 'ك' | 'ة' | 'ى' => LetterClass::ArabicForm,
        '۰'..='۹' => LetterClass::PersianDigit,
        '٠'..='٩' => LetterClass::ArabicDigit,
        '\u{0620}'..='\u{064A}' | '\u{066E}'..='\u{06D3}' | '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}' => {
            LetterClass::ArabicScript
        }
        // Letters used by Vietnamese and by no other major Latin-script
        // language; Latin Extended Additional ạ ả ấ ầ … ỹ are the stacked
        // tone marks
        'đ' | 'Đ' | 'ă' | 'Ă' | 'ơ' | 'Ơ' | 'ư' | 'Ư' | 'ĩ' | 'Ĩ' | 'ũ' | 'Ũ' | '\u{1EA0}'..='\u{1EF9}' => {
            LetterClass::VietnameseLatin
        }
        // the other Latin letters with diacritics (see text::is_latin_letter)
        '×' | '÷' => LetterClass::Other,
        '\u{00C0}'..='\u{024F}' | '\u{1E00}'..='\u{1EFF}' => LetterClass::Latin,
        _ => LetterClass::Other,
    }
}

/// [`letter_class`] of each character written in two bytes (U+0080–U+07FF:
/// Latin-1, Latin Extended, the Arabic block), by code point.
static TWO_BYTE_CLASSES: [LetterClass; 0x800] =
    lookup_table!(0x800, LetterClass::Other, |code| match char::from_u32(code as u32) {
        Some(c) => letter_class(c),
        None => LetterClass::Other,
    });

/// [`letter_class`] of each character of Latin Extended Additional
/// (U+1E00–U+1EFF), where Vietnamese writes its stacked tone marks.
static LATIN_EXTENDED_ADDITIONAL_CLASSES: [LetterClass; 256] = lookup_table!(256, LetterClass::Other, |offset| {
    match char::from_u32(0x1E00 + offset as u32) {
        Some(c) => letter_class(c),
        None => LetterClass::Other,
    }
});

/// Letter counts by what they tell.
#[derive(Debug, Default)]
struct LetterCounts {
    arabic_script: usize,
    persian_only: usize,
    persian_forms: usize,
    arabic_forms: usize,
    urdu_only: usize,
    latin: usize,
    vietnamese_only: usize,
}

impl LetterCounts {
    fn from_classes(by_class: &[usize; LETTER_CLASSES]) -> Self {
        let n = |class: LetterClass| by_class[class as usize];
        let persian_only = n(LetterClass::PersianOnly);
        let urdu_only = n(LetterClass::UrduOnly);
        LetterCounts {
            arabic_script: n(LetterClass::ArabicScript)
                + persian_only
                + urdu_only
                + n(LetterClass::PersianForm)
                + n(LetterClass::ArabicForm),
            persian_only,
            persian_forms: n(LetterClass::PersianForm) + n(LetterClass::PersianDigit),
            arabic_forms: n(LetterClass::ArabicForm) + n(LetterClass::ArabicDigit),
            urdu_only,
            latin: n(LetterClass::Latin) + n(LetterClass::VietnameseLatin),
            vietnamese_only: n(LetterClass::VietnameseLatin),
        }
    }
}

fn english_stopword_share(text: &str) -> f64 {
    const ENGLISH: [&str; 16] =
        ["a", "and", "are", "for", "in", "is", "it", "of", "on", "that", "the", "to", "was", "were", "with", "by"];
    let mut words = 0usize;
    let mut hits = 0usize;
    for word in text.split(|c: char| !c.is_alphabetic()).filter(|w| !w.is_empty()).take(2_000) {
        words += 1;
        if ENGLISH.contains(&word.to_ascii_lowercase().as_str()) {
            hits += 1;
        }
    }
    if words == 0 { 0.0 } else { hits as f64 / words as f64 }
}

/// A word list, folded, matched either as whole token sequences or inside
/// folded text at word boundaries.
///
/// A multi-word entry also matches its words run together (`اظهار داشت`
/// finds `اظهارداشت` and `اظهار‌داشت`), because Persian writers join or split
/// compound verbs freely.
pub struct Lexicon {
    /// Folded entries by their first folded token, each as its folded tokens.
    by_first: HashMap<String, Entries>,
    /// Every folded entry (and joined variant) as one string.
    phrases: HashSet<String>,
    /// Finds entries inside text; built on first use, as most lexicons
    /// are only matched token by token.
    finder: OnceLock<Option<AhoCorasick>>,
    /// The shapes of the keys of `by_first` and of `phrases`.
    first_shapes: ShapeFilter,
    phrase_shapes: ShapeFilter,
    /// This lexicon's bit in [`Token::lexicons`]; `0` for a lexicon of no
    /// language's data, which looks every token up.
    bit: LexiconBits,
    /// `by_first` keyed by [`Token::first_word`], for tagged tokens: a
    /// number hashes in one multiplication, a word in a loop.
    by_first_word: HashMap<u32, Entries>,
    /// The most tokens an entry has: no entry ends further back.
    longest: usize,
}

/// The entries starting with one word, longest first, each as its folded
/// tokens: shared by a lexicon's two indexes, keyed by the word and by its
/// number, rather than copied (a language's titles with their ranks and
/// modifiers run to thousands).
type Entries = Arc<[Vec<String>]>;

/// A quick test that a string is *not* in a set: a bitmap of the set's
/// shapes (length, first and last byte). Most words of a text are in no
/// lexicon, and the bitmap turns them away without hashing the whole word;
/// a string it lets through is looked up in the set.
struct ShapeFilter {
    bits: Box<[u64; SHAPE_BITS / 64]>,
}

/// Bits of a [`ShapeFilter`]: lexicons hold at most a few thousand
/// entries, so most bits stay clear.
const SHAPE_BITS: usize = 1 << 14;

impl ShapeFilter {
    fn new<'a>(keys: impl Iterator<Item = &'a str>) -> Self {
        let mut bits = Box::new([0u64; SHAPE_BITS / 64]);
        for key in keys {
            let bit = shape(key);
            bits[bit / 64] |= 1 << (bit % 64);
        }
        ShapeFilter { bits }
    }

    fn may_contain(&self, key: &str) -> bool {
        let bit = shape(key);
        self.bits[bit / 64] & 1 << (bit % 64) != 0
    }
}

/// A string's bit in a [`ShapeFilter`].
fn shape(key: &str) -> usize {
    let bytes = key.as_bytes();
    let first = bytes.first().map_or(0, |&b| u64::from(b));
    let last = bytes.last().map_or(0, |&b| u64::from(b));
    let mixed = ((bytes.len() as u64) << 16 | first << 8 | last).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    (mixed >> (64 - SHAPE_BITS.trailing_zeros())) as usize
}

impl std::fmt::Debug for Lexicon {
    /// Its size only: the entries are the data file's.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Lexicon").field("entries", &self.phrases.len()).finish_non_exhaustive()
    }
}

impl Lexicon {
    /// Builds a lexicon from a data file's text: one entry per line; blank
    /// lines and lines starting with `#` are skipped.
    pub fn from_data(raw: &str) -> Self {
        let mut by_first: HashMap<String, Vec<Vec<String>>> = HashMap::default();
        let mut phrases = HashSet::default();
        let folded_tokens =
            |line: &str| -> Vec<String> { text::tokenize(line).into_iter().map(|t| t.folded.into_owned()).collect() };
        for line in raw.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')) {
            // a Persian entry's zero-width non-joiner is written as a space
            // as often (`بهره برداری`, `رئیس جمهور`): both ways match, and
            // every way between them
            let spaced = line.contains(ZWNJ).then(|| folded_tokens(&line.replace(ZWNJ, " ")));
            let written = joined_variants(&folded_tokens(line));
            for variant in written.into_iter().chain(spaced.iter().flat_map(|tokens| joined_variants(tokens))) {
                if !phrases.insert(variant.join(" ")) {
                    continue;
                }
                let Some(first) = variant.first() else { continue };
                // (the key copied only for a first word not met before:
                // the titles with their modifiers share a few)
                match by_first.get_mut(first) {
                    Some(entries) => entries.push(variant),
                    None => {
                        by_first.insert(first.clone(), vec![variant]);
                    }
                }
            }
        }
        let by_first: HashMap<String, Entries> = by_first
            .into_iter()
            .map(|(first, mut entries)| {
                // longest first, so a match takes the most specific entry
                entries.sort_by_key(|e| std::cmp::Reverse(e.len()));
                entries.dedup();
                (first, Entries::from(entries))
            })
            .collect();
        let first_shapes = ShapeFilter::new(by_first.keys().map(String::as_str));
        let phrase_shapes = ShapeFilter::new(phrases.iter().map(String::as_str));
        // (each key's entries are sorted longest first)
        let longest = by_first.values().filter_map(|entries| entries.first().map(Vec::len)).max().unwrap_or(0);
        Lexicon {
            by_first,
            phrases,
            finder: OnceLock::new(),
            first_shapes,
            phrase_shapes,
            bit: 0,
            by_first_word: HashMap::default(),
            longest,
        }
    }

    fn finder(&self) -> Option<&AhoCorasick> {
        self.finder
            .get_or_init(|| {
                // a contiguous NFA: measured against a DFA on the bench
                // corpus it runs as fast (3 % fewer instructions) in less
                // memory (12 MB of 60 when measured); anchored too, for
                // `starts`
                // … from the entries sorted, for pattern numbers that do not
                // hang on the set's order (sorted here, not when the lexicon
                // is read: most lexicons are never searched so, and a
                // language's titles with their ranks and modifiers run to
                // thousands of entries)
                let mut patterns: Vec<&String> = self.phrases.iter().collect();
                patterns.sort_unstable();
                AhoCorasick::builder()
                    .match_kind(MatchKind::Standard)
                    .kind(Some(AhoCorasickKind::ContiguousNFA))
                    .start_kind(StartKind::Both)
                    .build(patterns)
                    .ok()
            })
            .as_ref()
    }

    /// Whether an entry opens with this folded word.
    pub fn opens_with(&self, folded_word: &str) -> bool {
        self.by_first.contains_key(folded_word)
    }

    /// Whether the folded phrase (tokens joined by single spaces) is an entry.
    pub fn contains(&self, folded_phrase: &str) -> bool {
        self.phrase_shapes.may_contain(folded_phrase) && self.phrases.contains(folded_phrase)
    }

    /// The number of tokens of the longest entry matching at `tokens[i..]`.
    ///
    /// Inlined for the test of the token's bits, which answers most calls:
    /// the stages ask each token of a page about several lexicons.
    #[inline]
    pub fn match_at(&self, tokens: &[Token], i: usize) -> Option<usize> {
        let token = tokens.get(i)?;
        if token.lexicons & LEXICONS_TAGGED != 0 && self.bit != 0 && token.lexicons & self.bit == 0 {
            return None;
        }
        self.match_entries_at(tokens, i)
    }

    /// [`Lexicon::match_at`] past the test of the token's bits.
    fn match_entries_at(&self, tokens: &[Token], i: usize) -> Option<usize> {
        let token = tokens.get(i)?;
        let first: &str = &token.folded;
        let entries = if token.lexicons & LEXICONS_TAGGED != 0 && self.bit != 0 {
            self.by_first_word.get(&token.first_word)?
        } else {
            if !self.first_shapes.may_contain(first) {
                return None;
            }
            self.by_first.get(first)?
        };
        // every entry's first word is the token's
        entries
            .iter()
            .find(|entry| {
                entry.len() <= tokens.len() - i && entry[1..].iter().zip(&tokens[i + 1..]).all(|(e, t)| *e == t.folded)
            })
            .map(Vec::len)
    }

    /// Whether some entry may start at one of the tokens: `false` only
    /// when every token is tagged and none with this lexicon's bit, a
    /// test of a few instructions a token that lets a stage skip a
    /// sentence where no entry can match.
    pub fn may_match_in(&self, tokens: &[Token]) -> bool {
        self.bit == 0 || tokens.iter().any(|t| t.lexicons & LEXICONS_TAGGED == 0 || t.lexicons & self.bit != 0)
    }

    /// The number of tokens of the longest entry ending at `tokens[..end]`.
    pub fn match_ending_at(&self, tokens: &[Token], end: usize) -> Option<usize> {
        (1..=end.min(self.longest).min(6)).rev().find(|&n| self.match_at(tokens, end - n) == Some(n))
    }

    /// Whether some entry occurs in the folded text as whole words.
    pub fn occurs_in(&self, folded: &str) -> bool {
        self.first_in(folded).is_some()
    }

    /// The first entry occurring in the folded text as whole words, as a
    /// byte range.
    pub fn first_in(&self, folded: &str) -> Option<(usize, usize)> {
        self.all_in(folded).next()
    }

    /// Every entry occurring in the folded text as whole words, overlapping
    /// ones too, as byte ranges in the order they end.
    pub fn all_in<'a>(&'a self, folded: &'a str) -> impl Iterator<Item = (usize, usize)> + 'a {
        self.finder()
            .into_iter()
            .flat_map(move |finder| finder.find_overlapping_iter(folded))
            .filter(move |m| at_word_boundaries(folded, m.start(), m.end()))
            .map(|m| (m.start(), m.end()))
    }

    /// Whether the folded text starts with an entry followed by a word
    /// boundary.
    pub fn starts(&self, folded: &str) -> bool {
        self.starts_where(folded, |_| true)
    }

    /// Whether the folded text starts with an entry used as a label, a
    /// colon after it (`Xem thêm: …`, `بیشتر بخوانید: …`).
    pub fn starts_label(&self, folded: &str) -> bool {
        self.starts_where(folded, |end| folded[end..].trim_start().starts_with(':'))
    }

    /// Whether the folded text starts with an entry that is a label with
    /// its colon (`xem clip:`, `ảnh:`).
    pub fn starts_with_label_entry(&self, folded: &str) -> bool {
        self.starts_where(folded, |end| folded[..end].ends_with(':'))
    }

    /// Whether the whole folded text is one entry.
    pub fn is_entry(&self, folded: &str) -> bool {
        self.starts_where(folded, |end| end == folded.len())
    }

    /// Whether the folded text starts with an entry followed by a word
    /// boundary whose end `accept`s.
    fn starts_where(&self, folded: &str, accept: impl Fn(usize) -> bool) -> bool {
        let Some(finder) = self.finder() else { return false };
        // an anchored search reads only as far as some entry could still
        // match from the start
        let mut state = aho_corasick::automaton::OverlappingState::start();
        let input = Input::new(folded).anchored(Anchored::Yes);
        loop {
            if finder.try_find_overlapping(input.clone(), &mut state).is_err() {
                return false;
            }
            match state.get_match() {
                Some(m) if at_word_boundaries(folded, m.start(), m.end()) && accept(m.end()) => return true,
                Some(_) => {}
                None => return false,
            }
        }
    }

    /// Number of entries (counting joined variants), for tests.
    pub fn len(&self) -> usize {
        self.phrases.len()
    }

    /// Whether the lexicon has no entry.
    pub fn is_empty(&self) -> bool {
        self.phrases.is_empty()
    }
}

/// Whether `folded[start..end]` stands on word boundaries: a word
/// character at either end of it is not continued by another outside it.
fn at_word_boundaries(folded: &str, start: usize, end: usize) -> bool {
    let before = folded[..start].chars().next_back();
    let after = folded[end..].chars().next();
    let pattern_ends_in_word = folded[..end].chars().next_back().is_some_and(text::is_word_char);
    let pattern_starts_in_word = folded[start..].chars().next().is_some_and(text::is_word_char);
    let clean_start = !pattern_starts_in_word || !before.is_some_and(text::is_word_char);
    let clean_end = !pattern_ends_in_word || !after.is_some_and(text::is_word_char);
    clean_start && clean_end
}

/// Every way of running neighbouring tokens of an entry together, the entry
/// itself first: the 2^(n-1) variants of an entry of n words, up to
/// [`JOINED_VARIANTS_MAX_TOKENS`] words; a longer entry only as written.
fn joined_variants(tokens: &[String]) -> Vec<Vec<String>> {
    // one variant per choice, at each gap between two tokens, of joining
    // them or not: the bits of a number, the first gap the highest bit, so
    // that the entry as written comes first and all joined last
    let gaps = if tokens.len() <= JOINED_VARIANTS_MAX_TOKENS { tokens.len().saturating_sub(1) } else { 0 };
    (0..1usize << gaps)
        .map(|choice| {
            let mut variant: Vec<String> = Vec::with_capacity(tokens.len());
            for (i, token) in tokens.iter().enumerate() {
                let joined = gaps > 0 && i > 0 && choice >> (gaps - i) & 1 == 1;
                match variant.last_mut() {
                    Some(last) if joined => last.push_str(token),
                    _ => variant.push(token.clone()),
                }
            }
            variant
        })
        .collect()
}

/// The zero-width non-joiner, which joins a Persian word's parts without
/// running their letters together.
const ZWNJ: char = '\u{200c}';

/// Entries of more words than this are matched only as written: their
/// 2^(n-1) joined variants would outnumber what writers join.
const JOINED_VARIANTS_MAX_TOKENS: usize = 4;

/// A word some lexicon entry starts with: the lexicons' bits (see
/// [`Token::lexicons`]) and the word's number ([`Token::first_word`]).
#[derive(Debug, Clone, Copy, Default)]
struct FirstWord {
    lexicons: LexiconBits,
    number: u32,
}

/// Everything a language contributes to extraction.
pub struct LanguageData {
    /// The language the data is for: stages given only the data (the
    /// boilerplate classifier) parse names by it.
    pub language: Language,
    /// Every lexicon's first words, each with the bits of the lexicons
    /// having an entry that starts with it: tokenizing looks a word up
    /// here once, where matching would look it up in lexicon after lexicon.
    first_words: HashMap<String, FirstWord>,
    pub stopwords: Lexicon,
    pub boilerplate_cues: Lexicon,
    pub end_markers: Lexicon,
    /// The marks agencies print under an article's last line to close it
    /// (`انتهای پیام`, end of message), unlike the widget titles among
    /// [`Self::end_markers`] (`bình luận`, comments): the line above such a
    /// mark is the article's, however short.
    pub closing_marks: Lexicon,
    pub byline_cues: Lexicon,
    /// Byline cues that credit a source, not a writer (`Nguồn:`, `Theo`,
    /// `منبع:`): the line is a byline, and what it names an outlet.
    pub source_cues: Lexicon,
    /// What opens a phrase naming the source a sentence reports from
    /// (`به گزارش ایسنا،`, `به نقل از …`, `بر اساس …`): the subject
    /// starts after it.
    pub reporting_cues: Lexicon,
    /// What opens the name of someone whose words a source passes on
    /// (`به نقل از`, quoting; `به روایت`, as told by), after the source:
    /// the person is who speaks.
    pub quoting_cues: Lexicon,
    pub caption_cues: Lexicon,
    /// Prepositions that also prefix an adjective written apart from it
    /// (`پیش بیمارستانی`, pre-hospital): before one, no phrase stop.
    pub adjective_prefixes: Lexicon,
    /// What opens the field a deputy or an adviser serves in (`در امور`:
    /// `معاون وزیر نفت در امور برنامه‌ریزی`), part of the office.
    pub office_scopes: Lexicon,
    /// Persian titles of a posting somewhere (`سفیر`, ambassador;
    /// `نماینده`, representative): the office goes on past `در` (in, at)
    /// to the country, place or body of the posting (`سفیر ایران در چین`,
    /// `نماینده ایران در سازمان ملل`, `نماینده مردم تهران در مجلس`).
    pub posting_titles: Lexicon,
    /// Titles of a trade, not of an office in a body (`Ca sĩ`, `Cầu thủ`):
    /// capitalised words after one are a name, no body's.
    pub occupations: Lexicon,
    /// Words that give a person's name after a description of them
    /// (`tài xế tên X`, the driver named X; `راننده‌ای به نام X`): the
    /// name is the one after them, and no part of the description.
    pub naming_phrases: Lexicon,
    /// Persian ordinals (`نخستین`, `دومین`, `آخرین`): adjectives that,
    /// as superlatives in `ترین` do, stand before their noun and so open
    /// a noun phrase of their own.
    pub ordinals: Lexicon,
    /// Ranks of the army and the police (`Thượng tá`, `Đại úy`): one before
    /// a given name says who speaks, as an office does.
    pub military_ranks: Lexicon,
    /// Words naming a picture (`hình ảnh`, `biểu đồ`, `نمودار`): a line
    /// opening with one and closed by its source is a caption.
    pub picture_nouns: Lexicon,
    /// Links that lead on to another article's text (`Đọc tiếp`, `ادامه
    /// مطلب`): after a title and a paragraph they close a teaser.
    pub read_more_cues: Lexicon,
    /// Links to other articles (`Xem thêm`, `بیشتر بخوانید`): a line that
    /// opens with one and ends no sentence is the link line, however many
    /// titles run on after it.
    pub see_also_cues: Lexicon,
    /// Labels of the article's tag list (`Tags:`, `Từ khóa:`, `برچسب‌ها`).
    pub tag_labels: Lexicon,
    pub speech_verbs: Lexicon,
    /// Verbs that report speech only when a clause follows them after a
    /// comma, a colon or a complementiser (`đề nghị, …`), not as plain
    /// verbs (`đánh giá ghi nhận …`).
    pub weak_speech_verbs: Lexicon,
    /// Speech verbs that report only what follows them (`وی ادامه داد:
    /// …`, he went on: …): before them stands what went on, not what was
    /// said (`به حمایت از … ادامه داد`, went on supporting …), or what the
    /// talk was about (`از برنامه دولت می‌گوید`, talks of the plan).
    pub forward_speech_verbs: Lexicon,
    /// Speech verbs of a promise (`وعده داد`, promised): what was promised
    /// is reported with the promise, its addressee and its verb (`به بن
    /// سلمان وعده داد که …`), not as a statement after it.
    pub promise_verbs: Lexicon,
    /// Words joining two offices one person holds at once (`Chủ tịch kiêm
    /// Tổng giám đốc`): the title after them is no one else's.
    pub concurrent_office_joiners: Lexicon,
    /// Words that join company to a person (Vietnamese `cùng`, `với`, with;
    /// Persian `با`): after an office they end it, for the people or the
    /// body acting with its holder follow (`Bí thư Thành ủy cùng Thường
    /// trực UBND thành phố chủ trì …`); a person after one in a scene
    /// phrase is met, not speaking (`در دیدار با وزیر نیرو …`).
    pub comitatives: Lexicon,
    /// Words that open the body or side a named person belongs to, after
    /// the name and before the verb (`HLV X của tuyển U22 Việt Nam cho
    /// biết`, `HLV phó Y bên phía Hải Phòng chia sẻ`): no clause of its own.
    pub affiliation_markers: Lexicon,
    /// Nouns of what someone said or judged, between `theo` and its source
    /// (`Theo lời ông X, …`, `Theo đánh giá của bà Y, …`), or as the object
    /// of a speech verb that names the speech without giving it
    /// (`اظهاراتی را … عنوان کرد`, made remarks).
    pub speech_nouns: Lexicon,
    /// What announces that the next paragraphs are someone's words as
    /// spoken, a transcript (`… که در ادامه مشروح این صحبت‌ها را
    /// می‌خوانید:`, which you read below).
    pub transcript_cues: Lexicon,
    /// The labels an interview prints before each question (`س`, `سوال`,
    /// `Hỏi`, `PV`) and before each answer (`ج`, `پاسخ`, `Đáp`), naming
    /// no one: the answers are the words of the person the article is
    /// about.
    pub question_labels: Lexicon,
    pub answer_labels: Lexicon,
    /// Adverbs that may stand between a subject and its verb (`Bộ trưởng
    /// X cũng cho biết`, `đã`, `vừa`).
    pub adverbs: Lexicon,
    /// The markers of tense and aspect (Vietnamese `đã`, `đang`, `sẽ`),
    /// which only ever stand before a verb: one after the words of an
    /// office opens what its holder did (`…, Trưởng Ban Chỉ đạo về thiên
    /// tai đã chủ trì …`).
    pub aspect_markers: Lexicon,
    /// How someone speaks, standing between the subject and its speech
    /// verb as adverbs do (`Chị X xúc động chia sẻ`, moved, she shared;
    /// `ông X mỉm cười nói`, he smiled and said).
    pub speech_manners: Lexicon,
    /// Words that open a time phrase before a date or a weekday (`hôm
    /// 5/3`, `chiều 30/6`, `sáng thứ Hai`).
    pub time_openers: Lexicon,
    /// Words of a time set before a Persian subject with no comma (`صبح
    /// امروز علی لاریجانی … گفت`, this morning; `روز گذشته`, yesterday):
    /// the subject opens after them. A count before one after an office
    /// counts the time (`… یک روز بعد`), no part of the office.
    pub time_words: Lexicon,
    /// The parts of the day a Vietnamese dateline names before its date
    /// (`Sáng ngày 5.1.2022 …`, `Chiều 16/1, …`): with one, a date opening
    /// the lead is the dateline even when no comma sets it off.
    pub day_parts: Lexicon,
    /// What a commentary prints under its text to disown the writer's
    /// views (`Bài viết thể hiện quan điểm riêng của …`, `این یادداشت
    /// بیانگر دیدگاه نویسنده است`): the writer's signature, not the text.
    pub opinion_disclaimers: Lexicon,
    /// The days of the week (`thứ Năm`, `thứ 5`, `Chủ nhật`).
    pub weekdays: Lexicon,
    /// The phrases of [`LanguageData::relative_days`], as a lexicon: a time
    /// that may stand between a subject and its verb (`X hôm qua cho biết`).
    pub relative_day_phrases: Lexicon,
    /// Words that stand for what was said before (`như vậy`, so; `thông
    /// tin này`, this news): a speech verb followed by one and nothing more
    /// reports nothing new (`ông khẳng định như vậy khi …`, he said so
    /// when …; `cho biết thông tin này trong cuộc họp báo`).
    pub proforms: Lexicon,
    /// Nouns of events and statements that head a phrase naming an office
    /// holder after them (`نشست خبری سخنگوی …`, the spokesman's press
    /// conference; `سفر وزیر …`): no name starts with one. After a
    /// preposition of the scene they end an office (`Chủ tịch UBND tỉnh
    /// tại phiên thảo luận …`). Persian nouns of change (`افزایش`, rise)
    /// are among them: past an office's words, with `را` ahead, they open
    /// the object (`رئیس کل بانک مرکزی افزایش نرخ تورم را …`).
    pub event_nouns: Lexicon,
    /// The names of the ministries a minister's office names after `وزیر`
    /// or `وزارت` (`جهاد کشاورزی`, `امور خارجه`): the office ends with
    /// one, unless a place says whose it is (`معاون وزیر جهاد کشاورزی
    /// شرایط … را … دانست`: the nouns after it open the object).
    pub ministries: Lexicon,
    /// Conjunctions joining two predicates of one subject (Vietnamese `và`,
    /// `nhưng`): a speech verb after one has the subject of the predicate
    /// before it (`Ông X từ chối trả lời … và chỉ nói: “…”`).
    pub predicate_coordinators: Lexicon,
    /// Words that make the speech verb right after them its noun: a
    /// determiner or a classifier (`những phát biểu`, statements; `bài
    /// viết`, an article), a preposition (`به گفته`, according to). No verb
    /// follows them directly. (`lời` is not one: `được … dẫn lời nói` is
    /// a report.)
    pub noun_markers: Lexicon,
    /// Markers of the passive (Vietnamese `được`, `bị`): a speech verb right
    /// after one is said to the subject, not by it (`được cho biết`, was
    /// told; `được nói chuyện với`, got to talk with).
    pub passive_markers: Lexicon,
    /// Modal words before a verb (Vietnamese `có thể`, can; `hãy`, do …!):
    /// a speech verb after one asks for speech or says it may come (`Ông
    /// có thể chia sẻ …`, could you tell us …), and reports none. Persian
    /// puts the short infinitive after its impersonal modals (`می‌توان گفت`,
    /// one may say; `باید گفت`, it must be said), which reads as the past
    /// tense `گفت`: no one said anything there.
    pub modal_markers: Lexicon,
    /// Words negating the verb after them (Vietnamese `không`, not; `chưa`,
    /// not yet): a speech verb after one tells what was not said (`bị cáo
    /// không thừa nhận hành vi phạm tội`, the defendant did not admit the
    /// offence), and reports nothing, unless a colon gives the words
    /// (`không đồng ý: “…”`). Persian negates a verb by its prefix, which
    /// the speech verbs' forms do not match.
    pub negators: Lexicon,
    /// Words that open or end with the word of a speech verb or a byline
    /// cue and say something else (Vietnamese `khai mạc`, opened, and
    /// `triển khai`, deployed, against `khai`, testified; `đáng kể`,
    /// significant, against `kể`, told; `theo dõi`, follow, against
    /// `theo`, according to). A verb with the noun `thông tin`
    /// (information) as its object is one too (`nắm thông tin`, holds the
    /// information; `cung cấp thông tin`, gives it): no one informs there;
    /// so is a declaration that is an act (`tuyên bố khai mạc`, declared
    /// open; `tuyên bố từ chức`, announced a resignation).
    pub verb_compounds: Lexicon,
    /// Verbs of what an office's holder does (`chủ trì`, chaired; `dự`,
    /// attended; `ký`, signed): right after the office's body they open
    /// the predicate (`Chủ tịch UBND tỉnh chủ trì phiên họp`), as a
    /// speech verb does.
    pub office_acts: Lexicon,
    /// The noun that says where someone is from before a country
    /// (`người` in `thuyền trưởng người Hàn Quốc`, the Korean skipper): a
    /// description of someone the article named before.
    pub nationality_nouns: Lexicon,
    /// Prepositions that open a phrase right after a speech verb, its
    /// addressee or its topic (`nói với phóng viên`, told the reporter;
    /// `nói về kế hoạch`, spoke about the plan; `nhấn mạnh vào màn trình
    /// diễn`, put the stress on the performance): what was said follows
    /// `rằng`, a colon or the comma closing the phrase, if anything.
    pub verb_prepositions: Lexicon,
    /// Nouns of a view or a claim (`ý kiến`, `quan điểm`, `tin đồn`): a
    /// speech verb right after one gives its content (`bác bỏ ý kiến cho
    /// rằng …`, rejected the view that …), no one's words.
    pub view_nouns: Lexicon,
    /// Conjunctions that open a clause subordinate to the sentence's main
    /// one (Vietnamese `sau khi`, after; `trong khi`, while; `để`, in order
    /// to): a speech verb right after one (`Sau khi phân tích …, Thủ tướng
    /// nêu rõ …`) is not the sentence's report; Persian `اگر`, `وقتی`,
    /// `که`: the verb closing such a clause does not end the sentence.
    pub subordinators: Lexicon,
    /// Words that make the noun after them a predicate (Vietnamese `được
    /// bầu làm chủ tịch`, elected chairman; `là giám đốc`): an office after
    /// one is what someone is or becomes, no title before a name.
    pub predicatives: Lexicon,
    /// The salutations written in brackets after a holy figure's name
    /// (Persian `امام رضا (ع)`, `حضرت فاطمه (س)`): such a name is no
    /// official's.
    pub salutations: Lexicon,
    /// The auxiliaries of the perfect written apart from the participle
    /// (Persian `اند` in `پیش بینی کرده اند`, have predicted; `است`,
    /// `بود`): a word of the verb, no word of what was said.
    pub perfect_auxiliaries: Lexicon,
    /// Simple prepositions, which govern the noun after them (Persian `به`,
    /// `با`, `درباره`): an office after one is no subject (`در پاسخ به وزیر
    /// کشور گفت`, replying to the minister, said).
    pub prepositions: Lexicon,
    /// Prepositions that set the scene of a speech verb (`phát biểu tại
    /// hội nghị`, spoke at the conference; `در حاشیه`, on the sidelines).
    /// No role runs on over an act of speaking and its scene.
    pub scene_prepositions: Lexicon,
    /// Prepositions that name where or how something was said (Vietnamese
    /// `trên`, on; `qua`, over: `viết trên mạng xã hội X rằng …`, `cho
    /// biết qua điện thoại rằng …`): after a speech verb, what was said
    /// follows `rằng`.
    pub medium_prepositions: Lexicon,
    /// Adverbials a speaker's going on with the speech is told with,
    /// between the subject and the verb (Persian `… در ادامه تاکید کرد`,
    /// went on to stress; `… در پایان گفت`, said in closing): the subject
    /// is the person who was speaking, however the writer now calls them.
    pub speech_continuations: Lexicon,
    /// Speech verbs that name the act of speaking and need report nothing
    /// (`phát biểu`, made a speech; `trao đổi`, talked): after one and its
    /// scene, what was said follows a comma, a colon or `rằng`, if
    /// anything does. After other verbs the scene may open the report
    /// itself (`cho biết tại TP.HCM giá xăng sẽ giảm`), or be a noun in a
    /// role (`chuyên gia phân tích tại Capital.com`). In Persian the act
    /// is a noun and its light verb (`سخن گفت`, spoke): what stands before
    /// it is what the speech was about, and what was said follows a colon
    /// or a quotation mark (or in a clause opened by `که`); so with
    /// greetings and condolences (`… را تبریک گفت`, congratulated on …),
    /// whose object is the occasion, and answers (`به سؤالات … پاسخ داد`),
    /// whose object is the question. An entry may be a speech verb itself.
    pub speaking_acts: Lexicon,
    pub titles: Lexicon,
    pub honorifics: Lexicon,
    /// Honorifics of a standing in a court case (`bị cáo`, the defendant;
    /// `luật sư`, counsel): they say who the person is in the case, and
    /// such a person holds none of the offices the article names without
    /// a name (`chủ tọa phiên tòa`, the presiding judge). Ranks and degrees
    /// (`Đại tá`, `دکتر`) go with an office, and are not here.
    pub case_honorifics: Lexicon,
    /// Words of a body's name whose first syllable is a given name too
    /// (`Thanh niên`, youth; `Thanh tra`, inspection; `Đại biểu`,
    /// deputies): after a family name that names a body as well (`Đoàn
    /// Thanh niên`, the Youth Union), with the small syllable in lower
    /// case, they are the body's words, no person's name. Those whose
    /// first syllable is a family name (`Nông nghiệp`, agriculture; `Quản
    /// lý`, management) are the body's words however they are capitalised.
    pub name_lookalikes: Lexicon,
    pub pronouns: Lexicon,
    /// The speaker's own pronouns (`من`, `ما`, `tôi`, `chúng tôi`): a
    /// paragraph with one, after a speech given after a colon, goes on with
    /// that speech.
    pub first_person: Lexicon,
    /// Verbs in the first person (Persian `می‌دانم`, `هستیم`, `عذرخواهم`),
    /// which say it where the pronoun is dropped, as Persian drops it: a
    /// sentence one ends is the speaker's own. Inside a sentence one may
    /// belong to words the writer reports (`… گفت دعوت خواهیم کرد …`).
    pub first_person_verbs: Lexicon,
    /// Words that open a sentence before its subject (`Tuy nhiên`, `Còn`,
    /// `همچنین`): the subject is the phrase after them.
    pub connectives: Lexicon,
    /// Function words that begin sentences and are never part of a name
    /// (`Những`, `Trong`): capitalised right after a word, one (or a
    /// connective) opens a sentence whose stop before it was lost. Only
    /// languages with letter case have them.
    pub sentence_openers: Lexicon,
    /// Finite verbs that end a main clause (Persian `شد`, `است`, `ندارد`):
    /// where one is followed by a sentence with no stop between, a
    /// caption or a subheading was glued onto it. Only Persian has them:
    /// a language with letter case shows the glue by its capitals.
    pub finite_verbs: Lexicon,
    /// Words of a predicate that takes a clause after it without a
    /// conjunction (Persian `نشان می‌دهد`, `قرار است`, `می‌خواهد`): the
    /// nominal or adjective before the verb, or the verb without its
    /// durative prefix. A verb after one does not end the sentence.
    pub clause_taking: Lexicon,
    /// Predicates whose nominal takes a clause with another verb but
    /// not with this one (Persian `ادامه دارد`, it goes on, against `ادامه
    /// داد`, he went on to say; `قرار گرفت`, it was put, against `قرار است`,
    /// it is to): their verb ends the clause.
    pub stative_predicates: Lexicon,
    /// Words that carry a sentence on after a clause's verb (`و`, `که`,
    /// `اما`): a verb before one does not end the sentence.
    pub clause_continuations: Lexicon,
    /// Persian nouns of saying that a preposition makes a speaker's
    /// preamble (`با اشاره به …`, referring to; `با بیان اینکه …`,
    /// stating that; `ضمن تاکید بر …`): the phrase is the speaker's act,
    /// and no subject stands in it.
    pub preamble_nouns: Lexicon,
    /// Words no sentence or title ends with: prepositions and conjunctions
    /// (`در`, `و`; `của`, `và`). A line ending with one was broken inside
    /// its sentence, by a print layout or a crawler, and goes on in the
    /// line under it.
    pub dangling_words: Lexicon,
    /// Given names (Persian) or family names (Vietnamese): the part of a
    /// personal name that a closed list can recognise.
    pub name_anchors: Lexicon,
    /// Countries and territories: a role may end in one right before a
    /// foreign name (`Tổng thống Nga Vladimir Putin`).
    pub countries: Lexicon,
    /// Countries whose people Vietnamese names in Vietnamese syllables
    /// (`Tập Cận Bình`, `Lý Hiển Long`): someone `người Trung Quốc` may
    /// bear a name shaped as a Vietnamese one.
    pub sino_vietnamese_countries: Lexicon,
    /// The lower-case particles of foreign names (`von`, `de`, `bin`),
    /// which stand inside a run of capitalised name words.
    pub name_particles: Lexicon,
    /// Words that open a person's particulars in apposition, not a role
    /// (Vietnamese `trú`, `quê`, `sinh năm`: lives in, from, born in).
    pub person_details: Lexicon,
    /// Nouns a body's or a place's own name follows (Vietnamese `Bệnh viện`
    /// in `Bệnh viện Bạch Mai`, `Trường`, `Công ty`, `đường`; Persian `بانک`
    /// in `بانک جهانی`, `سازمان`): a family name right after one opens that
    /// name, not a person's, and a name opened by one is no person's.
    pub body_nouns: Lexicon,
    /// Kinds of body that may stand between a body's noun and its name
    /// (Vietnamese `tiểu học`, primary; `đa khoa`, general; `cổ phần`,
    /// joint-stock: `Trường Tiểu học Nguyễn Du`, `Bệnh viện Đa khoa …`), as
    /// an acronym may (`THCS`, `TNHH`): the name after them is still the
    /// body's.
    pub body_kinds: Lexicon,
    /// Nouns of state bodies (Vietnamese `Bộ`, ministry; `Sở`, department;
    /// `Cục`, `Vụ`, `Tổng cục`): in a person's mention the capitalised words
    /// after one (`Bộ Công Thương`, `Cục Hàng Hải`) are the body's name, as
    /// after [`LanguageData::body_nouns`], where a name after an office's
    /// noun is its holder's (`Bộ trưởng … Trần Hồng Hà`). Kept apart from
    /// those, as in lower case they are common words (`bộ`, set; `vụ`,
    /// case) that the family names of some other checks must not follow.
    pub state_body_nouns: Lexicon,
    /// Persian titles of a post that serves another office holder
    /// (`معاون`, deputy; `مشاور`, adviser): the office holder may follow
    /// by title after the post's joined nouns (`معاون رفاه و امور اقتصادی
    /// وزیر رفاه`, the minister's deputy for welfare and economic affairs).
    pub deputy_titles: Lexicon,
    /// Persian words for a government (`دولت`, `کابینه`): after a whole
    /// office (`وزیر نفت دولت حسن روحانی`, the oil minister of Hassan
    /// Rouhani's government) the name after one is the government's head,
    /// not the office's holder.
    pub government_nouns: Lexicon,
    /// Persian nouns of a task with the preposition that takes the task's
    /// object (`مبارزه با`, fighting against; `حمایت از`, support for): an
    /// office named for the task goes on past the preposition, which
    /// elsewhere ends a phrase (`دبیرکل ستاد مبارزه با مواد مخدر`).
    pub task_complements: Lexicon,
    /// Honorifics and pronouns that say a person is a woman (`bà`, `chị`,
    /// `خانم`) or a man (`ông`, `anh`, `آقای`): a pronoun refers to someone
    /// it fits.
    pub female_words: Lexicon,
    pub male_words: Lexicon,
    /// Provinces and cities: a role may end in one (`Phó Giám đốc Sở Giao
    /// thông vận tải Hà Nội`), and one that opens with a family name
    /// (`Hà`, `Cao`, `Lâm`) is no person's name.
    pub places: Lexicon,
    /// Words that end a place's name written apart from it (Persian
    /// `شهر`, city; `آباد`, settlement): `شاهین شهر`, `حسن آباد` are
    /// places, though a given name opens them.
    pub place_endings: Lexicon,
    /// Administrative units that open an address (`tỉnh`, `huyện`, `xã`):
    /// a phrase set off by a comma that opens with one goes on the address
    /// before it (`nông dân ở huyện Châu Thành, tỉnh An Giang`).
    pub admin_units: Lexicon,
    /// Words naming the page's own country (`کشورمان`, `ایران`, `Việt
    /// Nam`): an office is the same with or without them at its end.
    pub home_country: Lexicon,
    /// Words that end a subject's noun phrase: prepositions, adverbs of
    /// time, the particles that open the predicate (`از`, `đã`).
    pub phrase_stops: Lexicon,
    /// Words that open a predicate which a copula or a light verb closes
    /// (Persian `خواستار … شد`, demanded; `نگران … است`, is worried
    /// about): the phrase of an office before one ends there.
    pub predicate_heads: Lexicon,
    /// Phrases that credit what follows to a source, anywhere in a
    /// sentence (Persian `به گفته`, according to; `به قول`, in the words
    /// of; `به روایت`, as told by): the source's words are reported.
    pub according_to_cues: Lexicon,
    /// Epithets of headship that name no office of their own (Vietnamese
    /// `người đứng đầu Chính phủ`, the head of the government): read as
    /// an office, they mean the office holder the sentences before were
    /// about.
    pub epithets: Lexicon,
    /// Offices that are one seat among many (Persian `عضو کمیسیون …`, a
    /// member of the committee; `نماینده مردم اردبیل`, a deputy for
    /// Ardabil): a writer gives one alone only to someone named next to
    /// it, so alone it means the person the sentences before were about,
    /// or, in a lead before any name, the person named next.
    pub seats: Lexicon,
    /// Demonstratives (Persian `این`, `آن`, before their noun; Vietnamese
    /// `này`, `ấy`, after it): one inside a role's phrase that runs on to
    /// the object marker opens the object (`سخنگوی کاخ سفید این سخنان را
    /// …`); one closing an office (`vị lãnh đạo này`, this leader) means
    /// someone named before.
    pub demonstratives: Lexicon,
    /// Adjectives of a country (Persian `پرتغالی`, Portuguese; `کروات`,
    /// Croatian): one after an office's title says where its holder is
    /// from (`سرمربی پرتغالی تیم ملی`), not what the office is.
    pub demonyms: Lexicon,
    /// Words that pick one of a group (Persian `یکی از`, one of): after a
    /// name and a comma they open its apposition (`ژانگ لیدونگ، یکی از
    /// قاتلین،`, one of the killers), which marks the name a person's.
    pub partitive_heads: Lexicon,
    /// Nouns of a person with the indefinite article (Persian `مردی`, a
    /// man; `یک مقام`, an official, an unnamed source): a sentence
    /// introducing one outside any quotation brings in someone new, whom a
    /// pronoun after it may mean as well as the last subject.
    pub indefinite_persons: Lexicon,
    /// Numerals and quantifiers before a counted noun (Persian `یک`, `چند`):
    /// a role's phrase never ends in one (`سخنگوی کاخ سفید یک روز قبل …`).
    pub quantifiers: Lexicon,
    /// Light verbs (Persian `کرد`, `داد`, and their infinitives `کردن`,
    /// `شدن`): the word before one is the verb's noun, so a role phrase ends
    /// before it, and no name holds one or, but for a [copula](Self::copulas),
    /// the noun before it (`خبر بستری شدن وزیر …`, the news of the minister
    /// being hospitalised, names no one; `از مهندس تاج تشکر کنم` names
    /// `تاج`).
    pub light_verbs: Lexicon,
    /// The verbs that say `be` or `become` (Persian `است`, `باشد`, `بشوند`;
    /// Vietnamese `là`): a name may stand before one as the predicate (`اگر
    /// علی مطهری بشوند وزیر …`), where before any other light verb the word
    /// is the verb's noun (`از مهندس تاج تشکر کنم`); an office before one
    /// is said of the person after it (`hai Bí thư là chị X`).
    pub copulas: Lexicon,
    /// Words naming the kind of outlet before its name (`خبرگزاری`, `سایت`
    /// in `به گزارش خبرگزاری برنا از قم،`; `Báo` in `… - Báo Thanh Niên`).
    pub outlet_kinds: Lexicon,
    /// A newsroom's desks (`اقتصادی`, `بین الملل`), named after a reporter
    /// or a desk word before the outlet (`به گزارش خبرنگار اقتصادی ایرنا`).
    pub news_desks: Lexicon,
    /// The outlet's kinds that are a part of its newsroom (`خبرنگار`,
    /// `گروه`): the desk after one is theirs (`خبرنگار اقتصادی ایرنا`),
    /// where a desk's noun after a medium's kind names the medium
    /// (`پایگاه اطلاع رسانی دولت`).
    pub newsroom_units: Lexicon,
    /// The link to a site's front page that opens its menu (`خانه`,
    /// `Trang chủ`): a flattened page runs it, and the desks after it,
    /// into the headline (see [`crate::extract::headline::without_menu`]).
    pub home_links: Lexicon,
    /// Words and marks that end an outlet's name there (`از`, `،`).
    pub outlet_stops: Lexicon,
    /// Abbreviations after which a dot does not end a sentence.
    pub abbreviations: &'static [&'static str],
    /// Two words a comma joins into one phrase (`phòng, chống`, prevent and
    /// combat, in the names of boards, plans and laws: `Ban Chỉ huy Phòng,
    /// chống thiên tai`): no office, name or clause ends at that comma, so
    /// [`LanguageData::tokenize`] gives it no token.
    pub comma_pairs: Lexicon,
    /// Labels that introduce the publication date (`تاریخ انتشار`, `Ngày
    /// đăng`).
    pub date_labels: Lexicon,
    /// Labels of the date of the last update (`Cập nhật`, `به‌روزرسانی`): a
    /// date of the page, but not the publication date when another one is
    /// labelled so.
    pub update_labels: Lexicon,
    /// Words that make the date after them a deadline or a period
    /// (`hạn chót`, `مهلت`), never the publication date.
    pub deadline_cues: Lexicon,
    /// Words that make the noun after them a plural (`các`, `những`): an
    /// office after one is held by each of the names listed after it
    /// (`các Phó Thủ tướng Trần Hồng Hà, Lê Thành Long`). Vietnamese only.
    pub plural_markers: Lexicon,
    /// Words right before a year that make it someone's year of birth
    /// (`SN 2004`, `متولد ۱۳۶۵`), never the year a report is written in.
    pub birth_cues: Lexicon,
    /// Units of time with the word for "ago" (`دقیقه پیش`, `giờ trước`):
    /// after a number they make the time stamp of a listing's teaser.
    pub elapsed_time: Lexicon,
    /// Relative day words (`امروز` → 0, `hôm qua` → -1).
    pub relative_days: Vec<(String, i8)>,
    /// Endings that make a word a family name (`زاده`, `پور`, `نژاد`:
    /// `نعمت‌زاده`, `ولی‌پور`), folded: a surname standing alone that no
    /// list of given names anchors is still a person's. Only endings no
    /// common noun has (`نیا` ends `بریتانیا`, `وند` ends `شهروند`).
    pub surname_suffixes: Vec<String>,
}

/// A list of titles with each title also after a rank (`Phó Chánh án`,
/// deputy chief justice) and each, ranked or not, after each word that
/// modifies an office (`cựu Bộ trưởng`, former minister; `tân HLV`, the
/// new coach; `quyền Chủ tịch`, acting chairman): the holder is named
/// after the modified title as after the title, and the role keeps the
/// modifier.
fn with_modifiers(titles: &str, ranks: &str, modifiers: &str) -> String {
    let lines = |raw: &str| -> Vec<String> {
        raw.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')).map(str::to_owned).collect()
    };
    let mut titles = lines(titles);
    // a rank comes nearest the title, and the other modifiers before it
    // (`cựu Phó Chánh án`, former deputy chief justice; `nguyên Phó Chủ
    // tịch`)
    for rank in lines(ranks) {
        let ranked: Vec<String> = titles.iter().map(|title| format!("{rank} {title}")).collect();
        titles.extend(ranked);
    }
    let mut all = titles.clone();
    for modifier in lines(modifiers) {
        all.extend(titles.iter().map(|title| format!("{modifier} {title}")));
    }
    all.join("\n")
}

/// The `name<TAB>value…` rows of a tabular data file.
fn rows(raw: &str) -> impl Iterator<Item = Vec<&str>> {
    raw.lines().filter(|l| !l.trim().is_empty()).map(|l| l.split('\t').collect())
}

/// The rows of a data file of words and their numbers (`سوم\t3`, `hôm
/// qua\t-1`): each word folded, with its number; a row without a number
/// that parses is left out.
fn numbered_rows<N: std::str::FromStr>(raw: &str) -> Vec<(String, N)> {
    rows(raw).filter_map(|r| Some((text::fold(r.first()?), r.get(1)?.parse().ok()?))).collect()
}

/// The text of a language's data file by its role: its name after the
/// language's prefix (`fa_months` is not `fa_afghan_months`); empty when the
/// language has no such file.
fn file_by_role<'f>(files: &[(&str, &'f str)], role: &str) -> &'f str {
    let file = format!("{role}.txt");
    files.iter().find(|(name, _)| name.split_once('_').is_some_and(|(_, rest)| rest == file)).map_or("", |(_, raw)| raw)
}

/// A language's names for the parts of a date. Read apart from the rest of
/// [`LanguageData`]: a page's short lines are matched against the month
/// names of every language, and a page in one language should not build
/// the other's lexicons for that (a third of a one-page run's start-up).
#[derive(Debug)]
pub struct DateNames {
    /// Month names: folded name → (calendar, month number).
    pub months: Vec<(String, crate::extract::date::Calendar, u8)>,
    /// The solar months by the names Afghanistan gives them (`حمل` →
    /// 1, … `حوت` → 12): folded name → month number. Most are common
    /// words too (`میزان`, amount; `سرطان`, cancer), so a date needs its
    /// four-digit year with one.
    pub afghan_months: Vec<(String, u8)>,
    /// Ordinal day words (`سوم` → 3).
    pub ordinal_days: Vec<(String, u8)>,
}

impl DateNames {
    /// Reads the names from a language's data files.
    fn from_files(files: &[(&str, &str)]) -> Self {
        DateNames {
            months: rows(file_by_role(files, "months"))
                .filter_map(|r| {
                    let calendar = match *r.get(1)? {
                        "solar_hijri" => crate::extract::date::Calendar::SolarHijri,
                        "lunar_hijri" => crate::extract::date::Calendar::LunarHijri,
                        _ => crate::extract::date::Calendar::Gregorian,
                    };
                    Some((text::fold(r.first()?), calendar, r.get(2)?.parse().ok()?))
                })
                .collect(),
            afghan_months: numbered_rows(file_by_role(files, "afghan_months")),
            ordinal_days: numbered_rows(file_by_role(files, "ordinal_days")),
        }
    }
}

impl LanguageData {
    /// The tokens of the language's text, an abbreviation's dot kept in
    /// its word (see [`text::tokenize_keeping_abbreviations`]), and no
    /// token for a comma joining one of [`LanguageData::comma_pairs`].
    pub fn tokenize<'a>(&self, text: &'a str) -> Vec<Token<'a>> {
        let mut tokens = text::tokenize_keeping_abbreviations(text, self.abbreviations);
        // (whether a comma may join a pair of words here, told by the
        // pairs' bit as each token is tagged: the pairs are few and rare)
        let mut pairs_may_open = false;
        for token in &mut tokens {
            let first = self.first_words.get(&*token.folded).copied().unwrap_or_default();
            token.lexicons = LEXICONS_TAGGED | first.lexicons;
            token.first_word = first.number;
            pairs_may_open |= first.lexicons & self.comma_pairs.bit != 0;
        }
        if pairs_may_open {
            let mut k = 0;
            while k < tokens.len() {
                // (each entry is a word, the comma, a word)
                if self.comma_pairs.match_at(&tokens, k).is_some() {
                    tokens.remove(k + 1);
                }
                k += 1;
            }
        }
        tokens
    }

    /// Whether a folded line is only a time elapsed (`۲ ساعت پیش`, `5 phút
    /// trước`): the stamp a listing prints under each teaser, which dates
    /// the widget and names nothing.
    pub fn is_elapsed_time_stamp(&self, folded: &str) -> bool {
        // folded digits are ASCII: most short lines open with none
        if !folded.starts_with(|c: char| c.is_ascii_digit()) {
            return false;
        }
        let tokens = text::tokenize(folded);
        let Some((number, rest)) = tokens.split_first() else { return false };
        number.folded.bytes().all(|b| b.is_ascii_digit())
            && self.elapsed_time.match_at(&tokens, 1).is_some_and(|n| n == rest.len())
    }

    /// Where a Persian verb in the imperfective that starts at token `k` ends,
    /// if one does: its prefix joined by a zero-width non-joiner (`می‌گیرند`,
    /// `نمی‌داند`, also with the Arabic `ي`) or standing apart (`می گیرند`).
    /// Such a word is a finite verb, which closes a clause; written without
    /// the joiner it may be a noun (`میدان`, `میلیون`), and is taken only when
    /// a light verb's form follows the prefix (`میگیرند`, `میکند`), a closed
    /// list no noun is made from.
    pub fn imperfective_verb_end(&self, sentence: &str, tokens: &[Token], k: usize) -> Option<usize> {
        let token = &tokens[k];
        let word = &sentence[token.start..token.end];
        // (folding drops the joiner, so the source word is read)
        let joined = ["می", "مي", "نمی", "نمي"]
            .iter()
            .any(|prefix| word.strip_prefix(prefix).is_some_and(|rest| rest.starts_with('\u{200C}')));
        let glued_light_verb = ["می", "نمی"]
            .iter()
            .any(|prefix| token.folded.strip_prefix(prefix).is_some_and(|rest| self.light_verbs.contains(rest)));
        if joined || glued_light_verb {
            return Some(k + 1);
        }
        (matches!(&*token.folded, "می" | "نمی") && tokens.get(k + 1).is_some_and(|t| t.is_word)).then_some(k + 2)
    }

    /// Builds the data from a language's files, looked up by their role.
    fn from_files(language: Language, files: &[(&str, &str)], abbreviations: &'static [&'static str]) -> Self {
        let raw = |role: &str| file_by_role(files, role);
        // each lexicon gets a bit of Token::lexicons while bits last (a
        // lexicon without one looks every token up), and its first words
        // go into the shared index
        let first_words: RefCell<(u32, HashMap<String, FirstWord>)> = RefCell::default();
        let tagged = |mut lexicon: Lexicon| {
            let (next_bit, index) = &mut *first_words.borrow_mut();
            // (a lexicon without a bit still answers, only slower: the
            // tests, built for debugging, say when bits run out)
            debug_assert!(*next_bit < LEXICONS_TAGGED.trailing_zeros(), "more lexicons than LexiconBits has bits");
            if *next_bit < LEXICONS_TAGGED.trailing_zeros() {
                lexicon.bit = 1 << *next_bit;
                *next_bit += 1;
                for (first, entries) in &lexicon.by_first {
                    // words are numbered from 1: 0 is no first word
                    let number = u32::try_from(index.len() + 1).unwrap_or(u32::MAX);
                    let word = index.entry(first.clone()).or_insert(FirstWord { lexicons: 0, number });
                    word.lexicons |= lexicon.bit;
                    lexicon.by_first_word.insert(word.number, entries.clone());
                }
            }
            lexicon
        };
        let get = |role: &str| tagged(Lexicon::from_data(raw(role)));
        let mut data = LanguageData {
            language,
            first_words: HashMap::default(),
            stopwords: get("stopwords"),
            boilerplate_cues: get("boilerplate_cues"),
            end_markers: get("end_markers"),
            closing_marks: get("closing_marks"),
            byline_cues: get("byline_cues"),
            source_cues: get("source_cues"),
            reporting_cues: get("reporting_cues"),
            caption_cues: get("caption_cues"),
            adjective_prefixes: get("adjective_prefixes"),
            quoting_cues: get("quoting_cues"),
            office_scopes: get("office_scopes"),
            posting_titles: get("posting_titles"),
            occupations: get("occupations"),
            naming_phrases: get("naming_phrases"),
            ordinals: get("ordinals"),
            military_ranks: get("military_ranks"),
            picture_nouns: get("picture_nouns"),
            read_more_cues: get("read_more_cues"),
            see_also_cues: get("see_also_cues"),
            tag_labels: get("tag_labels"),
            speech_verbs: get("speech_verbs"),
            weak_speech_verbs: get("speech_verbs_weak"),
            forward_speech_verbs: get("speech_verbs_forward"),
            promise_verbs: get("speech_verbs_promise"),
            event_nouns: get("event_nouns"),
            ministries: get("ministries"),
            predicate_coordinators: get("predicate_coordinators"),
            proforms: get("proforms"),
            adverbs: get("adverbs"),
            aspect_markers: get("aspect_markers"),
            speech_manners: get("speech_manners"),
            speech_nouns: get("speech_nouns"),
            transcript_cues: get("transcript_cues"),
            question_labels: get("question_labels"),
            answer_labels: get("answer_labels"),
            concurrent_office_joiners: get("concurrent_office_joiners"),
            comitatives: get("comitatives"),
            affiliation_markers: get("affiliation_markers"),
            time_openers: get("time_openers"),
            day_parts: get("day_parts"),
            time_words: get("time_words"),
            opinion_disclaimers: get("opinion_disclaimers"),
            weekdays: get("weekdays"),
            relative_day_phrases: tagged(Lexicon::from_data(
                &raw("relative_days").lines().filter_map(|line| line.split('\t').next()).collect::<Vec<_>>().join("\n"),
            )),
            noun_markers: get("noun_markers"),
            passive_markers: get("passive_markers"),
            modal_markers: get("modal_markers"),
            negators: get("negators"),
            verb_compounds: get("verb_compounds"),
            office_acts: get("office_acts"),
            nationality_nouns: get("nationality_nouns"),
            perfect_auxiliaries: get("perfect_auxiliaries"),
            prepositions: get("prepositions"),
            scene_prepositions: get("scene_prepositions"),
            medium_prepositions: get("medium_prepositions"),
            speech_continuations: get("speech_continuations"),
            verb_prepositions: get("verb_prepositions"),
            view_nouns: get("view_nouns"),
            subordinators: get("subordinators"),
            predicatives: get("predicatives"),
            salutations: get("salutations"),
            speaking_acts: get("speaking_acts"),
            // an epithet is read as an office is (see `epithets`)
            titles: tagged(Lexicon::from_data(&with_modifiers(
                &format!("{}\n{}", raw("titles"), raw("epithets")),
                raw("title_ranks"),
                raw("title_modifiers"),
            ))),
            honorifics: get("honorifics"),
            case_honorifics: get("case_honorifics"),
            name_lookalikes: get("name_lookalikes"),
            pronouns: get("pronouns"),
            first_person: get("first_person"),
            first_person_verbs: get("first_person_verbs"),
            connectives: get("connectives"),
            sentence_openers: get("sentence_openers"),
            name_anchors: get(if files.iter().any(|(n, _)| n.ends_with("_given_names.txt")) {
                "given_names"
            } else {
                "surnames"
            }),
            countries: get("countries"),
            sino_vietnamese_countries: get("sino_vietnamese_countries"),
            name_particles: get("name_particles"),
            person_details: get("person_details"),
            body_kinds: get("body_kinds"),
            body_nouns: get("body_nouns"),
            state_body_nouns: get("state_body_nouns"),
            deputy_titles: get("deputy_titles"),
            government_nouns: get("government_nouns"),
            task_complements: get("task_complements"),
            female_words: get("female_words"),
            male_words: get("male_words"),
            places: get("places"),
            place_endings: get("place_endings"),
            admin_units: get("admin_units"),
            home_country: get("home_country"),
            phrase_stops: get("phrase_stops"),
            predicate_heads: get("predicate_heads"),
            according_to_cues: get("according_to_cues"),
            epithets: get("epithets"),
            seats: get("seats"),
            demonstratives: get("demonstratives"),
            demonyms: get("demonyms"),
            quantifiers: get("quantifiers"),
            partitive_heads: get("partitive_heads"),
            indefinite_persons: get("indefinite_persons"),
            light_verbs: get("light_verbs"),
            copulas: get("copulas"),
            outlet_kinds: get("outlet_kinds"),
            news_desks: get("news_desks"),
            newsroom_units: get("newsroom_units"),
            home_links: get("home_links"),
            outlet_stops: get("outlet_stops"),
            abbreviations,
            comma_pairs: get("comma_pairs"),
            date_labels: get("date_labels"),
            update_labels: get("update_labels"),
            deadline_cues: get("deadline_cues"),
            birth_cues: get("birth_cues"),
            plural_markers: get("plural_markers"),
            elapsed_time: get("elapsed_time"),
            relative_days: numbered_rows(raw("relative_days")),
            surname_suffixes: rows(raw("surname_suffixes")).filter_map(|r| Some(text::fold(r.first()?))).collect(),
            finite_verbs: get("finite_verbs"),
            clause_taking: get("clause_taking"),
            stative_predicates: get("stative_predicates"),
            clause_continuations: get("clause_continuations"),
            preamble_nouns: get("preamble_nouns"),
            dangling_words: get("dangling_words"),
        };
        data.first_words = first_words.into_inner().1;
        data
    }
}

/// Every data file of every language, for the test that keeps them tidy.
pub const DATA_FILES: &[&[(&str, &str)]] = &[fa::FILES, vi::FILES];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_entry_matches_its_words_joined_in_every_way_up_to_four_words() {
        let words = |w: &[&str]| w.iter().map(|w| (*w).to_owned()).collect::<Vec<_>>();
        assert_eq!(
            joined_variants(&words(&["a", "b", "c"])),
            [words(&["a", "b", "c"]), words(&["a", "bc"]), words(&["ab", "c"]), words(&["abc"])]
        );
        assert_eq!(joined_variants(&words(&["a", "b", "c", "d"])).len(), 8);
        // longer entries as written only
        assert_eq!(joined_variants(&words(&["a", "b", "c", "d", "e"])), [words(&["a", "b", "c", "d", "e"])]);
        assert_eq!(joined_variants(&words(&["a"])), [words(&["a"])]);
        assert_eq!(joined_variants(&[]), [Vec::<String>::new()]);
    }

    #[test]
    fn date_names_are_read_from_the_language_files() {
        use crate::extract::date::Calendar;
        let persian = Language::Persian.date_names().unwrap_or_else(|| unreachable!());
        let month = |names: &DateNames, name: &str| {
            names.months.iter().find(|(n, _, _)| n == name).map(|(_, calendar, number)| (*calendar, *number))
        };
        // names are kept folded, as the text they are matched in
        assert_eq!(month(persian, &text::fold("آذر")), Some((Calendar::SolarHijri, 9)));
        assert_eq!(month(persian, "آذر"), None);
        assert!(persian.afghan_months.contains(&("حمل".to_owned(), 1)));
        assert!(persian.ordinal_days.contains(&("سوم".to_owned(), 3)));
        let vietnamese = Language::Vietnamese.date_names().unwrap_or_else(|| unreachable!());
        assert_eq!(month(vietnamese, "april"), Some((Calendar::Gregorian, 4)));
        // the Afghan names are Persian's alone
        assert!(vietnamese.afghan_months.is_empty());
        assert!(Language::English.date_names().is_none());
    }

    #[test]
    fn every_lexicon_has_a_bit_of_its_own() {
        for language in [Language::Persian, Language::Vietnamese] {
            let data = language.data().unwrap_or_else(|| unreachable!());
            // the lexicons built first and last
            for lexicon in [&data.stopwords, &data.elapsed_time] {
                assert_ne!(lexicon.bit, 0, "{language:?}");
                assert_eq!(lexicon.bit.count_ones(), 1, "{language:?}");
            }
            assert_ne!(data.stopwords.bit, data.elapsed_time.bit);
        }
    }

    #[test]
    fn shape_filters_let_every_key_through_and_turn_most_words_away() {
        let data = Language::Persian.data().unwrap_or_else(|| unreachable!());
        let keys: Vec<&str> = data.stopwords.phrases.iter().map(String::as_str).collect();
        let filter = ShapeFilter::new(keys.iter().copied());
        assert!(keys.iter().all(|k| filter.may_contain(k)));
        let others = ["بیمارستان", "دانشگاه", "Nguyễn", "thị trường", "x", "", "1404/08/15"];
        let passed = others.iter().filter(|w| !keys.contains(w) && filter.may_contain(w)).count();
        assert!(passed <= 2, "{passed} of {} words not in the set passed", others.len());
    }

    #[test]
    fn tagged_tokens_match_as_untagged_ones_do() {
        let samples = [
            (Language::Persian, "سخنگوی وزارت امور خارجه روز سه‌شنبه در نشست خبری گفت که ایران آماده مذاکره است."),
            (Language::Persian, "به گفته رئیس جمهور، دولت تاکید کرده که قیمت‌ها افزایش نمی‌یابد."),
            (
                Language::Vietnamese,
                "Ông Nguyễn Văn An, Phó Chủ tịch UBND TP. Hồ Chí Minh, cho biết: thành phố sẽ kiểm tra.",
            ),
            (Language::Vietnamese, "Theo bà Lê Thị Hoa, Giám đốc Sở Y tế, được thông báo rằng bệnh viện đã quá tải."),
        ];
        for (language, sentence) in samples {
            let data = language.data().unwrap_or_else(|| unreachable!());
            let tagged = data.tokenize(sentence);
            let untagged = text::tokenize_keeping_abbreviations(sentence, data.abbreviations);
            assert!(tagged.iter().all(|t| t.lexicons & LEXICONS_TAGGED != 0));
            assert!(untagged.iter().all(|t| t.lexicons == 0));
            let lexicons = [
                &data.speech_verbs,
                &data.weak_speech_verbs,
                &data.titles,
                &data.honorifics,
                &data.stopwords,
                &data.noun_markers,
                &data.countries,
                &data.relative_day_phrases,
            ];
            let mut matched = 0;
            for lexicon in lexicons {
                for i in 0..tagged.len() {
                    let found = lexicon.match_at(&tagged, i);
                    assert_eq!(found, lexicon.match_at(&untagged, i), "{sentence} at {}", tagged[i].folded);
                    matched += usize::from(found.is_some());
                }
            }
            // the sentences hold entries: a tag that turned every token
            // away would pass the comparison above on no match at all
            assert!(matched >= 5, "{sentence}: {matched} matches");
            // a lexicon may match where one of its entries starts
            for lexicon in lexicons {
                let starts = (0..tagged.len()).any(|i| lexicon.match_at(&tagged, i).is_some());
                assert!(lexicon.may_match_in(&tagged) || !starts, "{sentence}");
                assert!(lexicon.may_match_in(&untagged), "untagged tokens are always looked up");
            }
        }
        let data = Language::Vietnamese.data().unwrap_or_else(|| unreachable!());
        assert!(!data.speech_verbs.may_match_in(&data.tokenize("Thành phố sẽ tăng cường kiểm tra.")));
        assert!(data.speech_verbs.may_match_in(&data.tokenize("Ông An cho biết thành phố sẽ kiểm tra.")));
    }

    #[test]
    fn letter_classes_follow_the_scripts() {
        for c in ('\0'..='\u{FFFF}').chain('\u{10000}'..='\u{1FFFF}') {
            let class = letter_class(c);
            // the Latin classes are exactly the Latin letters
            let latin = matches!(class, LetterClass::Latin | LetterClass::VietnameseLatin);
            assert_eq!(latin, text::is_latin_letter(c), "U+{:04X}", c as u32);
            if ('\u{0080}'..='\u{07FF}').contains(&c) {
                assert_eq!(TWO_BYTE_CLASSES[c as usize], class, "U+{:04X}", c as u32);
            }
            if ('\u{1E00}'..='\u{1EFF}').contains(&c) {
                assert_eq!(LATIN_EXTENDED_ADDITIONAL_CLASSES[c as usize - 0x1E00], class, "U+{:04X}", c as u32);
            }
        }
        assert_eq!(letter_class('ư'), LetterClass::VietnameseLatin);
        assert_eq!(letter_class('é'), LetterClass::Latin);
        assert_eq!(letter_class('گ'), LetterClass::PersianOnly);
        assert_eq!(letter_class('ي'), LetterClass::ArabicForm);
        assert_eq!(letter_class('۴'), LetterClass::PersianDigit);
        assert_eq!(letter_class('ﻻ'), LetterClass::ArabicScript);
    }

    #[test]
    fn identifies_persian_vietnamese_and_others() {
        assert_eq!(identify("ارائه ۲ میلیون خدمت درمانی در بیمارستانهای دولتی قم"), Language::Persian);
        assert_eq!(identify("Bệnh viện Đa khoa tỉnh Lào Cai phấn đấu đạt chuẩn"), Language::Vietnamese);
        assert_eq!(identify("قال المتحدث باسم الوزارة إن الاجتماع كان مثمرا"), Language::Arabic);
        assert_eq!(
            identify("The minister said that the meeting was useful for all of the parties."),
            Language::English
        );
        assert_eq!(identify("12345 !!!"), Language::Undetermined);
    }

    #[test]
    fn a_persian_page_with_english_menus_is_persian() {
        let text = "Home | About | English\nدیدار مسوولان بهداشت و درمان کشور با شهردار تهران برگزار شد";
        assert_eq!(identify(text), Language::Persian);
    }

    #[test]
    fn a_blob_of_letters_without_spaces_says_nothing_of_the_language() {
        // an obfuscated copy of the article printed under it, in base64
        let sentence = "Vụ trưởng Vụ Chính quyền địa phương cho biết chỉ tạm dừng đề án sắp xếp cấp xã.";
        let blob = "4bu4Yzom4bqh4bq/e8O1w7Xhu6gqw7LDlGTDtOG6v8SDKkDDgOG7iSbhu4bhu4lkJnHhu5VXJlHDoeG7hy".repeat(20);
        assert_eq!(identify(&format!("{sentence}\n{blob}")), Language::Vietnamese);
        assert_eq!(identify(&format!("{blob} {sentence}")), Language::Vietnamese);
        let persian = "مدیرعامل شرکت آب و فاضلاب استان تهران گفت ذخیره سدها کاهش یافته است.";
        assert_eq!(identify(&format!("{persian}\n{blob}")), Language::Persian);
        // words apart on lines of their own, or spaced with no-break or
        // thin spaces, are still words
        for space in ["\n", "\u{00A0}", "\u{2009}"] {
            let spaced = sentence.replace(' ', space).repeat(3);
            assert_eq!(identify(&format!("{spaced}\n{blob}")), Language::Vietnamese, "{space:?}");
        }
        // a page of nothing but a blob is no language's, and only the
        // sample's characters are read
        assert_eq!(identify(&blob), Language::Undetermined);
        let past_the_sample = format!("{} {sentence}", "1 ".repeat(IDENTIFY_SAMPLE_CHARS));
        assert_eq!(identify(&past_the_sample), Language::Undetermined);
    }

    #[test]
    fn french_is_not_vietnamese() {
        assert_ne!(identify("Le ministre a déclaré que la réunion était très utile à Hà Nội"), Language::Vietnamese);
    }

    #[test]
    fn data_files_are_sorted_and_free_of_duplicates() {
        for files in DATA_FILES {
            for (name, raw) in *files {
                let lines: Vec<&str> = raw.lines().collect();
                assert!(!lines.is_empty(), "{name} is empty");
                for pair in lines.windows(2) {
                    assert!(
                        pair[0] < pair[1],
                        "{name}: {:?} must come after {:?} (sorted, no duplicates)",
                        pair[0],
                        pair[1]
                    );
                }
                for line in &lines {
                    assert_eq!(*line, line.trim(), "{name}: stray whitespace in {line:?}");
                    assert!(!line.is_empty(), "{name}: blank line");
                }
                // folding matches every spelling of an entry (`تأکید` and
                // `تاکید`, `پنج‌شنبه` and `پنجشنبه`, `Trưởng Ban` and `Trưởng
                // ban`): a second spelling is a duplicate
                let mut folded: Vec<String> =
                    lines.iter().map(|line| text::fold(line.split('\t').next().unwrap_or(line))).collect();
                folded.sort_unstable();
                if let Some(pair) = folded.windows(2).find(|pair| pair[0] == pair[1]) {
                    panic!("{name}: two spellings of {:?}; folding matches both", pair[0]);
                }
            }
        }
    }

    #[test]
    fn a_comma_joining_a_listed_pair_of_words_is_no_token() {
        let data = Language::Vietnamese.data().unwrap();
        let words = |line: &str| data.tokenize(line).iter().map(|t| t.folded.to_string()).collect::<Vec<_>>();
        assert_eq!(words("Ban Phòng, chống thiên tai"), ["ban", "phòng", "chống", "thiên", "tai"]);
        // (the pair in that order only, and only across a comma)
        assert_eq!(words("chống, phòng"), ["chống", ",", "phòng"]);
        assert_eq!(words("phòng, họp"), ["phòng", ",", "họp"]);
        assert_eq!(words("họp, chống"), ["họp", ",", "chống"]);
        assert_eq!(words("phòng; chống"), ["phòng", ";", "chống"]);
        assert_eq!(words("phòng,"), ["phòng", ","]);
        assert_eq!(words(", chống"), [",", "chống"]);
    }

    #[test]
    fn lexicon_matches_spelling_variants() {
        let lex = Lexicon::from_data("اظهار داشت\nرییس\n");
        for text in ["اظهار داشت", "اظهارداشت", "اظهار\u{200C}داشت"] {
            let tokens = text::tokenize(text);
            assert!(lex.match_at(&tokens, 0).is_some(), "{text}");
        }
        assert!(lex.contains(&text::fold("رئيس")));
        // an entry written with a non-joiner matches the word written apart
        let lex = Lexicon::from_data("بهره\u{200C}برداری از\n");
        for text in ["بهره برداری از", "بهره\u{200C}برداری از", "بهرهبرداری از"] {
            let tokens = text::tokenize(text);
            assert_eq!(lex.match_at(&tokens, 0), Some(tokens.len()), "{text}");
        }
    }

    #[test]
    fn lexicon_finds_whole_words_only() {
        let lex = Lexicon::from_data("tags\nbình luận\n");
        assert!(lex.occurs_in(&text::fold("• Tags:")));
        assert!(!lex.occurs_in(&text::fold("hashtags here")));
        assert!(lex.occurs_in(&text::fold("Gửi Bình luận")));
    }
}
