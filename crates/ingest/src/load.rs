//! From a source to documents: read the bytes, refuse what isn't text,
//! then read the format.

use std::io::Read;
use std::path::Path;

use crate::discover::Source;
use crate::document::{Document, Format};
use crate::problem::{Problem, ProblemKind};
use crate::{corpus, header, markdown, mask};

/// How to read inputs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Options {
    /// Inputs bigger than this are refused unread.
    pub max_bytes: u64,
    /// Which CSV columns hold what.
    pub csv: CsvColumns,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            max_bytes: 64 * 1024 * 1024,
            csv: CsvColumns::default(),
        }
    }
}

/// CSV header names for each field a record may carry. Only `text` must be
/// present.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CsvColumns {
    /// Names the record (`FILE#ID`) and fills `Document::url`.
    pub id: String,
    pub date: String,
    pub title: String,
    pub text: String,
}

impl Default for CsvColumns {
    fn default() -> CsvColumns {
        CsvColumns {
            id: "url".to_owned(),
            date: "date".to_owned(),
            title: "title".to_owned(),
            text: "text".to_owned(),
        }
    }
}

/// What one source gave: its documents (many for a corpus) and its
/// problems (a corpus may have some bad records and still load the rest).
#[derive(Debug, Default)]
pub struct Loaded {
    pub documents: Vec<Document>,
    pub problems: Vec<Problem>,
}

impl Loaded {
    fn problem(problem: Problem) -> Loaded {
        Loaded {
            documents: Vec::new(),
            problems: vec![problem],
        }
    }
}

/// Reads one source into documents. Never panics on bad input: whatever
/// can't be read is a [`Problem`] in the result.
pub fn load(source: &Source, options: &Options) -> Loaded {
    let name = source.name();
    let bytes = match source {
        Source::Stdin => read_limited(&name, std::io::stdin().lock(), options.max_bytes),
        Source::File(path) => read_file(&name, path, options.max_bytes),
    };
    let path = match source {
        Source::Stdin => None,
        Source::File(path) => Some(path.as_path()),
    };
    match bytes {
        Ok(bytes) => parse(&name, path, source.format(), bytes, options),
        Err(problem) => Loaded::problem(problem),
    }
}

/// Reads the documents in `bytes`, which came from `name`.
pub(crate) fn parse(
    name: &str,
    path: Option<&Path>,
    format: Format,
    bytes: Vec<u8>,
    options: &Options,
) -> Loaded {
    let text = match decode(name, bytes) {
        Ok(text) => text,
        Err(problem) => return Loaded::problem(problem),
    };
    let mut loaded = match format {
        Format::Text | Format::Markdown => article(name, format, text),
        Format::JsonLines => corpus::json_lines(name, &text),
        Format::Csv => corpus::csv(name, &text, &options.csv),
    };
    for document in &mut loaded.documents {
        document.path = path.map(Path::to_path_buf);
    }
    loaded
}

/// A single article in text or Markdown.
fn article(name: &str, format: Format, text: String) -> Loaded {
    let mut loaded = Loaded::default();
    let header = match header::read(name, &text, &mut loaded.problems) {
        Ok(header) => header,
        Err(problem) => {
            loaded.problems.push(problem);
            return loaded;
        }
    };
    let mut document = if format == Format::Markdown {
        let markdown = markdown::read(&text, header.body);
        let prose = mask::prose(&text, &markdown.kept);
        let mut document = Document::new(name.to_owned(), format, text, prose, markdown.blocks);
        document.comments = markdown.comments;
        document
    } else {
        Document::plain(name.to_owned(), text, header.body)
    };
    document.dateline = header.date;
    document.title = header.title;
    document.url = header.url;
    document.ignores = header.ignores;
    match empty(name, &document) {
        Some(problem) => loaded.problems.push(problem),
        None => loaded.documents.push(document),
    }
    loaded
}

/// The problem with a document that has no article text, if it has none.
pub(crate) fn empty(name: &str, document: &Document) -> Option<Problem> {
    if !mask::is_blank(&document.prose) {
        return None;
    }
    let source = &document.source[header::bom_len(&document.source)..];
    Some(if source.trim().is_empty() {
        blank(name)
    } else {
        Problem::new(
            name,
            ProblemKind::Empty,
            "no article text: only metadata or markup",
        )
        .help("give the article's text after any dateline or front matter")
    })
}

fn blank(name: &str) -> Problem {
    Problem::new(
        name,
        ProblemKind::Empty,
        "no text: empty or only whitespace",
    )
    .help("give the article's text")
}

fn read_file(name: &str, path: &Path, max_bytes: u64) -> Result<Vec<u8>, Problem> {
    let file = std::fs::File::open(path).map_err(|error| io_problem(name, &error))?;
    // Refuse a big file before reading any of it; `read_limited` still
    // guards files whose size the metadata doesn't tell (pipes, /proc).
    if let Ok(metadata) = file.metadata()
        && metadata.len() > max_bytes
    {
        return Err(too_large(name, Some(metadata.len()), max_bytes));
    }
    read_limited(name, file, max_bytes)
}

fn read_limited(name: &str, reader: impl Read, max_bytes: u64) -> Result<Vec<u8>, Problem> {
    let mut bytes = Vec::new();
    reader
        .take(max_bytes.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(|error| io_problem(name, &error))?;
    if bytes.len() as u64 > max_bytes {
        return Err(too_large(name, None, max_bytes));
    }
    Ok(bytes)
}

fn io_problem(name: &str, error: &std::io::Error) -> Problem {
    if error.kind() == std::io::ErrorKind::NotFound {
        return Problem::not_found(name.to_owned());
    }
    Problem::new(
        name,
        ProblemKind::Unreadable,
        format!("cannot read: {error}"),
    )
    .help("check that the path is a readable file")
}

fn too_large(name: &str, size: Option<u64>, max_bytes: u64) -> Problem {
    let size = size
        .map(|size| format!(" ({})", bytes(size)))
        .unwrap_or_default();
    Problem::new(
        name,
        ProblemKind::TooLarge,
        format!("the input{size} is over the limit of {}", bytes(max_bytes)),
    )
    .help("raise the limit with `--max-bytes` (a number of bytes), or split the input")
}

/// A byte count for people: exact bytes, plus MiB when that is clearer.
fn bytes(count: u64) -> String {
    const MIB: u64 = 1024 * 1024;
    if count >= MIB {
        format!("{count} bytes ({:.1} MiB)", count as f64 / MIB as f64)
    } else {
        format!("{count} bytes")
    }
}

/// How far into a file to look for a NUL byte before calling it binary.
const BINARY_SNIFF: usize = 8 * 1024;

fn decode(name: &str, bytes: Vec<u8>) -> Result<String, Problem> {
    if bytes.is_empty() {
        return Err(blank(name));
    }
    let head = &bytes[..bytes.len().min(BINARY_SNIFF)];
    if let Some(nul) = memchr::memchr(0, head) {
        let help = if head.starts_with(&[0xff, 0xfe]) || head.starts_with(&[0xfe, 0xff]) {
            "this looks like UTF-16 text: convert it to UTF-8"
        } else {
            "tally reads UTF-8 text; is this the file you meant?"
        };
        return Err(Problem::new(
            name,
            ProblemKind::Binary,
            format!("binary data: a NUL byte at byte offset {nul}"),
        )
        .help(help));
    }
    let text = String::from_utf8(bytes).map_err(|error| {
        let bytes = error.as_bytes();
        let offset = error.utf8_error().valid_up_to();
        // Everything before `offset` is valid, so it can be counted in chars.
        let valid = std::str::from_utf8(&bytes[..offset]).unwrap_or_default();
        let (line, column) = mask::line_column(valid, offset);
        Problem::new(
            name,
            ProblemKind::InvalidUtf8,
            format!(
                "not UTF-8: byte 0x{:02x} at byte offset {offset} (line {line}, column {column})",
                bytes[offset]
            ),
        )
        .help("convert the file to UTF-8 (e.g. `iconv -f WINDOWS-1252 -t UTF-8`)")
    })?;
    // Checked here too, so a corpus of blank lines is "empty", not "malformed".
    if text[header::bom_len(&text)..].trim().is_empty() {
        return Err(blank(name));
    }
    Ok(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stdin_is_text_with_front_matter_and_dateline() {
        let input = "---\ntitle: Piped\n---\n date 2020-10-10 Nine boats left.\n";
        let loaded = parse(
            "<stdin>",
            None,
            Format::Text,
            input.into(),
            &Options::default(),
        );
        assert!(loaded.problems.is_empty(), "{:?}", loaded.problems);
        let document = &loaded.documents[0];
        assert_eq!(document.name, "<stdin>");
        assert_eq!(document.path, None);
        assert_eq!(document.title.as_deref(), Some("Piped"));
        assert_eq!(document.dateline, Some(jiff::civil::date(2020, 10, 10)));
        assert_eq!(document.prose.trim(), "Nine boats left.");
    }

    #[test]
    fn reading_stops_one_byte_past_the_limit() {
        let endless = std::io::repeat(b'x');
        let problem = read_limited("<stdin>", endless, 100).unwrap_err();
        assert_eq!(problem.kind, ProblemKind::TooLarge);
        assert!(problem.message.contains("100 bytes"), "{}", problem.message);
    }

    #[test]
    fn sizes_read_in_mebibytes_when_large() {
        assert_eq!(bytes(512), "512 bytes");
        assert_eq!(bytes(64 * 1024 * 1024), "67108864 bytes (64.0 MiB)");
    }
}
