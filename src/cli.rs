//! The command line, as clap reads it. The doc comments are the help text.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

/// Extract clean, structured JSON records from Persian and Vietnamese news
/// pages: headline, publication date (Solar Hijri converted to Gregorian),
/// body paragraphs without site chrome, quotes with their speakers, and the
/// officials named.
#[derive(Debug, Parser)]
#[command(
    name = "newsextract",
    version,
    after_help = "\
Examples:
  newsextract page.txt                      one record, pretty on a terminal
  newsextract crawl/ > records.jsonl        every .txt/.html under crawl/, one line each
  newsextract --input-format html page.htm  force HTML parsing
  zstdcat crawl.jsonl.zst | newsextract --input-format jsonl > records.jsonl
  newsextract --errors-as-records dump.jsonl  one output line per input line, failures too
  newsextract --glob '*.htm*' --output-dir out/ mirror/   pick files, one .json each
  cat page.txt | newsextract --lang fa      a document on stdin
  newsextract --explain page.txt            see why each line was kept or dropped
  newsextract check fixtures/               compare outputs with X.expected.json files
  newsextract schema > record.schema.json   the record's JSON Schema

Exit status: 0 all inputs extracted, 1 some inputs failed (each failure is
one line on stderr), 2 usage error."
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,

    #[command(flatten)]
    pub extract: ExtractArgs,
}

/// The subcommands beside extraction.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Extract every input of the folders that has an X.expected.json
    /// beside it (X.txt, X.html) and compare the records field by field;
    /// print a diff for each mismatch and exit with 1 if any differ.
    Check {
        /// Write or update the expected files instead of comparing (every
        /// input of the folders gets one). Read the diff before committing.
        #[arg(long)]
        bless: bool,

        /// Folders of fixtures, walked recursively.
        #[arg(value_name = "FOLDER", required = true)]
        folders: Vec<PathBuf>,
    },
    /// Print the record's JSON Schema.
    Schema,
}

/// Extraction options.
#[derive(Debug, Args)]
pub struct ExtractArgs {
    /// Files or folders to read ('-' for stdin). Folders are walked
    /// recursively in sorted order, picking up .txt, .html, .htm and .jsonl
    /// files, also compressed as .gz or .zst (see --glob); symbolic links
    /// to folders inside them are not followed. Without inputs, stdin is
    /// read.
    #[arg(value_name = "INPUT")]
    pub inputs: Vec<PathBuf>,

    /// Indented JSON instead of one record per line. The default when
    /// stdout is a terminal and there is one record.
    #[arg(long)]
    pub pretty: bool,

    /// Pick the files of a folder whose name matches this glob instead of
    /// the default extensions; may be repeated (`--glob '*.htm*' --glob
    /// 'page-*'`). Files named on the command line are always read.
    #[arg(long = "glob", value_name = "GLOB")]
    pub globs: Vec<String>,

    /// Whether inputs are crawl text, HTML pages, or JSON Lines (one
    /// object per line with the document in "text" or "html"); 'auto'
    /// looks at each document, and reads .jsonl files as JSON Lines.
    #[arg(long, value_enum, value_name = "FORMAT", default_value_t = FormatArg::Auto)]
    pub input_format: FormatArg,

    /// The JSON Lines field that holds the document [default: "text", else
    /// "html"]. An "id" and a "url" field are carried into the record.
    #[arg(long, value_name = "NAME")]
    pub text_field: Option<String>,

    /// The documents' language; 'auto' identifies it per document.
    #[arg(long, value_enum, default_value_t = LangArg::Auto)]
    pub lang: LangArg,

    /// Resolve relative dates (امروز, hôm qua) against this day,
    /// YYYY-MM-DD, and date a day printed without its year (۱۸ آذر,
    /// Chiều 16/1) no more than a day after it. Without it, relative dates
    /// give no date, and a missing year is taken from the years the text
    /// names.
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    pub reference_date: Option<newsextract::Ymd>,

    /// Add "blocks" to each record: every block of the page with its label
    /// and the reason for it.
    #[arg(long)]
    pub explain: bool,

    /// Extract on this many threads; 0 (the default) uses every core, or one
    /// thread for a single document.
    /// Records still come out in input order.
    #[arg(long, value_name = "N", default_value_t = 0)]
    pub threads: usize,

    /// Write each record to DIR/<input path>.json (written atomically,
    /// folders mirrored; a JSON Lines line to DIR/<file>/<line>.json, stdin
    /// to DIR/stdin.json) instead of stdout.
    #[arg(long, value_name = "DIR")]
    pub output_dir: Option<PathBuf>,

    /// Largest document read, in bytes (a JSON Lines line counts as one
    /// document); a larger one is reported as failed.
    #[arg(long, value_name = "BYTES", default_value_t = newsextract::input::DEFAULT_MAX_BYTES)]
    pub max_bytes: u64,

    /// Give up on a document after this many seconds of extraction (it is
    /// reported as failed and the batch goes on); 0 for no limit.
    #[arg(long, value_name = "SECONDS", default_value_t = DEFAULT_TIME_BUDGET_SECONDS, value_parser = parse_seconds)]
    pub time_budget: f64,

    /// Also write a record for each input that fails, in its place in the
    /// output: {"source", "id", "url", "error", "error_kind"}, so that a
    /// pipeline gets exactly one line out per document in. Failures are
    /// still reported on stderr and in the exit status.
    #[arg(long)]
    pub errors_as_records: bool,

    /// Stop at the first input that fails instead of going on.
    #[arg(long)]
    pub fail_fast: bool,
}

/// `--input-format` values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FormatArg {
    Auto,
    Text,
    Html,
    Jsonl,
}

/// `--lang` values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum LangArg {
    Auto,
    Fa,
    Vi,
}

/// The default per-document time budget: seed-sized pages take about a
/// millisecond and a 64 MB document (the default size limit) a few seconds,
/// so only a pathological input comes near it.
const DEFAULT_TIME_BUDGET_SECONDS: f64 = 30.0;

fn parse_seconds(text: &str) -> Result<f64, String> {
    match text.parse::<f64>() {
        Ok(seconds) if seconds.is_finite() && (0.0..=1e9).contains(&seconds) => Ok(seconds),
        _ => Err(format!("'{text}' is not a number of seconds (0 for no limit)")),
    }
}

fn parse_date(text: &str) -> Result<newsextract::Ymd, String> {
    newsextract::extract::date::parse_reference(text)
        .ok_or_else(|| format!("'{text}' is not a date of the form YYYY-MM-DD"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn the_command_line_is_well_formed() {
        Cli::command().debug_assert();
    }
}
