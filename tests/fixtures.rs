//! Every `fixtures/**/X.txt` with an `X.expected.json` beside it is
//! extracted by the binary, as a user runs it, and compared with the
//! expected record field by field.
//!
//! To re-record after a deliberate change: `NEWSEXTRACT_BLESS=1 cargo test
//! --test fixtures`, then read `git diff fixtures/` before committing.

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use serde_json::Value;

fn fixture_inputs(dir: &Path, found: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for path in paths {
        if path.is_dir() {
            fixture_inputs(&path, found);
        } else if path.extension().is_some_and(|e| e == "txt") {
            found.push(path);
        }
    }
}

fn expected_path(input: &Path) -> PathBuf {
    input.with_extension("expected.json")
}

/// Lists the differing fields, recursing into objects and arrays.
fn diff(path: &str, expected: &Value, actual: &Value, out: &mut Vec<String>) {
    match (expected, actual) {
        (Value::Object(e), Value::Object(a)) => {
            for key in e.keys().chain(a.keys().filter(|k| !e.contains_key(*k))) {
                let (ev, av) = (e.get(key).unwrap_or(&Value::Null), a.get(key).unwrap_or(&Value::Null));
                diff(&format!("{path}.{key}"), ev, av, out);
            }
        }
        (Value::Array(e), Value::Array(a)) => {
            for i in 0..e.len().max(a.len()) {
                diff(&format!("{path}[{i}]"), e.get(i).unwrap_or(&Value::Null), a.get(i).unwrap_or(&Value::Null), out);
            }
        }
        _ if expected != actual => out.push(format!("{path}:\n    expected {expected}\n    actual   {actual}")),
        _ => {}
    }
}

#[test]
fn fixtures_match_their_expected_records() {
    let mut inputs = Vec::new();
    fixture_inputs(Path::new("fixtures"), &mut inputs);
    let bless = std::env::var_os("NEWSEXTRACT_BLESS").is_some();
    let mut failures = Vec::new();
    let mut compared = 0;
    for input in &inputs {
        let expected_file = expected_path(input);
        if !expected_file.exists() && !bless {
            continue;
        }
        let output = Command::cargo_bin("newsextract")
            .map_err(|e| e.to_string())
            .and_then(|mut c| c.arg(input).output().map_err(|e| e.to_string()))
            .unwrap_or_else(|e| panic!("cannot run newsextract on {}: {e}", input.display()));
        assert!(output.status.success(), "{}: {}", input.display(), String::from_utf8_lossy(&output.stderr));
        let actual: Value =
            serde_json::from_slice(&output.stdout).unwrap_or_else(|e| panic!("{}: not JSON: {e}", input.display()));
        if bless {
            let pretty = serde_json::to_string_pretty(&actual).unwrap_or_default() + "\n";
            std::fs::write(&expected_file, pretty).unwrap_or_else(|e| panic!("{}: {e}", expected_file.display()));
            continue;
        }
        let text =
            std::fs::read_to_string(&expected_file).unwrap_or_else(|e| panic!("{}: {e}", expected_file.display()));
        let expected: Value =
            serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", expected_file.display()));
        let mut differences = Vec::new();
        diff("", &expected, &actual, &mut differences);
        if !differences.is_empty() {
            failures.push(format!("{}:\n  {}", input.display(), differences.join("\n  ")));
        }
        compared += 1;
    }
    assert!(bless || compared >= 5, "expected at least the five seed fixtures, compared {compared}");
    assert!(failures.is_empty(), "fixtures differ from their expected records:\n{}", failures.join("\n"));
}
