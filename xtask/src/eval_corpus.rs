//! `cargo xtask eval-corpus`: the default pack over real articles. Every
//! error-level finding printed here must be either a real inconsistency in
//! the article (cite it in the rule's docs) or a bug to fix.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use tally::pipeline::{self, Item};
use tally_check::{Finding, RuleSet, Severity};
use tally_extract::Extractor;

pub fn run(root: &Path, corpus: &[PathBuf]) -> Result<(), String> {
    if let Some(missing) = corpus.iter().find(|path| !path.exists()) {
        return Err(format!(
            "{} does not exist; this evaluation needs ../shared beside the checkout",
            missing.display()
        ));
    }
    let rule_set = RuleSet::load(&[root.join("rules")]).map_err(|errors| {
        format!(
            "{} errors in rules/; run `cargo xtask check` to see them",
            errors.len()
        )
    })?;
    let extractor = Extractor::new();
    let pool = rayon::ThreadPoolBuilder::new()
        .build()
        .map_err(|e| e.to_string())?;
    let batch = pipeline::process(
        corpus,
        &tally_ingest::Options::default(),
        &pool,
        |document| {
            let extraction = extractor.extract(document);
            let findings = rule_set.check(document, &extraction);
            (extraction.figures.len(), findings)
        },
    );

    let mut per_rule: BTreeMap<(&str, Severity), usize> = BTreeMap::new();
    let mut documents = 0;
    let mut figures = 0;
    let mut listed: Vec<(&str, &Finding, Vec<String>)> = Vec::new();
    for item in &batch.items {
        match item {
            Item::Problem(problem) => println!("problem: {problem}"),
            Item::Document(document, (count, findings)) => {
                documents += 1;
                figures += count;
                for finding in findings {
                    *per_rule
                        .entry((&finding.rule, finding.severity))
                        .or_default() += 1;
                    let words = finding
                        .labels
                        .iter()
                        .map(|label| {
                            format!(
                                "{} = {:?}",
                                label.name,
                                &document.source[label.span.range()]
                            )
                        })
                        .collect();
                    listed.push((&document.name, finding, words));
                }
            }
        }
    }

    println!(
        "{documents} articles, {figures} figures, {} rules",
        rule_set.rules().len()
    );
    println!("\nfindings per rule and severity:");
    for ((rule, severity), count) in &per_rule {
        println!("  {count:>5}  {severity:<8?} {rule}");
    }
    for severity in [Severity::Error, Severity::Warning, Severity::Advice] {
        let of_severity: Vec<_> = listed
            .iter()
            .filter(|(_, f, _)| f.severity == severity)
            .collect();
        println!("\n{:?}: {}", severity, of_severity.len());
        for (name, finding, words) in of_severity {
            println!(
                "  {name}\n    [{}] {}\n    {}",
                finding.rule,
                finding.message,
                words.join("; ")
            );
        }
    }
    Ok(())
}
