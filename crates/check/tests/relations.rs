//! `relation:` gives a rule named figures with their link selectors; the
//! rule binds exactly as the same rule spelled out with `figures`.

mod common;

use common::{Story, rule_set};
use tally_extract::{Kind, LinkKind};

/// Of 40 buses 52 were late (part linked to whole), and an unlinked 60%.
fn buses() -> Story {
    let mut story = Story::new("Of the 40 buses, 52 were late and 60% were full.");
    let whole = story.add("40", Kind::Count, 40.0);
    let part = story.add("52", Kind::Count, 52.0);
    story.add("60%", Kind::Percent, 60.0);
    story.link(part, LinkKind::PartOf, whole);
    story
}

#[test]
fn a_relation_binds_as_its_spelled_out_selectors() {
    let spelled = rule_set(
        "t/part",
        "figures:\n  whole: {}\n  part: { part-of: whole }\ncheck: part <= whole\nmessage: \"{part} of {whole}\"\n",
    );
    let related = rule_set(
        "t/part",
        "relation: part-whole\ncheck: part <= whole\nmessage: \"{part} of {whole}\"\n",
    );
    let story = buses();
    let findings = story.check(&related);
    assert_eq!(findings, story.check(&spelled));
    assert_eq!(findings.len(), 1);
    let labels: Vec<&str> = findings[0]
        .labels
        .iter()
        .map(|label| label.text.as_str())
        .collect();
    assert_eq!(labels, ["whole: 40", "part: 52"]);
    // Without the link, the relation does not hold.
    let mut unlinked = buses();
    unlinked.figure(1).links.clear();
    assert!(unlinked.check(&related).is_empty());
}

#[test]
fn figures_narrow_a_relation_name_and_add_names_after_the_relations() {
    let mut full = Story::new("Of the 40 buses, 60% were full.");
    let whole = full.add("40", Kind::Count, 40.0);
    let share = full.add("60%", Kind::Percent, 60.0);
    full.link(share, LinkKind::PartOf, whole);
    let wide = rule_set(
        "t/part",
        "relation: part-whole\ncheck: part <= whole\nmessage: \"{part} of {whole}\"\n",
    );
    assert_eq!(full.messages(&wide), ["60% of 40"]);
    let narrow = rule_set(
        "t/part",
        "relation: part-whole\nfigures:\n  part: { kind: count }\ncheck: part <= whole\nmessage: \"{part} of {whole}\"\n",
    );
    assert!(full.messages(&narrow).is_empty());
    let story = buses();
    // An added name binds too, and comes after the relation's names.
    let added = rule_set(
        "t/part",
        "relation: part-whole\nfigures:\n  part: { kind: count }\n  full: { kind: percent }\ncheck: part <= whole\nmessage: \"{part} of {whole}; {full} full\"\n",
    );
    assert_eq!(added.rules()[0].names, ["whole", "part", "full"]);
    assert_eq!(story.messages(&added), ["52 of 40; 60% full"]);
}

#[test]
fn restating_a_relation_key_with_the_same_value_is_allowed() {
    let rules = rule_set(
        "t/part",
        "relation: part-whole\nfigures:\n  part: { part-of: whole, kind: count }\ncheck: part <= whole\nmessage: \"{part} of {whole}\"\n",
    );
    assert_eq!(buses().messages(&rules), ["52 of 40"]);
}

/// rules/README.md documents every relation with the names it gives.
#[test]
fn the_readme_lists_every_relation_with_its_names() {
    let readme = std::fs::read_to_string(format!(
        "{}/../../rules/README.md",
        env!("CARGO_MANIFEST_DIR")
    ))
    .expect("rules/README.md");
    let schema = tally_check::json_schema();
    let relations = schema["properties"]["relation"]["oneOf"]
        .as_array()
        .expect("the relations, one by one");
    assert!(relations.len() >= 10);
    for relation in relations {
        let name = relation["const"].as_str().expect("a name");
        let rules = rule_set(
            "t/relation",
            &format!("relation: {name}\ncheck: 1 == 1\nmessage: m\n"),
        );
        let names: Vec<String> = rules.rules()[0]
            .names
            .iter()
            .map(|name| format!("`{name}`"))
            .collect();
        let row = format!("| `{name}` | {} |", names.join(", "));
        assert!(readme.contains(&row), "rules/README.md has no row `{row}`");
    }
}

const DATELINE: &str = "relation: weekday-dateline
check: weekday(dateline, days_from_dateline(day)) == day
message: \"dated {dateline}, {day} is a {weekday(dateline, days_from_dateline(day))}\"
";

fn one_weekday(text: &str, written: &str, day: jiff::civil::Weekday) -> Story {
    let mut story = Story::new(text);
    story.add_weekday(written, day);
    story
}

#[test]
fn a_weekday_pinned_by_its_words_is_checked_against_the_dateline() {
    use jiff::civil::Weekday::{Tuesday, Wednesday};
    let rules = rule_set("t/dateline", DATELINE);
    // 2025-01-01 was a Wednesday; the day before was in another year.
    let dated = |text: &str, written: &str, day| one_weekday(text, written, day).dated(2025, 1, 1);
    assert!(
        dated(
            "The vote is today, Wednesday, at noon.",
            "Wednesday",
            Wednesday
        )
        .messages(&rules)
        .is_empty()
    );
    assert_eq!(
        dated("The vote is today, Tuesday, at noon.", "Tuesday", Tuesday).messages(&rules),
        ["dated 2025-01-01, Tuesday is a Wednesday"]
    );
    assert!(
        dated("The vote was yesterday (Tuesday).", "Tuesday", Tuesday)
            .messages(&rules)
            .is_empty()
    );
    assert_eq!(
        dated("The vote is tomorrow, Tuesday.", "Tuesday", Tuesday).messages(&rules),
        ["dated 2025-01-01, Tuesday is a Thursday"]
    );
    // Words that pin nothing, and a story without a date, are never findings.
    assert!(
        dated("The vote is on Tuesday.", "Tuesday", Tuesday)
            .messages(&rules)
            .is_empty()
    );
    assert!(
        one_weekday("The vote is today, Tuesday.", "Tuesday", Tuesday)
            .messages(&rules)
            .is_empty()
    );
}

#[test]
fn weekday_with_days_needs_one_whole_number() {
    let check = |days: &str| {
        let rules = rule_set(
            "t/shift",
            &format!(
                "relation: weekday-dateline\ncheck: weekday(dateline, {days}) == day\nmessage: m\n"
            ),
        );
        one_weekday("It is Friday.", "Friday", jiff::civil::Weekday::Friday)
            .dated(2025, 1, 1)
            .messages(&rules)
            .len()
    };
    // Wednesday + 2 is Friday; + 3 is not; half a day is unknown.
    assert_eq!(check("2"), 0);
    assert_eq!(check("3"), 1);
    assert_eq!(check("-5"), 0);
    assert_eq!(check("2.5"), 0);
}
