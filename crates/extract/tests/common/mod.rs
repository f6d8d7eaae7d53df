//! Renders an extraction as the figure table snapshots compare.

use std::fmt::Write;

use tally_extract::{Extraction, Figure, Value};

fn value(value: &Value) -> String {
    serde_json::to_string(value).expect("a value always serialises")
}

fn number(n: f64) -> String {
    if n.is_infinite() {
        if n > 0.0 { "inf".into() } else { "-inf".into() }
    } else {
        format!("{}", (n * 1e6).round() / 1e6)
    }
}

fn row(source: &str, figure: &Figure) -> String {
    let mut out = format!(
        "{:?} {} {} [{}, {}]",
        &source[figure.span.range()],
        serde_json::to_string(&figure.kind)
            .unwrap()
            .trim_matches('"'),
        value(&figure.value),
        number(figure.interval.low),
        number(figure.interval.high),
    );
    let mut field = |name: &str, text: Option<String>| {
        if let Some(text) = text {
            write!(out, " {name}={text}").unwrap();
        }
    };
    field("unit", figure.unit.clone());
    field("per", figure.per.clone());
    field(
        "noun",
        figure
            .noun
            .as_ref()
            .map(|n| format!("{}{:?}{:?}", n.lemma, n.also, n.modifiers)),
    );
    field(
        "q",
        (figure.qualifier != Default::default()).then(|| {
            serde_json::to_string(&figure.qualifier)
                .unwrap()
                .trim_matches('"')
                .to_string()
        }),
    );
    field(
        "change",
        figure
            .change
            .map(|c| format!("{:?}", c.direction).to_lowercase()),
    );
    field("verb", figure.verb.clone());
    field("actor", figure.actor.clone());
    field(
        "links",
        (!figure.links.is_empty()).then(|| {
            figure
                .links
                .iter()
                .map(|l| format!("{:?}->{}", l.kind, l.to))
                .collect::<Vec<_>>()
                .join(",")
        }),
    );
    write!(out, " s{} p{}", figure.sentence, figure.paragraph).unwrap();
    out
}

/// One line per figure: id, text, kind, value, interval, then the context
/// fields that are set.
pub fn table(source: &str, extraction: &Extraction) -> String {
    extraction
        .figures
        .iter()
        .enumerate()
        .map(|(i, f)| format!("{i}: {}\n", row(source, f)))
        .collect()
}
