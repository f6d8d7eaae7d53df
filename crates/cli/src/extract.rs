use std::io::Write;

use clap::{Args, ValueEnum};
use tally_extract::{Extraction, Extractor};
use tally_report::{Style, figure_json, figure_table, render_human, render_json};

use crate::pipeline::{self, Item};
use crate::{Inputs, Jobs, exit};

#[derive(Debug, Args)]
pub struct ExtractArgs {
    #[command(flatten)]
    inputs: Inputs,
    #[command(flatten)]
    jobs: Jobs,
    #[arg(long, value_enum, default_value_t = Format::Table)]
    format: Format,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum Format {
    /// A table per document, for people.
    Table,
    /// One JSON object per figure per line.
    Json,
}

pub fn run(args: ExtractArgs) -> u8 {
    let extractor = Extractor::new();
    let pool = crate::thread_pool(&args.jobs);
    let batch = pipeline::process(
        &args.inputs.paths,
        &args.inputs.options(),
        &pool,
        |document| -> Extraction { extractor.extract(document) },
    );
    let mut out = std::io::stdout().lock();
    for item in &batch.items {
        let text = match (item, args.format) {
            (Item::Problem(problem), Format::Table) => {
                err!("{}", render_human(problem, Style::plain()));
                continue;
            }
            (Item::Problem(problem), Format::Json) => {
                errln!("{}", render_json(problem));
                continue;
            }
            (Item::Document(document, extraction), Format::Table) => {
                figure_table(document, extraction)
            }
            (Item::Document(document, extraction), Format::Json) => {
                let mut text = String::new();
                for figure in &extraction.figures {
                    text.push_str(&figure_json(document, figure).to_string());
                    text.push('\n');
                }
                text
            }
        };
        if out.write_all(text.as_bytes()).is_err() {
            return exit::UNUSABLE;
        }
    }
    if batch.problems().next().is_some() {
        exit::UNUSABLE
    } else {
        exit::PASS
    }
}
