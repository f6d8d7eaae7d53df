//! The reports tally writes for CI and for people: every format pinned on a
//! small corpus of our own (with its own rules, so the snapshots follow
//! this crate rather than the rule pack), the exit policy, suppressions,
//! `--stats`, `--write` and `--changed-since`; and, on the bundled
//! fixtures, that every format reports the same findings.

mod common;

use std::path::Path;
use std::process::{Command, Output};

use common::{json_lines, stderr, stdout};
use serde_json::Value as Json;

const EXCEEDS: &str = r#"id: test/exceeds
title: Outcomes add up to more than were launched
severity: error
docs:
  what: Outcomes of a launch must not add up to more than the launch.
  why: A part larger than its whole means a figure is wrong.
  example: "40 fired, 30 downed and 20 jammed."
figures:
  launched:    { kind: count, unit: [drone, missile], verb: [launch, fire] }
  intercepted: { verb: [shoot down, intercept], part-of: launched }
  lost:        { verb: [jam, lose], part-of: launched, optional: 0 }
check: intercepted + lost <= launched
message: "{intercepted} intercepted + {lost} lost = {intercepted + lost}, more than the {launched} launched"
help: one of the three figures is off
"#;

const UNACCOUNTED: &str = r#"id: test/unaccounted
title: Some of a launch is not accounted for
severity: advice
docs:
  what: Says how many of a launch the outcomes leave out.
  why: Readers do the sum and wonder about the rest.
  example: "40 fired, 20 downed and 10 jammed: 10 unaccounted for."
figures:
  launched:    { kind: count, unit: [drone, missile], verb: [launch, fire] }
  intercepted: { verb: [shoot down, intercept], part-of: launched }
  lost:        { verb: [jam, lose], part-of: launched, optional: 0 }
check: intercepted + lost >= launched
message: "{launched - intercepted - lost} of the {launched} launched are unaccounted for"
"#;

/// One error, one suppressed advisory, one shown advisory after non-ASCII
/// text (so UTF-16 columns differ from bytes), and one stale suppression.
const RAID: &str = "---
title: A night raid on the port
---

Russia fired 90 drones at the port overnight. Of those, 70 were shot down and 30 were jammed.

<!-- tally-ignore test/unaccounted: the harbour office counted the rest as hits -->

A week later Russia fired 60 drones at the city. Of those, 40 were shot down and 10 were jammed.

The café “Zoë’s” reopened. Russia fired 50 missiles that night. Of those, 30 were shot down and 10 were jammed.

<!-- tally-ignore test/exceeds: left over from an earlier draft -->

Schools reopen on Monday.
";

const CALM: &str = "Russia fired 40 drones. Of those, 30 were shot down and 10 were jammed.\n";

const WIRE: &str = r#"{"id":"w-7","text":"Russia fired 80 drones at the coast overnight. Of those, 50 were shot down and 20 were jammed."}
"#;

/// A scratch directory holding the corpus and its rules; tally runs in it
/// so document names and SARIF URIs are relative to it.
struct Corpus {
    dir: tempfile::TempDir,
}

impl Corpus {
    fn new() -> Corpus {
        let dir = tempfile::tempdir().expect("a temporary directory");
        let corpus = Corpus { dir };
        corpus.write("rules/exceeds.yaml", EXCEEDS);
        corpus.write("rules/unaccounted.yaml", UNACCOUNTED);
        corpus.write("news/raid.md", RAID);
        corpus.write("news/calm.txt", CALM);
        corpus.write("news/wire.jsonl", WIRE);
        corpus
    }

    fn path(&self) -> &Path {
        self.dir.path()
    }

    fn write(&self, relative: &str, text: &str) {
        let path = self.path().join(relative);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }

    fn tally(&self, args: &[&str]) -> Output {
        let mut all = vec!["check", "--rules", "rules", "--color", "never"];
        all.extend_from_slice(args);
        Command::new(env!("CARGO_BIN_EXE_tally"))
            .current_dir(self.path())
            .args(&all)
            .env("NO_COLOR", "1")
            .env_remove("CLICOLOR_FORCE")
            .env_remove("COLUMNS")
            .output()
            .expect("the tally binary runs")
    }

    /// Output with the scratch directory's path replaced, so snapshots are
    /// the same on every machine.
    fn stable(&self, text: &str) -> String {
        let real = self.path().canonicalize().unwrap();
        text.replace(&real.display().to_string(), "[DIR]")
            .replace(&self.path().display().to_string(), "[DIR]")
    }
}

fn summary_line(output: &Output) -> String {
    common::summary(output)
}

fn sarif(output: &Output) -> Json {
    serde_json::from_str(&stdout(output)).expect("SARIF output is one JSON document")
}

#[test]
fn every_format_is_pinned_on_a_small_corpus() {
    let corpus = Corpus::new();
    for format in ["human", "json", "sarif", "github", "junit", "html"] {
        let output = corpus.tally(&["news", "--format", format]);
        let report = format!(
            "{}--- {}\n--- exit {}",
            corpus.stable(&stdout(&output)),
            summary_line(&output),
            output.status.code().unwrap_or(-1)
        );
        insta::assert_snapshot!(format!("format_{format}"), report);
    }
}

#[test]
fn fail_on_decides_the_exit_and_min_severity_only_what_is_shown() {
    let corpus = Corpus::new();
    // The corpus has an error, warnings (the stale suppression) and advice.
    let exit = |args: &[&str]| corpus.tally(args).status.code();
    assert_eq!(exit(&["news"]), Some(1), "errors fail by default");
    assert_eq!(exit(&["news", "--fail-on", "never"]), Some(0));
    assert_eq!(exit(&["news/calm.txt", "--fail-on", "advice"]), Some(0));
    assert_eq!(exit(&["news/wire.jsonl", "--fail-on", "error"]), Some(0));
    assert_eq!(exit(&["news/wire.jsonl", "--fail-on", "warning"]), Some(0));
    assert_eq!(exit(&["news/wire.jsonl", "--fail-on", "advice"]), Some(1));
    // A finding below --min-severity is hidden but still fails the run.
    let hidden = corpus.tally(&[
        "news/wire.jsonl",
        "--min-severity",
        "error",
        "--fail-on",
        "advice",
        "--format",
        "json",
    ]);
    assert_eq!(hidden.status.code(), Some(1));
    assert!(stdout(&hidden).is_empty(), "{}", stdout(&hidden));
    assert!(
        summary_line(&hidden).ends_with("1 advice (1 not shown)"),
        "{}",
        summary_line(&hidden)
    );

    let shown = corpus.tally(&["news", "--min-severity", "warning", "--format", "json"]);
    let severities: Vec<String> = json_lines(&shown)
        .iter()
        .map(|f| f["severity"].as_str().unwrap().to_string())
        .collect();
    assert!(!severities.is_empty());
    assert!(severities.iter().all(|s| s != "advice"), "{severities:?}");
    assert!(severities.iter().any(|s| s == "warning"), "{severities:?}");
}

#[test]
fn unusable_input_exits_2_whatever_the_policy() {
    let corpus = Corpus::new();
    corpus.write("news/blank.txt", "   \n");
    for fail_on in ["never", "error"] {
        let output = corpus.tally(&["news", "missing.txt", "--fail-on", fail_on]);
        assert_eq!(output.status.code(), Some(2), "{}", stderr(&output));
    }
    // Each machine format says which inputs went unchecked.
    let args = |format| ["news", "missing.txt", "--format", format];
    let log = sarif(&corpus.tally(&args("sarif")));
    let invocation = &log["runs"][0]["invocations"][0];
    assert_eq!(invocation["executionSuccessful"], false);
    let notes = invocation["toolExecutionNotifications"].as_array().unwrap();
    assert_eq!(notes.len(), 2, "{notes:#?}");
    let junit = stdout(&corpus.tally(&args("junit")));
    assert!(junit.contains("errors=\"2\""), "{junit}");
    let github = stdout(&corpus.tally(&args("github")));
    assert!(
        github
            .lines()
            .any(|l| l.starts_with("::error file=missing.txt,")),
        "{github}"
    );
    assert!(
        github
            .lines()
            .any(|l| l.starts_with("::error file=news/blank.txt,")),
        "{github}"
    );
}

#[test]
fn a_suppression_silences_its_finding_and_a_stale_one_is_reported() {
    let corpus = Corpus::new();
    let output = corpus.tally(&["news/raid.md", "--format", "json"]);
    let findings = json_lines(&output);
    let codes: Vec<&str> = findings
        .iter()
        .map(|f| f["code"].as_str().unwrap())
        .collect();
    assert_eq!(
        codes,
        [
            "test/exceeds",
            "test/unaccounted",
            "tally/unused-suppression"
        ]
    );
    // The one left standing is the café paragraph's, not the suppressed one.
    assert!(
        findings[1]["message"]
            .as_str()
            .unwrap()
            .starts_with("10 of the 50")
    );
    let stale = &findings[2]["labels"][0]["span"];
    let offset = stale["offset"].as_u64().unwrap() as usize;
    assert!(RAID[offset..].starts_with("<!-- tally-ignore test/exceeds"));
    assert!(
        summary_line(&output).contains("1 suppressed"),
        "{}",
        summary_line(&output)
    );
}

#[test]
fn stats_lists_rule_counts_suppressed_findings_and_time() {
    let corpus = Corpus::new();
    let output = corpus.tally(&["news", "--stats", "--format", "json"]);
    let text = stderr(&output);
    let row = |id: &str| {
        text.lines()
            .find(|line| line.starts_with(id))
            .unwrap_or_else(|| panic!("a row for {id} in:\n{text}"))
            .split_whitespace()
            .skip(1)
            .collect::<Vec<_>>()
            .join(" ")
    };
    // Counts, then the rule's time; a built-in rule has no time of its own.
    let split = |id: &str| {
        let row = row(id);
        let (counts, time) = row.rsplit_once(' ').unwrap();
        (counts.to_string(), time.to_string())
    };
    let counts = |id: &str| split(id).0;
    let time = |id: &str| split(id).1;
    assert_eq!(counts("test/exceeds"), "1 0 0");
    assert_eq!(counts("test/unaccounted"), "2 0 1");
    assert_eq!(counts("tally/unused-suppression"), "1 0 0");
    for id in ["test/exceeds", "test/unaccounted"] {
        // A rule that ran has a time in milliseconds, written to the
        // microsecond.
        let ms = time(id);
        assert!(
            ms.parse::<f64>().is_ok() && ms.split_once('.').is_some_and(|(_, d)| d.len() == 3),
            "{id}: {text}"
        );
    }
    assert_eq!(time("tally/unused-suppression"), "-");
    assert!(
        text.contains("news/raid.md:9:27 test/unaccounted: 10 of the 60 launched are unaccounted for (accepted: the harbour office counted the rest as hits)"),
        "{text}"
    );
    assert!(text.contains("\ntime: extract "), "{text}");
    // Without --stats, only the summary line.
    let plain = corpus.tally(&["news", "--format", "json"]);
    assert_eq!(stderr(&plain).lines().count(), 1, "{}", stderr(&plain));
}

#[test]
fn sarif_regions_point_at_the_labelled_bytes_and_rules_are_indexed() {
    let corpus = Corpus::new();
    let log = sarif(&corpus.tally(&["news", "--format", "sarif"]));
    assert_eq!(log["version"], "2.1.0");
    let run = &log["runs"][0];
    let rules = run["tool"]["driver"]["rules"].as_array().unwrap();
    let results = run["results"].as_array().unwrap();
    assert_eq!(
        results.len(),
        5,
        "3 shown in raid.md, 1 in the wire record, 1 suppressed"
    );
    let lines: Vec<&str> = RAID.split('\n').collect();
    for result in results {
        let index = result["ruleIndex"].as_u64().unwrap() as usize;
        assert_eq!(rules[index]["id"], result["ruleId"]);
        let locations = result["locations"]
            .as_array()
            .unwrap()
            .iter()
            .chain(result["relatedLocations"].as_array().into_iter().flatten());
        for location in locations {
            let physical = &location["physicalLocation"];
            if physical["artifactLocation"]["uri"] != "news/raid.md" {
                assert_eq!(physical["artifactLocation"]["uri"], "news/wire.jsonl");
                assert_eq!(location["logicalLocations"][0]["name"], "w-7");
                continue;
            }
            // Count UTF-16 units independently of the report's own code.
            let region = &physical["region"];
            let line = lines[region["startLine"].as_u64().unwrap() as usize - 1];
            let units: Vec<u16> = line.encode_utf16().collect();
            let start = region["startColumn"].as_u64().unwrap() as usize - 1;
            let end = region["endColumn"].as_u64().unwrap() as usize - 1;
            let text = String::from_utf16(&units[start..end]).unwrap();
            assert_eq!(text, region["snippet"]["text"].as_str().unwrap());
            let offset = region["byteOffset"].as_u64().unwrap() as usize;
            let length = region["byteLength"].as_u64().unwrap() as usize;
            assert_eq!(&RAID[offset..offset + length], text);
        }
    }
    let suppressed: Vec<&Json> = results
        .iter()
        .filter(|r| r.get("suppressions").is_some())
        .collect();
    assert_eq!(suppressed.len(), 1);
    assert_eq!(
        suppressed[0]["suppressions"][0]["justification"],
        "the harbour office counted the rest as hits"
    );
}

#[test]
fn written_reports_match_stdout_and_go_where_asked() {
    let corpus = Corpus::new();
    let written = corpus.tally(&[
        "news",
        "--write",
        "sarif=out/deep/report.sarif",
        "--write",
        "junit=out/report.xml",
    ]);
    for (format, file) in [
        ("sarif", "out/deep/report.sarif"),
        ("junit", "out/report.xml"),
    ] {
        let direct = corpus.tally(&["news", "--format", format]);
        let text = std::fs::read_to_string(corpus.path().join(file)).unwrap();
        assert_eq!(text, stdout(&direct), "{format}");
    }
    assert_eq!(written.status.code(), Some(1));
    let bad = corpus.tally(&["news", "--write", "pdf=out/x.pdf"]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(
        stderr(&bad).contains("unknown format `pdf`"),
        "{}",
        stderr(&bad)
    );
}

#[test]
fn changed_since_checks_only_what_git_reports_changed() {
    let corpus = Corpus::new();
    let git = |args: &[&str]| {
        let status = Command::new("git")
            .current_dir(corpus.path())
            .args(["-c", "user.name=t", "-c", "user.email=t@example.org"])
            .args(args)
            .output()
            .expect("git runs");
        assert!(status.status.success(), "git {args:?}: {status:?}");
    };
    git(&["init", "-q"]);
    git(&["add", "."]);
    git(&["commit", "-q", "-m", "first"]);
    corpus.write("news/calm.txt", &format!("{CALM}\nA second paragraph.\n"));
    corpus.write("news/new.txt", CALM);
    let output = corpus.tally(&["news", "--changed-since", "HEAD", "--format", "json"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert!(
        summary_line(&output).starts_with("2 documents checked"),
        "{}",
        summary_line(&output)
    );
    let bad = corpus.tally(&["news", "--changed-since", "no-such-rev"]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(
        stderr(&bad).contains("--changed-since no-such-rev"),
        "{}",
        stderr(&bad)
    );
}

/// On the bundled fixtures (whose findings other work changes), every
/// format reports the same findings as the JSON contract.
#[test]
fn every_format_agrees_with_json_on_the_fixtures() {
    let run = |format: &str| {
        Command::new(env!("CARGO_BIN_EXE_tally"))
            .current_dir(common::root())
            .args(["check", "fixtures", "--rules", "rules", "--format", format])
            .env("NO_COLOR", "1")
            .output()
            .unwrap()
    };
    let json = json_lines(&run("json"));
    assert!(!json.is_empty(), "the fixtures produce findings");
    let log = sarif(&run("sarif"));
    let results = log["runs"][0]["results"].as_array().unwrap();
    assert_eq!(results.len(), json.len());
    for (result, finding) in results.iter().zip(&json) {
        assert_eq!(result["ruleId"], finding["code"]);
        let uri = result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
            .as_str()
            .unwrap();
        assert!(
            finding["filename"].as_str().unwrap().starts_with(uri),
            "{uri}"
        );
    }
    let github = stdout(&run("github"));
    assert_eq!(
        github.lines().filter(|l| l.starts_with("::")).count(),
        json.len()
    );
    let junit = stdout(&run("junit"));
    assert_eq!(junit.matches("<failure ").count(), json.len());
}

/// What the test adds to a copy of the report (the report itself has no
/// script): after layout, for every finding card, whether it has a size, is
/// not hidden and fits the viewport, and its message; and whether the page
/// scrolls sideways.
const PROBE: &str = r#"<script>
addEventListener('load', () => {
  const width = document.documentElement.clientWidth;
  const cards = [...document.querySelectorAll('div.finding')].map(card => {
    const box = card.getBoundingClientRect();
    const style = getComputedStyle(card);
    return {
      visible: box.width > 0 && box.height > 0 && style.visibility === 'visible'
        && style.display !== 'none' && box.left >= 0 && box.right <= width + 1,
      message: card.querySelector('.msg').textContent,
    };
  });
  const probe = document.createElement('pre');
  probe.id = 'probe';
  probe.textContent = JSON.stringify({
    overflow: document.documentElement.scrollWidth > width + 1,
    cards,
  });
  document.body.append(probe);
});
</script>"#;

fn chromium() -> Option<&'static str> {
    ["chromium", "chromium-browser", "google-chrome"]
        .into_iter()
        .find(|name| {
            Command::new(name)
                .arg("--version")
                .output()
                .is_ok_and(|o| o.status.success())
        })
}

#[test]
fn html_report_is_self_contained() {
    let corpus = Corpus::new();
    let html = stdout(&corpus.tally(&["news", "--format", "html"]));
    for outside in [
        "<script", "<link", "src=", "url(", "@import", "http://", "https://",
    ] {
        assert!(
            !html.contains(outside),
            "the report reaches outside with {outside}"
        );
    }
    // Each finding's message is in a card, and figures carry their kind.
    for finding in json_lines(&corpus.tally(&["news", "--format", "json"])) {
        let message = finding["message"].as_str().unwrap();
        assert!(
            html.contains(&format!("<p class=\"msg\">{message}</p>")),
            "{message}"
        );
    }
    assert!(
        html.contains("class=\"fig k-count lab sev-error\""),
        "{html}"
    );
    assert!(html.contains("<details class=\"finding sev-advice\"><summary>accepted:"));
    // Only the document without findings (calm.txt) is folded away.
    assert_eq!(html.matches("<details class=\"quiet\">").count(), 1);
    let folded = html.find("<details class=\"quiet\">").unwrap();
    assert!(
        html[..folded]
            .rfind("<h2>")
            .is_some_and(|h| html[h..folded].contains("news/calm.txt"))
    );
}

/// Renders the report in headless Chromium at a phone's width and at a
/// desktop's, and checks every finding's card is laid out on screen.
#[test]
fn html_report_shows_every_finding_in_a_real_browser() {
    let Some(browser) = chromium() else {
        eprintln!("skipped: no chromium on PATH (.ci/run installs Debian's chromium)");
        return;
    };
    let corpus = Corpus::new();
    let html = stdout(&corpus.tally(&["news", "--format", "html"]));
    let page = corpus.path().join("probed.html");
    std::fs::write(&page, html.replace("</body>", &format!("{PROBE}</body>"))).unwrap();
    let mut expected: Vec<String> = json_lines(&corpus.tally(&["news", "--format", "json"]))
        .iter()
        .map(|f| f["message"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(expected.len(), 4);
    // A card stands beside its paragraph, so page order is not report order.
    expected.sort();
    for size in ["390,844", "1280,900"] {
        let output = Command::new(browser)
            .args([
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-dev-shm-usage",
                &format!(
                    "--user-data-dir={}",
                    corpus.path().join("profile").display()
                ),
                &format!("--window-size={size}"),
                "--dump-dom",
            ])
            .arg(format!("file://{}", page.display()))
            .output()
            .expect("chromium runs");
        let dom = stdout(&output);
        let start = dom
            .find("<pre id=\"probe\">")
            .unwrap_or_else(|| panic!("no probe in the DOM at {size}: {}", stderr(&output)))
            + "<pre id=\"probe\">".len();
        let end = start + dom[start..].find("</pre>").unwrap();
        let json = dom[start..end]
            .replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&amp;", "&");
        let probe: Json = serde_json::from_str(&json).unwrap();
        assert_eq!(
            probe["overflow"], false,
            "the page scrolls sideways at {size}"
        );
        let cards = probe["cards"].as_array().unwrap();
        let mut shown: Vec<&str> = cards
            .iter()
            .map(|c| c["message"].as_str().unwrap())
            .collect();
        shown.sort();
        assert_eq!(shown, expected, "at {size}");
        for card in cards {
            assert_eq!(card["visible"], true, "at {size}: {card}");
        }
    }
}

#[test]
fn human_output_follows_no_color_clicolor_force_and_columns() {
    let corpus = Corpus::new();
    let run = |env: &[(&str, &str)]| {
        let mut command = Command::new(env!("CARGO_BIN_EXE_tally"));
        command
            .current_dir(corpus.path())
            .args(["check", "--rules", "rules", "news/raid.md"])
            .env_remove("NO_COLOR")
            .env_remove("CLICOLOR_FORCE")
            .env_remove("COLUMNS");
        for (key, value) in env {
            command.env(key, value);
        }
        stdout(&command.output().unwrap())
    };
    assert!(!run(&[]).contains('\u{1b}'), "a pipe gets no colour");
    assert!(run(&[("CLICOLOR_FORCE", "1")]).contains('\u{1b}'));
    assert!(!run(&[("CLICOLOR_FORCE", "1"), ("NO_COLOR", "1")]).contains('\u{1b}'));
    let help = |text: &str| {
        text.lines()
            .find(|line| line.trim_start().starts_with("help: one of"))
            .map(str::to_string)
            .unwrap()
    };
    let narrow = run(&[("COLUMNS", "40")]);
    assert!(help(&narrow).trim_end().chars().count() <= 40, "{narrow}");
    assert_ne!(help(&narrow), help(&run(&[])), "40 columns wrap the help");
}
