//! From paths to processed documents, in parallel,
//! in a deterministic order, with every input accounted for.

use std::io::IsTerminal;
use std::path::PathBuf;

use indicatif::{ProgressBar, ProgressStyle};
use rayon::prelude::*;
use tally_ingest::{Document, Options, Problem, ProblemKind};

/// What one input gave: a problem, or a document with what was made of it.
pub enum Item<T> {
    Problem(Problem),
    Document(Document, T),
}

/// Every item of every input, in the order the inputs were named and, within
/// an input, the order of its records. Thread count never changes it.
pub struct Batch<T> {
    pub items: Vec<Item<T>>,
}

impl<T> Batch<T> {
    pub fn documents(&self) -> impl Iterator<Item = (&Document, &T)> {
        self.items.iter().filter_map(|item| match item {
            Item::Document(document, made) => Some((document, made)),
            Item::Problem(_) => None,
        })
    }

    pub fn problems(&self) -> impl Iterator<Item = &Problem> {
        self.items.iter().filter_map(|item| match item {
            Item::Problem(problem) => Some(problem),
            Item::Document(..) => None,
        })
    }

    /// (unreadable, empty) counts for the summary. A problem that does not
    /// stop its input (a dateline that is not a real date) is shown but not
    /// counted: the document was still checked.
    pub fn problem_counts(&self) -> (usize, usize) {
        let stopping = self.problems().filter(|p| p.kind.stops_input());
        let (empty, unreadable): (Vec<_>, Vec<_>) =
            stopping.partition(|p| p.kind == ProblemKind::Empty);
        (unreadable.len(), empty.len())
    }
}

/// Reads every input and applies `make` to each document, on `pool`.
pub fn process<T, F>(
    paths: &[PathBuf],
    options: &Options,
    pool: &rayon::ThreadPool,
    make: F,
) -> Batch<T>
where
    T: Send,
    F: Fn(&Document) -> T + Sync,
{
    let discovery = tally_ingest::discover(paths);
    let progress = progress_bar(discovery.sources.len());
    let mut items: Vec<Item<T>> = discovery.problems.into_iter().map(Item::Problem).collect();
    let per_source: Vec<Vec<Item<T>>> = pool.install(|| {
        discovery
            .sources
            .par_iter()
            .map(|source| {
                let loaded = tally_ingest::load(source, options);
                let mut out: Vec<Item<T>> =
                    loaded.problems.into_iter().map(Item::Problem).collect();
                out.par_extend(loaded.documents.into_par_iter().map(|document| {
                    let made = make(&document);
                    Item::Document(document, made)
                }));
                progress.inc(1);
                out
            })
            .collect()
    });
    progress.finish_and_clear();
    items.extend(per_source.into_iter().flatten());
    Batch { items }
}

/// A bar on stderr for runs long enough to want one, and only on a terminal
/// (CI logs and pipes get nothing).
fn progress_bar(inputs: usize) -> ProgressBar {
    if inputs < 8 || !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::new(inputs as u64);
    if let Ok(style) = ProgressStyle::with_template("{bar:30} {pos}/{len} inputs {elapsed}") {
        bar.set_style(style);
    }
    bar
}
