//! The rule files under tests/rules/ (one per kind of check the default
//! pack needs) carry their own tests; run them with the real extractor.

mod common;

use std::path::PathBuf;

use tally_check::RuleSet;
use tally_extract::Extractor;

fn pack() -> RuleSet {
    RuleSet::load(&[PathBuf::from("tests/rules")]).unwrap_or_else(|errors| {
        panic!(
            "{}",
            errors
                .iter()
                .map(common::render)
                .collect::<Vec<_>>()
                .join("\n")
        )
    })
}

#[test]
fn every_test_rule_passes_its_own_tests() {
    let report = pack().run_tests(&Extractor::new());
    assert!(report.is_success(), "{report}");
    assert!(report.rules.len() >= 12);
}
