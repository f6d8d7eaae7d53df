//! The `tally` command line: `check`, `extract` and `rules`.
//!
//! This crate wires the stages together (ingest, extract, check, report),
//! runs documents in parallel and decides exit codes. It does not hold
//! language or rule knowledge of its own. `xtask` calls [`run`] directly, so
//! `cargo xtask check` and `tally check` are the same code.

/// `print!`/`eprint!` that never panic: a reader that went away (`tally
/// rules | head -1`) or a closed stderr is not a reason to crash, and the
/// exit code already says how the run went.
macro_rules! out {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        let _ = write!(std::io::stdout().lock(), $($arg)*);
    }};
}
macro_rules! outln {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        let _ = writeln!(std::io::stdout().lock(), $($arg)*);
    }};
}
macro_rules! err {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        let _ = write!(std::io::stderr().lock(), $($arg)*);
    }};
}
macro_rules! errln {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        let _ = writeln!(std::io::stderr().lock(), $($arg)*);
    }};
}

mod check;
mod extract;
pub mod pipeline;
mod rules;

use std::ffi::OsString;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand, ValueEnum};

/// Checks whether the figures in a news story add up.
#[derive(Debug, Parser)]
#[command(name = "tally", version, about, max_term_width = 100)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Check documents against the rules and report every inconsistency.
    Check(check::CheckArgs),
    /// Print the figures found in documents.
    Extract(extract::ExtractArgs),
    /// List, explain or test the rules in force.
    Rules(rules::RulesArgs),
}

/// Where rules come from: `--rules DIR` (repeatable; exactly those), else the
/// nearest `rules/` folder walking up from the working directory, else the
/// pack compiled into this binary.
#[derive(Debug, Args)]
struct RuleSource {
    /// A folder of rule files; repeat to use several.
    #[arg(long = "rules", value_name = "DIR")]
    dirs: Vec<PathBuf>,
}

/// What to read.
#[derive(Debug, Args)]
struct Inputs {
    /// Files, folders (searched recursively; hidden and git-ignored files
    /// skipped), `-` for stdin. Folders yield .txt, .md, .jsonl and .csv files.
    #[arg(required = true, value_name = "PATH")]
    paths: Vec<PathBuf>,
    /// Refuse inputs larger than this many bytes (a diagnostic, not a crash).
    #[arg(long, value_name = "BYTES", default_value_t = tally_ingest::Options::default().max_bytes)]
    max_bytes: u64,
}

impl Inputs {
    fn options(&self) -> tally_ingest::Options {
        tally_ingest::Options {
            max_bytes: self.max_bytes,
            ..tally_ingest::Options::default()
        }
    }
}

/// How many threads check documents.
#[derive(Debug, Args)]
struct Jobs {
    /// Threads to use (default: one per core). The output is the same at any
    /// count.
    #[arg(long, short = 'j', value_name = "N")]
    jobs: Option<usize>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum Color {
    Auto,
    Always,
    Never,
}

/// Exit codes, as documented in the README.
pub mod exit {
    /// No finding at the failing level.
    pub const PASS: u8 = 0;
    /// At least one finding at the failing level.
    pub const FINDINGS: u8 = 1;
    /// An input or a rule file could not be used.
    pub const UNUSABLE: u8 = 2;
}

/// Runs `tally` with these arguments (the first is the program name) and
/// returns its exit code.
pub fn run<I, T>(args: I) -> ExitCode
where
    I: IntoIterator<Item = T>,
    T: Into<OsString> + Clone,
{
    let cli = match Cli::try_parse_from(args) {
        Ok(cli) => cli,
        Err(error) => {
            let _ = error.print();
            return ExitCode::from(if error.use_stderr() {
                exit::UNUSABLE
            } else {
                exit::PASS
            });
        }
    };
    let code = match cli.command {
        Command::Check(args) => check::run(args),
        Command::Extract(args) => extract::run(args),
        Command::Rules(args) => rules::run(args),
    };
    ExitCode::from(code)
}

fn thread_pool(jobs: &Jobs) -> rayon::ThreadPool {
    let mut builder = rayon::ThreadPoolBuilder::new();
    if let Some(n) = jobs.jobs {
        builder = builder.num_threads(n.max(1));
    }
    builder.build().unwrap_or_else(|_| {
        rayon::ThreadPoolBuilder::new()
            .build()
            .expect("a default pool")
    })
}

fn use_color(color: Color, stream: &impl std::io::IsTerminal) -> bool {
    match color {
        Color::Always => true,
        Color::Never => false,
        Color::Auto => {
            if std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty()) {
                false
            } else if std::env::var_os("CLICOLOR_FORCE").is_some_and(|v| v != "0") {
                true
            } else {
                stream.is_terminal()
            }
        }
    }
}
