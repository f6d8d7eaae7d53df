use std::fmt;

use miette::{
    Diagnostic, GraphicalReportHandler, GraphicalTheme, JSONReportHandler, LabeledSpan,
    MietteError, MietteSpanContents, SourceCode, SourceSpan, SpanContents,
};
use tally_check::{Finding, Severity};
use tally_ingest::Document;

/// A document's text under the document's name, borrowed rather than copied
/// into a `NamedSource` (which wants an owned `'static` source).
struct DocumentSource<'a> {
    name: &'a str,
    text: &'a str,
}

/// News paragraphs are often one line of a thousand characters; a snippet
/// shows this much text around its labels instead of the whole line.
const MARGIN: usize = 50;
const LONG_LINE: usize = 160;

impl SourceCode for DocumentSource<'_> {
    fn read_span<'a>(
        &'a self,
        span: &SourceSpan,
        context_lines_before: usize,
        context_lines_after: usize,
    ) -> Result<Box<dyn SpanContents<'a> + 'a>, MietteError> {
        if context_lines_before > 0
            && let Some(window) = self.window(span)
        {
            return Ok(Box::new(window));
        }
        let inner = self
            .text
            .read_span(span, context_lines_before, context_lines_after)?;
        Ok(Box::new(MietteSpanContents::new_named(
            self.name.to_string(),
            inner.data(),
            *inner.span(),
            inner.line(),
            inner.column(),
            inner.line_count(),
        )))
    }
}

impl<'a> DocumentSource<'a> {
    /// The part of a long line around `span`, cut at word boundaries, when
    /// the span lies on one line longer than [`LONG_LINE`]. miette positions
    /// labels by byte offset from the start of what it is given, so a window
    /// that starts mid-line keeps every label in place.
    fn window(&self, span: &SourceSpan) -> Option<MietteSpanContents<'a>> {
        let text = self.text;
        let start = span.offset();
        let end = start.checked_add(span.len())?;
        if end > text.len() || !text.is_char_boundary(start) || !text.is_char_boundary(end) {
            return None;
        }
        let line_start = text[..start].rfind('\n').map_or(0, |at| at + 1);
        let line_end = text[end..].find('\n').map_or(text.len(), |at| end + at);
        if text[start..end].contains('\n') || line_end - line_start <= LONG_LINE {
            return None;
        }
        let mut from = start.saturating_sub(MARGIN).max(line_start);
        while !text.is_char_boundary(from) {
            from += 1;
        }
        if from > line_start
            && let Some(space) = text[from..start].find(' ')
        {
            from += space + 1;
        }
        let mut to = (end + MARGIN).min(line_end);
        while !text.is_char_boundary(to) {
            to -= 1;
        }
        if to < line_end
            && let Some(space) = text[end..to].rfind(' ')
        {
            to = end + space;
        }
        let line = text[..start].matches('\n').count();
        Some(MietteSpanContents::new_named(
            self.name.to_string(),
            &text.as_bytes()[from..to],
            SourceSpan::from((from, to - from)),
            line,
            from - line_start,
            1,
        ))
    }
}

/// A finding seen as a miette diagnostic over its document.
pub struct FindingDiagnostic<'a> {
    finding: &'a Finding,
    source: DocumentSource<'a>,
}

impl<'a> FindingDiagnostic<'a> {
    pub fn new(document: &'a Document, finding: &'a Finding) -> FindingDiagnostic<'a> {
        FindingDiagnostic {
            finding,
            source: DocumentSource {
                name: &document.name,
                text: &document.source,
            },
        }
    }
}

impl fmt::Debug for FindingDiagnostic<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.finding, f)
    }
}

impl fmt::Display for FindingDiagnostic<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.finding.message)
    }
}

impl std::error::Error for FindingDiagnostic<'_> {}

impl Diagnostic for FindingDiagnostic<'_> {
    fn code<'b>(&'b self) -> Option<Box<dyn fmt::Display + 'b>> {
        Some(Box::new(&self.finding.rule))
    }

    fn severity(&self) -> Option<miette::Severity> {
        Some(match self.finding.severity {
            Severity::Error => miette::Severity::Error,
            Severity::Warning => miette::Severity::Warning,
            Severity::Advice => miette::Severity::Advice,
        })
    }

    fn help<'b>(&'b self) -> Option<Box<dyn fmt::Display + 'b>> {
        self.finding
            .help
            .as_ref()
            .map(|help| Box::new(help) as Box<dyn fmt::Display>)
    }

    fn source_code(&self) -> Option<&dyn SourceCode> {
        Some(&self.source)
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        Some(Box::new(self.finding.labels.iter().map(|label| {
            LabeledSpan::new(
                Some(label.text.clone()),
                label.span.offset,
                label.span.length,
            )
        })))
    }
}

/// How human-readable diagnostics are drawn.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Style {
    pub color: bool,
    /// Columns to wrap messages at.
    pub width: usize,
}

impl Style {
    /// No colour and a fixed width: what snapshot tests and logs want.
    pub fn plain() -> Style {
        Style {
            color: false,
            width: 100,
        }
    }
}

impl Style {
    /// For a terminal: `COLUMNS` when the shell exports it, else the width
    /// of the terminal on stdout, else 100 (a pipe or a CI log).
    pub fn terminal(color: bool) -> Style {
        let width = std::env::var("COLUMNS")
            .ok()
            .and_then(|columns| columns.parse::<usize>().ok())
            .or_else(|| terminal_size::terminal_size().map(|(width, _)| usize::from(width.0)))
            .filter(|&width| width >= 40)
            .unwrap_or(100);
        Style { color, width }
    }
}

/// miette's graphical rendering of any diagnostic.
pub fn render_human(diagnostic: &dyn Diagnostic, style: Style) -> String {
    let theme = if style.color {
        GraphicalTheme::unicode()
    } else {
        GraphicalTheme::unicode_nocolor()
    };
    let handler = GraphicalReportHandler::new_themed(theme)
        .with_width(style.width)
        .with_links(false);
    let mut out = String::new();
    // Writing into a String cannot fail.
    let _ = handler.render_report(&mut out, diagnostic);
    out
}

/// miette's JSON contract for any diagnostic: one line, no trailing newline.
pub fn render_json(diagnostic: &dyn Diagnostic) -> String {
    let mut out = String::new();
    let _ = JSONReportHandler::new().render_report(&mut out, diagnostic);
    out
}
