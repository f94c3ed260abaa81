//! Arbitrary bytes as an HTML page through the whole pipeline: no panic,
//! no hang.
#![no_main]

use libfuzzer_sys::fuzz_target;
use newsextract::{Extractor, InputFormat, Options};

fuzz_target!(|bytes: &[u8]| {
    let options = Options { input_format: InputFormat::Html, explain: true, ..Options::default() };
    let _ = Extractor::new(options).extract("fuzz", bytes);
});
