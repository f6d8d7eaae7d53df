//! `cargo xtask eval-planted`: the pack on short texts written for this
//! project in many phrasings, each planted with one mistake (and the rule
//! that must catch it) or correct (and nothing may fire). It prints recall
//! per rule and every miss and false alarm, so a change to extraction or to
//! a rule shows what it gained and lost. The texts are in
//! `xtask/data/planted.jsonl`: `{"rule": ID or null, "dateline", "text"}`.
//!
//! Unlike the rules' own `tests:`, a miss here is not a failure: this is a
//! measure of how far the pack generalises beyond the phrasings its tests
//! pin, and it includes phrasings the extractor does not read yet.

use std::collections::BTreeMap;
use std::path::Path;

use serde::Deserialize;
use tally_check::RuleSet;
use tally_extract::Extractor;
use tally_ingest::Document;

#[derive(Deserialize)]
struct Case {
    rule: Option<String>,
    dateline: String,
    text: String,
}

/// Advisories say what a story leaves out; they are not planted mistakes.
const IGNORED: &[&str] = &["air-defense/outcomes-unaccounted"];

pub fn run(root: &Path) -> Result<(), String> {
    let path = root.join("xtask/data/planted.jsonl");
    let text = std::fs::read_to_string(&path)
        .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    let cases: Vec<Case> = text
        .lines()
        .enumerate()
        .filter(|(_, line)| !line.trim().is_empty())
        .map(|(at, line)| {
            serde_json::from_str(line).map_err(|e| format!("{}:{}: {e}", path.display(), at + 1))
        })
        .collect::<Result<_, _>>()?;
    let rule_set = RuleSet::load(&[root.join("rules")])
        .map_err(|errors| format!("{} errors in rules/", errors.len()))?;
    let extractor = Extractor::new();

    // rule -> (caught, planted); None -> clean texts.
    let mut recall: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    let (mut clean, mut alarms) = (0, 0);
    let mut misses = Vec::new();
    for case in &cases {
        let document =
            Document::from_text("planted", format!("date {}\n{}", case.dateline, case.text));
        let extraction = extractor.extract(&document);
        let fired: Vec<String> = rule_set
            .check(&document, &extraction)
            .into_iter()
            .map(|finding| finding.rule)
            .filter(|rule| !IGNORED.contains(&rule.as_str()))
            .collect();
        match &case.rule {
            Some(rule) => {
                let entry = recall.entry(rule.clone()).or_default();
                entry.1 += 1;
                if fired.contains(rule) {
                    entry.0 += 1;
                } else {
                    misses.push(format!("missed  {rule:<40} {}", case.text));
                }
            }
            None => {
                clean += 1;
                if !fired.is_empty() {
                    alarms += 1;
                    misses.push(format!("alarm   {:<40} {}", fired.join(","), case.text));
                }
            }
        }
    }
    let (caught, planted) = recall
        .values()
        .fold((0, 0), |(c, p), (rc, rp)| (c + rc, p + rp));
    println!(
        "{planted} planted mistakes, {clean} correct texts, {} rules",
        rule_set.rules().len()
    );
    for (rule, (c, p)) in &recall {
        println!("  {rule:<40} caught {c}/{p}");
    }
    println!(
        "recall {:.1}% ({caught}/{planted}); false alarms on correct texts: {alarms}/{clean}",
        100.0 * caught as f64 / planted.max(1) as f64
    );
    for line in misses {
        println!("{line}");
    }
    Ok(())
}
