//! Findings out: terminal diagnostics and machine-readable reports.
//!
//! This crate turns what the pipeline produced (documents, their figures,
//! findings, input problems, a summary) into text for people and for
//! machines: miette's graphical diagnostics, miette's JSON contract (one
//! finding per line), and the figure table of `tally extract`.
//!
//! It decides nothing: which findings exist is `tally-check`'s business,
//! and which are shown or fail a run is the command line's.

mod diagnostic;
mod figures;
mod summary;

pub use diagnostic::{FindingDiagnostic, Style, render_human, render_json};
pub use figures::{figure_json, figure_table};
pub use summary::Summary;
