//! Rules over figures.
//!
//! This crate loads rule files (YAML, one rule per file), validates them with
//! diagnostics that point into the YAML, binds each rule's named figures to
//! the figures `tally-extract` found, evaluates the rule's check with
//! three-valued interval arithmetic, and yields [`Finding`]s. It also runs the
//! tests rule files carry and generates the JSON Schema of rule files.
//!
//! It is not a reader of files other than rules, nor a renderer: documents
//! come from `tally-ingest`, and findings are turned into reports by
//! `tally-report`. The rule language is documented in `rules/README.md`.
//!
//! YAML is read with serde-saphyr into a tree that keeps every node's bytes
//! (serde_yaml keeps no spans and is archived); the tree is validated by
//! hand against the key tables in `schema.rs`, which also generate the JSON
//! Schema, so that every mistake in a file is reported at once, at its place.

mod bind;
mod error;
mod eval;
mod explain;
mod expr;
mod finding;
mod interval;
mod relations;
mod relative_day;
mod rule;
mod schema;
mod template;
mod testing;
mod units;
mod yaml;

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

pub use error::RuleError;
pub use explain::{BindingExplanation, BoundFigure, Explanation, Outcome};
pub use finding::{Finding, Label, Severity};
pub use interval::{Iv, Truth, format_interval, format_number};
pub use rule::{Docs, FailTest, Rule, RuleTests};
pub use schema::{config_schema, json_schema};
pub use testing::{RuleTestResult, TestFailure, TestReport};

use tally_extract::{Extraction, HedgeTable};
use tally_ingest::Document;

use crate::bind::{Bound, Index};
use crate::error::SourceFile;
use crate::eval::{Env, Val};
use crate::rule::{Config, Loader};
use crate::template::{Piece, Template};

/// The name a pack's defaults file has at a rules directory's top.
pub const CONFIG_FILE: &str = "config.yaml";

/// What [`RuleSet::check_timed`] returns.
#[derive(Debug)]
pub struct Timed {
    /// As [`RuleSet::check`] returns them.
    pub findings: Vec<Finding>,
    /// One per rule, in the order of [`RuleSet::rules`].
    pub rule_times: Vec<Duration>,
}

/// A loaded, validated set of rules. Build once; `check` is `Sync` and
/// may be called from many threads.
#[derive(Clone, Debug, Default)]
pub struct RuleSet {
    rules: Vec<Rule>,
    config: Config,
}

impl RuleSet {
    /// Loads every `*.yaml` and `*.yml` under `dirs` (recursively, sorted
    /// by path), one rule per file; a `config.yaml` at a directory's top is
    /// that pack's config (a later directory's config overrides an earlier
    /// one's settings).
    pub fn load(dirs: &[PathBuf]) -> Result<RuleSet, Vec<RuleError>> {
        let mut files = Vec::new();
        let mut errors = Vec::new();
        for dir in dirs {
            let mut paths = Vec::new();
            if let Err(error) = walk(dir, &mut paths) {
                let file = SourceFile::new(&dir.display().to_string(), "");
                errors.push(RuleError::new(
                    &file,
                    "io",
                    format!("cannot read the rules directory {}: {error}", dir.display()),
                ));
                continue;
            }
            paths.sort();
            for path in paths {
                let name = path.display().to_string();
                let is_config = path.parent() == Some(dir.as_path())
                    && path.file_name().is_some_and(|file| file == CONFIG_FILE);
                match std::fs::read(&path) {
                    Ok(bytes) => match String::from_utf8(bytes) {
                        Ok(text) => files.push((name, text, is_config)),
                        Err(error) => {
                            let at = error.utf8_error().valid_up_to();
                            let text = String::from_utf8_lossy(error.as_bytes()).into_owned();
                            let file = SourceFile::new(&name, &text);
                            let width = text[at..].chars().next().map_or(0, char::len_utf8);
                            errors.push(
                                RuleError::new(&file, "utf8", "the rule file is not valid UTF-8")
                                    .label(at..at + width, "this byte")
                                    .help("save the file as UTF-8"),
                            );
                        }
                    },
                    Err(error) => {
                        let file = SourceFile::new(&name, "");
                        errors.push(RuleError::new(
                            &file,
                            "io",
                            format!("cannot read {name}: {error}"),
                        ));
                    }
                }
            }
        }
        match RuleSet::build(files) {
            Ok(set) if errors.is_empty() => Ok(set),
            Ok(_) => Err(errors),
            Err(more) => {
                errors.extend(more);
                Err(errors)
            }
        }
    }

    /// Builds a set from in-memory files: (display name, YAML). A file whose
    /// name ends in `config.yaml` is the config.
    pub fn from_sources(files: Vec<(String, String)>) -> Result<RuleSet, Vec<RuleError>> {
        let files = files
            .into_iter()
            .map(|(name, text)| {
                let is_config = Path::new(&name)
                    .file_name()
                    .is_some_and(|file| file == CONFIG_FILE);
                (name, text, is_config)
            })
            .collect();
        RuleSet::build(files)
    }

    fn build(files: Vec<(String, String, bool)>) -> Result<RuleSet, Vec<RuleError>> {
        let mut errors = Vec::new();
        let mut set = RuleSet::default();
        for (name, text, is_config) in files {
            let file = SourceFile::new(&name, &text);
            let root = match yaml::parse(&file) {
                Ok(root) => root,
                Err(error) => {
                    errors.push(*error);
                    continue;
                }
            };
            let mut loader = Loader::new(&file);
            if is_config {
                let config = loader.config(&root);
                set.config.hedges = config.hedges.or(set.config.hedges.take());
                set.config.within = config.within.or(set.config.within);
            } else if let Some(rule) = loader.rule(&root) {
                if let Some(first) = set.rules.iter().find(|other| other.id == rule.id) {
                    let earlier = RuleError::new(&first.file, "duplicate-id", "first defined here")
                        .label(first.id_span.clone(), "first here");
                    let mut error = RuleError::new(
                        &file,
                        "duplicate-id",
                        format!("the id `{}` is already used by {}", rule.id, first.source),
                    )
                    .label(rule.id_span.clone(), "used again here")
                    .help("ids are the diagnostic codes: give each rule its own");
                    error.related.push(earlier);
                    errors.push(error);
                    continue;
                }
                set.rules.push(rule);
            }
            loader.errors.sort_by_key(RuleError::offset);
            errors.extend(loader.errors);
        }
        if errors.is_empty() {
            Ok(set)
        } else {
            Err(errors)
        }
    }

    pub fn rules(&self) -> &[Rule] {
        &self.rules
    }

    /// The pack's hedge table, when its config sets one (the extractor
    /// should use the same).
    pub fn hedges(&self) -> Option<&HedgeTable> {
        self.config.hedges.as_ref()
    }

    fn env<'a>(
        &'a self,
        rule: &'a Rule,
        document: &'a Document,
        extraction: &'a Extraction,
        binding: &'a [Bound],
    ) -> Env<'a> {
        Env {
            extraction,
            binding,
            hedges: rule.hedges.as_ref().or(self.config.hedges.as_ref()),
            dateline: document.dateline,
            text: &document.prose,
        }
    }

    /// Every broken rule, once per distinct binding, ordered by the first
    /// label's offset, then rule id, then message.
    pub fn check(&self, document: &Document, extraction: &Extraction) -> Vec<Finding> {
        self.check_timed(document, extraction).findings
    }

    /// [`RuleSet::check`], with the time each rule took to bind and
    /// evaluate, for `--stats`. Reading the clock twice per rule costs far
    /// less than one rule's binding, so `check` pays it too rather than
    /// keeping two copies of the loop.
    pub fn check_timed(&self, document: &Document, extraction: &Extraction) -> Timed {
        let index = Index::new(extraction, &document.source);
        let mut findings = Vec::new();
        let mut rule_times = Vec::with_capacity(self.rules.len());
        for rule in &self.rules {
            let start = Instant::now();
            findings.extend(self.check_rule(rule, document, extraction, &index));
            rule_times.push(start.elapsed());
        }
        sort_findings(&mut findings);
        Timed {
            findings,
            rule_times,
        }
    }

    fn check_rule(
        &self,
        rule: &Rule,
        document: &Document,
        extraction: &Extraction,
        index: &Index,
    ) -> Vec<Finding> {
        let bindings = bind::bind(rule, index, self.config.within);
        bindings
            .bindings
            .iter()
            .filter_map(|binding| {
                let env = self.env(rule, document, extraction, binding);
                (env.eval(&rule.check) == Val::Bool(Truth::False)).then(|| Finding {
                    rule: rule.id.clone(),
                    severity: rule.severity,
                    message: fill(&rule.message, &env, document),
                    help: rule.help.as_ref().map(|help| fill(help, &env, document)),
                    labels: labels(rule, binding, document, extraction),
                })
            })
            .collect()
    }

    /// What every rule bound in a document and how each binding came out.
    pub fn explain(&self, document: &Document, extraction: &Extraction) -> Vec<Explanation> {
        let index = Index::new(extraction, &document.source);
        self.rules
            .iter()
            .map(|rule| {
                let bindings = bind::bind(rule, &index, self.config.within);
                Explanation {
                    rule: rule.id.clone(),
                    check: rule.check_text.clone(),
                    unmatched: bindings
                        .unmatched
                        .iter()
                        .map(|name| rule.names[*name].clone())
                        .collect(),
                    bindings: bindings
                        .bindings
                        .iter()
                        .map(|binding| {
                            let env = self.env(rule, document, extraction, binding);
                            explain::binding(rule, binding, &env, document)
                        })
                        .collect(),
                }
            })
            .collect()
    }

    /// Runs every rule's own tests with `extractor`, to the end.
    pub fn run_tests(&self, extractor: &tally_extract::Extractor) -> TestReport {
        testing::run(self, extractor)
    }

    /// Findings of one rule only (for rule tests).
    pub(crate) fn check_one(
        &self,
        rule: &Rule,
        document: &Document,
        extraction: &Extraction,
    ) -> Vec<Finding> {
        let index = Index::new(extraction, &document.source);
        let mut findings = self.check_rule(rule, document, extraction, &index);
        sort_findings(&mut findings);
        findings
    }
}

fn sort_findings(findings: &mut [Finding]) {
    findings.sort_by(|a, b| {
        let first = |finding: &Finding| finding.labels.first().map(|label| label.span.offset);
        first(a)
            .cmp(&first(b))
            .then_with(|| a.rule.cmp(&b.rule))
            .then_with(|| a.message.cmp(&b.message))
            .then_with(|| {
                let spans = |finding: &Finding| {
                    finding
                        .labels
                        .iter()
                        .map(|label| label.span)
                        .collect::<Vec<_>>()
                };
                spans(a).cmp(&spans(b))
            })
    });
}

/// A figure's bytes as the story writes them.
pub(crate) fn written(document: &Document, span: tally_extract::Span) -> String {
    document.source.get(span.range()).unwrap_or("").to_string()
}

fn fill(template: &Template, env: &Env, document: &Document) -> String {
    template
        .pieces
        .iter()
        .map(|piece| match piece {
            Piece::Text(text) => text.clone(),
            Piece::Written(name) => match &env.binding[*name] {
                Bound::Default(value) => format_number(*value),
                bound => bound
                    .figures()
                    .iter()
                    .map(|id| written(document, env.extraction.figures[*id].span))
                    .collect::<Vec<_>>()
                    .join(", "),
            },
            Piece::Value(expr) => env.eval(expr).display(),
        })
        .collect()
}

fn labels(
    rule: &Rule,
    binding: &[Bound],
    document: &Document,
    extraction: &Extraction,
) -> Vec<Label> {
    binding
        .iter()
        .enumerate()
        .flat_map(|(name, bound)| {
            bound.figures().iter().map(move |id| {
                let span = extraction.figures[*id].span;
                Label {
                    name: rule.names[name].clone(),
                    text: format!("{}: {}", rule.names[name], written(document, span)),
                    span,
                }
            })
        })
        .collect()
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            walk(&path, out)?;
        } else if path
            .extension()
            .is_some_and(|ext| ext == "yaml" || ext == "yml")
        {
            out.push(path);
        }
    }
    Ok(())
}
