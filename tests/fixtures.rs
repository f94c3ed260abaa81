//! The project's fixtures under `newsextract check`, as CI runs them, and
//! the `check` command itself: a passing check, a failing one with a
//! field-level diff, and `--bless`.
//!
//! To re-record after a deliberate change: `cargo run -- check --bless
//! fixtures`, then read `git diff fixtures/` before committing.

use std::path::Path;

use assert_cmd::Command;
use predicates::prelude::*;

fn newsextract() -> Command {
    Command::cargo_bin("newsextract").unwrap_or_else(|e| panic!("the binary is built: {e}"))
}

/// Expected records in a fixture folder and the folders under it.
fn expected_records(dir: &Path) -> usize {
    let Ok(entries) = std::fs::read_dir(dir) else { return 0 };
    entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .map(|path| {
            if path.is_dir() {
                expected_records(&path)
            } else {
                usize::from(path.to_string_lossy().ends_with(".expected.json"))
            }
        })
        .sum()
}

#[test]
fn fixtures_match_their_expected_records() {
    assert!(expected_records(Path::new("fixtures/seeds")) >= 5, "the five seed fixtures have expected records");
    // the page layouts written for the project (related boxes, see-also
    // labels, comment counts, player labels) as well
    assert!(expected_records(Path::new("fixtures/layouts")) >= 5, "the layout fixtures have expected records");
    let count = expected_records(Path::new("fixtures"));
    newsextract()
        .args(["check", "fixtures"])
        .assert()
        .success()
        .stderr(predicate::str::contains(format!("{count} fixture(s) checked, 0 differ, 0 failed")));
}

fn copy_fixture(dir: &Path) {
    for name in ["003_86578dc097bd5739.txt", "003_86578dc097bd5739.expected.json"] {
        std::fs::copy(Path::new("fixtures/seeds").join(name), dir.join(name)).unwrap_or_else(|e| panic!("{e}"));
    }
}

#[test]
fn check_prints_a_field_level_diff_and_fails() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    copy_fixture(dir.path());
    let expected = dir.path().join("003_86578dc097bd5739.expected.json");
    let text = std::fs::read_to_string(&expected).unwrap_or_default().replace("\"Trần Kiêm Hảo\"", "\"Someone Else\"");
    std::fs::write(&expected, text).unwrap_or_else(|e| panic!("{e}"));
    newsextract()
        .arg("check")
        .arg(dir.path())
        .assert()
        .code(1)
        .stdout(predicate::str::contains("quotes[0].speaker.name:"))
        .stdout(predicate::str::contains("expected \"Someone Else\""))
        .stdout(predicate::str::contains("actual   \"Trần Kiêm Hảo\""));
}

#[test]
fn bless_writes_expected_records_that_then_check() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    std::fs::copy("fixtures/seeds/000_4afa22a96e38f072.txt", dir.path().join("page.txt"))
        .unwrap_or_else(|e| panic!("{e}"));
    newsextract()
        .arg("check")
        .arg(dir.path())
        .assert()
        .success()
        .stderr(predicate::str::contains("0 fixture(s) checked"));
    newsextract().args(["check", "--bless"]).arg(dir.path()).assert().success();
    assert!(dir.path().join("page.expected.json").exists());
    newsextract()
        .arg("check")
        .arg(dir.path())
        .assert()
        .success()
        .stderr(predicate::str::contains("1 fixture(s) checked, 0 differ"));
}
