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

/// Fields that a record may leave out; every other field is always
/// written, `null` when empty.
const OMITTED_WHEN_EMPTY: &[&str] = &["blocks"];

/// The record's JSON Schema, as `newsextract schema` prints it: every field
/// the record always writes is required (nullable ones may be `null`), and
/// keys are sorted so the text is the same however it is printed.
pub fn schema() -> serde_json::Value {
    let schema = schemars::schema_for!(Record);
    let mut value = serde_json::to_value(schema).unwrap_or(serde_json::Value::Null);
    require_written_fields(&mut value);
    sorted(value)
}

fn require_written_fields(value: &mut serde_json::Value) {
    use serde_json::Value;
    match value {
        Value::Object(object) => {
            if let Some(Value::Object(properties)) = object.get("properties") {
                let mut names: Vec<&String> =
                    properties.keys().filter(|k| !OMITTED_WHEN_EMPTY.contains(&k.as_str())).collect();
                names.sort();
                let required: Vec<Value> = names.into_iter().map(|k| Value::String(k.clone())).collect();
                object.insert("required".to_owned(), Value::Array(required));
            }
            object.values_mut().for_each(require_written_fields);
        }
        Value::Array(items) => items.iter_mut().for_each(require_written_fields),
        _ => {}
    }
}

fn sorted(value: serde_json::Value) -> serde_json::Value {
    use serde_json::Value;
    match value {
        Value::Object(object) => {
            let mut entries: Vec<(String, Value)> = object.into_iter().collect();
            entries.sort_by(|a, b| a.0.cmp(&b.0));
            Value::Object(entries.into_iter().map(|(k, v)| (k, sorted(v))).collect())
        }
        Value::Array(items) => Value::Array(items.into_iter().map(sorted).collect()),
        other => other,
    }
}

/// The version of the record's layout.
pub const SCHEMA_VERSION: u32 = 1;

/// One extracted article.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
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

/// What `--errors-as-records` writes in place of the record of a document
/// that failed, so a pipeline gets one line out per document in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ErrorRecord {
    pub schema_version: u32,
    pub source: String,
    pub id: Option<String>,
    pub url: Option<String>,
    /// What went wrong, in words.
    pub error: String,
    /// A stable name for the kind of failure: `empty`, `binary`,
    /// `invalid_utf8`, `too_large`, `time_budget`, `not_json`,
    /// `missing_field`, `unreadable`, `unwritable`, `internal`.
    pub error_kind: &'static str,
}

/// One block as `--explain` shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, schemars::JsonSchema)]
pub struct ExplainedBlock {
    pub text: String,
    pub label: Label,
    pub reason: &'static str,
}
