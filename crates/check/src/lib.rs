//! Rules over figures.
//!
//! This crate loads rule files (YAML, one rule per file), validates them with
//! diagnostics that point into the YAML, binds each rule's named figures to
//! the figures `tally-extract` found, evaluates the rule's check with
//! three-valued interval arithmetic, and yields [`Finding`]s.
//!
//! It is not a reader of files other than rules, nor a renderer: documents
//! come from `tally-ingest`, and findings are turned into reports by
//! `tally-report`.

mod finding;

pub use finding::{Finding, Label, Severity};
