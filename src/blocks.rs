//! Stage 2: text → ordered blocks. A block is one line of the source with
//! its whitespace collapsed, remembering where it stood (line number, how
//! many empty lines came before it). A line that holds a whole flattened
//! page is cut into sentences so that the later stages, which decide block
//! by block, still see units of a sensible size.

use crate::text;

/// One unit of the document the classifier labels.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Block {
    /// The text, whitespace collapsed.
    pub text: String,
    /// 1-based line of the source the block comes from.
    pub line: usize,
    /// Empty lines right before this block. Crawlers render an image as an
    /// empty line, so a larger gap often sets a caption apart.
    pub gap_before: usize,
    /// Whether the block is a sentence cut out of a flattened line.
    pub from_flattened_line: bool,
}

/// A line at least this long (in characters) may be a flattened page
/// rather than a paragraph. Real news paragraphs stay under about 1,200
/// characters (150 words); the flattened pages of the development set run
/// from 1,500 to 17,000.
const FLATTENED_MIN_CHARS: usize = 1_500;

/// …and it must hold at least this many sentences: a long paragraph has a
/// handful, a flattened page dozens.
const FLATTENED_MIN_SENTENCES: usize = 8;

/// Splits text into blocks. `abbreviations` keeps sentence splitting from
/// cutting after `TP.` and the like.
pub fn from_text(text: &str, abbreviations: &[&str]) -> Vec<Block> {
    let mut blocks = Vec::new();
    let mut gap = 0;
    for (index, raw_line) in text.split('\n').enumerate() {
        let line = text::collapse_whitespace(raw_line);
        if line.is_empty() {
            gap += 1;
            continue;
        }
        let line_number = index + 1;
        let sentences = if line.chars().count() >= FLATTENED_MIN_CHARS {
            text::sentences(&line, abbreviations)
        } else {
            Vec::new()
        };
        if sentences.len() >= FLATTENED_MIN_SENTENCES {
            for (n, (start, end)) in sentences.into_iter().enumerate() {
                blocks.push(Block {
                    text: line[start..end].to_owned(),
                    line: line_number,
                    gap_before: if n == 0 { gap } else { 0 },
                    from_flattened_line: true,
                });
            }
        } else {
            blocks.push(Block { text: line, line: line_number, gap_before: gap, from_flattened_line: false });
        }
        gap = 0;
    }
    blocks
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_become_blocks_with_gaps() {
        let blocks = from_text("Tiêu đề\n\n\n  Đoạn   một.  \nĐoạn hai.\n", &[]);
        let summary: Vec<(&str, usize, usize)> =
            blocks.iter().map(|b| (b.text.as_str(), b.line, b.gap_before)).collect();
        assert_eq!(summary, [("Tiêu đề", 1, 0), ("Đoạn một.", 4, 2), ("Đoạn hai.", 5, 0)]);
    }

    #[test]
    fn a_flattened_page_is_cut_into_sentences() {
        let sentence = "Đây là một câu khá dài để kiểm tra việc tách câu trong trang bị ép phẳng thành một dòng. ";
        let flattened = sentence.repeat(20);
        let blocks = from_text(&format!("Tiêu đề\n{flattened}"), &[]);
        assert_eq!(blocks.len(), 21);
        assert!(blocks[1..].iter().all(|b| b.from_flattened_line && b.line == 2));
        assert_eq!(blocks[1].text, sentence.trim());
    }

    #[test]
    fn a_long_paragraph_with_few_sentences_stays_whole() {
        let paragraph = format!("{} kết thúc.", "từ ".repeat(600));
        assert_eq!(from_text(&paragraph, &[]).len(), 1);
    }
}
