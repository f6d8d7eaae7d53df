//! Accepted findings: `<!-- tally-ignore RULE-ID: reason -->` in Markdown,
//! or a `tally-ignore` list of `RULE-ID: reason` in front matter.
//!
//! Scope: a comment covers the paragraph (block) it sits in, or, when it
//! stands on its own between blocks, the first block after it; a front
//! matter entry covers the whole article. Either silences the findings of
//! RULE-ID whose first label lies in its scope; a suppression that silences
//! nothing, or that cannot be read (no rule id, no reason), is itself
//! reported as a warning, so accepted findings never go stale unnoticed.

use std::ops::Range;

use tally_check::{Finding, Label, Severity};
use tally_extract::Span;
use tally_ingest::Document;

/// The keyword that opens a suppression comment.
pub const KEYWORD: &str = "tally-ignore";
/// The code of a suppression that silenced no finding.
pub const UNUSED: &str = "tally/unused-suppression";
/// The code of a suppression comment that could not be read.
pub const MALFORMED: &str = "tally/malformed-suppression";

/// The built-in checks on suppressions, as (id, title, what it means).
pub const BUILTIN_RULES: &[(&str, &str, &str)] = &[
    (
        UNUSED,
        "A suppression silences no finding",
        "A `tally-ignore` comment names a rule that raised nothing in the paragraph it covers: \
         the text or the rule changed, and the comment should go.",
    ),
    (
        MALFORMED,
        "A suppression cannot be read",
        "A comment starting `tally-ignore` must read `tally-ignore RULE-ID: reason`, with a \
         reason, so that whoever reads the article knows why the finding was accepted.",
    ),
];

/// A finding an inline suppression accepted, with the reason given.
#[derive(Clone, Debug, PartialEq)]
pub struct Suppressed {
    pub finding: Finding,
    pub reason: String,
    /// The bytes of the suppressing comment.
    pub comment: Range<usize>,
}

/// What suppressions made of a document's findings.
#[derive(Debug, Default, PartialEq)]
pub struct Applied {
    /// Findings still standing, with a warning appended for every unused or
    /// unreadable suppression.
    pub findings: Vec<Finding>,
    pub suppressed: Vec<Suppressed>,
}

struct Suppression {
    rule: String,
    reason: String,
    comment: Range<usize>,
    scope: Range<usize>,
    used: bool,
}

/// Applies the document's suppression comments to its findings.
pub fn apply(document: &Document, findings: Vec<Finding>) -> Applied {
    let mut applied = Applied::default();
    let mut suppressions = Vec::new();
    let comments = document.comments.iter().filter_map(|(range, text)| {
        let rest = text.strip_prefix(KEYWORD)?;
        // `tally-ignored` or the like is not ours.
        (rest.is_empty() || rest.starts_with(char::is_whitespace))
            .then(|| (range, rest, scope(document, range)))
    });
    let front_matter = document
        .ignores
        .iter()
        .map(|(range, text)| (range, text.as_str(), 0..document.source.len()));
    for (range, rest, scope) in comments.chain(front_matter) {
        match parse(rest) {
            Some((rule, reason)) => suppressions.push(Suppression {
                rule,
                reason,
                comment: range.clone(),
                scope,
                used: false,
            }),
            None => applied.findings.push(warning(
                MALFORMED,
                "this suppression cannot be read".to_string(),
                Some(format!(
                    "write it as `<!-- {KEYWORD} RULE-ID: why the finding is accepted -->`"
                )),
                range,
            )),
        }
    }
    for finding in findings {
        let at = finding.labels.first().map(|label| label.span.offset);
        let by = suppressions
            .iter_mut()
            .find(|s| s.rule == finding.rule && at.is_some_and(|at| s.scope.contains(&at)));
        match by {
            Some(suppression) => {
                suppression.used = true;
                applied.suppressed.push(Suppressed {
                    finding,
                    reason: suppression.reason.clone(),
                    comment: suppression.comment.clone(),
                });
            }
            None => applied.findings.push(finding),
        }
    }
    for suppression in suppressions.iter().filter(|s| !s.used) {
        applied.findings.push(warning(
            UNUSED,
            format!("this suppression of {} silences nothing", suppression.rule),
            Some("remove it, or move it to the paragraph whose finding it accepts".to_string()),
            &suppression.comment,
        ));
    }
    applied
}

/// `RULE-ID: reason` (both non-empty; the id has no spaces).
fn parse(rest: &str) -> Option<(String, String)> {
    let (rule, reason) = rest.split_once(':')?;
    let (rule, reason) = (rule.trim(), reason.trim());
    if rule.is_empty() || rule.contains(char::is_whitespace) || reason.is_empty() {
        return None;
    }
    Some((rule.to_string(), reason.to_string()))
}

/// The block a comment covers: the one it sits in, else the next one.
fn scope(document: &Document, comment: &Range<usize>) -> Range<usize> {
    let blocks = &document.blocks;
    blocks
        .iter()
        .find(|block| block.start <= comment.start && comment.start < block.end)
        .or_else(|| blocks.iter().find(|block| block.start >= comment.end))
        .cloned()
        .unwrap_or(0..0)
}

fn warning(rule: &str, message: String, help: Option<String>, at: &Range<usize>) -> Finding {
    Finding {
        rule: rule.to_string(),
        severity: Severity::Warning,
        message,
        help,
        labels: vec![Label {
            name: "suppression".to_string(),
            text: "this comment".to_string(),
            span: Span::from_range(at.clone()),
        }],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn finding(rule: &str, offset: usize) -> Finding {
        Finding {
            rule: rule.to_string(),
            severity: Severity::Error,
            message: format!("{rule} broke"),
            help: None,
            labels: vec![Label {
                name: "n".to_string(),
                text: "n: 1".to_string(),
                span: Span::new(offset, 1),
            }],
        }
    }

    /// A part-whole finding in each paragraph and one of another rule in the
    /// second, which starts at `second`.
    fn two_paragraphs_of_findings(second: usize) -> Vec<Finding> {
        vec![
            finding("part-whole", 0),
            finding("part-whole", second),
            finding("other", second),
        ]
    }

    /// Two paragraphs, with `comment` standing between them.
    fn document(comment: &str) -> Document {
        let first = "First 1.\n\n";
        let comment = format!("<!-- {comment} -->\n");
        let second = "Second 2.\n";
        let source = format!("{first}{comment}{second}");
        let mut document = Document::from_text("a.md", source.clone());
        let second_at = first.len() + comment.len();
        document.blocks = vec![0..first.len() - 2, second_at..source.len() - 1];
        let range = first.len()..first.len() + comment.len() - 1;
        let inner = source[range.start + 4..range.end - 3].trim().to_string();
        document.comments = vec![(range, inner)];
        document
    }

    #[test]
    fn silences_the_named_rule_in_the_next_paragraph_only() {
        let document = document("tally-ignore part-whole: the agency's own rounding");
        let second = document.blocks[1].start;
        let applied = apply(&document, two_paragraphs_of_findings(second));
        let kept: Vec<_> = applied
            .findings
            .iter()
            .map(|f| f.labels[0].span.offset)
            .collect();
        assert_eq!(kept, vec![0, second]);
        assert_eq!(applied.findings[1].rule, "other");
        assert_eq!(applied.suppressed.len(), 1);
        assert_eq!(applied.suppressed[0].reason, "the agency's own rounding");
        assert_eq!(applied.suppressed[0].finding.labels[0].span.offset, second);
    }

    #[test]
    fn a_front_matter_entry_silences_the_rule_in_every_paragraph() {
        let mut document = document("an ordinary comment");
        document.ignores = vec![(0..5, "part-whole: figures from two briefings".to_string())];
        let second = document.blocks[1].start;
        let applied = apply(&document, two_paragraphs_of_findings(second));
        assert_eq!(applied.suppressed.len(), 2);
        assert_eq!(applied.findings.len(), 1);
        assert_eq!(applied.findings[0].rule, "other");
        assert_eq!(applied.suppressed[0].reason, "figures from two briefings");
    }

    #[test]
    fn a_suppression_that_silences_nothing_is_reported_at_its_comment() {
        let document = document("tally-ignore part-whole: accepted");
        let applied = apply(&document, vec![finding("part-whole", 0)]);
        assert_eq!(applied.findings.len(), 2);
        let unused = &applied.findings[1];
        assert_eq!(unused.rule, UNUSED);
        assert_eq!(unused.severity, Severity::Warning);
        let span = unused.labels[0].span;
        assert!(document.source[span.range()].starts_with("<!-- tally-ignore"));
    }

    #[test]
    fn a_suppression_without_a_reason_is_reported_and_silences_nothing() {
        for text in [
            "tally-ignore part-whole",
            "tally-ignore part-whole:",
            "tally-ignore : why",
        ] {
            let document = document(text);
            let second = document.blocks[1].start;
            let applied = apply(&document, vec![finding("part-whole", second)]);
            let rules: Vec<_> = applied.findings.iter().map(|f| f.rule.as_str()).collect();
            assert_eq!(rules, vec![MALFORMED, "part-whole"], "{text}");
        }
    }

    #[test]
    fn other_comments_are_left_alone() {
        let document = document("tally-ignored is not a keyword");
        let applied = apply(&document, vec![finding("part-whole", 0)]);
        assert_eq!(applied.findings.len(), 1);
        assert!(applied.suppressed.is_empty());
    }
}
