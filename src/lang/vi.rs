//! Vietnamese language data.

use std::sync::OnceLock;

use super::{DateNames, LanguageData};

/// Vietnamese's data files, by name.
pub const FILES: &[(&str, &str)] = &[
    ("vi_admin_units.txt", include_str!("data/vi_admin_units.txt")),
    ("vi_affiliation_markers.txt", include_str!("data/vi_affiliation_markers.txt")),
    ("vi_adverbs.txt", include_str!("data/vi_adverbs.txt")),
    ("vi_answer_labels.txt", include_str!("data/vi_answer_labels.txt")),
    ("vi_aspect_markers.txt", include_str!("data/vi_aspect_markers.txt")),
    ("vi_birth_cues.txt", include_str!("data/vi_birth_cues.txt")),
    ("vi_body_kinds.txt", include_str!("data/vi_body_kinds.txt")),
    ("vi_body_nouns.txt", include_str!("data/vi_body_nouns.txt")),
    ("vi_boilerplate_cues.txt", include_str!("data/vi_boilerplate_cues.txt")),
    ("vi_byline_cues.txt", include_str!("data/vi_byline_cues.txt")),
    ("vi_caption_cues.txt", include_str!("data/vi_caption_cues.txt")),
    ("vi_case_honorifics.txt", include_str!("data/vi_case_honorifics.txt")),
    ("vi_comma_pairs.txt", include_str!("data/vi_comma_pairs.txt")),
    ("vi_comitatives.txt", include_str!("data/vi_comitatives.txt")),
    ("vi_concurrent_office_joiners.txt", include_str!("data/vi_concurrent_office_joiners.txt")),
    ("vi_connectives.txt", include_str!("data/vi_connectives.txt")),
    ("vi_copulas.txt", include_str!("data/vi_copulas.txt")),
    ("vi_countries.txt", include_str!("data/vi_countries.txt")),
    ("vi_dangling_words.txt", include_str!("data/vi_dangling_words.txt")),
    ("vi_date_labels.txt", include_str!("data/vi_date_labels.txt")),
    ("vi_day_parts.txt", include_str!("data/vi_day_parts.txt")),
    ("vi_deadline_cues.txt", include_str!("data/vi_deadline_cues.txt")),
    ("vi_demonstratives.txt", include_str!("data/vi_demonstratives.txt")),
    ("vi_elapsed_time.txt", include_str!("data/vi_elapsed_time.txt")),
    ("vi_end_markers.txt", include_str!("data/vi_end_markers.txt")),
    ("vi_epithets.txt", include_str!("data/vi_epithets.txt")),
    ("vi_event_nouns.txt", include_str!("data/vi_event_nouns.txt")),
    ("vi_female_words.txt", include_str!("data/vi_female_words.txt")),
    ("vi_first_person.txt", include_str!("data/vi_first_person.txt")),
    ("vi_home_country.txt", include_str!("data/vi_home_country.txt")),
    ("vi_home_links.txt", include_str!("data/vi_home_links.txt")),
    ("vi_honorifics.txt", include_str!("data/vi_honorifics.txt")),
    ("vi_indefinite_persons.txt", include_str!("data/vi_indefinite_persons.txt")),
    ("vi_male_words.txt", include_str!("data/vi_male_words.txt")),
    ("vi_medium_prepositions.txt", include_str!("data/vi_medium_prepositions.txt")),
    ("vi_military_ranks.txt", include_str!("data/vi_military_ranks.txt")),
    ("vi_months.txt", include_str!("data/vi_months.txt")),
    ("vi_name_lookalikes.txt", include_str!("data/vi_name_lookalikes.txt")),
    ("vi_name_particles.txt", include_str!("data/vi_name_particles.txt")),
    ("vi_naming_phrases.txt", include_str!("data/vi_naming_phrases.txt")),
    ("vi_nationality_nouns.txt", include_str!("data/vi_nationality_nouns.txt")),
    ("vi_negators.txt", include_str!("data/vi_negators.txt")),
    ("vi_news_desks.txt", include_str!("data/vi_news_desks.txt")),
    ("vi_noun_markers.txt", include_str!("data/vi_noun_markers.txt")),
    ("vi_occupations.txt", include_str!("data/vi_occupations.txt")),
    ("vi_office_acts.txt", include_str!("data/vi_office_acts.txt")),
    ("vi_opinion_disclaimers.txt", include_str!("data/vi_opinion_disclaimers.txt")),
    ("vi_outlet_kinds.txt", include_str!("data/vi_outlet_kinds.txt")),
    ("vi_modal_markers.txt", include_str!("data/vi_modal_markers.txt")),
    ("vi_passive_markers.txt", include_str!("data/vi_passive_markers.txt")),
    ("vi_person_details.txt", include_str!("data/vi_person_details.txt")),
    ("vi_phrase_stops.txt", include_str!("data/vi_phrase_stops.txt")),
    ("vi_picture_nouns.txt", include_str!("data/vi_picture_nouns.txt")),
    ("vi_places.txt", include_str!("data/vi_places.txt")),
    ("vi_plural_markers.txt", include_str!("data/vi_plural_markers.txt")),
    ("vi_predicate_coordinators.txt", include_str!("data/vi_predicate_coordinators.txt")),
    ("vi_predicatives.txt", include_str!("data/vi_predicatives.txt")),
    ("vi_proforms.txt", include_str!("data/vi_proforms.txt")),
    ("vi_pronouns.txt", include_str!("data/vi_pronouns.txt")),
    ("vi_question_labels.txt", include_str!("data/vi_question_labels.txt")),
    ("vi_read_more_cues.txt", include_str!("data/vi_read_more_cues.txt")),
    ("vi_relative_days.txt", include_str!("data/vi_relative_days.txt")),
    ("vi_scene_prepositions.txt", include_str!("data/vi_scene_prepositions.txt")),
    ("vi_see_also_cues.txt", include_str!("data/vi_see_also_cues.txt")),
    ("vi_sentence_openers.txt", include_str!("data/vi_sentence_openers.txt")),
    ("vi_sino_vietnamese_countries.txt", include_str!("data/vi_sino_vietnamese_countries.txt")),
    ("vi_source_cues.txt", include_str!("data/vi_source_cues.txt")),
    ("vi_speaking_acts.txt", include_str!("data/vi_speaking_acts.txt")),
    ("vi_speech_manners.txt", include_str!("data/vi_speech_manners.txt")),
    ("vi_speech_nouns.txt", include_str!("data/vi_speech_nouns.txt")),
    ("vi_speech_verbs.txt", include_str!("data/vi_speech_verbs.txt")),
    ("vi_speech_verbs_weak.txt", include_str!("data/vi_speech_verbs_weak.txt")),
    ("vi_state_body_nouns.txt", include_str!("data/vi_state_body_nouns.txt")),
    ("vi_stopwords.txt", include_str!("data/vi_stopwords.txt")),
    ("vi_subordinators.txt", include_str!("data/vi_subordinators.txt")),
    ("vi_surnames.txt", include_str!("data/vi_surnames.txt")),
    ("vi_tag_labels.txt", include_str!("data/vi_tag_labels.txt")),
    ("vi_time_openers.txt", include_str!("data/vi_time_openers.txt")),
    ("vi_title_modifiers.txt", include_str!("data/vi_title_modifiers.txt")),
    ("vi_title_ranks.txt", include_str!("data/vi_title_ranks.txt")),
    ("vi_titles.txt", include_str!("data/vi_titles.txt")),
    ("vi_update_labels.txt", include_str!("data/vi_update_labels.txt")),
    ("vi_verb_compounds.txt", include_str!("data/vi_verb_compounds.txt")),
    ("vi_verb_prepositions.txt", include_str!("data/vi_verb_prepositions.txt")),
    ("vi_view_nouns.txt", include_str!("data/vi_view_nouns.txt")),
    ("vi_weekdays.txt", include_str!("data/vi_weekdays.txt")),
];

/// Abbreviations whose dot does not end a Vietnamese sentence (`TP. Hồ Chí
/// Minh`, `PGS. TS. Nguyễn …`). Kept sorted.
const ABBREVIATIONS: &[&str] =
    &["BS", "GS", "KS", "Mr", "Mrs", "Ms", "PGS", "Q", "TP", "TS", "Th.S", "ThS", "Ths", "Tp"];

pub(super) fn data() -> &'static LanguageData {
    static DATA: OnceLock<LanguageData> = OnceLock::new();
    DATA.get_or_init(|| LanguageData::from_files(super::Language::Vietnamese, FILES, ABBREVIATIONS))
}

/// The language's month and day names, read without its lexicons (see
/// [`DateNames`]).
pub(super) fn date_names() -> &'static DateNames {
    static NAMES: OnceLock<DateNames> = OnceLock::new();
    NAMES.get_or_init(|| DateNames::from_files(FILES))
}
