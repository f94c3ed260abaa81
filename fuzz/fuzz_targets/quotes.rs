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
    // the first line as a headline too (it may name the speaker), the last
    // as a caption
    let headline = paragraphs.first().map(String::as_str);
    let captions = &paragraphs[paragraphs.len().saturating_sub(1)..];
    for language in [Language::Persian, Language::Vietnamese] {
        let Some(data) = language.data() else { continue };
        let extracted =
            quotes::extract(&paragraphs, &continues, headline, captions, language, data, &Deadline::never());
        if let Ok((found, _officials)) = extracted {
            assert!(found.iter().all(|q| q.paragraph < paragraphs.len()));
        }
    }
});
