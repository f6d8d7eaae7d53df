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
            Event::Text(_) if hidden == 0 => {
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
