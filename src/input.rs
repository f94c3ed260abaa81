//! Stage 0: what to read. Turns the command line's inputs (files, folders,
//! `-` for stdin) into an ordered list of documents to extract, walking
//! folders recursively in sorted order. A folder that cannot be read, or a
//! symlink loop, becomes one failed entry; the walk goes on.

use std::collections::HashSet;
use std::io::Read;
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

    /// Reads the whole document.
    pub fn read(&self) -> Result<Vec<u8>> {
        match self {
            Source::Stdin => {
                let mut bytes = Vec::new();
                std::io::stdin()
                    .lock()
                    .read_to_end(&mut bytes)
                    .map_err(|source| Error::Read { path: PathBuf::from("-"), source })?;
                Ok(bytes)
            }
            Source::File(path) => std::fs::read(path).map_err(|source| Error::Read { path: path.clone(), source }),
        }
    }
}

/// File name endings picked up when walking a folder.
pub const DEFAULT_EXTENSIONS: &[&str] = &["htm", "html", "txt"];

/// One entry of the input list: a document to read, or a failure found
/// while listing (an unreadable folder), kept in order.
#[derive(Debug)]
pub enum Entry {
    Document(Source),
    Failed { name: String, error: Error },
}

/// Expands the command line's inputs into entries, in order: each argument
/// in the order given, each folder's files sorted by path.
pub fn expand(arguments: &[PathBuf], extensions: &[&str]) -> Vec<Entry> {
    let mut entries = Vec::new();
    for argument in arguments {
        if argument.as_os_str() == "-" {
            entries.push(Entry::Document(Source::Stdin));
        } else if argument.is_dir() {
            let mut visited = HashSet::new();
            walk(argument, extensions, &mut visited, &mut entries);
        } else {
            // a missing or unreadable file fails when it is read, naming it
            entries.push(Entry::Document(Source::File(argument.clone())));
        }
    }
    entries
}

fn walk(folder: &Path, extensions: &[&str], visited: &mut HashSet<PathBuf>, entries: &mut Vec<Entry>) {
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
        if child.is_dir() {
            walk(&child, extensions, visited, entries);
        } else if has_extension(&child, extensions) {
            entries.push(Entry::Document(Source::File(child)));
        }
    }
}

fn has_extension(path: &Path, extensions: &[&str]) -> bool {
    path.extension().and_then(|e| e.to_str()).is_some_and(|e| extensions.iter().any(|x| x.eq_ignore_ascii_case(e)))
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
        let relative: Vec<String> = expand(&[dir.path().to_owned()], DEFAULT_EXTENSIONS)
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
}
