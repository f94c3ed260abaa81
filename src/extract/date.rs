//! Publication date: find the date forms Persian and Vietnamese pages
//! print, convert Solar Hijri dates to Gregorian (icu_calendar), attach
//! the time and the UTC offset of the site's time zone (from the time-zone
//! database, via jiff), and choose the publication date among the dates a
//! page holds.
//!
//! Where the date is looked for, in order: the header lines between the
//! top of the page and the article's first paragraph (date lines, `تاریخ
//! انتشار:` labels), then the article's first sentence, where Vietnamese
//! reports open with `Sáng ngày 5.1.2022 …` or `Chiều 16/1, …`. Dates deeper
//! in the body are events, decree numbers or anniversaries, not the
//! publication date.

use std::sync::OnceLock;

use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};
use icu_calendar::Date;
use icu_calendar::cal::Gregorian;
use regex::Regex;
use serde::Serialize;

use crate::blocks::Block;
use crate::lang::Language;
use crate::text;

/// The record's `published` object.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, schemars::JsonSchema)]
pub struct Published {
    /// Gregorian date, `YYYY-MM-DD`.
    pub date: String,
    /// Local time, `HH:MM:SS`, when the page states one.
    pub time: Option<String>,
    /// Offset from UTC of the site's zone at that moment, `+03:30`.
    pub utc_offset: Option<String>,
    /// The calendar the page wrote the date in.
    pub calendar: Calendar,
    /// The text the date was read from, as printed.
    pub raw: String,
    /// Whether the year was not printed and was inferred.
    pub year_inferred: bool,
}

/// Calendars a page may date its articles in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Calendar {
    Gregorian,
    SolarHijri,
    LunarHijri,
}

/// A calendar date before conversion.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CalendarDate {
    pub year: i32,
    pub month: u8,
    pub day: u8,
    pub calendar: Calendar,
}

/// A Gregorian date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Ymd {
    pub year: i32,
    pub month: u8,
    pub day: u8,
}

impl CalendarDate {
    /// Converts to Gregorian, or `None` when the date does not exist in
    /// its calendar (30 Esfand of a common year, 31/2).
    pub fn to_gregorian(self) -> Option<Ymd> {
        let gregorian = match self.calendar {
            Calendar::Gregorian => Date::try_new_gregorian(self.year, self.month, self.day).ok()?,
            Calendar::SolarHijri => Date::try_new_persian(self.year, self.month, self.day).ok()?.to_calendar(Gregorian),
            Calendar::LunarHijri => Date::try_new_hijri_with_calendar(
                self.year,
                self.month,
                self.day,
                // Umm al-Qura: the published tables; Iran's official lunar
                // calendar is observation-based and differs by a day at most
                icu_calendar::cal::Hijri::new_umm_al_qura(),
            )
            .ok()?
            .to_calendar(Gregorian),
        };
        let month = gregorian.month().ordinal;
        let day = gregorian.day_of_month().0;
        Some(Ymd { year: gregorian.year().extended_year(), month, day })
    }
}

/// Solar Hijri years a news page can carry: 1300 AP is 1921, 1499 AP is
/// 2120. Four-digit numbers in this range are never Gregorian years on a
/// news page.
const SOLAR_YEARS: std::ops::RangeInclusive<i32> = 1300..=1499;

/// Gregorian years a publication date can carry.
const GREGORIAN_YEARS: std::ops::RangeInclusive<i32> = 1990..=2100;

/// How far (in characters) after a date its time may stand, as in
/// `۱۴۰۴/۰۸/۱۵ | ۱۳:۱۴:۰۱` or `28/02/2024 1:38:16 CH`.
const TIME_WINDOW_CHARS: usize = 40;

/// How many header lines after the date line may hold its time: pages
/// print date and time as neighbouring widgets.
const TIME_WINDOW_LINES: usize = 3;

/// Longest header line read as a date line, in words: `Thứ Hai, 16/1/2025
/// 14:30 (GMT+7)` or `تاریخ انتشار: پنجشنبه ۱۵ آبان ۱۴۰۴ - ۱۳:۱۴` stay well
/// under it.
const HEADER_DATE_LINE_MAX_WORDS: usize = 14;

/// A dateline stands at the very start of the lead: at most a place or an
/// agency and a time of day before it (`(Dân trí) - Sáng ngày 5.1.2022`).
const LEAD_DATELINE_MAX_WORDS: usize = 6;

/// A header line with a relative day word is a date line when this short
/// (`امروز ۱۰:۳۰`, `Hôm qua lúc 14:00`).
const RELATIVE_LINE_MAX_WORDS: usize = 6;

/// Relative day words count in the lead's first words only (`Sáng nay,
/// …`).
const RELATIVE_LEAD_WORDS: usize = 4;

/// The date patterns. Their digits are written `[0-9]`, not `\d`: they
/// read folded text, whose Persian and Arabic-Indic digits are ASCII, and
/// only ASCII digits parse as numbers; Unicode's `\d`, dozens of scripts'
/// digits, made compiling them a sixth of a one-page run.
struct Patterns {
    numeric: Regex,
    vietnamese_words: Regex,
    day_month: Regex,
    time: Regex,
}

fn patterns() -> &'static Patterns {
    static PATTERNS: OnceLock<Patterns> = OnceLock::new();
    PATTERNS.get_or_init(|| Patterns {
        // Y/M/D or D/M/Y with / - or . between; digits already ASCII.
        numeric: Regex::new(r"(?:^|[^0-9/.\-])([0-9]{1,4})([/.\-])([0-9]{1,2})([/.\-])([0-9]{1,4})(?:$|[^0-9/\-]|\.(?:[^0-9]|$))")
            .unwrap_or_else(|e| unreachable!("{e}")),
        // `ngày 5 tháng 1 năm 2022`, `ngày 5 tháng 1`; without `ngày` only
        // with the year (`15 tháng 3, 2024`): `18 tháng` alone is a duration
        vietnamese_words: Regex::new(
            r"ngày\s+([0-9]{1,2})\s+tháng\s+([0-9]{1,2})(?:(?:\s+năm|\s*,)\s+([0-9]{4}))?|(?:^|[^0-9])([0-9]{1,2})\s+tháng\s+([0-9]{1,2})(?:\s+năm|\s*,)\s+([0-9]{4})(?:[^0-9]|$)",
        )
            .unwrap_or_else(|e| unreachable!("{e}")),
        // `Chiều 16/1`, `Sáng 4-2`, `Chiều 20.3`, `ngày 5/1` without a year,
        // the dash spaced on some sites (`Ngày 19 - 12,`)
        day_month: Regex::new(r"(?:^|[\s,(])(?:sáng|chiều|trưa|tối|đêm|rạng sáng|ngày|hôm)(?:\s+nay)?(?:\s+ngày)?\s+([0-9]{1,2})([/.\-]|\s-\s)([0-9]{1,2})(?:$|[^0-9/.\-]|[.](?:\s|$))")
            .unwrap_or_else(|e| unreachable!("{e}")),
        time: Regex::new(r"(?:^|[^0-9:])([0-9]{1,2}):([0-9]{2})(?::([0-9]{2}))?(?:\s*(sa|ch|am|pm)\b)?")
            .unwrap_or_else(|e| unreachable!("{e}")),
    })
}

/// Patterns built from a language's month names and ordinal day words.
struct NamedPatterns {
    /// `۱۵ آبان ۱۴۰۴`, `سوم آبان ۱۴۰۴`, `19,January,2021`, `28 مرداد 98`
    day_month_year: SetOff,
    /// `آذر 23, 1399`
    month_day_year: SetOff,
    /// `سوم آبان` with no year; none for a language without ordinal words.
    /// Only a lead with no other date is read for it, so it is compiled
    /// then (half a millisecond, most of it its closing `[^\w]`)
    ordinal_month: Option<LazySetOff>,
    /// Day, Afghan month name and year (`۱۳ ثور ۱۴۰۱`), and month, day and
    /// year (`ثور 13, 1401`), the year of four digits in the Solar Hijri
    /// centuries: the names are common words too (`میزان`, amount); none
    /// for a language without them
    afghan: Option<(SetOff, SetOff)>,
    afghan_months: Vec<(String, u8)>,
    months: Vec<(String, Calendar, u8)>,
    ordinals: Vec<(String, u8)>,
}

fn alternation(names: impl Iterator<Item = String>) -> String {
    let mut names: Vec<String> = names.collect();
    // longest first, so `ربیع الاول` wins over a shorter prefix
    names.sort_by_key(|n| std::cmp::Reverse(n.chars().count()));
    names.dedup();
    names
        .iter()
        .map(|n| n.split_whitespace().map(regex::escape).collect::<Vec<_>>().join(r"\s*"))
        .collect::<Vec<_>>()
        .join("|")
}

/// A pattern whose match must be set off from a word before it: it opens
/// the text, or the character before it is no word character (`\w`).
/// The named patterns said so with a leading `(?:^|[^\w])`, whose Unicode
/// class was most of the cost of compiling them (12 M of a Persian
/// page's 57 M instructions); the character before a match is looked at
/// here instead, as that class would read it. The class took the
/// character into its match, so a match does not count one that the
/// match before it ended with: the next search resumes past it.
struct SetOff(Regex);

impl SetOff {
    /// The set-off matches, in order, as the pattern with the class would
    /// give them.
    fn captures_iter<'t>(&self, text: &'t str) -> impl Iterator<Item = regex::Captures<'t>> {
        let mut from = 0;
        let mut last_end = 0;
        std::iter::from_fn(move || {
            while from <= text.len() {
                let caps = self.0.captures_at(text, from)?;
                let whole = caps.get(0)?;
                let past_start = past_char_at(text, whole.start());
                if set_off_at(text, whole.start(), last_end) {
                    // (no named pattern matches an empty text; one that did
                    // would be passed over, not found again)
                    (from, last_end) = (if whole.is_empty() { past_start } else { whole.end() }, whole.end());
                    return Some(caps);
                }
                // the pattern may still match from the next character
                from = past_start;
            }
            None
        })
    }

    /// The first set-off match.
    fn captures<'t>(&self, text: &'t str) -> Option<regex::Captures<'t>> {
        self.captures_iter(text).next()
    }

    fn is_match(&self, text: &str) -> bool {
        let mut from = 0;
        while from <= text.len() {
            let Some(found) = self.0.find_at(text, from) else { return false };
            if set_off_at(text, found.start(), 0) {
                return true;
            }
            from = past_char_at(text, found.start());
        }
        false
    }
}

/// Whether a match at `start` opens the text, or follows a character that
/// is no word character and that no match before it, ending at
/// `last_end`, took. A day's digits right after a letter of the Arabic
/// script are set off too: no Persian word holds a digit, so the two are
/// a crawl's elements run together (an outlet's name and its date,
/// `ایران اینترنشنال۱۹ مرداد ۱۴۰۴`), as a numeric date after a letter is
/// read already.
fn set_off_at(text: &str, start: usize, last_end: usize) -> bool {
    match text[..start].chars().next_back() {
        None => true,
        Some(before) => {
            start - before.len_utf8() >= last_end
                && (!regex_syntax::is_word_character(before)
                    || text::is_arabic_letter(before) && text[start..].starts_with(|c: char| c.is_ascii_digit()))
        }
    }
}

/// The end of the character at `at`, where a search resumes past it.
fn past_char_at(text: &str, at: usize) -> usize {
    at + text[at..].chars().next().map_or(1, char::len_utf8)
}

/// A [`SetOff`] pattern compiled the first time it is used.
struct LazySetOff {
    pattern: String,
    compiled: OnceLock<Option<SetOff>>,
}

impl LazySetOff {
    fn get(&self) -> Option<&SetOff> {
        self.compiled.get_or_init(|| Regex::new(&self.pattern).ok().map(SetOff)).as_ref()
    }
}

/// A language's named patterns, compiled the first time a text may hold
/// a match of one. Compiling them, with their alternations of month names,
/// takes a millisecond or more, a tenth of a one-page run; and
/// `is_date_line` tries both languages' on short lines with a digit, where
/// a page in the other language seldom needs them.
struct LazyNamedPatterns {
    /// The first words of the month names, Afghan ones too: every match
    /// of a named pattern holds one whole, after a character that is no
    /// letter (a space, a comma, a digit) or at the text's start
    month_openers: OnceLock<Option<AhoCorasick>>,
    built: OnceLock<Option<NamedPatterns>>,
}

impl LazyNamedPatterns {
    const fn new() -> Self {
        LazyNamedPatterns { month_openers: OnceLock::new(), built: OnceLock::new() }
    }

    /// Whether a named pattern of the language may match the folded text:
    /// one of its month names opens there, after no letter. The patterns
    /// set a name off with `[^\w]`, `\s`, a comma or a slash, or a
    /// digit's day before it; `\w` holds every letter, so a letter before
    /// the name's first word rules a match out.
    fn may_match(&self, language: Language, folded: &str) -> bool {
        let openers = self.month_openers.get_or_init(|| {
            let names = language.date_names()?;
            let mut openers: Vec<&str> = names
                .months
                .iter()
                .map(|(name, _, _)| name.as_str())
                .chain(names.afghan_months.iter().map(|(name, _)| name.as_str()))
                .filter_map(|name| name.split_whitespace().next())
                .collect();
            openers.sort_unstable();
            openers.dedup();
            // a non-contiguous NFA, the quickest to build: it reads a few
            // short lines before the patterns are built, if any
            AhoCorasick::builder()
                .match_kind(MatchKind::Standard)
                .kind(Some(AhoCorasickKind::NoncontiguousNFA))
                .build(openers)
                .ok()
        });
        let Some(openers) = openers else { return false };
        // overlapping, so that an opener inside a longer word (`mar` in
        // `summary`) hides no other
        openers
            .find_overlapping_iter(folded)
            .any(|found| !folded[..found.start()].chars().next_back().is_some_and(char::is_alphabetic))
    }
}

fn named_patterns(language: Language, folded: &str) -> Option<&'static NamedPatterns> {
    static PERSIAN: LazyNamedPatterns = LazyNamedPatterns::new();
    static VIETNAMESE: LazyNamedPatterns = LazyNamedPatterns::new();
    let lazy = match language {
        Language::Persian => &PERSIAN,
        Language::Vietnamese => &VIETNAMESE,
        _ => return None,
    };
    if let Some(built) = lazy.built.get() {
        return built.as_ref();
    }
    // not built, and no match in this text to build them for
    if !lazy.may_match(language, folded) {
        return None;
    }
    lazy.built.get_or_init(|| NamedPatterns::build(language)).as_ref()
}

impl NamedPatterns {
    fn build(language: Language) -> Option<NamedPatterns> {
        let data = language.date_names()?;
        if data.months.is_empty() {
            return None;
        }
        let months = alternation(data.months.iter().map(|(n, _, _)| n.clone()));
        let ordinals = alternation(data.ordinal_days.iter().map(|(n, _)| n.clone()));
        let day = format!(r"(?:([0-9]{{1,2}})|(?:(بیست|سی)\s*و\s*)?({ordinals}))");
        let build = |p: String| Regex::new(&p).ok().map(SetOff);
        // a Vietnamese month name reads as a count of months before a year
        // unless a comma sets it off (`12 Tháng Năm, 2025`, not `6 tháng
        // năm 2024`, six months of 2024)
        let before_year = if language == Language::Vietnamese { r"\s*,\s*" } else { r"[\s,]+" };
        Some(NamedPatterns {
            // (two digits before a colon and more digits are the hour of a
            // time, no year: `۱۸ آذر ۱۰:۳۰`)
            day_month_year: build(format!(
                r"{day}(?:\s*ام)?[\s,]+({months})(?:\s*ماه)?{before_year}(?:سال\s+)?([0-9]{{4}}|[0-9]{{2}})(?:[^0-9:]|:[^0-9]|$)"
            ))?,
            month_day_year: build(format!(r"({months})\s+([0-9]{{1,2}})\s*,\s*([0-9]{{4}})(?:[^0-9]|$)"))?,
            ordinal_month: if data.ordinal_days.is_empty() {
                None
            } else {
                Some(LazySetOff {
                    pattern: format!(r"(?:(بیست|سی)\s*و\s*)?({ordinals})\s+({months})(?:\s*ماه)?(?:[^\w]|$)"),
                    compiled: OnceLock::new(),
                })
            },
            afghan: if data.afghan_months.is_empty() {
                None
            } else {
                let names = alternation(data.afghan_months.iter().map(|(n, _)| n.clone()));
                let year = r"(1[34][0-9][0-9])(?:[^0-9]|$)";
                // Afghan sites also write the date's parts between slashes
                // and the day glued to the month (`پنجشنبه/۴قوس/۱۴۰۰`)
                Some((
                    build(format!(r"([0-9]{{1,2}})[\s,/]*({names})[\s,/]+(?:سال\s+)?{year}"))?,
                    build(format!(r"({names})\s+([0-9]{{1,2}})\s*,\s*{year}"))?,
                ))
            },
            afghan_months: data.afghan_months.clone(),
            months: data.months.clone(),
            ordinals: data.ordinal_days.clone(),
        })
    }

    fn month(&self, folded_name: &str) -> Option<(Calendar, u8)> {
        let squashed: String = folded_name.split_whitespace().collect();
        self.months
            .iter()
            .find(|(n, _, _)| n.split_whitespace().collect::<String>() == squashed)
            .map(|(_, c, m)| (*c, *m))
    }

    fn afghan_month(&self, folded_name: &str) -> Option<u8> {
        self.afghan_months.iter().find(|(n, _)| n == folded_name).map(|(_, m)| *m)
    }

    fn ordinal(&self, tens: Option<&str>, word: &str) -> Option<u8> {
        let squashed: String = word.split_whitespace().collect();
        let base = self.ordinals.iter().find(|(n, _)| n.split_whitespace().collect::<String>() == squashed)?.1;
        match tens {
            Some("بیست") if base < 10 => Some(20 + base),
            Some("سی") if base < 10 => Some(30 + base),
            Some(_) => None,
            None => Some(base),
        }
    }
}

/// A two-digit year with a Solar Hijri month (`28 مرداد 98`) is 13xx from
/// 50 up and 14xx below; with a Gregorian month, 20xx.
fn full_year(year: &str, calendar: Calendar) -> Option<i32> {
    let value: i32 = year.parse().ok()?;
    Some(match (year.len(), calendar) {
        (2, Calendar::SolarHijri) => {
            if value >= 50 {
                1300 + value
            } else {
                1400 + value
            }
        }
        (2, Calendar::LunarHijri) => 1400 + value,
        (2, Calendar::Gregorian) => 2000 + value,
        _ => value,
    })
}

/// A date found in a piece of text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Found {
    date: CalendarDate,
    /// Byte range in the folded text.
    start: usize,
    end: usize,
    year_inferred: bool,
    /// The time zone the date's writing names, when not the language's
    /// (an Afghan month name: Kabul's clock).
    zone: Option<&'static str>,
}

/// Whether a line is a date or time line: a date or a time and little else.
pub fn is_date_line(line: &str) -> bool {
    is_date_line_folded(&text::fold(line), text::word_count(line))
}

/// [`is_date_line`] for a line already folded, with its word count.
pub fn is_date_line_folded(folded: &str, words: usize) -> bool {
    if words > 12 || !folded.bytes().any(|b| b.is_ascii_digit()) {
        return false;
    }
    let p = patterns();
    p.numeric.is_match(folded)
        || p.vietnamese_words.is_match(folded)
        || p.time.is_match(folded)
        || [Language::Persian, Language::Vietnamese].into_iter().any(|language| {
            named_patterns(language, folded).is_some_and(|n| {
                n.day_month_year.is_match(folded)
                    || n.month_day_year.is_match(folded)
                    || n.afghan.as_ref().is_some_and(|(d, m)| d.is_match(folded) || m.is_match(folded))
            })
        })
}

/// Full dates (with a year) in folded text, in order.
fn full_dates(folded: &str, language: Language) -> Vec<Found> {
    let p = patterns();
    let mut found = Vec::new();
    for caps in p.numeric.captures_iter(folded) {
        let (Some(a), Some(s1), Some(b), Some(s2), Some(c)) =
            (caps.get(1), caps.get(2), caps.get(3), caps.get(4), caps.get(5))
        else {
            continue;
        };
        if s1.as_str() != s2.as_str() {
            continue;
        }
        let (x, y, z): (i32, i32, i32) = match (a.as_str().parse(), b.as_str().parse(), c.as_str().parse()) {
            (Ok(x), Ok(y), Ok(z)) => (x, y, z),
            _ => continue,
        };
        let date = if a.as_str().len() == 4 {
            // Y/M/D: Persian pages, ISO dates
            calendar_date(x, y, z)
        } else if c.as_str().len() == 4 {
            // D/M/Y: the Vietnamese (and European) order … or M/D/Y, the
            // American one a blog's template in English prints
            // (`2/27/2018`), where the middle number is no month
            calendar_date(z, y, x).or_else(|| if y > 12 && s1.as_str() == "/" { calendar_date(z, x, y) } else { None })
        } else {
            None
        };
        let Some(date) = date else { continue };
        if in_range(folded, a.start(), c.end()) {
            continue;
        }
        found.push(Found { date, start: a.start(), end: c.end(), year_inferred: false, zone: None });
    }
    for caps in p.vietnamese_words.captures_iter(folded) {
        let group = |with_day_word: usize, without: usize| caps.get(with_day_word).or(caps.get(without));
        let (Some(whole), Some(d), Some(m), Some(y)) = (caps.get(0), group(1, 4), group(2, 5), group(3, 6)) else {
            continue;
        };
        let parsed = (d.as_str().parse(), m.as_str().parse(), y.as_str().parse());
        if let (Ok(d), Ok(m), Ok(y)) = parsed
            && let Some(date) = calendar_date(y, m, d)
        {
            found.push(Found { date, start: whole.start(), end: whole.end(), year_inferred: false, zone: None });
        }
    }
    // (looked up once: before the patterns are built, each lookup checks
    // the text for a month name)
    let named = named_patterns(language, folded);
    if let Some(named) = named {
        for caps in named.day_month_year.captures_iter(folded) {
            let (Some(month), Some(year)) = (caps.get(4), caps.get(5)) else { continue };
            let Some((calendar, month_number)) = named.month(month.as_str()) else { continue };
            let day = match (caps.get(1), caps.get(3)) {
                (Some(d), _) => d.as_str().parse().ok(),
                (None, Some(word)) => named.ordinal(caps.get(2).map(|m| m.as_str()), word.as_str()),
                _ => None,
            };
            let Some(day) = day else { continue };
            let Some(year) = full_year(year.as_str(), calendar) else { continue };
            let date = CalendarDate { year, month: month_number, day, calendar };
            let start = caps.get(1).or(caps.get(2)).or(caps.get(3)).map_or(month.start(), |m| m.start());
            if date.to_gregorian().is_some() {
                found.push(Found {
                    date,
                    start,
                    end: caps.get(5).map_or(month.end(), |m| m.end()),
                    year_inferred: false,
                    zone: None,
                });
            }
        }
        for caps in named.month_day_year.captures_iter(folded) {
            let (Some(month), Some(day), Some(year)) = (caps.get(1), caps.get(2), caps.get(3)) else { continue };
            let Some((calendar, month_number)) = named.month(month.as_str()) else { continue };
            let (Some(day), Some(year)) = (day.as_str().parse().ok(), full_year(year.as_str(), calendar)) else {
                continue;
            };
            let date = CalendarDate { year, month: month_number, day, calendar };
            if date.to_gregorian().is_some() {
                found.push(Found {
                    date,
                    start: month.start(),
                    end: caps.get(3).map_or(month.end(), |m| m.end()),
                    year_inferred: false,
                    zone: None,
                });
            }
        }
    }
    if let Some(named) = named
        && let Some((day_first, month_first)) = &named.afghan
    {
        // as (day, month, year) matches
        let dates =
            day_first.captures_iter(folded).filter_map(|caps| Some((caps.get(1)?, caps.get(2)?, caps.get(3)?))).chain(
                month_first.captures_iter(folded).filter_map(|caps| Some((caps.get(2)?, caps.get(1)?, caps.get(3)?))),
            );
        for (day_match, month_match, year_match) in dates {
            let (Some(month), Ok(day), Ok(year)) =
                (named.afghan_month(month_match.as_str()), day_match.as_str().parse(), year_match.as_str().parse())
            else {
                continue;
            };
            let date = CalendarDate { year, month, day, calendar: Calendar::SolarHijri };
            if date.to_gregorian().is_some() {
                let start = day_match.start().min(month_match.start());
                found.push(Found { date, start, end: year_match.end(), year_inferred: false, zone: Some(AFGHAN_ZONE) });
            }
        }
    }
    found.sort_by_key(|f| f.start);
    // one date per place: a named match overlapping a numeric one is the same date
    found.dedup_by(|later, earlier| later.start < earlier.end);
    if let Some(cues) = language.data().map(|d| &d.deadline_cues) {
        found.retain(|f| !after_deadline_cue(folded, f.start, cues));
    }
    found
}

/// How many words before a date a deadline cue still governs it
/// (`hạn chót nộp hồ sơ là 30/6`).
const DEADLINE_CUE_WINDOW_WORDS: usize = 6;

fn after_deadline_cue(folded: &str, start: usize, cues: &crate::lang::Lexicon) -> bool {
    cues.occurs_in(&words_before(folded, start, DEADLINE_CUE_WINDOW_WORDS))
}

/// The last `count` words of `folded` before byte `start`, joined by a
/// space (fewer where the text has fewer). Read from the end: a date late
/// in a long paragraph costs no more than one at its start.
fn words_before(folded: &str, start: usize, count: usize) -> String {
    let mut words: Vec<&str> = folded[..start].split_whitespace().rev().take(count).collect();
    words.reverse();
    words.join(" ")
}

/// Most words of a birth cue (`متولد سال`, `sinh năm`).
const BIRTH_CUE_MAX_WORDS: usize = 2;

/// Whether the year at byte `start` of `folded` comes right after a birth
/// cue (`sn 2004`, `(sn 2005,`, `متولد سال ۱۳۶۵`).
fn after_birth_cue(folded: &str, start: usize, cues: &crate::lang::Lexicon) -> bool {
    // (without a bracket opening the cue: `(sn 2004`)
    (1..=BIRTH_CUE_MAX_WORDS)
        .any(|n| cues.contains(words_before(folded, start, n).trim_start_matches(|c: char| !c.is_alphanumeric())))
}

/// Builds a date from year, month and day, choosing the calendar by the
/// year's range.
fn calendar_date(year: i32, month: i32, day: i32) -> Option<CalendarDate> {
    let calendar = if SOLAR_YEARS.contains(&year) {
        Calendar::SolarHijri
    } else if GREGORIAN_YEARS.contains(&year) {
        Calendar::Gregorian
    } else {
        return None;
    };
    let date = CalendarDate { year, month: u8::try_from(month).ok()?, day: u8::try_from(day).ok()?, calendar };
    date.to_gregorian().map(|_| date)
}

/// Whether the date at `start..end` is one end of a range (`27/2/1955 -
/// 27/2/2024`): such pairs are anniversaries and periods, not datelines.
fn in_range(folded: &str, start: usize, end: usize) -> bool {
    let before = folded[..start].trim_end();
    let after = folded[end..].trim_start();
    // the other end must be a date (`27/2/1955 - 27/2/2024`), not a time
    // (`07/03/2026 - 08:07`)
    let date_like = |s: &str| {
        let digits: String = s.chars().take_while(|c| c.is_ascii_digit() || matches!(c, '/' | '.' | '-')).collect();
        digits.contains(['/', '.', '-']) && !s[digits.len()..].starts_with(':')
    };
    let dash_before = before.strip_suffix(text::DASHES).is_some_and(|b| {
        let b = b.trim_end();
        let token_start = b.trim_end_matches(|c: char| c.is_ascii_digit() || matches!(c, '/' | '.' | '-')).len();
        date_like(&b[token_start..])
    });
    let dash_after = after.strip_prefix(text::DASHES).is_some_and(|a| date_like(a.trim_start()));
    dash_before || dash_after
}

/// A time in folded text after `from`, within the window: (hour, minute,
/// second, byte end).
fn time_after(folded: &str, from: usize, window: usize) -> Option<(u8, u8, u8, usize, usize)> {
    let end = folded.char_indices().nth(window).map_or(folded.len(), |(i, _)| from + i).min(folded.len());
    let end = (from..=end).rev().find(|&i| folded.is_char_boundary(i)).unwrap_or(from);
    let window = &folded[from..end];
    if let Some(caps) = persian_clock().captures(window) {
        let hour: u8 = caps.get(1)?.as_str().parse().ok()?;
        let minute: u8 = caps.get(2).or(caps.get(3)).map_or(Some(0), |m| m.as_str().parse().ok())?;
        let numeric_first =
            patterns().time.find(window).is_some_and(|m| m.start() < caps.get(0).map_or(0, |c| c.start()));
        if !numeric_first && hour < 24 && minute < 60 {
            return Some((hour, minute, 0, from + caps.get(0)?.start(), from + caps.get(0)?.end()));
        }
    }
    let caps = patterns().time.captures(window)?;
    let hour: u8 = caps.get(1)?.as_str().parse().ok()?;
    let minute: u8 = caps.get(2)?.as_str().parse().ok()?;
    let second: u8 = caps.get(3).map_or(Some(0), |s| s.as_str().parse().ok())?;
    let hour = match caps.get(4).map(|m| m.as_str()) {
        Some("ch" | "pm") if hour < 12 => hour + 12,
        Some("sa" | "am") if hour == 12 => 0,
        _ => hour,
    };
    (hour < 24 && minute < 60 && second < 60).then_some((
        hour,
        minute,
        second,
        from + caps.get(1)?.start(),
        from + caps.get(0)?.end(),
    ))
}

/// `ساعت ۱۲ و ۳۱ دقیقه`, `ساعت ۱۰` (digits already ASCII).
fn persian_clock() -> &'static Regex {
    static CLOCK: OnceLock<Regex> = OnceLock::new();
    CLOCK.get_or_init(|| {
        // `ساعت ۱۰`, `ساعت ۱۰ و ۳۰ دقیقه`, `ساعت ۱۰:۳۰`
        Regex::new(r"ساعت\s*([0-9]{1,2})(?::([0-9]{2})|\s*و\s*([0-9]{1,2})\s*دقیقه)?")
            .unwrap_or_else(|e| unreachable!("{e}"))
    })
}

/// What the date stage reads: the header lines before the article, and the
/// article's first paragraph.
pub struct DateSources<'a> {
    pub header: Vec<&'a str>,
    /// Where the header lines below the headline start (0 when no headline
    /// is known): a date there is the article's, where one above the
    /// headline may be the site's bar giving today's date.
    pub below_headline: usize,
    /// The article's headline, which a long header line may repeat with
    /// its date after it (`<headline> ۱۹ بهمن ۱۴۰۱`).
    pub headline: Option<&'a str>,
    pub lead: Option<&'a str>,
    /// All body paragraphs, for inferring a missing year.
    pub body: Vec<&'a str>,
    /// Short lines right under the article (some sites print the date
    /// after the byline), tried last.
    pub trailer: Vec<&'a str>,
}

/// The result of the date stage: the date, and which header line held it.
pub struct DateFinding {
    pub published: Published,
    pub header_line: Option<usize>,
}

/// Finds the publication date.
pub fn find(sources: &DateSources<'_>, language: Language, reference: Option<Ymd>) -> Option<DateFinding> {
    from_header(&sources.header, sources.below_headline, sources.headline, language, reference)
        .or_else(|| {
            let lead = sources.lead?;
            let order = header_order(sources.header.len(), sources.below_headline);
            from_header_without_year(&sources.header, order, lead, &sources.body, language, reference)
        })
        .or_else(|| {
            let lead = sources.lead?;
            from_lead(lead, &sources.body, language, reference)
                .map(|published| DateFinding { published, header_line: None })
        })
        .or_else(|| {
            // relative words under the article are not datelines
            from_header(&sources.trailer, 0, None, language, None).map(|f| DateFinding { header_line: None, ..f })
        })
}

fn from_header(
    header: &[&str],
    below_headline: usize,
    headline: Option<&str>,
    language: Language,
    reference: Option<Ymd>,
) -> Option<DateFinding> {
    let folded: Vec<String> = header.iter().map(|l| text::fold(l)).collect();
    // per line: whether a date label names it, and whether as the last update
    // (a label's word inside the date is none: `ngày` in `Chủ Nhật, ngày 24
    // tháng 11 năm 2024`, a site's bar, is the date's own)
    let labels: Vec<(bool, bool)> = folded
        .iter()
        .map(|line| {
            language.data().map_or((false, false), |d| {
                let labelled = d.date_labels.first_in(line).is_some() && {
                    let date = full_dates(line, language).first().map(|f| (f.start, f.end));
                    d.date_labels.all_in(line).any(|(a, b)| date.is_none_or(|(s, e)| b <= s || a >= e))
                };
                (labelled, labelled && d.update_labels.occurs_in(line))
            })
        })
        .collect();
    // a labelled line (`تاریخ انتشار:`, `Ngày đăng:`) names the publication
    // date, before a line labelled as the last update (`Cập nhật`, `به‌روزرسانی`,
    // the only date some pages print); otherwise the first date line below
    // the headline does, then the nearest one above it: the site's bar with
    // today's date heads the page, the article's date stands by its title
    let labelled = |update: bool| {
        let labels = &labels;
        (0..header.len()).filter(move |&i| labels[i] == (true, update))
    };
    let order: Vec<usize> =
        labelled(false).chain(labelled(true)).chain(header_order(header.len(), below_headline)).collect();
    for i in order {
        // a header date line is short; a sentence that mentions a date is not
        // one, but the headline with its date after it is
        let long = text::word_count(header[i]) > HEADER_DATE_LINE_MAX_WORDS;
        let Some(found) = full_dates(&folded[i], language).into_iter().next() else { continue };
        if long && headline.is_none_or(|headline| !is_headline_then_date(&folded[i], &found, headline)) {
            continue;
        }
        // the time may follow on this line or on the next few header lines,
        // or stand before it, on this line or the one before (`Cập nhật:
        // 14:30 | 15/11/2023`, which the separator cut in two)
        let window_start = i.saturating_sub(1);
        let window_end = (i + 1 + TIME_WINDOW_LINES).min(header.len());
        let joined = header[window_start..window_end].join(" ");
        let joined_folded = text::fold(&joined);
        // folding keeps spaces and folds each character alone, so the date
        // line's folded text starts right after the previous line's
        let shift = if window_start < i { folded[window_start].len() + 1 } else { 0 };
        let found = Found { start: found.start + shift, end: found.end + shift, ..found };
        let date_start = found.start;
        // a time before the date on its own line wins over one on the next
        // lines (`Đăng lúc 10:00 14/11/2024 | Cập nhật lúc 15:00 …`)
        let line_end = shift + folded[i].len();
        let before = time_before(&joined_folded, date_start);
        let time = match time_after(&joined_folded, found.end, TIME_WINDOW_CHARS) {
            Some(after) if after.3 >= line_end && before.is_some_and(|b| b.3 >= shift) => before,
            Some(after) => Some(after),
            None => before,
        };
        let raw_end = time.map_or(found.end, |t| t.4.max(found.end));
        let raw_start = time.map_or(found.start, |t| t.3.min(found.start));
        let raw = source_span(&joined, &joined_folded, raw_start, raw_end);
        let published = build(found, time.map(|t| (t.0, t.1, t.2)), raw, language)?;
        return Some(DateFinding { published, header_line: Some(i) });
    }
    // a header line that says `امروز` or `hôm qua`, when the day is known
    for (i, line) in folded.iter().enumerate() {
        if text::word_count(line) > RELATIVE_LINE_MAX_WORDS {
            continue;
        }
        if let Some(published) = relative(line, header[i], language, reference) {
            return Some(DateFinding { published, header_line: Some(i) });
        }
    }
    None
}

/// The header's lines in the order they are read for the date: the lines
/// below the headline first, then those above it, nearest first.
fn header_order(lines: usize, below_headline: usize) -> impl Iterator<Item = usize> {
    let below_headline = below_headline.min(lines);
    (below_headline..lines).chain((0..below_headline).rev())
}

/// The date of a header line that gives a day and a month's name without
/// the year, and nothing else but a weekday, a time and marks (`سه‌شنبه ۱۸
/// آذر - ۱۰:۳۰`, as some sites print the article's date): its year is
/// inferred as a lead's dateline's is (see [`infer_year`]). A line that
/// says anything more (`۱۶ آذر روز دانشجو`, Student Day) is no date line.
fn from_header_without_year(
    header: &[&str],
    order: impl Iterator<Item = usize>,
    lead: &str,
    body: &[&str],
    language: Language,
    reference: Option<Ymd>,
) -> Option<DateFinding> {
    for i in order {
        // (most header lines hold no digit, and need no folding)
        if !header[i].chars().any(|c| text::digit_value(c).is_some()) {
            continue;
        }
        let folded = text::fold(header[i]);
        let Some((day, calendar, month, start, end)) = day_and_month_line(&folded, language) else { continue };
        let Some(year) = infer_year(lead, body, calendar, reference, language.data()) else { continue };
        let Some(date) = not_after_reference(CalendarDate { year, month, day, calendar }, reference) else { continue };
        let time = time_after(&folded, end, TIME_WINDOW_CHARS);
        let raw = source_span(header[i], &folded, start, time.map_or(end, |t| t.4.max(end)));
        let found = Found { date, start, end, year_inferred: true, zone: None };
        let published = build(found, time.map(|t| (t.0, t.1, t.2)), raw, language)?;
        return Some(DateFinding { published, header_line: Some(i) });
    }
    None
}

/// The day, the month (with its calendar) and the byte range of a folded
/// line that is a day and a month's name and nothing else but a weekday,
/// a time (`۱۰:۳۰`, `ساعت ۱۰`) and marks.
fn day_and_month_line(folded: &str, language: Language) -> Option<(u8, Calendar, u8, usize, usize)> {
    let data = language.data()?;
    let named = named_patterns(language, folded)?;
    let tokens = text::tokenize(folded);
    let is_number =
        |k: usize| tokens.get(k).is_some_and(|t| !t.folded.is_empty() && t.folded.bytes().all(|b| b.is_ascii_digit()));
    // (an hour after `ساعت`, hour, or beside a colon)
    let in_time = |k: usize| {
        is_number(k)
            && (tokens.get(k + 1).is_some_and(|t| t.folded == ":")
                || k > 0 && matches!(&*tokens[k - 1].folded, ":" | "ساعت"))
    };
    let mut found = None;
    let mut k = 0;
    while k < tokens.len() {
        if let Some(n) = data.weekdays.match_at(&tokens, k) {
            k += n;
        } else if is_number(k)
            && let Some((calendar, month)) = tokens.get(k + 1).and_then(|t| named.month(&t.folded))
        {
            // (two days are a range, no date line)
            if found.is_some() {
                return None;
            }
            let day = tokens[k].folded.parse().ok()?;
            found = Some((day, calendar, month, tokens[k].start, tokens[k + 1].end));
            k += 2;
        } else if !tokens[k].is_word || in_time(k) || matches!(&*tokens[k].folded, "ماه" | "ساعت") {
            k += 1;
        } else {
            return None;
        }
    }
    found
}

/// Whether a folded header line is the headline with the date `found`
/// after it and nothing but a time or marks after the date (`<headline>
/// ۱۹ بهمن ۱۴۰۱`, as a listing or a page's title bar prints an article's
/// title): the article's own date however long the headline is. Spaces
/// are left out of the comparison, as titles are spaced apart or run
/// together at their separators (`… پر است|کاهش …`).
fn is_headline_then_date(folded: &str, found: &Found, headline: &str) -> bool {
    let before = folded[..found.start].trim_end_matches(|c: char| c.is_whitespace() || DATELINE_MARKS.contains(&c));
    let letters = |text: &str| text.chars().filter(|c| !c.is_whitespace()).collect::<String>();
    !folded[found.end..].chars().any(char::is_alphabetic) && letters(before) == letters(&text::fold(headline))
}

/// A time printed before the date on the same line (`00:40, 22/01/2023`).
fn time_before(folded: &str, date_start: usize) -> Option<(u8, u8, u8, usize, usize)> {
    let from = folded[..date_start].char_indices().rev().nth(TIME_WINDOW_CHARS / 2).map_or(0, |(i, _)| i);
    time_after(&folded[..date_start], from, TIME_WINDOW_CHARS).filter(|t| t.4 <= date_start)
}

fn from_lead(lead: &str, body: &[&str], language: Language, reference: Option<Ymd>) -> Option<Published> {
    let first_sentence_end = lead.char_indices().nth(200).map_or(lead.len(), |(i, _)| i);
    let opening = &lead[..first_sentence_end];
    let folded = text::fold(opening);
    // a dateline opens the lead (`Sáng ngày 5.1.2022 …`, `(Dân trí) - Chiều
    // 16/1, …`); a date further in is an event the article reports
    let opens_lead = |start: usize| text::word_count(&folded[..start]) <= LEAD_DATELINE_MAX_WORDS;
    if let Some(found) = full_dates(&folded, language)
        .into_iter()
        .find(|f| opens_lead(f.start) && sets_off_dateline(&folded, f.end, language))
    {
        let time = time_after(&folded, found.end, TIME_WINDOW_CHARS);
        let raw = source_span(opening, &folded, found.start, found.end);
        return build(found, time.map(|t| (t.0, t.1, t.2)), raw, language);
    }
    // (folded from the words themselves, so that the day's words map back
    // to them)
    let opening_words = opening.split_whitespace().take(RELATIVE_LEAD_WORDS).collect::<Vec<_>>().join(" ");
    if let Some(published) = relative(&text::fold(&opening_words), &opening_words, language, reference) {
        return Some(published);
    }
    // a day and a month without the year: `Chiều 16/1`, `سوم آبان`
    let (day, month, calendar, start, end) = if let Some(caps) = patterns().day_month.captures(&folded) {
        let whole = caps.get(0)?;
        let start = whole.start() + folded[whole.start()..].find(|c: char| c.is_alphabetic()).unwrap_or(0);
        let day: u8 = caps.get(1)?.as_str().parse().ok()?;
        (day, caps.get(3)?.as_str().parse::<u8>().ok()?, Calendar::Gregorian, start, caps.get(3)?.end())
    } else {
        let named = named_patterns(language, &folded)?;
        let caps = named.ordinal_month.as_ref()?.get()?.captures(&folded)?;
        let day = named.ordinal(caps.get(1).map(|m| m.as_str()), caps.get(2)?.as_str())?;
        let (calendar, month) = named.month(caps.get(3)?.as_str())?;
        let start = caps.get(1).or(caps.get(2))?.start();
        (day, month, calendar, start, caps.get(3)?.end())
    };
    if !opens_lead(start) || !sets_off_dateline(&folded, end, language) {
        return None;
    }
    let year = infer_year(lead, body, calendar, reference, language.data())?;
    let date = not_after_reference(CalendarDate { year, month, day, calendar }, reference)?;
    let raw = source_span(opening, &folded, start, end);
    build(Found { date, start, end, year_inferred: true, zone: None }, None, raw, language)
}

/// Marks that set a dateline off from the sentence after it (`Chiều 16/1,
/// …`, `Ngày 5/1 - …`).
const DATELINE_MARKS: [char; 7] = [',', '-', '–', '—', ':', '|', '('];

/// Whether a date opening a Vietnamese lead, ending at `end`, is set off
/// as its dateline: by a part of the day before it or opening it (`Sáng
/// ngày 5.1.2022 Trung tâm …`), a mark or a time after it, or nothing
/// after it. A bare date run into the sentence (`Ngày 11/3/2018 Ban Bí
/// thư chỉ đạo …`) is an event the sentence reports, as commentaries
/// open. Languages without day parts are not checked.
fn sets_off_dateline(folded: &str, end: usize, language: Language) -> bool {
    let Some(day_parts) = language.data().map(|data| &data.day_parts).filter(|parts| !parts.is_empty()) else {
        return true;
    };
    day_parts.occurs_in(&folded[..end])
        || folded[end..].trim_start().chars().next().is_none_or(|c| c.is_ascii_digit() || DATELINE_MARKS.contains(&c))
}

/// `امروز`, `hôm qua`: the reference day plus the word's offset, when a
/// reference day is given.
fn relative(folded: &str, source: &str, language: Language, reference: Option<Ymd>) -> Option<Published> {
    let reference = reference?;
    let data = language.data()?;
    let (word, offset) =
        data.relative_days.iter().filter(|(w, _)| contains_words(folded, w)).max_by_key(|(w, _)| w.len())?;
    let base = civil(reference)?;
    let day = base.checked_add(jiff::Span::new().days(i64::from(*offset))).ok()?;
    let date = CalendarDate {
        year: i32::from(day.year()),
        month: u8::try_from(day.month()).ok()?,
        day: u8::try_from(day.day()).ok()?,
        calendar: Calendar::Gregorian,
    };
    let at = folded.find(word.as_str())?;
    let time = time_after(folded, at + word.len(), TIME_WINDOW_CHARS);
    // the words that say the day and the time after them, not the line or
    // the lead they stand in (`Sáng nay, UBND tỉnh …` gives `Sáng nay`)
    let raw_end = time.map_or(at + word.len(), |t| t.4.max(at + word.len()));
    let raw = text::collapse_whitespace(&source_span(source, folded, at, raw_end));
    build(
        Found { date, start: at, end: at + word.len(), year_inferred: false, zone: None },
        time.map(|t| (t.0, t.1, t.2)),
        raw,
        language,
    )
}

/// Whether `phrase` occurs in `folded` as whole words.
fn contains_words(folded: &str, phrase: &str) -> bool {
    folded.match_indices(phrase).any(|(at, _)| {
        let before = folded[..at].chars().next_back();
        let after = folded[at + phrase.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

/// A Gregorian day as the time-zone database's calendar takes it, for
/// adding days.
fn civil(day: Ymd) -> Option<jiff::civil::Date> {
    jiff::civil::Date::new(i16::try_from(day.year).ok()?, i8::try_from(day.month).ok()?, i8::try_from(day.day).ok()?)
        .ok()
}

/// A date printed without its year, in the year inferred for it, or in
/// the year before when that puts it more than a day after the reference
/// day: an article is not dated ahead of the day it is read on (`۲۹
/// اسفند` read in Farvardin is last year's), but for the hours a site's
/// time zone may be ahead of the reader's. `None` for a day the calendar
/// does not have.
fn not_after_reference(date: CalendarDate, reference: Option<Ymd>) -> Option<CalendarDate> {
    let gregorian = civil(date.to_gregorian()?)?;
    let latest = reference.and_then(civil).and_then(|day| day.checked_add(jiff::Span::new().days(1)).ok());
    if latest.is_some_and(|latest| gregorian > latest) {
        let earlier = CalendarDate { year: date.year - 1, ..date };
        return earlier.to_gregorian().map(|_| earlier);
    }
    Some(date)
}

/// Infers the year of a date printed without one (`Chiều 16/1`).
///
/// A report dated by day and month only is about something that just
/// happened, and its lead names the year of the event (`tổng kết công tác
/// năm 2024 và triển khai kế hoạch năm 2025`): the latest year named in the
/// lead is the current one, since reports look back on past years but name
/// the current year for what is planned. Without a year in the lead, the
/// year the body names most often is used; then the reference date's year.
fn infer_year(
    lead: &str,
    body: &[&str],
    calendar: Calendar,
    reference: Option<Ymd>,
    data: Option<&crate::lang::LanguageData>,
) -> Option<i32> {
    let range = match calendar {
        Calendar::SolarHijri => SOLAR_YEARS,
        Calendar::LunarHijri => 1400..=1500,
        Calendar::Gregorian => GREGORIAN_YEARS,
    };
    // a year set as a target (`đến năm 2030`, `تا سال ۱۴۱۰`) is not the
    // year the report is written in, nor is a year of birth (`em N.X.A.
    // (SN 2004, học lớp 8)`)
    let years_in = |t: &str| -> Vec<i32> {
        let folded = text::fold(t);
        // a run's byte offset in the folded text, where a cue may precede it
        let offset = |run: &str| run.as_ptr() as usize - folded.as_ptr() as usize;
        folded
            .split(|c: char| !c.is_ascii_digit())
            .filter(|n| n.len() == 4)
            .filter(|n| !data.is_some_and(|data| after_deadline_cue(&folded, offset(n), &data.deadline_cues)))
            .filter(|n| !data.is_some_and(|data| after_birth_cue(&folded, offset(n), &data.birth_cues)))
            .filter_map(|n| n.parse().ok())
            .filter(|y| range.contains(y))
            .collect()
    };
    // the reference day's year in the date's own calendar
    let reference = reference.and_then(|r| year_in_calendar(r, calendar)).map(|year| Ymd { year, month: 1, day: 1 });
    let lead_years = years_in(lead);
    if let Some(&max) = lead_years.iter().max() {
        return Some(reference.map_or(max, |r| max.min(r.year)));
    }
    let mut counts: Vec<(i32, usize)> = Vec::new();
    for year in body.iter().flat_map(|p| years_in(p)) {
        match counts.iter_mut().find(|(y, _)| *y == year) {
            Some((_, n)) => *n += 1,
            None => counts.push((year, 1)),
        }
    }
    counts.iter().max_by_key(|(y, n)| (*n, *y)).map(|(y, _)| *y).or(reference.map(|r| r.year))
}

/// The year of a Gregorian day in another calendar.
fn year_in_calendar(day: Ymd, calendar: Calendar) -> Option<i32> {
    let date = Date::try_new_gregorian(day.year, day.month, day.day).ok()?;
    Some(match calendar {
        Calendar::Gregorian => day.year,
        Calendar::SolarHijri => date.to_calendar(icu_calendar::cal::Persian).year().extended_year(),
        Calendar::LunarHijri => date.to_calendar(icu_calendar::cal::Hijri::new_umm_al_qura()).year().extended_year(),
    })
}

/// The first units of a flattened page that may hold its dateline: the
/// menu, the dateline and the headline run into the lead come first.
/// Menu entries a crawler cut apart at separators (`صفحه اصلی | سیاسی |
/// …`), of [`MENU_ENTRY_MAX_WORDS`] words or fewer, do not count, nor on
/// a flattened line any unit that ends no sentence.
const DATELINE_SPLIT_UNITS: usize = 3;

/// Longest menu entry, in words (`صفحه اصلی`, `Thời sự`, `Khoa học`).
const MENU_ENTRY_MAX_WORDS: usize = 2;

/// A page flattened onto one line runs its header together (`Trang chủ
/// Thời sự … Thứ ba, 14/11/2023, 08:15 (GMT+7) Hà Nội sẽ …`): cuts the
/// dateline out of the first units, so that it reads as the page's date
/// line and the menu before it as a unit of its own. A dateline is a full
/// date with a time of day next to it, which a date a sentence reports
/// does not have; a bracket right after it (`(GMT+7)`) goes with it.
/// A crawler also runs a dateline into the headline printed after it on
/// the same line (`19/11/2015 01:03Đại biểu Quốc hội: "…"`): a line of its
/// own is cut where a dateline opens it.
pub fn split_datelines(blocks: &mut Vec<Block>, language: Language) {
    let mut counted = 0;
    for i in 0..blocks.len() {
        if counted == DATELINE_SPLIT_UNITS {
            break;
        }
        // (on a flattened line only sentences count: the header's units
        // there, menu entries, section names and the headline, end with
        // no stop, however many a menu cut at its bullets makes)
        if text::word_count(&blocks[i].text) > MENU_ENTRY_MAX_WORDS
            && (!blocks[i].from_flattened_line || text::ends_with_stop(&blocks[i].text))
        {
            counted += 1;
        }
        let unit = &blocks[i].text;
        // (most lines of their own open with a letter: no date to fold for)
        if !blocks[i].from_flattened_line && !unit.starts_with(|c: char| c.is_numeric()) {
            continue;
        }
        let folded = text::fold(unit);
        let Some(found) = full_dates(&folded, language).into_iter().next() else { continue };
        let Some(time) =
            time_after(&folded, found.end, TIME_WINDOW_CHARS).or_else(|| time_before(&folded, found.start))
        else {
            continue;
        };
        let mut start = source_offset(unit, &folded, found.start.min(time.3));
        let mut end = source_offset(unit, &folded, found.end.max(time.4));
        let rest = unit[end..].trim_start();
        if rest.starts_with('(')
            && let Some(close) = rest.find(')').filter(|&close| close <= DATELINE_BRACKET_MAX_BYTES)
        {
            end = unit.len() - rest.len() + close + 1;
        }
        start = unit[..start].trim_end().len();
        // so does the weekday before it (`… quan tòa Thứ Hai, 15/12/2025
        // 10:30`): left behind, it would end the headline before it
        if let Some(data) = language.data() {
            let head = unit[..start].trim_end_matches([',', ' ']);
            let tokens = data.tokenize(head);
            if let Some(n) = data.weekdays.match_ending_at(&tokens, tokens.len()) {
                start = tokens[tokens.len() - n].start;
            }
        }
        // a label right before the date goes with it (`Đăng lúc 10:00
        // 14/11/2024 | Cập nhật lúc …`): it says which date this is
        let before = text::fold(unit[..start].trim_end_matches([':', ' ']));
        if language.data().is_some_and(|d| d.date_labels.contains(before.trim())) {
            start = 0;
        }
        let pieces = [&unit[..start], &unit[start..end], &unit[end..]].map(str::trim);
        if pieces[0].is_empty() && pieces[2].is_empty() || !blocks[i].from_flattened_line && !pieces[0].is_empty() {
            continue;
        }
        let template = blocks[i].clone();
        let units: Vec<Block> = pieces
            .iter()
            .enumerate()
            .filter(|(_, piece)| !piece.is_empty())
            .map(|(k, piece)| Block {
                text: (*piece).to_owned(),
                gap_before: if k == 0 { template.gap_before } else { 0 },
                ..template.clone()
            })
            .collect();
        blocks.splice(i..=i, units);
        return;
    }
}

/// Longest bracket after a dateline kept with it, in bytes (`(GMT+7)`).
const DATELINE_BRACKET_MAX_BYTES: usize = 16;

/// The byte offset in `source` of the folded byte offset `at`, counting
/// the characters folding keeps (see [`source_span`]).
fn source_offset(source: &str, folded: &str, at: usize) -> usize {
    let wanted = folded[..at].chars().count();
    let mut kept = 0;
    for (i, c) in source.char_indices() {
        if kept >= wanted {
            return i;
        }
        kept += text::fold(c.encode_utf8(&mut [0; 4])).chars().count();
    }
    source.len()
}

/// The source text of a folded byte range. Folding drops some characters
/// (joiners, diacritics) and never adds any outside Latin case folding, so
/// the range is found by counting characters kept.
fn source_span(source: &str, folded: &str, start: usize, end: usize) -> String {
    let start_chars = folded[..start].chars().count();
    let end_chars = folded[..end].chars().count();
    let mut kept = 0;
    let mut from = None;
    let mut to = source.len();
    for (i, c) in source.char_indices() {
        let mut f = String::new();
        f.push(c);
        let n = text::fold(&f).chars().count();
        if from.is_none() && kept >= start_chars && n > 0 {
            from = Some(i);
        }
        kept += n;
        if kept >= end_chars && from.is_some() {
            to = i + c.len_utf8();
            break;
        }
    }
    source[from.unwrap_or(0)..to].trim().to_owned()
}

fn build(found: Found, time: Option<(u8, u8, u8)>, raw: String, language: Language) -> Option<Published> {
    let ymd = found.date.to_gregorian()?;
    let time_text = time.map(|(h, m, s)| format!("{h:02}:{m:02}:{s:02}"));
    let zone = found.zone.or(zone_of(language));
    let utc_offset = time.and_then(|(h, m, s)| utc_offset(ymd, (h, m, s), zone?));
    Some(Published {
        date: format!("{:04}-{:02}-{:02}", ymd.year, ymd.month, ymd.day),
        time: time_text,
        utc_offset,
        calendar: found.date.calendar,
        raw,
        year_inferred: found.year_inferred,
    })
}

/// The clock of a date written with an Afghan month name (`ثور 13, 1401
/// 09:59`): Kabul's, half an hour ahead of Tehran's.
const AFGHAN_ZONE: &str = "Asia/Kabul";

/// The time zone whose clock a site of this language prints.
fn zone_of(language: Language) -> Option<&'static str> {
    match language {
        Language::Persian => Some("Asia/Tehran"),
        Language::Vietnamese => Some("Asia/Ho_Chi_Minh"),
        _ => None,
    }
}

/// The zone's UTC offset at that local time, from the time-zone database
/// (Tehran kept daylight saving time, +04:30, until 2022).
fn utc_offset(ymd: Ymd, (h, m, s): (u8, u8, u8), zone: &str) -> Option<String> {
    let zone = jiff::tz::TimeZone::get(zone).ok()?;
    let civil = jiff::civil::DateTime::new(
        i16::try_from(ymd.year).ok()?,
        i8::try_from(ymd.month).ok()?,
        i8::try_from(ymd.day).ok()?,
        i8::try_from(h).ok()?,
        i8::try_from(m).ok()?,
        i8::try_from(s).ok()?,
        0,
    )
    .ok()?;
    let zoned = civil.to_zoned_datetime(zone).ok()?;
    let seconds = zoned.offset().seconds();
    let sign = if seconds < 0 { '-' } else { '+' };
    let minutes = seconds.abs() / 60;
    Some(format!("{sign}{:02}:{:02}", minutes / 60, minutes % 60))
}

/// Reads a machine-readable publication time from page metadata
/// (`2026-03-01T09:51:00+07:00`, `2026-03-07T00:01:00`, `2026-03-07`, and
/// with spaces around the `T`, as some sites print it).
/// With an offset, the moment is shown in the site's zone (a UTC stamp of
/// 23:30 is the next morning in Hanoi); without one, the time is taken as
/// the site's local time.
pub fn from_iso(raw: &str, language: Language) -> Option<Published> {
    static ISO: OnceLock<Regex> = OnceLock::new();
    let iso = ISO.get_or_init(|| {
        Regex::new(
            r"^\s*([0-9]{4})-([0-9]{2})-([0-9]{2})(?:(?:\s*T\s*|\s+)([0-9]{2}):([0-9]{2})(?::([0-9]{2}))?(?:\.[0-9]+)?\s*(Z|[+-][0-9]{2}:?[0-9]{2})?)?",
        )
        .unwrap_or_else(|e| unreachable!("{e}"))
    });
    let caps = iso.captures(raw)?;
    let number = |i: usize| caps.get(i).and_then(|m| m.as_str().parse::<i32>().ok());
    let (year, month, day) = (number(1)?, number(2)?, number(3)?);
    let date = calendar_date(year, month, day).filter(|d| d.calendar == Calendar::Gregorian)?;
    let Some(hour) = number(4) else {
        return build(
            Found { date, start: 0, end: 0, year_inferred: false, zone: None },
            None,
            raw.trim().to_owned(),
            language,
        );
    };
    let (minute, second) = (number(5)?, number(6).unwrap_or(0));
    let local = jiff::civil::DateTime::new(
        i16::try_from(year).ok()?,
        i8::try_from(month).ok()?,
        i8::try_from(day).ok()?,
        i8::try_from(hour).ok()?,
        i8::try_from(minute).ok()?,
        i8::try_from(second).ok()?,
        0,
    )
    .ok()?;
    let zone = zone_of(language).and_then(|z| jiff::tz::TimeZone::get(z).ok());
    let zoned = match caps.get(7).map(|m| m.as_str()) {
        Some(offset) => {
            let seconds = parse_offset(offset)?;
            let fixed = jiff::tz::TimeZone::fixed(jiff::tz::Offset::from_seconds(seconds).ok()?);
            let instant = local.to_zoned_datetime(fixed).ok()?;
            match zone {
                Some(zone) => instant.with_time_zone(zone),
                None => instant,
            }
        }
        None => local.to_zoned_datetime(zone?).ok()?,
    };
    let seconds = zoned.offset().seconds();
    let sign = if seconds < 0 { '-' } else { '+' };
    let minutes = seconds.abs() / 60;
    Some(Published {
        date: format!("{:04}-{:02}-{:02}", zoned.year(), zoned.month(), zoned.day()),
        time: Some(format!("{:02}:{:02}:{:02}", zoned.hour(), zoned.minute(), zoned.second())),
        utc_offset: Some(format!("{sign}{:02}:{:02}", minutes / 60, minutes % 60)),
        calendar: Calendar::Gregorian,
        raw: raw.trim().to_owned(),
        year_inferred: false,
    })
}

fn parse_offset(text: &str) -> Option<i32> {
    if text == "Z" {
        return Some(0);
    }
    let sign = if text.starts_with('-') { -1 } else { 1 };
    let digits: String = text[1..].chars().filter(char::is_ascii_digit).collect();
    let hours: i32 = digits.get(..2)?.parse().ok()?;
    let minutes: i32 = digits.get(2..4).map_or(Some(0), |m| m.parse().ok())?;
    Some(sign * (hours * 3600 + minutes * 60))
}

/// Reads a date from a piece of text as the page prints it: each line is
/// tried as a header line, then the whole as the article's lead. For tests
/// and embedders that hold a date string.
pub fn parse_date_text(text: &str, language: Language, reference: Option<Ymd>) -> Option<Published> {
    let lines: Vec<&str> = text.lines().filter(|l| !l.trim().is_empty()).collect();
    from_header(&lines, 0, None, language, reference)
        .or_else(|| from_header_without_year(&lines, 0..lines.len(), text, &[text], language, reference))
        .map(|f| f.published)
        .or_else(|| from_lead(text, &[text], language, reference))
}

/// Parses `YYYY-MM-DD`, as given to `--reference-date`.
pub fn parse_reference(text: &str) -> Option<Ymd> {
    let mut parts = text.trim().splitn(3, '-');
    let year = parts.next()?.parse().ok()?;
    let month = parts.next()?.parse().ok()?;
    let day = parts.next()?.parse().ok()?;
    let date = CalendarDate { year, month, day, calendar: Calendar::Gregorian };
    date.to_gregorian()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn named_patterns_are_built_for_a_text_naming_a_month_after_no_letter() {
        let may_match =
            |language: Language, line: &str| LazyNamedPatterns::new().may_match(language, &text::fold(line));
        for line in ["۱۵ آبان ۱۴۰۴", "پنجشنبه/۴قوس/۱۴۰۰", "دی ۱۴۰۲", "جمعه، 12 May 2020", "آذر 23, 1399"]
        {
            assert!(may_match(Language::Persian, line), "{line}");
        }
        // `دی` (the tenth month) inside `زیادی`, `mar` inside `summary`
        for line in ["خبرهای زیادی در ۱۲ ساعت", "summary of 2020", "ساعت ۱۲:۳۰"] {
            assert!(!may_match(Language::Persian, line), "{line}");
        }
        assert!(may_match(Language::Vietnamese, "Thứ Hai, ngày 5 tháng 1 năm 2022"));
        assert!(!may_match(Language::Vietnamese, "Hà Nội, 16/1/2024"));
        assert!(!may_match(Language::Vietnamese, "۱۵ آبان ۱۴۰۴"));
        assert!(!may_match(Language::English, "12 May 2020"));
    }

    #[test]
    fn a_set_off_pattern_matches_as_the_pattern_with_a_leading_non_word_class() {
        // (the class after the date takes a character too, as the named
        // patterns' do)
        let day_month = r"([0-9]{1,2})\s+(آبان|مه|may)(?:\s+([0-9]{4}))?(?:[^0-9]|$)";
        let set_off = SetOff(Regex::new(day_month).unwrap_or_else(|e| unreachable!("{e}")));
        // (every match opens with a day's digits, which an Arabic letter
        // before sets off too)
        let classed = Regex::new(&format!(r"(?:^|[^\w]|[\x{{620}}-\x{{64A}}\x{{66E}}-\x{{6D3}}]){day_month}"))
            .unwrap_or_else(|e| unreachable!("{e}"));
        let groups = |caps: regex::Captures<'_>| -> Vec<Option<(usize, usize)>> {
            caps.iter().skip(1).map(|m| m.map(|m| (m.start(), m.end()))).collect()
        };
        let texts = [
            "12 آبان 1402",
            "امروز، 12 آبان 1402 و 13 آبان 1402",
            // a date right after another's year: the class took the space
            "12 آبان 1402 13 آبان 1402",
            "12 آبان 13 آبان",
            // glued to a word, a digit, an underscore, a joiner, a mark
            "x12 may 2020 and 5 may",
            "112 مه 1999",
            "_12 مه",
            "\u{200c}12 مه",
            "a\u{301}12 may",
            "(12 may 2020), 5 may.",
            "ب12 آبان",
            "ایران اینترنشنال19 مرداد 1404",
            "ی\u{200c}12 مه",
            "",
            "12",
        ];
        for text in texts {
            let expected: Vec<_> = classed.captures_iter(text).map(groups).collect();
            let found: Vec<_> = set_off.captures_iter(text).map(groups).collect();
            assert_eq!(found, expected, "{text:?}");
            assert_eq!(set_off.is_match(text), classed.is_match(text), "{text:?}");
            assert_eq!(set_off.captures(text).map(groups), classed.captures(text).map(groups), "{text:?}");
        }
    }

    #[test]
    fn a_named_pattern_matches_no_text_the_month_check_turns_away() {
        // every month name in every pattern's form, after every kind of
        // character: wherever a pattern matches, the check must have let
        // the text through (it is what builds the patterns)
        for language in [Language::Persian, Language::Vietnamese] {
            let names = language.date_names().unwrap_or_else(|| unreachable!());
            let patterns = NamedPatterns::build(language).unwrap_or_else(|| unreachable!());
            let months = names.months.iter().map(|(name, _, _)| name);
            let all_names: Vec<&String> = months.chain(names.afghan_months.iter().map(|(name, _)| name)).collect();
            let mut matched = 0;
            for name in all_names {
                for before in ["", " ", "،", "x", "ب", "7", "/"] {
                    for date in [
                        format!("{before}12 {name} 1402"),
                        format!("{before}12{name}/1402"),
                        format!("{before}{name} 12, 1402"),
                        format!("{before}سوم {name}"),
                        format!("{before}{name}"),
                    ] {
                        let folded = text::fold(&date);
                        let matches = patterns.day_month_year.is_match(&folded)
                            || patterns.month_day_year.is_match(&folded)
                            || patterns
                                .ordinal_month
                                .as_ref()
                                .and_then(LazySetOff::get)
                                .is_some_and(|p| p.is_match(&folded))
                            || patterns
                                .afghan
                                .as_ref()
                                .is_some_and(|(d, m)| d.is_match(&folded) || m.is_match(&folded));
                        matched += usize::from(matches);
                        if matches {
                            assert!(LazyNamedPatterns::new().may_match(language, &folded), "{date}");
                        }
                    }
                }
            }
            assert!(matched > 100, "{language:?}: {matched}");
        }
    }

    #[test]
    fn the_dateline_of_a_page_flattened_onto_one_line_is_cut_out() {
        let cut = |page: &str, language: Language| -> Vec<String> {
            let mut blocks = crate::blocks::from_text(page, &[]);
            split_datelines(&mut blocks, language);
            blocks.into_iter().map(|b| b.text).collect()
        };
        let texts = cut(
            "Trang chủ Thời sự Kinh doanh Thứ ba, 14/11/2023, 08:15 (GMT+7) Hà Nội sẽ cấm xe máy trong phố cổ. \
             Câu thứ hai của bài khá dài.",
            Language::Vietnamese,
        );
        // the weekday before the date goes with it, in Persian too, the
        // joiner inside it or not
        assert_eq!(
            texts[..3],
            ["Trang chủ Thời sự Kinh doanh", "Thứ ba, 14/11/2023, 08:15 (GMT+7)", "Hà Nội sẽ cấm xe máy trong phố cổ."]
        );
        for weekday in ["سه‌شنبه", "سه شنبه"] {
            let texts = cut(
                &format!(
                    "جلسه مجلس برگزار می‌شود {weekday} ۱۱ خرداد ۱۳۹۹ ساعت ۱۸:۲۰ وزیر نیرو گفت که مصرف برق مدیریت می‌شود. جمله دوم خبر است."
                ),
                Language::Persian,
            );
            assert_eq!(
                texts[..2],
                ["جلسه مجلس برگزار می‌شود".to_owned(), format!("{weekday} ۱۱ خرداد ۱۳۹۹ ساعت ۱۸:۲۰")]
            );
        }
        let texts = cut(
            "صفحه نخست سیاسی کد خبر ۶۱۲۳۴۵۶ ۲۵ آبان ۱۴۰۲، ۱۰:۳۰ وزیر نیرو گفت که مصرف برق مدیریت می‌شود. جمله دوم خبر است.",
            Language::Persian,
        );
        assert_eq!(texts[..2], ["صفحه نخست سیاسی کد خبر ۶۱۲۳۴۵۶", "۲۵ آبان ۱۴۰۲، ۱۰:۳۰"]);
        // menu entries cut apart at separators do not use up the units the
        // dateline is looked for in
        let texts = cut(
            "صفحه اصلی | سیاسی | اقتصادی | ورزشی | فرهنگی | عنوان خبر ۱۴۰۴/۰۲/۲۳ - ۰۹:۱۲ وزیر علوم گفت که ظرفیت افزایش می‌یابد. جمله دوم خبر است.",
            Language::Persian,
        );
        assert!(texts.iter().any(|t| t == "۱۴۰۴/۰۲/۲۳ - ۰۹:۱۲"), "{texts:?}");
        // … nor do longer ones, of a menu cut at its bullets: only
        // sentences do
        let texts = cut(
            "Trang chủ • Góp Ý Hiến Kế • Việt Nam - ASEAN • Bầu cử Quốc hội khóa XVI • Tin tức hằng ngày • \
             Chính sách mới 01/03/2026 09:51 Tháng 3/2026 có nhiều chính sách mới có hiệu lực. Câu thứ hai của bài.",
            Language::Vietnamese,
        );
        assert!(texts.iter().any(|t| t == "01/03/2026 09:51"), "{texts:?}");
        // four sentences down, a date and a time are no dateline
        let texts = cut(
            "Trang chủ • Tin tức. Câu đầu của bài. Câu kế của bài. Câu sau nữa của bài. Câu cuối 01/03/2026 09:51 của bài.",
            Language::Vietnamese,
        );
        assert!(texts.iter().any(|t| t == "Câu cuối 01/03/2026 09:51 của bài."), "{texts:?}");
        // a date a sentence reports comes without a time of day
        let page = "Ngày 11/3/2018 Ban Bí thư chỉ đạo mở rộng điều tra vụ án. Câu thứ hai của bài khá dài.";
        assert_eq!(cut(page, Language::Vietnamese)[0], "Ngày 11/3/2018 Ban Bí thư chỉ đạo mở rộng điều tra vụ án.");
        // a line of its own is cut where a dateline opens it, glued to the
        // headline after it or not …
        let page = "Xã hội\n19/11/2015 01:03Đại biểu Quốc hội: \"Bộ trưởng nói sự thật\"\nCâu đầu của bài.";
        assert_eq!(
            cut(page, Language::Vietnamese)[1..3],
            ["19/11/2015 01:03", "Đại biểu Quốc hội: \"Bộ trưởng nói sự thật\""]
        );
        // … and not where a dateline stands further in
        let page = "Xã hội\nHà Nội lúc 19/11/2015 01:03 có mưa lớn\nCâu đầu của bài.";
        assert_eq!(cut(page, Language::Vietnamese)[1], "Hà Nội lúc 19/11/2015 01:03 có mưa lớn");
        let page = "Xã hội\n15 người bị thương lúc 01:03 ngày 19/11/2015\nCâu đầu của bài.";
        assert_eq!(cut(page, Language::Vietnamese)[1], "15 người bị thương lúc 01:03 ngày 19/11/2015");
    }

    fn header(lines: &[&str], language: Language) -> Option<Published> {
        let sources = DateSources {
            header: lines.to_vec(),
            below_headline: 0,
            headline: None,
            lead: None,
            body: vec![],
            trailer: vec![],
        };
        find(&sources, language, None).map(|f| f.published)
    }

    fn lead(lead: &str, language: Language) -> Option<Published> {
        let sources = DateSources {
            header: vec![],
            below_headline: 0,
            headline: None,
            lead: Some(lead),
            body: vec![lead],
            trailer: vec![],
        };
        find(&sources, language, None).map(|f| f.published)
    }

    #[test]
    fn solar_hijri_with_time_on_other_lines() {
        let p = header(&["|", "۱۴۰۴/۰۸/۱۵", "|", "۱۳:۱۴:۰۱", "| کد خبر: ۲۲۷۷۱۸۱"], Language::Persian);
        let p = p.expect("a date");
        assert_eq!(p.date, "2025-11-06");
        assert_eq!(p.time.as_deref(), Some("13:14:01"));
        assert_eq!(p.utc_offset.as_deref(), Some("+03:30"));
        assert_eq!(p.calendar, Calendar::SolarHijri);
        assert_eq!(p.raw, "۱۴۰۴/۰۸/۱۵ | ۱۳:۱۴:۰۱");
        assert!(!p.year_inferred);
    }

    #[test]
    fn a_date_run_into_the_outlets_name_is_read() {
        let p = header(&["رادیو فردا۱۹ مرداد ۱۴۰۴"], Language::Persian).expect("a date");
        assert_eq!((p.date.as_str(), p.raw.as_str()), ("2025-08-10", "۱۹ مرداد ۱۴۰۴"));
        // an ordinal day glued to a word is the word's letters
        assert!(header(&["کتابسوم مرداد ۱۴۰۴"], Language::Persian).is_none());
    }

    #[test]
    fn above_the_headline_the_date_nearest_it_is_the_articles() {
        let sources = |header: Vec<&'static str>| DateSources {
            below_headline: header.len(),
            header,
            headline: None,
            lead: None,
            body: vec![],
            trailer: vec![],
        };
        // the site's bar with today's date, then the source and its date
        let page = sources(vec!["جمعه / ۲۵ مهر / ۱۴۰۴ - 17 October, 2025", "سایت عصرایران / ۱۴۰۴/۰۶/۱۹"]);
        let found = find(&page, Language::Persian, None).map(|f| f.published.date);
        assert_eq!(found.as_deref(), Some("2025-09-10"));
        let page = sources(vec!["VnExpress Thứ tư, 22/10/2025", "Thời sự", "Thứ tư, 21/10/2025, 19:25 (GMT+7)"]);
        let found = find(&page, Language::Vietnamese, None).map(|f| f.published);
        assert_eq!(found.map(|p| (p.date, p.time)), Some(("2025-10-21".to_owned(), Some("19:25:00".to_owned()))));
    }

    #[test]
    fn tehran_summer_time_before_2022() {
        let p = header(&["1398/5/1 10:00"], Language::Persian).expect("a date");
        assert_eq!(p.date, "2019-07-23");
        assert_eq!(p.utc_offset.as_deref(), Some("+04:30"));
    }

    #[test]
    fn afghan_month_names_with_kabuls_clock() {
        let p = header(&["ثور 13, 1401 09:59"], Language::Persian).expect("a date");
        assert_eq!((p.date.as_str(), p.utc_offset.as_deref()), ("2022-05-03", Some("+04:30")));
        assert_eq!(p.calendar, Calendar::SolarHijri);
        let p = header(&["۲۵ حمل ۱۴۰۳ - ۱۹:۲۷"], Language::Persian).expect("a date");
        assert_eq!((p.date.as_str(), p.utc_offset.as_deref()), ("2024-04-13", Some("+04:30")));
        // parts between slashes, the day glued to the month
        let p = header(&["آسواکانیوز(پنجشنبه/۴قوس/۱۴۰۰):"], Language::Persian).expect("a date");
        assert_eq!(p.date, "2021-11-25");
        // the Iranian names keep Tehran's clock (+03:30 since 2022)
        let p = header(&["۲۵ فروردین ۱۴۰۳ - ۱۹:۲۷"], Language::Persian).expect("a date");
        assert_eq!(p.utc_offset.as_deref(), Some("+03:30"));
        // the names are words too: only a four-digit year of the Solar Hijri
        // centuries makes one a date
        for line in ["۵ قوس ۹۰ درجه", "۱۰ میزان ۲۰ درصد", "۳ سرطان ۲۰۲۳", "۱۲ حمل و نقل", "۵قوس۹۰"]
        {
            assert!(header(&[line], Language::Persian).is_none(), "{line}");
        }
    }

    #[test]
    fn vietnamese_afternoon_marker() {
        let p = header(&["28/02/2024 1:38:16 CH"], Language::Vietnamese).expect("a date");
        assert_eq!((p.date.as_str(), p.time.as_deref()), ("2024-02-28", Some("13:38:16")));
        assert_eq!(p.utc_offset.as_deref(), Some("+07:00"));
        assert_eq!(p.calendar, Calendar::Gregorian);
    }

    #[test]
    fn a_month_first_when_the_middle_number_is_no_month() {
        let date = |line: &str| header(&[line], Language::Vietnamese).map(|p| p.date);
        assert_eq!(date("2/27/2018").as_deref(), Some("2018-02-27"));
        // the day first wherever it can be
        assert_eq!(date("2/11/2018").as_deref(), Some("2018-11-02"));
        // no month either way
        assert_eq!(date("13/27/2018"), None);
    }

    #[test]
    fn time_before_the_date() {
        let p = header(&["00:40, 22/01/2023"], Language::Vietnamese).expect("a date");
        assert_eq!((p.date.as_str(), p.time.as_deref()), ("2023-01-22", Some("00:40:00")));
    }

    #[test]
    fn the_publication_date_before_the_last_update() {
        let vi = |lines: &[&str]| header(lines, Language::Vietnamese).map(|p| (p.date, p.time));
        let published = Some(("2024-11-14".to_owned(), Some("10:00:00".to_owned())));
        assert_eq!(vi(&["Cập nhật lúc 15:00 15/11/2024", "Đăng lúc 10:00 14/11/2024"]), published);
        // the time before the date on its line, not the update's after it
        assert_eq!(vi(&["Đăng lúc 10:00 14/11/2024", "Cập nhật lúc 15:00 15/11/2024"]), published);
        // the update is a date of the page when it is the only one
        assert_eq!(vi(&["Cập nhật: 15/11/2024 08:00"]), Some(("2024-11-15".to_owned(), Some("08:00:00".to_owned()))));
        // a label's word inside a date labels nothing: the site's bar
        // writes `ngày` in today's date
        assert_eq!(
            vi(&["Chủ Nhật, ngày 24 tháng 11 năm 2024", "Ngày phát hành: 08/01/2021 Lượt xem 1475"]),
            Some(("2021-01-08".to_owned(), None))
        );
        let fa = header(&["تاریخ به‌روزرسانی: ۲۵ آبان ۱۴۰۳", "تاریخ انتشار: ۲۰ آبان ۱۴۰۳"], Language::Persian);
        assert_eq!(fa.map(|p| p.date).as_deref(), Some("2024-11-10"));
        // a flattened page keeps the label with its date
        let mut blocks = crate::blocks::from_text(
            "Đăng lúc 10:00 14/11/2024 | Cập nhật lúc 15:00 15/11/2024 | Hà Nội sẽ cấm xe máy. Câu thứ hai khá dài.",
            &[],
        );
        split_datelines(&mut blocks, Language::Vietnamese);
        assert_eq!(blocks[0].text, "Đăng lúc 10:00 14/11/2024");
    }

    #[test]
    fn time_on_the_unit_before_the_date() {
        let p = header(&["Cập nhật: 14:30", "15/11/2023"], Language::Vietnamese).expect("a date");
        assert_eq!((p.date.as_str(), p.time.as_deref()), ("2023-11-15", Some("14:30:00")));
    }

    #[test]
    fn persian_clock_words_with_minutes() {
        for (line, time) in [
            ("۲۵ آبان ۱۴۰۲ ساعت ۱۰:۳۰", "10:30:00"),
            ("۲۵ آبان ۱۴۰۲ ساعت ۱۰ و ۱۵ دقیقه", "10:15:00"),
            ("۲۵ آبان ۱۴۰۲ ساعت ۹", "09:00:00"),
        ] {
            let p = header(&[line], Language::Persian).expect("a date");
            assert_eq!((p.date.as_str(), p.time.as_deref()), ("2023-11-16", Some(time)), "{line}");
        }
    }

    #[test]
    fn dotted_date_in_the_lead() {
        let p = lead("Sáng ngày 5.1.2022 Trung tâm Y tế huyện đã tổ chức Hội nghị.", Language::Vietnamese);
        let p = p.expect("a date");
        assert_eq!((p.date.as_str(), p.time.as_deref()), ("2022-01-05", None));
        assert_eq!(p.raw, "5.1.2022");
    }

    #[test]
    fn a_date_run_into_the_leads_sentence_is_no_dateline() {
        let date = |text: &str| lead(text, Language::Vietnamese).map(|p| p.date);
        // set off by a mark, a time or a part of the day: the dateline
        for text in [
            "Ngày 11/3/2018, Ban Bí thư chỉ đạo mở rộng điều tra vụ án.",
            "Ngày 11/3/2018 - Ban Bí thư chỉ đạo mở rộng điều tra vụ án.",
            "Ngày 11/3/2018 (giờ Hà Nội) Ban Bí thư chỉ đạo mở rộng điều tra vụ án.",
            "Ngày 11/3/2018 08:15 Ban Bí thư chỉ đạo mở rộng điều tra vụ án.",
            "Tối ngày 11/3/2018 Ban Bí thư chỉ đạo mở rộng điều tra vụ án.",
            "Tối 11/3 Ban Bí thư chỉ đạo mở rộng điều tra vụ án năm 2018.",
            "Ngày 11/3/2018",
        ] {
            assert_eq!(date(text).as_deref(), Some("2018-03-11"), "{text}");
        }
        // run into the sentence: an event it reports, as commentaries open
        assert_eq!(date("Ngày 11/3/2018 Ban Bí thư chỉ đạo mở rộng điều tra vụ án."), None);
        assert_eq!(date("Ngày 11/3 Ban Bí thư chỉ đạo mở rộng điều tra vụ án năm 2018."), None);
        // Persian leads are not checked
        let persian = lead("۲۰ اسفند ۱۴۰۲ وزیر نیرو گفت که مصرف برق مدیریت می‌شود.", Language::Persian);
        assert_eq!(persian.map(|p| p.date).as_deref(), Some("2024-03-10"));
    }

    #[test]
    fn day_and_month_only_infers_the_year_from_the_lead() {
        let text = "Chiều 16/1, Bệnh viện tổ chức Hội nghị tổng kết công tác năm 2024 và triển khai kế hoạch năm 2025.";
        let p = lead(text, Language::Vietnamese).expect("a date");
        assert_eq!(p.date, "2025-01-16");
        assert!(p.year_inferred);
        assert_eq!(p.raw, "Chiều 16/1");
        // the dash spaced, as some sites print it
        let spaced = "Ngày 19 - 12, UBND tỉnh họp phiên thường kỳ tháng 12 năm 2016.";
        assert_eq!(lead(spaced, Language::Vietnamese).map(|p| p.date).as_deref(), Some("2016-12-19"));
        // … but a range of numbers is no date
        assert_eq!(lead("Ngày 2 - 3 người đến khám tại trạm y tế năm 2016.", Language::Vietnamese), None);
    }

    #[test]
    fn an_ordinal_day_and_a_month_in_a_persian_lead_take_the_year_the_lead_names() {
        let text = "بیست و سوم آبان ماه، وزیر بهداشت از برنامه‌های سال ۱۴۰۴ در بیمارستان‌های استان گفت.";
        let p = lead(text, Language::Persian).expect("a date");
        // 23 Aban 1404
        assert_eq!(p.date, "2025-11-14");
        assert_eq!(p.calendar, Calendar::SolarHijri);
        assert!(p.year_inferred);
        // an ordinal word that ends a longer word is no day
        assert_eq!(lead("دوسوم آبان ماه در سال ۱۴۰۴ برگزار شد.", Language::Persian), None);
    }

    #[test]
    fn a_long_header_line_is_the_headline_with_its_date_after_it() {
        let headline = "۱۲ درصد ظرفیت سدهای پنجگانه تهران پر است | کاهش ۸۲ میلیون متر مکعبی ذخایر سدهای استان";
        let date = |line: &str| {
            let sources = DateSources {
                header: vec![line],
                below_headline: 0,
                headline: Some(headline),
                lead: None,
                body: vec![],
                trailer: vec![],
            };
            find(&sources, Language::Persian, None).map(|f| f.published.date)
        };
        // spaced otherwise than the headline, a mark before the date, a time
        // after it
        assert_eq!(date(&format!("{} ۱۹ بهمن ۱۴۰۱", headline.replace(" | ", "|"))).as_deref(), Some("2023-02-08"));
        assert_eq!(date(&format!("{headline}  - ۱۹ بهمن ۱۴۰۱ ۱۰:۳۰")).as_deref(), Some("2023-02-08"));
        // a sentence that mentions a date, or words after the date
        assert_eq!(
            date(
                "مدیر دفتر بهره‌برداری شرکت آب منطقه‌ای تهران گفت ذخایر سدهای استان تا ۱۹ بهمن ۱۴۰۱ ۸۲ میلیون متر مکعب کم شد"
            ),
            None
        );
        assert_eq!(date(&format!("{headline} ۱۹ بهمن ۱۴۰۱ در تهران")), None);
    }

    #[test]
    fn a_target_year_is_not_the_year_of_the_report() {
        let with_body = |lead: &str, body: &[&str], reference: Option<Ymd>| {
            let sources = DateSources {
                header: vec![],
                below_headline: 0,
                headline: None,
                lead: Some(lead),
                body: body.to_vec(),
                trailer: vec![],
            };
            find(&sources, Language::Vietnamese, reference).map(|f| f.published.date)
        };
        let lead = "Sáng 9/4, Bộ tổ chức hội nghị trực tuyến về hội nhập kinh tế quốc tế.";
        let body = [lead, "Hội nghị thảo luận dự thảo chiến lược của ngành đến năm 2030."];
        // no year but the target: none to give without a reference day
        assert_eq!(with_body(lead, &body, None), None);
        let reference = Some(Ymd { year: 2015, month: 6, day: 1 });
        assert_eq!(with_body(lead, &body, reference).as_deref(), Some("2015-04-09"));
        // a year the body reports stays the report's
        let body = [lead, "Năm 2014, ngành đã xuất khẩu 30 tỷ USD; chiến lược đặt mục tiêu tới năm 2030."];
        assert_eq!(with_body(lead, &body, None).as_deref(), Some("2014-04-09"));
    }

    #[test]
    fn a_year_of_birth_is_not_the_year_of_the_report() {
        let infer = |lead: &str, body: &[&str], language: Language| {
            infer_year(lead, body, Calendar::Gregorian, None, language.data())
        };
        let lead = "Tối 21/9, ông Lê Huy Dương xác nhận vụ đuối nước khiến 2 học sinh tử vong.";
        for victim in ["em N.X.A. (SN 2004, học lớp 8)", "em A. (sinh năm 2004)", "em A., năm sinh 2004,"] {
            let body = [lead, &*format!("Nạn nhân là {victim}, trú tại xã Nguyên Bình.")];
            assert_eq!(infer(lead, &body, Language::Vietnamese), None, "{victim}");
        }
        // a year next to a cue's word but not after the cue stays the report's
        let body = [lead, "Năm 2004, xã có 12 hồ nước; người dân sinh sống quanh hồ."];
        assert_eq!(infer(lead, &body, Language::Vietnamese), Some(2004));
        let body = [lead, "Sinh viên năm 2024 được miễn học phí."];
        assert_eq!(infer(lead, &body, Language::Vietnamese), Some(2024));
        let persian =
            |body: &str| infer_year("وزیر گفت.", &[body], Calendar::SolarHijri, None, Language::Persian.data());
        assert_eq!(persian("او متولد سال ۱۳۶۵ است."), None);
        assert_eq!(persian("او متولد ۱۳۶۵ است."), None);
        assert_eq!(persian("او در سال ۱۴۰۲ وزیر شد."), Some(1402));
    }

    #[test]
    fn vietnamese_words() {
        let p = header(&["Hà Nội, ngày 5 tháng 1 năm 2022"], Language::Vietnamese).expect("a date");
        assert_eq!(p.date, "2022-01-05");
        for line in ["Ngày đăng: 15 tháng 3, 2024", "Thứ Sáu, 15 tháng 3 năm 2024", "ngày 15 tháng 3, 2024"]
        {
            assert_eq!(header(&[line], Language::Vietnamese).map(|p| p.date), Some("2024-03-15".into()), "{line}");
            assert!(is_date_line(line), "{line}");
        }
        // a number of months is no date
        assert!(!is_date_line("Sau 18 tháng 2 bên đã ký hợp đồng"));
        // month names, as WordPress prints them in Vietnamese, and English
        for line in ["12 Tháng Năm, 2025", "Tháng Năm 12, 2025", "Thứ Hai, 12 Tháng Mười Hai, 2025", "May 12, 2025"]
        {
            let expected = if line.contains("Mười Hai") { "2025-12-12" } else { "2025-05-12" };
            assert_eq!(header(&[line], Language::Vietnamese).map(|p| p.date), Some(expected.into()), "{line}");
            assert!(is_date_line(line), "{line}");
        }
        // without the comma a month name counts months of a year
        assert_eq!(header(&["Trong 6 tháng năm 2024"], Language::Vietnamese), None);
        assert!(!is_date_line("Trong 6 tháng năm 2024"));
    }

    #[test]
    fn ranges_are_not_datelines() {
        assert!(header(&["(27/2/1955 - 27/2/2024)"], Language::Vietnamese).is_none());
        // found by fuzzing: a letter of two bytes glued before the first
        // date of a range
        assert!(header(&["بازدید A شهردار2/1955 - 27/2/2024), Phó"], Language::Persian).is_none());
    }

    #[test]
    fn a_dash_before_the_time_is_not_a_range() {
        let p = header(&["Thứ bảy, 07/03/2026 - 08:07"], Language::Vietnamese).expect("a date");
        assert_eq!((p.date.as_str(), p.time.as_deref()), ("2026-03-07", Some("08:07:00")));
        let p = header(&["07-03-2026 - 00:01 AM | Thị trường chứng khoán"], Language::Vietnamese).expect("a date");
        assert_eq!((p.date.as_str(), p.time.as_deref()), ("2026-03-07", Some("00:01:00")));
    }

    #[test]
    fn impossible_dates_are_rejected() {
        // 1404 is not a leap year in the Solar Hijri calendar; 1403 is
        assert!(header(&["۱۴۰۴/۱۲/۳۰"], Language::Persian).is_none());
        assert_eq!(header(&["۱۴۰۳/۱۲/۳۰"], Language::Persian).map(|p| p.date), Some("2025-03-20".to_owned()));
        assert!(header(&["31/02/2024"], Language::Vietnamese).is_none());
    }

    #[test]
    fn no_date_gives_none() {
        assert!(lead("Hôm nay trời đẹp.", Language::Vietnamese).is_none());
        assert!(header(&["Hôm nay : 56"], Language::Vietnamese).is_none());
    }

    #[test]
    fn iso_metadata_dates() {
        let p = from_iso("2026-03-01T09:51:00+07:00", Language::Vietnamese).expect("a date");
        assert_eq!(
            (p.date.as_str(), p.time.as_deref(), p.utc_offset.as_deref()),
            ("2026-03-01", Some("09:51:00"), Some("+07:00"))
        );
        let p = from_iso("2026-03-07T00:01:00", Language::Vietnamese).expect("a date");
        assert_eq!((p.date.as_str(), p.utc_offset.as_deref()), ("2026-03-07", Some("+07:00")));
        // a UTC stamp late in the evening is the next day in Hanoi
        let p = from_iso("2026-03-06T23:30:00Z", Language::Vietnamese).expect("a date");
        assert_eq!((p.date.as_str(), p.time.as_deref()), ("2026-03-07", Some("06:30:00")));
        assert_eq!(from_iso("2026-03-07", Language::Vietnamese).map(|p| p.date), Some("2026-03-07".to_owned()));
        assert!(from_iso("07/03/2026", Language::Vietnamese).is_none());
        // spaces around the `T`
        let p = from_iso("2020-09-22 T 11:04:10 +0330", Language::Persian).expect("a date");
        assert_eq!((p.date.as_str(), p.time.as_deref()), ("2020-09-22", Some("11:04:10")));
    }

    #[test]
    fn a_relative_day_keeps_its_own_words_and_time_as_raw() {
        let reference = Some(Ymd { year: 2025, month: 1, day: 16 });
        let cases = [
            // a header line, with the time after the day
            ("زمان انتشار: امروز ۱۰:۳۰", Language::Persian, "2025-01-16", "امروز ۱۰:۳۰"),
            ("Hôm qua lúc 14:00", Language::Vietnamese, "2025-01-15", "Hôm qua lúc 14:00"),
            // a lead: the day's words, not the sentence they open
            (
                "Sáng nay, UBND tỉnh đã tổ chức hội nghị tổng kết công tác phòng chống thiên tai năm qua với sự tham dự của lãnh đạo các sở.",
                Language::Vietnamese,
                "2025-01-16",
                "Sáng nay",
            ),
        ];
        for (text, language, date, raw) in cases {
            let published = parse_date_text(text, language, reference).unwrap_or_else(|| panic!("{text}"));
            assert_eq!((published.date.as_str(), published.raw.as_str()), (date, raw), "{text}");
        }
    }

    #[test]
    fn reference_date_parses() {
        assert_eq!(parse_reference("2025-01-16"), Some(Ymd { year: 2025, month: 1, day: 16 }));
        assert_eq!(parse_reference("2025-02-30"), None);
    }
}
