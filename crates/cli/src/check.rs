use std::io::Write;
use std::time::Instant;

use clap::{Args, ValueEnum};
use tally_check::{Finding, Severity};
use tally_extract::Extractor;
use tally_report::{FindingDiagnostic, Style, Summary, render_human, render_json};

use crate::pipeline::{self, Item};
use crate::{Color, Inputs, Jobs, RuleSource, exit, rules};

#[derive(Debug, Args)]
pub struct CheckArgs {
    #[command(flatten)]
    inputs: Inputs,
    #[command(flatten)]
    rules: RuleSource,
    #[command(flatten)]
    jobs: Jobs,
    /// How findings are written.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    format: Format,
    /// Also show, per rule, what it bound and whether it held, broke or
    /// could not tell.
    #[arg(long)]
    explain: bool,
    #[arg(long, value_enum, default_value_t = Color::Auto)]
    color: Color,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// miette's graphical diagnostics.
    Human,
    /// One finding per line, in miette's JSON report format.
    Json,
}

struct Checked {
    figures: usize,
    findings: Vec<Finding>,
    explanation: Option<String>,
}

pub fn run(args: CheckArgs) -> u8 {
    let started = Instant::now();
    let Some(rule_set) = rules::load(&args.rules) else {
        return exit::UNUSABLE;
    };
    let extractor = Extractor::new();
    let pool = crate::thread_pool(&args.jobs);
    let batch = pipeline::process(
        &args.inputs.paths,
        &args.inputs.options(),
        &pool,
        |document| {
            let extraction = extractor.extract(document);
            let findings = rule_set.check(document, &extraction);
            let explanation = args.explain.then(|| {
                rule_set
                    .explain(document, &extraction)
                    .iter()
                    .map(|explanation| explanation.to_string())
                    .collect::<Vec<_>>()
                    .join("\n")
            });
            Checked {
                figures: extraction.figures.len(),
                findings,
                explanation,
            }
        },
    );

    let style = Style {
        color: crate::use_color(args.color, &std::io::stdout()),
        width: 100,
    };
    let mut out = std::io::stdout().lock();
    let mut summary = Summary {
        rules: rule_set.rules().len(),
        ..Summary::default()
    };
    (summary.unreadable, summary.empty) = batch.problem_counts();
    for item in &batch.items {
        let text = match item {
            Item::Problem(problem) => match args.format {
                Format::Human => render_human(problem, style) + "\n",
                Format::Json => render_json(problem) + "\n",
            },
            Item::Document(document, checked) => {
                summary.documents += 1;
                summary.figures += checked.figures;
                let mut text = String::new();
                for finding in &checked.findings {
                    match finding.severity {
                        Severity::Error => summary.errors += 1,
                        Severity::Warning => summary.warnings += 1,
                        Severity::Advice => summary.advice += 1,
                    }
                    let diagnostic = FindingDiagnostic::new(document, finding);
                    match args.format {
                        Format::Human => {
                            text.push_str(&render_human(&diagnostic, style));
                            text.push('\n');
                        }
                        Format::Json => {
                            text.push_str(&render_json(&diagnostic));
                            text.push('\n');
                        }
                    }
                }
                if let Some(explanation) = &checked.explanation {
                    text.push_str(explanation);
                    text.push('\n');
                }
                text
            }
        };
        if out.write_all(text.as_bytes()).is_err() {
            // The reader went away (a closed pipe); nothing more to say.
            return exit::UNUSABLE;
        }
    }
    summary.elapsed = Some(started.elapsed());
    eprintln!("{summary}");

    if summary.unreadable > 0 || summary.empty > 0 {
        exit::UNUSABLE
    } else if summary.errors > 0 {
        exit::FINDINGS
    } else {
        exit::PASS
    }
}
