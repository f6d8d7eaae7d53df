//! Properties of the whole path from text to report, on texts made of the
//! words rules bind on (numbers, hedges, links, dates) shuffled with
//! arbitrary characters: checking never panics, every label slices the
//! source on character boundaries, every report format renders, and the
//! same text gives the same findings twice.

use std::path::{Path, PathBuf};

use proptest::prelude::*;
use tally_check::RuleSet;
use tally_extract::Extractor;
use tally_ingest::Document;
use tally_report::{
    FindingDiagnostic, Style, figure_table, render_github, render_human, render_json,
};

/// Pieces of news copy that make rules bind, so that random texts reach
/// evaluation and rendering rather than stopping at "no figure".
const PIECES: &[&str] = &[
    "273",
    "88",
    "1,600",
    "480",
    "40%",
    "6.8%",
    "7.1%",
    "0.5",
    "$3bn",
    "€900 million",
    "two",
    "a third",
    "half",
    "1961",
    "70-year-old",
    "aged 52",
    "Monday",
    "Sunday",
    "June 10",
    "August 3",
    "2025",
    "Of those,",
    "of the",
    "out of",
    "or",
    "a total of",
    "in all",
    "and",
    "around",
    "more than",
    "nearly",
    "at least",
    "up to",
    "from",
    "to",
    "doubled",
    "tripled",
    "halved",
    "rose",
    "fell",
    "slid",
    "up from",
    "a lead of",
    "points",
    "drones",
    "were",
    "intercepted",
    "lost",
    "launched",
    "fired",
    "born in",
    "a year",
    "a month",
    "a day",
    "people",
    "the",
    "said",
    ".",
    ",",
    ";",
    "\n\n",
    " ",
    "(",
    ")",
    "\"",
    "—",
    "é",
    "日本",
    "2019-20",
    "A320",
    "3-1",
    "9.30 a.m.",
    "per cent",
    "percentage points",
    "bringing the total to",
];

fn pack() -> &'static RuleSet {
    static PACK: std::sync::OnceLock<RuleSet> = std::sync::OnceLock::new();
    PACK.get_or_init(|| {
        let rules = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../rules");
        RuleSet::load(&[rules]).expect("the bundled rules load")
    })
}

/// Sentence shapes the pack's rules read, filled with random figures and
/// hedges: most fillings break a rule or come close, so rendering is
/// exercised on many findings, not on a few lucky soups.
const SHAPES: &[&str] = &[
    "Forces launched {h}{a} drones. Of those, {h}{b} were intercepted and {c} were lost.",
    "Of the {a} schools in the district, {h}{b} closed.",
    "The storm killed {a} people and injured {b}, for a total of {c} casualties.",
    "Unemployment slid from {p}% to {q}%.",
    "Sales {m} from {a} to {b}.",
    "Born in {y}, the {b}-year-old retired.",
    "The vote is on {w}, June {d}.",
    "Of the {a} applicants, {b}, or {p}%, were accepted.",
    "The plant makes {h}{a} a year, or {h}{b} a month.",
    "Ruiz won {p}% to {q}%, a lead of {r} points.",
    "Police detained {a} protesters. Later, the {b} detained were freed.",
    "The party took {p}%, its rival {q}% and the rest {r}%.",
    "Prices rose {r}%, from {a} to {b}.",
];

fn shaped() -> impl Strategy<Value = String> {
    let hedge =
        proptest::sample::select(&["", "", "around ", "more than ", "nearly ", "up to "][..]);
    let multiplier =
        proptest::sample::select(&["doubled", "halved", "tripled", "more than doubled"][..]);
    let weekday = proptest::sample::select(&["Monday", "Tuesday", "Saturday", "Sunday"][..]);
    (
        proptest::sample::select(SHAPES),
        (hedge, multiplier, weekday),
        (0u32..3000, 0u32..3000, 0u32..3000),
        (0u32..1000, 0u32..1000, 0u32..200),
        (1900u32..2025, 1u32..31),
    )
        .prop_map(|(shape, (h, m, w), (a, b, c), (p, q, r), (y, d))| {
            shape
                .replace("{h}", h)
                .replace("{m}", m)
                .replace("{w}", w)
                .replace("{a}", &a.to_string())
                .replace("{b}", &b.to_string())
                .replace("{c}", &c.to_string())
                .replace("{p}", &format!("{:.1}", f64::from(p) / 10.0))
                .replace("{q}", &format!("{:.1}", f64::from(q) / 10.0))
                .replace("{r}", &format!("{:.1}", f64::from(r) / 10.0))
                .replace("{y}", &y.to_string())
                .replace("{d}", &d.to_string())
        })
}

fn text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        4 => proptest::sample::select(PIECES).prop_map(str::to_owned),
        2 => shaped(),
        1 => any::<char>().prop_map(String::from),
    ];
    (
        proptest::option::of((2000u32..2030, 1u32..13, 1u32..29)),
        proptest::collection::vec(piece, 0..60),
    )
        .prop_map(|(date, pieces)| {
            // Some texts carry a dateline, so that date rules evaluate.
            let dateline = date.map_or(String::new(), |(year, month, day)| {
                format!(" date {year}-{month:02}-{day:02} ")
            });
            dateline + &pieces.join(" ")
        })
}

proptest! {
    // Shrunk failures are printed, not written beside the test: an
    // integration test has no lib.rs for proptest to file them under.
    #![proptest_config(ProptestConfig {
        cases: 256,
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    #[test]
    fn checking_and_reporting_any_text_is_total_and_repeatable(text in text()) {
        let document = Document::from_text("prop.txt", text);
        let extraction = Extractor::new().extract(&document);
        let findings = pack().check(&document, &extraction);
        prop_assert_eq!(&findings, &pack().check(&document, &extraction));
        let source = &document.source;
        for finding in &findings {
            for label in &finding.labels {
                let (start, end) = (label.span.offset, label.span.offset + label.span.length);
                prop_assert!(end <= source.len(), "{:?} past the end", label);
                prop_assert!(source.is_char_boundary(start) && source.is_char_boundary(end));
            }
            let diagnostic = FindingDiagnostic::new(&document, finding);
            prop_assert!(render_human(&diagnostic, Style::plain()).contains(&finding.rule));
            let json: serde_json::Value = serde_json::from_str(&render_json(&diagnostic))
                .expect("the JSON report parses");
            prop_assert_eq!(json["code"].as_str(), Some(finding.rule.as_str()));
        }
        let github = render_github(&document, &findings, &PathBuf::from("."));
        prop_assert_eq!(github.lines().count(), findings.len());
        figure_table(&document, &extraction);
    }
}
