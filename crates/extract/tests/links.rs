//! Links between figures and the context rules select on, read from the
//! language: each test states a sentence and the exact links or fields
//! the extractor must give it.

use tally_extract::{Extractor, Figure, Kind};
use tally_ingest::Document;

fn figures(text: &str) -> Vec<Figure> {
    Extractor::new()
        .extract(&Document::from_text("test", text))
        .figures
}

/// Every link of `text` as "FROM kind TO", with figures named by their
/// bytes, in figure order.
fn links(text: &str) -> Vec<String> {
    let figures = figures(text);
    let written = |f: &Figure| &text[f.span.range()];
    let mut out = Vec::new();
    for figure in &figures {
        for link in &figure.links {
            let kind = serde_json::to_string(&link.kind).expect("link kinds serialise");
            out.push(format!(
                "{} {} {}",
                written(figure),
                kind.trim_matches('"'),
                written(&figures[link.to])
            ));
        }
    }
    out
}

/// The only figure of `text` whose bytes are `written`.
fn figure(text: &str, written: &str) -> Figure {
    figures(text)
        .into_iter()
        .find(|f| &text[f.span.range()] == written)
        .unwrap_or_else(|| panic!("no figure {written:?} in {text:?}"))
}

fn written_all(text: &str) -> Vec<String> {
    figures(text)
        .iter()
        .map(|f| text[f.span.range()].to_string())
        .collect()
}

#[test]
fn a_change_shares_the_unit_written_after_its_end() {
    let text = "Wages rose from 2,520 to 2,400 euros a month.";
    assert_eq!(links(text), ["2,520 from 2,400 euros"]);
    let start = figure(text, "2,520");
    assert_eq!(start.kind, Kind::Rate);
    assert_eq!(start.unit.as_deref(), Some("EUR"));
    assert_eq!(start.per.as_deref(), Some("month"));

    let text = "Turnout rose from 1.2 to 1.5 million voters.";
    let start = figure(text, "1.2");
    assert_eq!(start.value, tally_extract::Value::Number(1.2e6));
    assert_eq!(start.unit.as_deref(), Some("voter"));

    let start = figure("Waiting times halved from 90 to 60 days.", "90");
    assert_eq!(start.kind, Kind::Duration);
}

#[test]
fn doubled_and_halved_are_verbs_not_figures() {
    let text = "Exports doubled from 40,000 to 80,000 tonnes.";
    assert_eq!(written_all(text), ["40,000", "80,000 tonnes"]);
    assert_eq!(links(text), ["40,000 from 80,000 tonnes"]);
    assert_eq!(figure(text, "40,000").verb.as_deref(), Some("double"));
    assert_eq!(
        figure("Waiting times halved from 90 to 60 days.", "90")
            .verb
            .as_deref(),
        Some("halve")
    );
    for verb in ["tripled", "quadrupled", "trebled"] {
        let text = format!("Sales {verb} last year.");
        assert!(figures(&text).is_empty(), "{text}");
    }
    assert!(figures("Officials said costs would double.").is_empty());
    assert!(figures("The clinic plans to double the dose.").is_empty());
}

#[test]
fn multiples_and_halves_that_are_quantities_stay() {
    assert_eq!(
        written_all("Nurses were given double the dose and twice the pay."),
        ["double", "twice"]
    );
    assert_eq!(
        written_all("Half the staff left, half a million people marched."),
        ["Half", "half a million"]
    );
}

#[test]
fn up_from_and_down_from_give_the_start_a_direction() {
    let text = "Ridership reached 2,100 in September, up from 2,400 in June.";
    assert_eq!(links(text), ["2,400 from 2,100"]);
    assert_eq!(figure(text, "2,400").verb.as_deref(), Some("up"));
    let text = "Sales fell to 80, down from 95 a year earlier.";
    assert_eq!(links(text), ["95 from 80"]);
    let start = figure(text, "95");
    assert_eq!(
        (start.verb.as_deref(), start.kind),
        (Some("down"), Kind::Count)
    );
}

#[test]
fn points_beside_percentages_are_percentage_points() {
    let text = "The incumbent led 31.5% to 28.2%, a lead of 4.3 points.";
    let margin = figure(text, "4.3");
    assert_eq!(margin.kind, Kind::PercentagePoints);
    assert_eq!(margin.unit.as_deref(), Some("points"));
    assert_eq!(links(text), ["28.2% same-list 31.5%"]);
    // With no contest in the sentence, "X% to Y%" spans values.
    assert!(links("Early treatment cut the death rate to 6% to 11%.").is_empty());
    let lead = figure("She won by 12 points, 56% to 44%.", "12");
    assert_eq!(
        (lead.kind, lead.interval.low),
        (Kind::PercentagePoints, 11.5)
    );
    // Without a percentage, points are what a game or an index counts.
    assert_eq!(figure("The team scored 12 points.", "12").kind, Kind::Count);
}

#[test]
fn a_birth_year_and_an_age_in_one_sentence_are_one_person() {
    let text = "The singer, born in 1950, is a 60-year-old veteran of the stage.";
    assert_eq!(links(text), ["60-year-old same-person 1950"]);
    let text = "The 70-year-old mayor, born in 1961, won again.";
    assert_eq!(links(text), ["70-year-old same-person 1961"]);
    // Another person named between or right after: no link.
    assert!(links("Smith, born in 1950, beat the 30-year-old Jones in the final.").is_empty());
    assert!(links("Ruiz, born in 1950, said Ana Cole, a 30-year-old nurse, helped.").is_empty());
    // Across sentences, "the N-year-old" still refers back.
    let text = "Mayor Helen Ortiz, born in 1961, won a fifth term on Sunday. \
                The 70-year-old told supporters she was ready.";
    assert_eq!(links(text), ["70-year-old same-person 1961"]);
}

#[test]
fn a_before_an_ordinal_and_a_noun_is_not_a_fraction() {
    let fifth = figure("She won a fifth term.", "fifth");
    assert_eq!(fifth.kind, Kind::Ordinal);
    let third = figure("A third of voters stayed home.", "A third");
    assert_eq!(third.kind, Kind::Percent);
}

#[test]
fn a_total_covers_a_list_in_its_own_sentence() {
    assert_eq!(
        links("The storm killed 23 people and injured 91, for a total of 104 casualties."),
        ["91 same-list 23", "104 total-of 23", "104 total-of 91"]
    );
    assert_eq!(
        links("Crews found 12 survivors in the east and 9 in the west, bringing the total to 21."),
        ["9 same-list 12", "21 total-of 12", "21 total-of 9"]
    );
    assert_eq!(
        links("A total of 30 people died: 20 in the north and 10 in the south."),
        ["30 total-of 20", "30 total-of 10", "10 same-list 20"]
    );
}

#[test]
fn an_amount_before_a_colon_totals_the_breakdown_after_it() {
    let text = "The council approved a €900 million plan on Tuesday: €450 million for \
                housing, €300 million for schools and €250 million for parks.";
    assert_eq!(
        links(text),
        [
            "€900 million total-of €450 million",
            "€900 million total-of €300 million",
            "€900 million total-of €250 million",
            "€300 million same-list €450 million",
            "€250 million same-list €450 million",
        ]
    );
}

#[test]
fn no_total_across_sentences_or_over_a_running_count() {
    // Parts that overlap, in another sentence: PartOf at most, never TotalOf.
    let text = "Officials counted a total of 5,660 cases. Out of these, 1,840 people \
                were admitted and 1,720 went home, while 80 died.";
    assert!(
        !links(text).iter().any(|l| l.contains("total-of")),
        "{text}"
    );
    let text = "The clinic logged 110 active cases and 30 recovered ones. \
                A total of 17 deaths were recorded.";
    assert!(
        !links(text).iter().any(|l| l.contains("total-of")),
        "{text}"
    );
    // "an additional 66, totaling 365": a running total, not a sum of a list.
    let text = "The party won an additional 66 seats, totaling 365 seats, \
                surpassing the 326 seats needed for a majority.";
    assert!(
        !links(text).iter().any(|l| l.contains("total-of")),
        "{text}"
    );
}

#[test]
fn of_the_whole_opening_a_sentence_links_its_parts() {
    for text in [
        "Of the 52 schools in the district, 61 closed on Thursday.",
        "Among the 52 schools in the district, 61 closed on Thursday.",
        "Out of 52 schools in the district, 61 closed on Thursday.",
    ] {
        assert_eq!(links(text), ["61 part-of 52"], "{text}");
        assert_eq!(figure(text, "61").unit.as_deref(), Some("school"), "{text}");
    }
}

#[test]
fn of_those_picks_its_whole_by_language_not_by_value() {
    // A part larger than the whole still links, so a rule can say so.
    let text = "Rain hit 52 schools on Thursday. Of those, 61 closed early.";
    assert_eq!(links(text), ["61 part-of 52"]);
    // Counts of places are skipped; "Out of these" opens like "Of those".
    let text = "Forces fired 90 drones at three regions. Out of these, 60 were shot down.";
    assert_eq!(links(text), ["60 part-of 90"]);
    // The count of the same noun is preferred to the last one.
    let text = "The raid used 40 drones and 12 missiles. Of those, 30 drones were downed.";
    assert!(links(text).contains(&"30 part-of 40".to_string()));
}

#[test]
fn of_those_opening_a_paragraph_reaches_into_the_one_before() {
    let text = "Forces launched 90 drones overnight, the air force said.\n\n\
                Of those, 96 were shot down and 61 lost.";
    assert_eq!(
        links(text),
        ["96 part-of 90", "61 same-list 96", "61 part-of 90"]
    );
    // Mid-paragraph, the search stays in the paragraph.
    let text = "Forces launched 90 drones overnight.\n\n\
                Rescuers reached the area. Of those, 12 were hurt.";
    assert!(links(text).is_empty());
}

#[test]
fn a_restated_count_keeps_its_verb_when_the_participle_follows() {
    let text = "Police detained 3,560 protesters on Saturday. Officials said most of \
                the 3,650 detained were released, and most of the 3,650 people \
                detained on Sunday went home.";
    let verbs: Vec<Option<String>> = figures(text)
        .into_iter()
        .filter(|f| f.kind == Kind::Count)
        .map(|f| f.verb)
        .collect();
    let detain = Some("detain".to_string());
    assert_eq!(verbs, [detain.clone(), detain.clone(), detain]);
}

#[test]
fn a_gerund_in_an_earlier_list_item_does_not_govern_the_next() {
    let text = "The council set €450 million for housing, €300 million for schools.";
    assert_eq!(figure(text, "€300 million").verb, None);
    let text = "They saved money by cutting 300 jobs.";
    assert_eq!(figure(text, "300").verb.as_deref(), Some("cut"));
}

#[test]
fn percentages_after_a_whole_are_shares_of_it() {
    let text = "Of the 480 doctors surveyed, 30% said yes and 60% said no.";
    assert_eq!(
        links(text),
        ["30% share-of 480", "60% same-list 30%", "60% share-of 480"]
    );
    let text = "Police held 300 people. Of those, 40% were freed and 10% charged.";
    assert_eq!(
        links(text),
        ["40% share-of 300", "10% same-list 40%", "10% share-of 300"]
    );
}

#[test]
fn a_relative_clause_makes_its_counts_parts_of_the_count_before() {
    let text = "Russia launched 90 drones overnight, of which 60 were shot down and 20 lost.";
    assert_eq!(
        links(text),
        ["60 part-of 90", "20 same-list 60", "20 part-of 90"]
    );
    assert_eq!(figure(text, "20").unit.as_deref(), Some("drone"));
    let text = "Russia launched 90 drones; of those, 60 were shot down.";
    assert_eq!(links(text), ["60 part-of 90"]);
    let text = "The army fired 200 shells, 150 of which hit the town.";
    assert_eq!(links(text), ["150 part-of 200"]);
    // A requirement is not a part.
    let text = "He polled well in two surveys, of which four are needed.";
    assert!(!links(text).iter().any(|l| l.contains("part-of")), "{text}");
}

#[test]
fn each_clause_and_each_subject_speaks_of_its_own_person() {
    let text = "The new minister, born in 1962, is 63; the 62-year-old envoy was born in \
                1962 too. The prime minister, 58, was born in 1967.";
    assert_eq!(
        links(text),
        [
            "63 same-person 1962",
            "62-year-old same-person 1962",
            "58 same-person 1967"
        ]
    );
    assert_eq!(figure(text, "63").kind, Kind::Age);
    // A birth year with its own subject introduces someone new; a pronoun
    // refers back.
    assert!(links("The 62-year-old envoy spoke. The prime minister was born in 1967.").is_empty());
    assert_eq!(
        links("Ortiz, 63, won again. She was born in 1961."),
        ["1961 same-person 63"]
    );
    assert_eq!(
        links("Chirac died on Thursday. He was 86. Jacques Chirac was born in 1932."),
        ["1932 same-person 86"]
    );
    // Not every number set off by commas is an age.
    assert_eq!(figure("The apples, 58, were sold.", "58").kind, Kind::Count);
}

#[test]
fn a_start_with_its_own_scale_is_not_scaled_again() {
    let text = "The grant nearly tripled from 4 million to 11 million pounds.";
    assert_eq!(
        figure(text, "4 million").value,
        tally_extract::Value::Number(4e6)
    );
    assert_eq!(links(text), ["4 million from 11 million pounds"]);
}

#[test]
fn a_past_tense_right_after_a_part_is_its_verb_not_its_noun() {
    let text = "The army fired 40 rockets. Of those, 31 were stopped and 6 struck a depot.";
    let six = figure(text, "6");
    assert_eq!(six.verb.as_deref(), Some("strike"));
    assert_eq!(six.unit.as_deref(), Some("rocket"));
    // A participle, or a past tense right before a plural noun, still
    // modifies the noun.
    assert_eq!(
        figure("Dealers logged 40 sold cars.", "40").unit.as_deref(),
        Some("car")
    );
    assert_eq!(
        figure("Officials logged 12 known cases.", "12")
            .unit
            .as_deref(),
        Some("case")
    );
}

#[test]
fn n_of_them_takes_its_whole_from_the_sentence_before() {
    let text = "Rebels sent 80 gliders north. Guards downed 50 of them, and 20 crashed early.";
    assert_eq!(
        links(text),
        ["50 part-of 80", "20 same-list 50", "20 part-of 80"]
    );
    // A whole in the same sentence is found as before, and a share after
    // "N of them, or" is a share of N.
    let text = "The choir has 90 singers; 30 of them, or 20 percent, are tenors.";
    assert_eq!(links(text), ["30 part-of 90", "20 percent share-of 30"]);
}

#[test]
fn a_period_after_the_verb_makes_a_rate_and_the_next_restates_it() {
    let text = "Roughly 1,400 trucks cross every week, about 200 a day.";
    let trucks = figure(text, "1,400");
    assert_eq!(
        (trucks.kind, trucks.per.as_deref()),
        (Kind::Rate, Some("week"))
    );
    assert_eq!(links(text), ["200 restates 1,400"]);
    let weekly = figure("The shelter takes in 35 dogs weekly.", "35");
    assert_eq!(weekly.per.as_deref(), Some("week"));
    // A period that names when, not how often, is no rate.
    let once = figure("About 300 people arrived each week of the festival.", "300");
    assert_eq!(once.kind, Kind::Count);
}

#[test]
fn to_x_from_y_gives_the_start_the_verb_and_the_noun() {
    let text = "Orders dropped to 7,100 crates from 6,800 last spring.";
    let start = figure(text, "6,800");
    assert_eq!(start.verb.as_deref(), Some("drop"));
    assert_eq!(start.unit.as_deref(), Some("crate"));
    assert_eq!(links(text), ["6,800 from 7,100"]);
}

#[test]
fn a_money_start_shares_the_rate_of_its_end() {
    let text = "Diesel eased from $4.20 to $4.65 a litre.";
    let start = figure(text, "$4.20");
    assert_eq!(
        (start.kind, start.per.as_deref()),
        (Kind::Rate, Some("litre"))
    );
    assert_eq!(links(text), ["$4.20 from $4.65"]);
}

#[test]
fn at_a_number_after_died_is_the_age_at_death() {
    let text = "The poet, who was born in 1931, died in March at 88.";
    assert_eq!(figure(text, "88").kind, Kind::Age);
    assert_eq!(links(text), ["88 same-person 1931"]);
    // "at" with a noun after is a place or a price, not an age.
    assert_eq!(figure("He died at 14 Elm Road.", "14").kind, Kind::Count);
}

#[test]
fn what_a_measure_is_of_does_not_stop_its_period() {
    let text = "The mill burns 60 tonnes of coal a week, or about 250 tonnes a month.";
    let coal = figure(text, "60 tonnes");
    assert_eq!((coal.kind, coal.per.as_deref()), (Kind::Rate, Some("week")));
    assert_eq!(links(text), ["250 tonnes restates 60 tonnes"]);
}

#[test]
fn a_share_set_against_a_named_rivals_share_is_one_contest() {
    let text = "Okafor won 52.4% to Brandt's 44.1% in the runoff.";
    assert_eq!(links(text), ["44.1% same-list 52.4%"]);
    let owned = figure("Brandt's 44 trailed.", "44");
    assert_eq!(owned.kind, Kind::Count);
}

#[test]
fn change_words_read_as_a_reader_reads_them() {
    use tally_extract::Direction::{Down, Up};
    let direction = |text: &str, written: &str| figure(text, written).change.map(|c| c.direction);
    // "by X to Y" is a change and an end, never a range.
    let text = "The gap narrowed by €1.5 billion to €22 billion.";
    assert_eq!(direction(text, "€1.5 billion"), Some(Down));
    assert_eq!(figure(text, "€22 billion").change, None);
    assert_eq!(direction("Fares went up $3 to $40.", "$3"), Some(Up));
    assert_eq!(figure("Fares went up $3 to $40.", "$40").kind, Kind::Money);
    // Collecting money is not a change in it.
    assert_eq!(
        figure("The appeal raised $2.5 million.", "$2.5 million").change,
        None
    );
    assert_eq!(
        direction("Snowfall was 35% below the norm.", "35%"),
        Some(Down)
    );
    assert_eq!(
        direction("The index rose 90 points, or 2.2%.", "2.2%"),
        Some(Up)
    );
    assert_eq!(
        direction("The club has shrunk by a quarter.", "a quarter"),
        Some(Down)
    );
    // A hedge between "by" and the amount changes nothing.
    let text = "The town grew by about 3,000 to 41,000.";
    assert_eq!(direction(text, "3,000"), Some(Up));
    assert_eq!(figure(text, "41,000").change, None);
    // The verb's object may stand between the verb and "by".
    let text = "The bank cut its outlook by 0.3 points.";
    assert_eq!(direction(text, "0.3"), Some(Down));
    // A fraction of a point is a fraction of a percentage point.
    let text = "Rates were lifted by a quarter of a point after a half-point cut.";
    let quarter = figure(text, "a quarter of a point");
    assert_eq!(
        (quarter.kind, quarter.value),
        (Kind::PercentagePoints, tally_extract::Value::Number(0.25))
    );
    assert_eq!(direction(text, "a quarter of a point"), Some(Up));
    assert_eq!(direction(text, "a half-point"), Some(Down));
}

#[test]
fn the_ends_of_a_change_share_the_finer_precision() {
    let text = "Riders grew from 1.5 million to 2 million a year.";
    let end = figure(text, "2 million");
    assert_eq!(end.precision, 0.05e6);
    // Figures that are not two ends keep their own precision.
    let text = "Riders numbered 1.5 million; tickets, 2 million.";
    assert_eq!(figure(text, "2 million").precision, 0.5e6);
}

#[test]
fn a_time_adverbial_between_a_verb_and_its_change_does_not_hide_the_verb() {
    for (text, start, verb) in [
        (
            "Enrolment doubled this spring, from 1,400 to 2,900 pupils.",
            "1,400",
            "double",
        ),
        (
            "Theft reports have halved since last summer, from 820 to 400.",
            "820",
            "halve",
        ),
        (
            "Profit tripled in the third quarter, from 40 million to 125 million.",
            "40 million",
            "triple",
        ),
        (
            "Bookings fell in the two weeks to Sunday from 9,000 to 7,200.",
            "9,000",
            "fall",
        ),
    ] {
        assert_eq!(figure(text, start).verb.as_deref(), Some(verb), "{text}");
    }
}

#[test]
fn a_figure_modifying_the_one_before_is_not_the_end_of_its_change() {
    let text = "About 9,000 delegates from 140 nations attended, up from 7,500 last year.";
    assert_eq!(links(text), ["7,500 from 9,000"]);
    // A rate's modifier, its noun hidden behind a proper adjective.
    let text = "It sells 80,000 meals a week across six U.K. cities, up from 50,000 a year ago.";
    assert_eq!(links(text), ["50,000 from 80,000"]);
}

#[test]
fn a_verb_after_a_comma_continues_the_clause_and_starts_no_list() {
    // The 2,600 is what the hall held, not a second item beside the 800.
    let text = "The hall, built for 800 guests, was holding about 2,600 by noon. \
                Buses took 500 of them home.";
    assert_eq!(links(text), ["500 part-of 2,600"]);
    // Clauses with their own subjects still make a list.
    let text = "Ana won 52% of the vote, Ben took 30% and Cy 18%.";
    assert_eq!(links(text), ["30% same-list 52%", "18% same-list 52%"]);
}

#[test]
fn a_count_restated_as_a_share_of_a_whole_is_part_of_that_whole() {
    let text = "Officials said 1,150, or 23%, of the 5,000 applicants were admitted.";
    assert_eq!(links(text), ["1,150 part-of 5,000", "23% share-of 1,150"]);
    let text = "About 3,300 homes, or 11% of the 30,000 in the valley, flooded.";
    assert_eq!(links(text), ["3,300 part-of 30,000", "11% share-of 3,300"]);
}

#[test]
fn shares_set_against_each_other_by_by_and_points_written_into_a_compound() {
    let text = "The measure passed by 61.4% to 38.6%, a 22.8-point margin.";
    assert_eq!(links(text), ["38.6% same-list 61.4%"]);
    // "a 22.8-point margin": the compound counts points.
    let margin = figure(text, "22.8");
    assert_eq!(margin.kind, Kind::PercentagePoints);
    assert_eq!(margin.unit.as_deref(), Some("points"));
}

#[test]
fn the_ends_of_a_change_link_across_what_says_when() {
    let text = "Vacancies fell to 3.9% in the six months to June from 4.4% a year before.";
    assert_eq!(links(text), ["4.4% from 3.9%"]);
    assert_eq!(figure(text, "4.4%").verb.as_deref(), Some("fall"));
    // A bare start takes the period of the rate it ended at.
    let text = "Traffic rose to about 8,500 cars a day in 2024, up from 7,900 in 2023.";
    assert_eq!(links(text), ["7,900 from 8,500"]);
    let start = figure(text, "7,900");
    assert_eq!(start.kind, Kind::Rate);
    assert_eq!(start.per.as_deref(), Some("day"));
}

#[test]
fn a_figure_in_the_wholes_own_phrase_is_not_a_part() {
    let text = "Of the 900 nurses at the region's four clinics, 310 signed the letter.";
    assert_eq!(links(text), ["310 part-of 900"]);
    // "Of those N" restates the whole in place.
    let text = "The survey reached 2,050 farms. Of those 2,050 farms, 640 had no broadband.";
    assert_eq!(links(text), ["640 part-of 2,050"]);
    assert_eq!(figures(text)[2].links[0].to, 1);
}

#[test]
fn a_bare_amount_listed_after_money_is_money_and_split_into_opens_a_breakdown() {
    let text = "The city set aside a $90 million fund for repairs, split into \
                $50 million for roads, 25 million for bridges and 15 million for parks.";
    let bridges = figure(text, "25 million");
    assert_eq!(bridges.kind, Kind::Money);
    assert_eq!(bridges.unit.as_deref(), Some("USD"));
    assert_eq!(
        links(text),
        [
            "$90 million total-of $50 million",
            "$90 million total-of 25 million",
            "$90 million total-of 15 million",
            "25 million same-list $50 million",
            "15 million same-list $50 million",
        ]
    );
}

#[test]
fn a_share_list_takes_its_long_first_item_and_the_rest() {
    let text = "Lee won 47.5% of the ballots cast in 2024, Kim 33.1%, Park 12.2% \
                and minor candidates the remaining 7.2%.";
    assert_eq!(
        links(text),
        [
            "33.1% same-list 47.5%",
            "12.2% same-list 47.5%",
            "7.2% same-list 47.5%"
        ]
    );
    // The end of a change is not a list's first item.
    let text = "Unemployment was 4.4% in June, up from 4.2 percent, and pay grew 3.8 per cent.";
    assert!(
        links(text)
            .iter()
            .all(|link| !link.ends_with("same-list 4.4%")),
        "{:?}",
        links(text)
    );
}

#[test]
fn a_whole_after_of_may_be_owned() {
    let text = "Storms cut power in 14 of the province's 19 districts.";
    assert_eq!(links(text), ["14 part-of 19"]);
    let text = "The chain will shut 9 of its 60 branches.";
    assert_eq!(links(text), ["9 part-of 60"]);
}

#[test]
fn n_of_the_noun_takes_the_nearest_earlier_count_of_that_noun() {
    let text = "The army fired 96 rockets and 12 missiles at the port. \
                Defenders stopped 80 of the rockets, and 9 were \"locally lost\".";
    assert_eq!(
        links(text),
        [
            "12 same-list 96",
            "80 part-of 96",
            "9 same-list 80",
            "9 part-of 96"
        ]
    );
    assert_eq!(figure(text, "9").verb.as_deref(), Some("lose"));
    // A count that describes something else is not the whole.
    let text = "Crews made 5,000 rescues. The top crew, with 400 rescues, led. \
                About 900 of the rescues were at night.";
    assert!(
        links(text).iter().all(|l| l != "900 part-of 400"),
        "{:?}",
        links(text)
    );
    // A count an action is done with is not describing anything.
    let text = "Russia struck overnight with 70 drones. Crews downed 52 of the drones.";
    assert_eq!(links(text), ["52 part-of 70"]);
}

#[test]
fn an_amount_of_change_links_to_the_change_it_measures() {
    let text = "Fares rose 8% in the year to May, to $2.70 from $2.50.";
    assert_eq!(links(text), ["8% change-of $2.50", "$2.50 from $2.70"]);
    // Another clause has its own change.
    let text = "Exports rose 6% to $9bn, and imports fell from $5bn to $4bn.";
    assert!(
        links(text).iter().all(|l| !l.contains("change-of")),
        "{:?}",
        links(text)
    );
}

#[test]
fn to_x_from_y_shares_the_unit_written_on_the_end() {
    let text = "The budget more than doubled to 14 million euros from 10 million.";
    assert_eq!(links(text), ["10 million from 14 million euros"]);
    let start = figure(text, "10 million");
    assert_eq!(start.kind, Kind::Money);
    assert_eq!(start.unit.as_deref(), Some("EUR"));
    assert_eq!(start.verb.as_deref(), Some("double"));

    let text = "Petrol rose to 1.45 euros a litre from 1.30.";
    let start = figure(text, "1.30");
    assert_eq!(start.kind, Kind::Rate);
    assert_eq!(start.per.as_deref(), Some("litre"));
}

#[test]
fn what_is_included_and_the_rest_of_its_list_are_parts_of_the_whole() {
    let text = "The $2 billion package includes $1.2 billion for roads and $900 million for rail.";
    assert_eq!(
        links(text),
        [
            "$1.2 billion part-of $2 billion",
            "$900 million same-list $1.2 billion",
            "$900 million part-of $2 billion",
        ]
    );
    // Written beside a part known to the hundred million, the whole is
    // $2.0 billion, not anything from 1.5 to 2.5 billion.
    let whole = figure(text, "$2 billion");
    assert!(whole.interval.high < 2.01e9, "{:?}", whole.interval);

    // A whole with no parts keeps the precision it is written to.
    let whole = figure("The $2 billion package passed.", "$2 billion");
    assert_eq!(whole.interval.high, 2.5e9);

    // A count of another kind is not part of a sum of money.
    let text = "The $2 billion package includes 40 projects.";
    assert!(links(text).is_empty(), "{:?}", links(text));
}

#[test]
fn the_subject_or_speaker_before_an_aside_is_the_actor() {
    let text = "The company, which was founded in 1990 and employs staff abroad, cut 450 jobs.";
    assert_eq!(figure(text, "450").actor.as_deref(), Some("company"));
    let text = "Russia's defence ministry, citing air defence reports from several regions, \
                said it had destroyed 73 drones.";
    let found = figure(text, "73");
    assert_eq!(found.verb.as_deref(), Some("destroy"));
    assert_eq!(found.actor.as_deref(), Some("russia's defence ministry"));
    let text =
        "Ukraine's air force, in a statement posted on Telegram, said it had shot down 52 drones.";
    assert_eq!(
        figure(text, "52").actor.as_deref(),
        Some("ukraine's air force")
    );
    // With no aside, a comma before the verb leaves the subject unknown.
    let text = "Prices rose, cut 450 jobs.";
    assert_eq!(figure(text, "450").actor, None);
}

#[test]
fn an_introductory_phrase_is_not_an_aside() {
    let text =
        "In addition to prison, the men's names, kept secret for three years, were published.";
    let found = figure(text, "three years");
    assert_ne!(found.actor.as_deref(), Some("prison"));
}

#[test]
fn years_and_stretches_of_time_between_a_verb_and_its_change() {
    for (text, start, verb) in [
        (
            "Output tripled between 2019 and 2024, from 2.2 to 6.5 tonnes.",
            "2.2",
            "triple",
        ),
        (
            "Arrests halved over three years, from 800 to 410.",
            "800",
            "halve",
        ),
        (
            "Visits doubled in 2025, from 12,000 to 25,000.",
            "12,000",
            "double",
        ),
    ] {
        assert_eq!(figure(text, start).verb.as_deref(), Some(verb), "{text}");
    }
    // "took over" is still a phrasal verb.
    let text = "The bank took over 12 branches.";
    assert_eq!(figure(text, "12").verb.as_deref(), Some("take over"));
}

#[test]
fn a_change_from_one_year_to_another_links_across_the_years() {
    let text = "Claims rose from about 4,000 in 2021 to roughly 9,500 in 2024.";
    assert_eq!(links(text), ["4,000 from 9,500"]);
}

#[test]
fn of_the_openers_as_wire_copy_writes_them() {
    // A noun with no figure names the whole by its noun.
    let text = "The army fired 9 missiles and 120 drones. Of the drones, 96 were downed.";
    assert_eq!(figure(text, "120").verb.as_deref(), Some("fire"));
    assert!(
        links(text).contains(&"96 part-of 120".to_string()),
        "{:?}",
        links(text)
    );
    // An owned whole, and an opening inside a reported clause.
    let text = "Of the region's 40 dams, 6, or 15%, were inspected.";
    assert!(
        links(text).contains(&"6 part-of 40".to_string()),
        "{:?}",
        links(text)
    );
    let text = "Two boards said that of the 120 schools they run, 45 shut, \
                along with 3 of their 9 colleges.";
    let links = links(text);
    assert!(links.contains(&"45 part-of 120".to_string()), "{links:?}");
    assert!(links.contains(&"3 part-of 9".to_string()), "{links:?}");
    assert!(!links.contains(&"9 part-of 120".to_string()), "{links:?}");
}

#[test]
fn time_per_period_and_an_amount_over_a_period_restated_are_rates() {
    let text = "Nurses work about 1,600 hours a year, or some 130 hours a month.";
    let first = figure(text, "1,600 hours");
    assert_eq!(first.kind, Kind::Rate);
    assert_eq!(first.per.as_deref(), Some("year"));
    assert_eq!(links(text), ["130 hours restates 1,600 hours"]);
    let text = "The city grew by 36,000 people over the past year, or about 100 a day.";
    assert_eq!(figure(text, "36,000").per.as_deref(), Some("year"));
    // Not restated: a total over a year stays a count.
    let text = "The city grew by 36,000 people over the past year.";
    assert_eq!(figure(text, "36,000").kind, Kind::Count);
}

#[test]
fn against_and_ahead_of_set_shares_against_each_other() {
    let text = "Ortiz won 55.2% of the vote against 44.8% for Lund, a lead of 10.4 points.";
    assert!(
        links(text).contains(&"44.8% same-list 55.2%".to_string()),
        "{:?}",
        links(text)
    );
    let text = "Mora led with 36% of the vote, ahead of the mayor of the capital on 29%.";
    assert_eq!(links(text), ["29% same-list 36%"]);
}

#[test]
fn a_birth_year_after_a_month_or_a_place_is_still_a_birth_year() {
    for text in [
        "The striker, born in March 1994, scored twice. The 31-year-old was named captain.",
        "Okafor, born in Lagos in 1994, scored twice. The 31-year-old was named captain.",
    ] {
        assert!(
            links(text).contains(&"31-year-old same-person 1994".to_string()),
            "{text}: {:?}",
            links(text)
        );
    }
    // Someone born in a place and a year must be born: a year after a
    // place is otherwise just a year.
    let text = "Okafor, raised in Lagos in 1994, scored twice. The 31-year-old was named captain.";
    assert!(links(text).is_empty(), "{:?}", links(text));
}

#[test]
fn a_definite_whole_said_to_be_its_parts_totals_them() {
    let text = "Police said the 30 arrested were 22 men, 6 women and 2 minors.";
    assert_eq!(
        links(text),
        [
            "30 total-of 22",
            "30 total-of 6",
            "30 total-of 2",
            "6 same-list 22",
            "2 same-list 22"
        ]
    );
    // An indefinite count before "were" is no breakdown.
    let text = "Police said 30 people were 22 metres from the door and 6 were inside.";
    assert!(
        links(text).iter().all(|l| !l.contains("total-of")),
        "{:?}",
        links(text)
    );
}

#[test]
fn the_count_surveyed_is_the_whole_of_the_answers() {
    let text = "In a poll of 2,000 adults for the BBC, 640, or 32%, backed the plan.";
    assert!(
        links(text).contains(&"640 part-of 2,000".to_string()),
        "{:?}",
        links(text)
    );
    // A count of something else after the comma is not a part.
    let text = "In a survey of 400 firms, 120 workers said pay rose.";
    assert!(
        links(text).iter().all(|l| !l.contains("part-of")),
        "{:?}",
        links(text)
    );
}

#[test]
fn shares_that_each_answer_in_their_own_clause_are_one_list() {
    let text = "Asked about the plan, 48 percent said they backed it, while 31 percent \
                opposed it and 21 percent were unsure.";
    assert_eq!(
        links(text),
        [
            "31 percent same-list 48 percent",
            "21 percent same-list 48 percent"
        ]
    );
}

#[test]
fn a_change_ends_at_what_was_restated_and_only_in_one_unit() {
    // The rate restates the yearly count; the count is what rose.
    let text = "It expects 30 million riders this year, or about 82,000 a day, up from 28 million.";
    assert_eq!(
        links(text).last().map(String::as_str),
        Some("28 million from 30 million")
    );
    // A share restating a count is itself what a share changed from.
    let text = "Turnout was 5.2 million, or 61%, up from 58%.";
    assert!(
        links(text).contains(&"58% from 61%".to_string()),
        "{:?}",
        links(text)
    );
    // Minutes and hours are not compared as written.
    let text = "The trip now takes 50 minutes, down from about 2 hours.";
    assert!(
        links(text).iter().all(|l| !l.contains("from")),
        "{:?}",
        links(text)
    );
}

#[test]
fn of_which_with_a_short_clause_makes_a_part() {
    let text = "The council has 51 seats, of which the Greens hold 19.";
    assert_eq!(links(text), ["19 part-of 51"]);
    assert_eq!(figure(text, "19").unit.as_deref(), Some("seat"));
}

#[test]
fn an_amount_of_change_after_its_pair_and_a_definite_participle() {
    let text = "Thefts fell to 820 last year from 1,040 in 2023, a drop of 21%.";
    assert!(
        links(text).contains(&"21% change-of 1,040".to_string()),
        "{:?}",
        links(text)
    );
    let text = "Police held 2,140 people. Lawyers for the 2,410 detained appealed.";
    assert_eq!(figure(text, "2,410").verb.as_deref(), Some("detain"));
}

#[test]
fn an_age_set_off_after_a_role_is_an_age() {
    let text = "The official, 51, who was born in 1974, resigned.";
    assert_eq!(figure(text, "51").kind, Kind::Age);
    assert_eq!(links(text), ["51 same-person 1974"]);
}

#[test]
fn a_haul_or_a_combined_amount_is_a_stated_total() {
    let text = "The team won 4 gold, 6 silver and 5 bronze medals, a haul of 15.";
    assert!(
        links(text).contains(&"15 total-of 4".to_string()),
        "{:?}",
        links(text)
    );
    let text = "The two firms employ 1,200 and 800 staff, a combined 2,000.";
    assert!(
        links(text).contains(&"2,000 total-of 1,200".to_string()),
        "{:?}",
        links(text)
    );
}

#[test]
fn an_instrument_belongs_to_the_verb_past_its_object() {
    let text = "Russia attacked Odesa overnight with 64 drones.";
    assert_eq!(figure(text, "64").verb.as_deref(), Some("attack"));
    // Not across a comma.
    let text = "Russia attacked Odesa, with 64 drones reported.";
    assert_ne!(figure(text, "64").verb.as_deref(), Some("attack"));
}

#[test]
fn a_further_count_is_another_part_of_the_same_whole() {
    let text = "Crews stopped 40 of the 52 boats, and a further 9 boats turned back.";
    assert!(
        links(text).contains(&"9 part-of 52".to_string()),
        "{:?}",
        links(text)
    );
    let text = "The rebels launched 14 drones. Air defences destroyed 11 of them, \
                two crashed short of their target, and three struck a tank.";
    assert_eq!(figure(text, "two").verb.as_deref(), Some("crash"));
}

#[test]
fn shares_rates_and_ends_as_the_third_blind_set_wrote_them() {
    let text = "About 410 of the 1,200 schools visited by inspectors in May, or nearly \
                a third, were rated poor.";
    assert!(
        links(text).contains(&"a third share-of 410".to_string()),
        "{:?}",
        links(text)
    );
    let text = "The agency handled 2.6 million claims in the last financial year, \
                or about 50,000 a week.";
    assert_eq!(figure(text, "2.6 million").per.as_deref(), Some("year"));
    let text = "Visits rose from 30,000 a year a decade ago to 95,000 last year.";
    assert_eq!(links(text), ["30,000 from 95,000"]);
    assert_eq!(figure(text, "95,000").per.as_deref(), Some("year"));
}

#[test]
fn wholes_after_a_colon_places_of_birth_and_rivals_named_at_length() {
    let text = "Support was wide: of the 210 members, 150 signed.";
    assert_eq!(links(text), ["150 part-of 210"]);
    let text = "Some 300 of the 1,000 homes — about 30 per cent — were sold.";
    assert_eq!(
        links(text),
        ["300 part-of 1,000", "30 per cent share-of 300"]
    );
    let text = "Born in 1961 in Porto, the 63-year-old won.";
    assert_eq!(links(text), ["63-year-old same-person 1961"]);
    let text = "She leads with 41% to former senator Jo Park's 33%, an eight-point lead.";
    assert!(
        links(text).contains(&"33% same-list 41%".to_string()),
        "{:?}",
        links(text)
    );
    let text = "Labour won 31.2 per cent of the vote and the liberal Centre Party 27.5 per cent.";
    assert!(
        links(text).contains(&"27.5 per cent same-list 31.2 per cent".to_string()),
        "{:?}",
        links(text)
    );
    // A count of ballots is no rival's share.
    let text = "With 96% of ballots counted, the plan was passing 52.1% to 47.9%.";
    assert!(
        links(text).iter().all(|l| !l.contains("same-list 96%")),
        "{:?}",
        links(text)
    );
}

#[test]
fn a_threshold_is_not_listed_and_a_model_number_is_not_a_count() {
    let text = "Coverage stood at 91.2 percent, below the 95 percent needed, and under 80 percent in the north.";
    assert!(
        links(text).iter().all(|l| !l.contains("same-list 91.2")),
        "{:?}",
        links(text)
    );
    let text = "The airline flies 40 Airbus A321 NEO 7 jets. It grounded 12 of the jets.";
    assert!(
        links(text).iter().all(|l| !l.ends_with("part-of 7")),
        "{:?}",
        links(text)
    );
}

#[test]
fn set_five_shapes_years_inside_a_pair_impacts_and_later_parts() {
    let text = "Cases doubled from 900 in 2024 to 2,100 last year.";
    assert_eq!(links(text), ["900 from 2,100"]);
    let text = "Of the 20 rockets fired, 15 were intercepted and four struck homes.";
    assert_eq!(figure(text, "four").verb.as_deref(), Some("strike"));
    let text = "Russia fired 50 drones, and defences shot down 41 of the drones while \
                seven others were jammed.";
    let found = links(text);
    assert!(found.contains(&"41 part-of 50".to_string()), "{found:?}");
    assert!(found.contains(&"seven part-of 50".to_string()), "{found:?}");
    let text = "She led with 47.5% of valid votes to 44.1% for her rival.";
    assert_eq!(links(text), ["44.1% same-list 47.5%"]);
}

#[test]
fn a_change_after_its_amount_ends_at_the_clause_figure() {
    // Past the amount of change, and not at a whole or a count of places.
    let text = "About 5,200 cases were logged in 2025, up 30 per cent from 4,000 in 2024.";
    assert!(
        links(text).contains(&"4,000 from 5,200".to_string()),
        "{:?}",
        links(text)
    );
    let text = "The board said 40 of its 55 parks would stay open, down from 47 last year.";
    assert!(
        links(text).contains(&"47 from 40".to_string()),
        "{:?}",
        links(text)
    );
    let text = "Some 3.1 million fans visited the 9 host cities, up 10% from 2.8 million.";
    assert!(
        links(text).iter().all(|l| !l.ends_with("from 9")),
        "{:?}",
        links(text)
    );
    // "Of those" is not the start of a change.
    let text = "About 5,200 cases were logged, up from 4,000. Of those, 1,300 were severe.";
    assert!(
        links(text).contains(&"1,300 part-of 5,200".to_string()),
        "{:?}",
        links(text)
    );
}
