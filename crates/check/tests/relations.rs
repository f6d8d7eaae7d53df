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
