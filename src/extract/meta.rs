//! Article metadata printed in the text: the news id (`کد خبر: ۲۲۷۷۱۸۱`),
//! the agency (`به گزارش خبرگزاری برنا`, `برنا - گروه استانها:`, `(Dân trí) -`),
//! and the authors named in bylines (`Tin, ảnh: Trung Thành`).

use std::sync::OnceLock;

use regex::Regex;

use crate::blocks::Block;
use crate::boilerplate::Page;
use crate::extract::people;
use crate::lang::{Language, LanguageData};
use crate::text;

fn news_id_pattern() -> &'static Regex {
    static PATTERN: OnceLock<Regex> = OnceLock::new();
    // on folded text: Persian and Arabic-Indic digits are ASCII, ي/ك
    // unified; the id is ASCII digits (any other digits are no id). A
    // Persian label's two words may be written together, or joined by a
    // non-joiner, which folding drops (`کدخبر`, `کد‌خبر`)
    PATTERN.get_or_init(|| {
        Regex::new(r"(?:کد ?خبر|کد ?مطلب|شناسه ?خبر|شماره ?خبر|mã tin|mã bài|news id)\s*[:：]?\s*([0-9]{3,})")
            .unwrap_or_else(|e| unreachable!("{e}"))
    })
}

/// The news id printed on the page, in ASCII digits.
pub fn news_id(line: &str) -> Option<String> {
    news_id_folded(&text::fold(line))
}

/// [`news_id`] for a line already folded.
pub fn news_id_folded(folded: &str) -> Option<String> {
    news_id_pattern().captures(folded).and_then(|c| c.get(1)).map(|m| m.as_str().to_owned())
}

/// A tag list holds at most this many tags: more is a site's tag cloud.
const TAGS_MAX: usize = 20;

/// How far after the article's last paragraph a tag label outside the
/// page's main container may stand: past the share buttons and the byline.
const TAGS_AFTER_ARTICLE_MAX_BLOCKS: usize = 6;

/// A tag is a short phrase; a longer line is a headline or a sentence.
const TAG_MAX_WORDS: usize = 6;

/// The article's tags printed after a tag label outside the body: on the
/// label's line after its colon (`Tags: A, B`), or on the lines right
/// after it, one list split at commas (`Từ Khóa:` / `việt nam, MBS, …`) or
/// a tag a line (`برچسب‌ها` / `وزیر نیرو` / `برق`) until a line that is no
/// tag: a sentence, a cue such as `اخبار مرتبط`, a blank line before it.
///
/// An HTML page may print the list just outside the container its text
/// is found in (WordPress's `entry-footer`): a label outside it counts a
/// few blocks after the article's end, not in a sidebar's tag cloud.
pub fn tags(blocks: &[Block], page: &Page, is_body: impl Fn(usize) -> bool, data: &LanguageData) -> Vec<String> {
    let features = &page.features;
    let is_label = |i: usize| {
        if !features[i].outside_main {
            return data.tag_labels.starts(&features[i].folded);
        }
        let near_end = page.end.is_some_and(|end| i > end && i - end <= TAGS_AFTER_ARTICLE_MAX_BLOCKS);
        near_end && data.tag_labels.starts(&text::fold(&blocks[i].text))
    };
    let Some(label) = (0..blocks.len()).find(|&i| !is_body(i) && is_label(i)) else {
        return Vec::new();
    };
    let split = |list: &str| -> Vec<String> {
        list.split([',', '،', ';', '؛', '|'])
            .map(|tag| tag.trim().trim_start_matches(['#', '•']).trim().to_owned())
            .filter(|tag| !tag.is_empty() && text::word_count(tag) <= TAG_MAX_WORDS)
            .collect()
    };
    let inline = blocks[label].text.split_once([':', '：']).map_or("", |(_, after)| after);
    // an HTML tag list runs its links together (`Tags:xe buýtsân bay`):
    // each link is a tag
    let linked: Vec<String> = blocks[label]
        .dom
        .as_ref()
        .map(|d| d.link_texts.iter().filter(|t| !data.tag_labels.starts(&text::fold(t))).cloned().collect())
        .unwrap_or_default();
    let mut tags = if !linked.is_empty() {
        linked.iter().flat_map(|link| split(link)).collect()
    } else if inline.trim().is_empty() {
        Vec::new()
    } else {
        split(inline)
    };
    if tags.is_empty() {
        for i in label + 1..blocks.len() {
            let f = &features[i];
            let is_tag_line = !is_body(i)
                && (i == label + 1 || blocks[i].gap_before == 0)
                && !f.ends_sentence
                && !f.cue
                && !f.end_marker
                && f.words > 0;
            if !is_tag_line {
                break;
            }
            let line = &blocks[i].text;
            if line.contains([',', '،']) {
                tags = split(line);
                break;
            }
            if f.words > TAG_MAX_WORDS {
                break;
            }
            tags.extend(split(line));
        }
    }
    let unique = first_occurrences(tags);
    if unique.len() > TAGS_MAX { Vec::new() } else { unique }
}

/// Each item once, where it first occurs: tags a list repeats, authors a
/// page prints twice (under the avatar and as a link).
pub fn first_occurrences(items: impl IntoIterator<Item = String>) -> Vec<String> {
    let mut unique: Vec<String> = Vec::new();
    for item in items {
        if !unique.contains(&item) {
            unique.push(item);
        }
    }
    unique
}

/// Outlet names are one to three words.
const AGENCY_MAX_WORDS: usize = 3;

/// Most words of an outlet's kind: five syllables in `cổng thông tin điện
/// tử` (an e-portal).
const OUTLET_KIND_MAX_WORDS: usize = 5;

/// How far into a paragraph an outlet's credit is looked for, in bytes:
/// articles credit their outlet in a paragraph's first sentences, and a
/// paragraph longer than this is a dump (a page without a full stop),
/// whose every word need not be tokenized for it.
const CREDIT_SEARCH_MAX_BYTES: usize = 32 * 1024;

/// The news agency or outlet the article credits.
pub fn agency(paragraphs: &[String], language: Language) -> Option<String> {
    let first = paragraphs.first()?;
    match language {
        Language::Persian => {
            let data = language.data()?;
            for paragraph in paragraphs.iter().take(3) {
                let paragraph = text::head(paragraph, CREDIT_SEARCH_MAX_BYTES);
                let tokens = text::tokenize(paragraph);
                let Some(k) = (0..tokens.len().saturating_sub(1)).find(|&k| reports_at(&tokens, k)) else {
                    continue;
                };
                let mut i = k + 2;
                // the name in quotation marks (`به گزارش "ورزش سه"`)
                if i < tokens.len()
                    && let Some(close) = text::closing_token(&tokens, i, i + 2 + AGENCY_MAX_WORDS)
                    && close > i + 1
                    && (i + 1..close).all(|j| tokens[j].is_word)
                {
                    return Some(paragraph[tokens[i].end..tokens[close].start].trim().to_owned());
                }
                while let Some(kind) = tokens.get(i).filter(|t| data.outlet_kinds.contains(&t.folded)) {
                    i += 1;
                    // the desk after a reporter or a desk word (`خبرنگار
                    // اقتصادی ایرنا`, `گروه سیاسی خبرگزاری تسنیم`) is no
                    // part of the outlet's name; after a medium's kind a
                    // desk's noun is its name (`پایگاه اطلاع رسانی دولت`,
                    // `پایگاه خبری سلامت نیوز`), and only an adjective, in
                    // `ی`, says what the medium covers (`روزنامه اقتصادی
                    // دنیای اقتصاد`)
                    if let Some(desk) = data.news_desks.match_at(&tokens, i)
                        && (data.newsroom_units.contains(&kind.folded) || tokens[i + desk - 1].folded.ends_with('ی'))
                    {
                        i += desk;
                    }
                    // nor is a beat no list names, when the outlet's kind
                    // follows it (`خبرنگار حوزه دولت خبرگزاری تسنیم`)
                    i = beat_end(&tokens, i, data).unwrap_or(i);
                }
                // the name ends at a stop, or where the comma after it was
                // left out, at the speaker's given name, title or honorific
                // (`به گزارش باشگاه خبرنگاران علیرضا منصوریان …`)
                // (a name of AGENCY_MAX_WORDS has its stop right after)
                let end = (i..tokens.len().min(i + AGENCY_MAX_WORDS + 1))
                    .find(|&j| {
                        data.outlet_stops.contains(&tokens[j].folded)
                            || j > i && super::people::opens_mention(&tokens, j, data)
                    })
                    .unwrap_or(i);
                // after an outlet's kind, `و` may join the two words of one
                // name the comma or the next stop closes (`خبرگزاری صدا و
                // سیما،`, `… صدا و سیما به نقل از میزان،`), where two outlets
                // credited would be named each by itself (`به گزارش ایرنا و
                // ایسنا`)
                let named_by_kind = i > k + 2;
                let closes_name = |t: &text::Token| text::is_comma(&t.folded) || data.outlet_stops.contains(&t.folded);
                let end = if named_by_kind
                    && end == i + 1
                    && tokens.get(end).is_some_and(|t| t.folded == "و")
                    && tokens.get(end + 1).is_some_and(|t| t.is_word && !data.outlet_stops.contains(&t.folded))
                    && tokens.get(end + 2).is_some_and(closes_name)
                {
                    end + 2
                } else {
                    end
                };
                if end > i {
                    let short = short_outlet_name(&tokens, end).map(|k| &tokens[k]);
                    let (from, to) = short.map_or((tokens[i].start, tokens[end - 1].end), |t| (t.start, t.end));
                    return Some(paragraph[from..to].to_owned());
                }
            }
            // a label may open the paragraph after a lead printed above it
            // (`خبرگزاری تسنیم: …` under the summary), as `به گزارش` may
            paragraphs
                .iter()
                .take(3)
                .find_map(|paragraph| outlet_label(paragraph, data))
                .or_else(|| city_then_outlet(first, data))
                .or_else(|| dateline_prefix(first, data))
                .or_else(|| slashed_prefix(first, data))
                // … and so may a dateline, under a lead that ends its
                // sentence (`باشگاه خبرنگاران جوان - …`, `واحد مرکزی خبر/ …`
                // under the summary)
                .or_else(|| {
                    let second = paragraphs.get(1).filter(|_| text::ends_with_stop(first))?;
                    dateline_prefix(second, data).or_else(|| slashed_prefix(second, data))
                })
        }
        Language::Vietnamese if first.starts_with('(') => bracketed_outlet(first).map(str::to_owned),
        Language::Vietnamese => vietnamese_outlet_dateline(first, language.data()?),
        _ => None,
    }
}

/// Fewest letters of an outlet's short name in brackets (`(ایکنا)`): the
/// blessing after a holy name is one or two (`اهل‌بیت (ع)`, `(ره)`).
const SHORT_NAME_MIN_CHARS: usize = 3;

/// The token of the short name an outlet's full name gives after it, at
/// token `end`: its acronym in brackets (`خبرگزاری بین‌المللی قرآن
/// (ایکنا)`) or set off by a pair of dashes or underscores (`خبرگزاری
/// بین‌المللی اهل‌بیت (ع) _ ابنا _`), which is what readers call it. A web
/// address or a name in Latin letters in brackets is none (`انتخاب
/// (Entekhab.ir)`, `ایرنا (IRNA)`), and a blessing in brackets after the
/// name is passed over.
fn short_outlet_name(tokens: &[text::Token], end: usize) -> Option<usize> {
    let is_short_name = |k: usize| {
        tokens.get(k).is_some_and(|t| {
            t.is_word
                && t.folded.chars().count() >= SHORT_NAME_MIN_CHARS
                && t.folded.chars().all(|c| c.is_alphabetic() && !c.is_ascii())
        })
    };
    // a dash, an underscore, or a tatweel, which folding empties
    let is_separator =
        |k: usize| tokens.get(k).is_some_and(|t| t.folded.is_empty() || t.folded == "_" || text::is_dash(&t.folded));
    let bracketed = |open: usize| {
        tokens.get(open).is_some_and(|t| t.folded == "(") && tokens.get(open + 2).is_some_and(|t| t.folded == ")")
    };
    // the blessing: a bracketed word shorter than a name
    let start = if bracketed(end) && !is_short_name(end + 1) { end + 3 } else { end };
    if bracketed(start) && is_short_name(start + 1) {
        return Some(start + 1);
    }
    let same_mark = tokens.get(start).zip(tokens.get(start + 2)).is_some_and(|(a, b)| a.folded == b.folded);
    (is_separator(start) && is_short_name(start + 1) && same_mark).then_some(start + 1)
}

/// Most words of a reporter's beat or a desk's name: `حوزه دولت`,
/// `سیاست خارجی`, `حوزه علم و فناوری`.
const BEAT_MAX_WORDS: usize = 4;

/// Where the beat or desk that starts at token `start`, after a reporter's
/// or a desk's word, ends, when an outlet's kind follows it within a few
/// words (`خبرنگار حوزه دولت خبرگزاری تسنیم`): at that kind. Without one,
/// the words are the outlet's name (`خبرنگار ایرنا`); a stop or a second
/// outlet joined by `و` ends the search.
fn beat_end(tokens: &[text::Token], start: usize, data: &LanguageData) -> Option<usize> {
    (start + 1..tokens.len().min(start + BEAT_MAX_WORDS + 1))
        .take_while(|&j| tokens[j - 1].is_word && !data.outlet_stops.contains(&tokens[j - 1].folded))
        .find(|&j| data.outlet_kinds.contains(&tokens[j].folded) && tokens.get(j + 1).is_some_and(|t| t.is_word))
}

/// `به گزارش` (as reported by) at token `k`: the outlet's name follows.
fn reports_at(tokens: &[text::Token], k: usize) -> bool {
    tokens.get(k).is_some_and(|t| t.folded == "به") && tokens.get(k + 1).is_some_and(|t| t.folded == "گزارش")
}

/// Whether a paragraph opens by crediting an outlet, as an article's text
/// does: with `به گزارش …` or an outlet's dateline (see
/// [`opens_with_outlet_dateline`]).
pub fn opens_with_outlet_credit(paragraph: &str, data: &LanguageData) -> bool {
    reports_at(&text::tokenize(text::head(paragraph, CREDIT_SEARCH_MAX_BYTES)), 0)
        || opens_with_outlet_dateline(paragraph, data)
}

/// Whether a paragraph opens with an outlet's dateline (`BDK.VN - Sáng
/// 4-4, …`, `(Dân trí) - …`, `خبرگزاری تسنیم: …`), as an article's first
/// paragraph does and nothing before it.
pub fn opens_with_outlet_dateline(paragraph: &str, data: &LanguageData) -> bool {
    bracketed_outlet(paragraph).is_some()
        || vietnamese_outlet_dateline(paragraph, data).is_some()
        || outlet_label(paragraph, data).is_some()
}

/// `(Dân trí) - …`: an outlet's name in brackets, set off by a dash; an
/// acronym in capitals needs none (`(ABO) Trên địa bàn …`).
fn bracketed_outlet(paragraph: &str) -> Option<&str> {
    let (name, after) = paragraph.strip_prefix('(')?.split_once(')')?;
    let dashed = after.trim_start().starts_with(text::DASHES);
    let acronym = (ACRONYM_MIN_LETTERS..=ACRONYM_MAX_LETTERS).contains(&name.chars().count())
        && name.chars().all(|c| c.is_uppercase())
        && after.strip_prefix(' ').is_some_and(text::starts_with_capital);
    ((dashed || acronym) && (1..=AGENCY_MAX_WORDS).contains(&text::word_count(name))).then(|| name.trim())
}

/// Letters of an outlet's acronym in brackets (`(ABO)`, `(NLĐO)`); one
/// letter is a list's item (`(A)`), and a longer run of capitals a word.
const ACRONYM_MIN_LETTERS: usize = 2;
const ACRONYM_MAX_LETTERS: usize = 6;

/// `خبرآنلاین/ محمدباقر نوبخت، …`: an outlet's name of a word or a few,
/// closed by a slash, opening the first paragraph. A verb before the slash
/// ends the first half of a title run into the paragraph (`… خسارت جانی
/// نداشته/ دستگاه‌های امدادی …`), no outlet's name.
fn slashed_prefix(paragraph: &str, data: &LanguageData) -> Option<String> {
    let (prefix, rest) = paragraph.split_once('/')?;
    let words = text::word_count(prefix);
    ((1..=AGENCY_MAX_WORDS).contains(&words)
        && is_letters_only(prefix)
        && rest.starts_with(' ')
        && !text::tokenize(prefix).iter().any(|t| is_persian_verb(t, data)))
    .then(|| prefix.trim().to_owned())
}

/// Whether a Persian token is a verb's form, also negated (`نداشته`): a
/// finite verb, a light verb or a copula, which end a clause and are no
/// word of an outlet's name.
fn is_persian_verb(token: &text::Token, data: &LanguageData) -> bool {
    let verb =
        |word: &str| [&data.finite_verbs, &data.light_verbs, &data.copulas].iter().any(|verbs| verbs.contains(word));
    verb(&token.folded) || token.folded.strip_prefix('ن').is_some_and(verb)
}

/// `TTO - …`, `VOV.VN - …`: an outlet's dateline, named by an acronym or
/// a web address; a city's (`Hà Nội - …`, `HÀ NỘI - …`) names no outlet.
fn vietnamese_outlet_dateline(paragraph: &str, data: &LanguageData) -> Option<String> {
    match split_at_dateline_dash(paragraph) {
        Some((prefix, _)) => vietnamese_outlet_prefix(prefix, data),
        None => glued_web_address_dateline(paragraph),
    }
}

/// A web address written against the first word by its dateline's dash
/// (`VOV.VN-Việc ra đề …`): the address, when a capital opens the word
/// after the dash. An acronym so glued is a word's part as often
/// (`SARS-CoV-2`), an address never.
fn glued_web_address_dateline(paragraph: &str) -> Option<String> {
    let word = paragraph.split_whitespace().next()?;
    let (at, dash) = word.match_indices(text::DASHES).next()?;
    let (address, after) = (&word[..at], &word[at + dash.len()..]);
    (is_web_address(address) && after.starts_with(char::is_uppercase)).then(|| address.to_owned())
}

/// Whether a word is a Vietnamese site's web address (`VOV.VN`,
/// `Dantri.com.vn`).
fn is_web_address(word: &str) -> bool {
    word.to_lowercase().contains(".vn")
}

/// An outlet's credit printed on a line of its own, as some pages set it
/// above the first paragraph or under the summary: its name. Vietnamese
/// prints a dateline whose dash closes the line (`(VTC News) -`, `TTO -`),
/// Persian a label whose colon or dash does (`پایگاه خبری تحلیلی بازار
/// بورس:`).
pub fn outlet_credit_alone(line: &str, language: Language) -> Option<String> {
    let data = language.data()?;
    let line = line.trim();
    if language == Language::Persian {
        // (the label's mark is the first after the name: nothing follows it)
        let before_mark = line.strip_suffix(':').or_else(|| line.strip_suffix(text::DASHES))?.trim_end();
        return outlet_label(line, data).filter(|name| before_mark.ends_with(name.as_str()));
    }
    // the dash is set off by a space, as in a dateline the paragraph goes on
    let name = line.strip_suffix(text::DASHES)?.strip_suffix(' ')?;
    if name.starts_with('(') && name.ends_with(')') {
        bracketed_outlet(line).map(str::to_owned)
    } else {
        vietnamese_outlet_prefix(name, data)
    }
}

/// The outlet the words before a dateline's dash name (`TTO`, `VOV.VN`),
/// if they name one: an acronym or a web address, not a place (see
/// [`vietnamese_outlet_dateline`]).
fn vietnamese_outlet_prefix(prefix: &str, data: &LanguageData) -> Option<String> {
    let prefix = prefix.trim();
    let tokens = text::tokenize(prefix);
    let is_place = data.places.match_at(&tokens, 0) == Some(tokens.len());
    let outlet_like = prefix.split_whitespace().any(|word| {
        let letters = || word.chars().filter(|c| c.is_alphabetic());
        letters().count() >= 2 && letters().all(char::is_uppercase) || is_web_address(word)
    });
    (text::word_count(prefix) <= AGENCY_MAX_WORDS && outlet_like && !is_place && !prefix.contains([',', ':']))
        .then(|| prefix.to_owned())
}

/// The outlet a byline after the article credits as the source (`Nguồn:
/// Báo Nông Thôn`, `Theo VnExpress`, `منبع: ایسنا`): its name, without
/// the kind of outlet, as [`agency`] gives it. For articles that name
/// none in their text.
pub fn credited_outlet(bylines: &[String], data: &LanguageData) -> Option<String> {
    bylines.iter().find_map(|byline| {
        let tokens = text::tokenize(byline);
        let cue = data.source_cues.match_at(&tokens, 0)?;
        let name = cue + outlet_kind_len(&tokens[cue..], data);
        let rest = tokens.get(name).map(|t| byline[t.start..].trim())?;
        (text::word_count(rest) <= AGENCY_MAX_WORDS).then(|| rest.trim_end_matches('.').to_owned())
    })
}

/// `خبرگزاری تسنیم: …`: an outlet named with its kind, set off by a colon
/// or a dash at the start of the first paragraph; the name without the
/// kind, as after `به گزارش`.
fn outlet_label(paragraph: &str, data: &LanguageData) -> Option<String> {
    let paragraph = text::head(paragraph, CREDIT_SEARCH_MAX_BYTES);
    let tokens = text::tokenize(paragraph);
    if outlet_kind_len(&tokens, data) == 0 {
        return None;
    }
    let name = kinds_and_desks_len(&tokens, data);
    let end = (name..tokens.len().min(name + AGENCY_MAX_WORDS + 1)).find(|&k| !tokens[k].is_word)?;
    (end > name && (tokens[end].folded == ":" || text::is_dash(&tokens[end].folded)))
        .then(|| paragraph[tokens[name].start..tokens[end - 1].end].to_owned())
}

/// Whether a line is an outlet's name alone after its kind, every word of
/// the name capitalised (`BÁO ĐIỆN TỬ CHÍNH PHỦ`, `Báo Tuổi Trẻ`): the
/// site's masthead, no headline. A word in small letters makes it a
/// sentence (`Đài Loan tăng cường …`, where `Đài` opens Taiwan). In a
/// script without capitals (`خبرگزاری کار ایران`) a verb makes it one
/// (`خبرگزاری فارس توقیف شد`, Fars was banned).
pub fn is_outlet_name(line: &str, data: &LanguageData) -> bool {
    // (most candidates are told without tokens: a name in capitals opens
    // with one, and a line longer than a kind and a name is a title)
    let cased = line.chars().next().is_some_and(|c| c.is_uppercase() || c.is_lowercase());
    if cased && !line.starts_with(char::is_uppercase)
        || line.split_whitespace().count() > OUTLET_KIND_MAX_WORDS + AGENCY_MAX_WORDS
    {
        return false;
    }
    // (a line opening with no outlet's kind, nearly every one, is told
    // before it is tokenized)
    if !data.outlet_kinds.starts(&text::fold_cow(line)) {
        return false;
    }
    let tokens = data.tokenize(line);
    let Some(kind) = data.outlet_kinds.match_at(&tokens, 0) else { return false };
    let name = &tokens[kind..];
    (1..=AGENCY_MAX_WORDS).contains(&name.len())
        && if cased {
            name.iter().all(|t| t.capitalised)
        } else {
            name.iter().all(|t| t.is_word && !is_persian_verb(t, data))
        }
}

/// How many tokens of an outlet's kind (`خبرگزاری`, `Báo`) open `tokens`:
/// the outlet's name follows them.
fn outlet_kind_len(tokens: &[text::Token], data: &LanguageData) -> usize {
    tokens.iter().take_while(|t| data.outlet_kinds.contains(&t.folded)).count()
}

/// How many tokens of outlets' kinds and the site's desks open `tokens`:
/// a desk after a kind, alone before the mark closing the credit, is no
/// outlet's name (`گروه استانها -`, the provinces desk), nor before an
/// outlet's kind (`گروه سیاسی خبرگزاری تسنیم:`); before other words it is
/// one of the name's (`پایگاه خبری تحلیلی بازار بورس:`).
fn kinds_and_desks_len(tokens: &[text::Token], data: &LanguageData) -> usize {
    let mut len = outlet_kind_len(tokens, data);
    while let Some(desk) = data.news_desks.match_at(tokens, len) {
        let kind = outlet_kind_len(&tokens[len + desk..], data);
        if kind == 0 && tokens.get(len + desk).is_some_and(|t| t.is_word) {
            break;
        }
        len += desk + kind;
    }
    len
}

/// Whether a name is words of letters only, as an outlet's or a person's
/// is (no digit, no punctuation), zero-width non-joiners allowed.
fn is_letters_only(name: &str) -> bool {
    name.chars().all(|c| c.is_alphabetic() || c == ' ' || c == '\u{200C}')
}

/// Most words of the city that opens a dateline before its outlet
/// (`بندر عباس- ایرنا- …`).
const DATELINE_CITY_MAX_WORDS: usize = 2;

/// `تهران- ایرنا- …`, `مشهد - ایرنا - …`: a city, then the outlet, each
/// closed by a dash, opening the first paragraph, as the Iranian agencies
/// write their datelines; not a desk after the outlet (`برنا - گروه
/// استانها - …`).
fn city_then_outlet(paragraph: &str, data: &LanguageData) -> Option<String> {
    let mut parts = paragraph.splitn(3, text::DASHES);
    let (city, outlet, rest) = (parts.next()?, parts.next()?, parts.next()?);
    ((1..=DATELINE_CITY_MAX_WORDS).contains(&text::word_count(city))
        && (1..=AGENCY_MAX_WORDS).contains(&text::word_count(outlet))
        && is_letters_only(city)
        && is_letters_only(outlet)
        && outlet.starts_with(' ')
        && rest.starts_with(' ')
        && !data.news_desks.occurs_in(&text::fold(outlet)))
    .then(|| {
        // the name without the outlet's kind (`خبرگزاری فارس`)
        let tokens = text::tokenize(outlet);
        let kind = outlet_kind_len(&tokens, data);
        tokens.get(kind).map_or(outlet.trim(), |t| outlet[t.start..].trim()).to_owned()
    })
}

/// `برنا - گروه استانها: …`: the outlet that opens the first paragraph;
/// in `تهران (پانا) - …` the one in brackets after the city. A city alone
/// (`تهران - …`) names no outlet.
fn dateline_prefix(paragraph: &str, data: &LanguageData) -> Option<String> {
    let (prefix, _) = dateline_parts(paragraph)?;
    if text::word_count(prefix) > AGENCY_MAX_WORDS || prefix.contains(['،', ',', ':']) {
        return None;
    }
    let outlet = match prefix.split_once('(').and_then(|(_, rest)| rest.split_once(')')) {
        Some((bracketed, _)) => bracketed,
        None => prefix,
    };
    let tokens = text::tokenize(outlet);
    let is_place = people::is_place_span(&tokens, 0, tokens.len(), data);
    // (`گروه سیاسی - …`: a desk of the site, no outlet)
    if outlet_kind_len(&tokens, data) > 0 && kinds_and_desks_len(&tokens, data) == tokens.len() {
        return None;
    }
    // a score (`استقلال ۲ - پرسپولیس ۱ - …`) names no outlet
    Some(outlet.trim().to_owned())
        .filter(|outlet| !outlet.is_empty() && !outlet.chars().any(char::is_numeric) && !is_place)
}

/// What stands before a dateline's dash (`برنا - …`): the agency part,
/// and the reporter who may follow it after a semicolon (`باشگاه خبرنگاران
/// جوان؛ مینا عظیمی - …`), a name of at most [`AGENCY_MAX_WORDS`] words.
fn dateline_parts(paragraph: &str) -> Option<(&str, Option<&str>)> {
    let (prefix, _) = split_at_dateline_dash(paragraph)?;
    Some(match prefix.split_once('؛') {
        Some((agency, reporter)) if text::word_count(reporter) <= AGENCY_MAX_WORDS => (agency, Some(reporter)),
        _ => (prefix, None),
    })
}

/// Most words before a dateline's dash: an outlet's name and a reporter's
/// after its semicolon (`باشگاه خبرنگاران جوان؛ مینا عظیمی - …`), each of
/// at most [`AGENCY_MAX_WORDS`].
const DATELINE_PREFIX_MAX_WORDS: usize = 2 * AGENCY_MAX_WORDS;

/// A paragraph split at the first dash with a space after it, a hyphen or
/// a longer dash (`برنا - …`, `موبنا – …`, `TTO — …`), also written
/// against the name or a bracket before it (`ایسنا- …`, `تهران(پانا)- …`):
/// a dateline's. A dash inside a word (`اقتصاد-آنلاین`) is none, nor is one
/// of two (`SAIGON -- …`, a city's dateline).
fn split_at_dateline_dash(paragraph: &str) -> Option<(&str, &str)> {
    // (the dash follows the words before it and the space after the last:
    // only the paragraph's head is read)
    let head =
        paragraph.match_indices(' ').nth(DATELINE_PREFIX_MAX_WORDS).map_or(paragraph, |(at, _)| &paragraph[..at]);
    let (at, dash) = head.match_indices(text::DASHES).find(|&(at, dash)| {
        // (written against the name, `ایسنا- …`, only with a space
        // after it: `اقتصاد-آنلاین` is one word)
        !paragraph[..at].ends_with(text::DASHES) && paragraph[at + dash.len()..].starts_with(' ')
    })?;
    Some((paragraph[..at].trim_end(), paragraph[at + dash.len()..].trim_start()))
}

/// The reporter a Persian dateline names after its agency's semicolon
/// (`باشگاه خبرنگاران جوان؛ مینا عظیمی - …`): two or three words of
/// letters, after an agency's name of one to three.
pub fn dateline_reporter(paragraph: &str) -> Option<String> {
    let (agency, reporter) = dateline_parts(paragraph)?;
    let reporter = reporter?;
    let words = text::word_count(reporter);
    ((1..=AGENCY_MAX_WORDS).contains(&text::word_count(agency))
        && (2..=AGENCY_MAX_WORDS).contains(&words)
        && is_letters_only(reporter))
    .then(|| reporter.trim().to_owned())
}

/// The names in a byline: the cue (`Tin, ảnh:`) removed, the rest split
/// on commas, `và`, `و`, `-`. A part with a digit names no one: a cue
/// credits a video by its title too (`VIDEO: Thanh Hóa 1-0 SLNA (Vòng
/// 12 V-League 2021)`).
pub fn authors(byline: &str, data: Option<&LanguageData>) -> Vec<String> {
    let mut rest = byline.trim();
    if let Some(data) = data {
        if data.opinion_disclaimers.occurs_in(&text::fold(rest)) {
            return disclaiming_writer(rest, data).into_iter().collect();
        }
        let tokens = text::tokenize(rest);
        if data.source_cues.match_at(&tokens, 0).is_some() {
            return Vec::new();
        }
        if let Some(n) =
            data.byline_cues.match_at(&tokens, 0).or_else(|| crate::boilerplate::qualified_byline_cue(&tokens, data))
        {
            rest = rest[tokens[n - 1].end..].trim();
        } else if let Some(names) = crate::boilerplate::listed_credits_cue(rest, data) {
            rest = rest[names..].trim();
        } else if let Some(names) = crate::boilerplate::without_bracketed_credit(rest, data) {
            rest = names;
        }
    }
    // a credit after the first names has its cue too (`Anh Dũng - Ảnh: Đức
    // Anh`): the photographer's name after it
    let without_cue = |part: &'_ str| -> String {
        let part = part.trim();
        let tokens = text::tokenize(part);
        match data.and_then(|data| data.byline_cues.match_at(&tokens, 0)) {
            Some(n) => part[tokens[n - 1].end..].to_owned(),
            _ => part.to_owned(),
        }
    };
    rest.split([',', '،', ';', '-', '–', '/'])
        .flat_map(|part| part.split(" và ").flat_map(|p| p.split(" و ")))
        .map(|name| without_cue(name).trim().trim_matches(['(', ')', '.']).trim().to_owned())
        .filter(|name| (1..=5).contains(&text::word_count(name)) && !name.chars().any(char::is_numeric))
        .collect()
}

/// The writer a commentary's disclaimer names (`Bài viết thể hiện quan
/// điểm riêng của Phó Giáo Sư, Tiến sĩ Phạm Quý Thọ từ Học viện …`): the
/// first person named in it, none when it says only `the writer`.
fn disclaiming_writer(disclaimer: &str, data: &LanguageData) -> Option<String> {
    let tokens = data.tokenize(disclaimer);
    (0..tokens.len()).find_map(|k| {
        let (mention, _) = people::parse(disclaimer, &tokens, k, tokens.len(), data.language, data)?;
        mention.name.filter(|_| !mention.bare && !mention.pronoun)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tags_of(page: &str, language: Language) -> Vec<String> {
        let data = language.data().unwrap_or_else(|| unreachable!());
        let blocks = crate::blocks::from_text(page, &[]);
        let page_labels = crate::boilerplate::classify(&blocks, Some(data));
        tags(&blocks, &page_labels, |i| page_labels.decisions[i].label.is_body(), data)
    }

    #[test]
    fn tags_after_a_tag_label() {
        let fa_body = "وزیر نیرو با اشاره به برنامه‌های وزارتخانه برای تابستان آینده گفت که مصرف برق با همکاری مردم و صنایع مدیریت خواهد شد.\n\
                       وی افزود که ظرفیت تولید برق کشور در سال جاری بیش از چهار هزار مگاوات افزایش یافته است و این روند ادامه دارد.";
        let page = format!("{fa_body}\nبرچسب‌ها\nوزیر نیرو\nبرق\nاخبار مرتبط\nقطعی برق در تهران تکذیب شد");
        assert_eq!(tags_of(&page, Language::Persian), ["وزیر نیرو", "برق"]);
        let vi_body = "Công ty chứng khoán MBS vừa công bố danh sách ba mươi cổ phiếu có khả năng lọt vào rổ chỉ số sau khi thị trường được nâng hạng.\n\
                       Danh mục trên có thể sẽ có sự thay đổi và chỉ sử dụng để tham khảo vào thời điểm công bố chính thức của tổ chức xếp hạng.";
        let page = format!("{vi_body}\nChia sẻ\nTừ Khóa:\nviệt nam, MBS, nâng hạng, FTSE\n\nCÙNG CHUYÊN MỤC");
        assert_eq!(tags_of(&page, Language::Vietnamese), ["việt nam", "MBS", "nâng hạng", "FTSE"]);
        assert_eq!(tags_of(&format!("{vi_body}\nTags: Giá vàng, SJC"), Language::Vietnamese), ["Giá vàng", "SJC"]);
        // a label with nothing after it gives none
        assert!(tags_of(&format!("{vi_body}\n  • Tags:\n\nBản quyền thuộc về báo"), Language::Vietnamese).is_empty());
    }

    #[test]
    fn an_html_tag_lists_links_are_its_tags() {
        let data = Language::Vietnamese.data().unwrap_or_else(|| unreachable!());
        let paragraph = "Công ty chứng khoán MBS vừa công bố danh sách ba mươi cổ phiếu có khả năng lọt vào rổ chỉ số sau khi thị trường được nâng hạng.";
        let page = format!(
            "<html><body><article><p>{paragraph}</p><p>{paragraph} Lần hai.</p>\
             <div><strong>Tags:</strong><a href=\"/t1\">xe buýt điện</a><a href=\"/t2\"><span>sân bay</span> Nội Bài</a></div>\
             </article></body></html>"
        );
        let blocks = crate::html::parse(&page).blocks;
        let page_labels = crate::boilerplate::classify(&blocks, Some(data));
        let found = tags(&blocks, &page_labels, |i| page_labels.decisions[i].label.is_body(), data);
        // the links ran together into `xe buýt điệnsân bay Nội Bài`
        assert_eq!(found, ["xe buýt điện", "sân bay Nội Bài"]);
        // a list just outside the text's container (WordPress's footer of
        // the entry) is the article's; a sidebar's further down is not
        let tags_of_html = |after_text: &str| {
            let page = format!(
                "<html><body><article><div class=\"entry-content\"><p>{paragraph}</p><p>{paragraph} Lần hai.</p></div>\
                 {after_text}</article></body></html>"
            );
            let blocks = crate::html::parse(&page).blocks;
            let page_labels = crate::boilerplate::classify(&blocks, Some(data));
            tags(&blocks, &page_labels, |i| page_labels.decisions[i].label.is_body(), data)
        };
        let footer =
            "<div class=\"entry-footer\">Từ khóa: <a href=\"/t1\">giá lúa</a>, <a href=\"/t2\">miền Tây</a></div>";
        assert_eq!(tags_of_html(footer), ["giá lúa", "miền Tây"]);
        let widgets: String = (0..8).map(|i| format!("<div class=\"widget\"><p>Tiện ích số {i}</p></div>")).collect();
        assert!(tags_of_html(&format!("{widgets}{footer}")).is_empty());
    }

    #[test]
    fn news_id_in_any_digits() {
        assert_eq!(news_id("| کد خبر: ۲۲۷۷۱۸۱").as_deref(), Some("2277181"));
        assert_eq!(news_id("كد خبر 354606").as_deref(), Some("354606"));
        assert_eq!(news_id("Hôm nay : 56"), None);
        // the label's words written together, or joined by a non-joiner
        for label in ["کدخبر", "كدخبر", "کد\u{200C}خبر", "شناسه‌خبر"] {
            assert_eq!(news_id(&format!("{label}: 2013527")).as_deref(), Some("2013527"), "{label}");
        }
        assert_eq!(news_id("كد خبر: ٣٥٤٦٠٦").as_deref(), Some("354606"));
        // an id is given in ASCII digits or not at all: digits folding
        // leaves as they are (fullwidth) are not read as one
        assert_eq!(news_id("کد خبر: ２２７７１８１"), None);
    }

    #[test]
    fn a_paragraph_opened_by_an_outlets_dateline() {
        let (vi, fa) = (Language::Vietnamese.data().expect("vi"), Language::Persian.data().expect("fa"));
        for line in [
            "BDK.VN - Sáng 4-4, tỉnh tổ chức hội nghị.",
            "(Dân trí) - Sáng nay, trường khai giảng năm học.",
            "(ABO) Trên địa bàn 2 huyện, lực lượng Công an vừa bắt quả tang 2 vụ.",
        ] {
            assert!(opens_with_outlet_dateline(line, vi), "{line}");
        }
        assert!(opens_with_outlet_dateline("خبرگزاری تسنیم: وزیر کشور امروز به قم رفت.", fa));
        // a city's dateline, a date and a sentence name no outlet
        for line in [
            "Hà Nội - Sáng nay, thành phố tổ chức hội nghị.",
            "04/04/2022 - 08:59",
            "Sáng nay (4-4) - tỉnh họp.",
            "(Toàn văn bài phát biểu của đồng chí) - Thưa các đồng chí,",
            // a letter, a word in capitals, an acronym before small letters,
            // a word not in capitals
            "(A) Trên địa bàn huyện, lực lượng Công an vừa bắt 2 vụ.",
            "(THÔNGBÁOMỚI) Trên địa bàn huyện, lực lượng Công an vừa bắt 2 vụ.",
            "(ABO) trên địa bàn huyện, lực lượng Công an vừa bắt 2 vụ.",
            "(Video) Trên địa bàn huyện, lực lượng Công an vừa bắt 2 vụ.",
        ] {
            assert!(!opens_with_outlet_dateline(line, vi), "{line}");
        }
        assert!(!opens_with_outlet_dateline("وزیر کشور امروز به قم رفت - گزارش تصویری", fa));
    }

    #[test]
    fn a_verb_before_a_slash_ends_a_title_not_an_outlets_name() {
        let fa = |s: &str| agency(&[s.to_owned()], Language::Persian);
        let run_in = "نداشته/ دستگاه های امدادی آماده باش شدند و تیم های ارزیاب به منطقه اعزام شدند.";
        assert_eq!(fa(run_in), None);
        let named = fa("خبرآنلاین/ محمدباقر نوبخت، سخنگوی دولت گفت: بودجه امسال تصویب می‌شود.");
        assert_eq!(named.as_deref(), Some("خبرآنلاین"));
    }

    #[test]
    fn a_desk_after_an_outlets_kind_is_no_outlet() {
        let fa = |s: &str| agency(&[s.to_owned()], Language::Persian);
        assert_eq!(fa("گروه استانها- مدیرکل مدیریت بحران استانداری کردستان گفت: زلزله خسارت جانی نداشت."), None);
        assert_eq!(fa("گروه سیاسی - وزیر کشور امروز به قم رفت."), None);
        // an outlet after the desk is named
        let named = fa("گروه سیاسی خبرگزاری تسنیم - وزیر کشور امروز به قم رفت.");
        assert_eq!(named.as_deref(), Some("تسنیم"));
    }

    #[test]
    fn an_outlets_dateline_on_a_line_of_its_own() {
        let alone = |line: &str| outlet_credit_alone(line, Language::Vietnamese);
        assert_eq!(alone("(VTC News) -").as_deref(), Some("VTC News"));
        assert_eq!(alone("TTO –").as_deref(), Some("TTO"));
        assert_eq!(alone("VOV.VN —").as_deref(), Some("VOV.VN"));
        // a city's dateline, a phrase, a dash inside a word, a paragraph
        // going on after the dash and a bracket of too many words name none
        for line in [
            "HÀ NỘI -",
            "Tin tức -",
            "(VTC News)-",
            "(VTC News) - Sáng nay, tỉnh họp.",
            "(Toàn văn bài phát biểu của đồng chí) -",
            "(VTC) (News) -",
        ] {
            assert_eq!(alone(line), None, "{line}");
        }
        let fa = |line: &str| outlet_credit_alone(line, Language::Persian);
        assert_eq!(fa("پایگاه خبری تحلیلی بازار بورس:").as_deref(), Some("بازار بورس"));
        assert_eq!(fa("خبرگزاری تسنیم -").as_deref(), Some("تسنیم"));
        // a label the paragraph goes on after, and a name with no kind
        for line in ["خبرگزاری تسنیم: وزیر کشور امروز گفت:", "خبرگزاری تسنیم", "ایسنا:", "(ایسنا) -"]
        {
            assert_eq!(fa(line), None, "{line}");
        }
    }

    #[test]
    fn an_outlets_short_name_after_its_full_name_is_its_name() {
        let fa = |s: &str| agency(&[s.to_owned()], Language::Persian);
        let tail = "رئیس سازمان حج و زیارت گفت که ثبت‌نام آغاز می‌شود.";
        for (credit, name) in [
            ("به گزارش خبرگزاری بین‌المللی قرآن (ایکنا)،", "ایکنا"),
            ("به گزارش خبرگزاری بین‌المللی اهل‌بیت (ع) _ ابنا _", "ابنا"),
            ("به گزارش خبرگزاری بین‌المللی اهل‌بیت (ع) - ابنا -", "ابنا"),
            // a tatweel stretching the dash
            ("به گزارش خبرگزاری بین‌المللی اهل‌بیت(ع) ـ ابنا ـ", "ابنا"),
            // a web address, a name in Latin letters, a blessing alone
            ("به گزارش پایگاه خبری تحلیلی انتخاب (Entekhab.ir) ،", "انتخاب"),
            ("به گزارش ایرنا (IRNA)،", "ایرنا"),
            ("به گزارش آستان قدس رضوی (ع)،", "آستان قدس رضوی"),
            // two different marks set off no name
            ("به گزارش خبرگزاری مهر - ایرنا _", "مهر"),
        ] {
            assert_eq!(fa(&format!("{credit} {tail}")).as_deref(), Some(name), "{credit}");
        }
    }

    #[test]
    fn agency_from_the_reporting_phrase_or_the_dateline() {
        let p = |s: &str| vec![s.to_owned()];
        assert_eq!(agency(&p("به گزارش خبرگزاری برنا از قم، دکتر گفت."), Language::Persian).as_deref(), Some("برنا"));
        assert_eq!(agency(&p("به گزارش ایسنا، مربی گفت."), Language::Persian).as_deref(), Some("ایسنا"));
        // `و` joins two words of one outlet's name after its kind, not two
        // outlets
        let joined = agency(&p("به گزارش خبرگزاری صدا و سیما، وزیر گفت."), Language::Persian);
        assert_eq!(joined.as_deref(), Some("صدا و سیما"));
        // … or the credit's next phrase closes (`به نقل از`, quoting)
        let quoting = "به گزارش خبرگزاری صدا و سیما به نقل از میزان، رئیس کل دادگستری گفت.";
        assert_eq!(agency(&p(quoting), Language::Persian).as_deref(), Some("صدا و سیما"));
        // … or another outlet credited with it
        let two = "به گزارش خبرگزاری صدا و سیما و خبرگزاری ایرنا، وزیر گفت.";
        assert_eq!(agency(&p(two), Language::Persian).as_deref(), Some("صدا و سیما"));
        // (the word after `و` must be closed: `و` may join a phrase, Fars
        // and other media)
        let phrase = "به گزارش خبرگزاری فارس و رسانه‌های دیگر، وزیر امروز استعفا داد.";
        assert_eq!(agency(&p(phrase), Language::Persian).as_deref(), Some("فارس"));
        assert_eq!(agency(&p("به گزارش ایرنا و ایسنا، وزیر گفت."), Language::Persian).as_deref(), Some("ایرنا"));
        // a reporter's beat before the outlet's kind, which no list of desks
        // names
        let beat = "به گزارش خبرنگار حوزه دولت خبرگزاری تسنیم، وزیر گفت.";
        assert_eq!(agency(&p(beat), Language::Persian).as_deref(), Some("تسنیم"));
        // a desk's noun after a medium's kind is the medium's name, where
        // after a reporter or a desk word it is their beat
        for (credit, name) in [
            ("به گزارش پایگاه اطلاع رسانی دولت،", Some("دولت")),
            ("به گزارش پایگاه خبری سلامت نیوز،", Some("سلامت نیوز")),
            ("به گزارش خبرنگار سلامت خبرگزاری مهر،", Some("مهر")),
            ("به گزارش گروه محیط زیست ایرنا،", Some("ایرنا")),
            ("به گزارش سرویس دولت باشگاه خبرنگاران جوان،", Some("باشگاه خبرنگاران جوان")),
            // (a name longer than an outlet's gives none)
            ("به گزارش سایت اطلاع رسانی محیط زیست استان تهران محمدهادی حیدرزاده", None),
            // … and an adjective says what the medium covers
            ("به گزارش روزنامه اقتصادی دنیای اقتصاد،", Some("دنیای اقتصاد")),
        ] {
            assert_eq!(agency(&p(&format!("{credit} وزیر گفت.")), Language::Persian).as_deref(), name, "{credit}");
        }
        // … but a reporter's outlet is named after the reporter's word
        let reporter = "به گزارش خبرنگار ایرنا و خبرگزاری فارس، وزیر گفت.";
        assert_eq!(agency(&p(reporter), Language::Persian).as_deref(), Some("ایرنا"));
        assert_eq!(agency(&p("برنا - گروه استانها: رییس گفت."), Language::Persian).as_deref(), Some("برنا"));
        // (a longer dash too, but no dash inside a word: `اقتصاد-آنلاین`)
        for dash in ["–", "—"] {
            let paragraph = format!("موبنا {dash} وزیر ارتباطات گفت: ایران یک کشور مذهبی است.");
            assert_eq!(agency(&p(&paragraph), Language::Persian).as_deref(), Some("موبنا"), "{dash}");
        }
        let hyphenated = "اقتصاد-آنلاین - وزیر ارتباطات گفت: ایران یک کشور مذهبی است.";
        assert_eq!(agency(&p(hyphenated), Language::Persian).as_deref(), Some("اقتصاد-آنلاین"));
        // the dash written against the name, with a space after it
        let glued = "ایسنا- سخنگوی شرکت ملی پخش فرآورده‌های نفتی گفت: این خبر واقعیت ندارد.";
        assert_eq!(agency(&p(glued), Language::Persian).as_deref(), Some("ایسنا"));
        let hyphenated = "اقتصاد -آنلاین - وزیر ارتباطات گفت: ایران یک کشور مذهبی است.";
        assert_eq!(agency(&p(hyphenated), Language::Persian).as_deref(), Some("اقتصاد -آنلاین"));
        // the outlet after the city, each closed by a dash
        for dateline in ["مشهد- ایرنا- ", "تهران - ایرنا - ", "بندر عباس – ایرنا – ", "قم - خبرگزاری ایرنا - "]
        {
            let paragraph = format!("{dateline}سرمربی تیم گفت: مزد تلاش خود را گرفتیم.");
            assert_eq!(agency(&p(&paragraph), Language::Persian).as_deref(), Some("ایرنا"), "{dateline}");
        }
        // … but not the city after an outlet of more words than a city has
        let agency_then_city = "باشگاه خبرنگاران جوان - تهران - وزیر گفت.";
        assert_eq!(agency(&p(agency_then_city), Language::Persian).as_deref(), Some("باشگاه خبرنگاران جوان"));
        // … nor the teams and goals of a score
        assert_eq!(agency(&p("استقلال ۲ - پرسپولیس ۱ - بازی با پیروزی استقلال تمام شد."), Language::Persian), None);
        // … nor the desk after the outlet
        assert_eq!(agency(&p("برنا - گروه استانها - رییس گفت."), Language::Persian).as_deref(), Some("برنا"));
        // the outlet in brackets after the city; a city or a country alone
        // names none
        assert_eq!(agency(&p("تهران (پانا) - وزیر گفت."), Language::Persian).as_deref(), Some("پانا"));
        // the dash right after the bracket
        assert_eq!(agency(&p("تهران(پانا)- وزیر گفت."), Language::Persian).as_deref(), Some("پانا"));
        for place in ["تهران", "خرم‌آباد", "مشهد", "افغانستان"] {
            assert_eq!(agency(&p(&format!("{place} - وزیر گفت.")), Language::Persian), None, "{place}");
        }
        // the reporter after the agency's semicolon
        assert_eq!(
            agency(&p("باشگاه خبرنگاران جوان؛ مینا عظیمی - وزیر گفت."), Language::Persian).as_deref(),
            Some("باشگاه خبرنگاران جوان")
        );
        // and the reporter is the author
        assert_eq!(dateline_reporter("باشگاه خبرنگاران جوان؛ مینا عظیمی - وزیر گفت.").as_deref(), Some("مینا عظیمی"));
        assert_eq!(dateline_reporter("ایسنا؛ وزیر کشور گفت: ما آماده‌ایم - و افزود."), None);
        assert_eq!(dateline_reporter("ایسنا - وزیر گفت."), None);
        // a clause before a semicolon is no agency's name
        assert_eq!(agency(&p("وزیر امور خارجه در این نشست گفت؛ مینا عظیمی - وزیر گفت."), Language::Persian), None);
        assert_eq!(agency(&p("خبرگزاری تسنیم: وزیر کار گفت."), Language::Persian).as_deref(), Some("تسنیم"));
        // the label under a lead printed above it
        let under_lead =
            ["وزیر کار به تفکیک وزارتخانه واکنش نشان داد.".to_owned(), "خبرگزاری تسنیم: وزیر کار گفت.".to_owned()];
        assert_eq!(agency(&under_lead, Language::Persian).as_deref(), Some("تسنیم"));
        // … and a dateline under it; under a line that ends no sentence (a
        // kicker) or further down, a dash names no outlet
        let lead = "رئیس دفتر رئیس‌جمهور درباره جزئیات گفت‌وگو توضیحاتی را بیان کرد.";
        let paragraphs = |first: &str, second: &str| vec![first.to_owned(), second.to_owned()];
        let dated = "باشگاه خبرنگاران جوان - رئیس دفتر رئیس‌جمهور اظهار داشت: ما آماده‌ایم.";
        assert_eq!(agency(&paragraphs(lead, dated), Language::Persian).as_deref(), Some("باشگاه خبرنگاران جوان"));
        assert_eq!(agency(&paragraphs("رئیس دفتر رئیس‌جمهور", dated), Language::Persian), None);
        let third = [lead.to_owned(), lead.to_owned(), dated.to_owned()];
        assert_eq!(agency(&third, Language::Persian), None);
        // … and so does a name closed by a slash
        let slashed = "واحد مرکزی خبر/ صمد کریمی در مصاحبه با خبرنگار ما گفت: بخشنامه در راه است.";
        assert_eq!(agency(&paragraphs(lead, slashed), Language::Persian).as_deref(), Some("واحد مرکزی خبر"));
        // the name in quotation marks, and one closed by a slash
        let quoted = "به گزارش \"ورزش سه\" مربی تیم گفت.";
        assert_eq!(agency(&p(quoted), Language::Persian).as_deref(), Some("ورزش سه"));
        assert_eq!(agency(&p("ایرنا/ یک رسانه عراقی خبر داد."), Language::Persian).as_deref(), Some("ایرنا"));
        // a date's slashes close no name
        assert_eq!(agency(&p("در تاریخ ۱۴۰۴/۰۸/۲۳ وزیر گفت."), Language::Persian), None);
        // the source a byline after the article credits
        let credited = |byline: &str, language: Language| {
            credited_outlet(&[byline.to_owned()], language.data().unwrap_or_else(|| unreachable!()))
        };
        assert_eq!(credited("Nguồn: Báo Nông Thôn", Language::Vietnamese).as_deref(), Some("Nông Thôn"));
        assert_eq!(credited("Theo VnExpress", Language::Vietnamese).as_deref(), Some("VnExpress"));
        assert_eq!(credited("منبع: ایسنا", Language::Persian).as_deref(), Some("ایسنا"));
        assert_eq!(credited("Theo Nhịp sống thị trường Copy link", Language::Vietnamese), None);
        assert_eq!(credited("Thanh Lâm", Language::Vietnamese), None);
        // a sentence's clause before a colon names no outlet
        assert_eq!(agency(&p("خبرگزاری‌ها گزارش دادند: وزیر کار گفت."), Language::Persian), None);
        // a desk after the reporter or a desk word is no part of the name
        for (lead, outlet) in [
            ("به گزارش خبرنگار اقتصادی ایرنا، وزیر گفت.", "ایرنا"),
            ("به گزارش گروه سیاسی خبرگزاری تسنیم، وزیر گفت.", "تسنیم"),
            ("به گزارش خبرنگار گروه سیاست خارجی خبرگزاری فارس، وزیر گفت.", "فارس"),
            ("به گزارش باشگاه خبرنگاران جوان علیرضا منصوریان گفت.", "باشگاه خبرنگاران جوان"),
            ("به گزارش ایسنا سخنگوی دولت گفت.", "ایسنا"),
            ("به گزارش باشگاه خبرنگاران جوان، وزیر گفت.", "باشگاه خبرنگاران جوان"),
            ("به گزارش گروه بین‌الملل خبرگزاری فارس، وزیر گفت.", "فارس"),
            ("به گزارش خبرنگار اعزامی ایسنا به نیویورک، وزیر گفت.", "ایسنا"),
            // the government's and parliament's beats
            ("به گزارش خبرنگار دولت باشگاه خبرنگاران جوان، وزیر گفت.", "باشگاه خبرنگاران جوان"),
            ("به گزارش خبرنگار مجلس ایسنا، وزیر گفت.", "ایسنا"),
            // a desk's word opening an outlet's name, with no reporter before
            ("به گزارش جهان نیوز، وزیر گفت.", "جهان نیوز"),
        ] {
            assert_eq!(agency(&p(lead), Language::Persian).as_deref(), Some(outlet), "{lead}");
        }
        // `our reporter` is the site itself, no agency
        for lead in ["به گزارش خبرنگار ما، وزیر گفت.", "به گزارش خبرنگار آموزشی ما، وزیر گفت."]
        {
            assert_eq!(agency(&p(lead), Language::Persian), None, "{lead}");
        }
        assert_eq!(
            agency(&p("(Dân trí) - Sáng nay, bệnh viện đã khai trương."), Language::Vietnamese).as_deref(),
            Some("Dân trí")
        );
        assert_eq!(agency(&p("Sáng nay, bệnh viện đã khai trương."), Language::Vietnamese), None);
        for (lead, outlet) in
            [("TTO - Sáng nay", "TTO"), ("VOV.VN - Sáng nay", "VOV.VN"), ("VTV.vn - Sáng nay", "VTV.vn")]
        {
            let lead = format!("{lead}, bệnh viện đã khai trương.");
            assert_eq!(agency(&p(&lead), Language::Vietnamese).as_deref(), Some(outlet), "{lead}");
        }
        // a web address may be written against the text by its dash; an
        // acronym so glued is a word's part, and so is anything before a
        // lower-case word
        let glued = agency(&p("VOV.VN-Việc ra đề thi tích hợp chưa được ứng dụng."), Language::Vietnamese);
        assert_eq!(glued.as_deref(), Some("VOV.VN"));
        for lead in ["SARS-CoV-2 lây lan nhanh ở các tỉnh.", "VOV.VN-sáng nay, bệnh viện đã khai trương."]
        {
            assert_eq!(agency(&p(lead), Language::Vietnamese), None, "{lead}");
        }
        // a city's dateline, in any case, names no outlet
        // (nor a double dash's first half: `SAIGON --`)
        for lead in [
            "Hà Nội - Sáng nay, bệnh viện đã khai trương.",
            "HÀ NỘI - Sáng nay, bệnh viện đã khai trương.",
            "SAIGON -- Sáng nay, bệnh viện đã khai trương.",
        ] {
            assert_eq!(agency(&p(lead), Language::Vietnamese), None, "{lead}");
        }
    }

    #[test]
    fn authors_from_bylines() {
        let vi = Language::Vietnamese.data();
        assert_eq!(authors("Tin, ảnh: Trung Thành", vi), ["Trung Thành"]);
        // several credits listed before one colon are one person's
        assert_eq!(authors("Bài, ảnh, audio: Hữu Thiện", vi), ["Hữu Thiện"]);
        assert_eq!(authors("Bài, ảnh và video: Hữu Thiện", vi), ["Hữu Thiện"]);
        // a commentary's disclaimer names its writer among titles and
        // offices, or no one
        let disclaimer = "Bài viết thể hiện quan điểm riêng của Phó Giáo Sư, Tiến sĩ Phạm Quý Thọ từ Học viện Chính sách & Phát triển, Bộ Kế hoạch & Đầu tư.";
        assert_eq!(authors(disclaimer, vi), ["Phạm Quý Thọ"]);
        assert!(authors("Bài viết thể hiện quan điểm riêng của tác giả, không phải của BBC.", vi).is_empty());
        assert!(authors("این یادداشت لزوماً بیانگر دیدگاه سردبیری نیست.", Language::Persian.data()).is_empty());
        assert_eq!(authors("Đậu Bình", vi), ["Đậu Bình"]);
        assert_eq!(authors("NHẬT XUÂN - NGHI VŨ", vi), ["NHẬT XUÂN", "NGHI VŨ"]);
        // a source credited is an outlet, not a writer
        assert!(authors("Nguồn: Báo Sức Khỏe Đời Sống", vi).is_empty());
        assert!(authors("Theo VTV", vi).is_empty());
        // … and no cue qualified by a word (`Nguồn` before `tin:`)
        assert!(authors("Nguồn tin: Báo VTC News", vi).is_empty());
        assert!(authors("منبع: ایسنا", Language::Persian.data()).is_empty());
        // the label of an aggregator's source line (`منبع خبر`, news source)
        assert!(authors("منبع خبر", Language::Persian.data()).is_empty());
        assert_eq!(authors("خبرنگار: مریم احمدی", Language::Persian.data()), ["مریم احمدی"]);
        // a word qualifying the cue (student reporter)
        assert_eq!(authors("دانش‌آموز خبرنگار: مریم احمدی", Language::Persian.data()), ["مریم احمدی"]);
        // the label after the names, in brackets
        assert_eq!(authors("Minh Anh - Thu Hà (thực hiện)", vi), ["Minh Anh", "Thu Hà"]);
        // the photographer credited after the writer
        assert_eq!(authors("Anh Dũng - Ảnh: Đức Anh", vi), ["Anh Dũng", "Đức Anh"]);
        // a video credited by its title, in any digits
        assert!(authors("VIDEO: Thanh Hóa 1-0 SLNA (Vòng 12 V-League 2021)", vi).is_empty());
        assert_eq!(authors("گزارش: علی رضایی - تیم ۳", Language::Persian.data()), ["علی رضایی"]);
    }
}
