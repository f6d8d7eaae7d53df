//! News quantities scored the way CQE (EMNLP 2023) scores them: for each
//! quantity a reader sees in a sentence, is it found with its value, its
//! unit, its qualifier ("about", "more than") and its change ("rose 3%":
//! up)? The sentences are a small held-in set written for this project
//! (tests/data/news_quantities.jsonl); the fields compared are those of
//! the JSON that `tally extract --format json` prints.
//!
//! The test fails when a score drops below its floor. The floors are the
//! measured scores, rounded down to a whole percent: raise them when
//! extraction improves. The first 48 sentences were written before the
//! fixes they led to (held in). Two later batches were scored before any
//! fix for them, as a check on how far the fixes generalise: the next 25
//! at value 100%, unit 96.8%, qualifier 100%, change 96.8%; the last 25
//! at value 94.1%, unit 91.2%, qualifier 94.1%, change 94.1%, precision
//! 97.0%. A fifth batch of 97 sentences (136 quantities: markets, the
//! economy, sport, weather, disasters, elections, health, tech, transport,
//! negatives, fractions, ranges, many hedge and change phrasings) was
//! scored before any fix at value 98.5%, unit 89.7%, qualifier 97.1%,
//! change 94.9%, precision 96.4%. A sixth batch of 77 sentences (112
//! quantities, the same spread in other phrasings) was written after the
//! fixes for the fifth, to see how far they carry, and scored before any
//! fix of its own at value 96.4%, unit 92.0%, qualifier 96.4%, change
//! 91.1%, precision 95.6%. A seventh batch of 70 (90 quantities), written
//! after the fixes for the sixth, scored before any fix of its own at
//! value 98.9%, unit 96.7%, qualifier 96.7%, change 94.4%, precision
//! 100.0%. An eighth batch of 60 (82 quantities, wire abbreviations such
//! as "pct", "bln", "bpd", "y/y"), written after the fixes for the
//! seventh, scored before any fix of its own at value 100.0%, unit 96.3%,
//! qualifier 98.8%, change 95.1%, precision 100.0%. A ninth batch of 60
//! (81 quantities: odd notations such as "$1.5-billion", "40,000-plus",
//! "1½ hours"), written after the fixes for the eighth, scored before any
//! fix of its own at value 97.5%, unit 96.3%, qualifier 96.3%, change
//! 95.1%, precision 97.5%. A tenth batch of 50 (70 quantities: sport,
//! energy and data units, foreign dollars, majorities), written after the
//! fixes for the ninth, scored before any fix of its own at value 100.0%,
//! unit 95.7%, qualifier 100.0%, change 98.6%, precision 98.6%. An
//! eleventh batch of 50 (68 quantities, attributions and far subjects),
//! written after the fixes for the tenth, scored before any fix of its own
//! at value 100.0%, unit 95.6%, qualifier 100.0%, change 95.6%, precision
//! 100.0%. A twelfth batch of 40 (55 quantities: justice, schools, farms,
//! science, housing, work; rarer hedges such as "the best part of"),
//! written after the fixes for the eleventh, scored before any fix of its
//! own at value 100.0%, unit 100.0%, qualifier 94.5%, change 92.7%,
//! precision 98.2%. A thirteenth batch of 40 (56 quantities: lists with
//! "respectively", money per head, comparatives), written after the fixes
//! for the twelfth, scored before any fix of its own at value 100.0%, unit
//! 100.0%, qualifier 100.0%, change 94.6%, precision 98.2%. A fourteenth
//! batch of 40 (56 quantities), written after the fixes for the
//! thirteenth, scored before any fix of its own at value 98.2%, unit
//! 96.4%, qualifier 98.2%, change 96.4%, precision 96.5%. A fifteenth
//! batch of 40 (54 quantities: numbers in words, lists of three, vague
//! amounts of money), written after the fixes for the fourteenth, scored
//! before any fix of its own at value 98.1%, unit 94.4%, qualifier 98.1%,
//! change 98.1%, precision 98.1%. A sixteenth batch of 40 (52
//! quantities: headlines, ranges in words, caps), written after the fixes
//! for the fifteenth, scored before any fix of its own at value 100.0%,
//! unit 94.2%, qualifier 100.0%, change 100.0%, precision 94.5%. A
//! seventeenth batch of 40 (52 quantities), written after the fixes for
//! the sixteenth, scored before any fix of its own at value 100.0%, unit
//! 100.0%, qualifier 100.0%, change 96.2%, precision 98.1%. An eighteenth
//! batch of 40 (47 quantities), written after the fixes for the
//! seventeenth, scored before any fix of its own at value 95.7%, unit
//! 93.6%, qualifier 93.6%, change 95.7%, precision 93.8%. A nineteenth
//! batch of 40 (50 quantities), written after the fixes for the
//! eighteenth, scored before any fix of its own at value 100.0%, unit
//! 100.0%, qualifier 100.0%, change 98.0%, precision 96.2%.

use serde_json::Value as Json;
use tally_extract::{Extractor, Kind};
use tally_ingest::Document;

/// Kinds a reader counts as quantities: dates, weekdays, times, years,
/// scores, ordinals and identifiers are not.
fn is_quantity(kind: Kind) -> bool {
    matches!(
        kind,
        Kind::Count
            | Kind::Money
            | Kind::Percent
            | Kind::PercentagePoints
            | Kind::Measure
            | Kind::Rate
            | Kind::Duration
            | Kind::Range
            | Kind::Age
    )
}

#[derive(Default, Debug)]
struct Scores {
    expected: usize,
    produced: usize,
    value: usize,
    unit: usize,
    qualifier: usize,
    change: usize,
}

impl Scores {
    fn rate(&self, ok: usize) -> f64 {
        100.0 * ok as f64 / self.expected.max(1) as f64
    }
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-3 * a.abs().max(b.abs()).max(1.0)
}

/// The first number of a printed value: a number, or a range's low end.
fn first_number(value: &Json) -> Option<f64> {
    value
        .as_f64()
        .or_else(|| value.as_array()?.first()?.as_f64())
}

fn score() -> (Scores, Vec<String>) {
    let extractor = Extractor::new();
    let mut scores = Scores::default();
    let mut misses = Vec::new();
    let data = include_str!("data/news_quantities.jsonl");
    for (line_no, line) in data
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
    {
        let case: Json = serde_json::from_str(line)
            .unwrap_or_else(|e| panic!("news_quantities.jsonl:{}: {e}", line_no + 1));
        let sentence = case["sentence"].as_str().expect("a sentence");
        let figures: Vec<Json> = extractor
            .extract(&Document::from_text("news", sentence))
            .figures
            .into_iter()
            .filter(|f| is_quantity(f.kind))
            .map(|f| serde_json::to_value(&f).expect("figures serialise"))
            .collect();
        scores.produced += figures.len();
        for want in case["quantities"].as_array().expect("quantities") {
            scores.expected += 1;
            let value = want["value"].as_f64().expect("a numeric value");
            let Some(got) = figures
                .iter()
                .find(|f| first_number(&f["value"]).is_some_and(|v| close(v, value)))
            else {
                misses.push(format!("{sentence:?}: no figure of value {value}"));
                continue;
            };
            scores.value += 1;
            for (field, count) in [
                ("unit", &mut scores.unit),
                ("qualifier", &mut scores.qualifier),
                ("change", &mut scores.change),
            ] {
                if normal(&got[field]) == want[field] {
                    *count += 1;
                } else {
                    misses.push(format!(
                        "{sentence:?}: {value} {field} {} (want {})",
                        got[field], want[field]
                    ));
                }
            }
        }
    }
    (scores, misses)
}

#[test]
fn news_quantities_score_at_or_above_their_floors() {
    let (scores, misses) = score();
    let precision = 100.0 * scores.value as f64 / scores.produced.max(1) as f64;
    let report = format!(
        "{} expected, {} produced: value {:.1}%, unit {:.1}%, qualifier {:.1}%, change {:.1}%, \
         precision {precision:.1}%\n{}",
        scores.expected,
        scores.produced,
        scores.rate(scores.value),
        scores.rate(scores.unit),
        scores.rate(scores.qualifier),
        scores.rate(scores.change),
        misses.join("\n")
    );
    eprintln!("{report}");
    let floors = [
        ("value", scores.rate(scores.value), 100.0),
        ("unit", scores.rate(scores.unit), 99.0),
        ("qualifier", scores.rate(scores.qualifier), 100.0),
        ("change", scores.rate(scores.change), 100.0),
        ("precision", precision, 99.0),
    ];
    for (name, got, floor) in floors {
        assert!(
            got >= floor,
            "{name} {got:.1}% is below its floor {floor}%\n{report}"
        );
    }
}

/// The change as the command line prints it: its direction alone.
fn normal(field: &Json) -> Json {
    field
        .get("direction")
        .cloned()
        .unwrap_or_else(|| field.clone())
}
