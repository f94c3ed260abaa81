//! People named in the article: recognising a person in a noun phrase
//! (honorific, name, role), and the document's register of persons that
//! resolves short forms (`ابرازه`, `ông Thức`), pronouns (`وی`, `ông`) and
//! role-only mentions (`رییس دانشگاه … گفت`, named a sentence later) to
//! one full name.

use rustc_hash::FxHashMap as HashMap;

use crate::lang::{Language, LanguageData, Lexicon};
use crate::text::{self, Token, is_vietnamese_syllable};

/// A person as a noun phrase names them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Mention {
    pub name: Option<String>,
    /// Honorific or academic title (`دکتر`, `PGS.TS.BS`).
    pub title: Option<String>,
    /// Office or function (`رییس دانشگاه علوم پزشکی قم`).
    pub role: Option<String>,
    /// Further offices in apposition (`…, Uỷ viên Ban chấp hành …, Giám
    /// đốc Sở Y tế …`).
    pub extra_roles: Vec<String>,
    /// The phrase is a pronoun (`وی`, `ông`) to resolve.
    pub pronoun: bool,
    /// A bare name with nothing to confirm it is a person (no title, role
    /// or known given name): it counts only if the document named the
    /// person before (a Persian surname, `ابرازه`).
    pub bare: bool,
    /// Whether the honorific or pronoun that opens the mention says a
    /// woman or a man (`bà`, `ông`; `خانم`, `آقای`).
    pub gender: Option<Gender>,
    /// The phrase is an epithet saying the person comes from abroad
    /// (`chiến lược gia người Serbia`, the Serbian strategist): it means no
    /// one a Vietnamese name names.
    pub from_abroad: bool,
    /// The phrase is an office alone that only describes someone the
    /// article has named: one seat among many (`عضو کمیسیون …`, see
    /// [`LanguageData::seats`]), or a subject said to go on speaking (`…
    /// در ادامه تاکید کرد`, see [`LanguageData::speech_continuations`]).
    /// It means the person the sentences before were about, whatever
    /// office the article gave them before.
    pub describes_known_person: bool,
    /// The verb the phrase is the subject of is plural (`مردم محلی
    /// گفتند`, the locals said): a bare phrase before it may be a group,
    /// which names no one, so it gives no name to an office met before.
    pub speaks_for_many: bool,
}

/// What an honorific or a pronoun says of the person.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gender {
    Female,
    Male,
}

/// The gender the word at `k` says, if it is one of the language's
/// gendered honorifics or pronouns.
fn gender_at(tokens: &[Token], k: usize, data: &LanguageData) -> Option<Gender> {
    if data.female_words.match_at(tokens, k).is_some() {
        Some(Gender::Female)
    } else if data.male_words.match_at(tokens, k).is_some() {
        Some(Gender::Male)
    } else {
        None
    }
}

impl Mention {
    pub fn is_empty(&self) -> bool {
        self.name.is_none() && self.role.is_none() && !self.pronoun
    }
}

/// Longest personal name, in words. Persian names run two or three words
/// (`محمدرضا ظفرقندی`, `فرهاد قلی نژاد`), Vietnamese two to four syllables.
pub(crate) const NAME_MAX_WORDS: usize = 4;

/// Most words of a name no list knows that a speech after a colon is
/// given to provisionally (`دونالد ترامپ گفت: …`): a foreign given name
/// and family name, or three words with a particle.
const PROVISIONAL_NAME_MAX_WORDS: usize = 3;

/// Longest role phrase kept, in words; longer phrases have run into the
/// rest of the sentence. An office of a department of a provincial
/// company runs to 15 (`مدیر دفتر بهره‌برداری و نگهداری از تأسیسات آبی و
/// برقابی شرکت آب منطقه‌ای استان تهران`).
const ROLE_MAX_WORDS: usize = 16;

/// Most words of a description before a phrase giving the person's name
/// (`Một người dân tên X`, a resident named X; `راننده کامیون به نام X`,
/// the truck driver named X): a noun with a counter and an age or a
/// vehicle (`một người đàn ông 45 tuổi`); longer runs hold a clause.
const NAMED_DESCRIPTION_MAX_WORDS: usize = 6;

/// Longest name in quotation marks, in words: a film's, a book's or a
/// firm's an office goes on with (`کارگردان «رویای بنفشه‌ها»`), a
/// person's met (`با «نورمحمد متوکل»`); more is a quotation.
pub(crate) const QUOTED_NAME_MAX_WORDS: usize = 5;

fn is_stop(token: &Token, data: &LanguageData) -> bool {
    data.phrase_stops.contains(&token.folded)
}

fn span(source: &str, tokens: &[Token], from: usize, to: usize) -> Option<String> {
    if from >= to {
        return None;
    }
    let text = &source[tokens[from].start..tokens[to - 1].end];
    // tokens hold no whitespace, and what lies between two is whitespace
    // only: with one ASCII space or none between each two the span is
    // collapsed already, which is told from the gaps alone (every mention
    // of every sentence is cut out here)
    let collapsed = tokens[from..to].windows(2).all(|pair| {
        let gap = &source[pair[0].end..pair[1].start];
        gap.is_empty() || gap == " "
    });
    Some(if collapsed { text.to_owned() } else { text::collapse_whitespace(text) })
}

/// Whether the tokens hold an honorific, a degree or a title: a mention
/// with a title or a role needs one, so a sentence without any names no
/// official and need not be parsed for one.
pub fn may_name_official(tokens: &[Token], language: Language, data: &LanguageData) -> bool {
    (0..tokens.len()).any(|k| {
        data.honorifics.match_at(tokens, k).is_some()
            || data.titles.match_at(tokens, k).is_some()
            || data.partitive_heads.match_at(tokens, k).is_some()
            || language == Language::Vietnamese && is_degree_chain(&tokens[k].folded)
    })
}

/// Recognises a person in `tokens[from..to]` of `source`, a subject or an
/// apposition. Returns the mention and how many tokens it used.
pub fn parse(
    source: &str,
    tokens: &[Token],
    from: usize,
    to: usize,
    language: Language,
    data: &LanguageData,
) -> Option<(Mention, usize)> {
    parse_with(source, tokens, from, to, language, data, false)
}

/// [`parse`], also taking descriptive appositions after a name as the
/// person's role (`Ông X, chủ shop hoa ở TP.HCM, cho biết`): right for the
/// subject of a speech verb, where the apposition ends at the verb, not for
/// scanning running text.
pub fn parse_with(
    source: &str,
    tokens: &[Token],
    from: usize,
    to: usize,
    language: Language,
    data: &LanguageData,
    descriptors: bool,
) -> Option<(Mention, usize)> {
    let (mut mention, used) = match language {
        Language::Persian => parse_persian(source, tokens, from, to, data),
        Language::Vietnamese => parse_vietnamese(source, tokens, from, to, data, descriptors),
        _ => None,
    }?;
    // only a pronoun's or an honorific's gender is ever read
    if mention.pronoun || mention.title.is_some() {
        mention.gender = gender_at(tokens, from, data);
    }
    Some((mention, used))
}

fn parse_persian(
    source: &str,
    tokens: &[Token],
    from: usize,
    to: usize,
    data: &LanguageData,
) -> Option<(Mention, usize)> {
    let mut i = from;
    if i >= to {
        return None;
    }
    if let Some(n) = data.pronouns.match_at(tokens, i).filter(|&n| i + n <= to) {
        // a demonstrative phrase takes the adjectives after its noun (`این
        // مقام صنفی`, `این مقام آمریکایی`), so the report starts after them
        let adjectives = if n >= 2 {
            (i + n..to.min(i + n + PRONOUN_ADJECTIVES_MAX))
                .take_while(|&k| is_persian_adjective(tokens, k, data))
                .count()
        } else {
            0
        };
        return Some((Mention { pronoun: true, ..Mention::default() }, n + adjectives));
    }
    // `این سخنگوی کاخ سفید`, `این وزیر`: the holder of an office the text
    // named before, which the role alone finds in the register
    let demonstrative =
        i + 1 < to && data.demonstratives.contains(&tokens[i].folded) && data.titles.match_at(tokens, i + 1).is_some();
    if demonstrative {
        i += 1;
    }
    let title_start = i;
    // an honorific that is a given name too (`امیر`, a rank and Amir) is
    // the given name before a lone surname (`امیر قلعه‌نویی`); the rank
    // comes before a full name or another rank (`امیر عبدالرحیم موسوی`,
    // `امیر سرتیپ …`) and is a noun (the emir) before a predicate: a word
    // and a copula or a light verb (`امیر درست نیست`)
    let given_name_here = |k: usize, n: usize| {
        let predicate = |t: &Token| data.copulas.contains(&t.folded) || data.light_verbs.contains(&t.folded);
        n == 1
            && is_persian_given_name(&tokens[k].folded, data)
            && tokens.get(k + 1).is_some_and(|next| {
                next.is_word
                    && !is_persian_given_name(&next.folded, data)
                    && data.honorifics.match_at(tokens, k + 1).is_none()
            })
            && !tokens.get(k + 2).is_some_and(predicate)
    };
    // (after a demonstrative a word that is an honorific too is the
    // office: `این استاد دانشگاه`, this university professor)
    while let Some(n) =
        data.honorifics.match_at(tokens, i).filter(|&n| !demonstrative && i + n <= to && !given_name_here(i, n))
    {
        i += n;
    }
    let title = span(source, tokens, title_start, i);
    // a name in quotation marks: `سرهنگ "منوچهر نصیری" اظهار کرد`
    let quoted = i < to && text::is_opening_mark(&tokens[i].folded);
    // a description, then a phrase giving the name (`راننده کامیون به نام
    // علی رضایی`, the truck driver named …): the person is the name after
    // it, and the description their role when an office opens it
    if let Some((k, n)) = (i + 1..to.min(i + 1 + NAMED_DESCRIPTION_MAX_WORDS))
        .find_map(|k| data.naming_phrases.match_at(tokens, k).map(|n| (k, n)))
        && (i..k).all(|j| !is_persian_verb(&tokens[j].folded, data))
        && let Some((name, end)) = name_run(source, tokens, k + n, to, data, Language::Persian)
        && anchors_persian_name(tokens, k + n, end, data)
    {
        let role = data.titles.match_at(tokens, i).and_then(|_| span(source, tokens, i, k));
        return Some((Mention { name: Some(name), title, role, ..Mention::default() }, end - from));
    }
    if quoted {
        i += 1;
    }
    // role first: `مدیرکل محیط زیست استان …`, maybe with the name after it
    if !quoted && data.titles.match_at(tokens, i).is_some() {
        let role_end = role_end(tokens, i, to, data);
        // the name opens with a family name, a given name or an honorific
        // (`استاندار خراسان جنوبی آقای معتمدیان`, the governor Mr …), which
        // is its title
        let anchor = (i + 1..role_end).find(|&k| {
            data.name_anchors.match_at(tokens, k).is_some()
                || is_persian_given_name(&tokens[k].folded, data)
                || data.honorifics.match_at(tokens, k).is_some()
        });
        let mut title = title;
        // a government after the whole office (`وزیر نفت دولت حسن روحانی`,
        // the oil minister of Hassan Rouhani's government): the name after
        // it is its head's, and a part of the role; right after the title
        // the government is the office's body (`سخنگوی دولت علی ربیعی`, the
        // government's spokesman), and so it is in a body's name (`دبیر
        // هیئت دولت …`, the cabinet's secretary)
        let government_head = anchor.filter(|&k| {
            let office_words = data.titles.match_at(tokens, i).unwrap_or(1);
            k > i + office_words + 1
                && data.government_nouns.contains(&tokens[k - 1].folded)
                && !data.body_nouns.contains(&tokens[k - 2].folded)
        });
        if let Some(k) = government_head {
            let head_end = name_run(source, tokens, k, role_end, data, Language::Persian).map_or(k + 1, |(_, end)| end);
            let role = span(source, tokens, i, head_end);
            return Some((Mention { title, role, ..Mention::default() }, head_end - from));
        }
        let (role_to, name) = match anchor {
            Some(k) => {
                let honorific =
                    data.honorifics.match_at(tokens, k).filter(|_| !is_persian_given_name(&tokens[k].folded, data));
                let name_from = k + honorific.unwrap_or(0);
                if let Some(n) = honorific {
                    title = title.or_else(|| span(source, tokens, k, k + n));
                }
                match name_run(source, tokens, name_from, role_end, data, Language::Persian) {
                    // a place a given name opens (`نماینده شاهین شهر در
                    // مجلس`, the MP for Shahin Shahr) is the office's
                    Some((_, end)) if honorific.is_none() && is_place_span(tokens, k, end, data) => (role_end, None),
                    name => (k, name),
                }
            }
            // else the holder set off by commas after the role (`وزیر امور
            // خارجه، عباس عراقچی، گفت`, a foreign name no list knows too) …
            // … unless the role holds an object (`را`): then it is a clause
            // run on from the title, and what the commas set off a list
            None if tokens[i..role_end].iter().all(|t| t.folded != "را") => {
                (role_end, apposed_name(source, tokens, role_end, to, data))
            }
            None => (role_end, None),
        };
        let used = name.as_ref().map_or(role_to, |(_, end)| *end);
        let mention =
            Mention { name: name.map(|(n, _)| n), title, role: span(source, tokens, i, role_to), ..Mention::default() };
        return Some((mention, used - from));
    }
    // a caption or subheading run into the sentence (`میزان خسارت غلامرضا
    // منتظری …`): the name starts at the given name inside the phrase
    if !quoted && title.is_none() && !is_persian_given_name(&tokens[i].folded, data) {
        let run_end = name_run(source, tokens, i, to, data, Language::Persian).map_or(i, |(_, end)| end);
        // at least two words before it: a one-word prefix is part of the
        // name (`بن سلمان`)
        if let Some(k) = (i + GLUED_PREFIX_MIN_WORDS..run_end).find(|&k| is_persian_given_name(&tokens[k].folded, data))
        {
            i = k;
        }
    }
    let (name, name_end) = name_run(source, tokens, i, to, data, Language::Persian)?;
    // a city or a country alone is where, not who: `به گزارش ایرنا از
    // مشهد، استاندار …` (IRNA reports from Mashhad: the governor …)
    if is_place_span(tokens, i, name_end, data) {
        return None;
    }
    // a family name, then words up to the copula: they are what the person
    // is (`آقای لاریجانی فرد باتجربه‌ای است`, Mr Larijani is an experienced
    // man), no part of the name, which a given name would open
    let (name, name_end) = if name_end > i + 1
        && !quoted
        && tokens.get(name_end).is_some_and(|t| data.copulas.contains(&t.folded))
        && !is_persian_given_name(&tokens[i].folded, data)
        && !ends_with_surname(&tokens[i..name_end], data)
    {
        (span(source, tokens, i, i + 1)?, i + 1)
    } else {
        (name, name_end)
    };
    // one unknown word, then the copula or a light verb, is a predicate
    // (`انتقاد از امیر درست نیست`, criticising the emir is not right: a
    // title's noun, then an adjective), no name
    if name_end == i + 1
        && !quoted
        && !is_persian_given_name(&tokens[i].folded, data)
        && tokens.get(name_end).is_some_and(|t| data.light_verbs.contains(&t.folded))
    {
        return None;
    }
    let mut j = name_end;
    if quoted && j < to && matches!(&*tokens[j].folded, "\"" | "»" | "”") {
        j += 1;
    }
    // a quotation mark whose pair the page lost, between the name and its
    // office (`عطاءالله مهاجرانی" وزیر فرهنگ …`): the name's closing mark
    let stray_mark = || tokens.iter().filter(|t| t.folded == "\"").count() % 2 == 1;
    if !quoted
        && j + 1 < to
        && tokens[j].folded == "\""
        && data.titles.match_at(tokens, j + 1).is_some()
        && stray_mark()
    {
        j += 1;
    }
    // apposition: `فرهاد قلی نژاد، مدیرکل …`, `الیزابت استیکنی، از
    // سخنگویان کاخ سفید` (one of the spokespeople)
    let mut partitive = false;
    // … or one of a group (`ژانگ لیدونگ، یکی از قاتلین،`, one of the
    // killers), closed by a comma: where that phrase ends
    let mut one_of_end = None;
    // (or by dashes after a given name: `عباسعلی ابراهیمی –مدیرکل فرهنگ و
    // ارشاد اسلامی- …`, or by a semicolon: `علیرضا عسگریان؛ معاون …`; an
    // agency's name before its dash opens a dateline, `ایسنا - رئیس کل …`)
    let set_off = j < to
        && (is_dash(&tokens[j]) || text::is_semicolon(&tokens[j].folded))
        && is_persian_given_name(&tokens[i].folded, data)
        && data.titles.match_at(tokens, j + 1).is_some();
    if set_off {
        j += 1;
    } else if j < to && text::is_comma(&tokens[j].folded) {
        one_of_end = data.partitive_heads.match_at(tokens, j + 1).and_then(|n| {
            let end = role_end(tokens, j + 1 + n, to, data);
            // after a number (`یکی از چند شاخص`, one of several indices)
            // the noun is singular: it names people only as an office does
            let counted = data.quantifiers.contains(&tokens[j + 1 + n].folded);
            let noun = tokens.get(j + 1 + n + usize::from(counted))?;
            let people = if counted { data.titles.contains(&noun.folded) } else { names_people(source, noun, data) };
            (end > j + 1 + n && tokens.get(end).is_some_and(|t| text::is_comma(&t.folded)) && people).then_some(end)
        });
        partitive = one_of_end.is_some() || opens_partitive_role(tokens, j + 1, data);
        if partitive || data.titles.match_at(tokens, j + 1).is_some() {
            j += 1;
        }
    }
    let role = if j < to && (partitive || data.titles.match_at(tokens, j).is_some()) {
        let end = one_of_end.unwrap_or_else(|| role_end(tokens, j, to, data));
        let role = span(source, tokens, j, end);
        // the dash closing the role is the subject's too
        j = if set_off && tokens.get(end).is_some_and(is_dash) { end + 1 } else { end };
        role
    } else {
        None
    };
    let anchored = anchors_persian_name(tokens, i, name_end, data);
    // quotation marks confirm nothing: Persian pages set slogans and
    // coinages in them (`«کمپین فشار حداکثری»`) as often as names
    let bare = role.is_none() && title.is_none() && !anchored;
    Some((Mention { name: Some(name), title, role, bare, ..Mention::default() }, j - from))
}

/// A name between two commas right after a role (`، کارلو آنچلوتی،`), or
/// between the comma and the text's end (a portrait's caption), `comma`
/// the first comma's index: short, and with no stopword, phrase stop,
/// title or verb in it ([`name_run`]), so `، روز شنبه،` is none.
fn apposed_name(
    source: &str,
    tokens: &[Token],
    comma: usize,
    to: usize,
    data: &LanguageData,
) -> Option<(String, usize)> {
    if !text::is_comma(&tokens.get(comma)?.folded) {
        return None;
    }
    let (name, end) = name_run(source, tokens, comma + 1, to, data, Language::Persian)?;
    (end < to && text::is_comma(&tokens[end].folded) || end == tokens.len()).then_some((name, end))
}

/// Whether a mention of a person may open at `k`: a given or family name,
/// a title or an honorific. Where a writer left out the comma after a
/// source (`به گزارش ایسنا سخنگوی دولت …`), the first one ends the source.
pub(crate) fn opens_mention(tokens: &[Token], k: usize, data: &LanguageData) -> bool {
    data.name_anchors.match_at(tokens, k).is_some()
        || data.titles.match_at(tokens, k).is_some()
        || data.honorifics.match_at(tokens, k).is_some()
}

/// Whether a Vietnamese name ends right before the comma at `comma`: a
/// run of two to four capitalised words opened by a family name.
pub fn name_ends_at(tokens: &[Token], comma: usize, data: &LanguageData) -> bool {
    if comma == 0 || tokens.get(comma).is_none_or(|t| t.folded != ",") {
        return false;
    }
    let capitalised = |k: usize| tokens[k].capitalised;
    let start = (0..comma).rev().take_while(|&k| capitalised(k)).last();
    start.is_some_and(|start| {
        (2..=NAME_MAX_WORDS).contains(&(comma - start)) && data.name_anchors.match_at(tokens, start).is_some()
    })
}

/// A Vietnamese name set off by commas after an office in running text
/// (`… đại sứ Hoa Kỳ tại Hà Nội, Marc Knapper, đã …`), `comma` the first
/// comma's index: two to four capitalised words, closed by a comma, a
/// stop or a bracket. A family name opens a Vietnamese name; a foreign
/// one is written without Vietnamese letters, which a body's name in
/// apposition (`Bộ Công Thương`) carries. Returns the name and where it
/// ends.
pub fn apposed_vietnamese_name(
    source: &str,
    tokens: &[Token],
    comma: usize,
    data: &LanguageData,
) -> Option<(String, usize)> {
    if tokens.get(comma)?.folded != "," {
        return None;
    }
    let start = comma + 1;
    let end = (start..tokens.len()).find(|&e| !tokens[e].is_word || !tokens[e].capitalised)?;
    let closed = matches!(&*tokens[end].folded, "," | "." | ")" | ";");
    let written = |k: usize| &source[tokens[k].start..tokens[k].end];
    let foreign = (start..end).all(|k| written(k).chars().all(|c| c.is_ascii_alphabetic() || c == '-'));
    let person = data.name_anchors.match_at(tokens, start).is_some() || foreign;
    let place = opens_place(tokens, start, data);
    let acronym = (start..end).any(|k| is_acronym(written(k)));
    ((2..=NAME_MAX_WORDS).contains(&(end - start)) && closed && person && !place && !acronym)
        .then(|| span(source, tokens, start, end).map(|name| (name, end)))
        .flatten()
}

/// Whether a folded Persian word is a verb that can end a clause: a light
/// verb or copula (`کرد`, `است`, `نیست`) or a present or continuous form
/// (`می‌یابد`).
pub(crate) fn is_persian_verb(folded: &str, data: &LanguageData) -> bool {
    // a light verb negated by its prefix (`نشد`, `نیافت`) too
    let negated = || folded.strip_prefix('ن').is_some_and(|verb| data.light_verbs.contains(verb));
    data.light_verbs.contains(folded) || negated() || is_persian_verb_form(folded, data)
}

/// The personal endings of the Persian perfect, joined to the participle
/// (`کرده‌ایم`, we have done; `شده‌اند`, they have become), the joiner
/// dropped by folding.
const FA_PERFECT_ENDINGS: [&str; 6] = ["ام", "ای", "است", "ایم", "اید", "اند"];

/// Whether a folded Persian word is a light verb's participle with the
/// perfect's personal ending joined to it (`کرده‌ایم`, `داده‌اند`).
fn is_persian_perfect(folded: &str, data: &LanguageData) -> bool {
    FA_PERFECT_ENDINGS.iter().any(|ending| {
        folded
            .strip_suffix(ending)
            .is_some_and(|participle| participle.ends_with('ه') && data.light_verbs.contains(participle))
    })
}

/// Whether a folded word is an event's noun (`دیدار`, `استعفا`); in
/// Persian also with the ezafe's `ی` that a noun ending in a long vowel
/// takes before what follows it (`استعفای علی جنتی`, Ali Jannati's
/// resignation; `گفتگوی`).
fn is_event_noun(folded: &str, language: Language, data: &LanguageData) -> bool {
    data.event_nouns.contains(folded)
        || language == Language::Persian
            && folded
                .strip_suffix('ی')
                .is_some_and(|noun| noun.ends_with(['ا', 'و']) && data.event_nouns.contains(noun))
}

/// Whether a folded Persian word is a present or continuous verb form
/// (`میخواهد`, `نمیکند`): such a word ends a name.
fn is_persian_verb_form(folded: &str, data: &LanguageData) -> bool {
    let verbal = ["می", "نمی"].iter().any(|p| folded.strip_prefix(p).is_some_and(|rest| rest.chars().count() >= 3));
    verbal
        && !is_persian_given_name(folded, data)
        && !folded.starts_with(FA_SURNAME_PREFIX)
        && !is_prefixed_family_name(folded, data)
}

/// Whether a folded Persian word is a family name made of a name prefix
/// and a given name with the adjective's `ی` (`میراحمدی`, `میرحسینی`) or
/// its plural `یان` (`میرجعفریان`), which reads like a verb (`میرود`,
/// `میرسد`) by its first letters. No verb stem is a given name.
fn is_prefixed_family_name(folded: &str, data: &LanguageData) -> bool {
    FA_NAME_PREFIXES.iter().any(|p| {
        folded
            .strip_prefix(p)
            .and_then(|rest| rest.strip_suffix("یان").or_else(|| rest.strip_suffix('ی')))
            .is_some_and(|given| data.name_anchors.contains(given))
    })
}

/// Whether a folded Persian word is a noun in the plural (`پروتکلهای`,
/// `کشورها`, the joiner before `ها` dropped by folding or by the site): no
/// name is a plural, so such a word ends or refuses a name (`پروتکلهای
/// رئیس جمهوری روسیه …` names no one).
fn is_persian_plural(written: &str, folded: &str, data: &LanguageData) -> bool {
    let stem = ["هایی", "های", "ها"].iter().find_map(|suffix| folded.strip_suffix(suffix));
    // a shorter stem is a word of its own (`تنها`, `آنها`, `رها`, `طاها`)
    stem.is_some_and(|stem| stem.chars().count() >= PLURAL_STEM_MIN_CHARS)
        && !is_persian_given_name(folded, data)
        && !ends_in_he_and_i(written)
}

/// Shortest stem [`is_arabic_plural`] reads the plural `ات` after: shorter
/// words in `ات` are words or names of their own (`نجات`, `سادات`,
/// `برکات`).
const ARABIC_PLURAL_STEM_MIN_CHARS: usize = 4;

/// Whether a folded Persian word is an Arabic plural in `ات` (`انتخابات`,
/// elections; `اقدامات`, actions; `مذاکرات`, talks), which names things:
/// no name is one. (Not in [`is_persian_plural`]: `یکی از مقامات`, one of
/// the officials, is of people.)
fn is_arabic_plural(folded: &str, data: &LanguageData) -> bool {
    folded.strip_suffix("ات").is_some_and(|stem| stem.chars().count() >= ARABIC_PLURAL_STEM_MIN_CHARS)
        && !is_persian_given_name(folded, data)
}

/// Whether a folded Persian word is a family name in `ی‌ها` (`رسولی‌ها`,
/// `حاج‌رسولی‌ها`): the plural ending after a relational adjective's
/// `ی`, as family names are made. Read only after a name's first word,
/// where no plural stands.
fn is_family_name_in_ha(folded: &str) -> bool {
    folded.strip_suffix("ها").is_some_and(|stem| stem.ends_with('ی'))
}

/// Whether the Persian word at `j` of the name read from `i` is a family
/// name in `ه‌ای` written without its joiner (`جلیل موقوفهای`,
/// `موقوفه‌ای`; `آیت‌الله خامنهای`), which reads as a plural in `های`:
/// after a given name, or right after an honorific, where no plural
/// stands, it is the family name.
fn is_family_name_in_he_i(tokens: &[Token], i: usize, j: usize, data: &LanguageData) -> bool {
    tokens[j].folded.ends_with("های")
        && (j > i && is_persian_given_name(&tokens[j - 1].folded, data)
            || data.honorifics.match_ending_at(tokens, j).is_some())
}

/// Whether the honorific at `j`, inside a name, opens its family name
/// (`علی حاج محمدی`, `حاج` as in `حاج‌محمدی`; `آقا` in `آقامحمدی`): a
/// word of a name follows that is no given name (an honorific there opens
/// another person's name, which Persian joins to the first with `و`).
fn opens_family_name(tokens: &[Token], j: usize, to: usize, data: &LanguageData) -> bool {
    j + 1 < to
        && is_name_word(&tokens[j + 1], tokens, j + 1, data)
        && !is_persian_given_name(&tokens[j + 1].folded, data)
}

/// Whether the plural noun of a group one is said to be of (`یکی از
/// قاتلین`, one of the killers) names people. Persian makes the plural of
/// things in `ها` (`یکی از برنامه‌های دولت`, one of the government's
/// programmes), of people mostly in `ان` or `ین`; an office's plural in
/// `ها` (`کارشناس‌ها`) still names people.
fn names_people(source: &str, noun: &Token, data: &LanguageData) -> bool {
    !is_persian_plural(&source[noun.start..noun.end], &noun.folded, data) || is_title_plural(&noun.folded, data)
}

/// Whether a word as written ends in `ه‌ای`: a word ending in `ه`, the
/// joiner, then `ای` (`خامنه‌ای`, `منطقه‌ای`). Folding drops the joiner,
/// which makes it look like the plural `‌های`, whose joiner stands before
/// the `ه`.
fn ends_in_he_and_i(written: &str) -> bool {
    written.rsplit_once('\u{200C}').is_some_and(|(before, after)| {
        text::fold(after) == "ای" && before.chars().next_back().is_some_and(|c| text::fold(&c.to_string()) == "ه")
    })
}

/// Whether a Persian role opens at `j` with `از` and the plural of a
/// title (`از نمایندگان مجلس`, `از سخنگویان کاخ سفید`, `از کارشناسان`):
/// one of the holders of an office. Only read after a name and a comma:
/// elsewhere `از` and a plural is an object (`از کارشناسان خواست`, asked
/// the experts).
fn opens_partitive_role(tokens: &[Token], j: usize, data: &LanguageData) -> bool {
    tokens.get(j).is_some_and(|t| t.folded == "از")
        && tokens.get(j + 1).is_some_and(|t| is_title_plural(&t.folded, data))
}

/// The singular of a Persian plural in `ان` or `ها` (`سخنگویان` → `سخنگو`,
/// `نمایندگان` → `نماینده`, `مدیران` → `مدیر`, `کارشناسها` → `کارشناس`);
/// `None` for a word without such an ending. A candidate only: `تهران`
/// gives `تهر`, which no title list holds.
fn persian_plural_stem(folded: &str) -> Option<String> {
    if let Some(stem) = folded.strip_suffix("گان") {
        return Some(format!("{stem}ه"));
    }
    // `یان` follows a vowel (`سخنگویان`, `دانشجویان`); after a consonant
    // it is a family name's ending (`وزیریان`, `امیریان`), no plural
    let after_vowel = |stem: &&str| stem.ends_with(['و', 'ا']);
    folded
        .strip_suffix("یان")
        .filter(after_vowel)
        .or_else(|| ["ان", "های", "ها"].iter().find_map(|suffix| folded.strip_suffix(suffix)))
        .filter(|stem| stem.chars().count() >= PLURAL_STEM_MIN_CHARS)
        .map(str::to_owned)
}

/// Whether a folded Persian word is the plural of a title (`نمایندگان`,
/// `مدیران`, `سخنگویان`), the holders of an office.
fn is_title_plural(folded: &str, data: &LanguageData) -> bool {
    persian_plural_stem(folded).is_some_and(|stem| data.titles.contains(&stem))
}

/// Shortest stem [`is_persian_plural`] reads a plural suffix after.
const PLURAL_STEM_MIN_CHARS: usize = 3;

/// Most adjectives read after a demonstrative phrase (`این مقام ارشد
/// امنیتی`).
const PRONOUN_ADJECTIVES_MAX: usize = 2;

/// Whether token `k` reads as a Persian relational adjective (`صنفی`,
/// `قضایی`, `آمریکایی`): a content word ([`is_name_word`]: no function
/// word, title, pronoun or start of a speech verb such as `یادآوری کرد`)
/// in `ی`, and no verb.
fn is_persian_adjective(tokens: &[Token], k: usize, data: &LanguageData) -> bool {
    let folded = &*tokens[k].folded;
    is_name_word(&tokens[k], tokens, k, data)
        && folded.ends_with('ی')
        && folded.chars().count() >= 3
        && !is_persian_verb_form(folded, data)
}

/// `میرزا` opens many family names (`میرزاخانی`, `میرزایی`) and no verb
/// form (no verb stem starts with `رزا`), though it starts with `می`.
const FA_SURNAME_PREFIX: &str = "میرزا";

/// Shortest caption or subheading run into a sentence before its subject.
const GLUED_PREFIX_MIN_WORDS: usize = 2;

/// Prefixes of a given name, written together with it or apart: `سیدعلی`,
/// `سید عبدالواحد`, `میرحسین`. They are part of the name as Persian writes
/// it, not titles.
const FA_NAME_PREFIXES: &[&str] = &["سید", "میر"];

/// `عبدال` (the servant of the) opens a given name with one of God's
/// names after it (`عبدالمتین`, `عبدالواحد`, `عبدالقادر`): no list of
/// given names holds them all, and no other word opens so.
const FA_SERVANT_OF_PREFIX: &str = "عبدال";

/// Given names that compound with another written as one word before them
/// (`محمدیعقوب`) or after them (`یعقوبعلی`, `حسین‌علی`): a list of given
/// names cannot hold every compound.
const FA_COMPOUNDING_GIVEN_NAMES: &[&str] = &["علی", "محمد"];

/// Whether a Persian given name opens at `k`, or `سید` written apart
/// before one (`استعفای سید عباس صالحی`): a name opens there wherever it
/// stands.
pub(crate) fn opens_persian_name(tokens: &[Token], k: usize, data: &LanguageData) -> bool {
    data.name_anchors.match_at(tokens, k).is_some()
        || tokens[k].folded == "سید" && data.name_anchors.match_at(tokens, k + 1).is_some()
        || is_servant_of_name(&tokens[k].folded)
}

/// Whether a folded Persian word is a given name opened by
/// [`FA_SERVANT_OF_PREFIX`].
fn is_servant_of_name(folded: &str) -> bool {
    folded.starts_with(FA_SERVANT_OF_PREFIX)
}

/// Whether a folded Persian word is a given name, also with a prefix, or a
/// prefix standing alone before one.
fn is_persian_given_name(folded: &str, data: &LanguageData) -> bool {
    data.name_anchors.contains(folded)
        // `سید` written apart from the name it opens
        || folded == "سید"
        || is_servant_of_name(folded)
        || FA_NAME_PREFIXES.iter().any(|p| folded.strip_prefix(p).is_some_and(|rest| data.name_anchors.contains(rest)))
        || FA_COMPOUNDING_GIVEN_NAMES.iter().any(|part| {
            [folded.strip_prefix(part), folded.strip_suffix(part)]
                .into_iter()
                .flatten()
                .any(|rest| !rest.is_empty() && data.name_anchors.contains(rest))
        })
}

/// Whether a Persian name's words end with a family name by its ending
/// (`نعمت‌زاده`, `نعمت زاده`, `ولی‌پور`): the ending joined to a stem, or
/// written apart after another word of the name. Alone it is a common word
/// (`نژاد`, race).
/// Whether something marks the Persian words `tokens[from..to]` as a
/// name: a given name or a name the lists know opens them, or a family
/// name's ending closes them. A word with none may as well be a noun.
pub(crate) fn anchors_persian_name(tokens: &[Token], from: usize, to: usize, data: &LanguageData) -> bool {
    is_persian_given_name(&tokens[from].folded, data)
        || data.name_anchors.match_at(tokens, from).is_some()
        || ends_with_surname(&tokens[from..to], data)
}

fn ends_with_surname(name: &[Token], data: &LanguageData) -> bool {
    let Some(last) = name.last() else { return false };
    data.surname_suffixes.iter().any(|suffix| match last.folded.strip_suffix(suffix.as_str()) {
        Some(stem) => !stem.is_empty() || name.len() > 1,
        None => false,
    }) || name.len() > 1 && is_nisba_of_given_name(&last.folded, data)
}

/// Whether a Persian word is a family name made of a given name and the
/// `ی` of belonging (`احمدی`, `حسینی`, `کریمی`; `رضایی` after a vowel):
/// most Iranian family names are, so one after a given name no list knows
/// still ends a name (`صارم رضایی`).
fn is_nisba_of_given_name(folded: &str, data: &LanguageData) -> bool {
    let Some(stem) = folded.strip_suffix('ی') else { return false };
    // (after a long vowel the ending is `یی`: `رضا`, `رضایی`)
    data.name_anchors.contains(stem.strip_suffix('ی').unwrap_or(stem))
}

/// Whether a Persian light verb takes the word before it for its noun
/// (`تشکر کنم`, `اعلام کرد`, `گفت‌وگو کرده‌ایم`): any but a
/// [copula](LanguageData::copulas), whose predicate may be a name or an
/// office.
fn takes_noun_before(folded: &str, data: &LanguageData) -> bool {
    (data.light_verbs.contains(folded) || is_persian_perfect(folded, data)) && !data.copulas.contains(folded)
}

/// The words of a name starting at `i`: up to four words that are not
/// stopwords, titles or punctuation (nor, in Persian, honorifics).
fn name_run(
    source: &str,
    tokens: &[Token],
    i: usize,
    to: usize,
    data: &LanguageData,
    language: Language,
) -> Option<(String, usize)> {
    let mut j = i;
    loop {
        if j < to && j - i < NAME_MAX_WORDS && goes_on_name(source, tokens, i, j, to, data, language) {
            j += 1;
        } else if detached_family_name_end(tokens, i, j, to, data, language) {
            j += 2;
        } else {
            break;
        }
    }
    // a family name's ending written apart (`نژاد`, `زاده`) is half of
    // its last word, not a word of its own: it closes a name of the most
    // words (`سید محمد مهدی طباطبایی نژاد`)
    if language == Language::Persian
        && j - i == NAME_MAX_WORDS
        && j < to
        && data.surname_suffixes.iter().any(|suffix| tokens[j].folded == *suffix)
    {
        j += 1;
    }
    // a family name in `ی‌ها` written apart from its `ها` (`محمد حاج
    // رسولی ها`): the `ها` is the name's, after a family name's word
    if language == Language::Persian
        && j > i + 1
        && j < to
        && j - i < NAME_MAX_WORDS
        && tokens[j].folded == "ها"
        && tokens[j - 1].folded.ends_with('ی')
    {
        j += 1;
    }
    // a name syllable that is also a pronoun (`وی`, Wei, in `کشیش وو وی
    // کینگ،`, `وانگ وی،`) stays in the name when it and the name words after
    // it run on to the phrase's end: a pronoun after a name otherwise
    // starts a clause (`وی را …`)
    if language == Language::Persian && j > i && j < to && data.pronouns.match_at(tokens, j) == Some(1) {
        let rest_end = (j + 1..to).find(|&e| !is_name_word(&tokens[e], tokens, e, data)).unwrap_or(to);
        let closes_phrase = rest_end == to || !tokens[rest_end].is_word;
        if rest_end - i <= NAME_MAX_WORDS && closes_phrase {
            j = rest_end;
        }
    }
    span(source, tokens, i, j).map(|name| (name, j))
}

/// Whether the word at `j` goes on the name [`name_run`] reads from `i`:
/// a word, and no stopword, title, verb or other word that opens the next
/// phrase.
#[inline]
fn goes_on_name(
    source: &str,
    tokens: &[Token],
    i: usize,
    j: usize,
    to: usize,
    data: &LanguageData,
    language: Language,
) -> bool {
    tokens[j].is_word
        && !tokens[j].folded.chars().any(|c| c.is_ascii_digit())
        && !is_stop(&tokens[j], data)
        && !data.stopwords.contains(&tokens[j].folded)
        && (j == i || data.titles.match_at(tokens, j).is_none())
        && data.speech_verbs.match_at(tokens, j).is_none()
        && !(j > i && language == Language::Persian && is_persian_verb_form(&tokens[j].folded, data))
        // nor a light verb or its infinitive (`خبر بستری شدن وزیر …`), nor
        // the verb's noun before one (`از مهندس تاج تشکر کنم`); a name may
        // be the predicate before `be` or `become` (`علی مطهری بشوند`)
        && !(language == Language::Persian && data.light_verbs.contains(&tokens[j].folded))
        && !(j > i
            && language == Language::Persian
            && tokens.get(j + 1).is_some_and(|t| takes_noun_before(&t.folded, data)))
        && !(language == Language::Persian
            && is_persian_plural(&source[tokens[j].start..tokens[j].end], &tokens[j].folded, data)
            && !(j > i && is_family_name_in_ha(&tokens[j].folded))
            && !is_family_name_in_he_i(tokens, i, j, data))
        // nor an Arabic plural in `ات`, of things (`اقدامات رئیس جمهور`,
        // the president's actions; `انتخابات ریاست جمهوری`, the election)
        && !(language == Language::Persian && is_arabic_plural(&tokens[j].folded, data))
        // nor the plural of an office (`از نمایندگان خواهان ریاست …`, of
        // the deputies seeking the chair …): holders, no one's name
        && !(language == Language::Persian && is_title_plural(&tokens[j].folded, data))
        // `صاحبان شبکه فدک`, the owners of the Fadak network: an outlet's
        // kind is a word of its name, no person's
        && !(language == Language::Persian && data.outlet_kinds.contains(&tokens[j].folded))
        // nor a number's (`دو استاندار سابق و جدید`, the two governors)
        && !(language == Language::Persian && data.quantifiers.contains(&tokens[j].folded))
        // nor is a body's noun (`اطلاع‌رسانی دفتر رئیس‌جمهور`, the
        // president's office): a name before an office ends before it
        && !(language == Language::Persian && data.body_nouns.match_at(tokens, j).is_some())
        // `نشست خبری سخنگوی …`: the event of an office holder, no name;
        // in Persian, further on it ends the name's phrase (`اجرای دستور
        // رئیس‌جمهور`, carrying out the president's order)
        && !((j == i || language == Language::Persian)
            && is_event_noun(&tokens[j].folded, language, data)
            && !is_persian_given_name(&tokens[j].folded, data))
        // a Persian honorific opens the next person (`تاکید آقای رئیس‌جمهور`,
        // Mr President's emphasis): no name runs on into it, unless it is a
        // given name too (`سید امیر حسینی`). Vietnamese honorifics are also
        // name syllables (`Trần Tuấn Anh`)
        && !(j > i
            && language == Language::Persian
            && data.honorifics.match_at(tokens, j).is_some()
            && !is_persian_given_name(&tokens[j].folded, data)
            && !opens_family_name(tokens, j, to, data))
}

/// Whether the two words at `j` are a Persian family name's two halves
/// written apart, the second a family name's ending (`دولت آبادی`, `حسن
/// زاده`), after the name's first word (`عباس جعفری دولت آبادی`): the
/// first half may be a noun that ends a name elsewhere (`دولت`, the
/// government), which the ending makes part of the name.
fn detached_family_name_end(
    tokens: &[Token],
    i: usize,
    j: usize,
    to: usize,
    data: &LanguageData,
    language: Language,
) -> bool {
    language == Language::Persian
        && j > i
        && j + 2 <= to
        && j + 2 - i <= NAME_MAX_WORDS
        // (the ending first: it turns nearly every word away at once)
        && data.surname_suffixes.iter().any(|suffix| tokens[j + 1].folded == *suffix)
        && tokens[j].is_word
        // a common word before the ending is the participle's subject
        // (`… که زاده تهران است`, who was born in Tehran), but right after
        // the given name opening the name it is the family name's first
        // half, whatever else it means (`مهدی ولی پور`: `ولی`, but)
        && (!data.stopwords.contains(&tokens[j].folded) || j == i + 1 && is_persian_given_name(&tokens[i].folded, data))
}

/// Where a role phrase that starts at `i` ends: at punctuation, a phrase
/// stop, a speech verb, or after [`ROLE_MAX_WORDS`]. `و` joins two nouns
/// of one office (`سازمان برنامه و بودجه`, `وزیر راه و شهرسازی`) unless a
/// name, a title or an honorific follows it within a few words: then it
/// joins two people (`ولیعهد سعودی و بنیامین نتانیاهو نخست وزیر …`).
/// How far after a `و` in a role a second person shows (a name, a title):
/// `و بنیامین نتانیاهو نخست وزیر` puts the title third.
const CONJUNCT_PERSON_WINDOW: usize = 4;

/// How many words the noun joined to an event's may run to before their
/// light verb: `گفت و گو` is three.
const COORDINATED_EVENT_MAX_WORDS: usize = 3;

/// Whether the Persian `و` at `k` joins two nouns of an office that opens
/// before it (`وزیر آموزش و پرورش`, the minister of education): it joins
/// no clauses, and the word after it opens no one's name.
pub(crate) fn joins_office_nouns_at(tokens: &[Token], k: usize, to: usize, data: &LanguageData) -> bool {
    joins_nouns_of_office_opened_by(&data.titles, tokens, k, to, data)
}

/// [`joins_office_nouns_at`] for the office of a deputy (see
/// [`LanguageData::deputy_titles`]), whose phrase may run on through the
/// joined nouns to the title of the office holder served.
pub(crate) fn joins_deputy_office_nouns_at(tokens: &[Token], k: usize, to: usize, data: &LanguageData) -> bool {
    joins_nouns_of_office_opened_by(&data.deputy_titles, tokens, k, to, data)
}

/// Whether the `و` at `k` is inside the phrase of an office that one of
/// `titles` opens before it.
fn joins_nouns_of_office_opened_by(
    titles: &Lexicon,
    tokens: &[Token],
    k: usize,
    to: usize,
    data: &LanguageData,
) -> bool {
    (k.saturating_sub(ROLE_MAX_WORDS)..k)
        .any(|title| titles.match_at(tokens, title).is_some() && role_end(tokens, title, to, data) > k + 1)
}

/// How many words the ministry's name after a Persian minister or
/// ministry at token `k` (`وزیر`, `وزارت`) has, if one follows.
fn ministry_name_after(tokens: &[Token], k: usize, data: &LanguageData) -> Option<usize> {
    if !matches!(&*tokens[k].folded, "وزیر" | "وزارت") {
        return None;
    }
    data.ministries.match_at(tokens, k + 1)
}

fn role_end(tokens: &[Token], i: usize, to: usize, data: &LanguageData) -> usize {
    let light_verb_at = |k: usize| tokens.get(k).is_some_and(|t| data.light_verbs.contains(&t.folded));
    // `دیدار و گفت و گو کرد` (met and talked): an event's noun joined by
    // `و` to another before their one light verb is the predicate too
    // (before `be` or `become` the word is the predicate, and may end the
    // office: `X سخنگوی دولت است`)
    // the light verb may carry the durative prefix, joined or apart
    // (`همراهی می کردند`, were accompanying)
    let light_verb_after = |j: usize| match tokens.get(j + 1).map(|t| &*t.folded) {
        Some("می" | "نمی") => tokens.get(j + 2).is_some_and(|t| takes_noun_before(&t.folded, data)),
        Some(next) => {
            takes_noun_before(next, data)
                || ["می", "نمی"].iter().any(|p| next.strip_prefix(p).is_some_and(|verb| takes_noun_before(verb, data)))
        }
        None => false,
    };
    let before_light_verb = |j: usize| {
        light_verb_after(j)
            || data.event_nouns.contains(&tokens[j].folded)
                && tokens.get(j + 1).is_some_and(|t| t.folded == "و")
                && (j + 3..=j + 2 + COORDINATED_EVENT_MAX_WORDS).any(|k| k < to && light_verb_at(k))
    };
    let starts_person = |k: usize| opens_mention(tokens, k, data) || is_persian_given_name(&tokens[k].folded, data);
    let serves_office_holder = data.deputy_titles.match_at(tokens, i).is_some();
    let joins_office_nouns = |j: usize| {
        let after = j + 1..to.min(j + 1 + CONJUNCT_PERSON_WINDOW);
        tokens[j].folded == "و"
            && j + 1 < to
            && tokens[j + 1].is_word
            && !is_stop(&tokens[j + 1], data)
            && !before_light_verb(j + 1)
            && data.speech_verbs.match_at(tokens, j + 1).is_none()
            // a title after a stop belongs to another phrase (`وزیر ارتباطات
            // و فناوری اطلاعات به‌عنوان نماینده …`, as the representative)
            && !after
                .take_while(|&k| tokens[k].is_word && !is_stop(&tokens[k], data))
                // a title right after a body's noun is whose body it is
                // (`معاون ارتباطات و اطلاع‌رسانی دفتر رئیس‌جمهور`, the
                // president's office), no second person; so is one after
                // a deputy's joined nouns (`معاون رفاه و امور اقتصادی وزیر
                // رفاه`, the minister's deputy for welfare and economic
                // affairs), where a second office would follow `و` itself
                .any(|k| {
                    starts_person(k)
                        && data.body_nouns.match_ending_at(tokens, k).is_none()
                        && !(serves_office_holder && k > j + 1 && data.titles.match_at(tokens, k).is_some())
                })
    };
    // a comma before the last two nouns of a list joined by `و` goes on
    // inside a body's name (`وزارت بهداشت، درمان و آموزش پزشکی`, `وزارت
    // تعاون، کار و رفاه اجتماعی`); elsewhere it ends the phrase
    let list_comma = |j: usize| {
        j > i
            && text::is_comma(&tokens[j].folded)
            && tokens.get(j + 1).is_some_and(|t| t.is_word && !is_stop(t, data))
            && !starts_person(j + 1)
            && tokens.get(j + 2).is_some_and(|t| t.folded == "و")
            && j + 3 < to
            && joins_office_nouns(j + 2)
    };
    // a work's or a firm's name in guillemets after the office's words is
    // whose it is (`کارگردان «آندو»`, the director of Ando; `مدیرعامل
    // شرکت «ایران خودرو»`); with `را` after it, it is the object
    let quoted_name_end = |j: usize| {
        if tokens[j].folded != "«" {
            return None;
        }
        let close = (j + 1..to.min(j + 2 + QUOTED_NAME_MAX_WORDS)).find(|&k| tokens[k].folded == "»")?;
        tokens.get(close + 1).is_some_and(|t| t.folded != "را").then_some(close + 1)
    };
    // the preposition a task's noun takes its object with goes on inside
    // the office named for the task (`دبیرکل ستاد مبارزه با مواد مخدر`,
    // `مدیرکل دفتر حمایت از حقوق کودکان`); a minister's noun is the
    // ministry's name (`وزیر دفاع از طرح … دفاع کرد`, the defence minister
    // defended the plan)
    let takes_task_object = |j: usize| {
        // (every entry is a noun, of one word or two, and its preposition)
        data.task_complements
            .match_ending_at(tokens, j + 1)
            .is_some_and(|n| !(j >= n && ministry_name_after(tokens, j - n, data).is_some()))
            && tokens.get(j + 1).is_some_and(|t| t.is_word)
    };
    // a preposition that prefixes the adjective after it, written apart
    // (`رئیس مرکز اورژانس پیش بیمارستانی دانشگاه …`, pre-hospital), goes
    // on inside the office: the adjective is relational, in `ی`, and no
    // pronoun or determiner (`پیش وی`, with him; `پیش برخی`)
    let prefixes_adjective = |j: usize| {
        data.adjective_prefixes.contains(&tokens[j].folded)
            && tokens
                .get(j + 1)
                .is_some_and(|t| t.is_word && t.folded.ends_with('ی') && !data.stopwords.contains(&t.folded))
    };
    // the field a deputy or an adviser serves in goes on inside their
    // office (`معاون وزیر نفت در امور برنامه ریزی`, `مشاور رئیس‌جمهور در
    // امور اقتصادی`); after another office it says what was spoken of
    let opens_scope = |j: usize| serves_office_holder && data.office_scopes.match_at(tokens, j).is_some();
    // where a posting is goes on inside its office (`سفیر ایران در چین`,
    // `نماینده مردم تهران در مجلس`): `در` before a country, a place or a
    // body, once; elsewhere it says where the holder spoke (`در نشست …`)
    let posted = data.posting_titles.match_at(tokens, i).is_some();
    let opens_posting = |j: usize| {
        posted
            && tokens[j].folded == "در"
            && j + 1 < to
            && (opens_place(tokens, j + 1, data) || data.body_nouns.contains(&tokens[j + 1].folded))
            && tokens[i..j].iter().all(|t| t.folded != "در")
    };
    let mut j = i;
    while j < to && j - i < ROLE_MAX_WORDS {
        if let Some(next) = quoted_name_end(j) {
            j = next;
            continue;
        }
        let goes_on = list_comma(j)
            || tokens[j].is_word
                && !(j > i
                    && (is_stop(&tokens[j], data)
                        && !joins_office_nouns(j)
                        && !takes_task_object(j)
                        && !prefixes_adjective(j)
                        && !opens_scope(j)
                        && !opens_posting(j)
                        || before_light_verb(j)
                        || light_verb_at(j)
                        // `وزیر نفت خواستار افزایش تولید شد` (demanded more
                        // output): the predicate opens
                        || data.predicate_heads.contains(&tokens[j].folded)
                        // a speech verb closes the subject the role is part of
                        || data.speech_verbs.match_at(tokens, j).is_some()
                        // and so does a modal, the predicate's first word
                        // (`معاون استاندار می‌توان گفت …`, `… باید …`)
                        || data.modal_markers.match_at(tokens, j).is_some()));
        if !goes_on {
            break;
        }
        j += 1;
    }
    // `معاون … دفتر رئیس‌جمهور خبر برخی رسانه‌ها درباره … را خلاف واقع
    // دانست`: an office that is a body's holder (`دفتر رئیس‌جمهور`, the
    // president's office) closes the chain of genitives unless a place
    // says whose it is; with the marker `را` still to come, the nouns after
    // it open the object
    // (`j` only moves back from here: the marker stays ahead)
    let object_ahead = (j..to).any(|k| tokens[k].folded == "را");
    if object_ahead
        && let Some(holder_end) = (i + 1..j).rev().find_map(|k| {
            data.body_nouns.match_ending_at(tokens, k)?;
            let n = data.titles.match_at(tokens, k)?;
            (k + n < j && !opens_place(tokens, k + n, data)).then_some(k + n)
        })
    {
        j = holder_end;
    }
    // `معاون وزیر جهاد کشاورزی شرایط آب و هوایی کشور و کاهش بارش‌ها را …
    // تأثیرگذار دانست`: a minister's or a ministry's office ends with the
    // ministry's name unless a place says whose it is (`… ترکیه`, `… این
    // کشور`, `… کشورمان`); with the marker `را` still to come, the nouns
    // after it open the object
    let says_whose = |k: usize| {
        opens_place(tokens, k, data)
            || data.demonstratives.contains(&tokens[k].folded)
            || data.home_country.match_at(tokens, k).is_some()
    };
    if object_ahead
        && let Some(ministry_end) = (i..j).find_map(|k| {
            let end = k + 1 + ministry_name_after(tokens, k, data)?;
            (end < j && !says_whose(end)).then_some(end)
        })
    {
        j = ministry_end;
    }
    // `سخنگوی کاخ سفید این سخنان را بیان کرد`: the phrase ran on into the
    // object the marker `را` closes, which a demonstrative opens
    if tokens.get(j).is_some_and(|t| t.folded == "را")
        && let Some(object) = (i + 1..j).rev().find(|&k| data.demonstratives.contains(&tokens[k].folded))
    {
        j = object;
    }
    // `سخنگوی وزارت امور خارجه بیانیه اخیر اتحادیه اروپا … را … خواند`:
    // past the words of an office an event's noun (a statement, a claim, a
    // visit) is no part of it, and with `را` still to come it opens the
    // object; right after the title or a body's noun it names the office
    // (`دبیر همایش`, `ستاد مراسم`)
    if object_ahead
        && let Some(event) = (i + 2..j).find(|&k| {
            is_event_noun(&tokens[k].folded, Language::Persian, data)
                && data.body_nouns.match_ending_at(tokens, k).is_none()
        })
    {
        j = event;
    }
    // `رئیس سازمان امداد و نجات آخرین جزئیات زلزله را تشریح کرد`: past
    // the words of an office an ordinal or a superlative (the latest; `مهم
    // ترین`, the most important) stands before the noun it describes, so
    // with `را` still to come it opens the object; right after the title
    // it says which body (`رئیس نخستین دوره مجلس`, of parliament's first
    // term)
    if object_ahead && let Some(adjective) = (i + 2..j).find(|&k| opens_noun_phrase(tokens, k, data)) {
        j = adjective;
    }
    // `سرمربی تیم ملی ایران فهرست بازیکنان را اعلام کرد`: a country closes
    // an office's chain of genitives (whose team, ministry, embassy it
    // is), and with `را` right after the phrase the nouns after it open
    // the object
    // … and so do they before a compound verb's noun the phrase stopped
    // at (`نماینده آمریکا جلسه‌ای برگزار کند`, America's envoy would hold
    // a meeting): they are its object
    // (a posting's place is the office's own: the country is looked for
    // after it, `نماینده ایران در سازمان اوپک اظهار کرد`; sought only
    // where the phrase is cut back, and only after a posting's title)
    let object_marked = tokens.get(j).is_some_and(|t| t.folded == "را");
    let after_posting =
        || if posted { (i..j).find(|&k| opens_posting(k)).map_or(i + 2, |posting| posting + 2) } else { i + 2 };
    if (object_marked || j < to && before_light_verb(j))
        && let Some(place_end) =
            (after_posting()..j).rev().find(|&e| data.countries.match_ending_at(tokens, e).is_some())
    {
        j = place_end;
    }
    // `… یک روز قبل`, `… ۲ ساعت پیش`: the count belongs to the time after
    // it; elsewhere it is the office's (`عضو کمیسیون اصل 90 تأکید کرد`, a
    // member of the Article 90 commission stressed)
    let counts_time = |j: usize| {
        tokens.get(j).is_some_and(|t| data.time_words.contains(&t.folded))
            || data.elapsed_time.match_at(tokens, j).is_some()
    };
    // (the role may have run on into the unit: `پیش`, ago, ended it)
    if j > i + 1 && data.elapsed_time.match_at(tokens, j - 1).is_some() {
        j -= 1;
    }
    while j > i + 1 && counts_time(j) && {
        let last = &tokens[j - 1].folded;
        data.quantifiers.contains(last) || last.starts_with(|c: char| text::digit_value(c).is_some())
    } {
        j -= 1;
    }
    j
}

/// Whether the Persian word at `k` is an ordinal or a superlative, an
/// adjective written before its noun (`نخستین`, `آخرین`, `بزرگ‌ترین`,
/// `مهم ترین` with the ending apart), which opens a noun phrase.
fn opens_noun_phrase(tokens: &[Token], k: usize, data: &LanguageData) -> bool {
    let superlative = |folded: &str| {
        folded.strip_suffix(SUPERLATIVE_ENDING).is_some_and(|stem| stem.chars().count() >= SUPERLATIVE_STEM_MIN_CHARS)
    };
    data.ordinals.match_at(tokens, k).is_some()
        || superlative(&tokens[k].folded)
        || tokens.get(k + 1).is_some_and(|t| t.folded == SUPERLATIVE_ENDING)
}

/// The Persian superlative's ending (`ترین`, as in `بزرگ‌ترین`), joined to
/// its adjective or written apart.
const SUPERLATIVE_ENDING: &str = "ترین";

/// Fewest letters of an adjective before the superlative's ending: the
/// shortest are two (`به‌ترین`, best; `کم‌ترین`, least).
const SUPERLATIVE_STEM_MIN_CHARS: usize = 2;

/// Whether a word is a given name romanised from Korean: two syllables
/// joined by a hyphen, the first capitalised (`Hang-seo`, `Sang-sik`).
fn is_hyphenated_given_name(word: &str) -> bool {
    word.split_once('-').is_some_and(|(first, second)| {
        let mut first_letters = first.chars();
        first_letters.next().is_some_and(|c| c.is_ascii_uppercase())
            && first_letters.all(|c| c.is_ascii_lowercase())
            && !second.is_empty()
            && second.chars().all(|c| c.is_ascii_lowercase())
    })
}

/// A foreign name cut from the end of a run of capitals after a body's
/// name has a given name and a family name, and three words at most
/// where the run is too long to be a name (`António Manuel Guterres`).
const FOREIGN_NAME_MIN_WORDS: usize = 2;
const FOREIGN_NAME_MAX_WORDS: usize = 3;

/// Whether a place or a country opens at the word at `j` (`Hà Nội`, `Hoa
/// Kỳ`): family names open them too.
pub(crate) fn opens_place(tokens: &[Token], j: usize, data: &LanguageData) -> bool {
    data.places.match_at(tokens, j).is_some() || data.countries.match_at(tokens, j).is_some()
}

/// Whether the tokens `from..to` are a place or a country and nothing
/// else (`Hà Nội`, `Na Uy`, `تهران`), or words that a place's ending
/// closes (`شاهین شهر`, `حسن آباد`).
pub(crate) fn is_place_span(tokens: &[Token], from: usize, to: usize, data: &LanguageData) -> bool {
    [&data.places, &data.countries].iter().any(|lexicon| lexicon.match_at(tokens, from) == Some(to - from))
        || to > from + 1 && data.place_endings.contains(&tokens[to - 1].folded)
}

/// Whether the words `from..to` name a place: a place or a country alone
/// (`Hà Nội`), or the place an administrative unit opens (`TP Hà Nội`,
/// also with the unit's stop glued to the name, `TP.Hà Nội`).
pub(crate) fn names_place(tokens: &[Token], from: usize, to: usize, data: &LanguageData) -> bool {
    let glued_unit = |t: &Token| t.folded.split_once('.').is_some_and(|(unit, _)| data.admin_units.contains(unit));
    is_place_span(tokens, from, to, data)
        || data.admin_units.match_at(tokens, from).is_some()
        || tokens.get(from).is_some_and(glued_unit)
}

/// Whether the words `from..to` name a body rather than a person: an
/// acronym (`Chủ tịch HĐQT Housing Group`), a body's noun (`Trường Lê
/// Quý Đôn`) or a state body's noun (`Bộ Công Thương`) among them, or a
/// state body's noun right before them (`Giám đốc Sở Công Thương`, the
/// title ending in it).
fn names_a_body(source: &str, tokens: &[Token], from: usize, to: usize, data: &LanguageData) -> bool {
    (from..to).any(|j| {
        is_acronym(&source[tokens[j].start..tokens[j].end])
            || data.body_nouns.match_at(tokens, j).is_some()
            || data.state_body_nouns.match_at(tokens, j).is_some()
    }) || data.state_body_nouns.match_ending_at(tokens, from).is_some()
}

/// Where the administrative unit right before the word at `k` starts,
/// written out or abbreviated with or without its dot (`Thành phố`,
/// `phường`, `TP.`, `TP`).
fn admin_unit_before(tokens: &[Token], k: usize, data: &LanguageData) -> Option<usize> {
    match data.admin_units.match_ending_at(tokens, k) {
        Some(n) => Some(k - n),
        None if k > 0 && {
            let before = &tokens[k - 1].folded;
            data.admin_units.contains(before.strip_suffix('.').unwrap_or(before))
        } =>
        {
            Some(k - 1)
        }
        None => None,
    }
}

/// Whether the `words` capitalised words at `k` name the place of the
/// administrative unit before them rather than a person. After a unit
/// in capitals (`Thành phố Hồ Chí Minh`, `TP. Hồ Chí Minh`) they always
/// do. After one in lower case they do when they are fewer than a
/// person's full name has (`phường Yên Phụ`, `tỉnh Quảng Nam`); the
/// unit may stand alone for the one the article is about, and a name
/// follow it (`UBND tỉnh Trần Văn Chiến`).
fn names_place_of_unit(source: &str, tokens: &[Token], k: usize, words: usize, data: &LanguageData) -> bool {
    // a unit in a label set all in capitals (`CHỦ TỊCH UBND TỈNH TRẦN VĂN
    // HIỆP:`) says nothing by its case; its initials (`TP.`) still do
    let written_capitalised = |unit: usize| {
        let word = &source[tokens[unit].start..tokens[unit].end];
        tokens[unit].capitalised && (word.chars().any(char::is_lowercase) || is_acronym(word))
    };
    admin_unit_before(tokens, k, data)
        .is_some_and(|unit| written_capitalised(unit) || words < FULL_NAME_AFTER_UNIT_MIN_WORDS)
}

/// Vietnamese full names have three words, some four; the places of
/// wards, communes, districts and provinces mostly two (`Yên Phụ`, `Tây
/// Hồ`, `Quảng Nam`). After a unit in lower case, fewer words than this
/// are the place.
const FULL_NAME_AFTER_UNIT_MIN_WORDS: usize = 3;

/// Most words of an epithet before `người` and a country (`chiến lược
/// gia`, strategist).
const EPITHET_MAX_WORDS: usize = 3;

fn parse_vietnamese(
    source: &str,
    tokens: &[Token],
    from: usize,
    to: usize,
    data: &LanguageData,
    descriptors: bool,
) -> Option<(Mention, usize)> {
    if from >= to {
        return None;
    }
    // a lone pronoun: `ông cho biết`, `bà nói`
    if let Some(n) = data.pronouns.match_at(tokens, from)
        && from + n == to
    {
        return Some((Mention { pronoun: true, ..Mention::default() }, n));
    }
    // … or an office said with a demonstrative after it, maybe after an
    // honorific (`vị lãnh đạo này nói`, this leader said): someone named
    // before, as a pronoun is, and no office of that name
    if data.demonstratives.contains(&tokens[to - 1].folded)
        && (from..to - 1).any(|k| {
            data.titles.match_at(tokens, k).is_some_and(|n| k + n == to - 1)
                && (from..k).all(|j| data.honorifics.match_at(tokens, j).is_some())
        })
    {
        return Some((Mention { pronoun: true, ..Mention::default() }, to - from));
    }
    // … or a standing in a court case alone: `bị cáo khẳng định`, the
    // defendant stated (see `Register::refer`)
    if let Some(n) = data.case_honorifics.match_at(tokens, from)
        && from + n == to
    {
        let title = span(source, tokens, from, to);
        return Some((Mention { pronoun: true, title, ..Mention::default() }, n));
    }
    // a subject described by where they are from, in an epithet no title
    // opens (`thuyền trưởng người Hàn Quốc`, the Korean skipper, for the
    // coach): someone named before, as a pronoun is
    if descriptors
        && data.titles.match_at(tokens, from).is_none()
        && let Some(k) = (from + 1..to.min(from + 1 + EPITHET_MAX_WORDS))
            .find(|&k| data.nationality_nouns.contains(&tokens[k].folded))
        && (from..k).all(|j| tokens[j].is_word && !tokens[j].capitalised || j == from)
        && data.countries.match_at(tokens, k + 1).is_some_and(|n| k + 1 + n == to)
    {
        let from_abroad = data.home_country.match_at(tokens, k + 1).is_none()
            && data.sino_vietnamese_countries.match_at(tokens, k + 1).is_none();
        return Some((Mention { pronoun: true, from_abroad, ..Mention::default() }, to - from));
    }
    let mut i = from;
    while i < to {
        match data.honorifics.match_at(tokens, i).filter(|&n| i + n <= to) {
            Some(n) => i += n,
            None if is_degree_chain(&tokens[i].folded) => i += 1,
            None => break,
        }
    }
    let title = span(source, tokens, from, i);
    let introduced = i > from;
    // the name sits inside the phrase, which ends at the first punctuation
    // but for an acronym in brackets after the words it stands for (`Tổng
    // Bí thư (TBT) Tô Lâm`, `Chủ tịch Ủy ban nhân dân (UBND) tỉnh X`),
    // which the first mention of a body or an office often carries
    let phrase_end_from = |k: usize| (k..to).find(|&k| !tokens[k].is_word).unwrap_or(to);
    let mut phrase_end = phrase_end_from(i);
    let capitalised = |k: usize| tokens[k].capitalised;
    // … and but for a dash between capitals after an office opening the
    // phrase: inside the name of its body or its place (`Thứ trưởng Bộ Lao
    // động - Thương binh và Xã hội X`, `Chủ tịch UBND tỉnh Bà Rịa - Vũng
    // Tàu X`), or between offices held together (`Bí thư Tỉnh ủy - Chủ
    // tịch HĐND tỉnh X`) … and for a comma in the list of fields a body's
    // name may give, which `và` (and) and a capital close (`Bộ trưởng Bộ
    // Văn hóa, Thể thao và Du lịch X`); a comma before a title or an
    // honorific lists offices or persons. A dash joining a compound goes
    // on too (`Trưởng Phòng CSGT đường bộ - đường sắt Công an tỉnh X`)
    let in_list_of_fields = |comma: usize| {
        let next_end = phrase_end_from(comma + 1);
        data.titles.match_at(tokens, comma + 1).is_none()
            && data.honorifics.match_at(tokens, comma + 1).is_none()
            && (comma + 2..next_end).any(|k| tokens[k - 1].folded == "và" && capitalised(k))
    };
    // (most phrases end at a comma: the cheap checks first, the list's
    // search last)
    let opens_with_office = data.titles.match_at(tokens, i).is_some();
    // … and for a comma before the body the office's body is part of,
    // when the phrase ends with it (`Cục trưởng Cục Lãnh sự, Bộ Ngoại giao
    // X`, the consular department of the foreign ministry): a capitalised
    // word that opens no office, honorific or name
    let parent_body =
        |comma: usize| phrase_end_from(comma + 1) == to && opens_no_office_or_person(tokens, comma + 1, data);
    // (a body's name may end in lower case, `Cục Quản lý giá, Bộ Tài
    // chính`, `Vụ Chính quyền địa phương, Bộ Nội vụ`: after one, the comma
    // goes on when the words after it read as a body's name)
    let office_goes_on_past = |mark: usize| {
        opens_with_office
            && mark + 1 < to
            && (between_capitals(tokens, mark)
                && (is_dash(&tokens[mark])
                    || tokens[mark].folded == "," && (in_list_of_fields(mark) || parent_body(mark)))
                || tokens[mark].folded == "," && parent_body(mark) && reads_as_body_name(source, tokens, mark + 1, to)
                || joins_compound(tokens, mark, data))
    };
    // … and for the body an office's body belongs to, in brackets after it
    // (`Cục trưởng Cục Cảnh sát giao thông (Bộ Công an)`; after a name
    // nothing is read past the name's last word)
    // (most phrases end at a comma: the bracket is looked at first)
    let bracketed_parent_body = |open: usize| {
        if open >= to || tokens[open].folded != "(" {
            return None;
        }
        // (a dash between capitals joins the body's fields, `(Bộ Lao động -
        // Thương binh và Xã hội)`, and so does a comma listing them, `(Bộ
        // Văn hóa, Thể thao và Du lịch)`)
        let joins_fields = |k: usize| {
            between_capitals(tokens, k) && (is_dash(&tokens[k]) || tokens[k].folded == "," && in_list_of_fields(k))
        };
        let close = (open + 1..to).find(|&k| !tokens[k].is_word && !joins_fields(k))?;
        (tokens[close].folded == ")"
            && tokens[open + 1..close].iter().filter(|t| t.is_word).count() <= BRACKETED_BODY_MAX_WORDS
            && reads_as_body_name(source, tokens, open + 1, close)
            && opens_no_office_or_person(tokens, open + 1, data))
        .then_some(close)
    };
    while phrase_end > i {
        if is_bracketed_acronym(source, &tokens[phrase_end..to]) {
            phrase_end = phrase_end_from(phrase_end + 3);
        } else if let Some(close) = bracketed_parent_body(phrase_end) {
            phrase_end = phrase_end_from(close + 1);
        } else if phrase_end < to && office_goes_on_past(phrase_end) {
            phrase_end = phrase_end_from(phrase_end + 1);
        } else {
            break;
        }
    }
    // a foreign name's particles (`Ursula von der Leyen`, `Charles de
    // Gaulle`) are in lower case: one goes on with the name when a
    // capitalised word follows it, maybe after more particles
    let particle = |k: usize| data.name_particles.contains(&tokens[k].folded);
    // (a capitalised word with a digit is a code, a unit's: `Cục C07`,
    // `Phòng PC07`; no name has one)
    let coded = |k: usize| tokens[k].folded.contains(|c: char| c.is_ascii_digit());
    let name_word = |k: usize| {
        capitalised(k) && !coded(k)
            || particle(k) && (k + 1..phrase_end).find(|&j| !particle(j)).is_some_and(&capitalised)
    };
    let run_end = |k: usize| (k + 1..phrase_end).find(|&e| !name_word(e)).unwrap_or(phrase_end);
    // the name of a body or a place after its noun (`Bệnh viện Bạch Mai`,
    // `đường Lê Lợi`): family names name hospitals and streets too. A noun
    // in lower case right after a capitalised word is that word's second
    // syllable (`Bộ trưởng Tài nguyên và Môi trường Trần Hồng Hà`: `Môi
    // trường`, environment, is no school, `trường`): a body's noun that
    // opens a name is capitalised itself. Nor is a unit's last syllable
    // (`thành phố`, city, is no street, `phố`): the unit's own rule says
    // whether a place or a name follows it. The body's kind may stand
    // between its noun and its name, in capitals or in words, several
    // joined by `và` (`trường THCS Lê Quý Đôn`, the Lê Quý Đôn secondary
    // school; `Trường Tiểu học và THCS …`, `Bệnh viện Đa khoa …`)
    let kind_ending_at = |j: usize| {
        // (an acronym is capitalised: the token's flag rules most words out)
        if j > 0 && tokens[j - 1].capitalised && is_acronym(&source[tokens[j - 1].start..tokens[j - 1].end]) {
            Some(1)
        } else {
            data.body_kinds.match_ending_at(tokens, j)
        }
    };
    let after_body_noun = |k: usize| {
        let mut k = k;
        while let Some(n) = kind_ending_at(k) {
            k -= n;
            if k > 1 && tokens[k - 1].folded == "và" && kind_ending_at(k - 1).is_some() {
                k -= 1;
            }
        }
        data.body_nouns.match_ending_at(tokens, k).is_some_and(|n| {
            let noun = k - n;
            let in_compound = noun > 0 && tokens[noun - 1].is_word && capitalised(noun - 1) && !capitalised(noun);
            let in_unit = data.admin_units.match_ending_at(tokens, k).is_some_and(|unit| unit > n);
            !in_compound && !in_unit
        })
    };
    // inside a place or a country written with a word in lower case
    // (`châu Âu`, Europe): `Âu` is a family name too
    let inside_place = |k: usize| place_ending_at(tokens, k + 1, data).is_some_and(|n| n > 1);
    // the first run of capitalised words opened by a family name, two to
    // four syllables long, and not by a place (`Hà Nội`), a country (`Hoa
    // Kỳ`) or the name of a place a capitalised administrative unit opens
    // (`Thành phố Hồ Chí Minh`, `TP. Hồ Chí Minh`): family names name
    // districts and cities too. A unit in lower case may stand alone, for
    // the one the article is about (`Phó Chủ tịch UBND tỉnh Trần Văn
    // Chiến`, the province's vice-chairman)
    // … nor by a body's words that open with a family name, capitalised
    // as a name is (`Phó trưởng phòng Nông Nghiệp và phát triển nông
    // thôn`, of agriculture: `Nông` is a family name)
    let opens_lookalike = |k: usize| data.name_lookalikes.match_at(tokens, k).is_some();
    let anchored = (i..phrase_end).find_map(|k| {
        if !capitalised(k)
            || data.name_anchors.match_at(tokens, k).is_none()
            || opens_place(tokens, k, data)
            || inside_place(k)
            || after_body_noun(k)
            || opens_lookalike(k)
        {
            return None;
        }
        // a name holds no acronym: one after a family name is a body's
        // (`Phó trưởng Đoàn ĐBQH tỉnh`, the province's delegation)
        let run = run_end(k);
        // nor a word no Vietnamese syllable is shaped as: a family name
        // before one opens a body's name that a foreign name follows
        // (`Tòa Bạch Ốc Sean Spicer`, the White House's Sean Spicer)
        if (k + 1..run).any(|j| is_foreign_word(&source[tokens[j].start..tokens[j].end])) {
            return None;
        }
        let e = (k..run).find(|&j| is_acronym(&source[tokens[j].start..tokens[j].end])).unwrap_or(run);
        // a last word that opens an honorific, a title or another word of a
        // body's name with the small syllable after it is that word's
        // (`Đoàn Luật sư Hà Nội`, the bar association: `Luật sư`, lawyer;
        // `Đoàn Thanh niên`, the Youth Union), no word of a name
        let opens_compound = |j: usize| {
            tokens.get(j + 1).is_some_and(|t| t.is_word && !capitalised(j + 1))
                && [&data.honorifics, &data.titles, &data.name_lookalikes]
                    .iter()
                    .any(|l| l.match_at(tokens, j).is_some_and(|n| n >= 2))
        };
        let e = if e > k && opens_compound(e - 1) { e - 1 } else { e };
        // inside the name of a body (`Bệnh viện Bạch Mai Nguyễn Quang
        // Tuấn`): where the next word opens a full name ending where this
        // one does, this word is the body's (`Mai`), and that one the
        // person's. A person named right after a body's name has a full
        // name: fewer words are the body's name going on (`Bệnh viện
        // Nguyễn Văn Nam`: `Văn` is a family name too)
        let next_opens_full_name =
            e >= k + 1 + FULL_NAME_MIN_WORDS && data.name_anchors.match_at(tokens, k + 1).is_some();
        let in_body_name = || {
            k > i && capitalised(k - 1) && {
                let run_start = (i..k).rev().take_while(|&j| tokens[j].is_word && capitalised(j)).last().unwrap_or(k);
                after_body_noun(run_start)
            }
        };
        if (next_opens_full_name || e - k < FULL_NAME_MIN_WORDS) && in_body_name() {
            return None;
        }
        let place = k > i && names_place_of_unit(source, tokens, k, e - k, data);
        (!place && (2..=NAME_MAX_WORDS).contains(&(e - k))).then_some((k, e))
    });
    // whether the word at `j` is shaped as a Vietnamese syllable
    let syllable = |j: usize| is_vietnamese_syllable(&source[tokens[j].start..tokens[j].end]);
    // else a role that ends in a country, then a foreign name no
    // family-name list knows: `Tổng thống Nga Vladimir Putin`
    // (a country of one syllable before one more is a Vietnamese name's
    // first, `HLV Đức Thắng`, where a foreign name after one is no
    // Vietnamese syllable: `Thủ tướng Đức Scholz`)
    let after_country = || {
        (i..phrase_end).find_map(|k| {
            let n = data.countries.match_at(tokens, k).filter(|&n| capitalised(k + n - 1))?;
            let e = if k + n < phrase_end && name_word(k + n) { run_end(k + n) } else { k + n };
            let vietnamese_name = n == 1 && e == k + 2 && syllable(k) && syllable(k + 1);
            ((1..=NAME_MAX_WORDS).contains(&(e - (k + n))) && !vietnamese_name).then_some((k + n, e))
        })
    };
    // a foreign name after a body's name in a run of capitals (`Tổng thư
    // ký Liên Hợp Quốc António Guterres`, `Người phát ngôn Nhà Trắng
    // Karine Jean-Pierre`, `Điện Kremlin Dmitry Peskov`): its last words,
    // none of them shaped as a Vietnamese syllable, after a word that is
    // one or an acronym. Two words, or three where the run is too long
    // for a name anyway (a body's foreign name may stand before them)
    let foreign_suffix = |k: usize, e: usize| {
        let word = |j: usize| &source[tokens[j].start..tokens[j].end];
        let foreign = |j: usize| is_foreign_word(word(j));
        let longest = if e - k > NAME_MAX_WORDS { FOREIGN_NAME_MAX_WORDS } else { FOREIGN_NAME_MIN_WORDS };
        let run_start = (k..e).rev().take_while(|&j| foreign(j)).last()?;
        let after_body =
            run_start > k && (is_vietnamese_syllable(word(run_start - 1)) || is_acronym(word(run_start - 1)));
        let f = run_start.max(e.saturating_sub(longest));
        (after_body && (FOREIGN_NAME_MIN_WORDS..=longest).contains(&(e - f))).then_some(f)
    };
    // two words, neither shaped as a Vietnamese syllable, after the
    // office's words in lower case (`Bộ trưởng Y tế Jitendra Singh`): a
    // foreign name, where two capitalised words after a capitalised one
    // are a body's or a place's, after a body's noun a company's (`công
    // ty Samsung Electronics`), and after an administrative unit its
    // place, as the highlands' names are no Vietnamese syllables either
    // (`Công an huyện Krông Búk`, `xã Ea Kly`)
    let foreign_pair = |k: usize, e: usize| {
        e == k + 2
            && k > i
            && tokens[k - 1].is_word
            && !capitalised(k - 1)
            && !after_body_noun(k)
            && admin_unit_before(tokens, k, data).is_none()
            && (k..e).all(|j| is_foreign_word(&source[tokens[j].start..tokens[j].end]))
    };
    // else the capitalised words that end the phrase, after an honorific or
    // a title (`Chị Thanh Vân`, `chuyên gia Kyle Rodda`, `bác sĩ Hồng`)
    let trailing = || {
        // a title in capitals (`HLV Park Hang-seo`) is no part of the name
        let title_len = data.titles.match_at(tokens, i).unwrap_or(0);
        let k = (i + title_len..phrase_end).rev().take_while(|&k| name_word(k)).last()?;
        if title_len > 0
            && let Some(f) = foreign_suffix(k, phrase_end)
        {
            return Some((f, phrase_end));
        }
        // right after the title: a role that ends in a place name (`Giám
        // đốc Sở Y tế tỉnh Tuyên Quang`) is not followed by a name
        let after_title = title_len > 0 && k == i + title_len;
        let run = phrase_end - k;
        // after a title, a country or a place is the office's, not its
        // holder (`Thủ tướng Trung Quốc cho rằng`, the Chinese premier named
        // before); after an honorific it is a name (`bà Nga`, `ông Anh`)
        let names_place = !introduced && is_place_span(tokens, k, phrase_end, data);
        // an acronym or a body's noun names a body, not a person (`Chủ tịch
        // HĐQT Housing Group`, `Hiệu trưởng Trường Lê Quý Đôn`) … but right
        // after an honorific a body's noun is a given name (`ông Đường`,
        // `ông Trường`), as a place's is
        // (or the initials a page shortens a name to, `chị L.T.H`, dotted
        // as no body's acronym is)
        let word = &source[tokens[k].start..tokens[k].end];
        let given_name_after_honorific = introduced && k == i && (!is_acronym(word) || text::is_initial(word));
        let names_body = if given_name_after_honorific {
            names_a_body(source, tokens, k + 1, phrase_end, data)
        } else {
            names_a_body(source, tokens, k, phrase_end, data)
        };
        ((introduced || after_title || title_len > 0 && foreign_pair(k, phrase_end))
            && (1..=NAME_MAX_WORDS).contains(&run)
            && !names_place
            && !names_body)
            .then_some((k, phrase_end))
    };
    // (a dash may set the name off from the office before it: `Chủ tịch
    // UBND huyện – Hồ Văn An`; it is no part of the office)
    let role_of = |a: usize, b: usize| -> Option<String> {
        let b = if b > a + 1 && is_dash(&tokens[b - 1]) { b - 1 } else { b };
        // (… nor is a phrase giving the name after it: `Tài xế tên X`, the
        // driver named X)
        let b = b - data.naming_phrases.match_ending_at(tokens, b).unwrap_or(0);
        let text = span(source, tokens, a, b)?;
        data.titles.match_at(tokens, a).map(|_| text)
    };
    // a name must follow the honorifics directly or after a role
    // … and no role ends in `và` (and): a name after it is the second of
    // two subjects (`Tiền đạo Peter Samuel sắm vai người hùng … và Phạm
    // Xuân Mạnh là người kiến tạo`), no holder of the title
    // … or after a short description and a phrase giving the name (`Một
    // người dân tên Trần Văn Hải`, a resident named …), where the
    // description is the role when an office opens it
    let named_after_description = |k: usize| {
        data.naming_phrases.match_ending_at(tokens, k).is_some_and(|n| k - n - i <= NAMED_DESCRIPTION_MAX_WORDS)
    };
    let fits = |&(k, _): &(usize, usize)| {
        k == i || role_of(i, k).is_some() && tokens[k - 1].folded != "và" || named_after_description(k)
    };
    // else, after a title, the first run of three or four capitalised
    // words that the clause goes on from in lower case: a foreign name
    // after a body or a country no list knows (`bộ trưởng Thương mại
    // Singapore Lim Hng Kiang ngỏ ý …`, `Giám đốc điều hành OpenAI Sam
    // Altman cho biết`). Shorter runs are as often a place (`Bệnh viện
    // Bạch Mai`); runs with a place, a country, an acronym or a body's
    // noun, or right after one, name a body
    // Right after an honorific only the run that follows it at once counts
    // (`ông Park Hang Seo không còn …`), a foreign name no list knows
    let before_predicate = || {
        let (mut k, at_once) = match data.titles.match_at(tokens, i) {
            Some(title_len) => (i + title_len, false),
            None if introduced => (i, true),
            None => return None,
        };
        // a trade names no body after it: the two capitalised words right
        // after one are the name the person goes by (`ca sĩ Mỹ Tâm`, `cầu
        // thủ Quang Hải`), where after an office they may be a body's
        // (after a gender word the phrase opens there: `Nữ ca sĩ Thu Minh`)
        let gendered =
            i > 0 && [&data.female_words, &data.male_words].iter().any(|w| w.match_at(tokens, i - 1) == Some(1));
        let after_trade = !at_once && !gendered && data.occupations.match_at(tokens, i).is_some_and(|n| i + n == k);
        let trade_start = k;
        while k < phrase_end {
            if !capitalised(k) || coded(k) {
                if at_once {
                    return None;
                }
                k += 1;
                continue;
            }
            let e = run_end(k);
            // the words of a body's name met earlier in the phrase name
            // it again (`Hội nghị Bộ trưởng … Cơ quan Liên Hợp Quốc về …
            // khai mạc tại Trụ sở Liên Hợp Quốc`), not a person
            let named_before = (i..k.saturating_sub(e - k - 1))
                .any(|j| (0..e - k).all(|d| tokens[j + d].folded == tokens[k + d].folded));
            // (after an administrative unit a run no family name opens is
            // the unit's place, however long: `Công an huyện Bắc Trà My`)
            let names_body = names_a_body(source, tokens, k, e, data)
                || after_body_noun(k)
                || admin_unit_before(tokens, k, data).is_some()
                || (k..e).any(|j| opens_place(tokens, j, data))
                || named_before;
            // two words make a name when the second is a Korean given name
            // (`Park Hang-seo`, `Kim Sang-sik`), hyphenated as no body is
            let korean = e - k == 2 && is_hyphenated_given_name(&source[tokens[k + 1].start..tokens[k + 1].end]);
            // or when they are a foreign name after the office's words
            let foreign_pair = !at_once && foreign_pair(k, e);
            // or when, written in plain Latin letters as no Vietnamese name
            // is, it is someone `của` (of) a body (`HLV Indra Syafri của
            // tuyển U22 Indonesia`) …
            let plain_latin = |k: usize| {
                source[tokens[k].start..tokens[e - 1].end].chars().all(|c| c.is_ascii_alphabetic() || c == ' ')
            };
            let foreign_of_body = e - k == 2 && tokens.get(e).is_some_and(|t| t.folded == "của") && plain_latin(k);
            // … or when it is two Vietnamese syllables and someone's of a
            // body (`HLV Đức Thắng của CLB Hà Nội`): the given names sports
            // pages call people by. The first may be a country's too
            // (`Đức`, `Anh`, `Mỹ`), but not a place of two words (`Hà
            // Nội`), nor the run a body's noun opens (`Bệnh viện Bạch Mai`)
            let given_names_of_body = !after_body_noun(k)
                && e - k == 2
                && syllable(k)
                && syllable(k + 1)
                && data.affiliation_markers.match_at(tokens, e).is_some()
                && !is_place_span(tokens, k, k + 2, data)
                && !names_a_body(source, tokens, k, e, data)
                && !names_place_of_unit(source, tokens, k, 2, data);
            // … or when it follows the acronym of the body whose office the
            // title is (`Chủ tịch WEF Borge Brende nói`, `Tổng Thư ký NATO
            // Mark Rutte cho biết`): the acronym closes the office
            if !at_once
                && e < phrase_end
                && e - k == 3
                && is_acronym(&source[tokens[k].start..tokens[k].end])
                && plain_latin(k + 1)
                && !names_a_body(source, tokens, k + 1, e, data)
            {
                return Some((k + 1, e));
            }
            if !at_once
                && e < phrase_end
                && let Some(f) = foreign_suffix(k, e)
            {
                return Some((f, e));
            }
            // (its first word may be a country's, `Mỹ`, `Đức`, as with a
            // body's given names above, but is a Vietnamese syllable: a
            // team's name is none, `cầu thủ Olympic Macau`)
            let named_by_trade = after_trade
                && k == trade_start
                && e - k == 2
                && syllable(k)
                && !is_place_span(tokens, k, e, data)
                && !names_a_body(source, tokens, k, e, data);
            let long_enough =
                (FULL_NAME_MIN_WORDS..=NAME_MAX_WORDS).contains(&(e - k)) || korean || foreign_of_body || foreign_pair;
            if e < phrase_end && (long_enough && !names_body || !at_once && given_names_of_body || named_by_trade) {
                return Some((k, e));
            }
            if at_once {
                return None;
            }
            k = e;
        }
        None
    };
    // else a foreign name opening the phrase with no honorific, set off by
    // a comma before its office (`Adrian Day, Chủ tịch Adrian Day Asset
    // Management, nhận định`): no list knows it, and its capitals and the
    // office after them make it a name. A word in it is no Vietnamese
    // syllable, so a place or a scene (`Tại Hà Nội, Chủ tịch …`) is none
    let apposed_foreign = || {
        let word = |j: usize| &source[tokens[j].start..tokens[j].end];
        let run = phrase_end - i;
        (!introduced
            && phrase_end < to
            && tokens[phrase_end].folded == ","
            && data.titles.match_at(tokens, phrase_end + 1).is_some()
            && (FOREIGN_NAME_MIN_WORDS..=NAME_MAX_WORDS).contains(&run)
            && (i..phrase_end).all(|j| capitalised(j) && !is_acronym(word(j)))
            && (i..phrase_end).any(|j| is_foreign_word(word(j)))
            && !is_place_span(tokens, i, phrase_end, data)
            && !names_a_body(source, tokens, i, phrase_end, data))
        .then_some((i, phrase_end))
    };
    let Some((k, e)) = anchored
        .filter(fits)
        .or_else(|| after_country().filter(fits))
        .or_else(|| trailing().filter(fits))
        .or_else(|| before_predicate().filter(fits))
        .or_else(apposed_foreign)
    else {
        // `ông chủ Hoa Yêu Thương nói`: an honorific and a description, a
        // reference back to someone already named
        if introduced && descriptors && i < to && !capitalised(i) && data.titles.match_at(tokens, i).is_none() {
            return Some((Mention { pronoun: true, ..Mention::default() }, to - from));
        }
        // a verb of request or proposal ends the office (`Chủ tịch UBND
        // TPHCM yêu cầu các đơn vị trả lời …`, the chairman asks the units to
        // reply): written in lower case it is no word of a body's name,
        // which capitalises it (`Ban Chỉ đạo`)
        let phrase_end = (i + 1..phrase_end)
            .find(|&k| !capitalised(k) && data.weak_speech_verbs.match_at(tokens, k).is_some())
            .unwrap_or(phrase_end);
        // a title a gender word opens (`Nữ ca sĩ nói`, the female singer
        // said) describes someone named before by the title alone: the
        // word says who, not which office
        let gender = gender_at(tokens, i, data).filter(|_| data.titles.match_at(tokens, i + 1).is_some());
        let role_start = if gender.is_some() { i + 1 } else { i };
        let role = role_of(role_start, phrase_end.max(role_start + 1).min(to))?;
        return Some((Mention { title, role: Some(role), gender, ..Mention::default() }, phrase_end - from));
    };
    // the dot of an initial ending the name (`anh Nguyễn Văn T. (35 tuổi)
    // cho biết`, `ông N.V.A. cho biết`, a name a page shortens to shield
    // the person) is the name's
    let found = (k, e);
    let initial_dot =
        e < to && tokens[e].folded == "." && text::is_initial(&source[tokens[e - 1].start..tokens[e - 1].end]);
    let e = if initial_dot { e + 1 } else { e };
    // words between the honorifics and the name must be a role, and one
    // ending in `của` (of) is someone else's, the name its possessor's
    // (`Đạo diễn chương trình … của Hoàng Hồng Ngọc`)
    let mut role_before = role_of(i, k);
    if k > i
        && (role_before.is_none() && !named_after_description(k)
            || data.affiliation_markers.match_ending_at(tokens, k).is_some())
    {
        return None;
    }
    // a title nearer the name, after a clause in lower case, is the
    // name's: `Tổng thống Kenya nhận được thư của Thủ tướng Phạm Minh
    // Chính` names the prime minister, not a president who received
    // letters (offices held together are joined by a word the lexicon
    // knows, `kiêm`, or follow each other at once)
    let role_start = nearer_title_after_clause(tokens, i, k, data);
    if let Some(nearer) = role_start {
        role_before = role_of(nearer, k);
    }
    // an office said of the person an honorific introduces (`hai Bí thư
    // T.Ư Đoàn là chị Lâm Phương Thanh`, the two secretaries are Ms …):
    // the office ends before the copula, and the honorific is the name's
    let mut title = title;
    if let Some(n) = data.honorifics.match_ending_at(tokens, k)
        && k - n > role_start.unwrap_or(i) + 1
        && data.copulas.match_ending_at(tokens, k - n) == Some(1)
    {
        role_before = role_of(role_start.unwrap_or(i), k - n - 1).or(role_before);
        title = span(source, tokens, k - n, k);
    } else if data.copulas.match_ending_at(tokens, k) == Some(1)
        && data.naming_phrases.match_ending_at(tokens, k).is_none()
    {
        // … and so it does before a name alone (`Giám đốc công ty là
        // Nguyễn Văn An`; `tên là`, named, is left out by the role itself)
        role_before = role_of(role_start.unwrap_or(i), k - 1).or(role_before);
    }
    // appositions after the name: `Tên, Chức vụ, Chức vụ;` and, for a
    // subject, descriptions (`, chủ shop hoa ở TP.HCM,` `- chủ thương hiệu X`)
    let mut used = e;
    let mut roles_after: Vec<String> = Vec::new();
    // where the last role after the name starts
    let mut previous_start = used;
    // whether a dash opened the apposition being read: the next one closes
    // it, and the predicate follows
    let mut dash_open = false;
    // whether the apposition before gave the person's particulars: a
    // place after its comma goes on with them (`…, đến từ THPT Kim Liên,
    // Hà Nội cho biết`)
    let mut after_particulars = false;
    // an aside in brackets right after the name (`Ông X (Giám đốc Sở Y
    // tế tỉnh) cho biết`, `anh Y (35 tuổi, trú tại …) nói`): the office
    // opening one of its parts is the person's, also after the age
    // (`Trần Minh Tâm (52 tuổi, Phó Giám đốc Sở …)`); particulars, or
    // anything else, are passed over, and the phrase goes on after the
    // closing bracket
    if tokens.get(used).is_some_and(|t| t.folded == "(")
        && let Some(close) = aside_close(tokens, used, to)
    {
        let mut part_start = used + 1;
        while part_start < close {
            let part_end = (part_start..close).find(|&j| matches!(&*tokens[j].folded, "," | ";")).unwrap_or(close);
            if let Some(role) = role_of(part_start, part_end) {
                previous_start = part_start;
                roles_after.push(role);
                break;
            }
            part_start = part_end + 1;
        }
        used = close + 1;
    }
    while used < to && (tokens[used].folded == "," || is_dash(&tokens[used])) {
        let closes_dash = dash_open && is_dash(&tokens[used]);
        // a dash between capitals in an apposition a comma opened stands
        // inside a place's or a body's name (`…, Phó Chủ tịch UBND tỉnh Bà
        // Rịa - Vũng Tàu, cho biết`, `Sở Lao động - Thương binh và Xã
        // hội`): the name goes on past it, up to the comma closing the
        // apposition; an office after it is a second one
        // … and so does one joining two nouns into a compound (`chuyên gia
        // tài chính - ngân hàng`, a finance and banking expert): a word or
        // two
        let joins = is_dash(&tokens[used])
            && !dash_open
            && !roles_after.is_empty()
            && tokens.get(used + 1).is_some_and(|next| next.is_word)
            && data.titles.match_at(tokens, used + 1).is_none();
        // … and so does one joining a compound the body's name goes on
        // after (`Trưởng Phòng CSGT đường bộ - đường sắt Công an tỉnh X`),
        // also in an apposition a dash opened
        let inner_compound = joins_compound(tokens, used, data);
        // (a comma inside it leaves it open)
        dash_open = if is_dash(&tokens[used]) { !closes_dash } else { dash_open };
        let mut segment_end = apposition_end(tokens, used + 1, to, data);
        let inside_name = between_capitals(tokens, used);
        let compound = (1..=COMPOUND_PART_MAX_WORDS).contains(&(segment_end - (used + 1)))
            && tokens[used + 1..segment_end].iter().all(|t| t.is_word);
        // the body an office is of, set off by a comma of its own (`…,
        // Trưởng phòng Dự báo thời tiết, Trung tâm Dự báo khí tượng thủy văn
        // quốc gia, …`, `…, Cục trưởng Cục Quản lý giá, Bộ Tài chính cho
        // biết`), goes on with it: a capitalised word that opens no office,
        // person or name opens it
        let body_of_office = tokens[used].folded == ","
            && !roles_after.is_empty()
            && tokens.get(used + 1).is_some_and(|next| next.capitalised)
            && opens_no_office_or_person(tokens, used + 1, data);
        // … and so does a city or a country alone (`Trưởng khoa Tiêu hóa
        // Bệnh viện Bạch Mai, Hà Nội,`): where the body is, no office
        let place_of_body = tokens[used].folded == "," && is_place_span(tokens, used + 1, segment_end, data);
        // (a body or a place, after their comma, may end an apposition a
        // dash opened, before the dash closing it)
        let before_closing_dash = dash_open && (body_of_office || place_of_body);
        if (joins && (inside_name || compound) || inner_compound || body_of_office || place_of_body)
            && (!tokens.get(segment_end).is_some_and(is_dash) || before_closing_dash)
            && let Some(previous) = roles_after.last_mut()
            && let Some(longer) = span(source, tokens, previous_start, segment_end)
        {
            *previous = longer;
            dash_open = before_closing_dash;
            used = segment_end;
            continue;
        }
        // a dash inside a body's name (`giám đốc Sở Lao động - Thương binh
        // và Xã hội - cho biết`): the apposition a dash opened closes at
        // the dash before the predicate, not at the name's own
        if is_dash(&tokens[used]) {
            while let Some(next_end) = inner_dash_segment_end(tokens, segment_end, to, data) {
                segment_end = next_end;
            }
        }
        // the act of speaking and its scene (`Bà X, phát biểu tại hội nghị,
        // cho biết …`): what the person did, not what they are
        if data
            .speaking_acts
            .match_at(tokens, used + 1)
            .is_some_and(|n| data.scene_prepositions.match_at(tokens, used + 1 + n).is_some())
        {
            used = segment_end;
            continue;
        }
        // particulars, not a role: an age (`56 tuổi`; no role opens with a
        // number) or where the person lives or comes from (`trú tại …`)
        let particulars = tokens.get(used + 1).is_some_and(|t| t.folded.starts_with(|c: char| c.is_ascii_digit()))
            || data.person_details.match_at(tokens, used + 1).is_some();
        // (the comma may end the text: nothing after it)
        let place_of_particulars = after_particulars
            && tokens[used].folded == ","
            && tokens.get(used + 1).is_some_and(|t| t.capitalised)
            && data.titles.match_at(tokens, used + 1).is_none();
        after_particulars = particulars || place_of_particulars;
        if after_particulars {
            used = segment_end;
            continue;
        }
        // an address goes on across the comma (`…, nông dân ở huyện Châu
        // Thành, tỉnh An Giang,`): the place belongs to the phrase before it
        let goes_on_address = data.admin_units.match_at(tokens, used + 1).is_some()
            && !tokens[used + 1].capitalised
            && tokens[used].folded == ",";
        let role = match role_of(used + 1, (used + 1..segment_end).find(|&j| !tokens[j].is_word).unwrap_or(segment_end))
        {
            Some(role) => Some(span(source, tokens, used + 1, segment_end).unwrap_or(role)),
            // after an apposition a comma closed, words in lower case with
            // no comma of their own are the predicate (`Ông X, Chánh văn
            // phòng Sở Y, từ chối trả lời …`, `…, nêu nhận xét`), not a
            // description; a name there is the body the person works for
            // (`…, Giám đốc Tư vấn đầu tư, CTCK Maybank KimEng Vietnam nhận
            // định`)
            // … and what the person does is no description either: an
            // office's act (`…, chủ trì cuộc họp, thẳng thắn nói`, chairing
            // the meeting) or what follows the dash closing an apposition
            // (`ông X - giám đốc Sở Y - dừng lại, …`)
            None if descriptors
                && !closes_dash
                && data.office_acts.match_at(tokens, used + 1).is_none()
                && (roles_after.is_empty()
                    || goes_on_address
                    || tokens.get(used + 1).is_some_and(|t| t.capitalised)
                    || tokens.get(segment_end).is_some_and(|t| t.folded == "," || is_dash(t))) =>
            {
                span(source, tokens, used + 1, segment_end)
            }
            None => None,
        };
        let Some(role) = role else { break };
        // `Ông X, Giám đốc Sở Y tế, đã khẳng định …`: the apposition closed,
        // what follows the comma is the predicate's auxiliary
        if (used + 1..segment_end).all(|j| is_stop(&tokens[j], data)) {
            used = segment_end;
            continue;
        }
        // `Phó Thủ tướng X, Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch Y cùng
        // …`: an office followed by its own holder's name is another person
        // (after a name its office stood before, one ending the sentence
        // too: `Cùng dự có Bộ trưởng Bộ Ngoại giao X, Bộ trưởng, Chủ nhiệm
        // Văn phòng Chính phủ Y.`, a list)
        if names_another_holder(tokens, used + 1, to, role_before.is_some(), data) {
            break;
        }
        // a full name after the comma is no role: it goes on with a list
        // of people the description before it ends in (`…, bào chữa cho
        // các bị cáo Huỳnh Công Tân, Nguyễn Thị Mai Nhi, …`), or it is
        // another person
        let full_name = |a: usize, b: usize| {
            (FULL_NAME_MIN_WORDS..=NAME_MAX_WORDS).contains(&(b - a))
                && data.name_anchors.match_at(tokens, a).is_some()
                && tokens[a..b].iter().all(|t| t.is_word && t.capitalised)
        };
        if full_name(used + 1, segment_end) {
            let lists_names = (previous_start..used).any(|a| full_name(a, used));
            match roles_after.last_mut() {
                Some(previous) if lists_names => {
                    *previous = span(source, tokens, previous_start, segment_end).unwrap_or(role);
                    used = segment_end;
                    continue;
                }
                _ => break,
            }
        }
        match roles_after.last_mut() {
            Some(previous) if goes_on_address => {
                *previous = span(source, tokens, previous_start, segment_end).unwrap_or(role);
            }
            _ => {
                previous_start = used + 1;
                roles_after.push(role);
            }
        }
        used = segment_end;
    }
    // a one-word name refers back to someone named before (`ông Hùng`),
    // unless an honorific and a description introduce it (`Anh Minh, tiểu
    // thương chợ Bến Thành, cho biết`): people met in the street are named so
    let introduces = introduced && (role_before.is_some() || !roles_after.is_empty());
    // … and so do the initials of a whole name (`chị L.T.H`)
    let whole_name_initials = || {
        let word = &source[tokens[k].start..tokens[k].end];
        word.contains('.') && text::is_initial(word)
    };
    let bare = anchored.is_none_or(|a| a != found) && found.1 - k == 1 && !introduces && !whole_name_initials();
    let mut roles = role_before.into_iter().chain(roles_after);
    let mention = Mention {
        name: span(source, tokens, k, e),
        title,
        role: roles.next(),
        extra_roles: roles.collect(),
        pronoun: false,
        bare,
        gender: None,
        from_abroad: false,
        describes_known_person: false,
        speaks_for_many: false,
    };
    Some((mention, used - from))
}

/// Longest aside in brackets after a Vietnamese name, in tokens: an
/// office with its body and place, or the age and address of someone met
/// in the street; a longer bracket holds a clause of its own.
const BRACKETED_ASIDE_MAX_TOKENS: usize = 24;

/// The `)` closing the bracket opened at `open`, before `to` and within
/// [`BRACKETED_ASIDE_MAX_TOKENS`]: an aside of a Vietnamese name's
/// phrase.
fn aside_close(tokens: &[Token], open: usize, to: usize) -> Option<usize> {
    (open + 1..to.min(open + 1 + BRACKETED_ASIDE_MAX_TOKENS)).find(|&k| tokens[k].folded == ")")
}

/// Fewest words in lower case between two titles that make a clause of
/// their own rather than one office: `nước tiếp` in `Chủ tịch nước tiếp
/// đại sứ …`; `phụ trách` alone (`Phó Giám đốc phụ trách …`) is no clause.
const CLAUSE_MIN_WORDS: usize = 2;

/// The start of the last title between `from` (where a role opens) and
/// the name at `name_start` that a clause in lower case stands before,
/// when there is one: the title the name holds.
fn nearer_title_after_clause(tokens: &[Token], from: usize, name_start: usize, data: &LanguageData) -> Option<usize> {
    let first_title_end = from + data.titles.match_at(tokens, from)?;
    let lower_case = |j: usize| tokens[j].is_word && !tokens[j].capitalised;
    (first_title_end + 1..name_start).rev().find(|&t| {
        data.titles.match_at(tokens, t).is_some_and(|n| t + n <= name_start)
            // not the second word of a longer title (`phó trưởng`)
            && data.titles.match_at(tokens, t - 1).is_none()
            && !data.concurrent_office_joiners.contains(&tokens[t - 1].folded)
            && (first_title_end..t).filter(|&j| lower_case(j)).count() >= CLAUSE_MIN_WORDS
            && lower_case(t - 1)
    })
}

/// Where a Vietnamese apposition opening at `from` ends: at the next
/// punctuation, or, when no comma closes it, where the clause's speech
/// verb and the auxiliaries before it start (`Phạm Chí Dũng, Chủ tịch Hội
/// Nhà báo Độc lập có nói: …`, `… đã cho biết rằng …`). The verb must
/// close the phrase (before its colon, `rằng` or the quotation): speech
/// verbs are nouns inside roles too (`chuyên gia phân tích thị trường`).
/// Fewest capitalised words of the full name that [`apposition_end`]
/// takes for another person's after a function word: a family name and a
/// given name.
const FULL_NAME_AFTER_JOINER_MIN_WORDS: usize = 2;

fn apposition_end(tokens: &[Token], from: usize, to: usize, data: &LanguageData) -> usize {
    // a comma inside brackets the apposition holds (`Chủ tịch UBND xã X
    // (huyện Y, tỉnh Z) cho biết`, where the commune is) does not close it
    let mut j = from;
    let punctuation = loop {
        if j >= to {
            break to;
        }
        if tokens[j].folded == "("
            && let Some(close) = aside_close(tokens, j, to)
        {
            j = close + 1;
            continue;
        }
        if matches!(&*tokens[j].folded, "," | ";" | "." | "!" | "?" | ":") || is_dash(&tokens[j]) {
            break j;
        }
        // a quotation longer than a firm's name in it opens what is said
        // (`Theo ông X, Giám đốc Sở Y tế “tình hình …”`)
        if text::is_opening_mark(&tokens[j].folded)
            && text::closing_token(tokens, j, to.min(j + 2 + QUOTED_NAME_MAX_WORDS)).is_none()
        {
            break j;
        }
        j += 1;
    };
    let closed_by_comma = punctuation < to && (tokens[punctuation].folded == "," || is_dash(&tokens[punctuation]));
    let lower = |j: usize| tokens[j].is_word && !tokens[j].capitalised;
    // right after a capitalised word, the end of a body's or a place's
    // name (`Giám đốc Trung tâm Y tế tỉnh Bình Phước cho biết vừa có …`),
    // a speech verb is the predicate: inside a role it follows a noun in
    // lower case (`chuyên gia phân tích`)
    // (an administrative unit standing for the one the article is about
    // ends a body's name too: `Chủ tịch UBND tỉnh`, `Sở Y tế tỉnh`)
    // (… or a bracket closed after one: `… (huyện Y, tỉnh Z) xác nhận`)
    let after_name = |j: usize| {
        tokens[j - 1].is_word && (!lower(j - 1) || data.admin_units.match_ending_at(tokens, j).is_some())
            || tokens[j - 1].folded == ")"
    };
    // an adverb ends it after the small syllable of a capitalised word too:
    // a body's name capitalises only its words' first syllables (`Bộ Công
    // an cũng cho hay`, `Văn phòng Chính phủ đã làm rõ`); an office's act
    // may be a word of the name there (`Trung tâm Y tế dự phòng`)
    let after_name_word = |j: usize| after_name(j) || j >= from + 2 && tokens[j - 2].is_word && !lower(j - 2);
    // so does what an office's holder does (`… tỉnh chủ trì phiên họp`,
    // `… tỉnh dự`) or an adverb before it (`… tỉnh đã ký …`)
    // … or after a demonstrative, which closes a noun phrase (`…, tiểu
    // thương khu chợ này cũng lắc đầu`, a trader at this market also shook
    // her head)
    let after_demonstrative = |j: usize| j > from && data.demonstratives.contains(&tokens[j - 1].folded);
    let opens_predicate = |j: usize| {
        after_name(j) && data.office_acts.match_at(tokens, j).is_some()
            || (after_name_word(j) || after_demonstrative(j)) && data.adverbs.match_at(tokens, j).is_some()
    };
    // … and after the small syllable of one (`Sở Tài chính cho biết …`),
    // unless the verb is a noun of speech, which may be a word of the
    // body's name itself
    let closes_phrase = |j: usize| {
        opens_predicate(j)
            || data.speech_verbs.match_at(tokens, j).is_some_and(|n| {
                j + n == punctuation
                    || after_name(j)
                    || after_name_word(j) && data.speech_nouns.match_at(tokens, j).is_none()
                    || tokens[j + n - 1].folded == "rằng"
                    || tokens.get(j + n).is_some_and(|t| matches!(&*t.folded, "rằng" | "“" | "\""))
            })
    };
    // the act of speaking and its scene (`… phát biểu tại hội nghị, …`)
    // close the phrase even where a comma follows them; other speech verbs
    // may be nouns of a role there (`chuyên gia phân tích tại Capital.com`)
    let before_scene = |j: usize| {
        data.speaking_acts
            .match_at(tokens, j)
            .is_some_and(|n| data.scene_prepositions.match_at(tokens, j + n).is_some())
    };
    // in an office, a preposition before an event sets the scene (`Chủ
    // tịch UBND tỉnh tại phiên thảo luận …`) where one before a place
    // would join the office to it (`Tổng lãnh sự Việt Nam tại Houston`)
    let opens_office = data.titles.match_at(tokens, from).is_some();
    let before_event = |j: usize| {
        opens_office
            && data
                .scene_prepositions
                .match_at(tokens, j)
                .is_some_and(|n| data.event_nouns.match_at(tokens, j + n).is_some())
    };
    // `… Chủ tịch HĐND tỉnh và các đồng chí: …`: a function word before
    // an honorific joins other people to the person, and ends the role;
    // so does a word joining company before any words (`… Bí thư Thành
    // ủy cùng Thường trực UBND thành phố chủ trì`, with the city's board)
    // … and so does one before another person's full name (`nhà báo X –
    // phó Tổng biên tập báo Y và Vũ Hoàng Long – …`): a family name opening
    // a run of capitalised words, as no body's name after `và` has (`Bộ
    // Giáo dục và Đào tạo`), nor a place (`tại Hà Nội`)
    let full_name_at = |k: usize| {
        k < punctuation
            && data.name_anchors.match_at(tokens, k).is_some()
            && !opens_place(tokens, k, data)
            && (k..punctuation).take_while(|&j| tokens[j].is_word && !lower(j)).count()
                >= FULL_NAME_AFTER_JOINER_MIN_WORDS
    };
    // … and so does one before other holders of an office (`… và các đại
    // biểu`, and the delegates), or before a count of people (`… Tây Nam
    // Bộ và hơn 500 đại biểu`): no role goes on into a plural or a number
    let number_at = |k: usize| k < punctuation && tokens[k].folded.bytes().all(|b| b.is_ascii_digit());
    let others_joined = (from + 1..punctuation).find(|&j| {
        lower(j)
            && (data.comitatives.match_at(tokens, j).is_some()
                || is_stop(&tokens[j], data) && {
                    let marker = data.noun_markers.match_at(tokens, j + 1);
                    let k = j + 1 + marker.unwrap_or(0);
                    k < punctuation
                        && (data.honorifics.match_at(tokens, k).is_some()
                            || marker.is_some() && data.titles.match_at(tokens, k).is_some())
                        || full_name_at(j + 1)
                        || number_at(j + 1)
                        || j + 1 < punctuation && lower(j + 1) && number_at(j + 2)
                })
    });
    // … and so does a subordinate clause (`… Chủ tịch UBND huyện Phong
    // Điền để nắm rõ thông tin`, the chairman, to learn the facts): what
    // someone did it for or when, no part of an office
    let subordinate = (from + 1..punctuation).find(|&j| lower(j) && data.subordinators.match_at(tokens, j).is_some());
    let punctuation = others_joined.into_iter().chain(subordinate).min().unwrap_or(punctuation);
    // (a comma closing the phrase leaves a speech verb inside it a noun of
    // the role, but where it follows a name: `Ông X - Chủ tịch UBND phường
    // An Xuân cho biết, …`, `…, người phát ngôn Bộ Công an cũng cho hay
    // vừa qua …, …`)
    // … and a speech verb right before that comma is the predicate when no
    // speech verb comes after the comma (`Anh X, chỉ huy trưởng công trường
    // cho biết, lúc này …`): a role's noun leaves the verb to come (`X,
    // chuyên gia phân tích, cho rằng …`)
    let predicate_before_comma = |j: usize| {
        closed_by_comma
            && data.speech_verbs.match_at(tokens, j).is_some_and(|n| j + n == punctuation)
            && !(punctuation + 1..tokens.len()).any(|k| {
                data.speech_verbs.match_at(tokens, k).is_some() || data.weak_speech_verbs.match_at(tokens, k).is_some()
            })
    };
    // a time after a body's name is when its holder acted (`… Bộ Công an
    // chiều nay xác nhận`, `… Sở Y tế sáng 12/5 cho biết`), no part of the
    // office: a day's part before `nay`, `qua` or a date
    let time_after_name = |j: usize| {
        after_name_word(j)
            && (data.relative_day_phrases.match_at(tokens, j).is_some()
                || data.time_openers.match_at(tokens, j).is_some()
                    && tokens.get(j + 1).is_some_and(|t| t.folded.starts_with(|c: char| c.is_ascii_digit())))
    };
    // a marker of tense or aspect opens what the holder did, or does,
    // after any word of an office (`…, Trưởng Ban Chỉ đạo về thiên tai đã
    // chủ trì cuộc họp`, `…, chuyên gia đã làm việc 20 năm, …`): no office
    // holds one, where another adverb may be a word of it (`chỉ huy
    // trưởng`)
    let aspect = |j: usize| data.aspect_markers.match_at(tokens, j).is_some();
    let Some(verb) = (from + 1..punctuation).find(|&j| {
        lower(j)
            && ((!closed_by_comma || after_name_word(j)) && closes_phrase(j)
                || aspect(j)
                || predicate_before_comma(j)
                || before_scene(j)
                || before_event(j)
                || time_after_name(j))
    }) else {
        return punctuation;
    };
    (from + 1..verb).rev().take_while(|&j| lower(j) && is_stop(&tokens[j], data)).last().unwrap_or(verb)
}

/// The second noun of a compound joined by a dash (`tài chính - ngân
/// hàng`, `kinh tế - xã hội`) is a word of one or two syllables.
const COMPOUND_PART_MAX_WORDS: usize = 2;

/// Whether the mark at `at` (a dash, a comma) stands between the words of
/// a name: a capitalised word after it, and before it a capitalised
/// syllable or the syllable after one, as Vietnamese capitalises only a
/// word's first (`Lao động - Thương binh`, `Bộ Thông tin - Truyền thông`).
fn between_capitals(tokens: &[Token], at: usize) -> bool {
    let ends_capitalised_word =
        at > 0 && tokens[at - 1].is_word && (tokens[at - 1].capitalised || at > 1 && tokens[at - 2].capitalised);
    ends_capitalised_word && tokens.get(at + 1).is_some_and(|next| next.capitalised)
}

fn is_dash(token: &Token) -> bool {
    text::is_dash(&token.folded)
}

/// Syllables of each noun a dash joins into a compound inside a body's
/// name (see [`joins_compound`]): two, as most Vietnamese nouns have; a
/// single syllable after a dash is as often a verb (`Y tế - ký`).
const COMPOUND_NOUN_WORDS: usize = 2;

/// Whether the dash at `dash` joins two nouns of two syllables each in
/// lower case into a compound that a body's name goes on after in
/// capitals (`Phòng CSGT đường bộ - đường sắt Công an tỉnh X`, the road
/// and rail traffic police). The parts' length and the capital after them
/// tell it from a dash closing an apposition before its predicate
/// (`Giám đốc Sở Y tế - ký Quyết định …`); no stopword or speech verb is
/// one of the nouns (`… cổ phần - đã ký Hợp đồng`, `… - khẳng định Việt
/// Nam …`).
fn joins_compound(tokens: &[Token], dash: usize, data: &LanguageData) -> bool {
    let n = COMPOUND_NOUN_WORDS;
    let noun_word =
        |k: usize| tokens.get(k).is_some_and(|t| t.is_word && !t.capitalised && !data.stopwords.contains(&t.folded));
    is_dash(&tokens[dash])
        && dash >= n
        && (dash - n..dash).all(noun_word)
        && (dash + 1..=dash + n).all(noun_word)
        && tokens.get(dash + n + 1).is_some_and(|t| t.capitalised)
        && data.speech_verbs.match_at(tokens, dash + 1).is_none()
        && data.weak_speech_verbs.match_at(tokens, dash + 1).is_none()
}

/// When the dash at `dash` stands inside the name of a body and not at an
/// apposition's end: where the rest of the name ends, at a second dash with
/// no speech verb, honorific or pronoun before it (`Sở Lao động - Thương
/// binh và Xã hội - nhận định`, `Trường ĐH Bách khoa - ĐH Quốc gia TP.HCM
/// - cho biết`).
fn inner_dash_segment_end(tokens: &[Token], dash: usize, to: usize, data: &LanguageData) -> Option<usize> {
    if dash >= to || !is_dash(&tokens[dash]) {
        return None;
    }
    let end = apposition_end(tokens, dash + 1, to, data);
    // the closing dash may stand at `to`, where a caller ended the subject
    let names_a_body = end > dash + 1
        && tokens.get(end).is_some_and(is_dash)
        && (dash + 1..end).all(|j| {
            data.speech_verbs.match_at(tokens, j).is_none()
                && data.honorifics.match_at(tokens, j).is_none()
                && data.pronouns.match_at(tokens, j).is_none()
        });
    names_a_body.then_some(end)
}

/// A full Vietnamese name has three syllables or more; two-syllable runs
/// opened by a family name are as often places (`Bạch Mai`, `Lê Lợi`).
const FULL_NAME_MIN_WORDS: usize = 3;

/// Fewest words of a holder's name right after an office's title (`Chủ
/// tịch nước Tô Lâm`): a family name and a given name, as no place follows
/// a bare title (a place follows a body's name: `Bệnh viện Bạch Mai`).
const TITLED_NAME_MIN_WORDS: usize = 2;

/// Whether the office phrase opening at `from` goes on (across the commas
/// inside a body's name) to a full name of its own that the clause goes on
/// after (`Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch Nguyễn Văn Hùng cùng
/// …`): that name holds the office. A name that closes the apposition
/// (`…, Hiệu trưởng Trường THPT Nguyễn Thị Minh Khai, cho biết`) names the
/// body instead; one ending the sentence does so too unless
/// `closing_sentence` says it names a holder there.
fn names_another_holder(tokens: &[Token], from: usize, to: usize, closing_sentence: bool, data: &LanguageData) -> bool {
    let capitalised = |k: usize| k < to && tokens[k].capitalised;
    // the office's phrase: commas go on inside a body's name only
    // (`Bộ Văn hóa, Thể thao và Du lịch`); one before a word in lower case
    // ends it (`…, từ 2011 đến 2016 …`). So do dashes (`Bộ Thông tin -
    // Truyền thông`): between capitals, one stands inside the name
    let clause_end = (from..to)
        .find(|&j| match &*tokens[j].folded {
            ";" | "." | "!" | "?" | ":" => true,
            "," => !capitalised(j + 1),
            folded => text::is_dash(folded) && !(j + 1 < to && between_capitals(tokens, j)),
        })
        .unwrap_or(to);
    // a name opens a run of capitals, or follows the country or place a
    // body's name ends with (`Bộ Ngoại giao Việt Nam Lê Hải Bình`)
    let after_place = |k: usize| place_ending_at(tokens, k, data).is_some();
    (from + 1..clause_end).any(|k| {
        if !capitalised(k) || capitalised(k - 1) && !after_place(k) || data.name_anchors.match_at(tokens, k).is_none() {
            return false;
        }
        let e = (k + 1..clause_end).find(|&e| !capitalised(e)).unwrap_or(clause_end);
        let ends_sentence = e == to || matches!(&*tokens[e].folded, "." | ";");
        // right after an office's title, with no body named between, a
        // name of two syllables is its holder's (`Chủ tịch nước Tô Lâm`): a
        // place follows a body's name (`Bệnh viện Bạch Mai`)
        let min_words =
            if data.titles.match_ending_at(tokens, k).is_some() { TITLED_NAME_MIN_WORDS } else { FULL_NAME_MIN_WORDS };
        (min_words..=NAME_MAX_WORDS).contains(&(e - k))
            && (e < clause_end && tokens[e].is_word || closing_sentence && ends_sentence)
    })
}

/// How many words of a place or a country end right before `end`, the
/// longest either list knows (`Việt Nam`, `châu Âu`).
fn place_ending_at(tokens: &[Token], end: usize, data: &LanguageData) -> Option<usize> {
    [&data.places, &data.countries].iter().filter_map(|lexicon| lexicon.match_ending_at(tokens, end)).max()
}

/// A word of two letters or more all in capitals (`HĐQT`, `UBND`): the
/// initials of a body; personal names are written in title case … except
/// in a label or a heading set in capitals (`PHÓ THỦ TƯỚNG VŨ ĐỨC ĐAM:`),
/// whose words are syllables, which initials are not.
/// Most words of a body's name in brackets after an office: `(Bộ Lao
/// động - Thương binh và Xã hội)` has seven, and a longer run is an
/// aside.
const BRACKETED_BODY_MAX_WORDS: usize = 8;

/// Whether the tokens open with an acronym in brackets (`(UBND)`) that
/// more words follow. In brackets a word in capitals is an acronym even
/// where it could be read as a syllable (`(SYT)`, Sở Y tế).
fn is_bracketed_acronym(source: &str, tokens: &[Token]) -> bool {
    matches!(tokens, [open, acronym, close, next, ..]
        if open.folded == "(" && acronym.is_word && close.folded == ")" && next.is_word
            && acronym.start == open.end && close.start == acronym.end
            && is_in_capitals(&source[acronym.start..acronym.end]))
}

/// Whether a person the article calls by one word only, which no full
/// name in it holds (see [`Register::resolve_provisional`]), is still
/// someone a reader can tell: an office names them (`Tổng thống Trump`,
/// `Bộ trưởng Dung`), and so does an honorific before a foreigner's family
/// name (`ông Trump`, `ông Park`), which the press calls them by without
/// ever giving the full name. A Vietnamese given name after an honorific
/// alone (`chị Lan`) refers back to someone named before, here no one, and
/// a capitalised word alone may be a place or a body speaking
/// (`Washington cho biết`). A rank says who speaks as an office does
/// (`Thượng tá Long`, the lieutenant colonel the police sent): officers
/// are named so in reports of their units' work.
pub fn is_identified_by_short_name(person: &Person, data: &LanguageData) -> bool {
    let foreign = |name: &str| {
        name.chars().all(|c| text::is_latin_letter(c) || matches!(c, '-' | '\'')) && !is_vietnamese_syllable(name)
    };
    let ranked = || person.title.as_deref().is_some_and(|title| data.military_ranks.is_entry(&text::fold(title)));
    !person.roles.is_empty() || person.title.is_some() && person.name.as_deref().is_some_and(foreign) || ranked()
}

/// Whether a word is shaped as no Vietnamese syllable and made of letters
/// (and the hyphens and apostrophes of `Jean-Pierre`, `O'Neil`): a word
/// of a foreign name.
fn is_foreign_word(word: &str) -> bool {
    !is_vietnamese_syllable(word) && word.chars().all(|c| c.is_alphabetic() || matches!(c, '-' | '\''))
}

/// Whether a word is an acronym: two letters or more, all capitals, and
/// not a Vietnamese syllable set in capitals (`TRẦN`, `HIỆP`).
fn is_acronym(word: &str) -> bool {
    is_in_capitals(word) && !is_vietnamese_syllable(word)
}

/// Whether no office, honorific or name opens at token `k`: a
/// capitalised word there after an office's comma opens the office's
/// body, not another office or person.
fn opens_no_office_or_person(tokens: &[Token], k: usize, data: &LanguageData) -> bool {
    [&data.titles, &data.honorifics, &data.name_anchors].iter().all(|l| l.match_at(tokens, k).is_none())
}

/// Whether the words `tokens[from..to]` read as a Vietnamese body's
/// name, not a person's: capitalised at the start, with a syllable in
/// lower case (`Bộ Tài chính`, `UBND tỉnh Nghệ An`) or an acronym (`Bộ
/// GD&ĐT`), which no person's name holds.
pub(crate) fn reads_as_body_name(source: &str, tokens: &[Token], from: usize, to: usize) -> bool {
    from < to
        && tokens[from].capitalised
        && tokens[from..to].iter().any(|t| !t.capitalised || is_acronym(&source[t.start..t.end]))
}

/// Whether a word has two letters or more and none in lower case.
fn is_in_capitals(word: &str) -> bool {
    word.chars().filter(|c| c.is_alphabetic()).count() >= 2 && !word.chars().any(char::is_lowercase)
}

/// A Vietnamese name or title written all in capitals (`TRẦN VĂN HIỆP`,
/// in a label or a caption set so) as the article would write it in
/// running text (`Trần Văn Hiệp`); any other text as it is.
pub fn in_title_case_if_capitals(name: &str) -> String {
    let capitals = name.chars().any(char::is_uppercase) && !name.chars().any(char::is_lowercase);
    if !capitals || !name.split(' ').all(is_vietnamese_syllable) {
        return name.to_owned();
    }
    let title_case = |word: &str| {
        let mut chars = word.chars();
        chars.next().map(|first| first.to_string() + &chars.as_str().to_lowercase()).unwrap_or_default()
    };
    name.split(' ').map(title_case).collect::<Vec<_>>().join(" ")
}

/// Academic and professional degree abbreviations that combine with dots
/// or hyphens into one title (`PGS.TS.BS`, `BS.CK2`, `ThS.DS`, `PGS-TS`).
/// Kept sorted.
const DEGREE_PARTS: &[&str] = &[
    "bs", "bsck", "bscki", "bsckii", "ck1", "ck2", "cki", "ckii", "ds", "gs", "ks", "ncs", "pgs", "ths", "ts", "tskh",
    "đd",
];

/// Whether a folded token is a chain of degree abbreviations.
fn is_degree_chain(folded: &str) -> bool {
    // a byte test first: it runs on every token of every sentence
    let is_joiner = |b: u8| b == b'.' || b == b'-';
    // `pgs.`: the dot of an abbreviation before the next word (see
    // `LanguageData::tokenize`)
    let chain = folded.strip_suffix('.').unwrap_or(folded);
    folded.bytes().any(is_joiner) && chain.split(['.', '-']).all(|part| DEGREE_PARTS.contains(&part))
}

/// A person of the document.
#[derive(Debug, Clone, Default)]
pub struct Person {
    pub name: Option<String>,
    pub title: Option<String>,
    pub roles: Vec<String>,
    pub quotes: usize,
    /// Folded name words, for matching short forms.
    folded_words: Vec<String>,
    /// What the honorifics or pronouns met so far say of them.
    gender: Option<Gender>,
    /// Known only by one word after an honorific (`ông Park`), before any
    /// sentence gave the full name: a person only once a full name holding
    /// that word turns up anywhere in the document (see
    /// [`Register::resolve_provisional`]).
    pub provisional: bool,
    /// Met by a seat alone (`عضو کمیسیون …`, see [`LanguageData::seats`])
    /// before any name: the person the article names next, whatever
    /// office that name is given with.
    by_seat: bool,
}

impl Person {
    /// Whether a mention saying `gender` (if it says one) may mean this
    /// person: their gender is unknown or the same.
    fn fits_gender(&self, gender: Option<Gender>) -> bool {
        gender.is_none_or(|gender| self.gender.is_none_or(|g| g == gender))
    }
}

/// The persons of one document, with the state that resolves references.
#[derive(Default)]
pub struct Register<'a> {
    pub persons: Vec<Person>,
    /// Words naming the page's own country (`کشورمان`, `Việt Nam`), which
    /// a role may add or leave out: see [`same_office`].
    home_country: Option<&'a Lexicon>,
    /// Epithets of headship (`người đứng đầu`): see
    /// [`LanguageData::epithets`].
    epithets: Option<&'a Lexicon>,
    /// Honorifics of a standing in a court case: see
    /// [`Register::may_hold`].
    case_honorifics: Option<&'a Lexicon>,
    /// Adjectives of countries, which an office met alone may hold: see
    /// [`without_demonym`].
    demonyms: Option<&'a Lexicon>,
    /// Seats among many (`عضو کمیسیون …`): see [`LanguageData::seats`].
    seats: Option<&'a Lexicon>,
    /// Indices merged away: `merged[i] = j` sends person i to person j.
    merged: Vec<usize>,
    /// The person the last sentence was about, for pronouns.
    last_subject: Option<usize>,
    /// The subjects of the last sentences, the latest last: a pronoun
    /// that says a woman or a man goes to the latest one it fits.
    recent_subjects: Vec<usize>,
    /// A role-only subject waiting for a name (`رییس دانشگاه … گفت`).
    pending_role: Option<usize>,
    /// The sentence [`Register::pending_role`] was set in.
    pending_role_sentence: usize,
    /// Every ending of every name (its last words run together, spaces
    /// dropped) → the person: `ابرازه` and `علیابرازه` → علی ابرازه.
    by_name_ending: HashMap<String, usize>,
    /// Whole names, spaces dropped → the person.
    by_full_name: HashMap<String, usize>,
    /// The current sentence's number, and the one the last subject was in.
    sentence: usize,
    last_subject_sentence: usize,
    /// The article's headline and body paragraphs, to find the person it
    /// is about (see [`protagonist`]) in when first asked.
    article: Option<(&'a str, &'a [String], &'a LanguageData)>,
    /// The full name of the person the article is about: who a pronoun
    /// means before anyone else was the subject of a sentence, and whom a
    /// short form of it names. Looked for only when a reference finds no
    /// one else, which few articles need.
    protagonist: std::cell::OnceCell<Option<String>>,
}

/// How many of the latest subjects a gendered pronoun looks back over: an
/// article alternates between two or three speakers.
const RECENT_SUBJECTS: usize = 4;

/// A role-only subject this many sentences after a named subject describes
/// that person (a quote goes on: `وی افزود … / عضو شورای روستا ادامه داد`).
const ANAPHORIC_ROLE_WINDOW: usize = 2;

/// Two role phrases name the same office when, spaces and spelling folded,
/// one starts with the other's first [`SAME_ROLE_MIN_CHARS`] characters:
/// `رییس سازمان پدافند غیرعامل` and `رئیس سازمان پدافند غیر عامل کشور`.
const SAME_ROLE_MIN_CHARS: usize = 16;

fn same_role(a: &str, b: &str) -> bool {
    let (a, b) = (squashed(a), squashed(b));
    let common = common_prefix_chars(&a, &b);
    let shorter = a.chars().count().min(b.chars().count());
    common == shorter || shares_long_start(&a, common, shorter)
}

/// Whether two [`squashed`] roles sharing `common` characters from the
/// start (`shorter` the length of the shorter) share enough to be one
/// office. Roles in Latin script (Vietnamese) must share all of the
/// shorter one: pages space their words alike, and two offices of one
/// title part at the capital naming each one's body, past any number of
/// shared characters (`Tổng Giám đốc Tập đoàn Điện lực …`, `Tổng Giám đốc
/// Tập đoàn Dầu khí …`).
fn shares_long_start(a: &str, common: usize, shorter: usize) -> bool {
    let latin = a.chars().next().is_some_and(text::is_latin_letter);
    common >= SAME_ROLE_MIN_CHARS && (common == shorter || !latin)
}

/// Two role phrases name the same specific office: they agree on at least
/// [`SAME_ROLE_MIN_CHARS`] characters from the start, or are the same
/// phrase of two words or more (`وزیر نیرو`), spaces and spelling folded (a
/// one-word role such as `وزیر` names no one office).
/// A trailing mention of the page's own country is left out first: a lead
/// says `وزیر امور خارجه کشورمان گفت` and the next paragraph names `عباس
/// عراقچی وزیر امور خارجه`, one office (a foreign country, `… آمریکا`,
/// stays and keeps the offices apart). The short form that leaves out one
/// word inside the phrase is the same office too: `وزیر خارجه` for `وزیر
/// امور خارجه`, `Bộ trưởng Công Thương` for `Bộ trưởng Bộ Công Thương`.
fn same_office(a: &str, b: &str, home_country: Option<&Lexicon>) -> bool {
    let (a, b) = (without_home_country(a, home_country), without_home_country(b, home_country));
    let (squashed_a, squashed_b) = (squashed(a), squashed(b));
    let shorter = squashed_a.chars().count().min(squashed_b.chars().count());
    shares_long_start(&squashed_a, common_prefix_chars(&squashed_a, &squashed_b), shorter) || same_office_phrase(a, b)
}

/// Whether `long` is `short` and more words after it, folding aside, and
/// `short` is an office of its own (see [`RUN_ON_BOUND_MIN_WORDS`]).
fn runs_on_from(long: &str, short: &str) -> bool {
    short.split_whitespace().nth(RUN_ON_BOUND_MIN_WORDS - 1).is_some()
        && goes_on_past(&text::fold_cow(long), &text::fold_cow(short))
}

/// Whether `long` is `short` and more words after it (both folded alike).
fn goes_on_past(long: &str, short: &str) -> bool {
    long.strip_prefix(short).is_some_and(|rest| rest.starts_with(' '))
}

/// Whether two folded roles are one office but for the aside in brackets
/// closing one or both, which says where the body is and may say it more
/// fully the second time (`hiệu trưởng trường THCS X (huyện Y)`, `…
/// (xã Z, huyện Y)`).
fn same_but_for_aside(a: &str, b: &str) -> bool {
    fn office(role: &str) -> &str {
        role.strip_suffix(')').and_then(|inside| inside.rfind('(')).map_or(role, |open| role[..open].trim_end())
    }
    let (a, b) = (office(a), office(b));
    a.split_whitespace().nth(1).is_some() && a == b
}

/// Fewest words of an office given with a name that bounds the same
/// office met alone before: a title and a body (`سخنگوی سازمان هواپیمایی`,
/// `Bộ trưởng Y tế`). A bare title (`Bộ trưởng`, `وزیر`) stands for the
/// longer office, which stays.
const RUN_ON_BOUND_MIN_WORDS: usize = 3;

/// [`same_office`] by the whole phrase: the same words of two or more,
/// or one the short form of the other, the home country left out. No
/// common start will do: a subject that ran on into its predicate
/// (`رییس سازمان پدافند غیرعامل استفاده از …`) starts like its office.
fn same_office_phrase(a: &str, b: &str) -> bool {
    a.split_whitespace().nth(1).is_some() && same_when_squashed(a, b)
        || is_short_form(a, b)
        || is_short_form(b, a)
        || is_list_head(a, b)
        || is_list_head(b, a)
}

/// Whether `short`, of two words or more, is `long` up to the comma of a
/// list in a body's name: `وزیر علوم` is how pages call `وزیر علوم،
/// تحقیقات و فناوری`.
fn is_list_head(short: &str, long: &str) -> bool {
    // most roles hold no comma: this runs for every pair of a person's
    // roles at every mention, and folds only where one may stand
    long.contains(['،', ','])
        && short.split_whitespace().nth(1).is_some()
        && text::fold_cow(long)
            .strip_prefix(&*text::fold_cow(short))
            .is_some_and(|rest| rest.trim_start().starts_with(['،', ',']))
}

/// Longest noun joined by `and` that a short form of an office leaves
/// out, in words: a Vietnamese noun is two syllables (`và Lao động`).
const JOINED_NOUN_MAX_WORDS: usize = 2;

/// Most words a Persian short form of an office leaves out inside it: a
/// qualifier of one or two words (`کل` in `رئیس کل بانک مرکزی`, `تیم
/// فوتبال` in `سرمربی تیم فوتبال پرسپولیس`). A Vietnamese one leaves out
/// one syllable (`Bộ` in `Bộ trưởng Bộ Công Thương`): two make a word, and
/// a word more names another body (`Sở Nội vụ Lao động`).
const PERSIAN_QUALIFIER_MAX_WORDS: usize = 2;

/// Whether `short` is `long` without a word inside it (not its first or
/// last; in Persian up to [`PERSIAN_QUALIFIER_MAX_WORDS`]), or without a
/// noun joined by `and` (`معاون حمل و نقل شهرداری` for `معاون حمل و نقل و
/// ترافیک شهرداری`), both of two words or more, spelling folded.
fn is_short_form(short: &str, long: &str) -> bool {
    // counted before anything is folded: this runs for every pair of a
    // person's roles at every mention, and most pairs differ in length
    let (short_words, long_words) = (text::words(short).count(), text::words(long).count());
    if short_words < 2 || !(short_words + 1..=short_words + JOINED_NOUN_MAX_WORDS + 1).contains(&long_words) {
        return false;
    }
    let words = |role: &str| -> Vec<String> { text::words(role).map(text::fold).collect() };
    let (short, long) = (words(short), words(long));
    // (folding keeps the words counted above: one to three are left out)
    let left_out = long.len() - short.len();
    let qualifier_max = if short[0].starts_with(text::is_latin_letter) { 1 } else { PERSIAN_QUALIFIER_MAX_WORDS };
    short.len() >= 2
        && (1..long.len() - left_out).any(|at| {
            (left_out <= qualifier_max || matches!(long[at].as_str(), "و" | "và"))
                && long[..at] == short[..at]
                && long[at + left_out..] == short[at..]
        })
}

/// Whether a person's roles list this office already: the same phrase, or
/// the office written short or in full (`وزیر خارجه` beside `وزیر امور
/// خارجه`), with or without the home country (`… کشورمان`), whose form
/// listed first stays.
fn lists_office(roles: &[String], role: &str, home_country: Option<&Lexicon>) -> bool {
    if roles.is_empty() {
        return false;
    }
    let folded = text::fold_cow(role);
    // the role itself, or one of concurrent offices listed with commas
    // (folding keeps `, ` as it is), or the start of one, the words that
    // the office's title stands for left out (`Bộ trưởng` when the
    // article names `Bộ trưởng Singh` after `Bộ trưởng Y tế Jitendra
    // Singh`)
    let lists = |r: &str| {
        let known = text::fold_cow(r);
        known == folded
            || known.split(", ").any(|office| office == folded)
            || goes_on_past(&known, &folded)
            || same_but_for_aside(&known, &folded)
    };
    if roles.iter().any(|r| lists(r) || same_office_phrase(r, role)) {
        return true;
    }
    // the home country left out, only where one is named: this runs for
    // every mention of a person
    let names_home = |phrase: &str| home_country.is_some_and(|h| h.occurs_in(&text::fold_cow(phrase)));
    if !names_home(role) && !roles.iter().any(|r| names_home(r)) {
        return false;
    }
    let role = without_home_country(role, home_country);
    roles.iter().any(|r| same_office_phrase(without_home_country(r, home_country), role))
}

/// A role without the words naming the page's own country at its end
/// (`رئیس جمهور کشورمان` → `رئیس جمهور`); a role that is nothing else stays.
fn without_home_country<'r>(role: &'r str, home_country: Option<&Lexicon>) -> &'r str {
    let Some(home_country) = home_country else { return role };
    let tokens = text::tokenize(role);
    match home_country.match_ending_at(&tokens, tokens.len()) {
        Some(n) if n < tokens.len() => role[..tokens[tokens.len() - n].start].trim_end(),
        _ => role,
    }
}

/// An office without the adjective of a country after its title (`سرمربی
/// پرتغالی تیم ملی` → `سرمربی تیم ملی`), which describes its holder, not
/// the office; `None` when there is none.
fn without_demonym(role: &str, demonyms: &Lexicon) -> Option<String> {
    // (words split at spaces, no tokens: this runs for every mention with
    // an office)
    let (title, after_title) = role.split_once(' ')?;
    let (adjective, rest) = after_title.split_once(' ').filter(|(_, rest)| !rest.is_empty())?;
    demonyms.contains(&text::fold_cow(adjective)).then(|| format!("{title} {rest}"))
}

/// How many characters two texts share from their start.
fn common_prefix_chars(a: &str, b: &str) -> usize {
    a.chars().zip(b.chars()).take_while(|(x, y)| x == y).count()
}

/// A role folded with its spaces dropped, as pages write `غیرعامل` and
/// `غیر عامل`, and without the `ی` of the ezafe a word ending in a vowel
/// takes before the next (`سخنگوی دولت`), which some pages leave out
/// (`سخنگو دولت`).
fn squashed(role: &str) -> String {
    squashed_chars(&text::fold_cow(role)).collect()
}

/// Whether two roles are the same [`squashed`], without building either.
fn same_when_squashed(a: &str, b: &str) -> bool {
    let (a, b) = (text::fold_cow(a), text::fold_cow(b));
    squashed_chars(&a).eq(squashed_chars(&b))
}

/// The characters of a folded role as [`squashed`] keeps them.
fn squashed_chars(folded: &str) -> impl Iterator<Item = char> + '_ {
    folded.split_whitespace().flat_map(|word| {
        let without_ezafe = word
            .strip_suffix('ی')
            .filter(|stem| stem.ends_with(['و', 'ا']) && stem.chars().nth(1).is_some())
            .unwrap_or(word);
        without_ezafe.chars()
    })
}

impl<'a> Register<'a> {
    /// An empty register for a language's documents.
    pub fn new(data: &'a LanguageData) -> Self {
        Register {
            home_country: Some(&data.home_country),
            epithets: Some(&data.epithets),
            case_honorifics: Some(&data.case_honorifics),
            demonyms: Some(&data.demonyms),
            seats: Some(&data.seats),
            ..Register::default()
        }
    }

    /// Whether an office is a seat among many (see [`LanguageData::seats`]).
    fn is_seat(&self, role: &str) -> bool {
        self.seats.is_some_and(|seats| seats.starts(&text::fold(role)))
    }

    /// Whether an office may be a seat: it opens with a seat's first word,
    /// which may name a seat the lexicon does not list whole (`نماینده
    /// خمینی شهر`, the member for Khomeini Shahr, beside `نماینده مردم`).
    fn may_be_seat(&self, role: &str) -> bool {
        let folded = text::fold(role);
        self.seats.is_some_and(|seats| folded.split(' ').next().is_some_and(|word| seats.opens_with(word)))
    }

    /// Whether someone called by this honorific (if any) may hold an
    /// office the article names without a name (`chủ tọa phiên tòa`, the
    /// presiding judge): not when it says a standing in a court case
    /// (`bị cáo`, the defendant; `Luật sư`, counsel), which tells who the
    /// person is, and is no office of the officials listed.
    pub(crate) fn may_hold(&self, title: Option<&str>) -> bool {
        title.is_none_or(|title| {
            !self.case_honorifics.is_some_and(|standings| standings.is_entry(&text::fold_cow(title)))
        })
    }

    /// Follows merges to the person an index stands for now.
    pub fn resolve(&self, mut index: usize) -> usize {
        while self.merged[index] != index {
            index = self.merged[index];
        }
        index
    }

    /// Registers a mention and returns the person it refers to. A subject
    /// (the phrase a sentence opens with) updates what pronouns refer to.
    pub fn refer(&mut self, mention: &Mention, subject: bool) -> Option<usize> {
        let mut title_in_name = false;
        let index = if mention.pronoun
            && let Some(standing) = &mention.title
        {
            // `bị cáo cho rằng …` (the defendant argued): a standing in a
            // court case said alone means the last person the article gave
            // it, as `ông` means the last man
            let standing = text::fold(standing);
            let holder = (0..self.persons.len()).rev().find(|&i| {
                self.merged[i] == i && self.persons[i].title.as_deref().is_some_and(|t| text::fold(t) == standing)
            })?;
            self.resolve(holder)
        } else if mention.pronoun {
            let last = match self.last_subject {
                Some(i) => self.resolve(i),
                None => self.protagonist_person()?,
            };
            // `nhà cầm quân người Hàn Quốc` after `ông Nguyễn X nói …`:
            // not him, but the foreigner named before
            let from_abroad = |i: usize| {
                !mention.from_abroad
                    || self.persons[i].name.as_deref().is_some_and(|name| !name.split(' ').all(is_vietnamese_syllable))
            };
            // `Bà cho biết …` after `ông X nói …`: not him
            let same_gender = |i: usize| self.persons[i].fits_gender(mention.gender);
            if mention.gender.is_none() && !mention.from_abroad {
                last
            } else {
                self.recent_subjects
                    .iter()
                    .rev()
                    .map(|&i| self.resolve(i))
                    .find(|&i| same_gender(i) && from_abroad(i))
                    .or(Some(last).filter(|&i| from_abroad(i)))?
            }
        } else if let Some(name) = &mention.name {
            // an honorific written apart from the surname it is part of
            // (`حاج صفی` for `احسان حاجصفی`, Hajj being in the family name)
            let found = self.find(name);
            let with_title = mention
                .title
                .as_ref()
                .filter(|_| found.is_none())
                .and_then(|title| self.find(&format!("{title} {name}")));
            title_in_name = with_title.is_some();
            // a rank that is a given name too (`امیر`, a general and Amir)
            // before a surname is the rank of the person the article met
            // with that rank and surname (`امیر سرتیپ محمدرضا آشتیانی`,
            // then `امیر آشتیانی`), not someone new called Amir
            let by_rank = || {
                let (first, surname) = name.split_once(' ')?;
                let i = self.find(surname)?;
                let rank = self.persons[i].title.as_deref().and_then(|title| title.split(' ').next())?;
                (text::fold_cow(rank) == text::fold_cow(first)).then_some(i)
            };
            let index = match with_title.or(found).or_else(by_rank) {
                // the article's subject, by the end of their name
                None if self.names_protagonist(name) => self.protagonist_person()?,
                // the full name of someone met first by a short one
                Some(i) if self.persons[i].provisional && !mention.bare => {
                    self.persons[i].provisional = false;
                    self.adopt_full_name(i, name);
                    i
                }
                // a full name no list knows, given a speech first (`دونالد
                // ترامپ گفت: …`), then called by its last word alone (`ترامپ
                // افزود: …`): writers name a person so, and no noun phrase
                Some(i)
                    if self.persons[i].provisional
                        && self.persons[i].folded_words.len() > 1
                        && !name.contains(' ')
                        && self.persons[i].folded_words.last() == fold_words(name).first() =>
                {
                    self.persons[i].provisional = false;
                    i
                }
                Some(i) => i,
                // `ông Park nói: …` before the article gives the full name
                None if mention.bare && (mention.title.is_some() || mention.role.is_some()) && !name.contains(' ') => {
                    self.push_provisional(name)?
                }
                // a name no list knows, with no title or role, may be a
                // noun phrase: taken only as the subject that names the
                // office quoted just before (`مربی تیم ملی ایران گفت: …`,
                // then `اوسیانو کروز پس از پیروزی … اظهار داشت: …`)
                None if mention.bare
                    && !(subject
                        && mention.title.is_none()
                        && !mention.speaks_for_many
                        && self.pending_role.is_some()) =>
                {
                    return None;
                }
                None => {
                    self.push(Person { name: Some(name.clone()), folded_words: fold_words(name), ..Person::default() })
                }
            };
            // an office met by its role alone before its holder is named
            // with it (`رئیس دانشگاه علوم پزشکی قم … خبر داد`, then `دکتر X
            // رئیس دانشگاه علوم پزشکی قم گفت`): one person. Only specific
            // offices, so that a bare `رئیس جمهور` is not given to the
            // first president named
            if let Some(role) = &mention.role {
                let unnamed: Vec<usize> = (0..self.persons.len())
                    .filter(|&i| self.merged[i] == i && i != index && self.persons[i].name.is_none())
                    .filter(|&i| self.persons[i].roles.iter().any(|r| same_office(r, role, self.home_country)))
                    .collect();
                for i in unnamed {
                    // met alone, the office may have run on into what its
                    // holder did (`سخنگوی سازمان هواپیمایی کشوری شایعه
                    // افزایش قیمت … را تکذیب کرد`, denied the rumour of …):
                    // the name bounds it where it is given with one
                    for known in &mut self.persons[i].roles {
                        if runs_on_from(known, role) {
                            known.clone_from(role);
                        }
                    }
                    self.merge(i, index);
                }
            }
            // a role-only subject named in the next attribution: one person
            // … unless the name's honorific says a standing in a case that
            // holds no such office (see `Register::may_hold`)
            if subject && let Some(pending) = self.pending_role.take() {
                let pending = self.resolve(pending);
                // (a seat is held beside another seat, or beside no office:
                // someone the article gave another office before, `سفیر
                // ایران`, holds none. The office given with the name may be
                // any, `نماینده ایران در اوپک` too, and rules nothing out)
                let seat =
                    self.persons[pending].by_seat && self.persons[index].roles.iter().all(|r| self.may_be_seat(r));
                if pending != index
                    && (seat || self.persons[index].roles.is_empty() && mention.role.is_none())
                    && self.may_hold(mention.title.as_deref())
                {
                    self.merge(pending, index);
                }
            }
            index
        } else {
            let role = mention.role.as_ref()?;
            // concurrent offices are listed with commas (`Ủy viên Bộ Chính
            // trị, Bí thư Thành ủy Hà Nội X`), and any one of them may name
            // the person after: the later ones are compared as offices too;
            // an office met alone may give a second one first, joined by
            // `و` (`مشاور وزیر و رییس مرکز امور اتباع …`, the minister's
            // adviser and the head of …)
            const JOINED: &str = " و ";
            let holds = |r: &String| {
                same_role(r, role)
                    || same_office(r, role, self.home_country)
                    || r.split(", ").skip(1).any(|office| same_office(office, role, self.home_country))
                    || role
                        .match_indices(JOINED)
                        .any(|(at, _)| same_office(r, &role[at + JOINED.len()..], self.home_country))
            };
            // a gender word before the office (`Nữ ca sĩ`, the female
            // singer) rules out a holder of the other gender
            let find_holder = |holds: &dyn Fn(&String) -> bool| {
                self.persons
                    .iter()
                    .enumerate()
                    .rev()
                    .find(|(i, p)| self.merged[*i] == *i && p.roles.iter().any(holds) && p.fits_gender(mention.gender))
                    .map(|(i, _)| i)
            };
            // an office met alone may say where its holder is from (`سرمربی
            // پرتغالی تیم ملی`, the national team's Portuguese head coach):
            // a description of someone known, whose office it is without
            // the adjective, or starts (`سرمربی تیم ملی فوتبال ایران`)
            let existing = find_holder(&holds).or_else(|| {
                let office = without_demonym(role, self.demonyms?)?;
                let folded = text::fold(&office);
                find_holder(&|r: &String| {
                    same_office(r, &office, self.home_country) || goes_on_past(&text::fold_cow(r), &folded)
                })
            });
            let recent_subject = self
                .last_subject
                .filter(|_| self.sentence.saturating_sub(self.last_subject_sentence) <= ANAPHORIC_ROLE_WINDOW)
                .map(|i| self.resolve(i))
                .filter(|&i| self.persons[i].name.is_some());
            // `người đứng đầu Chính phủ` (the head of the government):
            // whoever's office the sentences before were about
            let epithet = self.epithets.is_some_and(|epithets| epithets.starts(&text::fold(role)));
            match (existing, recent_subject) {
                (Some(i), _) => self.resolve(i),
                (None, Some(i)) if subject && epithet => {
                    self.make_subject(i);
                    return Some(i);
                }
                // `عضو کمیسیون اقتصادی مجلس تاکید کرد` after `X نماینده
                // مردم آباده … گفت`: the speaker going on, under another
                // of their offices, which they hold too … a seat only
                // beside a seat: a member of parliament after the oil
                // minister (`نماینده مردم اهواز … گفت`) is someone else
                (None, Some(i))
                    if subject
                        && mention.describes_known_person
                        && (!self.is_seat(role) || self.persons[i].roles.iter().any(|r| self.may_be_seat(r))) =>
                {
                    i
                }
                // `عضو شورای اسلامی این روستا ادامه داد`: a description of the
                // person the previous sentences were about, unless they hold
                // another office (`وزیر امور خارجه … تاکید کرد` after the
                // speaker of parliament is the minister)
                // … nor a standing in a case (`Luật sư X …`, counsel, is not
                // `Đại diện VKS`, the prosecution's representative)
                (None, Some(i))
                    if subject
                        && self.persons[i].roles.is_empty()
                        && self.may_hold(self.persons[i].title.as_deref()) =>
                {
                    i
                }
                _ => {
                    let i = self.push(Person { by_seat: mention.describes_known_person, ..Person::default() });
                    self.pending_role = Some(i);
                    self.pending_role_sentence = self.sentence;
                    i
                }
            }
        };
        let person = &mut self.persons[index];
        let title = mention.title.as_ref().filter(|_| !title_in_name);
        for role in mention.role.iter().chain(&mention.extra_roles) {
            // (an office with its holder's country, `سرمربی پرتغالی تیم
            // ملی`, is listed as the office without it)
            let lists = |role: &str| lists_office(&person.roles, role, self.home_country);
            let listed_without_demonym = || {
                self.demonyms.and_then(|demonyms| without_demonym(role, demonyms)).is_some_and(|office| lists(&office))
            };
            if !lists(role) && !listed_without_demonym() {
                person.roles.push(role.clone());
            }
        }
        if person.title.is_none() {
            person.title = title.cloned();
        }
        if person.gender.is_none() {
            person.gender = mention.gender;
        }
        if subject {
            self.make_subject(index);
        }
        Some(index)
    }

    /// A person for a bare name no one in the register bears (see
    /// [`Mention::bare`]), kept provisionally: a full name the article
    /// gives later takes a one-word name (see
    /// [`Register::resolve_provisional`]), and a full name is confirmed
    /// when the article goes on to call the person by its last word (see
    /// [`Register::refer`]); else it names no one. It does not become the
    /// subject a pronoun means: the words may be a noun phrase.
    pub fn provisional_speaker(&mut self, mention: &Mention) -> Option<usize> {
        let name = mention
            .name
            .as_ref()
            .filter(|name| mention.bare && name.split(' ').count() <= PROVISIONAL_NAME_MAX_WORDS)?;
        self.push_provisional(name)
    }

    /// Adds a person known so far by a short name only (`ông Park`), whom
    /// a full name met later may take; `None` for a "name" of marks that
    /// fold away (a zero-width non-joiner standing alone), which has no
    /// word for a full name to hold.
    fn push_provisional(&mut self, name: &str) -> Option<usize> {
        let folded_words = fold_words(name);
        if folded_words.is_empty() {
            return None;
        }
        Some(self.push(Person { name: Some(name.to_owned()), folded_words, provisional: true, ..Person::default() }))
    }

    /// Makes a person the subject of the sentence being read.
    fn make_subject(&mut self, index: usize) {
        self.last_subject = Some(index);
        self.last_subject_sentence = self.sentence;
        self.recent_subjects.retain(|&i| i != index);
        self.recent_subjects.push(index);
        if self.recent_subjects.len() > RECENT_SUBJECTS {
            self.recent_subjects.remove(0);
        }
    }

    /// Makes a person the one a pronoun after the sentence being read
    /// means: the speaker whose speech the sentence goes on with, whoever
    /// the speech named (`… آقای قلعه نویی … این کار را می کنیم. / او ادامه
    /// داد: …`, he went on: the speaker, not Mr Ghalenoei), or the subject
    /// a line taken back from such a speech named itself.
    pub fn set_subject(&mut self, index: usize) {
        let index = self.resolve(index);
        self.make_subject(index);
    }

    /// Leaves the office a role-only subject of this sentence held
    /// waiting for no name when the sentence names another office after
    /// it, before its speech (`رییس مجلس در پاسخ به تذکر نماینده مردم
    /// گرمسار گفت: …`, the speaker, answering the member for Garmsar): the
    /// name the next attribution gives may be either holder's. A title
    /// after a number counts holders (`افزایش 20 نماینده`, twenty more
    /// members), and names no other office.
    pub fn forgo_pending_role_beside_other_office(&mut self, sentence: &str, tokens: &[Token], data: &LanguageData) {
        let Some(pending) = self.pending_role.filter(|_| self.pending_role_sentence == self.sentence) else {
            return;
        };
        let pending = self.resolve(pending);
        let roles: Vec<(usize, usize)> = self.persons[pending]
            .roles
            .iter()
            .filter_map(|role| sentence.find(role.as_str()).map(|at| (at, at + role.len())))
            .collect();
        if roles.is_empty() {
            return;
        }
        // (what follows a colon is the speech, whose offices are spoken of;
        // an office before the speaker's is a clause's before theirs: `X
        // سرمربی تیم … حاضر نشد لذا مربی این تیم … گفت`)
        let speech = tokens.iter().position(|t| t.folded == ":").unwrap_or(tokens.len());
        let speaker_from = roles.iter().map(|&(start, _)| start).min().unwrap_or(0);
        let counted = |k: usize| {
            k.checked_sub(1).is_some_and(|before| {
                let before = &tokens[before].folded;
                data.quantifiers.contains(before) || before.starts_with(|c: char| text::digit_value(c).is_some())
            })
        };
        let another_office = (0..speech).any(|k| {
            tokens[k].start > speaker_from
                && data.titles.match_at(tokens, k).is_some()
                && !counted(k)
                && !roles.iter().any(|&(start, end)| start <= tokens[k].start && tokens[k].end <= end)
        });
        if another_office {
            self.pending_role = None;
        }
    }

    /// Moves on to the next sentence of the document.
    pub fn next_sentence(&mut self) {
        self.sentence += 1;
    }

    /// Gives the article whose subject, if it has one (see
    /// [`protagonist`]), a pronoun before any other subject and a short
    /// form of the subject's name mean (see [`Register::refer`]).
    pub fn read_article(&mut self, headline: &'a str, paragraphs: &'a [String], data: &'a LanguageData) {
        self.article = Some((headline, paragraphs, data));
    }

    /// Makes `name` the article's subject, which a pronoun before any other
    /// subject and a short form of the name mean (see [`Register::refer`]):
    /// the person a headline gives its quotation to. A subject already
    /// found stays.
    pub fn name_protagonist(&mut self, name: String) {
        // (an error only says that a subject was found before)
        let _ = self.protagonist.set(Some(name));
    }

    /// The full name of the person the article is about, found when first
    /// asked for.
    fn protagonist_name(&self) -> Option<&str> {
        self.protagonist
            .get_or_init(|| {
                self.article.and_then(|(headline, paragraphs, data)| protagonist(headline, paragraphs, data))
            })
            .as_deref()
    }

    /// The person the article is about, met now if not before: where the
    /// article first names them, among the others.
    fn protagonist_person(&mut self) -> Option<usize> {
        let name = self.protagonist_name()?.to_owned();
        Some(match self.find(&name) {
            Some(i) => i,
            None => self.push(Person { folded_words: fold_words(&name), name: Some(name), ..Person::default() }),
        })
    }

    /// Whether a name is the end of the protagonist's (`دل تورو` of `گیرمو
    /// دل تورو`), maybe with one word after it that the name ran on into:
    /// no list tells a foreign name's end, and an adverb after a subject
    /// reads as one more word of it (`دل تورو زمانی گفته بود`, once said).
    fn names_protagonist(&self, name: &str) -> bool {
        let Some(full) = self.protagonist_name() else { return false };
        let (full, words) = (fold_words(full), fold_words(name));
        full.ends_with(&words)
            || words.len() >= 3 && {
                let short = &words[..words.len() - 1];
                full.ends_with(short)
            }
    }

    /// The only named person registered so far, if there is one: an
    /// interview's lead may name its guest in an object (`با X معاون وزیر
    /// نیرو گفت‌وگو کرده‌ایم`, we talked with X), whose answers follow.
    pub fn only_named_person(&self) -> Option<usize> {
        let mut named = (0..self.persons.len()).filter(|&i| self.merged[i] == i && self.persons[i].name.is_some());
        let only = named.next()?;
        named.next().is_none().then_some(only)
    }

    /// The person the sentence being read has made its subject so far, if
    /// it has named one.
    pub fn subject_of_this_sentence(&self) -> Option<usize> {
        self.last_subject.filter(|_| self.last_subject_sentence == self.sentence).map(|i| self.resolve(i))
    }

    /// The named person the sentence before this one was about, if any.
    pub fn subject_of_sentence_before(&self) -> Option<usize> {
        self.last_subject
            .filter(|_| self.last_subject_sentence + 1 == self.sentence)
            .map(|i| self.resolve(i))
            .filter(|&i| self.persons[i].name.is_some())
    }

    fn push(&mut self, person: Person) -> usize {
        let index = self.persons.len();
        self.index_name(index, &person.folded_words);
        self.persons.push(person);
        self.merged.push(index);
        index
    }

    /// Makes a person findable by their name and its endings.
    fn index_name(&mut self, index: usize, words: &[String]) {
        if words.is_empty() {
            return;
        }
        // the latest person wins a shared short form: `محمدی` after three
        // people of that surname means the one named last. Every run of
        // the name's words counts, as a name may have run on into a
        // description (`عیسی محمدی جانباز شیمیایی`)
        self.by_full_name.insert(words.concat(), index);
        for a in 0..words.len() {
            for b in a + 1..=words.len() {
                self.by_name_ending.insert(words[a..b].concat(), index);
            }
        }
    }

    /// Moves everything of person `from` to person `into`.
    fn merge(&mut self, from: usize, into: usize) {
        let moved = std::mem::take(&mut self.persons[from]);
        let target = &mut self.persons[into];
        for role in moved.roles {
            if !lists_office(&target.roles, &role, self.home_country) {
                target.roles.push(role);
            }
        }
        target.quotes += moved.quotes;
        if target.title.is_none() {
            target.title = moved.title;
        }
        self.merged[from] = into;
    }

    /// The known person a name refers to: the same name, or a short form
    /// that is the end of a longer name (a Persian surname, a Vietnamese
    /// given name), compared with spaces ignored so `جان بابایی` finds
    /// `قاسم جانبابایی`.
    fn find(&self, name: &str) -> Option<usize> {
        let words = fold_words(name);
        if let Some(&i) = self.by_name_ending.get(&words.concat()) {
            return Some(self.resolve(i));
        }
        // the new name is the longer form of a short one seen first
        (1..words.len()).find_map(|k| self.by_full_name.get(&words[k..].concat())).map(|&i| self.resolve(i))
    }

    /// Whether a name, or a short form that ends it (a surname), is a
    /// person already met.
    pub fn knows(&self, name: &str) -> bool {
        let words = fold_words(name);
        self.find(name).is_some_and(|i| {
            let known = &self.persons[i].folded_words;
            known.concat().ends_with(&words.concat())
        })
    }

    /// Whether `role` is the start of a role some known person holds
    /// (compared with spaces ignored, as pages write `غیرعامل` and `غیر
    /// عامل`).
    pub fn knows_role_start(&self, role: &str) -> bool {
        let wanted = squashed(role);
        !wanted.is_empty()
            && self.persons.iter().flat_map(|p| &p.roles).any(|known| squashed(known).starts_with(&wanted))
    }

    /// Whether some known person holds this office, written short or with
    /// the home country (see `same_office_phrase`).
    pub fn knows_office(&self, role: &str) -> bool {
        if self.persons.iter().all(|p| p.roles.is_empty()) {
            return false;
        }
        let role = without_home_country(role, self.home_country);
        self.persons
            .iter()
            .flat_map(|p| &p.roles)
            .any(|known| same_office_phrase(without_home_country(known, self.home_country), role))
    }

    /// Upgrades a short name to its full form when the full form turns up.
    pub fn adopt_full_name(&mut self, index: usize, name: &str) {
        let person = &mut self.persons[index];
        if person.name.as_ref().is_none_or(|n| n.chars().count() < name.chars().count()) {
            person.name = Some(name.to_owned());
            person.folded_words = fold_words(name);
            let words = person.folded_words.clone();
            self.index_name(index, &words);
        }
    }

    /// Gives each provisional person (`ông Park`) to the one person of the
    /// document whose full name holds that word (`Park Hang-seo`, `Nguyễn
    /// Văn Park`), met before or after; the others stay provisional, and
    /// name no one.
    pub fn resolve_provisional(&mut self) {
        for i in 0..self.persons.len() {
            if self.merged[i] != i || !self.persons[i].provisional || self.persons[i].folded_words.len() > 1 {
                continue;
            }
            let word = &self.persons[i].folded_words[0];
            let mut holders = (0..self.persons.len()).filter(|&j| {
                let p = &self.persons[j];
                self.merged[j] == j && !p.provisional && p.folded_words.len() > 1 && p.folded_words.contains(word)
            });
            if let (Some(j), None) = (holders.next(), holders.next()) {
                self.merge(i, j);
            }
        }
    }

    /// Confirms the provisional persons (see
    /// [`Register::provisional_speaker`]) whose words hold the name a
    /// headline's label gives (`اوسمار: …` over `اوسمار ویرا … اظهار داشت:
    /// …`): a headline puts a speaker's name, often one word of it, before
    /// the colon of what they said, so the words are a name and no noun
    /// phrase.
    pub fn confirm_provisional_by_headline_label(&mut self, label_name: &str) {
        let label_words = fold_words(label_name);
        // (a label of marks alone, which fold away, would hold in anyone)
        if label_words.is_empty() {
            return;
        }
        for i in 0..self.persons.len() {
            let person = &self.persons[i];
            if self.merged[i] == i
                && person.provisional
                && label_words.iter().all(|word| person.folded_words.contains(word))
            {
                self.persons[i].provisional = false;
            }
        }
    }

    /// Gives a provisional person (`ông Park`) the full name a caption
    /// prints (`HLV Park Hang Seo ăn mừng …`) where the text never does: a
    /// picture of the speaker is captioned with the name the text shortens,
    /// and a headline names in full whom the text calls by the last word
    /// (`Bộ trưởng Đào Ngọc Dung: “…”`, then `Bộ trưởng Dung`). Only a name
    /// the lines (`captions`, the headline among them) agree on is taken.
    pub fn complete_provisional_from_naming_lines(
        &mut self,
        captions: &[&str],
        language: Language,
        data: &LanguageData,
    ) {
        let provisional: Vec<usize> =
            (0..self.persons.len()).filter(|&i| self.merged[i] == i && self.persons[i].provisional).collect();
        if provisional.is_empty() {
            return;
        }
        // each caption read once, for all the short names
        let tokenized: Vec<Vec<Token>> = captions.iter().map(|caption| data.tokenize(caption)).collect();
        for i in provisional {
            let word = self.persons[i].folded_words[0].clone();
            let mut names: Vec<String> = Vec::new();
            for (caption, tokens) in captions.iter().zip(&tokenized) {
                for k in (0..tokens.len()).filter(|&k| tokens[k].folded == word) {
                    // the full name opens at the word or a word or two before
                    let full = (k.saturating_sub(NAME_MAX_WORDS - 1)..=k).find_map(|start| {
                        // (a name a title, an honorific or a given name
                        // confirms: the words alone may be the same noun
                        // phrase the provisional name is, `خیز جدیدی`)
                        let (mention, _) = parse(caption, tokens, start, tokens.len(), language, data)
                            .filter(|(mention, _)| !mention.bare)?;
                        mention.name.filter(|name| {
                            let words = fold_words(name);
                            words.len() > 1 && words.contains(&word)
                        })
                    });
                    if let Some(name) = full.filter(|name| !names.contains(name)) {
                        names.push(name);
                    }
                }
            }
            if let [name] = names.as_slice() {
                self.adopt_full_name(i, name);
                self.persons[i].provisional = false;
            }
        }
    }

    /// Makes an unnamed person, met by a role alone, the named person
    /// `named`: a lead that quotes an office the body then names with the
    /// same words (see `quotes::same_speaker_repeated`). Nothing happens
    /// when the first has a name or both are one already.
    pub fn name_unnamed(&mut self, unnamed: usize, named: usize) {
        let (unnamed, named) = (self.resolve(unnamed), self.resolve(named));
        if unnamed != named && self.persons[unnamed].name.is_none() && self.persons[named].name.is_some() {
            self.merge(unnamed, named);
        }
    }

    /// Forgets whom the last sentences were about: someone new came in
    /// (see [`crate::lang::LanguageData::indefinite_persons`]), and a
    /// pronoun no longer surely means the last subject.
    pub fn forget_subjects(&mut self) {
        self.last_subject = None;
        self.recent_subjects.clear();
    }

    /// Whether the person (or the one they were merged into) is known by
    /// this role, spelling and spaces aside (`رئیس‌جمهور`, `رئیس جمهور`).
    pub fn is_known_as(&self, index: usize, role: &str) -> bool {
        self.persons[self.resolve(index)].roles.iter().any(|known| same_when_squashed(known, role))
    }

    /// Whether the tokens from `k` on name the person (or the one they were
    /// merged into): their whole name or its last words, as an article
    /// calls them again (`حسن روحانی`, `روحانی`).
    pub fn is_named_at(&self, index: usize, tokens: &[Token], k: usize) -> bool {
        let words = &self.persons[self.resolve(index)].folded_words;
        (0..words.len()).any(|from| {
            let name = &words[from..];
            tokens.get(k..k + name.len()).is_some_and(|read| read.iter().zip(name).all(|(t, w)| t.folded == *w))
        })
    }

    /// Whether the person (or the one they were merged into) has no name.
    pub fn is_unnamed(&self, index: usize) -> bool {
        self.persons[self.resolve(index)].name.is_none()
    }

    /// Counts a quote for the person.
    pub fn count_quote(&mut self, index: usize) {
        let index = self.resolve(index);
        self.persons[index].quotes += 1;
    }

    /// Completes one-word names (`آقای وانگ`) that the article never
    /// introduced with a title: the full name is the run of name words
    /// that every plain mention of the word, at least two, has in common
    /// after it (`وانگ جیان نان، …`, `وانگ جیان نان مسیر …`) or before it
    /// (`دونالد ترامپ`). A name repeats word for word; what follows it
    /// changes. Mentions after an honorific are the short form itself.
    /// In Vietnamese, where no run is shared, the one full name the article
    /// gave that ends in the name completes it, and identifies the person;
    /// there a name no title or role came with may have more words than
    /// one (`Văn Hậu` for `Đoàn Văn Hậu`, as sport pages call players),
    /// where an official's name is as the office gave it (`Đại sứ Hoa Kỳ
    /// Marc Knapper`). Only the persons given (the speakers of quotes) are
    /// looked at.
    pub fn complete_short_names(&mut self, persons: &[usize], paragraphs: &[String], data: &LanguageData) {
        let is_short = |person: &Person| match person.folded_words.len() {
            1 => true,
            n => {
                data.language == Language::Vietnamese
                    && (2..NAME_MAX_WORDS).contains(&n)
                    && person.title.is_none()
                    && person.roles.is_empty()
            }
        };
        let mut short: Vec<usize> =
            persons.iter().map(|&i| self.resolve(i)).filter(|&i| is_short(&self.persons[i])).collect();
        short.sort_unstable();
        short.dedup();
        if short.is_empty() {
            return;
        }
        // only paragraphs that print a short name as the article spells it
        // are read word by word
        let tokenized: Vec<Vec<Token>> = paragraphs
            .iter()
            .map(|paragraph| {
                let names_one =
                    short.iter().any(|&i| self.persons[i].name.as_deref().is_some_and(|n| paragraph.contains(n)));
                if names_one { data.tokenize(paragraph) } else { Vec::new() }
            })
            .collect();
        for i in short {
            let words = &self.persons[i].folded_words;
            let n = words.len();
            let names_at = |tokens: &[Token], k: usize| {
                tokens.get(k..k + n).is_some_and(|run| run.iter().zip(words).all(|(t, w)| t.folded == *w))
            };
            let mut after: Vec<Vec<(usize, usize)>> = Vec::new();
            let mut before: Vec<Vec<(usize, usize)>> = Vec::new();
            for (p, tokens) in tokenized.iter().enumerate() {
                for k in (0..tokens.len()).filter(|&k| names_at(tokens, k)) {
                    if k > 0 && data.honorifics.match_ending_at(tokens, k).is_some() {
                        continue;
                    }
                    let name_word = |j: &usize| is_name_word(&tokens[*j], tokens, *j, data);
                    after.push(
                        (k + n..tokens.len().min(k + n + NAME_MAX_WORDS))
                            .take_while(name_word)
                            .map(|j| (p, j))
                            .collect(),
                    );
                    before.push(
                        (k.saturating_sub(NAME_MAX_WORDS)..k).rev().take_while(name_word).map(|j| (p, j)).collect(),
                    );
                }
            }
            let shared = |runs: &[Vec<(usize, usize)>]| -> usize {
                let folded = |&(p, j): &(usize, usize)| tokenized[p][j].folded.as_ref();
                let mut n = 0;
                while runs.len() >= 2 && runs.iter().all(|run| run.len() > n && folded(&run[n]) == folded(&runs[0][n]))
                {
                    n += 1;
                }
                n
            };
            let (n_after, n_before) = (shared(&after), shared(&before));
            // Vietnamese calls a person by the last word of the full name
            // the article gave them once (`do Trần Văn Hùng cầm đầu`, then
            // `ông Hùng nói`): where no run is shared, the one full name
            // ending in the word, opened by a capitalised family name, is
            // theirs (given again, it is still the one; two names leave the
            // word no one's)
            // … opened by a family name the list knows, or, for a foreign
            // name (`Ông Sean Spicer`, then `ông Spicer nói`), by the
            // honorific or the title it was given with; no country or place
            // is in it (`Ngoại trưởng Mỹ Rubio`)
            let opens_full_name = |run: &&Vec<(usize, usize)>| {
                let given_with_honorific = |tokens: &[Token], j: usize| {
                    data.honorifics.match_ending_at(tokens, j).is_some()
                        || data.titles.match_ending_at(tokens, j).is_some()
                };
                run.last().is_some_and(|&(p, j)| {
                    data.name_anchors.match_at(&tokenized[p], j).is_some() || given_with_honorific(&tokenized[p], j)
                }) && run.iter().all(|&(p, j)| {
                    let tokens = &tokenized[p];
                    tokens[j].capitalised
                        && data.countries.match_at(tokens, j).is_none()
                        && data.places.match_at(tokens, j).is_none()
                })
            };
            let same_words = |a: &[(usize, usize)], b: &[(usize, usize)]| {
                a.len() == b.len()
                    && a.iter().zip(b).all(|(&(p, j), &(q, k))| tokenized[p][j].folded == tokenized[q][k].folded)
            };
            let one_full_name = if n_after == 0 && n_before == 0 && data.language == Language::Vietnamese {
                let mut full_names = before.iter().filter(opens_full_name);
                full_names.next().filter(|first| full_names.all(|run| same_words(run, first))).map(|run| &run[..])
            } else {
                None
            };
            // the run nearest the name comes first; the name stands just
            // before a run after it and just after a run before it
            let (run, extends_after) = if let Some(full_name) = one_full_name {
                (full_name, false)
            } else if n_after >= n_before {
                (after.first().map_or(&[][..], |r| &r[..n_after]), true)
            } else {
                (before.first().map_or(&[][..], |r| &r[..n_before]), false)
            };
            let (Some(&(p, nearest)), Some(&(_, farthest))) = (run.first(), run.last()) else { continue };
            let tokens = &tokenized[p];
            let paragraph = &paragraphs[p];
            let (from, to) = if extends_after {
                (tokens[nearest - n].start, tokens[farthest].end)
            } else {
                (tokens[farthest].start, tokens[nearest + n].end)
            };
            let full = text::collapse_whitespace(&paragraph[from..to]);
            let words = fold_words(&full);
            // (a full name the article gave identifies the person)
            if one_full_name.is_some() {
                self.persons[i].provisional = false;
            }
            self.persons[i].name = Some(full);
            self.index_name(i, &words);
            self.persons[i].folded_words = words;
        }
    }
}

/// Whether a token can be a word of a personal name: a word that is no
/// function word, title, honorific, pronoun or verb of the language.
fn is_name_word(token: &Token, tokens: &[Token], k: usize, data: &LanguageData) -> bool {
    token.is_word
        && token.folded.chars().count() >= 2
        && !token.folded.chars().any(|c| c.is_ascii_digit())
        && !data.stopwords.contains(&token.folded)
        && !is_stop(token, data)
        && !data.light_verbs.contains(&token.folded)
        && data.titles.match_at(tokens, k).is_none()
        // nor the last word of a title (`thống` of `Tổng thống Trump`)
        && data.titles.match_ending_at(tokens, k + 1).is_none()
        && data.honorifics.match_at(tokens, k).is_none()
        && data.pronouns.match_at(tokens, k).is_none()
        && data.speech_verbs.match_at(tokens, k).is_none()
}

fn fold_words(name: &str) -> Vec<String> {
    let words: Vec<String> = text::fold(name).split_whitespace().map(str::to_owned).collect();
    // a middle initial (`Daniel J. Kritenbrink`) is left out, so that the
    // name written with and without it is one person's; a last one is the
    // given name a page shortens to shield the person (`Nguyễn Văn T.`,
    // `anh T.` later) and stays, as every initial kept does, without its dot
    let is_initial = |word: &str| {
        let mut letters = word.trim_end_matches('.').chars();
        letters.next().is_some_and(text::is_latin_letter) && letters.next().is_none()
    };
    let last = words.len().saturating_sub(1);
    let middle = |k: usize, word: &str| k < last && is_initial(word);
    let middle_initials = words.iter().enumerate().filter(|(k, w)| middle(*k, w)).count();
    let drop_middle = middle_initials > 0 && words.len() - middle_initials >= 2;
    words
        .into_iter()
        .enumerate()
        .filter(|(k, w)| !(drop_middle && middle(*k, w)))
        .map(|(_, w)| if is_initial(&w) { w.trim_end_matches('.').to_owned() } else { w })
        .collect()
}

/// Most words between a feature's subject and a speech verb they are the
/// subject of: an adverb or two (`زمانی`, once; `بارها`, often).
const PROTAGONIST_VERB_GAP: usize = 2;

/// How often a feature's subject is named in its body at least: a portrait
/// names its subject throughout, a passing mention once or twice.
const PROTAGONIST_MIN_MENTIONS: usize = 3;

/// The person a Persian feature is about, by their full name: the run of
/// two or three words of the headline (no function word, body's noun,
/// title, honorific or pronoun among them: `بانک جهانی` is no one) that
/// the body repeats most, at least `PROTAGONIST_MIN_MENTIONS` times, and
/// makes the subject of a speech verb, with the given name before it
/// where the body introduces the person in a list or at a line's start
/// (`…، گیرمو دل تورو و …` for `دل تورو` of the headline `هزارتوی دل
/// تورو`). A run never introduced so is a place or a body that an office
/// ends with (`… استان بوشهر`), not a person. Persian writes names in no
/// capitals, and a portrait goes on naming its subject by the surname
/// alone or by `او`: without this the speaker of most of its quotes is no
/// one.
pub fn protagonist(headline: &str, paragraphs: &[String], data: &LanguageData) -> Option<String> {
    let tokens = data.tokenize(headline);
    let plain = |t: &Token| {
        t.is_word
            && !t.folded.starts_with(|c: char| text::digit_value(c).is_some())
            && !data.stopwords.contains(&t.folded)
            && !data.pronouns.contains(&t.folded)
    };
    let opens_nothing = |k: usize| {
        data.body_nouns.match_at(&tokens, k).is_none()
            && data.titles.match_at(&tokens, k).is_none()
            && data.honorifics.match_at(&tokens, k).is_none()
            && data.speech_verbs.match_at(&tokens, k).is_none()
    };
    let mentions = |name: &str| {
        let finder = memchr::memmem::Finder::new(name);
        paragraphs.iter().map(|p| finder.find_iter(p.as_bytes()).count()).sum::<usize>()
    };
    // (mentions, words, first token)
    let mut best: Option<(usize, usize, usize)> = None;
    // two words or three: a given name before them keeps the full name
    // within NAME_MAX_WORDS
    for start in 0..tokens.len() {
        for words in 2..NAME_MAX_WORDS {
            let end = start + words;
            if end > tokens.len() || !tokens[start..end].iter().all(plain) || !(start..end).all(opens_nothing) {
                continue;
            }
            let name = &headline[tokens[start].start..tokens[end - 1].end];
            let count = mentions(name);
            if count < PROTAGONIST_MIN_MENTIONS {
                // three words the body repeats less than their first two
                break;
            }
            if best.is_none_or(|(c, w, _)| (count, words) > (c, w)) {
                best = Some((count, words, start));
            }
        }
    }
    let (_, words, start) = best?;
    let name = &headline[tokens[start].start..tokens[start + words - 1].end];
    // the given name: of the words the body puts before the name where a
    // list, a quotation or a line opens with them (`…، گیرمو دل تورو و …`,
    // `«محمد بن سلمان»`), the one it puts there most often; a noun the
    // name is the genitive of (`وابستگی دل تورو`, his attachment) or the
    // word of an office it ends (`محیط زیست استان بوشهر`) opens none
    let mut before_name: HashMap<&str, (usize, bool)> = HashMap::default();
    for paragraph in paragraphs {
        for (at, _) in paragraph.match_indices(name) {
            let before = paragraph[..at].trim_end();
            let word_start = before
                .rfind(|c: char| c.is_whitespace() || matches!(c, '،' | ',' | '«' | '"'))
                .map_or(0, |i| i + before[i..].chars().next().map_or(1, char::len_utf8));
            let word = &before[word_start..];
            let opens = before[..word_start].trim_end();
            let at_boundary = opens.is_empty() || opens.ends_with(['،', ',', ':', '.', '«', '"']);
            let word_tokens = data.tokenize(word);
            let given = word_tokens.len() == 1
                && plain(&word_tokens[0])
                && data.titles.match_at(&word_tokens, 0).is_none()
                && data.honorifics.match_at(&word_tokens, 0).is_none()
                && data.body_nouns.match_at(&word_tokens, 0).is_none();
            if given {
                let entry = before_name.entry(word).or_default();
                entry.0 += 1;
                entry.1 |= at_boundary;
            }
        }
    }
    let (given, _) = before_name
        .into_iter()
        .filter(|&(_, (_, at_boundary))| at_boundary)
        .max_by_key(|&(word, (count, _))| (count, std::cmp::Reverse(word)))?;
    // a person speaks: somewhere the name is the subject of a speech verb,
    // an adverb or two between (`دل تورو زمانی گفته بود`); a place or a
    // topic the headline names (`استان بوشهر`, `قیمت بلیت قطار`) does not
    let name_words: Vec<&str> = tokens[start..start + words].iter().map(|t| &*t.folded).collect();
    let speaks = paragraphs.iter().filter(|paragraph| paragraph.contains(name)).any(|paragraph| {
        let tokens = data.tokenize(paragraph);
        (0..tokens.len().saturating_sub(words)).any(|k| {
            tokens[k..k + words].iter().map(|t| &*t.folded).eq(name_words.iter().copied())
                && (k + words..tokens.len().min(k + words + 1 + PROTAGONIST_VERB_GAP))
                    .any(|j| data.speech_verbs.match_at(&tokens, j).is_some())
        })
    });
    speaks.then(|| format!("{given} {name}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_span_is_its_text_with_whitespace_collapsed() {
        let texts = [
            "Ông Nguyễn Văn An, Phó Chủ tịch",
            "علی  رضایی\u{200C}نژاد \t وزیر",
            "a\u{00A0}b\u{2009}c\u{200B}d\u{FEFF}e\u{3000}f\u{0085}g\u{1680}h",
            "PGS. TS.  Trần\x1cB \n C\r\nD",
        ];
        for text in texts {
            let tokens = text::tokenize_keeping_abbreviations(text, &["PGS", "TS"]);
            for from in 0..tokens.len() {
                for to in from + 1..=tokens.len() {
                    let whole = &text[tokens[from].start..tokens[to - 1].end];
                    let expected = text::collapse_whitespace(whole);
                    assert_eq!(span(text, &tokens, from, to).as_deref(), Some(expected.as_str()), "{whole:?}");
                }
            }
            assert_eq!(span(text, &tokens, 1, 1), None);
        }
    }

    #[test]
    fn a_portraits_subject_is_the_person_its_headline_and_body_keep_naming() {
        let data = Language::Persian.data().unwrap_or_else(|| unreachable!());
        let body = |lines: &[&str]| -> Vec<String> { lines.iter().map(|l| (*l).to_owned()).collect() };
        let portrait = body(&[
            "بازیگران فیلم، گیرمو دل تورو و ریچارد جنکینز پشت صحنه بودند.",
            "دل تورو با هیولاها عهدی بست که هنوز هم به آن وفادار است.",
            "دل تورو زمانی گفته بود که هیولاها قدیسان او هستند.",
        ]);
        assert_eq!(protagonist("هزارتوی دل تورو؛ هیولا مذهب من است", &portrait, data).as_deref(), Some("گیرمو دل تورو"));
        for (headline, lines) in [
            // a body is no one …
            (
                "بانک جهانی رشد اقتصادی را سه درصد اعلام کرد",
                [
                    "بانک جهانی رشد اقتصادی را سه درصد پیش بینی کرد.",
                    "در گزارش بانک جهانی آمده که صادرات افزایش یافته است.",
                    "بانک جهانی گفته است که تورم کاهش می یابد.",
                ],
            ),
            (
                "سازمان ملل خواستار آتش بس شد",
                [
                    "سازمان ملل گفت که آتش بس لازم است.",
                    "در نیویورک، مقر سازمان ملل امروز شلوغ بود.",
                    "سازمان ملل افزود که کمک ها ارسال می شود.",
                ],
            ),
            // … nor a place an office ends with
            (
                "آتش سوزی در استان بوشهر مهار شد",
                [
                    "مدیرکل حفاظت محیط زیست استان بوشهر گفت آتش مهار شد.",
                    "محیط بانان استان بوشهر در منطقه حضور دارند.",
                    "مدیرکل محیط زیست استان بوشهر افزود که خسارت زیاد است.",
                ],
            ),
            // one who only is spoken of is no speaker to give quotes to
            (
                "سفر دونالد ترامپ به ژاپن",
                [
                    "رئیس جمهور آمریکا، دونالد ترامپ دیروز به توکیو رفت.",
                    "سفر دونالد ترامپ سه روز طول می کشد.",
                    "مردم ژاپن به استقبال دونالد ترامپ رفتند.",
                ],
            ),
        ] {
            assert_eq!(protagonist(headline, &body(&lines), data), None, "{headline}");
        }
    }

    fn mention(text: &str, language: Language) -> Option<Mention> {
        let data = language.data()?;
        let tokens = data.tokenize(text);
        parse(text, &tokens, 0, tokens.len(), language, data).map(|(m, _)| m)
    }

    #[test]
    fn a_comma_ending_the_text_after_an_apposition_is_read_safely() {
        // (found by fuzzing: the word after the comma was read unchecked)
        let data = Language::Vietnamese.data().unwrap_or_else(|| unreachable!());
        for text in ["ông Nguyễn Văn An, 56 tuổi,", "ông Nguyễn Văn An, Giám đốc Sở Y tế,"] {
            let tokens = data.tokenize(text);
            // as a subject too, whose descriptions are read
            for descriptors in [false, true] {
                let found = parse_with(text, &tokens, 0, tokens.len(), Language::Vietnamese, data, descriptors);
                assert_eq!(found.and_then(|(m, _)| m.name).as_deref(), Some("Nguyễn Văn An"), "{text}");
            }
        }
    }

    /// Every role a Vietnamese mention gives, the first one first.
    /// The role of the Persian mention opening `text`.
    fn persian_role(text: &str) -> Option<String> {
        mention(text, Language::Persian).and_then(|m| m.role)
    }

    fn roles(text: &str) -> Vec<String> {
        let mention = mention(text, Language::Vietnamese).unwrap_or_default();
        mention.role.into_iter().chain(mention.extra_roles).collect()
    }

    fn m(name: Option<&str>, title: Option<&str>, role: Option<&str>) -> Option<Mention> {
        Some(Mention {
            name: name.map(str::to_owned),
            title: title.map(str::to_owned),
            role: role.map(str::to_owned),
            ..Mention::default()
        })
    }

    #[test]
    fn an_office_written_short_is_the_same_office() {
        let fa = Language::Persian.data().map(|d| &d.home_country);
        assert!(same_office("وزیر خارجه کشورمان", "وزیر امور خارجه", fa));
        assert!(same_office("Bộ trưởng Bộ Công Thương", "Bộ trưởng Công Thương", None));
        // so does one without a noun joined by `and` (shorter than a long
        // common start)
        assert!(same_office("معاون راه و شهرسازی استان", "معاون راه و شهرسازی و مسکن استان", fa));
        assert!(same_office("Giám đốc Sở Nội vụ tỉnh", "Giám đốc Sở Nội vụ và Lao động tỉnh", None));
        assert!(!same_office("Giám đốc Sở Nội vụ tỉnh", "Giám đốc Sở Nội vụ Lao động tỉnh", None));
        // a Persian qualifier of two words left out is the same office
        assert!(same_office("مربی تراکتور", "مربی تیم فوتبال تراکتور", fa));
        assert!(!same_office("مربی تراکتور", "مربی تیم ملی فوتبال تراکتور", fa));
        // a word left out at either end makes another office
        assert!(!same_office("وزیر خارجه", "معاون وزیر خارجه", fa));
        // the ezafe's `ی` after a vowel, which some pages leave out, makes
        // no other office
        assert!(same_office("سخنگو دولت", "سخنگوی دولت", fa));
        assert!(same_office("سخنگوی وزارت امور خارجه", "سخنگو وزارت امور خارجه", fa));
        // (a word of two letters keeps its own, `وی`, him, and so does one
        // ending in a consonant and `ی`, `جمهوری`, republic)
        assert_eq!(squashed("وی"), "وی");
        assert_eq!(squashed("رئیس جمهوری"), squashed("رئیس جمهور") + "ی");
        assert!(!same_office("Chủ tịch UBND", "Chủ tịch UBND tỉnh", None));
        // and so does a word changed
        assert!(!same_office("Bộ trưởng Bộ Y tế", "Bộ trưởng Bộ Tài chính", None));
    }

    #[test]
    fn the_start_of_a_listed_office_is_listed_already() {
        let roles = ["Phó Bí thư Thường trực Tỉnh ủy Thừa Thiên Huế".to_owned(), "HLV trưởng CLB Hà Nội".to_owned()];
        assert!(lists_office(&roles, "Phó Bí thư Thường trực Tỉnh ủy", None));
        assert!(lists_office(&roles, "HLV", None));
        // a longer office is another
        assert!(!lists_office(&roles, "HLV trưởng CLB Hà Nội kiêm Giám đốc kỹ thuật", None));
        // whole words only: `رئیس` (head) is no start of `رئیس‌جمهور` (president)
        assert!(!lists_office(&["رئیس‌جمهور".to_owned()], "رئیس", None));
    }

    #[test]
    fn a_time_after_a_bodys_name_ends_the_office() {
        for (text, role) in [
            (
                "Trung tướng Tô Ân Xô, Chánh văn phòng Bộ Công an chiều nay xác nhận với phóng viên",
                "Chánh văn phòng Bộ Công an",
            ),
            ("Ông Nguyễn Văn An, Giám đốc Sở Y tế sáng 12/5 cho biết bệnh viện đã sẵn sàng", "Giám đốc Sở Y tế"),
            ("Bà Trần Thị Mai, Chủ tịch UBND xã hôm qua cho biết người dân đã được sơ tán", "Chủ tịch UBND xã"),
            // a word of a name that is a day's part too stays in it
            ("Ông Phạm Văn Đức, Giám đốc Công ty Sáng Tạo cho biết doanh thu tăng mạnh", "Giám đốc Công ty Sáng Tạo"),
            (
                "Ông Phạm Văn Đức, Giám đốc Nhà Văn hóa sáng tác, cho biết doanh thu tăng",
                "Giám đốc Nhà Văn hóa sáng tác",
            ),
        ] {
            assert_eq!(roles(text), [role], "{text}");
        }
    }

    #[test]
    fn a_dash_inside_a_body_name_does_not_close_the_apposition() {
        assert_eq!(
            roles("Bà Trần Thị Mai - giám đốc Sở Lao động - thương binh và xã hội TP.HCM - nhận định thị trường"),
            ["giám đốc Sở Lao động - thương binh và xã hội TP.HCM"]
        );
        // the predicate after the second dash is no part of the name
        assert_eq!(
            roles("Ông Lê Văn Nam - giám đốc Công ty Xăng dầu Khu vực II - cho biết giá xăng - dầu sẽ tăng"),
            ["giám đốc Công ty Xăng dầu Khu vực II"]
        );
        // nor is a second person after a dash
        assert_eq!(
            roles("Ông Lê Văn Nam - giám đốc Công ty Xăng dầu - TS Trần Thị Mai - phó giám đốc - cho biết"),
            ["giám đốc Công ty Xăng dầu"]
        );
        // with no second dash, the verb after the body's name ends the role,
        // and one after a noun in lower case is a word of it
        assert_eq!(
            roles("Ông Lê Văn Tám - Giám đốc Sở Giáo dục tỉnh Quảng Nam cho biết các trường đã sẵn sàng"),
            ["Giám đốc Sở Giáo dục tỉnh Quảng Nam"]
        );
        assert_eq!(
            roles("Ông Lê Văn Tám - chuyên gia phân tích thị trường tại Hà Nội"),
            ["chuyên gia phân tích thị trường tại Hà Nội"]
        );
        // so does it where a comma closes the phrase after the verb or its
        // report, but for a verb after a noun in lower case
        assert_eq!(
            roles("Ông Lê Văn Tám - Giám đốc Sở Giáo dục tỉnh Quảng Nam cho biết, các trường đã sẵn sàng"),
            ["Giám đốc Sở Giáo dục tỉnh Quảng Nam"]
        );
        assert_eq!(
            roles("Ông Lê Văn Tám - Giám đốc Sở Giáo dục tỉnh Quảng Nam cho biết năm nay, các trường đã sẵn sàng"),
            ["Giám đốc Sở Giáo dục tỉnh Quảng Nam"]
        );
        assert_eq!(
            roles("Ông Lê Văn Tám - chuyên gia phân tích thị trường, cho biết các trường đã sẵn sàng"),
            ["chuyên gia phân tích thị trường"]
        );
    }

    #[test]
    fn an_honorific_that_is_a_given_name_too_is_the_given_name_before_a_lone_surname() {
        assert_eq!(mention("امیر قلعه‌نویی گفت", Language::Persian), m(Some("امیر قلعه‌نویی"), None, None));
        // the rank before a full name or another rank
        assert_eq!(
            mention("امیر عبدالرحیم موسوی گفت", Language::Persian),
            m(Some("عبدالرحیم موسوی"), Some("امیر"), None)
        );
        assert_eq!(
            mention("امیر سرتیپ حسن رضایی گفت", Language::Persian),
            m(Some("حسن رضایی"), Some("امیر سرتیپ"), None)
        );
    }

    #[test]
    fn the_fields_a_body_lists_go_on_with_the_office_across_their_commas() {
        assert_eq!(
            mention("Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch Lê Văn Hòa cho biết", Language::Vietnamese),
            m(Some("Lê Văn Hòa"), None, Some("Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch"))
        );
        // a comma after a name lists persons, with or without their
        // honorifics
        for list in [
            "Giám đốc Viện Toán học Lê Văn Hòa, Trần Minh Đức và Phạm Thu Lan dự lễ",
            "Giám đốc Viện Toán học Lê Văn Hòa, GS Trần Minh Đức và GS Phạm Thu Lan dự lễ",
        ] {
            assert_eq!(roles(list), ["Giám đốc Viện Toán học"], "{list}");
        }
        // a comma no `và` closes a list with sets off the name
        assert_eq!(
            mention("Chủ tịch Hội Nông dân, Lê Văn Hòa cho biết", Language::Vietnamese).and_then(|m| m.role),
            Some("Chủ tịch Hội Nông dân".to_owned())
        );
        // and one before an office lists offices
        assert_eq!(
            roles("Giám đốc Sở Văn hóa, Phó Giám đốc Sở Du lịch và Trưởng phòng Lê Văn Hòa dự lễ")[0],
            "Giám đốc Sở Văn hóa"
        );
        // as does one before an honorific
        assert_eq!(
            mention("Giám đốc Sở Văn hóa, GS Trần Thu Lan và GS Lê Văn Hòa dự lễ", Language::Vietnamese)
                .and_then(|m| m.role),
            Some("Giám đốc Sở Văn hóa".to_owned())
        );
    }

    #[test]
    fn the_body_an_office_is_of_goes_on_with_it_across_its_comma() {
        assert_eq!(
            roles("ông Lê Văn Hải, Trưởng khoa Nội, Bệnh viện Đa khoa tỉnh, đây là ca bệnh hiếm"),
            ["Trưởng khoa Nội, Bệnh viện Đa khoa tỉnh"]
        );
        // a body no body's noun opens (`Bộ`), up to a comma or the
        // predicate
        assert_eq!(
            roles("ông Lê Văn Hải, Cục trưởng Cục Quản lý giá, Bộ Tài chính, cho biết"),
            ["Cục trưởng Cục Quản lý giá, Bộ Tài chính"]
        );
        assert_eq!(
            roles("ông Lê Văn Hải, Vụ trưởng Vụ Pháp chế, Bộ GD&ĐT, cho biết"),
            ["Vụ trưởng Vụ Pháp chế, Bộ GD&ĐT"]
        );
        // … also inside an apposition dashes set off, up to the dash that
        // closes it
        assert_eq!(
            roles(
                "ông Nguyễn Văn Hoàng - trưởng phòng quản lý dịch bệnh, Chi cục Chăn nuôi và thú y tỉnh Kiên Giang - cho biết dịch đang lan"
            ),
            ["trưởng phòng quản lý dịch bệnh, Chi cục Chăn nuôi và thú y tỉnh Kiên Giang"]
        );
        // … also after an office opening the phrase, up to its end; a name
        // (capitalised all through) or words in lower case are no body
        let vi = Language::Vietnamese;
        assert_eq!(
            mention("Cục trưởng Cục Quản lý giá, Bộ Tài chính", vi),
            m(None, None, Some("Cục trưởng Cục Quản lý giá, Bộ Tài chính"))
        );
        assert_eq!(
            mention("Giám đốc điều hành công ty, John Smith", vi),
            m(None, None, Some("Giám đốc điều hành công ty"))
        );
        assert_eq!(
            mention("Trưởng phòng Tổ chức, kiêm nhiệm phòng khác", vi),
            m(None, None, Some("Trưởng phòng Tổ chức"))
        );
        // a second office is one of its own
        assert_eq!(
            roles("ông Lê Văn Hải, Trưởng khoa Nội, Giám đốc Bệnh viện Đa khoa tỉnh, cho biết"),
            ["Trưởng khoa Nội", "Giám đốc Bệnh viện Đa khoa tỉnh"]
        );
    }

    #[test]
    fn a_dash_inside_a_name_or_a_compound_goes_on_with_the_office() {
        // in an office before the name
        assert_eq!(
            mention("Thứ trưởng Bộ Lao động - Thương binh và Xã hội Lê Văn Thanh cho biết", Language::Vietnamese),
            m(Some("Lê Văn Thanh"), None, Some("Thứ trưởng Bộ Lao động - Thương binh và Xã hội"))
        );
        assert_eq!(
            mention("Chủ tịch UBND tỉnh Bà Rịa - Vũng Tàu Nguyễn Văn Thọ cho biết", Language::Vietnamese),
            m(Some("Nguyễn Văn Thọ"), None, Some("Chủ tịch UBND tỉnh Bà Rịa - Vũng Tàu"))
        );
        // in an apposition a comma opened, up to the comma closing it
        assert_eq!(
            roles("Ông Trần Văn Sơn, Phó Chủ tịch UBND tỉnh Bà Rịa - Vũng Tàu, cho biết"),
            ["Phó Chủ tịch UBND tỉnh Bà Rịa - Vũng Tàu"]
        );
        // or between offices held together
        assert_eq!(
            mention("Bí thư Tỉnh ủy - Chủ tịch HĐND tỉnh Nguyễn Văn An cho biết", Language::Vietnamese),
            m(Some("Nguyễn Văn An"), None, Some("Bí thư Tỉnh ủy - Chủ tịch HĐND tỉnh"))
        );
        // a compound of two nouns joined by a dash, closed by the comma
        assert_eq!(
            roles("TS Lê Quang Minh, chuyên gia tài chính - ngân hàng, cho biết"),
            ["chuyên gia tài chính - ngân hàng"]
        );
        // a dash joining two nouns of a compound the body's name goes on
        // after in capitals, before the name, after it, and in an
        // apposition a dash opened
        let road_and_rail = "Trưởng Phòng CSGT đường bộ - đường sắt Công an tỉnh Quảng Ngãi";
        assert_eq!(
            mention(&format!("{road_and_rail} Hồ Văn Thư cho biết"), Language::Vietnamese),
            m(Some("Hồ Văn Thư"), None, Some(road_and_rail))
        );
        assert_eq!(roles(&format!("Thượng tá Hồ Văn Thư, {road_and_rail}, cho biết")), [road_and_rail]);
        assert_eq!(
            roles("Thượng tá Hồ Văn Thư- Trưởng Phòng CSGT đường bộ- đường sắt Công an tỉnh Quảng Ngãi xác nhận"),
            ["Trưởng Phòng CSGT đường bộ- đường sắt Công an tỉnh Quảng Ngãi"]
        );
        // … but the dash closing an apposition before its predicate joins
        // nothing: a stopword or a speech verb opens the words after it
        for predicate in ["đã ký Quyết định số 12", "khẳng định Việt Nam sẵn sàng", "yêu cầu Ban quản lý dự án"]
        {
            assert_eq!(
                roles(&format!("Ông Trần Văn Nam - Giám đốc Công ty cổ phần - {predicate}")),
                ["Giám đốc Công ty cổ phần"],
                "{predicate}"
            );
        }
        // … nor when no capital follows the words after it, or the words
        // before it are no nouns in lower case
        assert_eq!(roles("Ông Trần Văn Nam - Giám đốc Sở Y tế - ký Quyết định số 12"), ["Giám đốc Sở Y tế"]);
        assert_eq!(roles("Ông Trần Văn Nam - Giám đốc Sở Y tế - tham gia Ban chỉ đạo"), ["Giám đốc Sở Y tế"]);
        assert_eq!(
            roles("Ông Trần Văn Nam - Giám đốc Công ty cổ phần - tham dự hội nghị tổng kết"),
            ["Giám đốc Công ty cổ phần"]
        );
        // a longer phrase after the dash is no part of the office
        assert_eq!(
            roles("TS Lê Quang Minh, chuyên gia tài chính - người từng làm việc tại ngân hàng, cho biết")[0],
            "chuyên gia tài chính"
        );
        // a dash setting the name off from its office is no part of it
        for dash in ["-", "–", "—"] {
            assert_eq!(
                mention(&format!("Chủ tịch UBND huyện Hoà Bình {dash} Hồ Văn Linh nhấn mạnh"), Language::Vietnamese),
                m(Some("Hồ Văn Linh"), None, Some("Chủ tịch UBND huyện Hoà Bình")),
                "{dash}"
            );
        }
        // in an apposition, a dash before an office sets a second one off
        assert_eq!(
            roles("Ông Trần Văn Sơn, Giám đốc Công ty Xăng dầu Bà Rịa - Phó Chủ tịch Hiệp hội Xăng dầu, cho biết"),
            ["Giám đốc Công ty Xăng dầu Bà Rịa", "Phó Chủ tịch Hiệp hội Xăng dầu"]
        );
    }

    #[test]
    fn a_family_name_of_belonging_to_a_given_name_anchors_a_name_no_list_knows() {
        // `رضایی`, Reza's, after a given name no list has; `احمدی`, Ahmad's
        for name in ["صارم رضایی", "صارم احمدی", "صارم رضائی"] {
            assert_eq!(mention(name, Language::Persian).map(|m| m.bare), Some(false), "{name}");
        }
        // … not alone
        assert_eq!(mention("رضایی", Language::Persian).map(|m| m.bare), Some(true));
        // (a time after the name is no part of it: `شامگاه امشب`, tonight)
        let name = mention("صارم رضایی شامگاه امشب در جمع خبرنگاران", Language::Persian).and_then(|m| m.name);
        assert_eq!(name.as_deref(), Some("صارم رضایی"));
    }

    #[test]
    fn a_common_word_before_a_family_names_ending_written_apart_is_half_of_it_after_a_given_name() {
        // `ولی` (but) before `پور`, right after the given name
        assert_eq!(
            mention("مهدی ولی پور رئیس سازمان امداد و نجات", Language::Persian),
            m(Some("مهدی ولی پور"), None, Some("رئیس سازمان امداد و نجات"))
        );
        // further on, a common word before `زاده` (born) opens a clause
        let name = mention("علی رضایی که زاده تهران است", Language::Persian).and_then(|m| m.name);
        assert_eq!(name.as_deref(), Some("علی رضایی"));
        // … and so it does after a family name alone
        let name = mention("رضایی که زاده شیراز", Language::Persian).and_then(|m| m.name);
        assert_eq!(name.as_deref(), Some("رضایی"));
    }

    #[test]
    fn a_family_name_in_he_i_without_its_joiner_goes_on_after_a_given_name() {
        assert_eq!(
            mention("سردار جلیل موقوفهای صبح چهارشنبه خبر داد", Language::Persian),
            m(Some("جلیل موقوفهای"), Some("سردار"), None)
        );
        // … and opens the name right after an honorific
        assert_eq!(
            mention("حضرت آیت الله خامنهای در این دیدار افزودند", Language::Persian),
            m(Some("خامنهای"), Some("حضرت آیت الله"), None)
        );
        // a plural standing first is no name, nor one after a family name
        assert_eq!(mention("برنامه‌های دولت اعلام شد", Language::Persian), None);
        let name = mention("علی رضایی کتابهای زیادی نوشت", Language::Persian).and_then(|m| m.name);
        assert_eq!(name.as_deref(), Some("علی رضایی"));
    }

    #[test]
    fn the_field_a_deputy_serves_in_is_part_of_the_office() {
        assert_eq!(
            persian_role("فلاحتیان معاون وزیر نفت در امور برنامه ریزی تصریح کرد").as_deref(),
            Some("معاون وزیر نفت در امور برنامه ریزی")
        );
        // after another office it is what was spoken of
        assert_eq!(persian_role("علی رضایی وزیر نفت در امور بنزین تصریح کرد").as_deref(), Some("وزیر نفت"));
    }

    #[test]
    fn a_prefix_written_apart_from_its_adjective_goes_on_in_the_office() {
        assert_eq!(
            persian_role("فریبرز راشدی، رئیس مرکز اورژانس پیش بیمارستانی دانشگاه علوم پزشکی زاهدان گفت").as_deref(),
            Some("رئیس مرکز اورژانس پیش بیمارستانی دانشگاه علوم پزشکی زاهدان")
        );
        // before a pronoun or a determiner it is the preposition
        for text in ["رئیس پلیس پیش وی رفت", "رئیس پلیس پیش برخی رفت", "رئیس پلیس پیش مردم رفت"]
        {
            assert_eq!(persian_role(text).as_deref(), Some("رئیس پلیس"), "{text}");
        }
    }

    #[test]
    fn two_words_after_a_trade_are_the_name_a_person_goes_by() {
        let name = |text: &str| mention(text, Language::Vietnamese).and_then(|m| m.name);
        // a country's word may open it (`Mỹ`, `Đức`)
        assert_eq!(name("Ca sĩ Mỹ Tâm cũng có mặt trong đêm nhạc").as_deref(), Some("Mỹ Tâm"));
        assert_eq!(name("ca sĩ Đức Phúc lên sân khấu").as_deref(), Some("Đức Phúc"));
        // after an office two words may be its body's name; a place after
        // a trade is where the person is from
        // (or a club's, `Viettel FC`)
        for text in [
            "Giám đốc Minh Long cũng có mặt trong buổi lễ",
            "Cầu thủ Việt Nam đã thi đấu rất tốt",
            "Tiền đạo Viettel FC ghi bàn ở phút cuối",
        ] {
            assert_eq!(name(text), None, "{text}");
        }
    }

    #[test]
    fn a_family_name_of_a_prefix_and_a_given_name_is_no_verb() {
        // `میر` + a given name + the relational `ی` or its plural `یان`
        for (text, name) in [
            ("سید کمال الدین میرجعفریان از برگزاری جلسه خبر داد", "سید کمال الدین میرجعفریان"),
            ("علی میرمحمدی از برگزاری جلسه خبر داد", "علی میرمحمدی"),
        ] {
            let found = mention(text, Language::Persian).and_then(|m| m.name);
            assert_eq!(found.as_deref(), Some(name), "{text}");
        }
        // a verb in the imperfective still ends the name (`می` + `رسد`)
        let found = mention("علی میرسد و خبر داد", Language::Persian).and_then(|m| m.name);
        assert_eq!(found.as_deref(), Some("علی"));
    }

    #[test]
    fn a_persian_place_before_a_role_is_no_name() {
        // the city an agency reports from, before the comma of its phrase
        for text in ["مشهد، استاندار خراسان رضوی گفت", "ایران، وزیر امور خارجه گفت"]
        {
            assert_eq!(mention(text, Language::Persian), None, "{text}");
        }
        // a name is read as before, a place's name in it too
        assert_eq!(
            mention("علی مشهدی، استاندار خراسان رضوی گفت", Language::Persian),
            m(Some("علی مشهدی"), None, Some("استاندار خراسان رضوی"))
        );
    }

    #[test]
    fn a_persian_place_a_given_name_opens_is_the_offices() {
        // a place's ending written apart closes it (`شهر`, city; `آباد`)
        for (text, role) in
            [("نماینده شاهین شهر در مجلس", "نماینده شاهین شهر در مجلس"), ("بخشدار حسن آباد", "بخشدار حسن آباد")]
        {
            assert_eq!(mention(text, Language::Persian), m(None, None, Some(role)), "{text}");
        }
        // a name is read as before
        assert_eq!(
            mention("نماینده مردم تهران علی مطهری", Language::Persian).and_then(|m| m.name).as_deref(),
            Some("علی مطهری")
        );
    }

    #[test]
    fn a_persian_name_ends_before_a_scene_glued_to_its_preposition() {
        // `درگفت وگو`, `در گفت‌وگو` written without its space
        let found = mention("منصور مرادی درگفت وگو با خبرنگار خانه ملت", Language::Persian);
        assert_eq!(found.and_then(|m| m.name).as_deref(), Some("منصور مرادی"));
    }

    #[test]
    fn a_persian_role_ends_before_the_object_of_its_sentence() {
        assert_eq!(
            mention("سارا سندرز، سخنگوی کاخ سفید این سخنان را بیان کرد", Language::Persian),
            m(Some("سارا سندرز"), None, Some("سخنگوی کاخ سفید"))
        );
        // a count before the time after the role is no part of it
        assert_eq!(
            mention("کارولین لویت سخنگوی کاخ سفید یک روز قبل از سخنرانی گفت", Language::Persian),
            m(Some("کارولین لویت"), None, Some("سخنگوی کاخ سفید"))
        );
        for time in ["۲ ساعت پیش", "یک روز بعد"] {
            assert_eq!(
                mention(&format!("کارولین لویت سخنگوی کاخ سفید {time} در نشست خبری گفت"), Language::Persian),
                m(Some("کارولین لویت"), None, Some("سخنگوی کاخ سفید")),
                "{time}"
            );
        }
        // a work's or a firm's name in guillemets is the office's, but for
        // the object before `را`, and a long quotation
        for (text, name, role) in [
            ("مرتضی رحیمی، کارگردان «آندو» در نشست خبری این فیلم گفت", Some("مرتضی رحیمی"), "کارگردان «آندو»"),
            ("مدیرعامل شرکت «ایران خودرو» گفت", None, "مدیرعامل شرکت «ایران خودرو»"),
            ("سخنگوی دولت «اصلاح قیمت‌ها» را ضروری دانست", None, "سخنگوی دولت"),
            ("سخنگوی دولت «ما هرگز اجازه نخواهیم داد قیمت‌ها بالا برود» گفت", None, "سخنگوی دولت"),
        ] {
            assert_eq!(mention(text, Language::Persian), m(name, None, Some(role)), "{text}");
        }
        // a number right before the verb is the office's
        for verb in ["گفت", "تأکید کرد"] {
            assert_eq!(
                mention(&format!("عضو هیأت رئیسه کمیسیون اصل 90 {verb}"), Language::Persian),
                m(None, None, Some("عضو هیأت رئیسه کمیسیون اصل 90")),
                "{verb}"
            );
        }
        // the holder of a body (`دفتر رئیس‌جمهور`) ends the chain: the nouns
        // after it open the object, but for a place naming whose it is
        assert_eq!(
            mention(
                "معاون ارتباطات دفتر رئیس‌جمهور خبر برخی رسانه‌ها درباره برکناری وزیر را کذب دانست",
                Language::Persian
            ),
            m(None, None, Some("معاون ارتباطات دفتر رئیس‌جمهور"))
        );
        assert_eq!(
            mention("رئیس دفتر رئیس‌جمهور ایران در گفت‌وگو با خبرنگاران این خبر را تکذیب کرد", Language::Persian),
            m(None, None, Some("رئیس دفتر رئیس‌جمهور ایران"))
        );
        // without the marker the words after the holder are the role's
        assert_eq!(
            mention("معاون ارتباطات دفتر رئیس‌جمهور سابق در گفت‌وگو با خبرنگاران گفت", Language::Persian),
            m(None, None, Some("معاون ارتباطات دفتر رئیس‌جمهور سابق"))
        );
        // a noun of change past the office's words opens the object
        for change in ["افزایش", "کاهش", "رشد", "افت"] {
            assert_eq!(
                mention(&format!("رئیس کل بانک مرکزی {change} نرخ تورم را ناشی از تحریم‌ها دانست"), Language::Persian),
                m(None, None, Some("رئیس کل بانک مرکزی")),
                "{change}"
            );
        }
        // a demonstrative without the object marker is the role's own
        assert_eq!(
            mention("علیرضا دلاوری معاون بهداشتی این دانشگاه گفت", Language::Persian),
            m(Some("علیرضا دلاوری"), None, Some("معاون بهداشتی این دانشگاه"))
        );
        // a ministry's name ends a minister's office before the object, but
        // for a place saying whose ministry it is
        for (text, role) in [
            ("معاون وزیر جهاد کشاورزی شرایط آب و هوایی کشور را در تولید گندم مؤثر دانست", "معاون وزیر جهاد کشاورزی"),
            ("سخنگوی وزارت امور خارجه تحریم‌های جدید اروپا را غیرقانونی خواند", "سخنگوی وزارت امور خارجه"),
            ("وزیر امور خارجه ترکیه این دیدار را تکذیب کرد", "وزیر امور خارجه ترکیه"),
            ("وزیر امور خارجه این کشور این دیدار را تکذیب کرد", "وزیر امور خارجه این کشور"),
            ("سخنگوی وزارت امور خارجه کشورمان این ادعا را تکذیب کرد", "سخنگوی وزارت امور خارجه کشورمان"),
            // a ministry's word in another office is no ministry
            ("رئیس پژوهشکده علوم انسانی این طرح را ضروری دانست", "رئیس پژوهشکده علوم انسانی"),
        ] {
            assert_eq!(mention(text, Language::Persian), m(None, None, Some(role)), "{text}");
        }
        // without the marker the words after the ministry are the office's
        assert_eq!(
            mention("وزیر جهاد کشاورزی سابق در گفت‌وگو با خبرنگاران گفت", Language::Persian),
            m(None, None, Some("وزیر جهاد کشاورزی سابق"))
        );
    }

    #[test]
    fn persian_name_with_honorific() {
        assert_eq!(mention("دکتر علی ابرازه", Language::Persian), m(Some("علی ابرازه"), Some("دکتر"), None));
        // after the office, the honorific opens the name and is its title
        assert_eq!(
            mention("استاندار خراسان جنوبی آقای معتمدیان با اشاره به اجرای طرح‌ها گفت", Language::Persian),
            m(Some("معتمدیان"), Some("آقای"), Some("استاندار خراسان جنوبی"))
        );
        assert_eq!(
            mention("فرمانده انتظامی استان سردار احمد کریمی گفت", Language::Persian),
            m(Some("احمد کریمی"), Some("سردار"), Some("فرمانده انتظامی استان"))
        );
        // (one that is a given name too is the given name before a surname)
        assert_eq!(
            mention("سرمربی تیم ملی امیر قلعه‌نویی گفت", Language::Persian),
            m(Some("امیر قلعه‌نویی"), None, Some("سرمربی تیم ملی"))
        );
        // a cleric's and a grand ayatollah's honorifics are several words,
        // the conjunction of the first written apart on some sites
        assert_eq!(
            mention("حجت الاسلام و المسلمین محسنی اژه‌ای سخنگوی قوه قضائیه گفت", Language::Persian),
            m(Some("محسنی اژه‌ای"), Some("حجت الاسلام و المسلمین"), Some("سخنگوی قوه قضائیه"))
        );
        assert_eq!(
            mention("آیت‌الله العظمی مکارم شیرازی گفت", Language::Persian),
            m(Some("مکارم شیرازی"), Some("آیت‌الله العظمی"), None)
        );
    }

    #[test]
    fn a_persian_family_name_ends_before_what_the_copula_says_of_it() {
        // Mr Larijani is an experienced man
        let name = |text: &str| mention(text, Language::Persian).and_then(|m| m.name);
        assert_eq!(name("آقای لاریجانی فرد باتجربه‌ای است").as_deref(), Some("لاریجانی"));
        // a given name opens a name the copula may close, and so may a
        // family name by its ending
        assert_eq!(name("آقای علی لاریجانی نیست").as_deref(), Some("علی لاریجانی"));
        assert_eq!(name("آقای نعمت زاده است").as_deref(), Some("نعمت زاده"));
    }

    #[test]
    fn persian_one_of_the_holders_of_an_office() {
        assert_eq!(
            mention("علی رضایی، از نمایندگان مجلس", Language::Persian),
            m(Some("علی رضایی"), None, Some("از نمایندگان مجلس"))
        );
        assert_eq!(
            mention("سارا کریمی، از سخنگویان وزارت خارجه", Language::Persian),
            m(Some("سارا کریمی"), None, Some("از سخنگویان وزارت خارجه"))
        );
        // without the comma, `از` and a plural is the object of what follows
        assert_eq!(mention("علی رضایی از کارشناسان خواست", Language::Persian).and_then(|m| m.role), None);
        assert_eq!(persian_plural_stem("مدیران").as_deref(), Some("مدیر"));
        assert_eq!(persian_plural_stem("نمایندگان").as_deref(), Some("نماینده"));
        assert_eq!(persian_plural_stem("کارشناسها").as_deref(), Some("کارشناس"));
        assert_eq!(persian_plural_stem("سخنگویان").as_deref(), Some("سخنگو"));
        assert_eq!(persian_plural_stem("وزیریان").as_deref(), Some("وزیری"));
        assert_eq!(persian_plural_stem("گفت"), None);
    }

    #[test]
    fn persian_role_ends_before_the_day() {
        for text in ["کارین ژان پیر، سخنگوی کاخ سفید بعدازظهر دوشنبه", "کارین ژان پیر، سخنگوی کاخ سفید سه‌شنبه گذشته"]
        {
            assert_eq!(
                mention(text, Language::Persian),
                m(Some("کارین ژان پیر"), None, Some("سخنگوی کاخ سفید")),
                "{text}"
            );
        }
        // … and so does a name before the part of the day
        for text in ["سرهنگ مهرداد بابایی شامگاه چهارشنبه", "مهرداد بابایی سحرگاه امروز", "مهرداد بابایی دقایقی پیش"]
        {
            assert_eq!(
                mention(text, Language::Persian).and_then(|m| m.name).as_deref(),
                Some("مهرداد بابایی"),
                "{text}"
            );
        }
    }

    #[test]
    fn persian_role_ends_at_the_country_before_an_object() {
        // the nouns between the country and `را` are the object
        assert_eq!(
            mention("علی دایی سرمربی تیم ملی ایران فهرست بازیکنان را اعلام کرد", Language::Persian),
            m(Some("علی دایی"), None, Some("سرمربی تیم ملی ایران"))
        );
        // … and so are they before a compound verb's noun
        assert_eq!(
            mention("استیو ویتکاف نماینده آمریکا جلسه‌ای برگزار کند", Language::Persian),
            m(Some("استیو ویتکاف"), None, Some("نماینده آمریکا"))
        );
        // a compound verb right after the country leaves the office whole
        assert_eq!(
            mention("استیو ویتکاف نماینده ویژه آمریکا سفر کرد", Language::Persian),
            m(Some("استیو ویتکاف"), None, Some("نماینده ویژه آمریکا"))
        );
    }

    #[test]
    fn persian_role_ends_at_an_ordinal_or_a_superlative_past_the_office_before_an_object() {
        // the latest details are what the head explained, not his office
        assert_eq!(
            persian_role("رئیس سازمان امداد و نجات جمعیت هلال احمر آخرین جزییات زلزله را تشریح کرد").as_deref(),
            Some("رئیس سازمان امداد و نجات جمعیت هلال احمر")
        );
        // a superlative, joined or with its ending apart
        assert_eq!(
            persian_role("مدیرکل بهزیستی استان مهم‌ترین برنامه‌های سال را اعلام کرد").as_deref(),
            Some("مدیرکل بهزیستی استان")
        );
        assert_eq!(
            persian_role("مدیرکل بهزیستی استان مهم ترین برنامه‌های سال را اعلام کرد").as_deref(),
            Some("مدیرکل بهزیستی استان")
        );
        // with no `را` ahead, and right after the title, it says which body
        assert_eq!(persian_role("رئیس ستاد نخستین جشنواره فیلم گفت").as_deref(), Some("رئیس ستاد نخستین جشنواره فیلم"));
        assert_eq!(persian_role("رئیس نخستین دوره مجلس این طرح را نپذیرفت").as_deref(), Some("رئیس نخستین دوره مجلس"));
    }

    #[test]
    fn persian_role_ends_at_an_event_noun_past_the_office_before_an_object() {
        // the statement is what the spokesman judged, not part of the office
        assert_eq!(
            mention(
                "ناصر کنعانی سخنگوی وزارت امور خارجه بیانیه اخیر اتحادیه اروپا را مداخله‌جویانه خواند",
                Language::Persian
            ),
            m(Some("ناصر کنعانی"), None, Some("سخنگوی وزارت امور خارجه"))
        );
        // (a claim, in the ezafe, after an office with no body's noun)
        assert_eq!(
            mention("عباس عراقچی وزیر امور خارجه ادعای رسانه‌های غربی را کذب خواند", Language::Persian),
            m(Some("عباس عراقچی"), None, Some("وزیر امور خارجه"))
        );
        // with no `را` ahead an event's noun may be the office's own (the
        // secretary of the ceremony's headquarters)
        assert_eq!(
            mention("علی رضایی دبیر ستاد برگزاری مراسم گفت", Language::Persian).and_then(|m| m.role).as_deref(),
            Some("دبیر ستاد برگزاری مراسم")
        );
        // so is one right after the title (`دبیر همایش`, the conference's
        // secretary): no body's name comes before it
        assert_eq!(
            mention("علی رضایی دبیر همایش ملی آب، برنامه‌ها را اعلام کرد", Language::Persian)
                .and_then(|m| m.role)
                .as_deref(),
            Some("دبیر همایش ملی آب")
        );
        // and so is one right after the body's noun, which it names (the
        // headquarters of the Arbaeen ceremony)
        assert_eq!(
            mention("علی رضایی سخنگوی ستاد مراسم اربعین، برنامه‌ها را اعلام کرد", Language::Persian)
                .and_then(|m| m.role)
                .as_deref(),
            Some("سخنگوی ستاد مراسم اربعین")
        );
    }

    #[test]
    fn persian_role_ends_where_a_predicate_opens() {
        for (text, role) in [
            ("محسن پاک‌نژاد وزیر نفت خواستار افزایش تولید گاز شد", "وزیر نفت"),
            ("مسعود پزشکیان رئیس جمهور نگران وضعیت اقتصادی مردم است", "رئیس جمهور"),
            (
                "گیرمو دل تورو کارگردان مکزیکی فیلم شکل آب برنده جایزه اسکار بهترین فیلم شد",
                "کارگردان مکزیکی فیلم شکل آب",
            ),
        ] {
            assert_eq!(mention(text, Language::Persian).and_then(|m| m.role).as_deref(), Some(role), "{text}");
        }
    }

    #[test]
    fn vietnamese_player_positions_are_roles() {
        for (text, role) in
            [("Thủ thành Đặng Văn Lâm nói thêm", "Thủ thành"), ("Trung vệ Bùi Tiến Dũng cho biết", "Trung vệ")]
        {
            assert_eq!(mention(text, Language::Vietnamese).and_then(|m| m.role).as_deref(), Some(role), "{text}");
        }
    }

    #[test]
    fn persian_player_positions_are_roles() {
        assert_eq!(
            mention("مهدی طارمی مهاجم تیم ملی ایران پس از بازی گفت", Language::Persian),
            m(Some("مهدی طارمی"), None, Some("مهاجم تیم ملی ایران"))
        );
    }

    #[test]
    fn persian_this_office_is_its_holder() {
        // `این وزیر`: the minister named before, found by the office alone
        assert_eq!(mention("این وزیر امور خارجه", Language::Persian), m(None, None, Some("وزیر امور خارجه")));
    }

    #[test]
    fn persian_honorifics_end_a_name_unless_they_are_given_names() {
        assert_eq!(
            mention("سید امیر حسینی مدیرکل بهزیستی استان", Language::Persian),
            m(Some("سید امیر حسینی"), None, Some("مدیرکل بهزیستی استان"))
        );
    }

    #[test]
    fn a_number_is_no_persian_name() {
        // `دو استاندار`, two governors: a count of office holders
        assert_eq!(mention("دو استاندار سابق و جدید استان", Language::Persian).and_then(|m| m.name), None);
        assert_eq!(mention("سه وزیر", Language::Persian).and_then(|m| m.name), None);
    }

    #[test]
    fn persian_name_then_role() {
        assert_eq!(
            mention("محمدرضا ظفرقندی رئیس سازمان نظام پزشکی کشور", Language::Persian),
            m(Some("محمدرضا ظفرقندی"), None, Some("رئیس سازمان نظام پزشکی کشور"))
        );
        assert_eq!(
            mention("فرهاد قلی نژاد، مدیرکل حفاظت محیط زیست استان بوشهر", Language::Persian),
            m(Some("فرهاد قلی نژاد"), None, Some("مدیرکل حفاظت محیط زیست استان بوشهر"))
        );
    }

    #[test]
    fn a_persian_family_name_written_in_two_halves_keeps_both() {
        // the first half a noun that ends a name elsewhere (`دولت`, the
        // government, a body's noun), the second a family name's ending
        assert_eq!(
            mention("عباس جعفری دولت آبادی، دادستان تهران", Language::Persian),
            m(Some("عباس جعفری دولت آبادی"), None, Some("دادستان تهران"))
        );
        assert_eq!(mention("جعفری دولت آبادی", Language::Persian), m(Some("جعفری دولت آبادی"), None, None));
        // the ending glued on marks a family name standing alone
        assert!(mention("دولت‌آبادی", Language::Persian).is_some_and(|m| !m.bare));
        // the body's noun still ends a name without the ending, and opens none
        assert_eq!(
            mention("عباس جعفری دولت جدید", Language::Persian).and_then(|m| m.name),
            Some("عباس جعفری".to_owned())
        );
        assert!(mention("دولت آبادی", Language::Persian).is_none_or(|m| m.name.as_deref() != Some("دولت آبادی")));
        // nor does a stopword join the ending (`عمران و آبادی`, building
        // and prosperity)
        assert_eq!(
            mention("حسین عمران و آبادی", Language::Persian).and_then(|m| m.name),
            Some("حسین عمران".to_owned())
        );
        // nor a comma (`زاده`, born, after it: born in Tabriz)
        assert_eq!(
            mention("علی کریمی، زاده تبریز", Language::Persian).and_then(|m| m.name),
            Some("علی کریمی".to_owned())
        );
        // and a name stays within its length
        let long = mention("محمد حسن علی جعفری دولت آبادی", Language::Persian).and_then(|m| m.name);
        assert!(long.is_some_and(|name| name.split(' ').count() <= NAME_MAX_WORDS));
        // … which an ending written apart, half of the last word, does not
        // count
        for ending in ["نژاد", "زاده"] {
            let name = format!("سید محمد مهدی طباطبایی {ending}");
            let said = mention(&format!("{name} دبیر جشنواره"), Language::Persian);
            assert_eq!(said.as_ref().and_then(|m| m.name.as_deref()), Some(name.as_str()));
            assert_eq!(said.and_then(|m| m.role).as_deref(), Some("دبیر جشنواره"));
        }
        let long = mention("سید محمد مهدی طباطبایی فرد", Language::Persian).and_then(|m| m.name);
        assert_eq!(long.as_deref(), Some("سید محمد مهدی طباطبایی"));
    }

    #[test]
    fn persian_role_only_and_pronoun() {
        assert_eq!(
            mention("رییس دانشگاه علوم پزشکی قم", Language::Persian),
            m(None, None, Some("رییس دانشگاه علوم پزشکی قم"))
        );
        assert!(mention("وی", Language::Persian).is_some_and(|m| m.pronoun));
        // roles outside government: a critic, a player after their names
        assert_eq!(
            mention("آنتونی لین منتقد آمریکایی", Language::Persian),
            m(Some("آنتونی لین"), None, Some("منتقد آمریکایی"))
        );
        assert_eq!(
            mention("علی کریمی بازیکن سابق تیم ملی", Language::Persian),
            m(Some("علی کریمی"), None, Some("بازیکن سابق تیم ملی"))
        );
        // a senator is named like a doctor: the title, then the name
        assert_eq!(mention("سناتور برنی سندرز", Language::Persian), m(Some("برنی سندرز"), Some("سناتور"), None));
    }

    #[test]
    fn an_office_met_by_role_alone_is_the_holder_named_later() {
        for (language, office, named) in [
            (Language::Persian, "رییس دانشگاه علوم پزشکی قم", "دکتر محمد رضایی رئیس دانشگاه علوم پزشکی قم"),
            (Language::Vietnamese, "Chủ tịch UBND tỉnh Quảng Nam", "ông Lê Văn Dũng, Chủ tịch UBND tỉnh Quảng Nam"),
        ] {
            let mut register = Register::default();
            let office = mention(office, language).unwrap_or_else(|| panic!("{office}"));
            let first = register.refer(&office, true);
            register.next_sentence();
            let named = mention(named, language).unwrap_or_else(|| panic!("{named}"));
            let holder = register.refer(&named, true);
            assert_eq!(first.map(|i| register.resolve(i)), holder, "{language:?}");
        }
        // a short role names no one office: the first minister met is not
        // the one named later
        let mut register = Register::default();
        let first = mention("وزیر", Language::Persian).and_then(|m| register.refer(&m, true));
        register.next_sentence();
        let named = mention("محمد رضایی وزیر بهداشت", Language::Persian).and_then(|m| register.refer(&m, true));
        assert!(first.is_none() || first.map(|i| register.resolve(i)) != named);
    }

    #[test]
    fn a_name_of_a_lone_joiner_is_no_one() {
        // a zero-width non-joiner standing alone before a speech verb is a
        // word to the tokenizer, and folds to nothing
        let data = Language::Persian.data().unwrap_or_else(|| unreachable!());
        let mut register = Register::new(data);
        let joiner = Mention { name: Some("\u{200c}".to_owned()), bare: true, ..Mention::default() };
        assert_eq!(register.provisional_speaker(&joiner), None);
        let titled = Mention { title: Some("آقای".to_owned()), ..joiner };
        assert_eq!(register.refer(&titled, true), None);
        register.resolve_provisional();
        // a one-word name is kept provisionally still
        let bare = Mention { name: Some("زاهدی".to_owned()), bare: true, ..Mention::default() };
        assert!(register.provisional_speaker(&bare).is_some());
    }

    #[test]
    fn an_office_with_the_home_country_is_the_office_without_it() {
        let data = Language::Persian.data().unwrap_or_else(|| unreachable!());
        let refer_both = |first: &str, then: &str| {
            let mut register = Register::new(data);
            let first = mention(first, Language::Persian).and_then(|m| register.refer(&m, true));
            register.next_sentence();
            let named = mention(then, Language::Persian).and_then(|m| register.refer(&m, true));
            (first.map(|i| register.resolve(i)), named)
        };
        let (lead, named) = refer_both("وزیر امور خارجه کشورمان", "سید عباس عراقچی وزیر امور خارجه");
        assert_eq!(lead, named);
        let (lead, named) = refer_both("رئیس جمهور کشورمان", "مسعود پزشکیان رئیس جمهور");
        assert_eq!(lead, named);
        // another country's minister is another person
        let (lead, named) = refer_both("وزیر امور خارجه آمریکا", "سید عباس عراقچی وزیر امور خارجه");
        assert_ne!(lead, named);
        // the home country is no office by itself
        assert_eq!(without_home_country("کشورمان", Some(&data.home_country)), "کشورمان");
        assert_eq!(without_home_country("رئیس جمهور ایران", Some(&data.home_country)), "رئیس جمهور");
    }

    #[test]
    fn a_persian_posting_goes_on_past_in_to_its_place() {
        let fa = Language::Persian;
        for (text, role) in [
            ("محمد کشاورززاده سفیر ایران در چین گفت", "سفیر ایران در چین"),
            ("علی رضایی نماینده مردم تهران در مجلس گفت", "نماینده مردم تهران در مجلس"),
            // (past a country the predicate's noun is no part of it)
            ("علی رضایی نماینده ایران در سازمان اوپک اظهار کرد", "نماینده ایران در سازمان اوپک"),
            ("علی رضایی سفیر ایران در چین اظهار کرد", "سفیر ایران در چین"),
            // where the holder spoke is no part of the office, nor is a
            // place after another office's `در`, and a posting has one place
            ("علی رضایی سفیر ایران در نشست خبری گفت", "سفیر ایران"),
            ("علی رضایی وزیر نفت در تهران گفت", "وزیر نفت"),
            ("علی رضایی سفیر ایران در چین در مجلس گفت", "سفیر ایران در چین"),
        ] {
            let found = mention(text, fa).unwrap_or_default();
            assert!(found.name.is_some(), "{text}");
            assert_eq!(found.role.as_deref(), Some(role), "{text}");
        }
    }

    #[test]
    fn a_name_after_the_government_of_a_whole_office_is_its_heads() {
        let fa = Language::Persian;
        // the oil minister of Hassan Rouhani's government: no name of the
        // minister's, and the government's head is a part of the role
        for (text, role) in [
            ("وزیر نفت دولت حسن روحانی گفت", "وزیر نفت دولت حسن روحانی"),
            ("وزیر امور خارجه کابینه محمود احمدی‌نژاد گفت", "وزیر امور خارجه کابینه محمود احمدی‌نژاد"),
            ("وزیر نفت دولت آقای روحانی گفت", "وزیر نفت دولت آقای روحانی"),
        ] {
            let found = mention(text, fa).unwrap_or_default();
            assert_eq!((found.name.as_deref(), found.role.as_deref()), (None, Some(role)), "{text}");
        }
        // the government's spokesman, and the cabinet's secretary: the
        // government is the office's body, and the name its holder's
        for (text, role) in
            [("سخنگوی دولت علی ربیعی گفت", "سخنگوی دولت"), ("دبیر هیئت دولت علی ربیعی گفت", "دبیر هیئت دولت")]
        {
            let found = mention(text, fa).unwrap_or_default();
            assert_eq!((found.name.as_deref(), found.role.as_deref()), (Some("علی ربیعی"), Some(role)), "{text}");
        }
        // a name before the government is the office's holder still
        let found = mention("وزیر نفت بیژن زنگنه گفت", fa).unwrap_or_default();
        assert_eq!((found.name.as_deref(), found.role.as_deref()), (Some("بیژن زنگنه"), Some("وزیر نفت")));
    }

    #[test]
    fn a_persian_demonstrative_phrase_takes_its_adjectives() {
        let data = Language::Persian.data().unwrap_or_else(|| unreachable!());
        let used = |text: &str| {
            let tokens = text::tokenize(text);
            parse(text, &tokens, 0, tokens.len(), Language::Persian, data).map(|(m, used)| (m.pronoun, used))
        };
        assert_eq!(used("این مقام صنفی همچنین از ثبات قیمت خبر داد"), Some((true, 3)));
        assert_eq!(used("این مقام ارشد امنیتی افزود"), Some((true, 4)));
        // a speech verb, a connective or a plain pronoun takes none
        assert_eq!(used("این مقام مسئول یادآوری کرد"), Some((true, 3)));
        assert_eq!(used("این مقام همچنین افزود"), Some((true, 2)));
        assert_eq!(used("وی عراقی را دید"), Some((true, 1)));
    }

    #[test]
    fn a_vietnamese_office_goes_on_past_a_comma_to_its_parent_body_and_holder() {
        let vi = Language::Vietnamese;
        let found = mention("Cục trưởng Cục Lãnh sự, Bộ Ngoại giao Nguyễn Thị Hương Lan", vi).unwrap_or_default();
        assert_eq!(found.name.as_deref(), Some("Nguyễn Thị Hương Lan"), "{found:?}");
        assert_eq!(found.role.as_deref(), Some("Cục trưởng Cục Lãnh sự, Bộ Ngoại giao"), "{found:?}");
        // a comma before the holder's honorific or name, or before another
        // office, ends the office
        for text in [
            "Cục trưởng Cục Lãnh sự, Bà Nguyễn Thị Hương Lan",
            "Cục trưởng Cục Lãnh sự, Nguyễn Thị Hương Lan",
            "Cục trưởng Cục Lãnh sự, Phó Chủ tịch Nguyễn Thị Hương Lan",
        ] {
            let found = mention(text, vi).unwrap_or_default();
            assert_eq!(found.role.as_deref(), Some("Cục trưởng Cục Lãnh sự"), "{text}: {found:?}");
        }
        // … and so does one before a body that does not close the phrase
        let found = mention("Cục trưởng Cục Lãnh sự, Bộ Ngoại giao, Nguyễn Thị Hương Lan", vi).unwrap_or_default();
        assert_eq!(found.role.as_deref(), Some("Cục trưởng Cục Lãnh sự"), "{found:?}");
        // the parent body may stand in brackets, its fields joined by a dash
        for office in [
            "Cục trưởng Cục Cảnh sát giao thông (Bộ Công an)",
            "Cục trưởng Cục Việc làm (Bộ Lao động - Thương binh và Xã hội)",
            "Cục trưởng Cục Du lịch Quốc gia Việt Nam (Bộ Văn hóa, Thể thao và Du lịch)",
        ] {
            let found = mention(&format!("{office} Nguyễn Văn Sơn"), vi).unwrap_or_default();
            assert_eq!((found.name.as_deref(), found.role.as_deref()), (Some("Nguyễn Văn Sơn"), Some(office)));
        }
        // … not a place (no body's name has only capitals), nor a person,
        // nor more words than a body's name; and after an office only
        for bracketed in [
            "Cục trưởng Cục Cảnh sát giao thông (Hà Nội) Nguyễn Văn Sơn",
            "Cục trưởng Cục Cảnh sát giao thông (Bộ trưởng Bộ Công an) Nguyễn Văn Sơn",
            "Cục trưởng Cục Cảnh sát giao thông (Bộ Công an và các cơ quan liên quan khác) Nguyễn Văn Sơn",
            "Ông Nguyễn Văn Sơn (Bộ Công an) Nguyễn Văn Sơn",
            "Nguyễn Văn Sơn (Bộ Công an), Cục trưởng Cục Cảnh sát giao thông",
            "Cục trưởng Cục Cảnh sát giao thông (Bộ Công an, Nguyễn Văn Sơn",
            "Cục trưởng Cục Cảnh sát giao thông (Bộ Công an. Nguyễn Văn Sơn",
            "Cục trưởng Cục Việc làm (Bộ Lao động - thương binh) Nguyễn Văn Sơn",
            // a comma lists fields only when `và` and a capital close them
            "Cục trưởng Cục Du lịch (Bộ Văn hóa, Thể thao) Nguyễn Văn Sơn",
            "Cục trưởng Cục Du lịch (Bộ Văn hóa, Phó Chủ tịch và Du lịch) Nguyễn Văn Sơn",
        ] {
            let found = mention(bracketed, vi).unwrap_or_default();
            assert!(found.role.as_deref().is_none_or(|role| !role.contains('(')), "{bracketed}: {found:?}");
        }
    }

    #[test]
    fn a_name_after_and_is_no_holder_of_the_title_before() {
        let vi = Language::Vietnamese;
        // the second of two subjects: the title is the first one's
        let first =
            mention("Tiền đạo Peter Samuel sắm vai người hùng của trận đấu và Phạm Xuân Mạnh là người kiến tạo", vi);
        assert_eq!(first.and_then(|m| m.name).as_deref(), Some("Peter Samuel"));
        let second = mention("Tiền đạo của đội khách sắm vai người hùng và Phạm Xuân Mạnh là người kiến tạo", vi);
        assert!(second.as_ref().is_none_or(|m| m.name.is_none()), "{second:?}");
        // a body's name joined by `và` goes on to the holder's
        assert_eq!(
            mention("Bộ trưởng Bộ Tài nguyên và Môi trường Trần Hồng Hà", vi).and_then(|m| m.name).as_deref(),
            Some("Trần Hồng Hà")
        );
    }

    #[test]
    fn an_acronym_in_brackets_stays_in_the_office_before_the_name() {
        let vi = Language::Vietnamese;
        for (phrase, name, role) in [
            ("Tổng Bí thư (TBT) Tô Lâm", "Tô Lâm", "Tổng Bí thư (TBT)"),
            (
                "Chủ tịch Ủy ban nhân dân (UBND) tỉnh Nghệ An Nguyễn Đức Trung",
                "Nguyễn Đức Trung",
                "Chủ tịch Ủy ban nhân dân (UBND) tỉnh Nghệ An",
            ),
            // a word in capitals that could be a syllable is an acronym in brackets
            ("Giám đốc Sở Y tế (SYT) Hà Nội Vũ Cao Cương", "Vũ Cao Cương", "Giám đốc Sở Y tế (SYT) Hà Nội"),
        ] {
            assert_eq!(mention(phrase, vi), m(Some(name), None, Some(role)), "{phrase}");
        }
        // brackets holding more than an acronym end the phrase
        let aside = mention("Tổng Bí thư (nhiệm kỳ mới) Tô Lâm", vi);
        assert!(aside.as_ref().is_none_or(|m| m.name.is_none()), "{aside:?}");
    }

    #[test]
    fn a_state_bodys_name_in_capitals_after_an_office_is_no_holder() {
        let vi = Language::Vietnamese;
        for office in ["Bộ trưởng Bộ Công Thương", "Giám đốc Sở Công Thương", "Cục trưởng Cục Hàng Hải"]
        {
            assert_eq!(mention(office, vi), m(None, None, Some(office)));
        }
        // the holder's name after it is still theirs
        assert_eq!(
            mention("Bộ trưởng Bộ Công Thương Nguyễn Hồng Diên", vi),
            m(Some("Nguyễn Hồng Diên"), None, Some("Bộ trưởng Bộ Công Thương"))
        );
    }

    #[test]
    fn a_persian_family_name_may_open_with_an_honorific_and_end_in_ha() {
        let fa = Language::Persian;
        let name = |text: &str| mention(text, fa).and_then(|m| m.name);
        for (text, full) in [
            ("علی حاج محمدی گفت", "علی حاج محمدی"),
            ("محمد حاج رسولی ها افزود", "محمد حاج رسولی ها"),
            ("محمد حاج\u{200C}رسولی\u{200C}ها افزود", "محمد حاج\u{200C}رسولی\u{200C}ها"),
            ("محمد رسولیها افزود", "محمد رسولیها"),
        ] {
            assert_eq!(name(text).as_deref(), Some(full), "{text}");
        }
        // a given name after the honorific opens another person's name, as
        // it does before a verb; a plural of another ending is no name's,
        // nor is `ها` alone
        for (text, first) in [
            ("علی حاج محمد", "علی"),
            ("علی حاج گفت", "علی"),
            ("علی کتابها", "علی"),
            ("علی کتاب ها", "علی کتاب"),
            ("علی ها", "علی"),
        ] {
            assert_eq!(name(text).as_deref(), Some(first), "{text}");
        }
    }

    #[test]
    fn a_persian_office_named_for_a_task_goes_on_past_the_tasks_preposition() {
        let fa = Language::Persian;
        assert_eq!(
            mention("رئیس کمیته حمایت از کالای ایرانی علی احمدی", fa),
            m(Some("علی احمدی"), None, Some("رئیس کمیته حمایت از کالای ایرانی"))
        );
        assert_eq!(
            mention("دبیرکل ستاد مبارزه با مواد مخدر گفت", fa),
            m(None, None, Some("دبیرکل ستاد مبارزه با مواد مخدر"))
        );
        // the preposition elsewhere still ends the office …
        assert_eq!(mention("رئیس کمیته تلفیق با نمایندگان گفت", fa), m(None, None, Some("رئیس کمیته تلفیق")));
        // … and after a ministry's name, which the noun is; a minister's
        // task that names no ministry here, or the noun after another
        // office, goes on
        assert_eq!(mention("وزیر دفاع از طرح جدید دفاع کرد", fa), m(None, None, Some("وزیر دفاع")));
        assert_eq!(mention("وزیر حفاظت از محیط زیست چین گفت", fa), m(None, None, Some("وزیر حفاظت از محیط زیست چین")));
        assert_eq!(
            mention("دبیر کانون دفاع از حقوق زندانیان گفت", fa),
            m(None, None, Some("دبیر کانون دفاع از حقوق زندانیان"))
        );
        // … and with no word of the object after it
        assert_eq!(mention("مدیرکل دفتر حمایت از «", fa), m(None, None, Some("مدیرکل دفتر حمایت")));
        // a noun written apart is the noun still
        assert_eq!(
            mention("مدیر کل دفتر بهره برداری از تاسیسات آب گفت", fa),
            m(None, None, Some("مدیر کل دفتر بهره برداری از تاسیسات آب"))
        );
        // an office of a company's department, to the province: 15 words
        let office = "مدیر دفتر بهره‌برداری و نگهداری از تأسیسات آبی و برقابی شرکت آب منطقه‌ای استان تهران";
        assert_eq!(mention(&format!("{office} گفت"), fa), m(None, None, Some(office)));
    }

    #[test]
    fn an_office_said_of_the_person_after_a_copula_ends_before_it() {
        let vi = Language::Vietnamese;
        assert_eq!(
            mention("Bí thư T.Ư Đoàn là chị Lâm Phương Thanh", vi),
            m(Some("Lâm Phương Thanh"), Some("chị"), Some("Bí thư T.Ư Đoàn"))
        );
        // the nearer of two titles still holds the office
        let found = mention("Bí thư Thứ nhất T.Ư Đoàn khóa IX cùng hai Bí thư T.Ư Đoàn là anh Nguyễn Hoàng Hiệp", vi);
        assert_eq!(found, m(Some("Nguyễn Hoàng Hiệp"), Some("anh"), Some("Bí thư T.Ư Đoàn")));
        // … and before a name no honorific introduces
        assert_eq!(
            mention("Giám đốc công ty là Nguyễn Văn An", vi),
            m(Some("Nguyễn Văn An"), None, Some("Giám đốc công ty"))
        );
    }

    #[test]
    fn a_bodys_name_met_again_in_the_office_is_no_holder() {
        let vi = Language::Vietnamese;
        // (`Hội nghị Bộ trưởng …`, the ministerial conference, opens the sentence)
        let sentence = "Bộ trưởng lần thứ 16 Cơ quan Liên Hợp Quốc về Thương mại và Phát triển \
                        khai mạc trọng thể tại Trụ sở Liên Hợp Quốc tại thành phố Geneve";
        let found = mention(sentence, vi);
        assert!(found.as_ref().is_none_or(|m| m.name.is_none()), "{found:?}");
        // a name the body's words do not repeat is still found
        let found = mention("Bộ trưởng Thương mại Singapore Lim Hng Kiang ngỏ ý ủng hộ", vi);
        assert_eq!(found.and_then(|m| m.name).as_deref(), Some("Lim Hng Kiang"));
    }

    #[test]
    fn an_office_said_again_with_its_place_in_other_brackets_is_listed_once() {
        let roles = ["Hiệu trưởng trường THCS Ngô Mây (huyện Tuy An)".to_string()];
        assert!(lists_office(&roles, "hiệu trưởng Trường THCS Ngô Mây (xã An Ninh, huyện Tuy An)", None));
        assert!(lists_office(&roles, "hiệu trưởng trường THCS Ngô Mây", None));
        assert!(!lists_office(&roles, "Hiệu trưởng trường THCS Lê Lợi (huyện Tuy An)", None));
        // a single word before the brackets names no one office
        assert!(!lists_office(&["HLV (Hà Nội)".to_string()], "HLV (Huế)", None));
    }

    #[test]
    fn a_body_named_after_a_person_is_no_holder_of_its_office() {
        let vi = Language::Vietnamese;
        // the school's kind in capitals stands between its noun and its
        // name; the hospital's name goes on after a family name
        for text in [
            "Hiệu trưởng trường THCS Lê Quý Đôn",
            "Hiệu trưởng Trường THCS Lê Quý Đôn",
            "Giám đốc Bệnh viện Nguyễn Văn Nam",
            // … and the kind in words, or kinds joined by `và`
            "Hiệu trưởng Trường THPT chuyên Lê Hồng Phong",
            "Hiệu trưởng Trường Tiểu học và THCS Triệu Vân",
            "Giám đốc Bệnh viện Đa khoa Nguyễn Đình Chiểu",
        ] {
            let found = mention(text, vi).unwrap_or_else(|| panic!("{text}"));
            assert_eq!(found.name, None, "{text}");
            assert_eq!(found.role.as_deref(), Some(text), "{text}");
        }
        // a full name after the body's name is its holder's
        for (text, role) in [
            ("Hiệu trưởng trường THCS Lê Quý Đôn Phan Tân Quang cho biết", "Hiệu trưởng trường THCS Lê Quý Đôn"),
            ("Giám đốc Công ty TNHH Hoàng Long Nguyễn Văn Nam cho biết", "Giám đốc Công ty TNHH Hoàng Long"),
            // (a province's hospital: the unit stands for the article's province)
            ("Giám đốc Bệnh viện Đa khoa tỉnh Nguyễn Văn Minh cho biết", "Giám đốc Bệnh viện Đa khoa tỉnh"),
        ] {
            let found = mention(text, vi).unwrap_or_else(|| panic!("{text}"));
            assert_eq!(found.role.as_deref(), Some(role), "{text}");
            assert!(found.name.is_some_and(|name| text.contains(&format!("{role} {name} "))), "{text}");
        }
    }

    #[test]
    fn a_run_no_family_name_opens_after_an_administrative_unit_is_its_place() {
        let vi = Language::Vietnamese;
        for text in
            ["lãnh đạo Công an huyện Bắc Trà My đã nhận được thông tin", "Trưởng Công an huyện Nam Trà My cho biết"]
        {
            let found = mention(text, vi).unwrap_or_else(|| panic!("{text}"));
            assert_eq!(found.name, None, "{text}");
            assert!(
                found
                    .role
                    .as_deref()
                    .is_some_and(|role| role.contains("huyện Bắc Trà My") || role.contains("huyện Nam Trà My")),
                "{found:?}"
            );
        }
        // … and so is a place whose words are no Vietnamese syllables,
        // as a foreign name's are not
        for text in ["Trưởng Công an huyện Krông Búk", "Chủ tịch UBND xã Ea Kly"] {
            let found = mention(text, vi).unwrap_or_else(|| panic!("{text}"));
            assert_eq!(found.name, None, "{text}");
        }
        // a full name a family name opens is still the holder's
        let found = mention("Phó Chủ tịch UBND tỉnh Trần Văn Chiến cho biết", vi);
        assert_eq!(found.and_then(|m| m.name).as_deref(), Some("Trần Văn Chiến"));
    }

    #[test]
    fn a_foreign_name_after_a_bodys_name_ends_the_run_of_capitals() {
        let vi = Language::Vietnamese;
        for (phrase, name, role) in [
            ("Tổng thư ký Liên Hợp Quốc António Guterres", "António Guterres", "Tổng thư ký Liên Hợp Quốc"),
            ("Người phát ngôn Nhà Trắng Karine Jean-Pierre", "Karine Jean-Pierre", "Người phát ngôn Nhà Trắng"),
            // a body's own foreign name stays the body's
            ("Người phát ngôn Điện Kremlin Dmitry Peskov", "Dmitry Peskov", "Người phát ngôn Điện Kremlin"),
            ("HLV trưởng CLB Hà Nội Makoto Teguramori", "Makoto Teguramori", "HLV trưởng CLB Hà Nội"),
            // a given name no Vietnamese syllable is shaped as (`ea`)
            ("Phát ngôn viên Nhà Trắng Sean Spicer", "Sean Spicer", "Phát ngôn viên Nhà Trắng"),
            // a family name opening the body's name (`Bạch`) opens no
            // person's name with a foreign word in it
            ("Tùy viên báo chí Tòa Bạch Ốc Sean Spicer", "Sean Spicer", "Tùy viên báo chí Tòa Bạch Ốc"),
        ] {
            assert_eq!(mention(phrase, vi), m(Some(name), None, Some(role)), "{phrase}");
        }
        // before the predicate too
        let found = mention("Tổng thư ký Liên Hợp Quốc António Guterres kêu gọi các bên kiềm chế", vi);
        assert_eq!(found.and_then(|m| m.name).as_deref(), Some("António Guterres"));
        // two foreign words after the office's words in lower case, before
        // the predicate or ending the phrase
        let found = mention("Bộ trưởng Y tế Jitendra Singh bác bỏ nguyên nhân gây bệnh", vi);
        assert_eq!(found, m(Some("Jitendra Singh"), None, Some("Bộ trưởng Y tế")));
        let found = mention("Tổng thống đương nhiệm Donald Trump", vi);
        assert_eq!(found, m(Some("Donald Trump"), None, Some("Tổng thống đương nhiệm")));
        let company = mention("Giám đốc công ty Samsung Electronics", vi);
        assert!(company.as_ref().is_none_or(|m| m.name.is_none()), "{company:?}");
        // but not a team's name and its territory (`Olympic Macau`), nor a
        // company after its body noun
        for phrase in
            ["cầu thủ Olympic Macau nhập cuộc quá tệ", "Giám đốc công ty Samsung Electronics cho biết doanh thu tăng"]
        {
            let found = mention(phrase, vi);
            assert!(found.as_ref().is_none_or(|m| m.name.is_none()), "{phrase}: {found:?}");
        }
        // a foreign name alone after the title is whole
        assert_eq!(mention("HLV Park Hang-seo", vi), m(Some("Park Hang-seo"), None, Some("HLV")));
    }

    #[test]
    fn vietnamese_syllables_in_capitals_are_no_initials() {
        for syllable in ["TRẦN", "VĂN", "HIỆP", "AN", "NGUYỄN", "GÌN", "QUỐC", "ĐỨC", "tỉnh"] {
            assert!(is_vietnamese_syllable(syllable), "{syllable}");
            assert!(!is_acronym(syllable), "{syllable}");
        }
        for initials in ["UBND", "HĐND", "ĐBQH", "TP", "BCA", "ASEAN", "COVID", "WHO"] {
            assert!(!is_vietnamese_syllable(initials), "{initials}");
            assert!(is_acronym(initials), "{initials}");
        }
        // every run of vowels Vietnamese writes, and none it does not
        for syllable in ["người", "khuya", "yêu", "yên", "xoong", "quyền", "giữa", "khuỷu", "ngoẹo", "hươu", "khuấy"]
        {
            assert!(is_vietnamese_syllable(syllable), "{syllable}");
        }
        for foreign in ["Sean", "Louis", "Lee", "Jean", "Spicer", "Neue"] {
            assert!(!is_vietnamese_syllable(foreign), "{foreign}");
        }
        assert_eq!(in_title_case_if_capitals("TRẦN VĂN HIỆP"), "Trần Văn Hiệp");
        assert_eq!(in_title_case_if_capitals("ÔNG"), "Ông");
        // mixed case, initials, and a script without case stay as written
        for name in ["Trần Văn Hiệp", "UBND", "LÊ VĂN AN UBND", "ذبیح الله مجاهد"] {
            assert_eq!(in_title_case_if_capitals(name), name);
        }
    }

    #[test]
    fn persian_common_words_are_not_names() {
        assert_eq!(mention("این آمارها", Language::Persian), None);
        assert!(mention("ابرازه", Language::Persian).is_some_and(|m| m.bare));
        // a family name by its ending is a person's, joined or apart, with
        // or without the joiner; a suffix alone is a common word
        for surname in ["نعمت‌زاده", "نعمتزاده", "نعمت زاده", "ولی‌پور", "قلی نژاد"]
        {
            assert!(mention(surname, Language::Persian).is_some_and(|m| !m.bare), "{surname}");
        }
        // given names compounded in one word no list holds
        let data = Language::Persian.data().unwrap_or_else(|| unreachable!());
        for given in ["یعقوبعلی", "یعقوب‌علی", "محمدیعقوب"] {
            assert!(is_persian_given_name(&text::fold(given), data), "{given}");
        }
        for word in ["فعلی", "جعلی", "محمدی", "علی‌آباد"] {
            assert!(!is_persian_given_name(&text::fold(word), data), "{word}");
        }
        assert!(mention("یعقوبعلی نظری", Language::Persian).is_some_and(|m| !m.bare));
        for word in ["نژاد", "شهروند", "بریتانیا"] {
            assert!(mention(word, Language::Persian).is_none_or(|m| m.bare), "{word}");
        }
        // a plural before a role is no holder of it, with or without the
        // joiner before the suffix
        for phrase in ["پروتکلهای رئیس جمهوری روسیه", "پروتکل‌های رئیس جمهوری روسیه", "کشورها وزیر"]
        {
            assert!(mention(phrase, Language::Persian).is_none_or(|m| m.name.is_none()), "{phrase}");
        }
        // nor is an office's plural in `ان` the name of one who holds
        // what follows (`نمایندگان خواهان ریاست …`, deputies seeking the
        // chair); a family name in `یان` stays a name
        for phrase in ["نمایندگان خواهان ریاست کمیسیون", "مدیران ارشد رئیس سازمان"]
        {
            assert!(mention(phrase, Language::Persian).is_none_or(|m| m.name.is_none()), "{phrase}");
        }
        assert_eq!(
            mention("حسن وزیریان رئیس سازمان", Language::Persian),
            m(Some("حسن وزیریان"), None, Some("رئیس سازمان"))
        );
        // an adjective before the copula is no name, after a title either
        assert!(mention("امیر درست نیست", Language::Persian).is_none_or(|m| m.name.is_none()));
        // names that end like a plural but on a short stem stay names
        assert_eq!(mention("طاها رئیس باشگاه", Language::Persian), m(Some("طاها"), None, Some("رئیس باشگاه")));
    }

    #[test]
    fn vietnamese_title_chain_name_and_apposition() {
        assert_eq!(
            mention("PGS.TS.BS Trần Kiêm Hảo, Giám đốc Sở Y tế", Language::Vietnamese),
            m(Some("Trần Kiêm Hảo"), Some("PGS.TS.BS"), Some("Giám đốc Sở Y tế"))
        );
        // pages join the degrees with hyphens too
        assert_eq!(
            mention("PGS-TS Vũ Anh Tuấn, Giám đốc Trung tâm Nghiên cứu", Language::Vietnamese),
            m(Some("Vũ Anh Tuấn"), Some("PGS-TS"), Some("Giám đốc Trung tâm Nghiên cứu"))
        );
        assert_eq!(mention("ThS-BS Lê Văn Nam", Language::Vietnamese), m(Some("Lê Văn Nam"), Some("ThS-BS"), None));
    }

    #[test]
    fn an_office_in_brackets_after_a_vietnamese_name_is_the_persons() {
        let vi = |text: &str| mention(text, Language::Vietnamese).unwrap_or_else(|| panic!("{text}"));
        let head = vi("Ông Nguyễn Văn An (Giám đốc Sở Y tế tỉnh Nghệ An) cho biết");
        assert_eq!(
            (head.name.as_deref(), head.role.as_deref()),
            (Some("Nguyễn Văn An"), Some("Giám đốc Sở Y tế tỉnh Nghệ An"))
        );
        // a time's modifier before a rank, and the first of offices listed
        let judge = vi("bị cáo Phạm Văn Bình (cựu Phó Chánh án TAND tỉnh, nay đã nghỉ hưu) khai nhận");
        assert_eq!(judge.role.as_deref(), Some("cựu Phó Chánh án TAND tỉnh"));
        // an office after the age, set off by a comma or a semicolon
        for text in [
            "Bị cáo Trần Minh Tâm (52 tuổi, Phó Giám đốc Sở Tài chính) khai nhận",
            "Bị cáo Trần Minh Tâm (52 tuổi; ngụ TP Vinh; Phó Giám đốc Sở Tài chính) khai nhận",
        ] {
            assert_eq!(vi(text).role.as_deref(), Some("Phó Giám đốc Sở Tài chính"), "{text}");
        }
        // particulars in brackets are passed over, no role; the phrase
        // goes on after them
        let data = Language::Vietnamese.data().unwrap_or_else(|| unreachable!());
        let text = "Anh Lê Văn Tâm (35 tuổi, trú tại xã Nghi Lộc) nói";
        let tokens = data.tokenize(text);
        let (mention, used) = parse(text, &tokens, 0, tokens.len(), Language::Vietnamese, data).unwrap_or_default();
        assert_eq!((mention.name.as_deref(), mention.role), (Some("Lê Văn Tâm"), None));
        assert_eq!(&text[tokens[used].start..], "nói");
    }

    #[test]
    fn a_vietnamese_apposition_holds_its_brackets_whole_and_ends_before_a_subordinate_clause() {
        let vi = |text: &str| mention(text, Language::Vietnamese).unwrap_or_else(|| panic!("{text}"));
        // a comma inside the brackets does not close the office, and a
        // speech verb after them is the predicate
        for text in [
            "Ông Trần Văn Hải – Chủ tịch UBND xã Hương Sơn (huyện Phong Điền, tỉnh Thừa Thiên Huế) xác nhận thông tin trên",
            "Ông Trần Văn Hải, Chủ tịch UBND xã Hương Sơn (huyện Phong Điền, tỉnh Thừa Thiên Huế), cho biết",
        ] {
            assert_eq!(
                vi(text).role.as_deref(),
                Some("Chủ tịch UBND xã Hương Sơn (huyện Phong Điền, tỉnh Thừa Thiên Huế)"),
                "{text}"
            );
        }
        // what the person did it for is no part of the office
        let chairman = vi("ông Lê Văn Bình – Chủ tịch UBND huyện Phong Điền để nắm rõ thông tin vụ việc");
        assert_eq!(chairman.role.as_deref(), Some("Chủ tịch UBND huyện Phong Điền"));
    }

    #[test]
    fn an_apposed_office_with_its_own_holder_is_another_persons() {
        let vi = |text: &str| mention(text, Language::Vietnamese).unwrap_or_else(|| panic!("{text}"));
        let deputy =
            vi("Phó Thủ tướng Trần Hồng Hà, Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch Nguyễn Văn Hùng cùng dự");
        assert_eq!(deputy.name.as_deref(), Some("Trần Hồng Hà"));
        assert!(deputy.extra_roles.is_empty(), "{deputy:?}");
        // the holder's name may follow the country the body's name ends with
        let president =
            vi("chủ tịch Trung Quốc Tập Cận Bình, người phát ngôn Bộ Ngoại giao Việt Nam Lê Hải Bình nêu rõ");
        assert_eq!(president.name.as_deref(), Some("Tập Cận Bình"));
        assert!(president.extra_roles.is_empty(), "{president:?}");
        let head = vi("ông Lê Văn Nam, Giám đốc Sở Y tế Hà Nội, cho biết");
        assert_eq!(head.role.as_deref(), Some("Giám đốc Sở Y tế Hà Nội"));
        // a name closing the apposition names a body; a comma before words in
        // lower case ends the office's phrase
        let head = vi("ông Lê Văn Nam, Hiệu trưởng Trường THPT Nguyễn Thị Minh Khai, cho biết");
        assert_eq!(head.role.as_deref(), Some("Hiệu trưởng Trường THPT Nguyễn Thị Minh Khai"));
        let governor =
            vi("Ông Nguyễn Văn Bình, Thống đốc Ngân hàng Nhà nước, từ 2011 đến 2016 vụ án Phạm Công Danh và đồng phạm");
        assert_eq!(governor.role.as_deref(), Some("Thống đốc Ngân hàng Nhà nước"));
        // ending the sentence, after a name its office stood before, the
        // name is another holder's (a list); after a name alone, the body's
        let minister =
            vi("Bộ trưởng Bộ Ngoại giao Bùi Thanh Sơn, Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ Trần Văn Sơn.");
        assert_eq!(minister.role.as_deref(), Some("Bộ trưởng Bộ Ngoại giao"));
        assert!(minister.extra_roles.is_empty(), "{minister:?}");
        let head = vi("ông Lê Văn Nam, hiệu trưởng trường Nguyễn Thị Minh Khai.");
        assert_eq!(head.role.as_deref(), Some("hiệu trưởng trường Nguyễn Thị Minh Khai"));
        // right after a title, a name of two syllables is its holder's
        let envoy = vi("Đại sứ Trung Quốc Hà Vĩ, Tổng Bí thư, Chủ tịch nước Tô Lâm chúc mừng Đại sứ");
        assert_eq!(envoy.role.as_deref(), Some("Đại sứ Trung Quốc"));
        assert!(envoy.extra_roles.is_empty(), "{envoy:?}");
        // … where after a body's name two syllables are a place
        let head = vi("ông Lê Văn Nam, Giám đốc Bệnh viện Bạch Mai cho biết");
        assert_eq!(head.role.as_deref(), Some("Giám đốc Bệnh viện Bạch Mai"));
    }

    #[test]
    fn a_phrase_giving_the_name_after_a_description_is_no_part_of_the_role() {
        // the office before `tên` (named) is the role, without that word
        assert_eq!(
            mention("Tài xế xe tải tên Nguyễn Văn Bình", Language::Vietnamese),
            m(Some("Nguyễn Văn Bình"), None, Some("Tài xế xe tải"))
        );
        assert_eq!(
            mention("Tài xế tên là Lê Văn Tâm", Language::Vietnamese),
            m(Some("Lê Văn Tâm"), None, Some("Tài xế"))
        );
        // a description no office opens names the person, with no role
        assert_eq!(
            mention("Một người dân có tên là Trần Thị Hoa", Language::Vietnamese),
            m(Some("Trần Thị Hoa"), None, None)
        );
        assert_eq!(
            mention("Một người dân tên Trần Văn Hải", Language::Vietnamese),
            m(Some("Trần Văn Hải"), None, None)
        );
        // (a place may describe them) … but a description is no clause
        assert_eq!(
            mention("Một người dân Hà Nội tên Trần Văn Hải", Language::Vietnamese),
            m(Some("Trần Văn Hải"), None, None)
        );
        assert_eq!(
            mention("Một người đàn ông đi xe máy chở hàng ra chợ tên Trần Văn Hải", Language::Vietnamese)
                .and_then(|m| m.name),
            None
        );
        // Persian: `به نام` (named) after an office or a description
        assert_eq!(
            mention("معاون استاندار به نام حسن کریمی", Language::Persian),
            m(Some("حسن کریمی"), None, Some("معاون استاندار"))
        );
        assert_eq!(mention("راننده کامیون به نام علی رضایی", Language::Persian), m(Some("علی رضایی"), None, None));
        assert_eq!(mention("مردی بنام علی رضایی", Language::Persian), m(Some("علی رضایی"), None, None));
        // … the name after it anchored by a given or a family name: a
        // thing's name is none (`کتابی به نام سفر`, a book called Journey)
        let found = mention("شرکتی به نام پارس گستر", Language::Persian);
        assert!(found.as_ref().is_none_or(|m| m.name.as_deref() != Some("پارس گستر")), "{found:?}");
        // … and a clause before it is none of its description
        let found = mention("استاندار دیدار کرد با فردی به نام علی رضایی", Language::Persian);
        assert!(found.as_ref().is_none_or(|m| m.name.as_deref() != Some("علی رضایی")), "{found:?}");
    }

    #[test]
    fn vietnamese_role_before_name() {
        assert_eq!(
            mention("Phó Bí thư Thường trực Tỉnh ủy Phan Ngọc Thọ", Language::Vietnamese),
            m(Some("Phan Ngọc Thọ"), None, Some("Phó Bí thư Thường trực Tỉnh ủy"))
        );
        // an office ending in `của` (of) is not the name's
        assert_eq!(mention("Đạo diễn chương trình đêm nhạc của Hoàng Hồng Ngọc", Language::Vietnamese), None);
        // the family names of the northern uplands' peoples (Tày, Hmông)
        // open names as the Kinh ones do
        assert_eq!(
            mention("Bí thư Tỉnh ủy Chẩu Văn Lâm", Language::Vietnamese),
            m(Some("Chẩu Văn Lâm"), None, Some("Bí thư Tỉnh ủy"))
        );
        // the English acronyms of company offices are titles too
        assert_eq!(
            mention("CEO Công ty Sao Mai Lê Thanh Thuấn", Language::Vietnamese),
            m(Some("Lê Thanh Thuấn"), None, Some("CEO Công ty Sao Mai"))
        );
        // a dash written without its spaces ends the name
        assert_eq!(
            mention("đồng chí Nguyễn Thành Tâm-Uỷ viên Trung ương Đảng", Language::Vietnamese)
                .and_then(|m| m.name)
                .as_deref(),
            Some("Nguyễn Thành Tâm")
        );
        // a board (`Ban`, of the Party's Central Committee) is no one
        let found = mention("đại biểu Ban Đảng Trung ương", Language::Vietnamese);
        assert!(found.as_ref().is_none_or(|m| m.name.is_none()), "{found:?}");
    }

    #[test]
    fn vietnamese_office_ends_before_the_company_its_holder_keeps() {
        // `cùng` (with) joins a board to the secretary, not to the office
        let text = "Ông Lê Văn Tâm, Bí thư Huyện ủy cùng Thường trực UBND huyện chủ trì buổi làm việc.";
        let found = mention(text, Language::Vietnamese).unwrap_or_default();
        assert_eq!(found.name.as_deref(), Some("Lê Văn Tâm"));
        assert_eq!(found.role.as_deref(), Some("Bí thư Huyện ủy"));
        // so does `với` the paper the holder spoke with
        let text = "Ông Lê Văn Tâm, Bí thư Huyện ủy với Báo Bình Thuận nhân dịp đầu xuân.";
        let found = mention(text, Language::Vietnamese).unwrap_or_default();
        assert_eq!(found.role.as_deref(), Some("Bí thư Huyện ủy"));
    }

    #[test]
    fn vietnamese_several_roles_in_apposition_and_no_crossing_semicolons() {
        let text =
            "Nguyễn Thành Hưng, Uỷ viên Ban chấp hành Đảng bộ tỉnh, Giám đốc Sở Y tế tỉnh Tuyên Quang; Ma Quý Đôn";
        let found = mention(text, Language::Vietnamese).unwrap_or_default();
        assert_eq!(found.name.as_deref(), Some("Nguyễn Thành Hưng"));
        assert_eq!(found.role.as_deref(), Some("Uỷ viên Ban chấp hành Đảng bộ tỉnh"));
        assert_eq!(found.extra_roles, ["Giám đốc Sở Y tế tỉnh Tuyên Quang"]);
        assert_eq!(
            mention("Giám đốc Sở Y tế tỉnh Tuyên Quang; Ma Quý Đôn", Language::Vietnamese).and_then(|m| m.name),
            None
        );
        // an apposition no comma closes ends where the clause's verb and
        // its auxiliaries start; a ministry's name in capitals goes on
        for (text, role) in [
            (
                "Nhà báo Phạm Chí Dũng, Chủ tịch Hội Nhà báo Độc lập có nói rằng chính phủ",
                "Chủ tịch Hội Nhà báo Độc lập",
            ),
            (
                "Ông Nguyễn Văn Hùng, Bộ trưởng Bộ Thông tin và Truyền thông đã cho biết",
                "Bộ trưởng Bộ Thông tin và Truyền thông",
            ),
            // a speech verb used as a noun inside the role does not end it
            ("Ông Kyle Rodda, chuyên gia phân tích thị trường nói rằng giá tăng", "chuyên gia phân tích thị trường"),
            ("Ông Kyle Rodda, chuyên gia phân tích tại Capital.com, cho biết", "chuyên gia phân tích tại Capital.com"),
            ("Ông Kyle Rodda, chuyên gia phân tích, cho rằng giá sẽ tăng", "chuyên gia phân tích"),
            // … but one right before the comma, with none after it, is the
            // predicate
            (
                "Anh Trần Văn Lộc, chỉ huy trưởng công trường cho biết, lúc này công ty duy trì 10 người",
                "chỉ huy trưởng công trường",
            ),
            // … and so is one after a body's name, its last syllable in lower
            // case too, but for a noun of speech
            ("Ông Trần Văn Bình, Phó Giám đốc Sở Tài chính cho biết giá điện sẽ tăng", "Phó Giám đốc Sở Tài chính"),
            (
                "Bà Lê Thị Hoa, chuyên viên Phòng Kinh tế phân tích thị trường, cho biết giá tăng",
                "chuyên viên Phòng Kinh tế phân tích thị trường",
            ),
            // a marker of tense or aspect opens the predicate after any word
            // of the office, one in lower case too
            (
                "Ông Trần Văn Bình, Trưởng Ban Chỉ đạo về thiên tai đã chủ trì cuộc họp",
                "Trưởng Ban Chỉ đạo về thiên tai",
            ),
            ("Ông Trần Văn Bình, chuyên gia đang làm việc tại Bộ, cho biết", "chuyên gia"),
        ] {
            assert_eq!(mention(text, Language::Vietnamese).and_then(|m| m.role).as_deref(), Some(role), "{text}");
        }
    }

    /// A Vietnamese subject's mention, descriptions after it read.
    fn vietnamese_subject(text: &str) -> Option<Mention> {
        let data = Language::Vietnamese.data()?;
        let tokens = text::tokenize(text);
        parse_with(text, &tokens, 0, tokens.len(), Language::Vietnamese, data, true).map(|(m, _)| m)
    }

    #[test]
    fn a_full_name_after_a_vietnamese_subjects_comma_is_no_role() {
        // it goes on with the people a description lists …
        let lawyer = vietnamese_subject(
            "Luật sư Hồ Văn Lễ, người bào chữa cho các bị cáo Huỳnh Công Tân, Nguyễn Thị Mai Nhi, Lê Thị Hà,",
        )
        .unwrap_or_default();
        assert_eq!(
            lawyer.role.as_deref(),
            Some("người bào chữa cho các bị cáo Huỳnh Công Tân, Nguyễn Thị Mai Nhi, Lê Thị Hà"),
            "{lawyer:?}"
        );
        assert!(lawyer.extra_roles.is_empty(), "{lawyer:?}");
        // an office in capitals, or a description a family name's word
        // opens (`vũ công`, dancer), is still a role
        let secretary =
            vietnamese_subject("Ông Nguyễn Văn An, Bí thư Tỉnh ủy, Chủ Tịch HĐND Tỉnh,").unwrap_or_default();
        assert_eq!(secretary.extra_roles, ["Chủ Tịch HĐND Tỉnh"], "{secretary:?}");
        let dancer = vietnamese_subject("Chị Nguyễn Thị Mai, vũ công nhà hát,").unwrap_or_default();
        assert_eq!(dancer.role.as_deref(), Some("vũ công nhà hát"), "{dancer:?}");
        // (two words a family name opens are as often a place, kept with
        // the apposition: the district of a hospital, `Hoàng Mai`)
        let doctor =
            vietnamese_subject("Bác sĩ Nguyễn Văn An, Giám đốc Bệnh viện Thanh Nhàn, Hoàng Mai,").unwrap_or_default();
        assert!(doctor.extra_roles.iter().any(|role| role.contains("Hoàng Mai")), "{doctor:?}");
        // … or it is someone else
        let first = vietnamese_subject("Ông Nguyễn Văn An, Trần Văn Bình").unwrap_or_default();
        assert_eq!((first.name.as_deref(), first.role), (Some("Nguyễn Văn An"), None));
    }

    #[test]
    fn a_vietnamese_address_goes_on_across_the_comma() {
        let subject = vietnamese_subject;
        let farmer = subject("Ông Nguyễn Văn Tư, nông dân ở huyện Châu Thành, tỉnh An Giang").unwrap_or_default();
        assert_eq!(farmer.role.as_deref(), Some("nông dân ở huyện Châu Thành, tỉnh An Giang"));
        assert!(farmer.extra_roles.is_empty());
        // a second office is a role of its own
        let official = subject("Ông Lê Văn Hùng, Bí thư Huyện ủy, Chủ tịch UBND huyện Nhà Bè").unwrap_or_default();
        assert_eq!(official.role.as_deref(), Some("Bí thư Huyện ủy"));
        assert_eq!(official.extra_roles, ["Chủ tịch UBND huyện Nhà Bè"]);
        // … and a city or a country alone says where the office's body is
        for (text, role) in [
            (
                "Bác sĩ Vũ Trường Khanh, Trưởng khoa Tiêu hóa Bệnh viện Bạch Mai, Hà Nội",
                "Trưởng khoa Tiêu hóa Bệnh viện Bạch Mai, Hà Nội",
            ),
            (
                "Stein Tonnesson, Giám đốc Viện Nghiên cứu Hòa bình ở Oslo, Na Uy, chuyên gia về Biển Đông",
                "Giám đốc Viện Nghiên cứu Hòa bình ở Oslo, Na Uy",
            ),
        ] {
            let found = subject(text).unwrap_or_default();
            assert!(found.role.iter().chain(&found.extra_roles).any(|r| r == role), "{found:?}");
            assert!(!found.extra_roles.iter().any(|r| r == "Hà Nội" || r == "Na Uy"), "{found:?}");
        }
        // a body named after its city is another office's
        let found = subject("Ông Lê Văn Hùng, Giám đốc Sở Y tế, Hà Nội Tourist").unwrap_or_default();
        assert_eq!(found.role.as_deref(), Some("Giám đốc Sở Y tế"), "{found:?}");
    }

    #[test]
    fn a_role_after_a_name_ends_before_another_persons_full_name() {
        let subject = vietnamese_subject;
        let journalist =
            subject("nhà báo Hoàng Nhật – phó Tổng biên tập báo Tin Mới và Vũ Hoàng Long – nhà nghiên cứu")
                .unwrap_or_default();
        assert_eq!(journalist.role.as_deref(), Some("phó Tổng biên tập báo Tin Mới"));
        // a body's name goes on after `và`, a family name in it or not
        let official = subject("ông Trần Văn Bình, Bộ trưởng Bộ Giáo dục và Đào tạo, nói").unwrap_or_default();
        assert_eq!(official.role.as_deref(), Some("Bộ trưởng Bộ Giáo dục và Đào tạo"));
    }

    #[test]
    fn what_a_vietnamese_subject_does_is_no_role_of_theirs() {
        let subject = vietnamese_subject;
        // an office's act after the apposition: chairing the meeting
        let chair = subject("ông Trương Công Thái, Phó Chủ tịch UBND tỉnh, chủ trì cuộc họp, thẳng thắn nói")
            .unwrap_or_default();
        assert_eq!(chair.role.as_deref(), Some("Phó Chủ tịch UBND tỉnh"));
        assert!(chair.extra_roles.is_empty(), "{chair:?}");
        // what follows the dash closing an apposition: stopping
        let director =
            subject("ông Trang Quang Thành - giám đốc Sở Nông nghiệp tỉnh - dừng lại, lấy micro").unwrap_or_default();
        assert_eq!(director.role.as_deref(), Some("giám đốc Sở Nông nghiệp tỉnh"));
        assert!(director.extra_roles.is_empty(), "{director:?}");
        // … also after the body the office is of, which a comma sets off
        // inside the apposition
        let head = subject("ông Lê Văn Hải - trưởng phòng dịch bệnh, Chi cục Thú y tỉnh - dừng lại, lấy micro")
            .unwrap_or_default();
        assert_eq!(head.role.as_deref(), Some("trưởng phòng dịch bệnh, Chi cục Thú y tỉnh"));
        assert!(head.extra_roles.is_empty(), "{head:?}");
        // a description after a comma still is one
        let seller = subject("chị Lê Thị Hoa, tiểu thương chợ Bến Thành, cho biết").unwrap_or_default();
        assert_eq!(seller.role.as_deref(), Some("tiểu thương chợ Bến Thành"));
    }

    #[test]
    fn a_city_a_capitalised_unit_opens_is_no_persons_name() {
        for role in [
            "Phó Chủ tịch UBND TP. Hồ Chí Minh",
            "Phó Chủ tịch UBND Thành phố Hồ Chí Minh",
            "Phó Chủ tịch UBND TP Hồ Chí Minh",
        ] {
            let office = mention(role, Language::Vietnamese).unwrap_or_default();
            assert_eq!((office.name.as_deref(), office.role.as_deref()), (None, Some(role)));
        }
        // a unit in lower case may stand for the article's own province:
        // the name after it is the holder's
        let vice = mention("Phó Chủ tịch UBND tỉnh Trần Văn Chiến", Language::Vietnamese).unwrap_or_default();
        assert_eq!(
            (vice.name.as_deref(), vice.role.as_deref()),
            (Some("Trần Văn Chiến"), Some("Phó Chủ tịch UBND tỉnh"))
        );
        // two words after it are the ward's or the province's own name
        for role in ["Trưởng Công an phường Yên Phụ", "Giám đốc Sở Y tế tỉnh Lê Hà"] {
            let office = mention(role, Language::Vietnamese).unwrap_or_default();
            assert_eq!((office.name.as_deref(), office.role.as_deref()), (None, Some(role)));
        }
    }

    #[test]
    fn degrees_written_with_a_space_after_their_dots_are_a_title() {
        let scholar = mention("PGS. TS. Nguyễn Văn An", Language::Vietnamese).unwrap_or_default();
        assert_eq!((scholar.name.as_deref(), scholar.title.as_deref()), (Some("Nguyễn Văn An"), Some("PGS. TS.")));
    }

    #[test]
    fn vietnamese_names_after_honorifics_or_titles_need_no_family_name_list() {
        assert_eq!(mention("Chị Thanh Vân", Language::Vietnamese).and_then(|m| m.name).as_deref(), Some("Thanh Vân"));
        let expert = mention("chuyên gia Kyle Rodda", Language::Vietnamese).unwrap_or_default();
        assert_eq!(expert.name.as_deref(), Some("Kyle Rodda"));
        assert_eq!(expert.role.as_deref(), Some("chuyên gia"));
        let doctor = mention("bác sĩ Hồng", Language::Vietnamese).unwrap_or_default();
        assert_eq!((doctor.name.as_deref(), doctor.bare), (Some("Hồng"), true));
        let chain = mention("BS.CK2 Cao Thị Hồng", Language::Vietnamese).unwrap_or_default();
        assert_eq!((chain.name.as_deref(), chain.title.as_deref()), (Some("Cao Thị Hồng"), Some("BS.CK2")));
        // roles outside government: a coach, a director, a player
        for (text, role, name) in [
            ("Huấn luyện viên Antonio Conte", "Huấn luyện viên", "Antonio Conte"),
            ("HLV Park Hang-seo", "HLV", "Park Hang-seo"),
            ("đạo diễn Trấn Thành", "đạo diễn", "Trấn Thành"),
            ("tiền đạo Nguyễn Tiến Linh", "tiền đạo", "Nguyễn Tiến Linh"),
        ] {
            let m = mention(text, Language::Vietnamese).unwrap_or_default();
            assert_eq!((m.role.as_deref(), m.name.as_deref()), (Some(role), Some(name)), "{text}");
        }
    }

    #[test]
    fn vietnamese_subject_descriptions_in_apposition() {
        let data = Language::Vietnamese.data().unwrap_or_else(|| unreachable!());
        let text = "Ông Phạm Hoàng Thái Dương, chủ shop Hoa Yêu Thương (TP.HCM)";
        let tokens = text::tokenize(text);
        let (m, used) =
            parse_with(text, &tokens, 0, tokens.len(), Language::Vietnamese, data, true).unwrap_or_default();
        assert_eq!(used, tokens.len());
        assert_eq!(m.name.as_deref(), Some("Phạm Hoàng Thái Dương"));
        assert_eq!(m.role.as_deref(), Some("chủ shop Hoa Yêu Thương (TP.HCM)"));
        // not when scanning running text
        let (m, _) = parse(text, &tokens, 0, tokens.len(), Language::Vietnamese, data).unwrap_or_default();
        assert_eq!(m.role, None);
    }

    #[test]
    fn vietnamese_words_before_a_name_must_be_a_role() {
        assert_eq!(mention("Tại buổi gặp mặt kỷ niệm, Phan Ngọc Thọ", Language::Vietnamese), None);
    }

    #[test]
    fn korean_given_names_are_hyphenated_syllables() {
        for name in ["Hang-seo", "Sang-sik", "Tae-yong"] {
            assert!(is_hyphenated_given_name(name), "{name}");
        }
        for word in ["Covid-19", "Coca-Cola", "U.23", "Hà-Nội", "hang-seo", "Park"] {
            assert!(!is_hyphenated_given_name(word), "{word}");
        }
    }

    #[test]
    fn persian_names_stop_at_an_occupation_and_hold_no_outlet() {
        let parsed = |text: &str| mention(text, Language::Persian).map(|m| (m.name, m.role));
        assert_eq!(
            parsed("حسین رضایی تهیه‌کننده فیلم گفت"),
            Some((Some("حسین رضایی".to_owned()), Some("تهیه‌کننده فیلم".to_owned())))
        );
        // the owners of a network, and several directors, are no one's name
        assert!(parsed("صاحبان شبکه فدک کارگردان این فیلم").is_none_or(|(_, role)| role.is_none()));
        assert!(parsed("چندین کارگردان").is_none_or(|(name, _)| name.is_none()));
    }

    #[test]
    fn a_title_after_a_bodys_noun_in_a_persian_role_is_whose_body_it_is() {
        let parsed = |text: &str| mention(text, Language::Persian).map(|m| (m.name, m.role));
        // the president's office, after `و`: one office, not a second person
        assert_eq!(
            parsed("معاون ارتباطات و اطلاع‌رسانی دفتر رئیس‌جمهور، گفت"),
            Some((None, Some("معاون ارتباطات و اطلاع‌رسانی دفتر رئیس‌جمهور".to_owned())))
        );
        // a title right after `و` still joins a second person
        assert_eq!(parsed("وزیر کشور و رئیس‌جمهور گفتند").and_then(|(_, role)| role).as_deref(), Some("وزیر کشور"));
    }

    #[test]
    fn persian_role_stops_before_a_light_verb() {
        assert_eq!(
            mention("حناچی شهردار تهران تقدیر کرد", Language::Persian).and_then(|m| m.role).as_deref(),
            Some("شهردار تهران")
        );
        // an event's noun joined to another before one light verb
        assert_eq!(persian_role("محمد کریمی وزیر نیرو دیدار و گفت و گو کرد").as_deref(), Some("وزیر نیرو"));
        // with the durative prefix, apart or joined
        for verb in ["می کردند", "میکردند", "نمی کند"] {
            assert_eq!(
                persian_role(&format!("مظفری مدیرکل روابط عمومی استانداری همراهی {verb}")).as_deref(),
                Some("مدیرکل روابط عمومی استانداری"),
                "{verb}"
            );
        }
        // the nouns of an office's name stay in it
        assert_eq!(
            persian_role("محمد کریمی رئیس سازمان برنامه و بودجه دیدار کرد").as_deref(),
            Some("رئیس سازمان برنامه و بودجه")
        );
        // a preposition typed onto its noun stops it as it does apart, and
        // so does a comparison (`کمتر از`, less than)
        for glued in ["باتوجه به", "با توجه به", "بااشاره به", "درحاشیه", "کمتر از", "بیش از"]
        {
            assert_eq!(
                persian_role(&format!("علی کریمی سرپرست معاونت فرهنگی {glued} این نشست خبر داد")).as_deref(),
                Some("سرپرست معاونت فرهنگی"),
                "{glued}"
            );
        }
    }

    #[test]
    fn a_persian_office_or_name_before_the_copula_keeps_its_last_word() {
        // `است` (is) follows its predicate: the office or the name, not a
        // verb's noun as before `کرد`
        let m = mention("فاطمه مهاجرانی سخنگوی دولت است", Language::Persian).expect("a mention");
        assert_eq!((m.name.as_deref(), m.role.as_deref()), (Some("فاطمه مهاجرانی"), Some("سخنگوی دولت")));
        let m = mention("سخنگوی دولت فاطمه مهاجرانی است", Language::Persian).expect("a mention");
        assert_eq!((m.name.as_deref(), m.role.as_deref()), (Some("فاطمه مهاجرانی"), Some("سخنگوی دولت")));
        // a light verb that is no copula ends the office before its noun
        let m = mention("فاطمه مهاجرانی سخنگوی دولت را معرفی کرد", Language::Persian).expect("a mention");
        assert_eq!(m.role.as_deref(), Some("سخنگوی دولت"));
    }

    #[test]
    fn a_persian_subjunctive_or_present_light_verb_ends_a_name() {
        // `اگر علی مطهری بشوند وزیر ارشاد` (if Ali Motahari becomes the
        // minister): the verb before the office is no word of the name
        for phrase in ["علی مطهری بشوند وزیر ارشاد", "علی مطهری شود وزیر ارشاد", "علی مطهری باشد وزیر ارشاد"]
        {
            let name = mention(phrase, Language::Persian).and_then(|m| m.name);
            assert_eq!(name.as_deref(), Some("علی مطهری"), "{phrase}");
        }
    }

    #[test]
    fn persian_role_stops_before_a_future_or_second_person_light_verb_and_an_address() {
        assert_eq!(persian_role("ظریف وزیر امور خارجه دعوت خواهیم کرد").as_deref(), Some("وزیر امور خارجه"));
        assert_eq!(persian_role("واعظی وزیر ارتباطات دعوت کنید").as_deref(), Some("وزیر ارتباطات"));
        // `خطاب به` (addressing) opens no part of the office
        assert_eq!(persian_role("وزیر اطلاعات ایران خطاب به مجری گفت").as_deref(), Some("وزیر اطلاعات ایران"));
        // `آقایان` (Messrs) is an honorific, no word of the name
        assert_eq!(
            mention("آقایان صالحی رئیس سازمان انرژی اتمی", Language::Persian).and_then(|m| m.name).as_deref(),
            Some("صالحی")
        );
    }

    #[test]
    fn a_deputy_spokesperson_is_an_office() {
        let m = mention("Phó Phát ngôn Bộ Ngoại giao Phạm Thu Hằng", Language::Vietnamese);
        assert_eq!(m.as_ref().and_then(|m| m.name.as_deref()), Some("Phạm Thu Hằng"));
        assert_eq!(m.and_then(|m| m.role).as_deref(), Some("Phó Phát ngôn Bộ Ngoại giao"));
    }

    #[test]
    fn a_country_after_a_title_is_the_office_and_an_acronym_may_close_one() {
        let parsed = |text: &str| {
            mention(text, Language::Vietnamese).map(|m| (m.name.unwrap_or_default(), m.role.unwrap_or_default()))
        };
        let pair = |name: &str, role: &str| Some((name.to_owned(), role.to_owned()));
        assert_eq!(parsed("Thủ tướng Trung Quốc"), pair("", "Thủ tướng Trung Quốc"));
        // after an honorific a country's name is a person's (`Nga`, Russia)
        assert_eq!(parsed("bà Nga"), pair("Nga", ""));
        assert_eq!(parsed("Thủ tướng Barbados Mia Mottley"), pair("Mia Mottley", "Thủ tướng Barbados"));
        assert_eq!(parsed("Chủ tịch WEF Borge Brende nói"), pair("Borge Brende", "Chủ tịch WEF"));
        // a company's name after the board's acronym is no person
        assert_eq!(parsed("Chủ tịch HĐQT Housing Group nói").map(|(name, _)| name), Some(String::new()));
    }

    #[test]
    fn vietnamese_short_form_and_pronoun() {
        let short = mention("ông Thức", Language::Vietnamese);
        assert_eq!(short.as_ref().and_then(|m| m.name.as_deref()), Some("Thức"));
        assert!(short.is_some_and(|m| m.bare));
        assert!(mention("ông", Language::Vietnamese).is_some_and(|m| m.pronoun));
    }

    #[test]
    fn a_name_syllable_that_is_a_pronoun_stays_in_the_name() {
        assert_eq!(
            mention("کشیش وو وی کینگ، حفظ پیروان کار مشکلی است", Language::Persian).and_then(|m| m.name),
            Some("وو وی کینگ".to_owned())
        );
        let wang = mention("کشیش وانگ وی،", Language::Persian).and_then(|m| m.name);
        assert_eq!(wang, Some("وانگ وی".to_owned()));
        // a pronoun that opens a clause after the name is not part of it
        let clause = mention("آقای احمدی وی را دید", Language::Persian).and_then(|m| m.name);
        assert_eq!(clause, Some("احمدی".to_owned()));
    }

    #[test]
    fn register_resolves_short_forms_pronouns_and_role_first_subjects() {
        let mut register = Register::default();
        let role_only = Mention { role: Some("رییس دانشگاه".into()), ..Mention::default() };
        let first = register.refer(&role_only, true);
        let named =
            Mention { name: Some("علی ابرازه".into()), title: Some("دکتر".into()), ..Mention::default() };
        let second = register.refer(&named, true);
        let surname = register.refer(&Mention { name: Some("ابرازه".into()), ..Mention::default() }, true);
        let pronoun = register.refer(&Mention { pronoun: true, ..Mention::default() }, true);
        let (Some(first), Some(second), Some(surname), Some(pronoun)) = (first, second, surname, pronoun) else {
            panic!("every mention resolves");
        };
        assert_eq!(register.resolve(first), second);
        assert_eq!(surname, second);
        assert_eq!(pronoun, second);
        assert_eq!(register.persons[second].roles, ["رییس دانشگاه"]);
    }

    #[test]
    fn register_a_rank_that_is_a_given_name_before_a_known_surname_is_that_persons() {
        let mut register = Register::default();
        let named = |n: &str, title: Option<&str>| Mention {
            name: Some(n.into()),
            title: title.map(Into::into),
            role: Some("وزیر دفاع".into()),
            ..Mention::default()
        };
        let general = register.refer(&named("محمدرضا آشتیانی", Some("امیر سرتیپ")), true);
        assert!(general.is_some());
        let bare = |n: &str| Mention { name: Some(n.into()), ..Mention::default() };
        assert_eq!(register.refer(&bare("امیر آشتیانی"), true), general);
        // Amir of another family is someone else, and so is another given
        // name before the surname, and Amir before a surname whose holder
        // the article met with another title
        assert_ne!(register.refer(&bare("امیر حاتمی"), true), general);
        assert_ne!(register.refer(&bare("علی آشتیانی"), true), general);
        let doctor = register.refer(&named("حسن سلامی", Some("دکتر")), true);
        assert_ne!(register.refer(&bare("امیر سلامی"), true), doctor);
        assert_eq!(register.persons.len(), 5);
    }

    #[test]
    fn register_short_forms_mean_the_latest_person_and_roles_match_loosely() {
        let mut register = Register::default();
        let named = |n: &str| Mention { name: Some(n.into()), ..Mention::default() };
        let first = register.refer(&named("مجید محمدی"), true);
        let second = register.refer(&named("عیسی محمدی"), true);
        assert_ne!(first, second);
        assert_eq!(register.refer(&Mention { bare: true, ..named("محمدی") }, true), second);
        let mut register = Register::default();
        let full = Mention {
            role: Some("رئیس سازمان پدافند غیر عامل کشور".into()), ..named("غلامرضا جلالی")
        };
        let jalali = register.refer(&full, true);
        for _ in 0..5 {
            register.next_sentence();
        }
        let by_role =
            Mention { role: Some("رییس سازمان پدافند غیرعامل".into()), ..Mention::default() };
        assert_eq!(register.refer(&by_role, true), jalali);
    }

    #[test]
    fn a_role_just_after_a_named_subject_describes_them() {
        let mut register = Register::default();
        let named = register.refer(
            &Mention { name: Some("عیسی محمدی".into()), title: Some("دکتر".into()), ..Mention::default() },
            true,
        );
        register.next_sentence();
        let role =
            Mention { role: Some("عضو شورای اسلامی این روستا".into()), ..Mention::default() };
        assert_eq!(register.refer(&role, true), named);
    }

    #[test]
    fn persian_names_inside_glued_phrases_in_quotes_and_before_verbs() {
        assert_eq!(
            mention("میزان خسارت غلامرضا منتظری مدیرکل منابع طبیعی", Language::Persian).and_then(|m| m.name).as_deref(),
            Some("غلامرضا منتظری")
        );
        let quoted = mention("سرهنگ \"منوچهر نصیری\"اظهار کرد", Language::Persian).unwrap_or_default();
        assert_eq!((quoted.name.as_deref(), quoted.title.as_deref()), (Some("منوچهر نصیری"), Some("سرهنگ")));
        assert_eq!(mention("آقای وانگ می‌خواهد مادرش", Language::Persian).and_then(|m| m.name).as_deref(), Some("وانگ"));
    }

    #[test]
    fn persian_given_names_with_prefixes() {
        let found = mention("سيدعلي زاهدي امروز", Language::Persian).unwrap_or_default();
        assert_eq!((found.name.as_deref(), found.bare), (Some("سيدعلي زاهدي"), false));
    }

    #[test]
    fn an_office_runs_on_from_one_of_a_title_and_a_body_only() {
        let short = "سخنگوی سازمان هواپیمایی کشوری";
        assert!(runs_on_from(&format!("{short} شایعه افزایش قیمت"), short));
        // with Arabic letters as well
        assert!(runs_on_from("سخنگوي سازمان هواپيمايي کشوري شايعه", short));
        assert!(!runs_on_from(short, short));
        // a bare title stands for the longer office
        assert!(!runs_on_from("Bộ trưởng Y tế", "Bộ trưởng"));
        assert!(!runs_on_from("وزیر امور خارجه", "وزیر"));
    }

    #[test]
    fn register_matches_names_written_with_or_without_a_space() {
        let mut register = Register::default();
        let full = register.refer(&Mention { name: Some("قاسم جانبابایی".into()), ..Mention::default() }, false);
        let spaced = register.refer(&Mention { name: Some("جان بابایی".into()), ..Mention::default() }, true);
        assert_eq!(full, spaced);
    }
}
