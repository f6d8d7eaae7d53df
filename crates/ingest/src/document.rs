use std::path::{Path, PathBuf};

use crate::{header, mask};

/// One article, ready for extraction.
#[derive(Clone, Debug)]
pub struct Document {
    /// What reports call it: a path as the user named it (relative to the
    /// working directory where possible), `<stdin>`, or `FILE#ID` for a
    /// corpus record.
    pub name: String,
    /// The file on disk this document came from, if any.
    pub path: Option<PathBuf>,
    /// How the text was read.
    pub format: Format,
    /// The text that spans index: the whole file as read (BOM and all), or a
    /// corpus record's own text.
    pub source: String,
    /// `source` with every byte that is not article text replaced by an
    /// ASCII space (newlines are kept, so paragraphs survive). Always exactly
    /// as long as `source`, and valid UTF-8 on the same char boundaries.
    pub prose: String,
    /// Block-level ranges of the source (paragraphs, headings, list items,
    /// corpus paragraphs), in order. A sentence never crosses a block end;
    /// this is how Markdown structure reaches the segmenter without
    /// changing offsets.
    pub blocks: Vec<std::ops::Range<usize>>,
    /// The story's date: a `date YYYY-MM-DD` dateline, front matter `date`,
    /// or a corpus record's date column.
    pub dateline: Option<jiff::civil::Date>,
    /// Front matter `title`, or a corpus record's title.
    pub title: Option<String>,
    /// Front matter `url` (or `source`), or a corpus record's url.
    pub url: Option<String>,
    /// Markdown HTML comments: each one's range (`<!--` to `-->`) and its
    /// trimmed inner text, in order. Empty for other formats.
    pub comments: Vec<(std::ops::Range<usize>, String)>,
    /// Front matter `tally-ignore` entries (`RULE-ID: reason`), which
    /// accept a rule's findings for the whole article: each entry's range in
    /// the front matter and its text.
    pub ignores: Vec<(std::ops::Range<usize>, String)>,
}

/// The shape an input was read as.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Format {
    Text,
    Markdown,
    JsonLines,
    Csv,
}

impl Format {
    /// The format a file is read as, by its extension (case-insensitive);
    /// anything unknown is plain text.
    pub fn of_path(path: &Path) -> Format {
        let extension = path
            .extension()
            .and_then(|e| e.to_str())
            .unwrap_or_default()
            .to_ascii_lowercase();
        match extension.as_str() {
            "md" | "markdown" => Format::Markdown,
            "jsonl" | "ndjson" => Format::JsonLines,
            "csv" => Format::Csv,
            _ => Format::Text,
        }
    }
}

impl Document {
    /// A plain-text document from a string (as for a rule's own tests):
    /// a leading `date YYYY-MM-DD` dateline is recognised and masked (an
    /// impossible date is masked too, leaving `dateline` empty). Front
    /// matter is not read here; [`crate::load`] reads it.
    pub fn from_text(name: impl Into<String>, text: impl Into<String>) -> Document {
        let source = text.into();
        let start = header::bom_len(&source);
        let (body, dateline) = match header::find_dateline(&source[start..]) {
            Some(line) => (start + line.end, line.date.ok()),
            None => (start, None),
        };
        let mut document = Document::plain(name.into(), source, body);
        document.dateline = dateline;
        document
    }

    /// A text document whose article starts at byte `body` of `source`;
    /// paragraphs are its blocks.
    pub(crate) fn plain(name: String, source: String, body: usize) -> Document {
        let prose = mask::prose(&source, std::slice::from_ref(&(body..source.len())));
        let blocks = mask::paragraphs(&prose);
        Document::new(name, Format::Text, source, prose, blocks)
    }

    pub(crate) fn new(
        name: String,
        format: Format,
        source: String,
        prose: String,
        blocks: Vec<std::ops::Range<usize>>,
    ) -> Document {
        Document {
            name,
            path: None,
            format,
            blocks,
            source,
            prose,
            dateline: None,
            title: None,
            url: None,
            comments: Vec::new(),
            ignores: Vec::new(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn from_text_masks_the_dateline_and_splits_paragraphs() {
        let document = Document::from_text("t", " date 2021-07-04 First 1.\n\nSecond 2.");
        assert_eq!(document.dateline, Some(jiff::civil::date(2021, 7, 4)));
        assert_eq!(
            document.prose,
            format!("{}First 1.\n\nSecond 2.", " ".repeat(17))
        );
        assert_eq!(document.blocks, [17..25, 27..36]);
    }

    #[test]
    fn from_text_masks_an_impossible_dateline_without_a_date() {
        let document = Document::from_text("t", "date 2021-02-29 Text.");
        assert_eq!(document.dateline, None);
        assert_eq!(document.prose.trim(), "Text.");
    }
}
