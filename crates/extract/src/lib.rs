//! Figures out of English news prose.
//!
//! Given the prose of a document (see `tally_ingest::Document::prose`), this
//! crate finds every figure a reader would notice: counts, percentages,
//! money, measures, rates, ages, years, dates, weekdays, times, durations,
//! ordinals, scores and ranges. Each [`Figure`] carries its exact byte span,
//! its value as written, the interval its words allow (hedge combined with
//! written precision), its unit or counted noun, and the context rules bind
//! on: verb, actor, sentence, paragraph and links to other figures.
//!
//! It is not a rule engine: it never judges whether figures agree (that is
//! `tally-check`), and it reads no files.

mod context;
mod extractor;
mod figure;
mod hedge;
mod lemma;
mod lexicon;
mod number;
mod scan;
mod segment;
mod token;

pub use extractor::Extractor;
pub use hedge::HedgeTable;

pub use figure::{
    Change, Direction, Extraction, Figure, FigureId, Interval, Kind, Link, LinkKind, Noun,
    Qualifier, Span, Value,
};

/// The tokenizer and number parser, public only so that the
/// micro-benchmarks in `benches/` can time them on their own. Not a stable
/// API.
#[doc(hidden)]
pub mod internals {
    pub use crate::number::{parse_digits, parse_words};
    pub use crate::token::{Token, TokenKind, tokenize};
}
