//! Findings out: terminal diagnostics and machine-readable reports.
