//! The prose mask: which bytes of a source are article text.

use std::ops::Range;

/// `source` with every byte outside `kept` replaced by a space, except
/// newlines (kept so paragraphs and line numbers survive). A carriage return
/// is never prose. `kept` must be sorted and disjoint.
///
/// Ranges are widened to char boundaries, so a char is either kept whole or
/// becomes as many spaces as it has bytes: the result is valid UTF-8 with
/// the same boundaries as `source`.
pub(crate) fn prose(source: &str, kept: &[Range<usize>]) -> String {
    let mut bytes = vec![b' '; source.len()];
    for range in kept {
        let range = widen(source, range.clone());
        bytes[range.clone()].copy_from_slice(&source.as_bytes()[range]);
    }
    for index in memchr::memchr2_iter(b'\n', b'\r', source.as_bytes()) {
        bytes[index] = if source.as_bytes()[index] == b'\n' {
            b'\n'
        } else {
            b' '
        };
    }
    // Every byte is either copied from `source` in whole chars or ASCII.
    String::from_utf8(bytes).expect("masking whole chars keeps UTF-8 valid")
}

fn widen(source: &str, range: Range<usize>) -> Range<usize> {
    let mut start = range.start.min(source.len());
    let mut end = range.end.min(source.len());
    while !source.is_char_boundary(start) {
        start -= 1;
    }
    while !source.is_char_boundary(end) {
        end += 1;
    }
    start..end
}

/// Paragraphs of `prose`: runs of lines separated by blank lines (lines
/// with only whitespace), each trimmed to its first and last non-space
/// byte. Masked bytes are spaces, so metadata never forms a paragraph.
pub(crate) fn paragraphs(prose: &str) -> Vec<Range<usize>> {
    let mut blocks = Vec::new();
    let mut current: Option<Range<usize>> = None;
    let mut line_start = 0;
    for line in prose.split_inclusive('\n') {
        let content = line.trim();
        if content.is_empty() {
            blocks.extend(current.take());
        } else {
            let start = line_start + (line.len() - line.trim_start().len());
            let end = line_start + line.trim_end().len();
            current = Some(match current {
                Some(open) => open.start..end,
                None => start..end,
            });
        }
        line_start += line.len();
    }
    blocks.extend(current);
    blocks
}

/// True when nothing but whitespace is left: the input has no article.
pub(crate) fn is_blank(prose: &str) -> bool {
    prose.trim().is_empty()
}

/// 1-based line and column (in chars) of byte `offset` in `text`, which
/// must be a char boundary.
pub(crate) fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let before = &text[..offset];
    let line = memchr::memchr_iter(b'\n', before.as_bytes()).count() + 1;
    let line_start = memchr::memrchr(b'\n', before.as_bytes()).map_or(0, |i| i + 1);
    (line, before[line_start..].chars().count() + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn masked_multibyte_chars_become_one_space_per_byte() {
        let source = "ab\u{201c}cd\u{201d}é\r\nx";
        // Keep "ab" and "x" only; a range that cuts into a char is widened.
        let prose = prose(source, &[0..2, 14..15]);
        assert_eq!(prose.len(), source.len());
        assert_eq!(prose, format!("ab{}\nx", " ".repeat(11)));
    }

    #[test]
    fn a_range_ending_inside_a_char_keeps_the_whole_char() {
        let source = "n\u{e9}e";
        assert_eq!(prose(source, std::slice::from_ref(&(0..2))), "n\u{e9} ");
    }

    #[test]
    fn paragraphs_are_split_by_whitespace_only_lines() {
        let text = "  one\nstill one  \n \t\ntwo\n\n\n three \n";
        let blocks = paragraphs(text);
        let got: Vec<&str> = blocks.iter().map(|r| &text[r.clone()]).collect();
        assert_eq!(got, ["one\nstill one", "two", "three"]);
    }

    #[test]
    fn line_and_column_count_chars_not_bytes() {
        let text = "first\n\u{e9}t\u{e9} x";
        assert_eq!(line_column(text, 0), (1, 1));
        assert_eq!(line_column(text, 6), (2, 1));
        let x = text.find('x').unwrap();
        assert_eq!(line_column(text, x), (2, 5));
    }
}
