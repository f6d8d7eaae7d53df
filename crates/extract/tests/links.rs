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
fn of_which_with_a_short_clause_makes_a_part() {
    let text = "The council has 51 seats, of which the Greens hold 19.";
    assert_eq!(links(text), ["19 part-of 51"]);
    assert_eq!(figure(text, "19").unit.as_deref(), Some("seat"));
}
