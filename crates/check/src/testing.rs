//! Running the `tests:` of every rule file.

use std::fmt;

use serde::Serialize;
use tally_extract::Extractor;
use tally_ingest::Document;

use crate::RuleSet;

#[derive(Clone, Debug, Default, Serialize)]
pub struct TestReport {
    pub rules: Vec<RuleTestResult>,
}

#[derive(Clone, Debug, Serialize)]
pub struct RuleTestResult {
    pub rule: String,
    pub source: String,
    /// Test texts that behaved.
    pub passed: usize,
    /// `fail` texts where the rule did not fire, or not with the expected message.
    pub missing: Vec<TestFailure>,
    /// `pass` texts where the rule fired.
    pub noisy: Vec<TestFailure>,
}

#[derive(Clone, Debug, Serialize)]
pub struct TestFailure {
    pub text: String,
    /// What the test expected: a message, or nothing for a `pass` text.
    pub expected: Option<String>,
    /// The messages the rule gave.
    pub got: Vec<String>,
}

impl TestReport {
    pub fn is_success(&self) -> bool {
        self.rules
            .iter()
            .all(|rule| rule.missing.is_empty() && rule.noisy.is_empty())
    }

    pub fn totals(&self) -> (usize, usize, usize) {
        self.rules
            .iter()
            .fold((0, 0, 0), |(passed, missing, noisy), rule| {
                (
                    passed + rule.passed,
                    missing + rule.missing.len(),
                    noisy + rule.noisy.len(),
                )
            })
    }
}

pub(crate) fn run(set: &RuleSet, extractor: &Extractor) -> TestReport {
    let messages = |rule: &crate::Rule, text: &str| -> Vec<String> {
        let document = test_document(&rule.id, text);
        let extraction = extractor.extract(&document);
        set.check_one(rule, &document, &extraction)
            .into_iter()
            .map(|finding| finding.message)
            .collect()
    };
    let rules = set
        .rules()
        .iter()
        .map(|rule| {
            let mut result = RuleTestResult {
                rule: rule.id.clone(),
                source: rule.source.clone(),
                passed: 0,
                missing: Vec::new(),
                noisy: Vec::new(),
            };
            for text in &rule.tests.pass {
                let got = messages(rule, text);
                if got.is_empty() {
                    result.passed += 1;
                } else {
                    result.noisy.push(TestFailure {
                        text: text.clone(),
                        expected: None,
                        got,
                    });
                }
            }
            for test in &rule.tests.fail {
                let got = messages(rule, &test.text);
                let fired = match &test.message {
                    Some(message) => got.contains(message),
                    None => !got.is_empty(),
                };
                if fired {
                    result.passed += 1;
                } else {
                    result.missing.push(TestFailure {
                        text: test.text.clone(),
                        expected: test.message.clone(),
                        got,
                    });
                }
            }
            result
        })
        .collect();
    TestReport { rules }
}

/// A test text as a document. `Document::from_text` reads a first line
/// `date YYYY-MM-DD` as the dateline; where it does not (yet), the line is
/// read here, so that date rules can be tested either way.
fn test_document(rule: &str, text: &str) -> Document {
    let mut document = Document::from_text(format!("{rule} test"), text);
    if document.dateline.is_none() {
        document.dateline = text
            .lines()
            .next()
            .and_then(|line| line.strip_prefix("date "))
            .and_then(|date| date.trim().parse::<jiff::civil::Date>().ok());
    }
    document
}

impl fmt::Display for TestReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for rule in &self.rules {
            let status = if rule.missing.is_empty() && rule.noisy.is_empty() {
                "ok"
            } else {
                "FAILED"
            };
            writeln!(
                f,
                "{status:<6} {}  passed {}, missing {}, noisy {}",
                rule.rule,
                rule.passed,
                rule.missing.len(),
                rule.noisy.len()
            )?;
            for failure in &rule.missing {
                writeln!(f, "  missing: {:?}", failure.text)?;
                if let Some(expected) = &failure.expected {
                    writeln!(f, "    expected: {expected}")?;
                }
                for got in &failure.got {
                    writeln!(f, "    got:      {got}")?;
                }
            }
            for failure in &rule.noisy {
                writeln!(f, "  noisy: {:?}", failure.text)?;
                for got in &failure.got {
                    writeln!(f, "    fired:    {got}")?;
                }
            }
        }
        let (passed, missing, noisy) = self.totals();
        writeln!(
            f,
            "{} rules: {passed} passed, {missing} missing, {noisy} noisy",
            self.rules.len()
        )
    }
}
