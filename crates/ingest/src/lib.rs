//! Files in, documents out.
//!
//! This crate turns what a user names on the command line (files, folders,
//! `-` for stdin, JSON Lines and CSV corpora) into [`Document`]s: the text as
//! read, plus a *prose mask* that blanks everything that is not article text
//! (a dateline, YAML front matter, Markdown markup, a byte-order mark, a
//! carriage return) while keeping every byte offset unchanged. Spans found in
//! the prose therefore index the source directly.
//!
//! Two steps: [`discover`] expands inputs into [`Source`]s, and [`load`]
//! reads one source into documents. Whatever can't be read becomes a
//! [`Problem`] (a miette diagnostic with a stable `input::` code), never a
//! panic, so one bad file or record doesn't stop the rest.
//!
//! Formats, by extension: `.md`/`.markdown` Markdown, `.jsonl`/`.ndjson`
//! JSON Lines, `.csv` CSV, anything else plain text. A text or Markdown
//! article may open with YAML front matter, then a `date YYYY-MM-DD`
//! dateline (the article goes on on the same line). A dateline with an
//! impossible date is still masked, and gives an `input::invalid-date`
//! warning: the article is checked, without a date.
//!
//! It is not a language tool: it does not find sentences or figures (that is
//! `tally-extract`, from `prose` and `blocks`), it does not decode entities
//! or typographic characters, and it knows nothing of rules.

mod corpus;
mod discover;
mod document;
mod header;
mod load;
mod markdown;
mod mask;
mod problem;

pub use discover::{Discovery, Source, discover};
pub use document::{Document, Format};
pub use load::{CsvColumns, Loaded, Options, load};
pub use problem::{Problem, ProblemKind};
