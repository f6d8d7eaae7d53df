//! Paragraphs and sentences of the prose.
//!
//! A paragraph is a run of lines inside one block with no blank line in
//! it; a sentence never crosses a paragraph. A sentence ends at `.`, `?`,
//! `!` (plus any closing quotes or brackets) followed by whitespace and a
//! character that is not a lowercase letter, except after an abbreviation
//! ("Mr.", "No.", "St."), after a single letter ("J. R. R.", "U.S.",
//! "a.m."), and at an ellipsis. News copy trips every one of these.

use crate::Span;

/// Titles and abbreviations that end in a period without ending a
/// sentence. Single letters ("U.S.", "p.m.", initials) are handled apart.
const ABBREVIATIONS: &[&str] = &[
    "Adm", "Apr", "Aug", "Ave", "Blvd", "Brig", "Bros", "Capt", "Cmdr", "Co", "Col", "Corp", "Cpl",
    "Dec", "Dept", "Dr", "Feb", "Fig", "Fr", "Ft", "Gen", "Gov", "Hon", "Inc", "Jan", "Jr", "Jul",
    "Jun", "Lt", "Ltd", "Maj", "Messrs", "Mr", "Mrs", "Ms", "Mt", "No", "Nos", "Nov", "Oct",
    "Pres", "Prof", "Pvt", "Rep", "Rev", "Sen", "Sep", "Sept", "Sgt", "Sr", "St", "Supt", "Univ",
    "Vol", "approx", "cf", "est", "vs",
];

/// Paragraph and sentence spans, in source order. Blocks out of range or
/// off a char boundary are clamped or skipped, never a panic.
pub fn segment(prose: &str, blocks: &[std::ops::Range<usize>]) -> (Vec<Span>, Vec<Span>) {
    let mut paragraphs = Vec::new();
    let mut sentences = Vec::new();
    for block in blocks {
        let end = block.end.min(prose.len());
        if block.start >= end
            || !prose.is_char_boundary(block.start)
            || !prose.is_char_boundary(end)
        {
            continue;
        }
        for paragraph in split_paragraphs(prose, block.start..end) {
            split_sentences(prose, paragraph.range(), &mut sentences);
            paragraphs.push(paragraph);
        }
    }
    (sentences, paragraphs)
}

fn split_paragraphs(prose: &str, range: std::ops::Range<usize>) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start = None;
    let mut last_end = range.start;
    let mut line_start = range.start;
    for line in prose[range.clone()].split_inclusive('\n') {
        let trimmed = line.trim();
        if trimmed.is_empty() {
            if let Some(s) = start.take() {
                out.push(Span::from_range(s..last_end));
            }
        } else {
            let lead = line.len() - line.trim_start().len();
            if start.is_none() {
                start = Some(line_start + lead);
            }
            last_end = line_start + lead + trimmed.len();
        }
        line_start += line.len();
    }
    if let Some(s) = start {
        out.push(Span::from_range(s..last_end));
    }
    out
}

fn is_closer(c: char) -> bool {
    matches!(c, '"' | '\'' | '’' | '”' | ')' | ']' | '»')
}

fn split_sentences(prose: &str, range: std::ops::Range<usize>, out: &mut Vec<Span>) {
    let text = &prose[range.clone()];
    let base = range.start;
    let mut start = 0;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if !matches!(c, '.' | '?' | '!' | '…') {
            continue;
        }
        let mut dots = usize::from(c == '.');
        let mut ellipsis = c == '…';
        let mut end = i + c.len_utf8();
        while let Some(&(j, d)) = chars.peek() {
            if matches!(d, '.' | '?' | '!' | '…') {
                dots += usize::from(d == '.');
                ellipsis |= d == '…';
            } else if !is_closer(d) {
                break;
            }
            end = j + d.len_utf8();
            chars.next();
        }
        let rest = &text[end..];
        let after = rest.trim_start();
        if after.len() == rest.len() && !after.is_empty() {
            continue; // no whitespace: "3.5", "U.S.-led", "e.g."
        }
        if ellipsis || dots >= 3 {
            continue;
        }
        if after.chars().next().is_some_and(char::is_lowercase) {
            continue;
        }
        if c == '.' && dots == 1 && abbreviation_ends_at(&text[start..i]) {
            continue;
        }
        push_trimmed(text, base, start..end, out);
        start = end;
    }
    push_trimmed(text, base, start..text.len(), out);
}

/// The text before a period ends with an abbreviation or a lone letter.
fn abbreviation_ends_at(before: &str) -> bool {
    let word_start = before
        .char_indices()
        .rev()
        .find(|&(_, c)| !c.is_alphanumeric())
        .map_or(0, |(i, c)| i + c.len_utf8());
    let word = &before[word_start..];
    let mut letters = word.chars();
    match (letters.next(), letters.next()) {
        (None, _) => false,
        (Some(c), None) => c.is_alphabetic(),
        _ => ABBREVIATIONS.contains(&word),
    }
}

fn push_trimmed(text: &str, base: usize, range: std::ops::Range<usize>, out: &mut Vec<Span>) {
    let piece = &text[range.clone()];
    let trimmed = piece.trim();
    if trimmed.is_empty() {
        return;
    }
    let lead = piece.len() - piece.trim_start().len();
    out.push(Span::new(base + range.start + lead, trimmed.len()));
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentences(text: &str) -> Vec<&str> {
        let whole = vec![0..text.len(), text.len()..text.len()];
        let (sentences, _) = segment(text, &whole);
        sentences.iter().map(|s| &text[s.range()]).collect()
    }

    #[test]
    fn abbreviations_initials_and_decimals_do_not_break() {
        assert_eq!(
            sentences(
                "Mr. Smith met Dr. Jones at 11 a.m. ET on St. Mark’s Road. \
                 The U.S. Army sent No. 2 unit, 3.5 miles away. \
                 J. R. R. Tolkien wrote it... Then he stopped."
            ),
            vec![
                "Mr. Smith met Dr. Jones at 11 a.m. ET on St. Mark’s Road.",
                "The U.S. Army sent No. 2 unit, 3.5 miles away.",
                "J. R. R. Tolkien wrote it... Then he stopped.",
            ]
        );
    }

    #[test]
    fn quotes_with_lowercase_attribution_stay_whole() {
        assert_eq!(
            sentences("“Who did it?” she asked. “Nobody!” He laughed.\u{a0}Fine."),
            vec![
                "“Who did it?” she asked.",
                "“Nobody!”",
                "He laughed.",
                "Fine."
            ]
        );
    }

    #[test]
    fn paragraphs_split_on_blank_lines_and_blocks() {
        let text = "One. Two.\n  \nThree\nstill three.\n\n\nFour.";
        let (sentences, paragraphs) = segment(text, &[0..19, 19..text.len()]);
        let paragraphs: Vec<&str> = paragraphs.iter().map(|s| &text[s.range()]).collect();
        assert_eq!(
            paragraphs,
            vec!["One. Two.", "Three", "still three.", "Four."]
        );
        assert_eq!(sentences.len(), 5);
    }
}
