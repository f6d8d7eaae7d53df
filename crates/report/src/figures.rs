use std::fmt::Write as _;

use serde_json::{Value as Json, json};
use tally_extract::{Extraction, Figure, Interval};
use tally_ingest::Document;

/// One figure as one JSON object: the contract of `tally extract --format
/// json`. Spans are bytes into the document's source.
pub fn figure_json(document: &Document, figure: &Figure) -> Json {
    json!({
        "document": document.name,
        "span": { "offset": figure.span.offset, "length": figure.span.length },
        "text": &document.source[figure.span.range()],
        "kind": figure.kind,
        "value": figure.value,
        "interval": [bound(figure.interval.low), bound(figure.interval.high)],
        "precision": figure.precision,
        "unit": figure.unit,
        "per": figure.per,
        "noun": figure.noun,
        "qualifier": figure.qualifier,
        "change": figure.change.map(|change| change.direction),
        "verb": figure.verb,
        "actor": figure.actor,
        "sentence": figure.sentence,
        "paragraph": figure.paragraph,
        "links": figure.links,
    })
}

/// JSON has no infinity; an unbounded end is `null`.
fn bound(value: f64) -> Json {
    if value.is_finite() {
        json!(value)
    } else {
        Json::Null
    }
}

/// The figures of one document as a table a person reads, one row per
/// figure, preceded by the document's name.
pub fn figure_table(document: &Document, extraction: &Extraction) -> String {
    let header = [
        "#", "span", "text", "kind", "value", "interval", "unit", "hedge", "verb", "actor", "links",
    ];
    let rows: Vec<[String; 11]> = extraction
        .figures
        .iter()
        .enumerate()
        .map(|(index, figure)| {
            [
                format!("#{index}"),
                format!("{}..{}", figure.span.offset, figure.span.end()),
                document.source[figure.span.range()].replace('\n', " "),
                name(&figure.kind),
                name(&figure.value),
                interval(figure.interval),
                unit(figure),
                name(&figure.qualifier),
                figure.verb.clone().unwrap_or_default(),
                figure.actor.clone().unwrap_or_default(),
                figure
                    .links
                    .iter()
                    .map(|link| format!("{} #{}", name(&link.kind), link.to))
                    .collect::<Vec<_>>()
                    .join(", "),
            ]
        })
        .collect();

    let mut widths = header.map(str::len);
    for row in &rows {
        for (width, cell) in widths.iter_mut().zip(row) {
            *width = (*width).max(cell.chars().count());
        }
    }
    let mut out = format!("{} ({} figures)\n", document.name, rows.len());
    let mut line = |cells: &[&str]| {
        let mut text = String::new();
        for (cell, width) in cells.iter().zip(widths) {
            let _ = write!(text, "{cell:<width$}  ");
        }
        out.push_str(text.trim_end());
        out.push('\n');
    };
    line(&header);
    for row in &rows {
        line(&row.each_ref().map(String::as_str));
    }
    out
}

/// A serialisable value as its plain JSON text, without quotes for strings.
fn name(value: &impl serde::Serialize) -> String {
    match serde_json::to_value(value) {
        Ok(Json::String(text)) => text,
        Ok(Json::Number(number)) => match number.as_f64() {
            Some(value) if value.fract() == 0.0 && value.abs() < 1e15 => format!("{value:.0}"),
            _ => number.to_string(),
        },
        Ok(Json::Array(items)) => format!(
            "[{}]",
            items.iter().map(name).collect::<Vec<_>>().join(", ")
        ),
        Ok(other) => other.to_string(),
        Err(_) => String::new(),
    }
}

fn interval(interval: Interval) -> String {
    if interval.is_exact() {
        return String::new();
    }
    let end = |value: f64| {
        if value.is_finite() {
            format!("{value}")
        } else if value > 0.0 {
            "∞".to_string()
        } else {
            "-∞".to_string()
        }
    };
    format!("[{}, {}]", end(interval.low), end(interval.high))
}

fn unit(figure: &Figure) -> String {
    let mut unit = figure.unit.clone().unwrap_or_default();
    if let Some(noun) = &figure.noun {
        for also in &noun.also {
            unit.push('/');
            unit.push_str(also);
        }
    }
    if let Some(per) = &figure.per {
        let _ = write!(unit, " per {per}");
    }
    unit
}
