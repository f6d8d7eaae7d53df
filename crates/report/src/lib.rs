//! Findings out: terminal diagnostics and machine-readable reports.
//!
//! This crate turns what the pipeline produced (documents, their figures,
//! findings, input problems, a summary) into text for people and for
//! machines: miette's graphical diagnostics, miette's JSON contract (one
//! finding per line), SARIF 2.1.0 for code scanning, GitHub workflow
//! annotations, JUnit XML, a self-contained HTML page, and the figure table
//! of `tally extract`. It also applies inline suppressions
//! (`<!-- tally-ignore RULE-ID: reason -->`), because which findings a
//! report lists as accepted is part of the report.
//!
//! It does not decide anything else: which findings exist is
//! `tally-check`'s business, and which are shown or fail a run is the
//! command line's.

mod diagnostic;
mod figures;
mod github;
mod html;
mod junit;
mod location;
mod model;
mod position;
mod sarif;
mod summary;
pub mod suppress;

pub use diagnostic::{FindingDiagnostic, Style, render_human, render_json};
pub use figures::{figure_json, figure_table};
pub use github::{render_github, render_github_problem};
pub use html::render_html;
pub use junit::render_junit;
pub use model::{DocumentReport, Entry, Report};
pub use position::{Lines, Position};
pub use sarif::render_sarif;
pub use summary::Summary;
pub use suppress::Suppressed;
