//! Diagnostics for bad rule files, labelled at the exact bytes of the YAML.

use std::fmt;
use std::ops::Range;
use std::sync::Arc;

use miette::{Diagnostic, LabeledSpan, NamedSource, SourceCode};

/// A rule file that cannot be used, with the place in the file to blame.
///
/// Rendered through miette it shows the file, line and column, and one or
/// more labelled spans (inside a `check` string, the offending token).
#[derive(Clone, Debug)]
pub struct RuleError {
    /// A short machine-readable class, such as `unknown-key` (shown as
    /// `rule::unknown-key`).
    pub code: &'static str,
    pub message: String,
    /// The display name of the file the error is in.
    pub file: String,
    pub labels: Vec<(Range<usize>, String)>,
    pub help: Option<String>,
    /// Errors elsewhere that belong to this one (the first definition of a
    /// duplicated id, in its own file).
    pub related: Vec<RuleError>,
    source: Arc<NamedSource<Arc<str>>>,
}

impl RuleError {
    pub(crate) fn new(file: &SourceFile, code: &'static str, message: impl Into<String>) -> Self {
        RuleError {
            code,
            message: message.into(),
            file: file.name.clone(),
            labels: Vec::new(),
            help: None,
            related: Vec::new(),
            source: file.named.clone(),
        }
    }

    pub(crate) fn label(mut self, span: Range<usize>, text: impl Into<String>) -> Self {
        self.labels.push((span, text.into()));
        self
    }

    pub(crate) fn help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    /// The first labelled byte, for ordering errors by place in the file.
    pub fn offset(&self) -> usize {
        self.labels.first().map_or(0, |(span, _)| span.start)
    }
}

impl fmt::Display for RuleError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for RuleError {}

impl Diagnostic for RuleError {
    fn code<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        Some(Box::new(format!("rule::{}", self.code)))
    }

    fn help<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        self.help
            .as_ref()
            .map(|help| Box::new(help) as Box<dyn fmt::Display>)
    }

    fn related<'a>(&'a self) -> Option<Box<dyn Iterator<Item = &'a dyn Diagnostic> + 'a>> {
        if self.related.is_empty() {
            return None;
        }
        Some(Box::new(
            self.related.iter().map(|error| error as &dyn Diagnostic),
        ))
    }

    fn source_code(&self) -> Option<&dyn SourceCode> {
        Some(&*self.source)
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        Some(Box::new(self.labels.iter().map(|(span, text)| {
            LabeledSpan::new_with_span(
                (!text.is_empty()).then(|| text.clone()),
                span.start..span.end,
            )
        })))
    }
}

/// A rule file's text, shared by every error raised against it.
#[derive(Clone, Debug)]
pub(crate) struct SourceFile {
    pub name: String,
    pub text: Arc<str>,
    pub named: Arc<NamedSource<Arc<str>>>,
}

impl SourceFile {
    pub fn new(name: &str, text: &str) -> SourceFile {
        let text: Arc<str> = Arc::from(text);
        SourceFile {
            name: name.to_string(),
            named: Arc::new(NamedSource::new(name, text.clone()).with_language("yaml")),
            text,
        }
    }
}

/// A one-of-these suggestion, when a word is close to a known one.
pub(crate) fn did_you_mean<'a>(
    word: &str,
    known: impl IntoIterator<Item = &'a str>,
) -> Option<&'a str> {
    known
        .into_iter()
        .map(|candidate| (strsim::jaro_winkler(word, candidate), candidate))
        .filter(|(score, _)| *score > 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, candidate)| candidate)
}
