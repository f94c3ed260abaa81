//! Arbitrary bytes as crawl text through the whole pipeline (blocks,
//! boilerplate, headline, date, quotes), in each language: no panic, no
//! hang (libFuzzer's -timeout catches one).
#![no_main]

use libfuzzer_sys::fuzz_target;
use newsextract::{Extractor, InputFormat, Language, Options};

fuzz_target!(|bytes: &[u8]| {
    for language in [None, Some(Language::Persian), Some(Language::Vietnamese)] {
        let options = Options { language, input_format: InputFormat::Text, explain: true, ..Options::default() };
        let _ = Extractor::new(options).extract("fuzz", bytes);
    }
});
