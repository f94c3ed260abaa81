//! Stage 2 for HTML pages: page metadata, and the DOM cut into the same
//! blocks as text input, each carrying what the DOM says about it (its
//! tag, how much of it is link text, `class`/`id` hints such as `related`
//! or `comment`, whether it lies in the article's main container). The
//! blocks then go through the same classifier and field stages as text.
//!
//! Metadata comes first where the page states it: JSON-LD `NewsArticle`
//! (headline, datePublished, author, publisher, keywords), Open Graph and
//! `article:` meta tags, `<time datetime>`, the canonical URL. The visible
//! page is the fallback.

use rustc_hash::FxHashMap as HashMap;

use ego_tree::NodeId;
use ego_tree::iter::Edge;
use scraper::{Html, Node, Selector};
use serde_json::Value;

use crate::blocks::{Block, DomInfo};
use crate::text;

/// What the page's metadata says about the article.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PageMeta {
    pub headline: Option<String>,
    /// The `<title>` element's text, the site's name often beside the
    /// headline: evidence for the headline line when no metadata names it.
    pub title: Option<String>,
    /// The publication time as the page writes it (ISO 8601 mostly).
    pub published: Option<String>,
    pub authors: Vec<String>,
    pub publisher: Option<String>,
    pub tags: Vec<String>,
    pub url: Option<String>,
    pub site_name: Option<String>,
    /// The `lang` attribute of `<html>`.
    pub language: Option<String>,
}

/// A parsed page: its blocks and its metadata.
#[derive(Debug, Clone)]
pub struct HtmlPage {
    pub blocks: Vec<Block>,
    pub meta: PageMeta,
}

/// How many leading characters are looked at to tell HTML from text.
const SNIFF_BYTES: usize = 2048;

/// Whether a document is HTML: it opens with a doctype, `<html>` or
/// `<head>`, or its first bytes hold the usual structural tags.
pub fn looks_like_html(text: &str) -> bool {
    // crawl text has no tags; most documents are answered here (the
    // window below is at most four bytes a character)
    let bytes = text.as_bytes();
    if memchr::memchr(b'<', &bytes[..bytes.len().min(4 * SNIFF_BYTES)]).is_none() {
        return false;
    }
    let head: String = text.chars().take(SNIFF_BYTES).collect::<String>().to_ascii_lowercase();
    let trimmed = head.trim_start_matches(|c: char| c.is_whitespace() || c == '\u{FEFF}');
    trimmed.starts_with("<!doctype html")
        || trimmed.starts_with("<html")
        || trimmed.starts_with("<head")
        || trimmed.starts_with("<?xml") && head.contains("<html")
        || ["<body", "<div", "<meta ", "<title>", "<p>"].iter().filter(|tag| head.contains(**tag)).count() >= 2
}

/// The charset an HTML page declares in its first bytes (`<meta
/// charset=…>` or `http-equiv` content type), for decoding before parsing.
pub fn declared_charset(bytes: &[u8]) -> Option<&'static encoding_rs::Encoding> {
    let head = &bytes[..bytes.len().min(SNIFF_BYTES * 2)];
    let lower: Vec<u8> = head.iter().map(u8::to_ascii_lowercase).collect();
    let at = find(&lower, b"charset=")?;
    let rest = &lower[at + b"charset=".len()..];
    let rest = rest.strip_prefix(b"\"").or_else(|| rest.strip_prefix(b"'")).unwrap_or(rest);
    let end = rest.iter().position(|b| !(b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_'))).unwrap_or(rest.len());
    encoding_rs::Encoding::for_label(&rest[..end])
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    memchr::memmem::find(haystack, needle)
}

/// [`find`] for an ASCII needle, ignoring ASCII case, without copying.
fn find_ignore_case(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    let first = needle.first()?;
    let mut from = 0;
    while let Some(k) = memchr::memchr2(first.to_ascii_lowercase(), first.to_ascii_uppercase(), &haystack[from..]) {
        let at = from + k;
        if haystack.get(at..at + needle.len()).is_some_and(|w| w.eq_ignore_ascii_case(needle)) {
            return Some(at);
        }
        from = at + 1;
    }
    None
}

/// Elements whose content is never article text. Not `<form>`: ASP.NET
/// sites wrap the whole page in one; its controls are skipped one by one.
const SKIPPED: &[&str] = &[
    "audio", "button", "canvas", "embed", "footer", "head", "iframe", "input", "nav", "noscript", "object", "option",
    "script", "select", "style", "svg", "template", "textarea", "video", "aside",
];

/// Elements that start and end a block of text.
const BLOCK_LEVEL: &[&str] = &[
    "address",
    "article",
    "blockquote",
    "br",
    "center",
    "dd",
    "details",
    "div",
    "dl",
    "dt",
    "figcaption",
    "figure",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hr",
    "li",
    "main",
    "ol",
    "p",
    "pre",
    "section",
    "summary",
    "table",
    "td",
    "th",
    "tr",
    "ul",
];

/// Words in `class` or `id` that mark site chrome. Matched against the
/// words of the attribute (`box-related news` → `box`, `related`, `news`);
/// entries ending in `*` match a word's start (`advert*` → `advertisement`).
const CHROME_HINTS: &[&str] = &[
    "ads",
    "advert*",
    "author-box",
    "banner*",
    "breadcrumb*",
    "comment*",
    "cookie*",
    "copyright",
    "footer*",
    "hotline",
    "keyword*",
    "login",
    "menu*",
    "most",
    "nav*",
    "newsletter",
    "outbrain",
    "poll",
    "popular",
    "popup",
    "promo*",
    "rating",
    "recommend*",
    "relate",
    "related*",
    "search",
    "share*",
    "sharing",
    "sidebar*",
    "social*",
    "sponsor*",
    "subscribe*",
    "suggest*",
    "tag",
    "tags",
    "toolbar",
    "trending",
    "vote",
    "widget*",
    "zone-ads",
];

/// Words of `class` or `id` that name a part of the article the walk
/// reads (`pCaption`, `image-caption`; `the-article-author`, `byline`):
/// what a page says its own parts are, kept by slimming with the chrome
/// words.
const CAPTION_WORDS: &[&str] = &["caption"];
const BYLINE_WORDS: &[&str] = &["author", "byline"];

fn is_part_word(word: &str) -> bool {
    CAPTION_WORDS.iter().chain(BYLINE_WORDS).any(|w| word.eq_ignore_ascii_case(w))
}

/// What an element's `class` and `id` say of it.
#[derive(Default)]
struct ClassWords {
    /// The first chrome word ([`CHROME_HINTS`]), lower-cased.
    hint: Option<String>,
    caption: bool,
    byline: bool,
}

/// Reads the words of an element's `class` and `id` once.
fn class_words(element: &scraper::node::Element) -> ClassWords {
    let mut found = ClassWords::default();
    for word in [element.attr("class"), element.attr("id")].into_iter().flatten().flat_map(hint_words) {
        if found.hint.is_none() && is_chrome_word(word) {
            found.hint = Some(word.to_ascii_lowercase());
        }
        let is = |words: &[&str]| words.iter().any(|w| word.eq_ignore_ascii_case(w));
        found.caption |= is(CAPTION_WORDS);
        found.byline |= is(BYLINE_WORDS);
    }
    found
}

/// The words of a `class` or `id` value, as [`CHROME_HINTS`] are matched
/// against them: split at spaces, `-` and `_`, and inside camel-case names
/// (`VCObjectBoxRelatedNewsItemSapo` → … `Related` …, `ShareBox` → `Share`,
/// `Box`), which CMSes use as much as dashes.
fn hint_words(value: &str) -> impl Iterator<Item = &str> {
    value.split(|c: char| c.is_whitespace() || c == '-' || c == '_').flat_map(camel_case_parts)
}

/// Cuts a name before each capital that follows a small letter.
fn camel_case_parts(name: &str) -> impl Iterator<Item = &str> {
    let bytes = name.as_bytes();
    let mut start = 0;
    let mut cuts = (1..=bytes.len())
        .filter(move |&i| i == bytes.len() || bytes[i - 1].is_ascii_lowercase() && bytes[i].is_ascii_uppercase());
    std::iter::from_fn(move || {
        let end = cuts.next()?;
        let part = &name[start..end];
        start = end;
        Some(part)
    })
}

/// Whether a word of a `class` or `id` value is one of [`CHROME_HINTS`].
fn is_chrome_word(word: &str) -> bool {
    // every class word of every tag comes here: most are rejected by their
    // first letter before any comparison
    let Some(first) = word.bytes().next().map(|b| b.to_ascii_lowercase()) else { return false };
    let from = CHROME_HINTS.partition_point(|hint| hint.as_bytes()[0] < first);
    CHROME_HINTS[from..].iter().take_while(|hint| hint.as_bytes()[0] == first).any(|hint| {
        match hint.strip_suffix('*') {
            Some(prefix) => {
                word.len() >= prefix.len() && word.as_bytes()[..prefix.len()].eq_ignore_ascii_case(prefix.as_bytes())
            }
            None => word.eq_ignore_ascii_case(hint),
        }
    })
}

/// A child must hold this share of its parent's prose for the main
/// container search to descend into it: the article container holds
/// nearly all of a page's prose, and below it the prose splits among
/// paragraphs.
const MAIN_DESCEND_SHARE: f64 = 0.75;

/// A block counts as prose for the container search from this many words,
/// with little link text.
const PROSE_MIN_WORDS: usize = 12;
const PROSE_MAX_LINK_DENSITY: f64 = 0.3;

/// Deepest element nesting kept. WebKit and Blink stop nesting elements at
/// 512 levels too, so no page that renders relies on more; deeper markup
/// (a broken page of unclosed `<div>`s) would make parsing quadratic.
const MAX_NESTING: usize = 512;

/// Elements without an end tag.
const VOID: &[&str] =
    &["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"];

/// Drops the start and end tags of elements nested deeper than
/// [`MAX_NESTING`], keeping their text. One linear pass over the tags;
/// returns `None` when the page is shallow enough to parse as it is.
fn limit_nesting(source: &str) -> Option<String> {
    let bytes = source.as_bytes();
    // first a cheap check: most pages never come near the limit
    let mut depth = 0usize;
    let mut too_deep = false;
    for_each_tag(bytes, |_, _, closing, void| {
        if void {
            return true;
        }
        if closing {
            depth = depth.saturating_sub(1);
        } else {
            depth += 1;
            too_deep |= depth > MAX_NESTING;
        }
        true
    });
    if !too_deep {
        return None;
    }
    let mut out = String::with_capacity(source.len());
    let mut copied = 0;
    let mut depth = 0usize;
    for_each_tag(bytes, |start, end, closing, void| {
        let drop = if void {
            false
        } else if closing {
            let dropped = depth > MAX_NESTING;
            depth = depth.saturating_sub(1);
            dropped
        } else {
            depth += 1;
            depth > MAX_NESTING
        };
        if drop {
            out.push_str(&source[copied..start]);
            copied = end;
        }
        true
    });
    out.push_str(&source[copied..]);
    Some(out)
}

/// Calls `visit(start, end, closing, void)` for every tag, skipping
/// comments, doctypes and the content of `<script>`/`<style>`. Offsets are
/// byte offsets at ASCII characters, so slicing at them is safe.
fn for_each_tag(bytes: &[u8], mut visit: impl FnMut(usize, usize, bool, bool) -> bool) {
    let mut i = 0;
    while let Some(offset) = memchr::memchr(b'<', &bytes[i..]) {
        let start = i + offset;
        let rest = &bytes[start..];
        if rest.starts_with(b"<!--") {
            i = find(&rest[4..], b"-->").map_or(bytes.len(), |k| start + 4 + k + 3);
            continue;
        }
        let closing = rest.get(1) == Some(&b'/');
        let name_start = start + 1 + usize::from(closing);
        let name_len = bytes[name_start..].iter().take_while(|b| b.is_ascii_alphanumeric()).count();
        let Some(gt) = bytes[start..].iter().position(|&b| b == b'>') else { break };
        let end = start + gt + 1;
        if name_len == 0 {
            i = end;
            continue;
        }
        let name = &bytes[name_start..name_start + name_len];
        let self_closing = bytes[..end].ends_with(b"/>");
        let void = self_closing || VOID.iter().any(|v| name.eq_ignore_ascii_case(v.as_bytes()));
        if !visit(start, end, closing, void) {
            return;
        }
        i = end;
        let script = name.eq_ignore_ascii_case(b"script");
        if !closing && (script || name.eq_ignore_ascii_case(b"style")) {
            let close: &[u8] = if script { b"</script" } else { b"</style" };
            i = find_ignore_case(&bytes[i..], close).map_or(bytes.len(), |k| i + k);
        }
    }
}

/// Elements whose content no stage reads (the walk skips them), cut out
/// before parsing: on news pages inline CSS, SVG icons and scripts are half
/// to four fifths of the bytes, and the HTML parser would otherwise go
/// through every one of them. JSON-LD scripts are kept for the metadata.
const UNREAD_CONTENT: [(&[u8], &[u8]); 3] = [(b"script", b"</script"), (b"style", b"</style"), (b"svg", b"</svg")];

/// The attributes any stage reads: chrome hints, metadata, the language.
/// The parser goes through every other one (`style`, `data-*`, `srcset`,
/// link targets) character by character for nothing.
const READ_ATTRIBUTES: &[&[u8]] = &[
    b"charset",
    b"class",
    b"content",
    b"datetime",
    b"http-equiv",
    b"id",
    b"itemprop",
    b"lang",
    b"name",
    b"property",
    b"rel",
    b"type",
];

/// Attributes read only for the chrome words in them ([`chrome_hint`]):
/// slimming keeps those words and drops the rest of the value (utility
/// class lists run to hundreds of bytes a tag).
const HINT_ATTRIBUTES: &[&[u8]] = &[b"class", b"id"];

/// Slims a page before parsing, keeping its structure and everything any
/// stage reads: comments and the content of [`UNREAD_CONTENT`] elements are
/// cut, start tags keep only [`READ_ATTRIBUTES`] (and `href` on `<link>`,
/// for the canonical URL), `class` and `id` keep only their chrome and part words,
/// and runs of whitespace shrink to their first character (the blocks
/// collapse whitespace anyway; indentation is a third of some pages).
/// One pass over the tags; a tag it cannot read to its end is copied as is.
fn slim_markup(source: &str) -> String {
    let bytes = source.as_bytes();
    let mut out = String::with_capacity(source.len() / 2);
    // everything before `copied` has been written or cut
    let mut copied = 0;
    let mut i = 0;
    while let Some(offset) = memchr::memchr(b'<', &bytes[i..]) {
        let start = i + offset;
        let rest = &bytes[start..];
        if rest.starts_with(b"<!--") {
            let end = find(&rest[4..], b"-->").map_or(bytes.len(), |k| start + 4 + k + 3);
            push_collapsed(&mut out, source.get(copied..start).unwrap_or_default());
            copied = end;
            i = end;
            continue;
        }
        let name_len = rest[1..].iter().take_while(|b| b.is_ascii_alphanumeric()).count();
        if name_len == 0 {
            // an end tag, a doctype, or a `<` in text: copied as it is
            i = start + 1;
            continue;
        }
        let name = &rest[1..1 + name_len];
        let Some(tag) = read_start_tag(rest, name_len) else { break };
        let content_start = start + tag.end;
        push_collapsed(&mut out, source.get(copied..start).unwrap_or_default());
        out.push('<');
        out.push_str(source.get(start + 1..start + 1 + name_len).unwrap_or_default());
        let is_link = name.eq_ignore_ascii_case(b"a");
        let keeps_href = name.eq_ignore_ascii_case(b"link");
        for &(from, to) in &tag.attributes {
            let attribute = &rest[from..to];
            let attribute_name = attribute.split(|&b| b == b'=' || b.is_ascii_whitespace()).next().unwrap_or_default();
            let is_href = attribute_name.eq_ignore_ascii_case(b"href");
            let read = READ_ATTRIBUTES.iter().any(|a| attribute_name.eq_ignore_ascii_case(a))
                || keeps_href && is_href
                || is_link && is_href && is_tag_page(&rest[from..to]);
            if !read {
                continue;
            }
            let raw = source.get(start + from..start + to).unwrap_or_default();
            if HINT_ATTRIBUTES.iter().any(|a| attribute_name.eq_ignore_ascii_case(a)) {
                push_hint_attribute(&mut out, raw);
            } else {
                out.push(' ');
                out.push_str(raw);
            }
        }
        out.push_str(if tag.self_closing { "/>" } else { ">" });
        copied = content_start;
        i = content_start;
        let Some(&(_, close)) = UNREAD_CONTENT.iter().find(|(element, _)| name.eq_ignore_ascii_case(element)) else {
            continue;
        };
        let content_end = find_ignore_case(&bytes[content_start..], close).map_or(bytes.len(), |k| content_start + k);
        let json_ld = tag.attributes.iter().any(|&(from, to)| find_ignore_case(&rest[from..to], b"ld+json").is_some());
        if !tag.self_closing && !json_ld {
            copied = content_end;
        }
        i = content_end.max(content_start);
    }
    push_collapsed(&mut out, source.get(copied..).unwrap_or_default());
    out
}

/// Copies text with each run of ASCII whitespace shortened to its first
/// character: a space stays a space (also inside a JSON-LD string), a line
/// break a line break.
fn push_collapsed(out: &mut String, text: &str) {
    let bytes = text.as_bytes();
    let mut copied = 0;
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i].is_ascii_whitespace() {
            let run_end = i + 1 + bytes[i + 1..].iter().take_while(|b| b.is_ascii_whitespace()).count();
            if run_end > i + 1 {
                // slicing at ASCII bytes keeps to character boundaries
                out.push_str(&text[copied..=i]);
                copied = run_end;
            }
            i = run_end;
        } else {
            i += 1;
        }
    }
    out.push_str(&text[copied..]);
}

/// Writes a `class` or `id` attribute (`name="value"`, quoted or not) with
/// only the words of its value that are chrome or part words, or nothing when none
/// is; a value with a character reference is kept whole, since the words
/// are only known after decoding.
fn push_hint_attribute(out: &mut String, raw: &str) {
    let Some((name, value)) = raw.split_once('=') else { return };
    let value = value.trim_start().trim_matches(|c| c == '"' || c == '\'');
    if value.contains('&') {
        out.push(' ');
        out.push_str(raw);
        return;
    }
    let mut words = hint_words(value).filter(|word| is_chrome_word(word) || is_part_word(word)).peekable();
    if words.peek().is_none() {
        return;
    }
    out.push(' ');
    out.push_str(name.trim_end());
    out.push_str("=\"");
    for (k, word) in words.enumerate() {
        if k > 0 {
            out.push(' ');
        }
        out.push_str(word);
    }
    out.push('"');
}

/// A start tag as [`read_start_tag`] reads it: its length, its attributes
/// as byte ranges of the tag, whether it ends with `/>`.
struct StartTag {
    end: usize,
    attributes: Vec<(usize, usize)>,
    self_closing: bool,
}

/// Reads the start tag at the beginning of `tag` (`<name …>`), attribute
/// by attribute as HTML does: values in quotes may hold `>` and spaces.
/// `None` when the tag does not end.
fn read_start_tag(tag: &[u8], name_len: usize) -> Option<StartTag> {
    let mut attributes = Vec::new();
    let mut k = 1 + name_len;
    let mut self_closing = false;
    loop {
        while tag.get(k).is_some_and(|b| b.is_ascii_whitespace() || *b == b'/') {
            self_closing = tag[k] == b'/';
            k += 1;
        }
        match tag.get(k)? {
            b'>' => return Some(StartTag { end: k + 1, attributes, self_closing }),
            _ => self_closing = false,
        }
        let from = k;
        while tag.get(k).is_some_and(|b| !(b.is_ascii_whitespace() || matches!(b, b'/' | b'>' | b'='))) {
            k += 1;
        }
        let mut after_name = k;
        while tag.get(after_name).is_some_and(u8::is_ascii_whitespace) {
            after_name += 1;
        }
        if tag.get(after_name) == Some(&b'=') {
            k = after_name + 1;
            while tag.get(k).is_some_and(u8::is_ascii_whitespace) {
                k += 1;
            }
            match tag.get(k)? {
                &quote @ (b'"' | b'\'') => k += 1 + memchr::memchr(quote, &tag[k + 1..])? + 1,
                _ => {
                    while tag.get(k).is_some_and(|b| !(b.is_ascii_whitespace() || *b == b'>')) {
                        k += 1;
                    }
                }
            }
        }
        attributes.push((from, k));
    }
}

/// Parses a page.
pub fn parse(source: &str) -> HtmlPage {
    let slimmed = slim_markup(source);
    let source = slimmed.as_str();
    let limited = limit_nesting(source);
    let document = Html::parse_document(limited.as_deref().unwrap_or(source));
    let meta = metadata(&document);
    let mut blocks = walk(&document);
    mark_main_container(&document, &meta, &mut blocks);
    HtmlPage { blocks, meta }
}

/// Longest block, in bytes of source text, whose links' texts are kept:
/// a tag list is a line or two.
const LINK_LIST_MAX_BYTES: usize = 1_000;

/// A block and the DOM nodes above it, before the main container is known.
struct Pending {
    text: String,
    link_chars: usize,
    link_texts: Vec<String>,
    tag: String,
    hint: Option<(NodeId, String)>,
    caption: bool,
    byline: bool,
    heading: u8,
    ancestors: Vec<NodeId>,
}

/// One open element on the walk's stack.
struct Open {
    id: NodeId,
    name: String,
    hint: Option<String>,
    block_level: bool,
    /// A `<figcaption>`, or an element whose `class` or `id` says caption.
    caption: bool,
    /// An element whose `class` or `id` says author or byline.
    byline: bool,
}

/// The state of the DOM walk: the open elements and running counts, so
/// no text node has to look down the whole stack.
#[derive(Default)]
struct Walker {
    blocks: Vec<Block>,
    stack: Vec<Open>,
    links_open: usize,
    captions_open: usize,
    bylines_open: usize,
    /// Stack positions of open elements with a chrome hint.
    hinted: Vec<usize>,
    /// Stack positions of open block-level elements.
    block_levels: Vec<usize>,
    headings: Vec<u8>,
    /// Depth inside a skipped element (`<script>`, `<nav>` …).
    skip_depth: usize,
    buffer: String,
    link_chars: usize,
    /// Where the open link's text starts in the buffer, and where the
    /// block's links so far lie in it.
    link_start: Option<usize>,
    link_ranges: Vec<(usize, usize)>,
}

impl Walker {
    /// Ends the current block: its text becomes a [`Block`] with what the
    /// open elements say about it.
    fn flush(&mut self) {
        let text = text::collapse_whitespace(&crate::decode::normalized(&self.buffer));
        // the links' own texts are kept where a short block holds several
        // (a tag list run together); a link alone is its block's text
        let ranges = &self.link_ranges;
        let link_texts = if ranges.len() >= 2 && self.buffer.len() <= LINK_LIST_MAX_BYTES {
            ranges
                .iter()
                .filter_map(|&(a, b)| self.buffer.get(a..b))
                .map(|link| text::collapse_whitespace(&crate::decode::normalized(link)))
                .filter(|link| !link.is_empty())
                .collect()
        } else {
            Vec::new()
        };
        // cleared, not taken: the walk reuses the vector for every block
        self.link_ranges.clear();
        self.buffer.clear();
        // a link open across the cut goes on in the next block's text
        if self.link_start.is_some() {
            self.link_start = Some(0);
        }
        let links = std::mem::take(&mut self.link_chars);
        if text.is_empty() {
            return;
        }
        let stack = &self.stack;
        let pending = Pending {
            link_chars: links.min(text.chars().count()),
            link_texts,
            text,
            tag: self.block_levels.last().map_or("body", |&k| stack[k].name.as_str()).to_owned(),
            hint: self.hinted.last().and_then(|&k| stack[k].hint.clone().map(|h| (stack[k].id, h))),
            caption: self.captions_open > 0,
            byline: self.bylines_open > 0,
            heading: self.headings.last().copied().unwrap_or(0),
            ancestors: stack.iter().map(|o| o.id).collect(),
        };
        self.blocks.push(into_block(pending));
    }

    fn open(&mut self, id: NodeId, element: &scraper::node::Element) {
        // html5ever lower-cases HTML element names already
        let name = element.name();
        if self.skip_depth > 0 || SKIPPED.contains(&name) {
            self.skip_depth += 1;
            return;
        }
        if name == "img" {
            // alt text is not part of the article's text
            return;
        }
        let ClassWords { hint, caption, byline } = class_words(element);
        // the writer's name set inline beside the date (`<div class="meta"><span
        // class="author">Minh Châu</span> <time>…</time></div>`) is a block of
        // its own, or the date line would hide it; inside a paragraph it is
        // the text's own link
        let in_paragraph = self.block_levels.last().is_some_and(|&k| self.stack[k].name == "p");
        let block_level = BLOCK_LEVEL.contains(&name) || byline && !in_paragraph;
        if block_level {
            self.flush();
            self.block_levels.push(self.stack.len());
        }
        let caption = caption || name == "figcaption";
        if hint.is_some() {
            self.hinted.push(self.stack.len());
        }
        self.links_open += usize::from(name == "a");
        if name == "a" && self.links_open == 1 {
            self.link_start = Some(self.buffer.len());
        }
        self.captions_open += usize::from(caption);
        self.bylines_open += usize::from(byline);
        if let Some(level) = heading_level(name) {
            self.headings.push(level);
        }
        self.stack.push(Open { id, hint, name: name.to_owned(), block_level, caption, byline });
    }

    fn text(&mut self, text: &str) {
        if self.skip_depth > 0 {
            return;
        }
        self.buffer.push_str(text);
        if self.links_open > 0 {
            self.link_chars += text.chars().filter(|c| !c.is_whitespace()).count();
        }
    }

    fn close(&mut self, id: NodeId, element: &scraper::node::Element) {
        if self.skip_depth > 0 {
            self.skip_depth -= 1;
            return;
        }
        if element.name().eq_ignore_ascii_case("img") || self.stack.last().is_none_or(|o| o.id != id) {
            return;
        }
        if self.stack.last().is_some_and(|o| o.block_level) {
            self.flush();
            self.block_levels.pop();
        }
        let Some(open) = self.stack.pop() else { return };
        if self.hinted.last() == Some(&self.stack.len()) {
            self.hinted.pop();
        }
        self.links_open -= usize::from(open.name == "a");
        if open.name == "a"
            && self.links_open == 0
            && let Some(start) = self.link_start.take()
        {
            self.link_ranges.push((start, self.buffer.len()));
        }
        self.captions_open -= usize::from(open.caption);
        self.bylines_open -= usize::from(open.byline);
        if heading_level(&open.name).is_some() {
            self.headings.pop();
        }
    }
}

fn walk(document: &Html) -> Vec<Block> {
    let mut walker = Walker::default();
    for edge in document.tree.root().traverse() {
        match edge {
            Edge::Open(node) => match node.value() {
                Node::Element(element) => walker.open(node.id(), element),
                Node::Text(text) => walker.text(text),
                _ => {}
            },
            Edge::Close(node) => {
                if let Node::Element(element) = node.value() {
                    walker.close(node.id(), element);
                }
            }
        }
    }
    walker.flush();
    walker.blocks
}

fn heading_level(name: &str) -> Option<u8> {
    name.strip_prefix('h').and_then(|n| n.parse::<u8>().ok()).filter(|n| (1..=6).contains(n))
}

fn into_block(p: Pending) -> Block {
    let chars = p.text.chars().filter(|c| !c.is_whitespace()).count().max(1);
    Block {
        text: p.text,
        line: 0,
        gap_before: 0,
        from_flattened_line: false,
        runs_into_next: false,
        repeated_title: false,
        table_cell: false,
        dom: Some(DomInfo {
            tag: p.tag,
            link_density: p.link_chars as f64 / chars as f64,
            link_texts: p.link_texts,
            chrome_hint: p.hint.map(|(_, h)| h),
            caption: p.caption,
            byline: p.byline,
            heading: p.heading,
            in_main: false,
            before_main: false,
            ancestors: p.ancestors,
        }),
    }
}

/// A title line found by the `<title>` it repeats has a few words: one or
/// two (`Trang chủ`) are a menu's.
const TITLE_LINE_MIN_WORDS: usize = 3;

/// Finds the main container and marks each block inside it, or standing
/// between the page's title line and it (the lead of pages that print it
/// above the body). The title line is the `<h1>`, else, on pages that set
/// their title in a `<div>`, the line the `<title>` or `og:title` repeats.
/// Chrome hints above the container (`<body class="… sidebar">`) are
/// dropped: only hints inside it mark chrome.
fn mark_main_container(document: &Html, meta: &PageMeta, blocks: &mut [Block]) {
    let mut prose: HashMap<NodeId, usize> = HashMap::default();
    let mut children: HashMap<NodeId, Vec<NodeId>> = HashMap::default();
    let mut total = 0usize;
    for block in blocks.iter() {
        let Some(dom) = &block.dom else { continue };
        let words = text::word_count(&block.text);
        if words < PROSE_MIN_WORDS || dom.link_density > PROSE_MAX_LINK_DENSITY {
            continue;
        }
        let chars = block.text.chars().count();
        total += chars;
        for (k, id) in dom.ancestors.iter().enumerate() {
            *prose.entry(*id).or_default() += chars;
            if let Some(child) = dom.ancestors.get(k + 1) {
                let list = children.entry(*id).or_default();
                if !list.contains(child) {
                    list.push(*child);
                }
            }
        }
    }
    if total == 0 {
        return;
    }
    // descend from the outermost element (<html>) while one child holds
    // most of the prose
    let Some(mut main) = blocks.iter().find_map(|b| b.dom.as_ref().and_then(|d| d.ancestors.first().copied())) else {
        return;
    };
    while let Some(next) = children.get(&main).and_then(|kids| {
        kids.iter().copied().find(|k| {
            prose.get(k).copied().unwrap_or(0) as f64
                >= MAIN_DESCEND_SHARE * prose.get(&main).copied().unwrap_or(total) as f64
        })
    }) {
        main = next;
    }
    let first_in_main = blocks.iter().position(|b| b.dom.as_ref().is_some_and(|d| d.ancestors.contains(&main)));
    let h1 = blocks.iter().position(|b| b.dom.as_ref().is_some_and(|d| d.heading == 1));
    let titled = |text: &str| {
        text::has_words(text, TITLE_LINE_MIN_WORDS)
            && [&meta.headline, &meta.title].into_iter().flatten().any(|title| title.contains(text))
    };
    let title_line = h1.or_else(|| blocks[..first_in_main.unwrap_or(0)].iter().position(|b| titled(&b.text)));
    // the container and the elements above it: hints there do not count
    let above_main: Vec<NodeId> = blocks
        .iter()
        .find_map(|b| {
            let d = b.dom.as_ref()?;
            let p = d.ancestors.iter().position(|id| *id == main)?;
            Some(d.ancestors[..=p].to_vec())
        })
        .unwrap_or_default();
    let hinted = |ids: &[NodeId]| {
        ids.iter().any(|id| {
            !above_main.contains(id)
                && document
                    .tree
                    .get(*id)
                    .and_then(|n| n.value().as_element())
                    .is_some_and(|e| class_words(e).hint.is_some())
        })
    };
    for (i, block) in blocks.iter_mut().enumerate() {
        let Some(dom) = block.dom.as_mut() else { continue };
        dom.in_main = dom.ancestors.contains(&main);
        dom.before_main = !dom.in_main && title_line.is_some_and(|h| h < i) && first_in_main.is_some_and(|f| i < f);
        if (dom.in_main || dom.before_main) && !hinted(&dom.ancestors) {
            dom.chrome_hint = None;
        }
    }
}

/// Reads the page's metadata.
fn metadata(document: &Html) -> PageMeta {
    let mut meta = PageMeta::default();
    let selector = |s: &str| Selector::parse(s).ok();
    if let Some(sel) = selector("script[type=\"application/ld+json\"]") {
        for script in document.select(&sel) {
            let raw: String = script.text().collect();
            if let Ok(value) = serde_json::from_str::<Value>(raw.trim()) {
                read_json_ld(&value, &mut meta);
            }
        }
    }
    let meta_content = |keys: &[&str]| -> Option<String> {
        let sel = selector("meta")?;
        document.select(&sel).find_map(|m| {
            let el = m.value();
            let key = el.attr("property").or(el.attr("name")).or(el.attr("itemprop"))?.to_ascii_lowercase();
            keys.contains(&key.as_str()).then(|| el.attr("content").map(clean)).flatten().filter(|s| !s.is_empty())
        })
    };
    meta.title = selector("head title")
        .and_then(|sel| document.select(&sel).next())
        .map(|title| text::collapse_whitespace(&clean(&title.text().collect::<String>())))
        .filter(|t| !t.is_empty());
    meta.site_name = meta_content(&["og:site_name"]);
    if meta.headline.is_none() {
        meta.headline = meta_content(&["og:title", "twitter:title", "headline"])
            .map(|t| strip_site_name(&t, meta.site_name.as_deref()));
    }
    if meta.published.is_none() {
        meta.published = meta_content(&[
            "article:published_time",
            "datepublished",
            "pubdate",
            "publishdate",
            "date",
            "dc.date.issued",
        ])
        .or_else(|| {
            let sel = selector("time[datetime]")?;
            document.select(&sel).next().and_then(|t| t.value().attr("datetime")).map(clean)
        });
    }
    if meta.tags.is_empty() {
        let sel = selector("meta[property=\"article:tag\"]");
        if let Some(sel) = sel {
            meta.tags = document.select(&sel).filter_map(|m| m.value().attr("content").map(clean)).collect();
        }
        if meta.tags.is_empty()
            && let Some(keywords) = meta_content(&["keywords", "news_keywords"])
        {
            meta.tags = keywords.split([',', '،', ';']).map(clean).filter(|k| !k.is_empty()).collect();
        }
        if meta.tags.is_empty() {
            meta.tags = visible_tags(document);
        }
    }
    meta.url = selector("link[rel=\"canonical\"]")
        .and_then(|sel| document.select(&sel).next().and_then(|l| l.value().attr("href").map(clean)))
        .or_else(|| meta_content(&["og:url"]));
    meta.language =
        selector("html").and_then(|sel| document.select(&sel).next()).and_then(|h| h.value().attr("lang").map(clean));
    meta
}

/// JSON-LD `@type`s that describe an article.
const ARTICLE_TYPES: &[&str] =
    &["AnalysisNewsArticle", "Article", "BlogPosting", "NewsArticle", "ReportageNewsArticle"];

fn read_json_ld(value: &Value, meta: &mut PageMeta) {
    match value {
        Value::Array(items) => items.iter().for_each(|v| read_json_ld(v, meta)),
        Value::Object(object) => {
            if let Some(graph) = object.get("@graph") {
                read_json_ld(graph, meta);
            }
            let is_article = match object.get("@type") {
                Some(Value::String(t)) => ARTICLE_TYPES.contains(&t.as_str()),
                Some(Value::Array(ts)) => ts.iter().any(|t| t.as_str().is_some_and(|t| ARTICLE_TYPES.contains(&t))),
                _ => false,
            };
            if !is_article {
                return;
            }
            let string = |key: &str| object.get(key).and_then(Value::as_str).map(clean).filter(|s| !s.is_empty());
            meta.headline = meta.headline.take().or_else(|| string("headline").or_else(|| string("name")));
            meta.published =
                meta.published.take().or_else(|| string("datePublished").or_else(|| string("dateCreated")));
            if meta.authors.is_empty() {
                meta.authors = names(object.get("author").map(without_organisations).as_ref());
            }
            if meta.publisher.is_none() {
                meta.publisher = names(object.get("publisher")).into_iter().next();
            }
            if meta.tags.is_empty() {
                meta.tags = match object.get("keywords") {
                    Some(Value::String(k)) => k.split([',', '،', ';']).map(clean).filter(|k| !k.is_empty()).collect(),
                    Some(Value::Array(ks)) => ks.iter().filter_map(Value::as_str).map(clean).collect(),
                    _ => Vec::new(),
                };
            }
            if meta.url.is_none() {
                meta.url = string("url").or_else(|| string("mainEntityOfPage"));
            }
        }
        _ => {}
    }
}

/// Names from a JSON-LD person or organisation value: a string, an object
/// with `name`, or an array of either.
fn names(value: Option<&Value>) -> Vec<String> {
    match value {
        Some(Value::String(s)) => vec![clean(s)],
        Some(Value::Object(o)) => o.get("name").and_then(Value::as_str).map(clean).into_iter().collect(),
        Some(Value::Array(items)) => items.iter().flat_map(|v| names(Some(v))).collect(),
        _ => Vec::new(),
    }
    .into_iter()
    .filter(|n| !n.is_empty())
    .collect()
}

/// A JSON-LD `author` value without its organisations: a site that names
/// itself as the author (`{"@type": "Organization", "name": "VnExpress"}`)
/// names no writer, and the byline in the page may.
fn without_organisations(value: &Value) -> Value {
    let is_organisation =
        |v: &Value| v.get("@type").and_then(Value::as_str).is_some_and(|t| t.ends_with("Organization"));
    match value {
        Value::Array(items) => Value::Array(items.iter().filter(|v| !is_organisation(v)).cloned().collect()),
        v if is_organisation(v) => Value::Null,
        v => v.clone(),
    }
}

/// Metadata strings: HTML entities decoded (JSON-LD sits in a `<script>`,
/// where the parser leaves `&#237;` as it is, and some pages encode twice),
/// NFC, whitespace collapsed.
fn clean(raw: &str) -> String {
    let mut value = raw.to_owned();
    for _ in 0..2 {
        if !value.contains('&') {
            break;
        }
        let fragment = Html::parse_fragment(&value);
        let decoded: String = fragment.root_element().text().collect();
        if decoded == value {
            break;
        }
        value = decoded;
    }
    text::collapse_whitespace(&crate::decode::normalized(&value))
}

/// Paths of tag pages: `/tag/…`, `/tags/…`, `/keyword/…`, `/tu-khoa/…`.
const TAG_PAGE_PATHS: [&[u8]; 3] = [b"tag", b"keyword", b"tu-khoa"];

/// Whether a link (an `href` attribute or its value) leads to a tag page:
/// slimming keeps such links for [`visible_tags`].
fn is_tag_page(href: &[u8]) -> bool {
    TAG_PAGE_PATHS.iter().any(|path| find_ignore_case(href, path).is_some())
}

/// A tag list holds at most this many links; more is a site-wide tag
/// cloud, not the article's tags.
const TAG_LIST_MAX_LINKS: usize = 20;

/// A tag is a short phrase; a longer link text is another article's title.
const TAG_MAX_WORDS: usize = 6;

/// The article's tags as the page shows them when its metadata names none:
/// the links to tag pages (`/tag/…`, `/keyword/…`, `/tu-khoa/…`) in the
/// first element whose `class` or `id` calls it a tag list (`tags`,
/// `tag-list`, `keywords`). Links elsewhere (a `hot-tag` bar of the site's
/// sections) are not tags.
fn visible_tags(document: &Html) -> Vec<String> {
    let (Ok(lists), Ok(links)) = (Selector::parse("[class], [id]"), Selector::parse("a")) else { return Vec::new() };
    let is_tag_list = |element: &scraper::node::Element| {
        [element.attr("class").unwrap_or(""), element.attr("id").unwrap_or("")]
            .iter()
            .flat_map(|value| hint_words(value))
            .any(|word| matches!(word.to_ascii_lowercase().as_str(), "tag" | "tags" | "keyword" | "keywords"))
    };
    let to_tag_page = |link: &scraper::ElementRef| link.value().attr("href").is_some_and(|h| is_tag_page(h.as_bytes()));
    let Some(list) =
        document.select(&lists).find(|e| is_tag_list(e.value()) && e.select(&links).any(|l| to_tag_page(&l)))
    else {
        return Vec::new();
    };
    let mut tags: Vec<String> = Vec::new();
    for link in list.select(&links).filter(to_tag_page) {
        let tag = clean(&link.text().collect::<String>());
        let tag = tag.trim_start_matches('#').trim();
        if !tag.is_empty() && text::word_count(tag) <= TAG_MAX_WORDS && !tags.iter().any(|t| t == tag) {
            tags.push(tag.to_owned());
        }
    }
    if tags.len() > TAG_LIST_MAX_LINKS { Vec::new() } else { tags }
}

/// Separators between a title and the site's name in `og:title`.
pub(crate) const TITLE_SEPARATORS: [&str; 4] = [" | ", " - ", " – ", " — "];

/// Longest site-name suffix stripped without `og:site_name` to confirm it.
const SITE_SUFFIX_MAX_WORDS: usize = 3;

/// `Title - VnExpress` → `Title`: the site's name after a separator goes,
/// when `og:site_name` names it or it is a short brand-like tail.
fn strip_site_name(title: &str, site: Option<&str>) -> String {
    for sep in TITLE_SEPARATORS {
        if let Some((head, tail)) = title.rsplit_once(sep) {
            let named = site.is_some_and(|s| text::fold(s) == text::fold(tail));
            if named
                || text::word_count(tail) <= SITE_SUFFIX_MAX_WORDS
                    && text::has_words(head, 4)
                    && tail.chars().any(char::is_uppercase)
            {
                return head.trim().to_owned();
            }
        }
    }
    title.to_owned()
}

/// The text of the first `<h1>`, for cross-checking the metadata headline.
pub fn first_h1(blocks: &[Block]) -> Option<&Block> {
    blocks.iter().find(|b| b.dom.as_ref().is_some_and(|d| d.heading == 1))
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = r#"<!DOCTYPE html><html lang="vi"><head>
<meta charset="utf-8">
<meta property="og:title" content="Giá vàng giảm mạnh - Báo Dân trí">
<meta property="og:site_name" content="Báo Dân trí">
<link rel="canonical" href="https://example.vn/gia-vang.htm">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"Gi&#225; v&#224;ng giảm mạnh","datePublished":"2026-03-07T08:07:18+07:00","author":{"@type":"Person","name":"Tri Túc"},"keywords":"giá vàng, SJC"}]}</script>
</head><body class="page has-sidebar">
<nav><a href="/">Trang chủ</a><a href="/kd">Kinh doanh</a></nav>
<div class="layout">
 <article class="singular">
  <h1>Giá vàng giảm mạnh</h1>
  <h2 class="sapo">(Dân trí) - Giá vàng trong nước tiếp tục giảm, xuống mức 183,8 triệu đồng một lượng ở chiều bán ra.</h2>
  <div class="content">
   <p>Cụ thể, chốt phiên hôm qua, giá vàng miếng được niêm yết tại mức thấp hơn so với phiên trước đó vài trăm nghìn đồng.</p>
   <figure><img src="a.jpg" alt="ảnh"><figcaption>Giá vàng hôm nay (Ảnh: Mạnh Quân).</figcaption></figure>
   <p>Trên thế giới, giá vàng giao ngay đang ở mức cao, tăng mạnh so với mức thấp nhất trong phiên giao dịch cũ của tuần.</p>
   <div class="box-related"><a href="/x">Giá vàng tuần tới sẽ ra sao khi thị trường biến động mạnh như hiện nay</a></div>
  </div>
 </article>
 <aside><p>Tin xem nhiều trong ngày hôm nay về thị trường vàng và ngoại tệ cùng nhiều chuyên mục khác nữa.</p></aside>
</div>
<footer>Bản quyền thuộc về Báo Dân trí. Cấm sao chép dưới mọi hình thức khi chưa được sự đồng ý.</footer>
</body></html>"#;

    #[test]
    fn a_writer_named_inline_beside_the_date_is_the_byline() {
        let paragraph = "Đây là đoạn văn của bài báo, đủ dài để là một câu văn xuôi của bài viết hôm nay.";
        let second = "giá cả trên thị trường đã tăng nhẹ trong tuần qua so với cùng kỳ năm ngoái.";
        let page = format!(
            "<html lang=vi><body><article><h1>Tiêu đề bài viết mới</h1>\
             <div class=entry-meta><span class=author>Minh Châu</span> <time>14/10/2025 08:30</time></div>\
             <p>{paragraph}</p><p>Theo <a class=author-link href=/a>Lan Anh</a>, {second}</p>\
             <p>{paragraph} Hết.</p></article></body></html>"
        );
        let record = crate::Extractor::default().extract_text("meta.html", &page).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(record.authors, ["Minh Châu"]);
        assert_eq!(record.published.map(|p| p.date).as_deref(), Some("2025-10-14"));
        // inside a paragraph the link stays in its text
        assert_eq!(record.body[1], format!("Theo Lan Anh, {second}"));
    }

    #[test]
    fn a_page_wrapped_in_a_form_still_has_its_article() {
        // ASP.NET sites put the whole body inside one <form>
        let paragraphs: String = (0..4)
            .map(|i| format!("<p>Đây là đoạn văn số {i} của bài báo, đủ dài để là một câu văn xuôi của bài viết.</p>"))
            .collect();
        let page = format!(
            "<html lang=vi><head><title>Tiêu đề</title></head><body><form id=aspnetForm method=post>\
             <nav><a href=/>Trang chủ</a></nav><input name=q><div class=article><h1>Tiêu đề</h1>{paragraphs}</div>\
             </form></body></html>"
        );
        let record = crate::Extractor::default().extract_text("form.html", &page).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(record.headline.as_deref(), Some("Tiêu đề"));
        assert_eq!(record.body.len(), 4, "{:?}", record.body);
    }

    #[test]
    fn a_site_named_as_the_author_is_no_author() {
        let authors = |author: &str| {
            let page = format!(
                "<html><head><script type=\"application/ld+json\">{{\"@type\":\"NewsArticle\",\"author\":{author}}}</script>\
                 </head><body><p>Đoạn văn.</p></body></html>"
            );
            parse(&page).meta.authors
        };
        assert!(authors(r#"{"@type":"Organization","name":"VnExpress"}"#).is_empty());
        assert!(authors(r#"{"@type":"NewsMediaOrganization","name":"VnExpress"}"#).is_empty());
        assert_eq!(
            authors(r#"[{"@type":"Person","name":"Lê Phương"},{"@type":"Organization","name":"VnExpress"}]"#),
            ["Lê Phương"]
        );
        assert_eq!(authors(r#""Lê Phương""#), ["Lê Phương"]);
    }

    #[test]
    fn the_title_names_the_headline_line_unless_it_is_the_sites_name() {
        let paragraphs: String = (0..3)
            .map(|i| format!("<p>Đây là đoạn văn số {i} của bài báo, đủ dài để là một câu văn xuôi của bài viết.</p>"))
            .collect();
        let page = |title: &str| {
            format!(
                "<html lang=vi><head><title>{title}</title><meta property=\"og:site_name\" content=\"Báo Tỉnh Nhà\">\
                 </head><body><div>Báo Tỉnh Nhà</div><div>Bệnh viện tỉnh khai trương khoa mới</div>\
                 <div>Tin nổi bật trong ngày</div><div class=content>{paragraphs}</div></body></html>"
            )
        };
        let headline = |title: &str| {
            let record =
                crate::Extractor::default().extract_text("t.html", &page(title)).unwrap_or_else(|e| panic!("{e}"));
            record.headline
        };
        let named = headline("Bệnh viện tỉnh khai trương khoa mới - Báo Tỉnh Nhà");
        assert_eq!(named.as_deref(), Some("Bệnh viện tỉnh khai trương khoa mới"));
        // a title that is only the site's name names neither the site's banner nor anything else
        assert_ne!(headline("Báo Tỉnh Nhà").as_deref(), Some("Báo Tỉnh Nhà"));
    }

    #[test]
    fn unread_content_is_cut_before_parsing() {
        let page = "<head><STYLE>p{color:red}</style><script type=\"application/ld+json\">{\"headline\":\"H\"}</script>\
<script>var a = '<p>not text</p>';</SCRIPT></head><body><!-- <p>old</p> --><svg viewBox=\"0 0 1 1\"><title>icon</title></svg>\
<svg/><p>Đoạn văn.</p></body>";
        assert_eq!(
            slim_markup(page),
            "<head><STYLE></style><script type=\"application/ld+json\">{\"headline\":\"H\"}</script>\
<script></SCRIPT></head><body><svg></svg><svg/><p>Đoạn văn.</p></body>"
        );
        assert_eq!(slim_markup("<p>Chỉ có chữ, a < b.</p>"), "<p>Chỉ có chữ, a < b.</p>");
        // an element left open runs to the end of the page, as in a browser
        assert_eq!(slim_markup("<p>a</p><style>p{"), "<p>a</p><style>");
    }

    #[test]
    fn start_tags_keep_only_the_attributes_that_are_read() {
        let page = "<div class=\"post related\" style='color: red' data-x=\"a>b\" id=main hidden>\
<a href=\"/tin/1.html\" title=\"Tin\">Tin</a><img src=x.jpg alt=\"Ảnh\"/><link rel=canonical href=\"https://a.vn/1\">\
<meta property=\"og:title\" content=\"T > U\"><br/><p lang=vi>x</p></div>";
        assert_eq!(
            slim_markup(page),
            "<div class=\"related\"><a>Tin</a><img/><link rel=canonical href=\"https://a.vn/1\">\
<meta property=\"og:title\" content=\"T > U\"><br/><p lang=vi>x</p></div>"
        );
        // a tag that never ends is left to the parser
        assert_eq!(slim_markup("<p>a</p><div class=\"x"), "<p>a</p><div class=\"x");
    }

    #[test]
    fn chrome_hints_are_sorted_lowercase_words() {
        // is_chrome_word looks a word up by its first letter
        assert!(CHROME_HINTS.windows(2).all(|w| w[0] < w[1]));
        assert!(
            CHROME_HINTS
                .iter()
                .all(|h| !h.is_empty() && h.bytes().all(|b| b.is_ascii_lowercase() || b"-*".contains(&b)))
        );
        assert!(is_chrome_word("Related") && is_chrome_word("advertisement") && is_chrome_word("ads"));
        assert!(!is_chrome_word("adsx") && !is_chrome_word("content") && !is_chrome_word(""));
    }

    #[test]
    fn camel_case_class_names_are_cut_into_words() {
        let words: Vec<&str> = hint_words("VCObjectBoxRelatedNewsItemSapo box-ShareBar").collect();
        assert_eq!(words, ["VCObject", "Box", "Related", "News", "Item", "Sapo", "box", "Share", "Bar"]);
        assert_eq!(hint_words("").collect::<Vec<_>>(), Vec::<&str>::new());
        assert_eq!(slim_markup("<p class=\"VCObjectBoxRelatedNewsItemSapo\">x</p>"), "<p class=\"Related\">x</p>");
    }

    #[test]
    fn class_and_id_keep_their_chrome_words() {
        assert_eq!(
            slim_markup("<div id='box-Related_news' class=\"flex mt-4 social-share\"><p class=lead>x</p></div>"),
            "<div id=\"Related\" class=\"social share\"><p>x</p></div>"
        );
        // a character reference is decoded by the parser: the value stays
        assert_eq!(slim_markup("<div class=\"a&#32;ads\">x</div>"), "<div class=\"a&#32;ads\">x</div>");
    }

    #[test]
    fn tags_the_page_shows_when_its_metadata_names_none() {
        let page = |tags: &str| {
            format!(
                "<html><body><nav class=\"hot-tag\"><a href=\"https://vpcp.chinhphu.vn/\">Văn phòng Chính phủ</a></nav>\
                 <article><h1>Tiêu đề</h1><p>Đoạn văn.</p>{tags}</article></body></html>"
            )
        };
        let shown = page(
            "<div class=\"box-tags\"><span>Từ khóa:</span><a href=\"/tag/gia-vang\">#Giá vàng</a>\
             <a href=\"/tu-khoa/sjc\">SJC</a><a href=\"/tag/gia-vang\">Giá vàng</a></div>",
        );
        assert_eq!(parse(&shown).meta.tags, ["Giá vàng", "SJC"]);
        // a bar of the site's sections is no tag list, nor is a tag cloud
        assert!(parse(&page("")).meta.tags.is_empty());
        let cloud: String = (0..30).map(|i| format!("<a href=\"/tag/{i}\">Chủ đề {i}</a>")).collect();
        assert!(parse(&page(&format!("<div class=\"tags\">{cloud}</div>"))).meta.tags.is_empty());
    }

    #[test]
    fn whitespace_runs_shrink_to_their_first_character() {
        let page = "<div>\n      <p>Một  câu\n\n hai</p>   <script type=\"application/ld+json\">{\"a\":  \"b  c\"}</script>\n</div>";
        assert_eq!(
            slim_markup(page),
            "<div>\n<p>Một câu\nhai</p> <script type=\"application/ld+json\">{\"a\": \"b c\"}</script>\n</div>"
        );
    }

    #[test]
    fn detects_html() {
        assert!(looks_like_html(PAGE));
        assert!(looks_like_html("  <html><body><p>x</p></body></html>"));
        assert!(!looks_like_html("Giá vàng giảm\n\nCụ thể, chốt phiên <b>hôm qua</b>."));
    }

    #[test]
    fn reads_json_ld_with_graph_and_entities() {
        let page = parse(PAGE);
        assert_eq!(page.meta.headline.as_deref(), Some("Giá vàng giảm mạnh"));
        assert_eq!(page.meta.published.as_deref(), Some("2026-03-07T08:07:18+07:00"));
        assert_eq!(page.meta.authors, ["Tri Túc"]);
        assert_eq!(page.meta.tags, ["giá vàng", "SJC"]);
        assert_eq!(page.meta.url.as_deref(), Some("https://example.vn/gia-vang.htm"));
        assert_eq!(page.meta.language.as_deref(), Some("vi"));
    }

    #[test]
    fn strips_the_site_name_from_og_title() {
        assert_eq!(strip_site_name("Giá vàng giảm mạnh - Báo Dân trí", Some("Báo Dân trí")), "Giá vàng giảm mạnh");
        assert_eq!(
            strip_site_name("Đau bụng kéo dài, phát hiện ung thư - VnExpress", None),
            "Đau bụng kéo dài, phát hiện ung thư"
        );
        assert_eq!(
            strip_site_name("Chiến sự đẩy giá hoa nhập khẩu dịp 8-3 tăng mạnh", None),
            "Chiến sự đẩy giá hoa nhập khẩu dịp 8-3 tăng mạnh"
        );
    }

    #[test]
    fn a_lead_under_a_title_set_in_a_div_stands_before_the_main_container() {
        let paragraph = "<p>Bệnh viện cũng đã triển khai nhiều kỹ thuật mới, góp phần nâng cao chất lượng khám chữa bệnh cho nhân dân trong tỉnh.</p>";
        let page = parse(&format!(
            "<html><head><title>Bệnh viện tỉnh khai trương khoa mới | Báo Tỉnh Nhà</title></head><body>\
             <div class=\"title\">Bệnh viện tỉnh khai trương khoa mới</div>\
             <div class=\"lead\">Bệnh viện đa khoa tỉnh vừa đưa vào hoạt động khoa ung bướu với hai trăm giường bệnh.</div>\
             <div class=\"text\">{paragraph}{paragraph}{paragraph}{paragraph}{paragraph}{paragraph}</div>\
             <div class=\"more\">Xem thêm các tin khác về y tế và sức khỏe của người dân trong tỉnh.</div></body></html>"
        ));
        let dom = |start: &str| page.blocks.iter().find(|b| b.text.starts_with(start)).and_then(|b| b.dom.clone());
        assert!(dom("Bệnh viện đa khoa").is_some_and(|d| d.before_main && !d.in_main));
        assert!(dom("Xem thêm").is_some_and(|d| !d.before_main && !d.in_main), "below the container");
    }

    #[test]
    fn blocks_carry_dom_signals_and_the_main_container() {
        let page = parse(PAGE);
        let find = |start: &str| page.blocks.iter().find(|b| b.text.starts_with(start)).and_then(|b| b.dom.clone());
        let paragraph = find("Cụ thể").expect("paragraph block");
        assert!(paragraph.in_main);
        assert_eq!(paragraph.tag, "p");
        assert_eq!(paragraph.chrome_hint, None, "the sidebar hint on <body> does not count");
        let sapo = find("(Dân trí)").expect("lead block");
        assert!(sapo.in_main || sapo.before_main);
        let caption = find("Giá vàng hôm nay").expect("caption block");
        assert!(caption.caption);
        let related = find("Giá vàng tuần tới").expect("related block");
        assert_eq!(related.chrome_hint.as_deref(), Some("related"));
        assert!(related.link_density > 0.9);
        assert!(
            page.blocks.iter().all(|b| !b.text.contains("Trang chủ") && !b.text.contains("Bản quyền")),
            "nav and footer are skipped"
        );
        assert!(!find("Tin xem nhiều").is_some_and(|d| d.in_main), "the aside is not the article");
    }

    #[test]
    fn declared_charsets() {
        assert_eq!(declared_charset(b"<meta charset=\"windows-1256\">"), Some(encoding_rs::WINDOWS_1256));
        assert_eq!(
            declared_charset(b"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1258\">"),
            Some(encoding_rs::WINDOWS_1258)
        );
        assert_eq!(declared_charset(b"<p>no charset</p>"), None);
    }

    #[test]
    fn deeply_nested_markup_does_not_overflow() {
        // 1 MB of nested <div>, closed and unclosed
        let depth = 200_000;
        let text = "Đoạn văn bản nằm rất sâu trong trang.";
        let closed =
            format!("<html><body>{}<p>{text}</p>{}</body></html>", "<div>".repeat(depth), "</div>".repeat(depth));
        let unclosed = format!("<html><body>{}<p>{text}</p>", "<div>".repeat(depth));
        for page in [closed, unclosed] {
            let parsed = parse(&page);
            assert!(parsed.blocks.iter().any(|b| b.text.contains("rất sâu")));
        }
    }

    #[test]
    fn nesting_is_limited_without_losing_text() {
        assert_eq!(limit_nesting("<div><p>a</p></div>"), None);
        let deep = format!("{}x{}", "<div>".repeat(MAX_NESTING + 2), "</div>".repeat(MAX_NESTING + 2));
        let limited = limit_nesting(&deep).unwrap_or_default();
        assert_eq!(limited.matches("<div>").count(), MAX_NESTING);
        assert_eq!(limited.matches("</div>").count(), MAX_NESTING);
        assert!(limited.contains('x'));
        // tags inside scripts and comments do not count
        assert_eq!(
            limit_nesting(&format!("<script>{}</script><!-- {} -->", "<div>".repeat(600), "<div>".repeat(600))),
            None
        );
    }
}
