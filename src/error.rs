//! The library's errors: why one document could not be extracted.

use std::path::PathBuf;

/// Why a document gave no record. Each variant's message names the cause
/// in words a user can act on; callers add which input it was.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The input holds no bytes, or only whitespace.
    #[error("empty input: there is no text to extract")]
    Empty,
    /// The input looks like a binary file (an image, an archive …).
    #[error("binary data, not text ({0})")]
    Binary(&'static str),
    /// The input mixes valid UTF-8 with bytes that are not UTF-8.
    #[error("invalid UTF-8 at byte {offset}: the file mixes UTF-8 with bytes of another encoding")]
    InvalidUtf8 { offset: usize },
    /// The document is larger than the size limit.
    #[error("larger than the size limit of {limit} bytes (see --max-bytes)")]
    TooLarge { limit: u64 },
    /// Extraction ran past the per-document time budget.
    #[error("gave up: the time budget of {budget:?} ran out in the {stage} stage (see --time-budget)")]
    TimeBudget { budget: std::time::Duration, stage: &'static str },
    /// A JSON Lines line is not a JSON object.
    #[error("not a JSON object: {0}")]
    JsonLine(String),
    /// A JSON Lines object has no string field with the document.
    #[error("no string field {0} with the document")]
    MissingField(String),
    /// Extraction hit a bug on this document (a panic, caught): the
    /// document gets no record, the others go on.
    #[error("internal error: {0} (a bug in newsextract; please report it with this input)")]
    Internal(String),
    /// The input could not be read.
    #[error("cannot read {}: {source}", path.display())]
    Read {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
}

impl Error {
    /// A stable name for the kind of failure, for error records.
    pub fn kind(&self) -> &'static str {
        match self {
            Error::Empty => "empty",
            Error::Binary(_) => "binary",
            Error::InvalidUtf8 { .. } => "invalid_utf8",
            Error::TooLarge { .. } => "too_large",
            Error::TimeBudget { .. } => "time_budget",
            Error::JsonLine(_) => "not_json",
            Error::MissingField(_) => "missing_field",
            Error::Read { .. } => "unreadable",
            Error::Internal(_) => "internal",
        }
    }
}

/// The library's result type.
pub type Result<T, E = Error> = std::result::Result<T, E>;
