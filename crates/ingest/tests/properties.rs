//! Properties of loading any bytes in any of the formats tally reads: it
//! never panics, every input yields a document or a problem (nothing is
//! skipped silently), and every document keeps the invariants the rest of
//! the pipeline indexes by: `prose` as long as `source`, and comment,
//! suppression and block ranges inside the source on character boundaries.

use proptest::prelude::*;
use tally_ingest::{Document, Options, Source, load};

/// Fragments of the shapes ingestion has to tell apart (front matter,
/// datelines, Markdown, JSON, CSV quoting, BOMs, CRLF), so that random
/// inputs get past the first check instead of all being "not UTF-8".
const PIECES: &[&str] = &[
    "---\n",
    "date: 2025-05-19\n",
    "title: A\n",
    "tally-ignore:\n  - general/margin: ok\n",
    "date: not-a-date\n",
    " date 2025-05-19 ",
    "\u{feff}",
    "\r\n",
    "\n\n",
    "# Heading\n",
    "*emphasis*",
    "[a link](http://x.org/1)",
    "<!-- tally-ignore general/margin: fine -->",
    "<!--",
    "-->",
    "```\n",
    "- item 42\n",
    "1. first\n",
    "{\"id\": \"a\", \"text\": \"",
    "\"}\n",
    "{\"text\": 5}\n",
    "url,date,title,text\n",
    "\"quoted, field\"",
    ",",
    "\"",
    "Russia fired 273 drones.",
    "Of those, 88 were shot down.",
    "\u{a0}",
    "“",
    "”",
    "—",
    "é",
    "\0",
    "\u{7f}",
];

fn bytes() -> impl Strategy<Value = Vec<u8>> {
    let piece = prop_oneof![
        30 => proptest::sample::select(PIECES).prop_map(|p| p.as_bytes().to_vec()),
        1 => any::<u8>().prop_map(|b| vec![b]),
    ];
    proptest::collection::vec(piece, 0..40).prop_map(|pieces| pieces.concat())
}

fn check_document(document: &Document) -> Result<(), TestCaseError> {
    let source = &document.source;
    prop_assert_eq!(document.prose.len(), source.len(), "{}", document.name);
    let ranges = document
        .blocks
        .iter()
        .chain(document.comments.iter().map(|(range, _)| range))
        .chain(document.ignores.iter().map(|(range, _)| range));
    for range in ranges {
        prop_assert!(range.start <= range.end && range.end <= source.len());
        prop_assert!(source.is_char_boundary(range.start) && source.is_char_boundary(range.end));
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 192,
        // An integration test has no lib.rs for proptest to file
        // regressions beside; a failure prints its shrunk input.
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    #[test]
    fn any_bytes_in_any_format_load_to_documents_or_problems(bytes in bytes()) {
        let dir = tempfile::tempdir().unwrap();
        for extension in ["txt", "md", "jsonl", "csv"] {
            let path = dir.path().join(format!("input.{extension}"));
            std::fs::write(&path, &bytes).unwrap();
            let loaded = load(&Source::File(path), &Options::default());
            prop_assert!(
                !loaded.documents.is_empty() || !loaded.problems.is_empty(),
                "input.{} gave neither a document nor a problem", extension
            );
            for document in &loaded.documents {
                check_document(document)?;
            }
        }
    }
}
