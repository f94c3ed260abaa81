//! The command line as a user runs it: files, folders, stdin, `--pretty`,
//! bad inputs, exit codes.

use std::path::Path;

use assert_cmd::Command;
use predicates::prelude::*;
use serde_json::Value;

const SEED_FA: &str = "fixtures/seeds/000_4afa22a96e38f072.txt";
const SEED_VI: &str = "fixtures/seeds/003_86578dc097bd5739.txt";

fn newsextract() -> Command {
    Command::cargo_bin("newsextract").unwrap_or_else(|e| panic!("the binary is built: {e}"))
}

/// Parses JSON Lines output into records.
fn records(stdout: &[u8]) -> Vec<Value> {
    String::from_utf8_lossy(stdout)
        .lines()
        .map(|line| serde_json::from_str(line).unwrap_or_else(|e| panic!("not a JSON line: {e}: {line}")))
        .collect()
}

/// The error lines of stderr, without the closing summary.
fn error_lines(stderr: &[u8]) -> Vec<String> {
    String::from_utf8_lossy(stderr).lines().filter(|l| !l.contains(" extracted, ")).map(str::to_owned).collect()
}

fn sources(stdout: &[u8]) -> Vec<String> {
    records(stdout).iter().map(|r| r["source"].as_str().unwrap_or_default().to_owned()).collect()
}

#[test]
fn a_file_gives_one_compact_record() {
    let output = newsextract().arg(SEED_FA).output().unwrap_or_else(|e| panic!("{e}"));
    assert!(output.status.success());
    let text = String::from_utf8_lossy(&output.stdout);
    assert_eq!(text.lines().count(), 1, "one line per record when stdout is not a terminal");
    let record = &records(&output.stdout)[0];
    assert_eq!(record["schema_version"], 1);
    assert_eq!(record["language"], "fa");
    assert_eq!(record["published"]["date"], "2025-11-06");
    assert_eq!(record["source"], SEED_FA);
}

#[test]
fn pretty_prints_indented_json() {
    newsextract()
        .args(["--pretty", SEED_VI])
        .assert()
        .success()
        .stdout(predicate::str::starts_with("{\n  \"schema_version\": 1,"));
}

#[test]
fn stdin_is_read_when_no_input_is_given() {
    let page = std::fs::read(SEED_VI).unwrap_or_default();
    let output = newsextract().write_stdin(page).output().unwrap_or_else(|e| panic!("{e}"));
    assert!(output.status.success());
    let record = &records(&output.stdout)[0];
    assert_eq!(record["source"], "-");
    assert_eq!(
        record["headline"],
        "Thừa Thiên Huế: Ngành Y tế nâng cao chất lượng khám chữa bệnh, chăm sóc sức khỏe nhân dân"
    );
}

#[test]
fn dash_reads_stdin_among_files() {
    let page = std::fs::read(SEED_VI).unwrap_or_default();
    let output = newsextract().args([SEED_FA, "-"]).write_stdin(page).output().unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(sources(&output.stdout), [SEED_FA, "-"]);
}

#[test]
fn a_folder_is_walked_in_sorted_order() {
    let output = newsextract().arg("fixtures/seeds").output().unwrap_or_else(|e| panic!("{e}"));
    assert!(output.status.success());
    let names = sources(&output.stdout);
    assert_eq!(names.len(), 5, "the five seeds, and not their .expected.json files");
    let mut sorted = names.clone();
    sorted.sort();
    assert_eq!(names, sorted);
}

#[test]
fn lang_forces_the_language() {
    let output = newsextract().args(["--lang", "vi", SEED_FA]).output().unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(records(&output.stdout)[0]["language"], "vi");
}

#[test]
fn explain_lists_every_block_with_its_label_and_reason() {
    let output = newsextract().args(["--explain", SEED_FA]).output().unwrap_or_else(|e| panic!("{e}"));
    let record = &records(&output.stdout)[0];
    let blocks = record["blocks"].as_array().cloned().unwrap_or_default();
    let label_of = |text: &str| blocks.iter().find(|b| b["text"] == text).map(|b| b["label"].clone());
    assert_eq!(label_of("انتهای پیام"), Some(Value::from("boilerplate")));
    assert_eq!(label_of("۱۴۰۴/۰۸/۱۵"), Some(Value::from("date")));
    assert_eq!(label_of("افزایش خدمات تصویربرداری، آزمایشگاهی و زایمان"), Some(Value::from("heading")));
    assert!(blocks.iter().all(|b| b["reason"].as_str().is_some_and(|r| !r.is_empty())));
    // without --explain there is no `blocks` field
    let plain = newsextract().arg(SEED_FA).output().unwrap_or_else(|e| panic!("{e}"));
    assert!(records(&plain.stdout)[0].get("blocks").is_none());
}

/// Runs the binary on a good seed and a bad file; the bad one must give
/// exactly one stderr line naming it and the cause, exit status 1, and the
/// seed must still get its record.
fn assert_bad_input(bad: &Path, cause: &str) {
    let output = newsextract().arg(SEED_FA).arg(bad).arg(SEED_VI).output().unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(output.status.code(), Some(1), "exit status 1 for {}", bad.display());
    assert_eq!(sources(&output.stdout), [SEED_FA, SEED_VI], "the other inputs still get their records");
    let stderr = String::from_utf8_lossy(&output.stderr);
    let lines = error_lines(&output.stderr);
    assert_eq!(lines.len(), 1, "one error line, got: {stderr}");
    assert!(stderr.contains("newsextract: 2 extracted, 1 failed"), "the closing summary: {stderr}");
    assert!(lines[0].contains(&bad.display().to_string()), "the line names the input: {stderr}");
    assert!(lines[0].contains(cause), "the line says why ({cause}): {stderr}");
    assert!(!stderr.contains("panicked"));
}

#[test]
fn an_empty_file_is_an_error_for_that_file_only() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let empty = dir.path().join("empty.txt");
    std::fs::write(&empty, "").unwrap_or_else(|e| panic!("{e}"));
    assert_bad_input(&empty, "empty input");
    let blank = dir.path().join("blank.txt");
    std::fs::write(&blank, " \n\t\n").unwrap_or_else(|e| panic!("{e}"));
    assert_bad_input(&blank, "empty input");
}

#[test]
fn a_png_is_refused_as_binary() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let png = dir.path().join("photo.txt");
    std::fs::write(&png, b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x02\0\0\0")
        .unwrap_or_else(|e| panic!("{e}"));
    assert_bad_input(&png, "binary data");
}

#[test]
fn invalid_utf8_is_refused_with_its_offset() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let broken = dir.path().join("broken.txt");
    let mut bytes = std::fs::read(SEED_FA).unwrap_or_default();
    bytes.splice(100..100, [0xFF, 0xFE]);
    std::fs::write(&broken, bytes).unwrap_or_else(|e| panic!("{e}"));
    assert_bad_input(&broken, "invalid UTF-8 at byte 100");
}

#[test]
fn a_missing_path_is_named() {
    assert_bad_input(Path::new("no/such/page.txt"), "No such file or directory");
}

#[test]
fn a_web_address_is_refused_with_how_to_fetch_it() {
    assert_bad_input(
        Path::new("https://vnexpress.net/bai-viet-1.html"),
        "curl -sL 'https://vnexpress.net/bai-viet-1.html'",
    );
}

#[cfg(unix)]
#[test]
fn a_folder_with_an_unreadable_file_still_gives_the_others() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    std::fs::copy(SEED_FA, dir.path().join("a.txt")).unwrap_or_else(|e| panic!("{e}"));
    std::fs::copy(SEED_VI, dir.path().join("c.txt")).unwrap_or_else(|e| panic!("{e}"));
    // a link to nowhere cannot be read, whoever runs the test (root reads
    // files whatever their permissions)
    std::os::unix::fs::symlink(dir.path().join("gone"), dir.path().join("b.txt")).unwrap_or_else(|e| panic!("{e}"));
    let output = newsextract().arg(dir.path()).output().unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(output.status.code(), Some(1));
    let names: Vec<String> =
        sources(&output.stdout).iter().map(|s| s.rsplit('/').next().unwrap_or_default().to_owned()).collect();
    assert_eq!(names, ["a.txt", "c.txt"]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(error_lines(&output.stderr).len(), 1);
    assert!(stderr.contains("b.txt") && stderr.contains("cannot read"), "{stderr}");
}

#[test]
fn fail_fast_stops_at_the_first_failure() {
    let output = newsextract().args(["--fail-fast", "missing.txt", SEED_FA]).output().unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(output.status.code(), Some(1));
    assert!(output.stdout.is_empty());
}

#[test]
fn usage_errors_exit_with_2() {
    newsextract().arg("--no-such-flag").assert().code(2);
    newsextract().args(["--lang", "xx", SEED_FA]).assert().code(2);
    newsextract()
        .args(["--reference-date", "2025-02-30", SEED_FA])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("not a date"));
}

#[test]
fn help_has_examples() {
    newsextract().arg("--help").assert().success().stdout(predicate::str::contains("Examples:"));
}

#[cfg(unix)]
#[test]
fn a_closed_stdout_ends_quietly() -> std::io::Result<()> {
    use std::process::{Command as Std, Stdio};
    let binary = assert_cmd::cargo::cargo_bin("newsextract");
    // many records into a pipe whose reader has gone
    let mut child = Std::new(binary)
        .args(std::iter::repeat_n("fixtures/seeds", 200))
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()?;
    drop(child.stdout.take());
    let output = child.wait_with_output()?;
    assert_eq!(output.status.code(), Some(0));
    assert!(output.stderr.is_empty(), "{}", String::from_utf8_lossy(&output.stderr));
    Ok(())
}

/// The record's body paragraphs.
fn body_of(record: &Value) -> Vec<&str> {
    record["body"].as_array().into_iter().flatten().filter_map(Value::as_str).collect()
}

/// The names of the record's quotes' speakers, in order (unnamed ones left out).
fn speaker_names(record: &Value) -> Vec<&str> {
    record["quotes"].as_array().into_iter().flatten().filter_map(|q| q["speaker"]["name"].as_str()).collect()
}

/// A small article page of our own, with the chrome real pages carry.
const PAGE: &str = r#"<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8">
<title>Bệnh viện tỉnh khai trương khoa mới - Báo Tỉnh Nhà</title>
<meta property="og:title" content="Bệnh viện tỉnh khai trương khoa mới - Báo Tỉnh Nhà">
<meta property="og:site_name" content="Báo Tỉnh Nhà">
<meta property="article:published_time" content="2025-03-02T08:30:00+07:00">
<link rel="canonical" href="https://baotinhnha.example/benh-vien-khai-truong.html">
</head><body>
<nav><ul><li><a href="/">Trang chủ</a></li><li><a href="/suc-khoe">Sức khỏe</a></li></ul></nav>
<div class="main"><article class="detail">
<h1>Bệnh viện tỉnh khai trương khoa mới</h1>
<p class="sapo">Sáng nay, bệnh viện tỉnh đã khai trương khoa Hồi sức tích cực với ba mươi giường bệnh hiện đại.</p>
<div class="content">
<p>Ông Nguyễn Văn An, Giám đốc bệnh viện, cho biết khoa mới sẽ giúp giảm tải cho tuyến trên trong năm nay.</p>
<figure><img src="khoa-moi.jpg" alt=""><figcaption>Lễ khai trương khoa Hồi sức tích cực.</figcaption></figure>
<p>"Chúng tôi đã chuẩn bị đội ngũ bác sĩ trong suốt hai năm qua", ông An nói thêm với phóng viên.</p>
<div class="box-related"><a href="/a">Bệnh viện huyện nhận thêm máy thở mới</a><a href="/b">Tỉnh đầu tư trang thiết bị y tế</a></div>
</div></article>
<aside class="sidebar"><h3>Đọc nhiều</h3><p><a href="/c">Giá xăng giảm mạnh trong kỳ điều hành hôm nay</a></p></aside>
</div>
<footer><p>Bản quyền thuộc Báo Tỉnh Nhà. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p></footer>
</body></html>"#;

#[test]
fn an_html_page_gives_metadata_body_and_quotes() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let path = dir.path().join("page.html");
    std::fs::write(&path, PAGE).unwrap_or_else(|e| panic!("{e}"));
    let output = newsextract().arg(&path).output().unwrap_or_else(|e| panic!("{e}"));
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let record = &records(&output.stdout)[0];
    assert_eq!(record["headline"], "Bệnh viện tỉnh khai trương khoa mới");
    assert_eq!(record["published"]["date"], "2025-03-02");
    assert_eq!(record["published"]["utc_offset"], "+07:00");
    assert_eq!(record["url"], "https://baotinhnha.example/benh-vien-khai-truong.html");
    let body = body_of(record);
    assert_eq!(body.len(), 3, "lead and two paragraphs: {body:?}");
    assert!(body[0].starts_with("Sáng nay"));
    assert!(body.iter().all(|p| !p.contains("Trang chủ")
        && !p.contains("máy thở")
        && !p.contains("Giá xăng")
        && !p.contains("Bản quyền")));
    assert_eq!(record["captions"][0], "Lễ khai trương khoa Hồi sức tích cực.");
    let speakers = speaker_names(record);
    assert_eq!(speakers, ["Nguyễn Văn An", "Nguyễn Văn An"]);
}

/// A Persian article page of our own, as Persian sites print them: no
/// JSON-LD, the date in Solar Hijri in the page, chrome in camel-case
/// classes, and the official met by role in the lead before being named.
const PERSIAN_PAGE: &str = r##"<!DOCTYPE html>
<html lang="fa" dir="rtl">
<head>
<meta charset="utf-8">
<title>افتتاح بیمارستان جدید در قم - خبرگزاری نمونه</title>
<meta property="og:title" content="افتتاح بیمارستان جدید در قم | خبرگزاری نمونه">
<meta property="og:site_name" content="خبرگزاری نمونه">
<link rel="canonical" href="https://example.ir/news/12345">
<style>.menu{display:flex}</style>
<script>var ads = [];</script>
</head>
<body>
<header class="site-header">
  <nav class="main-menu"><ul><li><a href="/">صفحه اصلی</a></li><li><a href="/politics">سیاسی</a></li><li><a href="/economy">اقتصادی</a></li><li><a href="/sport">ورزشی</a></li></ul></nav>
</header>
<div class="container">
  <div class="breadcrumb"><a href="/">خانه</a> » <a href="/health">سلامت</a></div>
  <div class="newsBody">
    <div class="newsTitle"><h1>افتتاح بیمارستان جدید در قم</h1></div>
    <div class="newsDate"><span>۱۵ آبان ۱۴۰۴ - ۱۰:۳۰</span></div>
    <div class="lead"><p>رئیس دانشگاه علوم پزشکی قم از افتتاح بیمارستان ۳۰۰ تختخوابی شهید بهشتی در هفته آینده خبر داد.</p></div>
    <div class="newsText">
      <p>به گزارش خبرگزاری نمونه از قم، دکتر محمد رضایی رئیس دانشگاه علوم پزشکی قم امروز در نشست خبری گفت: این بیمارستان با ۳۰۰ تخت و ۱۲ اتاق عمل، بزرگ‌ترین مرکز درمانی استان خواهد بود.</p>
      <p>وی افزود: ساخت این بیمارستان از سال ۱۳۹۵ آغاز شده و با وجود مشکلات اعتباری، پیشرفت فیزیکی آن اکنون به صد درصد رسیده است.</p>
      <p>رضایی با اشاره به کمبود پزشک متخصص در استان تصریح کرد که جذب نیروی انسانی مورد نیاز این مرکز از ماه گذشته آغاز شده است.</p>
    </div>
    <div class="newsTags"><a href="/tag/1">بیمارستان</a> <a href="/tag/2">قم</a></div>
    <div class="shareBox"><a href="#">اشتراک در تلگرام</a> <a href="#">اشتراک در توییتر</a></div>
  </div>
  <div class="relatedNews"><h3>اخبار مرتبط</h3><ul>
    <li><a href="/news/1">آغاز واکسیناسیون آنفلوانزا در مدارس قم از هفته آینده</a></li>
    <li><a href="/news/2">کمبود داروهای خاص در داروخانه‌های استان برطرف شد</a></li>
  </ul></div>
  <div class="commentBox"><h4>نظر شما</h4><form><textarea></textarea><button>ارسال</button></form></div>
</div>
<footer><p>کلیه حقوق این سایت متعلق به خبرگزاری نمونه است.</p></footer>
</body>
</html>"##;

#[test]
fn a_persian_html_page_gives_its_date_body_and_speaker() {
    let output = newsextract()
        .args(["--input-format", "html", "-"])
        .write_stdin(PERSIAN_PAGE)
        .output()
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let record = &records(&output.stdout)[0];
    assert_eq!(record["language"], "fa");
    assert_eq!(record["headline"], "افتتاح بیمارستان جدید در قم");
    assert_eq!(record["published"]["date"], "2025-11-06");
    assert_eq!(record["published"]["calendar"], "solar_hijri");
    assert_eq!(record["published"]["utc_offset"], "+03:30");
    assert_eq!(record["url"], "https://example.ir/news/12345");
    let body = body_of(record);
    assert_eq!(body.len(), 4, "the lead and three paragraphs: {body:?}");
    assert!(body[0].starts_with("رئیس دانشگاه"));
    assert!(body.iter().all(|p| !p.contains("صفحه اصلی")
        && !p.contains("اشتراک")
        && !p.contains("واکسیناسیون")
        && !p.contains("حقوق")));
    // the lead's `رئیس دانشگاه علوم پزشکی قم … خبر داد` is the man named next
    let speakers = speaker_names(record);
    assert_eq!(speakers, ["محمد رضایی"; 4]);
    assert_eq!(record["officials"].as_array().map(Vec::len), Some(1));
    assert_eq!(record["officials"][0]["quotes"], 4);
}

#[test]
fn input_format_forces_html_or_text() {
    let html = newsextract()
        .args(["--input-format", "html", "-"])
        .write_stdin(PAGE)
        .output()
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(records(&html.stdout)[0]["headline"], "Bệnh viện tỉnh khai trương khoa mới");
    // read as text, the markup is just text: no metadata is taken from it
    let text = newsextract()
        .args(["--input-format", "text", "-"])
        .write_stdin(PAGE)
        .output()
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(records(&text.stdout)[0]["url"], Value::Null);
}

#[test]
fn broken_html_still_gives_records() {
    let paragraph = "Đoạn văn này đủ dài để là một đoạn của bài báo và phải được giữ lại trong kết quả.";
    let pages = [
        (
            "unclosed.html",
            format!(
                "<div><p>{paragraph}<p>Đoạn hai không đóng thẻ nhưng vẫn là một đoạn văn dài của bài viết.<div><span>"
            ),
        ),
        ("nobody.html", format!("<title>Tin</title><p>{paragraph}</p>")),
        ("deep.html", format!("<html><body>{}<p>{paragraph}</p>", "<div>".repeat(200_000))),
        (
            "charset.html",
            format!("<html><head><meta charset=\"windows-1256\"></head><body><p>{paragraph}</p></body></html>"),
        ),
    ];
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    for (name, page) in &pages {
        std::fs::write(dir.path().join(name), page).unwrap_or_else(|e| panic!("{e}"));
    }
    let output = newsextract().arg(dir.path()).output().unwrap_or_else(|e| panic!("{e}"));
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let found = records(&output.stdout);
    assert_eq!(found.len(), 4);
    for record in &found {
        let body = record["body"].to_string();
        assert!(body.contains("đủ dài để là một đoạn"), "{}: {body}", record["source"]);
    }
}

#[test]
fn reference_date_resolves_relative_days_only_when_given() {
    let page = "Bệnh viện khai trương khoa mới\n\nSáng hôm qua, bệnh viện tỉnh đã khai trương khoa Hồi sức tích cực với ba mươi giường bệnh hiện đại.\n";
    let without = newsextract().arg("-").write_stdin(page).output().unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(records(&without.stdout)[0]["published"], Value::Null);
    let with = newsextract()
        .args(["--reference-date", "2025-01-16", "-"])
        .write_stdin(page)
        .output()
        .unwrap_or_else(|e| panic!("{e}"));
    let published = &records(&with.stdout)[0]["published"];
    assert_eq!(published["date"], "2025-01-15");
    // the words that gave the day, not the sentence they open
    assert_eq!(published["raw"], "Sáng hôm qua");
}

#[test]
fn parallel_output_is_in_input_order_and_equals_one_thread() {
    // more inputs than one parallel chunk, in a deliberately unsorted order
    let mut inputs: Vec<String> = Vec::new();
    for round in 0..30 {
        for seed in ["004_df447839939e28a6", "000_4afa22a96e38f072", "003_86578dc097bd5739"] {
            inputs.push(format!("fixtures/seeds/{seed}.txt"));
        }
        if round % 7 == 0 {
            inputs.push("missing.txt".to_owned());
        }
    }
    let one = newsextract().arg("--threads").arg("1").args(&inputs).output().unwrap_or_else(|e| panic!("{e}"));
    let many = newsextract().arg("--threads").arg("4").args(&inputs).output().unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(one.stdout, many.stdout);
    let expected: Vec<&String> = inputs.iter().filter(|i| !i.starts_with("missing")).collect();
    assert_eq!(sources(&many.stdout).iter().collect::<Vec<_>>(), expected);
    assert_eq!(error_lines(&many.stderr).len(), 5);
    assert_eq!(many.status.code(), Some(1));
}

/// A JSON Lines crawl dump: good lines, a line that is not JSON, a line
/// without the document field, a blank line, an HTML line.
fn crawl_dump() -> String {
    let seed = |path: &str| std::fs::read_to_string(path).unwrap_or_default();
    [
        serde_json::json!({"id": 1, "url": "https://a.example/1", "text": seed(SEED_FA)}).to_string(),
        "this is not json".to_owned(),
        serde_json::json!({"id": "x2", "body": "no text field"}).to_string(),
        String::new(),
        serde_json::json!({"id": 3, "html": "<html><body><h1>Tiêu đề bài</h1><p>Đoạn văn đủ dài để được giữ lại trong kết quả của bài viết này.</p></body></html>"}).to_string(),
        serde_json::json!({"id": 4, "text": seed(SEED_VI)}).to_string(),
    ]
    .join("\n")
        + "\n"
}

fn assert_dump_output(output: &std::process::Output, name: &str) {
    assert_eq!(output.status.code(), Some(1));
    let found = records(&output.stdout);
    let ids: Vec<String> = found.iter().map(|r| r["id"].as_str().unwrap_or_default().to_owned()).collect();
    assert_eq!(ids, ["1", "3", "4"], "one record per good line, in order");
    assert_eq!(found[0]["url"], "https://a.example/1");
    assert_eq!(found[0]["source"], format!("{name}:1"));
    assert_eq!(found[1]["headline"], "Tiêu đề bài", "an html field is parsed as HTML");
    let stderr = String::from_utf8_lossy(&output.stderr);
    let lines = error_lines(&output.stderr);
    assert_eq!(lines.len(), 2, "{stderr}");
    assert!(lines[0].contains(&format!("{name}:2")) && lines[0].contains("not a JSON object"), "{stderr}");
    assert!(lines[1].contains(&format!("{name}:3")) && lines[1].contains("\"text\" or \"html\""), "{stderr}");
}

#[test]
fn json_lines_in_and_out_with_bad_lines_named() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let path = dir.path().join("crawl.jsonl");
    std::fs::write(&path, crawl_dump()).unwrap_or_else(|e| panic!("{e}"));
    let output = newsextract().arg(&path).output().unwrap_or_else(|e| panic!("{e}"));
    assert_dump_output(&output, &path.display().to_string());
    // the same dump on stdin
    let output = newsextract()
        .args(["--input-format", "jsonl"])
        .write_stdin(crawl_dump())
        .output()
        .unwrap_or_else(|e| panic!("{e}"));
    assert_dump_output(&output, "-");
}

#[test]
fn compressed_inputs_are_read() -> std::io::Result<()> {
    use std::io::Write;
    let dir = tempfile::tempdir()?;
    let gz = dir.path().join("crawl.jsonl.gz");
    let mut encoder = flate2::write::GzEncoder::new(std::fs::File::create(&gz)?, flate2::Compression::default());
    encoder.write_all(crawl_dump().as_bytes())?;
    encoder.finish()?;
    let output = newsextract().arg(&gz).output()?;
    assert_dump_output(&output, &gz.display().to_string());
    let zst = dir.path().join("page.txt.zst");
    std::fs::write(&zst, zstd::encode_all(std::fs::read(SEED_VI)?.as_slice(), 3)?)?;
    let output = newsextract().arg(&zst).output()?;
    assert!(output.status.success());
    assert_eq!(records(&output.stdout)[0]["published"]["date"], "2024-02-28");
    // a truncated archive is an error for that input only
    let bytes = std::fs::read(&gz)?;
    let truncated = dir.path().join("cut.jsonl.gz");
    std::fs::write(&truncated, &bytes[..bytes.len() / 2])?;
    let output = newsextract().arg(&truncated).arg(SEED_FA).output()?;
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(sources(&output.stdout).last().map(String::as_str), Some(SEED_FA));
    assert!(String::from_utf8_lossy(&output.stderr).contains("cut.jsonl.gz"));
    Ok(())
}

#[test]
fn text_field_names_the_document_field() {
    let line = serde_json::json!({"content": std::fs::read_to_string(SEED_VI).unwrap_or_default()}).to_string();
    let output = newsextract()
        .args(["--input-format", "jsonl", "--text-field", "content"])
        .write_stdin(line)
        .output()
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    assert_eq!(records(&output.stdout)[0]["language"], "vi");
}

#[test]
fn a_dump_saved_with_a_byte_order_mark_and_crlf_lines_is_read() {
    let dump =
        format!("\u{FEFF}{}\r\n{}\r\n", crawl_dump_line("1", "Tiêu đề một"), crawl_dump_line("2", "Tiêu đề hai"));
    let output =
        newsextract().args(["--input-format", "jsonl"]).write_stdin(dump).output().unwrap_or_else(|e| panic!("{e}"));
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let ids: Vec<String> =
        records(&output.stdout).iter().map(|r| r["id"].as_str().unwrap_or_default().to_owned()).collect();
    assert_eq!(ids, ["1", "2"]);
}

fn crawl_dump_line(id: &str, headline: &str) -> String {
    serde_json::json!({"id": id, "html": format!("<h1>{headline}</h1><p>Một câu của bài viết.</p>")}).to_string()
}

#[test]
fn documents_over_the_size_limit_fail_alone() {
    let big = "x".repeat(2_000);
    let dump = format!("{{\"id\": 1, \"text\": \"{big}\"}}\n{{\"id\": 2, \"text\": \"Một câu ngắn của bài viết.\"}}\n");
    let output = newsextract()
        .args(["--input-format", "jsonl", "--max-bytes", "1000"])
        .write_stdin(dump)
        .output()
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(output.status.code(), Some(1));
    let ids: Vec<String> =
        records(&output.stdout).iter().map(|r| r["id"].as_str().unwrap_or_default().to_owned()).collect();
    assert_eq!(ids, ["2"]);
    let lines = error_lines(&output.stderr);
    assert!(lines[0].contains("-:1") && lines[0].contains("size limit of 1000 bytes"), "{lines:?}");
    let file = newsextract().args(["--max-bytes", "100", SEED_FA]).output().unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(file.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&file.stderr).contains("size limit"));
}

#[test]
fn output_dir_mirrors_inputs_and_reports_unwritable_places() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let out = dir.path().join("out");
    let output =
        newsextract().arg("--output-dir").arg(&out).arg("fixtures/seeds").output().unwrap_or_else(|e| panic!("{e}"));
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    assert!(output.stdout.is_empty(), "records go to files, not stdout");
    let written = out.join("fixtures/seeds/000_4afa22a96e38f072.txt.json");
    let record: Value =
        serde_json::from_str(&std::fs::read_to_string(&written).unwrap_or_default()).unwrap_or(Value::Null);
    assert_eq!(record["published"]["date"], "2025-11-06");
    assert_eq!(
        std::fs::read_dir(out.join("fixtures/seeds")).map(|d| d.count()).unwrap_or(0),
        5,
        "no temporary files left"
    );
    // a file where the output folder should be: a clear error, exit 1
    let blocker = dir.path().join("not-a-folder");
    std::fs::write(&blocker, "x").unwrap_or_else(|e| panic!("{e}"));
    let output =
        newsextract().arg("--output-dir").arg(&blocker).arg(SEED_VI).output().unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains(SEED_VI) && stderr.contains("cannot write"), "{stderr}");
}

#[test]
fn other_languages_get_a_record_with_their_language() {
    let pages = [
        (
            "en",
            "Minister visits hospital\n\nThe health minister said on Monday that the new hospital wing will open next month.\n",
        ),
        (
            "ar",
            "وزير الصحة يزور المستشفى\n\nقال وزير الصحة يوم الاثنين إن الجناح الجديد في المستشفى سيفتح الشهر المقبل.\n",
        ),
    ];
    for (code, page) in pages {
        let output = newsextract().write_stdin(page).output().unwrap_or_else(|e| panic!("{e}"));
        assert!(output.status.success());
        let record = &records(&output.stdout)[0];
        assert_eq!(record["language"], code);
        assert_eq!(record["body"].as_array().map(Vec::len), Some(1));
        assert_eq!(record["quotes"], Value::Array(vec![]), "fa/vi stages do not misfire");
        assert_eq!(record["published"], Value::Null);
    }
}

#[cfg(unix)]
#[test]
fn symbolic_links_to_folders_are_not_followed_in_a_walk() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let inner = dir.path().join("a");
    std::fs::create_dir(&inner).unwrap_or_else(|e| panic!("{e}"));
    std::fs::copy(SEED_VI, inner.join("page.txt")).unwrap_or_else(|e| panic!("{e}"));
    std::os::unix::fs::symlink("..", inner.join("up")).unwrap_or_else(|e| panic!("{e}"));
    let output = newsextract().arg(dir.path()).output().unwrap_or_else(|e| panic!("{e}"));
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    assert_eq!(records(&output.stdout).len(), 1, "the loop adds nothing and loses nothing");
}

#[test]
fn a_file_that_switches_encoding_is_an_error_naming_the_offset() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let path = dir.path().join("mixed.txt");
    let text = std::fs::read_to_string(SEED_FA).unwrap_or_default();
    let (legacy, _, _) = encoding_rs::WINDOWS_1256.encode("رییس دانشگاه گفت: خدمات درمانی زیادی ارائه شده است.");
    let mut bytes = text.as_bytes().to_vec();
    bytes.extend_from_slice(&legacy);
    std::fs::write(&path, bytes).unwrap_or_else(|e| panic!("{e}"));
    assert_bad_input(&path, &format!("invalid UTF-8 at byte {}", text.len()));
}

/// A crawl dump of `lines` documents in which every hundredth line is bad,
/// in turn: not JSON, no text field, an empty document, a document over
/// the size limit the tests pass. Returns the dump and the bad line numbers.
fn dump_with_bad_lines(lines: usize) -> (String, Vec<usize>) {
    let mut dump = String::new();
    let mut bad = Vec::new();
    for number in 1..=lines {
        let line = if number % 100 == 0 {
            bad.push(number);
            match (number / 100) % 4 {
                0 => "{\"id\": \"broken".to_owned(),
                1 => format!("{{\"id\": \"{number}\", \"body\": \"no text field\"}}"),
                2 => format!("{{\"id\": \"{number}\", \"text\": \"  \"}}"),
                _ => format!("{{\"id\": \"{number}\", \"text\": \"{}\"}}", "dài ".repeat(600)),
            }
        } else {
            format!(
                "{{\"id\": \"{number}\", \"url\": \"https://example.vn/{number}\", \"text\": \"Tin số {number}\\nÔng Nguyễn Văn An, Giám đốc Sở Y tế, cho biết: Bệnh viện sẽ mở thêm khoa mới trong năm nay.\"}}"
            )
        };
        dump.push_str(&line);
        dump.push('\n');
    }
    (dump, bad)
}

#[test]
fn every_line_of_a_large_dump_is_accounted_for() -> std::io::Result<()> {
    let dir = tempfile::tempdir()?;
    let path = dir.path().join("crawl.jsonl");
    let (dump, bad) = dump_with_bad_lines(100_000);
    std::fs::write(&path, dump)?;
    let output = newsextract().args(["--max-bytes", "2000"]).arg(&path).output()?;
    assert_eq!(output.status.code(), Some(1));
    let records = records(&output.stdout);
    assert_eq!(records.len(), 99_000);
    // in input order, none lost, none doubled
    let ids: Vec<usize> = records.iter().map(|r| r["id"].as_str().and_then(|i| i.parse().ok()).unwrap_or(0)).collect();
    let expected: Vec<usize> = (1..=100_000).filter(|n| n % 100 != 0).collect();
    assert!(ids == expected, "records out of order or missing");
    let errors = error_lines(&output.stderr);
    assert_eq!(errors.len(), 1_000);
    let named: Vec<usize> = errors
        .iter()
        .map(|e| {
            let after = e.split_once("crawl.jsonl:").map_or("", |(_, rest)| rest);
            after.split(':').next().and_then(|n| n.parse().ok()).unwrap_or(0)
        })
        .collect();
    assert!(named == bad, "each error names its line: {:?}", &errors[..3]);
    assert!(String::from_utf8_lossy(&output.stderr).ends_with("newsextract: 99000 extracted, 1000 failed\n"));
    Ok(())
}

#[test]
fn errors_as_records_give_one_line_out_per_line_in() -> std::io::Result<()> {
    let (dump, bad) = dump_with_bad_lines(400);
    let output = newsextract()
        .args(["--errors-as-records", "--max-bytes", "2000", "--input-format", "jsonl"])
        .write_stdin(dump)
        .output()?;
    assert_eq!(output.status.code(), Some(1), "failures still show in the exit status");
    let records = records(&output.stdout);
    assert_eq!(records.len(), 400);
    let kinds: Vec<&str> = bad.iter().map(|&n| records[n - 1]["error_kind"].as_str().unwrap_or("none")).collect();
    assert_eq!(kinds, ["missing_field", "empty", "too_large", "not_json"]);
    assert_eq!(records[199]["id"], "200", "the id of a bad line that is JSON is kept");
    assert!(records[99]["error"].as_str().is_some_and(|e| e.contains("no string field")), "{}", records[99]);
    assert!(records.iter().filter(|r| r.get("error").is_some()).count() == 4);
    assert_eq!(error_lines(&output.stderr).len(), 4, "and still reported on stderr");
    Ok(())
}

#[test]
fn a_document_past_its_time_budget_fails_alone() -> std::io::Result<()> {
    let dir = tempfile::tempdir()?;
    // ten megabytes of article text take far more than 50 ms, a one-letter
    // document far less, even on a loaded machine (the budget is wall time)
    let slow = dir.path().join("a_long.txt");
    std::fs::write(&slow, std::fs::read_to_string(SEED_VI)?.repeat(2_000))?;
    let quick = dir.path().join("b_empty_budget_is_not_reached.txt");
    std::fs::write(&quick, "x")?;
    let output = newsextract().args(["--time-budget", "0.05"]).arg(&slow).arg(&quick).output()?;
    assert_eq!(output.status.code(), Some(1));
    let errors = error_lines(&output.stderr);
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert!(errors[0].contains("a_long.txt") && errors[0].contains("time budget of 50ms"), "{errors:?}");
    assert_eq!(sources(&output.stdout).len(), 1);
    newsextract().args(["--time-budget", "soon", SEED_VI]).assert().code(2);
    Ok(())
}

#[test]
fn a_100_mb_single_line_is_refused_and_the_rest_goes_on() -> std::io::Result<()> {
    let dir = tempfile::tempdir()?;
    let mut line = "Một câu rất dài không có dấu xuống dòng ".repeat(100 * 1024 * 1024 / 42);
    line.truncate(line.floor_char_boundary(100 * 1024 * 1024));
    let huge = dir.path().join("a_huge.txt");
    std::fs::write(&huge, &line)?;
    let dump = dir.path().join("b_crawl.jsonl");
    std::fs::write(&dump, format!("{{\"text\": \"{line}\"}}\n{{\"text\": \"Ông An cho biết: xong rồi.\"}}\n"))?;
    drop(line);
    let output = newsextract().arg(&huge).arg(&dump).arg(SEED_VI).output()?;
    assert_eq!(output.status.code(), Some(1));
    let errors = error_lines(&output.stderr);
    assert_eq!(errors.len(), 2, "{errors:?}");
    assert!(errors[0].contains("a_huge.txt") && errors[0].contains("size limit of 67108864 bytes"), "{errors:?}");
    assert!(errors[1].contains("b_crawl.jsonl:1") && errors[1].contains("size limit"), "{errors:?}");
    let names = sources(&output.stdout);
    assert_eq!(names.len(), 2, "{names:?}");
    assert!(names[0].ends_with("b_crawl.jsonl:2") && names[1] == SEED_VI, "{names:?}");
    Ok(())
}

#[test]
fn glob_chooses_which_files_a_folder_walk_picks() {
    let output =
        newsextract().args(["--glob", "00[34]_*.txt", "fixtures/seeds"]).output().unwrap_or_else(|e| panic!("{e}"));
    assert!(output.status.success());
    assert_eq!(
        sources(&output.stdout),
        ["fixtures/seeds/003_86578dc097bd5739.txt", "fixtures/seeds/004_df447839939e28a6.txt"]
    );
    newsextract()
        .args(["--glob", "a[", "fixtures/seeds"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("--glob").and(predicate::str::contains("unclosed")));
}

/// A JSON Lines record of a seed page, as a crawl dump holds it.
fn dump_line(id: &str) -> String {
    let text = std::fs::read_to_string(SEED_VI).unwrap_or_else(|e| panic!("{e}"));
    format!("{}\n", serde_json::json!({ "id": id, "text": text }))
}

/// How long a record of a stream may take: far more than one page needs,
/// so that only a program waiting for more input fails.
const STREAM_DEADLINE: std::time::Duration = std::time::Duration::from_secs(30);

/// The binary started with its stdin a pipe the test writes to, as a
/// stream it keeps open; stderr is dropped.
fn spawn_on_a_pipe(args: &[&str], stdout: std::process::Stdio) -> std::process::Child {
    std::process::Command::new(assert_cmd::cargo::cargo_bin("newsextract"))
        .args(args)
        .stdin(std::process::Stdio::piped())
        .stdout(stdout)
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn a_slow_stream_gets_each_record_as_its_line_comes() {
    use std::io::{BufRead, Write};
    let mut child = spawn_on_a_pipe(&["--input-format", "jsonl"], std::process::Stdio::piped());
    let mut stdin = child.stdin.take().unwrap_or_else(|| unreachable!());
    let stdout = child.stdout.take().unwrap_or_else(|| unreachable!());
    let (lines, received) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        for line in std::io::BufReader::new(stdout).lines().map_while(Result::ok) {
            let _ = lines.send(line);
        }
    });
    // one line, the stream left open: its record comes without waiting
    // for a chunk's worth of lines or the end
    for id in ["a", "b"] {
        stdin.write_all(dump_line(id).as_bytes()).unwrap_or_else(|e| panic!("{e}"));
        stdin.flush().unwrap_or_else(|e| panic!("{e}"));
        let line = received.recv_timeout(STREAM_DEADLINE).unwrap_or_else(|e| panic!("no record for {id}: {e}"));
        assert_eq!(records(line.as_bytes())[0]["id"], id);
    }
    drop(stdin);
    assert!(child.wait().unwrap_or_else(|e| panic!("{e}")).success());
}

#[test]
fn fail_fast_ends_a_stream_that_stays_open() {
    use std::io::Write;
    let mut child = spawn_on_a_pipe(&["--input-format", "jsonl", "--fail-fast"], std::process::Stdio::null());
    let mut stdin = child.stdin.take().unwrap_or_else(|| unreachable!());
    stdin.write_all(b"not json\n").unwrap_or_else(|e| panic!("{e}"));
    stdin.flush().unwrap_or_else(|e| panic!("{e}"));
    let started = std::time::Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().unwrap_or_else(|e| panic!("{e}")) {
            break status;
        }
        assert!(started.elapsed() < STREAM_DEADLINE, "still running with its stdin open");
        std::thread::sleep(std::time::Duration::from_millis(50));
    };
    assert_eq!(status.code(), Some(1));
    drop(stdin);
}

/// The page wrapped as `fold -s -w` or `lynx -dump` print it: words set
/// greedily on lines of at most `width` characters, an empty line after
/// each of the source's lines.
fn hard_wrapped(page: &str, width: usize) -> String {
    let mut out = String::new();
    for line in page.lines() {
        let mut current = String::new();
        for word in line.split_whitespace() {
            if !current.is_empty() && current.chars().count() + 1 + word.chars().count() > width {
                out.push_str(&current);
                out.push('\n');
                current.clear();
            }
            if !current.is_empty() {
                current.push(' ');
            }
            current.push_str(word);
        }
        out.push_str(&current);
        out.push_str("\n\n");
    }
    out
}

#[test]
fn a_page_wrapped_at_a_fixed_width_gives_the_record_of_the_page() {
    for seed in [SEED_FA, SEED_VI] {
        let page = std::fs::read_to_string(seed).unwrap_or_default();
        let output = newsextract().arg(seed).output().unwrap_or_else(|e| panic!("{e}"));
        let expected = &records(&output.stdout)[0];
        assert!(body_of(expected).len() > 3 && !speaker_names(expected).is_empty(), "{seed}");
        for width in [64, 80] {
            let wrapped = hard_wrapped(&page, width);
            assert!(wrapped.lines().count() > 2 * page.lines().count());
            let output = newsextract().write_stdin(wrapped).output().unwrap_or_else(|e| panic!("{e}"));
            let record = &records(&output.stdout)[0];
            assert_eq!(record["headline"], expected["headline"], "{seed} at {width}");
            assert_eq!(record["published"], expected["published"], "{seed} at {width}");
            assert_eq!(body_of(record), body_of(expected), "{seed} at {width}");
            assert_eq!(record["quotes"], expected["quotes"], "{seed} at {width}");
        }
    }
}
