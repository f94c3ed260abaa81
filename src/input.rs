//! Stage 0: what to read. Turns the command line's inputs (files, folders,
//! `-` for stdin) into an ordered list of entries, walking folders
//! recursively in sorted order, then into a stream of [`Job`]s: one per
//! file, or one per line of a JSON Lines file (crawl dumps), read as they
//! are needed so memory does not grow with the input. `.gz` and `.zst`
//! files are decompressed on the fly. A folder that cannot be read, a
//! symlink loop, a line that is not JSON: each becomes one failed job; the
//! rest goes on.

use std::collections::{HashSet, VecDeque};
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

use crate::error::{Error, Result};

/// Where a document's bytes come from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    Stdin,
    File(PathBuf),
}

impl Source {
    /// The name the record's `source` field and error messages use.
    pub fn name(&self) -> String {
        match self {
            Source::Stdin => "-".to_owned(),
            Source::File(path) => path.display().to_string(),
        }
    }
}

/// File name endings picked up when walking a folder, each also with `.gz`
/// or `.zst` after it.
pub const DEFAULT_EXTENSIONS: &[&str] = &["htm", "html", "jsonl", "txt"];

/// Compressed file endings, decompressed while reading.
const COMPRESSED: &[&str] = &["gz", "zst"];

/// Which files of a folder are inputs.
#[derive(Debug, Clone)]
pub enum Pick {
    /// Files with one of these extensions, also followed by `.gz` or `.zst`.
    Extensions(Vec<String>),
    /// Files whose name matches one of these globs (`--glob`).
    Globs(globset::GlobSet),
}

impl Default for Pick {
    fn default() -> Self {
        Pick::Extensions(DEFAULT_EXTENSIONS.iter().map(|e| (*e).to_owned()).collect())
    }
}

impl Pick {
    /// Files whose name matches any of `patterns` (`*.txt`, `page-*.htm*`).
    pub fn globs(patterns: &[String]) -> std::result::Result<Pick, globset::Error> {
        let mut set = globset::GlobSetBuilder::new();
        for pattern in patterns {
            set.add(globset::GlobBuilder::new(pattern).case_insensitive(true).build()?);
        }
        Ok(Pick::Globs(set.build()?))
    }

    fn picks(&self, path: &Path) -> bool {
        match self {
            Pick::Extensions(extensions) => has_extension(path, extensions),
            Pick::Globs(set) => path.file_name().is_some_and(|name| set.is_match(name)),
        }
    }
}

/// One entry of the input list: a document to read, or a failure found
/// while listing (an unreadable folder), kept in order.
#[derive(Debug)]
pub enum Entry {
    Document(Source),
    Failed { name: String, error: Error },
}

/// Expands the command line's inputs into entries, in order: each argument
/// in the order given, each folder's files sorted by path.
pub fn expand(arguments: &[PathBuf], pick: &Pick) -> Vec<Entry> {
    let mut entries = Vec::new();
    for argument in arguments {
        if argument.as_os_str() == "-" {
            entries.push(Entry::Document(Source::Stdin));
        } else if argument.is_dir() {
            let mut visited = HashSet::new();
            walk(argument, pick, &mut visited, &mut entries);
        } else if let Some(address) = web_address(argument) {
            // a page's address given where its file was meant: say how to
            // fetch it rather than that no such file exists
            let hint = format!(
                "newsextract reads files, not web addresses; fetch the page first: curl -sL '{address}' | newsextract -"
            );
            let error = Error::Read { path: argument.clone(), source: std::io::Error::other(hint) };
            entries.push(Entry::Failed { name: address.to_owned(), error });
        } else {
            // a missing or unreadable file fails when it is read, naming it
            entries.push(Entry::Document(Source::File(argument.clone())));
        }
    }
    entries
}

/// The argument, when it is a web address (`https://…`) and no file or
/// folder of that name exists.
fn web_address(argument: &Path) -> Option<&str> {
    let text = argument.to_str()?;
    let scheme = text.split_once("://").map(|(scheme, _)| scheme.to_ascii_lowercase());
    (matches!(scheme.as_deref(), Some("http" | "https")) && !argument.exists()).then_some(text)
}

fn walk(folder: &Path, pick: &Pick, visited: &mut HashSet<PathBuf>, entries: &mut Vec<Entry>) {
    let failed = |error: std::io::Error| Entry::Failed {
        name: folder.display().to_string(),
        error: Error::Read { path: folder.to_owned(), source: error },
    };
    match folder.canonicalize() {
        Ok(real) => {
            if !visited.insert(real) {
                let loop_error = std::io::Error::other("symbolic link loop: this folder was already visited");
                entries.push(failed(loop_error));
                return;
            }
        }
        Err(error) => {
            entries.push(failed(error));
            return;
        }
    }
    let listing = match std::fs::read_dir(folder) {
        Ok(listing) => listing,
        Err(error) => {
            entries.push(failed(error));
            return;
        }
    };
    let mut children: Vec<PathBuf> = listing.filter_map(|e| e.ok().map(|e| e.path())).collect();
    children.sort();
    for child in children {
        // symbolic links to folders are not followed inside a walk (as
        // ripgrep and fd do): they lead to loops or out of the tree
        let linked_folder = child.symlink_metadata().is_ok_and(|m| m.file_type().is_symlink()) && child.is_dir();
        if linked_folder {
            continue;
        }
        if child.is_dir() {
            walk(&child, pick, visited, entries);
        } else if pick.picks(&child) {
            entries.push(Entry::Document(Source::File(child)));
        }
    }
}

fn has_extension(path: &Path, extensions: &[impl AsRef<str>]) -> bool {
    let inner = match path.extension().and_then(|e| e.to_str()) {
        Some(e) if COMPRESSED.iter().any(|c| c.eq_ignore_ascii_case(e)) => path.with_extension(""),
        _ => path.to_owned(),
    };
    inner
        .extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| extensions.iter().any(|x| x.as_ref().eq_ignore_ascii_case(e)))
}

/// Opens a file, decompressing `.gz` and `.zst` while reading.
fn open(path: &Path) -> std::io::Result<Box<dyn Read + Send>> {
    let file = std::fs::File::open(path)?;
    Ok(match path.extension().and_then(|e| e.to_str()).map(str::to_ascii_lowercase).as_deref() {
        Some("gz") => Box::new(flate2::read::MultiGzDecoder::new(BufReader::new(file))),
        Some("zst") => Box::new(zstd::stream::read::Decoder::new(file)?),
        _ => Box::new(file),
    })
}

/// Whether a path names a JSON Lines file (`.jsonl`, also compressed).
pub fn is_json_lines(path: &Path) -> bool {
    has_extension(path, &["jsonl"])
}

/// One document to extract.
#[derive(Debug)]
pub struct Job {
    /// How errors and the record's `source` name it: a path, `-`, or
    /// `path:line` for a line of a JSON Lines file.
    pub name: String,
    /// The document's `id` from its JSON Lines object.
    pub id: Option<String>,
    /// The document's `url` from its JSON Lines object.
    pub url: Option<String>,
    /// Whether the document came in an `html` field.
    pub html: bool,
    /// The document's bytes, or why there are none; for a JSON Lines line
    /// not parsed yet, the line; for a file not read yet, nothing.
    pub content: Result<Vec<u8>>,
    /// What is still to be read for the document, by [`Job::read`] on the
    /// worker thread that extracts it: the one reader thread only lists
    /// files and splits lines, which would otherwise keep every worker of
    /// a many-core machine waiting on its reads and parses.
    pub unread: Option<Unread>,
}

/// What a [`Job`] still has to read before its document can be extracted.
#[derive(Debug)]
pub enum Unread {
    /// A JSON Lines line, held in the job's `content`, to parse; with the
    /// field that holds the document (`None`: `text`, else `html`).
    JsonLine(Option<String>),
    /// A document file to read whole, up to this many bytes.
    File { path: PathBuf, max_bytes: u64 },
}

impl Job {
    /// Reads what the job still has to: parses a JSON Lines line, so that
    /// `content` holds the document and `id`, `url` and `html` are set, or
    /// reads a file into `content`; a job read already is returned as it is.
    pub fn read(mut self) -> Job {
        match self.unread.take() {
            None => self,
            Some(Unread::JsonLine(text_field)) => match self.content {
                Ok(line) => json_line(&self.name, &line, text_field.as_deref()),
                Err(error) => failed(&self.name, error),
            },
            Some(Unread::File { path, max_bytes }) => {
                let content = match open(&path) {
                    Ok(reader) => read_whole(reader, max_bytes, &path),
                    Err(source) => Err(Error::Read { path, source }),
                };
                Job { content, ..self }
            }
        }
    }
}

/// Reads a document whole, or says it is larger than the limit without
/// holding more of it than that.
fn read_whole(reader: Box<dyn Read + Send>, max_bytes: u64, path: &Path) -> Result<Vec<u8>> {
    let mut bytes = Vec::new();
    match reader.take(max_bytes.saturating_add(1)).read_to_end(&mut bytes) {
        Ok(read) if read as u64 > max_bytes => Err(Error::TooLarge { limit: max_bytes }),
        Ok(_) => Ok(bytes),
        Err(error) => Err(Error::Read { path: path.to_owned(), source: error }),
    }
}

/// How to read inputs.
#[derive(Debug, Clone, Default)]
pub struct Reading {
    /// Read every input as JSON Lines (`--input-format jsonl`); otherwise
    /// only `.jsonl` files are.
    pub json_lines: bool,
    /// The field holding the document; `None` takes `text`, else `html`.
    pub text_field: Option<String>,
    /// Largest document (or JSON Lines line) read, in bytes; a larger one
    /// is an error for that document and is not held in memory.
    pub max_bytes: u64,
}

/// The default size limit: 64 MiB, far above any news page, low enough
/// that a stray disk image or log file cannot exhaust memory.
pub const DEFAULT_MAX_BYTES: u64 = 64 * 1024 * 1024;

/// The UTF-8 byte order mark, which may open a JSON Lines file.
const UTF8_BOM: &[u8] = b"\xEF\xBB\xBF";

/// The jobs of a list of entries, produced as they are read.
pub fn jobs(entries: Vec<Entry>, reading: Reading) -> Jobs {
    Jobs { entries: entries.into(), reading, lines: None }
}

/// An iterator over [`Job`]s, reading JSON Lines files line by line.
pub struct Jobs {
    entries: VecDeque<Entry>,
    reading: Reading,
    /// The JSON Lines file being read: its name, reader and line number.
    lines: Option<(String, Box<dyn BufRead + Send>, usize)>,
}

impl Iterator for Jobs {
    type Item = Job;

    fn next(&mut self) -> Option<Job> {
        loop {
            if let Some((name, reader, number)) = self.lines.as_mut() {
                let mut line = Vec::new();
                let limit = self.reading.max_bytes;
                match reader.by_ref().take(limit.saturating_add(1)).read_until(b'\n', &mut line) {
                    Ok(0) => self.lines = None,
                    Ok(read) => {
                        *number += 1;
                        if read as u64 > limit && !line.ends_with(b"\n") {
                            // drop the rest of the line without holding it
                            let skipped = skip_line(reader.as_mut());
                            let job = failed(&format!("{name}:{number}"), Error::TooLarge { limit });
                            if let Err(error) = skipped {
                                let path = PathBuf::from(name.as_str());
                                self.lines = None;
                                return Some(failed(&job.name, Error::Read { path, source: error }));
                            }
                            return Some(job);
                        }
                        // a dump saved by a Windows editor or exporter opens
                        // with a byte order mark, which is no JSON
                        if *number == 1 && line.starts_with(UTF8_BOM) {
                            line.drain(..UTF8_BOM.len());
                        }
                        if line.iter().all(u8::is_ascii_whitespace) {
                            continue;
                        }
                        return Some(Job {
                            name: format!("{name}:{number}"),
                            id: None,
                            url: None,
                            html: false,
                            content: Ok(line),
                            unread: Some(Unread::JsonLine(self.reading.text_field.clone())),
                        });
                    }
                    Err(error) => {
                        let job = failed(name, Error::Read { path: PathBuf::from(name.as_str()), source: error });
                        self.lines = None;
                        return Some(job);
                    }
                }
                continue;
            }
            let entry = self.entries.pop_front()?;
            let source = match entry {
                Entry::Failed { name, error } => return Some(failed(&name, error)),
                Entry::Document(source) => source,
            };
            let name = source.name();
            let json_lines = self.reading.json_lines || matches!(&source, Source::File(p) if is_json_lines(p));
            let max_bytes = self.reading.max_bytes;
            let reader: std::io::Result<Box<dyn Read + Send>> = match source {
                // a document file is read by the worker that extracts it
                Source::File(path) if !json_lines => {
                    let unread = Some(Unread::File { path, max_bytes });
                    return Some(Job { name, id: None, url: None, html: false, content: Ok(Vec::new()), unread });
                }
                Source::File(path) => open(&path),
                Source::Stdin => Ok(Box::new(std::io::stdin())),
            };
            let reader = match reader {
                Ok(reader) => reader,
                Err(error) => return Some(failed(&name, Error::Read { path: PathBuf::from(&name), source: error })),
            };
            if json_lines {
                self.lines = Some((name, Box::new(BufReader::new(reader)), 0));
                continue;
            }
            let content = read_whole(reader, max_bytes, Path::new(&name));
            return Some(Job { name, id: None, url: None, html: false, content, unread: None });
        }
    }
}

/// Reads and drops the rest of a line.
fn skip_line(reader: &mut dyn BufRead) -> std::io::Result<()> {
    loop {
        let buffer = reader.fill_buf()?;
        if buffer.is_empty() {
            return Ok(());
        }
        match buffer.iter().position(|&b| b == b'\n') {
            Some(at) => {
                reader.consume(at + 1);
                return Ok(());
            }
            None => {
                let length = buffer.len();
                reader.consume(length);
            }
        }
    }
}

/// serde_json's message for a line that is not JSON, placed in the line:
/// serde_json counts lines within the text it was given, and a JSON Lines
/// line given whole with its newline would be said to fail "at line 2
/// column 0" when it stops short, where the user's file names it line 17.
/// A line cut short fails at its end, wherever serde_json stopped.
fn json_syntax_error(error: &serde_json::Error) -> String {
    let message = error.to_string();
    let position = format!(" at line {} column {}", error.line(), error.column());
    let what = message.strip_suffix(&position).unwrap_or(&message);
    if error.is_eof() || error.line() > 1 {
        format!("{what} at the end of the line")
    } else {
        format!("{what} at column {}", error.column())
    }
}

fn failed(name: &str, error: Error) -> Job {
    Job { name: name.to_owned(), id: None, url: None, html: false, content: Err(error), unread: None }
}

/// One line of a JSON Lines file: an object with the document in `text`
/// or `html` (or `--text-field`), and an optional `id` and `url`.
fn json_line(name: &str, line: &[u8], text_field: Option<&str>) -> Job {
    // a line checked as UTF-8 by the vectorised validator is parsed as a
    // `str`, which spares serde_json its own, byte-at-a-time, check of every
    // string (the document is most of the line); a line that is not UTF-8
    // goes the byte way, for serde_json's error message
    let parsed = match simdutf8::basic::from_utf8(line) {
        Ok(line) => serde_json::from_str::<serde_json::Value>(line),
        Err(_) => serde_json::from_slice::<serde_json::Value>(line),
    };
    let mut object = match parsed {
        Ok(serde_json::Value::Object(object)) => object,
        Ok(_) => return failed(name, Error::JsonLine("the line is JSON but not an object".to_owned())),
        Err(error) => return failed(name, Error::JsonLine(json_syntax_error(&error))),
    };
    let fields: Vec<&str> = match text_field {
        Some(field) => vec![field],
        None => vec!["text", "html"],
    };
    let scalar = |key: &str| match object.get(key) {
        Some(serde_json::Value::String(s)) => Some(s.clone()),
        Some(serde_json::Value::Number(n)) => Some(n.to_string()),
        _ => None,
    };
    let (id, url) = (scalar("id"), scalar("url"));
    let field = fields.iter().copied().find(|f| object.get(*f).is_some_and(serde_json::Value::is_string));
    // the document is moved out of the object, not copied
    let Some((field, serde_json::Value::String(text))) = field.and_then(|f| Some((f, object.remove(f)?))) else {
        let wanted = fields.iter().map(|f| format!("\"{f}\"")).collect::<Vec<_>>().join(" or ");
        return Job { id, url, ..failed(name, Error::MissingField(wanted)) };
    };
    Job { name: name.to_owned(), id, url, html: field == "html", content: Ok(text.into_bytes()), unread: None }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folders_are_walked_recursively_in_sorted_order() -> std::io::Result<()> {
        let dir = tempfile::tempdir()?;
        std::fs::create_dir(dir.path().join("b"))?;
        std::fs::write(dir.path().join("b/2.txt"), "x")?;
        std::fs::write(dir.path().join("a.txt"), "x")?;
        std::fs::write(dir.path().join("c.txt"), "x")?;
        std::fs::write(dir.path().join("notes.md"), "x")?;
        let relative: Vec<String> = expand(&[dir.path().to_owned()], &Pick::default())
            .iter()
            .map(|e| match e {
                Entry::Document(Source::File(path)) => {
                    path.strip_prefix(dir.path()).map(|p| p.display().to_string()).unwrap_or_default()
                }
                other => format!("{other:?}"),
            })
            .collect();
        // `a.txt` < `b` < `c.txt`: files and folders in one sorted order
        assert_eq!(relative, ["a.txt", "b/2.txt", "c.txt"]);
        Ok(())
    }

    #[test]
    fn a_file_is_read_by_its_worker_not_by_the_reader() -> std::io::Result<()> {
        let dir = tempfile::tempdir()?;
        std::fs::write(dir.path().join("a.txt"), "Ông Minh nói")?;
        std::fs::write(dir.path().join("b.txt"), "x".repeat(11))?;
        std::fs::write(dir.path().join("c.txt"), "Ông An")?;
        let reading = Reading { max_bytes: 10, ..Reading::default() };
        let mut jobs = jobs(expand(&[dir.path().to_owned()], &Pick::default()), reading);
        let (Some(first), Some(second), Some(third)) = (jobs.next(), jobs.next(), jobs.next()) else {
            panic!("three files, three jobs")
        };
        // listed, not read: a file removed now is an error of its job
        assert!(first.content.as_ref().is_ok_and(Vec::is_empty));
        std::fs::remove_file(dir.path().join("a.txt"))?;
        assert!(matches!(first.read().content, Err(Error::Read { path, .. }) if path.ends_with("a.txt")));
        assert!(matches!(second.read().content, Err(Error::TooLarge { limit: 10 })));
        assert_eq!(third.read().content.ok(), Some("Ông An".as_bytes().to_vec()));
        Ok(())
    }

    #[test]
    fn a_json_line_gives_its_document_id_and_url() {
        let job =
            json_line("dump.jsonl:1", r#"{"id": 7, "url": "https://a.vn/x", "text": "Ông Minh nói"}"#.as_bytes(), None);
        assert_eq!((job.id.as_deref(), job.url.as_deref()), (Some("7"), Some("https://a.vn/x")));
        assert_eq!(job.content.ok(), Some("Ông Minh nói".as_bytes().to_vec()));
        assert!(!job.html);
    }

    #[test]
    fn a_line_that_is_not_json_is_placed_within_the_line() {
        let error = |line: &str| match json_line("dump.jsonl:17", line.as_bytes(), None).content {
            Err(Error::JsonLine(message)) => message,
            other => panic!("{other:?}"),
        };
        assert_eq!(error("{\"text\": \"x\", }\n"), "trailing comma at column 15");
        // cut short: serde_json would say line 2, column 0
        assert_eq!(error("{\"text\": \"abc\"\n"), "EOF while parsing an object at the end of the line");
        assert_eq!(error("{\"text\": \"abc\""), "EOF while parsing an object at the end of the line");
        assert_eq!(error("[1, 2]"), "the line is JSON but not an object");
    }

    #[test]
    fn a_json_line_that_is_not_utf8_is_an_error_not_a_panic() {
        let mut line = br#"{"text": "abc"#.to_vec();
        line.extend_from_slice(&[0xFF, 0xFE]);
        line.extend_from_slice(br#"def"}"#);
        let job = json_line("dump.jsonl:3", &line, None);
        assert!(matches!(job.content, Err(Error::JsonLine(_))), "{:?}", job.content);
        // a valid line with escapes still parses on the `str` path
        let job = json_line("dump.jsonl:4", br#"{"html": "<p>\u0110\u00e0 N\u1eb5ng</p>"}"#, None);
        assert_eq!(job.content.ok(), Some("<p>Đà Nẵng</p>".as_bytes().to_vec()));
        assert!(job.html);
    }
}
