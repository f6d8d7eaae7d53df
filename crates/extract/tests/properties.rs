//! Properties that must hold for any input: written numbers come back
//! with their value, spans slice the source on char boundaries, and
//! extraction never panics.

use proptest::prelude::*;
use tally_extract::{Extraction, Extractor, Value};
use tally_ingest::Document;

fn extract(text: &str) -> Extraction {
    Extractor::new().extract(&Document::from_text("prop", text))
}

/// "1234567" as "1,234,567".
fn with_commas(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// English words for 1..=999_999, the way a news writer spells them.
fn in_words(n: u64) -> String {
    const UNITS: [&str; 20] = [
        "zero",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
    ];
    const TENS: [&str; 10] = [
        "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
    ];
    fn below_thousand(n: u64) -> String {
        let (hundreds, rest) = (n / 100, n % 100);
        let rest_words = match rest {
            0 => String::new(),
            1..=19 => UNITS[rest as usize].to_string(),
            _ if rest.is_multiple_of(10) => TENS[(rest / 10) as usize].to_string(),
            _ => format!(
                "{}-{}",
                TENS[(rest / 10) as usize],
                UNITS[(rest % 10) as usize]
            ),
        };
        match (hundreds, rest) {
            (0, _) => rest_words,
            (h, 0) => format!("{} hundred", UNITS[h as usize]),
            (h, _) => format!("{} hundred and {rest_words}", UNITS[h as usize]),
        }
    }
    let (thousands, rest) = (n / 1000, n % 1000);
    match (thousands, rest) {
        (0, _) => below_thousand(rest),
        (t, 0) => format!("{} thousand", below_thousand(t)),
        (t, r) if r < 100 => format!("{} thousand and {}", below_thousand(t), below_thousand(r)),
        (t, r) => format!("{} thousand {}", below_thousand(t), below_thousand(r)),
    }
}

/// The one figure whose text is `written`, and its numeric value.
fn value_of(text: &str, written: &str) -> Option<f64> {
    let extraction = extract(text);
    let figure = extraction
        .figures
        .iter()
        .find(|f| &text[f.span.range()] == written)?;
    match figure.value {
        Value::Number(n) => Some(n),
        _ => None,
    }
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1.0)
}

proptest! {
    #[test]
    fn counts_with_separators_keep_their_value(n in 0u64..10_000_000_000) {
        let written = with_commas(n);
        let text = format!("Inspectors counted {written} parcels at the depot.");
        prop_assert_eq!(value_of(&text, &written), Some(n as f64), "{}", text);
    }

    #[test]
    fn decimals_and_percents_keep_their_value(whole in 0u32..1000, fraction in 0u32..1000) {
        let written = format!("{whole}.{fraction:03}%");
        let text = format!("Turnout rose to {written} in the north.");
        let want = f64::from(whole) + f64::from(fraction) / 1000.0;
        let got = value_of(&text, &written);
        prop_assert!(got.is_some_and(|v| close(v, want)), "{text}: {got:?}");
    }

    #[test]
    fn scale_words_multiply(whole in 1u32..1000, tenth in 0u32..10, scale in 0usize..4) {
        let (word, factor) = [("thousand", 1e3), ("million", 1e6), ("billion", 1e9), ("bn", 1e9)][scale];
        let space = if word == "bn" { "" } else { " " };
        let written = format!("${whole}.{tenth}{space}{word}");
        let text = format!("The port will cost {written} to rebuild.");
        let want = (f64::from(whole) + f64::from(tenth) / 10.0) * factor;
        let got = value_of(&text, &written);
        prop_assert!(got.is_some_and(|v| close(v, want)), "{text}: {got:?}");
    }

    #[test]
    fn numbers_in_words_keep_their_value(n in 2u64..1_000_000) {
        let written = in_words(n);
        let text = format!("Organisers said {written} volunteers joined.");
        prop_assert_eq!(value_of(&text, &written), Some(n as f64), "{}", text);
    }

    #[test]
    fn spans_slice_any_text_on_char_boundaries(text in "\\PC{0,200}") {
        let extraction = extract(&text);
        let spans = extraction
            .figures
            .iter()
            .map(|f| f.span)
            .chain(extraction.sentences.iter().copied())
            .chain(extraction.paragraphs.iter().copied());
        for span in spans {
            prop_assert!(span.end() <= text.len());
            prop_assert!(text.is_char_boundary(span.offset) && text.is_char_boundary(span.end()));
        }
        for figure in &extraction.figures {
            prop_assert!(figure.interval.low <= figure.interval.high, "{figure:?}");
            prop_assert!(figure.sentence < extraction.sentences.len());
            prop_assert!(figure.paragraph < extraction.paragraphs.len());
            prop_assert!(figure.links.iter().all(|l| l.to < extraction.figures.len()));
        }
    }

    #[test]
    fn number_heavy_text_never_panics(
        parts in proptest::collection::vec(
            prop_oneof![
                Just("1e308".to_string()),
                Just("9".repeat(400)),
                Just("$".to_string()),
                Just("-".to_string()),
                Just("%".to_string()),
                Just(" and a half ".to_string()),
                Just(" per cent".to_string()),
                Just("\u{a0}000".to_string()),
                Just(" million".to_string()),
                Just(".".to_string()),
                Just("Of those, ".to_string()),
                Just("Out of these, ".to_string()),
                Just(", of which ".to_string()),
                Just(" from ".to_string()),
                Just(" to ".to_string()),
                Just(" up from ".to_string()),
                Just(" a total of ".to_string()),
                Just(" in all".to_string()),
                Just(" born in 19".to_string()),
                Just("-year-old".to_string()),
                Just(" doubled ".to_string()),
                Just(" points".to_string()),
                Just(": ".to_string()),
                Just("\n\n".to_string()),
                Just("’s".to_string()),
                "[0-9]{1,25}",
                "[a-zA-Z]{1,8}",
                "[ ,.:/\\-–()\n]{1,3}",
                "\\PC{1,4}",
            ],
            0..40,
        )
    ) {
        let text: String = parts.concat();
        let extraction = extract(&text);
        for figure in &extraction.figures {
            prop_assert!(text.is_char_boundary(figure.span.offset));
            prop_assert!(!figure.interval.low.is_nan() && !figure.interval.high.is_nan());
            for link in &figure.links {
                prop_assert!(link.to < extraction.figures.len());
                prop_assert!(!std::ptr::eq(&extraction.figures[link.to], figure));
            }
        }
    }
}

#[test]
fn spelled_numbers_read_as_a_writer_means_them() {
    // Guards the test's own speller, so a wrong expectation cannot pass.
    assert_eq!(in_words(23), "twenty-three");
    assert_eq!(
        in_words(205_310),
        "two hundred and five thousand three hundred and ten"
    );
    assert_eq!(in_words(5_000), "five thousand");
    assert_eq!(with_commas(1_234_567), "1,234,567");
}
