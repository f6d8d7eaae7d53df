//! One self-contained HTML page for an editor: an index of documents with
//! their counts, then each document's text with its figures highlighted by
//! kind and each finding beside the paragraph it concerns. No scripts, no
//! fonts, no network: the file opens the same offline, in CI artifacts and
//! on a phone (the two columns stack on a narrow screen).

use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::ops::Range;

use tally_check::{Finding, Severity};
use tally_extract::{Figure, Kind};

use crate::Summary;
use crate::junit::escape;
use crate::location::Places;
use crate::model::{DocumentReport, Entry, Report, severity_name};
use crate::summary::plural;

const STYLE: &str = r#"
:root { --error: #b3261e; --warning: #8a5a00; --advice: #1f5fa8; --muted: #5f6368; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 72rem; padding: 1rem; font: 16px/1.55 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1d1d1f; background: #fff; }
h1 { font-size: 1.5rem; margin: 0 0 .25rem; } h2 { font-size: 1.15rem; margin: 2rem 0 .25rem; overflow-wrap: anywhere; }
.summary, .meta { color: var(--muted); margin: 0 0 1rem; }
ol.index { padding-left: 1.5rem; font-size: .95rem; }
.index li { margin: .2rem 0; overflow-wrap: anywhere; }
.index .counts { display: block; color: var(--muted); font-size: .85rem; }
.index .has-error a { color: var(--error); font-weight: 600; }
.row { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); gap: 1rem; align-items: start; }
.row > .text { margin: .4rem 0; }
@media (max-width: 44rem) { .row { grid-template-columns: minmax(0, 1fr); gap: 0; } }
.fig { border-radius: 3px; padding: 0 .1em; background: #eef0f3; }
.k-count { background: #e6f0ff; } .k-percent, .k-percentage-points { background: #e9f7ef; }
.k-money { background: #fff4d6; } .k-date, .k-year, .k-weekday, .k-time, .k-duration { background: #f3e8fd; }
.k-rate, .k-measure { background: #e0f7f7; } .k-age { background: #fde8ef; }
.k-identifier { background: none; border-bottom: 1px dotted #aaa; }
.lab { outline: 2px solid var(--advice); } .lab.sev-error { outline-color: var(--error); } .lab.sev-warning { outline-color: var(--warning); }
sup.ref a { text-decoration: none; font-weight: 700; font-size: .75em; padding: 0 .15em; }
.finding { border-left: 4px solid var(--advice); background: #f6f9fd; padding: .5rem .75rem; margin: .4rem 0; border-radius: 0 6px 6px 0; }
.finding.sev-error { border-color: var(--error); background: #fdf3f2; }
.finding.sev-warning { border-color: var(--warning); background: #fdf8ec; }
.finding p, .finding ul { margin: .2rem 0; } .finding ul { padding-left: 1.1rem; }
.finding .head { font-size: .85rem; color: var(--muted); }
.badge { display: inline-block; font-weight: 700; text-transform: uppercase; font-size: .75rem; letter-spacing: .03em; }
.sev-error .badge { color: var(--error); } .sev-warning .badge { color: var(--warning); } .sev-advice .badge { color: var(--advice); }
.msg { font-weight: 600; } .help { color: var(--muted); }
details.finding { opacity: .75; }
details.quiet > summary { color: var(--muted); cursor: pointer; }
.problem { color: var(--error); }
code { font-size: .85em; }
.legend span { margin-right: .5rem; white-space: nowrap; }
"#;

/// The whole run as one HTML page.
pub fn render_html(report: &Report<'_>) -> String {
    let mut out = String::new();
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>tally report</title>\n<style>{STYLE}</style>\n</head>\n<body>\n<header>\n\
         <h1>tally report</h1>\n<p class=\"summary\" id=\"summary\">{}</p>\n</header>\n",
        // Without the time, so that the same input gives the same page.
        escape(
            &Summary {
                elapsed: None,
                ..report.summary.clone()
            }
            .to_string()
        )
    );
    index(report, &mut out);
    let problems: Vec<_> = report
        .entries
        .iter()
        .filter_map(|entry| match entry {
            Entry::Problem(problem) => Some(problem),
            Entry::Document(_) => None,
        })
        .collect();
    if !problems.is_empty() {
        out.push_str("<section class=\"problems\">\n<h2>Inputs not checked</h2>\n<ul>\n");
        for problem in problems {
            let _ = writeln!(
                out,
                "<li class=\"problem\"><code>{}</code> {}: {}</li>",
                escape(problem.kind.code()),
                escape(&problem.input),
                escape(&problem.message)
            );
        }
        out.push_str("</ul>\n</section>\n");
    }
    out.push_str("<main>\n");
    for (n, document) in report.documents().enumerate() {
        document_section(n, document, &mut out);
    }
    out.push_str("</main>\n");
    legend(report, &mut out);
    out.push_str("</body>\n</html>\n");
    out
}

fn index(report: &Report<'_>, out: &mut String) {
    out.push_str("<nav>\n<ol class=\"index\">\n");
    for (n, document) in report.documents().enumerate() {
        let count = |severity| {
            document
                .findings
                .iter()
                .filter(|f| f.severity == severity)
                .count()
        };
        let errors = count(Severity::Error);
        let _ = writeln!(
            out,
            "<li{}><a href=\"#doc-{n}\">{}</a> <span class=\"counts\">{} · {} · {} · {} · {} suppressed</span></li>",
            if errors > 0 {
                " class=\"has-error\""
            } else {
                ""
            },
            escape(&document.document.name),
            plural(document.figures.len(), "figure", "figures"),
            plural(errors, "error", "errors"),
            plural(count(Severity::Warning), "warning", "warnings"),
            plural(count(Severity::Advice), "advice", "advice"),
            document.suppressed.len(),
        );
    }
    out.push_str("</ol>\n</nav>\n");
}

/// A label drawn in the text: its bytes, the finding's number and severity.
struct Mark {
    bytes: Range<usize>,
    finding: usize,
    severity: Severity,
    text: String,
}

fn document_section(n: usize, report: &DocumentReport<'_>, out: &mut String) {
    let document = report.document;
    let places = Places::new(document);
    let _ = writeln!(
        out,
        "<section class=\"document\" id=\"doc-{n}\">\n<h2>{}</h2>",
        escape(&document.name)
    );
    let mut meta = Vec::new();
    if let Some(title) = &document.title {
        meta.push(escape(title));
    }
    if let Some(date) = document.dateline {
        meta.push(date.to_string());
    }
    if !meta.is_empty() {
        let _ = writeln!(out, "<p class=\"meta\">{}</p>", meta.join(" · "));
    }
    let whole = 0..document.source.len();
    let blocks: Vec<Range<usize>> = if document.blocks.is_empty() {
        vec![whole]
    } else {
        document.blocks.clone()
    };
    let block_of = |finding: &Finding| {
        let at = finding.labels.first()?.span.offset;
        blocks.iter().position(|block| block.contains(&at))
    };
    let marks: Vec<Mark> = report
        .findings
        .iter()
        .enumerate()
        .flat_map(|(i, finding)| {
            finding.labels.iter().map(move |label| Mark {
                bytes: label.span.range(),
                finding: i,
                severity: finding.severity,
                text: label.text.clone(),
            })
        })
        .collect();
    // Findings that sit in no paragraph (a stale suppression comment) come
    // first, so none is left out.
    let unplaced: Vec<usize> = (0..report.findings.len())
        .filter(|&i| block_of(&report.findings[i]).is_none())
        .collect();
    for &i in &unplaced {
        card(n, i, &report.findings[i], &places, out);
    }
    // A document with nothing to say is folded, so a corpus's report stays
    // a list of the stories that need a look.
    let quiet = report.findings.is_empty() && report.suppressed.is_empty();
    if quiet {
        out.push_str("<details class=\"quiet\"><summary>No findings; show the text</summary>\n");
    }
    for (b, block) in blocks.iter().enumerate() {
        let here: Vec<usize> = (0..report.findings.len())
            .filter(|&i| block_of(&report.findings[i]) == Some(b))
            .collect();
        let accepted: Vec<_> = report
            .suppressed
            .iter()
            .filter(|s| block_of(&s.finding) == Some(b))
            .collect();
        out.push_str("<div class=\"row\">\n<p class=\"text\">");
        highlight(
            n,
            document_prose(report),
            block.clone(),
            report.figures,
            &marks,
            out,
        );
        out.push_str("</p>\n<aside>\n");
        for &i in &here {
            card(n, i, &report.findings[i], &places, out);
        }
        for suppressed in accepted {
            let finding = &suppressed.finding;
            let _ = writeln!(
                out,
                "<details class=\"finding sev-{}\"><summary>accepted: <code>{}</code></summary>\
                 <p class=\"msg\">{}</p><p class=\"help\">{}</p></details>",
                severity_name(finding.severity),
                escape(&finding.rule),
                escape(&finding.message),
                escape(&suppressed.reason)
            );
        }
        out.push_str("</aside>\n</div>\n");
    }
    if quiet {
        out.push_str("</details>\n");
    }
    out.push_str("</section>\n");
}

/// The article text with markup masked (same offsets as the source), so
/// Markdown syntax does not show; HTML collapses the masked runs of spaces.
fn document_prose<'a>(report: &'a DocumentReport<'_>) -> &'a str {
    &report.document.prose
}

fn card(doc: usize, i: usize, finding: &Finding, places: &Places<'_>, out: &mut String) {
    let severity = severity_name(finding.severity);
    let _ = write!(
        out,
        "<div class=\"finding sev-{severity}\" id=\"f-{doc}-{i}\">\n\
         <p class=\"head\"><span class=\"badge\">{severity}</span> [{}] <code>{}</code></p>\n\
         <p class=\"msg\">{}</p>\n<ul class=\"labels\">\n",
        i + 1,
        escape(&finding.rule),
        escape(&finding.message)
    );
    for label in &finding.labels {
        let place = places.region(label.span.range());
        let _ = writeln!(
            out,
            "<li><b>{}</b> <span class=\"help\">line {}, column {}: “{}”</span></li>",
            escape(&label.text),
            place.start.line,
            place.start.column,
            escape(&place.snippet)
        );
    }
    out.push_str("</ul>\n");
    if let Some(help) = &finding.help {
        let _ = writeln!(out, "<p class=\"help\">help: {}</p>", escape(help));
    }
    out.push_str("</div>\n");
}

/// Writes `text[block]` with each figure in a span classed by its kind and
/// each label outlined and followed by its finding's number. Figures and
/// labels may overlap, so the block is cut at every start and end and each
/// piece takes the classes of what covers it.
fn highlight(
    doc: usize,
    text: &str,
    block: Range<usize>,
    figures: &[Figure],
    marks: &[Mark],
    out: &mut String,
) {
    let inside = |bytes: &Range<usize>| {
        bytes.start < bytes.end
            && block.start <= bytes.start
            && bytes.end <= block.end
            && text.is_char_boundary(bytes.start)
            && text.is_char_boundary(bytes.end)
    };
    let figures: Vec<&Figure> = figures.iter().filter(|f| inside(&f.span.range())).collect();
    let marks: Vec<&Mark> = marks.iter().filter(|m| inside(&m.bytes)).collect();
    let mut cuts: BTreeSet<usize> = [block.start, block.end].into();
    for figure in &figures {
        cuts.extend([figure.span.offset, figure.span.range().end]);
    }
    for mark in &marks {
        cuts.extend([mark.bytes.start, mark.bytes.end]);
    }
    let cuts: Vec<usize> = cuts
        .into_iter()
        .filter(|&at| text.is_char_boundary(at))
        .collect();
    for piece in cuts.windows(2) {
        let (from, to) = (piece[0], piece[1]);
        let words = escape(&text[from..to]);
        let figure = figures
            .iter()
            .find(|f| f.span.offset <= from && to <= f.span.range().end);
        let covering: Vec<&&Mark> = marks
            .iter()
            .filter(|m| m.bytes.start <= from && to <= m.bytes.end)
            .collect();
        if figure.is_none() && covering.is_empty() {
            out.push_str(&words);
            continue;
        }
        let mut classes = Vec::new();
        let mut title = Vec::new();
        if let Some(figure) = figure {
            classes.push(format!("fig k-{}", kind_name(figure.kind)));
            title.push(kind_name(figure.kind));
        }
        if let Some(worst) = covering.iter().map(|m| m.severity).max() {
            classes.push(format!("lab sev-{}", severity_name(worst)));
        }
        title.extend(covering.iter().map(|m| m.text.clone()));
        let _ = write!(
            out,
            "<span class=\"{}\" title=\"{}\">{words}</span>",
            classes.join(" "),
            escape(&title.join("; "))
        );
        for mark in covering.iter().filter(|m| m.bytes.end == to) {
            let _ = write!(
                out,
                "<sup class=\"ref sev-{}\"><a href=\"#f-{doc}-{}\">{}</a></sup>",
                severity_name(mark.severity),
                mark.finding,
                mark.finding + 1
            );
        }
    }
}

fn legend(report: &Report<'_>, out: &mut String) {
    let kinds: BTreeSet<Kind> = report
        .documents()
        .flat_map(|d| d.figures.iter().map(|f| f.kind))
        .collect();
    if kinds.is_empty() {
        return;
    }
    out.push_str("<footer>\n<p class=\"legend\">Figures by kind: ");
    for kind in kinds {
        let name = kind_name(kind);
        let _ = write!(out, "<span class=\"fig k-{name}\">{name}</span> ");
    }
    out.push_str("</p>\n</footer>\n");
}

fn kind_name(kind: Kind) -> String {
    serde_json::to_value(kind)
        .ok()
        .and_then(|value| value.as_str().map(str::to_string))
        .unwrap_or_else(|| "figure".to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mark(bytes: Range<usize>, finding: usize, severity: Severity) -> Mark {
        Mark {
            bytes,
            finding,
            severity,
            text: format!("label {finding}"),
        }
    }

    #[test]
    fn overlapping_labels_take_the_worst_severity_and_each_its_number() {
        let text = "a <b> 90 and 70";
        let marks = [
            mark(6..8, 0, Severity::Advice),
            mark(6..8, 1, Severity::Error),
            mark(13..15, 1, Severity::Error),
        ];
        let mut out = String::new();
        highlight(3, text, 0..text.len(), &[], &marks, &mut out);
        assert_eq!(
            out,
            "a &lt;b&gt; <span class=\"lab sev-error\" title=\"label 0; label 1\">90</span>\
             <sup class=\"ref sev-advice\"><a href=\"#f-3-0\">1</a></sup>\
             <sup class=\"ref sev-error\"><a href=\"#f-3-1\">2</a></sup> and \
             <span class=\"lab sev-error\" title=\"label 1\">70</span>\
             <sup class=\"ref sev-error\"><a href=\"#f-3-1\">2</a></sup>"
        );
    }

    #[test]
    fn a_label_outside_the_block_or_inside_a_character_is_left_out() {
        let text = "é 12";
        let marks = [
            mark(1..2, 0, Severity::Error),
            mark(3..9, 1, Severity::Error),
        ];
        let mut out = String::new();
        highlight(0, text, 0..text.len(), &[], &marks, &mut out);
        assert_eq!(out, "é 12");
    }
}
