//! The cost of checking one article against the test pack, and against ten
//! copies of it under new ids: selectors share one per-document index, so
//! ten times the rules should cost about ten times the rule evaluation, not
//! ten scans of the text.

use tally_check::RuleSet;
use tally_extract::{Extraction, Extractor};
use tally_ingest::Document;

fn main() {
    divan::main();
}

const RULES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/rules");

/// The test pack's rule files, `copies` times, each copy under new ids.
fn pack(copies: usize) -> RuleSet {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(RULES).expect("the test pack") {
        let path = entry.expect("an entry").path();
        let text = std::fs::read_to_string(&path).expect("a rule file");
        let name = path
            .file_name()
            .and_then(|name| name.to_str())
            .unwrap_or("")
            .to_string();
        if name == "config.yaml" {
            files.push((name, text));
            continue;
        }
        for copy in 0..copies {
            let renamed = text.replacen("id: test/", &format!("id: copy{copy}/"), 1);
            files.push((format!("copy{copy}/{name}"), renamed));
        }
    }
    RuleSet::from_sources(files).unwrap_or_else(|errors| panic!("{} errors", errors.len()))
}

/// An article made of every test text of the pack, extracted once.
fn article(rules: &RuleSet) -> (Document, Extraction) {
    let mut text = String::new();
    for rule in rules.rules() {
        for pass in &rule.tests.pass {
            text.push_str(pass);
            text.push_str("\n\n");
        }
        for fail in &rule.tests.fail {
            text.push_str(&fail.text);
            text.push_str("\n\n");
        }
    }
    let document = Document::from_text("bench.txt", text);
    let extraction = Extractor::new().extract(&document);
    (document, extraction)
}

#[divan::bench(args = [1, 10])]
fn check(bencher: divan::Bencher, copies: usize) {
    let rules = pack(copies);
    let (document, extraction) = article(&pack(1));
    bencher.bench(|| rules.check(divan::black_box(&document), divan::black_box(&extraction)));
}
