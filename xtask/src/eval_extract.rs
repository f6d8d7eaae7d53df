//! `cargo xtask eval-extract SPEC_DIR`: runs the Microsoft
//! Recognizers-Text English specs (Number/ and NumberWithUnit/ JSON files)
//! through tally-extract and prints, per file, how many expected figures
//! were found with the right value and with the exact span.
//!
//! Out of scope, and counted apart, each with its reason (printed):
//! - cases the spec marks `NotSupported` or `NotSupportedByDesign` for
//!   the .NET reference implementation: what the reference itself does
//!   not do. A mark naming only other ports (javascript, python, java)
//!   says those ports lag the reference, not that the case is beyond a
//!   demanding reader, so such cases stay in scope;
//! - expected results with no value: a unit named without a number
//!   ("convert to fahrenheit") is not a figure;
//! - notation we deliberately do not read as a news figure: exponents
//!   ("1.1^23", "1e10"), spoken decimals ("two point five"), fractions
//!   written "a/b" or "a over b" ("3/4" is a date as often as a fraction
//!   in news copy), Indian numbering units (lakh, crore) and "nought".
//!
//! Set `EVAL_EXTRACT_STRICT=1` to keep the deliberate notation in scope
//! too: only the .NET marks and units without a number stay out. Set `EVAL_EXTRACT_MISSES=1` to list the expected results missed on
//! value, `EVAL_EXTRACT_SPAN_MISSES=1` for those found with other bytes.
//!
//! A span counts as exact when the figure's bytes are the expected text,
//! or are it but for hedge words (`HEDGE_WORDS`) around a figure tally
//! read as hedged or as a range: the figure contract leaves those words
//! out of spans and records them as the qualifier.
//!
//! A case that expects no result passes when tally finds no figure of the
//! file's kinds in it. tally types a fraction in words ("two thirds") as
//! a percent; it is compared divided by 100 where the spec wants a number.

use std::path::Path;

use serde_json::Value as Json;
use tally_extract::{Extractor, Figure, Kind, Value};
use tally_ingest::Document;

#[derive(Default)]
struct Tally {
    cases: usize,
    out_of_scope: usize,
    /// Expected results left out, by reason.
    reasons: std::collections::BTreeMap<&'static str, usize>,
    expected: usize,
    value_ok: usize,
    span_ok: usize,
    empty_cases: usize,
    empty_ok: usize,
}

impl Tally {
    fn add(&mut self, other: &Tally) {
        self.cases += other.cases;
        self.out_of_scope += other.out_of_scope;
        for (reason, n) in &other.reasons {
            *self.reasons.entry(reason).or_default() += n;
        }
        self.expected += other.expected;
        self.value_ok += other.value_ok;
        self.span_ok += other.span_ok;
        self.empty_cases += other.empty_cases;
        self.empty_ok += other.empty_ok;
    }

    fn line(&self, name: &str) -> String {
        let rate = |ok: usize, of: usize| {
            if of == 0 {
                "-".to_string()
            } else {
                format!("{:.1}%", 100.0 * ok as f64 / of as f64)
            }
        };
        format!(
            "{name:<52} cases {:>4}  out of scope {:>4}  expected {:>4}  value {:>6}  span {:>6}  no-figure cases {:>6}  in-scope pass {:>6}",
            self.cases,
            self.out_of_scope,
            self.expected,
            rate(self.value_ok, self.expected),
            rate(self.span_ok, self.expected),
            rate(self.empty_ok, self.empty_cases),
            rate(
                self.value_ok + self.empty_ok,
                self.expected + self.empty_cases
            ),
        )
    }
}

/// The figure kinds a spec type name corresponds to.
fn kinds_for(type_name: &str) -> Option<&'static [Kind]> {
    Some(match type_name {
        // The number model wants every number, whatever it counts.
        "number" => &[
            Kind::Count,
            Kind::Year,
            Kind::Rate,
            Kind::Money,
            Kind::Measure,
            Kind::Duration,
            Kind::Age,
            Kind::Percent,
            Kind::Ordinal,
        ],
        "ordinal" => &[Kind::Ordinal],
        "percentage" => &[Kind::Percent],
        // tally writes a one-sided range ("more than 30") as a hedged
        // figure; see `bound_matches`.
        "numberrange" => &[
            Kind::Range,
            Kind::Count,
            Kind::Percent,
            Kind::Age,
            Kind::Money,
        ],
        "currency" => &[Kind::Money, Kind::Rate],
        "age" => &[Kind::Age],
        "dimension" => &[Kind::Measure, Kind::Rate, Kind::Duration],
        "temperature" => &[Kind::Measure],
        _ => return None,
    })
}

/// The kinds a whole file is about, from its name.
fn file_kinds(file: &str) -> &'static [Kind] {
    let type_name = if file.starts_with("Ordinal") {
        "ordinal"
    } else if file.starts_with("Percent") {
        "percentage"
    } else if file.starts_with("NumberRange") {
        // "1995-01" holds no range, whatever else it holds.
        return &[Kind::Range];
    } else if file.starts_with("Currency") {
        "currency"
    } else if file.starts_with("Age") {
        "age"
    } else if file.starts_with("Dimension") {
        "dimension"
    } else if file.starts_with("Temperature") {
        "temperature"
    } else {
        // "the 180ml liquid" holds no bare number: a measure is not one.
        return &[Kind::Count, Kind::Year];
    };
    kinds_for(type_name).unwrap_or(&[])
}

/// Byte range of the inclusive char range `start..=end` of `text`.
fn byte_range(text: &str, start: usize, end: usize) -> Option<std::ops::Range<usize>> {
    let mut indices = text
        .char_indices()
        .map(|(i, _)| i)
        .chain(std::iter::once(text.len()));
    let from = indices.nth(start)?;
    let to = indices.nth(end - start)?;
    Some(from..to)
}

/// The numbers an expected resolution value holds: "75000000", "100%",
/// "(10,15]".
fn expected_numbers(value: &str) -> Vec<f64> {
    value
        .split(|c: char| {
            !(c.is_ascii_digit() || c == '.' || c == '-' || c == 'E' || c == 'e' || c == '+')
        })
        .filter_map(|part| part.parse::<f64>().ok())
        .collect()
}

/// Whether the spec marks a case as not supported by the .NET reference
/// implementation, so the cases the reference passes are all in scope.
fn not_supported(case: &Json) -> bool {
    ["NotSupported", "NotSupportedByDesign"].iter().any(|key| {
        case.get(*key)
            .and_then(Json::as_str)
            .is_some_and(|who| who.contains("dotnet"))
    })
}

fn strict() -> bool {
    std::env::var_os("EVAL_EXTRACT_STRICT").is_some()
}

/// Why an expected result is notation tally deliberately does not read,
/// if it is.
fn notation_out_of_scope(text: &str) -> Option<&'static str> {
    let lower = text.to_lowercase();
    let bytes = lower.as_bytes();
    let exponent = lower.contains('^')
        || bytes.windows(3).any(|w| {
            w[0].is_ascii_digit()
                && w[1] == b'e'
                && (w[2].is_ascii_digit() || w[2] == b'-' || w[2] == b'+')
        });
    if exponent {
        return Some("exponent notation");
    }
    if lower.split_whitespace().any(|w| w == "point") {
        return Some("spoken decimals (\"two point five\")");
    }
    let slash = bytes
        .windows(3)
        .any(|w| w[0].is_ascii_digit() && w[1] == b'/' && w[2].is_ascii_digit())
        || lower.split_whitespace().any(|w| w == "over");
    if slash {
        return Some("fractions written a/b or \"a over b\"");
    }
    if lower.contains("lakh") || lower.contains("crore") {
        return Some("Indian numbering units (lakh, crore)");
    }
    if lower.contains("nought") || lower.contains("naught") {
        return Some("\"nought\" for zero");
    }
    None
}

/// A one-sided range ("(30,)", "[,100]") matches a figure hedged the
/// same way, and a point range ("[20,20]") an exact figure of that value whose interval has that bound: "more than 30" is a count of 30
/// qualified more-than, with interval [30, inf).
fn bound_matches(type_name: &str, want: &[f64], figure: &Figure) -> bool {
    use tally_extract::Qualifier::*;
    // "equals 20" is the range [20,20]: an exact 20 says the same.
    if let ([low, high], Value::Number(v)) = (want, figure.value) {
        return type_name == "numberrange"
            && figure.qualifier == Exact
            && close(*low, *high)
            && close(*low, v);
    }
    let [bound] = want else { return false };
    type_name == "numberrange"
        && match figure.qualifier {
            MoreThan | AtLeast => close(figure.interval.low, *bound),
            LessThan | AtMost => close(figure.interval.high, *bound),
            _ => false,
        }
}

/// Words that bound or hedge a figure. tally leaves them out of a
/// figure's span on purpose (rules point at the number; the hedge is the
/// figure's qualifier), so a spec span that is the figure's bytes plus
/// only such words is the same figure read as a whole.
const HEDGE_WORDS: &[&str] = &[
    "about",
    "above",
    "almost",
    "and",
    "approximately",
    "around",
    "as",
    "at",
    "below",
    "between",
    "bigger",
    "equal",
    "equals",
    "fewer",
    "from",
    "greater",
    "higher",
    "larger",
    "least",
    "less",
    "lower",
    "many",
    "more",
    "most",
    "nearly",
    "no",
    "or",
    "over",
    "roughly",
    "smaller",
    "than",
    "to",
    "under",
    "up",
];

/// The expected bytes are the figure's plus hedge words (and comparison
/// signs) around it, and tally did read a hedge or a range there: its
/// qualifier is not exact, or its value has two ends.
fn hedge_words_around(input: &str, figure: &Figure, want: std::ops::Range<usize>) -> bool {
    let got = figure.span.range();
    let hedged = figure.qualifier != tally_extract::Qualifier::Exact
        || matches!(figure.value, Value::Range(..));
    if !hedged || got.start < want.start || want.end < got.end {
        return false;
    }
    let only_hedges = |text: &str| {
        text.split(|c: char| c.is_whitespace() || matches!(c, ',' | '<' | '>' | '=' | '≤' | '≥'))
            .filter(|w| !w.is_empty())
            .all(|w| HEDGE_WORDS.contains(&w.to_lowercase().as_str()))
    };
    only_hedges(&input[want.start..got.start]) && only_hedges(&input[got.end..want.end])
}

fn figure_numbers(figure: &Figure) -> Vec<f64> {
    match figure.value {
        Value::Number(n) => vec![n],
        Value::Range(a, b) => vec![a, b],
        _ => Vec::new(),
    }
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-6 * a.abs().max(b.abs()).max(1.0)
}

fn run_file(path: &Path, extractor: &Extractor) -> Result<Tally, String> {
    let file = path
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or_default()
        .to_string();
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let cases: Vec<Json> = serde_json::from_str(text.trim_start_matches('\u{feff}'))
        .map_err(|e| format!("{}: {e}", path.display()))?;
    let mut tally = Tally::default();
    for case in &cases {
        tally.cases += 1;
        if not_supported(case) {
            tally.out_of_scope += 1;
            continue;
        }
        let input = case["Input"].as_str().unwrap_or_default();
        let document = Document::from_text("spec", input);
        let figures = extractor.extract(&document).figures;
        let results = case["Results"].as_array().cloned().unwrap_or_default();
        if results.is_empty() {
            tally.empty_cases += 1;
            let kinds = file_kinds(&file);
            let wrong: Vec<&str> = figures
                .iter()
                .filter(|f| kinds.contains(&f.kind))
                .map(|f| &input[f.span.range()])
                .collect();
            if wrong.is_empty() {
                tally.empty_ok += 1;
            } else if std::env::var_os("EVAL_EXTRACT_MISSES").is_some() {
                eprintln!("{file}: {input:?} wants no figure, got {wrong:?}");
            }
            continue;
        }
        for result in &results {
            let type_name = result["TypeName"].as_str().unwrap_or_default();
            let Some(kinds) = kinds_for(type_name) else {
                continue;
            };
            let (Some(start), Some(end)) = (result["Start"].as_u64(), result["End"].as_u64())
            else {
                continue;
            };
            let Some(range) = byte_range(input, start as usize, end as usize) else {
                continue;
            };
            let want = expected_numbers(result["Resolution"]["value"].as_str().unwrap_or_default());
            let reason = if want.is_empty() {
                Some("a unit named without a number")
            } else if strict() {
                None
            } else {
                notation_out_of_scope(result["Text"].as_str().unwrap_or_default())
            };
            if let Some(reason) = reason {
                *tally.reasons.entry(reason).or_default() += 1;
                continue;
            }
            // "192.168.1.2", "SCP-173": tally types codes as identifiers.
            let in_code = figures.iter().any(|f| {
                let r = f.span.range();
                f.kind == Kind::Identifier && r.start <= range.start && range.end <= r.end
            });
            if in_code && type_name == "number" && !strict() {
                *tally
                    .reasons
                    .entry("a number inside a code tally types as an identifier")
                    .or_default() += 1;
                continue;
            }
            tally.expected += 1;
            let overlapping = figures.iter().filter(|f| {
                let r = f.span.range();
                r.start < range.end && range.start < r.end && kinds.contains(&f.kind)
            });
            let mut value_ok = false;
            let mut span_ok = false;
            for figure in overlapping {
                let mut got = figure_numbers(figure);
                let word_fraction = figure.kind == Kind::Percent
                    && type_name != "percentage"
                    && !input[figure.span.range()].contains(['%', 'p']);
                if word_fraction {
                    got.iter_mut().for_each(|v| *v /= 100.0);
                }
                let same = bound_matches(type_name, &want, figure)
                    || !want.is_empty()
                        && got.len() >= want.len()
                        && want.iter().zip(&got).all(|(w, g)| close(*w, *g));
                value_ok |= same;
                span_ok |= same
                    && (figure.span.range() == range
                        || hedge_words_around(input, figure, range.clone()));
            }
            if !value_ok && std::env::var_os("EVAL_EXTRACT_MISSES").is_some() {
                let found: Vec<String> = figures
                    .iter()
                    .map(|f| format!("{:?}={:?}", &input[f.span.range()], f.kind))
                    .collect();
                eprintln!(
                    "{file}: {input:?} want {:?} {want:?} got {found:?}",
                    &input[range.clone()]
                );
            }
            if value_ok && !span_ok && std::env::var_os("EVAL_EXTRACT_SPAN_MISSES").is_some() {
                let found: Vec<&str> = figures.iter().map(|f| &input[f.span.range()]).collect();
                eprintln!(
                    "{file}: want span {:?} got {found:?}",
                    &input[range.clone()]
                );
            }
            tally.value_ok += usize::from(value_ok);
            tally.span_ok += usize::from(span_ok);
        }
    }
    Ok(tally)
}

pub fn run(spec_dir: &Path) -> Result<(), String> {
    let extractor = Extractor::new();
    let mut total = Tally::default();
    for folder in ["Number", "NumberWithUnit"] {
        let dir = spec_dir.join(folder);
        let mut paths: Vec<_> = std::fs::read_dir(&dir)
            .map_err(|e| format!("{}: {e}", dir.display()))?
            .filter_map(|entry| entry.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|e| e == "json"))
            .collect();
        paths.sort();
        for path in paths {
            let tally = run_file(&path, &extractor)?;
            let name = format!(
                "{folder}/{}",
                path.file_name().unwrap_or_default().to_string_lossy()
            );
            println!("{}", tally.line(&name));
            total.add(&tally);
        }
    }
    println!("{}", total.line("all"));
    println!("expected results left out of scope, by reason:");
    for (reason, n) in &total.reasons {
        println!("  {n:>4}  {reason}");
    }
    println!(
        "value: an expected figure is found (overlapping span, a kind of its type) with the same value; \
         span: and its bytes are exactly the expected text, or are it but for hedge words around a \
         figure tally read as hedged or as a range (\"more than 30\", \"between 20 and 30\": tally \
         leaves such words out of the span on purpose and records them as the qualifier). Out of scope: cases the spec marks \
         NotSupported/NotSupportedByDesign for the .NET reference (counted per case), and the \
         expected results listed above (counted per result)."
    );
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn first_figure(text: &str) -> Figure {
        let document = Document::from_text("t", text);
        let mut figures = Extractor::new().extract(&document).figures;
        assert!(!figures.is_empty(), "{text}");
        figures.remove(0)
    }

    #[test]
    fn hedge_words_count_toward_the_span_only_around_a_hedged_figure() {
        let text = "They counted more than 30 boats.";
        let want = text.find("more").unwrap()..text.find(" boats").unwrap();
        assert!(hedge_words_around(text, &first_figure(text), want));

        let text = "They counted between 20 and 30 boats.";
        let want = text.find("between").unwrap()..text.find(" boats").unwrap();
        assert!(hedge_words_around(text, &first_figure(text), want));

        // "counted" is no hedge word, and an exact figure has no hedge.
        let text = "They counted more than 30 boats.";
        let want = text.find("counted").unwrap()..text.find(" boats").unwrap();
        assert!(!hedge_words_around(text, &first_figure(text), want));
        let text = "They counted about 30 boats.";
        let want = text.find("counted").unwrap()..text.find(" boats").unwrap();
        assert!(!hedge_words_around(text, &first_figure(text), want));
        let text = "They counted 30 boats.";
        let want = text.find("counted").unwrap()..text.find(" boats").unwrap();
        assert!(!hedge_words_around(text, &first_figure(text), want));
    }
}
