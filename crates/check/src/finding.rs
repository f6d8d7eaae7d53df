use serde::Serialize;
use tally_extract::Span;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Advice,
    Warning,
    Error,
}

/// One broken rule in one document, for one binding of its figures.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Finding {
    /// The rule's id, used as the diagnostic code.
    pub rule: String,
    pub severity: Severity,
    /// The rule's `message` template, filled in.
    pub message: String,
    /// The rule's `help` template, filled in.
    pub help: Option<String>,
    /// One label per figure the rule used, in the order the rule names them.
    pub labels: Vec<Label>,
}

/// A figure a finding used: where it is and what the rule called it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Label {
    /// The rule's name for the figure ("launched").
    pub name: String,
    /// What the label says: the name and the value ("launched: 273").
    pub text: String,
    pub span: Span,
}
