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

#[test]
fn the_report_names_missing_and_noisy_texts_and_runs_to_the_end() {
    let yaml = common::rule(
        "t/never-negative",
        r#"
figures:
  x: { kind: count }
check: x < 0
message: "{x} is not negative"
tests:
  pass:
    - "Nothing here is counted."
    - "The town has 12 bridges."
  fail:
    - "No figure at all."
    - text: "The town has 12 bridges."
      message: "a message the rule never gives"
    - text: "The town has 12 bridges."
      message: "12 is not negative"
"#,
    );
    let report = common::rules(&yaml).run_tests(&Extractor::new());
    assert!(!report.is_success());
    let result = &report.rules[0];
    assert_eq!(result.passed, 2);
    let missing: Vec<(&str, Option<&str>)> = result
        .missing
        .iter()
        .map(|failure| (failure.text.as_str(), failure.expected.as_deref()))
        .collect();
    assert_eq!(
        missing,
        [
            ("No figure at all.", None),
            (
                "The town has 12 bridges.",
                Some("a message the rule never gives")
            )
        ]
    );
    assert_eq!(result.noisy.len(), 1);
    assert_eq!(result.noisy[0].got, ["12 is not negative"]);
    let text = report.to_string();
    assert!(
        text.contains("FAILED t/never-negative  passed 2, missing 2, noisy 1"),
        "{text}"
    );
    let json = serde_json::to_value(&report).expect("serialisable");
    assert_eq!(
        json["rules"][0]["noisy"][0]["text"],
        "The town has 12 bridges."
    );
}

#[test]
fn a_missing_rules_directory_is_an_error_not_a_panic() {
    let errors =
        RuleSet::load(&[PathBuf::from("tests/no-such-directory")]).expect_err("nothing to load");
    assert_eq!(errors.len(), 1);
    assert!(
        errors[0]
            .message
            .starts_with("cannot read the rules directory tests/no-such-directory"),
        "{}",
        errors[0].message
    );
}

#[test]
fn the_test_pack_lists_its_rules_in_path_order_with_docs() {
    let set = pack();
    let ids: Vec<&str> = set.rules().iter().map(|rule| rule.id.as_str()).collect();
    let mut sorted_sources: Vec<&str> = set
        .rules()
        .iter()
        .map(|rule| rule.source.as_str())
        .collect();
    sorted_sources.sort();
    let sources: Vec<&str> = set
        .rules()
        .iter()
        .map(|rule| rule.source.as_str())
        .collect();
    assert_eq!(sources, sorted_sources);
    assert!(ids.contains(&"test/weekday-date"));
    assert!(
        set.rules()
            .iter()
            .all(|rule| !rule.docs.what.is_empty() && !rule.docs.why.is_empty())
    );
    assert_eq!(set.hedges().map(|table| table.approximately), Some(0.1));
}
