//! Snapshots of the figure table of every fixture in tests/fixtures.

mod common;

use tally_extract::Extractor;
use tally_ingest::Document;

fn snapshot(name: &str) {
    let path = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).expect("fixture exists");
    let document = Document::from_text(name, text);
    let extraction = Extractor::new().extract(&document);
    let table = common::table(&document.source, &extraction);
    insta::assert_snapshot!(name, table);
}

#[test]
fn drone_night() {
    snapshot("drone-night.txt");
}

#[test]
fn kinds() {
    snapshot("kinds.txt");
}
