//! `cargo xtask bench`: throughput of extraction alone and of a full check,
//! over the Wikinews corpus replicated to a size, at one thread and at all.
//! It re-runs itself in release mode: numbers from a debug build mean
//! nothing.

use std::path::{Path, PathBuf};
use std::time::Instant;

use rayon::prelude::*;
use tally_check::RuleSet;
use tally_extract::Extractor;
use tally_ingest::Document;

pub fn run(root: &Path, corpus: &[PathBuf], megabytes: usize) -> Result<(), String> {
    let base: Vec<Document> = load(corpus)?;
    if base.is_empty() {
        return Err("no articles in the corpus".to_string());
    }
    let target = megabytes * 1_000_000;
    let mut documents = Vec::new();
    let mut bytes = 0;
    'fill: loop {
        for document in &base {
            bytes += document.source.len();
            documents.push(document.clone());
            if bytes >= target {
                break 'fill;
            }
        }
    }
    let rule_set = RuleSet::load(&[root.join("rules")])
        .map_err(|errors| format!("{} errors in rules/", errors.len()))?;
    let extractor = Extractor::new();
    // Counting sentences is one untimed pass, which also warms the caches.
    let sentences: usize = documents
        .par_iter()
        .map(|document| extractor.extract(document).sentences.len())
        .sum();

    println!(
        "{} documents, {:.1} MB, about {} sentences, {} rules",
        documents.len(),
        bytes as f64 / 1e6,
        sentences,
        rule_set.rules().len()
    );
    println!(
        "{:<22} {:>7} {:>10} {:>14} {:>8}",
        "stage", "threads", "MB/s", "sentences/s", "speedup"
    );
    let all = std::thread::available_parallelism().map_or(1, usize::from);
    for (stage, full) in [("extraction", false), ("full check", true)] {
        let mut single = 0.0;
        for threads in [1, all] {
            let pool = rayon::ThreadPoolBuilder::new()
                .num_threads(threads)
                .build()
                .map_err(|e| e.to_string())?;
            let started = Instant::now();
            let figures: usize = pool.install(|| {
                documents
                    .par_iter()
                    .map(|document| {
                        let extraction = extractor.extract(document);
                        if full {
                            rule_set.check(document, &extraction).len() + extraction.figures.len()
                        } else {
                            extraction.figures.len()
                        }
                    })
                    .sum()
            });
            let seconds = started.elapsed().as_secs_f64();
            std::hint::black_box(figures);
            let rate = bytes as f64 / 1e6 / seconds;
            if threads == 1 {
                single = rate;
            }
            println!(
                "{stage:<22} {threads:>7} {rate:>10.1} {:>14.0} {:>7.2}x",
                sentences as f64 / seconds,
                rate / single
            );
        }
    }
    Ok(())
}

fn load(corpus: &[PathBuf]) -> Result<Vec<Document>, String> {
    if let Some(missing) = corpus.iter().find(|path| !path.exists()) {
        return Err(format!(
            "{} does not exist; the benchmark needs ../shared beside the checkout",
            missing.display()
        ));
    }
    let discovery = tally_ingest::discover(corpus);
    let options = tally_ingest::Options::default();
    Ok(discovery
        .sources
        .iter()
        .flat_map(|source| tally_ingest::load(source, &options).documents)
        .collect())
}
