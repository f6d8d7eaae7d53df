//! Runs a rules directory over a corpus, to measure what rules find on real
//! stories: `cargo run -p tally-check --example corpus -- RULES_DIR FILE...`
//! where each FILE is a plain-text article or a CSV with `date`, `title` and
//! `text` columns. Prints every finding, then the count per rule and the time
//! spent checking (extraction excluded).

use std::path::PathBuf;
use std::time::{Duration, Instant};

use tally_check::RuleSet;
use tally_extract::Extractor;
use tally_ingest::Document;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let rules_dir = PathBuf::from(args.next().ok_or("usage: corpus RULES_DIR FILE...")?);
    let rules =
        RuleSet::load(&[rules_dir]).map_err(|errors| format!("{} rule errors", errors.len()))?;
    let mut documents = Vec::new();
    for file in args {
        if file.ends_with(".csv") {
            let mut reader = csv::Reader::from_path(&file)?;
            let headers = reader.headers()?.clone();
            let column = |name: &str| headers.iter().position(|header| header == name);
            let (date, title, text) = (
                column("date"),
                column("title"),
                column("text").ok_or("no text column")?,
            );
            for record in reader.records() {
                let record = record?;
                let name = title
                    .and_then(|at| record.get(at))
                    .unwrap_or("?")
                    .to_string();
                let mut document = Document::from_text(name, record.get(text).unwrap_or(""));
                document.dateline = date
                    .and_then(|at| record.get(at))
                    .and_then(|date| date.parse().ok());
                documents.push(document);
            }
        } else {
            documents.push(Document::from_text(
                file.clone(),
                std::fs::read_to_string(&file)?,
            ));
        }
    }
    let extractor = Extractor::new();
    let mut counts: std::collections::BTreeMap<String, usize> = Default::default();
    let mut checking = Duration::ZERO;
    for document in &documents {
        let extraction = extractor.extract(document);
        let start = Instant::now();
        let findings = rules.check(document, &extraction);
        checking += start.elapsed();
        for finding in findings {
            *counts.entry(finding.rule.clone()).or_default() += 1;
            let labels: Vec<&str> = finding
                .labels
                .iter()
                .map(|label| label.text.as_str())
                .collect();
            println!(
                "{} | {} | {} | {}",
                document.name,
                finding.rule,
                finding.message,
                labels.join("; ")
            );
        }
    }
    println!(
        "\n{} documents, {} rules, checking took {:?}",
        documents.len(),
        rules.rules().len(),
        checking
    );
    for (rule, count) in counts {
        println!("{count:5} {rule}");
    }
    Ok(())
}
