//! JUnit XML for test dashboards: a suite per input, a test case per
//! document and rule, a failure per finding. Every finding shown is a
//! failure (`--min-severity` decides what is shown); a rule whose only
//! findings were suppressed is a skipped case.

use std::fmt::Write as _;

use tally_check::Finding;

use crate::location::Places;
use crate::model::{DocumentReport, Entry, Report, severity_name};

/// The whole run as one JUnit XML document.
pub fn render_junit(report: &Report<'_>) -> String {
    let mut suites = String::new();
    let (mut tests, mut failures, mut errors, mut skipped) = (0, 0, 0, 0);
    for entry in &report.entries {
        match entry {
            Entry::Problem(problem) => {
                tests += 1;
                let stops = problem.kind.stops_input();
                errors += usize::from(stops);
                let mut text = problem.message.clone();
                if let Some(help) = &problem.help {
                    let _ = write!(text, "\nhelp: {help}");
                }
                let (open, close) = if stops {
                    ("error", "error")
                } else {
                    ("system-out", "system-out")
                };
                let attributes = if stops {
                    format!(
                        " type=\"{}\" message=\"{}\"",
                        escape(problem.kind.code()),
                        escape(&problem.message)
                    )
                } else {
                    String::new()
                };
                let _ = write!(
                    suites,
                    "  <testsuite name=\"{name}\" tests=\"1\" failures=\"0\" errors=\"{e}\" skipped=\"0\">\n    \
                     <testcase name=\"{code}\" classname=\"{name}\">\n      <{open}{attributes}>{text}</{close}>\n    \
                     </testcase>\n  </testsuite>\n",
                    name = escape(&problem.input),
                    e = usize::from(stops),
                    code = escape(problem.kind.code()),
                    text = escape(&text),
                );
            }
            Entry::Document(document) => {
                let suite = suite(report, document);
                tests += suite.tests;
                failures += suite.failures;
                skipped += suite.skipped;
                suites.push_str(&suite.xml);
            }
        }
    }
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"tally\" tests=\"{tests}\" \
         failures=\"{failures}\" errors=\"{errors}\" skipped=\"{skipped}\">\n{suites}</testsuites>\n"
    )
}

struct Suite {
    xml: String,
    tests: usize,
    failures: usize,
    skipped: usize,
}

fn suite(report: &Report<'_>, document: &DocumentReport<'_>) -> Suite {
    let name = escape(&document.document.name);
    let places = Places::new(document.document);
    // Rules in force first, then any other code a finding carries (the
    // suppression checks), so every finding has its case.
    let mut ids: Vec<&str> = report.rules.iter().map(|rule| rule.id.as_str()).collect();
    for finding in document.findings {
        if !ids.contains(&finding.rule.as_str()) {
            ids.push(&finding.rule);
        }
    }
    let mut cases = String::new();
    let (mut failures, mut skipped) = (0, 0);
    for id in &ids {
        let found: Vec<&Finding> = document.findings.iter().filter(|f| f.rule == *id).collect();
        let accepted = document
            .suppressed
            .iter()
            .filter(|s| s.finding.rule == *id)
            .count();
        let _ = write!(
            cases,
            "    <testcase name=\"{}\" classname=\"{name}\"",
            escape(id)
        );
        if found.is_empty() && accepted == 0 {
            cases.push_str("/>\n");
            continue;
        }
        cases.push_str(">\n");
        if found.is_empty() {
            skipped += 1;
            let _ = writeln!(cases, "      <skipped message=\"{accepted} suppressed\"/>");
        }
        for finding in found {
            failures += 1;
            let mut body = String::new();
            for label in &finding.labels {
                let place = places.region(label.span.range());
                let _ = writeln!(
                    body,
                    "{}:{}:{}: {}",
                    document.document.name, place.start.line, place.start.column, label.text
                );
            }
            if let Some(help) = &finding.help {
                let _ = writeln!(body, "help: {help}");
            }
            let _ = writeln!(
                cases,
                "      <failure type=\"{}\" message=\"{}\">{}</failure>",
                severity_name(finding.severity),
                escape(&finding.message),
                escape(&body)
            );
        }
        cases.push_str("    </testcase>\n");
    }
    let tests = ids.len();
    Suite {
        xml: format!(
            "  <testsuite name=\"{name}\" tests=\"{tests}\" failures=\"{failures}\" errors=\"0\" \
             skipped=\"{skipped}\">\n{cases}  </testsuite>\n"
        ),
        tests,
        failures,
        skipped,
    }
}

/// XML text and attribute escaping; control characters XML 1.0 forbids are
/// dropped.
pub(crate) fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '\n' | '\t' | '\r' => out.push(c),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup_and_drops_what_xml_cannot_hold() {
        assert_eq!(
            escape("a<b & \"c\" 'd'\u{7}\n"),
            "a&lt;b &amp; &quot;c&quot; &#39;d&#39;\n"
        );
    }
}
