//! SARIF 2.1.0, the format code scanning (GitHub, Azure DevOps, editors)
//! reads: one run, the rule table from the rule files, one result per
//! finding (suppressed ones marked so), input problems as notifications.

use std::path::Path;

use serde_json::{Value as Json, json};
use tally_check::{Finding, Label, Rule, Severity};
use tally_ingest::{Document, Format, Problem};

use crate::location::{Place, Places, relative_uri};
use crate::model::{DocumentReport, Entry, Report};
use crate::suppress::{BUILTIN_RULES, Suppressed};

const SCHEMA: &str = "https://json.schemastore.org/sarif-2.1.0.json";
/// Relative artifact URIs are relative to this base, which
/// `originalUriBaseIds` ties to the working directory of the run.
const BASE: &str = "%SRCROOT%";

/// The whole run as one SARIF log, pretty-printed, with a final newline.
/// `cwd` is the working directory: artifact URIs are relative to it.
pub fn render_sarif(report: &Report<'_>, cwd: &Path) -> String {
    let table = rule_table(report.rules);
    let mut results = Vec::new();
    let mut notifications = Vec::new();
    for entry in &report.entries {
        match entry {
            Entry::Problem(problem) => notifications.push(notification(problem)),
            Entry::Document(document) => document_results(document, &table, cwd, &mut results),
        }
    }
    let successful = !report
        .entries
        .iter()
        .any(|entry| matches!(entry, Entry::Problem(problem) if problem.kind.stops_input()));
    let log = json!({
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": { "driver": {
                "name": "tally",
                "version": env!("CARGO_PKG_VERSION"),
                "informationUri": "https://github.com/tally-news/tally",
                "rules": table.iter().map(|rule| rule.json.clone()).collect::<Vec<_>>(),
            }},
            "originalUriBaseIds": { BASE: { "uri": directory_uri(cwd) } },
            "columnKind": "utf16CodeUnits",
            "invocations": [{
                "executionSuccessful": successful,
                "toolExecutionNotifications": notifications,
            }],
            "results": results,
        }],
    });
    let mut out = serde_json::to_string_pretty(&log).unwrap_or_default();
    out.push('\n');
    out
}

struct Descriptor {
    id: String,
    json: Json,
}

fn rule_table(rules: &[Rule]) -> Vec<Descriptor> {
    let mut table: Vec<Descriptor> = rules
        .iter()
        .map(|rule| {
            let (what, why, example) = (
                rule.docs.what.trim(),
                rule.docs.why.trim(),
                rule.docs.example.trim(),
            );
            Descriptor {
                id: rule.id.clone(),
                json: json!({
                    "id": rule.id,
                    "shortDescription": { "text": rule.title },
                    "fullDescription": { "text": what },
                    "help": {
                        "text": format!("{what}\n\nWhy: {why}\n\nExample: {example}"),
                        "markdown": format!("{what}\n\n**Why it matters.** {why}\n\n**Example.** {example}"),
                    },
                    "defaultConfiguration": { "level": level(rule.severity) },
                    "properties": { "tags": rule.tags },
                }),
            }
        })
        .collect();
    table.extend(BUILTIN_RULES.iter().map(|(id, title, what)| Descriptor {
        id: id.to_string(),
        json: json!({
            "id": id,
            "shortDescription": { "text": title },
            "fullDescription": { "text": what },
            "defaultConfiguration": { "level": level(Severity::Warning) },
        }),
    }));
    table
}

fn document_results(
    report: &DocumentReport<'_>,
    table: &[Descriptor],
    cwd: &Path,
    results: &mut Vec<Json>,
) {
    let places = Places::new(report.document);
    for finding in report.findings {
        results.push(result(report.document, &places, finding, table, cwd, None));
    }
    for suppressed in report.suppressed {
        let finding = &suppressed.finding;
        results.push(result(
            report.document,
            &places,
            finding,
            table,
            cwd,
            Some(suppressed),
        ));
    }
}

fn result(
    document: &Document,
    places: &Places<'_>,
    finding: &Finding,
    table: &[Descriptor],
    cwd: &Path,
    suppressed: Option<&Suppressed>,
) -> Json {
    let mut text = finding.message.clone();
    if let Some(help) = &finding.help {
        text.push_str("\nhelp: ");
        text.push_str(help);
    }
    let mut labels = finding.labels.iter();
    let primary = labels.next();
    let mut result = json!({
        "ruleId": finding.rule,
        "level": level(finding.severity),
        "message": { "text": text },
        "locations": [location(document, places, primary, cwd)],
    });
    if let Some(index) = table.iter().position(|rule| rule.id == finding.rule) {
        result["ruleIndex"] = json!(index);
    }
    let related: Vec<Json> = labels
        .enumerate()
        .map(|(n, label)| {
            let mut related = location(document, places, Some(label), cwd);
            related["id"] = json!(n + 1);
            related
        })
        .collect();
    if !related.is_empty() {
        result["relatedLocations"] = json!(related);
    }
    if let Some(suppressed) = suppressed {
        let comment = Some(places.region(suppressed.comment.clone()));
        result["suppressions"] = json!([{
            "kind": "inSource",
            "status": "accepted",
            "justification": suppressed.reason,
            "location": physical(document, cwd, comment),
        }]);
    }
    result
}

/// Where a label is: a region of the file for a file, the record by name for
/// a corpus record (its offsets index the record's text, not the file's).
fn location(document: &Document, places: &Places<'_>, label: Option<&Label>, cwd: &Path) -> Json {
    let place = label.map(|label| places.region(label.span.range()));
    let mut location = physical(document, cwd, place);
    if let Some(label) = label {
        location["message"] = json!({ "text": label.text });
    }
    location
}

fn physical(document: &Document, cwd: &Path, place: Option<Place>) -> Json {
    let record = matches!(document.format, Format::JsonLines | Format::Csv);
    let Some(path) = &document.path else {
        return json!({ "logicalLocations": [{ "name": document.name }] });
    };
    let mut artifact = json!({ "uri": relative_uri(path, cwd) });
    if !path.is_absolute() || path.starts_with(cwd) {
        artifact["uriBaseId"] = json!(BASE);
    }
    if record {
        let id = document
            .name
            .rsplit_once('#')
            .map_or(document.name.as_str(), |(_, id)| id);
        let mut location = json!({
            "physicalLocation": { "artifactLocation": artifact },
            "logicalLocations": [{ "name": id, "fullyQualifiedName": document.name, "kind": "record" }],
        });
        if let Some(place) = place {
            location["properties"] = json!({
                "recordByteOffset": place.bytes.start,
                "recordByteLength": place.bytes.len(),
                "snippet": place.snippet,
            });
        }
        return location;
    }
    let mut physical = json!({ "artifactLocation": artifact });
    if let Some(place) = place {
        physical["region"] = json!({
            "startLine": place.start.line,
            "startColumn": place.start.column,
            "endLine": place.end.line,
            "endColumn": place.end.column,
            "byteOffset": place.bytes.start,
            "byteLength": place.bytes.len(),
            "snippet": { "text": place.snippet },
        });
    }
    json!({ "physicalLocation": physical })
}

fn notification(problem: &Problem) -> Json {
    let code = problem.kind.code();
    let mut text = format!("{}: {}", problem.input, problem.message);
    if let Some(help) = &problem.help {
        text.push_str("\nhelp: ");
        text.push_str(help);
    }
    json!({
        "level": if problem.kind.stops_input() { "error" } else { "warning" },
        "message": { "text": text },
        "descriptor": { "id": code },
    })
}

fn level(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Advice => "note",
    }
}

fn directory_uri(cwd: &Path) -> String {
    let mut uri = crate::location::file_uri(cwd);
    if !uri.ends_with('/') {
        uri.push('/');
    }
    uri
}
