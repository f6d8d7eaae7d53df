//! The engine over hand-built extractions: binding, three-valued checks,
//! messages and labels.

mod common;

use common::{Story, rule, rules};
use tally_extract::{Kind, LinkKind, Qualifier};

const OUTCOMES: &str = r#"
figures:
  launched:    { kind: count, unit: [drone, missile], verb: [launch, fire] }
  intercepted: { verb: [intercept, shoot down], part-of: launched }
  lost:        { verb: [lose, jam], part-of: launched, optional: 0 }
check: intercepted + lost <= launched
message: "{intercepted} intercepted + {lost} lost = {intercepted + lost}, more than the {launched} launched"
"#;

fn attack(launched: f64, downed: f64, jammed: Option<f64>) -> Story {
    let jam_text = jammed.map_or(String::new(), |j| format!(" and {j} were jammed"));
    let text = format!(
        "Russia fired {launched} drones overnight. Of those, {downed} were shot down{jam_text}."
    );
    let mut story = Story::new(&text);
    let l = story.add(&launched.to_string(), Kind::Count, launched);
    story
        .noun(l, "drone", &[])
        .verb(l, "fire")
        .actor(l, "Russia");
    let d = story.add(&downed.to_string(), Kind::Count, downed);
    story.verb(d, "shoot down").link(d, LinkKind::PartOf, l);
    if let Some(jammed) = jammed {
        let j = story.add(&jammed.to_string(), Kind::Count, jammed);
        story.verb(j, "jam").link(j, LinkKind::PartOf, l);
    }
    story
}

#[test]
fn parts_exceeding_the_whole_are_reported_with_labels() {
    let rules = rules(&rule("air/outcomes", OUTCOMES));
    let story = attack(90.0, 70.0, Some(30.0));
    let findings = story.check(&rules);
    assert_eq!(findings.len(), 1);
    let finding = &findings[0];
    assert_eq!(
        finding.message,
        "70 intercepted + 30 lost = 100, more than the 90 launched"
    );
    let labels: Vec<&str> = finding
        .labels
        .iter()
        .map(|label| label.text.as_str())
        .collect();
    assert_eq!(labels, ["launched: 90", "intercepted: 70", "lost: 30"]);
    let source = &story.document.source;
    assert_eq!(&source[finding.labels[1].span.range()], "70");
}

#[test]
fn parts_within_the_whole_hold() {
    let rules = rules(&rule("air/outcomes", OUTCOMES));
    assert!(attack(90.0, 50.0, Some(20.0)).check(&rules).is_empty());
}

#[test]
fn an_optional_figure_takes_its_default() {
    let rules = rules(&rule("air/outcomes", OUTCOMES));
    assert_eq!(
        attack(90.0, 95.0, None).messages(&rules),
        ["95 intercepted + 0 lost = 95, more than the 90 launched"]
    );
    assert!(attack(90.0, 85.0, None).check(&rules).is_empty());
}

#[test]
fn a_missing_required_figure_means_no_finding() {
    let rules = rules(&rule("air/outcomes", OUTCOMES));
    let mut story = Story::new("Russia fired 90 drones overnight.");
    let l = story.add("90", Kind::Count, 90.0);
    story.noun(l, "drone", &[]).verb(l, "fire");
    assert!(story.check(&rules).is_empty());
    let explanation = &rules.explain(&story.document, &story.extraction)[0];
    assert_eq!(explanation.unmatched, ["intercepted"]);
}

const RESTATED: &str = r#"
figures:
  rate:  { kind: rate }
  again: { kind: rate, restates: rate }
check: per_day(again) == per_day(rate)
message: "{rate} is {per_day(rate)} a day, not {again}"
"#;

fn restated(
    first: (&str, f64, f64, f64, &str, Qualifier),
    second: (&str, f64, f64, f64, &str, Qualifier),
) -> Story {
    let text = format!(
        "Arrivals ran at {} a {}, or {} a {}.",
        first.0, first.4, second.0, second.4
    );
    let mut story = Story::new(&text);
    let a = story.add(first.0, Kind::Rate, first.1);
    story.per(a, first.4).interval(a, first.2, first.3, first.5);
    let b = story.add(second.0, Kind::Rate, second.1);
    story
        .per(b, second.4)
        .interval(b, second.2, second.3, second.5)
        .link(b, LinkKind::Restates, a);
    story
}

#[test]
fn about_two_thousand_a_month_is_not_roughly_three_hundred_a_day() {
    let rules = rules(&rule("rates/restated", RESTATED));
    let story = restated(
        (
            "2,000",
            2000.0,
            1800.0,
            2200.0,
            "month",
            Qualifier::Approximately,
        ),
        ("300", 300.0, 270.0, 330.0, "day", Qualifier::Approximately),
    );
    assert_eq!(
        story.messages(&rules),
        ["2,000 is 58.1–78.6 a day, not 300"]
    );
}

#[test]
fn more_than_ten_thousand_a_month_may_be_over_three_hundred_a_day() {
    let rules = rules(&rule("rates/restated", RESTATED));
    let story = restated(
        (
            "10,000",
            10000.0,
            10000.0,
            f64::INFINITY,
            "month",
            Qualifier::MoreThan,
        ),
        (
            "300",
            300.0,
            300.0,
            f64::INFINITY,
            "day",
            Qualifier::MoreThan,
        ),
    );
    assert!(story.check(&rules).is_empty());
    let explanation = &rules.explain(&story.document, &story.extraction)[0];
    assert_eq!(explanation.bindings.len(), 1);
    assert_eq!(
        explanation.bindings[0].outcome,
        tally_check::Outcome::Unknown
    );
}

const SHARES: &str = r#"
figures:
  shares: { kind: percent, many: list }
check: sum(shares) <= 100
message: "the shares {shares} add up to {sum(shares)}%"
"#;

fn shares(values: &[(&str, f64)]) -> Story {
    let text = values
        .iter()
        .map(|(written, _)| format!("{written}%"))
        .collect::<Vec<_>>()
        .join(", ");
    let mut story = Story::new(&format!("The vote split {text}."));
    let ids: Vec<usize> = values
        .iter()
        .map(|(written, value)| {
            let id = story.add(&format!("{written}%"), Kind::Percent, *value);
            story.unit(id, "percent").precision(id, 0.05);
            id
        })
        .collect();
    for pair in ids.windows(2) {
        story.link(pair[1], LinkKind::SameList, pair[0]);
    }
    story
}

#[test]
fn rounded_shares_just_over_a_hundred_are_not_broken() {
    let rules = rules(&rule("shares/over-100", SHARES));
    let story = shares(&[("50.6", 50.6), ("47.9", 47.9), ("1.6", 1.6)]);
    assert!(story.check(&rules).is_empty());
}

#[test]
fn shares_well_over_a_hundred_are_broken() {
    let rules = rules(&rule("shares/over-100", SHARES));
    let story = shares(&[("41.0", 41.0), ("37.0", 37.0), ("19.0", 19.0), ("6.0", 6.0)]);
    let findings = story.check(&rules);
    assert_eq!(findings.len(), 1);
    assert_eq!(
        findings[0].message,
        "the shares 41.0%, 37.0%, 19.0%, 6.0% add up to about 103%"
    );
    assert_eq!(findings[0].labels.len(), 4);
}

#[test]
fn explain_lists_bindings_outcomes_and_unmatched_names() {
    let set = common::rules_with(&[
        ("outcomes.yaml", &rule("air/outcomes", OUTCOMES)),
        ("rates.yaml", &rule("rates/restated", RESTATED)),
    ]);
    let story = attack(90.0, 70.0, Some(30.0));
    let explanations = set.explain(&story.document, &story.extraction);
    let text: String = explanations.iter().map(ToString::to_string).collect();
    insta::assert_snapshot!(text, @r#"
    air/outcomes: intercepted + lost <= launched
      BROKEN
        launched = "90" [90] at 13..15
        intercepted = "70" [70] at 44..46
        lost = "30" [30] at 66..68
    rates/restated: per_day(again) == per_day(rate)
      no figure for: rate, again
    "#);
    let json = serde_json::to_value(&explanations).expect("serialisable");
    assert_eq!(json[0]["bindings"][0]["outcome"], "broken");
    assert_eq!(json[0]["bindings"][0]["figures"][1]["name"], "intercepted");
}
