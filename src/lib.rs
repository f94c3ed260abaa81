#![doc = include_str!("../README.md")]
//!
//! # The pipeline
//!
//! [`Extractor::extract`] runs the stages in order, one module each:
//!
//! 1. [`decode`]: bytes → NFC text (BOM, UTF-8, legacy code pages).
//! 2. [`lang`]: identify the language, load its word lists.
//! 3. [`blocks`]: text → ordered blocks (lines; sentences of flattened pages).
//! 4. [`boilerplate`]: label each block body / heading / caption / byline / chrome.
//! 5. [`extract`]: headline, date, metadata, quotes and officials from the labels.
//! 6. [`record`]: the JSON record.

/// A lookup table of `$len` entries computed at compile time: entry `i` is
/// `$value` with `$i` bound to `i` (a `usize`). The stages' byte-reading fast
/// paths (ASCII, the Arabic block, Vietnamese letters) read such tables,
/// each built from the rule it stands for and checked against it by a test.
macro_rules! lookup_table {
    ($len:expr, $default:expr, |$i:ident| $value:expr) => {{
        let mut table = [$default; $len];
        let mut $i = 0;
        while $i < $len {
            table[$i] = $value;
            $i += 1;
        }
        table
    }};
}

pub mod blocks;
pub mod boilerplate;
pub mod budget;
pub mod check;
pub mod decode;
pub mod error;
pub mod extract;
pub mod html;
pub mod input;
pub mod lang;
pub mod record;
pub mod text;

pub use error::{Error, Result};
pub use extract::date::Ymd;
pub use lang::Language;
pub use record::{Record, SCHEMA_VERSION};

use std::borrow::Cow;

use boilerplate::Label;
use extract::{date, headline, meta, quotes};
use record::ExplainedBlock;

/// How far below the article's first block a date line is still the
/// page's dateline: sites that print the lead above the date put it right
/// after the lead.
const DATE_AFTER_LEAD_BLOCKS: usize = 3;

/// How far below the article's last paragraph a date line may stand: a
/// byline and a source line, then the date.
const DATE_AFTER_ARTICLE_BLOCKS: usize = 4;

/// Fewest date lines in a row that are a listing's time stamps (the
/// latest or related articles' times under the text), not the article's
/// date: a page dates itself once, or twice with its last update.
const LISTED_STAMPS_MIN_LINES: usize = 3;

/// Whether the date line `i` stands among at least
/// [`LISTED_STAMPS_MIN_LINES`] date lines in a row.
fn among_listed_stamps(features: &[boilerplate::Features], i: usize) -> bool {
    let is_date = |k: usize| features[k].date_line;
    let before = (0..i).rev().take_while(|&k| is_date(k)).count();
    let after = (i + 1..features.len()).take_while(|&k| is_date(k)).count();
    before + 1 + after >= LISTED_STAMPS_MIN_LINES
}

/// How many of the article's first paragraphs may be an outlet's credit
/// alone: a summary and a lead may stand above it.
const CREDIT_ALONE_BODY_BLOCKS: usize = 3;

/// What kind of document the input is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum InputFormat {
    /// HTML when the document looks like HTML, text otherwise.
    #[default]
    Auto,
    Text,
    Html,
}

/// A document that gave no record: which one, and why.
#[derive(Debug)]
pub struct Failure {
    /// The input's name as the record's `source` would give it.
    pub source: String,
    /// The document's id from its JSON Lines object, when it had one.
    pub id: Option<String>,
    /// The document's url from its JSON Lines object, when it had one.
    pub url: Option<String>,
    pub error: Error,
}

/// How to extract.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// The documents' language; `None` identifies it per document.
    pub language: Option<Language>,
    /// The day relative dates (`امروز`, `hôm qua`) count from; without it
    /// they give no date.
    pub reference_date: Option<Ymd>,
    /// Add every block with its label and the reason to the record.
    pub explain: bool,
    /// Text or HTML, or detect it.
    pub input_format: InputFormat,
    /// Give up on a document after this long (see [`budget`]); `None`
    /// lets every document run to the end.
    pub time_budget: Option<std::time::Duration>,
}

/// Runs the pipeline on documents. Cheap to create; holds no per-document
/// state, so one extractor can serve many threads.
#[derive(Debug, Clone, Default)]
pub struct Extractor {
    options: Options,
}

impl Extractor {
    pub fn new(options: Options) -> Self {
        Extractor { options }
    }

    /// Extracts one document from its raw bytes. `source` names it in the
    /// record (a path, or `-` for stdin).
    pub fn extract(&self, source: &str, bytes: &[u8]) -> Result<Record> {
        let deadline = budget::Deadline::after(self.options.time_budget);
        let decoded = decode::decode(bytes)?;
        self.extract_decoded(source, &decoded.text, self.options.input_format, &deadline)
    }

    /// Extracts one document of an input job: a file, or a line of a JSON
    /// Lines dump, whose `id` and `url` go into the record (or the failure).
    /// A bug that panics on the document fails this document alone
    /// ([`Error::Internal`]): a batch of a million pages is not lost to
    /// one page no test foresaw.
    pub fn extract_job(&self, job: input::Job) -> std::result::Result<Record, Failure> {
        let input::Job { name, id, url, html, content, .. } = job.read();
        let format = if html { InputFormat::Html } else { self.options.input_format };
        let extracted = content.and_then(|bytes| {
            failing_on_panic(|| {
                let deadline = budget::Deadline::after(self.options.time_budget);
                let decoded = decode::decode(&bytes)?;
                self.extract_decoded(&name, &decoded.text, format, &deadline)
            })
        });
        match extracted {
            Ok(mut record) => {
                record.id = id;
                if record.url.is_none() {
                    record.url = url;
                }
                Ok(record)
            }
            Err(error) => Err(Failure { source: name, id, url, error }),
        }
    }

    /// Extracts one document from text already decoded: crawl text, or
    /// HTML when it looks like HTML (see [`Options::input_format`]).
    /// Fails only when the time budget runs out.
    pub fn extract_text(&self, source: &str, text: &str) -> Result<Record> {
        let deadline = budget::Deadline::after(self.options.time_budget);
        self.extract_decoded(source, text, self.options.input_format, &deadline)
    }

    /// Extraction from decoded text. Line ends and NFC are normalised in
    /// what is read from it: the whole text for crawl text, the blocks and
    /// metadata for HTML, whose markup needs neither.
    fn extract_decoded(
        &self,
        source: &str,
        text: &str,
        format: InputFormat,
        deadline: &budget::Deadline,
    ) -> Result<Record> {
        deadline.check("decode")?;
        let is_html = match format {
            InputFormat::Auto => html::looks_like_html(text),
            InputFormat::Html => true,
            InputFormat::Text => false,
        };
        if is_html {
            let page = html::parse(text);
            deadline.check("html")?;
            let sample: String = page.blocks.iter().map(|b| b.text.as_str()).collect::<Vec<_>>().join("\n");
            let language = self.options.language.unwrap_or_else(|| {
                let found = lang::identify(&sample);
                match (found, page.meta.language.as_deref().map(|l| l.get(..2).unwrap_or(l))) {
                    (Language::Undetermined, Some("fa")) => Language::Persian,
                    (Language::Undetermined, Some("vi")) => Language::Vietnamese,
                    _ => found,
                }
            });
            self.run(source, page.blocks, Some(page.meta), language, deadline)
        } else {
            let unified = decode::unify_lines(text);
            let text = &decode::normalized(&unified);
            let language = self.options.language.unwrap_or_else(|| lang::identify(text));
            let abbreviations = language.data().map_or(&[][..], |d| d.abbreviations);
            let mut blocks = blocks::from_text(text, abbreviations);
            if let Some(data) = language.data() {
                blocks::join_lines_broken_after_function_words(&mut blocks, data);
            }
            date::split_datelines(&mut blocks, language);
            blocks::split_before_agency_dateline(&mut blocks, language.data());
            blocks::split_around_news_id(&mut blocks);
            blocks::split_after_photo_credit(&mut blocks);
            blocks::split_repeated_quoted_titles(&mut blocks);
            if let Some(data) = language.data() {
                blocks::split_before_labels(&mut blocks, data);
                blocks::split_after_leading_cues(&mut blocks, data);
                blocks::split_before_glued_sentences(&mut blocks, data);
                blocks::split_after_glued_clauses(&mut blocks, data);
                blocks::join_questions_to_their_speech_verbs(&mut blocks, data);
            }
            deadline.check("blocks")?;
            self.run(source, blocks, None, language, deadline)
        }
    }

    /// The stages after blocks: one pipeline for text and HTML.
    fn run(
        &self,
        source: &str,
        blocks: Vec<blocks::Block>,
        meta: Option<html::PageMeta>,
        language: Language,
        deadline: &budget::Deadline,
    ) -> Result<Record> {
        let data = language.data();
        let meta = meta.unwrap_or_default();
        let page = boilerplate::classify(&blocks, data);
        deadline.check("boilerplate")?;
        let mut decisions = page.decisions.clone();
        let start = page.start.unwrap_or(blocks.len());

        // the headline: the page's metadata, else its <h1>, else the title
        // line above the article
        let h1 = html::first_h1(&blocks).map(|b| b.text.clone());
        // a `<title>` that is only the site's name names no headline
        let document_title = meta
            .title
            .as_deref()
            .filter(|title| meta.site_name.as_deref().is_none_or(|site| text::fold(site) != text::fold(title)));
        let headline_index = if meta.headline.is_none() && h1.is_none() {
            headline::choose(&blocks, &page, document_title, data)
        } else {
            None
        };
        let headline_line = meta.headline.clone().or(h1).or_else(|| headline_index.map(|h| blocks[h].text.clone()));
        if let Some(headline) = &headline_line {
            let folded = text::fold(headline);
            for (i, f) in page.features.iter().enumerate() {
                if f.folded == folded && (Some(i) == headline_index || !decisions[i].label.is_body() || !f.prose) {
                    decisions[i] = boilerplate::Decision { label: Label::Headline, reason: "the headline" };
                }
            }
        }

        // the header: what stands above the article, plus date lines just
        // below its first paragraph (pages that print the lead first)
        let header: Vec<usize> = (0..blocks.len())
            .filter(|&i| decisions[i].label != Label::Headline && !decisions[i].label.is_body())
            .filter(|&i| {
                i < start
                    || i <= start + DATE_AFTER_LEAD_BLOCKS
                        && page.features[i].date_line
                        && !among_listed_stamps(&page.features, i)
            })
            .collect();
        // an outlet's credit on a line of its own at the article's top,
        // above the lead (`(VTC News) -`) or among its first paragraphs
        // (`پایگاه خبری تحلیلی بازار بورس:` under the summary), names the
        // agency and is no paragraph
        let first_body = (0..blocks.len()).find(|&i| decisions[i].label.is_body());
        let credit_alone = first_body
            .and_then(|first| first.checked_sub(1))
            .filter(|&i| decisions[i].label == Label::Boilerplate)
            .into_iter()
            .chain((0..blocks.len()).filter(|&i| decisions[i].label.is_body()).take(CREDIT_ALONE_BODY_BLOCKS))
            .find_map(|i| Some((i, meta::outlet_credit_alone(&blocks[i].text, language)?)));
        if let Some((i, _)) = credit_alone {
            decisions[i] = boilerplate::Decision { label: Label::Meta, reason: "the outlet's credit" };
        }
        let body_indices: Vec<usize> = (0..blocks.len()).filter(|&i| decisions[i].label.is_body()).collect();
        // metadata is machine-readable, or else written the way the page's
        // text writes dates (`1399/07/01 11:04`, `22/09/2020 11:04`)
        let from_meta = meta.published.as_deref().and_then(|raw| {
            date::from_iso(raw, language).or_else(|| {
                let sources = date::DateSources {
                    header: vec![raw],
                    below_headline: 0,
                    headline: None,
                    lead: None,
                    body: Vec::new(),
                    trailer: Vec::new(),
                };
                date::find(&sources, language, self.options.reference_date).map(|found| found.published)
            })
        });
        let published = match from_meta {
            Some(published) => Some(published),
            None => {
                let sources = date::DateSources {
                    header: header.iter().map(|&i| blocks[i].text.as_str()).collect(),
                    below_headline: headline_index
                        .map_or(0, |h| header.iter().position(|&i| i > h).unwrap_or(header.len())),
                    headline: headline_line.as_deref(),
                    lead: body_indices.first().map(|&i| blocks[i].text.as_str()),
                    body: body_indices.iter().map(|&i| blocks[i].text.as_str()).collect(),
                    trailer: page.end.map_or(Vec::new(), |end| {
                        (end + 1..blocks.len().min(end + 1 + DATE_AFTER_ARTICLE_BLOCKS))
                            .filter(|&i| !decisions[i].label.is_body() && page.features[i].date_line)
                            .filter(|&i| !among_listed_stamps(&page.features, i))
                            .map(|i| blocks[i].text.as_str())
                            .collect()
                    }),
                };
                let found = date::find(&sources, language, self.options.reference_date);
                if let Some(line) = found.as_ref().and_then(|f| f.header_line) {
                    decisions[header[line]] =
                        boilerplate::Decision { label: Label::Date, reason: "the publication date" };
                }
                found.map(|f| f.published)
            }
        };

        let mut news_id = None;
        for i in (0..blocks.len()).filter(|&i| !decisions[i].label.is_body()) {
            // a block outside an HTML page's main container was not folded,
            // and may print the id (beside the date: `… | کد خبر: ۸۴۵۱۲۳`)
            let f = &page.features[i];
            let folded =
                if f.outside_main { Cow::Owned(text::fold(&blocks[i].text)) } else { Cow::Borrowed(f.folded.as_str()) };
            if let Some(id) = meta::news_id_folded(&folded) {
                news_id = Some(id);
                if decisions[i].label == Label::Boilerplate {
                    decisions[i] = boilerplate::Decision { label: Label::Meta, reason: "the news id" };
                }
                break;
            }
        }

        let texts_labelled = |label: Label| -> Vec<String> {
            (0..blocks.len()).filter(|&i| decisions[i].label == label).map(|i| blocks[i].text.clone()).collect()
        };
        let body: Vec<String> = body_indices.iter().map(|&i| blocks[i].text.clone()).collect();
        let captions =
            without_alt_texts(texts_labelled(Label::Caption).into_iter().map(without_cell_separator).collect());
        let mut authors = if meta.authors.is_empty() {
            meta::first_occurrences(texts_labelled(Label::Byline).iter().flat_map(|b| meta::authors(b, data)))
        } else {
            meta.authors.clone()
        };
        // with no byline, a Persian dateline may name the reporter
        if authors.is_empty()
            && language == Language::Persian
            && let Some(reporter) = body.first().and_then(|lead| meta::dateline_reporter(lead))
        {
            authors.push(reporter);
        }
        let (quotes, officials) = match data {
            Some(data) => {
                let continues_previous: Vec<bool> = body_indices
                    .iter()
                    .enumerate()
                    .map(|(k, &i)| {
                        k > 0 && blocks[i].from_flattened_line && blocks[body_indices[k - 1]].line == blocks[i].line
                    })
                    .collect();
                quotes::extract(
                    &body,
                    &continues_previous,
                    headline_line.as_deref(),
                    &captions,
                    language,
                    data,
                    deadline,
                )?
            }
            None => (Vec::new(), Vec::new()),
        };
        let tags = match data {
            Some(data) if meta.tags.is_empty() => meta::tags(&blocks, &page, |i| decisions[i].label.is_body(), data),
            _ => meta.tags.clone(),
        };
        let explained = self.options.explain.then(|| {
            blocks
                .iter()
                .zip(&decisions)
                .map(|(b, d)| ExplainedBlock { text: b.text.clone(), label: d.label, reason: d.reason })
                .collect()
        });

        Ok(Record {
            schema_version: SCHEMA_VERSION,
            source: source.to_owned(),
            id: None,
            url: meta.url.clone(),
            language: language.code().to_owned(),
            headline: headline_line.map(|line| {
                let line = headline::without_menu(headline::without_breadcrumb(&line), data);
                headline::without_site_name(line, data).to_owned()
            }),
            published,
            agency: meta::agency(&body, language)
                .or(credit_alone.map(|(_, outlet)| outlet))
                .or_else(|| data.and_then(|data| meta::credited_outlet(&texts_labelled(Label::Byline), data))),
            body,
            quotes,
            officials,
            authors,
            news_id,
            captions,
            tags,
            blocks: explained,
        })
    }
}

/// Runs one document's extraction, a panic in it becoming its
/// [`Error::Internal`] with the panic's message. (The extractor holds no
/// state a panic could leave half-changed.)
fn failing_on_panic<T>(extraction: impl FnOnce() -> Result<T>) -> Result<T> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(extraction)).unwrap_or_else(|payload| {
        let message = payload
            .downcast_ref::<&str>()
            .map(|s| (*s).to_owned())
            .or_else(|| payload.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "a panic without a message".to_owned());
        Err(Error::Internal(message))
    })
}

/// A caption without the separator a crawler prints after the table cell
/// a page sets its picture's caption in (`Quang cảnh hội nghị. |`):
/// layout, not words. A line of several cells is left as it is.
fn without_cell_separator(caption: String) -> String {
    match caption.trim_end().strip_suffix('|') {
        Some(text) if !text.contains('|') => text.trim_end().to_owned(),
        _ => caption,
    }
}

/// The captions without a picture's alt text that the caption beside it
/// repeats with its credit (`X` next to `X (Ảnh: VGP)`), and without a
/// caption's second copy right after it: one caption each.
fn without_alt_texts(captions: Vec<String>) -> Vec<String> {
    let repeated = |k: usize| {
        [k.wrapping_sub(1), k + 1].iter().any(|&j| {
            captions.get(j).is_some_and(|c| c.len() > captions[k].len() && c.starts_with(captions[k].as_str()))
        })
        // or printed twice in a row
        || k > 0 && captions[k - 1] == captions[k]
    };
    let keep: Vec<bool> = (0..captions.len()).map(|k| !repeated(k)).collect();
    captions.into_iter().zip(keep).filter_map(|(caption, keep)| keep.then_some(caption)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_source_a_byline_credits_is_the_agency_when_the_text_names_none() {
        let paragraph =
            "Trong năm qua, bệnh viện đã thực hiện hơn một nghìn ca phẫu thuật và được người dân đánh giá cao.";
        let page = |byline: &str| {
            format!(
                "Bệnh viện tỉnh khai trương khoa mới\n{paragraph}\n{paragraph} Năm tới sẽ mở thêm khoa.\n{byline}\n"
            )
        };
        let agency = |byline: &str| {
            Extractor::default().extract_text("t.txt", &page(byline)).unwrap_or_else(|e| panic!("{e}")).agency
        };
        assert_eq!(agency("Nguồn: Báo Nông Thôn").as_deref(), Some("Nông Thôn"));
        assert_eq!(agency("Thanh Lâm"), None);
    }

    #[test]
    fn an_outlets_credit_on_a_line_of_its_own_at_the_top_is_the_agency() {
        let paragraph = "Rạng sáng nay, một vụ sạt lở đất nghiêm trọng đã xảy ra tại xã Trà Leng, vùi lấp nhiều ngôi nhà của người dân.";
        let next = "Lực lượng chức năng đang khẩn trương tìm kiếm những người mất tích trong vụ sạt lở.";
        let page = |dateline: &str| {
            format!("Sạt lở đất vùi lấp nhà dân\nThứ hai, 12/5/2025 08:00\n{dateline}\n{paragraph}\n{next}\n")
        };
        let extract = |dateline: &str| {
            let options = Options { explain: true, ..Options::default() };
            Extractor::new(options).extract_text("t.txt", &page(dateline)).unwrap_or_else(|e| panic!("{e}"))
        };
        let record = extract("(VTC News) -");
        assert_eq!(record.agency.as_deref(), Some("VTC News"));
        let labels: Vec<Label> = record.blocks.iter().flatten().map(|b| b.label).collect();
        assert_eq!(labels[..3], [Label::Headline, Label::Date, Label::Meta]);
        assert_eq!(record.body.len(), 2);
        assert_eq!(extract("HÀ NỘI -").agency, None);
        // a caption's credit in brackets is a caption's, whatever its dash
        assert_eq!(extract("(Ảnh minh họa) -").agency, None);
        // a Persian label alone under the summary is no paragraph
        let summary = "رئیس اتحادیه نانوایان گفت: دولت هنوز افزایش قیمت نان در تهران را اعلام نکرده است.";
        let lead = "روزنامه هم‌میهن با رئیس اتحادیه نانوایان گفت‌وگو کرده و به نقل از او خبر داده که دولت تا پایان ماه قیمت را اعلام می‌کند.";
        let page = format!("افزایش قیمت نان در تهران\n{summary}\nپایگاه خبری تحلیلی بازار بورس:\n{lead}\n");
        let record = Extractor::default().extract_text("t.txt", &page).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(record.body, [summary, lead]);
        assert_eq!(record.agency.as_deref(), Some("بازار بورس"));
    }

    #[test]
    fn a_page_flattened_onto_one_line_has_its_headline_without_the_menu_and_weekday() {
        let paragraph =
            "Trong năm qua, bệnh viện đã thực hiện hơn một nghìn ca phẫu thuật và được người dân đánh giá cao.";
        let page = format!(
            "Trang chủ Sức khỏe Bệnh viện tỉnh khai trương khoa ung bướu mới Thứ Hai, 24/02/2025 08:58 (GMT+7) {paragraph} {paragraph}"
        );
        let record = Extractor::default().extract_text("t.txt", &page).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(record.headline.as_deref(), Some("Bệnh viện tỉnh khai trương khoa ung bướu mới"));
        assert_eq!(record.published.map(|p| p.date).as_deref(), Some("2025-02-24"));
    }

    #[test]
    fn a_persian_dateline_names_the_reporter_when_no_byline_does() {
        let page = "وعده دوباره ترامپ؛ پایان جنگ اوکراین در دو هفته\n۰۱ شهریور ۱۴۰۴ - ۱۰:۱۵\nباشگاه خبرنگاران جوان؛ مینا عظیمی - دونالد ترامپ، رئیس‌جمهور آمریکا، گفت: «من می‌خواهم یک نشست میان دو طرف برگزار کنم.»\nاو افزود: «من از این وضعیت راضی نیستم و باید به زودی پایان یابد.»\n";
        let record = Extractor::default().extract_text("t.txt", page).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(record.authors, ["مینا عظیمی"]);
        assert_eq!(record.agency.as_deref(), Some("باشگاه خبرنگاران جوان"));
    }

    #[test]
    fn the_date_below_the_headline_is_the_articles_not_the_sites_date_above_it() {
        let paragraph =
            "Trong năm qua, bệnh viện đã thực hiện hơn một nghìn ca phẫu thuật và được người dân đánh giá cao.";
        let page = format!(
            "Thứ sáu 25/04/2025 09:09\nHotline: 024.355.63.010\nThời sự\n\
             Bệnh viện tỉnh khai trương khoa ung bướu mới\n24/02/2025 08:58\n{paragraph}\n{paragraph} Năm tới sẽ mở thêm.\n"
        );
        let record = Extractor::default().extract_text("t.txt", &page).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(record.headline.as_deref(), Some("Bệnh viện tỉnh khai trương khoa ung bướu mới"));
        assert_eq!(record.published.map(|p| p.date).as_deref(), Some("2025-02-24"));
        // with no date below the headline, the one above it is the article's
        let page = page.replace("24/02/2025 08:58\n", "");
        let record = Extractor::default().extract_text("t.txt", &page).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(record.published.map(|p| p.date).as_deref(), Some("2025-04-25"));
    }

    #[test]
    fn a_header_date_without_its_year_is_dated_in_the_reference_days_year() {
        let page = "وزیر نیرو از افزایش تولید برق خبر داد\nسه‌شنبه ۱۸ آذر - ۱۰:۳۰\nبه گزارش ایرنا، علی رضایی وزیر نیرو امروز در جمع خبرنگاران گفت: تولید برق کشور افزایش یافته است و مردم نگران نباشند.\n";
        let extract = |reference: Option<&str>| {
            let options = Options { reference_date: reference.and_then(date::parse_reference), ..Options::default() };
            Extractor::new(options).extract_text("t.txt", page).unwrap_or_else(|e| panic!("{e}")).published
        };
        let published = extract(Some("2026-12-20")).expect("a date");
        assert_eq!((published.date.as_str(), published.year_inferred), ("2026-12-09", true));
        assert_eq!(published.time.as_deref(), Some("10:30:00"));
        // with no year anywhere and no reference day, no year to infer
        assert!(extract(None).is_none());
    }

    #[test]
    fn a_date_line_under_the_lead_may_give_the_date_in_two_calendars() {
        let lead =
            "وزیر کشور امروز در حاشیه جلسه هیئت دولت گفت: این طرح مورد استقبال مردم و نمایندگان مجلس قرار گرفته است.";
        let paragraph = "وی افزود: همه دستگاه‌ها باید به مسئولیت خود در اجرای این طرح عمل کنند و گزارش آن را بدهند.";
        let date_line = "تاریخ انتشار: ۱۲ اردیبهشت ۱۴۰۳ - ۱۵:۰۳ - 01May 2024";
        let page =
            format!("طرح نور مورد استقبال مردم قرار گرفته است\n\n{lead}\n{date_line}\n\n{paragraph}\n\n{paragraph}\n");
        let record = Extractor::default().extract_text("t.txt", &page).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(record.published.map(|p| p.date).as_deref(), Some("2024-05-01"));
        assert!(!record.body.iter().any(|p| p.contains("تاریخ انتشار")), "{:?}", record.body);
    }

    #[test]
    fn a_listings_time_stamps_under_the_article_are_not_its_date() {
        let title = "Bệnh viện tỉnh khai trương khoa ung bướu mới";
        let paragraph =
            "Trong năm qua, bệnh viện đã thực hiện hơn một nghìn ca phẫu thuật và được người dân đánh giá cao.";
        let stamps = ["11:28 09-02-2026", "09:09 09-02-2026", "08:00 09-02-2026", "19:13 08-02-2026"];
        let date_of = |page: &str| {
            let record = Extractor::default().extract_text("t.txt", page).unwrap_or_else(|e| panic!("{e}"));
            record.published.map(|p| p.date)
        };
        // right under the lead, and under the article further down
        for lines in [&stamps[..3], &stamps[..]] {
            let listing = lines.join("\n");
            assert_eq!(date_of(&format!("{title}\n{paragraph}\n{listing}\n")), None, "{listing}");
            let page =
                format!("{title}\n{paragraph}\n{paragraph} {paragraph}\n{paragraph}\nNguyễn Văn An\n{listing}\n");
            assert_eq!(date_of(&page), None, "{listing}");
        }
        // a date and its last update are the article's
        let two = stamps[..2].join("\n");
        assert_eq!(date_of(&format!("{title}\n{paragraph}\n{two}\n")).as_deref(), Some("2026-02-09"));
        let page = format!("{title}\n{paragraph}\n{paragraph} {paragraph}\n{paragraph}\nNguyễn Văn An\n{two}\n");
        assert_eq!(date_of(&page).as_deref(), Some("2026-02-09"));
    }

    #[test]
    fn a_reading_time_under_the_headline_is_no_headline() {
        let fa = "کار تیم ملی فوتبال ایران در جام جهانی از فردا و با دیدار مقابل انگلیس از ساعت ۱۶:۳۰ آغاز می‌شود و بازیکنان آماده‌اند.";
        let vi = "Trong năm qua, bệnh viện đã thực hiện hơn một nghìn ca phẫu thuật và được người dân đánh giá cao.";
        for (title, reading_time, paragraph) in [
            ("واکنش کاپیتان ایران به شرایط روحی بازیکنان", "زمان مطالعه: ۱ دقیقه", fa),
            ("Bệnh viện tỉnh khai trương khoa ung bướu mới", "Thời gian đọc: 3 phút", vi),
        ] {
            let page = format!("{title}\n{reading_time}\n\n{paragraph}\n\n{paragraph} {paragraph}\n");
            let record = Extractor::default().extract_text("t.txt", &page).unwrap_or_else(|e| panic!("{e}"));
            assert_eq!(record.headline.as_deref(), Some(title));
        }
    }

    #[test]
    fn a_markdown_dumps_heading_or_bold_title_is_the_headline() {
        let vi = "Trong năm qua, bệnh viện đã thực hiện hơn một nghìn ca phẫu thuật và được người dân đánh giá cao.";
        let title = "Bệnh viện tỉnh khai trương khoa ung bướu mới";
        for marked in [format!("# {title}"), format!("**{title}**")] {
            let page = format!("{marked}\n\n{vi}\n\n{vi} {vi}\n");
            let record = Extractor::default().extract_text("t.md", &page).unwrap_or_else(|e| panic!("{e}"));
            assert_eq!(record.headline.as_deref(), Some(title), "{marked}");
        }
    }

    #[test]
    fn an_html_pages_news_id_beside_its_date_above_the_article() {
        let page = "<html lang=\"fa\"><body><div class=\"info\"><span>۲۵ آبان ۱۴۰۴</span> <span>کد خبر: ۸۴۵۱۲۳</span></div>\
                    <h1>ساعات کاری ادارات تغییر نمی‌کند</h1><div class=\"body\"><p>سخنگوی دولت امروز گفت که ساعات کاری \
                    ادارات تا پایان شهریور به شیوه تابستان ادامه خواهد یافت.</p><p>وی افزود که تصمیم تازه‌ای در این \
                    باره گرفته نشده و ادارات مانند گذشته کار می‌کنند.</p></div>\
                    </body></html>";
        let record = Extractor::default().extract("page.html", page.as_bytes()).expect("a record");
        assert_eq!(record.news_id.as_deref(), Some("845123"));
    }

    #[test]
    fn a_date_in_metadata_may_be_written_as_the_text_writes_dates() {
        let page = |published: &str| {
            format!(
                "<html lang=\"fa\"><head><meta property=\"article:published_time\" content=\"{published}\"></head>\
                 <body><article><h1>ساعات کاری ادارات تغییر نمی‌کند</h1><p>سخنگوی دولت امروز گفت که ساعات کاری \
                 ادارات تا پایان شهریور به شیوه تابستان ادامه خواهد یافت.</p></article></body></html>"
            )
        };
        let extractor = Extractor::default();
        for (published, date) in [("1399/07/01 11:04", "2020-09-22"), ("22/09/2020 11:04", "2020-09-22")] {
            let record = extractor.extract("page.html", page(published).as_bytes()).expect("a record");
            assert_eq!(record.published.map(|p| p.date).as_deref(), Some(date), "{published}");
        }
    }

    #[test]
    fn a_panic_on_one_document_is_that_documents_error() {
        let index = 3;
        let failed = failing_on_panic::<()>(|| {
            let empty: &[u32] = &[];
            panic!("index {index} out of {}", empty.len())
        });
        assert!(matches!(&failed, Err(Error::Internal(m)) if m == "index 3 out of 0"), "{failed:?}");
        assert!(matches!(failing_on_panic::<()>(|| panic!("fixed")), Err(Error::Internal(m)) if m == "fixed"));
        assert!(matches!(failing_on_panic(|| Ok(1)), Ok(1)));
        assert!(matches!(failing_on_panic::<()>(|| Err(Error::Empty)), Err(Error::Empty)));
        let error = Error::Internal("fixed".to_owned());
        assert_eq!(error.kind(), "internal");
        assert!(error.to_string().contains("please report it"), "{error}");
    }

    #[test]
    fn a_caption_set_in_a_table_cell_loses_the_cells_separator() {
        let paragraph =
            "Trong năm qua, bệnh viện đã thực hiện hơn một nghìn ca phẫu thuật và được người dân đánh giá cao.";
        let page = format!(
            "Bệnh viện tỉnh khai trương khoa ung bướu mới\n{paragraph}\n![]() |\n\
             Quang cảnh lễ khai trương khoa ung bướu. |\n{paragraph} Năm tới sẽ mở thêm khoa.\n"
        );
        let record = Extractor::default().extract_text("t.txt", &page).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(record.captions, ["Quang cảnh lễ khai trương khoa ung bướu."]);
        assert_eq!(without_cell_separator("a | b |".to_owned()), "a | b |");
    }

    #[test]
    fn a_caption_repeating_the_alt_text_beside_it_is_listed_once() {
        let captions = |texts: &[&str]| without_alt_texts(texts.iter().map(|t| (*t).to_owned()).collect());
        assert_eq!(
            captions(&["Thủ tướng chủ trì họp", "Thủ tướng chủ trì họp (Ảnh: VGP)"]),
            ["Thủ tướng chủ trì họp (Ảnh: VGP)"]
        );
        assert_eq!(
            captions(&["Quang cảnh hội nghị. Ảnh: TTXVN", "Quang cảnh hội nghị."]),
            ["Quang cảnh hội nghị. Ảnh: TTXVN"]
        );
        assert_eq!(captions(&["Quang cảnh hội nghị.", "Quang cảnh hội nghị."]), ["Quang cảnh hội nghị."]);
        // two captions of two pictures stay
        assert_eq!(captions(&["Quang cảnh hội nghị.", "Đại biểu phát biểu."]).len(), 2);
    }
}
