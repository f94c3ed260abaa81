//! Throughput of each pipeline stage and of the whole extraction, on the
//! seed pages (crawl text) and on HTML: a page built from a seed, plus the
//! development set's real pages when `../shared` is beside the checkout.
//!
//!     cargo bench --bench stages            all stages
//!     cargo bench --bench stages -- html    only the HTML ones
//!
//! Criterion reports bytes per second per stage; `scripts/bench.sh`
//! measures documents per second of the command line on a 20,000-document
//! corpus.

use std::path::Path;

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use newsextract::budget::Deadline;
use newsextract::extract::quotes;
use newsextract::{Extractor, InputFormat, Options, blocks, boilerplate, decode, html, lang};

/// The seed pages: (name, bytes).
fn seeds() -> Vec<(String, Vec<u8>)> {
    let mut pages: Vec<(String, Vec<u8>)> = std::fs::read_dir("fixtures/seeds")
        .map(|dir| {
            dir.filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|e| e == "txt"))
                .filter_map(|p| Some((p.file_stem()?.to_string_lossy()[..3].to_owned(), std::fs::read(&p).ok()?)))
                .collect()
        })
        .unwrap_or_default();
    pages.sort();
    pages
}

/// HTML pages: one made from a seed inside typical site markup, and the
/// development set's pages when present.
fn html_pages() -> Vec<(String, String)> {
    let mut pages = Vec::new();
    if let Some((_, seed)) = seeds().into_iter().nth(3) {
        let text = String::from_utf8_lossy(&seed);
        let mut lines = text.lines();
        let title = lines.next().unwrap_or_default();
        let body: String = lines.filter(|l| !l.trim().is_empty()).map(|l| format!("<p>{l}</p>\n")).collect();
        let menu: String = (0..40).map(|i| format!("<li><a href=\"/c/{i}\">Chuyên mục {i}</a></li>")).collect();
        let style = "body{margin:0}.menu li{display:inline}".repeat(200);
        pages.push((
            "seed-made".to_owned(),
            format!(
                "<!doctype html><html lang=\"vi\"><head><title>{title}</title><style>{style}</style></head>\
                 <body><nav><ul class=\"menu\">{menu}</ul></nav><main><article><h1>{title}</h1>{body}</article></main>\
                 <aside class=\"related\"><ul>{menu}</ul></aside><footer>© Báo</footer></body></html>"
            ),
        ));
    }
    let dev = Path::new("../shared/corpus/inputs/dev");
    if let Ok(dir) = std::fs::read_dir(dev) {
        let mut paths: Vec<_> = dir.filter_map(Result::ok).map(|e| e.path()).collect();
        paths.sort();
        for path in paths.iter().filter(|p| p.extension().is_some_and(|e| e == "html")) {
            if let Ok(text) = std::fs::read_to_string(path) {
                pages.push((path.file_stem().unwrap_or_default().to_string_lossy().into_owned(), text));
            }
        }
    }
    pages
}

fn stages(c: &mut Criterion) {
    let seeds = seeds();
    let extractor = Extractor::new(Options::default());
    // build the language data outside the measurements
    for (_, bytes) in &seeds {
        let _ = extractor.extract("warm-up", bytes);
    }

    let mut group = c.benchmark_group("text");
    for (name, bytes) in &seeds {
        group.throughput(Throughput::Bytes(bytes.len() as u64));
        let text = decode::decode(bytes).map(|d| d.text).unwrap_or_default();
        let language = lang::identify(&text);
        let data = language.data();
        let abbreviations = data.map_or(&[][..], |d| d.abbreviations);
        let cut = blocks::from_text(&text, abbreviations);
        let page = boilerplate::classify(&cut, data);
        let body: Vec<String> =
            cut.iter().zip(&page.decisions).filter(|(_, d)| d.label.is_body()).map(|(b, _)| b.text.clone()).collect();

        group.bench_with_input(BenchmarkId::new("decode", name), bytes, |b, bytes| {
            b.iter(|| decode::decode(bytes).map(|d| decode::normalized(&decode::unify_lines(&d.text)).len()))
        });
        group.bench_with_input(BenchmarkId::new("identify", name), &text, |b, text| b.iter(|| lang::identify(text)));
        group.bench_with_input(BenchmarkId::new("blocks", name), &text, |b, text| {
            b.iter(|| blocks::from_text(text, abbreviations))
        });
        group.bench_with_input(BenchmarkId::new("boilerplate", name), &cut, |b, cut| {
            b.iter(|| boilerplate::classify(cut, data))
        });
        if let Some(data) = data {
            let continues = vec![false; body.len()];
            // the seed pages open with their headline
            let headline = cut.first().map(|block| block.text.as_str());
            group.bench_with_input(BenchmarkId::new("quotes", name), &body, |b, body| {
                b.iter(|| quotes::extract(body, &continues, headline, &[], language, data, &Deadline::never()))
            });
        }
        group.bench_with_input(BenchmarkId::new("whole", name), bytes, |b, bytes| {
            b.iter(|| extractor.extract("bench", bytes))
        });
    }
    group.finish();

    let mut group = c.benchmark_group("html");
    let html_extractor = Extractor::new(Options { input_format: InputFormat::Html, ..Options::default() });
    for (name, page) in html_pages() {
        group.throughput(Throughput::Bytes(page.len() as u64));
        group.bench_with_input(BenchmarkId::new("parse", &name), &page, |b, page| b.iter(|| html::parse(page)));
        group.bench_with_input(BenchmarkId::new("whole", &name), &page, |b, page| {
            b.iter(|| html_extractor.extract_text("bench", page))
        });
    }
    group.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(30).warm_up_time(std::time::Duration::from_millis(500))
        .measurement_time(std::time::Duration::from_secs(2));
    targets = stages
}
criterion_main!(benches);
