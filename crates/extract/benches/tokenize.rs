//! Micro-benchmarks of the hot loop: the tokenizer over a news paragraph,
//! the digit and word number parsers, and a whole extraction.

use tally_extract::Extractor;
use tally_extract::internals::{parse_digits, parse_words, tokenize};
use tally_ingest::Document;

/// A paragraph of news copy with figures in most sentences, written for
/// this benchmark.
const PARAGRAPH: &str = "Officials said on Tuesday that 1,250 homes had lost power after the \
storm, up from about 900 on Monday. Repairs will cost an estimated $4.5 million, or roughly \
12% of the county’s annual budget, according to the utility. Of those homes, 310 were in the \
river district and 75 were on the hill. Crews worked 48 hours straight; a 30-day review begins \
at 9 a.m. ET on May 16. “We have never seen anything like it,” the mayor said.\n\n";

fn main() {
    divan::main();
}

#[divan::bench]
fn tokenizer(bencher: divan::Bencher) {
    let text = PARAGRAPH.repeat(20);
    let mut tokens = Vec::with_capacity(4096);
    bencher
        .counter(divan::counter::BytesCount::new(text.len()))
        .bench_local(|| {
            tokens.clear();
            tokenize(divan::black_box(&text), 0..text.len(), &mut tokens);
            tokens.len()
        });
}

#[divan::bench(args = ["273", "1,000,000", "3.75", "1\u{a0}234\u{a0}567.89"])]
fn digits(text: &str) -> Option<(f64, u32)> {
    parse_digits(divan::black_box(text))
}

#[divan::bench]
fn words() -> Option<(f64, usize)> {
    let words = [
        "two", "hundred", "and", "five", "thousand", "three", "hundred", "and", "ten",
    ];
    parse_words(divan::black_box(&words))
}

#[divan::bench]
fn extraction(bencher: divan::Bencher) {
    let extractor = Extractor::new();
    let document = Document::from_text("bench", PARAGRAPH.repeat(20));
    bencher
        .counter(divan::counter::BytesCount::new(document.source.len()))
        .bench_local(|| extractor.extract(divan::black_box(&document)).figures.len());
}
