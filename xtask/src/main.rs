//! `cargo xtask`: the project's own commands (rust-analyzer's xtask
//! pattern). `check` is the main job; the rest test, evaluate and measure
//! tally, and may read `../shared/`, which the test suite never does.

use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand};

mod bench;
mod eval_corpus;
mod eval_extract;
mod eval_planted;
mod schema;

#[derive(Debug, Parser)]
#[command(name = "cargo xtask", max_term_width = 100)]
struct Xtask {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Check articles (default: the bundled fixtures/) against rules
    /// (default: rules/), as CI does before a story runs.
    Check {
        paths: Vec<PathBuf>,
        #[arg(long = "rules", value_name = "DIR")]
        rules: Vec<PathBuf>,
        /// Passed to `tally check` as is (e.g. `--format json`, `--jobs 1`).
        #[arg(last = true)]
        rest: Vec<OsString>,
    },
    /// Run every rule's own tests (rules/**/*.yaml).
    TestRules {
        /// Print the report as JSON.
        #[arg(long)]
        json: bool,
    },
    /// Write the JSON Schema for rule files to rules/schema.json.
    Schema,
    /// Score extraction on Microsoft Recognizers-Text's English specs
    /// (../shared/extraction/recognizers-text).
    EvalExtract,
    /// Run the rules over texts planted with mistakes in many phrasings
    /// and print recall per rule and false alarms on correct texts.
    EvalPlanted {
        /// The texts, JSON Lines `{"rule", "dateline", "text"}`:
        /// xtask/data/planted.jsonl (short texts) or
        /// xtask/data/articles.jsonl (whole articles, written blind).
        #[arg(long, default_value = "xtask/data/planted.jsonl")]
        file: PathBuf,
    },
    /// Run the rules over the Wikinews articles in ../shared/corpus/wikinews
    /// and list every finding.
    EvalCorpus,
    /// Measure throughput (MB/s, sentences/s) of extraction and of a full
    /// check, at one thread and at all, in release mode.
    Bench {
        /// Replicate the corpus to at least this many megabytes.
        #[arg(long, default_value_t = 50)]
        megabytes: usize,
    },
}

fn main() -> ExitCode {
    let xtask = Xtask::parse();
    match xtask.command {
        Command::Check { paths, rules, rest } => {
            let root = workspace_root();
            // Made absolute before the working directory may change below.
            let rules: Vec<PathBuf> = rules
                .iter()
                .map(|dir| std::path::absolute(dir).unwrap_or_else(|_| dir.clone()))
                .collect();
            let mut args: Vec<OsString> = vec!["tally".into(), "check".into()];
            if paths.is_empty() {
                // Report names stay short and the same on every machine when
                // the fixtures are named relative to the workspace.
                if let Err(error) = std::env::set_current_dir(&root) {
                    eprintln!("error: cannot enter {}: {error}", root.display());
                    return ExitCode::from(2);
                }
                args.push("fixtures".into());
            } else {
                args.extend(paths.into_iter().map(OsString::from));
            }
            if rules.is_empty() {
                args.push("--rules".into());
                args.push(root.join("rules").into());
            } else {
                for dir in rules {
                    args.push("--rules".into());
                    args.push(dir.into());
                }
            }
            // The files a CI job uploads: SARIF for code scanning, the JSON
            // findings, and the HTML page kept as an artifact.
            let reports = root.join("target").join("tally");
            for (format, file) in [
                ("sarif", "report.sarif"),
                ("json", "report.json"),
                ("html", "report.html"),
            ] {
                let mut value = OsString::from(format!("{format}="));
                value.push(reports.join(file));
                args.push("--write".into());
                args.push(value);
            }
            args.extend(rest);
            let code = tally::run(args);
            eprintln!("reports written to {}", reports.display());
            code
        }
        Command::TestRules { json } => {
            let root = workspace_root();
            let mut args: Vec<OsString> = vec!["tally".into(), "rules".into()];
            args.push("--rules".into());
            args.push(root.join("rules").into());
            args.push("test".into());
            if json {
                args.push("--format".into());
                args.push("json".into());
            }
            tally::run(args)
        }
        Command::Schema => report(schema::run(&workspace_root())),
        Command::EvalExtract => report(eval_extract::run(
            &shared().join("extraction/recognizers-text"),
        )),
        Command::EvalPlanted { file } => {
            let root = workspace_root();
            report(eval_planted::run(&root, &root.join(file)))
        }
        Command::EvalCorpus => report(eval_corpus::run(&workspace_root(), &wikinews())),
        Command::Bench { megabytes } => {
            if cfg!(debug_assertions) {
                return rerun_in_release();
            }
            report(bench::run(&workspace_root(), &wikinews(), megabytes))
        }
    }
}

fn report(result: Result<(), String>) -> ExitCode {
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::FAILURE
        }
    }
}

/// `../shared/` beside the checkout: data for evaluations, never for tests.
fn shared() -> PathBuf {
    workspace_root().join("../shared")
}

/// The Wikinews corpus: its two CSV files (the folder also holds licence
/// and source notes, which are not articles).
fn wikinews() -> Vec<PathBuf> {
    ["wikinews_2019.csv", "wikinews_2020.csv"]
        .iter()
        .map(|file| shared().join("corpus/wikinews").join(file))
        .collect()
}

fn rerun_in_release() -> ExitCode {
    let status = std::process::Command::new(std::env::var_os("CARGO").unwrap_or("cargo".into()))
        .args(["run", "--quiet", "--release", "--package", "xtask", "--"])
        .args(std::env::args_os().skip(1))
        .status();
    match status {
        Ok(status) if status.success() => ExitCode::SUCCESS,
        Ok(_) => ExitCode::FAILURE,
        Err(error) => {
            eprintln!("error: cannot run cargo: {error}");
            ExitCode::FAILURE
        }
    }
}

fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask lives in the workspace")
        .to_path_buf()
}
