//! Arbitrary text as body paragraphs through quote extraction and speaker
//! resolution, in each language: no panic, and every quote points at a
//! paragraph that exists.
#![no_main]

use libfuzzer_sys::fuzz_target;
use newsextract::Language;
use newsextract::budget::Deadline;
use newsextract::extract::quotes;

fuzz_target!(|text: &str| {
    let paragraphs: Vec<String> = text.split('\n').map(str::to_owned).collect();
    let continues: Vec<bool> = paragraphs.iter().map(|p| p.starts_with(' ')).collect();
    for language in [Language::Persian, Language::Vietnamese] {
        let Some(data) = language.data() else { continue };
        if let Ok((found, _officials)) = quotes::extract(&paragraphs, &continues, language, data, &Deadline::never()) {
            assert!(found.iter().all(|q| q.paragraph < paragraphs.len()));
        }
    }
});
