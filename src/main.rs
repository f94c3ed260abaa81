//! The `newsextract` binary: reads the command line, runs the library on
//! every input, writes records to stdout and failures to stderr.

mod cli;

use std::io::{self, IsTerminal, Write};
use std::process::ExitCode;

use anyhow::Context;
use clap::Parser;
use newsextract::input::{self, Entry};
use newsextract::record::ErrorRecord;
use newsextract::{Extractor, Failure, InputFormat, Language, Options, Record};
use rayon::prelude::*;

use cli::{Cli, Command, FormatArg, LangArg};

/// Extraction allocates and frees many small strings per document (blocks,
/// folded words, sentences); mimalloc does that in a fraction of the time
/// the system allocator takes, on every thread. It is built without
/// transparent huge pages (`no_thp`): with them each of its regions is
/// faulted in 2 MB at a time, which doubled peak memory and took a third
/// of a one-page run zeroing pages no document used, for no gain in
/// throughput.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Documents extracted in parallel before their records are written: large
/// enough to keep every core busy, small enough that memory stays flat.
const CHUNK_DOCUMENTS: usize = 64;

/// Chunks the writer has not taken yet, extracted or being extracted:
/// enough to keep every worker busy past a chunk's slowest document and
/// to ride out a slow write, few enough that memory stays flat.
const WRITE_QUEUE_CHUNKS: usize = 4;

/// Chunks read ahead of the workers: the next one is read (files opened,
/// lines split) while the workers extract the current one, so reading
/// never leaves them idle; few enough that memory stays flat.
const READ_AHEAD_CHUNKS: usize = 2;

/// How often the workers, waiting for input, look whether the writer has
/// stopped the run: soon enough for a person, rarely enough to cost nothing.
const STOP_CHECK_INTERVAL: std::time::Duration = std::time::Duration::from_millis(100);

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
        if bless {
            // from the record itself, so the file keeps the record's field order
            let text = serde_json::to_string_pretty(&record).context("cannot serialise the record")? + "\n";
            write_atomically(&expected_file, text.as_bytes())
                .with_context(|| format!("cannot write {}", expected_file.display()))?;
            continue;
        }
        let actual = serde_json::to_value(&record).context("cannot serialise the record")?;
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
fn write_json_file(path: &std::path::Path, record: &impl serde::Serialize) -> anyhow::Result<()> {
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
        time_budget: (cli.time_budget > 0.0).then(|| std::time::Duration::from_secs_f64(cli.time_budget)),
    };
    let extractor = Extractor::new(options);

    let entries = if cli.inputs.is_empty() {
        if io::stdin().is_terminal() {
            eprintln!("newsextract: no input: give files or folders, or pipe a document on stdin (see --help)");
            return Ok(ExitCode::from(2));
        }
        vec![Entry::Document(input::Source::Stdin)]
    } else {
        let pick = if cli.globs.is_empty() {
            input::Pick::default()
        } else {
            match input::Pick::globs(&cli.globs) {
                Ok(pick) => pick,
                Err(error) => {
                    eprintln!("newsextract: --glob: {error}");
                    return Ok(ExitCode::from(2));
                }
            }
        };
        input::expand(&cli.inputs, &pick)
    };
    let reads_json_lines = cli.input_format == FormatArg::Jsonl
        || entries.iter().any(|e| matches!(e, Entry::Document(input::Source::File(p)) if input::is_json_lines(p)));
    // one record, not one JSON Lines file of many
    let single_document = entries.len() == 1 && !reads_json_lines;
    let pretty = cli.pretty || (io::stdout().is_terminal() && single_document);

    // one document keeps one thread busy: the others would only be
    // started (on a 64-core machine that is a quarter of a one-page run)
    let threads = if cli.threads == 0 && single_document { 1 } else { cli.threads };
    let pool =
        rayon::ThreadPoolBuilder::new().num_threads(threads).build().context("cannot start the worker threads")?;
    let reading = input::Reading {
        json_lines: cli.input_format == FormatArg::Jsonl,
        text_field: cli.text_field.clone(),
        max_bytes: cli.max_bytes,
    };
    // a progress bar only for a person watching a batch: never in a pipe's
    // stderr, never for one document
    let progress = if io::stderr().is_terminal() && (entries.len() > 1 || reads_json_lines) {
        progress_bar(if reads_json_lines { None } else { Some(entries.len() as u64) })
    } else {
        indicatif::ProgressBar::hidden()
    };
    let output_dir = cli.output_dir.clone();
    let (errors_as_records, fail_fast) = (cli.errors_as_records, cli.fail_fast);
    // the writer stops the readers when --fail-fast meets a failure
    let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    // the reader runs ahead of the workers on a thread of its own, not
    // joined: one blocked on a pipe that never ends must not keep the
    // program from exiting once the writer has stopped
    let (job_sender, read_jobs) = std::sync::mpsc::sync_channel::<input::Job>(READ_AHEAD_CHUNKS * CHUNK_DOCUMENTS);
    let reader_stop = std::sync::Arc::clone(&stop);
    let jobs = input::jobs(entries, reading);
    std::thread::spawn(move || {
        for job in jobs {
            if reader_stop.load(std::sync::atomic::Ordering::Relaxed) || job_sender.send(job).is_err() {
                // --fail-fast, or the workers have stopped
                break;
            }
        }
    });
    // a chunk is what has been read, up to CHUNK_DOCUMENTS: the next input
    // is waited for, the rest taken as it stands, so a slow stream (`tail
    // -f … |`) gets its records as its lines come, and a fast one full chunks
    let chunks = std::iter::from_fn(|| {
        // waited for in short slices, so that a writer stopped by
        // --fail-fast or a closed stdout ends the run while the reader is
        // still blocked on its input
        let first = loop {
            match read_jobs.recv_timeout(STOP_CHECK_INTERVAL) {
                Ok(job) => break job,
                Err(std::sync::mpsc::RecvTimeoutError::Timeout) if !stop.load(std::sync::atomic::Ordering::Relaxed) => {
                }
                Err(_) => return None,
            }
        };
        let mut chunk = Vec::with_capacity(CHUNK_DOCUMENTS);
        chunk.push(first);
        chunk.extend(read_jobs.try_iter().take(CHUNK_DOCUMENTS - 1));
        Some(chunk)
    });
    let counts = std::thread::scope(|scope| -> anyhow::Result<(usize, usize)> {
        // each chunk is extracted in parallel as a job of its own while the
        // writer, on a thread of its own, writes the chunks before it in
        // input order: a worker done with its share of a chunk goes on to
        // the next one instead of waiting for the chunk's slowest document,
        // memory stays bounded by the queue, and output order never
        // depends on timing
        let (sender, receiver) = std::sync::mpsc::sync_channel::<PendingChunk>(WRITE_QUEUE_CHUNKS);
        let stop = &stop;
        let writer_output_dir = output_dir.clone();
        let writer = scope.spawn(move || -> anyhow::Result<(usize, usize)> {
            let mut sink = Sink {
                out: io::BufWriter::new(io::stdout().lock()),
                progress,
                pretty,
                output_dir: writer_output_dir,
                errors_as_records,
                extracted: 0,
                failed: 0,
            };
            // a chunk's records go out when no other chunk is ready: a
            // batch fills the buffer, a slow stream sees each chunk's
            // records at once
            'chunks: while let Some(pending) = received(&receiver, &mut sink.out)? {
                let Some(results) = received(&pending, &mut sink.out)? else {
                    // the chunk's job panicked: the panic ends the run
                    break;
                };
                for result in results {
                    let written = match result {
                        Extracted::Record(record, line) => sink.record(*record, line)?,
                        Extracted::Failure(failure) => {
                            sink.failure(failure)?;
                            false
                        }
                    };
                    if !written && fail_fast {
                        stop.store(true, std::sync::atomic::Ordering::Relaxed);
                        break 'chunks;
                    }
                }
            }
            sink.out.flush().context("cannot write the record")?;
            sink.progress.finish_and_clear();
            Ok((sink.extracted, sink.failed))
        });
        pool.in_place_scope_fifo(|jobs| {
            for chunk in chunks {
                if stop.load(std::sync::atomic::Ordering::Relaxed) {
                    break;
                }
                let (done, pending) = std::sync::mpsc::sync_channel(1);
                if sender.send(pending).is_err() {
                    // the writer has stopped: a closed stdout or --fail-fast
                    break;
                }
                let (extractor, output_dir) = (&extractor, &output_dir);
                jobs.spawn_fifo(move |_| {
                    let results: Vec<Extracted> = chunk
                        .into_par_iter()
                        .map(|job| match extractor.extract_job(job) {
                            Ok(record) => {
                                // records for stdout are serialised here, in parallel
                                let line = output_dir.is_none().then(|| render(&record, pretty));
                                Extracted::Record(Box::new(record), line)
                            }
                            Err(failure) => Extracted::Failure(failure),
                        })
                        .collect();
                    // a stopped writer no longer wants them
                    let _ = done.send(results);
                });
            }
        });
        drop(sender);
        writer.join().map_err(|_| anyhow::anyhow!("the writer thread panicked"))?
    })?;
    let (extracted, failed) = counts;
    if extracted + failed > 1 {
        eprintln!("newsextract: {extracted} extracted, {failed} failed");
    }
    Ok(if failed > 0 { ExitCode::from(1) } else { ExitCode::SUCCESS })
}

/// A chunk's results as the writer waits for them, in input order: they
/// come once the chunk's job has extracted every document of it.
type PendingChunk = std::sync::mpsc::Receiver<Vec<Extracted>>;

/// The next message of a channel, the output flushed first when none is
/// there yet (so that a slow stream's records are not held in the
/// buffer while it waits); `None` once the channel's sender is gone.
fn received<T>(channel: &std::sync::mpsc::Receiver<T>, out: &mut impl Write) -> anyhow::Result<Option<T>> {
    match channel.try_recv() {
        Ok(message) => Ok(Some(message)),
        Err(std::sync::mpsc::TryRecvError::Disconnected) => Ok(None),
        Err(std::sync::mpsc::TryRecvError::Empty) => {
            out.flush().context("cannot write the record")?;
            Ok(channel.recv().ok())
        }
    }
}

/// One document's outcome as the workers hand it to the writer: a record,
/// with its output line already serialised when it goes to stdout, or a
/// failure.
enum Extracted {
    Record(Box<Record>, Option<Result<Vec<u8>, serde_json::Error>>),
    Failure(Failure),
}

/// A record as one line of output (or indented JSON with `--pretty`),
/// without the line end.
fn render(record: &Record, pretty: bool) -> Result<Vec<u8>, serde_json::Error> {
    if pretty { serde_json::to_vec_pretty(record) } else { serde_json::to_vec(record) }
}

/// Where records and failures go, counting both: every input ends up as
/// exactly one of them.
struct Sink<W: Write> {
    out: W,
    progress: indicatif::ProgressBar,
    pretty: bool,
    output_dir: Option<std::path::PathBuf>,
    errors_as_records: bool,
    extracted: usize,
    failed: usize,
}

impl<W: Write> Sink<W> {
    /// Writes a record to stdout or its file; false when its file could not
    /// be written (then it counts as failed).
    /// `line` is the record already serialised for stdout.
    fn record(
        &mut self,
        record: newsextract::Record,
        line: Option<Result<Vec<u8>, serde_json::Error>>,
    ) -> anyhow::Result<bool> {
        self.progress.inc(1);
        let Some(dir) = &self.output_dir else {
            match line {
                Some(line) => {
                    self.out
                        .write_all(&line.context("cannot serialise the record")?)
                        .context("cannot write the record")?;
                    self.out.write_all(b"\n").context("cannot write the record")?;
                }
                None => self.write_line(&record)?,
            }
            self.extracted += 1;
            return Ok(true);
        };
        let path = output_path(dir, &record.source);
        match write_json_file(&path, &record) {
            Ok(()) => {
                self.extracted += 1;
                Ok(true)
            }
            Err(error) => {
                let Record { source, id, url, .. } = record;
                self.failed += 1;
                self.progress.suspend(|| eprintln!("newsextract: {source}: cannot write {}: {error}", path.display()));
                if self.errors_as_records {
                    let message = format!("cannot write {}: {error}", path.display());
                    let error_record = ErrorRecord {
                        schema_version: newsextract::SCHEMA_VERSION,
                        source,
                        id,
                        url,
                        error: message,
                        error_kind: "unwritable",
                    };
                    self.write_line(&error_record)?;
                }
                Ok(false)
            }
        }
    }

    /// Reports a document that gave no record: a line on stderr, and with
    /// `--errors-as-records` an error record where its record would be.
    fn failure(&mut self, failure: Failure) -> anyhow::Result<()> {
        self.failed += 1;
        self.progress.inc(1);
        self.out.flush().context("cannot write the record")?;
        self.progress.suspend(|| eprintln!("newsextract: {}: {}", failure.source, failure.error));
        if !self.errors_as_records {
            return Ok(());
        }
        let error_record = ErrorRecord {
            schema_version: newsextract::SCHEMA_VERSION,
            error: failure.error.to_string(),
            error_kind: failure.error.kind(),
            source: failure.source,
            id: failure.id,
            url: failure.url,
        };
        match &self.output_dir {
            Some(dir) => {
                let path = output_path(dir, &error_record.source);
                if let Err(error) = write_json_file(&path, &error_record) {
                    self.progress.suspend(|| {
                        eprintln!("newsextract: {}: cannot write {}: {error}", error_record.source, path.display())
                    });
                }
                Ok(())
            }
            None => self.write_line(&error_record),
        }
    }

    fn write_line(&mut self, value: &impl serde::Serialize) -> anyhow::Result<()> {
        if self.pretty {
            serde_json::to_writer_pretty(&mut self.out, value)
        } else {
            serde_json::to_writer(&mut self.out, value)
        }
        .context("cannot write the record")?;
        self.out.write_all(b"\n").context("cannot write the record")
    }
}

/// A bar over `total` inputs, or a counter with a rate for JSON Lines
/// dumps, whose number of documents is unknown until the end.
fn progress_bar(total: Option<u64>) -> indicatif::ProgressBar {
    use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
    let (bar, template) = match total {
        Some(total) => (ProgressBar::new(total), "{bar:40} {pos}/{len} documents, {per_sec}, {eta} left"),
        None => (ProgressBar::no_length(), "{spinner} {pos} documents, {per_sec}, {elapsed}"),
    };
    bar.set_draw_target(ProgressDrawTarget::stderr_with_hz(4));
    if let Ok(style) = ProgressStyle::with_template(template) {
        bar.set_style(style);
    }
    bar
}

fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|cause| {
        cause.downcast_ref::<io::Error>().is_some_and(|e| e.kind() == io::ErrorKind::BrokenPipe)
            || cause.downcast_ref::<serde_json::Error>().and_then(|e| e.io_error_kind())
                == Some(io::ErrorKind::BrokenPipe)
    })
}
