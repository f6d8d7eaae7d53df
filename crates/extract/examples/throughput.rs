//! Extraction throughput: reads the files given, repeats their text until
//! it reaches the size asked for (in MB, default 50), and prints MB/s and
//! sentences/s for extraction alone, on one thread or on `--threads N`
//! (documents shared out in turn; one `Extractor` for all threads).
//!
//! cargo run --release -p tally-extract --example throughput -- [--mb N] [--threads N] FILE...

use std::time::Instant;

use tally_extract::Extractor;
use tally_ingest::Document;

fn main() {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let mut option = |name: &str, default: usize| {
        let Some(at) = args.iter().position(|a| a == name) else {
            return default;
        };
        let value = args
            .get(at + 1)
            .and_then(|n| n.parse().ok())
            .unwrap_or(default);
        args.drain(at..(at + 2).min(args.len()));
        value
    };
    let megabytes = option("--mb", 50);
    let threads = option("--threads", 1).max(1);
    let mut pieces = Vec::new();
    for path in &args {
        match std::fs::read_to_string(path) {
            // Stories are separated by blank-line runs in the corpus dumps;
            // a document per piece keeps sizes realistic.
            Ok(text) => pieces.extend(text.split("\n\n\n").map(str::to_string)),
            Err(err) => {
                eprintln!("{path}: {err}");
                std::process::exit(1);
            }
        }
    }
    let piece_bytes: usize = pieces.iter().map(String::len).sum();
    if piece_bytes == 0 {
        eprintln!("usage: throughput [--mb N] FILE...");
        std::process::exit(2);
    }
    let target = megabytes * 1_000_000;
    let documents: Vec<Document> = pieces
        .iter()
        .cycle()
        .scan(0usize, |total, piece| {
            (*total < target).then(|| {
                *total += piece.len();
                Document::from_text("piece", piece.clone())
            })
        })
        .collect();
    let bytes: usize = documents.iter().map(|d| d.source.len()).sum();
    let extractor = Extractor::new();
    let start = Instant::now();
    let counts: Vec<(usize, usize)> = std::thread::scope(|scope| {
        let workers: Vec<_> = (0..threads)
            .map(|worker| {
                let (extractor, documents) = (&extractor, &documents);
                scope.spawn(move || {
                    let (mut sentences, mut figures) = (0usize, 0usize);
                    for document in documents.iter().skip(worker).step_by(threads) {
                        let extraction = extractor.extract(document);
                        sentences += extraction.sentences.len();
                        figures += extraction.figures.len();
                    }
                    (sentences, figures)
                })
            })
            .collect();
        workers
            .into_iter()
            .map(|w| w.join().unwrap_or((0, 0)))
            .collect()
    });
    let sentences: usize = counts.iter().map(|c| c.0).sum();
    let figures: usize = counts.iter().map(|c| c.1).sum();
    let seconds = start.elapsed().as_secs_f64();
    println!(
        "{threads} thread(s), {:.1} MB in {seconds:.2} s: {:.1} MB/s, {:.0} sentences/s, {figures} figures",
        bytes as f64 / 1e6,
        bytes as f64 / 1e6 / seconds,
        sentences as f64 / seconds,
    );
}
