//! `newsextract check`: extract every fixture input that has an expected
//! record beside it (`X.txt` or `X.html` with `X.expected.json`) and
//! compare field by field, so fixture outputs can be kept under CI.

use std::path::{Path, PathBuf};

use serde_json::Value;

/// Fields left out of the comparison: `source` is the path the input was
/// given as, which depends on where the check runs from.
const IGNORED_FIELDS: &[&str] = &["source"];

/// Input file endings that can have an expected record.
const INPUT_EXTENSIONS: &[&str] = &["htm", "html", "txt"];

/// The expected record's path for an input: `X.txt` → `X.expected.json`.
pub fn expected_path(input: &Path) -> PathBuf {
    input.with_extension("expected.json")
}

/// The fixture inputs under the folders, sorted: every input whose
/// expected record exists, or, when `include_unrecorded`, every input.
pub fn cases(folders: &[PathBuf], include_unrecorded: bool) -> std::io::Result<Vec<PathBuf>> {
    let mut found = Vec::new();
    for folder in folders {
        collect(folder, include_unrecorded, &mut found)?;
    }
    Ok(found)
}

fn collect(dir: &Path, include_unrecorded: bool, found: &mut Vec<PathBuf>) -> std::io::Result<()> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)?.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for path in paths {
        if path.is_dir() {
            collect(&path, include_unrecorded, found)?;
        } else if is_input(&path) && (include_unrecorded || expected_path(&path).exists()) {
            found.push(path);
        }
    }
    Ok(())
}

fn is_input(path: &Path) -> bool {
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
    !name.ends_with(".expected.json")
        && path.extension().and_then(|e| e.to_str()).is_some_and(|e| INPUT_EXTENSIONS.contains(&e))
}

/// The differences between an expected and an actual record, one line per
/// differing field, named by its path (`quotes[2].speaker.name`).
pub fn diff(expected: &Value, actual: &Value) -> Vec<String> {
    let mut out = Vec::new();
    walk("", expected, actual, &mut out);
    out
}

fn walk(path: &str, expected: &Value, actual: &Value, out: &mut Vec<String>) {
    match (expected, actual) {
        (Value::Object(e), Value::Object(a)) => {
            for key in e.keys().chain(a.keys().filter(|k| !e.contains_key(*k))) {
                if path.is_empty() && IGNORED_FIELDS.contains(&key.as_str()) {
                    continue;
                }
                let (ev, av) = (e.get(key).unwrap_or(&Value::Null), a.get(key).unwrap_or(&Value::Null));
                let child = if path.is_empty() { key.clone() } else { format!("{path}.{key}") };
                walk(&child, ev, av, out);
            }
        }
        (Value::Array(e), Value::Array(a)) => {
            for i in 0..e.len().max(a.len()) {
                let (ev, av) = (e.get(i).unwrap_or(&Value::Null), a.get(i).unwrap_or(&Value::Null));
                walk(&format!("{path}[{i}]"), ev, av, out);
            }
        }
        _ if expected != actual => out.push(format!("{path}:\n    expected {expected}\n    actual   {actual}")),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn diff_names_each_differing_field() {
        let expected =
            json!({"source": "a/x.txt", "headline": "A", "quotes": [{"speaker": {"name": "X"}}], "tags": []});
        let actual = json!({"source": "b/x.txt", "headline": "A", "quotes": [{"speaker": {"name": "Y"}}, {"speaker": null}], "tags": []});
        let lines = diff(&expected, &actual);
        assert_eq!(lines.len(), 2, "{lines:?}");
        assert!(lines[0].starts_with("quotes[0].speaker.name:"));
        assert!(lines[1].starts_with("quotes[1]:"));
        assert!(diff(&expected, &expected).is_empty());
    }
}
