//! What a whole-run report (SARIF, JUnit, HTML) is made from.

use tally_check::{Finding, Rule, Severity};
use tally_extract::Figure;
use tally_ingest::{Document, Problem};

use crate::Summary;
use crate::suppress::Suppressed;

/// Everything one run produced, in input order.
pub struct Report<'a> {
    /// The rules in force, for SARIF's rule table and the HTML legend.
    pub rules: &'a [Rule],
    pub entries: Vec<Entry<'a>>,
    pub summary: &'a Summary,
}

/// One input: a problem that kept it (or a record of it) from being
/// checked, or a checked document.
pub enum Entry<'a> {
    Problem(&'a Problem),
    Document(DocumentReport<'a>),
}

/// A checked document and what the run decided to show of it.
pub struct DocumentReport<'a> {
    pub document: &'a Document,
    /// The document's figures; empty when the run did not keep them (only
    /// the HTML report draws them).
    pub figures: &'a [Figure],
    /// The findings shown, in the order the rules produced them.
    pub findings: &'a [Finding],
    /// Findings an inline suppression accepted.
    pub suppressed: &'a [Suppressed],
}

impl Report<'_> {
    pub fn documents(&self) -> impl Iterator<Item = &DocumentReport<'_>> {
        self.entries.iter().filter_map(|entry| match entry {
            Entry::Document(document) => Some(document),
            Entry::Problem(_) => None,
        })
    }
}

pub(crate) fn severity_name(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Advice => "advice",
    }
}
