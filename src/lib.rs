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

pub mod blocks;
pub mod boilerplate;
pub mod decode;
pub mod error;
pub mod extract;
pub mod input;
pub mod lang;
pub mod record;
pub mod text;

pub use error::{Error, Result};
pub use extract::date::Ymd;
pub use lang::Language;
pub use record::{Record, SCHEMA_VERSION};

use boilerplate::Label;
use extract::{date, headline, meta, quotes};
use record::ExplainedBlock;

/// How far below the article's first block a date line is still the
/// page's dateline: sites that print the lead above the date put it right
/// after the lead.
const DATE_AFTER_LEAD_BLOCKS: usize = 3;

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
        let decoded = decode::decode(bytes)?;
        Ok(self.extract_text(source, &decoded.text))
    }

    /// Extracts one document from text already decoded.
    pub fn extract_text(&self, source: &str, text: &str) -> Record {
        let text = decode::normalize(text);
        let language = self.options.language.unwrap_or_else(|| lang::identify(&text));
        let data = language.data();
        let abbreviations = data.map_or(&[][..], |d| d.abbreviations);
        let blocks = blocks::from_text(&text, abbreviations);
        let page = boilerplate::classify(&blocks, data);
        let mut decisions = page.decisions.clone();
        let start = page.start.unwrap_or(blocks.len());

        let headline_index = headline::choose(&blocks, &page);
        if let Some(h) = headline_index {
            for (i, f) in page.features.iter().enumerate() {
                if f.folded == page.features[h].folded && (i == h || !decisions[i].label.is_body() || !f.prose) {
                    decisions[i] = boilerplate::Decision { label: Label::Headline, reason: "the headline" };
                }
            }
        }

        // the header: what stands above the article, plus date lines just
        // below its first paragraph (pages that print the lead first)
        let header: Vec<usize> = (0..blocks.len())
            .filter(|&i| decisions[i].label != Label::Headline && !decisions[i].label.is_body())
            .filter(|&i| i < start || i <= start + DATE_AFTER_LEAD_BLOCKS && page.features[i].date_line)
            .collect();
        let body_indices: Vec<usize> = (0..blocks.len()).filter(|&i| decisions[i].label.is_body()).collect();
        let sources = date::DateSources {
            header: header.iter().map(|&i| blocks[i].text.as_str()).collect(),
            lead: body_indices.first().map(|&i| blocks[i].text.as_str()),
            body: body_indices.iter().map(|&i| blocks[i].text.as_str()).collect(),
        };
        let found_date = date::find(&sources, language, self.options.reference_date);
        if let Some(line) = found_date.as_ref().and_then(|f| f.header_line) {
            decisions[header[line]] = boilerplate::Decision { label: Label::Date, reason: "the publication date" };
        }

        let mut news_id = None;
        for i in (0..blocks.len()).filter(|&i| !decisions[i].label.is_body()) {
            if let Some(id) = meta::news_id(&blocks[i].text) {
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
        let captions = texts_labelled(Label::Caption);
        let authors = texts_labelled(Label::Byline).iter().flat_map(|b| meta::authors(b, data)).collect();
        let (quotes, officials) = match data {
            Some(data) => {
                let continues_previous: Vec<bool> = body_indices
                    .iter()
                    .enumerate()
                    .map(|(k, &i)| {
                        k > 0 && blocks[i].from_flattened_line && blocks[body_indices[k - 1]].line == blocks[i].line
                    })
                    .collect();
                quotes::extract(&body, &continues_previous, language, data)
            }
            None => (Vec::new(), Vec::new()),
        };
        let explained = self.options.explain.then(|| {
            blocks
                .iter()
                .zip(&decisions)
                .map(|(b, d)| ExplainedBlock { text: b.text.clone(), label: d.label, reason: d.reason })
                .collect()
        });

        Record {
            schema_version: SCHEMA_VERSION,
            source: source.to_owned(),
            id: None,
            language: language.code().to_owned(),
            headline: headline_index.map(|h| blocks[h].text.clone()),
            published: found_date.map(|f| f.published),
            agency: meta::agency(&body, language),
            body,
            quotes,
            officials,
            authors,
            news_id,
            captions,
            tags: Vec::new(),
            blocks: explained,
        }
    }
}
