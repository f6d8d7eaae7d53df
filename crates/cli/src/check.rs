use std::collections::HashSet;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use clap::{Args, ValueEnum};
use tally_check::{Explanation, Finding, RuleSet, Severity};
use tally_extract::{Extractor, Figure};
use tally_ingest::Document;
use tally_report::suppress::{self, Suppressed};
use tally_report::{
    DocumentReport, Entry, FindingDiagnostic, Report, Style, Summary, render_github,
    render_github_problem, render_html, render_human, render_json, render_junit, render_sarif,
};

use crate::pipeline::{self, Batch, Item};
use crate::{Color, Inputs, Jobs, RuleSource, exit, rules};

#[derive(Debug, Args)]
pub struct CheckArgs {
    #[command(flatten)]
    inputs: Inputs,
    #[command(flatten)]
    rules: RuleSource,
    #[command(flatten)]
    jobs: Jobs,
    /// How findings are written to stdout.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    format: Format,
    /// Also write a report to a file, as FORMAT=PATH (e.g.
    /// `sarif=target/tally/report.sarif`); repeat for several.
    #[arg(long = "write", value_name = "FORMAT=PATH", value_parser = parse_write)]
    writes: Vec<(Format, PathBuf)>,
    /// The least severe finding that fails the run (exit 1).
    #[arg(long, value_enum, default_value_t = FailOn::Error)]
    fail_on: FailOn,
    /// The least severe finding shown. Findings below it still count in the
    /// summary and for --fail-on.
    #[arg(long, value_enum, default_value_t = Level::Advice)]
    min_severity: Level,
    /// After the summary, print per-rule counts and time, the suppressed
    /// findings and where the time went (on stderr).
    #[arg(long)]
    stats: bool,
    /// Check only the inputs git reports changed since REV (committed,
    /// staged, unstaged or untracked). Stdin is never counted as changed.
    #[arg(long, value_name = "REV")]
    changed_since: Option<String>,
    /// Also show, per rule, what it bound and whether it held, broke or
    /// could not tell (human and json formats).
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
    /// SARIF 2.1.0, for code scanning.
    Sarif,
    /// GitHub Actions workflow commands: annotations on the pull request.
    Github,
    /// JUnit XML: a test case per document and rule, a failure per finding.
    Junit,
    /// One self-contained HTML page: each document's text with its figures
    /// and findings.
    Html,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum FailOn {
    Error,
    Warning,
    Advice,
    /// Findings never fail the run; unusable input still does.
    Never,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Level {
    Advice,
    Warning,
    Error,
}

impl Level {
    fn severity(self) -> Severity {
        match self {
            Level::Advice => Severity::Advice,
            Level::Warning => Severity::Warning,
            Level::Error => Severity::Error,
        }
    }
}

impl FailOn {
    fn severity(self) -> Option<Severity> {
        match self {
            FailOn::Error => Some(Severity::Error),
            FailOn::Warning => Some(Severity::Warning),
            FailOn::Advice => Some(Severity::Advice),
            FailOn::Never => None,
        }
    }
}

fn parse_write(text: &str) -> Result<(Format, PathBuf), String> {
    let (format, path) = text
        .split_once('=')
        .ok_or_else(|| format!("expected FORMAT=PATH, got `{text}`"))?;
    let format = Format::from_str(format, true).map_err(|_| {
        let names: Vec<_> = Format::value_variants()
            .iter()
            .filter_map(|f| f.to_possible_value().map(|v| v.get_name().to_string()))
            .collect();
        format!("unknown format `{format}`; one of: {}", names.join(", "))
    })?;
    if path.is_empty() {
        return Err("the path after `=` is empty".to_string());
    }
    Ok((format, PathBuf::from(path)))
}

struct Checked {
    figure_count: usize,
    /// Kept only when a report draws them.
    figures: Vec<Figure>,
    /// Unsuppressed findings at or above --min-severity.
    shown: Vec<Finding>,
    /// Unsuppressed findings below --min-severity.
    hidden: Vec<Finding>,
    suppressed: Vec<Suppressed>,
    explanation: Option<Vec<Explanation>>,
    extract_time: Duration,
    check_time: Duration,
    /// One per rule, in the rule set's order.
    rule_times: Vec<Duration>,
}

/// `--explain` for one document: a headed list for people; for `--format
/// json`, one object per rule, `{"document", "explain"}`, so that the
/// stream stays one JSON value per line.
fn explained(document: &Document, explanations: &[Explanation], format: Format) -> String {
    let mut text = String::new();
    if format == Format::Json {
        for explanation in explanations {
            let line = serde_json::json!({ "document": document.name, "explain": explanation });
            text.push_str(&line.to_string());
            text.push('\n');
        }
    } else {
        text.push_str(&format!("explain: {}\n\n", document.name));
        for explanation in explanations {
            text.push_str(&explanation.to_string());
            text.push('\n');
        }
    }
    text
}

pub fn run(args: CheckArgs) -> u8 {
    let started = Instant::now();
    let Some(rule_set) = rules::load(&args.rules) else {
        return exit::UNUSABLE;
    };
    let paths = match &args.changed_since {
        Some(rev) => match changed_inputs(&args.inputs.paths, rev) {
            Ok(paths) => paths,
            Err(message) => {
                errln!("error: --changed-since {rev}: {message}");
                return exit::UNUSABLE;
            }
        },
        None => args.inputs.paths.clone(),
    };
    let extractor = Extractor::new();
    let pool = crate::thread_pool(&args.jobs);
    let keep_figures =
        args.format == Format::Html || args.writes.iter().any(|(f, _)| *f == Format::Html);
    let min = args.min_severity.severity();
    let batch = pipeline::process(&paths, &args.inputs.options(), &pool, |document| {
        let start = Instant::now();
        let extraction = extractor.extract(document);
        let extracted = Instant::now();
        let timed = rule_set.check_timed(document, &extraction);
        let check_time = extracted.elapsed();
        let explanation = args
            .explain
            .then(|| rule_set.explain(document, &extraction));
        let applied = suppress::apply(document, timed.findings);
        let (shown, hidden) = applied
            .findings
            .into_iter()
            .partition(|finding| finding.severity >= min);
        Checked {
            figure_count: extraction.figures.len(),
            figures: if keep_figures {
                extraction.figures
            } else {
                Vec::new()
            },
            shown,
            hidden,
            suppressed: applied.suppressed,
            explanation,
            extract_time: extracted - start,
            check_time,
            rule_times: timed.rule_times,
        }
    });

    let mut summary = Summary {
        rules: rule_set.rules().len(),
        ..Summary::default()
    };
    (summary.unreadable, summary.empty) = batch.problem_counts();
    for (_, checked) in batch.documents() {
        summary.documents += 1;
        summary.figures += checked.figure_count;
        summary.suppressed += checked.suppressed.len();
        summary.hidden += checked.hidden.len();
        for finding in checked.shown.iter().chain(&checked.hidden) {
            match finding.severity {
                Severity::Error => summary.errors += 1,
                Severity::Warning => summary.warnings += 1,
                Severity::Advice => summary.advice += 1,
            }
        }
    }
    summary.elapsed = Some(started.elapsed());

    let cwd = std::env::current_dir().unwrap_or_default();
    let view = View {
        batch: &batch,
        rule_set: &rule_set,
        summary: &summary,
        cwd: &cwd,
    };
    let mut code = None;
    for (format, path) in &args.writes {
        let plain = Style {
            color: false,
            width: 100,
        };
        if let Err(error) = write_file(path, &view.render(*format, plain)) {
            errln!("error: cannot write {}: {error}", path.display());
            code = Some(exit::UNUSABLE);
        }
    }
    let style = Style::terminal(crate::use_color(args.color, &std::io::stdout()));
    let text = if args.explain && matches!(args.format, Format::Human | Format::Json) {
        view.per_item(args.format, style, true)
    } else {
        view.render(args.format, style)
    };
    if std::io::stdout().lock().write_all(text.as_bytes()).is_err() {
        // The reader went away (a closed pipe); nothing more to say.
        return exit::UNUSABLE;
    }
    errln!("{summary}");
    if args.stats {
        err!("{}", stats(&batch, &rule_set, started.elapsed()));
    }

    if let Some(code) = code {
        return code;
    }
    let failing = args.fail_on.severity().is_some_and(|level| {
        batch.documents().any(|(_, checked)| {
            checked
                .shown
                .iter()
                .chain(&checked.hidden)
                .any(|finding| finding.severity >= level)
        })
    });
    if summary.unreadable > 0 || summary.empty > 0 {
        exit::UNUSABLE
    } else if failing {
        exit::FINDINGS
    } else {
        exit::PASS
    }
}

/// What every format renders from.
struct View<'a> {
    batch: &'a Batch<Checked>,
    rule_set: &'a RuleSet,
    summary: &'a Summary,
    cwd: &'a Path,
}

impl View<'_> {
    fn render(&self, format: Format, style: Style) -> String {
        match format {
            Format::Human | Format::Json | Format::Github => self.per_item(format, style, false),
            Format::Sarif => render_sarif(&self.report(), self.cwd),
            Format::Junit => render_junit(&self.report()),
            Format::Html => render_html(&self.report()),
        }
    }

    /// The formats that write each input's findings on their own.
    fn per_item(&self, format: Format, style: Style, explain: bool) -> String {
        let mut text = String::new();
        for item in &self.batch.items {
            match item {
                Item::Problem(problem) => match format {
                    Format::Github => text.push_str(&render_github_problem(problem)),
                    Format::Json => text.push_str(&(render_json(problem) + "\n")),
                    _ => text.push_str(&(render_human(problem, style) + "\n")),
                },
                Item::Document(document, checked) => {
                    if format == Format::Github {
                        text.push_str(&render_github(document, &checked.shown, self.cwd));
                        continue;
                    }
                    for finding in &checked.shown {
                        let diagnostic = FindingDiagnostic::new(document, finding);
                        if format == Format::Json {
                            text.push_str(&render_json(&diagnostic));
                        } else {
                            text.push_str(&render_human(&diagnostic, style));
                        }
                        text.push('\n');
                    }
                    if let Some(explanations) = checked.explanation.as_ref().filter(|_| explain) {
                        text.push_str(&explained(document, explanations, format));
                    }
                }
            }
        }
        text
    }

    fn report(&self) -> Report<'_> {
        let entries = self
            .batch
            .items
            .iter()
            .map(|item| match item {
                Item::Problem(problem) => Entry::Problem(problem),
                Item::Document(document, checked) => Entry::Document(DocumentReport {
                    document,
                    figures: &checked.figures,
                    findings: &checked.shown,
                    suppressed: &checked.suppressed,
                }),
            })
            .collect();
        Report {
            rules: self.rule_set.rules(),
            entries,
            summary: self.summary,
        }
    }
}

/// Per-rule counts and time, the suppressed findings and the time per stage.
fn stats(batch: &Batch<Checked>, rule_set: &RuleSet, total: Duration) -> String {
    // Built-in rules (the suppression checks) run outside the rule set and
    // have no time of their own.
    let mut rows: Vec<(&str, Option<Duration>)> = rule_set
        .rules()
        .iter()
        .enumerate()
        .map(|(at, rule)| {
            let time = batch
                .documents()
                .filter_map(|(_, checked)| checked.rule_times.get(at))
                .sum();
            (rule.id.as_str(), Some(time))
        })
        .collect();
    rows.extend(suppress::BUILTIN_RULES.iter().map(|(id, ..)| (*id, None)));
    let width = rows
        .iter()
        .map(|(id, _)| id.len())
        .max()
        .unwrap_or(4)
        .max(4);
    let mut out = format!(
        "\n{:<width$}  {:>6}  {:>6}  {:>10}  {:>9}\n",
        "rule", "shown", "hidden", "suppressed", "time (ms)"
    );
    for (id, time) in &rows {
        let count = |pick: fn(&Checked) -> Vec<&str>| {
            batch
                .documents()
                .map(|(_, checked)| pick(checked).iter().filter(|rule| *rule == id).count())
                .sum::<usize>()
        };
        let shown = count(|c| c.shown.iter().map(|f| f.rule.as_str()).collect());
        let hidden = count(|c| c.hidden.iter().map(|f| f.rule.as_str()).collect());
        let suppressed = count(|c| {
            c.suppressed
                .iter()
                .map(|s| s.finding.rule.as_str())
                .collect()
        });
        let time = time.map_or_else(
            || "-".to_string(),
            |time| format!("{:.3}", time.as_secs_f64() * 1000.0),
        );
        out.push_str(&format!(
            "{id:<width$}  {shown:>6}  {hidden:>6}  {suppressed:>10}  {time:>9}\n"
        ));
    }
    let suppressed: Vec<(&Document, &Suppressed)> = batch
        .documents()
        .flat_map(|(document, checked)| checked.suppressed.iter().map(move |s| (document, s)))
        .collect();
    if !suppressed.is_empty() {
        out.push_str("\nsuppressed:\n");
        for (document, suppressed) in suppressed {
            let lines = tally_report::Lines::new(&document.source);
            let at = suppressed
                .finding
                .labels
                .first()
                .map_or(0, |label| label.span.offset);
            let position = lines.position(at);
            out.push_str(&format!(
                "  {}:{}:{} {}: {} (accepted: {})\n",
                document.name,
                position.line,
                position.column,
                suppressed.finding.rule,
                suppressed.finding.message,
                suppressed.reason
            ));
        }
    }
    let (extract, check) = batch
        .documents()
        .fold((Duration::ZERO, Duration::ZERO), |(e, c), (_, checked)| {
            (e + checked.extract_time, c + checked.check_time)
        });
    out.push_str(&format!(
        "\ntime: extract {:.3}s, check {:.3}s (summed over threads), total {:.3}s\n",
        extract.as_secs_f64(),
        check.as_secs_f64(),
        total.as_secs_f64()
    ));
    out
}

fn write_file(path: &Path, text: &str) -> std::io::Result<()> {
    if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(parent)?;
    }
    std::fs::write(path, text)
}

/// The inputs among `paths` that git reports changed since `rev`: changed
/// in commits since it, staged, unstaged, or untracked. An input that does
/// not exist is kept, so that it is still reported as missing.
fn changed_inputs(paths: &[PathBuf], rev: &str) -> Result<Vec<PathBuf>, String> {
    let top = git(&["rev-parse", "--show-toplevel"])?;
    let top = PathBuf::from(top.trim());
    let mut changed: HashSet<PathBuf> = HashSet::new();
    let diff = git(&["diff", "--name-only", "--no-renames", rev, "--"])?;
    let untracked = git(&["ls-files", "--others", "--exclude-standard", "--full-name"])?;
    for line in diff.lines().chain(untracked.lines()) {
        if let Ok(path) = std::fs::canonicalize(top.join(line)) {
            changed.insert(path);
        }
    }
    let discovery = tally_ingest::discover(paths);
    let mut kept: Vec<PathBuf> = paths
        .iter()
        .filter(|path| path.as_os_str() != "-" && !path.exists())
        .cloned()
        .collect();
    for source in discovery.sources {
        if let tally_ingest::Source::File(path) = source
            && std::fs::canonicalize(&path).is_ok_and(|real| changed.contains(&real))
        {
            kept.push(path);
        }
    }
    Ok(kept)
}

fn git(args: &[&str]) -> Result<String, String> {
    let output = std::process::Command::new("git")
        .args(args)
        .output()
        .map_err(|error| format!("cannot run git: {error}"))?;
    if !output.status.success() {
        let stderr = String::from_utf8_lossy(&output.stderr);
        return Err(format!("git {} failed: {}", args.join(" "), stderr.trim()));
    }
    Ok(String::from_utf8_lossy(&output.stdout).into_owned())
}
