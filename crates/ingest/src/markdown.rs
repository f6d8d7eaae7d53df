//! Markdown: which bytes are text, where blocks end, and the HTML comments.

use std::ops::Range;

use pulldown_cmark::{Event, LinkType, Options, Parser, Tag, TagEnd};

pub(crate) struct Markdown {
    /// Byte ranges of text events, sorted and disjoint.
    pub kept: Vec<Range<usize>>,
    /// One range per run of text inside a paragraph, heading, list item or
    /// table cell; sorted and disjoint.
    pub blocks: Vec<Range<usize>>,
    /// Each HTML comment's range (`<!--` to `-->`) and its trimmed text.
    pub comments: Vec<(Range<usize>, String)>,
}

/// Reads `source[body..]` as CommonMark (with tables, strikethrough and
/// footnotes); every range returned indexes `source`.
///
/// Only text events are kept: markup, link destinations, code, images'
/// alt text and HTML never reach prose. Text inside code blocks, images and
/// autolinks (whose text *is* the URL) is dropped too.
pub(crate) fn read(source: &str, body: usize) -> Markdown {
    let options =
        Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH | Options::ENABLE_FOOTNOTES;
    let mut markdown = Markdown {
        kept: Vec::new(),
        blocks: Vec::new(),
        comments: Vec::new(),
    };
    let mut html: Vec<Range<usize>> = Vec::new();
    // Depth inside elements whose text is not prose.
    let mut hidden = 0usize;
    // For each open link, whether it is an autolink (and so hidden).
    let mut links: Vec<bool> = Vec::new();
    let mut run: Option<Range<usize>> = None;
    for (event, range) in Parser::new_ext(&source[body..], options).into_offset_iter() {
        let range = range.start + body..range.end + body;
        match event {
            // An entity (`&amp;`) is markup for a char prose can't hold
            // at the same offsets: mask it rather than keep the markup.
            Event::Text(text) if hidden == 0 && !is_entity(&text, &source[range.clone()]) => {
                run = Some(match run {
                    Some(open) => open.start..range.end,
                    None => range.clone(),
                });
                markdown.kept.push(range);
            }
            Event::Start(tag) => {
                if is_block(&tag) {
                    markdown.blocks.extend(run.take());
                }
                match tag {
                    Tag::CodeBlock(_) | Tag::Image { .. } => hidden += 1,
                    Tag::Link { link_type, .. } => {
                        let autolink = is_autolink(link_type);
                        hidden += usize::from(autolink);
                        links.push(autolink);
                    }
                    Tag::HtmlBlock => html.push(range),
                    _ => {}
                }
            }
            Event::End(tag) => {
                if is_block_end(tag) {
                    markdown.blocks.extend(run.take());
                }
                let shown_again = match tag {
                    TagEnd::CodeBlock | TagEnd::Image => true,
                    TagEnd::Link => links.pop().unwrap_or(false),
                    _ => false,
                };
                if shown_again {
                    hidden = hidden.saturating_sub(1);
                }
            }
            Event::InlineHtml(_) => html.push(range),
            _ => {}
        }
    }
    markdown.blocks.extend(run);
    markdown.kept.sort_by_key(|r| r.start);
    markdown.comments = comments(source, &html);
    markdown
}

fn is_entity(text: &str, raw: &str) -> bool {
    raw.starts_with('&') && text != raw
}

/// An autolink's text is its URL: not prose.
fn is_autolink(link_type: LinkType) -> bool {
    matches!(link_type, LinkType::Autolink | LinkType::Email)
}

/// Elements that start a new block of text. Inline elements (emphasis,
/// links, ...) don't: their text runs on in the enclosing block.
fn is_block(tag: &Tag) -> bool {
    !matches!(
        tag,
        Tag::Emphasis
            | Tag::Strong
            | Tag::Strikethrough
            | Tag::Link { .. }
            | Tag::Image { .. }
            | Tag::Superscript
            | Tag::Subscript
    )
}

fn is_block_end(tag: TagEnd) -> bool {
    !matches!(
        tag,
        TagEnd::Emphasis
            | TagEnd::Strong
            | TagEnd::Strikethrough
            | TagEnd::Link
            | TagEnd::Image
            | TagEnd::Superscript
            | TagEnd::Subscript
    )
}

/// The `<!-- ... -->` comments opened inside HTML ranges. A comment may
/// run past the event that opens it (over several lines), so its close is
/// searched in the source.
fn comments(source: &str, html: &[Range<usize>]) -> Vec<(Range<usize>, String)> {
    let mut found = Vec::new();
    for range in html {
        let mut at = range.start;
        while let Some(open) = source.get(at..range.end).and_then(|s| s.find("<!--")) {
            let start = at + open;
            let inner = start + "<!--".len();
            let Some(close) = source[inner..].find("-->") else {
                break;
            };
            let end = inner + close + "-->".len();
            found.push((start..end, source[inner..inner + close].trim().to_owned()));
            at = end;
        }
    }
    found.sort_by_key(|(range, _)| range.start);
    found.dedup_by_key(|(range, _)| range.start);
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts<'a>(source: &'a str, ranges: &[Range<usize>]) -> Vec<&'a str> {
        ranges.iter().map(|r| &source[r.clone()]).collect()
    }

    fn kept(source: &str) -> Vec<&str> {
        texts(source, &read(source, 0).kept)
    }

    fn blocks(source: &str) -> Vec<&str> {
        texts(source, &read(source, 0).blocks)
    }

    #[test]
    fn escapes_keep_the_char_and_entities_are_masked() {
        assert_eq!(kept(r"paid \*5\* AT&amp;T"), ["paid ", "*5", "* AT", "T"]);
    }

    #[test]
    fn nested_and_loose_list_items_are_separate_blocks() {
        assert_eq!(blocks("- a 1\n  - b 2\n- c 3\n"), ["a 1", "b 2", "c 3"]);
        assert_eq!(
            blocks("- a 1\n\n  more 2\n- c 3\n"),
            ["a 1", "more 2", "c 3"]
        );
    }

    #[test]
    fn heading_underlines_and_list_numbers_are_masked() {
        let source = "Votes cast\n==========\n\n1. First 10\n2) Second 20\n";
        assert_eq!(kept(source), ["Votes cast", "First 10", "Second 20"]);
        assert_eq!(blocks(source), ["Votes cast", "First 10", "Second 20"]);
    }

    #[test]
    fn block_quote_markers_are_masked_inside_one_block() {
        let source = "> quoted 5\n> more 6\n\nout 7";
        assert_eq!(kept(source), ["quoted 5", "more 6", "out 7"]);
        assert_eq!(blocks(source), ["quoted 5\n> more 6", "out 7"]);
    }

    #[test]
    fn footnote_markers_are_masked_and_notes_are_blocks() {
        let source = "Rates rose[^1].\n\n[^1]: By 2 points.\n";
        assert_eq!(kept(source), ["Rates rose", ".", "By 2 points."]);
        assert_eq!(blocks(source), ["Rates rose[^1].", "By 2 points."]);
    }

    #[test]
    fn links_inside_image_alt_text_stay_hidden() {
        assert_eq!(kept("![a [b](c) d](e) f 4"), [" f 4"]);
        assert_eq!(
            kept("<https://example.org/9> nine [site](https://x.org/1)"),
            [" nine ", "site"]
        );
    }

    #[test]
    fn hard_breaks_are_masked_but_do_not_end_the_block() {
        assert_eq!(blocks("a 1  \nb 2\\\nc 3"), ["a 1  \nb 2\\\nc 3"]);
        assert_eq!(kept("a 1  \nb 2\\\nc 3"), ["a 1", "b 2", "c 3"]);
    }

    #[test]
    fn ranges_are_offset_by_the_body_start() {
        let source = "---\nx: 1\n---\nWord 5";
        let body = source.find("Word").unwrap();
        let markdown = read(source, body);
        assert_eq!(texts(source, &markdown.kept), ["Word 5"]);
        assert_eq!(texts(source, &markdown.blocks), ["Word 5"]);
    }
}
