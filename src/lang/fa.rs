//! Persian language data, and the tenses of its speech verbs.

use std::sync::OnceLock;

use super::{DateNames, LanguageData};

/// Persian's data files, by name.
pub const FILES: &[(&str, &str)] = &[
    ("fa_according_to_cues.txt", include_str!("data/fa_according_to_cues.txt")),
    ("fa_adjective_prefixes.txt", include_str!("data/fa_adjective_prefixes.txt")),
    ("fa_afghan_months.txt", include_str!("data/fa_afghan_months.txt")),
    ("fa_answer_labels.txt", include_str!("data/fa_answer_labels.txt")),
    ("fa_birth_cues.txt", include_str!("data/fa_birth_cues.txt")),
    ("fa_body_nouns.txt", include_str!("data/fa_body_nouns.txt")),
    ("fa_boilerplate_cues.txt", include_str!("data/fa_boilerplate_cues.txt")),
    ("fa_byline_cues.txt", include_str!("data/fa_byline_cues.txt")),
    ("fa_caption_cues.txt", include_str!("data/fa_caption_cues.txt")),
    ("fa_clause_continuations.txt", include_str!("data/fa_clause_continuations.txt")),
    ("fa_clause_taking.txt", include_str!("data/fa_clause_taking.txt")),
    ("fa_closing_marks.txt", include_str!("data/fa_closing_marks.txt")),
    ("fa_comitatives.txt", include_str!("data/fa_comitatives.txt")),
    ("fa_connectives.txt", include_str!("data/fa_connectives.txt")),
    ("fa_copulas.txt", include_str!("data/fa_copulas.txt")),
    ("fa_countries.txt", include_str!("data/fa_countries.txt")),
    ("fa_dangling_words.txt", include_str!("data/fa_dangling_words.txt")),
    ("fa_date_labels.txt", include_str!("data/fa_date_labels.txt")),
    ("fa_deadline_cues.txt", include_str!("data/fa_deadline_cues.txt")),
    ("fa_demonstratives.txt", include_str!("data/fa_demonstratives.txt")),
    ("fa_demonyms.txt", include_str!("data/fa_demonyms.txt")),
    ("fa_deputy_titles.txt", include_str!("data/fa_deputy_titles.txt")),
    ("fa_elapsed_time.txt", include_str!("data/fa_elapsed_time.txt")),
    ("fa_end_markers.txt", include_str!("data/fa_end_markers.txt")),
    ("fa_event_nouns.txt", include_str!("data/fa_event_nouns.txt")),
    ("fa_female_words.txt", include_str!("data/fa_female_words.txt")),
    ("fa_finite_verbs.txt", include_str!("data/fa_finite_verbs.txt")),
    ("fa_first_person.txt", include_str!("data/fa_first_person.txt")),
    ("fa_first_person_verbs.txt", include_str!("data/fa_first_person_verbs.txt")),
    ("fa_given_names.txt", include_str!("data/fa_given_names.txt")),
    ("fa_government_nouns.txt", include_str!("data/fa_government_nouns.txt")),
    ("fa_home_country.txt", include_str!("data/fa_home_country.txt")),
    ("fa_home_links.txt", include_str!("data/fa_home_links.txt")),
    ("fa_honorifics.txt", include_str!("data/fa_honorifics.txt")),
    ("fa_indefinite_persons.txt", include_str!("data/fa_indefinite_persons.txt")),
    ("fa_light_verbs.txt", include_str!("data/fa_light_verbs.txt")),
    ("fa_male_words.txt", include_str!("data/fa_male_words.txt")),
    ("fa_ministries.txt", include_str!("data/fa_ministries.txt")),
    ("fa_modal_markers.txt", include_str!("data/fa_modal_markers.txt")),
    ("fa_months.txt", include_str!("data/fa_months.txt")),
    ("fa_naming_phrases.txt", include_str!("data/fa_naming_phrases.txt")),
    ("fa_news_desks.txt", include_str!("data/fa_news_desks.txt")),
    ("fa_newsroom_units.txt", include_str!("data/fa_newsroom_units.txt")),
    ("fa_noun_markers.txt", include_str!("data/fa_noun_markers.txt")),
    ("fa_office_scopes.txt", include_str!("data/fa_office_scopes.txt")),
    ("fa_opinion_disclaimers.txt", include_str!("data/fa_opinion_disclaimers.txt")),
    ("fa_ordinal_days.txt", include_str!("data/fa_ordinal_days.txt")),
    ("fa_ordinals.txt", include_str!("data/fa_ordinals.txt")),
    ("fa_outlet_kinds.txt", include_str!("data/fa_outlet_kinds.txt")),
    ("fa_outlet_stops.txt", include_str!("data/fa_outlet_stops.txt")),
    ("fa_partitive_heads.txt", include_str!("data/fa_partitive_heads.txt")),
    ("fa_perfect_auxiliaries.txt", include_str!("data/fa_perfect_auxiliaries.txt")),
    ("fa_phrase_stops.txt", include_str!("data/fa_phrase_stops.txt")),
    ("fa_picture_nouns.txt", include_str!("data/fa_picture_nouns.txt")),
    ("fa_place_endings.txt", include_str!("data/fa_place_endings.txt")),
    ("fa_places.txt", include_str!("data/fa_places.txt")),
    ("fa_posting_titles.txt", include_str!("data/fa_posting_titles.txt")),
    ("fa_predicate_heads.txt", include_str!("data/fa_predicate_heads.txt")),
    ("fa_preamble_nouns.txt", include_str!("data/fa_preamble_nouns.txt")),
    ("fa_prepositions.txt", include_str!("data/fa_prepositions.txt")),
    ("fa_pronouns.txt", include_str!("data/fa_pronouns.txt")),
    ("fa_quantifiers.txt", include_str!("data/fa_quantifiers.txt")),
    ("fa_question_labels.txt", include_str!("data/fa_question_labels.txt")),
    ("fa_quoting_cues.txt", include_str!("data/fa_quoting_cues.txt")),
    ("fa_read_more_cues.txt", include_str!("data/fa_read_more_cues.txt")),
    ("fa_relative_days.txt", include_str!("data/fa_relative_days.txt")),
    ("fa_reporting_cues.txt", include_str!("data/fa_reporting_cues.txt")),
    ("fa_salutations.txt", include_str!("data/fa_salutations.txt")),
    ("fa_scene_prepositions.txt", include_str!("data/fa_scene_prepositions.txt")),
    ("fa_seats.txt", include_str!("data/fa_seats.txt")),
    ("fa_see_also_cues.txt", include_str!("data/fa_see_also_cues.txt")),
    ("fa_source_cues.txt", include_str!("data/fa_source_cues.txt")),
    ("fa_speaking_acts.txt", include_str!("data/fa_speaking_acts.txt")),
    ("fa_speech_continuations.txt", include_str!("data/fa_speech_continuations.txt")),
    ("fa_speech_nouns.txt", include_str!("data/fa_speech_nouns.txt")),
    ("fa_speech_verbs.txt", include_str!("data/fa_speech_verbs.txt")),
    ("fa_speech_verbs_forward.txt", include_str!("data/fa_speech_verbs_forward.txt")),
    ("fa_speech_verbs_perfective.txt", include_str!("data/fa_speech_verbs_perfective.txt")),
    ("fa_speech_verbs_promise.txt", include_str!("data/fa_speech_verbs_promise.txt")),
    ("fa_stative_predicates.txt", include_str!("data/fa_stative_predicates.txt")),
    ("fa_stopwords.txt", include_str!("data/fa_stopwords.txt")),
    ("fa_subordinators.txt", include_str!("data/fa_subordinators.txt")),
    ("fa_surname_suffixes.txt", include_str!("data/fa_surname_suffixes.txt")),
    ("fa_tag_labels.txt", include_str!("data/fa_tag_labels.txt")),
    ("fa_task_complements.txt", include_str!("data/fa_task_complements.txt")),
    ("fa_time_words.txt", include_str!("data/fa_time_words.txt")),
    ("fa_titles.txt", include_str!("data/fa_titles.txt")),
    ("fa_transcript_cues.txt", include_str!("data/fa_transcript_cues.txt")),
    ("fa_update_labels.txt", include_str!("data/fa_update_labels.txt")),
    ("fa_verb_compounds.txt", include_str!("data/fa_verb_compounds.txt")),
    ("fa_weekdays.txt", include_str!("data/fa_weekdays.txt")),
];

/// The speech verbs' file, read with [`with_tenses`].
const SPEECH_VERBS: &str = "fa_speech_verbs.txt";

/// Speech verbs that report speech in the perfective only: their past
/// continuous is a state or another act (`می‌دانست` knew, `می‌خواند` was
/// reading, not deemed or called), so [`with_tenses`] gives them none.
const PERFECTIVE_ONLY: &str = "fa_speech_verbs_perfective.txt";

/// Persian is written without sentence-internal abbreviation dots.
const ABBREVIATIONS: &[&str] = &[];

pub(super) fn data() -> &'static LanguageData {
    static DATA: OnceLock<LanguageData> = OnceLock::new();
    DATA.get_or_init(|| {
        // the speech verbs go in with their tenses
        let file = |wanted: &str| FILES.iter().find(|(name, _)| *name == wanted).map_or("", |(_, raw)| *raw);
        let conjugated = with_tenses(file(SPEECH_VERBS), file(PERFECTIVE_ONLY));
        let files: Vec<(&str, &str)> = FILES
            .iter()
            .map(|&(name, raw)| if name == SPEECH_VERBS { (name, conjugated.as_str()) } else { (name, raw) })
            .collect();
        LanguageData::from_files(super::Language::Persian, &files, ABBREVIATIONS)
    })
}

/// The language's month and day names, read without its lexicons (see
/// [`DateNames`]).
pub(super) fn date_names() -> &'static DateNames {
    static NAMES: OnceLock<DateNames> = OnceLock::new();
    NAMES.get_or_init(|| DateNames::from_files(FILES))
}

/// The speech verbs listed (mostly in the simple past, `گفت`, `اظهار کرد`)
/// with the tenses news also reports in, formed from the past stem of the
/// last word: plural (`گفتند`), perfect (`گفته است`, `گفته‌اند`), pluperfect
/// (`گفته بود`) and past continuous (`می‌گفت`, `می‌گفتند`), this one but
/// for the verbs in `perfective_only`.
fn with_tenses(listed: &str, perfective_only: &str) -> String {
    let perfective_only: Vec<&str> = perfective_only.lines().map(str::trim).collect();
    let mut entries: Vec<String> = Vec::new();
    for entry in listed.lines().map(str::trim).filter(|l| !l.is_empty()) {
        entries.push(entry.to_owned());
        let (head, stem) = entry.rsplit_once(' ').map_or(("", entry), |(head, last)| (head, last));
        // a past stem ends in `د` or `ت`; `است`, plurals and present or
        // continuous forms are listed as they are
        let is_past_stem = (stem.ends_with('د') || stem.ends_with('ت'))
            && stem != "است"
            && !stem.ends_with("ند")
            && !stem.starts_with("می")
            && !head.ends_with("می");
        if !is_past_stem {
            continue;
        }
        let prefix = if head.is_empty() { String::new() } else { format!("{head} ") };
        let mut forms = vec![
            format!("{stem}ند"),
            format!("{stem}ه است"),
            format!("{stem}ه بود"),
            format!("{stem}ه‌اند"),
            format!("{stem}ه بودند"),
        ];
        if !perfective_only.contains(&entry) {
            forms.extend([format!("می‌{stem}"), format!("می‌{stem}ند")]);
        }
        for form in forms {
            entries.push(format!("{prefix}{form}"));
        }
    }
    entries.join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Lexicon;

    #[test]
    fn speech_verbs_in_the_tenses_news_reports_in() {
        let forms = with_tenses("اظهار کرد\nدانست\nگفت\nمی گوید\nفرمودند", "دانست");
        let forms: Vec<&str> = forms.lines().collect();
        for form in ["اظهار کردند", "اظهار کرده است", "اظهار کرده بود", "گفته‌اند", "می‌گفت", "می‌گفتند", "گفته بودند"]
        {
            assert!(forms.contains(&form), "{form} in {forms:?}");
        }
        // present, continuous and plural entries stay as listed
        assert!(forms.contains(&"می گوید") && forms.contains(&"فرمودند"));
        assert!(!forms.iter().any(|f| f.contains("گویدند") || f.contains("فرمودندند")), "{forms:?}");
        // a verb that reports speech in the perfective only has no past
        // continuous (`می‌دانست` is knew)
        assert!(forms.contains(&"دانسته است") && !forms.contains(&"می‌دانست"), "{forms:?}");
        // and the lexicon finds them in text, joined or not
        let lexicon = Lexicon::from_data(&with_tenses("نوشت", ""));
        let tokens = crate::text::tokenize("شمخانی در این توئیت نوشته بود: «راز اعتلای اسلام وحدت است.»");
        assert_eq!(lexicon.match_at(&tokens, 4), Some(2));
    }
}
