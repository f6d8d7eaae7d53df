//! Where a span is, in the terms each report format uses.

use std::ops::Range;
use std::path::Path;

use tally_ingest::Document;

use crate::position::{Lines, Position};

/// Positions of spans in one document.
pub struct Places<'a> {
    source: &'a str,
    lines: Lines<'a>,
}

/// A span as lines and columns (the end is exclusive, as SARIF's
/// `endColumn` is), its bytes, and the text it covers.
pub struct Place {
    pub start: Position,
    pub end: Position,
    pub bytes: Range<usize>,
    pub snippet: String,
}

impl<'a> Places<'a> {
    pub fn new(document: &'a Document) -> Places<'a> {
        Places {
            source: &document.source,
            lines: Lines::new(&document.source),
        }
    }

    pub fn region(&self, bytes: Range<usize>) -> Place {
        let snippet = self
            .source
            .get(bytes.clone())
            .unwrap_or_default()
            .to_string();
        Place {
            start: self.lines.position(bytes.start),
            end: self.lines.position(bytes.end),
            bytes,
            snippet,
        }
    }
}

/// A file's URI relative to `cwd` when it lies under it (or was named
/// relative), else an absolute `file://` URI. Separators are `/`.
pub fn relative_uri(path: &Path, cwd: &Path) -> String {
    if path.is_absolute() {
        match path.strip_prefix(cwd) {
            Ok(inside) => encode(&slashed(inside)),
            Err(_) => file_uri(path),
        }
    } else {
        encode(&slashed(path))
    }
}

/// The path as a CI log names it: relative to `cwd` when under it.
pub fn display_path(path: &Path, cwd: &Path) -> String {
    match path.strip_prefix(cwd) {
        Ok(inside) => slashed(inside),
        Err(_) => slashed(path),
    }
}

pub fn file_uri(path: &Path) -> String {
    let path = slashed(path);
    let path = if path.starts_with('/') {
        path
    } else {
        format!("/{path}")
    };
    format!("file://{}", encode(&path))
}

fn slashed(path: &Path) -> String {
    let text = path.to_string_lossy().replace('\\', "/");
    text.strip_prefix("./").unwrap_or(&text).to_string()
}

/// Percent-encodes everything but unreserved characters and `/` (RFC 3986).
fn encode(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    for byte in path.bytes() {
        if byte.is_ascii_alphanumeric() || b"-._~/".contains(&byte) {
            out.push(byte as char);
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uris_are_relative_inside_the_working_directory_and_encoded() {
        let cwd = Path::new("/home/ed/news");
        assert_eq!(
            relative_uri(Path::new("/home/ed/news/a b/ü.md"), cwd),
            "a%20b/%C3%BC.md"
        );
        assert_eq!(relative_uri(Path::new("./x/y.txt"), cwd), "x/y.txt");
        assert_eq!(
            relative_uri(Path::new("/srv/z#1.txt"), cwd),
            "file:///srv/z%231.txt"
        );
    }
}
