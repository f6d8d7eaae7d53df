//! Spans of years written short, as seasons and terms are.

use tally_extract::{Extractor, Value};
use tally_ingest::Document;

fn value_of(text: &str, written: &str) -> Value {
    Extractor::new()
        .extract(&Document::from_text("test", text))
        .figures
        .into_iter()
        .find(|f| &text[f.span.range()] == written)
        .unwrap_or_else(|| panic!("no figure {written:?} in {text:?}"))
        .value
}

#[test]
fn a_season_written_short_ends_in_its_full_year() {
    assert_eq!(
        value_of("They were the 2019-20 champions.", "2019-20"),
        Value::Range(2019.0, 2020.0)
    );
    assert_eq!(
        value_of("The 1999-00 season was his last.", "1999-00"),
        Value::Range(1999.0, 2000.0)
    );
}

#[test]
fn other_ranges_keep_their_ends() {
    assert_eq!(
        value_of(
            "Between 200 and 300 workers will be on site.",
            "200 and 300"
        ),
        Value::Range(200.0, 300.0)
    );
}
