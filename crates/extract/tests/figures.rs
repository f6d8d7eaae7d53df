//! The figure contract, one property at a time: hedge words map to
//! qualifiers, precision follows the written digits, spans leave hedges
//! out, and a figure serialises as the JSON the CLI prints.

use tally_extract::{Extractor, Figure, Kind, Qualifier};
use tally_ingest::Document;

fn figures(text: &str) -> Vec<Figure> {
    Extractor::new()
        .extract(&Document::from_text("test", text))
        .figures
}

/// Each (text, figure as written, direction of change it must have).
fn assert_changes(cases: &[(&str, &str, Option<tally_extract::Direction>)]) {
    for &(text, written, direction) in cases {
        let found = figure(text, written);
        assert_eq!(found.change.map(|c| c.direction), direction, "{text}");
    }
}

/// The only figure of `text` whose bytes are `written`.
fn figure(text: &str, written: &str) -> Figure {
    figures(text)
        .into_iter()
        .find(|f| &text[f.span.range()] == written)
        .unwrap_or_else(|| panic!("no figure {written:?} in {text:?}"))
}

#[test]
fn each_hedge_gives_its_qualifier() {
    use Qualifier::*;
    let cases = [
        ("around", Approximately),
        ("about", Approximately),
        ("roughly", Approximately),
        ("some", Approximately),
        ("nearly", Approximately),
        ("almost", Approximately),
        ("close to", Approximately),
        ("an estimated", Approximately),
        ("more than", MoreThan),
        ("over", MoreThan),
        ("above", MoreThan),
        ("upwards of", MoreThan),
        ("greater than", MoreThan),
        ("lower than", LessThan),
        ("at least", AtLeast),
        ("fewer than", LessThan),
        ("less than", LessThan),
        ("under", LessThan),
        ("below", LessThan),
        ("at most", AtMost),
        ("up to", AtMost),
        ("as many as", AtMost),
        ("no more than", AtMost),
        ("north of", MoreThan),
        ("south of", LessThan),
        ("well under", LessThan),
        ("in the neighbourhood of", Approximately),
        ("", Exact),
    ];
    for (hedge, qualifier) in cases {
        let text = format!("Volunteers counted {hedge} 400 boats in the bay.");
        let found = figure(&text, "400");
        assert_eq!(found.qualifier, qualifier, "{text}");
    }
    assert_eq!(
        figure("They saw ~400 boats.", "400").qualifier,
        Approximately
    );
    // A hedge written after: "or fewer" bounds the figure before it, but
    // "or fewer than" compares the figure after it.
    assert_eq!(
        figure("They saw 400 or fewer boats.", "400").qualifier,
        AtMost
    );
    let two = "They saw exactly 400 boats or fewer than 500 rafts.";
    assert_eq!(figure(two, "400").qualifier, Exact);
    assert_eq!(figure(two, "500").qualifier, LessThan);
}

#[test]
fn vague_quantities_are_figures_with_a_wide_interval() {
    let found = figure("Hundreds of boats sank.", "Hundreds");
    assert_eq!(
        (found.qualifier, found.kind),
        (Qualifier::Vague, Kind::Count)
    );
    assert!(found.interval.low >= 200.0 && found.interval.high <= 1000.0);
    let handful = figure("Only a handful of boats sank.", "a handful");
    assert_eq!(handful.qualifier, Qualifier::Vague);
}

#[test]
fn precision_is_half_the_last_written_digit() {
    let cases = [
        ("The fund lost 273 dollars.", "273 dollars", 0.0),
        (
            "The fund lost 1.2 million dollars.",
            "1.2 million dollars",
            0.05e6,
        ),
        ("Prices rose 3.7% in May.", "3.7%", 0.05),
        ("Prices rose 30% in May.", "30%", 0.5),
        ("It cost $2.6 billion to build.", "$2.6 billion", 0.05e9),
        ("It cost £3bn to build.", "£3bn", 0.5e9),
    ];
    for (text, written, precision) in cases {
        let found = figure(text, written);
        assert!(
            (found.precision - precision).abs() < 1e-6,
            "{text}: {}",
            found.precision
        );
        let interval = found.interval;
        let value = match found.value {
            tally_extract::Value::Number(v) => v,
            other => panic!("{other:?}"),
        };
        assert!((interval.low - (value - precision)).abs() < 1e-6, "{text}");
        assert!((interval.high - (value + precision)).abs() < 1e-6, "{text}");
    }
}

#[test]
fn spans_leave_hedges_and_nouns_out() {
    let text = "The army fired more than 5,000 shells and about $2.6 billion in aid.";
    let written: Vec<&str> = figures(text)
        .iter()
        .map(|f| &text[f.span.range()])
        .collect();
    assert_eq!(written, ["5,000", "$2.6 billion"]);
}

#[test]
fn money_percent_and_scale_forms() {
    let cases = [
        ("Sales hit US$900 million.", "US$900 million", 9e8, "USD"),
        ("Sales hit €450 million.", "€450 million", 4.5e8, "EUR"),
        ("Sales hit £3bn.", "£3bn", 3e9, "GBP"),
        ("Sales hit HK$12m.", "HK$12m", 1.2e7, "HKD"),
        ("Tickets rose 19 cents.", "19 cents", 19.0, "cent"),
        ("Turnout was 3.7 per cent.", "3.7 per cent", 3.7, "percent"),
        ("Turnout was 3.7 percent.", "3.7 percent", 3.7, "percent"),
        (
            "Turnout rose 2 percentage points.",
            "2 percentage points",
            2.0,
            "points",
        ),
        // Kitchen and angle measures.
        ("Add 3 tablespoons of oil.", "3 tablespoons", 3.0, "tbsp"),
        ("Add ½ teaspoon of salt.", "½ teaspoon", 0.5, "tsp"),
        ("The arm swung 0.8rad.", "0.8rad", 0.8, "rad"),
        ("The crane lifts 100t.", "100t", 100.0, "t"),
        (
            "It cost quarter million us dollars.",
            "quarter million us dollars",
            2.5e5,
            "USD",
        ),
        ("They lost 75 USD million.", "75 USD million", 7.5e7, "USD"),
        ("Cards worth USD50 were handed out.", "USD50", 50.0, "USD"),
        // Finance tables write millions as an M before the code.
        ("Losses above 30 MUSD were booked.", "30 MUSD", 3e7, "USD"),
        (
            "It paid 48.5 MGBP for the site.",
            "48.5 MGBP",
            4.85e7,
            "GBP",
        ),
        (
            "Revenue was about MEUR 60 last year.",
            "MEUR 60",
            6e7,
            "EUR",
        ),
        ("Grants came to twenty MUSD.", "twenty MUSD", 2e7, "USD"),
        ("The fund held ₿1,500 in reserve.", "₿1,500", 1500.0, "BTC"),
        (
            "Miners earn 3.125 BTC per block.",
            "3.125 BTC",
            3.125,
            "BTC",
        ),
    ];
    for (text, written, value, unit) in cases {
        let found = figure(text, written);
        assert_eq!(found.value, tally_extract::Value::Number(value), "{text}");
        assert_eq!(found.unit.as_deref(), Some(unit), "{text}");
    }
}

#[test]
fn numbers_written_in_pieces_read_as_one_number() {
    let cases = [
        (
            "He owed 3 hundred and 21 pesos.",
            "3 hundred and 21 pesos",
            321.0,
        ),
        (
            "Some 4 thousand 3 hundred and 5 came.",
            "4 thousand 3 hundred and 5",
            4305.0,
        ),
        (
            "About 2 hundred and one signed.",
            "2 hundred and one",
            201.0,
        ),
    ];
    for (text, written, value) in cases {
        let found = figure(text, written);
        assert_eq!(found.value, tally_extract::Value::Number(value), "{text}");
    }
    // Unicode writes common fractions as one character.
    let mixed = figure("The hearing ran 2½ hours.", "2½ hours");
    assert_eq!(mixed.value, tally_extract::Value::Number(2.5));
    assert_eq!(mixed.kind, tally_extract::Kind::Duration);
    let alone = figure("Only ¾ of the seats sold.", "¾");
    assert_eq!(alone.value, tally_extract::Value::Number(0.75));
    // A tens word before a unit ordinal is the ordinal's: 100/35, not
    // 130/5; fractions in words are percents.
    let cases = [
        ("one hundred thirty-fifths", 100.0 / 35.0),
        ("three twenty-firsts", 3.0 / 21.0),
        ("one twenty-fifth", 1.0 / 25.0),
        ("a millionth", 1e-6),
        ("a hundred billionths", 1e-7),
    ];
    for (written, share) in cases {
        let text = format!("The tank held {written} of its load.");
        let found = figure(&text, written);
        let tally_extract::Value::Number(v) = found.value else {
            panic!("{text}: {found:?}")
        };
        assert!((v - share * 100.0).abs() < 1e-9, "{text}: {v}");
    }
    let ordinal = figure(
        "It was the one hundred twenty fifth show.",
        "one hundred twenty fifth",
    );
    assert_eq!(ordinal.value, tally_extract::Value::Number(125.0));
    assert_eq!(ordinal.kind, tally_extract::Kind::Ordinal);
    for (text, written, n) in [
        (
            "It ran two and fifty-four hundredths miles.",
            "two and fifty-four hundredths miles",
            2.54,
        ),
        (
            "It ran three and three-quarters miles.",
            "three and three-quarters miles",
            3.75,
        ),
        (
            "It cost one billion and a half million.",
            "one billion and a half million",
            1.0005e9,
        ),
        (
            "It cost 3 and a half million.",
            "3 and a half million",
            3.5e6,
        ),
    ] {
        let found = figure(text, written);
        assert_eq!(found.value, tally_extract::Value::Number(n), "{text}");
    }
    for (text, written, n) in [
        ("She was the billionth guest.", "billionth", 1e9),
        ("He was the three millionth guest.", "three millionth", 3e6),
        (
            "It was a hundred thousandth try.",
            "a hundred thousandth",
            1e5,
        ),
    ] {
        let found = figure(text, written);
        assert_eq!(found.value, tally_extract::Value::Number(n), "{text}");
        assert_eq!(found.kind, tally_extract::Kind::Ordinal, "{text}");
    }
    // Two scaled numbers joined by "and" stay two.
    let two = figures("We saw 3 hundred and 2 hundred left.");
    assert_eq!(two.len(), 2, "{two:?}");
    let lowercase = figure("They were 30 mad men.", "30");
    assert_eq!(
        lowercase.kind,
        tally_extract::Kind::Count,
        "'mad' is a word, not MAD"
    );
}

#[test]
fn a_figure_serialises_for_the_command_line() {
    let found = figure("Russia fired 273 drones.", "273");
    let json = serde_json::to_value(&found).expect("figures serialise");
    insta::assert_json_snapshot!(json);
}

#[test]
fn values_serialise_in_their_documented_shapes() {
    let text = "On Friday, May 16, the team won 3-1 at 11 a.m. and 10 to 15 boats sank.";
    let values: Vec<String> = figures(text)
        .iter()
        .map(|f| serde_json::to_string(&f.value).expect("values serialise"))
        .collect();
    assert_eq!(
        values,
        [
            r#""friday""#,
            r#""--05-16""#,
            "[3,1]",
            r#""11:00""#,
            "[10.0,15.0]"
        ]
    );
}

#[test]
fn two_bounds_or_two_ends_state_one_range() {
    use tally_extract::Value;
    // Text, the range's bytes, its ends.
    let cases = [
        (
            "Turnout was more than 100 and less than 300 voters.",
            "100 and less than 300",
            100.0,
            300.0,
        ),
        (
            "The fund holds at most 90 and at least 15 firms.",
            "90 and at least 15",
            15.0,
            90.0,
        ),
        (
            "Wait times ran above 40, below 75 minutes.",
            "40, below 75 minutes",
            40.0,
            75.0,
        ),
        (
            "Bids were greater than 30 and less than or equal to 45.",
            "30 and less than or equal to 45",
            30.0,
            45.0,
        ),
        (
            "Lows fell between negative ten and five degrees.",
            "negative ten and five degrees",
            -10.0,
            5.0,
        ),
        (
            "The fee is from one thousand to twelve hundred euros.",
            "one thousand to twelve hundred euros",
            1000.0,
            1200.0,
        ),
        (
            "Seats 20 through 45 were empty.",
            "20 through 45",
            20.0,
            45.0,
        ),
        (
            "The estimate is 3000 - 4000 jobs.",
            "3000 - 4000",
            3000.0,
            4000.0,
        ),
        ("The crowd was 20~30 strong.", "20~30", 20.0, 30.0),
    ];
    for (text, written, low, high) in cases {
        let found = figures(text);
        let spans: Vec<&str> = found.iter().map(|f| &text[f.span.range()]).collect();
        let range = found
            .iter()
            .find(|f| f.kind == Kind::Range)
            .unwrap_or_else(|| panic!("no range in {text:?}: {spans:?}"));
        assert_eq!(&text[range.span.range()], written, "{text}");
        assert_eq!(range.value, Value::Range(low, high), "{text}");
    }
    // A spaced dash between a larger and a smaller number is a tally.
    let tally = figures("The panel split 45 - 40 on the plan.");
    assert!(tally.iter().all(|f| f.kind != Kind::Range), "{tally:?}");
    // Bounds that leave no value between them are two figures.
    let crossed = figures("Bids were more than 40 and less than 10.");
    assert!(crossed.iter().all(|f| f.kind != Kind::Range), "{crossed:?}");
    // Each end counts its own thing: two figures, no range.
    let apart = figures("More than 5,000 people fled and fewer than 200 returned.");
    assert!(apart.iter().all(|f| f.kind != Kind::Range), "{apart:?}");
    // A change from one value to another is not a range.
    let change = figures("Sales rose from twelve to fifteen hundred units.");
    assert!(change.iter().all(|f| f.kind != Kind::Range), "{change:?}");
}

#[test]
fn compound_ordinals_and_heights_are_one_figure() {
    use tally_extract::Value;
    let text = "Her thirty-second win came at the three hundredth race of the tour.";
    assert_eq!(figure(text, "thirty-second").value, Value::Number(32.0));
    assert_eq!(figure(text, "thirty-second").kind, Kind::Ordinal);
    assert_eq!(figure(text, "three hundredth").value, Value::Number(300.0));
    let text = "The forward is 6 feet 4 inches and the guard 5 ft 11 in.";
    assert_eq!(
        figure(text, "6 feet 4 inches").value,
        Value::Number(6.0 + 4.0 / 12.0)
    );
    assert_eq!(
        figure(text, "5 ft 11 in").value,
        Value::Number(5.0 + 11.0 / 12.0)
    );
    // Inches past a foot are no height: two measures.
    let apart = "The pipe is 3 feet 14 inches wide.";
    assert_eq!(figure(apart, "3 feet").value, Value::Number(3.0));
}

#[test]
fn every_way_news_writes_a_percentage() {
    use tally_extract::Value;
    let cases = [
        (
            "Turnout fell six per cent.",
            "six per cent",
            Kind::Percent,
            6.0,
        ),
        ("Turnout fell 6 pc.", "6 pc", Kind::Percent, 6.0),
        (
            "Turnout fell half a percent.",
            "half a percent",
            Kind::Percent,
            0.5,
        ),
        (
            "Turnout fell a half percent.",
            "a half percent",
            Kind::Percent,
            0.5,
        ),
        (
            "Turnout fell half a percentage point.",
            "half a percentage point",
            Kind::PercentagePoints,
            0.5,
        ),
        ("Turnout fell 0.5 pct.", "0.5 pct", Kind::Percent, 0.5),
    ];
    for (text, written, kind, value) in cases {
        let found = figure(text, written);
        assert_eq!(
            (found.kind, found.value),
            (kind, Value::Number(value)),
            "{text}"
        );
        assert!(found.interval.low > 0.0, "{text}: {:?}", found.interval);
    }
    // A half on its own is still a fraction.
    assert_eq!(
        figure("A half of the seats were empty.", "A half").value,
        Value::Number(50.0)
    );
}

#[test]
fn half_before_a_scale_and_yo_after_an_age() {
    use tally_extract::Value;
    let text = "Half million doses arrived for a 71 yo patient.";
    assert_eq!(figure(text, "Half million").value, Value::Number(500_000.0));
    assert_eq!(figure(text, "71 yo").kind, Kind::Age);
    // A decimal is no age.
    assert_ne!(figure("The ratio is 7.5 yo units.", "7.5").kind, Kind::Age);
}

#[test]
fn a_whole_and_a_fraction_in_words_is_one_number() {
    use tally_extract::Value;
    let cases = [
        (
            "The hike took four and three quarters hours.",
            "four and three quarters hours",
            4.75,
        ),
        (
            "The bill was one hundred and two fifths.",
            "one hundred and two fifths",
            100.4,
        ),
        (
            "Debt hit six billion and a quarter.",
            "six billion and a quarter",
            6.25e9,
        ),
        (
            "Debt hit two billion and three quarters.",
            "two billion and three quarters",
            2.75e9,
        ),
    ];
    for (text, written, value) in cases {
        let found = figures(text);
        let spans: Vec<&str> = found.iter().map(|f| &text[f.span.range()]).collect();
        let hit = found
            .iter()
            .find(|f| &text[f.span.range()] == written)
            .unwrap_or_else(|| panic!("no {written:?} in {text:?}: {spans:?}"));
        assert_eq!(hit.value, Value::Number(value), "{text}");
    }
    // A numerator as large as its denominator is no fraction of one.
    let text = "Four and five fifths of the vote.";
    assert!(
        figures(text).iter().all(|f| f.value != Value::Number(5.0)),
        "{text}"
    );
}

#[test]
fn cents_said_aloud_after_dollars_and_bitcoin_as_money() {
    use tally_extract::Value;
    let text = "A ticket costs 12 dollars 40. A wallet held 3 bitcoins.";
    assert_eq!(figure(text, "12 dollars 40").value, Value::Number(12.4));
    assert_eq!(figure(text, "3 bitcoins").unit.as_deref(), Some("BTC"));
    // A number that counts something is not cents.
    let text = "Each paid 12 dollars and 40 people came.";
    assert_eq!(figure(text, "12 dollars").value, Value::Number(12.0));
}

#[test]
fn over_a_span_after_a_plural_noun_says_when() {
    let text = "The fair drew 9,000 guests over three days.";
    assert_eq!(figure(text, "three days").qualifier, Qualifier::Exact);
    let text = "The crew worked over three days.";
    assert_eq!(figure(text, "three days").qualifier, Qualifier::MoreThan);
}

#[test]
fn a_number_an_age_goes_to_is_in_years_but_no_ones_age() {
    let text = "The pension age rises to 68 by 2040, and the voting age fell from 18 to 17.";
    for written in ["68", "18", "17"] {
        let found = figure(text, written);
        assert_eq!(
            (found.kind, found.unit.as_deref()),
            (Kind::Count, Some("year")),
            "{written}"
        );
    }
    // "at the age of 95" is someone's age.
    assert_eq!(figure("She died at the age of 95.", "95").kind, Kind::Age);
    // A number after "to" with a noun of its own keeps it.
    let text = "The age gap grew to 12 points.";
    assert_eq!(figure(text, "12").unit.as_deref(), Some("point"));
}

#[test]
fn a_share_of_a_scale_is_an_amount_not_a_percent() {
    use tally_extract::Value;
    let text = "A quarter million tickets and three-quarters of a million visitors.";
    let tickets = figure(text, "A quarter million");
    assert_eq!(
        (tickets.kind, tickets.value),
        (Kind::Count, Value::Number(250_000.0))
    );
    let visitors = figure(text, "three-quarters of a million");
    assert_eq!(visitors.value, Value::Number(750_000.0));
    // A share of something else stays a percent.
    assert_eq!(
        figure("A quarter of the 90 seats.", "A quarter").kind,
        Kind::Percent
    );
}

#[test]
fn one_in_n_in_digits_is_a_share() {
    use tally_extract::Value;
    let text = "Nearly 1 in 8 homes and 3 in 10 firms, or one in twenty-five towns.";
    assert_eq!(figure(text, "1 in 8").value, Value::Number(12.5));
    assert_eq!(figure(text, "3 in 10").kind, Kind::Percent);
    assert_eq!(figure(text, "one in twenty-five").value, Value::Number(4.0));
    // A year, a span of time or a smaller second number is no share.
    let text = "She won 2 in 2019, 3 in 10 days and 5 in 3 races.";
    assert!(
        figures(text).iter().all(|f| f.kind != Kind::Percent),
        "{text}"
    );
}

#[test]
fn a_glued_c_or_f_is_a_temperature_unless_it_names_a_model_or_a_cent() {
    let heat = figure("Parts of Spain hit 44C on Sunday.", "44C");
    assert_eq!(heat.kind, tally_extract::Kind::Measure);
    assert_eq!(heat.unit.as_deref(), Some("°C"));
    let model = "The airline flew an Airbus 330F to Lagos.";
    assert!(
        figures(model)
            .iter()
            .all(|f| f.kind != tally_extract::Kind::Measure),
        "{:?}",
        figures(model)
    );
    let cents = "Earnings came to 12.5C/ per unit.";
    assert!(
        figures(cents)
            .iter()
            .all(|f| f.unit.as_deref() != Some("°C")),
        "{:?}",
        figures(cents)
    );
}

#[test]
fn verbs_of_passing_a_mark_say_more_than() {
    let found = figure("Ticket sales topped 1.5 million on Friday.", "1.5 million");
    assert_eq!(found.qualifier, Qualifier::MoreThan);
    assert_eq!(found.verb.as_deref(), Some("top"));
    let found = figure("Ticket sales reached 1.5 million on Friday.", "1.5 million");
    assert_eq!(found.qualifier, Qualifier::Exact);
}

#[test]
fn units_of_markets_and_machines() {
    let cases = [
        (
            "The bank raised rates by 25 basis points.",
            "25 basis points",
            "bp",
        ),
        ("Spreads widened by 40bp on the day.", "40bp", "bp"),
        ("The chip runs at 3.2GHz when cool.", "3.2GHz", "GHz"),
        ("The charger delivers 65 watts at most.", "65 watts", "W"),
        ("Speeds average 94 Mbps at home.", "94 Mbps", "Mbps"),
        ("It has a 50-megapixel camera.", "50-megapixel", "megapixel"),
    ];
    for (text, written, unit) in cases {
        assert_eq!(figure(text, written).unit.as_deref(), Some(unit), "{text}");
    }
    let found = figure(
        "The bank raised rates by 25 basis points.",
        "25 basis points",
    );
    assert_eq!(found.kind, Kind::PercentagePoints);
}

#[test]
fn points_restated_as_a_percent_are_an_index_s() {
    let found = figure("The Dow shed 45 points, or 1.1%, on Monday.", "45");
    assert_eq!(found.kind, Kind::Count);
    assert_eq!(
        found.change.map(|c| c.direction),
        Some(tally_extract::Direction::Down)
    );
    // Beside percentages and said of a share, points are percentage points.
    let found = figure("Support fell 4 points to 38%.", "4");
    assert_eq!(found.kind, Kind::PercentagePoints);
}

#[test]
fn half_a_unit_is_half_of_it() {
    let found = figure("The pound added half a cent on the day.", "half a cent");
    assert_eq!(found.kind, Kind::Money);
    assert_eq!(found.value, tally_extract::Value::Number(0.5));
    let found = figure("He waited half an hour.", "half an hour");
    assert_eq!(found.unit.as_deref(), Some("hour"));
    assert!(figures("Half a team stayed home.").is_empty());
}

#[test]
fn a_currency_code_glued_to_a_decimal_amount_is_money() {
    let found = figure("The shares were offered at USD115.5 each.", "USD115.5");
    assert_eq!(found.value, tally_extract::Value::Number(115.5));
    assert_eq!(found.unit.as_deref(), Some("USD"));
    let found = figure("The bonus was USD1,250 a head.", "USD1,250");
    assert_eq!(found.value, tally_extract::Value::Number(1250.0));
}

#[test]
fn more_change_phrasings() {
    use tally_extract::Direction::{Down, Up};
    let cases = [
        ("Brent edged up 40 cents on Friday.", "40 cents", Some(Up)),
        (
            "The economy grew at an annualised 2.4% in spring.",
            "2.4%",
            Some(Up),
        ),
        (
            "The shares have lost nearly a third of their value.",
            "a third",
            Some(Down),
        ),
        (
            "The drug cut the risk of death by 38 per cent.",
            "38 per cent",
            Some(Down),
        ),
        (
            "Prices are 30-40% higher than a year ago.",
            "30-40%",
            Some(Up),
        ),
        (
            "The region lost 8,200 hectares of forest.",
            "8,200 hectares",
            None,
        ),
        ("Brent stood up at 80 cents.", "80 cents", None),
    ];
    assert_changes(&cases);
}

#[test]
fn a_role_noun_before_a_number_in_commas_gives_an_age() {
    let found = figure("The goalkeeper, 38, signed a new deal.", "38");
    assert_eq!(found.kind, Kind::Age);
    let found = figure("The number, 38, was drawn last.", "38");
    assert_ne!(found.kind, Kind::Age);
}

#[test]
fn a_span_of_places_is_one_ordinal() {
    use tally_extract::Value;
    for (text, written, low, high) in [
        (
            "The team finished third to fifth in each race.",
            "third to fifth",
            3.0,
            5.0,
        ),
        ("Places 1st-3rd get medals.", "1st-3rd", 1.0, 3.0),
        ("She ranked between 2nd and 4th.", "2nd and 4th", 2.0, 4.0),
    ] {
        let found = figure(text, written);
        assert_eq!(found.kind, Kind::Ordinal, "{text}");
        assert_eq!(found.value, Value::Range(low, high), "{text}");
    }
    // Two places in a list are two ordinals.
    assert_eq!(figures("The third and fifth floors were shut.").len(), 2);
}

#[test]
fn some_number_of_a_scale_is_vague() {
    let found = figure("Several hundred workers walked out.", "Several hundred");
    assert_eq!(found.qualifier, Qualifier::Vague);
    assert_eq!(found.unit.as_deref(), Some("worker"));
    let found = figure("A few thousand people came.", "A few thousand");
    assert_eq!(found.interval.low, 2000.0);
    assert!(figures("Several people came.").is_empty());
}

#[test]
fn a_noun_hyphened_to_a_count_is_what_it_counts() {
    assert_eq!(
        figure("The 27-nation bloc agreed.", "27").unit.as_deref(),
        Some("nation")
    );
    assert_eq!(figure("A 30-strong team arrived.", "30").unit, None);
    assert_eq!(figure("They won 3-1.", "3-1").kind, Kind::Score);
}

#[test]
fn a_glued_m_before_a_plural_noun_is_millions() {
    let found = figure("Doctors treated 1.7m patients.", "1.7m");
    assert_eq!(found.value, tally_extract::Value::Number(1.7e6));
    assert_eq!(found.unit.as_deref(), Some("patient"));
    assert_eq!(
        figure("She won the 400m hurdles.", "400m").unit.as_deref(),
        Some("m")
    );
    assert_eq!(
        figure("The wall is 2m high.", "2m").unit.as_deref(),
        Some("m")
    );
}

#[test]
fn a_share_of_a_unit_is_an_amount_of_it() {
    let found = figure("He won by a tenth of a second.", "a tenth of a second");
    assert_eq!(found.kind, Kind::Duration);
    assert_eq!(found.value, tally_extract::Value::Number(0.1));
    let found = figure("About one in every 20 adults has it.", "one in every 20");
    assert_eq!(found.value, tally_extract::Value::Number(5.0));
    assert_eq!(
        figure("A third of a team left.", "A third").kind,
        Kind::Percent
    );
}

#[test]
fn collective_nouns_count_in_the_singular() {
    assert_eq!(
        figure("It carried 40 crew.", "40").unit.as_deref(),
        Some("crew")
    );
    assert_eq!(
        figure("Some 1,800 police officers came.", "1,800")
            .unit
            .as_deref(),
        Some("officer")
    );
}

#[test]
fn market_and_comparative_phrasings_of_change() {
    use tally_extract::Direction::{Down, Up};
    let cases = [
        ("Shares closed down 0.5% at 212 pence.", "0.5%", Some(Down)),
        ("Shares closed down 0.5% at 212 pence.", "212 pence", None),
        (
            "The index closed 1.3% higher at 7,845.2 points.",
            "1.3%",
            Some(Up),
        ),
        (
            "The index closed 1.3% higher at 7,845.2 points.",
            "7,845.2",
            None,
        ),
        (
            "Ridership is 15% below pre-pandemic levels.",
            "15%",
            Some(Down),
        ),
        (
            "The economy shrank at an annualised rate of 1.8%.",
            "1.8%",
            Some(Down),
        ),
        ("It has a 5.8GHz boost clock.", "5.8GHz", None),
        ("A 5% increase followed.", "5%", Some(Up)),
        ("The firm closed down 30 shops.", "30", None),
    ];
    assert_changes(&cases);
}

#[test]
fn passing_an_amount_is_more_than_it_but_passing_laws_is_not() {
    let found = figure("The debt has passed $1.5 trillion.", "$1.5 trillion");
    assert_eq!(found.qualifier, Qualifier::MoreThan);
    let found = figure("The house passed 30 laws.", "30");
    assert_eq!(found.qualifier, Qualifier::Exact);
}

#[test]
fn one_hedged_unit_of_time_is_a_figure() {
    let found = figure("The yacht sank in under a minute.", "a minute");
    assert_eq!(found.kind, Kind::Duration);
    assert_eq!(found.qualifier, Qualifier::LessThan);
    assert!(
        figures("It happens twice a week.")
            .iter()
            .all(|f| f.kind != Kind::Duration)
    );
    assert!(figures("Prices are higher than a year ago.").is_empty());
}

#[test]
fn over_a_span_after_an_amount_says_when() {
    let found = figure("It pledged £1.2tn over ten years.", "ten years");
    assert_eq!(found.qualifier, Qualifier::Exact);
    let found = figure("They waited over ten years.", "ten years");
    assert_eq!(found.qualifier, Qualifier::MoreThan);
}

#[test]
fn differences_and_objects_of_change() {
    use tally_extract::Direction::{Down, Up};
    let cases = [
        (
            "She won 1.1 million fewer than in 2019.",
            "1.1 million",
            Some(Down),
        ),
        ("It cost £300 more than last year.", "£300", Some(Up)),
        (
            "The bank cut rates by a quarter-point.",
            "a quarter-point",
            Some(Down),
        ),
        (
            "The bypass will cut journey times by 20 minutes.",
            "20 minutes",
            Some(Down),
        ),
        (
            "Patients lost an average of 15% of their weight.",
            "15%",
            Some(Down),
        ),
    ];
    assert_changes(&cases);
    let found = figure("The Greens doubled their seats to 23.", "23");
    assert_eq!(found.unit.as_deref(), Some("seat"));
    assert_eq!(figure("The champion, 31, won.", "31").kind, Kind::Age);
}

#[test]
fn wire_units_and_caps() {
    let found = figure("The field pumps 500,000 bpd.", "500,000 bpd");
    assert_eq!(found.kind, Kind::Rate);
    assert_eq!(found.per.as_deref(), Some("day"));
    assert_eq!(
        figure("Gusts of 40 m/s hit.", "40 m/s").unit.as_deref(),
        Some("m/s")
    );
    for text in [
        "Traffic is capped at 40 tonnes.",
        "Loads are limited to 40 tonnes.",
    ] {
        assert_eq!(
            figure(text, "40 tonnes").qualifier,
            Qualifier::AtMost,
            "{text}"
        );
    }
    let found = figure("Fines are a maximum of £500.", "£500");
    assert_eq!(found.qualifier, Qualifier::AtMost);
}

#[test]
fn a_level_reached_is_not_an_amount_of_change() {
    use tally_extract::Direction::{Down, Up};
    assert_changes(&[
        ("Shares rose as high as $57.10.", "$57.10", None),
        (
            "Temperatures will fall as low as minus 15C.",
            "minus 15C",
            None,
        ),
        ("Shares fell as much as 14%.", "14%", Some(Down)),
        (
            "Airlines carried 41% more passengers than in 2019.",
            "41%",
            Some(Up),
        ),
        (
            "Employers added an average of 186,000 jobs a month.",
            "186,000",
            None,
        ),
    ]);
    let found = figure("Turnout among the young rose 11 points.", "11");
    assert_eq!(found.kind, Kind::PercentagePoints);
    let found = figure("The index rose 11 points.", "11");
    assert_eq!(found.kind, Kind::Count);
    // A named index keeps its points even beside a percentage or a rate.
    for text in [
        "The Dow fell 30 points as yields rose.",
        "The FTSE fell 45 points, a 0.6% drop.",
    ] {
        let points = figures(text)
            .into_iter()
            .find(|f| f.kind != Kind::Percent)
            .unwrap();
        assert_eq!(points.kind, Kind::Count, "{text}");
    }
}

#[test]
fn a_count_of_a_unit_of_measure_is_a_measure() {
    let found = figure("They seized 1,000 or more kilograms of cannabis.", "1,000");
    assert_eq!(found.kind, Kind::Measure);
    assert_eq!(found.unit.as_deref(), Some("kg"));
    assert_eq!(found.qualifier, Qualifier::AtLeast);
    let found = figure("The network covers 1300 route kilometres.", "1300");
    assert_eq!(found.unit.as_deref(), Some("km"));
}

#[test]
fn more_currencies_and_plurals_that_are_singular() {
    let found = figure("It cost 900 million zlotys.", "900 million zlotys");
    assert_eq!(found.unit.as_deref(), Some("PLN"));
    let found = figure("There were 40 cases of measles.", "40");
    assert_eq!(found.unit.as_deref(), Some("case of measles"));
    assert_eq!(figure("Eight others were hurt.", "Eight").unit, None);
}

#[test]
fn odd_notations_of_amounts_and_spans() {
    use tally_extract::{Direction::Up, Value};
    let found = figure("It approved a $1.5-billion plan.", "$1.5-billion");
    assert_eq!(found.value, Value::Number(1.5e9));
    let found = figure(
        "The meeting lasted an hour and a half.",
        "an hour and a half",
    );
    assert_eq!(found.value, Value::Number(1.5));
    assert_eq!(found.unit.as_deref(), Some("hour"));
    let found = figure("Residents aged 70 and over are eligible.", "70");
    assert_eq!(found.qualifier, Qualifier::AtLeast);
    let found = figure(
        "Officials counted 18,000 more ballots than voters.",
        "18,000",
    );
    assert_eq!(found.unit.as_deref(), Some("ballot"));
    assert_changes(&[
        (
            "Officials counted 18,000 more ballots than voters.",
            "18,000",
            Some(Up),
        ),
        (
            "The runway will be extended by 500 metres.",
            "500 metres",
            Some(Up),
        ),
    ]);
}

#[test]
fn energy_data_and_revisions() {
    use tally_extract::Direction::Down;
    let found = figure(
        "The farm makes 350 gigawatt-hours a year.",
        "350 gigawatt-hours",
    );
    assert_eq!(found.unit.as_deref(), Some("GWh"));
    let found = figure("The plant is rated at 350 megawatts.", "350 megawatts");
    assert_eq!(found.unit.as_deref(), Some("MW"));
    let found = figure("The centre stores 15 petabytes of data.", "15 petabytes");
    assert_eq!(found.unit.as_deref(), Some("PB"));
    assert_changes(&[(
        "Growth was revised down by half a percentage point.",
        "half a percentage point",
        Some(Down),
    )]);
    let found = figure(
        "Fewer than 100 of the village's 2,000 residents stayed.",
        "100",
    );
    assert_eq!(found.unit.as_deref(), Some("resident"));
}

#[test]
fn crossings_retrievals_and_clauses_before_by() {
    use tally_extract::Direction::Up;
    assert_changes(&[
        ("Coal's share dropped below 2%.", "2%", None),
        (
            "Police recovered 2.5 tonnes of cocaine.",
            "2.5 tonnes",
            None,
        ),
        (
            "Output rose for the first time in 14 months, by 0.4%.",
            "0.4%",
            Some(Up),
        ),
        ("Shares recovered 2% on Friday.", "2%", Some(Up)),
    ]);
    let found = figure("Only 41 of the 120 MPs voted for it.", "120");
    assert_eq!(found.unit.as_deref(), Some("mp"));
    let found = figure(
        "The refinery processes 400,000 barrels of oil a day.",
        "400,000",
    );
    assert_eq!(found.unit.as_deref(), Some("barrel"));
    let found = figure("They freed 20 prisoners of war.", "20");
    assert_eq!(found.unit.as_deref(), Some("prisoner of war"));
}

#[test]
fn what_reading_a_real_corpus_showed() {
    // A cap keeps its verb.
    let found = figure("The president is limited to two terms.", "two");
    assert_eq!(found.qualifier, Qualifier::AtMost);
    assert_eq!(found.verb.as_deref(), Some("limit"));
    // Adjectives and names hyphened to a number are not counted nouns.
    assert_eq!(
        figure("It has three-dimensional parts.", "three").unit,
        None
    );
    // Some number of hundreds of years is a span of time.
    let found = figure("It lasted a few hundred years.", "a few hundred");
    assert_eq!(found.kind, Kind::Duration);
    // "and younger" before a noun is another phrase, not a bound.
    let found = figure("I have two older sisters and younger brothers.", "two");
    assert_eq!(found.qualifier, Qualifier::Exact);
    // "a second name" is an ordinal, even after a hedge word.
    assert!(figures("Publish it under a second name.").is_empty());
    // A scale hyphened to a number is no noun.
    assert_eq!(figure("It began around two-thousand.", "two").unit, None);
    // A forecast is a noun more often than a verb.
    let found = figure("The growth forecast of 1% was cut.", "1%");
    assert_ne!(found.verb.as_deref(), Some("forecast"));
}

#[test]
fn rarer_hedges_locations_and_temperature_differences() {
    use tally_extract::Direction::{Down, Up};
    for text in [
        "It is valued at the best part of $3bn.",
        "Its debt stands at getting on for $3bn.",
        "It cost close on $3bn.",
    ] {
        assert_eq!(
            figure(text, "$3bn").qualifier,
            Qualifier::Approximately,
            "{text}"
        );
    }
    assert_changes(&[
        ("The ferry sank 2 miles off the coast.", "2 miles", None),
        ("The water level sank 2 metres.", "2 metres", Some(Down)),
        (
            "Temperatures were 1.48C above pre-industrial levels.",
            "1.48C",
            Some(Up),
        ),
        (
            "The council hiked parking charges by 25 per cent.",
            "25 per cent",
            Some(Up),
        ),
    ]);
}

#[test]
fn lists_and_comparatives_of_change() {
    use tally_extract::Direction::{Down, Up};
    assert_changes(&[
        ("Sales rose 4% and 9%, respectively.", "9%", Some(Up)),
        ("Shares rose 4% and bonds 2%.", "2%", None),
        ("The chip is 40% faster.", "40%", Some(Up)),
        ("The chip uses 30% less power.", "30%", Some(Down)),
    ]);
    assert!(figures("Each home gets a one-off payment.").is_empty());
}

#[test]
fn ranges_with_the_unit_twice_and_money_to_people() {
    use tally_extract::{Direction::Up, Value};
    let found = figure("Rainfall of 5mm to 10mm is forecast.", "5mm to 10mm");
    assert_eq!(found.value, Value::Range(5.0, 10.0));
    let found = figure("Costs of £5m to £7m are likely.", "£5m to £7m");
    assert_eq!(found.value, Value::Range(5e6, 7e6));
    // A change from one to the other is no range.
    assert_eq!(figures("It rose from 5mm to 10mm.").len(), 2);
    let found = figure("They must repay £85m to 420,000 customers.", "420,000");
    assert_eq!(found.unit.as_deref(), Some("customer"));
    let found = figure(
        "It carries 250 terabits per second.",
        "250 terabits per second",
    );
    assert_eq!(found.unit.as_deref(), Some("Tbps"));
    assert_changes(&[(
        "The brewer is raising the price of a pint by 10p.",
        "10p",
        Some(Up),
    )]);
}

#[test]
fn a_hundred_and_vague_money() {
    use tally_extract::Value;
    let found = figure("A hundred volunteers turned up.", "A hundred");
    assert_eq!(found.value, Value::Number(100.0));
    assert_eq!(found.unit.as_deref(), Some("volunteer"));
    let found = figure(
        "Tens of millions of dollars were wasted.",
        "Tens of millions",
    );
    assert_eq!(found.kind, Kind::Money);
    assert_eq!(found.qualifier, Qualifier::Vague);
}

#[test]
fn ranges_in_words_nautical_miles_and_net_zero() {
    use tally_extract::Value;
    let found = figure(
        "Recovery will take two to three weeks.",
        "two to three weeks",
    );
    assert_eq!(found.value, Value::Range(2.0, 3.0));
    assert_eq!(found.unit.as_deref(), Some("week"));
    // A change is no range.
    assert_eq!(figures("It rose from two to three weeks.").len(), 2);
    // The scale written once on the second end scales the first.
    let found = figure(
        "It is worth five to six million dollars.",
        "five to six million dollars",
    );
    assert_eq!(found.value, Value::Range(5e6, 6e6));
    let found = figure("The ship was 6 nautical miles out.", "6 nautical miles");
    assert_eq!(found.unit.as_deref(), Some("nmi"));
    assert!(figures("It aims for net zero emissions.").is_empty());
}

#[test]
fn rates_of_rain_and_levels_of_a_year() {
    use tally_extract::Direction::Down;
    assert_changes(&[
        ("Rain fell at a rate of 50mm an hour.", "50mm", None),
        (
            "Numbers are still 10% below 2019 levels.",
            "10%",
            Some(Down),
        ),
    ]);
}

#[test]
fn magnitudes_codes_and_a_fifth_before_a_verb() {
    use tally_extract::Direction::Up;
    let found = figure("Aftershocks of up to magnitude 6.3 hit.", "magnitude 6.3");
    assert_eq!(found.unit.as_deref(), Some("magnitude"));
    assert_eq!(found.qualifier, Qualifier::AtMost);
    let found = figure("Assets are worth NOK 15 trillion.", "NOK 15 trillion");
    assert_eq!(found.unit.as_deref(), Some("NOK"));
    assert_changes(&[(
        "Arrivals are up by a fifth compared with 2023.",
        "a fifth",
        Some(Up),
    )]);
    assert_eq!(figure("She won a fifth term.", "fifth").kind, Kind::Ordinal);
}

#[test]
fn a_falling_tally_is_a_score_and_glaciers_retreat() {
    use tally_extract::{Direction::Down, Value};
    let found = figure("The Senate voted 51 to 49 to confirm her.", "51 to 49");
    assert_eq!(found.kind, Kind::Score);
    assert_eq!(found.value, Value::Score(51, 49));
    let found = figure("Prices of 10 to 15 dollars.", "10 to 15 dollars");
    assert_eq!(found.kind, Kind::Range);
    assert_changes(&[("The glacier has retreated 1.5 km.", "1.5 km", Some(Down))]);
}
