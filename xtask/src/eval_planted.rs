//! `cargo xtask eval-planted`: the pack on short texts written for this
//! project in many phrasings, each planted with one mistake (and the rule
//! that must catch it) or correct (and nothing may fire). It prints recall
//! per rule and every miss and false alarm, so a change to extraction or to
//! a rule shows what it gained and lost. The texts are JSON Lines,
//! `{"rule": ID or null, "dateline", "text", "note"?}`:
//! `xtask/data/planted.jsonl` by default (short texts), or `--file` another
//! set such as `xtask/data/articles.jsonl` (whole articles, written without
//! looking at the rules, so that it measures how far they generalise).
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
    /// Where the mistake is, for a text too long to read in a miss line.
    #[serde(default)]
    note: Option<String>,
}

/// Advisories say what a story leaves out; they are not planted mistakes.
const IGNORED: &[&str] = &["air-defense/outcomes-unaccounted"];

/// Rules that catch one kind of mistake from two sides: a planted
/// restatement is caught by either restatement rule, and a finding of the
/// other on it is no false alarm.
const SAME_MISTAKE: &[(&str, &str)] = &[("general/restated-count", "general/transposed-count")];

fn catches(planted: &str, fired: &str) -> bool {
    planted == fired
        || SAME_MISTAKE
            .iter()
            .any(|&(a, b)| (a, b) == (planted, fired) || (b, a) == (planted, fired))
}

pub fn run(root: &Path, path: &Path) -> Result<(), String> {
    let text = std::fs::read_to_string(path)
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
    let (mut clean, mut alarms, mut strays) = (0, 0, 0);
    let mut misses = Vec::new();
    for (line, case) in cases.iter().enumerate() {
        let document =
            Document::from_text("planted", format!("date {}\n{}", case.dateline, case.text));
        let extraction = extractor.extract(&document);
        let findings: Vec<_> = rule_set
            .check(&document, &extraction)
            .into_iter()
            .filter(|finding| !IGNORED.contains(&finding.rule.as_str()))
            .collect();
        let what = case.note.as_deref().unwrap_or(&case.text);
        let at = format!(
            "{}:{}",
            path.strip_prefix(root).unwrap_or(path).display(),
            line + 1
        );
        // Findings of another rule than the planted one are false alarms
        // too: an article holds many correct figures besides its mistake.
        let stray: Vec<String> = findings
            .iter()
            .filter(|finding| {
                !case
                    .rule
                    .as_ref()
                    .is_some_and(|rule| catches(rule, &finding.rule))
            })
            .map(|finding| format!("{}: {}", finding.rule, finding.message))
            .collect();
        match &case.rule {
            Some(rule) => {
                let entry = recall.entry(rule.clone()).or_default();
                entry.1 += 1;
                if findings.iter().any(|finding| catches(rule, &finding.rule)) {
                    entry.0 += 1;
                } else {
                    misses.push(format!("missed  {rule:<40} {at} {}", clip(what)));
                }
                if !stray.is_empty() {
                    strays += 1;
                }
            }
            None => {
                clean += 1;
                if !stray.is_empty() {
                    alarms += 1;
                }
            }
        }
        for alarm in stray {
            misses.push(format!("alarm   {at} {}", clip(&alarm)));
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
        "recall {:.1}% ({caught}/{planted}); false alarms on correct texts: {alarms}/{clean}; \
         planted texts with another rule's finding: {strays}/{planted}",
        100.0 * caught as f64 / planted.max(1) as f64
    );
    for line in misses {
        println!("{line}");
    }
    Ok(())
}

/// One line of a long text, for a miss line.
fn clip(text: &str) -> String {
    let line = text.split_whitespace().collect::<Vec<_>>().join(" ");
    match line.char_indices().nth(160) {
        Some((at, _)) => format!("{}...", &line[..at]),
        None => line,
    }
}
