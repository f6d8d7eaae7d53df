//! Files in, documents out.
//!
//! This crate turns what a user names on the command line (files, folders,
//! `-` for stdin, JSON Lines and CSV corpora) into [`Document`]s: the text as
//! read, plus a *prose mask* that blanks everything that is not article text
//! (a dateline, YAML front matter, Markdown markup, a byte-order mark) while
//! keeping every byte offset unchanged. Spans found in the prose therefore
//! index the source directly.
//!
//! It is not a language tool: it does not find sentences or figures (that is
//! `tally-extract`) and it knows nothing of rules.

mod document;

pub use document::{Document, Format};
