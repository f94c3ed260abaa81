//! Stage 2: text → ordered blocks. A block is one line of the source with
//! its whitespace collapsed, remembering where it stood (line number, how
//! many empty lines came before it). A line that holds a whole flattened
//! page is cut into sentences so that the later stages, which decide block
//! by block, still see units of a sensible size. Text a tool wrapped at a
//! fixed width has its lines joined back first (`unwrapped`).

use std::borrow::Cow;

use crate::lang::LanguageData;
use crate::text::{self, Token};

/// One unit of the document the classifier labels.
#[derive(Debug, Clone, PartialEq)]
pub struct Block {
    /// The text, whitespace collapsed.
    pub text: String,
    /// 1-based line of the source the block comes from.
    pub line: usize,
    /// Empty lines right before this block. Crawlers render an image as an
    /// empty line, so a larger gap often sets a caption apart.
    pub gap_before: usize,
    /// Whether the block is a sentence cut out of a flattened line.
    pub from_flattened_line: bool,
    /// Whether the next block's sentence was glued onto this one with no
    /// stop between: a caption or subheading a crawler flattened onto the
    /// text after it (see [`split_before_glued_sentences`] and
    /// [`split_after_glued_clauses`]).
    pub runs_into_next: bool,
    /// Whether the block is a title in quotation marks cut off the unit it
    /// opened, which the page prints elsewhere too: a related article's
    /// link (see [`split_repeated_quoted_titles`]).
    pub repeated_title: bool,
    /// Whether the block is a row of a table a crawler printed as text
    /// (`| … |`), its outer pipes taken off: a cell of the page's layout.
    pub table_cell: bool,
    /// What the DOM says about the block, for HTML pages.
    pub dom: Option<DomInfo>,
}

/// A block's place in an HTML page.
#[derive(Debug, Clone, PartialEq)]
pub struct DomInfo {
    /// The nearest block-level element (`p`, `li`, `h2` …).
    pub tag: String,
    /// Share of the block's characters inside links.
    pub link_density: f64,
    /// The text of each link of the block (a tag list's tags).
    pub link_texts: Vec<String>,
    /// A chrome word in the `class` or `id` of an element between the main
    /// container and the block (`related`, `comment` …).
    pub chrome_hint: Option<String>,
    /// Inside a `<figcaption>`, or an element whose `class` or `id` says caption.
    pub caption: bool,
    /// Inside an element whose `class` or `id` says author or byline.
    pub byline: bool,
    /// Heading level (1–6), 0 outside headings.
    pub heading: u8,
    /// Inside the page's main container.
    pub in_main: bool,
    /// Between the `<h1>` and the main container: the lead of pages that
    /// print it above the body.
    pub before_main: bool,
    /// The elements above the block, outermost first.
    pub ancestors: Vec<ego_tree::NodeId>,
}

/// A line at least this long (in characters) may be a flattened page
/// rather than a paragraph. Real news paragraphs stay under about 1,200
/// characters (150 words); the flattened pages of the development set run
/// from 1,500 to 17,000.
const FLATTENED_MIN_CHARS: usize = 1_500;

/// …and it must hold at least this many sentences: a long paragraph has a
/// handful, a flattened page dozens.
const FLATTENED_MIN_SENTENCES: usize = 8;

/// A document with at most this many lines is a flattened page (a crawl
/// record with its line breaks removed, or headline plus one line): its
/// lines are cut into sentences whatever their length.
const FLATTENED_DOCUMENT_MAX_LINES: usize = 2;

/// A document of one line more is a flattened page too when a line under
/// the headline is shorter than a sentence of prose (ten words, as the
/// classifier reads prose): the headline, its date or byline, and the
/// article run into one line. Two lines of prose under a headline are the
/// article's own paragraphs (`title / lead / paragraph`), which a writer
/// keeps whole however many sentences they hold.
const FLATTENED_DOCUMENT_SHORT_LINE_MAX_WORDS: usize = 9;

/// Runs of this many spaces inside a line separate units in crawl text
/// (list items, bylines, related headlines run together); writers never
/// type three spaces inside a sentence.
const SEPARATOR_MIN_SPACES: usize = 3;

/// Markers that crawlers leave between units of a flattened page, with a
/// space on either side: any space character, as pages set them with
/// no-break or thin spaces too (`Trang chủ&nbsp;//&nbsp;Tin tức`). A
/// bullet is a list's item marker, a menu's above all (`• Thế giới • Đời
/// thường • …`), which a flattened page runs together.
const SPACED_SEPARATORS: [&str; 3] = ["//", "|", BULLET];

/// The bullet of [`SPACED_SEPARATORS`], found apart from the ASCII marks.
const BULLET: &str = "•";

/// A marker crawlers leave between units with or without spaces.
const BARE_SEPARATOR: &str = ">>>";

/// A glued headline is only looked for among the first units of a page.
const GLUED_HEADLINE_WINDOW: usize = 12;

/// The repeated sentence that reveals a glued headline must be this long,
/// so that a short common phrase cannot cut a unit.
const GLUED_SUFFIX_MIN_WORDS: usize = 6;

/// Splits text into blocks. `abbreviations` keeps sentence splitting from
/// cutting after `TP.` and the like.
pub fn from_text(text: &str, abbreviations: &[&str]) -> Vec<Block> {
    let source_lines: Vec<&str> = text.split('\n').collect();
    let lines = unwrapped(&source_lines);
    let flattened_document = is_flattened_document(lines.iter().map(|(_, line)| line.as_ref()));
    let mut blocks = Vec::new();
    let mut gap = 0;
    for (index, raw_line) in &lines {
        let index = *index;
        if raw_line.trim().is_empty() {
            gap += 1;
            continue;
        }
        let raw_line = without_markdown_marks(raw_line);
        let row_cells = table_row_cells(raw_line);
        let pieces = separated_units(row_cells.unwrap_or(raw_line));
        // a line of one piece is flattened when it holds several sentences
        // and the page is a few lines only, or when it is long; the
        // sentences found here are reused to cut it
        let mut sentences_of_single = None;
        let whole = pieces.first().map_or("", String::as_str);
        // a short line of a page of many lines cannot be flattened: its
        // sentences need not be found (bytes bound characters from above)
        let may_be_flattened = flattened_document || whole.len() >= FLATTENED_MIN_CHARS;
        let flattened = pieces.len() > 1
            || may_be_flattened && {
                let sentences = text::sentences(whole, abbreviations);
                let count = sentences.len();
                sentences_of_single = Some(sentences);
                flattened_document && count > 1
                    || count >= FLATTENED_MIN_SENTENCES && whole.chars().count() >= FLATTENED_MIN_CHARS
            };
        let mut first = true;
        for piece in &pieces {
            let units: Vec<String> = if flattened {
                let sentences = sentences_of_single.take().unwrap_or_else(|| text::sentences(piece, abbreviations));
                sentences.into_iter().map(|(s, e)| piece[s..e].to_owned()).collect()
            } else {
                vec![piece.clone()]
            };
            for unit in units {
                blocks.push(Block {
                    text: unit,
                    line: index + 1,
                    gap_before: if first { gap } else { 0 },
                    from_flattened_line: flattened,
                    runs_into_next: false,
                    repeated_title: false,
                    table_cell: row_cells.is_some(),
                    dom: None,
                });
                first = false;
            }
        }
        gap = 0;
    }
    join_continued_lines(&mut blocks);
    split_glued_headline(&mut blocks);
    split_twice_printed_title(&mut blocks);
    blocks
}

/// Whether the page's lines are so few that they are a flattened page:
/// see [`FLATTENED_DOCUMENT_MAX_LINES`].
fn is_flattened_document<'a>(lines: impl Iterator<Item = &'a str>) -> bool {
    // (one line more than that is enough to tell: the rest is not read)
    let first_lines: Vec<&str> =
        lines.filter(|l| !l.trim().is_empty()).take(FLATTENED_DOCUMENT_MAX_LINES + 2).collect();
    match first_lines.len() {
        n if n <= FLATTENED_DOCUMENT_MAX_LINES => true,
        n if n == FLATTENED_DOCUMENT_MAX_LINES + 1 => first_lines[1..]
            .iter()
            .any(|line| line.split_whitespace().count() <= FLATTENED_DOCUMENT_SHORT_LINE_MAX_WORDS),
        _ => false,
    }
}

/// Narrowest width a hard-wrapping tool sets lines to: `fold`, `fmt`,
/// `lynx -dump`, `w3m -dump` and `html2text` wrap at 72–80 columns, mail
/// and archive tools at 60 or more. Lines all narrower than this are a
/// list of short items (a menu, a link list), not wrapped prose.
const WRAP_MIN_WIDTH: usize = 40;

/// Widest width a hard-wrapping tool sets lines to (132, a wide terminal,
/// with room to spare). A page whose paragraphs run wider was not wrapped:
/// its writer ended each line.
const WRAP_MAX_WIDTH: usize = 160;

/// Fewest lines broken where the next word would not fit that show a
/// wrapping tool at work: a page its writer broke may have a line or two
/// as long as the longest by chance, never a run of them.
const WRAPPED_MIN_LINES: usize = 3;

/// Columns by which the tool's count of a line may differ from ours: a
/// trailing space it kept, a character it counted as two columns.
const WRAP_TOLERANCE: usize = 2;

/// …and by which it may differ before a line going on in lower case, a
/// sentence's words going on whatever the width: a tool that counted the
/// characters of a Vietnamese page spelling some letters and their marks
/// apart (decoding composes them) found its lines longer than we do by
/// as many marks.
const LOWER_CASE_WRAP_TOLERANCE: usize = 6;

/// How a wrapping tool counts a line's width: in characters (Python's
/// `textwrap`), in characters of the text as the page spelled it before
/// decoding composed it (Vietnamese pages often spell a letter and its
/// marks apart), in screen columns, where zero-width joiners and combining
/// marks take none (`lynx`, `w3m`), or in bytes (GNU `fold` and `fmt`).
#[derive(Debug, Clone, Copy)]
enum WrapMeasure {
    Characters,
    DecomposedCharacters,
    Columns,
    Bytes,
}

impl WrapMeasure {
    const ALL: [WrapMeasure; 4] =
        [WrapMeasure::Characters, WrapMeasure::DecomposedCharacters, WrapMeasure::Columns, WrapMeasure::Bytes];

    fn width(self, text: &str) -> usize {
        match self {
            WrapMeasure::Characters => text.chars().count(),
            WrapMeasure::DecomposedCharacters => {
                let mut count = 0;
                for c in text.chars() {
                    unicode_normalization::char::decompose_canonical(c, |_| count += 1);
                }
                count
            }
            WrapMeasure::Columns => text.chars().filter(|&c| !is_zero_width(c)).count(),
            WrapMeasure::Bytes => text.len(),
        }
    }
}

/// Whether a character of the Latin or Arabic script takes no column on
/// a screen: a zero-width space or joiner, or a combining mark (the
/// diacritics of U+0300–U+036F, the Arabic vowel signs and Quranic marks).
/// Written out, not looked up, as every character of a page short enough
/// to have been wrapped is counted.
fn is_zero_width(c: char) -> bool {
    (c as u32) >= 0x300
        && matches!(c,
            '\u{0300}'..='\u{036F}'
            | '\u{0610}'..='\u{061A}'
            | '\u{064B}'..='\u{065F}'
            | '\u{0670}'
            | '\u{06D6}'..='\u{06DC}'
            | '\u{06DF}'..='\u{06E4}'
            | '\u{06E7}'..='\u{06E8}'
            | '\u{06EA}'..='\u{06ED}'
            | '\u{200B}'..='\u{200F}')
}

/// The source's lines, each with its index, where lines a tool wrapped
/// at a fixed width (crawl text dumped by `lynx -dump` or `html2text`, an
/// archive's text files) are joined back into the lines they were cut
/// from: a headline over two lines, a paragraph over five. A line is cut
/// by the tool where the next word would not fit, so it is joined to the
/// next when it is within that word of the page's width. Lines of a page
/// not wrapped come back as they are.
fn unwrapped<'a>(lines: &[&'a str]) -> Vec<(usize, Cow<'a, str>)> {
    // the measure the tool counted in fits the most lines
    let wrap = may_be_wrapped(lines)
        .then_some(WrapMeasure::ALL)
        .into_iter()
        .flatten()
        .filter_map(|measure| wrap_width(lines, measure).map(|(width, cut)| (measure, width, cut)))
        .max_by_key(|&(_, _, cut)| cut);
    let Some((measure, width, _)) = wrap else {
        return lines.iter().map(|&line| Cow::Borrowed(line)).enumerate().collect();
    };
    let cut: Vec<bool> = (0..lines.len())
        .map(|i| lines.get(i + 1).is_some_and(|next| is_cut_by_wrap(lines[i], next, measure, width)))
        .collect();
    // Where the tool sets paragraphs apart with an empty line (lynx,
    // html2text), a line cut goes on whatever it ends with. Where a
    // paragraph's end runs straight into the next one, a cut line ending
    // a sentence may have been a paragraph's end that filled the line,
    // and is left to end one: a paragraph cut in two at a sentence's end
    // loses less than two run together.
    let (mut ends_before_text, mut ends_before_gap) = (0, 0);
    // (the page's last line ends none: nothing comes after it)
    let last_text = lines.iter().rposition(|line| !line.trim().is_empty()).unwrap_or_default();
    for (i, pair) in lines[..=last_text].windows(2).enumerate() {
        if !cut[i] && !pair[0].trim().is_empty() {
            if pair[1].trim().is_empty() {
                ends_before_gap += 1;
            } else {
                ends_before_text += 1;
            }
        }
    }
    // (as often as not is enough to be careful)
    let paragraphs_run_together = ends_before_text > 0 && ends_before_text >= ends_before_gap;
    let goes_on: Vec<bool> =
        (0..lines.len()).map(|i| cut[i] && !(paragraphs_run_together && text::ends_with_stop(lines[i]))).collect();
    joined_lines(lines, &goes_on)
}

/// The lines, each with its index, where each line `goes_on` says goes
/// on has the next joined to it.
fn joined_lines<'a>(lines: &[&'a str], goes_on: &[bool]) -> Vec<(usize, Cow<'a, str>)> {
    let mut joined: Vec<(usize, Cow<'a, str>)> = Vec::with_capacity(lines.len());
    for (index, &line) in lines.iter().enumerate() {
        match joined.last_mut() {
            Some((_, previous)) if index > 0 && goes_on[index - 1] => {
                let previous = previous.to_mut();
                // the spaces the tool cut at stay as they were (three of
                // them separate units), the next line's indent goes; a
                // word the tool broke after its hyphen (`COVID-` / `19`)
                // is one word again
                let broken_word = previous.strip_suffix('-').is_some_and(|word| word.ends_with(char::is_alphanumeric));
                if !broken_word && !previous.ends_with(char::is_whitespace) {
                    previous.push(' ');
                }
                previous.push_str(line.trim_start());
            }
            _ => joined.push((index, Cow::Borrowed(line))),
        }
    }
    joined
}

/// Whether `line` ends where a tool wrapping at `width` cut it: the next
/// line's first word would not have fit after it. A line of one word (a
/// file's name, a link) stands alone, and so does a word as wide as half
/// a line after any line: a tool sets a word too long for the width on a
/// line of its own, and so does a page; words of prose are shorter. A
/// line opening with a bullet opens a list's item (a tool indents the
/// item's own next lines); not one opening with a dash, which a tool
/// moves to a line's start as often as a writer sets an item off with it
/// (`… – اژدهای قرمز – …`).
fn is_cut_by_wrap(line: &str, next: &str, measure: WrapMeasure, width: usize) -> bool {
    let next = next.trim_start();
    if text::bullet_len(next) > 0 && !next.starts_with(text::DASHES) && text::strip_tatweel_dash(next).is_none() {
        return false;
    }
    let Some(first_word) = next.split_whitespace().next() else { return false };
    let line = line.trim_end();
    let first_word_width = measure.width(first_word);
    let tolerance = if first_word.starts_with(char::is_lowercase) { LOWER_CASE_WRAP_TOLERANCE } else { WRAP_TOLERANCE };
    line.trim_start().contains(char::is_whitespace)
        && first_word_width * 2 <= width
        && measure.width(line) + 1 + first_word_width + tolerance > width
}

/// Whether no line that could have been broken is wider than a tool
/// wraps at however it counts: most pages have a paragraph that is, found
/// before their lines are measured four ways.
fn may_be_wrapped(lines: &[&str]) -> bool {
    lines.iter().all(|line| {
        let line = line.trim_end();
        // Bytes bound every measure from above; characters bound screen
        // columns, the smallest measure, from above, and from below by
        // half: marks and joiners never make half of a line's characters.
        // Most lines are told by a length or a count, not measured.
        let fits = || {
            let characters = line.chars().count();
            characters <= WRAP_MAX_WIDTH
                || characters <= 2 * WRAP_MAX_WIDTH && WrapMeasure::Columns.width(line) <= WRAP_MAX_WIDTH
        };
        line.len() <= WRAP_MAX_WIDTH || fits() || !line.trim_start().contains(char::is_whitespace)
    })
}

/// The width the page's lines were wrapped at, counted by `measure`, and
/// how many lines were cut there inside a sentence, when they were: no
/// line that could have been broken (one holding a space) is wider, and
/// of the lines at least half as wide that run on into a next line, most
/// were cut inside a sentence where the next line's first word would not
/// fit.
fn wrap_width(lines: &[&str], measure: WrapMeasure) -> Option<(usize, usize)> {
    let mut width = 0;
    for line in lines {
        // (an indent counts: the tool set it within the width)
        let line = line.trim_end();
        if line.trim_start().contains(char::is_whitespace) {
            width = width.max(measure.width(line));
            if width > WRAP_MAX_WIDTH {
                return None;
            }
        }
    }
    if width < WRAP_MIN_WIDTH {
        return None;
    }
    let (mut wide, mut cut) = (0, 0);
    for pair in lines.windows(2) {
        let (line, next) = (pair[0].trim_end(), pair[1]);
        if next.trim().is_empty() || measure.width(line) * 2 < width {
            continue;
        }
        wide += 1;
        // (a line ending a sentence may be a paragraph as long as the
        // longest by chance: only a line cut inside one tells)
        cut += usize::from(is_cut_by_wrap(line, next, measure, width) && !text::ends_with_stop(line));
    }
    (cut >= WRAPPED_MIN_LINES && cut * 2 >= wide).then_some((width, cut))
}

/// Most `#` marks of a Markdown heading (`######`).
const MARKDOWN_HEADING_MAX_LEVEL: usize = 6;

/// A line of a page dumped as Markdown (as reader services and crawlers
/// print pages) without the marks that set it as a heading or in bold
/// (`# Title`, `**Title**`, `__Title__`): they say how the line was
/// printed, as the tags of an HTML page do, and are no words of it. A
/// hashtag (`#word`) is no heading, and a line with bold inside it keeps
/// its marks.
fn without_markdown_marks(line: &str) -> &str {
    // (nearly every line opens with none of the marks, and no space)
    let opens_with_mark = |text: &str| text.starts_with(['#', '*', '_']);
    if !(opens_with_mark(line) || line.starts_with(char::is_whitespace) && opens_with_mark(line.trim_start())) {
        return line;
    }
    let trimmed = line.trim();
    let after_hashes = trimmed.trim_start_matches('#');
    let level = trimmed.len() - after_hashes.len();
    let text = if (1..=MARKDOWN_HEADING_MAX_LEVEL).contains(&level) && after_hashes.starts_with([' ', '\t']) {
        after_hashes.trim_start()
    } else {
        trimmed
    };
    let unbolded = ["**", "__"].iter().find_map(|mark| {
        let inner = text.strip_prefix(mark)?.strip_suffix(mark)?;
        (!inner.trim().is_empty() && !inner.contains(mark)).then(|| inner.trim())
    });
    match unbolded {
        Some(inner) => inner,
        None if text.len() < trimmed.len() => text,
        None => line,
    }
}

/// What a line printed as a table's row (`| cell |`, `| cell | cell |`)
/// holds between its outer pipes, when it is one: the pipes are layout.
fn table_row_cells(line: &str) -> Option<&str> {
    line.trim().strip_prefix('|')?.strip_suffix('|')
}

/// Punctuation that goes inside a sentence and never opens one.
fn is_clause_mark(c: char) -> bool {
    matches!(c, '،' | ',' | '؛' | ';')
}

/// Words a line ending with a comma has at least for the next line to go
/// on with its sentence: a clause of prose (`ناصر کنعانی سخنگوی وزارت
/// خارجه … برگزار شده بود،`), not a list of a few links.
const CONTINUED_LINE_MIN_WORDS: usize = 6;

/// Joins a line that opens with a comma or semicolon to the line before
/// it: no paragraph starts with one, so the crawler broke a sentence
/// where a link or a styled word ended (`به گزارش خبرگزاری موج` / `،
/// سید عباس عراقچی … گفت: …`). So is a line right under a clause of prose
/// ended by a comma, when it opens in small letters or in a script
/// without case: no paragraph ends with a comma (`… برگزار شده بود،` /
/// `در پاسخ به سوالی … گفت: …`, the speech and its speaker).
fn join_continued_lines(blocks: &mut Vec<Block>) {
    join_into_previous(blocks, |previous, block| {
        if block.text.starts_with(is_clause_mark) {
            Some("")
        } else {
            goes_on_after_comma(previous, block).then_some(" ")
        }
    });
}

/// Appends each block to the one before it (after it has taken in its own
/// followers) where `joiner` gives the text to put between them.
fn join_into_previous(blocks: &mut Vec<Block>, joiner: impl Fn(&Block, &Block) -> Option<&'static str>) {
    let mut joined: Vec<Block> = Vec::with_capacity(blocks.len());
    for block in blocks.drain(..) {
        match joined.last_mut().and_then(|previous| joiner(previous, &block).map(|between| (previous, between))) {
            Some((previous, between)) => {
                previous.text.push_str(between);
                previous.text.push_str(&block.text);
            }
            None => joined.push(block),
        }
    }
    *blocks = joined;
}

/// Joins a question cut out of a flattened line to the unit after it when
/// that one opens with a speech verb and a colon: `وی در پاسخ به این پرسش
/// که در پاییز خاموشی خواهیم داشت؟ گفت: …` (in answer to the question
/// whether …, he said: …) is one sentence, the question the object of the
/// answer's verb. A capital after the question opens a line of its own
/// (an interview's label, `Trả lời: …`); a caseless script has none.
pub fn join_questions_to_their_speech_verbs(blocks: &mut Vec<Block>, data: &LanguageData) {
    let question_cut_off =
        |previous: &Block, block: &Block| previous.line == block.line && previous.text.ends_with(['؟', '?']);
    // (the blocks are only rebuilt where a question was cut off: few pages
    // have one)
    if !blocks.windows(2).any(|pair| question_cut_off(&pair[0], &pair[1])) {
        return;
    }
    let opens_with_speech_verb_and_colon = |text: &str| {
        !text.starts_with(char::is_uppercase) && {
            let tokens = data.tokenize(text);
            data.speech_verbs.match_at(&tokens, 0).is_some_and(|n| tokens.get(n).is_some_and(|t| t.folded == ":"))
        }
    };
    join_into_previous(blocks, |previous, block| {
        (question_cut_off(previous, block) && opens_with_speech_verb_and_colon(&block.text)).then_some(" ")
    });
}

/// Whether a block is a whole line of the text: not a unit cut out of a
/// flattened line nor a table's cell, which are cut apart on purpose.
fn is_whole_line(block: &Block) -> bool {
    !block.from_flattened_line && !block.table_cell
}

/// Joins a line that ends with a word no sentence or title ends with (a
/// preposition or a conjunction, see [`LanguageData::dangling_words`]: `…
/// ۱۵۶ پروژه عمرانی در` / `این استان …`), or with a reporting cue (`به
/// گزارش` / `خبرنگار باشگاه …`), to the line right under it: a print
/// layout or a crawler broke the sentence there. Units of a flattened
/// line and table cells are cut apart on purpose and stay so.
pub fn join_lines_broken_after_function_words(blocks: &mut Vec<Block>, data: &LanguageData) {
    let ends_dangling = |line: &str| {
        // (a word with its punctuation is no entry: `در،` ends a clause)
        let line = line.trim_end();
        let Some((rest, last)) = line.rsplit_once(' ') else { return false };
        // the last two words as they stand, read without a copy (a cue is
        // written with one space)
        let last_two = rest.rfind(' ').map_or(line, |space| &line[space + 1..]);
        data.dangling_words.contains(&text::fold_cow(last)) || data.reporting_cues.contains(&text::fold_cow(last_two))
    };
    join_into_previous(blocks, |previous, block| {
        (block.gap_before == 0 && is_whole_line(previous) && is_whole_line(block) && ends_dangling(&previous.text))
            .then_some(" ")
    });
}

/// Whether `next`, on the line right under `previous`, goes on with the
/// sentence `previous` broke off after a comma (see
/// [`join_continued_lines`]). Units of a flattened line and table cells
/// are cut apart on purpose and stay so.
fn goes_on_after_comma(previous: &Block, next: &Block) -> bool {
    next.gap_before == 0
        && previous.text.ends_with(['،', ','])
        && is_whole_line(previous)
        && is_whole_line(next)
        && next.text.starts_with(|c: char| c.is_alphabetic() && !c.is_uppercase())
        && text::has_words(&previous.text, CONTINUED_LINE_MIN_WORDS)
}

/// Cuts a line at the separators crawlers leave in flattened text, and
/// collapses the whitespace of each piece.
fn separated_units(line: &str) -> Vec<String> {
    // a collapsed line has no run of spaces: most lines are
    let collapsed = text::is_collapsed(line);
    if !has_separator_mark(line) && (collapsed || !has_space_run(line)) {
        let piece = if collapsed { line.to_owned() } else { text::collapse_whitespace(line) };
        return if piece.is_empty() { Vec::new() } else { vec![piece] };
    }
    let mut pieces = vec![String::new()];
    let mut spaces = 0;
    let mut rest = line;
    while let Some(c) = rest.chars().next() {
        // a bullet opening the line is the item's marker, kept with it
        let opens_line = || pieces.iter().all(|piece| piece.trim().is_empty());
        if let Some(len) = separator_len(rest).filter(|_| !(rest.trim_start().starts_with(BULLET) && opens_line())) {
            pieces.push(String::new());
            rest = &rest[len..];
            spaces = 0;
            continue;
        }
        if c.is_whitespace() {
            spaces += 1;
            if spaces == SEPARATOR_MIN_SPACES {
                pieces.push(String::new());
            }
        } else {
            spaces = 0;
        }
        if let Some(last) = pieces.last_mut() {
            last.push(c);
        }
        rest = &rest[c.len_utf8()..];
    }
    pieces.into_iter().map(|p| text::collapse_whitespace(&p)).filter(|p| !p.is_empty()).collect()
}

/// The length in bytes of the separator `rest` opens with, if it opens
/// with one (see [`SPACED_SEPARATORS`]).
fn separator_len(rest: &str) -> Option<usize> {
    if rest.starts_with(BARE_SEPARATOR) {
        return Some(BARE_SEPARATOR.len());
    }
    let before = rest.chars().next().filter(|c| c.is_whitespace())?;
    let marked = &rest[before.len_utf8()..];
    let mark = SPACED_SEPARATORS.iter().find(|mark| marked.starts_with(**mark))?;
    let after = marked[mark.len()..].chars().next().filter(|c| c.is_whitespace())?;
    Some(before.len_utf8() + mark.len() + after.len_utf8())
}

/// Whether a line holds a separator (see [`separator_len`]). Their marks
/// (`/`, `|`, `>`, `•`) are rare in text: they are found first, then the
/// separator around them.
fn has_separator_mark(line: &str) -> bool {
    let bytes = line.as_bytes();
    let mut from = 0;
    while let Some(found) = bytes.get(from..).and_then(|rest| memchr::memchr3(b'/', b'|', b'>', rest)) {
        let at = from + found;
        // where a separator holding this byte would start: `>>>` up to two
        // bytes before it, `//` and `|` a space character before their mark
        // (which opens at the byte, or at the `/` before it)
        let bare = (at.saturating_sub(2)..=at).any(|start| bytes[start..].starts_with(BARE_SEPARATOR.as_bytes()));
        let spaced = || {
            [Some(at), at.checked_sub(1).filter(|&k| bytes[k] == b'/')].into_iter().flatten().any(|mark| {
                line[..mark].chars().next_back().is_some_and(|c| separator_len(&line[mark - c.len_utf8()..]).is_some())
            })
        };
        if bare || spaced() {
            return true;
        }
        from = at + 1;
    }
    // (found by its lead byte: a searcher built for each line costs more
    // than the search)
    let bullet = BULLET.as_bytes();
    memchr::memchr_iter(bullet[0], bytes).any(|at| {
        bytes[at..].starts_with(bullet)
            && line[..at].chars().next_back().is_some_and(|c| separator_len(&line[at - c.len_utf8()..]).is_some())
    })
}

/// Whether a line holds a run of [`SEPARATOR_MIN_SPACES`] whitespace
/// characters, which cuts it.
fn has_space_run(line: &str) -> bool {
    let mut spaces = 0;
    line.chars().any(|c| {
        spaces = if c.is_whitespace() { spaces + 1 } else { 0 };
        spaces >= SEPARATOR_MIN_SPACES
    })
}

/// Splits off a headline glued to the lead sentence (`… + فیلم رئیس کمیته
/// …: …`) when the page prints that lead sentence again: the unit ends with
/// a sentence found elsewhere, so what comes before it is a unit of its own.
fn split_glued_headline(blocks: &mut Vec<Block>) {
    let window = blocks.len().min(GLUED_HEADLINE_WINDOW);
    for i in 0..window {
        if !blocks[i].from_flattened_line {
            continue;
        }
        let found = blocks.iter().enumerate().find_map(|(j, other)| {
            // the byte comparison first: it rules out nearly every pair
            let glued = j != i
                && blocks[i].text.len() > other.text.len()
                && blocks[i].text.ends_with(&other.text)
                && text::has_words(&other.text, GLUED_SUFFIX_MIN_WORDS);
            glued.then(|| blocks[i].text.len() - other.text.len())
        });
        if let Some(cut) = found {
            if text::word_count(&blocks[i].text[..cut]) == 0 {
                continue;
            }
            cut_block(blocks, i, cut);
            return;
        }
    }
}

/// Cuts a title a flattened page prints twice out of the units it is run
/// into both times (`English <title> <caption> … <title> به گزارش …`):
/// the page opens with it, after a few words of chrome at most, and one
/// of the next units opens with it again, with more text after it. Printed
/// twice, it reads as the page's headline. (A phrase repeated further in,
/// an official's office, is no title.)
fn split_twice_printed_title(blocks: &mut Vec<Block>) {
    if blocks.first().is_none_or(|first| !first.from_flattened_line) {
        return;
    }
    // each word's byte range
    let words_of = |text: &str| -> Vec<(usize, usize)> {
        text.split_whitespace()
            .map(|word| {
                let start = word.as_ptr() as usize - text.as_ptr() as usize;
                (start, start + word.len())
            })
            .collect()
    };
    let first = words_of(&blocks[0].text);
    for later in 1..blocks.len().min(TITLE_REPRINT_MAX_UNIT + 1) {
        if !blocks[later].from_flattened_line {
            continue;
        }
        let opening = words_of(&blocks[later].text);
        let (page, unit) = (&blocks[0].text, &blocks[later].text);
        let same = |at: usize, k: usize| page[first[at].0..first[at].1] == unit[opening[k].0..opening[k].1];
        // the longest run of the later unit's opening words that the page
        // opens with, and where it starts there
        let Some((n, at)) = (0..first.len().min(TITLE_CHROME_MAX_WORDS + 1))
            .map(|at| ((0..opening.len().min(first.len() - at)).take_while(|&k| same(at + k, k)).count(), at))
            .max_by_key(|&(n, at)| (n, std::cmp::Reverse(at)))
            .filter(|&(n, _)| n >= GLUED_SUFFIX_MIN_WORDS && n < opening.len())
        else {
            continue;
        };
        let (title_start, title_end) = (first[at].0, first.get(at + n).map(|w| w.0));
        // the later unit: the title, then what it was run into; the first:
        // the chrome before it and what follows it there
        cut_block(blocks, later, opening[n].0);
        if let Some(end) = title_end {
            cut_block(blocks, 0, end);
        }
        if title_start > 0 {
            cut_block(blocks, 0, title_start);
        }
        return;
    }
}

/// Most words of chrome before the title a flattened page opens with
/// (`English`, `صفحه نخست`).
const TITLE_CHROME_MAX_WORDS: usize = 3;

/// The title is printed again in the header, at most this many units
/// down, above the lead: a sentence further down opening with the same
/// words (`Năm 2025, Bệnh viện Đa khoa tỉnh Lào Cai đặt mục tiêu …` under
/// a title opening so) is the article's.
const TITLE_REPRINT_MAX_UNIT: usize = 3;

/// Words a glued headline may have before the lead's dateline: at least
/// a short headline's, at most a long one's.
const DATELINE_HEADLINE_WORDS: std::ops::RangeInclusive<usize> = 4..=30;

/// The first units of a flattened page where a headline may be glued to
/// the lead: after the menu and the date line that a page's header cut
/// into units holds.
const GLUED_LEAD_UNITS: usize = 3;

/// Longest agency name a dateline gives, in words: in brackets before a
/// dash (`(VTC News) -`), or after its kind before a colon (`خبرگزاری
/// فارس:`).
const DATELINE_AGENCY_MAX_WORDS: usize = 3;

/// Splits off a headline glued to the lead when the lead opens with an
/// agency dateline: a word with a slash after it (`… از سوی رسانه عراقی
/// ایرنا/ یک رسانه عراقی …`), a capitalised name in brackets before a
/// dash (`… giảm từ chiều nay (Dân trí) - Liên Bộ …`), or an outlet named
/// by its kind before a colon (`… اقامت مهاجرین در ایران خبرگزاری فارس:
/// وزیر کشور …`). None stands inside a sentence, and the headline is what
/// stands before it. Only the first units of a flattened page, where a
/// headline can be glued.
pub fn split_before_agency_dateline(blocks: &mut Vec<Block>, data: Option<&LanguageData>) {
    for i in 0..blocks.len().min(GLUED_LEAD_UNITS) {
        if !blocks[i].from_flattened_line {
            continue;
        }
        let unit = &blocks[i].text;
        let slashed = slash_dateline(unit).filter(|&(_, slash)| !quotes_the_text(blocks, i, slash)).map(|(cut, _)| cut);
        let colon = || data.and_then(|data| outlet_colon_dateline(unit, data));
        let Some(cut) = slashed.or_else(|| bracketed_dateline(unit)).or_else(colon) else { continue };
        let head = unit[..cut].trim_end();
        let ends_sentence = head.chars().next_back().is_some_and(text::is_sentence_end);
        if ends_sentence || !DATELINE_HEADLINE_WORDS.contains(&text::word_count(head)) {
            continue;
        }
        cut_block(blocks, i, cut);
        return;
    }
}

/// Splits a sentence of a flattened page before a label run into it (`…
/// ông Long lưu ý. Tâm An Từ khóa: giá xăng …`): a tag label or a
/// boilerplate cue with its colon (`Từ khóa:`, `Xem thêm:`, `برچسب‌ها:`)
/// heads a unit of its own, and a byline before it stands alone.
pub fn split_before_labels(blocks: &mut Vec<Block>, data: &LanguageData) {
    cut_flattened_units(
        blocks,
        |blocks, i| {
            let unit = &blocks[i].text;
            memchr::memchr(b':', unit.as_bytes()).and_then(|_| label_start(unit, data))
        },
        |_| {},
    );
}

/// Words the text after a run of chrome cues must have to stand apart:
/// a headline's or a sentence's, not a menu's next item.
const AFTER_CUES_MIN_WORDS: usize = 4;

/// Splits a unit of a flattened line after the boilerplate cues it opens
/// with when a capitalised text of its own follows them (`Tăng tương phản
/// Giảm tương phản Trung tâm Y tế huyện … tổ chức tổng kết …`: a page's
/// contrast buttons run into its headline). The capital shows where the
/// chrome ends; a cue opening a sentence goes on in small letters
/// (`Bình luận về việc này, ông X …`), and a script without case is left
/// whole; so is a menu opened by the link to the front page (`Trang chủ
/// Sức khỏe …`), which the headline's reading takes off as a whole
/// (see [`crate::extract::headline::without_menu`]).
pub fn split_after_leading_cues(blocks: &mut Vec<Block>, data: &LanguageData) {
    cut_flattened_units(blocks, |blocks, i| leading_cues_end(&blocks[i].text, data), |_| {});
}

/// Where the text after the run of boilerplate cues opening a unit
/// starts, when a capitalised word opens it and enough words follow.
fn leading_cues_end(unit: &str, data: &LanguageData) -> Option<usize> {
    let tokens = text::tokenize(unit);
    let mut k = 0;
    while let Some(n) = data.boilerplate_cues.match_at(&tokens, k) {
        if data.home_links.match_at(&tokens, k).is_some() {
            return None;
        }
        k += n;
    }
    let next = tokens.get(k).filter(|_| k > 0)?;
    let words_after = tokens[k..].iter().filter(|t| t.is_word).count();
    (next.capitalised && words_after >= AFTER_CUES_MIN_WORDS).then_some(next.start)
}

/// Splits a unit of a flattened line around a news id run into it (`…
/// کد خبر: ۹۰۴۰۸۸۳ باشگاه خبرنگاران جوان - …`): the id is a label of the
/// page, and what stands before and after it units of their own.
pub fn split_around_news_id(blocks: &mut Vec<Block>) {
    let mut i = 0;
    while i < blocks.len() {
        if blocks[i].from_flattened_line
            && let Some((start, end)) = news_id_span(&blocks[i].text)
        {
            // the later cut first, as the earlier one shifts what follows
            let unit_len = blocks[i].text.len();
            if end < unit_len {
                cut_block(blocks, i, end);
            }
            if start > 0 {
                cut_block(blocks, i, start);
                i += 1;
            }
        }
        i += 1;
    }
}

/// The byte span of a news id and its label in a unit (`کد خبر: ۹۰۴۰۸۸۳`,
/// `Mã tin: 123456`), up to the next token.
fn news_id_span(unit: &str) -> Option<(usize, usize)> {
    let tokens = text::tokenize(unit);
    (NEWS_ID_LABEL_WORDS..tokens.len()).find_map(|k| {
        let number = &tokens[k];
        if number.folded.len() < NEWS_ID_MIN_DIGITS || !number.folded.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let label_end = if tokens[k - 1].folded == ":" { k - 1 } else { k };
        let label = &tokens[label_end.checked_sub(NEWS_ID_LABEL_WORDS)?];
        let id = crate::extract::meta::news_id_folded(&text::fold(&unit[label.start..number.end]))?;
        let end = tokens.get(k + 1).map_or(unit.len(), |next| next.start);
        (id == number.folded).then_some((label.start, end))
    })
}

/// A news id's label is two words (`کد خبر`, `mã tin`, `news id`).
const NEWS_ID_LABEL_WORDS: usize = 2;

/// A news id has three digits at least, as [`crate::extract::meta`] reads
/// one: a shorter number after the label is a count or a day.
const NEWS_ID_MIN_DIGITS: usize = 3;

/// Cuts block `i` at byte `cut` of its text: what follows becomes a block
/// of its own right after it, from the same line.
fn cut_block(blocks: &mut Vec<Block>, i: usize, cut: usize) {
    let mut tail = blocks[i].clone();
    tail.text = blocks[i].text[cut..].to_owned();
    tail.gap_before = 0;
    let head_len = blocks[i].text[..cut].trim_end().len();
    blocks[i].text.truncate(head_len);
    blocks.insert(i + 1, tail);
}

/// Splits a unit of a flattened line after a picture's credit in brackets
/// that the sentence after it runs on from (`… trong buổi họp báo sau trận
/// (Ảnh: VFF) Nói về hai bàn thua …`): the caption ends with its credit,
/// and what follows is a paragraph of its own. Words must stand on both
/// sides, a caption's before and a sentence's after, not punctuation
/// that goes on with the sentence the credit stands in.
pub fn split_after_photo_credit(blocks: &mut Vec<Block>) {
    cut_flattened_units(blocks, |blocks, i| photo_credit_end(&blocks[i].text), |_| {});
}

/// A caption run on into the next sentence has at least this many words
/// before its credit: a subject and what it does.
const CREDITED_CAPTION_MIN_WORDS: usize = 3;

/// Where the sentence after the first picture credit in brackets with
/// words before and after it starts, in a unit.
fn photo_credit_end(unit: &str) -> Option<usize> {
    memchr::memchr_iter(b')', unit.as_bytes()).find_map(|close| {
        let open = unit[..close].rfind('(')?;
        let end = close + 1;
        let after = &unit[end..];
        (text::has_words(&unit[..open], CREDITED_CAPTION_MIN_WORDS)
            && after.trim_start().starts_with(|c: char| c.is_alphanumeric())
            && crate::boilerplate::is_bracketed_photo_credit(&unit[open + 1..close]))
        .then(|| end + after.len() - after.trim_start().len())
    })
}

/// Words a linked title in single quotation marks has at least: a
/// headline (`'Gay cấn trước Hội nghị Trung ương 5'`), not a term quoted
/// at a sentence's start (`'Tự chuyển hóa' là …`).
const QUOTED_TITLE_MIN_WORDS: usize = 4;

/// Cuts off the titles in single quotation marks that open a unit of a
/// flattened line when the page prints each of them in quotation marks
/// once more elsewhere (`'Khó đoán kết quả …' 'Gay cấn trước …' Vụ án …`):
/// a site sets the titles of related articles so into its text, and lists
/// them again in a box of links. What follows a title is another title or
/// a sentence of its own, opening with a capital; a term quoted at a
/// sentence's start goes on in small letters (`‘Gặp gỡ Việt Nam’ là …`),
/// and a quotation of the article's own is printed once. Each title cut
/// off is marked [`Block::repeated_title`].
pub fn split_repeated_quoted_titles(blocks: &mut Vec<Block>) {
    cut_flattened_units(
        blocks,
        |blocks, i| {
            let (quoted, end) = opening_quoted_title(&blocks[i].text)?;
            let title_follows =
                blocks[i].text[end..].starts_with(|c: char| c.is_uppercase() || matches!(c, '\'' | '‘'));
            let printed_again = blocks.iter().map(|b| b.text.matches(quoted).count()).sum::<usize>() >= 2;
            (title_follows && printed_again).then_some(end)
        },
        |title| title.repeated_title = true,
    );
}

/// The title in single quotation marks (`'…'`, `‘…’`) that opens a unit,
/// its marks included, and where the text after it starts.
fn opening_quoted_title(unit: &str) -> Option<(&str, usize)> {
    let (open, close) = match unit.chars().next()? {
        '\'' => ('\'', '\''),
        '‘' => ('‘', '’'),
        _ => return None,
    };
    let inner_start = open.len_utf8();
    // the closing mark ends a word and stands before a space or the end
    // (an apostrophe inside a word, `O'Neil`, closes nothing)
    let inner_end = unit[inner_start..].char_indices().find_map(|(k, c)| {
        let at = inner_start + k;
        (c == close && k > 0 && unit[at + c.len_utf8()..].chars().next().is_none_or(char::is_whitespace)).then_some(at)
    })?;
    let after = inner_end + close.len_utf8();
    let next = after + unit[after..].len() - unit[after..].trim_start().len();
    text::has_words(&unit[inner_start..inner_end], QUOTED_TITLE_MIN_WORDS).then_some((&unit[..after], next))
}

/// A glued sentence start cuts a unit only after this many words: a
/// caption or a subheading has two at least, and a single capitalised
/// word before an opener is more likely a name's end than a unit.
const GLUED_SENTENCE_MIN_WORDS: usize = 2;

/// How many words after a glued opener are read to tell a sentence (one
/// name at most) from a menu in title case (two section names).
const OPENER_LOOKAHEAD_WORDS: usize = 4;

/// Cuts a unit of a flattened line where a sentence starts with no stop
/// before it. Crawlers flatten a picture's caption or a subheading onto
/// the sentence after it (`… ra tòa lần hai hôm 19/3 Tuy nhiên, đến …`),
/// which the sentence splitter cannot see; a capitalised sentence opener
/// (a function word that is never part of a name) right after a word
/// shows it. Only languages with letter case have openers.
pub fn split_before_glued_sentences(blocks: &mut Vec<Block>, data: &LanguageData) {
    if !data.sentence_openers.is_empty() {
        cut_glued_units(blocks, |unit| glued_sentence_start(unit, data));
    }
}

/// Cuts each unit of a flattened line where `glued_at` finds the next
/// sentence glued on, and marks the part before as run into it; the part
/// after is read again, as more may be glued on.
fn cut_glued_units(blocks: &mut Vec<Block>, glued_at: impl Fn(&str) -> Option<usize>) {
    cut_flattened_units(blocks, |blocks, i| glued_at(&blocks[i].text), |head| head.runs_into_next = true);
}

/// Cuts each unit of a flattened line where `cut_at` finds (given the
/// page's blocks and the unit's index) a byte to cut at, and lets `mark`
/// mark the part before; the part after is read again, as more may be
/// cut off it.
fn cut_flattened_units(
    blocks: &mut Vec<Block>,
    cut_at: impl Fn(&[Block], usize) -> Option<usize>,
    mark: impl Fn(&mut Block),
) {
    let mut i = 0;
    while i < blocks.len() {
        if blocks[i].from_flattened_line
            && let Some(cut) = cut_at(blocks, i)
        {
            cut_block(blocks, i, cut);
            mark(&mut blocks[i]);
        }
        i += 1;
    }
}

/// Words a clause glued onto the next sentence has at least, its verb
/// included: a subheading put as a clause has a subject, the verb's noun
/// and the verb (`اروپا انتخاب می‌کند`); a shorter run is a sentence's
/// opening (`گفته می‌شود …`).
const GLUED_CLAUSE_MIN_WORDS: usize = 3;

/// …and at most: a caption is a sentence of a picture; a longer clause
/// without its stop is the article's own sentence.
const GLUED_CLAUSE_MAX_WORDS: usize = 25;

/// Words the text after a glued clause has at least: a sentence of prose
/// length, as the classifier reads prose (ten words), not the tail of the
/// clause (a place or a time put after the verb), nor a short sentence,
/// which cut off would read as a line of chrome.
const SENTENCE_AFTER_CLAUSE_MIN_WORDS: usize = 10;

/// Cuts a unit of a flattened line after a clause whose verb the next
/// sentence is glued to. A crawler flattens a picture's caption or a
/// subheading put as a clause onto the sentence after it (`… در استان
/// شاندونگ اتفاق افتاد این قتل وحشیانه …`); in a script without case no
/// capital shows the glue, but a finite verb ends a Persian clause, and a
/// word other than a conjunction right after one starts another sentence.
pub fn split_after_glued_clauses(blocks: &mut Vec<Block>, data: &LanguageData) {
    if !data.finite_verbs.is_empty() {
        cut_glued_units(blocks, |unit| glued_clause_end(unit, data));
    }
}

/// Where the sentence glued onto a clause at the start of the unit
/// starts: right after the clause's finite verb, when a word follows it
/// that does not carry the sentence on. The clause is the unit's first
/// words up to a colon or a quotation mark (a speech, whose words run as
/// the speaker's do), and subordinate to nothing; a verb of a predicate
/// that takes a clause (`نشان می‌دهد`, `قرار است`, `گفت`) ends no
/// sentence: the clause it takes ends at a verb of its own (`مزدا می‌گوید
/// اتاق ماشین بی‌صدا تر از قبل شده است …`, a caption saying what Mazda
/// says).
fn glued_clause_end(unit: &str, data: &LanguageData) -> Option<usize> {
    let tokens = data.tokenize(unit);
    let mut words = 0;
    // whether `را` has marked an object so far
    let mut object_marked = false;
    for k in 0..tokens.len() {
        let token = &tokens[k];
        if !token.is_word {
            if matches!(&*token.folded, ":" | "«" | "»" | "\"" | "“" | "”") {
                return None;
            }
            continue;
        }
        if data.subordinators.match_at(&tokens, k).is_some() {
            return None;
        }
        let verb_end = data
            .finite_verbs
            .match_at(&tokens, k)
            .map(|n| k + n)
            .or_else(|| data.imperfective_verb_end(unit, &tokens, k));
        words += 1;
        object_marked |= token.folded == "را";
        // a word right after a plural in the ezafe (`نیروهای کرد`, the
        // Kurdish forces) modifies that noun: no verb follows `های`
        let after_ezafe = k > 0 && tokens[k - 1].folded.ends_with("های");
        // two verbs' stems joined by `و` are a noun (`زد و خورد`, a clash;
        // `رفت و آمد`, traffic), which ends no clause
        let paired_stem =
            k >= 2 && tokens[k - 1].folded == "و" && data.finite_verbs.match_at(&tokens, k - 2) == Some(1);
        let Some(end) = verb_end.filter(|_| !after_ezafe && !paired_stem) else { continue };
        // a verb whose object `را` marked before it has what it reports
        // (`… جمعیت را ۳۲ میلیون اعلام کرد`, announced the population as 32
        // million): no clause follows it
        if !object_marked && takes_clause(&tokens, k, end, data) {
            continue;
        }
        let clause_words = words + (end - k - 1);
        let next = tokens.get(end)?;
        let words_after = tokens[end..].iter().filter(|t| t.is_word).count();
        if next.is_word
            && data.clause_continuations.match_at(&tokens, end).is_none()
            && (GLUED_CLAUSE_MIN_WORDS..=GLUED_CLAUSE_MAX_WORDS).contains(&clause_words)
            && words_after >= SENTENCE_AFTER_CLAUSE_MIN_WORDS
        {
            return Some(next.start);
        }
    }
    None
}

/// The personal endings of a Persian verb, the longer before the shorter
/// they end with.
const FA_PERSONAL_ENDINGS: [&str; 6] = ["ند", "یم", "ید", "م", "ی", "د"];

/// Whether the verb of tokens `verb..end` is a predicate's that takes a
/// clause after it: a speech verb, an imperfective verb whose stem is
/// listed so (`می‌خواهد`, `نمی‌توانید`), or one whose noun or adjective before it is
/// (`نشان می‌دهد`, `ممکن است`), past a participle before a copula or an
/// auxiliary (`باعث شده بود`, `مشخص خواهد شد`), unless with this verb it
/// is a stative predicate (`قرار گرفت`, `ادامه دارد`).
fn takes_clause(tokens: &[Token], verb: usize, end: usize, data: &LanguageData) -> bool {
    let speech = data.speech_verbs.match_ending_at(tokens, end).is_some()
        || data.weak_speech_verbs.match_ending_at(tokens, end).is_some();
    // an imperfective verb's stem: the word without its durative prefix,
    // joined or written apart, and its personal ending (`نمی‌توانید`, `نمی
    // توانید` → `توان`)
    let last = &tokens[end - 1].folded;
    let prefix_apart = end - verb == 2 && matches!(&*tokens[verb].folded, "می" | "نمی");
    let without_prefix = if prefix_apart {
        Some(&**last)
    } else {
        ["می", "نمی"].iter().find_map(|prefix| last.strip_prefix(prefix))
    };
    // (every ending the word may have: `تواند` is `توان` and `د`, not
    // `توا` and `ند`)
    let stem_listed = without_prefix.is_some_and(|rest| {
        data.clause_taking.contains(rest)
            || FA_PERSONAL_ENDINGS
                .iter()
                .filter_map(|ending| rest.strip_suffix(ending))
                .any(|stem| !stem.is_empty() && data.clause_taking.contains(stem))
    });
    let auxiliary = |k: usize| {
        let folded = &tokens[k].folded;
        let participle = folded.ends_with('ه') && data.copulas.match_at(tokens, verb).is_some();
        k + 1 == verb && tokens[k].is_word && (participle || data.light_verbs.contains(folded))
    };
    let nominal = (0..verb).rev().find(|&k| !auxiliary(k));
    // (with some verbs the nominal takes none: `ادامه دارد`, it goes on)
    let takes_with_verb = |k: usize| {
        data.clause_taking.match_at(tokens, k).is_some() && data.stative_predicates.match_at(tokens, k) != Some(end - k)
    };
    speech || stem_listed || nominal.is_some_and(takes_with_verb)
}

/// Where the first sentence glued onto the words before it starts: a
/// capitalised opener or connective right after a word (no punctuation
/// between), with words enough on both sides.
fn glued_sentence_start(unit: &str, data: &LanguageData) -> Option<usize> {
    let tokens = text::tokenize(unit);
    let word_positions: Vec<usize> = (0..tokens.len()).filter(|&k| tokens[k].is_word).collect();
    let last_cut = word_positions.len().checked_sub(GLUED_SENTENCE_MIN_WORDS)?;
    let capitalised = |k: usize| text::starts_with_capital(&unit[tokens[k].start..]);
    word_positions.get(GLUED_SENTENCE_MIN_WORDS..=last_cut)?.iter().enumerate().find_map(|(offset, &k)| {
        // the opener's place among the words
        let w = GLUED_SENTENCE_MIN_WORDS + offset;
        let after_word = tokens[k - 1].is_word;
        // a time word with a number after it opens a sentence with its
        // date (`… chỉnh đốn Đảng Ngày 11/3/2018 Ban Bí thư …`); on its
        // own it is as often a name's word (`Báo Ngày Nay`)
        // (`Sáng ngày 5.1.2022`: a second time word may stand before it)
        let dated_time = || {
            let is_time = |j: usize| tokens.get(j).is_some_and(|t| data.time_openers.contains(&t.folded));
            let date_at = if is_time(k + 1) { k + 2 } else { k + 1 };
            is_time(k) && tokens.get(date_at).is_some_and(|next| next.folded.starts_with(|c: char| c.is_ascii_digit()))
        };
        let opener =
            || data.sentence_openers.match_at(&tokens, k).is_some() || data.connectives.match_at(&tokens, k).is_some();
        // a sentence goes on in small letters but for a name (one run of
        // capitals); a menu of sections in title case (`Thời sự Trong
        // nước Thế giới Kinh doanh`) starts a capital every other word
        let sentence_like = || {
            let next = &word_positions[w + 1..word_positions.len().min(w + 1 + OPENER_LOOKAHEAD_WORDS)];
            let run_starts = next
                .iter()
                .enumerate()
                .filter(|&(n, &j)| capitalised(j) && (n == 0 || !capitalised(next[n - 1])))
                .count();
            run_starts <= 1
        };
        // (a date opening the sentence tells it from a menu by itself: the
        // name after it may hold capitals in two runs, `Chiều 16/1, Bệnh
        // viện Đa khoa tỉnh …`)
        (after_word
            && is_titlecase(&unit[tokens[k].start..tokens[k].end])
            && (dated_time() || opener() && sentence_like()))
        .then_some(tokens[k].start)
    })
}

/// A word in title case: a capital, then small letters (`Trong`, not
/// `TRONG`, which is a line in capitals).
fn is_titlecase(word: &str) -> bool {
    let mut chars = word.chars();
    chars.next().is_some_and(char::is_uppercase) && chars.all(|c| !c.is_uppercase())
}

/// Where the first label with its colon starts inside a unit, after at
/// least one word of something else.
fn label_start(unit: &str, data: &LanguageData) -> Option<usize> {
    let tokens = text::tokenize(unit);
    (1..tokens.len()).find_map(|k| {
        let n = data.tag_labels.match_at(&tokens, k).or_else(|| data.boilerplate_cues.match_at(&tokens, k))?;
        let before_colon = tokens.get(k + n).is_some_and(|t| &*t.folded == ":");
        let capitalised_or_caseless = unit[tokens[k].start..].chars().next().is_some_and(|c| !c.is_lowercase());
        let words_before = tokens[..k].iter().any(|t| t.is_word);
        (before_colon && capitalised_or_caseless && words_before).then_some(tokens[k].start)
    })
}

/// Whether the words of unit `i` up to its byte `slash` are found again
/// further on in the page: the slash then parts the two halves of a
/// headline that quotes the text (`روی یک غفلت گل خوردیم/ داور …`, then
/// `… افزود: روی یک غفلت گل خوردیم.`), not an agency's name from the lead.
fn quotes_the_text(blocks: &[Block], i: usize, slash: usize) -> bool {
    let unit = &blocks[i].text;
    let head = &unit[..slash];
    let found_in = |text: &str| memchr::memmem::find(text.as_bytes(), head.as_bytes()).is_some();
    found_in(&unit[slash..]) || blocks[i + 1..].iter().any(|b| found_in(&b.text))
}

/// Where a dateline of a word and a slash (`ایرنا/ `) starts, and where
/// its slash stands.
fn slash_dateline(unit: &str) -> Option<(usize, usize)> {
    let slash = memchr::memmem::find(unit.as_bytes(), b"/ ")?;
    let word_start = unit[..slash].rfind(' ').map_or(0, |space| space + 1);
    let word = &unit[word_start..slash];
    (word.chars().count() >= 2 && word.chars().all(char::is_alphabetic)).then_some((word_start, slash))
}

/// Where a dateline of an outlet named by its kind and closed by a colon
/// (`خبرگزاری فارس:`) starts: the kind opens it, in a capital where letters
/// have case, and up to a few words name the outlet. The word before is
/// the headline's last, not a function word (`به خبرگزاری فارس:`), a
/// title whose office the outlet is (`مدیرعامل خبرگزاری فارس:`, a speaker's
/// label) nor another kind (`خبرنگار خبرگزاری فارس:`, its reporter).
/// A speech verb before the colon makes it a speaker's (`… در نشست خبری
/// اظهار داشت:`, said at the press conference, `خبری` being a kind).
fn outlet_colon_dateline(unit: &str, data: &LanguageData) -> Option<usize> {
    memchr::memchr(b':', unit.as_bytes())?;
    let tokens = data.tokenize(unit);
    let colon = tokens.iter().position(|t| &*t.folded == ":")?;
    if data.speech_verbs.match_ending_at(&tokens, colon).is_some() {
        return None;
    }
    let opens = (1..colon)
        .rev()
        .take(DATELINE_AGENCY_MAX_WORDS + 1)
        .find(|&k| data.outlet_kinds.match_at(&tokens, k).is_some() && tokens[k..colon].iter().all(|t| t.is_word))?;
    let capitalised_or_caseless = unit[tokens[opens].start..].chars().next().is_some_and(|c| !c.is_lowercase());
    let before = &tokens[opens - 1];
    let headline_word = before.is_word
        && !data.stopwords.contains(&before.folded)
        && data.titles.match_ending_at(&tokens, opens).is_none()
        && data.outlet_kinds.match_ending_at(&tokens, opens).is_none();
    (capitalised_or_caseless && headline_word).then_some(tokens[opens].start)
}

/// Where a dateline of a name in brackets and a dash (`(Dân trí) - `) starts.
fn bracketed_dateline(unit: &str) -> Option<usize> {
    let close = [") - ", ") – "].iter().filter_map(|dash| unit.find(dash)).min()?;
    let open = unit[..close].rfind('(')?;
    let name = &unit[open + 1..close];
    let capitalised = name.chars().next().is_some_and(char::is_uppercase);
    (capitalised && (1..=DATELINE_AGENCY_MAX_WORDS).contains(&text::word_count(name))).then_some(open)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_become_blocks_with_gaps() {
        let blocks = from_text("Tiêu đề\n\n\n  Đoạn  một.  \nĐoạn hai.\n", &[]);
        let summary: Vec<(&str, usize, usize)> =
            blocks.iter().map(|b| (b.text.as_str(), b.line, b.gap_before)).collect();
        assert_eq!(summary, [("Tiêu đề", 1, 0), ("Đoạn một.", 4, 2), ("Đoạn hai.", 5, 0)]);
    }

    /// Wraps each line of `page` as a tool does: words set greedily on
    /// lines of at most `width` by `measure`, a line too long for the
    /// width of one word alone, and `between` after each source line.
    fn wrapped(page: &str, width: usize, measure: WrapMeasure, between: &str) -> String {
        let mut out = String::new();
        for line in page.lines() {
            let mut current = String::new();
            for word in line.split_whitespace() {
                if !current.is_empty() && measure.width(&current) + 1 + measure.width(word) > width {
                    out.push_str(&current);
                    out.push('\n');
                    current.clear();
                }
                if !current.is_empty() {
                    current.push(' ');
                }
                current.push_str(word);
            }
            out.push_str(&current);
            out.push('\n');
            out.push_str(between);
        }
        out
    }

    fn block_texts(page: &str) -> Vec<String> {
        from_text(page, &[]).into_iter().map(|b| b.text).collect()
    }

    const WRAPPED_PERSIAN: &str = "وزیر بهداشت در نشست خبری امروز از آغاز طرح ملی واکسیناسیون کودکان خبر داد\n\n\
        به گزارش خبرنگار ما، وزیر بهداشت در این نشست گفت: طرح ملی واکسیناسیون کودکان از هفته آینده در همه استان‌های کشور آغاز می‌شود و تا پایان سال ادامه دارد.\n\
        وی افزود: برای اجرای این طرح بیش از ده هزار نفر از کارکنان مراکز بهداشتی آموزش دیده‌اند و واکسن مورد نیاز نیز از پیش تامین شده است.\n\
        معاون وزیر نیز در ادامه این نشست درباره هزینه‌های طرح توضیح داد و گفت که خانواده‌ها برای واکسن هیچ هزینه‌ای نمی‌پردازند.\n";

    const WRAPPED_VIETNAMESE: &str = "Bộ Y tế triển khai chiến dịch tiêm chủng cho trẻ em trên toàn quốc từ tuần sau\n\n\
        Theo Bộ Y tế, chiến dịch tiêm chủng mở rộng cho trẻ em dưới năm tuổi sẽ được triển khai đồng loạt tại các tỉnh, thành phố trong cả nước.\n\
        Thứ trưởng Bộ Y tế cho biết: ngành y tế đã chuẩn bị đủ vắc xin và đã tập huấn cho hơn mười nghìn cán bộ tại các trạm y tế xã, phường.\n\
        Các gia đình có con nhỏ được khuyến cáo theo dõi thông báo của trạm y tế địa phương để đưa trẻ đi tiêm đúng lịch.\n";

    #[test]
    fn lines_a_tool_wrapped_are_joined_back_whatever_it_counted_in() {
        for page in [WRAPPED_PERSIAN, WRAPPED_VIETNAMESE] {
            // (a headline set apart: run into the lead, as wide as the
            // width less the lead's first word, it would be cut as any line)
            let lines: Vec<&str> = page.lines().filter(|line| !line.is_empty()).collect();
            for measure in [WrapMeasure::Characters, WrapMeasure::Columns, WrapMeasure::Bytes] {
                // (`fold -w 80` counts bytes)
                for width in [48, 60, 72, 80].into_iter().filter(|&w| w >= 60 || !matches!(measure, WrapMeasure::Bytes))
                {
                    for between in ["", "\n"] {
                        let wrapped = wrapped(page, width, measure, between);
                        assert!(wrapped.lines().filter(|l| !l.is_empty()).count() > lines.len());
                        assert_eq!(block_texts(&wrapped), lines, "{measure:?} {width} {between:?}");
                    }
                }
            }
        }
    }

    /// The texts of the lines [`unwrapped`] gives, empty ones left out.
    fn unwrapped_texts(page: &str) -> Vec<String> {
        let lines: Vec<&str> = page.split('\n').collect();
        unwrapped(&lines).into_iter().map(|(_, line)| line.into_owned()).filter(|l| !l.is_empty()).collect()
    }

    #[test]
    fn a_page_its_writer_broke_is_not_unwrapped() {
        // lines all under the widest wrapping width, ending sentences, of
        // about the same length: each stays a line
        let page = "Bộ Y tế triển khai chiến dịch tiêm chủng cho trẻ em\n\
            Theo Bộ Y tế, chiến dịch sẽ được triển khai tại các tỉnh trong cả nước.\n\
            Thứ trưởng cho biết ngành y tế đã chuẩn bị đủ vắc xin cho chiến dịch.\n\
            Các gia đình được khuyến cáo theo dõi thông báo của trạm y tế xã.\n\
            Trạm y tế các xã sẽ thông báo lịch tiêm cụ thể cho từng khu dân cư.\n";
        let lines: Vec<&str> = page.split('\n').collect();
        assert_eq!(wrap_width(&lines, WrapMeasure::Characters), None);
        assert_eq!(unwrapped_texts(page), page.lines().collect::<Vec<_>>());
        // the same lines cut inside their sentences are a wrapped page
        let cut = page.replace(".\n", "\n");
        let lines: Vec<&str> = cut.split('\n').collect();
        assert_eq!(wrap_width(&lines, WrapMeasure::Characters), Some((70, 3)));
        // a menu of short items, however many
        let menu = "Trang chủ\nThời sự\nThế giới\nKinh doanh\nGiải trí\nThể thao\nPháp luật\nGiáo dục\n";
        assert_eq!(unwrapped_texts(menu).len(), 8);
        // a line wider than a tool wraps at
        let wide = format!("{}\n{page}", "Bộ Y tế ".repeat(30));
        let lines: Vec<&str> = wide.split('\n').collect();
        assert_eq!(wrap_width(&lines, WrapMeasure::Characters), None);
    }

    #[test]
    fn what_tells_a_wrapped_page() {
        let detected = |page: &str| {
            let lines: Vec<&str> = page.split('\n').collect();
            wrap_width(&lines, WrapMeasure::Characters).map(|(width, _)| width)
        };
        let page = wrapped(WRAPPED_VIETNAMESE, 60, WrapMeasure::Characters, "");
        let width = detected(&page);
        assert!(width.is_some_and(|width| width <= 60 && width > 50), "{width:?}");
        // a link or a file's name wider than the lines: no word to cut at
        let with_link =
            format!("{page}https://moh.gov.vn/tin-tuc/chien-dich-tiem-chung-mo-rong-cho-tre-em-tren-toan-quoc\n");
        assert_eq!(detected(&with_link), width);
        // a menu's short items after it do not count against the cut lines
        let with_menu = format!("{page}{}", "Trang chủ\nThời sự\nThế giới\nKinh doanh\n".repeat(3));
        assert_eq!(detected(&with_menu), width);
        // lines cut at 200: wider than any tool wraps, a writer's lines
        let paragraph = WRAPPED_VIETNAMESE.lines().skip(2).collect::<Vec<_>>().join(" ");
        let wide = wrapped(&format!("{paragraph} {paragraph} {paragraph}"), 200, WrapMeasure::Characters, "");
        assert!(wide.lines().count() > WRAPPED_MIN_LINES + 1);
        assert_eq!(detected(&wide), None);
        // a few lines within a word of the widest among more sentences
        // ending as wide: not enough to tell
        let sentences = "Theo Bộ Y tế, chiến dịch sẽ được triển khai tại các tỉnh trong cả nước.\n".repeat(6);
        let cut = "Bộ Y tế triển khai chiến dịch tiêm chủng cho trẻ em tại các trạm y tế\n".repeat(3);
        assert_eq!(detected(&format!("{cut}{sentences}")), None);
        assert_eq!(detected(&format!("{cut}{cut}{sentences}")), Some(71));
    }

    #[test]
    fn a_paragraph_wrapped_alone_is_joined_whole() {
        // a flattened page of one line, sentences ending at cut lines
        let paragraph = "Một hai ba. Bốn năm sáu bảy. Tám chín mười một. Hai ba bốn năm sáu. Bảy tám chín. \
            Mười một hai ba bốn. Năm sáu bảy tám chín mười. Một hai ba bốn năm sáu bảy. Tám chín. Mười một hai.";
        let paragraph = format!("{paragraph} {paragraph}");
        for width in 40..60 {
            let page = wrapped(&paragraph, width, WrapMeasure::Characters, "");
            assert_eq!(unwrapped_texts(&page), [paragraph.as_str()], "width {width}");
        }
    }

    #[test]
    fn a_cut_line_ending_a_sentence_ends_a_paragraph_only_where_paragraphs_run_together() {
        let paragraphs = [
            "Một hai ba. Bốn năm sáu bảy. Tám chín mười một. Hai ba bốn năm sáu. Bảy tám chín. \
                Mười một hai ba bốn. Năm sáu bảy tám chín mười. Một hai ba bốn năm sáu bảy.",
            "Tám chín mười một hai ba bốn năm sáu bảy tám chín mười một hai ba bốn năm sáu bảy \
                tám chín mười một hai ba bốn năm sáu bảy tám chín mười một hai ba.",
            "Bốn năm sáu bảy tám chín mười một hai ba bốn năm sáu bảy tám chín mười một hai \
                ba bốn năm sáu bảy tám chín mười một hai ba bốn năm sáu bảy tám.",
        ];
        let page = paragraphs.join("\n");
        // a width at which a line inside the first paragraph ends a sentence
        let (width, run_together) = (40..60)
            .map(|width| (width, wrapped(&page, width, WrapMeasure::Characters, "")))
            .find(|(_, page)| page.lines().take(3).any(|line| line.ends_with('.')))
            .expect("a width cutting the paragraph after a sentence");
        let at_stop = run_together.lines().take(3).position(|line| line.ends_with('.')).unwrap_or_default();
        let first_part = run_together.lines().take(at_stop + 1).collect::<Vec<_>>().join(" ");
        let second_part = paragraphs[0].strip_prefix(first_part.as_str()).map(str::trim);
        assert_eq!(
            unwrapped_texts(&run_together),
            [first_part.as_str(), second_part.unwrap_or_default(), paragraphs[1], paragraphs[2]],
            "width {width}"
        );
        // with an empty line after each paragraph, it is cut as any line is
        let set_apart = wrapped(&page, width, WrapMeasure::Characters, "\n");
        assert_eq!(unwrapped_texts(&set_apart), paragraphs);
    }

    #[test]
    fn joining_keeps_a_hyphenated_word_and_a_run_of_spaces_and_drops_the_indent() {
        let lines = [
            "   Chiến dịch tiêm chủng phòng COVID-",
            "   19 được triển khai trên cả nước - ",
            "   theo kế hoạch",
            "Tin liên quan: Bộ Y tế khuyến cáo   ",
            "Giá xăng dầu hôm nay giảm",
        ];
        let joined: Vec<String> =
            joined_lines(&lines, &[true, true, false, true, false]).into_iter().map(|(_, l)| l.into_owned()).collect();
        assert_eq!(
            joined,
            [
                "   Chiến dịch tiêm chủng phòng COVID-19 được triển khai trên cả nước - theo kế hoạch",
                // three spaces separate units, as on a line not wrapped
                "Tin liên quan: Bộ Y tế khuyến cáo   Giá xăng dầu hôm nay giảm",
            ]
        );
        assert_eq!(block_texts(&joined.join("\n")).last().map(String::as_str), Some("Giá xăng dầu hôm nay giảm"));
    }

    #[test]
    fn a_line_is_cut_where_the_next_word_would_not_fit() {
        let cut = |line: &str, next: &str| is_cut_by_wrap(line, next, WrapMeasure::Characters, 40);
        let line = "Bộ Y tế triển khai chiến dịch tiêm"; // 34 characters
        assert!(cut(line, "Chủng ngừa")); // 34 + 1 + 5 = 40, a space kept at most
        assert!(!cut(line, "Em")); // 37: it would have fit
        // a word in small letters goes on a sentence: it may have been cut
        // where a tool counted the marks of its line apart
        let line = "Bộ Y tế triển khai chiến dịch"; // 29
        assert!(cut(line, "chủng ngừa")); // 35
        assert!(!cut(line, "Chủng ngừa"));
        assert!(!cut(line, "em nhỏ")); // 32: it would have fit however counted
        // a line of one word, a word as wide as half the line, a bullet
        assert!(!cut("287980838-5139694612812832-53290427", "Ảnh: Bộ Y tế"));
        assert!(!cut("Bộ Y tế triển khai chiến dịch tiêm chủng", "https://moh.gov.vn/tin-tuc"));
        assert!(!cut("Bộ Y tế triển khai chiến dịch tiêm chủng", "• Giá xăng dầu hôm nay"));
        // a dash opens an item as often as a tool moves it to a line's start
        assert!(cut("Bộ Y tế triển khai chiến dịch tiêm chủng", "– theo kế hoạch"));
        // bytes and columns: a Persian letter takes two bytes, a joiner no column
        let persian = "وزیر بهداشت گفت";
        assert_eq!(WrapMeasure::Bytes.width(persian), 28);
        assert_eq!(WrapMeasure::Columns.width("می\u{200c}شود"), 5);
        assert_eq!(WrapMeasure::DecomposedCharacters.width("Việt"), 6);
    }

    #[test]
    fn zero_width_characters_are_the_combining_marks_and_joiners_of_latin_and_arabic() {
        let ranges = [0..0x0370, 0x0600..0x0700, 0x1E00..0x1F00, 0x2000..0x2070];
        for c in ranges.into_iter().flatten().filter_map(char::from_u32) {
            let expected = unicode_normalization::char::is_combining_mark(c) || ('\u{200B}'..='\u{200F}').contains(&c);
            assert_eq!(is_zero_width(c), expected, "U+{:04X}", c as u32);
        }
    }

    #[test]
    fn a_markdown_line_loses_its_heading_and_bold_marks() {
        let page =
            "# Tiêu đề bài\n  **Tiêu đề phụ**\n###   __Mục một__\n**Một** và **hai**\n#hashtag\n####### Bảy\n****\n";
        let texts: Vec<String> = from_text(page, &[]).into_iter().map(|b| b.text).collect();
        assert_eq!(
            texts,
            [
                "Tiêu đề bài",
                "Tiêu đề phụ",
                "Mục một",
                // bold inside a line, a hashtag, more marks than a heading
                // has, and marks alone are the line's own
                "**Một** và **hai**",
                "#hashtag",
                "####### Bảy",
                "****",
            ]
        );
    }

    #[test]
    fn a_table_row_loses_its_outer_pipes() {
        let blocks = from_text("| Đoạn một. |\n| Giá cũ | Giá mới |\nẢnh: Minh Tuấn |\n|\nĐoạn | hai.\n", &[]);
        let summary: Vec<(&str, bool)> = blocks.iter().map(|b| (b.text.as_str(), b.table_cell)).collect();
        assert_eq!(
            summary,
            [
                ("Đoạn một.", true),
                ("Giá cũ", true),
                ("Giá mới", true),
                // a pipe on one side only, or alone, is no row
                ("Ảnh: Minh Tuấn |", false),
                ("|", false),
                ("Đoạn", false),
                ("hai.", false)
            ]
        );
    }

    #[test]
    fn a_sentence_glued_onto_a_caption_starts_a_unit() {
        let data = crate::lang::Language::Vietnamese.data().unwrap_or_else(|| unreachable!());
        let sentence = "Giá xăng dầu trong nước đồng loạt giảm từ chiều nay. ";
        let cut = |glued: &str| -> Vec<(String, bool)> {
            let mut blocks = from_text(&format!("{}{glued}", sentence.repeat(3)), &[]);
            split_before_glued_sentences(&mut blocks, data);
            blocks[3..].iter().map(|b| (b.text.clone(), b.runs_into_next)).collect()
        };
        assert_eq!(
            cut("Ông Đinh La Thăng, cựu ủy viên Bộ Chính trị, ra tòa hôm 19/3 Tuy nhiên, đến hai vụ điển hình."),
            [
                ("Ông Đinh La Thăng, cựu ủy viên Bộ Chính trị, ra tòa hôm 19/3".to_owned(), true),
                ("Tuy nhiên, đến hai vụ điển hình.".to_owned(), false)
            ]
        );
        // a name right after the opener is one run of capitals
        assert_eq!(cut("Quang cảnh phiên tòa sáng nay Trước đó, Nguyễn Văn Bình đã bị khởi tố.").len(), 2);
        assert_eq!(cut("Vụ án xảy ra tại Công ty Thiện Linh Ông Huỳnh Công Thiện bị bắt tạm giam.").len(), 2);
        // two glued in one unit, the second after a name
        assert_eq!(
            cut("Trao đổi tiền tệ ở Việt Nam Trong diễn văn khai mạc Những lãnh đạo doanh nghiệp nói."),
            [
                ("Trao đổi tiền tệ ở Việt Nam".to_owned(), true),
                ("Trong diễn văn khai mạc".to_owned(), true),
                ("Những lãnh đạo doanh nghiệp nói.".to_owned(), false)
            ]
        );
        // a time word opens a sentence with its date, not in a name
        assert_eq!(
            cut("Đảng khẳng định quyết tâm chỉnh đốn Đảng Ngày 11/3/2018 Ban Bí thư chỉ đạo mở rộng điều tra."),
            [
                ("Đảng khẳng định quyết tâm chỉnh đốn Đảng".to_owned(), true),
                ("Ngày 11/3/2018 Ban Bí thư chỉ đạo mở rộng điều tra.".to_owned(), false)
            ]
        );
        assert_eq!(cut("Anh đọc tin này trên tờ Ngày Nay vào buổi sáng hôm qua.").len(), 1);
        assert_eq!(
            cut("Trung tâm Y tế huyện tổng kết công tác năm 2021 Sáng ngày 5.1.2022 Trung tâm Y tế huyện tổ chức hội nghị.")[1].0,
            "Sáng ngày 5.1.2022 Trung tâm Y tế huyện tổ chức hội nghị."
        );
        // … whatever name follows the date
        assert_eq!(
            cut("Bệnh viện phấn đấu đạt chuẩn hạng I Chiều 16/1, Bệnh viện Đa khoa tỉnh Lào Cai tổ chức hội nghị.")[1]
                .0,
            "Chiều 16/1, Bệnh viện Đa khoa tỉnh Lào Cai tổ chức hội nghị."
        );
        // names holding common words, a word in capitals, an opener after
        // a quote mark or after one word only, and too few words after it
        // stay whole
        for glued in [
            "Ông gặp người Do Thái và thăm Bà Rịa vào thứ Năm tại Nhà Trắng.",
            "TIN NÓNG TRONG NGÀY được cập nhật liên tục.",
            "Cuốn sách 'Những người khốn khổ' được tái bản.",
            "Chiều Trong ngày mai trời mưa.",
            "Họ gặp nhau ở quán cà phê Trong",
            // a menu of sections in title case
            "Trang chủ Thời sự Trong nước Thế giới Kinh doanh Giải trí Thể thao",
        ] {
            assert_eq!(cut(glued).len(), 1, "{glued}");
        }
        // a line of a page that is not flattened stays whole
        let mut blocks = from_text("a\nb\nc\nd\nTrao đổi tiền tệ ở Việt Nam Trong diễn văn khai mạc", &[]);
        let before = blocks.len();
        split_before_glued_sentences(&mut blocks, data);
        assert_eq!(blocks.len(), before);
        // a language without letter case has no openers
        let persian = crate::lang::Language::Persian.data().unwrap_or_else(|| unreachable!());
        assert!(persian.sentence_openers.is_empty());
    }

    #[test]
    fn the_chrome_cues_a_flattened_unit_opens_with_stand_apart() {
        let vietnamese = crate::lang::Language::Vietnamese.data().unwrap_or_else(|| unreachable!());
        let units = |page: &str, data: &LanguageData| -> Vec<String> {
            let mut blocks = from_text(page, &[]);
            split_after_leading_cues(&mut blocks, data);
            blocks.into_iter().map(|b| b.text).collect()
        };
        // (the title, run into the lead, is cut off it later)
        let titled_lead = "Trung tâm Y tế huyện tổng kết năm 2021 Sáng 5/1, Trung tâm Y tế huyện đã tổ chức hội nghị.";
        let lead = "Hội nghị đánh giá kết quả công tác y tế năm qua.";
        assert_eq!(
            units(&format!("Tăng tương phản Giảm tương phản {titled_lead} {lead}"), vietnamese),
            ["Tăng tương phản Giảm tương phản", titled_lead, lead]
        );
        // a cue opening a sentence goes on in small letters; a short run
        // after it is the menu's next item; a script without case shows no
        // end of the chrome
        for page in [
            format!("Bình luận về việc này, ông An cho biết hội nghị thành công. {lead}"),
            format!("Tăng tương phản Giảm tương phản Trang chủ Tin. {lead}"),
        ] {
            let whole = units(&page, vietnamese);
            assert_eq!(whole.len(), 2, "{whole:?}");
        }
        let persian = crate::lang::Language::Persian.data().unwrap_or_else(|| unreachable!());
        let page = "ارسال نظر مرکز بهداشت شهرستان همایش سالانه خود را برگزار کرد. وزیر بهداشت در این همایش سخنرانی کرد.";
        assert_eq!(units(page, persian).len(), 2);
    }

    #[test]
    fn a_quoted_title_printed_again_elsewhere_is_cut_off_its_unit() {
        let box_of_links = "Xem thêm: 'Khó đoán kết quả bỏ phiếu ở Hội nghị' 'Gay cấn trước Hội nghị Trung ương' 'Bà O'Neil thăm Việt Nam' 'Gay cấn'";
        let titles = |unit: &str| -> Vec<(String, bool)> {
            let mut blocks = from_text(&format!("Đầu trang tin. {unit} Câu cuối trang. {box_of_links}"), &[]);
            split_repeated_quoted_titles(&mut blocks);
            blocks.iter().map(|b| (b.text.clone(), b.repeated_title)).collect()
        };
        let sentence = "Vụ án liên quan đến nhóm Hội đồng tín dụng ngân hàng Đại Tín.";
        let cut =
            titles(&format!("'Khó đoán kết quả bỏ phiếu ở Hội nghị' 'Gay cấn trước Hội nghị Trung ương' {sentence}"));
        assert_eq!(
            cut[1..4],
            [
                ("'Khó đoán kết quả bỏ phiếu ở Hội nghị'".to_owned(), true),
                ("'Gay cấn trước Hội nghị Trung ương'".to_owned(), true),
                (sentence.to_owned(), false)
            ]
        );
        // (a mark inside a word closes nothing)
        let cut = titles(&format!("'Bà O'Neil thăm Việt Nam' {sentence}"));
        assert_eq!(cut[1], ("'Bà O'Neil thăm Việt Nam'".to_owned(), true));
        // a term quoted at a sentence's start goes on in small letters; a
        // title the page prints once is the article's quotation; a short
        // one is a term
        for unit in [
            "'Gay cấn trước Hội nghị Trung ương' là cách báo chí gọi kỳ họp này.".to_owned(),
            format!("'Hội nghị sẽ bàn về nhân sự cấp cao' {sentence}"),
            format!("'Gay cấn' {sentence}"),
        ] {
            assert!(titles(&unit).iter().all(|(_, title)| !title), "{unit}");
        }
    }

    #[test]
    fn a_sentence_glued_onto_a_clause_starts_a_unit() {
        let data = crate::lang::Language::Persian.data().unwrap_or_else(|| unreachable!());
        let sentence = "قیمت طلا در بازار تهران امروز کاهش یافت. ";
        let cut = |glued: &str| -> Vec<(String, bool)> {
            let mut blocks = from_text(&format!("{}{glued}", sentence.repeat(3)), &[]);
            split_after_glued_clauses(&mut blocks, data);
            blocks[3..].iter().map(|b| (b.text.clone(), b.runs_into_next)).collect()
        };
        let next = "بازیکنان تیم ملی پس از دو هفته استراحت از روز شنبه تمرینات خود را در تهران آغاز کردند.";
        assert_eq!(
            cut(&format!("تیم ملی فوتبال در ورزشگاه آزادی تمرین کرد {next}")),
            [("تیم ملی فوتبال در ورزشگاه آزادی تمرین کرد".to_owned(), true), (next.to_owned(), false)]
        );
        // an imperfective verb, with its joiner or without; the future's
        // auxiliary before the verb; a participle and `است`; Arabic letters
        for clause in [
            "کودکان در پارک شهر بازی می‌کنند",
            "کودکان در پارک شهر بازی میکنند",
            "تولید این خودرو از سال آینده متوقف خواهد شد",
            "نان نانوایی‌های شهر تمام شده است",
            // (a noun before the verb is no participle: `این` before it
            // is no predicate's, `این است`)
            "بچه‌ها تا غروب در حیاط این مدرسه ماندند",
            "تيم ملي در ورزشگاه تمرين كرد",
            // light verbs of every kind; a nominal that takes a clause
            // with another verb takes none with this one
            "حمله انتحاری در شمال شهر ده کشته بر جای گذاشت",
            "تیم ملی والیبال در دیدار دوستانه شکست خورد",
            "آتش‌سوزی در مراتع استان ادامه دارد",
            "طرح جدید مترو در شورای شهر مورد بررسی قرار گرفت",
        ] {
            assert_eq!(cut(&format!("{clause} {next}")).len(), 2, "{clause}");
        }
        // two clauses glued in one unit
        assert_eq!(cut(&format!("پوستر فیلم منتشر شد ستاره فیلم جایزه گرفت {next}")).len(), 3);
        // a verb that takes a clause, and the clause it takes with its own
        // verb (a caption saying what a maker says)
        let said = "مزدا می‌گوید اتاق ماشین بی‌صدا تر از قبل شده است";
        assert_eq!(cut(&format!("{said} {next}")), [(said.to_owned(), true), (next.to_owned(), false)]);
        // a speech verb after its object has what it reports: no clause
        // follows it (a caption giving a figure)
        let announced = "اداره آمار جمعیت کشور را در سال ۱۳۹۸ حدود ۳۲ میلیون نفر اعلام کرد";
        assert_eq!(cut(&format!("{announced} {next}")), [(announced.to_owned(), true), (next.to_owned(), false)]);
        // a verb that takes a clause (a speech verb, a noun or adjective
        // before the verb, a modal), a clause after a subordinator, a colon
        // or a quotation mark, a conjunction after the verb, a word after
        // a plural in the ezafe, too few words on either side: whole
        for glued in [
            "وزیر کشور تصریح کرد انتخابات شوراها در موعد مقرر و با حضور ناظران مستقل در سراسر کشور برگزار خواهد شد.",
            "نتیجه این انتخابات تا پایان هفته مشخص خواهد شد کدام نامزد به دور دوم رقابت‌ها و مناظره‌های تلویزیونی راه می‌یابد.",
            "سخنگوی دولت ادامه داد دولت در سال آینده بودجه عمرانی استان‌های مرزی کشور را دو برابر خواهد کرد.",
            "قرار است این طرح از ماه آینده در همه شهرهای بزرگ کشور و مراکز استان‌ها به اجرا گذاشته شود.",
            "نتایج این بررسی نشان می‌دهد بیشتر خانوارهای شهری در سال گذشته هزینه‌های درمان خود را کاهش داده‌اند.",
            "برای همه روشن است این طرح بدون حمایت مالی دولت در سال آینده و سال‌های بعد به نتیجه نخواهد رسید.",
            "این اقدام باعث شده بود قیمت‌ها در بازار مسکن شهرهای بزرگ کشور در مدت کوتاهی دو برابر شود.",
            "دانشجویان این دانشکده نمی‌توانند در این ترم بیش از بیست واحد درسی را در سامانه آموزشی انتخاب کنند.",
            "دانشجویان این دانشکده نمی توانند در این ترم بیش از بیست واحد درسی را در سامانه آموزشی انتخاب کنند.",
            // (`تواند` is the stem `توان` and the ending `د`)
            "این شرکت به سرمایه زیادی نیاز دارد و نمی‌تواند بار مدل‌های زیان‌ده را بیش از این به دوش بکشد.",
            "وقتی باران شروع شد مردم برای پناه گرفتن به زیر سایبان‌های مغازه‌های خیابان اصلی شهر رفتند.",
            "برنامه امروز: جلسه شورا برگزار شد اعضای شورا درباره بودجه سال آینده شهر و طرح‌های عمرانی گفت‌وگو کردند.",
            "او در «جلسه شورا برگزار شد اعضای شورا درباره بودجه سال آینده شهر و طرح‌های عمرانی گفت‌وگو کردند.»",
            "قیمت طلا دیروز کاهش یافت و بازار سکه نیز در روزهای پایانی هفته با افت قابل توجهی روبه‌رو شد.",
            "دیروز نیروهای کرد سوریه روز گذشته کنترل چند روستا در نزدیکی مرز ترکیه و عراق را به دست گرفتند.",
            "باران آمد مردم برای پناه گرفتن به زیر سایبان‌های مغازه‌های خیابان اصلی شهر رفتند.",
            "درگیری‌های روز یکشنبه در شهر شدیدترین مورد زد و خورد در این منطقه پس از توافق دو گروه در ماه فوریه بوده است.",
            "تیم ملی در ورزشگاه آزادی تمرین کرد بازیکنان از شنبه به اردو می‌روند.",
            // a mark after the verb
            "تیم ملی فوتبال در ورزشگاه آزادی تمرین کرد، بازیکنان تیم ملی پس از دو هفته استراحت از روز شنبه به اردو رفتند.",
            // a clause longer than a caption
            "تیم ملی فوتبال ایران برای حضور در جام جهانی پس از دو هفته استراحت و یک سفر کوتاه به امارات و قطر و دو دیدار دوستانه با تیم‌های آسیایی در ورزشگاه آزادی تهران تمرین کرد بازیکنان تیم ملی پس از دو هفته استراحت از روز شنبه به اردو رفتند.",
        ] {
            assert_eq!(cut(glued).len(), 1, "{glued}");
        }
        // a line of a page that is not flattened stays whole
        let mut blocks = from_text(&format!("a\nb\nc\nd\nتیم ملی فوتبال در ورزشگاه آزادی تمرین کرد {next}"), &[]);
        let before = blocks.len();
        split_after_glued_clauses(&mut blocks, data);
        assert_eq!(blocks.len(), before);
        // a language with letter case shows the glue by its capitals
        let vietnamese = crate::lang::Language::Vietnamese.data().unwrap_or_else(|| unreachable!());
        assert!(vietnamese.finite_verbs.is_empty());
    }

    #[test]
    fn a_news_id_run_into_a_flattened_unit_stands_apart() {
        let lead = "کد خبر: ۹۰۴۰۸۸۳ ایسنا - وزیر نیرو امروز از آغاز ساخت سه نیروگاه جدید خبر داد.";
        let page = format!("عنوان خبر درباره نیروگاه‌ها {lead} وی افزود: کار ساخت دو سال طول می‌کشد.");
        let mut blocks = from_text(&page, &[]);
        split_around_news_id(&mut blocks);
        let texts: Vec<&str> = blocks.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(
            texts[..3],
            [
                "عنوان خبر درباره نیروگاه‌ها",
                "کد خبر: ۹۰۴۰۸۸۳",
                "ایسنا - وزیر نیرو امروز از آغاز ساخت سه نیروگاه جدید خبر داد."
            ]
        );
        // an id alone, a number that is no id, and a line of a page that
        // is not flattened stay whole
        for page in [
            "کد خبر: ۹۰۴۰۸۸۳".to_owned(),
            "عنوان خبر درباره نیروگاه‌ها سال ۱۴۰۴ سه نیروگاه ساخته می‌شود. وزیر نیرو این را گفت.".to_owned(),
            format!("a\nb\nc\nd\n{lead}"),
        ] {
            let mut blocks = from_text(&page, &[]);
            let before: Vec<String> = blocks.iter().map(|b| b.text.clone()).collect();
            split_around_news_id(&mut blocks);
            let after: Vec<String> = blocks.iter().map(|b| b.text.clone()).collect();
            assert_eq!(after, before, "{page}");
        }
    }

    #[test]
    fn a_label_run_into_a_flattened_sentence_heads_a_unit() {
        let data = crate::lang::Language::Vietnamese.data().unwrap_or_else(|| unreachable!());
        let sentence = "Giá xăng dầu trong nước đồng loạt giảm từ chiều nay. ";
        let page = format!(
            "{}\"Cần đảm bảo nguồn cung\", ông Long lưu ý. Tâm An Từ khóa: giá xăng, xăng dầu",
            sentence.repeat(3)
        );
        let mut blocks = from_text(&page, &[]);
        split_before_labels(&mut blocks, data);
        let texts: Vec<&str> = blocks.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(
            texts[3..],
            ["\"Cần đảm bảo nguồn cung\", ông Long lưu ý.", "Tâm An", "Từ khóa: giá xăng, xăng dầu"]
        );
        // a label that opens its unit, one in lower case inside a sentence,
        // and a line of a page that is not flattened stay whole
        for page in [
            format!("{}Từ khóa: giá xăng", sentence.repeat(3)),
            format!("{}Ông nói rằng từ khóa: giá xăng là chính", sentence.repeat(3)),
            "a\nb\nc\nd\nTâm An Từ khóa: giá xăng".to_owned(),
        ] {
            let mut blocks = from_text(&page, &[]);
            let before = blocks.len();
            split_before_labels(&mut blocks, data);
            assert_eq!(blocks.len(), before, "{page}");
        }
    }

    #[test]
    fn a_line_opening_with_a_comma_continues_the_line_before() {
        let page = "تیتر خبر\n\nبه گزارش خبرگزاری موج\n\n، سید عباس عراقچی گفت: همسایگان اولویت اول است.\nخط بعد";
        let texts: Vec<String> = from_text(page, &[]).into_iter().map(|b| b.text).collect();
        assert_eq!(
            texts,
            ["تیتر خبر", "به گزارش خبرگزاری موج، سید عباس عراقچی گفت: همسایگان اولویت اول است.", "خط بعد"]
        );
        // a Latin comma or a semicolon too; other marks open their own line
        let texts: Vec<String> =
            from_text("Hà Nội\n, ngày 5/3\n- Một mục\n“Trích dẫn”", &[]).into_iter().map(|b| b.text).collect();
        assert_eq!(texts, ["Hà Nội, ngày 5/3", "- Một mục", "“Trích dẫn”"]);
    }

    #[test]
    fn a_line_under_a_clause_ended_by_a_comma_goes_on_with_it() {
        let clause = "ناصر کنعانی سخنگوی وزارت خارجه در نشست خبری امروز که با حضور خبرنگاران برگزار شد،";
        let speech = "در پاسخ به سوالی گفت: آزادی این دیپلمات درخواست جدی ایران است.";
        let texts = |page: &str| -> Vec<String> { from_text(page, &[]).into_iter().map(|b| b.text).collect() };
        let page = format!("تیتر خبر\n\n{clause}\n{speech}\nخط بعد");
        assert_eq!(texts(&page), ["تیتر خبر".to_owned(), format!("{clause} {speech}"), "خط بعد".to_owned()]);
        let page = "Tiêu đề\n\nÔng Nguyễn Văn An, Giám đốc Sở Y tế tỉnh Lào Cai,\ncho biết bệnh viện đã đạt chuẩn.";
        assert_eq!(
            texts(page)[1],
            "Ông Nguyễn Văn An, Giám đốc Sở Y tế tỉnh Lào Cai, cho biết bệnh viện đã đạt chuẩn."
        );
        // a blank line between, a capital opening the next line, a short
        // list of links, or a table's cells: lines of their own
        for page in [
            format!("تیتر خبر\n\n{clause}\n\n{speech}"),
            "Tiêu đề\n\nÔng Nguyễn Văn An, Giám đốc Sở Y tế tỉnh Lào Cai,\nBệnh viện đã đạt chuẩn.".to_owned(),
            format!("تیتر خبر\n\nخانه، اخبار، ورزش،\n{speech}"),
            format!("تیتر خبر\n\n| {clause} |\n| {speech} |"),
        ] {
            assert_eq!(texts(&page).len(), 3, "{page}");
        }
    }

    #[test]
    fn a_question_cut_out_of_a_flattened_line_goes_on_in_its_speech_verb() {
        let texts = |page: &str, language: crate::lang::Language| -> Vec<String> {
            let mut blocks = from_text(page, &[]);
            join_questions_to_their_speech_verbs(&mut blocks, language.data().unwrap_or_else(|| unreachable!()));
            blocks.into_iter().map(|b| b.text).collect()
        };
        let fa = crate::lang::Language::Persian;
        let question = "وی در پاسخ به این پرسش که در پاییز خاموشی خواهیم داشت؟";
        let page = format!("تیتر خبر\nمدیرعامل شرکت برق گفت: برنامه‌ریزی شده است. {question} گفت: خاموشی نخواهیم داشت.");
        assert_eq!(
            texts(&page, fa),
            [
                "تیتر خبر",
                "مدیرعامل شرکت برق گفت: برنامه‌ریزی شده است.",
                &format!("{question} گفت: خاموشی نخواهیم داشت.")
            ]
        );
        // a question before a sentence of its own, or a verb with no
        // colon, a statement before the verb, or units of two lines
        let page = format!("تیتر خبر\n{question} گفت و گو ادامه دارد. خبرنگار پرسید؟ پاسخ داد که نه.");
        assert_eq!(texts(&page, fa).len(), 5);
        let page = "تیتر خبر\nمدیرعامل شرکت برق گفت: برنامه‌ریزی شده است. افزود: خاموشی نخواهیم داشت.";
        assert_eq!(texts(page, fa).len(), 3);
        let page = format!("تیتر خبر\n{question}\nگفت: خاموشی نخواهیم داشت.");
        assert_eq!(texts(&page, fa).len(), 3);
        // a capital opens an interview's label
        let vi = crate::lang::Language::Vietnamese;
        let page = "Tiêu đề\nÔng có lo ngại về giá điện không? Trả lời: Không, giá điện sẽ ổn định.";
        assert_eq!(texts(page, vi).len(), 3);
    }

    #[test]
    fn a_line_ending_with_a_preposition_or_a_reporting_cue_goes_on_in_the_next() {
        let texts = |page: &str, language: crate::lang::Language| -> Vec<String> {
            let mut blocks = from_text(page, &[]);
            join_lines_broken_after_function_words(&mut blocks, language.data().unwrap_or_else(|| unreachable!()));
            blocks.into_iter().map(|b| b.text).collect()
        };
        let fa = crate::lang::Language::Persian;
        let page = "به گزارش\nخبرنگار باشگاه خبرنگاران مشهد، محمد حسن واحدی اظهار کرد: تاکنون ۱۵۶ پروژه عمرانی در\nاین استان آماده شده است.\nوی افزود: هزینه زیادی شده است.";
        assert_eq!(
            texts(page, fa),
            [
                "به گزارش خبرنگار باشگاه خبرنگاران مشهد، محمد حسن واحدی اظهار کرد: تاکنون ۱۵۶ پروژه عمرانی در این استان آماده شده است.",
                "وی افزود: هزینه زیادی شده است.",
            ]
        );
        let vi = crate::lang::Language::Vietnamese;
        let page = "Ông Nguyễn Văn An cho biết bệnh viện của\ntỉnh đã đạt chuẩn.\nDòng sau.";
        assert_eq!(texts(page, vi), ["Ông Nguyễn Văn An cho biết bệnh viện của tỉnh đã đạt chuẩn.", "Dòng sau."]);
        // a blank line between, a word that may end a line, a flattened
        // page's units or a table's cells: lines of their own
        let sentence = "Đây là một câu khá dài để kiểm tra việc tách câu trong trang bị ép phẳng thành một dòng. ";
        let flattened = format!("{}Bệnh viện của", sentence.repeat(20));
        for (page, lines) in [
            ("Ông Nguyễn Văn An cho biết bệnh viện của\n\ntỉnh đã đạt chuẩn.", 2),
            ("Ông Nguyễn Văn An cho biết bệnh viện\ntỉnh đã đạt chuẩn.", 2),
            ("| Bệnh viện của |\n| tỉnh đã đạt chuẩn |", 2),
        ] {
            assert_eq!(texts(page, vi).len(), lines, "{page}");
        }
        let page = format!("{flattened}\ntỉnh đã đạt chuẩn.");
        assert_eq!(texts(&page, vi).last().map(String::as_str), Some("tỉnh đã đạt chuẩn."));
        let page = format!("Bệnh viện của\n{flattened}");
        assert_eq!(texts(&page, vi).first().map(String::as_str), Some("Bệnh viện của"));
        // a preposition with its punctuation ends a clause
        assert_eq!(texts("Bệnh viện của,\ntỉnh đã đạt chuẩn.", vi).len(), 2);
    }

    #[test]
    fn a_flattened_page_is_cut_into_sentences() {
        let sentence = "Đây là một câu khá dài để kiểm tra việc tách câu trong trang bị ép phẳng thành một dòng. ";
        let flattened = sentence.repeat(20);
        let blocks = from_text(&format!("Tiêu đề\n\nMột dòng\nHai dòng\n{flattened}"), &[]);
        assert_eq!(blocks.len(), 23);
        assert!(blocks[3..].iter().all(|b| b.from_flattened_line && b.line == 5));
        assert_eq!(blocks[3].text, sentence.trim());
    }

    #[test]
    fn separators_cut_crawl_lines_into_units() {
        let line = "تاریخ خبر: آذر 23 // کد خبر: 354606 // گسترش تجارت";
        assert_eq!(separated_units(line), ["تاریخ خبر: آذر 23", "کد خبر: 354606", "گسترش تجارت"]);
        assert_eq!(
            separated_units("một câu.   Tiêu đề khác   Tiêu đề nữa"),
            ["một câu.", "Tiêu đề khác", "Tiêu đề nữa"]
        );
        assert_eq!(
            separated_units("huyện,  Trưởng trạm"),
            ["huyện, Trưởng trạm"],
            "two spaces are a typo, not a separator"
        );
        // spaced with no-break, thin or tab characters, as pages set them
        assert_eq!(separated_units("Trang chủ\u{00A0}//\u{00A0}Tin tức"), ["Trang chủ", "Tin tức"]);
        assert_eq!(separated_units("Thời sự\u{2009}|\u{202F}Thế giới"), ["Thời sự", "Thế giới"]);
        assert_eq!(separated_units("Thời sự\t|\tThế giới"), ["Thời sự", "Thế giới"]);
        // a menu's bullets run together (the one opening the line marks
        // no unit before it)
        assert_eq!(
            separated_units("• Thế giới • Đời thường • Xem thêm..."),
            ["• Thế giới", "Đời thường", "Xem thêm..."]
        );
        assert_eq!(separated_units("  • trang chủ"), ["• trang chủ"]);
        assert_eq!(separated_units("      • trang chủ  "), ["• trang chủ"]);
        // a no-break space in a word's place is still one space
        assert_eq!(separated_units("một\u{00A0}câu /\u{00A0}hai"), ["một câu / hai"]);
    }

    #[test]
    fn separator_marks_are_found_around_their_rare_characters() {
        for line in ["a // b", " // ", "x | y", ">>>", "tin >>> xem", "a >>>> b", "//  // ", "Thế giới • Đời thường"]
        {
            assert!(has_separator_mark(line), "{line:?}");
        }
        for line in [
            "a/b",
            "a //",
            "a ||| b",
            "x|y",
            ">> x",
            "1/2/2026",
            "a -> b",
            "",
            "a\u{00A0}//\u{2009}b",
            "ở // b",
            "a\t|x",
            "• Thế giới",
            "Thế giới•Đời",
            "a \u{2022}\u{00A0}b",
        ] {
            let anywhere = line.char_indices().any(|(start, _)| separator_len(&line[start..]).is_some());
            assert_eq!(has_separator_mark(line), anywhere, "{line:?}");
        }
        assert!(has_space_run("a \u{00A0} b") && !has_space_run("a  b"));
    }

    #[test]
    fn a_short_flattened_page_is_cut_into_sentences() {
        let blocks = from_text("Tiêu đề bài\nCâu thứ nhất khá dài. Câu thứ hai cũng dài.", &[]);
        let texts: Vec<&str> = blocks.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(texts, ["Tiêu đề bài", "Câu thứ nhất khá dài.", "Câu thứ hai cũng dài."]);
        // the headline, its date and the article on one line
        let blocks = from_text(
            "Tiêu đề bài
12/3/2024 08:15
Câu thứ nhất khá dài. Câu thứ hai cũng dài.",
            &[],
        );
        assert_eq!(blocks.len(), 4);
    }

    #[test]
    fn a_short_page_of_two_paragraphs_keeps_them_whole() {
        let lead = "Chiều 16/1, bệnh viện tỉnh tổ chức hội nghị tổng kết công tác năm 2024 với nhiều đại biểu.";
        let paragraph = "Năm qua bệnh viện khám cho hơn hai trăm nghìn lượt người bệnh. Số ca phẫu thuật tăng gần một phần năm so với năm trước.";
        let blocks = from_text(
            &format!(
                "Tiêu đề bài
{lead}

{paragraph}"
            ),
            &[],
        );
        let texts: Vec<&str> = blocks.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(texts, ["Tiêu đề bài", lead, paragraph]);
        assert!(blocks.iter().all(|b| !b.from_flattened_line));
    }

    #[test]
    fn a_headline_glued_to_a_repeated_lead_is_split_off() {
        let lead = "رئیس کمیته علمی ستاد گفت: ایران امکانات لازم برای واکسن را ندارد.";
        let page = format!("کد خبر: 1 // واکسن فایزر به ایران نمی‌آید + فیلم {lead} مصطفی قانعی تاکید کرد. {lead}");
        let blocks = from_text(&page, &[]);
        let texts: Vec<&str> = blocks.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(texts[1], "واکسن فایزر به ایران نمی‌آید + فیلم");
        assert_eq!(texts[2], lead);
    }

    #[test]
    fn a_title_printed_twice_on_a_flattened_page_is_cut_out_of_both() {
        let title = "دیدار مسوولان بهداشت و درمان کشور با شهردار تهران";
        let caption = "رئیس سازمان نظام پزشکی و شماری از مسئولان حوزه بهداشت با شهردار تهران دیدار کردند.";
        let lead = "به گزارش خبرگزاری موج، صبح امروز جمعی از مدیران ارشد حوزه بهداشت در دفتر شهردار حضور یافتند.";
        let texts = |page: &str| -> Vec<String> { from_text(page, &[]).into_iter().map(|b| b.text).collect() };
        assert_eq!(
            texts(&format!("English {title} {caption} {title} {lead} جمله دوم خبر است.")),
            ["English", title, caption, title, lead, "جمله دوم خبر است."]
        );
        // the same words opening a sentence further down are the article's
        let opening = "Năm 2025, Bệnh viện Đa khoa tỉnh Lào Cai";
        let page = format!(
            "{opening} phấn đấu đạt chuẩn hạng nhất. Câu một của bài. Câu hai của bài. Câu ba của bài. {opening} đặt mục tiêu mới."
        );
        assert_eq!(texts(&page).last().map(String::as_str), Some(&*format!("{opening} đặt mục tiêu mới.")));
        // and a page that opens with something else has no title to cut
        let page = format!("این صفحه همه خبرهای امروز درباره {title} را دارد. {title} {lead}");
        assert_eq!(texts(&page).len(), 2);
        // a reprint with nothing after it has nothing to cut off
        assert_eq!(texts(&format!("English {title} {caption} {title}")).len(), 2);
        // nor a few words two sentences open with
        assert_eq!(texts("Bộ Y tế cho biết có thêm ca mắc mới. Bộ Y tế cũng khuyến cáo người dân.").len(), 2);
    }

    #[test]
    fn a_headline_glued_to_a_lead_with_a_dateline_is_split_off() {
        let page = "افشای جزئیات دیدار دو وزیر از سوی رسانه عراقی ایرنا/ یک رسانه عراقی جزئیات جدیدی را فاش کرد. \
                    رسانه‌ها در هفته جاری این دیدار را گزارش کردند.";
        let cut = |page: &str| -> Vec<String> {
            let mut blocks = from_text(page, &[]);
            split_before_agency_dateline(&mut blocks, None);
            blocks.into_iter().map(|b| b.text).collect()
        };
        let texts = cut(page);
        assert_eq!(texts[0], "افشای جزئیات دیدار دو وزیر از سوی رسانه عراقی");
        assert_eq!(texts[1], "ایرنا/ یک رسانه عراقی جزئیات جدیدی را فاش کرد.");
        // a slash between two halves of a headline, the first quoting the
        // text, is no dateline
        let page = "روی یک غفلت گل خوردیم/ داور شجاعانه قضاوت کردمربی تیم افزود: روی یک غفلت گل خوردیم. \
                    وی ادامه داد که تیم در بازی بعد بهتر خواهد بود.";
        assert_eq!(cut(page)[0], "روی یک غفلت گل خوردیم/ داور شجاعانه قضاوت کردمربی تیم افزود: روی یک غفلت گل خوردیم.");
        let texts = cut(
            "Giá xăng dầu đồng loạt giảm từ chiều nay (Dân trí) - Liên Bộ vừa điều chỉnh giá xăng dầu. Câu hai dài.",
        );
        assert_eq!(
            texts[..2],
            ["Giá xăng dầu đồng loạt giảm từ chiều nay", "(Dân trí) - Liên Bộ vừa điều chỉnh giá xăng dầu."]
        );
        // a date with slashes, too short a head, or a bracket that is no
        // agency's name, is no dateline
        for page in [
            "Hà Nội, ngày 12/ 3 có mưa lớn ở nhiều nơi. Câu hai dài.",
            "Tin nóng/ Một câu dài. Câu hai dài.",
            "Giá vàng hôm nay tăng mạnh ở nhiều nơi (theo khảo sát sáng nay) - nhiều người mua. Câu hai dài.",
        ] {
            let texts = cut(page);
            assert!(texts[0].contains(['/', '(']), "{texts:?}");
        }
        // an outlet named by its kind before a colon
        let persian = crate::lang::Language::Persian.data();
        let cut = |page: &str| -> Vec<String> {
            let mut blocks = from_text(page, &[]);
            split_before_agency_dateline(&mut blocks, persian);
            blocks.into_iter().map(|b| b.text).collect()
        };
        let title = "تاکید وزیر کشور بر لزوم قانونمند شدن اقامت مهاجرین در ایران";
        let lead = "خبرگزاری فارس: وزیر کشور تاکید کرد اقامت مهاجرین باید قانونمند شود.";
        assert_eq!(cut(&format!("{title} {lead} جمله دوم خبر است."))[..2], [title, lead]);
        // the outlet's office or a function word before it, or the kind
        // far from the colon, is no dateline
        for head in [
            "در نشست خبری امروز درباره برنامه‌های سال آینده مدیرعامل خبرگزاری فارس:",
            "وزیر کشور در پاسخ به پرسش خبرنگار خبرگزاری فارس:",
            "وزیر کشور امروز در گفت‌وگو با خبرگزاری فارس:",
            "سخنگوی دولت در نشست با مدیران خبرگزاری‌های کشور و سردبیران رسانه‌ها گفت:",
            "آتش‌نشانان پس از مهار آتش در ساختمان شبکه خبر دیروز در تهران گفتند:",
            // (`خبری` is a kind: a speech verb makes the colon a speaker's)
            "سرمربی تیم پس از پیروزی مقابل حریف در نشست خبری اظهار داشت:",
        ] {
            assert_eq!(cut(&format!("{head} اقامت مهاجرین باید قانونمند شود. جمله دوم خبر است.")).len(), 2, "{head}");
        }
    }

    #[test]
    fn a_caption_run_on_into_the_next_sentence_ends_with_its_credit() {
        // a page flattened onto one line, a sentence of its own first
        let cut = |page: &str| -> Vec<String> {
            let mut blocks = from_text(&format!("Trận đấu đã kết thúc tối qua. {page}"), &[]);
            split_after_photo_credit(&mut blocks);
            blocks.into_iter().skip(1).map(|b| b.text).collect()
        };
        for (caption, sentence) in [
            ("Đội tuyển ăn mừng chiến thắng trên sân (Ảnh: VFF)", "Ban huấn luyện cho các cầu thủ nghỉ hai ngày."),
            ("Hiện trường vụ cháy tại quận Hoàng Mai (Ảnh TN)", "Lực lượng cứu hỏa đã có mặt sau mười phút."),
            ("نمایی از ورزشگاه آزادی پیش از دیدار (عکس: ایسنا)", "هواداران از ساعت‌ها پیش در ورزشگاه حاضر شدند."),
        ] {
            assert_eq!(cut(&format!("{caption} {sentence}")), [caption, sentence]);
        }
        // brackets that credit no picture, a credit with no sentence after
        // it, or too few words before it cut nothing
        for page in [
            "Giá xăng tăng mạnh trong tuần (ảnh hưởng từ giá dầu thế giới) Người dân lo lắng về chi phí.",
            "Đội tuyển ăn mừng chiến thắng trên sân (Ảnh: VFF)",
            "Sân (Ảnh: VFF) Ban huấn luyện cho các cầu thủ nghỉ hai ngày.",
            "Đội tuyển ăn mừng chiến thắng trên sân (Ảnh: VFF), ban huấn luyện cho các cầu thủ nghỉ.",
        ] {
            assert_eq!(cut(page).len(), 1, "{page}");
        }
        // nor is a line of a page with its line breaks kept
        let mut blocks =
            from_text("a\nb\nc\nd\nĐội tuyển ăn mừng chiến thắng (Ảnh: VFF) Ban huấn luyện cho nghỉ.", &[]);
        split_after_photo_credit(&mut blocks);
        assert_eq!(blocks.len(), 5);
    }

    #[test]
    fn a_long_paragraph_with_few_sentences_stays_whole() {
        let paragraph = format!("{} kết thúc. Câu hai.", "từ ".repeat(600));
        assert_eq!(from_text(&format!("a\nb\nc\n{paragraph}"), &[]).len(), 4);
    }
}
