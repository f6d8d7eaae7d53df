//! The `tally` command line.
