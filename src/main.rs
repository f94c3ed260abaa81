//! The `newsextract` binary: reads the command line, runs the library on
//! every input, writes records to stdout and failures to stderr.

mod cli;

use std::io::{self, IsTerminal, Write};
use std::process::ExitCode;

use anyhow::Context;
use clap::Parser;
use newsextract::input::{self, Entry};
use newsextract::{Extractor, InputFormat, Language, Options};
use rayon::prelude::*;

use cli::{Cli, Command, FormatArg, LangArg};

/// Documents extracted in parallel before their records are written: large
/// enough to keep every core busy, small enough that memory stays flat.
const CHUNK_DOCUMENTS: usize = 64;

fn main() -> ExitCode {
    match run() {
        Ok(code) => code,
        Err(err) if is_broken_pipe(&err) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("newsextract: {err:#}");
            ExitCode::from(2)
        }
    }
}

fn run() -> anyhow::Result<ExitCode> {
    let cli = Cli::parse();
    match cli.command {
        Some(Command::Schema) => {
            let mut out = io::stdout().lock();
            serde_json::to_writer_pretty(&mut out, &newsextract::record::schema())
                .context("cannot write the schema")?;
            out.write_all(b"\n").context("cannot write the schema")?;
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Check { bless, folders }) => check(&folders, bless),
        None => extract(cli.extract),
    }
}

/// `newsextract check`: compare (or with `bless`, write) expected records.
fn check(folders: &[std::path::PathBuf], bless: bool) -> anyhow::Result<ExitCode> {
    let extractor = Extractor::new(Options::default());
    let cases = newsextract::check::cases(folders, bless).context("cannot list the fixtures")?;
    let mut out = io::stdout().lock();
    let (mut differing, mut failed) = (0usize, 0usize);
    for input in &cases {
        let name = input.display().to_string();
        let expected_file = newsextract::check::expected_path(input);
        let record =
            match std::fs::read(input).map_err(|source| newsextract::Error::Read { path: input.clone(), source }) {
                Ok(bytes) => extractor.extract(&name, &bytes),
                Err(error) => Err(error),
            };
        let record = match record {
            Ok(record) => record,
            Err(error) => {
                failed += 1;
                eprintln!("newsextract: {name}: {error}");
                continue;
            }
        };
        let actual = serde_json::to_value(&record).context("cannot serialise the record")?;
        if bless {
            let text = serde_json::to_string_pretty(&actual).context("cannot serialise the record")? + "\n";
            write_atomically(&expected_file, text.as_bytes())
                .with_context(|| format!("cannot write {}", expected_file.display()))?;
            continue;
        }
        let expected: serde_json::Value = match std::fs::read_to_string(&expected_file)
            .map_err(anyhow::Error::from)
            .and_then(|t| serde_json::from_str(&t).map_err(anyhow::Error::from))
        {
            Ok(value) => value,
            Err(error) => {
                failed += 1;
                eprintln!("newsextract: {}: {error:#}", expected_file.display());
                continue;
            }
        };
        let differences = newsextract::check::diff(&expected, &actual);
        if !differences.is_empty() {
            differing += 1;
            writeln!(out, "{name}: {} field(s) differ from {}", differences.len(), expected_file.display())?;
            for line in differences {
                writeln!(out, "  {line}")?;
            }
        }
    }
    let verb = if bless { "recorded" } else { "checked" };
    eprintln!("newsextract: {} fixture(s) {verb}, {differing} differ, {failed} failed", cases.len());
    Ok(if differing + failed > 0 { ExitCode::from(1) } else { ExitCode::SUCCESS })
}

/// Where `--output-dir` puts a document's record: the input's path as
/// given, without its root or `..` parts, plus `.json`; the line of a JSON
/// Lines file (`crawl.jsonl:17`) goes to `crawl.jsonl/17.json`; stdin to
/// `stdin.json`.
fn output_path(dir: &std::path::Path, source: &str) -> std::path::PathBuf {
    use std::path::{Component, Path};
    let (file, line) = match source.rsplit_once(':') {
        Some((file, line)) if !line.is_empty() && line.bytes().all(|b| b.is_ascii_digit()) => (file, Some(line)),
        _ => (source, None),
    };
    let file = if file == "-" { "stdin" } else { file };
    let mut relative: std::path::PathBuf =
        Path::new(file).components().filter(|c| matches!(c, Component::Normal(_))).collect();
    match line {
        Some(line) => relative.push(format!("{line}.json")),
        None => {
            let mut name = relative.file_name().map(|n| n.to_os_string()).unwrap_or_default();
            name.push(".json");
            relative.set_file_name(name);
        }
    }
    dir.join(relative)
}

/// Writes one record as indented JSON, creating its folder.
fn write_record(path: &std::path::Path, record: &newsextract::Record) -> anyhow::Result<()> {
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent)?;
    }
    let text = serde_json::to_string_pretty(record)? + "\n";
    write_atomically(path, text.as_bytes())?;
    Ok(())
}

/// Writes a file through a temporary file and a rename, so a reader never
/// sees half of it.
fn write_atomically(path: &std::path::Path, bytes: &[u8]) -> io::Result<()> {
    let temporary = path.with_extension("json.tmp");
    std::fs::write(&temporary, bytes)?;
    std::fs::rename(&temporary, path)
}

/// Extraction: the records of every input on stdout.
fn extract(cli: cli::ExtractArgs) -> anyhow::Result<ExitCode> {
    let options = Options {
        language: match cli.lang {
            LangArg::Auto => None,
            LangArg::Fa => Some(Language::Persian),
            LangArg::Vi => Some(Language::Vietnamese),
        },
        reference_date: cli.reference_date,
        explain: cli.explain,
        input_format: match cli.input_format {
            FormatArg::Auto | FormatArg::Jsonl => InputFormat::Auto,
            FormatArg::Text => InputFormat::Text,
            FormatArg::Html => InputFormat::Html,
        },
    };
    let extractor = Extractor::new(options);

    let entries = if cli.inputs.is_empty() {
        if io::stdin().is_terminal() {
            eprintln!("newsextract: no input: give files or folders, or pipe a document on stdin (see --help)");
            return Ok(ExitCode::from(2));
        }
        vec![Entry::Document(input::Source::Stdin)]
    } else {
        input::expand(&cli.inputs, input::DEFAULT_EXTENSIONS)
    };
    // one record, not one JSON Lines file of many
    let single_document = entries.len() == 1
        && cli.input_format != FormatArg::Jsonl
        && !matches!(&entries[0], Entry::Document(input::Source::File(p)) if p.to_string_lossy().contains(".jsonl"));
    let pretty = cli.pretty || (io::stdout().is_terminal() && single_document);

    let pool =
        rayon::ThreadPoolBuilder::new().num_threads(cli.threads).build().context("cannot start the worker threads")?;
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    let mut failed = 0usize;
    // extract a chunk in parallel, then write it in input order: memory
    // stays bounded by the chunk, and output order never depends on timing
    let reading = input::Reading {
        json_lines: cli.input_format == FormatArg::Jsonl,
        text_field: cli.text_field.clone(),
        max_bytes: cli.max_bytes,
    };
    let mut extracted = 0usize;
    let mut jobs = input::jobs(entries, reading).peekable();
    'chunks: while jobs.peek().is_some() {
        let chunk: Vec<input::Job> = jobs.by_ref().take(CHUNK_DOCUMENTS).collect();
        let results: Vec<Result<newsextract::Record, (String, newsextract::Error)>> =
            pool.install(|| chunk.into_par_iter().map(|job| extractor.extract_job(job)).collect());
        for result in results {
            match result {
                Ok(record) if cli.output_dir.is_some() => {
                    let dir = cli.output_dir.as_deref().unwrap_or(std::path::Path::new("."));
                    let path = output_path(dir, &record.source);
                    match write_record(&path, &record) {
                        Ok(()) => extracted += 1,
                        Err(error) => {
                            failed += 1;
                            eprintln!("newsextract: {}: cannot write {}: {error}", record.source, path.display());
                            if cli.fail_fast {
                                break 'chunks;
                            }
                        }
                    }
                }
                Ok(record) => {
                    extracted += 1;
                    if pretty {
                        serde_json::to_writer_pretty(&mut out, &record)
                    } else {
                        serde_json::to_writer(&mut out, &record)
                    }
                    .context("cannot write the record")?;
                    out.write_all(b"\n").context("cannot write the record")?;
                }
                Err((name, error)) => {
                    failed += 1;
                    out.flush().context("cannot write the record")?;
                    eprintln!("newsextract: {name}: {error}");
                    if cli.fail_fast {
                        break 'chunks;
                    }
                }
            }
        }
    }
    out.flush().context("cannot write the record")?;
    if extracted + failed > 1 {
        eprintln!("newsextract: {extracted} extracted, {failed} failed");
    }
    Ok(if failed > 0 { ExitCode::from(1) } else { ExitCode::SUCCESS })
}

fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|cause| {
        cause.downcast_ref::<io::Error>().is_some_and(|e| e.kind() == io::ErrorKind::BrokenPipe)
            || cause.downcast_ref::<serde_json::Error>().and_then(|e| e.io_error_kind())
                == Some(io::ErrorKind::BrokenPipe)
    })
}
