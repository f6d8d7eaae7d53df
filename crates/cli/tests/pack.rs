//! The default pack in rules/: it passes its own tests, and every rule keeps
//! the shape the pack promises (ruff's one rule, one file, fixed docs).

mod common;

use common::{root, stdout, tally};
use tally_check::RuleSet;

#[test]
fn the_pack_passes_its_own_tests() {
    let output = tally(&["rules", "--rules", "rules", "test"]);
    assert_eq!(
        output.status.code(),
        Some(0),
        "rule tests failed:\n{}",
        stdout(&output)
    );
}

#[test]
fn every_rule_has_docs_tests_and_an_id_that_names_its_file() {
    let rules = RuleSet::load(&[root().join("rules")]).expect("the pack loads");
    assert!(
        rules.rules().len() >= 12,
        "the pack covers the classic mistakes"
    );
    for rule in rules.rules() {
        let file = std::path::Path::new(&rule.source);
        let folder = file
            .parent()
            .and_then(|p| p.file_name())
            .unwrap()
            .to_string_lossy();
        let stem = file.file_stem().unwrap().to_string_lossy();
        assert_eq!(
            rule.id,
            format!("{folder}/{stem}"),
            "{}: id must be FOLDER/FILE",
            rule.source
        );
        for (part, text) in [
            ("what", &rule.docs.what),
            ("why", &rule.docs.why),
            ("example", &rule.docs.example),
        ] {
            assert!(
                text.trim().len() >= 20,
                "{}: docs.{part} is too thin",
                rule.id
            );
        }
        assert!(
            !rule.tests.pass.is_empty(),
            "{}: needs a text that must pass",
            rule.id
        );
        assert!(
            !rule.tests.fail.is_empty(),
            "{}: needs a text that must fail",
            rule.id
        );
    }
}
