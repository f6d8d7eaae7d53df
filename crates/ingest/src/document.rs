use std::path::PathBuf;

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
    pub title: Option<String>,
    pub url: Option<String>,
}

/// The shape an input was read as.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Format {
    Text,
    Markdown,
    JsonLines,
    Csv,
}

impl Document {
    /// A plain-text document from a string (as for a rule's own tests):
    /// a leading `date YYYY-MM-DD` dateline is recognised and masked.
    pub fn from_text(name: impl Into<String>, text: impl Into<String>) -> Document {
        let source = text.into();
        let prose = source.clone();
        Document {
            name: name.into(),
            path: None,
            format: Format::Text,
            source,
            blocks: vec![0..prose.len()],
            prose,
            dateline: None,
            title: None,
            url: None,
        }
    }
}
