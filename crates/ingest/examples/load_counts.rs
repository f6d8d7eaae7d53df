//! Loads the named inputs and prints what came out of each, to measure
//! ingestion against a corpus:
//!
//! ```text
//! cargo run -p tally-ingest --example load_counts -- ../shared/corpus/wikinews
//! ```

use std::collections::BTreeMap;
use std::path::PathBuf;

fn main() {
    let inputs: Vec<PathBuf> = std::env::args_os().skip(1).map(PathBuf::from).collect();
    if inputs.is_empty() {
        eprintln!("usage: load_counts PATH...");
        std::process::exit(2);
    }
    let discovery = tally_ingest::discover(&inputs);
    for problem in &discovery.problems {
        println!("problem {}: {problem}", problem.kind.code());
    }
    let options = tally_ingest::Options::default();
    for source in &discovery.sources {
        let loaded = tally_ingest::load(source, &options);
        let mut kinds: BTreeMap<&str, usize> = BTreeMap::new();
        for problem in &loaded.problems {
            *kinds.entry(problem.kind.code()).or_default() += 1;
        }
        let longest = loaded
            .documents
            .iter()
            .map(|d| d.source.chars().count())
            .max();
        let blocks: usize = loaded.documents.iter().map(|d| d.blocks.len()).sum();
        let dated = loaded
            .documents
            .iter()
            .filter(|d| d.dateline.is_some())
            .count();
        println!(
            "{}: {} documents ({dated} dated, {blocks} blocks, longest {} chars), problems {kinds:?}",
            source.name(),
            loaded.documents.len(),
            longest.unwrap_or(0),
        );
        for problem in &loaded.problems {
            println!("  {}: {problem}", problem.kind.code());
        }
    }
}
