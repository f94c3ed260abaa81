//! Arbitrary text as date lines, in each language, with and without a
//! reference day: no panic, and every date found is a real Gregorian day.
#![no_main]

use libfuzzer_sys::fuzz_target;
use newsextract::Language;
use newsextract::extract::date;

fuzz_target!(|text: &str| {
    let reference = date::parse_reference("2025-11-06");
    for language in [Language::Persian, Language::Vietnamese] {
        for reference in [None, reference] {
            if let Some(published) = date::parse_date_text(text, language, reference) {
                assert!(date::parse_reference(&published.date).is_some(), "{published:?}");
            }
            let lines: Vec<&str> = text.lines().collect();
            let sources = date::DateSources {
                header: lines.clone(),
                // lines above and below a headline in the middle
                below_headline: lines.len() / 2,
                // a headline some header line may repeat with a date after it
                headline: lines.first().map(|line| line.get(..line.len() / 2).unwrap_or(line)),
                lead: lines.first().copied(),
                body: lines.clone(),
                trailer: lines.clone(),
            };
            let _ = date::find(&sources, language, reference);
        }
        let _ = date::from_iso(text, language);
    }
});
