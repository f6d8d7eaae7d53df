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
//!
//! How it works, in one pass per sentence: the prose is cut into
//! paragraphs and sentences (`segment`), each sentence into tokens with
//! byte offsets (`token`), and figures are read off the tokens (`scan`)
//! with closed word lists compiled into `match` tables (`lexicon`). Verb
//! and actor come from the words around each figure (`context`); links
//! between figures are drawn last (`extractor`).
//!
//! Choices rules depend on:
//! - Precision is half a unit of the last written digit, scaled ("1.2
//!   million" is 0.05e6); a whole number written in full is exact, except a
//!   percentage, which is a rounded ratio ("30%" allows 29.5 to 30.5).
//! - The two ends of a change ("from 2.5 million to 3 million", "to 14
//!   million from 10 million") share the finer precision of the two; a
//!   whole takes the finest precision of the parts linked to it in its
//!   sentence ("the $2 billion package includes $1.2 billion" is $2.0
//!   billion).
//! - A fraction in words ("two-thirds", "one in five", "a quarter") is a
//!   [`Kind::Percent`] with unit `percent`, precision 0.5; after a whole
//!   ("four and three quarters") it is part of that number, and a fraction
//!   of a point ("a quarter of a point") is percentage points.
//! - A range is one [`Kind::Range`] figure whether written "10-15",
//!   "between five and ten", "20 through 45" or as two bounds that enclose
//!   values ("more than 100 and less than 300"); "from 10 to 15" is a
//!   change (two figures linked `From`) unless a form of "be" or
//!   "ranging" comes before it. A span of places ("third to fifth",
//!   "1st-3rd") stays a [`Kind::Ordinal`] with a range value.
//! - Points are percentage points (`points`) beside a percentage or in a
//!   sentence about a rate ("turnout rose 11 points"), unless restated as a
//!   percentage ("412 points, or 1.1%"), over a hundred, or of a named
//!   stock index: those are the count noun `point`. Basis points are
//!   percentage points with unit `bp`, kept as written.
//! - What "includes"/"including" names is `PartOf` the amount before it,
//!   and so is the rest of its list; the parts need not be all of it.
//! - A rate's numeric base is part of it: "320 cases per 100,000 people" is
//!   one rate with `per` "100000 person", not a second figure.
//! - The actor is the subject phrase as written, lowercase ("russia's
//!   defense ministry", not "russia"); see `context` for why.
//! - A currency named after the amount in words ("19 cents") keeps its
//!   own unit (`cent`, `penny`); "pounds" is a weight unless scaled ("361
//!   million pounds") or followed by "sterling".
//! - Links come from the words, never from the values: rules exist to
//!   catch figures that do not agree, so "52 schools. Of those, 61 ..."
//!   links 61 as part of 52. "Of those" refers to the last counted-noun
//!   count of the nearest earlier sentence (the paragraph before, when it
//!   opens a paragraph); a stated total covers a list in its own sentence
//!   only.
//! - "doubled", "tripled", "halved" are verbs, carried by the figure they
//!   govern; the start of "up from 2,400" gets the verb `up` (or `down`).
//! - Identifiers (F-16, Article 5, No. 2, phone numbers, dotted codes) are
//!   kept as [`Kind::Identifier`]; words with digits in them (A320, G20,
//!   H5N1) and numbers inside URLs and e-mail addresses are not figures.

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
/// How a counted noun is matched: rules name it as extraction lemmatises
/// it, so the rule engine checks a rule's nouns with the same function.
pub use lemma::singular;

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
