//! Headline: the title line above the article's first paragraph.
//!
//! Pages print the title once in the header and often again right above
//! the text (or as a caption); a title-like line that the page repeats is
//! the headline. Otherwise it is the nearest title-like line before the
//! first paragraph, after the header chrome (menus, banners, date lines,
//! share buttons) has been set aside, unless it shares no words with that
//! paragraph and a title line above it sums the paragraph up. A page whose
//! text starts straight with the article has no headline to report.

use crate::blocks::Block;
use crate::boilerplate::{Features, Label, Page};
use crate::lang::LanguageData;

/// Headlines run 3 to 40 words: shorter lines are menu entries and
/// labels, longer ones are paragraphs.
const HEADLINE_MIN_WORDS: usize = 3;
pub(crate) const HEADLINE_MAX_WORDS: usize = 40;

/// The headline stands just above the article: between them there are at
/// most a date line, bylines, share buttons and a category label. Title
/// lines further up are the site's name, menus or other articles' titles,
/// and only count when nothing nearer qualifies.
const HEADLINE_WINDOW: usize = 10;

/// A line in capitals is a site's banner at the top of the page, or the
/// headline itself on sites that print it so (government portals): this
/// close above the article it is the headline.
const CAPITALS_HEADLINE_WINDOW: usize = 3;

/// Whether a block could be a headline; one in capitals only if
/// `capitals_allowed`; `opens_page` when it is the page's first.
fn is_title_like(block: &Block, f: &Features, capitals_allowed: bool, opens_page: bool) -> bool {
    let first = block.text.chars().next().unwrap_or(' ');
    // Latin-script titles start with a capital, a digit or a quote; a
    // lower-case start is a fragment (`và 1 tác giả khác`); bullets and
    // dashes mark menu entries (a Persian tatweel too, see
    // `strip_tatweel_dash`: it reads as a letter)
    let starts_well = if crate::text::strip_tatweel_dash(&block.text).is_some() {
        false
    } else if first.is_alphabetic() {
        first.is_uppercase() || !crate::text::is_latin_letter(first)
    } else {
        !matches!(first, '•' | '-' | '–' | '*' | '·' | '+' | '|' | '>')
    };
    starts_well
        && (HEADLINE_MIN_WORDS..=HEADLINE_MAX_WORDS).contains(&f.words)
        && !f.cue
        && !f.counter
        && (!f.banner || capitals_allowed)
        && !f.image_file
        && !f.date_line
        // a block outside an HTML page's main container has no features but
        // its words: its date line is found here
        && !(f.outside_main && crate::extract::date::is_date_line(&block.text))
        && !f.end_marker
        && !f.byline_cue
        // a line signed by a photographer is the caption of the picture
        // under the headline (`Bộ trưởng X trả lời phỏng vấn - Ảnh: Y`),
        // however much it reads like a title; a caption cue alone is not
        // enough (`Toàn cảnh …` opens headlines too)
        && !f.photo_credit
        && !f.prose
        // a caption run into the lead on a flattened line is no title; the
        // unit a flattened page opens with is its title run into the lead
        // (`Năm 2025, Bệnh viện … chuyên sâu Chiều 16/1, Bệnh viện …`)
        && (!block.runs_into_next || opens_page)
        // a title ends in no comma (a menu run into a weekday: `… Kinh
        // doanh Thứ ba,`), separator (an entry of a list of links, `… diễn
        // ra từ ngày 6 - 8/10/2021 |`) nor full stop (a sentence; an
        // ellipsis, `Giá vàng tăng...`, may end a title) and carries no
        // news id (`… کد خبر ۶۱۲۳۴۵۶`)
        && !block.text.ends_with([':', ',', '،', ';', '؛', '|'])
        && (!block.text.ends_with('.') || block.text.ends_with(".."))
        && crate::extract::meta::news_id_folded(&f.folded).is_none()
        // a sentence of a flattened page is not a title; a unit cut out of
        // one by separators (`// Title //`), with no sentence end, can be,
        // and so can a question the page opens with (`Manchester United
        // còn hy vọng cho ngôi vương? Mourinho …`): an article opens with
        // its statement, a title may ask
        && !(block.from_flattened_line && f.ends_sentence && !(opens_page && crate::text::is_question(&block.text)))
}

/// Whether a line opens with the label of a picture or a video (`Xem
/// clip: …`, `Ảnh: …`): a caption, however much it reads like a title. (A
/// caption's cue alone, with no colon, opens headlines too: `Toàn cảnh
/// …`.)
fn opens_with_media_label(folded: &str, data: &LanguageData) -> bool {
    data.caption_cues.starts_with_label_entry(folded)
}

/// Whether a line is repeated as menus and ads are, three times or more
/// on the page. A title the page prints in a row (its `<title>`, then its
/// `<h1>`) is no menu however often the page repeats it: the list of
/// related articles below may name it again, where a menu's entries stand
/// among other entries. Nor is a title the page prints again between the
/// article's paragraphs (a magazine layout heads each part with it): a
/// menu stands around the article, not inside it.
fn repeats_as_chrome(page: &Page, i: usize) -> bool {
    let f = &page.features[i];
    let inside_article = |j: usize| page.start.is_some_and(|start| start < j) && page.end.is_some_and(|end| j < end);
    f.repeats >= crate::boilerplate::REPEATED_CHROME_COUNT
        && page.features.get(i + 1).is_none_or(|next| next.folded != f.folded)
        && !page.features.iter().enumerate().any(|(j, other)| inside_article(j) && other.folded == f.folded)
}

/// The number a line opens with as a list's entry (`3. Kỳ họp …`, `2)
/// …`): digits, a full stop or a closing bracket, and a space.
fn list_number(line: &str) -> Option<u32> {
    let line = line.trim_start();
    let digits = line.find(|c: char| crate::text::digit_value(c).is_none())?;
    let mut rest = line[digits..].chars();
    let numbered = digits > 0 && matches!(rest.next(), Some('.' | ')')) && rest.next().is_some_and(char::is_whitespace);
    numbered.then(|| {
        line[..digits]
            .chars()
            .filter_map(crate::text::digit_value)
            .fold(0_u32, |n, d| n.saturating_mul(10).saturating_add(d))
    })
}

/// Whether block `i` is an entry of a numbered list, the block before or
/// after it numbered one less or more (`1. Dòng sự kiện:` / `2. Máy bay …`
/// / `3. Kỳ họp …`, a site's list of topics): a title opening with a
/// number (`3 người chết …`) has no stop after it, nor numbered neighbours.
fn is_numbered_entry(blocks: &[Block], i: usize) -> bool {
    let Some(n) = list_number(&blocks[i].text) else { return false };
    [i.checked_sub(1), Some(i + 1)]
        .into_iter()
        .flatten()
        .any(|j| blocks.get(j).and_then(|b| list_number(&b.text)).is_some_and(|m| m.abs_diff(n) == 1))
}

/// The block a page opens with: its first with words that is no chrome's
/// cue (the page's buttons, `Tăng tương phản`, may stand before its title).
fn opening_block(page: &Page) -> Option<usize> {
    page.features.iter().position(|f| f.words > 0 && !f.cue)
}

/// Chooses the headline block among those before the article; an HTML
/// page's `<title>` names it when one of them is in it.
pub fn choose(
    blocks: &[Block],
    page: &Page,
    document_title: Option<&str>,
    data: Option<&LanguageData>,
) -> Option<usize> {
    let before = page.start.unwrap_or(blocks.len());
    let opening = opening_block(page);
    let title_like = |capitals_allowed: bool| -> Vec<usize> {
        (0..before)
            .filter(|&i| page.decisions[i].label != Label::Byline)
            .filter(|&i| is_title_like(&blocks[i], &page.features[i], capitals_allowed, Some(i) == opening))
            .filter(|&i| !repeats_as_chrome(page, i))
            .filter(|&i| !is_numbered_entry(blocks, i))
            .filter(|&i| !data.is_some_and(|d| crate::extract::meta::is_outlet_name(&blocks[i].text, d)))
            .filter(|&i| !data.is_some_and(|d| opens_with_media_label(&page.features[i].folded, d)))
            .collect()
    };
    // a line in capitals only where no other title stands near the
    // article: a category label in capitals may sit between the headline
    // and the article, and the titles far above it are the site's name
    // and its menus
    let mut candidates = title_like(false);
    if !candidates.iter().any(|&i| before - i <= HEADLINE_WINDOW) {
        let capitals: Vec<usize> =
            title_like(true).into_iter().filter(|&i| before - i <= CAPITALS_HEADLINE_WINDOW).collect();
        if !capitals.is_empty() || candidates.is_empty() {
            candidates = capitals;
        }
    }
    // a line near the text that only names a person is the caption of
    // their portrait, not the title near it (lines further up are read for
    // none: they are the headline only when nothing near qualifies)
    // (with one line near there is nothing to choose: lines are only read
    // for a person where two are)
    let near = |i: usize| before - i <= HEADLINE_WINDOW;
    if let Some(data) = data
        && candidates.iter().filter(|&&i| near(i)).nth(1).is_some()
    {
        let captions: Vec<bool> =
            candidates.iter().map(|&i| near(i) && is_portrait_caption(&blocks[i].text, data)).collect();
        if candidates.iter().zip(&captions).any(|(&i, &caption)| !caption && near(i)) {
            let mut caption = captions.into_iter();
            candidates.retain(|_| !caption.next().unwrap_or(false));
        }
    }
    if let Some(title) = document_title.map(crate::text::fold)
        && let Some(named) =
            candidates.iter().copied().rfind(|&i| is_named_by_title(&title, &crate::text::fold(&blocks[i].text)))
    {
        return Some(named);
    }
    // a headline that reads as prose (so no candidate) stands above the
    // lines under it: they are no headline
    if let Some(title) = page.prose_title {
        return Some(title);
    }
    let near: Vec<usize> = candidates.iter().copied().filter(|&i| before - i <= HEADLINE_WINDOW).collect();
    let pool = if near.is_empty() { &candidates } else { &near };
    // a title the page prints twice (header and above the text) wins
    if let Some(repeated) = pool.iter().copied().find(|&i| page.features[i].repeats >= 2) {
        return Some(repeated);
    }
    // else the nearest, unless it shares no words with the article's first
    // paragraph and a title further up repeats many (an aggregator's source
    // line, `خبرگزاری دانشجو مشاهده در مرجع`, under the headline it took)
    let Some(nearest) = pool.last().copied() else {
        return title_under_summary(blocks, page, data);
    };
    let nearest = title_side_of_line(blocks, pool, nearest);
    // the title under its kicker, a line naming the speaker and closed by
    // a colon (`استاندار مازندران در جمع مدیران رسانه‌ها:` / the quoted
    // title), is the headline; a line under the title is its subtitle
    if let Some(data) = data
        && let Some(under_kicker) =
            pool.iter().copied().rfind(|&i| i > 0 && is_speaker_kicker(&blocks[i - 1].text, data))
    {
        return Some(under_kicker);
    }
    // a title printed again inside a longer line under it (`عکس خبری -
    // <title>`, news photo, the picture's alt text) is the headline; the
    // line is the picture's. (A block outside an HTML page's main
    // container has no folded text to compare.)
    let folded = |i: usize| page.features[i].folded.as_str();
    if let Some(&copied) =
        pool.iter().rev().skip(1).find(|&&i| !folded(i).is_empty() && folded(nearest).contains(folded(i)))
    {
        return Some(copied);
    }
    let overlap = |i: usize| page.start.and_then(|start| lead_overlap(&page.features[i], &page.features[start], data));
    if pool.len() > 1
        && overlap(nearest).is_some_and(|o| o < LEAD_OVERLAP_NONE)
        && let Some(summing_up) =
            pool.iter().copied().rev().find(|&i| overlap(i).is_some_and(|o| o >= LEAD_OVERLAP_HEADLINE))
    {
        return Some(summing_up);
    }
    Some(nearest)
}

/// The title of a crawled page's title line that the block splitter cut
/// at its separator (`<title> | شفقنا، آخرین اخبار ایران و جهان`, the
/// site's name and its motto) when `nearest` is its second and last unit:
/// of a title and the site's name the title is the longer side, as in an
/// HTML page's `<title>` (see [`is_named_by_title`]).
fn title_side_of_line(blocks: &[Block], pool: &[usize], nearest: usize) -> usize {
    // (an HTML page's blocks have no line of their own: line 0, none cut)
    let on_line = |k: usize| blocks[k].from_flattened_line && blocks[k].line == blocks[nearest].line;
    let Some(title) = nearest.checked_sub(1).filter(|&k| on_line(k) && pool.contains(&k)) else { return nearest };
    let two_units =
        title.checked_sub(1).is_none_or(|k| !on_line(k)) && (nearest + 1 >= blocks.len() || !on_line(nearest + 1));
    let longer = crate::text::word_count(&blocks[title].text) > crate::text::word_count(&blocks[nearest].text);
    if two_units && longer { title } else { nearest }
}

/// Whether a line is a person's mention and nothing else (`فرمانده
/// نیروی انتظامی تهران بزرگ`, the police chief of Greater Tehran; `Ông
/// Nguyễn Văn An, Giám đốc Sở Y tế`), or a mention speaking (`Thiếu tướng
/// X, Giám đốc Công an tỉnh phát biểu tại lễ ra quân`): what a portrait's
/// caption says. A headline tells news; an office or a name alone tells
/// none, nor does the act of speaking without what was said.
fn is_portrait_caption(line: &str, data: &LanguageData) -> bool {
    let tokens = data.tokenize(line);
    let end = (0..tokens.len()).find(|&k| data.speaking_acts.match_at(&tokens, k).is_some()).unwrap_or(tokens.len());
    crate::extract::people::parse(line, &tokens, 0, end, data.language, data).is_some_and(|(mention, used)| {
        used == end
            && (mention.name.is_some() || !runs_past_capitals(&tokens[..end]))
            // a run of words nothing marks as a name (`پرونده مرتضوی
            // بهدادگاهمیرود`, a crawl's glued title) names no one
            && !mention.bare
            && !is_noun_of_office(&mention, &tokens, data)
    })
}

/// Whether a Persian mention's "name" is one word that nothing marks as a
/// name, opening the line before an office (a bare name alone is
/// [`Mention::bare`](crate::extract::people::Mention::bare)): a noun the office belongs to
/// (`پرونده قاضی مرتضوی`, the judge's case; `استعفای وزیر نیرو`, the
/// minister's resignation), which is how headlines begin. A portrait's
/// caption names its subject in full.
fn is_noun_of_office(
    mention: &crate::extract::people::Mention,
    tokens: &[crate::text::Token],
    data: &LanguageData,
) -> bool {
    data.language == crate::lang::Language::Persian
        && mention.title.is_none()
        && mention.name.as_deref().is_some_and(|name| !name.contains(' '))
        && !crate::extract::people::anchors_persian_name(tokens, 0, 1, data)
}

/// Most tokens an office ends with after its last capital: the small
/// syllables of a body's name and a unit, in lower case (`Sở Nông nghiệp
/// và Phát triển nông thôn`, `Trung tâm Kiểm soát bệnh tật tỉnh`).
const OFFICE_TAIL_MAX_TOKENS: usize = 3;

/// Whether more than [`OFFICE_TAIL_MAX_TOKENS`] tokens follow the last
/// capitalised word of an office read to the end of a line: a predicate
/// run into it (`Tổng Giám đốc EVN xin lỗi về việc cắt
/// điện`, apologises for the power cuts), a headline's. A script without
/// case has no capitals to tell by.
fn runs_past_capitals(tokens: &[crate::text::Token]) -> bool {
    tokens.iter().rposition(|t| t.capitalised).is_some_and(|last| tokens.len() - (last + 1) > OFFICE_TAIL_MAX_TOKENS)
}

/// Most words of a kicker: who speaks, and where.
const KICKER_MAX_WORDS: usize = 15;

/// Whether a line is the kicker over a headline that quotes someone: it
/// names the speaker (a title, an honorific or a given name opens a
/// mention in it) and ends with a colon. A colon after a label naming no
/// one (`آخرین اخبار:`, latest news) heads a list of other articles.
fn is_speaker_kicker(line: &str, data: &LanguageData) -> bool {
    let line = line.trim_end();
    if !line.ends_with(':') || crate::text::word_count(line) > KICKER_MAX_WORDS {
        return false;
    }
    let tokens = data.tokenize(line);
    (0..tokens.len()).any(|k| crate::extract::people::opens_mention(&tokens, k, data))
}

/// The headline of a page that prints the article's summary first, the
/// title under it and then the text, which opens by crediting its outlet
/// (`سخنگوی دولت گفت: …` / `تذکر عارف به وزرا …` / `به گزارش خبرگزاری
/// صداوسیما، …`): nothing stands above the summary, and the title-like line
/// between it and the credited text is no subheading, as the text has only
/// begun there.
fn title_under_summary(blocks: &[Block], page: &Page, data: Option<&LanguageData>) -> Option<usize> {
    let data = data?;
    let title = page.start? + 1;
    let text = blocks.get(title + 1)?;
    (is_title_like(&blocks[title], &page.features[title], false, Some(title) == opening_block(page))
        && !repeats_as_chrome(page, title)
        && crate::extract::meta::opens_with_outlet_credit(&text.text, data))
    .then_some(title)
}

/// A headline sums up the first paragraph: this share of its words, or
/// more, recur there.
const LEAD_OVERLAP_HEADLINE: f64 = 0.4;

/// A title line sharing less than this with the first paragraph is about
/// something else.
const LEAD_OVERLAP_NONE: f64 = 0.1;

/// The share of a title line's words (stopwords aside) that the article's
/// first paragraph repeats; `None` without language data or words.
fn lead_overlap(title: &Features, lead: &Features, data: Option<&LanguageData>) -> Option<f64> {
    let data = data?;
    let words: Vec<&str> = crate::text::words(&title.folded).filter(|w| !data.stopwords.contains(w)).collect();
    let mut repeated = vec![false; words.len()];
    for lead_word in crate::text::words(&lead.folded) {
        for (flag, word) in repeated.iter_mut().zip(&words) {
            *flag |= *word == lead_word;
        }
    }
    (!words.is_empty()).then(|| repeated.iter().filter(|&&r| r).count() as f64 / words.len() as f64)
}

/// Whether a page's (folded) `<title>` names a (folded) line: is the line,
/// or the line and the site's name on either side of a separator (`Title -
/// Site`, `Site | Title`), the line the longer side: a banner with the
/// site's name is the shorter.
fn is_named_by_title(title: &str, line: &str) -> bool {
    let longer = |rest: &str| crate::text::word_count(line) > crate::text::word_count(rest);
    title == line
        || crate::html::TITLE_SEPARATORS.iter().any(|sep| {
            title.strip_prefix(line).and_then(|rest| rest.strip_prefix(sep)).is_some_and(longer)
                || title.strip_suffix(line).and_then(|rest| rest.strip_suffix(sep)).is_some_and(longer)
        })
}

/// A part of a breadcrumb trail is a section's name: a few words.
const BREADCRUMB_PART_MAX_WORDS: usize = 3;

/// The marks that separate a breadcrumb trail's parts, with a space on
/// each side (a closing guillemet is written against its word).
const BREADCRUMB_SEPARATORS: [&str; 3] = [" » ", " › ", " > "];

/// The headline without the breadcrumb trail a crawl ran into its line
/// (`صفحه نخست » …`, `Trang chủ › Thời sự › …`): short parts before the
/// trail's last mark, and no guillemet opened before it.
pub fn without_breadcrumb(headline: &str) -> &str {
    let last =
        BREADCRUMB_SEPARATORS.iter().filter_map(|sep| headline.rsplit_once(sep)).max_by_key(|(trail, _)| trail.len());
    let Some((trail, title)) = last else {
        return headline;
    };
    let short_parts = trail
        .split(['»', '›', '>'])
        .all(|part| (1..=BREADCRUMB_PART_MAX_WORDS).contains(&crate::text::word_count(part)));
    let quoted = trail.contains('«');
    if short_parts && !quoted && crate::text::has_words(title, HEADLINE_MIN_WORDS) { title.trim() } else { headline }
}

/// The headline without the menu a flattened page ran into it (`Trang
/// chủ Pháp luật Hình ảnh phiên xử …`, `خانه اقتصادی سیاسی گزینه‌های …`):
/// the link to the front page that opens it, and the desks' names after
/// that link. A headline opened by a desk's name alone keeps it (`Thể
/// thao …` may be the title's own first words).
pub fn without_menu<'a>(headline: &'a str, data: Option<&LanguageData>) -> &'a str {
    let Some(data) = data else { return headline };
    let tokens = data.tokenize(headline);
    let Some(mut i) = data.home_links.match_at(&tokens, 0) else { return headline };
    while let Some(n) = data.news_desks.match_at(&tokens, i) {
        i += n;
    }
    let title = tokens.get(i).map_or("", |t| &headline[t.start..]);
    if crate::text::has_words(title, HEADLINE_MIN_WORDS) { title } else { headline }
}

/// A site's name after a headline is a few words.
const SITE_NAME_MAX_WORDS: usize = 5;

/// The headline without the site's name a page's title line adds after a
/// separator (`… - Báo Thanh Niên`, `… | خبرگزاری تسنیم`, `… - vnexpress.net`):
/// a short right side that opens with the kind of outlet or is a domain.
pub fn without_site_name<'a>(headline: &'a str, data: Option<&LanguageData>) -> &'a str {
    // the last separator of the line
    let last = crate::html::TITLE_SEPARATORS
        .iter()
        .filter_map(|sep| headline.rsplit_once(sep))
        .max_by_key(|(title, _)| title.len());
    let Some((title, site)) = last else {
        return headline;
    };
    let site = site.trim();
    let is_domain = site.rsplit_once('.').is_some_and(|(name, tld)| {
        !name.is_empty() && (2..=4).contains(&tld.len()) && tld.chars().all(|c| c.is_ascii_alphabetic())
    });
    let opens_with_kind = data.is_some_and(|d| d.outlet_kinds.match_at(&crate::text::tokenize(site), 0).is_some());
    let site_like =
        (1..=SITE_NAME_MAX_WORDS).contains(&crate::text::word_count(site)) && (is_domain || opens_with_kind);
    if site_like && crate::text::has_words(title, HEADLINE_MIN_WORDS) { title.trim_end() } else { headline }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Language;
    use crate::{blocks, boilerplate};

    fn headline(text: &str) -> Option<String> {
        headline_in(text, Language::Vietnamese)
    }

    fn headline_in(text: &str, language: Language) -> Option<String> {
        let blocks = blocks::from_text(text, &[]);
        let page = boilerplate::classify(&blocks, language.data());
        choose(&blocks, &page, None, language.data()).map(|i| blocks[i].text.clone())
    }

    #[test]
    fn the_longer_side_of_a_title_line_cut_at_its_separator_is_the_headline() {
        let lead = "Theo Trung tâm Dự báo Khí tượng Thủy văn Quốc gia, mưa lớn sẽ còn kéo dài ở các tỉnh miền núi \
                    phía Bắc trong ba ngày tới, nguy cơ cao xảy ra sạt lở đất.";
        let title = "Mưa lớn kéo dài, nguy cơ sạt lở đất ở miền núi phía Bắc";
        let site = "Báo Điện tử, tin tức mới nhất";
        let page = format!("{title} | {site}\n{lead}");
        assert_eq!(headline(&page).as_deref(), Some(title));
        // the site's name first, and the shorter side when it is the title
        let page = format!("{site} | {title}\n{lead}");
        assert_eq!(headline(&page).as_deref(), Some(title));
        let short = "Sạt lở ở Lào Cai";
        let page = format!("{title} | {short}\n{lead}");
        assert_eq!(headline(&page).as_deref(), Some(title));
        let page = format!("{short} | {title}\n{lead}");
        assert_eq!(headline(&page).as_deref(), Some(title));
        // a line of three parts is no title line, nor are two lines
        let page = format!("{title} | {site} | {short}\n{lead}");
        assert_eq!(headline(&page).as_deref(), Some(short));
        let page = format!("{site}\n{short}\n{lead}");
        assert_eq!(headline(&page).as_deref(), Some(short));
        // nor a line that is its site's date and the title
        let page = format!("Thứ Hai, ngày 12/8/2024 10:30 (GMT+7) | {short}\n{lead}");
        assert_eq!(headline(&page).as_deref(), Some(short));
        // nor when another part follows the title on its line
        let page = format!("{title} | {short} | 12/8/2024 10:30\n{lead}");
        assert_eq!(headline(&page).as_deref(), Some(short));
        // only units cut from one line are read so (an HTML page's blocks
        // all have line 0)
        let mut blocks = blocks::from_text(&format!("{title} | {short}"), &[]);
        assert_eq!(title_side_of_line(&blocks, &[0, 1], 1), 0);
        for block in &mut blocks {
            block.from_flattened_line = false;
        }
        assert_eq!(title_side_of_line(&blocks, &[0, 1], 1), 1);
    }

    #[test]
    fn a_line_a_video_or_a_picture_label_opens_is_not_the_headline() {
        let title = "Nghe tin nhà bị vùi lấp, chỉ huy trưởng quân sự xã vẫn đi chống lũ";
        let lead = "Sáng 28/10, ông Châu Minh Nghĩa, Chủ tịch UBND xã Trà Leng, cho biết trên địa bàn vừa xảy \
                    ra vụ sạt lở nghiêm trọng khi một ngọn đồi bất ngờ đổ sập, vùi lấp hai ngôi nhà.";
        for label in [
            "Xem clip: Lực lượng chức năng xã sơ tán người dân khỏi khu vực sạt lở",
            "Video: Người dân sơ tán trong đêm",
        ] {
            let page = format!("{title}\n28/10/2025 10:20\n{label}\n{lead}");
            assert_eq!(headline(&page).as_deref(), Some(title), "{label}");
        }
        // … nor one a label stands inside
        let inside = "Hà Nội nắng nóng 40 độ, xem clip: người dân đổ ra đường tránh nóng";
        assert_eq!(headline(&format!("{inside}\n{lead}")).as_deref(), Some(inside));
        // a caption's cue with no colon opens titles too
        let overview = "Toàn cảnh lễ khai mạc hội chợ nông sản lớn nhất năm";
        assert_eq!(headline(&format!("{overview}\n{lead}")).as_deref(), Some(overview));
    }

    #[test]
    fn an_entry_of_a_numbered_list_is_not_the_headline() {
        let title = "Tổng Giám đốc EVN xin lỗi về việc cắt điện";
        let lead = "Tình trạng thiếu điện trên diện rộng sẽ kéo dài đến cuối tháng 7, đầu tháng 8 nhưng không \
                    gay gắt như hiện nay do một số nguồn điện mới vào, Tổng Giám đốc EVN cho biết.";
        let page = format!(
            "1. Dòng sự kiện:\n  2. Máy bay quân sự rơi ở Bình Định\n  3. Kỳ họp thứ 8 Quốc hội khóa XV\n\n{title}\n\n{lead}"
        );
        assert_eq!(headline(&page).as_deref(), Some(title));
        // a number opening the title alone, or with no stop after it
        for title in ["3. Kỳ họp thứ 8 Quốc hội khóa XV khai mạc", "3 người chết trong vụ cháy nhà ở Hà Nội"]
        {
            let page = format!("Trang chủ\n\n{title}\n\n{lead}");
            assert_eq!(headline(&page).as_deref(), Some(title));
        }
        let blocks = blocks::from_text("Trang chủ\n1. Máy bay rơi\n2. Kỳ họp thứ 8\n4. Giá vàng tăng\nLiên hệ", &[]);
        let entries: Vec<bool> = (0..blocks.len()).map(|i| is_numbered_entry(&blocks, i)).collect();
        assert_eq!(entries, [false, true, true, false, false]);
        assert_eq!(list_number("12) Máy bay"), Some(12));
        assert_eq!(list_number("۲. خبر"), Some(2));
        assert_eq!(list_number("2.5 triệu"), None);
        assert_eq!(list_number(". Máy bay"), None);
    }

    #[test]
    fn a_portrait_caption_naming_only_a_person_is_not_the_headline() {
        let lead_fa = "به گزارش خبرنگار ما، سردار احمد کریمی، فرمانده انتظامی استان گیلان در جمع خبرنگاران گفت: \
                       در هفته گذشته بیست نفر از سارقان خودرو در شهرهای استان شناسایی و دستگیر شدند.";
        let title_fa = "دستگیری بیست سارق خودرو در گیلان";
        for caption in ["فرمانده انتظامی استان گیلان", "سردار احمد کریمی"] {
            let page = format!("{title_fa}\n\n{caption}\n\n{lead_fa}");
            assert_eq!(headline_in(&page, Language::Persian).as_deref(), Some(title_fa), "{caption}");
        }
        let title_vi = "Quảng Ninh khởi công ba dự án giao thông lớn";
        let caption_vi = "Ông Trần Văn Bình, Phó Chủ tịch UBND tỉnh";
        let lead_vi = "Sáng 12/3, UBND tỉnh Quảng Ninh tổ chức lễ khởi công ba dự án giao thông với tổng vốn \
                       đầu tư hơn 5.000 tỷ đồng, nhằm kết nối các khu công nghiệp với cảng biển của tỉnh.";
        let page = format!("{title_vi}\n\n{caption_vi}\n\n{lead_vi}");
        assert_eq!(headline(&page).as_deref(), Some(title_vi));
        // a person speaking, with no word of what they said, is a caption
        // too, under the title and its date
        for caption in [
            "Thiếu tướng Trần Văn Bình, Giám đốc Công an tỉnh phát biểu tại lễ khởi công",
            "Đồng chí Chủ tịch UBND tỉnh phát biểu chỉ đạo tại buổi lễ",
        ] {
            let page = format!("{title_vi}\n\nThứ ba, 12/3/2024, 10:15\n\n{caption}\n\n{lead_vi}");
            assert_eq!(headline(&page).as_deref(), Some(title_vi), "{caption}");
        }
        // an office running on into what its holder does is a headline
        // about them, not a caption (a body's name may end in lower case)
        let title = "Tổng Giám đốc EVN xin lỗi về việc cắt điện";
        let page = format!("{title_vi}\n\n{title}\n\n{lead_vi}");
        assert_eq!(headline(&page).as_deref(), Some(title));
        for caption in [
            "Phó Giám đốc Sở Nông nghiệp và Phát triển nông thôn",
            // (a named person's office may run on in lower case)
            "Ông Nguyễn Văn An, Chủ tịch hội đồng quản trị công ty cổ phần",
        ] {
            let page = format!("{title_vi}\n\n{caption}\n\n{lead_vi}");
            assert_eq!(headline(&page).as_deref(), Some(title_vi), "{caption}");
        }
        // a title far above the text, past menus, is another page's: the
        // caption near the text is all the article has
        let menu: String = (1..=HEADLINE_WINDOW).map(|n| format!("Mục {n}\n\n")).collect();
        let page = format!("{title_vi}\n\n{menu}{caption_vi}\n\n{lead_vi}");
        assert_eq!(headline(&page).as_deref(), Some(caption_vi));
        // a line telling what the person does is news, and with no other
        // title above the text, the caption is all the page offers
        for news_fa in ["فرمانده انتظامی استان گیلان از دستگیری سارقان خبر داد", "سردار احمد کریمی درگذشت"]
        {
            let page = format!("{title_fa}\n\n{news_fa}\n\n{lead_fa}");
            assert_eq!(headline_in(&page, Language::Persian).as_deref(), Some(news_fa));
        }
        let page = format!("فرمانده انتظامی استان گیلان\n\n{lead_fa}");
        assert_eq!(headline_in(&page, Language::Persian).as_deref(), Some("فرمانده انتظامی استان گیلان"));
    }

    #[test]
    fn a_headline_naming_an_office_by_what_it_did_is_no_portrait_caption() {
        // a noun governing the office (the judge's case, the minister's
        // resignation), or words nothing marks as a name, open a title,
        // which the picture's line under it repeats
        let lead = "به گزارش خبرنگار ما، دادستان تهران در جمع خبرنگاران از صدور کیفرخواست برای متهمان این \
                    پرونده خبر داد و گفت: رسیدگی به این پرونده به زودی در دادگاه آغاز می‌شود.";
        for title in ["پرونده قاضی مرتضوی", "استعفای وزیر نیرو", "پرونده مرتضوی بهدادگاهمیرود"]
        {
            let page = format!("{title}\n\nعکس خبری - {title}\n\n{lead}");
            assert_eq!(headline_in(&page, Language::Persian).as_deref(), Some(title), "{title}");
        }
        // a full name, a family name by its ending or after an honorific,
        // before the office is the portrait's subject still
        let title = "دستگیری متهمان پرونده فساد در تهران";
        for caption in [
            "عباس جعفری دادستان تهران",
            "علیزاده دادستان تهران",
            "آقای جعفری دادستان تهران",
            "محمد جعفری",
            // (the name set off after the office)
            "دادستان تهران، عباس جعفری",
        ] {
            let page = format!("{title}\n\n{caption}\n\n{lead}");
            assert_eq!(headline_in(&page, Language::Persian).as_deref(), Some(title), "{caption}");
        }
    }

    #[test]
    fn a_menu_run_into_the_headline_is_dropped() {
        let fa = Language::Persian.data();
        assert_eq!(
            without_menu("خانه اقتصادی سیاسی گزینه‌های ریاست کمیسیون اقتصادی مجلس مشخص شد", fa),
            "گزینه‌های ریاست کمیسیون اقتصادی مجلس مشخص شد"
        );
        let vi = Language::Vietnamese.data();
        assert_eq!(
            without_menu("Trang chủ Pháp luật Xét xử vụ án nhận hối lộ tại tòa án cấp cao", vi),
            "Xét xử vụ án nhận hối lộ tại tòa án cấp cao"
        );
        // a desk's name with no link to the front page before it may be the
        // title's own words, and a menu alone is no title to cut to
        for line in ["Thể thao học đường được đầu tư mạnh", "Trang chủ Thời sự Kinh doanh"] {
            assert_eq!(without_menu(line, vi), line);
        }
    }

    #[test]
    fn a_breadcrumb_trail_before_the_headline_is_dropped() {
        assert_eq!(
            without_breadcrumb("صفحه نخست » خودداری یک مقام از بازگشت به کار؛ درخواست برای مداخله"),
            "خودداری یک مقام از بازگشت به کار؛ درخواست برای مداخله"
        );
        assert_eq!(
            without_breadcrumb("Trang chủ › Thời sự › Giá xăng dầu đồng loạt giảm mạnh"),
            "Giá xăng dầu đồng loạt giảm mạnh"
        );
        // a guillemet closing a quotation, and a long left side, are no trail
        for line in [
            "«تصمیم درست نیست » وزیر کشور در جمع خبرنگاران گفت",
            "Giá xăng dầu hôm nay tăng mạnh ở nhiều tỉnh » người dân lo lắng về chi phí",
        ] {
            assert_eq!(without_breadcrumb(line), line);
        }
    }

    #[test]
    fn an_outlets_name_alone_is_the_sites_masthead_not_the_headline() {
        let lead =
            "Sáng nay, Thủ tướng và lãnh đạo các bộ ngành đã có buổi đối thoại với hơn năm trăm đại biểu thanh niên.";
        let rest =
            "Thủ tướng mong rằng thanh niên sẽ tiếp tục xây dựng khát vọng, hoài bão và quyết tâm xây dựng đất nước.";
        for masthead in ["BÁO ĐIỆN TỬ CHÍNH PHỦ", "Báo Tuổi Trẻ Online", "CỔNG THÔNG TIN ĐIỆN TỬ BỘ CÔNG AN"]
        {
            let page = format!("{masthead}\n\n{lead}\n\n{rest}");
            assert_eq!(headline_in(&page, Language::Vietnamese), None, "{masthead}");
        }
        // a title opening with a kind's word (`Đài Loan`, Taiwan) and going
        // on in small letters, or longer than a name, is a title
        for title in ["Đài Loan tập trận", "ĐÀI LOAN TĂNG CƯỜNG TẬP TRẬN"] {
            let page = format!("{title}\n\n{lead}\n\n{rest}");
            assert_eq!(headline_in(&page, Language::Vietnamese).as_deref(), Some(title));
        }
        // Persian writes no capitals: the title above the masthead is the
        // headline, and an outlet's name with a verb is a title
        let lead = "مدیرکل حفاظت محیط زیست استان گفت: آتش‌سوزی جنگل‌های شهرستان کیار پس از چند ساعت مهار شده است.";
        let rest = "وی افزود: دو گروه از نیروهای یگان حفاظت محیط زیست برای مهار آتش به منطقه اعزام شدند.";
        let title = "مهار آتش‌سوزی در جنگل‌های مازه خاکی";
        let page = format!("{title}\nخبرگزاری کار ایران\n{lead}\n{rest}");
        assert_eq!(headline_in(&page, Language::Persian).as_deref(), Some(title));
        let title = "خبرگزاری فارس توقیف شد";
        let page = format!("{title}\n{lead}\n{rest}");
        assert_eq!(headline_in(&page, Language::Persian).as_deref(), Some(title));
    }

    #[test]
    fn a_title_between_a_summary_printed_first_and_the_credited_text_is_the_headline() {
        let summary = "سخنگوی دولت گفت: معاون اول رئیس‌جمهور نسبت به پاسخگویی وزیران به سوالات خبرنگاران تذکر داد.";
        let title = "تذکر عارف به وزرا برای پاسخگویی به خبرنگاران";
        let text =
            "فاطمه مهاجرانی سخنگوی دولت به خبرنگاران گفت: وزیر امور خارجه در جلسه امروز به هیات دولت گزارشی ارائه کرد.";
        let rest = "وی افزود: وزارت ارتباطات نقشه جامع هوشمندسازی ارائه خدمات عمومی را تهیه کرده است و اجرا می‌کند.";
        let page = format!("{summary}\n\n{title}\n\nبه گزارش خبرگزاری صداوسیما، {text}\n\n{rest}");
        assert_eq!(headline_in(&page, Language::Persian).as_deref(), Some(title));
        // a text that does not open by crediting its outlet has only a
        // subheading there
        let page = format!("{summary}\n\n{title}\n\n{text}\n\n{rest}");
        assert_eq!(headline_in(&page, Language::Persian), None);
    }

    #[test]
    fn the_title_under_a_kicker_naming_its_speaker_is_the_headline() {
        let kicker = "استاندار مازندران در جمع مدیران رسانه های استان:";
        let title = "چیزی برای پنهان کردن نداریم و از نقد رسانه‌ها استقبال می‌کنیم";
        let subtitle = "گزارش تصویری از نشست استاندار مازندران با مدیران رسانه های مکتوب و مجازی";
        let lead =
            "نشست استاندار مازندران با مدیران رسانه های مکتوب و مجازی شامگاه دوشنبه در سالن همایش ساری برگزار شد.";
        let rest = "در این نشست جمعی از اهالی رسانه مشکلات و مسایل استان را مطرح کردند و استاندار به پرسش‌ها پاسخ داد.";
        let page = format!("{kicker}\n\n{title}\n\n{subtitle}\n\n{lead}\n\n{rest}");
        assert_eq!(headline_in(&page, Language::Persian).as_deref(), Some(title));
        // without its colon the line is a title of its own, and the
        // nearest title stands under it
        let page = format!("{}\n\n{title}\n\n{subtitle}\n\n{lead}\n\n{rest}", kicker.trim_end_matches(':'));
        assert_eq!(headline_in(&page, Language::Persian).as_deref(), Some(subtitle));
        // a label naming no one heads a list of other articles' titles
        let label = "آخرین اخبار سایت:";
        let page = format!("{label}\n\n{title}\n\n{subtitle}\n\n{lead}\n\n{rest}");
        assert_eq!(headline_in(&page, Language::Persian).as_deref(), Some(subtitle));
    }

    #[test]
    fn a_line_printing_the_title_again_under_it_is_not_the_headline() {
        let title = "انتقاد نمایندگان از تاخیر در پرداخت مطالبات کشاورزان";
        let lead =
            "نمایندگان مجلس امروز از تاخیر دولت در پرداخت مطالبات گندمکاران انتقاد کردند و خواستار پیگیری وزیر شدند.";
        let rest = "به گفته آنان بخشی از این مطالبات از سال گذشته تاکنون پرداخت نشده است و کشاورزان زیان دیده‌اند.";
        // the picture's alt text, `news photo - <title>`, in Arabic letters
        let alt = "عکس خبري -انتقاد نمايندگان از تاخير در پرداخت مطالبات کشاورزان";
        let page = format!("{title}\n\n{alt}\n\n{lead}\n\n{rest}");
        assert_eq!(headline_in(&page, Language::Persian).as_deref(), Some(title));
        // a line under it that holds no copy of it is the nearer title
        let kicker = "گزارش اختصاصی از نشست کمیسیون کشاورزی مجلس";
        let page = format!("{kicker}\n\n{title}\n\n{lead}\n\n{rest}");
        assert_eq!(headline_in(&page, Language::Persian).as_deref(), Some(title));
    }

    #[test]
    fn a_source_line_under_the_headline_sharing_nothing_with_the_lead_is_not_it() {
        let title = "رئیس مجلس: در برخی موارد نیازمند نظارت‌های دقیق‌تر بر دولت هستیم";
        let lead =
            "رئیس مجلس گفت: در برخی موارد نیاز به نظارت‌های دقیق‌تر بر کار دولت داریم تا مشکلات شناسایی و رفع شوند.";
        let rest = "وی افزود که مجلس و دولت باید در کنار هم برای حل مشکلات مردم تلاش کنند و از اختلاف بپرهیزند.";
        let page = format!("{title}\n\nخبرگزاری دانشجو مشاهده در مرجع\n\n{lead}\n\n{rest}");
        assert_eq!(headline_in(&page, Language::Persian).as_deref(), Some(title));
        // the nearest title line stays the headline when it shares words
        // with the lead, or nothing above does
        let page = format!("اخبار سیاسی امروز ایران\n\n{title}\n\n{lead}\n\n{rest}");
        assert_eq!(headline_in(&page, Language::Persian).as_deref(), Some(title));
    }

    #[test]
    fn an_aggregators_view_at_source_line_is_no_headline() {
        // the headline quotes its speaker and shares few words with a lead
        // that names him by his office: the link to the source (`مشاهده در
        // مرجع`, view at the source) under it is chrome all the same
        let title = "پزشکیان: هیچ وزیری را به خاطر دوستی انتخاب نکردم";
        let lead = "رئیس جمهور در حاشیه بازدید از وزارت کشاورزی گفت: من تمام وزرا را بر اساس نظرات کارشناسی برگزیدم و به طور سیاسی کسی را برنگزیدم.";
        let rest = "وی افزود که دولت برای حل مشکلات مردم با همه توان تلاش خواهد کرد و از هیچ کوششی دریغ نمی‌کند.";
        let page = format!("{title}\n\nوبگاه فرارو مشاهده در مرجع\n\n{lead}\n\n{rest}");
        assert_eq!(headline_in(&page, Language::Persian).as_deref(), Some(title));
    }

    const PARAGRAPH: &str =
        "Trong năm qua, bệnh viện đã thực hiện hơn một nghìn ca phẫu thuật và được người dân đánh giá cao.";

    #[test]
    fn a_long_title_without_a_stop_opening_the_page_is_the_headline() {
        // thirty syllables: prose by its length, but no sentence
        let title = "Giám đốc Sở Y tế: Bệnh viện tuyến tỉnh cần thêm bác sĩ trẻ để giảm tải cho các khoa lâm sàng \
                     trong mùa dịch sốt xuất huyết năm nay";
        let next = "Bệnh viện cũng đã tiếp nhận thêm nhiều bác sĩ trẻ về công tác tại các khoa lâm sàng.";
        let first_paragraph = |text: &str| {
            let blocks = blocks::from_text(text, &[]);
            let page = boilerplate::classify(&blocks, Language::Vietnamese.data());
            page.start.map(|i| blocks[i].text.clone())
        };
        for text in [format!("{title}\n{PARAGRAPH}\n{next}"), format!("{title}\n12/8/2024 10:30\n{PARAGRAPH}\n{next}")]
        {
            assert_eq!(headline(&text).as_deref(), Some(title), "{text}");
            assert_eq!(first_paragraph(&text).as_deref(), Some(PARAGRAPH), "{text}");
        }
        // under a line of the page's it may be a paragraph that lost its stop
        let text = format!("Tin tức trong ngày\n{title}\n{PARAGRAPH}\n{next}");
        assert_eq!(first_paragraph(&text).as_deref(), Some(title));
        // a sentence is the lead, and so is a line giving a speech after its colon
        let sentence = format!("{title}.");
        let speech = format!("{title}, ông Nguyễn Văn An cho biết:");
        for lead in [&sentence, &speech] {
            let text = format!("{lead}\n{PARAGRAPH}\n{next}");
            assert_eq!(first_paragraph(&text).as_deref(), Some(lead.as_str()), "{text}");
        }
        // a paragraph runs longer than any title
        let long = format!("{title} và các bệnh viện tuyến huyện trong tỉnh cũng cần được tăng cường thêm nhân lực");
        let text = format!("{long}\n{PARAGRAPH}\n{next}");
        assert_eq!(first_paragraph(&text).as_deref(), Some(long.as_str()));
        // a title stands a few short lines at most above a sentence
        let text = format!("{title}\nThời sự\nY tế\nNguyễn Văn An\nBình luận\n{PARAGRAPH}\n{next}");
        assert_eq!(first_paragraph(&text).as_deref(), Some(title));
        let text = format!("{title}\nẢnh minh họa các bác sĩ trẻ tại khoa lâm sàng của bệnh viện tỉnh\n{PARAGRAPH}");
        assert_eq!(first_paragraph(&text).as_deref(), Some(title));
        let text = format!("{title}\n{title} của cả tỉnh\n{PARAGRAPH}");
        assert_eq!(first_paragraph(&text).as_deref(), Some(title));
    }

    #[test]
    fn a_headline_put_as_a_question_above_its_byline_is_the_headline() {
        let question = "Vì sao bệnh viện tuyến tỉnh vẫn quá tải dù đã được đầu tư mở rộng?";
        let text = format!("{question}\n\nNguyễn Văn An\n\n{PARAGRAPH}\n\n{PARAGRAPH}");
        assert_eq!(headline(&text).as_deref(), Some(question));
        let blocks = blocks::from_text(&text, &[]);
        let page = boilerplate::classify(&blocks, Language::Vietnamese.data());
        assert_eq!(page.start, Some(2));
        // a question followed by the text at once, opening the page, is its
        // title: a crawl's text opens with one
        let next = "Bệnh viện cũng đã tiếp nhận thêm nhiều bác sĩ trẻ về công tác tại các khoa lâm sàng.";
        for text in [format!("{question}\n\n{PARAGRAPH}\n\n{PARAGRAPH}"), format!("{question}\n{PARAGRAPH}\n{next}")] {
            assert_eq!(headline(&text).as_deref(), Some(question));
            let blocks = blocks::from_text(&text, &[]);
            assert_eq!(boilerplate::classify(&blocks, Language::Vietnamese.data()).start, Some(1));
        }
        // under a line of the page's (a menu, a section), with the text at
        // once, it may be the first paragraph
        let text = format!("Thời sự\n{question}\n\n{PARAGRAPH}\n\n{PARAGRAPH}");
        let blocks = blocks::from_text(&text, &[]);
        assert_eq!(boilerplate::classify(&blocks, Language::Vietnamese.data()).start, Some(1));
        // unless an empty line sets it apart from text laid out line after line
        let text = format!("Trang chủ\n{question}\n\n{PARAGRAPH}\n{next}\n{PARAGRAPH}");
        assert_eq!(headline(&text).as_deref(), Some(question));
        // text one line short of that proves no layout
        let text = format!("Trang chủ\n{question}\n\n{PARAGRAPH}\n{next}");
        assert_ne!(headline(&text).as_deref(), Some(question));
        // under a desk's name with the writer's, in Persian
        let question = "چرا قیمت دلار در بازار آزاد تهران پس از چند هفته دوباره افزایش یافت؟";
        let lead = "قیمت دلار در بازار آزاد تهران روز شنبه با افزایش دو درصدی به بالاترین سطح خود در ماه‌های اخیر رسید.";
        let text = format!("{question}\n\nگروه اقتصادی - مریم احمدی\n\n{lead}\n\n{lead}");
        let blocks = blocks::from_text(&text, &[]);
        let page = boilerplate::classify(&blocks, Language::Persian.data());
        assert_eq!(choose(&blocks, &page, None, None).map(|i| blocks[i].text.as_str()), Some(question));
        // or an exclamation, above an agency's label
        let exclaimed = "سخنگوی دولت برای روزهای بعد از انتخابات ریاست جمهوری سال آینده کمپوت سفارش داد!";
        let text = format!("{exclaimed}\n\nایسنا :\n\n{lead}\n\n{lead}");
        let blocks = blocks::from_text(&text, &[]);
        let page = boilerplate::classify(&blocks, Language::Persian.data());
        assert_eq!(choose(&blocks, &page, None, None).map(|i| blocks[i].text.as_str()), Some(exclaimed));
        // one question only
        assert!(boilerplate::is_one_question_or_exclamation("«چرا قیمت دلار دوباره افزایش یافت؟»"));
        assert!(!boilerplate::is_one_question_or_exclamation("Giá tăng mạnh. Vì sao?"));
        assert!(!boilerplate::is_one_question_or_exclamation("Vì sao? Vì giá dầu thế giới tăng."));
    }

    #[test]
    fn a_title_that_reads_as_prose_printed_twice_at_the_top_is_the_headline() {
        // a crawl keeps the page's title and its heading: a long title with
        // a clause reads as prose, but ends no sentence
        let title = "Ông Trần Văn Bình, người sáng lập trường Ánh Dương: hạnh phúc của tôi là được phục vụ người dân và phụng sự cho quê hương của mình";
        let text = format!("{title}\n\n{title}\n\n0:00 / 0:00\n\n{PARAGRAPH}\n\n{PARAGRAPH}");
        assert_eq!(headline(&text).as_deref(), Some(title));
        let blocks = blocks::from_text(&text, &[]);
        let page = boilerplate::classify(&blocks, Language::Vietnamese.data());
        assert_eq!(page.start, Some(3));
        // a summary printed again as the lead ends its sentence: it is text
        let next = "Bệnh viện cũng đã tiếp nhận thêm nhiều bác sĩ trẻ về công tác tại các khoa lâm sàng.";
        let text = format!("{PARAGRAPH}\n\n{PARAGRAPH}\n\n{next}");
        let blocks = blocks::from_text(&text, &[]);
        assert_eq!(boilerplate::classify(&blocks, Language::Vietnamese.data()).start, Some(0));
        // under a headline, the pair is a picture's alt text and caption
        let headline_line = "Bệnh viện tỉnh tổng kết công tác năm";
        let text = format!("{headline_line}\n\n{title}\n\n{title}\n\n{PARAGRAPH}\n\n{PARAGRAPH}");
        assert_eq!(self::headline(&text).as_deref(), Some(headline_line));
    }

    #[test]
    fn an_html_pages_title_names_its_headline_line() {
        let page = format!(
            "<html><head><title>Bệnh viện tổng kết công tác năm - Báo Tỉnh</title></head><body>\
             <span>Bệnh viện tổng kết công tác năm</span><br><span>Cập nhật lúc 07:45 ngày 02/11/2023</span><br>\
             <div itemprop=\"articleBody\">{PARAGRAPH}<br><br>{PARAGRAPH}</div></body></html>"
        );
        let parsed = crate::html::parse(&page);
        assert_eq!(parsed.meta.title.as_deref(), Some("Bệnh viện tổng kết công tác năm - Báo Tỉnh"));
        let page_labels = boilerplate::classify(&parsed.blocks, Language::Vietnamese.data());
        let chosen = |title| choose(&parsed.blocks, &page_labels, title, None).map(|i| parsed.blocks[i].text.as_str());
        assert_eq!(chosen(parsed.meta.title.as_deref()), Some("Bệnh viện tổng kết công tác năm"));
        assert_eq!(chosen(Some("Báo Tỉnh | Bệnh viện tổng kết công tác năm")), Some("Bệnh viện tổng kết công tác năm"));
        // a title that only begins like a line does not name it; without
        // one the line above the date line is chosen still
        assert_eq!(chosen(Some("Bệnh viện tổng kết công tác năm 2023")), Some("Bệnh viện tổng kết công tác năm"));
        assert_eq!(chosen(None), Some("Bệnh viện tổng kết công tác năm"));
        assert!(is_named_by_title("a b c", "a b c") && is_named_by_title("x | a b c", "a b c"));
        assert!(!is_named_by_title("a b cd - x", "a b c") && !is_named_by_title("a b c 2023", "a b c"));
        // the site's name beside the headline does not name a banner
        assert!(!is_named_by_title("a b c d - x y", "x y") && !is_named_by_title("x y | a b c d", "x y"));
    }

    #[test]
    fn a_headline_in_capitals_right_above_the_article() {
        let title = "UBND TỈNH TỔ CHỨC HỘI NGHỊ TỔNG KẾT CÔNG TÁC NĂM 2024";
        let page = format!("Trang chủ | Tin tức | Liên hệ\n{title}\n15/01/2025 08:30\n{PARAGRAPH}\n{PARAGRAPH}");
        assert_eq!(headline(&page).as_deref(), Some(title));
        // a banner in capitals at the top of the page is none, and a label in
        // capitals under the headline does not displace it
        let label_under = format!(
            "Bệnh viện tổng kết công tác năm\nTIN TỨC - SỰ KIỆN TRONG TỈNH\n15/01/2025 08:30\n{PARAGRAPH}\n{PARAGRAPH}"
        );
        assert_eq!(headline(&label_under).as_deref(), Some("Bệnh viện tổng kết công tác năm"));
        let page = format!(
            "CỔNG THÔNG TIN ĐIỆN TỬ TỈNH LÀO CAI\nTrang chủ\nGiới thiệu\nTin tức\nLiên hệ\n{PARAGRAPH}\n{PARAGRAPH}"
        );
        assert_eq!(headline(&page), None);
        // nor is the site's name far above, over its menus, where a title in
        // capitals stands right above the article
        let menus: String = (1..=12).map(|k| format!("• Chuyên mục {k}\n")).collect();
        let page = format!("Báo Điện tử Tỉnh Lào Cai\n{menus}{title}\n15/01/2025 08:30\n{PARAGRAPH}\n{PARAGRAPH}");
        assert_eq!(headline(&page).as_deref(), Some(title));
        // with no title in capitals there, the title far above is the
        // headline still
        let page = format!("Bệnh viện tổng kết công tác năm\n{menus}15/01/2025 08:30\n{PARAGRAPH}\n{PARAGRAPH}");
        assert_eq!(headline(&page).as_deref(), Some("Bệnh viện tổng kết công tác năm"));
    }

    #[test]
    fn the_title_above_the_text_after_header_chrome() {
        let page = format!(
            "CHÀO MỪNG ĐẾN VỚI CỔNG THÔNG TIN ĐIỆN TỬ\nA- A A+ | Tăng tương phản\nBệnh viện tổng kết công tác năm\n28/02/2024 1:38:16 CH\nShare Bai :\n{PARAGRAPH}"
        );
        assert_eq!(headline(&page).as_deref(), Some("Bệnh viện tổng kết công tác năm"));
    }

    #[test]
    fn an_authors_name_under_the_headline_is_no_headline() {
        let page = format!(
            "Bệnh viện tổng kết công tác năm\nNguyễn Thị Minh Hằng\n15/01/2025 08:30\n{PARAGRAPH}\n{PARAGRAPH}"
        );
        assert_eq!(headline(&page).as_deref(), Some("Bệnh viện tổng kết công tác năm"));
    }

    #[test]
    fn a_caption_signed_by_its_photographer_is_no_headline() {
        let title = "Giám đốc Sở Y tế: “Không để người bệnh phải chờ lâu”";
        let caption = "Giám đốc Sở Y tế trả lời phỏng vấn phóng viên tại bệnh viện tỉnh - Ảnh: Minh Anh";
        let page = format!("{title}\n15/01/2025 08:30\n{caption}\n{PARAGRAPH}\n{PARAGRAPH}");
        assert_eq!(headline(&page).as_deref(), Some(title));
        // a caption cue opening a line is no reason: headlines open so too
        let overview = "Toàn cảnh lễ khánh thành bệnh viện mới của tỉnh";
        let page = format!("Tin tức sự kiện hôm nay\n{overview}\n15/01/2025 08:30\n{PARAGRAPH}\n{PARAGRAPH}");
        assert_eq!(headline(&page).as_deref(), Some(overview));
    }

    #[test]
    fn a_sentence_above_the_article_is_no_headline() {
        let sentence = "Giá xăng giảm 500 đồng/lít từ chiều nay.";
        let page = format!("Giá xăng dầu đồng loạt giảm\n14/11/2024 15:10\n{sentence}\n{PARAGRAPH}\n{PARAGRAPH}");
        assert_eq!(headline(&page).as_deref(), Some("Giá xăng dầu đồng loạt giảm"));
        let page = format!("Giá xăng dầu đồng loạt giảm...\n14/11/2024 15:10\n{PARAGRAPH}\n{PARAGRAPH}");
        assert_eq!(headline(&page).as_deref(), Some("Giá xăng dầu đồng loạt giảm..."));
    }

    #[test]
    fn a_sites_name_after_the_headline_is_dropped() {
        let vi = Language::Vietnamese.data();
        let fa = Language::Persian.data();
        assert_eq!(
            without_site_name("Giá xăng dầu đồng loạt giảm - Báo Thanh Niên", vi),
            "Giá xăng dầu đồng loạt giảm"
        );
        assert_eq!(
            without_site_name("Giá xăng - dầu đồng loạt giảm | vnexpress.net", vi),
            "Giá xăng - dầu đồng loạt giảm"
        );
        assert_eq!(
            without_site_name("عراقچی: مذاکره زیر فشار را نمی‌پذیریم | خبرگزاری تسنیم", fa),
            "عراقچی: مذاکره زیر فشار را نمی‌پذیریم"
        );
        // a headline's own second part stays
        for line in ["Hà Nội - Hải Phòng thông xe cao tốc mới", "Trận đấu Việt Nam - Thái Lan", "Tin tức - Báo"]
        {
            assert_eq!(without_site_name(line, vi), line);
        }
    }

    #[test]
    fn a_repeated_title_wins() {
        let page = format!(
            "Bệnh viện tổng kết công tác năm\nMục tin tức tỉnh nhà\n{PARAGRAPH}\nBệnh viện tổng kết công tác năm"
        );
        assert_eq!(headline(&page).as_deref(), Some("Bệnh viện tổng kết công tác năm"));
    }

    #[test]
    fn a_title_printed_in_a_row_is_the_headline_however_often_repeated() {
        let title = "Bệnh viện tổng kết công tác năm";
        // the page's title and its heading, then a list of related
        // articles naming it again
        let page = format!("{title}\n{title}\n{PARAGRAPH}\nTin liên quan\n{title}");
        assert_eq!(headline(&page).as_deref(), Some(title));
        // a line repeated as often among other lines is a menu's entry
        let page = format!("{title}\nGiá vàng giảm mạnh\n{title}\n{PARAGRAPH}\n{title}");
        assert_eq!(headline(&page).as_deref(), Some("Giá vàng giảm mạnh"));
    }

    #[test]
    fn a_title_printed_again_between_the_paragraphs_is_the_headline() {
        // a magazine layout heads each part of the article with its title
        let title = "Giám đốc Sở Y tế: Chúng tôi chuẩn bị kỹ cho mùa dịch";
        let second = "Bệnh viện cũng đã triển khai nhiều kỹ thuật mới, góp phần nâng cao chất lượng khám chữa bệnh.";
        let third = "Sở Y tế đã chỉ đạo các đơn vị chuẩn bị đủ thuốc, vật tư và giường bệnh cho mùa dịch năm nay.";
        let page = format!("E-magazine\n{title}\n09:55 | 29/06/2023\n{PARAGRAPH}\n{title}\n{second}\n{title}\n{third}");
        assert_eq!(headline(&page).as_deref(), Some(title));
    }

    #[test]
    fn a_listings_time_stamps_are_no_headline() {
        // printed under every teaser, a stamp repeats like a title
        let page = format!(
            "Giá vàng giảm mạnh trong phiên sáng\n2 giờ trước\nMục tin tức tỉnh nhà hôm nay\n2 giờ trước\n{PARAGRAPH}"
        );
        assert_eq!(headline(&page).as_deref(), Some("Mục tin tức tỉnh nhà hôm nay"));
        let data = Language::Persian.data().unwrap_or_else(|| unreachable!());
        for stamp in ["۲ دقیقه پیش", "10 ساعت قبل"] {
            assert!(data.is_elapsed_time_stamp(&crate::text::fold(stamp)), "{stamp}");
        }
        // a sentence that says how long ago is no stamp
        assert!(!data.is_elapsed_time_stamp(&crate::text::fold("۲ دقیقه پیش رسید")));
    }

    #[test]
    fn the_site_name_repeated_far_above_loses_to_the_title_above_the_text() {
        let menu: String = (0..15).map(|i| format!("• Mục {i}\n")).collect();
        let page = format!(
            "Báo điện tử Dân trí - Tin tức cập nhật\n{menu}Giá vàng giảm mạnh trong phiên sáng\nTri Túc\n{PARAGRAPH}\nBáo điện tử Dân trí - Tin tức cập nhật"
        );
        assert_eq!(headline(&page).as_deref(), Some("Giá vàng giảm mạnh trong phiên sáng"));
    }

    #[test]
    fn fragments_and_bullets_are_not_headlines() {
        let page =
            format!("Chiến sự đẩy giá hoa tăng mạnh\ntác giả\nvà 1 tác giả khác\n• Tin tức thị trường\n{PARAGRAPH}");
        assert_eq!(headline(&page).as_deref(), Some("Chiến sự đẩy giá hoa tăng mạnh"));
    }

    #[test]
    fn persian_items_a_tatweel_marks_are_not_headlines() {
        // the tatweel standing alone is the dash older Persian sites mark a
        // lead's points with
        // (a long title, which a nearer title-like line would beat)
        let title = "اژه‌ای، سخنگوی قوه قضاییه: سران فتنه اگر توبه نکنند باید مجازات شوند، دو حزب منحل شدند، ایلنا";
        let page = format!(
            "{title}\nـ درباره نامه‌ای که به رئیس مجلس داده شد گزارشی تهیه کردم\nـ برای معاون اول قرار مجرمیت صادر نشده است\n\
             به گزارش ایلنا، سخنگوی قوه قضاییه امروز در نشست خبری خود گفت: پرونده محکومان در مرحله تبادل نهایی لوایح است.\n\
             وی افزود: من به اطلاع‌رسانی صحیح، به موقع و رسمی اعتقاد راسخ دارم و این کار به نفع مردم است."
        );
        assert_eq!(headline_in(&page, Language::Persian).as_deref(), Some(title));
    }

    #[test]
    fn a_menu_run_into_a_weekday_or_a_news_id_is_no_headline() {
        for menu in ["Trang chủ Thời sự Góc nhìn Kinh doanh Thứ ba,", "Trang chủ Thời sự Góc nhìn Mã tin 123456"]
        {
            let page = format!("{menu}\n14/11/2023, 08:15\n{PARAGRAPH}");
            assert_eq!(headline(&page), None, "{menu}");
        }
    }

    #[test]
    fn a_linked_title_ending_in_a_separator_is_no_headline() {
        // the headline, the date line, then a related article's title
        // left with the separator of the list of links it came from
        let title = "Phối hợp hiệu quả để tổ chức thành công Hội nghị Bộ trưởng ASEAN";
        let linked = "Hội nghị Bộ trưởng ASEAN về khoáng sản sẽ diễn ra từ ngày 6 - 8/10/2021 |";
        let page = format!("{title}\nNgày đăng: 17:02, 04/10/2021\n{linked}\n{PARAGRAPH}\n{PARAGRAPH}");
        assert_eq!(headline(&page).as_deref(), Some(title));
    }

    #[test]
    fn a_title_cut_out_of_a_flattened_record() {
        let lead = "رئیس کمیته علمی ستاد گفت: ایران امکانات لازم برای انتقال این واکسن را به هیچ وجه ندارد.";
        let page = format!(
            "کد خبر: 1 // گسترش تجارت // ایران امکانات واکسن فایزر را ندارد + فیلم {lead} وی افزود: ما این واکسن را نمی‌خواهیم و نیازی به آن نداریم. {lead}"
        );
        let blocks = blocks::from_text(&page, &[]);
        let page_labels = boilerplate::classify(&blocks, Language::Persian.data());
        let chosen = choose(&blocks, &page_labels, None, None).map(|i| blocks[i].text.clone());
        assert_eq!(chosen.as_deref(), Some("ایران امکانات واکسن فایزر را ندارد + فیلم"));
    }

    #[test]
    fn the_unit_a_flattened_page_opens_with_is_its_title() {
        let data = Language::Vietnamese.data().unwrap_or_else(|| unreachable!());
        let chosen = |page: &str| {
            let mut blocks = blocks::from_text(page, &[]);
            blocks::split_before_glued_sentences(&mut blocks, data);
            let page = boilerplate::classify(&blocks, Some(data));
            choose(&blocks, &page, None, Some(data)).map(|i| blocks[i].text.clone())
        };
        let article = "Năm 2024, bệnh viện đã hoàn thành tốt hầu hết các chỉ tiêu được giao. \
                       Bệnh viện đã thực hiện hơn 161 nghìn lượt khám bệnh và gần 8 nghìn ca phẫu thuật.";
        let title = "Năm 2025, Bệnh viện Đa khoa tỉnh Lào Cai phấn đấu đạt chuẩn hạng I cấp chuyên sâu";
        let lead = "Chiều 16/1, Bệnh viện Đa khoa tỉnh Lào Cai tổ chức Hội nghị tổng kết công tác năm 2024.";
        assert_eq!(chosen(&format!("{title} {lead} {article}")).as_deref(), Some(title));
        // under the page's title, a unit run into the lead is a caption
        let caption = "Quang cảnh hội nghị tổng kết của bệnh viện";
        assert_eq!(chosen(&format!("{title}\n{caption} {lead} {article}")).as_deref(), Some(title));
        // the page's buttons before its title, cut off it, leave it the
        // page's opening unit
        let with_buttons = |page: &str| {
            let mut blocks = blocks::from_text(page, &[]);
            blocks::split_after_leading_cues(&mut blocks, data);
            blocks::split_before_glued_sentences(&mut blocks, data);
            let page = boilerplate::classify(&blocks, Some(data));
            choose(&blocks, &page, None, Some(data)).map(|i| blocks[i].text.clone())
        };
        let buttons = "Tăng tương phản Giảm tương phản";
        assert_eq!(with_buttons(&format!("{buttons} {title} {lead} {article}")).as_deref(), Some(title));
        // (and a line of symbols alone)
        assert_eq!(with_buttons(&format!("•\n{buttons} {title} {lead} {article}")).as_deref(), Some(title));
        // a title may ask; a question further down is the article's
        let asking = "Bệnh viện Đa khoa tỉnh Lào Cai có đạt chuẩn hạng I cấp chuyên sâu?";
        assert_eq!(chosen(&format!("{asking} {lead} {article}")).as_deref(), Some(asking));
        assert_eq!(chosen(&format!("{title}\n{asking} {lead} {article}")).as_deref(), Some(title));
    }

    #[test]
    fn no_title_no_headline() {
        assert_eq!(headline(PARAGRAPH), None);
    }
}
