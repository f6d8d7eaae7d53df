//! Runs the real `tally` binary from the workspace root, so document names
//! in its output are the short relative paths a user would see.

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

pub fn tally(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_tally"))
        .current_dir(root())
        .args(args)
        .env("NO_COLOR", "1")
        .env_remove("CLICOLOR_FORCE")
        .output()
        .expect("the tally binary runs")
}

pub fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).expect("tally writes UTF-8")
}

pub fn stderr(output: &Output) -> String {
    String::from_utf8(output.stderr.clone()).expect("tally writes UTF-8")
}

/// The summary line with its timing removed, which is the one part of a run
/// that changes from run to run.
pub fn summary(output: &Output) -> String {
    let stderr = stderr(output);
    let line = stderr.lines().last().unwrap_or_default();
    match line.rfind(" in ") {
        Some(at) if line.ends_with('s') => line[..at].to_string(),
        _ => line.to_string(),
    }
}

pub fn json_lines(output: &Output) -> Vec<serde_json::Value> {
    stdout(output)
        .lines()
        .map(|line| serde_json::from_str(line).expect("each line is one JSON object"))
        .collect()
}
