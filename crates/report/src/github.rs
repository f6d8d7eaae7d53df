//! GitHub Actions workflow commands (`::error file=…,line=…::message`), which
//! the runner turns into annotations on the pull request's changed lines.

use std::fmt::Write as _;
use std::path::Path;

use tally_check::{Finding, Severity};
use tally_ingest::{Document, Format, Problem};

use crate::location::{Places, display_path};

/// One annotation per finding, each on its own line. The message carries
/// the labels with their lines and the help, since an annotation shows
/// nothing else.
pub fn render_github(document: &Document, findings: &[Finding], cwd: &Path) -> String {
    let places = Places::new(document);
    let record = matches!(document.format, Format::JsonLines | Format::Csv);
    let mut out = String::new();
    for finding in findings {
        let mut properties = Vec::new();
        if let Some(path) = &document.path {
            properties.push(format!("file={}", property(&display_path(path, cwd))));
        }
        let primary = finding
            .labels
            .first()
            .map(|label| places.region(label.span.range()));
        if let Some(place) = primary
            .as_ref()
            .filter(|_| !record && document.path.is_some())
        {
            properties.push(format!("line={}", place.start.line));
            properties.push(format!("col={}", place.start.column));
            properties.push(format!("endLine={}", place.end.line));
            properties.push(format!("endColumn={}", place.end.column));
        }
        properties.push(format!("title={}", property(&finding.rule)));
        let mut message = String::new();
        if record || document.path.is_none() {
            let _ = write!(message, "{}: ", document.name);
        }
        message.push_str(&finding.message);
        for label in &finding.labels {
            let place = places.region(label.span.range());
            if record {
                let _ = write!(message, "\n  {} (\"{}\")", label.text, place.snippet);
            } else {
                let _ = write!(
                    message,
                    "\n  {} (line {}, column {})",
                    label.text, place.start.line, place.start.column
                );
            }
        }
        if let Some(help) = &finding.help {
            let _ = write!(message, "\nhelp: {help}");
        }
        let _ = writeln!(
            out,
            "::{} {}::{}",
            command(finding.severity),
            properties.join(","),
            data(&message)
        );
    }
    out
}

/// An input that could not be checked, as an error annotation on the file.
pub fn render_github_problem(problem: &Problem) -> String {
    let level = if problem.kind.stops_input() {
        "error"
    } else {
        "warning"
    };
    let file = problem
        .input
        .split_once('#')
        .map_or(problem.input.as_str(), |(file, _)| file);
    let mut message = format!("{}: {}", problem.input, problem.message);
    if let Some(help) = &problem.help {
        let _ = write!(message, "\nhelp: {help}");
    }
    format!(
        "::{level} file={},title={}::{}\n",
        property(file),
        property(problem.kind.code()),
        data(&message)
    )
}

/// GitHub has no advice level; a notice is its quietest annotation.
fn command(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Advice => "notice",
    }
}

/// The escaping the runner undoes in a command's message.
fn data(text: &str) -> String {
    text.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// The escaping the runner undoes in a command's property values.
fn property(text: &str) -> String {
    data(text).replace(':', "%3A").replace(',', "%2C")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_what_would_end_a_property_or_the_command() {
        assert_eq!(data("50% of\r\nall"), "50%25 of%0D%0Aall");
        assert_eq!(property("a:b,c%"), "a%3Ab%2Cc%25");
    }
}
