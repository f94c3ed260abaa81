//! Headline: the title line above the article's first paragraph.
//!
//! Pages print the title once in the header and often again right above
//! the text (or as a caption); a title-like line that the page repeats is
//! the headline. Otherwise it is the nearest title-like line before the
//! first paragraph, after the header chrome (menus, banners, date lines,
//! share buttons) has been set aside. A page whose text starts straight
//! with the article has no headline to report.

use crate::blocks::Block;
use crate::boilerplate::{Features, Page};

/// Headlines run 3 to 40 words: shorter lines are menu entries and
/// labels, longer ones are paragraphs.
const HEADLINE_MIN_WORDS: usize = 3;
const HEADLINE_MAX_WORDS: usize = 40;

/// Whether a block could be a headline.
fn is_title_like(block: &Block, f: &Features) -> bool {
    (HEADLINE_MIN_WORDS..=HEADLINE_MAX_WORDS).contains(&f.words)
        && !f.cue
        && !f.counter
        && !f.banner
        && !f.image_file
        && !f.date_line
        && !f.end_marker
        && !f.byline_cue
        && !f.prose
        && f.repeats < 3
        && !block.text.ends_with(':')
        && !block.from_flattened_line
}

/// Chooses the headline block among those before the article.
pub fn choose(blocks: &[Block], page: &Page) -> Option<usize> {
    let before = page.start.unwrap_or(blocks.len());
    let candidates: Vec<usize> = (0..before).filter(|&i| is_title_like(&blocks[i], &page.features[i])).collect();
    candidates.iter().copied().find(|&i| page.features[i].repeats >= 2).or_else(|| candidates.last().copied())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Language;
    use crate::{blocks, boilerplate};

    fn headline(text: &str) -> Option<String> {
        let blocks = blocks::from_text(text, &[]);
        let page = boilerplate::classify(&blocks, Language::Vietnamese.data());
        choose(&blocks, &page).map(|i| blocks[i].text.clone())
    }

    const PARAGRAPH: &str =
        "Trong năm qua, bệnh viện đã thực hiện hơn một nghìn ca phẫu thuật và được người dân đánh giá cao.";

    #[test]
    fn the_title_above_the_text_after_header_chrome() {
        let page = format!(
            "CHÀO MỪNG ĐẾN VỚI CỔNG THÔNG TIN ĐIỆN TỬ\nA- A A+ | Tăng tương phản\nBệnh viện tổng kết công tác năm\n28/02/2024 1:38:16 CH\nShare Bai :\n{PARAGRAPH}"
        );
        assert_eq!(headline(&page).as_deref(), Some("Bệnh viện tổng kết công tác năm"));
    }

    #[test]
    fn a_repeated_title_wins() {
        let page = format!(
            "Bệnh viện tổng kết công tác năm\nMục tin tức tỉnh nhà\n{PARAGRAPH}\nBệnh viện tổng kết công tác năm"
        );
        assert_eq!(headline(&page).as_deref(), Some("Bệnh viện tổng kết công tác năm"));
    }

    #[test]
    fn no_title_no_headline() {
        assert_eq!(headline(PARAGRAPH), None);
    }
}
