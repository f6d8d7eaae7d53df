//! How names are bound to figures: preference, actors, nationality,
//! windows, lists, and one finding per distinct binding.

mod common;

use common::{Story, rule, rule_set, rules, rules_with};
use tally_extract::{Direction, Kind, LinkKind, Qualifier};

const WEEKDAY: &str = r#"
figures:
  day: { kind: weekday }
  date: { kind: date, next-to: day }
check: weekday(date) == day
message: "{date} is a {weekday(date)}, not a {day}"
"#;

const PAIR: &str = r#"
figures:
  whole: { kind: count, verb: [run] }
  part: { kind: count, verb: [close] }
check: part <= whole
message: "{part} of {whole}"
"#;

#[test]
fn a_linked_figure_is_preferred_over_a_nearer_one() {
    let rules = rules(&rule("t/pair", PAIR));
    let mut story = Story::new("The city ran 10 parks and 5 closed. The county ran 3 parks.");
    let near = story.add("10", Kind::Count, 10.0);
    story.verb(near, "run");
    let part = story.add("5", Kind::Count, 5.0);
    story.verb(part, "close");
    let far = story.add("3", Kind::Count, 3.0);
    story.verb(far, "run");
    // Unlinked, "5" binds to the "10" in its own sentence: no finding for it.
    assert_eq!(story.messages(&rules), Vec::<String>::new());
    // Linked to the county's 3, it binds there despite the distance.
    story.link(part, LinkKind::PartOf, far);
    assert_eq!(story.messages(&rules), ["5 of 3"]);
}

fn shops(text: &str, wholes: [&str; 2]) -> Story {
    let mut story = Story::new(text);
    for written in ["4", wholes[0], wholes[1]] {
        let value: f64 = written.parse().expect("a number");
        let id = story.add(written, Kind::Count, value);
        story.verb(id, if written == "4" { "close" } else { "run" });
    }
    story
}

#[test]
fn the_same_sentence_is_preferred_then_the_nearest() {
    let rules = rules(&rule("t/pair", PAIR));
    // Each story has one `part` (4) and two candidate wholes; only the
    // preferred whole is paired with it.
    let same_sentence = shops(
        "Of shops, 4 closed as they ran 2. Later they ran 9 more.",
        ["2", "9"],
    );
    assert_eq!(same_sentence.messages(&rules), ["4 of 2"]);
    let other_sentence = shops(
        "Of shops, 4 closed as they ran 9. Later they ran 2 more.",
        ["9", "2"],
    );
    assert!(other_sentence.check(&rules).is_empty());
    let nearest = shops("Of shops, 4 closed as they ran 2, not 9.", ["2", "9"]);
    assert_eq!(nearest.messages(&rules), ["4 of 2"]);
    let farther = shops("Of shops, 4 closed as they ran 9, not 2.", ["9", "2"]);
    assert!(farther.check(&rules).is_empty());
}

#[test]
fn figures_of_different_actors_are_never_bound_together() {
    let rules = rules(&rule("t/pair", PAIR));
    let mut story = Story::new("The city ran 10 parks, and the county closed 12.");
    let whole = story.add("10", Kind::Count, 10.0);
    story.verb(whole, "run").actor(whole, "city");
    let part = story.add("12", Kind::Count, 12.0);
    story.verb(part, "close").actor(part, "county");
    assert!(story.check(&rules).is_empty());
    story.actor(part, "City");
    assert_eq!(story.messages(&rules), ["12 of 10"]);
}

#[test]
fn linked_figures_bind_whatever_their_actors() {
    let rules = rules(&rule("t/pair", PAIR));
    let mut story = Story::new("The city ran 10 parks; of those, 12 closed, the county said.");
    let whole = story.add("10", Kind::Count, 10.0);
    story.verb(whole, "run").actor(whole, "city");
    let part = story.add("12", Kind::Count, 12.0);
    story.verb(part, "close").actor(part, "county");
    assert!(story.check(&rules).is_empty());
    story.link(part, LinkKind::PartOf, whole);
    assert_eq!(story.messages(&rules), ["12 of 10"]);
}

#[test]
fn actors_any_compares_what_different_sources_say() {
    let body = PAIR.replace("check:", "actors: any\ncheck:");
    let rules = rules(&rule("t/pair", &body));
    let mut story = Story::new("The city ran 10 parks, and the county closed 12.");
    let whole = story.add("10", Kind::Count, 10.0);
    story.verb(whole, "run").actor(whole, "city");
    let part = story.add("12", Kind::Count, 12.0);
    story.verb(part, "close").actor(part, "county");
    assert_eq!(story.messages(&rules), ["12 of 10"]);
}

#[test]
fn conflicting_nationalities_are_never_bound_together() {
    let rules = rules(&rule("t/pair", PAIR));
    let mut story =
        Story::new("Russia ran 10 drones at the city, and 12 Ukrainian drones closed in.");
    let whole = story.add("10", Kind::Count, 10.0);
    story
        .verb(whole, "run")
        .actor(whole, "Russia")
        .noun(whole, "drone", &[]);
    let part = story.add("12", Kind::Count, 12.0);
    story
        .verb(part, "close")
        .noun(part, "drone", &["Ukrainian"]);
    assert!(story.check(&rules).is_empty());
    story.noun(part, "drone", &["Russian"]);
    assert_eq!(story.messages(&rules), ["12 of 10"]);
}

#[test]
fn a_binding_of_the_same_figures_fires_once() {
    let rules = rules(&rule(
        "t/equal",
        r#"
figures:
  a: { kind: count }
  b: { kind: count }
check: a == b
message: "{a} and {b} differ"
"#,
    ));
    let mut story = Story::new("There were 4 cars and 5 vans.");
    story.add("4", Kind::Count, 4.0);
    story.add("5", Kind::Count, 5.0);
    // (a=4, b=5) and (a=5, b=4) use the same figures.
    assert_eq!(story.messages(&rules), ["4 and 5 differ"]);
}

#[test]
fn a_rule_window_keeps_figures_together() {
    let text = "The city ran 10 parks.\n\nMonths later 12 closed.";
    let mut story = Story::new(text);
    let whole = story.add("10", Kind::Count, 10.0);
    story.verb(whole, "run");
    let part = story.add("12", Kind::Count, 12.0);
    story.verb(part, "close");
    let anywhere = rules(&rule("t/pair", PAIR));
    assert_eq!(story.messages(&anywhere), ["12 of 10"]);
    let within = rules(&rule("t/pair", &format!("within: paragraph\n{PAIR}")));
    assert!(story.check(&within).is_empty());
    let config = rules_with(&[
        ("config.yaml", "within: paragraph\n"),
        ("rule.yaml", &rule("t/pair", PAIR)),
    ]);
    assert!(story.check(&config).is_empty());
}

#[test]
fn selectors_filter_on_qualifier_change_modifiers_and_per() {
    let rules = rule_set(
        "t/select",
        r#"
figures:
  x: { kind: count, qualifier: [approximately], change: down, modifiers: [electric] }
check: x < 0
message: "{x} is not negative"
"#,
    );
    let mut story = Story::new("Sales of about 300 electric cars fell.");
    let x = story.add("300", Kind::Count, 300.0);
    story
        .noun(x, "car", &["electric"])
        .change(x, Direction::Down)
        .interval(x, 270.0, 330.0, Qualifier::Approximately);
    assert_eq!(story.messages(&rules), ["300 is not negative"]);
    story.change(x, Direction::Up);
    assert!(story.check(&rules).is_empty());
    story.change(x, Direction::Down).noun(x, "car", &["petrol"]);
    assert!(story.check(&rules).is_empty());
    story
        .noun(x, "car", &["electric"])
        .interval(x, 300.0, 300.0, Qualifier::Exact);
    assert!(story.check(&rules).is_empty());
}

#[test]
fn units_match_through_synonyms_and_coordinated_nouns() {
    let rules = rule_set(
        "t/units",
        r#"
figures:
  share: { unit: ["per cent"] }
  craft: { unit: [missile] }
check: share < craft
message: "{share} vs {craft}"
"#,
    );
    let mut story = Story::new("Some 95% of the 40 drones and missiles fell.");
    let share = story.add("95%", Kind::Percent, 95.0);
    story.unit(share, "percent");
    let craft = story.add("40", Kind::Count, 40.0);
    story.noun(craft, "drone", &[]);
    assert!(story.check(&rules).is_empty());
    story
        .figure(craft)
        .noun
        .as_mut()
        .expect("a noun")
        .also
        .push("missile".into());
    assert_eq!(story.messages(&rules), ["95% vs 40"]);
}

#[test]
fn a_list_per_sentence_is_bound_once_per_sentence() {
    let rules = rule_set(
        "t/sentence",
        r#"
figures:
  shares: { kind: percent, many: sentence }
check: sum(shares) <= 100 and count(shares) >= 1
message: "{shares} make {sum(shares)}"
"#,
    );
    let mut story = Story::new("Turnout was 60% and 50%. Then 30% and 20%.");
    for (written, value) in [("60%", 60.0), ("50%", 50.0), ("30%", 30.0), ("20%", 20.0)] {
        story.add(written, Kind::Percent, value);
    }
    assert_eq!(story.messages(&rules), ["60%, 50% make 110"]);
}

#[test]
fn a_weekday_is_checked_against_its_date_in_the_datelines_year() {
    let rules = rule_set("t/weekday", WEEKDAY);
    let build = |weekday: jiff::civil::Weekday, dated: bool| {
        let mut story = Story::new("The vote is on Monday, June 10.");
        if dated {
            story = story.dated(2025, 3, 1);
        }
        story.add_weekday("Monday", weekday);
        story.add_date("June 10", 6, 10);
        story
    };
    // June 10, 2025 was a Tuesday.
    assert_eq!(
        build(jiff::civil::Weekday::Monday, true).messages(&rules),
        ["June 10 is a Tuesday, not a Monday"]
    );
    assert!(
        build(jiff::civil::Weekday::Tuesday, true)
            .check(&rules)
            .is_empty()
    );
    // Without a dateline the year is unknown, so the check cannot fail.
    assert!(
        build(jiff::civil::Weekday::Monday, false)
            .check(&rules)
            .is_empty()
    );
}

#[test]
fn an_age_allows_either_side_of_the_birthday() {
    let rules = rule_set(
        "t/age",
        r#"
figures:
  age: { kind: age }
  born: { kind: year, same-person: age }
check: age == years_between(born, dateline)
message: "{born} and {age}: {years_between(born, dateline)}"
"#,
    );
    let build = |age: f64| {
        let mut story =
            Story::new(&format!("Born in 1961, the {age}-year-old spoke.")).dated(2025, 6, 1);
        let born = story.add("1961", Kind::Year, 1961.0);
        let age = story.add(&format!("{age}-year-old"), Kind::Age, age);
        story.link(born, LinkKind::SamePerson, age);
        story
    };
    assert!(build(63.0).check(&rules).is_empty());
    assert!(build(64.0).check(&rules).is_empty());
    assert_eq!(
        build(70.0).messages(&rules),
        ["1961 and 70-year-old: 63–64"]
    );
}

#[test]
fn division_by_a_figure_that_may_be_zero_cannot_break_a_rule() {
    let rules = rule_set(
        "t/divide",
        r#"
figures:
  a: { kind: count }
  b: { kind: count }
check: ratio(a, b) < 1 and percent(a, b) < 100
message: "{a} / {b}"
"#,
    );
    let mut story = Story::new("There were 5 and 0 of them.");
    story.add("5", Kind::Count, 5.0);
    let zero = story.add("0", Kind::Count, 0.0);
    story.interval(zero, 0.0, 0.0, Qualifier::Exact);
    let explanation = &rules.explain(&story.document, &story.extraction)[0];
    assert!(story.check(&rules).is_empty());
    let outcomes: Vec<tally_check::Outcome> = explanation
        .bindings
        .iter()
        .map(|binding| binding.outcome)
        .collect();
    assert_eq!(outcomes, [tally_check::Outcome::Unknown]);
}

#[test]
fn min_max_abs_and_count_compute_over_intervals() {
    let rules = rule_set(
        "t/functions",
        r#"
figures:
  xs: { kind: count, many: true }
check: max(xs) - min(xs) < 10 and abs(min(xs) - max(xs)) < 10 and count(xs) < 3
message: "{xs}: spread {max(xs) - min(xs)} over {count(xs)}"
"#,
    );
    let mut story = Story::new("Counts of 4, 30 and 7 were given.");
    for (written, value) in [("4", 4.0), ("30", 30.0), ("7", 7.0)] {
        story.add(written, Kind::Count, value);
    }
    assert_eq!(story.messages(&rules), ["4, 30, 7: spread 26 over 3"]);
}

#[test]
fn a_rules_own_hedge_table_recomputes_intervals() {
    let body = |hedges: &str| {
        rule(
            "t/hedge",
            &format!(
                r#"
figures:
  a: {{ kind: count }}
  b: {{ kind: count }}
{hedges}check: a == b or abs(a - b) > 50
message: "{{a}} vs {{b}}"
"#
            ),
        )
    };
    let mut story = Story::new("About 100 came, or 125 by another count.");
    let a = story.add("100", Kind::Count, 100.0);
    story.interval(a, 90.0, 110.0, Qualifier::Approximately);
    story.add("125", Kind::Count, 125.0);
    // With the extractor's ±10%, 100 cannot be 125.
    assert_eq!(story.messages(&rules(&body(""))), ["100 vs 125"]);
    // A table allowing ±30% can stretch "about 100" to 125.
    assert!(
        story
            .check(&rules(&body("hedges:\n  approximately: 0.3\n")))
            .is_empty()
    );
}

#[test]
fn findings_are_ordered_by_place_then_rule() {
    let first = rule(
        "t/b-rule",
        "figures:\n  x: { kind: count }\ncheck: x < 0\nmessage: \"{x}\"\n",
    );
    let second = rule(
        "t/a-rule",
        "figures:\n  x: { kind: count }\ncheck: x < 0\nmessage: \"{x}\"\n",
    );
    let rules = rules_with(&[("b.yaml", &first), ("a.yaml", &second)]);
    let mut story = Story::new("Then 3 and 4.");
    story.add("3", Kind::Count, 3.0);
    story.add("4", Kind::Count, 4.0);
    let order: Vec<(String, String)> = story
        .check(&rules)
        .into_iter()
        .map(|f| (f.rule, f.message))
        .collect();
    let expected = [
        ("t/a-rule", "3"),
        ("t/b-rule", "3"),
        ("t/a-rule", "4"),
        ("t/b-rule", "4"),
    ];
    assert_eq!(
        order,
        expected.map(|(rule, message)| (rule.to_string(), message.to_string()))
    );
}

#[test]
fn the_rule_set_can_be_shared_across_threads() {
    fn shared<T: Send + Sync>() {}
    shared::<tally_check::RuleSet>();
}

#[test]
fn an_optional_first_figure_without_a_match_takes_its_default() {
    let rules = rule_set(
        "t/optional-first",
        r#"
figures:
  lost: { verb: [lose], optional: 0 }
  launched: { kind: count, verb: [launch] }
check: lost < launched
message: "{lost} lost of {launched}"
"#,
    );
    let mut story = Story::new("They launched 0 drones.");
    let launched = story.add("0", Kind::Count, 0.0);
    story.verb(launched, "launch");
    assert_eq!(story.messages(&rules), ["0 lost of 0"]);
}

#[test]
fn a_date_without_a_year_is_placed_nearest_the_dateline() {
    let rules = rule_set("t/weekday-nearest", WEEKDAY);
    // October 29 was a Monday in 2018 and a Tuesday in 2019: a story of
    // January 2019 means last October.
    let story = |name: &str, weekday: jiff::civil::Weekday| {
        let mut story =
            Story::new(&format!("The deal closed on {name}, October 29.")).dated(2019, 1, 10);
        story.add_weekday(name, weekday);
        story.add_date("October 29", 10, 29);
        story
    };
    assert!(
        story("Monday", jiff::civil::Weekday::Monday)
            .check(&rules)
            .is_empty()
    );
    assert_eq!(
        story("Tuesday", jiff::civil::Weekday::Tuesday).messages(&rules),
        ["October 29 is a Monday, not a Tuesday"]
    );
}

#[test]
fn next_to_means_beside_not_merely_consecutive() {
    let rules = rule_set(
        "t/next-to",
        r#"
figures:
  a: { kind: count }
  b: { kind: count, next-to: a }
check: a == b
message: "{a} then {b}"
"#,
    );
    let build = |text: &str| {
        let mut story = Story::new(text);
        story.add("4", Kind::Count, 4.0);
        story.add("5", Kind::Count, 5.0);
        story
    };
    assert_eq!(
        build("It went from 4 to 5 overnight.").messages(&rules),
        ["4 then 5"]
    );
    assert!(
        build("It had 4 lanes when the council, after a long debate, chose 5.")
            .check(&rules)
            .is_empty()
    );
}

#[test]
fn actor_same_as_and_per_narrow_the_choice() {
    let rules = rule_set(
        "t/actor-per",
        r#"
figures:
  yearly: { kind: rate, per: [year] }
  monthly: { kind: rate, per: [month], actor: { same-as: yearly } }
check: per_year(monthly) == yearly
message: "{monthly} a month is {per_year(monthly)} a year, not {yearly}"
"#,
    );
    let mut story = Story::new(
        "The agency counts 1,200 a year. The city counts 500 a month, and the agency 90 a month.",
    );
    let yearly = story.add("1,200", Kind::Rate, 1200.0);
    story.per(yearly, "year").actor(yearly, "agency");
    let city = story.add("500", Kind::Rate, 500.0);
    story.per(city, "month").actor(city, "city");
    let agency = story.add("90", Kind::Rate, 90.0);
    story.per(agency, "month").actor(agency, "agency");
    assert_eq!(
        story.messages(&rules),
        ["90 a month is 1,080 a year, not 1,200"]
    );
    // Without an actor the figures do not conflict, but neither is the
    // actor the same: `same-as` needs both.
    story.figure(agency).actor = None;
    assert!(story.check(&rules).is_empty());
}

#[test]
fn a_list_per_paragraph_sums_each_paragraph() {
    let rules = rule_set(
        "t/paragraph",
        r#"
figures:
  parts: { kind: count, many: paragraph }
check: sum(parts) < 10
message: "{sum(parts)}"
"#,
    );
    let mut story = Story::new("First 4 and 5.\n\nThen 6 and 7.");
    for (written, value) in [("4", 4.0), ("5", 5.0), ("6", 6.0), ("7", 7.0)] {
        story.add(written, Kind::Count, value);
    }
    assert_eq!(story.messages(&rules), ["13"]);
}

#[test]
fn an_actor_phrase_agrees_with_the_name_it_contains() {
    let rules = rule_set("t/pair", PAIR);
    let mut story = Story::new("Russia ran 10 sorties; Russia's defense ministry said 12 closed.");
    let whole = story.add("10", Kind::Count, 10.0);
    story.verb(whole, "run").actor(whole, "russia");
    let part = story.add("12", Kind::Count, 12.0);
    story
        .verb(part, "close")
        .actor(part, "russia's defense ministry");
    assert_eq!(story.messages(&rules), ["12 of 10"]);
    story.actor(part, "ukraine's air force");
    assert!(story.check(&rules).is_empty());
}
