//! Stage 4: the record's fields, each read from the labelled blocks.

pub mod date;
pub mod headline;
pub mod meta;
pub mod people;
pub mod quotes;
