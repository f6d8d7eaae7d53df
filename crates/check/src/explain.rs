//! `--explain`: what each rule bound and how each binding came out.

use std::fmt;

use serde::Serialize;
use tally_extract::Span;
use tally_ingest::Document;

use crate::bind::Bound;
use crate::eval::{Env, Val};
use crate::interval::{Iv, Truth, format_interval, format_number};
use crate::rule::Rule;

#[derive(Clone, Debug, Serialize)]
pub struct Explanation {
    pub rule: String,
    pub check: String,
    /// One entry per distinct binding tried.
    pub bindings: Vec<BindingExplanation>,
    /// Names that found no figure (so the rule was not tried).
    pub unmatched: Vec<String>,
}

#[derive(Clone, Debug, Serialize)]
pub struct BindingExplanation {
    pub figures: Vec<BoundFigure>,
    pub outcome: Outcome,
}

/// The three-valued result of a check.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Outcome {
    Holds,
    Broken,
    Unknown,
}

#[derive(Clone, Debug, Serialize)]
pub struct BoundFigure {
    pub name: String,
    /// None for an optional name that used its default.
    pub span: Option<Span>,
    pub text: String,
    pub interval: Iv,
}

pub(crate) fn binding(
    rule: &Rule,
    binding: &[Bound],
    env: &Env,
    document: &Document,
) -> BindingExplanation {
    let mut figures = Vec::new();
    for (name, bound) in binding.iter().enumerate() {
        match bound {
            Bound::Default(value) => figures.push(BoundFigure {
                name: rule.names[name].clone(),
                span: None,
                text: format!("{} (default)", format_number(*value)),
                interval: Iv::exact(*value),
            }),
            bound => {
                for id in bound.figures() {
                    let figure = &env.extraction.figures[*id];
                    figures.push(BoundFigure {
                        name: rule.names[name].clone(),
                        span: Some(figure.span),
                        text: crate::written(document, figure.span),
                        interval: env.interval(figure),
                    });
                }
            }
        }
    }
    let outcome = match env.eval(&rule.check) {
        Val::Bool(Truth::True) => Outcome::Holds,
        Val::Bool(Truth::False) => Outcome::Broken,
        _ => Outcome::Unknown,
    };
    BindingExplanation { figures, outcome }
}

impl fmt::Display for Explanation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "{}: {}", self.rule, self.check)?;
        if !self.unmatched.is_empty() {
            writeln!(f, "  no figure for: {}", self.unmatched.join(", "))?;
        } else if self.bindings.is_empty() {
            writeln!(f, "  no binding satisfies the figures' relations")?;
        }
        for binding in &self.bindings {
            let outcome = match binding.outcome {
                Outcome::Holds => "holds",
                Outcome::Broken => "BROKEN",
                Outcome::Unknown => "unknown",
            };
            writeln!(f, "  {outcome}")?;
            for figure in &binding.figures {
                let place = figure.span.map_or("default".to_string(), |span| {
                    format!("{}..{}", span.offset, span.end())
                });
                writeln!(
                    f,
                    "    {} = {:?} [{}] at {}",
                    figure.name,
                    figure.text,
                    format_interval(figure.interval),
                    place
                )?;
            }
        }
        Ok(())
    }
}
