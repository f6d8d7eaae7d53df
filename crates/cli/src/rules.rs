use std::path::PathBuf;

use clap::{Args, Subcommand, ValueEnum};
use tally_check::{RuleSet, Severity};
use tally_extract::Extractor;
use tally_report::{Style, render_human};

use crate::{RuleSource, exit};

mod pack {
    include!(concat!(env!("OUT_DIR"), "/pack.rs"));
}

#[derive(Debug, Args)]
pub struct RulesArgs {
    #[command(subcommand)]
    command: Option<RulesCommand>,
    #[command(flatten)]
    rules: RuleSource,
}

#[derive(Debug, Subcommand)]
enum RulesCommand {
    /// List the rules in force with their severities (the default).
    List,
    /// Print a rule's documentation.
    Explain {
        /// The rule's id, as shown by `tally rules`.
        id: String,
    },
    /// Run every rule's own tests and report, per rule, what passed,
    /// what is missing (should fire and did not) and what is noisy.
    Test {
        #[arg(long, value_enum, default_value_t = TestFormat::Human)]
        format: TestFormat,
    },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum TestFormat {
    Human,
    Json,
}

pub fn run(args: RulesArgs) -> u8 {
    let Some(rule_set) = load(&args.rules) else {
        return exit::UNUSABLE;
    };
    match args.command.unwrap_or(RulesCommand::List) {
        RulesCommand::List => {
            for rule in rule_set.rules() {
                outln!(
                    "{:<8} {:<48} {}",
                    severity(rule.severity),
                    rule.id,
                    rule.title
                );
            }
            exit::PASS
        }
        RulesCommand::Explain { id } => match rule_set.rules().iter().find(|r| r.id == id) {
            Some(rule) => {
                outln!("{} ({})\n", rule.id, severity(rule.severity));
                outln!("{}\n", rule.title);
                outln!("## What it does\n{}\n", rule.docs.what.trim());
                outln!("## Why it matters\n{}\n", rule.docs.why.trim());
                outln!("## Example\n{}", rule.docs.example.trim());
                exit::PASS
            }
            None => {
                errln!("error: no rule has the id `{id}`; `tally rules` lists them");
                exit::UNUSABLE
            }
        },
        RulesCommand::Test { format } => {
            let report = rule_set.run_tests(&Extractor::new());
            match format {
                TestFormat::Human => out!("{report}"),
                TestFormat::Json => outln!(
                    "{}",
                    serde_json::to_string(&report).expect("a test report serialises")
                ),
            }
            if report.is_success() {
                exit::PASS
            } else {
                exit::FINDINGS
            }
        }
    }
}

/// The rules in force, or `None` after printing why they cannot be used.
pub fn load(source: &RuleSource) -> Option<RuleSet> {
    let loaded = match resolve(source) {
        Resolved::Dirs(dirs) => RuleSet::load(&dirs),
        Resolved::DefaultPack => RuleSet::from_sources(
            pack::DEFAULT_PACK
                .iter()
                .map(|(name, text)| (name.to_string(), text.to_string()))
                .collect(),
        ),
    };
    match loaded {
        Ok(rule_set) => Some(rule_set),
        Err(errors) => {
            let style = Style {
                color: crate::use_color(crate::Color::Auto, &std::io::stderr()),
                width: 100,
            };
            for error in &errors {
                err!("{}", render_human(error, style));
            }
            errln!(
                "{} in the rule files; no document was checked",
                if errors.len() == 1 {
                    "1 error".to_string()
                } else {
                    format!("{} errors", errors.len())
                }
            );
            None
        }
    }
}

enum Resolved {
    Dirs(Vec<PathBuf>),
    DefaultPack,
}

fn resolve(source: &RuleSource) -> Resolved {
    if !source.dirs.is_empty() {
        return Resolved::Dirs(source.dirs.clone());
    }
    let Ok(cwd) = std::env::current_dir() else {
        return Resolved::DefaultPack;
    };
    cwd.ancestors()
        .map(|dir| dir.join("rules"))
        .find(|rules| rules.is_dir())
        .map_or(Resolved::DefaultPack, |rules| Resolved::Dirs(vec![rules]))
}

fn severity(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Advice => "advice",
    }
}
