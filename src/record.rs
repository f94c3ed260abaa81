//! The record: one JSON object per article, `schema_version` 1.
//!
//! This type *is* the wire format. Fields are written in the order below,
//! every field is always present (`null` or `[]` when empty) except
//! `blocks`, which only `--explain` adds. Later versions may add fields;
//! none will be renamed or change meaning without a new `schema_version`.

use serde::Serialize;

use crate::boilerplate::Label;
use crate::extract::date::Published;
use crate::extract::quotes::{Official, Quote};

/// The version of the record's layout.
pub const SCHEMA_VERSION: u32 = 1;

/// One extracted article.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Record {
    /// Always [`SCHEMA_VERSION`].
    pub schema_version: u32,
    /// Where the document came from: the path as given, or `-` for stdin.
    pub source: String,
    /// The document's id when the input supplied one, else `null`.
    pub id: Option<String>,
    /// The article's canonical URL, when the page or the input gives one.
    pub url: Option<String>,
    /// BCP 47 code: `fa`, `vi`, or another language (`ar`, `en`, `und`)
    /// for which only language-neutral stages ran.
    pub language: String,
    /// The article's title, or `null` when the page prints none.
    pub headline: Option<String>,
    /// The publication date, or `null` when the page states none.
    pub published: Option<Published>,
    /// The article's paragraphs and subheadings in order: NFC, whitespace
    /// collapsed, without headline, date line, bylines, captions or chrome.
    pub body: Vec<String>,
    /// Direct and reported speech with resolved speakers.
    pub quotes: Vec<Quote>,
    /// Named people with a role or title, with their quote counts.
    pub officials: Vec<Official>,
    /// Authors from bylines and signatures.
    pub authors: Vec<String>,
    /// The news agency or outlet the article credits.
    pub agency: Option<String>,
    /// The site's id of the article, ASCII digits.
    pub news_id: Option<String>,
    /// Image captions and photo credits.
    pub captions: Vec<String>,
    /// Tags or keywords the page gives the article.
    pub tags: Vec<String>,
    /// With `--explain`: every block with its label and the reason.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub blocks: Option<Vec<ExplainedBlock>>,
}

/// One block as `--explain` shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ExplainedBlock {
    pub text: String,
    pub label: Label,
    pub reason: &'static str,
}
