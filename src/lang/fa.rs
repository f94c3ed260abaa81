//! Persian language data.

use std::sync::OnceLock;

use super::LanguageData;

/// Persian's data files, by name.
pub const FILES: &[(&str, &str)] = &[
    ("fa_boilerplate_cues.txt", include_str!("data/fa_boilerplate_cues.txt")),
    ("fa_byline_cues.txt", include_str!("data/fa_byline_cues.txt")),
    ("fa_caption_cues.txt", include_str!("data/fa_caption_cues.txt")),
    ("fa_connectives.txt", include_str!("data/fa_connectives.txt")),
    ("fa_date_labels.txt", include_str!("data/fa_date_labels.txt")),
    ("fa_deadline_cues.txt", include_str!("data/fa_deadline_cues.txt")),
    ("fa_end_markers.txt", include_str!("data/fa_end_markers.txt")),
    ("fa_given_names.txt", include_str!("data/fa_given_names.txt")),
    ("fa_honorifics.txt", include_str!("data/fa_honorifics.txt")),
    ("fa_light_verbs.txt", include_str!("data/fa_light_verbs.txt")),
    ("fa_months.txt", include_str!("data/fa_months.txt")),
    ("fa_ordinal_days.txt", include_str!("data/fa_ordinal_days.txt")),
    ("fa_outlet_kinds.txt", include_str!("data/fa_outlet_kinds.txt")),
    ("fa_outlet_stops.txt", include_str!("data/fa_outlet_stops.txt")),
    ("fa_phrase_stops.txt", include_str!("data/fa_phrase_stops.txt")),
    ("fa_pronouns.txt", include_str!("data/fa_pronouns.txt")),
    ("fa_relative_days.txt", include_str!("data/fa_relative_days.txt")),
    ("fa_speech_verbs.txt", include_str!("data/fa_speech_verbs.txt")),
    ("fa_stopwords.txt", include_str!("data/fa_stopwords.txt")),
    ("fa_tag_labels.txt", include_str!("data/fa_tag_labels.txt")),
    ("fa_titles.txt", include_str!("data/fa_titles.txt")),
];

/// Persian is written without sentence-internal abbreviation dots.
const ABBREVIATIONS: &[&str] = &[];

pub(super) fn data() -> &'static LanguageData {
    static DATA: OnceLock<LanguageData> = OnceLock::new();
    DATA.get_or_init(|| LanguageData::from_files(FILES, ABBREVIATIONS))
}
