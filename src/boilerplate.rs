//! Stage 3: label every block — article body, subheading, caption, byline,
//! or site chrome — from signals that hold across sites rather than one
//! site's phrases:
//!
//! - *prose*: enough words, a share of function words (stopwords) typical
//!   of running text, sentence punctuation. Menus, link lists and widgets
//!   have few function words and no sentence ends.
//! - *repetition*: ads and menus recur on a page; a line printed three
//!   times is never article text. A title printed twice in a row is a
//!   related-news card.
//! - *position*: the article is the run from the first to the last prose
//!   block; what lies before it is header chrome (where headline and date
//!   are found), what lies after it is footer chrome, save a byline. Teasers
//!   closing the text (a title and a one-sentence summary, three times or
//!   more) are other articles'.
//! - *cue lexicons* (language data): comment prompts, share and tag lines,
//!   visitor counters, copyright footers; end-of-article markers
//!   (`انتهای پیام`, `Tin liên quan`) after which nothing is article text.
//! - *layout*: a line right after an image file name, or set apart by an
//!   extra empty line where an image stood, is a caption.

use rustc_hash::FxHashMap as HashMap;

use serde::Serialize;

use crate::blocks::Block;
use crate::extract::{date, headline, meta, people};
use crate::lang::LanguageData;
use crate::text::{self, Token};

/// What a block is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Label {
    /// A paragraph of the article.
    Body,
    /// A subheading inside the article; part of the body.
    Heading,
    /// The headline, or a repetition of it.
    Headline,
    /// The date line.
    Date,
    /// An image caption or photo credit.
    Caption,
    /// A byline: the author or the photographer.
    Byline,
    /// Article metadata printed on the page (news id, agency line).
    Meta,
    /// Site chrome: menus, ads, related news, comment prompts, footers.
    Boilerplate,
}

impl Label {
    /// Whether blocks with this label go into `body`.
    pub fn is_body(self) -> bool {
        matches!(self, Label::Body | Label::Heading)
    }
}

/// A block's label and the reason for it, as `--explain` shows them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Decision {
    pub label: Label,
    pub reason: &'static str,
}

impl Decision {
    fn new(label: Label, reason: &'static str) -> Self {
        Decision { label, reason }
    }
}

/// A block with at least this many words can be prose. News sentences
/// run 15–30 words; menu entries, buttons and teaser titles stay under 10.
const PROSE_MIN_WORDS: usize = 10;

/// A block this long is prose even without a sentence end (some sites drop
/// the final full stop; no menu line is this long).
const PROSE_UNPUNCTUATED_MIN_WORDS: usize = 25;

/// Share of a prose block's words that must be stopwords. Running Persian
/// and Vietnamese news text has 25–45 % stopwords (measured on the seeds);
/// lists of names, tags and headlines have under 5 %. 8 % keeps dense,
/// number-heavy report paragraphs in.
const PROSE_MIN_STOPWORD_SHARE: f64 = 0.08;

/// A line printed this many times on one page is chrome (ads, menu
/// entries); article text is not repeated three times.
pub(crate) const REPEATED_CHROME_COUNT: usize = 3;

/// Most words of a transcript's speaker label: a title and a full name
/// (`Bộ trưởng Nguyễn Văn An:`).
const SPEAKER_LABEL_MAX_WORDS: usize = 6;

/// A specific cue phrase (three or more tokens: `منتشر نخواهد شد`, `thống kê
/// truy cập`) marks a block as chrome when the block is this short: a
/// comment prompt or a share line is one sentence, while an article
/// paragraph that happens to use the words is longer.
const CUE_MAX_WORDS: usize = 30;

/// Tokens a cue phrase needs to be specific enough for sentence-length
/// lines. Shorter cues (`Tags`, `đăng ký`, `giấy phép`: a Vietnamese word
/// is often two syllables, two tokens) are ordinary words in prose too.
const SPECIFIC_CUE_MIN_TOKENS: usize = 3;

/// A short cue marks only a menu-sized line.
const SHORT_CUE_MAX_WORDS: usize = 5;

/// A date line is a date and a few words (a weekday, `Cập nhật`), not a
/// sentence that mentions a date. Its numbers are not counted: a line may
/// give the date and time in two calendars (`تاریخ انتشار: ۱۲ اردیبهشت
/// ۱۴۰۳ - ۱۵:۰۳ - 01May 2024`).
const DATE_LINE_MAX_WORDS: usize = 8;

/// An end-of-article marker is a short header line (`Tin liên quan`,
/// `انتهای پیام`), not a sentence that contains the words.
const END_MARKER_MAX_WORDS: usize = 8;

/// A read-more link is a short line: the link, perhaps the topic's link
/// beside it (`Đọc tiếp Về trang Chủ đề`).
const READ_MORE_MAX_WORDS: usize = 8;

/// Longest caption recognised by layout alone.
const CAPTION_MAX_WORDS: usize = 40;

/// Longest caption its photo credit marks (`… của Bộ Chính trị. Ảnh: Chính
/// Thành`): the credit says what the line is, so a long one is taken too,
/// short of a flattened paragraph that only ends with one.
const CREDITED_CAPTION_MAX_WORDS: usize = 60;

/// Subheadings are short: two to twenty words.
const HEADING_MIN_WORDS: usize = 2;
const HEADING_MAX_WORDS: usize = 20;

/// A subheading flattened onto the paragraph after it is a short phrase
/// (ten words at most on the pages seen); a longer run of words without a
/// stop before a sentence is a picture's caption.
const GLUED_SUBHEADING_MAX_WORDS: usize = 10;

/// A line ending in a colon inside the article introduces a list when it
/// has this many words; shorter ones (`Tags:`) are labels.
const INTRODUCTION_MIN_WORDS: usize = 4;

/// A byline after the article is a short line: a name, or a cue and names.
const BYLINE_MAX_WORDS: usize = 12;

/// How many blocks after the last paragraph a lone name line is still
/// taken as the author's signature.
const SIGNATURE_WINDOW: usize = 3;

/// A block whose text is at least this share link text is navigation: a
/// menu, a list of related articles, a tag cloud. Article paragraphs link
/// a few words at most.
const LINK_HEAVY_DENSITY: f64 = 0.5;

/// …unless it is long: a paragraph of this many words with many links is
/// still a paragraph (a list of sources, say).
const LINK_HEAVY_MAX_WORDS: usize = 40;

/// What the classifier measures of each block.
#[derive(Debug, Clone, Default)]
pub struct Features {
    pub words: usize,
    pub folded: String,
    pub stopword_share: f64,
    pub ends_sentence: bool,
    pub repeats: usize,
    /// Index of the first block from a flattened line with the same text.
    pub first_flattened_occurrence: usize,
    pub image_file: bool,
    pub cue: bool,
    pub end_marker: bool,
    /// An agency's mark closing the article (see [`LanguageData::closing_marks`]).
    pub closing_mark: bool,
    pub byline_cue: bool,
    pub caption_cue: bool,
    /// Ends with a photo credit (`… - Ảnh: Văn Giáp`, `(Ảnh: TTXVN)`): a
    /// picture's caption, whatever else it looks like.
    pub photo_credit: bool,
    /// A short line that opens with a read-more link (`Đọc tiếp`).
    pub read_more: bool,
    /// A see-also link alone on its line (`بیشتر بخوانید:`, `Xem thêm:`):
    /// the titles it links follow on the next lines.
    pub see_also_label: bool,
    pub date_line: bool,
    /// A signature and a date or time stamp on one line (`Nguyễn Văn Tùng
    /// 2 giờ trước`): how a reader's comment is signed.
    pub signed_stamp: bool,
    pub counter: bool,
    pub banner: bool,
    pub prose: bool,
    /// HTML only: outside the main container (and not its lead).
    pub outside_main: bool,
    /// HTML only: inside an element whose class or id marks chrome.
    pub hinted_chrome: bool,
    /// HTML only: mostly link text.
    pub link_heavy: bool,
    /// A quoted title cut off a flattened unit that the page prints again
    /// (see [`Block::repeated_title`]).
    pub repeated_title: bool,
    /// A title in square brackets, alone on its line (`[Tỷ giá ngoại tệ
    /// "trôi về đâu" …]`): how news sites link a related article between
    /// the paragraphs. No paragraph of an article's own stands in them.
    pub bracketed_title: bool,
    /// HTML only: inside a `<figcaption>` or an element marked caption.
    pub figure_caption: bool,
    /// HTML only: a short line inside an element marked author or byline.
    pub byline_hint: bool,
    /// HTML only: an `<h2>`–`<h6>`.
    pub html_heading: bool,
    /// Ends with a speech verb and a colon (`وی افزود:`, `Ông X cho
    /// biết:`): an attribution whose speech is the next paragraph.
    pub announces_speech: bool,
    /// A few words closed by a colon, alone on the line (`برت بایر:`,
    /// `PV:`): a transcript's speaker label, which a transcript repeats at
    /// every turn, where a menu or an ad repeats no colon.
    pub speaker_label: bool,
}

/// The classifier's result: a decision per block, and where the article
/// runs.
#[derive(Debug, Clone)]
pub struct Page {
    pub decisions: Vec<Decision>,
    pub features: Vec<Features>,
    /// Index of the first article block, if any.
    pub start: Option<usize>,
    /// Index of the last article block, if any.
    pub end: Option<usize>,
    /// A headline that reads as prose above the article: one put as a
    /// question or an exclamation (`Tại sao …?`) right above a byline or
    /// such and the article's first paragraph, or one the page prints
    /// twice in a row at its top.
    pub prose_title: Option<usize>,
}

/// A listing's time stamp is a number and a unit with "ago" (`۲ ساعت
/// پیش`, `5 phút trước`): three words. Longer lines are not looked at.
const ELAPSED_TIME_STAMP_MAX_WORDS: usize = 3;

/// Measures every block.
pub fn features(blocks: &[Block], data: Option<&LanguageData>) -> Vec<Features> {
    let mut all = Vec::with_capacity(blocks.len());
    for block in blocks {
        // outside an HTML page's main container a block is chrome whatever
        // it says: count its words, skip the rest
        if block.dom.as_ref().is_some_and(|d| !d.in_main && !d.before_main) {
            all.push(Features { words: text::word_count(&block.text), outside_main: true, ..Features::default() });
            continue;
        }
        let folded = text::fold(&block.text);
        // words of the folded text: no second folding per token
        let (words, stopwords) = text::words(&folded)
            .fold((0, 0), |(n, s), word| (n + 1, s + usize::from(data.is_some_and(|d| d.stopwords.contains(word)))));
        let ends_sentence = text::ends_with_stop(&block.text) || without_sign_off(&block.text).is_some();
        let mut f = Features {
            words,
            stopword_share: if words == 0 { 0.0 } else { stopwords as f64 / words as f64 },
            ends_sentence,
            image_file: is_image_file_name(&block.text) || is_picture_markup(&block.text),
            date_line: date::is_date_line_folded(&folded, words)
                || words <= ELAPSED_TIME_STAMP_MAX_WORDS && data.is_some_and(|d| d.is_elapsed_time_stamp(&folded)),
            counter: is_counter(&block.text),
            banner: is_banner(&block.text, words),
            repeated_title: block.repeated_title,
            bracketed_title: is_bracketed_title(&block.text),
            ..Features::default()
        };
        f.signed_stamp = words <= SIGNATURE_MAX_WORDS + SIGNED_STAMP_MAX_WORDS && is_signed_stamp(&folded, data);
        if let Some(d) = data {
            let opens_with_see_also = d.see_also_cues.starts(&folded);
            // a block longer than any cue can mark is not searched at all:
            // most article paragraphs are
            f.cue = words <= SHORT_CUE_MAX_WORDS.max(CUE_MAX_WORDS)
                && d.boilerplate_cues.all_in(&folded).any(|(s, e)| {
                    let cue_tokens = text::tokenize(&folded[s..e]).len();
                    words <= SHORT_CUE_MAX_WORDS || cue_tokens >= SPECIFIC_CUE_MIN_TOKENS && words <= CUE_MAX_WORDS
                })
                // a cue that labels a headline (`Xem thêm: <title>`) marks the
                // line whatever its length; a line that ends a sentence may
                // run on into the article's own text after the title
                || words <= CUE_MAX_WORDS && !ends_sentence && d.boilerplate_cues.starts_label(&folded)
                // a see-also link runs on with the titles it links, however
                // many (`Xem thêm chuyên đề '…' '…'`)
                || !ends_sentence && opens_with_see_also;
            // in a flattened page the marker runs on into what follows it
            f.end_marker =
                (words <= END_MARKER_MAX_WORDS || block.from_flattened_line) && d.end_markers.starts(&folded);
            f.closing_mark = f.end_marker && d.closing_marks.starts(&folded);
            // (an interviewer's question under the reporter's label,
            // `خبرنگار: آیا … دارید؟`, names no writer)
            f.byline_cue = words <= BYLINE_MAX_WORDS
                && !text::is_question(&block.text)
                && (d.byline_cues.starts(&folded) && !d.verb_compounds.starts(&folded)
                    || without_bracketed_credit(&block.text, d).is_some()
                    || is_qualified_byline(&block.text, d)
                    || listed_credits_cue(&block.text, d).is_some());
            f.photo_credit = words <= CREDITED_CAPTION_MAX_WORDS
                && (ends_with_photo_credit(&folded)
                    || ends_with_capitals_credit(&block.text)
                    || ends_with_bracketed_credit(&block.text)
                    || ends_with_agency_credit(&block.text)
                    || is_picture_with_source(&folded, d));
            f.caption_cue = f.photo_credit
                || words <= CAPTION_MAX_WORDS && (d.caption_cues.starts(&folded) || is_caption_cell(&folded, words));
            f.read_more = words <= READ_MORE_MAX_WORDS && d.read_more_cues.starts(&folded);
            f.see_also_label = words <= SEE_ALSO_LABEL_MAX_WORDS && opens_with_see_also;
            f.speaker_label = words <= SPEAKER_LABEL_MAX_WORDS
                && block.text.trim_end().ends_with(':')
                && !block.text.chars().any(|c| c.is_numeric());
            f.announces_speech = block.text.ends_with(':') && {
                let tokens = d.tokenize(&block.text);
                let colon = tokens.len() - 1;
                d.speech_verbs.match_ending_at(&tokens, colon).is_some()
                    || d.weak_speech_verbs.match_ending_at(&tokens, colon).is_some()
            };
        }
        if let Some(dom) = &block.dom {
            f.outside_main = !dom.in_main && !dom.before_main;
            f.hinted_chrome = dom.chrome_hint.is_some();
            f.link_heavy = dom.link_density >= LINK_HEAVY_DENSITY && words < LINK_HEAVY_MAX_WORDS;
            f.figure_caption = dom.caption;
            f.byline_hint = dom.byline && words <= BYLINE_MAX_WORDS && !f.date_line;
            f.html_heading = dom.heading >= 2;
        }
        let enough_stopwords = data.is_none() || f.stopword_share >= PROSE_MIN_STOPWORD_SHARE;
        // (a long table cell without a sentence end is headlines run
        // together, a related-news box: no site drops the stop of a
        // paragraph set in a table)
        // (a sentence giving the speech to follow after its verb and colon
        // is ended by the colon: `X در پاسخ به خبرنگاران گفت:` over an
        // interview)
        // … and a speech its speaker gives by a pronoun (`وی افزود: …`, he
        // added) goes on with the text before it, whether or not the page
        // kept its stop: no title refers back so
        f.prose = words >= PROSE_MIN_WORDS
            && enough_stopwords
            && (f.ends_sentence
                || f.announces_speech
                || words >= PROSE_UNPUNCTUATED_MIN_WORDS && !block.table_cell
                || data.is_some_and(|d| pronoun_gives_speech(&block.text, d)));
        // a marker runs on into the titles after it on a flattened line
        // (`Tin liên quan Bệnh viện …`); a word in small letters after it
        // goes on with a sentence that opens with the marker's words
        // (`Nổi bật là công tác khám, chữa bệnh …`, notable was …)
        if f.end_marker
            && words > END_MARKER_MAX_WORDS
            && let Some(d) = data
        {
            let tokens = d.tokenize(&block.text);
            let goes_on = d
                .end_markers
                .match_at(&tokens, 0)
                .and_then(|n| tokens.get(n))
                .is_some_and(|next| next.is_word && block.text[next.start..].starts_with(char::is_lowercase));
            if goes_on {
                f.end_marker = false;
                f.closing_mark = false;
            }
        }
        f.folded = folded;
        all.push(f);
    }
    // how often each text stands on the page, counted over the blocks read
    // (not those outside an HTML page's main container)
    let mut counts: HashMap<&str, usize> = HashMap::default();
    for f in all.iter().filter(|f| !f.outside_main) {
        *counts.entry(f.folded.as_str()).or_default() += 1;
    }
    let mut first_flattened: HashMap<&str, usize> = HashMap::default();
    for (i, (block, f)) in blocks.iter().zip(&all).enumerate() {
        if block.from_flattened_line {
            first_flattened.entry(f.folded.as_str()).or_insert(i);
        }
    }
    let first_flattened: Vec<usize> =
        all.iter().enumerate().map(|(i, f)| first_flattened.get(f.folded.as_str()).copied().unwrap_or(i)).collect();
    let repeats: Vec<usize> = all.iter().map(|f| counts.get(f.folded.as_str()).copied().unwrap_or(1)).collect();
    for ((f, first), repeats) in all.iter_mut().zip(first_flattened).zip(repeats) {
        f.repeats = repeats;
        f.first_flattened_occurrence = first;
    }
    all
}

/// Most words of the sign-off after an article's last sentence: the
/// agency the text is copied from or the editor's initials, after a slash
/// (`… حمل و نقل عمومی است. /تسنیم`, `… اعلام شد./ ح`).
const SIGN_OFF_MAX_WORDS: usize = 2;

/// Longest sign-off in bytes: two words of Arabic letters (two bytes
/// each) and their spaces.
const SIGN_OFF_MAX_BYTES: usize = 48;

/// The line without the sign-off it ends with (see [`SIGN_OFF_MAX_WORDS`]),
/// when a sentence's stop stands before the slash: the line ends its
/// sentence, and the article. (Inlined: the features ask it of every
/// block, and most answer at the slash.)
#[inline]
pub(crate) fn without_sign_off(line: &str) -> Option<&str> {
    let line = line.trim_end();
    // (the slash is sought near the end only: most lines have none, and
    // are read for it whole otherwise)
    let tail = line.len().saturating_sub(SIGN_OFF_MAX_BYTES);
    let slash = tail + memchr::memrchr(b'/', &line.as_bytes()[tail..])?;
    let (sentence, sign_off) = (&line[..slash], &line[slash + 1..]);
    let words = sign_off.split_whitespace().count();
    ((1..=SIGN_OFF_MAX_WORDS).contains(&words) && text::ends_with_stop(sentence)).then_some(sentence)
}

/// A line without the label of the writers' credit it ends with in
/// brackets (`Hà Giang/Người Việt (thực hiện)`, the interview's `Thực
/// hiện:` put after the names): such a line is a byline.
pub fn without_bracketed_credit<'a>(line: &'a str, data: &LanguageData) -> Option<&'a str> {
    let (names, inside) = line.trim_end().strip_suffix(')')?.rsplit_once('(')?;
    let label = format!("{}:", text::fold(inside.trim()));
    (!inside.contains(':') && data.byline_cues.is_entry(&label)).then_some(names.trim_end())
}

/// The tokens a byline's cue takes when one word qualifies it (`دانش‌آموز
/// خبرنگار: …`, student reporter: …): a cue that ends in a colon, after a
/// word.
pub fn qualified_byline_cue(tokens: &[Token], data: &LanguageData) -> Option<usize> {
    let n = data.byline_cues.match_at(tokens, 1)?;
    (tokens[0].is_word && tokens[n].folded == ":").then_some(n + 1)
}

/// The byte offset where the names start after a label listing several
/// credits before one colon (`Bài, ảnh, audio: Hữu Thiện`, text, photos
/// and sound), each of which is a byline cue with its colon (`Bài:`,
/// `Ảnh:`, `Audio:`): the credits are one person's.
pub fn listed_credits_cue(line: &str, data: &LanguageData) -> Option<usize> {
    // (most lines hold no colon, nor a comma before one: told by bytes
    // without folding, as every short line is asked)
    let label = &line[..memchr::memchr(b':', line.as_bytes())?];
    if !label.contains(',') && !label.contains('،') {
        return None;
    }
    let folded = text::fold(label);
    folded
        .split([',', '،'])
        .flat_map(|part| part.split(" và "))
        .all(|credit| data.byline_cues.is_entry(&format!("{}:", credit.trim())))
        .then_some(label.len() + 1)
}

/// Whether a line is a byline whose cue one word qualifies, then the
/// writer's name: such a label could open an ordinary line too (`متن
/// گزارش:`, the report's text:), so the name must follow it, and, in a
/// script without case, open with a given name.
fn is_qualified_byline(line: &str, data: &LanguageData) -> bool {
    if !line.contains(':') {
        return false;
    }
    let tokens = text::tokenize(line);
    let Some(n) = qualified_byline_cue(&tokens, data) else { return false };
    let names = line[tokens[n - 1].end..].trim();
    let folded = text::fold(names);
    is_signature(names, &folded, text::word_count(names))
        && opens_with_given_name_if_caseless(names, &folded, Some(data))
}

/// Labels every block.
pub fn classify(blocks: &[Block], data: Option<&LanguageData>) -> Page {
    let features = features(blocks, data);
    let n = blocks.len();
    let mut decisions: Vec<Option<Decision>> = features.iter().map(chrome_decision).collect();
    // the page marks its byline (`<li class="the-article-author"><a …>`):
    // a link to the writer's page is no navigation
    for (i, (decision, f)) in decisions.iter_mut().zip(&features).enumerate() {
        if f.byline_hint && !f.outside_main && !f.hinted_chrome && f.words > 0 && is_byline_shaped(i, blocks, f) {
            *decision = Some(Decision::new(Label::Byline, "inside an element the page marks as its byline"));
        }
    }
    let good = |i: usize, decisions: &[Option<Decision>]| decisions[i].is_none() && features[i].prose;

    let start = (0..n).find(|&i| good(i, &decisions)).or_else(|| {
        // No prose at all (a very short page, or a language without data):
        // fall back to the first line that reads like a sentence.
        (0..n).find(|&i| decisions[i].is_none() && features[i].words >= 5 && features[i].ends_sentence)
    });
    // a lead dense with names and figures (`Liên Bộ Công Thương - Tài chính
    // vừa công bố …, giá xăng giảm mạnh.`) may have too few stopwords for
    // prose; right above the first paragraph, or above the lead picture's
    // caption under it (`Các đại biểu dự hội nghị.`), a sentence of prose
    // length is the article's first
    // (the first prose block, for the lines between the lead and it)
    let first_prose = start;
    let start = start.map(|first| {
        (first.saturating_sub(LEAD_CAPTION_MAX_LINES + 1)..first)
            .rev()
            .take_while(|&i| {
                i + 1 == first || {
                    let under = &features[i + 1];
                    // (a photographer's credit, not a writer's byline)
                    !under.prose
                        && under.words <= CAPTION_MAX_WORDS
                        && !under.date_line
                        && (under.caption_cue || !under.byline_cue)
                }
            })
            .find(|&i| is_dense_lead(i, blocks, &features, &decisions))
            .unwrap_or(first)
    });
    // the short lines that lead was taken across
    let lead_caption = start.zip(first_prose).map_or(0..0, |(lead, first)| lead + 1..first);
    // a lead opened by its outlet's dateline (`BDK.VN - Sáng 4-4-2022, …`)
    // is the article's first paragraph, with captions or a speech's
    // salutations between it and the first prose
    let start = start.map(|first| {
        data.and_then(|data| {
            (first.saturating_sub(DATELINE_LEAD_WINDOW)..first).find(|&i| {
                is_dense_lead(i, blocks, &features, &decisions)
                    && meta::opens_with_outlet_dateline(&blocks[i].text, data)
            })
        })
        .unwrap_or(first)
    });
    // a headline put as a question or an exclamation reads as prose (`Tại
    // sao …?`, `چرا …؟`): above a short line that is none (the byline, the
    // date, a share button) and the prose after it, the article starts
    // with that prose
    // so is a title printed twice in a row at the page's top
    let titled = start.and_then(|first| {
        exclaimed_title_above_byline(first, blocks, &features, &decisions)
            .map(|next| (first, next))
            .or_else(|| doubled_title_at_top(first, blocks, &features, &decisions))
            .or_else(|| quoted_title_over_lead(first, &features, |i| good(i, &decisions)).map(|next| (first, next)))
            .or_else(|| unpunctuated_title_at_top(first, &features, &decisions).map(|next| (first, next)))
    });
    let prose_title = titled.map(|(title, _)| title);
    let start = titled.map(|(_, next)| next).or(start);
    // a run of headlines without a stop (a `Mới nhất:` box of the header)
    // is prose by its length alone: above the page's date line, with the
    // first sentence under it, it is the header's, and the article starts
    // under the date
    let start = start.map(|first| {
        let first_sentence = |i: usize| good(i, &decisions) && features[i].ends_sentence;
        (!features[first].ends_sentence)
            .then(|| (first + 1..n).take_while(|&i| !first_sentence(i)).find(|&i| features[i].date_line))
            .flatten()
            .and_then(|date| (date + 1..n).find(|&i| good(i, &decisions)))
            .unwrap_or(first)
    });
    let Some(start) = start else {
        let decisions = decisions
            .into_iter()
            .map(|d| d.unwrap_or(Decision::new(Label::Boilerplate, "no prose on the page")))
            .collect();
        return Page { decisions, features, start: None, end: None, prose_title: None };
    };

    let cut = (start + 1..n).find(|&i| ends_article(i, start, blocks, &features, &decisions)).unwrap_or(n);
    // the next post of a blog's archive page, under its own title and a
    // date line shaped as the article's, ends it (the title, no paragraph
    // of the article, stays out after its last one)
    let cut = (start + 1..cut).find(|&i| repeats_header_dateline(i, start, &features)).unwrap_or(cut);
    // so does the writer's signature under a paragraph, when prose goes on
    // after it: another article's summary (see [`signs_off_article`])
    let cut = (start + 1..cut)
        .find(|&i| signs_off_article(i, start, cut, blocks, &features, data))
        .map_or(cut, |signature| signature + 1);
    let end = (start..cut).rev().find(|&i| good(i, &decisions)).unwrap_or(start);
    // a commentary's disclaimer under its text reads as prose: it is the
    // writer's signature (see `after_article`)
    let end = if end > start && is_opinion_disclaimer(&features[end], data) {
        decisions[end] = Some(Decision::new(Label::Byline, DISCLAIMER_REASON));
        (start..end).rev().find(|&i| good(i, &decisions)).unwrap_or(start)
    } else {
        end
    };
    // a closing sentence dense with names (`Dự lễ có Phó Chủ tịch UBND tỉnh
    // X, Giám đốc Sở Y tế Y.`, who attended) may have too few stopwords
    // for prose, as a lead may: right under the last paragraph, it ends
    // the article
    let end = (end + 1..cut).take_while(|&i| is_dense_lead(i, blocks, &features, &decisions)).last().unwrap_or(end);
    // a closing sentence too short for prose (`Phiên tòa dự kiến diễn ra
    // trong 10 ngày.`, the trial is expected to last ten days) right under
    // the last paragraph, with the writer's signature right under it, is
    // the article's: writers sign under their last line … and so is one
    // right above the marker that ends the article (`«…»، وی گفت.` over
    // `انتهای پیام`)
    let signed_under = |i: usize| {
        i + 1 < cut
            && is_lone_signature(&blocks[i + 1].text, &features[i + 1], data)
            && in_same_script(&blocks[i + 1].text, &blocks[end].text)
    };
    let marked_under = |i: usize| i + 1 == cut && features.get(cut).is_some_and(|f| f.closing_mark);
    let end = if end + 1 < cut
        && is_short_closing_sentence(end + 1, blocks, &features, &decisions)
        && (signed_under(end + 1) || marked_under(end + 1))
    {
        end + 1
    } else {
        end
    };
    // a quotation the article opened and has not closed (`… نوشت: «روز
    // پدر، …`) goes on in the short sentences under its last paragraph
    // (`روز پدر گرامی باد.`), however few their words
    let open_quotation_goes_on = |i: usize| is_sentence_of_open_quotation(i, blocks, &features, &decisions);
    let end = if end + 1 < cut && open_quotation_goes_on(end + 1) && quotation_left_open(&blocks[start..=end]) {
        (end + 1..cut).take_while(|&i| open_quotation_goes_on(i)).last().unwrap_or(end)
    } else {
        end
    };
    // a speech too short for prose under the last paragraph (`سردار
    // سلامی افزود: ما آماده هستیم.`, `Ông Hùng nói: "Sẽ làm."`) is the
    // article's: a speaker and a speech verb before a colon open a
    // reported sentence, which no menu, teaser or footer prints
    let end = (end + 1..cut)
        .take_while(|&i| is_short_closing_speech(i, blocks, &features, &decisions, data))
        .last()
        .unwrap_or(end);
    // writers sign after the last paragraph printed, a closing teaser's
    // included
    let printed_end = end;
    let end = match teaser_title(start, end, &features, &decisions)
        .or_else(|| closing_teasers(start, end, blocks, &features, &decisions, data))
    {
        Some(title) => (start..title).rev().find(|&i| good(i, &decisions)).unwrap_or(end),
        None => end,
    };

    let caption_gap = caption_gap(blocks, &features);
    for i in 0..n {
        if decisions[i].is_some() {
            // sites sign in capitals (`NHẬT XUÂN - NGHI VŨ`): a signature's
            // names read as a banner
            let f = &features[i];
            if f.banner && i > printed_end && i - printed_end <= SIGNATURE_WINDOW && is_signed_name(&blocks[i].text, f)
            {
                decisions[i] =
                    Some(Decision::new(Label::Byline, "names in capitals after the article: authors' signature"));
            }
            // sites set subheadings in capitals too (`BÃO MẠNH, MƯA LỚN
            // TRÊN DIỆN RỘNG`): inside the article, over a paragraph, a
            // banner heads the part under it, as no site's banner stands
            // inside the text
            if f.banner && i > start && i < end && features[i + 1].prose {
                decisions[i] = Some(Decision::new(
                    Label::Heading,
                    "a line in capitals over a paragraph of the article: subheading",
                ));
            }
            continue;
        }
        let f = &features[i];
        let decision = if i < start && f.figure_caption && f.words <= CAPTION_MAX_WORDS {
            // the lead picture stands between the headline and the text
            Decision::new(Label::Caption, "inside a <figcaption> above the article")
        } else if i < start
            && f.photo_credit
            && i + LINES_UNDER_TITLE_MAX >= start
            && is_credited_byline(&blocks[i].text)
        {
            // `Anh Dũng - Ảnh: Đức Anh`: the writer, and the photographer
            Decision::new(Label::Byline, "a name and a photo credit above the article: the byline")
        } else if i < start && f.photo_credit && i + LINES_UNDER_TITLE_MAX >= start {
            // `HLV X ăn mừng … - Ảnh: Y` between the headline and the text
            Decision::new(Label::Caption, "signed by its photographer above the article: the lead picture's caption")
        } else if i + 1 == start && blocks[i].runs_into_next && f.words <= CAPTION_MAX_WORDS {
            // the lead picture's caption, flattened onto the first sentence
            Decision::new(Label::Caption, "ran into the article's first sentence: caption")
        } else if i < start && f.byline_cue && !f.prose && i + LINES_UNDER_TITLE_MAX >= start {
            // `Thực hiện: Minh Anh`, `Hà Giang/Người Việt (thực hiện)` right above the text
            Decision::new(Label::Byline, "byline cue right above the article")
        } else if i < start && is_header_byline(i, start, prose_title, blocks, &features, data) {
            Decision::new(Label::Byline, "name between the headline and the date: author's byline")
        } else if i < start {
            Decision::new(Label::Boilerplate, "before the article's first paragraph")
        } else if lead_caption.contains(&i) {
            Decision::new(Label::Caption, "between a dense lead and the first prose: the lead picture's caption")
        } else if i <= end {
            match inside_article(i, start, caption_gap, blocks, &features) {
                // (looked for here, where the language's data is at hand,
                // among the few lines taken for subheadings only)
                // (a subheading, or a paragraph for the full stop some
                // sites close every caption with)
                short_line
                    if short_line.label.is_body()
                        && features[i].words <= BYLINE_MAX_WORDS
                        && data.is_some_and(|d| is_portrait_caption(i, blocks, d)) =>
                {
                    Decision::new(Label::Caption, "a person's name alone on a line: a portrait's caption")
                }
                decision => decision,
            }
        } else if i < cut {
            after_article(i, end, printed_end, blocks, &features, data)
        } else if i == cut && f.end_marker {
            Decision::new(Label::Boilerplate, "end-of-article marker")
        } else {
            Decision::new(Label::Boilerplate, "after the end of the article")
        };
        decisions[i] = Some(decision);
    }
    label_headline_runs(start, end, blocks, &features, &mut decisions);
    let decisions =
        decisions.into_iter().map(|d| d.unwrap_or(Decision::new(Label::Boilerplate, "unclassified"))).collect();
    Page { decisions, features, start: Some(start), end: Some(end), prose_title }
}

/// A headline of another article is short (twelve words or so).
const LINKED_HEADLINE_MAX_WORDS: usize = 14;

/// Consecutive headlines that make a box of links: two short lines may be a
/// subheading and a question opening a paragraph, three are a list.
const HEADLINE_RUN_MIN: usize = 3;

/// Labels the boxes of links to other articles that a crawler flattened
/// into the article's text (`… Bàn tròn thứ Năm: Phải chăng …? Sáu cách
/// chống tham nhũng để VN chọn Vì sao …? Đuổi hết công an giao thông? …`):
/// a run of short blocks cut from a flattened line, each a question or
/// no sentence at all, between the paragraphs. The article's own
/// subheadings stand alone between paragraphs, and its statements end
/// with a stop.
fn label_headline_runs(
    start: usize,
    end: usize,
    blocks: &[Block],
    features: &[Features],
    decisions: &mut [Option<Decision>],
) {
    let headline_like = |i: usize, decisions: &[Option<Decision>]| {
        let f = &features[i];
        let question = text::is_question(&blocks[i].text);
        blocks[i].from_flattened_line
            && f.words <= LINKED_HEADLINE_MAX_WORDS
            && (question || !f.ends_sentence)
            && decisions[i].is_some_and(|d| d.label.is_body())
    };
    let mut i = start;
    while i <= end {
        let run = (i..=end).take_while(|&k| headline_like(k, decisions)).count();
        if run >= HEADLINE_RUN_MIN {
            for decision in &mut decisions[i..i + run] {
                *decision = Some(Decision::new(Label::Boilerplate, "one of a run of short headlines: a box of links"));
            }
        }
        i += run.max(1);
    }
}

/// The title of a teaser of another article that closes the text: a line
/// that ends no sentence (its picture's caption may run into it), the
/// teaser's one paragraph (the text's last, `end`), then a read-more link
/// (`Đọc tiếp`, `ادامه مطلب`) right after it.
fn teaser_title(start: usize, end: usize, features: &[Features], decisions: &[Option<Decision>]) -> Option<usize> {
    let title = end.checked_sub(1).filter(|&t| t > start)?;
    let f = &features[title];
    let link_follows = features.get(end + 1).is_some_and(|f| f.read_more);
    let title_shaped = decisions[title].is_none() && !f.ends_sentence && f.words <= CAPTION_MAX_WORDS;
    (link_follows && title_shaped).then_some(title)
}

/// Teasers of other articles close many crawled texts with no label above
/// them: a title, then a one-sentence summary, again and again. An
/// article's own sections run to several paragraphs, and a closing list of
/// points rarely to three of one sentence each under a title; three pairs
/// in a row are a box of links.
const CLOSING_TEASERS_MIN: usize = 3;

/// Where a run of teasers that ends the text (`end`) starts: at least
/// [`CLOSING_TEASERS_MIN`] pairs of a short line that ends no sentence and
/// a paragraph of one sentence, with the article's own text above them.
/// Only in crawled text: an HTML page sets its teasers apart as links in a
/// box of their own, and its own short sections under headings stay.
fn closing_teasers(
    start: usize,
    end: usize,
    blocks: &[Block],
    features: &[Features],
    decisions: &[Option<Decision>],
    data: Option<&LanguageData>,
) -> Option<usize> {
    if blocks[end].dom.is_some() {
        return None;
    }
    let abbreviations = data.map_or(&[][..], |d| d.abbreviations);
    let is_title = |t: usize| {
        let f = &features[t];
        // (a speaker's label over their answer is no title: a transcript's
        // turns pair up as teasers do)
        decisions[t].is_none()
            && !f.ends_sentence
            && !f.caption_cue
            && !f.speaker_label
            && (HEADLINE_LIKE_MIN_WORDS..=HEADING_MAX_WORDS).contains(&f.words)
    };
    let is_summary = |p: usize| {
        decisions[p].is_none() && features[p].prose && text::sentences(&blocks[p].text, abbreviations).len() == 1
    };
    let mut first_title = end + 1;
    let mut pairs = 0;
    while first_title >= start + 3 && is_summary(first_title - 1) && is_title(first_title - 2) {
        first_title -= 2;
        pairs += 1;
    }
    (pairs >= CLOSING_TEASERS_MIN).then_some(first_title)
}

/// Whether the end marker at block `i` heads a box set into an HTML
/// article without a class that says so (`<section><h2>مطالب
/// پیشنهادی</h2><ul>…</ul></section>` between two paragraphs): the marker
/// sits in an element of its own that holds no prose, and the next
/// paragraph, outside that element, is set like the paragraph before the
/// marker (the same element at the same depth under the container they
/// share), so the article goes on after the box.
fn continues_after_inline_box(i: usize, blocks: &[Block], features: &[Features]) -> bool {
    let Some(marker) = blocks[i].dom.as_ref() else { return false };
    let is_paragraph = |k: usize| {
        let f = &features[k];
        f.prose && !f.outside_main && !f.hinted_chrome && !f.link_heavy && blocks[k].dom.is_some()
    };
    let (Some(before), Some(after)) =
        ((0..i).rev().find(|&k| is_paragraph(k)), (i + 1..blocks.len()).find(|&k| is_paragraph(k)))
    else {
        return false;
    };
    let (Some(before), Some(after)) = (blocks[before].dom.as_ref(), blocks[after].dom.as_ref()) else { return false };
    // the deepest element holding both paragraphs
    let shared = before.ancestors.iter().zip(&after.ancestors).take_while(|(a, b)| a == b).count();
    let same_shape = before.ancestors.len() == after.ancestors.len() && before.tag == after.tag;
    // the marker under the same element, inside a box of its own: the box
    // and the marker's own element (`<div><h3>Tin liên quan</h3><ul>…`), or
    // a box element holding the marker's text itself (`<div><b>Tin liên
    // quan</b><ul>…`)
    let Some(&box_id) = marker.ancestors.get(shared) else { return false };
    let own_element = marker.ancestors.len() >= shared + 2
        || marker.ancestors.len() == shared + 1 && BOX_ELEMENTS.contains(&marker.tag.as_str());
    let in_own_box = shared > 0
        && marker.ancestors[..shared] == before.ancestors[..shared]
        && own_element
        && after.ancestors.get(shared) != Some(&box_id);
    // (the next paragraph being outside the box, the box holds no prose)
    same_shape && in_own_box
}

/// Elements that box other blocks; a paragraph or a heading holding the
/// marker's text is set like the text, no box.
const BOX_ELEMENTS: &[&str] = &["aside", "div", "section", "table", "td", "ul", "ol", "figure"];

/// Whether block `i`, right above the article's first paragraph or under
/// its last, is a sentence the stopword count missed: a line of its own
/// ending a sentence, as long as prose, with a stopword at least, and no
/// date line.
fn is_dense_lead(i: usize, blocks: &[Block], features: &[Features], decisions: &[Option<Decision>]) -> bool {
    let f = &features[i];
    is_undecided_sentence_line(i, blocks, features, decisions) && f.words >= PROSE_MIN_WORDS && f.stopword_share > 0.0
}

/// Whether block `i`, not labelled yet, is a line of its own (not cut
/// from a flattened one) ending a sentence, with nothing marking it as a
/// date, a byline, a caption or chrome outside the page's main container:
/// what [`is_dense_lead`] and [`is_short_closing_sentence`] start from.
fn is_undecided_sentence_line(
    i: usize,
    blocks: &[Block],
    features: &[Features],
    decisions: &[Option<Decision>],
) -> bool {
    let f = &features[i];
    decisions[i].is_none()
        && !blocks[i].from_flattened_line
        && f.ends_sentence
        && !f.date_line
        && !f.byline_cue
        && !f.caption_cue
        && !f.outside_main
}

/// Whether block `i` is a sentence too short for prose that may close an
/// article: a line of its own ending a sentence, a few words with a
/// stopword among them, and nothing a cue marks as chrome.
fn is_short_closing_sentence(
    i: usize,
    blocks: &[Block],
    features: &[Features],
    decisions: &[Option<Decision>],
) -> bool {
    let f = &features[i];
    is_undecided_sentence_line(i, blocks, features, decisions)
        && f.words >= CLOSING_SENTENCE_MIN_WORDS
        && f.stopword_share >= PROSE_MIN_STOPWORD_SHARE
        && !f.cue
        && !f.read_more
}

/// Whether block `i`, right under the article's last paragraph or a
/// speech under it, is a speech too short for prose: a line of its own
/// ending a sentence, giving its speaker and speech verb before a colon
/// (see [`gives_speech`]).
fn is_short_closing_speech(
    i: usize,
    blocks: &[Block],
    features: &[Features],
    decisions: &[Option<Decision>],
    data: Option<&LanguageData>,
) -> bool {
    is_undecided_sentence_line(i, blocks, features, decisions) && data.is_some_and(|d| gives_speech(&blocks[i].text, d))
}

/// Whether the blocks open more quotations (`«`, `“`) than they close.
fn quotation_left_open(blocks: &[Block]) -> bool {
    let count = |marks: [char; 2]| -> usize {
        blocks.iter().map(|b| marks.iter().map(|&mark| b.text.matches(mark).count()).sum::<usize>()).sum()
    };
    count(['«', '“']) > count(['»', '”'])
}

/// Whether block `i` is a sentence of a quotation left open above it: a
/// line of its own ending a sentence, two words or more, and nothing a
/// cue marks as chrome.
fn is_sentence_of_open_quotation(
    i: usize,
    blocks: &[Block],
    features: &[Features],
    decisions: &[Option<Decision>],
) -> bool {
    let f = &features[i];
    is_undecided_sentence_line(i, blocks, features, decisions) && f.words >= 2 && !f.cue && !f.read_more
}

/// Fewest words of a closing sentence too short for prose: a clause
/// (`Phiên tòa kéo dài 10 ngày.`), not a caption's or a button's phrase.
const CLOSING_SENTENCE_MIN_WORDS: usize = 5;

/// How many short lines, the lead picture's caption and its credit, may
/// stand between a lead too dense for prose and the first prose block.
const LEAD_CAPTION_MAX_LINES: usize = 2;

/// How many blocks above the first prose block a lead opened by its
/// outlet's dateline is looked for: room for two captions of the lead
/// picture and the salutations of a speech printed whole.
const DATELINE_LEAD_WINDOW: usize = 6;

/// Longest headline put as a question or an exclamation: one sentence of
/// prose length, well short of a paragraph.
const EXCLAIMED_TITLE_MAX_WORDS: usize = 25;

/// How many short lines may stand between a headline and the article's
/// first paragraph: a byline, a date, a share button.
const LINES_UNDER_TITLE_MAX: usize = 3;

/// Whether a line is one question or one exclamation: it ends in a
/// question or an exclamation mark and holds no other sentence end.
/// Headlines may be put so (`Tại sao …?`, `… سفارش داد!`); paragraphs of
/// one such sentence are rare, and never right above a byline.
pub(crate) fn is_one_question_or_exclamation(line: &str) -> bool {
    let line = line.trim_end_matches(|c: char| c.is_whitespace() || text::is_closer(c));
    let Some(body) = line.strip_suffix(['?', '؟', '!']) else { return false };
    !body.trim_end_matches(['?', '؟', '!']).contains(['.', '!', '?', '؟'])
}

/// The article's first paragraph when the first prose block `first` is a
/// headline put as a question or an exclamation
/// ([`is_one_question_or_exclamation`]): only short lines that are no prose
/// (at most [`LINES_UNDER_TITLE_MAX`]) stand between it and the next prose
/// block, which is returned; or none does, and an empty line sets it apart
/// from text laid out line after line, or it opens the page.
fn exclaimed_title_above_byline(
    first: usize,
    blocks: &[Block],
    features: &[Features],
    decisions: &[Option<Decision>],
) -> Option<usize> {
    let f = &features[first];
    if f.words > EXCLAIMED_TITLE_MAX_WORDS
        || !is_one_question_or_exclamation(&blocks[first].text)
        || blocks[first].from_flattened_line
    {
        return None;
    }
    let next = (first + 1..blocks.len()).find(|&i| decisions[i].is_none() && features[i].prose)?;
    let under = first + 1..next;
    let above_byline = !under.is_empty()
        && under.len() <= LINES_UNDER_TITLE_MAX
        && under.clone().all(|i| !features[i].prose && features[i].words <= BYLINE_MAX_WORDS);
    // with nothing under it, an empty line may set it apart from text that
    // runs on line after line (`Title!` / `` / `Lead.` / `Paragraph.` …)
    let set_apart = under.is_empty() && (0..first).all(|i| decisions[i].is_some()) && {
        let following = blocks.iter().skip(next + 1).take(SET_APART_TEXT_MIN_LINES);
        blocks[next].gap_before > 0
            && following.len() == SET_APART_TEXT_MIN_LINES
            && following.clone().all(|b| b.gap_before == 0)
    };
    // … and the page's first line is its title: a crawl's text opens with
    // it, where no article opens with a question standing alone
    let opens_page = first == 0;
    (above_byline || set_apart || opens_page).then_some(next)
}

/// Fewest lines under the first paragraph, each with no empty line before
/// it, that show a text laid out line after line: an empty line before the
/// first paragraph then sets the line above it apart as a title.
const SET_APART_TEXT_MIN_LINES: usize = 2;

/// The article's first paragraph when the first prose block `first` is a
/// title printed twice in a row at the top of the page (its `<title>` and
/// its heading, as crawls often keep both), with nothing but chrome above
/// it: a title ends no sentence, where a summary printed again as the lead
/// does, and a picture's alt text and caption stand under a headline.
/// Returns the second copy, nearest the text, and the next prose block.
fn doubled_title_at_top(
    first: usize,
    blocks: &[Block],
    features: &[Features],
    decisions: &[Option<Decision>],
) -> Option<(usize, usize)> {
    let f = &features[first];
    let copy = first + 1;
    if f.ends_sentence
        || !printed_twice_in_a_row(first, blocks, features)
        || features.get(copy).is_none_or(|c| c.folded != f.folded)
        || (0..first).any(|i| decisions[i].is_none())
    {
        return None;
    }
    let next = (copy + 1..blocks.len()).find(|&i| decisions[i].is_none() && features[i].prose)?;
    Some((copy, next))
}

/// The article's first paragraph when the first prose block `first` opens
/// the page with no stop and a sentence stands under it, with at most a few
/// short lines (the date, a byline) between them: a crawl's text opens with
/// its title, and a title ends no sentence. Under a line of the page's (a
/// box of headlines run together under its label), or with no sentence
/// under it, such a line may be a paragraph that lost its stop.
fn unpunctuated_title_at_top(first: usize, features: &[Features], decisions: &[Option<Decision>]) -> Option<usize> {
    let f = &features[first];
    if f.ends_sentence
        || f.announces_speech
        // (a long headline, `Bộ trưởng X: Hợp lực chọn điểm bứt tốc để …`,
        // is prose by its length alone; a paragraph that lost its stop runs
        // longer than any headline)
        || f.words > headline::HEADLINE_MAX_WORDS
        || (0..first).any(|i| decisions[i].is_none())
    {
        return None;
    }
    let next = (first + 1..features.len()).find(|&i| decisions[i].is_none() && features[i].prose)?;
    let under = first + 1..next;
    let short_lines_under =
        under.len() <= LINES_UNDER_TITLE_MAX && under.clone().all(|i| features[i].words <= BYLINE_MAX_WORDS);
    (short_lines_under && features[next].ends_sentence).then_some(next)
}

/// Fewest words of the quotation a title gives after its speaker for the
/// paragraph under it to be taken for its repeat: a word or two may open
/// any quotation.
const QUOTED_TITLE_MIN_WORDS: usize = 4;

/// The article's first paragraph when the first prose block `first` is a
/// title that gives a speaker and their words in quotation marks after a
/// colon, closing the line (`Thủ tướng X: "Lấy người dân làm trung tâm
/// …"`), and the paragraph under it opens with those words again: the
/// lead, which a title's quotation sums up; a caption may stand between
/// them. A speech the article reports is followed by more of the text,
/// not by its own words again. `good` tells the blocks of prose left to
/// read.
fn quoted_title_over_lead(first: usize, features: &[Features], good: impl Fn(usize) -> bool) -> Option<usize> {
    let (_, after_colon) = features[first].folded.split_once(':')?;
    let mut quotation = after_colon.trim().chars();
    let closes = quotation.next().and_then(text::closing_marks)?;
    let words = quotation.as_str().strip_suffix(closes)?.trim();
    let next = (first + 1..features.len()).find(|&i| good(i))?;
    let lead = features[next].folded.trim_start().trim_start_matches(|c: char| text::closing_marks(c).is_some());
    (lead.starts_with(words) && text::word_count(words) >= QUOTED_TITLE_MIN_WORDS).then_some(next)
}

/// Whether line `i` is a person's office and name and nothing else
/// (`Người phát ngôn Bộ Ngoại giao Việt Nam Lê Hải Bình`), or a full name
/// alone that the paragraph after it gives again (`علی‌اکبر محرابیان` over
/// `به گزارش ایرنا، علی‌اکبر محرابیان وزیر نیرو …`), or a name with its
/// honorific under the paragraph that gives it (`Bị cáo Phạm Trung Kiên.`):
/// between paragraphs, a portrait's caption, where a subheading would say
/// something. A name
/// alone anywhere else may sign a part; a name the language's lists do
/// not confirm (a bare one) may be any noun phrase. (A one-word line never
/// comes here: it is a fragment.)
fn is_portrait_caption(i: usize, blocks: &[Block], data: &LanguageData) -> bool {
    let line = without_full_stop(&blocks[i].text);
    let tokens = data.tokenize(line);
    people::parse(line, &tokens, 0, tokens.len(), data.language, data).is_some_and(|(mention, used)| {
        let Some(name) = mention.name.as_deref().filter(|_| used == tokens.len()) else { return false };
        let named_next = || blocks.get(i + 1).is_some_and(|next| next.text.contains(name));
        // (with an honorific, `Bị cáo Phạm Trung Kiên.` under the paragraph
        // about him, the name signs nothing)
        let named_before = || i > 0 && blocks[i - 1].text.contains(name);
        mention.role.is_some() || !mention.bare && (named_next() || mention.title.is_some() && named_before())
    })
}

/// A line without the one full stop closing it.
fn without_full_stop(line: &str) -> &str {
    let line = line.trim_end();
    line.strip_suffix('.').unwrap_or(line)
}

/// A see-also label alone on its line is a link or two words (`Xem thêm:`,
/// `بیشتر بخوانید`, `Đọc thêm tin`).
const SEE_ALSO_LABEL_MAX_WORDS: usize = 3;

/// Most related titles a box set into a crawled article holds.
const INLINE_BOX_MAX_TITLES: usize = 4;

/// A short line that ends no sentence: a related title in a box.
fn is_box_title(f: &Features) -> bool {
    !f.prose && !f.ends_sentence && !f.end_marker && !f.see_also_label && f.words > 0
}

/// Whether block `i` is one of the titles under an end marker that heads a
/// box set into the article, or under a see-also label alone on its line.
fn in_box_after_marker(i: usize, features: &[Features]) -> bool {
    // the first title of the run that block `i` ends
    let first = (0..=i).rev().take_while(|&k| is_box_title(&features[k])).last();
    first.is_some_and(|k| {
        k > 0 && i - k < INLINE_BOX_MAX_TITLES && (features[k - 1].end_marker || features[k - 1].see_also_label)
    })
}

/// Whether the article of a crawled text goes on after the end marker at
/// block `i` (`Tin liên quan` and two titles between paragraphs): one to
/// [`INLINE_BOX_MAX_TITLES`] short lines that end no sentence, then two
/// paragraphs of prose in a row, or one and the writers' signature. A real
/// end is followed by more chrome, or by teasers that alternate a title and
/// a summary.
fn text_goes_on_after_box(i: usize, blocks: &[Block], features: &[Features]) -> bool {
    if blocks[i].dom.is_some() || blocks[i].from_flattened_line {
        return false;
    }
    let titles = features[i + 1..].iter().take_while(|f| is_box_title(f)).count();
    let after = i + 1 + titles;
    let is_paragraph = |k: usize| features.get(k).is_some_and(|f| f.prose && !f.cue && blocks[k].dom.is_none());
    // the writers sign the article's last paragraph; no teaser is signed
    let is_signed = |k: usize| features.get(k).is_some_and(|f| is_signed_name(&blocks[k].text, f));
    (1..=INLINE_BOX_MAX_TITLES).contains(&titles)
        && is_paragraph(after)
        && (is_paragraph(after + 1) || is_signed(after + 1))
}

/// Whether the end marker at block `i` is a count printed under the
/// article's lead (`Bình luận 0`, `نظرات (۳)`: the number of comments, a
/// link down to them) with the text going on below it: the marker ends
/// with a number, only the lead (`start`) stands between the article's
/// start and it, and two paragraphs of prose follow. The comments
/// themselves come after the whole text, not after its first paragraph.
fn is_count_under_lead(i: usize, start: usize, blocks: &[Block], features: &[Features]) -> bool {
    let ends_in_count = blocks[i]
        .text
        .trim_end_matches([')', ']'])
        .rsplit(|c: char| c.is_whitespace() || matches!(c, '(' | '['))
        .next()
        .is_some_and(|last| !last.is_empty() && last.chars().all(|c| text::digit_value(c).is_some()));
    let is_paragraph = |k: usize| features.get(k).is_some_and(|f| f.prose && !f.cue && !f.end_marker);
    let only_the_lead_above = (start + 1..i).all(|k| !features[k].prose);
    ends_in_count && only_the_lead_above && is_paragraph(i + 1) && is_paragraph(i + 2)
}

/// Decisions that hold wherever the block stands.
fn chrome_decision(f: &Features) -> Option<Decision> {
    let chrome = |reason| Some(Decision::new(Label::Boilerplate, reason));
    if f.words == 0 {
        chrome("no words: separators or symbols")
    } else if f.outside_main {
        chrome("outside the page's main content container")
    } else if f.hinted_chrome {
        chrome("inside an element whose class or id marks chrome (related, comment, share …)")
    } else if f.link_heavy {
        chrome("mostly link text: navigation or related links")
    } else if f.repeated_title {
        chrome("a title in quotation marks the page prints again elsewhere: a related article's link")
    } else if f.bracketed_title {
        chrome("a title in square brackets alone on its line: a related article's link")
    } else if f.image_file {
        chrome("image file name")
    } else if f.repeats >= REPEATED_CHROME_COUNT && !f.speaker_label {
        chrome("repeated three or more times on the page: ads or menu")
    } else if f.cue {
        chrome("boilerplate cue: comment prompt, share, tags, counter or footer")
    } else if f.counter {
        chrome("label with a bare number: counter or widget")
    } else if f.banner {
        chrome("all-capitals banner")
    } else {
        None
    }
}

/// Whether block `i` ends the article: an end-of-article marker, or the
/// first of a run of related-news cards (a title printed twice in a row).
/// Fewest words with letters a date line's shape must hold for
/// [`repeats_header_dateline`]: a template's words (`Viết bởi … on`, posted
/// by), where a bare date (`14/03/2024 09:12`) is the shape of any date.
const DATELINE_SHAPE_MIN_WORDS: usize = 2;

/// Whether block `i`, inside the article, is a date line of the same shape
/// as one above the article (`Viết bởi Unknown on 12 tháng 4, 2013 | 17:51`
/// again with another date): the template a blog's archive prints over
/// each of its posts, so another post starts there.
fn repeats_header_dateline(i: usize, start: usize, features: &[Features]) -> bool {
    let shape = |f: &Features| {
        let without_digits: String = f.folded.chars().filter(|c| !c.is_ascii_digit()).collect();
        text::collapse_whitespace(&without_digits)
    };
    let f = &features[i];
    f.date_line && {
        let own = shape(f);
        own.split_whitespace().filter(|w| w.chars().any(char::is_alphabetic)).count() >= DATELINE_SHAPE_MIN_WORDS
            && features[..start].iter().any(|above| above.date_line && shape(above) == own)
    }
}

/// Whether block `i`, inside the article, is its writer's signature
/// before another article's prose: a name alone (see
/// [`is_lone_signature`]; not in capitals, as a box's `TIN MỚI` is)
/// between a line that ends a sentence and prose (a byline over its date
/// line may close an article that goes on under it), whose last word no
/// other line of the article has (a portrait's caption names the person
/// the text is about, who is called by the surname or the given name)
/// and no other name alone in the article repeats the shape of
/// (a roundup signs each item; a profile heads each person's part with
/// the name). The prose under it is another article's.
fn signs_off_article(
    i: usize,
    start: usize,
    cut: usize,
    blocks: &[Block],
    features: &[Features],
    data: Option<&LanguageData>,
) -> bool {
    let f = &features[i];
    let lone_name = |k: usize| is_lone_signature(&blocks[k].text, &features[k], data);
    // the word a person is called by: a Persian surname, a Vietnamese given
    // name (`رضایی گفت`, `ông Hùng cho biết` under a portrait's full name)
    let called = f.folded.split_whitespace().next_back().unwrap_or_default();
    let names_called = |folded: &str| {
        folded
            .split(|c: char| !(c.is_alphanumeric() || c == '.' || c == '\u{200C}'))
            .any(|w| w.trim_matches('.') == called)
    };
    let above = &features[i - 1];
    above.ends_sentence
        && features.get(i + 1).is_some_and(|under| under.prose)
        && !is_capitals_label(&blocks[i].text, f.words)
        && lone_name(i)
        && in_same_script(&blocks[i].text, &blocks[i - 1].text)
        && (start..blocks.len()).all(|k| k == i || !names_called(&features[k].folded))
        && (start..cut).all(|k| k == i || !lone_name(k))
}

fn ends_article(
    i: usize,
    start: usize,
    blocks: &[Block],
    features: &[Features],
    decisions: &[Option<Decision>],
) -> bool {
    let f = &features[i];
    // a marker inside an element the page itself marks as chrome heads a
    // box set into the article (`Tin liên quan` between paragraphs), which
    // the page's structure already keeps out: the article may go on after it
    if f.end_marker && !f.hinted_chrome {
        return !continues_after_inline_box(i, blocks, features)
            && !text_goes_on_after_box(i, blocks, features)
            && !is_count_under_lead(i, start, blocks, features);
    }
    // so does the first of readers' comments, each printed as its writer's
    // name, a date and the text, one after another
    if opens_comment_thread(i, features) {
        return true;
    }
    // a line printed twice in a row ends it: a linked article's picture
    // and title, with a one-paragraph summary under them … unless more
    // paragraphs of prose than a summary's go on after the pair: then
    // they are a picture's alt text and caption (`Chủ tịch UBND tỉnh X`
    // twice above the answer of an interview)
    let undecided_after = |k: usize| (k + 1..blocks.len()).find(|&j| decisions[j].is_none());
    let Some(next) = undecided_after(i).filter(|&j| features[j].folded == f.folded) else { return false };
    let prose_after = std::iter::successors(undecided_after(next), |&k| undecided_after(k))
        .take(TEASER_SUMMARY_MAX_PARAGRAPHS + 1)
        .take_while(|&k| features[k].prose)
        .count();
    !f.prose && f.words >= 3 && prose_after <= TEASER_SUMMARY_MAX_PARAGRAPHS
}

/// Longest line that may be a comment's signature, in words: a name, a
/// nickname.
const SIGNATURE_MAX_WORDS: usize = 4;

/// Longest date or time stamp after a signature on its line, in words
/// (`14/10/2024 09:15`, `2 giờ trước`, `۲۵ فروردین ۱۴۰۳`).
const SIGNED_STAMP_MAX_WORDS: usize = 4;

/// Whether a folded line is a signature and then a date or an elapsed
/// time: a name of a few words up to the first digit, the stamp after it.
fn is_signed_stamp(folded: &str, data: Option<&LanguageData>) -> bool {
    let Some(digit) = folded.find(|c: char| c.is_ascii_digit()) else { return false };
    let (name, stamp) = folded.split_at(digit);
    let stamp_words = text::word_count(stamp);
    (2..=SIGNATURE_MAX_WORDS).contains(&text::word_count(name))
        && !name.contains(text::is_sentence_end)
        && (date::is_date_line_folded(stamp, stamp_words)
            || stamp_words <= ELAPSED_TIME_STAMP_MAX_WORDS && data.is_some_and(|d| d.is_elapsed_time_stamp(stamp)))
}

/// Whether a reader's comment starts at block `i` and another right after
/// it: a signature (a name of a few words, no sentence), a date line and
/// the comment's text (`علی رضایی` / `۲۵ فروردین ۱۴۰۳` / `هر سال قیمت‌ها
/// …`), or the signature and the date on one line. A writer's byline and
/// date stand once; readers' comments follow one another, after the
/// article.
fn opens_comment_thread(i: usize, features: &[Features]) -> bool {
    let signature = |k: usize| {
        features.get(k).is_some_and(|f| {
            !f.prose && !f.date_line && !f.ends_sentence && (2..=SIGNATURE_MAX_WORDS).contains(&f.words)
        })
    };
    let prose = |k: usize| features.get(k).is_some_and(|f| f.prose);
    // where the next comment would start, if a comment starts at `k`
    let comment_at = |k: usize| {
        if signature(k) && features.get(k + 1).is_some_and(|f| f.date_line) && prose(k + 2) {
            Some(k + 3)
        } else if features.get(k).is_some_and(|f| f.signed_stamp) && prose(k + 1) {
            Some(k + 2)
        } else {
            None
        }
    };
    comment_at(i).and_then(comment_at).is_some()
}

/// The paragraphs of prose a linked article's summary runs to under its
/// picture and title: one on the pages seen.
const TEASER_SUMMARY_MAX_PARAGRAPHS: usize = 1;

/// Whether block `i` is a picture's alt text or title that its caption
/// repeats with a credit right beside it (`Thủ tướng … chủ trì họp` / `Thủ
/// tướng … chủ trì họp (Ảnh: VGP)`): crawlers keep both.
fn repeated_by_caption(i: usize, features: &[Features]) -> bool {
    let f = &features[i];
    let repeats = |j: usize| {
        features.get(j).is_some_and(|c| {
            (c.caption_cue || c.figure_caption) && c.words > f.words && c.folded.starts_with(f.folded.as_str())
        })
    };
    f.words >= ALT_TEXT_MIN_WORDS
        && f.words <= CAPTION_MAX_WORDS
        && (repeats(i + 1) || i.checked_sub(1).is_some_and(repeats))
}

/// Whether a line of a caption's length is printed again right before or
/// after it (see [`printed_again`]): a crawl prints a picture's alt text
/// and then its caption, which are often the same sentence; no writer
/// repeats a sentence at once.
fn printed_twice_in_a_row(i: usize, blocks: &[Block], features: &[Features]) -> bool {
    (ALT_TEXT_MIN_WORDS..=CAPTION_MAX_WORDS).contains(&features[i].words)
        && (printed_again(i, i + 1, blocks, features)
            || i.checked_sub(1).is_some_and(|j| printed_again(i, j, blocks, features)))
}

/// Marks an excerpt ends with where it is cut short: blogs and WordPress
/// sites print `[…]` (`[...]` by hand), others an ellipsis alone.
const TRUNCATION_MARKS: &[&str] = &["[…]", "[...]", "…", "..."];

/// Words an excerpt cut short must hold to be taken for a copy of the text
/// under it: a few words may open a paragraph by chance (`به گزارش ایسنا،
/// …`), a sentence's worth do not.
const TRUNCATED_COPY_MIN_WORDS: usize = 8;

/// Whether block `i` is the blocks right after it run together, two or
/// more: the article's summary, which the page prints again split into
/// its paragraphs (the text's own); no writer repeats paragraphs at once.
/// One block printed again whole is [`printed_twice_in_a_row`]'s or
/// [`copies_paragraph_before`]'s, which tell an alt text from a lead.
/// So is a post's excerpt cut short with a truncation mark over the text
/// it was cut from (`… وی افزود: با توجه به اینکه کانون زمین […]`, a blog's
/// or a listing's, kept by the crawl), however few blocks it covers: the
/// cut may fall inside a block, and inside a word.
fn sums_up_paragraphs_after(i: usize, features: &[Features]) -> bool {
    let folded = features[i].folded.as_str();
    let trimmed = folded.trim_end();
    let cut_short = TRUNCATION_MARKS
        .iter()
        .find_map(|mark| trimmed.strip_suffix(mark))
        .filter(|_| features[i].words >= TRUNCATED_COPY_MIN_WORDS)
        .map(str::trim_end);
    let mut rest = cut_short.unwrap_or(folded);
    for (parts, next) in features[i + 1..].iter().enumerate() {
        match rest.strip_prefix(next.folded.as_str()) {
            Some(after) => rest = after.trim_start(),
            None => return cut_short.is_some() && next.folded.starts_with(rest),
        }
        if rest.is_empty() {
            return parts >= 1;
        }
    }
    false
}

/// Most words of what opens the lead when it prints the summary above it
/// again: an outlet's dateline (`خبرگزاری مهر:`, `(Dân trí) -`), a credit
/// (`به گزارش ایسنا،`) or the speaker's attribution (`رئیس سازمان سنجش
/// گفت:`).
const REPRINT_LABEL_MAX_WORDS: usize = 6;

/// Whether block `i` is printed again as the end of the block after it,
/// behind a few words a mark closes (`خبرگزاری مهر: <the same text>`): the
/// summary over the lead that repeats it after the outlet's dateline. No
/// writer repeats a paragraph at once; the lead is the text's.
fn reprinted_behind_label(i: usize, features: &[Features]) -> bool {
    let Some(next) = features.get(i + 1) else { return false };
    next.folded.strip_suffix(features[i].folded.as_str()).map(str::trim_end).is_some_and(|label| {
        label.ends_with([':', '-', '–', '—', '/', ',', '،']) && text::word_count(label) <= REPRINT_LABEL_MAX_WORDS
    })
}

/// Whether block `j` prints block `i`'s text again, each on a line of its
/// own (a flattened record's repeats are [`inside_article`]'s first rule).
fn printed_again(i: usize, j: usize, blocks: &[Block], features: &[Features]) -> bool {
    !blocks[i].from_flattened_line
        && blocks.get(j).is_some_and(|b| !b.from_flattened_line)
        && features[j].folded == features[i].folded
}

/// Whether block `i` is a paragraph longer than any caption printed again
/// right after itself, on a line of its own: a site's publishing slip (the
/// body pasted twice), as no writer repeats a paragraph at once. The first
/// copy is the article's. Shorter lines printed twice are a picture's alt
/// text and caption (see [`printed_twice_in_a_row`]).
fn copies_paragraph_before(i: usize, blocks: &[Block], features: &[Features]) -> bool {
    features[i].words > CAPTION_MAX_WORDS && i.checked_sub(1).is_some_and(|j| printed_again(i, j, blocks, features))
}

/// Shortest alt text [`repeated_by_caption`] takes: a word or two may open
/// any caption by chance.
const ALT_TEXT_MIN_WORDS: usize = 3;

/// Fewest words of a speaker label that [`named_in_text_before`] looks
/// for: a single word (`Hỏi:`, question) is in any text.
const NAMED_LABEL_MIN_WORDS: usize = 2;

/// Whether the words of speaker label `i` (`Vũ Hoàng Long:`) stand in a
/// paragraph of the article before it: an interview introduces its guests
/// before giving each an answer under their name, which a label used once
/// (for a last guest, or a single answer) shows as no fragment of chrome.
fn named_in_text_before(i: usize, start: usize, features: &[Features]) -> bool {
    let label = features[i].folded.trim_end().trim_end_matches(':').trim_end();
    features[i].words >= NAMED_LABEL_MIN_WORDS
        && features[start.min(i)..i].iter().any(|f| f.prose && f.folded.contains(label))
}

/// Fewest empty lines that set a line apart where an image stood, when
/// the page's paragraphs stand at most one empty line apart.
const CAPTION_MIN_GAP: usize = 2;

/// Fewest empty lines before a short line that set it apart as a caption:
/// more than the page most often puts between its paragraphs. A crawl
/// that doubles or triples every line break (`\n` → `\n\n`) sets every
/// line that far apart, list items and subheadings too, and only a gap
/// wider than its usual one is extra.
fn caption_gap(blocks: &[Block], features: &[Features]) -> usize {
    let mut by_gap: HashMap<usize, usize> = HashMap::default();
    for (block, _) in blocks.iter().zip(features).skip(1).filter(|(b, f)| f.prose && !b.from_flattened_line) {
        *by_gap.entry(block.gap_before).or_default() += 1;
    }
    // (the narrower gap on a tie)
    let usual = by_gap.into_iter().max_by_key(|&(gap, n)| (n, std::cmp::Reverse(gap))).map_or(0, |(gap, _)| gap);
    CAPTION_MIN_GAP.max(usual + 1)
}

/// Most words of a photographer's credit standing on a line of its own
/// (`Ảnh: Quang Khánh`, `عکس: مهدی …`).
const CREDIT_LINE_MAX_WORDS: usize = 6;

/// Whether a line too long for a subheading and without a sentence's stop
/// stands right over a short credit line: the caption the credit signs
/// (`Chủ tịch Quốc hội … phát biểu …` over `Ảnh: Quang Khánh`), however
/// long it runs; the article's paragraphs end with their stops. (A short
/// line over a short captioned credit, `Thủ tướng` over `Thủ tướng phát
/// biểu (Ảnh: VGP)`, is left to the other rules.)
fn over_credit_line(i: usize, features: &[Features]) -> bool {
    let f = &features[i];
    !f.ends_sentence
        && (HEADING_MAX_WORDS + 1..=CAPTION_MAX_WORDS).contains(&f.words)
        && features.get(i + 1).is_some_and(|next| next.caption_cue && next.words <= CREDIT_LINE_MAX_WORDS)
}

fn inside_article(i: usize, start: usize, caption_gap: usize, blocks: &[Block], features: &[Features]) -> Decision {
    let f = &features[i];
    let block = &blocks[i];
    // (a caption is a line of its own: the first sentence of a paragraph
    // the page printed under the picture on one line is the paragraph's)
    let runs_on_in_line = blocks.get(i + 1).is_some_and(|next| next.line == block.line);
    let after_image = i > 0 && features[i - 1].image_file && !runs_on_in_line;
    // a crawl record often carries the lead twice (as summary and as first
    // paragraph); in a page with real line structure a repeated paragraph
    // is the author's (Fars prints its lead and repeats it in the body)
    let seen_before = block.from_flattened_line && f.repeats >= 2 && f.first_flattened_occurrence < i;
    if seen_before {
        Decision::new(Label::Boilerplate, "repeats an earlier line of the page")
    } else if f.end_marker {
        // only a marker heading a box set into the article stands inside it
        Decision::new(Label::Boilerplate, "heads a box of links set into the article")
    } else if in_box_after_marker(i, features) {
        Decision::new(Label::Boilerplate, "a title in a box set into the article")
    } else if f.figure_caption {
        Decision::new(Label::Caption, "inside a <figcaption>")
    } else if f.html_heading && !f.prose && f.words <= HEADING_MAX_WORDS {
        Decision::new(Label::Heading, "an <h2>–<h6> inside the article")
    } else if after_image && f.words <= CAPTION_MAX_WORDS {
        // checked before prose: captions are often full sentences
        Decision::new(Label::Caption, "follows an image file name: caption")
    } else if f.caption_cue {
        Decision::new(Label::Caption, "caption cue or photo credit")
    } else if over_credit_line(i, features) {
        Decision::new(Label::Caption, "over a photographer's credit line, no sentence: caption")
    } else if repeated_by_caption(i, features) {
        Decision::new(Label::Caption, "repeated by the caption next to it: the picture's alt text")
    } else if sums_up_paragraphs_after(i, features) {
        Decision::new(Label::Boilerplate, "the summary, printed again as the paragraphs after it")
    } else if i == start && f.prose && f.ends_sentence && reprinted_behind_label(i, features) {
        Decision::new(Label::Boilerplate, "the summary, printed again behind a dateline or a credit")
    } else if printed_twice_in_a_row(i, blocks, features) {
        // the article's first paragraph printed twice is its summary and
        // its lead, which Persian and Vietnamese sites both print: the
        // second one is the text's
        if f.prose && f.ends_sentence && i == start + 1 && features[start].folded == f.folded {
            Decision::new(Label::Body, "the lead, after the summary that repeats it")
        } else if f.prose && f.ends_sentence && i == start && features.get(i + 1).is_some_and(|n| n.folded == f.folded)
        {
            Decision::new(Label::Boilerplate, "the summary, repeated by the lead after it")
        } else {
            Decision::new(Label::Caption, "printed twice in a row: a picture's alt text and caption")
        }
    } else if copies_paragraph_before(i, blocks, features) {
        Decision::new(Label::Boilerplate, "the paragraph before it printed again: the site's copy")
    } else if f.prose {
        // prose run into the next sentence is a sentence that lost its stop
        Decision::new(Label::Body, "prose inside the article")
    } else if block.runs_into_next && f.words <= CAPTION_MAX_WORDS {
        if f.words > GLUED_SUBHEADING_MAX_WORDS {
            Decision::new(Label::Caption, "ran into the next sentence, too long for a subheading: caption")
        } else {
            Decision::new(Label::Heading, "ran into the next sentence: subheading")
        }
    } else if f.speaker_label && f.repeats >= 2 {
        Decision::new(Label::Body, "a transcript's speaker label, repeated at every turn")
    } else if f.speaker_label && !f.announces_speech && features.get(i + 1).is_some_and(|next| next.caption_cue) {
        // the start of the headline printed again over the picture (`Bộ
        // trưởng X:` over `Thứ trưởng Y phát biểu … Ảnh: …`): no answer
        // follows the name, and no verb gives it speech to announce
        Decision::new(Label::Caption, "a name and a colon over a caption: the picture's alt text")
    } else if f.speaker_label && named_in_text_before(i, start, features) {
        Decision::new(Label::Body, "a speaker label naming someone the article's text named")
    } else if f.repeats >= 2 {
        Decision::new(Label::Boilerplate, "repeated on the page")
    } else if f.byline_cue {
        Decision::new(Label::Byline, "byline cue")
    } else if f.date_line && !f.ends_sentence && words_without_digits(&f.folded) <= DATE_LINE_MAX_WORDS {
        Decision::new(Label::Boilerplate, "date or time line inside the article")
    } else if block.gap_before >= caption_gap
        && !f.ends_sentence
        && f.words <= CAPTION_MAX_WORDS
        && !block.from_flattened_line
    {
        Decision::new(Label::Caption, "set apart by an extra empty line where an image stood: caption")
    } else if is_capitals_label(&block.text, f.words) {
        Decision::new(Label::Boilerplate, "short label in capitals: a widget title")
    } else if block.text.ends_with(':') && (f.words >= INTRODUCTION_MIN_WORDS || f.announces_speech) {
        Decision::new(Label::Body, "introduces the list or quote that follows")
    } else if f.words >= HEADING_MIN_WORDS && f.words <= HEADING_MAX_WORDS && !block.text.ends_with(':') {
        if f.ends_sentence {
            Decision::new(Label::Body, "short paragraph inside the article")
        } else {
            Decision::new(Label::Heading, "short line between paragraphs: subheading")
        }
    } else if f.words > HEADING_MAX_WORDS {
        Decision::new(Label::Body, "paragraph inside the article")
    } else {
        Decision::new(Label::Boilerplate, "fragment inside the article")
    }
}

/// Most tokens before the speech verb of a speech a pronoun gives: the
/// pronoun, a particle or a short scene (`وی در ادامه افزود:`).
const PRONOUN_SPEECH_MAX_TOKENS: usize = 6;

/// Bytes of a line read for those tokens: a Persian word takes 6 to 12
/// bytes with its space, and a long one up to 32; the rest of a long
/// paragraph need not be tokenized.
const PRONOUN_SPEECH_MAX_BYTES: usize = PRONOUN_SPEECH_MAX_TOKENS * 32;

/// Whether a line opens with a pronoun that gives a speech after its verb
/// and colon (`وی افزود: …`, `او گفت: …`): the article's text, which names
/// the speaker before.
fn pronoun_gives_speech(line: &str, data: &LanguageData) -> bool {
    if !line.contains(':') {
        return false;
    }
    let tokens = data.tokenize(text::head(line, PRONOUN_SPEECH_MAX_BYTES));
    let first = tokens.iter().position(|t| t.is_word).unwrap_or(tokens.len());
    data.pronouns.match_at(&tokens, first).is_some()
        && speech_colon_within(&tokens, first + 1, PRONOUN_SPEECH_MAX_TOKENS, data)
}

/// Most tokens before the speech verb of a speech a line gives after its
/// speaker: a name with a title or two and a short scene (`سردار حسین
/// سلامی در جمع خبرنگاران گفت:`, `Ông Nguyễn Văn Hùng, Giám đốc Sở,
/// nói:`).
const SPEAKER_MAX_TOKENS: usize = 12;

/// Bytes of a line read for a speaker and their verb (as
/// [`PRONOUN_SPEECH_MAX_BYTES`]).
const SPEAKER_MAX_BYTES: usize = SPEAKER_MAX_TOKENS * 32;

/// Whether a line gives a speech after its opening words and a speech
/// verb, within [`SPEAKER_MAX_TOKENS`] tokens, and a colon (`سردار سلامی
/// افزود: …`): reported speech, the text of an article.
fn gives_speech(line: &str, data: &LanguageData) -> bool {
    if !line.contains(':') {
        return false;
    }
    let tokens = data.tokenize(text::head(line, SPEAKER_MAX_BYTES));
    let first = tokens.iter().position(|t| t.is_word).unwrap_or(tokens.len());
    speech_colon_within(&tokens, first + 1, SPEAKER_MAX_TOKENS, data)
}

/// Whether a colon right after a speech verb stands among `tokens[from..]`
/// within `max_tokens` tokens.
fn speech_colon_within(tokens: &[Token], from: usize, max_tokens: usize, data: &LanguageData) -> bool {
    (from..tokens.len().min(from + max_tokens))
        .any(|colon| tokens[colon].folded == ":" && data.speech_verbs.match_ending_at(tokens, colon).is_some())
}

/// Longest line read as a commentary's disclaimer, in words: it names the
/// writer with their titles and affiliation (`Bài viết thể hiện quan điểm
/// riêng của Phó Giáo Sư, Tiến sĩ X từ Học viện …, Bộ …`, 29 words) and
/// perhaps the outlet it does not speak for.
const DISCLAIMER_MAX_WORDS: usize = 45;

/// Why a disclaimer is labelled a byline, inside the article's range or
/// after it.
const DISCLAIMER_REASON: &str = "the writer's views disowned under the article: a signature";

/// A commentary signs off by disowning its writer's views (`Bài viết thể
/// hiện quan điểm riêng của …`, `این یادداشت بیانگر دیدگاه نویسنده است`).
fn is_opinion_disclaimer(f: &Features, data: Option<&LanguageData>) -> bool {
    f.words <= DISCLAIMER_MAX_WORDS && data.is_some_and(|d| d.opinion_disclaimers.occurs_in(&f.folded))
}

fn after_article(
    i: usize,
    end: usize,
    printed_end: usize,
    blocks: &[Block],
    features: &[Features],
    data: Option<&LanguageData>,
) -> Decision {
    let f = &features[i];
    let continues_line = i == end + 1 && blocks[i].from_flattened_line && blocks[i].line == blocks[end].line;
    if f.byline_cue {
        Decision::new(Label::Byline, "byline cue after the article")
    } else if i > printed_end && i - printed_end <= SIGNATURE_WINDOW && is_opinion_disclaimer(f, data) {
        // (a flattened page has it on the article's last line)
        Decision::new(Label::Byline, DISCLAIMER_REASON)
    } else if continues_line && f.ends_sentence && f.words >= 2 {
        // the last sentence of a flattened page, cut short (`من فکر ...`)
        Decision::new(Label::Body, "sentence continuing the article's last line")
    } else if i > printed_end
        && i - printed_end <= SIGNATURE_WINDOW
        && !f.read_more
        && is_lone_signature(&blocks[i].text, f, data)
        && in_same_script(&blocks[i].text, &blocks[end].text)
        && !labels_next_piece(i, blocks)
    {
        Decision::new(Label::Byline, "lone name after the article: author's signature")
    } else {
        Decision::new(Label::Boilerplate, "after the article's last paragraph")
    }
}

/// Whether block `i` is a label whose colon and value were set apart from
/// it by runs of spaces on the same line (`لینک مستقیم   :   http://…`,
/// direct link): a field of the page's footer, no name.
fn labels_next_piece(i: usize, blocks: &[Block]) -> bool {
    blocks.get(i + 1).is_some_and(|next| next.line == blocks[i].line && next.text.starts_with(':'))
}

/// [`is_signature`] of a measured block. In a script without case (Arabic)
/// the capitals cannot tell a name from a link (`مطالعه بیشتر`, read more;
/// `ارسال یک پاسخ`, post a reply): there a name has no stopword in it.
fn is_signed_name(line: &str, f: &Features) -> bool {
    is_signature(line, &f.folded, f.words) && !(is_caseless(line) && f.stopword_share > 0.0)
}

/// The words of a folded line that have no digit in them.
fn words_without_digits(folded: &str) -> usize {
    text::words(folded).filter(|word| !word.bytes().any(|b| b.is_ascii_digit())).count()
}

/// Whether a line alone after the article is its writer's signature: a
/// signed name that, in a script without case, where no capital marks a
/// name, opens with a given name (`محمد کلوخی`; not a form's `ارسال
/// دیدگاه`, send a comment); or the writer's initials (see
/// [`is_initials`]).
fn is_lone_signature(line: &str, f: &Features, data: Option<&LanguageData>) -> bool {
    is_signed_name(line, f) && opens_with_given_name_if_caseless(line, &f.folded, data) || is_initials(line)
}

/// Parts of a writer's initials (`P.T`, `N.T.H`, `T.Hà`).
const INITIALS_MAX_PARTS: usize = 4;

/// Whether a line is a writer's initials, as news sites sign their
/// reports (`P.T`, `T.Hà`): capitals joined by full stops, the last part
/// maybe a given name. A body's acronym (`TP.HCM`) has a part of two
/// capitals before the last.
fn is_initials(line: &str) -> bool {
    let capitalised = |part: &str| part.chars().next().is_some_and(char::is_uppercase);
    let initial = |part: &str| capitalised(part) && part.chars().nth(1).is_none();
    let Some((initials, last)) = line.trim().rsplit_once('.') else { return false };
    initials.split('.').count() < INITIALS_MAX_PARTS
        && initials.split('.').all(initial)
        && capitalised(last)
        && last.chars().skip(1).all(char::is_lowercase)
}

/// Whether a name-shaped line in a script without case (Persian), where no
/// capital marks a name, opens with a given name; a line in a script with
/// case passes (its capitals were checked).
fn opens_with_given_name_if_caseless(line: &str, folded: &str, data: Option<&LanguageData>) -> bool {
    !is_caseless(line) || data.is_some_and(|d| d.name_anchors.starts(folded))
}

/// Whether a line is written in a script without case (Persian): no
/// letter in it is upper or lower case.
fn is_caseless(line: &str) -> bool {
    !line.chars().any(|c| c.is_uppercase() || c.is_lowercase())
}

/// A signature: two to five words of letters only, no punctuation or
/// digits, so that no sentence or date passes for a name; in a script with
/// case no word in lower case, as names are capitalised (`Đoàn Loan`, not
/// the `Chia sẻ` of a share button). Several writers' names are set apart
/// by dashes (`NHẬT XUÂN - NGHI VŨ`).
fn is_signature(line: &str, folded: &str, words: usize) -> bool {
    let is_name_word = |word: &str| word.chars().all(|c| c.is_alphabetic() || c == '\u{200C}');
    let mut parts = folded.split_whitespace();
    (2..=5).contains(&words)
        && parts.next().is_some_and(is_name_word)
        && folded.split_whitespace().next_back().is_some_and(is_name_word)
        && parts.all(|word| word == "-" || is_name_word(word))
        && !line.split_whitespace().any(|word| word.chars().next().is_some_and(char::is_lowercase))
}

/// Whether two lines are written in the same script, Arabic or not: a
/// Persian writer signs in Persian, and Latin words in title case under a
/// Persian article are a button's (`To Read Full Article`).
fn in_same_script(line: &str, other: &str) -> bool {
    line.chars().any(text::is_arabic_letter) == other.chars().any(text::is_arabic_letter)
}

/// Whether a line ending with a photo credit is a writer's name before it
/// (`Anh Dũng - Ảnh: Đức Anh`) rather than a caption: what the dash
/// closes is a signature, words of letters in title case.
fn is_credited_byline(line: &str) -> bool {
    let Some(dash) = last_dash_before_space(line) else { return false };
    let names = line[..dash].trim_end();
    let folded = text::fold(names);
    names.chars().any(char::is_uppercase) && is_signature(names, &folded, text::word_count(names))
}

/// Whether a line the page marks as its byline reads as one: a byline
/// cue, or names (`Minh Quang`), not the `và 1 tác giả khác` beside them.
fn is_byline_shaped(i: usize, blocks: &[Block], f: &Features) -> bool {
    f.byline_cue || is_signed_name(&blocks[i].text, f)
}

/// Whether block `i`, before the article's first paragraph `start`, is an
/// author's name printed in the header without a cue (`Đình Huy`): a
/// signature-shaped line in a script with case, right after the headline
/// and before the date line, or after the date line and right before the
/// text. Category labels (`Thời Sự`) stand above the headline, not there;
/// a place (`Hà Nội`) is a dateline, not a name.
fn is_header_byline(
    i: usize,
    start: usize,
    prose_title: Option<usize>,
    blocks: &[Block],
    features: &[Features],
    data: Option<&LanguageData>,
) -> bool {
    let f = &features[i];
    let line = &blocks[i].text;
    // a script without case tells a name by its given name (`مهدی بی باک`),
    // whatever its other words are
    let opens_with_name = data.is_some_and(|d| d.name_anchors.starts(&f.folded));
    let name_shaped = if is_caseless(line) {
        opens_with_name && is_signature(line, &f.folded, f.words)
    } else {
        line.chars().any(char::is_uppercase) && is_signed_name(line, f)
    };
    if f.date_line || !name_shaped {
        return false;
    }
    if data.is_some_and(|d| d.places.contains(&f.folded) || d.countries.contains(&f.folded)) {
        return false;
    }
    // sites print the name twice in a row (under the avatar and as a
    // link): the last copy is the byline, read past the others, and a name
    // repeated elsewhere on the page is a menu entry
    let above = (0..i).rev().find(|&p| features[p].folded != f.folded);
    let copies = i - above.map_or(0, |p| p + 1) + 1;
    if f.repeats > copies {
        return false;
    }
    let date_after = features.get(i + 1).is_some_and(|next| next.date_line);
    let headline_above = above.is_some_and(|p| {
        let line = &features[p];
        line.words >= HEADLINE_LIKE_MIN_WORDS && !line.date_line && !line.prose && !line.ends_sentence
    });
    let date_above = above.is_some_and(|p| features[p].date_line);
    // under a headline that reads as prose, a name is its byline (see
    // exclaimed_title_above_byline)
    let prose_title_above = above.is_some_and(|p| Some(p) == prose_title);
    // the text follows, maybe past the share buttons set under the name
    // (`Chia sẻ Zalo`)
    let text_next = (i + 1..start).all(|k| features[k].cue);
    // right between the headline and the text, a name a list knows opens
    headline_above && (date_after || text_next && opens_with_name) || date_above && text_next || prose_title_above
}

/// A line this long above a header byline can be the headline (a category
/// label is shorter).
const HEADLINE_LIKE_MIN_WORDS: usize = 3;

/// Widget titles inside the article (`TIN MỚI`, `ĐỌC THÊM`) are short
/// Latin-script lines of two to four words in capitals; subheadings are
/// written in sentence case.
const CAPITALS_LABEL_MAX_WORDS: usize = 4;

fn is_capitals_label(line: &str, words: usize) -> bool {
    (2..=CAPITALS_LABEL_MAX_WORDS).contains(&words)
        && capital_letters(line).is_some_and(|(letters, latin)| letters >= 4 && latin)
}

/// How many letters a line has and whether all are Latin, when every one
/// of them is a capital; `None` at the first letter that is not (most
/// lines end the scan there).
fn capital_letters(line: &str) -> Option<(usize, bool)> {
    let mut letters = 0;
    let mut latin = true;
    for c in line.chars() {
        if c.is_ascii_lowercase() || c.is_alphabetic() && !c.is_uppercase() {
            return None;
        }
        if c.is_alphabetic() {
            letters += 1;
            latin &= text::is_latin_letter(c);
        }
    }
    Some((letters, latin))
}

/// Words that name a photo in a credit at the end of a caption. Kept sorted.
const PHOTO_WORDS: &[&str] = &["hình", "photo", "tranh", "ảnh", "تصویر", "عکس"];

/// Words that credit a video clip the same way, with a colon only
/// (`(Clip: Quốc An)`): a bare `(Video)` ends headlines too.
const VIDEO_WORDS: &[&str] = &["clip", "video"];

/// How a picture was made, said after the photo word in place of a
/// credit's colon (`Ảnh minh họa`, an illustration; `Ảnh cắt từ clip`, a
/// still from a clip; `Ảnh chụp màn hình`, a screenshot; `Ảnh trích xuất
/// camera`, from a security camera). Folded, kept sorted.
const HOW_TAKEN: &[&str] = &["chụp màn hình", "chụp từ", "cắt từ", "minh h", "trích từ", "trích xuất"];

/// Longest credit after the photo word (`: H.Y.T.`, `minh họa`, `1`).
const PHOTO_CREDIT_MAX_WORDS: usize = 6;

/// Whether a (folded) line ends with a photo credit: ` - Ảnh 1.`,
/// ` - Ảnh: H.Y.T.`, `(Ảnh: TTXVN)`, a video's (`(Clip: Quốc An)`), or
/// after the caption's full stop with a colon (`… cho bệnh nhân. Ảnh: Bệnh
/// viện cung cấp`, or `….Ảnh: …` glued on; without the colon `Ảnh hưởng …`
/// would be a sentence) or as an illustration (`… Ngân hàng Thế giới. Ảnh
/// minh họa.`). Vietnamese sites print captions so.
fn ends_with_photo_credit(folded: &str) -> bool {
    // (a table cell's separator after it is no part of it: see
    // is_caption_cell; nor is the picture's source after the credit, `Ảnh
    // minh họa. (Nguồn: LienVietPostBank)`)
    let tail = without_bracketed_source(folded.trim_end_matches([' ', '|'])).trim_end_matches(['.', ')', ' ', '|']);
    let credit = |part: &str, colon_required: bool| {
        let word = part.split([' ', ':']).next().unwrap_or("");
        let rest = part[word.len()..].trim_start();
        let video_credit = VIDEO_WORDS.contains(&word) && rest.starts_with(':');
        let says_how_taken = || HOW_TAKEN.iter().any(|how| rest.starts_with(how));
        (video_credit || PHOTO_WORDS.contains(&word))
            && (rest.starts_with(':')
                || says_how_taken()
                || !colon_required && (rest.is_empty() || rest.chars().all(|c| c.is_ascii_digit() || c == ' ')))
            && text::word_count(rest) <= PHOTO_CREDIT_MAX_WORDS
    };
    // `… - Ảnh 1`, also written `…3/2026- Ảnh 1`
    let after_mark = last_dash_before_space(tail)
        .or_else(|| tail.rfind('('))
        .is_some_and(|start| credit(tail[start..].trim_start_matches([' ', '-', '–', '(']), false));
    after_mark
        || last_stop_before_space(tail).is_some_and(|stop| credit(&tail[stop + 2..], true))
        // the stop glued to the credit, as crawls join the two elements
        // (`… cho bệnh nhân.Ảnh: …`)
        || tail.match_indices('.').any(|(stop, _)| credit(&tail[stop + 1..], true))
        // an illustration's credit the crawl glued to the picture's number
        || ends_with_illustration_credit(tail)
}

/// Whether a block's text is words in square brackets and nothing else
/// (see [`Features::bracketed_title`]); `[1]` or `[…]` hold no title. (A
/// block's text is trimmed: every block's is read, so the first byte
/// rules most out.)
fn is_bracketed_title(line: &str) -> bool {
    let inside = line.strip_prefix('[').and_then(|rest| rest.strip_suffix(']'));
    inside.is_some_and(|inside| !inside.contains(['[', ']']) && inside.chars().any(char::is_alphabetic))
}

/// Words that open the picture's source in brackets after its credit
/// (`(Nguồn: LienVietPostBank)`). Kept sorted.
const SOURCE_WORDS: &[&str] = &["nguồn", "منبع"];

/// Longest source credited after a picture's caption: an institution's
/// full name (`Nguồn: Trung tâm Dự báo khí tượng thủy văn quốc gia`,
/// nine words).
const PICTURE_SOURCE_MAX_WORDS: usize = 12;

/// Whether a (folded) line opens with a word naming a picture and closes
/// with its source after the stop (`Hình ảnh mây vệ tinh bão số 10 lúc 8
/// giờ. Nguồn: Trung tâm Dự báo …`): a caption. A paragraph may end with
/// the source of its figures (see [`without_bracketed_source`]), but
/// opens by naming a picture only under one.
fn is_picture_with_source(folded: &str, data: &LanguageData) -> bool {
    // (the credit first: most lines end with none, and every line of
    // caption length is asked)
    let tail = folded.trim_end_matches(['.', ' ']);
    last_stop_before_space(tail).is_some_and(|stop| {
        let credit = &tail[stop + 2..];
        let source = SOURCE_WORDS.iter().find_map(|word| credit.strip_prefix(word)?.trim_start().strip_prefix(':'));
        source.is_some_and(|source| text::word_count(source) <= PICTURE_SOURCE_MAX_WORDS)
    }) && data.picture_nouns.starts(folded)
}

/// A (folded) line without the bracketed source that closes it (`… Ảnh
/// minh họa. (Nguồn: X)` gives `… Ảnh minh họa. `); the line as it is
/// when it has none. Only a photo credit left at the end makes the line a
/// caption: a paragraph may end with the source of its figures.
fn without_bracketed_source(folded: &str) -> &str {
    let Some(inside) = folded.strip_suffix(')') else { return folded };
    let Some((before, inside)) = inside.rsplit_once('(') else { return folded };
    let word = inside.split([' ', ':']).next().unwrap_or("");
    if SOURCE_WORDS.contains(&word) { before } else { folded }
}

/// Whether a (folded) line ends with the photo word and `minh họa`
/// (illustration) glued to a digit: the number of the picture whose alt
/// text the crawl ran into the caption (`… thị trường ảnh 1Ảnh minh
/// họa`). Prose may end with `… sử dụng ảnh minh họa`, a word before it.
fn ends_with_illustration_credit(folded: &str) -> bool {
    let Some(before) = folded.strip_suffix("minh họa").and_then(|b| b.strip_suffix(' ')) else { return false };
    PHOTO_WORDS
        .iter()
        .filter_map(|word| before.strip_suffix(word))
        .any(|rest| rest.ends_with(|c: char| c.is_ascii_digit()))
}

/// Whether a line ends with a photo credit set in capitals, which a page
/// prints in an element of its own that a crawl runs into the caption with
/// a space only (`Đại biểu X tại buổi tiếp xúc cử tri ẢNH: ĐỖ TRƯỜNG`):
/// the photo word all in capitals, then its colon and a short credit.
fn ends_with_capitals_credit(line: &str) -> bool {
    let Some((before, credit)) = text::rsplit_once_ascii(line.trim_end(), b':') else { return false };
    let Some(word) = before.split_whitespace().next_back() else { return false };
    let in_capitals = word.chars().all(|c| c.is_uppercase()) && word.chars().count() > 1;
    in_capitals
        && before.len() > word.len()
        && PHOTO_WORDS.contains(&text::fold(word).as_str())
        && (1..=PHOTO_CREDIT_MAX_WORDS).contains(&text::word_count(credit))
}

/// Whether a line ends with a photo credit in brackets with no colon
/// (`Nghi sau khi bị tạm giữ (Ảnh TN)`): the photo word, then a name or
/// an outlet's acronym, each word capitalised. A word in small letters
/// after it makes a compound (`(ảnh hưởng …)`, influence), no credit.
fn ends_with_bracketed_credit(line: &str) -> bool {
    let Some(inside) = line.trim_end().strip_suffix(')') else { return false };
    inside.rsplit_once('(').is_some_and(|(_, inside)| is_capitalised_credit(inside))
}

/// Whether the text inside brackets is the photo word, then a name or an
/// acronym with each word capitalised (see [`ends_with_bracketed_credit`]).
fn is_capitalised_credit(inside: &str) -> bool {
    let mut words = inside.split_whitespace();
    let photo_word = words.next().is_some_and(|word| PHOTO_WORDS.contains(&text::fold(word).as_str()));
    photo_word && (1..=PHOTO_CREDIT_MAX_WORDS).contains(&words.clone().count()) && words.all(text::starts_with_capital)
}

/// Whether the text inside brackets credits a picture: the photo word with
/// its colon and a short credit (`Ảnh: VFF`, `عکس: ایسنا`), or, with no
/// colon, a credit in capitals (`Ảnh TN`; see [`is_capitalised_credit`]).
pub(crate) fn is_bracketed_photo_credit(inside: &str) -> bool {
    let colon_credit = inside.split_once(':').is_some_and(|(word, credit)| {
        PHOTO_WORDS.contains(&text::fold(word.trim()).as_str())
            && (1..=PHOTO_CREDIT_MAX_WORDS).contains(&text::word_count(credit))
    });
    colon_credit || is_capitalised_credit(inside)
}

/// Longest credit an agency or photo library signs a picture with
/// (`AFP`, `GETTY IMAGES`, `AP/REUTERS`).
const AGENCY_CREDIT_MAX_WORDS: usize = 2;

/// Whether a line ends with the credit of its picture's agency in Latin
/// capitals after the caption's full stop, with no stop of its own (`…
/// tại Hà Tĩnh hôm 3/12/2015. AFP`): a sentence does not end so. After an
/// abbreviation's dot (`tại TP. HCM`) the capitals are a name's.
fn ends_with_agency_credit(line: &str) -> bool {
    let line = line.trim_end();
    let Some(stop) = last_stop_before_space(line) else { return false };
    let (caption, credit) = (&line[..stop], &line[stop + 2..]);
    let after_abbreviation = caption
        .split_whitespace()
        .next_back()
        .is_none_or(|word| word.chars().any(char::is_alphabetic) && !word.chars().any(char::is_lowercase));
    let letters = credit.chars().filter(|c| c.is_alphabetic()).count();
    !after_abbreviation
        && letters >= 2
        && credit.split_whitespace().count() <= AGENCY_CREDIT_MAX_WORDS
        && credit.chars().all(|c| c.is_ascii_uppercase() || c == ' ' || c == '/')
}

/// A caption cell says at least this much: a menu entry is shorter.
const CAPTION_CELL_MIN_WORDS: usize = 4;

/// Whether a line is the caption of a picture set in a table, which
/// crawlers print with the cell's separator after it (`HLV X trả lời họp
/// báo sau trận đấu |`): a sentence's words and one trailing ` |`, where a
/// menu has a separator between its entries too.
fn is_caption_cell(folded: &str, words: usize) -> bool {
    folded.strip_suffix(" |").is_some_and(|caption| !caption.contains('|')) && words >= CAPTION_CELL_MIN_WORDS
}

/// Where the last `- ` of a line starts, or else its last `– `: found with
/// memrchr, as most lines hold no dash and are read to their start.
fn last_dash_before_space(line: &str) -> Option<usize> {
    let bytes = line.as_bytes();
    let before_space = |i: &usize| bytes.get(i + 1) == Some(&b' ');
    memchr::memrchr_iter(b'-', bytes).find(before_space).or_else(|| {
        // `–` is U+2013, bytes E2 80 93
        memchr::memrchr_iter(0x93, bytes)
            .find(|&i| i >= 2 && bytes[i - 2..i] == [0xE2, 0x80] && before_space(&i))
            .map(|i| i - 2)
    })
}

/// Where the last `. ` of a line starts, as `rfind(". ")` finds it, by
/// memchr: the credit checks look for it in every short block, and a
/// two-byte pattern is searched backwards slowly.
fn last_stop_before_space(line: &str) -> Option<usize> {
    let bytes = line.as_bytes();
    memchr::memrchr_iter(b'.', bytes).find(|&i| bytes.get(i + 1) == Some(&b' '))
}

/// Whether a line is a bare image file name (`img-7079.jpg`), or the
/// slug a page prints where its picture failed to load: one word of ASCII
/// letters with a digit in it (`vn1`, `anh-2`), or several words joined
/// by hyphens or underscores (`Tran-Tuan-Anh`, a name with its
/// diacritics stripped), which no paragraph of a Persian or Vietnamese
/// article is.
pub fn is_image_file_name(line: &str) -> bool {
    const EXTENSIONS: [&str; 8] = [".jpg", ".jpeg", ".png", ".gif", ".webp", ".bmp", ".svg", ".avif"];
    let ascii_word = line.bytes().all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_'))
        && line.bytes().any(|b| b.is_ascii_lowercase());
    let slug = ascii_word
        && (line.len() <= IMAGE_SLUG_MAX_CHARS && line.bytes().any(|b| b.is_ascii_digit())
            || line.len() <= JOINED_SLUG_MAX_CHARS
                && line.split(['-', '_']).filter(|part| !part.is_empty()).count() >= JOINED_SLUG_MIN_PARTS);
    // (compared without lower-casing a copy: this runs for every block)
    let ends_with = |ext: &str| {
        line.len() >= ext.len() && line.as_bytes()[line.len() - ext.len()..].eq_ignore_ascii_case(ext.as_bytes())
    };
    slug || !line.contains(' ') && EXTENSIONS.iter().any(|ext| ends_with(ext))
}

/// Whether a line is a picture's markup left in a crawl's text: an
/// `<img …>` or `<image>…</image>` element, or a Markdown image
/// (`![alt](src)`), whatever words its alt text holds.
fn is_picture_markup(line: &str) -> bool {
    let line = line.trim_end_matches([' ', '|']);
    let starts_with = |prefix: &str| line.get(..prefix.len()).is_some_and(|head| head.eq_ignore_ascii_case(prefix));
    (starts_with("<img") || starts_with("<image")) && line.ends_with('>')
        || line.starts_with("![") && line.ends_with(')') && line.contains("](")
}

/// Longest image slug [`is_image_file_name`] takes: a picture's slug is
/// short (`vn1`, `hinh-anh-3`); a longer run is a code or a link's tail.
const IMAGE_SLUG_MAX_CHARS: usize = 16;

/// Fewest words a slug without a digit joins: two joined words are a
/// compound some lines hold alone (`COVID-free`, `E-mail`), a picture's
/// slug names a person or a scene in three or more (`Tran-Tuan-Anh`,
/// `le-ky-niem-70-nam`).
const JOINED_SLUG_MIN_PARTS: usize = 3;

/// Longest slug of joined words [`is_image_file_name`] takes: a picture's
/// name (`Nguyen-Thi-Kim-Ngan`, 19) or a short scene; a longer run of
/// joined words is a link's tail.
const JOINED_SLUG_MAX_CHARS: usize = 40;

/// A label followed by a bare number, as visitor counters and widgets
/// print them: `Hôm nay : 56`, `بازدید: ۱۲۳۴`.
fn is_counter(line: &str) -> bool {
    let Some((label, value)) = text::rsplit_once_ascii(line, b':') else { return false };
    let value = value.trim();
    // `… 08:07` is a time, not a label and a count
    let label_ends_in_letter = label.trim_end().chars().next_back().is_some_and(char::is_alphabetic);
    label_ends_in_letter
        && (1..=4).contains(&text::word_count(label))
        && !value.is_empty()
        && value.chars().all(|c| text::digit_value(c).is_some() || matches!(c, '.' | ',' | ' '))
}

/// A Latin-script line of several words in capitals only: a site banner
/// (`CHÀO MỪNG ĐẾN VỚI CỔNG THÔNG TIN …`).
fn is_banner(line: &str, words: usize) -> bool {
    words >= 4 && capital_letters(line).is_some_and(|(letters, _)| letters > 0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::blocks;
    use crate::lang::Language;

    #[test]
    fn the_last_dash_is_found_as_rfind_finds_it() {
        for line in ["a - b - ảnh 1", "x – ảnh: y", "a- b – c", "a -b", "–", "- ", "a – b - c", "tranh–minh họa", ""]
        {
            let rfind = line.rfind("- ").or_else(|| line.rfind("– "));
            assert_eq!(last_dash_before_space(line), rfind, "{line:?}");
        }
    }

    #[test]
    fn the_last_stop_is_found_as_rfind_finds_it() {
        for line in ["a. b. c", "a.b. c", "a. ", ". ", ".", "a..  b", "Ảnh. AFP.", "tại TP. HCM. AP", "", "no stop"]
        {
            assert_eq!(last_stop_before_space(line), line.rfind(". "), "{line:?}");
        }
    }

    fn labels(text: &str, language: Language) -> Vec<(String, Label)> {
        let blocks = blocks::from_text(text, &[]);
        labelled(&blocks, &classify(&blocks, language.data()))
    }

    /// Each block's text with its label.
    fn labelled(blocks: &[Block], page: &Page) -> Vec<(String, Label)> {
        blocks.iter().zip(&page.decisions).map(|(b, d)| (b.text.clone(), d.label)).collect()
    }

    fn label_of(labels: &[(String, Label)], text: &str) -> Label {
        labels.iter().find(|(t, _)| t == text).map(|(_, l)| *l).unwrap_or(Label::Boilerplate)
    }

    #[test]
    fn a_summary_printed_again_as_the_paragraphs_after_it_is_left_out() {
        let summary = format!("{VI_PARAGRAPH} {VI_PARAGRAPH_2}");
        let page = format!(
            "Bệnh viện tỉnh nâng cao chất lượng khám chữa bệnh\n{summary}\n{VI_PARAGRAPH}\n{VI_PARAGRAPH_2}\n{VI_PARAGRAPH_3}"
        );
        let found = labels(&page, Language::Vietnamese);
        assert_eq!(label_of(&found, &summary), Label::Boilerplate, "{found:?}");
        for paragraph in [VI_PARAGRAPH, VI_PARAGRAPH_2, VI_PARAGRAPH_3] {
            assert_eq!(label_of(&found, paragraph), Label::Body, "{found:?}");
        }
        // a lead that says more than the paragraphs after it is the text's
        let lead = format!("{VI_PARAGRAPH} {VI_PARAGRAPH_2} {VI_PARAGRAPH_4}");
        let page = format!(
            "Bệnh viện tỉnh nâng cao chất lượng khám chữa bệnh\n{lead}\n{VI_PARAGRAPH}\n{VI_PARAGRAPH_2}\n{VI_PARAGRAPH_3}"
        );
        assert_eq!(label_of(&labels(&page, Language::Vietnamese), &lead), Label::Body);
        // one block printed again whole is left to the rules for alt texts
        // and leads
        let page = format!("Bệnh viện tỉnh nâng cao chất lượng\n{VI_PARAGRAPH}\n{VI_PARAGRAPH}\n{VI_PARAGRAPH_3}");
        let blocks = blocks::from_text(&page, &[]);
        let features = features(&blocks, Language::Vietnamese.data());
        assert!(!sums_up_paragraphs_after(1, &features));
        assert!(!sums_up_paragraphs_after(2, &features));
    }

    #[test]
    fn a_summary_printed_again_behind_a_dateline_is_left_out() {
        let title = "Bệnh viện tỉnh nâng cao chất lượng khám chữa bệnh";
        for label in ["(Dân trí) -", "Hà Nội:", "Theo TTXVN,"] {
            let lead = format!("{label} {VI_PARAGRAPH}");
            let page = format!("{title}\n{VI_PARAGRAPH}\n{lead}\n{VI_PARAGRAPH_2}\n{VI_PARAGRAPH_3}");
            let found = labels(&page, Language::Vietnamese);
            assert_eq!(label_of(&found, VI_PARAGRAPH), Label::Boilerplate, "{label}: {found:?}");
            for paragraph in [lead.as_str(), VI_PARAGRAPH_2, VI_PARAGRAPH_3] {
                assert_eq!(label_of(&found, paragraph), Label::Body, "{label}: {found:?}");
            }
        }
        // … but not behind a sentence of its own, nor a label no mark
        // closes: the lead goes on from the text above it
        for opening in [
            "Sở Y tế tỉnh cho biết kết quả sau một năm triển khai kế hoạch của ngành y tế tại địa phương như sau:",
            "Hôm nay",
        ] {
            let page = format!("{title}\n{VI_PARAGRAPH}\n{opening} {VI_PARAGRAPH}\n{VI_PARAGRAPH_2}");
            let found = labels(&page, Language::Vietnamese);
            assert_eq!(label_of(&found, VI_PARAGRAPH), Label::Body, "{opening}: {found:?}");
        }
    }

    #[test]
    fn a_line_without_a_stop_over_a_credit_line_is_its_caption() {
        let caption = "Chủ tịch Quốc hội Nguyễn Thị Kim Ngân phát biểu kết thúc phần chất vấn với nhóm vấn đề thứ tư liên quan đến lĩnh vực thông tin và truyền thông";
        let page = format!(
            "Quốc hội tiếp tục chất vấn Bộ trưởng\n\n{VI_PARAGRAPH}\n\n{VI_PARAGRAPH_2}\n\n{caption}\nẢnh: Quang Khánh\n\n{VI_PARAGRAPH_4}\n"
        );
        let l = labels(&page, Language::Vietnamese);
        assert_eq!(label_of(&l, caption), Label::Caption, "{l:?}");
        // a paragraph ending with its stop over a credit is the article's
        let l = labels(&page.replace(caption, VI_PARAGRAPH_3), Language::Vietnamese);
        assert_eq!(label_of(&l, VI_PARAGRAPH_3), Label::Body, "{l:?}");
    }

    #[test]
    fn short_sentences_under_the_article_go_on_with_the_quotation_it_left_open() {
        let page = "تبریک سخنگوی دولت به مناسبت روز پدر\n\nبه گزارش ایلنا، فاطمه مهاجرانی، سخنگوی دولت به مناسبت روز پدر در شبکه اجتماعی ایکس نوشت: «روز پدر، فقط روز گل و پیام نیست.\n\nروز پدری است که در سرمای مرز، عکس فرزندش را در دست گرفت و دیگر بازنگشت؛ همه فرزندان ایران فرزند اویند.\nایران، با چنین پدرانی ایستاده است.\nروز پدر گرامی باد.\n";
        let l = labels(page, Language::Persian);
        for line in ["ایران، با چنین پدرانی ایستاده است.", "روز پدر گرامی باد."]
        {
            assert_eq!(label_of(&l, line), Label::Body, "{line}: {l:?}");
        }
        // with the quotation closed, they are what follows the article
        let closed = page.replace("اویند.", "اویند.»");
        let l = labels(&closed, Language::Persian);
        assert_eq!(label_of(&l, "روز پدر گرامی باد."), Label::Boilerplate, "{l:?}");
    }

    #[test]
    fn short_speeches_under_the_last_paragraph_are_the_articles() {
        let page = "وزیر دفاع: شناسایی عوامل حادثه ادامه دارد\n\nسردار حسین سلامی فرمانده کل سپاه در حاشیه جلسه هیات دولت در جمع خبرنگاران گفت: دشمن در محاسبات خود اشتباه کرده است.\n\nسردار سلامی افزود: ما آماده هستیم.\n\nدکتر آشتیانی گفت: کار ادامه دارد.\n\nخبرهای مرتبط را بخوانید.\n";
        let l = labels(page, Language::Persian);
        for line in ["سردار سلامی افزود: ما آماده هستیم.", "دکتر آشتیانی گفت: کار ادامه دارد."]
        {
            assert_eq!(label_of(&l, line), Label::Body, "{line}: {l:?}");
        }
        // a short sentence with no speech, and a colon with no speech verb
        // before it, are what follows the article
        assert_eq!(label_of(&l, "خبرهای مرتبط را بخوانید."), Label::Boilerplate, "{l:?}");
        let l = labels(&page.replace("سردار سلامی افزود:", "سردار سلامی:"), Language::Persian);
        assert_eq!(label_of(&l, "سردار سلامی: ما آماده هستیم."), Label::Boilerplate, "{l:?}");
        // … and so is a speech without its stop, as a teaser's title
        // prints one (`وزیر: …`)
        let l = labels(&page.replace("آماده هستیم.", "آماده هستیم"), Language::Persian);
        assert_eq!(label_of(&l, "سردار سلامی افزود: ما آماده هستیم"), Label::Boilerplate, "{l:?}");
        // … and a speech after what follows the article
        let l = labels(
            &page.replace("\n\nسردار سلامی افزود", "\n\nتمامی حقوق محفوظ است\n\nسردار سلامی افزود"),
            Language::Persian,
        );
        assert_eq!(label_of(&l, "سردار سلامی افزود: ما آماده هستیم."), Label::Boilerplate, "{l:?}");
        let l = labels(
            &format!(
                "Quốc hội tiếp tục chất vấn Bộ trưởng\n\n{VI_PARAGRAPH}\n\n{VI_PARAGRAPH_2}\n\nÔng Hùng nói: \"Sẽ làm.\"\n"
            ),
            Language::Vietnamese,
        );
        assert_eq!(label_of(&l, "Ông Hùng nói: \"Sẽ làm.\""), Label::Body, "{l:?}");
    }

    #[test]
    fn a_speech_a_pronoun_gives_ends_the_article_without_its_stop() {
        let lead = "مخالفت استاندار با طرح انتقال آب\n\nآقای ملانوری امروز در جلسه شورای اداری با بیان اینکه اجرای این طرح تبعات نامناسب اجتماعی دارد، گفت: فعلا در استان کسی نبایستی با انجام این کار همکاری داشته باشد.";
        let last = "وی افزود: مکاتبات و پیگیری های لازم از طریق استانداری و دستگاههای مسئول در حال انجام است";
        let l = labels(&format!("{lead}\n{last}\n"), Language::Persian);
        assert_eq!(label_of(&l, last), Label::Body, "{l:?}");
        // a title of the same length, with no pronoun referring back, stays
        // what it was: a line after the article
        let title = "استاندار تهران گفت: مکاتبات و پیگیری های لازم برای طرح انتقال آب در حال انجام است";
        let l = labels(&format!("{lead}\n{title}\n"), Language::Persian);
        assert_eq!(label_of(&l, title), Label::Boilerplate, "{l:?}");
    }

    #[test]
    fn a_related_title_cut_off_a_flattened_unit_is_chrome() {
        let data = Language::Vietnamese.data();
        let title = "'Gay cấn trước Hội nghị Trung ương 5'";
        let page = format!(
            "{VI_PARAGRAPH} {VI_PARAGRAPH_2} {title} {VI_PARAGRAPH_3} {VI_PARAGRAPH_4} Xem thêm chuyên đề: {title}"
        );
        let mut blocks = blocks::from_text(&page, &[]);
        blocks::split_repeated_quoted_titles(&mut blocks);
        let page = classify(&blocks, data);
        let l = labelled(&blocks, &page);
        assert!(l.iter().any(|(text, label)| text == title && *label == Label::Boilerplate), "{l:?}");
        for paragraph in [VI_PARAGRAPH, VI_PARAGRAPH_2, VI_PARAGRAPH_3, VI_PARAGRAPH_4] {
            assert_eq!(label_of(&l, paragraph), Label::Body, "{paragraph}");
        }
    }

    const VI_PARAGRAPH: &str = "Trong năm qua, bệnh viện đã thực hiện hơn một nghìn ca phẫu thuật và được người dân đánh giá cao về chất lượng.";
    const VI_PARAGRAPH_2: &str = "Bệnh viện cũng đã triển khai nhiều kỹ thuật mới, góp phần nâng cao chất lượng khám chữa bệnh cho nhân dân trong tỉnh.";
    const VI_CAPTION: &str = "Năm 2024, bệnh viện thực hiện hơn 161 nghìn lượt khám bệnh, tăng 6,8% so với năm 2023.";
    const VI_PARAGRAPH_4: &str =
        "Bên cạnh đó, bệnh viện còn phối hợp với các trường đại học để mở nhiều lớp đào tạo chuyên sâu cho cán bộ.";
    const VI_PARAGRAPH_3: &str =
        "Năm tới, bệnh viện sẽ tiếp tục đầu tư trang thiết bị và đào tạo đội ngũ bác sĩ để phục vụ người bệnh tốt hơn.";

    #[test]
    fn prose_between_chrome_is_body() {
        let page = format!(
            "Trang chủ\nTin tức\nTiêu đề bài viết ở đây\n{VI_PARAGRAPH}\n{VI_PARAGRAPH_2}\nTin liên quan\nMột tin khác rất dài về bệnh viện đã thực hiện ca mổ thành công."
        );
        let l = labels(&page, Language::Vietnamese);
        assert_eq!(label_of(&l, VI_PARAGRAPH), Label::Body);
        assert_eq!(label_of(&l, VI_PARAGRAPH_2), Label::Body);
        assert_eq!(label_of(&l, "Trang chủ"), Label::Boilerplate);
        assert_eq!(label_of(&l, "Tin liên quan"), Label::Boilerplate);
        assert_eq!(
            label_of(&l, "Một tin khác rất dài về bệnh viện đã thực hiện ca mổ thành công."),
            Label::Boilerplate,
            "nothing after an end-of-article marker is body"
        );
    }

    #[test]
    fn readers_comments_signed_and_dated_end_the_article() {
        let comment = "Tôi thấy chủ trương này là đúng nhưng cần làm từng bước, phải có xe buýt đủ dày thì người dân mới bỏ xe được.";
        let comment_2 =
            "Thành phố nên phát triển tàu điện trước rồi mới cấm, nếu không sẽ rất khó khăn cho người lao động.";
        let page = format!(
            "Tiêu đề bài viết ở đây\n{VI_PARAGRAPH}\n{VI_PARAGRAPH_2}\nNguyễn Văn Tùng\n14/10/2024 09:15\n{comment}\nLê Thị Hoa\n14/10/2024 10:20\n{comment_2}"
        );
        let l = labels(&page, Language::Vietnamese);
        assert_eq!(label_of(&l, VI_PARAGRAPH_2), Label::Body);
        assert_ne!(label_of(&l, comment), Label::Body);
        assert_ne!(label_of(&l, comment_2), Label::Body);
        // or signed and dated on one line
        let one_line = format!(
            "Tiêu đề bài viết ở đây\n{VI_PARAGRAPH}\n{VI_PARAGRAPH_2}\nNguyễn Văn Tùng 2 giờ trước\n{comment}\nLê Thị Hoa 14/10/2024 10:20\n{comment_2}"
        );
        let l = labels(&one_line, Language::Vietnamese);
        assert_eq!(label_of(&l, VI_PARAGRAPH_2), Label::Body);
        assert_ne!(label_of(&l, comment), Label::Body);
        // one signed and dated paragraph is no thread: a byline and date
        // may close an article
        let signed_once =
            format!("Tiêu đề bài viết ở đây\n{VI_PARAGRAPH}\nNguyễn Văn Tùng\n14/10/2024 09:15\n{VI_PARAGRAPH_2}");
        assert_eq!(label_of(&labels(&signed_once, Language::Vietnamese), VI_PARAGRAPH_2), Label::Body);
    }

    #[test]
    fn a_short_attribution_before_its_speech_is_body() {
        // `وی افزود:` (he added:) is two words, as short as a label; its
        // speech verb makes it the attribution of the paragraph after it
        let fa_paragraph =
            "وزیر نیرو در جمع خبرنگاران گفت که ظرفیت تولید برق کشور امسال بیش از چهار هزار مگاوات افزایش یافته است.";
        let fa_speech =
            "مصرف برق در ساعات اوج باید مدیریت شود و از مردم می‌خواهیم وسایل پرمصرف را در این ساعات خاموش کنند.";
        let page = format!("عنوان خبر درباره برق\n{fa_paragraph}\nوی افزود:\n{fa_speech}\n{fa_paragraph}");
        let l = labels(&page, Language::Persian);
        assert_eq!(label_of(&l, "وی افزود:"), Label::Body);
        // a label of as few words is not
        let page = format!("Tiêu đề bài viết ở đây\n{VI_PARAGRAPH}\nGhi chú:\n{VI_PARAGRAPH_2}\n{VI_PARAGRAPH_3}");
        assert_eq!(label_of(&labels(&page, Language::Vietnamese), "Ghi chú:"), Label::Boilerplate);
    }

    #[test]
    fn a_name_between_headline_and_date_is_the_byline() {
        let headline = "Hà Nội sẽ cấm xe máy trong vành đai 1 từ năm 2026";
        let date = "17/10/2024 06:15 GMT+7";
        for name in ["Đình Huy", "Nguyễn Thị Minh Hằng"] {
            // headline, name, date; and headline, date, name
            for page in [
                format!("Thời Sự\n{headline}\n{name}\n{date}\n{VI_PARAGRAPH}\n{VI_PARAGRAPH_2}"),
                format!("Thời Sự\n{headline}\n{date}\n{name}\n{VI_PARAGRAPH}\n{VI_PARAGRAPH_2}"),
                // printed twice, under the avatar and as a link
                format!("{headline}\n{name}\n{name}\n{date}\n{VI_PARAGRAPH}\n{VI_PARAGRAPH_2}"),
            ] {
                let l = labels(&page, Language::Vietnamese);
                assert_eq!(l.iter().filter(|(t, label)| t == name && *label == Label::Byline).count(), 1, "{page}");
                assert_eq!(label_of(&l, "Thời Sự"), Label::Boilerplate, "{page}");
            }
        }
        // a category label in title case between the date and the headline,
        // a place as a dateline, and a name elsewhere in the menu are none
        let l = labels(&format!("{date}\nThời Sự\n{headline}\n{VI_PARAGRAPH}\n{VI_PARAGRAPH_2}"), Language::Vietnamese);
        assert_eq!(label_of(&l, "Thời Sự"), Label::Boilerplate);
        let l = labels(&format!("{headline}\nHà Nội\n{date}\n{VI_PARAGRAPH}\n{VI_PARAGRAPH_2}"), Language::Vietnamese);
        assert_eq!(label_of(&l, "Hà Nội"), Label::Boilerplate);
        let page = format!("Pháp Luật\nĐời Sống\n{headline}\nĐời Sống\n{date}\n{VI_PARAGRAPH}\n{VI_PARAGRAPH_2}");
        assert_eq!(label_of(&labels(&page, Language::Vietnamese), "Đời Sống"), Label::Boilerplate);
        // right above the text with no date: a name a list knows opens, in
        // a script with case or without
        let l = labels(
            &format!("{headline}\nNguyễn Thị Minh Hằng\n{VI_PARAGRAPH}\n{VI_PARAGRAPH_2}"),
            Language::Vietnamese,
        );
        assert_eq!(label_of(&l, "Nguyễn Thị Minh Hằng"), Label::Byline);
        // … past the share buttons under it, after the headline or the date
        for page in [
            format!("{headline}\nNguyễn Thị Minh Hằng\nChia sẻ Zalo\n{VI_PARAGRAPH}\n{VI_PARAGRAPH_2}"),
            format!("{headline}\n{date}\nĐình Huy\nChia sẻ Zalo\n{VI_PARAGRAPH}\n{VI_PARAGRAPH_2}"),
        ] {
            let l = labels(&page, Language::Vietnamese);
            assert!(l.iter().any(|(_, label)| *label == Label::Byline), "{page}");
        }
        // a headline-like line between the name and the text is not passed
        let page = format!("{headline}\nNguyễn Thị Minh Hằng\nTin tức hôm nay\n{VI_PARAGRAPH}\n{VI_PARAGRAPH_2}");
        assert_eq!(label_of(&labels(&page, Language::Vietnamese), "Nguyễn Thị Minh Hằng"), Label::Boilerplate);
        let fa_headline = "استاندار خراسان رضوی: تلاش می‌کنیم قیمت‌ها از میانگین کشوری بیشتر نشود";
        let fa_text = "یعقوبعلی نظری در گفتگو با خبرنگاران درباره افزایش قیمت برخی اقلام مصرفی مانند نان در استان گفت که نظر دولت بر افزایش قیمت نیست.";
        let fa_more = "به گفته وی، باید تلاش کرد هم تولید کننده حفظ شود و هم به مصرف کننده فشار بیشتری وارد نشود و بازار آرام بماند.";
        for (name, label) in [("مهدی بی باک", Label::Byline), ("گزارش ویژه خبری", Label::Boilerplate)]
        {
            let l = labels(&format!("{fa_headline}\n{name}\n{fa_text}\n{fa_more}"), Language::Persian);
            assert_eq!(label_of(&l, name), label, "{name}");
            let l = labels(
                &format!("{fa_headline}\n{name}\n۱۸ مرداد ۱۴۰۲ - ۱۹:۳۷\n{fa_text}\n{fa_more}"),
                Language::Persian,
            );
            assert_eq!(label_of(&l, name), label, "{name} above the date");
        }
    }

    #[test]
    fn text_run_into_the_next_sentence_is_a_caption_or_a_subheading() {
        let data = Language::Vietnamese.data();
        let headline = "Chống tham nhũng đang gặp phản ứng mạnh";
        let lead_caption = "Trao đổi tiền tệ ở Việt Nam";
        let caption = "Ông Đinh La Thăng, cựu ủy viên Bộ Chính trị, ra tòa lần hai tại Hà Nội hôm 19/3";
        let subheading = "Ba lý do về thể chế";
        let plan = "Theo kế hoạch, bệnh viện sẽ xây thêm một khu điều trị mới với hai trăm giường bệnh cho người dân.";
        // a sentence of prose length that lost its full stop is no caption
        let lost_stop = "Các nhà khoa học cảnh báo rằng càng nhiều gà vịt được chuyên chở bằng lồng tại các nước trong khu vực thì nguy cơ lây lan của nạn dịch cúm gia cầm sẽ càng tăng cao";
        let warning = "Họ yêu cầu người dân cẩn trọng khi tiếp xúc với gà vịt ốm trong những ngày tới.";
        // a unit run into a sentence of the header, not the article's
        // first, is no caption
        let header = "Tin nóng hôm nay Những điều cần biết về giá xăng.";
        let page = format!(
            "{header} {headline}\n{lead_caption} {VI_PARAGRAPH} {VI_PARAGRAPH_2} {caption} {VI_PARAGRAPH_4} {subheading} {plan} {lost_stop} {warning}"
        );
        let mut blocks = blocks::from_text(&page, &[]);
        blocks::split_before_glued_sentences(&mut blocks, data.unwrap_or_else(|| unreachable!()));
        let page = classify(&blocks, data);
        let l = labelled(&blocks, &page);
        assert_eq!(label_of(&l, lead_caption), Label::Caption);
        assert_eq!(label_of(&l, "Tin nóng hôm nay"), Label::Boilerplate);
        assert_eq!(label_of(&l, caption), Label::Caption);
        assert_eq!(label_of(&l, subheading), Label::Heading);
        assert_eq!(label_of(&l, lost_stop), Label::Body);
        for paragraph in [VI_PARAGRAPH, VI_PARAGRAPH_2, VI_PARAGRAPH_4, plan, warning] {
            assert_eq!(label_of(&l, paragraph), Label::Body, "{paragraph}");
        }
        // the caption above the lead is no headline
        let chosen = crate::extract::headline::choose(&blocks, &page, None, None);
        assert_eq!(chosen.map(|i| blocks[i].text.as_str()), Some(headline));
    }

    #[test]
    fn a_clause_run_into_the_next_sentence_is_a_caption_or_a_subheading() {
        let data = Language::Persian.data();
        let headline = "افزایش قیمت نان در شهرهای بزرگ";
        let first = "قیمت نان در بیشتر شهرهای بزرگ کشور از ابتدای این هفته بین ده تا بیست درصد افزایش یافته است.";
        let second =
            "نانوایان می‌گویند هزینه آرد و سوخت در ماه‌های گذشته بیش از دو برابر شده و آنها چاره‌ای جز این کار نداشتند.";
        let caption = "مشتریان نانوایی‌های تهران روز گذشته برای خرید نان ساعت‌ها در صف ایستاده بودند";
        let third = "سازمان حمایت از مصرف‌کنندگان اعلام کرده است که بر قیمت‌های تازه در همه استان‌ها نظارت خواهد کرد.";
        let subheading = "نانوایان اعتراض می‌کنند";
        let fourth =
            "گروهی از نانوایان در چند شهر در اعتراض به کمبود سهمیه آرد دولتی از روز شنبه مغازه‌های خود را بسته‌اند.";
        let page = format!("{headline}\n{first} {second} {caption} {third} {subheading} {fourth}");
        let mut blocks = blocks::from_text(&page, &[]);
        blocks::split_after_glued_clauses(&mut blocks, data.unwrap_or_else(|| unreachable!()));
        let page = classify(&blocks, data);
        let l = labelled(&blocks, &page);
        assert_eq!(label_of(&l, caption), Label::Caption);
        assert_eq!(label_of(&l, subheading), Label::Heading);
        for paragraph in [first, second, third, fourth] {
            assert_eq!(label_of(&l, paragraph), Label::Body, "{paragraph}");
        }
    }

    #[test]
    fn a_speakers_quoted_title_over_the_lead_repeating_it_is_no_paragraph() {
        // (a title long enough for prose, as a quotation makes it)
        let words = "Bệnh viện phải lấy người bệnh làm trung tâm của mọi hoạt động, lấy sự hài lòng của người dân làm thước đo cho chất lượng";
        let title = format!("Giám đốc Sở Y tế: \"{words}\"");
        let lead = format!("“{words}. Đó là yêu cầu xuyên suốt của ngành y tế tỉnh trong năm nay”, ông nhấn mạnh.");
        // (the lead picture's caption may stand between them)
        let caption = "Giám đốc Sở Y tế phát biểu tại hội nghị";
        for page in [
            format!("Thời sự\n{title}\n{lead}\n{VI_PARAGRAPH}\n{VI_PARAGRAPH_2}"),
            format!("Thời sự\n{title}\n{caption}\n{lead}\n{VI_PARAGRAPH}\n{VI_PARAGRAPH_2}"),
        ] {
            let found = labels(&page, Language::Vietnamese);
            assert_ne!(label_of(&found, &title), Label::Body, "{found:?}");
            assert_eq!(label_of(&found, &lead), Label::Body, "{found:?}");
        }
        // a speech whose words the paragraph after it does not repeat is
        // the article's, and so is one of a few words that it happens to
        // open with
        for (title, words) in [(title.clone(), "Năm nay ngành y tế tỉnh đặt ra nhiều mục tiêu mới"), (
            "Giám đốc Sở Y tế trả lời câu hỏi của phóng viên về kế hoạch năm nay của ngành y tế tỉnh nhà và những khó khăn của các bệnh viện tuyến huyện: \"Bệnh viện phải\"".to_owned(),
            words,
        )] {
            let lead = format!("“{words}. Đó là yêu cầu xuyên suốt của ngành y tế tỉnh trong năm nay”, ông nhấn mạnh.");
            let page = format!("Thời sự\n{title}\n{lead}\n{VI_PARAGRAPH}\n{VI_PARAGRAPH_2}");
            let found = labels(&page, Language::Vietnamese);
            assert_eq!(label_of(&found, &title), Label::Body, "{found:?}");
        }
    }

    #[test]
    fn an_excerpt_cut_short_over_the_text_it_was_cut_from_is_left_out() {
        // cut inside the second paragraph, and inside a word
        let cut = &VI_PARAGRAPH_2[..VI_PARAGRAPH_2.find("nâng").unwrap_or(0) + 3];
        for mark in [" […]", " [...]", "…"] {
            let excerpt = format!("{VI_PARAGRAPH} {cut}{mark}");
            let page = format!(
                "Bệnh viện tỉnh nâng cao chất lượng khám chữa bệnh\n{excerpt}\n{VI_PARAGRAPH}\n{VI_PARAGRAPH_2}\n{VI_PARAGRAPH_3}"
            );
            let found = labels(&page, Language::Vietnamese);
            assert_eq!(label_of(&found, &excerpt), Label::Boilerplate, "{found:?}");
            for paragraph in [VI_PARAGRAPH, VI_PARAGRAPH_2, VI_PARAGRAPH_3] {
                assert_eq!(label_of(&found, paragraph), Label::Body, "{found:?}");
            }
        }
        // a paragraph closed by an ellipsis that the next one does not
        // repeat is the text's own, and so is a subheading of a few words
        // that the paragraph under it opens with, cut short or not
        let trailing = "Người dân trong tỉnh vẫn chờ đợi nhiều đổi mới hơn nữa từ bệnh viện trong những năm tới…";
        for subheading in ["Trong năm qua…", "Trong năm qua"] {
            let page = format!(
                "Bệnh viện tỉnh nâng cao chất lượng\n{VI_PARAGRAPH_2}\n{trailing}\n{subheading}\n{VI_PARAGRAPH}\n{VI_PARAGRAPH_3}"
            );
            let found = labels(&page, Language::Vietnamese);
            assert_eq!(label_of(&found, trailing), Label::Body, "{found:?}");
            assert_ne!(label_of(&found, subheading), Label::Boilerplate, "{found:?}");
        }
    }

    #[test]
    fn a_teaser_closed_by_a_read_more_link_is_not_the_article() {
        let title = "Bệnh viện tỉnh khánh thành khu điều trị mới - Ảnh 3.Xung đột khiến giá thuốc nhập khẩu tăng mạnh";
        let teaser = "Giá nhiều loại thuốc nhập khẩu đã tăng mạnh trong tháng qua khi chi phí vận chuyển qua các tuyến biển tăng vọt.";
        let page = format!(
            "{VI_PARAGRAPH}\n{VI_PARAGRAPH_2}\n{VI_PARAGRAPH_4}\n{title}\n{teaser}\nĐọc tiếp Về trang Chủ đề\nNHẬT XUÂN - NGHI VŨ\nChia sẻ"
        );
        let l = labels(&page, Language::Vietnamese);
        assert_eq!(label_of(&l, VI_PARAGRAPH_4), Label::Body);
        assert_eq!(label_of(&l, title), Label::Boilerplate);
        assert_eq!(label_of(&l, teaser), Label::Boilerplate);
        assert_eq!(label_of(&l, "NHẬT XUÂN - NGHI VŨ"), Label::Byline, "the writers sign after the teaser");
        // a read-more link of two words is no signature (Persian names
        // have no capitals to tell them)
        let fa = [
            "به گزارش خبرگزاری ایسنا، وزیر نفت امروز در جمع خبرنگاران اعلام کرد که قیمت بنزین تغییر نخواهد کرد.",
            "وی افزود: سهمیه بنزین خانوارها نیز مانند سال گذشته پرداخت خواهد شد و تغییری در آن ایجاد نمی‌شود.",
        ];
        let l = labels(&format!("{}\n{}\nادامه مطلب\nنظرات کاربران", fa[0], fa[1]), Language::Persian);
        assert_eq!(label_of(&l, fa[1]), Label::Body);
        assert_eq!(label_of(&l, "ادامه مطلب"), Label::Boilerplate);
        // nor is a teaser's title of two words
        let fa_teaser = "مصرف بنزین در تابستان امسال نسبت به سال گذشته حدود پنج درصد کاهش یافته است.";
        let page = format!("{}\n{}\n{}\nکاهش مصرف\n{fa_teaser}\nادامه مطلب", fa[0], fa[1], fa[0]);
        let l = labels(&page, Language::Persian);
        assert_eq!(label_of(&l, fa_teaser), Label::Boilerplate);
        assert_eq!(l.iter().find(|(t, _)| t == "کاهش مصرف").map(|(_, label)| *label), Some(Label::Boilerplate));
        // without the link, or when the line before the paragraph ends a
        // sentence, the last paragraph is the article's
        let page = format!("{VI_PARAGRAPH}\n{VI_PARAGRAPH_2}\n{title}\n{teaser}\nChia sẻ");
        assert_eq!(label_of(&labels(&page, Language::Vietnamese), teaser), Label::Body);
        let page = format!("{VI_PARAGRAPH}\n{VI_PARAGRAPH_2}\n{VI_PARAGRAPH_4}\n{teaser}\nĐọc tiếp");
        assert_eq!(label_of(&labels(&page, Language::Vietnamese), teaser), Label::Body);
    }

    #[test]
    fn a_persian_link_after_the_article_is_no_signature_a_name_is() {
        let fa = [
            "وزیر نیرو امروز در جمع خبرنگاران از آغاز ساخت سه نیروگاه جدید در جنوب کشور خبر داد.",
            "به گفته وی این نیروگاه‌ها تا دو سال آینده به شبکه سراسری برق متصل خواهند شد.",
        ];
        let page = format!(
            "{}\n{}\nارسال دیدگاه\nگزارش خطا\nمطالعه بیشتر\nارسال یک پاسخ\nآدرس ایمیل شما منتشر نخواهد شد.",
            fa[0], fa[1]
        );
        let l = labels(&page, Language::Persian);
        // two words of letters, no stopword among them, but no given name
        for link in ["ارسال دیدگاه", "گزارش خطا", "مطالعه بیشتر", "ارسال یک پاسخ"]
        {
            assert_eq!(l.iter().find(|(t, _)| t == link).map(|(_, label)| *label), Some(Label::Boilerplate), "{link}");
        }
        let l = labels(&format!("{}\n{}\nعلی رضایی", fa[0], fa[1]), Language::Persian);
        assert_eq!(l.iter().find(|(t, _)| t == "علی رضایی").map(|(_, label)| *label), Some(Label::Byline));
        // `نوشته` (by) opens a byline; `نوشته های` (posts), its plural with
        // the suffix set apart, heads a list of links
        for (line, label) in [("نوشته علی رضایی", Label::Byline), ("نوشته های مشابه", Label::Boilerplate)]
        {
            let l = labels(&format!("{}\n{}\n{line}", fa[0], fa[1]), Language::Persian);
            assert_eq!(l.iter().find(|(t, _)| t == line).map(|(_, label)| *label), Some(label), "{line}");
        }
        // a footer's label set apart from its colon and value by spaces
        let l = labels(&format!("{}\n{}\nلینک مستقیم   :   http://example.ir/?id=1", fa[0], fa[1]), Language::Persian);
        assert_eq!(l.iter().find(|(t, _)| t == "لینک مستقیم").map(|(_, label)| *label), Some(Label::Boilerplate));
        // Latin words in title case under a Persian article: a button
        let l = labels(&format!("{}\n{}\nTo Read Full Article", fa[0], fa[1]), Language::Persian);
        let button = l.iter().find(|(t, _)| t == "To Read Full Article").map(|(_, label)| *label);
        assert_eq!(button, Some(Label::Boilerplate));
    }

    #[test]
    fn a_byline_cue_right_above_the_article_is_the_byline_a_follow_prompt_is_not() {
        let title = "Bệnh viện tỉnh đưa vào hoạt động khu khám bệnh mới";
        for byline in ["Thực hiện: Minh Anh", "Minh Anh - Thu Hà (thực hiện)"] {
            let l = labels(&format!("{title}\n{byline}\n{VI_PARAGRAPH}\n{VI_PARAGRAPH_2}"), Language::Vietnamese);
            assert_eq!(l.iter().find(|(t, _)| t == byline).map(|(_, label)| *label), Some(Label::Byline), "{byline}");
        }
        // `theo dõi` (follow) is no `Theo` (according to), above the
        // article or inside it
        let follow = "Theo dõi báo chúng tôi trên";
        let inside = "Theo dõi Báo Nông Thôn Ngày Nay trên Google News";
        let page = format!("{title}\n{follow}\n{VI_PARAGRAPH}\n{inside}\n{VI_PARAGRAPH_2}\n{VI_PARAGRAPH_4}");
        let l = labels(&page, Language::Vietnamese);
        for line in [follow, inside] {
            assert_eq!(l.iter().find(|(t, _)| t == line).map(|(_, label)| *label), Some(Label::Boilerplate), "{line}");
        }
    }

    #[test]
    fn three_titled_one_sentence_teasers_closing_the_text_are_not_the_article() {
        let teasers = [
            ("Giá xăng tăng lần thứ ba liên tiếp trong tháng", VI_CAPTION),
            ("Tỉnh khởi công tuyến đường nối hai huyện miền núi", VI_PARAGRAPH_4),
            ("Nhiều trường học chuẩn bị đón học sinh trở lại", VI_PARAGRAPH_3),
        ];
        let pairs = |n: usize| teasers[..n].iter().map(|(t, s)| format!("{t}\n{s}")).collect::<Vec<_>>().join("\n");
        let page = format!("{VI_PARAGRAPH}\n{VI_PARAGRAPH_2}\n{}", pairs(3));
        let l = labels(&page, Language::Vietnamese);
        assert_eq!(label_of(&l, VI_PARAGRAPH_2), Label::Body);
        for (title, summary) in teasers {
            assert_eq!(label_of(&l, summary), Label::Boilerplate, "{summary}");
            assert_eq!(l.iter().find(|(t, _)| t == title).map(|(_, label)| *label), Some(Label::Boilerplate));
        }
        // a picture's caption above the article's last sentence is no title
        let page = format!("{VI_PARAGRAPH}\nBác sĩ khám cho người bệnh. Ảnh: Minh Anh\n{VI_PARAGRAPH_2}\n{}", pairs(3));
        assert_eq!(label_of(&labels(&page, Language::Vietnamese), VI_PARAGRAPH_2), Label::Body);
        // two subheadings over a sentence each may be the article's own
        let page = format!("{VI_PARAGRAPH}\n{VI_PARAGRAPH_2}\n{}", pairs(2));
        assert_eq!(label_of(&labels(&page, Language::Vietnamese), VI_PARAGRAPH_4), Label::Body);
        // as are an HTML page's own sections under headings
        let html: String = teasers.iter().map(|(t, s)| format!("<h3>{t}</h3><p>{s}</p>")).collect();
        let page =
            format!("<html><body><article><p>{VI_PARAGRAPH}</p><p>{VI_PARAGRAPH_2}</p>{html}</article></body></html>");
        let blocks = crate::html::parse(&page).blocks;
        let decisions = classify(&blocks, Language::Vietnamese.data()).decisions;
        let last = blocks.iter().position(|b| b.text == VI_PARAGRAPH_3).unwrap_or_else(|| unreachable!());
        assert_eq!(decisions[last].label, Label::Body);
        // and so are sections of two sentences
        let page = format!("{VI_PARAGRAPH}\n{}", teasers.map(|(t, s)| format!("{t}\n{s} {VI_PARAGRAPH}")).join("\n"));
        assert_eq!(
            label_of(&labels(&page, Language::Vietnamese), &format!("{VI_PARAGRAPH_3} {VI_PARAGRAPH}")),
            Label::Body
        );
    }

    #[test]
    fn a_pictures_alt_text_repeated_by_its_caption_is_caption() {
        let alt = "Thủ tướng chủ trì cuộc họp với năm thành phố lớn về phòng chống dịch";
        let caption = format!("{alt} (Ảnh: VGP)");
        let page = format!("{VI_PARAGRAPH}\n{alt}\n{caption}\n{VI_PARAGRAPH_2}\n{VI_PARAGRAPH_3}");
        let l = labels(&page, Language::Vietnamese);
        assert_eq!((label_of(&l, alt), label_of(&l, &caption)), (Label::Caption, Label::Caption));
        assert_eq!(label_of(&l, VI_PARAGRAPH_2), Label::Body);
        // a subheading whose words a caption happens to open with is not
        // repeated by it unless the caption goes on from all of them
        // a line of two words that a caption beside it happens to open with
        // is no alt text: any caption may start so
        let heading = "Thủ tướng";
        let page = format!("{VI_PARAGRAPH}\n{heading}\nThủ tướng phát biểu (Ảnh: VGP)\n{VI_PARAGRAPH_3}");
        assert_ne!(label_of(&labels(&page, Language::Vietnamese), heading), Label::Caption);
    }

    #[test]
    fn a_sentence_printed_twice_in_a_row_is_a_caption() {
        // alt text and caption, the same sentence, without any caption cue
        let caption = "Ông Trần Văn Bình, Giám đốc Sở Y tế, phát biểu tại hội nghị.";
        let page = format!("{VI_PARAGRAPH}\n{caption}\n{caption}\n{VI_PARAGRAPH_2}\n{VI_PARAGRAPH_3}");
        let l = labels(&page, Language::Vietnamese);
        let caption_labels: Vec<Label> = l.iter().filter(|(t, _)| t == caption).map(|(_, label)| *label).collect();
        assert_eq!(caption_labels, [Label::Caption, Label::Caption]);
        assert_eq!(label_of(&l, VI_PARAGRAPH_2), Label::Body);
        // once, it is a short paragraph of the article
        let page = format!("{VI_PARAGRAPH}\n{caption}\n{VI_PARAGRAPH_2}\n{VI_PARAGRAPH_3}");
        assert_eq!(label_of(&labels(&page, Language::Vietnamese), caption), Label::Body);
    }

    #[test]
    fn a_paragraph_printed_twice_in_a_row_is_kept_once() {
        // a publishing slip: the same long paragraph pasted twice
        let pasted = format!("{VI_PARAGRAPH} {VI_PARAGRAPH_2}");
        assert!(text::word_count(&pasted) > CAPTION_MAX_WORDS);
        let page = format!("{VI_PARAGRAPH}\n{pasted}\n{pasted}\n{VI_PARAGRAPH_3}");
        let l = labels(&page, Language::Vietnamese);
        let pasted_labels: Vec<Label> = l.iter().filter(|(t, _)| *t == pasted).map(|(_, label)| *label).collect();
        assert_eq!(pasted_labels, [Label::Body, Label::Boilerplate]);
        assert_eq!(label_of(&l, VI_PARAGRAPH_3), Label::Body);
        // apart, the paragraphs are both the text's
        let page = format!("{VI_PARAGRAPH}\n{pasted}\n{VI_PARAGRAPH_3}\n{pasted}");
        let l = labels(&page, Language::Vietnamese);
        assert!(l.iter().filter(|(t, _)| *t == pasted).all(|(_, label)| *label == Label::Body));
    }

    #[test]
    fn a_caption_signed_by_an_agency_in_capitals_is_a_caption() {
        let caption = "Công nhân đi bộ về trung tâm thị xã từ nơi ở của họ tại khu vực nhà máy hôm 3/12/2015. AFP";
        let page = format!("{VI_PARAGRAPH}\n{caption}\n{VI_PARAGRAPH_2}\n{VI_PARAGRAPH_3}");
        assert_eq!(label_of(&labels(&page, Language::Vietnamese), caption), Label::Caption);
        assert!(ends_with_agency_credit("Người dân xếp hàng chờ mua xăng. GETTY IMAGES"));
        // capitals after an abbreviation's dot, or a sentence's last word
        // with its stop, are no credit
        assert!(!ends_with_agency_credit("Hội nghị diễn ra sáng nay tại TP. HCM"));
        assert!(!ends_with_agency_credit("Thông tin được xác nhận. Theo AFP."));
        assert!(!ends_with_agency_credit("Cuộc họp kết thúc lúc 10 giờ. Ông Nam"));
    }

    #[test]
    fn a_long_caption_is_marked_by_its_photo_credit() {
        let caption = "Thủ tướng cùng Chủ tịch UBND tỉnh thăm gian hàng các sản phẩm thế mạnh của Tây Nguyên bên lề Hội nghị triển khai Chương trình hành động của Chính phủ thực hiện Nghị quyết số 23 của Bộ Chính trị về phát triển vùng. Ảnh: Chính Thành";
        assert!(text::word_count(caption) > CAPTION_MAX_WORDS);
        let page = format!("{VI_PARAGRAPH}\n{caption}\n{VI_PARAGRAPH_2}\n{VI_PARAGRAPH_3}");
        let l = labels(&page, Language::Vietnamese);
        assert_eq!(label_of(&l, caption), Label::Caption);
        assert_eq!(label_of(&l, VI_PARAGRAPH_2), Label::Body);
    }

    #[test]
    fn credits_listed_before_one_colon_are_a_byline() {
        let data = Language::Vietnamese.data().unwrap_or_else(|| unreachable!());
        let line = "Bài, ảnh, audio: Hữu Thiện";
        assert_eq!(listed_credits_cue(line, data), Some("Bài, ảnh, audio:".len()));
        let page = format!("{VI_PARAGRAPH}\n{VI_PARAGRAPH_2}\n{VI_PARAGRAPH_3}\n{line}");
        assert_eq!(label_of(&labels(&page, Language::Vietnamese), line), Label::Byline);
        // a list of words no credit names, or a single credit, is no such label
        assert_eq!(listed_credits_cue("Hà Nội, Huế, Đà Nẵng: ba thành phố", data), None);
        assert_eq!(listed_credits_cue("Bài, ảnh, thiết kế: Hữu Thiện", data), None);
        assert_eq!(listed_credits_cue("Ảnh: Hữu Thiện", data), None);
    }

    #[test]
    fn a_picture_closed_by_its_source_is_a_caption() {
        let caption =
            "Hình ảnh mây vệ tinh bão số 10 lúc 8 giờ ngày 29-9. Nguồn: Trung tâm Dự báo khí tượng thủy văn quốc gia";
        let page = format!("{VI_PARAGRAPH}\n{caption}\n{VI_PARAGRAPH_2}\n{VI_PARAGRAPH_3}");
        let l = labels(&page, Language::Vietnamese);
        assert_eq!(label_of(&l, caption), Label::Caption);
        let data = Language::Vietnamese.data().unwrap_or_else(|| unreachable!());
        let fa = Language::Persian.data().unwrap_or_else(|| unreachable!());
        assert!(is_picture_with_source(&text::fold(caption), data));
        assert!(is_picture_with_source(&text::fold("نمودار تغییرات قیمت دلار در هفته گذشته. منبع: بانک مرکزی"), fa));
        // a paragraph closed by the source of its figures names no picture
        let figures = "Lượng mưa trung bình trong thời gian bão là gần 200 mm. Nguồn: Trung tâm Dự báo khí tượng";
        assert!(!is_picture_with_source(&text::fold(figures), data));
        // … nor is a picture's word inside another one (`ảnh hưởng`, effect)
        let effect = "Ảnh hưởng của bão làm nhiều nhà tốc mái. Nguồn: Ban chỉ huy phòng chống thiên tai";
        assert!(!is_picture_with_source(&text::fold(effect), data));
        // a source named in a sentence is no credit
        let told = "Hình ảnh vụ việc lan truyền trên mạng. Nguồn tin cho biết cơ quan chức năng đang xác minh";
        assert!(!is_picture_with_source(&text::fold(told), data));
        // a source run on past an institution's name is the paragraph's text
        let long = "Bản đồ vùng ảnh hưởng. Nguồn: số liệu được tổng hợp từ nhiều đơn vị khác nhau trên toàn quốc trong nhiều năm qua";
        assert!(!is_picture_with_source(&text::fold(long), data));
    }

    #[test]
    fn a_credited_caption_between_the_headline_and_the_text_is_caption() {
        let title = "HLV Park: Chúng tôi không được để thua khi bị dẫn trước";
        let caption = "HLV Park Hang Seo ăn mừng bàn thắng vào lưới Thái Lan - Ảnh: NGUYỄN KHÁNH";
        let page = format!("{title}\n{caption}\n{VI_PARAGRAPH}\n{VI_PARAGRAPH_2}\n{VI_PARAGRAPH_3}");
        let l = labels(&page, Language::Vietnamese);
        assert_eq!(label_of(&l, caption), Label::Caption);
        // far above the text it is some other picture's, in the page's chrome
        let menu = "Trang chủ\nThể thao\nBóng đá\nVideo";
        let page = format!("{caption}\n{menu}\n{title}\n{VI_PARAGRAPH}\n{VI_PARAGRAPH_2}");
        assert_eq!(label_of(&labels(&page, Language::Vietnamese), caption), Label::Boilerplate);
        // a writer's name before the photographer's credit is the byline
        let byline = "Anh Dũng - Ảnh: Đức Anh";
        let page = format!("{title}\n{byline}\n{VI_PARAGRAPH}\n{VI_PARAGRAPH_2}\n{VI_PARAGRAPH_3}");
        assert_eq!(label_of(&labels(&page, Language::Vietnamese), byline), Label::Byline);
        assert!(!is_credited_byline(caption));
    }

    #[test]
    fn the_first_paragraph_printed_twice_is_the_summary_and_the_lead() {
        let page = format!(
            "Tiêu đề bài viết về bệnh viện tỉnh\n{VI_PARAGRAPH}\n{VI_PARAGRAPH}\n{VI_PARAGRAPH_2}\n{VI_PARAGRAPH_3}"
        );
        let l = labels(&page, Language::Vietnamese);
        let lead_labels: Vec<Label> = l.iter().filter(|(t, _)| t == VI_PARAGRAPH).map(|(_, label)| *label).collect();
        assert_eq!(lead_labels, [Label::Boilerplate, Label::Body]);
        assert_eq!(label_of(&l, VI_PARAGRAPH_2), Label::Body);
    }

    #[test]
    fn a_short_line_printed_twice_ends_the_article_only_above_one_paragraph() {
        let vi = Language::Vietnamese;
        // a picture's alt text and caption, a name and an office, above
        // the paragraphs of the article going on
        let caption = "Giám đốc Sở Y tế Trần Văn Bình";
        let page =
            format!("{VI_PARAGRAPH}\n{VI_PARAGRAPH_4}\n{caption}\n{caption}\n{VI_PARAGRAPH_2}\n{VI_PARAGRAPH_3}");
        let l = labels(&page, vi);
        assert_eq!((label_of(&l, VI_PARAGRAPH_2), label_of(&l, VI_PARAGRAPH_3)), (Label::Body, Label::Body));
        assert_eq!(label_of(&l, caption), Label::Caption);
        // linked articles, each a picture, its title and a one-paragraph
        // summary
        let title = "Bệnh viện tỉnh khánh thành khu điều trị mới";
        let other = "Ngành y tế tỉnh tuyển thêm bác sĩ cho tuyến xã";
        let page = format!(
            "{VI_PARAGRAPH}\n{VI_PARAGRAPH_4}\n{title}\n{title}\n{VI_PARAGRAPH_2}\n{other}\n{other}\n{VI_PARAGRAPH_3}"
        );
        let l = labels(&page, vi);
        assert_eq!(label_of(&l, VI_PARAGRAPH_4), Label::Body);
        assert_eq!(
            (label_of(&l, VI_PARAGRAPH_2), label_of(&l, VI_PARAGRAPH_3)),
            (Label::Boilerplate, Label::Boilerplate)
        );
    }

    #[test]
    fn a_comment_count_under_the_lead_does_not_end_the_article() {
        let vi = Language::Vietnamese;
        let page = format!("{VI_PARAGRAPH}\nBình luận 0\n{VI_PARAGRAPH_2}\n{VI_PARAGRAPH_3}");
        let l = labels(&page, vi);
        assert_eq!((label_of(&l, VI_PARAGRAPH_2), label_of(&l, VI_PARAGRAPH_3)), (Label::Body, Label::Body));
        assert_eq!(label_of(&l, "Bình luận 0"), Label::Boilerplate);
        let page = format!("{VI_PARAGRAPH}\nBình luận (12)\n{VI_PARAGRAPH_2}\n{VI_PARAGRAPH_3}");
        assert_eq!(label_of(&labels(&page, vi), VI_PARAGRAPH_2), Label::Body);
        // after more of the text, or without a count, it heads the comments
        let page = format!("{VI_PARAGRAPH}\n{VI_PARAGRAPH_4}\nBình luận 0\n{VI_PARAGRAPH_2}\n{VI_PARAGRAPH_3}");
        assert_eq!(label_of(&labels(&page, vi), VI_PARAGRAPH_2), Label::Boilerplate);
        let page = format!("{VI_PARAGRAPH}\nBình luận\n{VI_PARAGRAPH_2}\n{VI_PARAGRAPH_3}");
        assert_eq!(label_of(&labels(&page, vi), VI_PARAGRAPH_2), Label::Boilerplate);
    }

    #[test]
    fn audio_player_and_copied_link_labels_are_chrome() {
        let page =
            format!("Giá lúa tăng mạnh ở miền Tây\nNghe bài viết\n{VI_PARAGRAPH}\nĐã sao chép\n{VI_PARAGRAPH_2}");
        let l = labels(&page, Language::Vietnamese);
        assert_eq!(
            (label_of(&l, "Nghe bài viết"), label_of(&l, "Đã sao chép")),
            (Label::Boilerplate, Label::Boilerplate)
        );
        let fa = "قیمت برنج ایرانی در هفته گذشته با افزایش ده درصدی همراه بوده و نگرانی خریداران را بیشتر کرده است.";
        let page = format!("{fa}\nکپی شد!\n{fa} همچنین قیمت روغن ثابت ماند.");
        assert_eq!(label_of(&labels(&page, Language::Persian), "کپی شد!"), Label::Boilerplate);
    }

    #[test]
    fn an_html_box_of_related_links_between_paragraphs_does_not_end_the_article() {
        let paragraphs = [VI_PARAGRAPH, VI_PARAGRAPH_2, VI_PARAGRAPH_3, VI_PARAGRAPH_4];
        for marker in ["<b>Tin liên quan</b>", "<h3>Tin liên quan</h3>"] {
            let page = format!(
                "<html><body><div class=\"detail\"><h1>Giá lúa tăng mạnh ở miền Tây</h1><div class=\"content\">\
                 <p>{}</p><p>{}</p><div class=\"box-tlq\">{marker}<ul><li><a href=\"/1\">Giá gạo xuất khẩu lập đỉnh \
                 mới</a></li><li><a href=\"/2\">Nông dân lo thiếu nước</a></li></ul></div><p>{}</p><p>{}</p></div></div>\
                 </body></html>",
                paragraphs[0], paragraphs[1], paragraphs[2], paragraphs[3]
            );
            let blocks = crate::html::parse(&page).blocks;
            let labelled = labelled(&blocks, &classify(&blocks, Language::Vietnamese.data()));
            for paragraph in paragraphs {
                assert_eq!(label_of(&labelled, paragraph), Label::Body, "{marker}: {paragraph}");
            }
            assert_eq!(label_of(&labelled, "Tin liên quan"), Label::Boilerplate, "{marker}");
        }
        // a marker in a paragraph of its own, set like the text, ends it
        let page = format!(
            "<html><body><div class=\"content\"><p>{}</p><p>{}</p><p>Tin liên quan</p><p>{}</p><p>{}</p></div></body></html>",
            paragraphs[0], paragraphs[1], paragraphs[2], paragraphs[3]
        );
        let blocks = crate::html::parse(&page).blocks;
        let decisions = classify(&blocks, Language::Vietnamese.data()).decisions;
        let label = |text: &str| blocks.iter().zip(&decisions).find(|(b, _)| b.text == text).map(|(_, d)| d.label);
        assert_eq!(label(paragraphs[2]), Some(Label::Boilerplate));
    }

    #[test]
    fn lines_repeated_three_times_are_chrome() {
        let ad = "Mua vàng giá tốt";
        let page = format!("{VI_PARAGRAPH}\n{ad}\n{VI_PARAGRAPH_2}\n{ad}\n{ad}");
        assert_eq!(label_of(&labels(&page, Language::Vietnamese), ad), Label::Boilerplate);
        // a transcript's speaker label comes back at every turn
        let label = "Bác sĩ Minh:";
        let page =
            format!("{VI_PARAGRAPH}\n{label}\n{VI_PARAGRAPH_2}\n{label}\n{VI_PARAGRAPH_3}\n{label}\n{VI_PARAGRAPH_4}");
        assert_eq!(label_of(&labels(&page, Language::Vietnamese), label), Label::Body);
    }

    #[test]
    fn a_speaker_label_used_once_stays_when_the_text_named_its_speaker() {
        let intro =
            "Buổi toạ đàm có sự tham gia của nhà báo Trần Minh và chuyên gia Lê Văn Hùng, được nhiều bạn đọc quan tâm.";
        let page = format!(
            "{intro}\n{VI_PARAGRAPH}\nLê Văn Hùng:\n{VI_PARAGRAPH_2}\nPhạm Thu Hà:\n{VI_PARAGRAPH_3}\nchuyên:\n{VI_PARAGRAPH_4}"
        );
        let l = labels(&page, Language::Vietnamese);
        assert_eq!(label_of(&l, "Lê Văn Hùng:"), Label::Body);
        // a name the text never gave is a fragment, and so is one word,
        // which stands in any text
        assert_eq!(label_of(&l, "Phạm Thu Hà:"), Label::Boilerplate);
        assert_eq!(label_of(&l, "chuyên:"), Label::Boilerplate);
    }

    #[test]
    fn a_blog_archives_next_post_under_the_same_date_line_ends_the_article() {
        let next_title = "Bệnh viện huyện khai trương khoa cấp cứu mới";
        let next_lead =
            "Sáng nay, bệnh viện huyện đã khai trương khoa cấp cứu mới với ba mươi giường bệnh cho người dân.";
        let page = |header: &str, next_header: &str| {
            format!(
                "Bệnh viện tỉnh tổng kết năm\n{header}\n{VI_PARAGRAPH}\n{VI_PARAGRAPH_2}\n20:16\n{next_title}\n{next_header}\n{next_lead}"
            )
        };
        let l = labels(
            &page("Viết bởi Minh Anh on 12 tháng 4, 2013 | 17:51", "Viết bởi Minh Anh on 11 tháng 4, 2013 | 20:16"),
            Language::Vietnamese,
        );
        assert_eq!(label_of(&l, VI_PARAGRAPH_2), Label::Body);
        assert_eq!(label_of(&l, next_title), Label::Boilerplate);
        assert_eq!(label_of(&l, next_lead), Label::Boilerplate);
        // a bare date is the shape of any date, which an article may print
        // again above a part
        let l = labels(&page("12/04/2013 17:51", "11/04/2013 20:16"), Language::Vietnamese);
        assert_eq!(label_of(&l, next_lead), Label::Body);
        // and a date line of another shape is no post's
        let l = labels(
            &page("Viết bởi Minh Anh on 12 tháng 4, 2013 | 17:51", "Cập nhật ngày 11 tháng 4, 2013"),
            Language::Vietnamese,
        );
        assert_eq!(label_of(&l, next_lead), Label::Body);
    }

    #[test]
    fn a_name_and_a_colon_over_a_caption_is_the_pictures_alt_text() {
        let intro = "Bộ trưởng Lê Văn Hùng nhấn mạnh, bệnh viện tỉnh phải hoàn thành khu điều trị mới trong năm nay.";
        let caption = "Thứ trưởng Trần Minh phát biểu tại hội nghị. Ảnh: TTXVN";
        let page = format!("{intro}\n{VI_PARAGRAPH}\nBộ trưởng Lê Văn Hùng:\n{caption}\n{VI_PARAGRAPH_2}");
        let l = labels(&page, Language::Vietnamese);
        assert_eq!(label_of(&l, "Bộ trưởng Lê Văn Hùng:"), Label::Caption);
        // the speech a verb announces over a picture goes on after it
        let page = format!("{intro}\n{VI_PARAGRAPH}\nÔng Hùng cho biết:\n{caption}\n{VI_PARAGRAPH_2}");
        let l = labels(&page, Language::Vietnamese);
        assert_eq!(label_of(&l, "Ông Hùng cho biết:"), Label::Body);
    }

    #[test]
    fn related_news_cards_end_the_article() {
        let title = "Bệnh viện tỉnh khánh thành khu điều trị mới";
        let teaser =
            "Sáng nay, bệnh viện tỉnh đã khánh thành khu điều trị mới với hơn hai trăm giường bệnh cho người dân.";
        let page = format!("{VI_PARAGRAPH}\n{VI_PARAGRAPH_2}\n{title}\n{title}\n{teaser}");
        let l = labels(&page, Language::Vietnamese);
        assert_eq!(label_of(&l, teaser), Label::Boilerplate);
        assert_eq!(label_of(&l, VI_PARAGRAPH_2), Label::Body);
    }

    #[test]
    fn a_title_in_square_brackets_between_paragraphs_is_a_related_link() {
        let link = "[Tỷ giá ngoại tệ \"trôi về đâu\" trong dòng xoáy chiến tranh thương mại]";
        let note = "[Bài viết thể hiện quan điểm riêng của tác giả, không phải của tòa soạn.]";
        let aside = "[Ông nói thêm rằng] giá vàng sẽ còn tăng mạnh trong những tháng cuối năm nay.";
        let page = format!("{VI_PARAGRAPH}\n{link}\n{VI_PARAGRAPH_2}\n{aside}\n{VI_PARAGRAPH_3}\n{note}");
        let l = labels(&page, Language::Vietnamese);
        assert_eq!(label_of(&l, link), Label::Boilerplate);
        assert_eq!(label_of(&l, note), Label::Boilerplate);
        assert_eq!(label_of(&l, aside), Label::Body);
        assert_eq!(label_of(&l, VI_PARAGRAPH_2), Label::Body);
        assert!(is_bracketed_title("[Xem thêm]"));
        for line in ["[1]", "[…]", "[a] và [b]", "Giá vàng [tăng]", "[Giá vàng"] {
            assert!(!is_bracketed_title(line), "{line}");
        }
    }

    #[test]
    fn subheadings_stay_and_captions_go() {
        let page = format!(
            "{VI_PARAGRAPH}\nKết quả nổi bật trong năm\n{VI_PARAGRAPH_2}\nanh-1.jpg\nQuang cảnh hội nghị.\n\n\nĐại biểu dự lễ khai trương\n\n{VI_PARAGRAPH_3}\nanh-2.jpg\n{VI_CAPTION}\n{VI_PARAGRAPH_4}"
        );
        let l = labels(&page, Language::Vietnamese);
        assert_eq!(label_of(&l, "Kết quả nổi bật trong năm"), Label::Heading);
        assert_eq!(label_of(&l, "anh-1.jpg"), Label::Boilerplate);
        assert_eq!(label_of(&l, "Quang cảnh hội nghị."), Label::Caption);
        assert_eq!(label_of(&l, "Đại biểu dự lễ khai trương"), Label::Caption);
        assert_eq!(label_of(&l, VI_CAPTION), Label::Caption, "a full sentence after an image is its caption");
        // a crawl that doubles or triples every line break sets every line
        // apart: only the gap wider than the one between paragraphs is extra
        for breaks in ["\n\n", "\n\n\n"] {
            assert_eq!(labels(&page.replace('\n', breaks), Language::Vietnamese), l, "{breaks:?}");
        }
        // one paragraph set apart as widely does not widen the page's gap
        let page = format!(
            "{VI_PARAGRAPH}\n{VI_PARAGRAPH_2}\n\n\nĐại biểu dự lễ khai trương\n{VI_PARAGRAPH_3}\n\n\n{VI_PARAGRAPH_4}\n{VI_CAPTION}"
        );
        let l = labels(&page, Language::Vietnamese);
        assert_eq!(label_of(&l, "Đại biểu dự lễ khai trương"), Label::Caption);
        assert_eq!(label_of(&l, VI_PARAGRAPH_4), Label::Body);
    }

    #[test]
    fn a_line_in_capitals_over_a_paragraph_of_the_article_is_a_subheading() {
        let heading = "ĐẦU TƯ MẠNH CHO KỸ THUẬT MỚI";
        let banner = "CHÀO MỪNG ĐẾN VỚI CỔNG THÔNG TIN";
        let page = format!(
            "{banner}\n{VI_PARAGRAPH}\n{VI_PARAGRAPH_2}\n{heading}\n{VI_PARAGRAPH_3}\n{VI_PARAGRAPH_4}\nTHÔNG TIN LIÊN HỆ CỦA BỆNH VIỆN"
        );
        let l = labels(&page, Language::Vietnamese);
        assert_eq!(label_of(&l, heading), Label::Heading);
        // above the text, or under its last paragraph, it is the site's
        assert_eq!(label_of(&l, banner), Label::Boilerplate);
        assert_eq!(label_of(&l, "THÔNG TIN LIÊN HỆ CỦA BỆNH VIỆN"), Label::Boilerplate);
        // over a line that is no prose it heads no part of the text
        let page = format!("{VI_PARAGRAPH}\n{VI_PARAGRAPH_2}\n{heading}\nHà Nội\n{VI_PARAGRAPH_3}\n{VI_PARAGRAPH_4}");
        assert_eq!(label_of(&labels(&page, Language::Vietnamese), heading), Label::Boilerplate);
    }

    #[test]
    fn a_pictures_markup_left_in_the_text_is_no_paragraph() {
        let caption = "Quang cảnh buổi lễ khánh thành bệnh viện mới của tỉnh.";
        for markup in [
            "<img src=\"/anh/le-khanh-thanh.jpg\" alt=\"Lễ khánh thành bệnh viện mới của tỉnh với nhiều đại biểu tham dự\">",
            "<image>/anh/le-khanh-thanh.jpg alt=\"Lễ khánh thành bệnh viện mới của tỉnh với nhiều đại biểu tham dự\"</image>",
            "![Lễ khánh thành bệnh viện mới của tỉnh với nhiều đại biểu tham dự](https://example.vn/anh/1.jpg) |",
        ] {
            let page =
                format!("{VI_PARAGRAPH}\n{VI_PARAGRAPH_2}\n{markup}\n{caption}\n{VI_PARAGRAPH_3}\n{VI_PARAGRAPH_4}");
            let l = labels(&page, Language::Vietnamese);
            assert_eq!(label_of(&l, markup), Label::Boilerplate, "{markup}");
            assert_eq!(label_of(&l, caption), Label::Caption, "{markup}");
        }
        // a sentence about pictures is no markup
        assert!(!is_picture_markup("<Ảnh> là chuyên mục mới của báo, ra mắt hôm nay (số 1)"));
        assert!(!is_picture_markup("![Ảnh] chưa tải được (lỗi mạng)"));
        // a link is no picture (and chrome by its own rules)
        assert!(!is_picture_markup("[Xem thêm](https://example.vn/tin-moi)"));
        // nor is an element with the caption's text run on after it
        assert!(!is_picture_markup("<img src=\"1.jpg\"> Người dân chờ xe tại bến xe Mỹ Đình."));
        assert!(!is_picture_markup("![Ảnh](1.jpg) Người dân chờ xe tại bến xe (Mỹ Đình)."));
    }

    #[test]
    fn a_paragraph_under_a_picture_cut_into_sentences_is_no_caption() {
        // a short page, its lines cut into sentences: the first sentence
        // under the picture runs on in its line, and is the paragraph's
        let markup = "<image>/anh/hop-bao.jpg alt=\"\"</image>";
        let first = "Ông Nguyễn Văn An, Giám đốc Sở Y tế, nói: “Chúng tôi đã kiểm soát được dịch bệnh trên toàn tỉnh.”";
        let second = "Ông cho biết thêm: “Các bệnh viện đều đã sẵn sàng tiếp nhận bệnh nhân trong những ngày tới.”";
        let page = format!("Sở Y tế họp báo về dịch bệnh\n{markup}\n{first} {second}");
        let l = labels(&page, Language::Vietnamese);
        assert_eq!(label_of(&l, first), Label::Body, "{l:?}");
        // … where a line of its own under it is the picture's caption
        let page = format!("Sở Y tế họp báo về dịch bệnh\n{markup}\n{first}\n{second}");
        let l = labels(&page, Language::Vietnamese);
        assert_eq!(label_of(&l, first), Label::Caption, "{l:?}");
    }

    #[test]
    fn an_image_slug_is_chrome_and_the_line_after_it_a_caption() {
        let caption =
            "Công nhân đi bộ về trung tâm thị xã từ nơi ở của họ tại khu vực nhà máy ở Hà Tĩnh hôm 3/12/2015.";
        let page = format!("{VI_PARAGRAPH}\n{VI_PARAGRAPH_2}\nvn1\n{caption}\n{VI_PARAGRAPH_3}\n{VI_PARAGRAPH_4}");
        let l = labels(&page, Language::Vietnamese);
        assert_eq!(label_of(&l, "vn1"), Label::Boilerplate);
        assert_eq!(label_of(&l, caption), Label::Caption);
        // a word without a digit, or with capitals only, is no slug
        assert!(!is_image_file_name("COVID-19"));
        assert!(!is_image_file_name("Formosa"));
        assert!(is_image_file_name("anh-2"));
        // nor is a long run, a code or a link's tail
        assert!(!is_image_file_name("mth-45312607050601202"));
        // three words or more joined are a slug with no digit, a name
        // stripped of its diacritics: the line under it is the caption
        let caption = "Bộ trưởng Bộ Công thương Trần Tuấn Anh trả lời chất vấn của các đại biểu.";
        let page =
            format!("{VI_PARAGRAPH}\n{VI_PARAGRAPH_2}\nTran-Tuan-Anh\n{caption}\n{VI_PARAGRAPH_3}\n{VI_PARAGRAPH_4}");
        let l = labels(&page, Language::Vietnamese);
        assert_eq!(label_of(&l, caption), Label::Caption);
        assert!(is_image_file_name("le_khai_mac"));
        // two joined words are a compound, and a run of many a link's tail
        assert!(!is_image_file_name("Check-in"));
        assert!(!is_image_file_name("Tran--Anh"));
        assert!(!is_image_file_name("thu-tuong-chu-tri-hoi-nghi-truc-tuyen-toan-quoc"));
        // words in capitals only are an acronym's parts
        assert!(!is_image_file_name("TP-HCM-ATGT"));
    }

    #[test]
    fn comment_prompts_are_chrome_even_when_they_read_like_prose() {
        let fa =
            "در این جلسه که با حضور شهردار تهران برگزار شد، مسئولان حوزه بهداشت و درمان کشور درباره همکاری گفتگو کردند.";
        let prompt = "دیدگاه های ارسال شده توسط شما، پس از تایید توسط سایت در وب منتشر خواهد شد.";
        let l = labels(&format!("{fa}\n{prompt}"), Language::Persian);
        assert_eq!(label_of(&l, fa), Label::Body);
        assert_eq!(label_of(&l, prompt), Label::Boilerplate);
    }

    #[test]
    fn a_writers_signature_under_a_paragraph_ends_the_article_before_other_prose() {
        let teaser = "Một người đàn ông ở Đồng Nai vừa bị bắt vì lừa bán đất nền cho hàng chục khách hàng, chiếm đoạt hơn 20 tỷ đồng.";
        let page = format!("{VI_PARAGRAPH}\n\n{VI_PARAGRAPH_2}\n\nLê Huân\n\n{teaser}");
        let l = labels(&page, Language::Vietnamese);
        assert_eq!(label_of(&l, "Lê Huân"), Label::Byline);
        assert_eq!(label_of(&l, teaser), Label::Boilerplate);
        assert_eq!(label_of(&l, VI_PARAGRAPH_2), Label::Body);
        // a name the article gives elsewhere, maybe in part, is the person
        // it is about …
        let named = format!("Ông Huân cho biết {VI_PARAGRAPH_3}");
        let page = format!("{VI_PARAGRAPH}\n\n{VI_PARAGRAPH_2}\n\nLê Huân\n\n{named}");
        assert_eq!(label_of(&labels(&page, Language::Vietnamese), &named), Label::Body);
        // … names heading each part of the article sign nothing …
        let page = format!("{VI_PARAGRAPH}\n\nLê Huân\n\n{VI_PARAGRAPH_2}\n\nTrần Minh\n\n{teaser}");
        assert_eq!(label_of(&labels(&page, Language::Vietnamese), teaser), Label::Body);
        // … and so do the writer's initials
        let page = format!("{VI_PARAGRAPH}\n\n{VI_PARAGRAPH_2}\n\nP.T\n\n{teaser}");
        let l = labels(&page, Language::Vietnamese);
        assert_eq!((label_of(&l, "P.T"), label_of(&l, teaser)), (Label::Byline, Label::Boilerplate));
        // a short closing sentence may stand over the name
        let closing = "Phiên tòa kéo dài hai ngày.";
        let page = format!("{VI_PARAGRAPH}\n\n{VI_PARAGRAPH_2}\n\n{closing}\n\nLê Huân\n\n{teaser}");
        assert_eq!(label_of(&labels(&page, Language::Vietnamese), teaser), Label::Boilerplate);
        // … but a name under a line that ends no sentence signs nothing
        let above = VI_PARAGRAPH_2.trim_end_matches('.');
        let page = format!("{VI_PARAGRAPH}\n\n{above}\n\nLê Huân\n\n{teaser}");
        assert_eq!(label_of(&labels(&page, Language::Vietnamese), teaser), Label::Body);
        // … nor do Latin words in title case under Persian prose: a button
        let fa = "وزیر نیرو امروز در جمع خبرنگاران از آغاز ساخت سه نیروگاه جدید در جنوب کشور خبر داد.";
        let fa_2 = "وی افزود که جدول خاموشی هر روز در سامانه منتشر می‌شود و مردم می‌توانند آن را ببینند.";
        let page = format!("{fa}\n\n{fa} {fa}\n\nRead Full Article\n\n{fa_2}");
        assert_eq!(label_of(&labels(&page, Language::Persian), fa_2), Label::Body);
    }

    #[test]
    fn an_office_and_a_name_alone_between_paragraphs_caption_a_portrait() {
        // (some sites close a caption with a full stop)
        for caption in
            ["Giám đốc Sở Y tế tỉnh Lào Cai Nguyễn Văn Hùng", "Giám đốc Sở Y tế tỉnh Lào Cai Nguyễn Văn Hùng."]
        {
            let page = format!("{VI_PARAGRAPH}\n\n{caption}\n\n{VI_PARAGRAPH_2}\n\n{VI_PARAGRAPH}");
            assert_eq!(label_of(&labels(&page, Language::Vietnamese), caption), Label::Caption, "{caption}");
        }
        // a subheading says something, and a name alone may sign a part;
        // a sentence says something of the person
        for line in [
            "Nâng cao chất lượng khám chữa bệnh",
            "Nguyễn Văn Hùng",
            "Giám đốc Sở Y tế tỉnh Lào Cai Nguyễn Văn Hùng đã nghỉ hưu.",
        ] {
            let page = format!("{VI_PARAGRAPH}\n\n{line}\n\n{VI_PARAGRAPH_2}\n\n{VI_PARAGRAPH}");
            assert_ne!(label_of(&labels(&page, Language::Vietnamese), line), Label::Caption, "{line}");
        }
        // … but a full name alone over the paragraph that introduces the
        // person is the portrait's
        let fa = [
            "وزیر نیرو در پاسخ به سؤال خبرنگاران درباره قطعی برق گفت: مصرف امسال بی‌سابقه بوده است.",
            "به گزارش ایرنا، علی‌اکبر محرابیان وزیر نیرو در پایان جلسه امروز هیئت دولت این را گفت.",
            "وی افزود که جدول خاموشی هر روز در سامانه منتشر می‌شود و مردم می‌توانند آن را ببینند.",
        ];
        let page = format!("{}\n\nعلی‌اکبر محرابیان\n\n{}\n\n{}", fa[0], fa[1], fa[2]);
        assert_eq!(label_of(&labels(&page, Language::Persian), "علی‌اکبر محرابیان"), Label::Caption);
        let page = format!("{}\n\nعلی‌اکبر محرابیان\n\n{}\n\n{}", fa[0], fa[2], fa[1]);
        assert_ne!(label_of(&labels(&page, Language::Persian), "علی‌اکبر محرابیان"), Label::Caption);
        // … and so is a name with its honorific under the paragraph that
        // gives it; without the honorific it may sign the part above
        let about = "Bị cáo Phạm Trung Kiên cho rằng đề nghị án tử hình là quá nặng và xin được giảm nhẹ hình phạt.";
        for (line, caption) in [("Bị cáo Phạm Trung Kiên.", true), ("Phạm Trung Kiên", false)] {
            let page = format!("{VI_PARAGRAPH}\n\n{about}\n\n{line}\n\n{VI_PARAGRAPH_2}\n\n{VI_PARAGRAPH}");
            assert_eq!(label_of(&labels(&page, Language::Vietnamese), line) == Label::Caption, caption, "{line}");
        }
        let page = format!("{VI_PARAGRAPH}\n\nBị cáo Phạm Trung Kiên.\n\n{VI_PARAGRAPH_2}\n\n{VI_PARAGRAPH}");
        assert_ne!(label_of(&labels(&page, Language::Vietnamese), "Bị cáo Phạm Trung Kiên."), Label::Caption);
        // a subheading whose words the paragraph takes up is no name, and
        // a given name alone is a fragment, or heads the part of a story
        // about that person
        for (heading, paragraph) in [
            ("مریم", "مریم سی و پنج سال دارد و ده سال است که در این کارگاه خیاطی کار می‌کند و خرج خانه را می‌دهد."),
            ("بازار ارز", "بازار ارز امروز با کاهش قیمت دلار همراه بود و معامله‌گران منتظر تصمیم بانک مرکزی ماندند."),
            ("تورم", "تورم ماهانه در مهر امسال به سه درصد رسید و کالاهای خوراکی بیشترین افزایش را داشتند."),
        ] {
            let page = format!("{}\n\n{heading}\n\n{paragraph}\n\n{}", fa[0], fa[2]);
            assert_ne!(label_of(&labels(&page, Language::Persian), heading), Label::Caption, "{heading}");
        }
    }

    #[test]
    fn a_qualified_byline_cue_before_a_name_is_a_byline() {
        let fa = [
            "وزیر نیرو امروز در جمع خبرنگاران از آغاز ساخت سه نیروگاه جدید در جنوب کشور خبر داد.",
            "به گفته وی این نیروگاه‌ها تا دو سال آینده به شبکه سراسری برق متصل خواهند شد.",
        ];
        for (line, label) in [
            ("دانش‌آموز خبرنگار: مریم احمدی", Label::Byline),
            // the qualified cue before no name: a label of the text
            ("متن گزارش: سه نیروگاه", Label::Boilerplate),
        ] {
            let l = labels(&format!("{}\n{}\n{line}\nارسال یک پاسخ", fa[0], fa[1]), Language::Persian);
            assert_eq!(l.iter().find(|(t, _)| t == line).map(|(_, label)| *label), Some(label), "{line}");
        }
    }

    #[test]
    fn an_interviewers_short_question_under_the_reporters_label_is_no_byline() {
        let page = [
            "علی رضایی مدیر موزه هنرهای معاصر در گفت‌وگو با خبرنگار ما از نمایشگاه تازه موزه سخن گفت.",
            "خبرنگار: نمایشگاه شما چند روز دیگر افتتاح می‌شود. چه آثاری در آن هست؟",
            "رضایی: بیست تابلو از کارهای دو سال اخیرم را به نمایش می‌گذارم که بیشترشان منظره هستند.",
            "خبرنگار: آیا کار تازه‌ای در دست دارید؟",
            "رضایی: مجموعه‌ای درباره دریا را شروع کرده‌ام که امیدوارم سال آینده تمام شود.",
        ];
        let l = labels(&page.join("\n"), Language::Persian);
        assert_eq!(label_of(&l, page[3]), Label::Body);
        // the same label before a name is the writer's
        let signed = format!("{}\nخبرنگار: مریم احمدی\nارسال نظر", page[..3].join("\n"));
        assert_eq!(label_of(&labels(&signed, Language::Persian), "خبرنگار: مریم احمدی"), Label::Byline);
    }

    /// A flattened page's text: one distinct sentence a year, each ending
    /// with a space.
    fn vi_yearly_sentences(years: std::ops::Range<i32>) -> String {
        years
            .map(|year| format!("Trong năm {year}, bệnh viện đã thực hiện hơn một nghìn ca phẫu thuật và được người dân đánh giá cao. "))
            .collect()
    }

    #[test]
    fn a_sentence_opening_with_a_markers_words_does_not_end_a_flattened_article() {
        let sentences = vi_yearly_sentences(2010..2020);
        let notable =
            "Nổi bật là công tác khám, chữa bệnh cho Nhân dân được triển khai đồng bộ từ tuyến huyện đến cơ sở.";
        let after = "Trung tâm cũng đã tiến hành phẫu thuật hơn ba trăm ca và nhiều thủ thuật khác cho người bệnh.";
        let l = labels(&format!("Tiêu đề\n{sentences}{notable} {after}"), Language::Vietnamese);
        assert_eq!(label_of(&l, notable), Label::Body);
        assert_eq!(label_of(&l, after), Label::Body);
        // the marker run on into the titles after it still ends it, the
        // related article's sentences after it too
        let box_ = "Tin liên quan Bệnh viện tỉnh khánh thành khu điều trị mới Sở Y tế cho biết năm nay sẽ đầu tư thêm nhiều thiết bị.";
        let related = "Các bệnh viện tuyến huyện cũng được nâng cấp để phục vụ người dân tốt hơn trong năm tới.";
        let l = labels(&format!("Tiêu đề\n{sentences}{box_} {related}"), Language::Vietnamese);
        assert_eq!(label_of(&l, box_), Label::Boilerplate);
        assert_eq!(label_of(&l, related), Label::Boilerplate);
        // a short marker line is one, whatever the case of its words
        let l =
            labels(&format!("{VI_PARAGRAPH}\n{VI_PARAGRAPH_2}\nTin liên quan khác\n{related}"), Language::Vietnamese);
        assert_eq!(label_of(&l, related), Label::Boilerplate);
    }

    #[test]
    fn a_commentarys_disclaimer_under_it_is_a_signature() {
        let disclaimer = "Bài viết thể hiện quan điểm riêng của Phó Giáo Sư, Tiến sĩ Phạm Quý Thọ từ Học viện Chính sách & Phát triển.";
        // a flattened page: the disclaimer continues the article's last line
        let article = vi_yearly_sentences(2010..2024);
        let article = article.trim_end();
        let l = labels(&format!("Tiêu đề bài viết\n{article} {disclaimer}"), Language::Vietnamese);
        assert_eq!(label_of(&l, disclaimer), Label::Byline);
        let last = "Trong năm 2023, bệnh viện đã thực hiện hơn một nghìn ca phẫu thuật và được người dân đánh giá cao.";
        assert_eq!(label_of(&l, last), Label::Body);
        // an ordinary last sentence there is the article's
        let closing = "Bài viết của ông được nhiều người đọc và chia sẻ trên mạng xã hội.";
        let l = labels(&format!("Tiêu đề bài viết\n{article} {closing}"), Language::Vietnamese);
        assert_eq!(label_of(&l, closing), Label::Body);
        // on a line of its own, in Persian, with the tanwin or without
        let paragraphs = [
            "وزیر نیرو با اشاره به برنامه‌های وزارتخانه برای تابستان آینده گفت که مصرف برق با همکاری مردم و صنایع مدیریت خواهد شد.",
            "وی افزود که ظرفیت تولید برق کشور در سال جاری بیش از چهار هزار مگاوات افزایش یافته است و این روند ادامه دارد.",
        ];
        for disclaimer in ["این یادداشت لزوماً بیانگر دیدگاه سردبیری نیست.", "این مقاله نظر شخصی نویسنده است."]
        {
            let l = labels(&format!("{}\n{disclaimer}\nارسال نظر", paragraphs.join("\n")), Language::Persian);
            assert_eq!(label_of(&l, disclaimer), Label::Byline, "{disclaimer}");
        }
        // the only prose of a page is its text, whatever it says
        let only = "Bài viết thể hiện quan điểm riêng của tác giả về chính sách thuế và các đề xuất sửa đổi luật.";
        assert_eq!(label_of(&labels(&format!("Tiêu đề\n{only}\nChia sẻ"), Language::Vietnamese), only), Label::Body);
        // a paragraph quoting one is longer than any
        let quoting = format!("{} او افزود که این نظر شخصی نویسنده است و {}", paragraphs[0], paragraphs[1]);
        let l = labels(&format!("{}\n{quoting}\nارسال نظر", paragraphs.join("\n")), Language::Persian);
        assert_eq!(label_of(&l, &quoting), Label::Body);
    }

    #[test]
    fn a_signature_after_the_article_is_a_byline() {
        let page = format!("{VI_PARAGRAPH}\n{VI_PARAGRAPH_2}\n\nĐậu Bình\nChia sẻ\nCopy link thành công\n\nTags:");
        let l = labels(&page, Language::Vietnamese);
        assert_eq!(label_of(&l, "Đậu Bình"), Label::Byline);
        // words in lower case are no name: a button's label
        assert_eq!(label_of(&l, "Chia sẻ"), Label::Boilerplate);
        assert_eq!(label_of(&l, "Copy link thành công"), Label::Boilerplate);
        // a blog theme's comment prompt in English, capitalised as a name
        let page =
            format!("{VI_PARAGRAPH}\n{VI_PARAGRAPH_2}\n\nLeave A Reply\n\nYour email address will not be published.");
        let l = labels(&page, Language::Vietnamese);
        assert_eq!(label_of(&l, "Leave A Reply"), Label::Boilerplate);
        let page = format!("{VI_PARAGRAPH}\nTin, ảnh: Trung Thành\nHôm nay : 56");
        let l = labels(&page, Language::Vietnamese);
        assert_eq!(label_of(&l, "Tin, ảnh: Trung Thành"), Label::Byline);
        assert_eq!(label_of(&l, "Hôm nay : 56"), Label::Boilerplate);
        // writers signing in capitals, their names set apart by a dash
        let page = format!(
            "{VI_PARAGRAPH}\n{VI_PARAGRAPH_2}\nĐọc tiếp Về trang Chủ đề\nNHẬT XUÂN - NGHI VŨ\nCHIA SẺ BÀI VIẾT NÀY NGAY"
        );
        let l = labels(&page, Language::Vietnamese);
        assert_eq!(label_of(&l, "NHẬT XUÂN - NGHI VŨ"), Label::Byline);
        assert_eq!(label_of(&l, "CHIA SẺ BÀI VIẾT NÀY NGAY"), Label::Boilerplate);
        // a dash is no name, nor a line of them
        assert!(!is_signature("- Nam", "- nam", 1) && !is_signature("Nam - -", "nam - -", 1));
        assert!(!is_signature("Hà - Nội -", "hà - nội -", 2));
        assert!(is_signature("NHẬT XUÂN - NGHI VŨ", "nhật xuân - nghi vũ", 4));
        for initials in ["P.T", "N.T.H", "T.Hà", " Q.Anh "] {
            assert!(is_initials(initials), "{initials}");
        }
        // an acronym, a stop alone, a number, a word in lower case
        for other in ["TP.HCM", "TP.Huế", "t.Hà", "P.", "T", "U.23", "T.hà", "T.HÀ", "A.B.C.D.E", "Đ.Hà-Nội"] {
            assert!(!is_initials(other), "{other}");
        }
    }

    #[test]
    fn photo_credits_mark_captions() {
        // a credit in capitals run into the caption with a space only
        assert!(ends_with_capitals_credit("Đại biểu Phạm Trọng Nhân tại buổi tiếp xúc cử tri ẢNH: ĐỖ TRƯỜNG"));
        for line in [
            "ẢNH: ĐỖ TRƯỜNG",
            "Người dân xem những bức hình ảnh: rất đẹp",
            "Bà Lan bên con đường mới Ảnh: Trung Tân và các bạn",
            "Tình hình dịch bệnh CẬP NHẬT: số ca mắc giảm",
            "Đoàn công tác kiểm tra hiện trường ẢNH:",
        ] {
            assert!(!ends_with_capitals_credit(line), "{line}");
        }
        let caption = "Đại biểu Phạm Trọng Nhân tại buổi tiếp xúc cử tri ẢNH: ĐỖ TRƯỜNG";
        let page = format!("{VI_PARAGRAPH}\n{caption}\n{VI_PARAGRAPH_2}\n{VI_PARAGRAPH_3}");
        assert_eq!(label_of(&labels(&page, Language::Vietnamese), caption), Label::Caption);
        assert!(ends_with_photo_credit(&text::fold("Chiến sự đẩy giá hoa - Ảnh 2.")));
        assert!(ends_with_photo_credit(&text::fold("HLV trả lời sau trận đấu (Clip: Quốc An)")));
        assert!(!ends_with_photo_credit(&text::fold("Cháy lớn tại khu công nghiệp (Video)")));
        assert!(ends_with_photo_credit(&text::fold("Một bó hoa hồng dao động từ 400.000 đồng - Ảnh: H.Y.T.")));
        assert!(ends_with_photo_credit(&text::fold("Lễ khai trương bệnh viện (Ảnh: TTXVN)")));
        assert!(ends_with_photo_credit(&text::fold("Chính sách mới có hiệu lực từ tháng 3/2026- Ảnh 1.")));
        assert!(!ends_with_photo_credit(&text::fold("Giá vàng giảm - ảnh hưởng của thị trường thế giới là rất lớn")));
        assert!(ends_with_bracketed_credit("Nghi sau khi bị tạm giữ (Ảnh TN)"));
        assert!(ends_with_bracketed_credit("Hiện trường vụ tai nạn (ảnh Nguyễn Hưng) "));
        assert!(!ends_with_bracketed_credit("Giá lúa giảm mạnh (ảnh hưởng từ thời tiết)"));
        assert!(!ends_with_bracketed_credit("Hiện trường vụ tai nạn (ảnh)"));
        // a source credited in brackets is no photo credit
        assert!(!ends_with_bracketed_credit("Giá xăng tăng lần thứ ba trong tháng (Theo TTXVN)"));
        assert!(!ends_with_photo_credit(&text::fold("Ông nói về ảnh.")));
        // after the caption's full stop, with its colon
        assert!(ends_with_photo_credit(&text::fold("Y bác sĩ nội soi cho bệnh nhân. Ảnh: Bệnh viện cung cấp")));
        assert!(!ends_with_photo_credit(&text::fold("Giá vàng giảm mạnh. Ảnh hưởng của thị trường thế giới")));
        assert!(!ends_with_photo_credit(&text::fold("Giá vàng giảm mạnh. Ảnh 2")));
        // … glued to the stop, as crawls join the two
        assert!(ends_with_photo_credit(&text::fold("Y bác sĩ nội soi cho bệnh nhân.Ảnh: Bệnh viện cung cấp")));
        assert!(!ends_with_photo_credit(&text::fold("Giá vàng giảm mạnh.Ảnh hưởng của thị trường thế giới")));
        // or as an illustration
        assert!(ends_with_photo_credit(&text::fold("Nhiều ý kiến phản đối dự án. Ảnh minh họa.")));
        assert!(ends_with_photo_credit(&text::fold("Người dân xếp hàng mua vàng. Hình minh hoạ")));
        // … or a still from a clip, a screenshot
        assert!(ends_with_photo_credit(&text::fold("Nữ sinh bị đánh trong lớp học. Ảnh cắt từ clip.")));
        assert!(ends_with_photo_credit(&text::fold("Đoạn đường bị sạt lở. Ảnh chụp màn hình")));
        assert!(!ends_with_photo_credit(&text::fold("Giá vàng giảm mạnh. Ảnh chụp hôm qua cho thấy điều đó")));
        // … glued to the number of the picture its alt text ran into
        assert!(ends_with_photo_credit(&text::fold("Giá vàng tăng mạnh ảnh 1Ảnh minh họa.")));
        assert!(!ends_with_photo_credit(&text::fold("Bài viết này có sử dụng ảnh minh họa")));
        assert!(!ends_with_photo_credit(&text::fold("Giá vàng tăng mạnh ảnh 1Ảnh chụp")));
        // … and followed by the picture's source in brackets
        assert!(ends_with_photo_credit(&text::fold("Giá vàng tăng mạnh. Ảnh minh họa. (Nguồn: TTXVN)")));
        assert!(ends_with_photo_credit(&text::fold("Giá vàng tăng mạnh ảnh 1Ảnh minh họa. (Nguồn: TTXVN)")));
        assert!(ends_with_photo_credit(&text::fold("Giá vàng tăng mạnh - Ảnh: Hải Nam (nguồn : VGP)")));
        assert!(ends_with_photo_credit(&text::fold("بازار ارز تهران (عکس: ایسنا) (منبع: ایرنا)")));
        assert!(!ends_with_photo_credit(&text::fold("Xuất khẩu gạo tăng 10%. (Nguồn: Tổng cục Thống kê)")));
        // a picture's caption in a table cell, with or without its credit
        assert!(ends_with_photo_credit(&text::fold("Bộ trưởng Nguyễn Văn An. Ảnh: VGP. |")));
        assert!(is_caption_cell("hlv trần văn nam trả lời họp báo sau trận đấu |", 10));
        assert!(!is_caption_cell("trang chủ | thời sự | thể thao |", 6));
        assert!(!is_caption_cell("tin mới |", 2));
        // a caption cell between the article's paragraphs
        let cell = "Giám đốc bệnh viện trao đổi với phóng viên sau buổi lễ tổng kết |";
        let text = format!("{VI_PARAGRAPH}\n\n{cell}\n\n{VI_PARAGRAPH_2}\n\n{VI_PARAGRAPH_3}");
        assert_eq!(label_of(&labels(&text, Language::Vietnamese), cell), Label::Caption);
    }

    #[test]
    fn a_cue_labelling_a_headline_marks_the_line() {
        let label = "XEM THÊM: Giá vàng hôm nay lao dốc sau chuỗi ngày tăng mạnh";
        let run_on = "Xem thêm: Giá vàng lao dốc. Thị trường vẫn chờ quyết định của ngân hàng trung ương.";
        let page = format!("{VI_PARAGRAPH}\n{label}\n{VI_PARAGRAPH_2}\n{run_on}\n{VI_PARAGRAPH_3}");
        let l = labels(&page, Language::Vietnamese);
        assert_eq!(label_of(&l, label), Label::Boilerplate);
        assert_eq!(label_of(&l, VI_PARAGRAPH_2), Label::Body);
        // ending a sentence, the line may hold the article's own text
        assert_eq!(label_of(&l, run_on), Label::Body);
        // a see-also link runs on with its titles, however many, colon or not
        let see_also = "Xem thêm chuyên đề 'Đảng Cộng sản và hội nghị trung ương 5: 'Gay cấn trước Hội nghị Trung ương 5' 'Khó đoán kết quả bỏ phiếu ở Hội nghị Trung ương 5'";
        let l = labels(&format!("{VI_PARAGRAPH}\n{VI_PARAGRAPH_2}\n{see_also}"), Language::Vietnamese);
        assert_eq!(label_of(&l, see_also), Label::Boilerplate);
        assert_eq!(label_of(&l, VI_PARAGRAPH_2), Label::Body);
        let fa =
            "در این جلسه که با حضور شهردار تهران برگزار شد، مسئولان حوزه بهداشت و درمان کشور درباره همکاری گفتگو کردند.";
        let fa_label = "بیشتر بخوانید: کاهش مصرف آب در پایتخت";
        let l = labels(&format!("{fa}\n{fa_label}\n{fa}"), Language::Persian);
        assert_eq!(label_of(&l, fa_label), Label::Boilerplate);
        // the label alone on its line links the titles on the next lines,
        // and the text goes on after them
        let fa_2 = "وزیر در پایان تاکید کرد که کیفیت آموزش نباید فدای کمیت شود و برنامه‌ها ادامه دارد.";
        let title = "شرایط جدید وام دانشجویی اعلام شد";
        let l = labels(&format!("{fa}\n{fa}\nبیشتر بخوانید:\n{title}\n{fa_2}"), Language::Persian);
        assert_eq!((label_of(&l, title), label_of(&l, fa_2)), (Label::Boilerplate, Label::Body));
        let vi_title = "Giá vàng hôm nay lao dốc";
        let l = labels(&format!("{VI_PARAGRAPH}\nXem thêm:\n{vi_title}\n{VI_PARAGRAPH_2}"), Language::Vietnamese);
        assert_eq!((label_of(&l, vi_title), label_of(&l, VI_PARAGRAPH_2)), (Label::Boilerplate, Label::Body));
    }

    #[test]
    fn a_related_box_set_into_an_html_article_does_not_end_it() {
        let page = format!(
            "<html><body><article><div class=\"content\"><p>{VI_PARAGRAPH}</p>\
             <div class=\"box-related\"><h3>Tin liên quan</h3><a href=\"/a\">Giá vàng hôm nay tăng mạnh</a></div>\
             <p>{VI_PARAGRAPH_2}</p><h3>Tin liên quan</h3><p>{VI_PARAGRAPH_3}</p></div></article></body></html>"
        );
        let blocks = crate::html::parse(&page).blocks;
        let page = classify(&blocks, Language::Vietnamese.data());
        let label = |text: &str| blocks.iter().position(|b| b.text == text).map(|i| page.decisions[i].label);
        assert_eq!(label(VI_PARAGRAPH_2), Some(Label::Body), "the paragraph after the box");
        assert_eq!(label("Giá vàng hôm nay tăng mạnh"), Some(Label::Boilerplate));
        // a marker standing free still ends the article
        assert_eq!(label(VI_PARAGRAPH_3), Some(Label::Boilerplate), "the paragraph after a free marker");
    }

    #[test]
    fn a_box_of_related_titles_set_into_crawled_text_does_not_end_it() {
        let box_ = "Tin liên quan\nGiá vàng hôm nay tăng mạnh\nTỷ giá USD hôm nay giảm nhẹ";
        let page = format!(
            "Tiêu đề bài viết\n{VI_PARAGRAPH}\n{box_}\n{VI_PARAGRAPH_2}\n{VI_PARAGRAPH_3}\nTin liên quan\nGiá điện tăng"
        );
        let l = labels(&page, Language::Vietnamese);
        assert_eq!(label_of(&l, VI_PARAGRAPH_2), Label::Body);
        assert_eq!(label_of(&l, VI_PARAGRAPH_3), Label::Body);
        // the box's marker and titles are no part of the body
        for line in ["Giá vàng hôm nay tăng mạnh", "Tỷ giá USD hôm nay giảm nhẹ", "Giá điện tăng"] {
            assert_eq!(label_of(&l, line), Label::Boilerplate, "{line}");
        }
        // teasers alternating a title and a summary, or a single paragraph
        // before more chrome, follow the article's end
        for after in [
            format!("Giá điện tăng\n{VI_PARAGRAPH_2}\nLãi suất giảm\n{VI_PARAGRAPH_3}"),
            format!("Giá điện tăng\n{VI_PARAGRAPH_2}\nLiên hệ quảng cáo"),
        ] {
            let l = labels(&format!("Tiêu đề bài viết\n{VI_PARAGRAPH}\nTin liên quan\n{after}"), Language::Vietnamese);
            assert_eq!(label_of(&l, VI_PARAGRAPH_2), Label::Boilerplate, "{after}");
        }
        // one paragraph after the box that the writers sign is the article's
        // last; reader comments after the signature are not
        let comment = "Tôi thấy chính sách này là cần thiết nhưng thành phố phải làm tốt xe buýt trước đã.";
        let page =
            format!("Tiêu đề bài viết\n{VI_PARAGRAPH}\n{box_}\n{VI_PARAGRAPH_2}\nNGỌC ANH\nBình luận (3)\n{comment}");
        let l = labels(&page, Language::Vietnamese);
        assert_eq!(label_of(&l, VI_PARAGRAPH_2), Label::Body);
        assert_eq!(label_of(&l, "NGỌC ANH"), Label::Byline);
        assert_eq!(label_of(&l, comment), Label::Boilerplate);
    }

    #[test]
    fn a_lead_dense_with_names_and_figures_opens_the_article() {
        let lead = "Liên Bộ Công Thương - Tài chính vừa công bố điều chỉnh giá bán lẻ xăng dầu trong kỳ điều hành chiều 14/11, giá xăng giảm mạnh.";
        let page = format!(
            "Giá xăng dầu đồng loạt giảm từ chiều nay\n14/11/2024 15:10\n{lead}\n{VI_PARAGRAPH}\nTin liên quan"
        );
        let l = labels(&page, Language::Vietnamese);
        assert_eq!(label_of(&l, lead), Label::Body);
        // a line without a stopword or a sentence end is no lead
        for line in [
            "Xăng RON 95, E5 RON 92, diesel, dầu hỏa, dầu mazut, giá bán lẻ, Bộ Công Thương.",
            "Liên Bộ Công Thương - Tài chính vừa công bố điều chỉnh giá bán lẻ xăng dầu trong kỳ điều hành",
        ] {
            let l = labels(&format!("Tiêu đề\n{line}\n{VI_PARAGRAPH}"), Language::Vietnamese);
            assert_eq!(label_of(&l, line), Label::Boilerplate, "{line}");
        }
    }

    #[test]
    fn a_long_table_cell_without_a_sentence_end_is_no_prose() {
        // a related-news box printed as a table's row: headlines run together
        let row = "Tăng cường đối thoại, lắng nghe ý kiến nhân dân trong thực hiện dự án đường vành đai của thủ đô Mời bạn đọc đặt câu hỏi giao lưu trực tuyến về các chế độ và chính sách cho người lao động";
        let l = labels(&format!("Tiêu đề bài viết\n| {row} |\n{VI_PARAGRAPH}\n{VI_PARAGRAPH_2}"), Language::Vietnamese);
        assert_eq!(label_of(&l, row), Label::Boilerplate);
        // on a line of its own it is a paragraph that lost its stop
        let l = labels(&format!("Tiêu đề bài viết\n{row}\n{VI_PARAGRAPH}\n{VI_PARAGRAPH_2}"), Language::Vietnamese);
        assert_eq!(label_of(&l, row), Label::Body);
        // a cell ending a sentence is a paragraph set in a table
        let l = labels(
            &format!("Tiêu đề bài viết\n{VI_PARAGRAPH}\n| {VI_CAPTION} |\n{VI_PARAGRAPH_2}"),
            Language::Vietnamese,
        );
        assert_eq!(label_of(&l, VI_CAPTION), Label::Body);
    }

    #[test]
    fn headlines_run_together_above_the_date_line_are_the_headers() {
        let run = "Real Madrid thêm vũ khí bùng nổ ở Club World Cup Văn Toàn tuyên bố Nam Định sẽ chinh phục V-League lần thứ ba liên tiếp Bayern Munich hứng thú với Marcus Rashford";
        let page =
            format!("Tiêu đề bài viết\nMới nhất:\n{run}\nThứ Ba, 25/03/2025 22:40\n{VI_PARAGRAPH}\n{VI_PARAGRAPH_2}");
        let l = labels(&page, Language::Vietnamese);
        assert_eq!(label_of(&l, run), Label::Boilerplate);
        assert_eq!(label_of(&l, VI_PARAGRAPH), Label::Body);
        // with no date line under it, or with a sentence before the date, it
        // may be the article's own paragraph that lost its stop
        for page in [
            format!("Tiêu đề bài viết\n{run}\n{VI_PARAGRAPH}\n{VI_PARAGRAPH_2}"),
            format!("Tiêu đề bài viết\n{run}\n{VI_PARAGRAPH}\nThứ Ba, 25/03/2025 22:40\n{VI_PARAGRAPH_2}"),
        ] {
            let l = labels(&page, Language::Vietnamese);
            assert_eq!(label_of(&l, run), Label::Body, "{page}");
        }
        // a sentence above the date line is the lead
        let page =
            format!("Tiêu đề bài viết\n{VI_CAPTION}\nThứ Ba, 25/03/2025 22:40\n{VI_PARAGRAPH}\n{VI_PARAGRAPH_2}");
        let l = labels(&page, Language::Vietnamese);
        assert_eq!(label_of(&l, VI_CAPTION), Label::Body);
    }

    #[test]
    fn a_closing_sentence_dense_with_names_ends_the_article() {
        let closing = "Dự lễ ra quân có Phó Bí thư Trung ương Đoàn Nguyễn Minh Triết, Phó Chủ tịch UBND thành phố Hà Minh Hải, Giám đốc Sở Y tế Trần Thị Nhị Hà.";
        let page = format!("Tiêu đề bài viết\n{VI_PARAGRAPH}\n{VI_PARAGRAPH_2}\n{closing}\nTin liên quan");
        let l = labels(&page, Language::Vietnamese);
        assert_eq!(label_of(&l, closing), Label::Body);
        // under another line, a widget's title or a teaser's, it is none
        // of it
        for line in ["Tin liên quan", "Mùa đông ấm áp cho trẻ em vùng cao"] {
            let page = format!("Tiêu đề bài viết\n{VI_PARAGRAPH}\n{VI_PARAGRAPH_2}\n{line}\n{closing}");
            let l = labels(&page, Language::Vietnamese);
            assert_eq!(label_of(&l, closing), Label::Boilerplate, "{line}");
        }
    }

    #[test]
    fn a_lead_giving_the_speech_after_a_colon_opens_the_article() {
        let lead = "سرمربی تیم پس از پایان دیدار تیمش در خصوص حواشی این بازی در گفتگو با خبرنگاران پاسخ داد:";
        let page = format!(
            "گفتگو با سرمربی پس از بازی\n{lead}\nبازی را چطور دیدید؟\nبازی خوبی بود و بازیکنان ما در نیمه دوم بهتر از حریف کار کردند و نتیجه گرفتند."
        );
        let l = labels(&page, Language::Persian);
        assert_eq!(label_of(&l, lead), Label::Body);
        // a line ending in a colon with no speech verb before it is no
        // sentence of the text
        let label = "برنامه کامل مسابقات هفته بیستم لیگ برتر فوتبال کشور در روزهای آینده به شرح زیر:";
        let l = labels(&page.replace(lead, label), Language::Persian);
        assert_eq!(label_of(&l, label), Label::Boilerplate);
    }

    #[test]
    fn a_short_closing_sentence_above_the_writers_signature_ends_the_article() {
        let closing = "Phiên tòa dự kiến kéo dài trong mười ngày.";
        let signed = |under: &str| {
            let page = format!("Tiêu đề bài viết\n{VI_PARAGRAPH}\n{VI_PARAGRAPH_2}\n{closing}\n{under}\nTin liên quan");
            label_of(&labels(&page, Language::Vietnamese), closing)
        };
        assert_eq!(signed("MINH ANH"), Label::Body);
        // without the signature under it, a short line after the text may
        // be any widget's
        assert_eq!(signed("Bình luận"), Label::Boilerplate);
        // a phrase of a few words, or one with no stopword, is no clause
        // of the text
        for line in ["Cảm ơn các bạn.", "Hotline Zalo Viber Telegram hỗ trợ."] {
            let page = format!("Tiêu đề bài viết\n{VI_PARAGRAPH}\n{VI_PARAGRAPH_2}\n{line}\nMINH ANH");
            assert_eq!(label_of(&labels(&page, Language::Vietnamese), line), Label::Boilerplate, "{line}");
        }
    }

    #[test]
    fn a_short_closing_sentence_above_the_agencys_closing_mark_ends_the_article() {
        let paragraph = "سخنگوی وزارت امور خارجه صبح امروز در نشست هفتگی با خبرنگاران گفت که مذاکرات در مسیر درستی قرار دارد و ما به نتیجه آن امیدواریم.";
        let more = "وی در پاسخ به پرسشی درباره سفر مدیرکل آژانس به تهران افزود که هنوز زمان دقیق این سفر مشخص نشده است و به زودی اعلام می‌شود.";
        let closing = "«ما برای هر سناریویی آماده‌ایم»، وی گفت.";
        let closed_by = |mark: &str| {
            let page = format!("عنوان خبر در اینجا\n{paragraph}\n{more}\n{closing}\n{mark}\nنظر شما");
            label_of(&labels(&page, Language::Persian), closing)
        };
        assert_eq!(closed_by("انتهای پیام"), Label::Body);
        assert_eq!(closed_by("پایان خبر"), Label::Body);
        // a widget's title under it closes nothing: the line may be the
        // widget's; nor does a mark further down
        assert_eq!(closed_by("اخبار مرتبط"), Label::Boilerplate);
        assert_eq!(closed_by("لینک کوتاه خبر\nانتهای پیام"), Label::Boilerplate);
    }

    #[test]
    fn a_sign_off_after_the_last_sentence_leaves_it_ending_its_sentence() {
        let paragraph = "سخنگوی وزارت امور خارجه صبح امروز در نشست هفتگی با خبرنگاران گفت که مذاکرات در مسیر درستی قرار دارد و ما به نتیجه آن امیدواریم.";
        let more = "وی در پاسخ به پرسشی درباره سفر مدیرکل آژانس به تهران افزود که هنوز زمان دقیق این سفر مشخص نشده است و به زودی اعلام می‌شود.";
        let closing = "مهمترین نگرانی در کلانشهرها حمل و نقل عمومی است.";
        let label_signed = |sign_off: &str| {
            let line = format!("{closing} {sign_off}");
            let page = format!("عنوان خبر در اینجا\n{paragraph}\n{more}\n{line}");
            label_of(&labels(&page, Language::Persian), &line)
        };
        // the agency copied from, or the editor's initials
        assert_eq!(label_signed("/تسنیم"), Label::Body);
        assert_eq!(label_signed("/ ح ش"), Label::Body);
        // words after a slash with no stop before it end no sentence
        assert!(without_sign_off("حمل و نقل عمومی /تسنیم").is_none());
        assert!(without_sign_off("تاریخ انتشار ۱۴۰۳/۰۵").is_none());
    }

    #[test]
    fn a_dense_lead_opens_the_article_above_its_pictures_caption() {
        let lead = "Ngày 9-4, tại Hội trường Tỉnh ủy, Ban Thường vụ Tỉnh ủy tổ chức Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 12, khóa XV. Các đồng chí: Hoàng Văn Khải, Bí thư Tỉnh ủy; Đinh Công Thắng, Chủ tịch UBND tỉnh chủ trì hội nghị.";
        let caption = "Các đồng chí đại biểu dự hội nghị.";
        let page = format!(
            "Hội nghị Ban Chấp hành Đảng bộ tỉnh
09/04/2024 - 10:15
{lead}
{caption}
{VI_PARAGRAPH}"
        );
        let l = labels(&page, Language::Vietnamese);
        assert_eq!(label_of(&l, lead), Label::Body);
        assert_eq!(label_of(&l, caption), Label::Caption);
        // a caption and its credit on two lines
        let l = labels(&page.replace(caption, &format!("{caption}\nẢnh: Minh Tuấn")), Language::Vietnamese);
        assert_eq!(label_of(&l, lead), Label::Body);
        // a date line between is no caption: the lines above it are the
        // page's header
        let l = labels(&page.replace(caption, "Cập nhật lúc 10:15 ngày 09/04/2024"), Language::Vietnamese);
        assert_eq!(label_of(&l, lead), Label::Boilerplate);
        // nor are three short lines
        let l = labels(&page.replace(caption, &[caption; 3].join("\n")), Language::Vietnamese);
        assert_eq!(label_of(&l, lead), Label::Boilerplate);
    }

    #[test]
    fn a_lead_opened_by_its_outlets_dateline_opens_the_article_above_captions() {
        let lead = "BDK.VN - Sáng 4-4-2022, Ban Thường vụ Tỉnh ủy đã tổ chức Hội nghị Tỉnh ủy lần thứ 8, Bí thư Tỉnh ủy Lê Đức Thọ có bài phát biểu khai mạc hội nghị.";
        let caption = "Bí thư Tỉnh ủy Lê Đức Thọ phát biểu khai mạc Hội nghị lần thứ 8.";
        let page = format!(
            "Bí thư Tỉnh ủy phát biểu khai mạc Hội nghị\n04/04/2022 - 08:59\nBDK.VN - Báo Đồng Khởi điện tử\n{lead}\n{caption}\n{caption} Ảnh: Hữu Hiệp\nThưa các đồng chí tham dự Hội nghị,\n{VI_PARAGRAPH}\n{VI_PARAGRAPH_2}"
        );
        let l = labels(&page, Language::Vietnamese);
        assert_eq!(label_of(&l, lead), Label::Body);
        assert_eq!(label_of(&l, &format!("{caption} Ảnh: Hữu Hiệp")), Label::Caption);
        // a dateline heading no sentence is the site's banner
        assert_eq!(label_of(&l, "BDK.VN - Báo Đồng Khởi điện tử"), Label::Boilerplate);
        // the same lead without the dateline is too far from the text
        let undated = lead.trim_start_matches("BDK.VN - ");
        let l = labels(&page.replace(lead, undated), Language::Vietnamese);
        assert_eq!(label_of(&l, undated), Label::Boilerplate);
    }

    #[test]
    fn the_pages_own_caption_and_byline_classes_are_read() {
        let page = format!(
            "<html><body><article><h1>Hà Nội mở thêm 3 tuyến buýt điện</h1>\
             <ul><li class=\"the-article-author\"><a href=\"/tac-gia/mq\">Minh Quang</a></li>\
             <li class=\"the-article-author\">và 1 tác giả khác</li></ul>\
             <p>{VI_PARAGRAPH}</p><table><tr><td class=\"pCaption\">Xe buýt điện tại bến xe Kim Mã. Ảnh: Minh Quang.</td></tr></table>\
             <p>{VI_PARAGRAPH_2}</p></article></body></html>"
        );
        let blocks = crate::html::parse(&page).blocks;
        let page = classify(&blocks, Language::Vietnamese.data());
        let label = |text: &str| blocks.iter().position(|b| b.text == text).map(|i| page.decisions[i].label);
        assert_eq!(label("Minh Quang"), Some(Label::Byline), "a link to the writer's page");
        assert_eq!(label("Xe buýt điện tại bến xe Kim Mã. Ảnh: Minh Quang."), Some(Label::Caption));
        // beside the names, a line that is none
        assert_eq!(label("và 1 tác giả khác"), Some(Label::Boilerplate));
        assert_eq!(label(VI_PARAGRAPH_2), Some(Label::Body));
    }

    #[test]
    fn an_unmarked_box_of_links_set_into_an_html_article_does_not_end_it() {
        let html_labels = |body: &str| {
            let page =
                format!("<html><body><main><article><h1>Tiêu đề bài viết</h1>{body}</article></main></body></html>");
            let blocks = crate::html::parse(&page).blocks;
            labelled(&blocks, &classify(&blocks, Language::Vietnamese.data()))
        };
        let links = "<ul><li><a href=\"/a\">Giá vàng hôm nay tăng mạnh</a></li><li><a href=\"/b\">Tỷ giá USD giảm</a></li></ul>";
        let l = html_labels(&format!(
            "<figure><img src=\"a.jpg\"><figcaption>Quang cảnh hội nghị tổng kết</figcaption></figure>\
             <div><p>{VI_PARAGRAPH}</p></div><section><h2>Tin liên quan</h2>{links}</section>\
             <div><p>{VI_PARAGRAPH_2}</p></div>"
        ));
        assert_eq!(label_of(&l, VI_PARAGRAPH_2), Label::Body, "the paragraph after the box");
        assert_eq!(label_of(&l, "Tin liên quan"), Label::Boilerplate);
        assert_eq!(label_of(&l, "Giá vàng hôm nay tăng mạnh"), Label::Boilerplate);
        // the lead picture's caption above the text
        assert_eq!(label_of(&l, "Quang cảnh hội nghị tổng kết"), Label::Caption);
        // a box with prose of its own (teasers), or a paragraph set unlike the
        // one before the marker, is what follows the article
        for body in [
            format!(
                "<div><p>{VI_PARAGRAPH}</p></div><section><h2>Tin liên quan</h2><p>{VI_PARAGRAPH_2}</p></section><div><p>{VI_PARAGRAPH_3}</p></div>"
            ),
            format!(
                "<div><p>{VI_PARAGRAPH}</p></div><section><h2>Tin liên quan</h2>{links}</section><div><div><p>{VI_PARAGRAPH_2}</p></div></div>"
            ),
        ] {
            let l = html_labels(&body);
            assert_eq!(label_of(&l, VI_PARAGRAPH), Label::Body, "{body}");
            assert_eq!(label_of(&l, VI_PARAGRAPH_2), Label::Boilerplate, "{body}");
        }
    }

    #[test]
    fn a_sentence_a_flattened_record_prints_twice_is_kept_once() {
        let page = format!("Tiêu đề\n{VI_PARAGRAPH} {VI_PARAGRAPH_2} {VI_PARAGRAPH_3} {VI_PARAGRAPH}");
        let blocks = blocks::from_text(&page, &[]);
        let page = classify(&blocks, Language::Vietnamese.data());
        let labels: Vec<Label> = page.decisions.iter().map(|d| d.label).collect();
        assert_eq!(labels[1..], [Label::Body, Label::Body, Label::Body, Label::Boilerplate]);
    }

    #[test]
    fn a_run_of_short_headlines_flattened_into_the_text_is_a_box_of_links() {
        let teasers = ["Giá vàng tăng mạnh?", "Năm cách chọn trường cho con", "Vì sao bệnh viện quá tải?"];
        let page = format!(
            "Tiêu đề\n{VI_PARAGRAPH} {VI_PARAGRAPH_2} {} {} {} {VI_PARAGRAPH_3} {VI_PARAGRAPH_4}",
            teasers[0], teasers[1], teasers[2]
        );
        // the titles are cut apart as the pipeline cuts them, at the glued
        // sentence's opener (`… cho con Vì sao …`)
        let data = Language::Vietnamese.data().unwrap_or_else(|| unreachable!());
        let flattened_labels = |page: &str| {
            let mut blocks = blocks::from_text(page, data.abbreviations);
            blocks::split_before_glued_sentences(&mut blocks, data);
            labelled(&blocks, &classify(&blocks, Some(data)))
        };
        let l = flattened_labels(&page);
        for teaser in teasers {
            assert_eq!(label_of(&l, teaser), Label::Boilerplate, "{teaser}");
        }
        assert_eq!(label_of(&l, VI_PARAGRAPH_3), Label::Body);
        // one short question among the paragraphs is the article's own
        let page = format!("Tiêu đề\n{VI_PARAGRAPH} {VI_PARAGRAPH_2} {} {VI_PARAGRAPH_3} {VI_PARAGRAPH_4}", teasers[0]);
        assert!(label_of(&flattened_labels(&page), teasers[0]).is_body());
    }

    #[test]
    fn common_words_that_are_also_cues_do_not_drop_prose() {
        let sentence = "Nghị định số 58/2026/NĐ-CP của Chính phủ đã sửa đổi một số quy định về đăng ký cư trú.";
        let l = labels(&format!("{VI_PARAGRAPH}\n{sentence}\n{VI_PARAGRAPH_2}"), Language::Vietnamese);
        assert_eq!(label_of(&l, sentence), Label::Body);
        assert_eq!(
            label_of(&labels(&format!("{VI_PARAGRAPH}\nĐăng ký\n{VI_PARAGRAPH_2}"), Language::Vietnamese), "Đăng ký"),
            Label::Boilerplate
        );
    }

    #[test]
    fn dated_sentences_and_list_introductions_stay_in_the_article() {
        let dated = "Quy định trên có hiệu lực từ ngày 1/3/2026.";
        let intro = "Nghị định quy định các trường hợp sau:";
        let page = format!("{VI_PARAGRAPH}\n{dated}\n{intro}\n{VI_PARAGRAPH_2}");
        let l = labels(&page, Language::Vietnamese);
        assert_eq!(label_of(&l, dated), Label::Body);
        assert_eq!(label_of(&l, intro), Label::Body);
    }

    #[test]
    fn a_video_players_fallback_text_is_chrome() {
        let line = "Your browser does not support the video tag. Clip nghệ sĩ xúc động khi chia sẻ về khó khăn.";
        let l = labels(&format!("{VI_PARAGRAPH}\n{line}\n{VI_PARAGRAPH_2}\n{VI_PARAGRAPH}"), Language::Vietnamese);
        assert_eq!(label_of(&l, line), Label::Boilerplate);
        let fa = "وزیر نیرو امروز در جمع خبرنگاران از آغاز ساخت سه نیروگاه جدید در جنوب کشور خبر داد.";
        let line = "Your browser does not support the video element.";
        let l = labels(&format!("{fa}\n{line}\n{fa} {fa}"), Language::Persian);
        assert_eq!(label_of(&l, line), Label::Boilerplate);
    }

    #[test]
    fn widget_titles_in_capitals_are_chrome() {
        let l = labels(&format!("{VI_PARAGRAPH}\nTIN MỚI\n{VI_PARAGRAPH_2}"), Language::Vietnamese);
        assert_eq!(label_of(&l, "TIN MỚI"), Label::Boilerplate);
        assert!(!is_capitals_label("COVID", 1), "an acronym alone is too short to tell");
    }

    #[test]
    fn counters_and_banners() {
        assert!(is_counter("Hôm qua : 576"));
        assert!(is_counter("بازدید امروز: ۱۲۳"));
        assert!(!is_counter("Ông nói: 5 người bị thương trong vụ tai nạn"));
        assert!(!is_counter("Thứ bảy, 07/03/2026 - 08:07"));
        assert!(is_banner("CHÀO MỪNG ĐẾN VỚI CỔNG THÔNG TIN", 7));
        assert!(!is_banner("Tin tức mới", 3));
    }
}
