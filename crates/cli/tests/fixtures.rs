//! Snapshots of the exact diagnostics tally prints for every fixture, and
//! the guarantees the report makes about them.

mod common;

use common::{json_lines, root, stdout, summary, tally};

/// A fixture's path as the tests name it: relative to the workspace, with
/// forward slashes, so snapshots read the same on every machine.
fn relative(path: &std::path::Path) -> String {
    path.strip_prefix(root().canonicalize().unwrap())
        .unwrap()
        .to_string_lossy()
        .replace('\\', "/")
}

#[test]
fn every_fixture_has_its_diagnostics_pinned() {
    insta::glob!("../../../fixtures", "**/*.{txt,md}", |path| {
        let relative = relative(path);
        let output = tally(&["check", &relative, "--rules", "rules", "--color", "never"]);
        let report = format!(
            "{}\n--- {}\n--- exit {}",
            stdout(&output),
            summary(&output),
            output.status.code().unwrap_or(-1)
        );
        insta::assert_snapshot!(report);
    });
}

#[test]
fn every_fixture_has_its_figure_table_pinned() {
    insta::glob!("../../../fixtures", "**/*.{txt,md}", |path| {
        let relative = relative(path);
        let output = tally(&["extract", &relative]);
        assert_eq!(output.status.code(), Some(0));
        insta::assert_snapshot!(stdout(&output));
    });
}

#[test]
fn output_is_the_same_at_any_thread_count() {
    for format in ["human", "json"] {
        let one = tally(&[
            "check", "fixtures", "--rules", "rules", "--format", format, "-j", "1",
        ]);
        let four = tally(&[
            "check", "fixtures", "--rules", "rules", "--format", format, "-j", "4",
        ]);
        assert!(!one.stdout.is_empty(), "the fixtures produce findings");
        assert_eq!(
            stdout(&one),
            stdout(&four),
            "--format {format} differs between 1 and 4 threads"
        );
        assert_eq!(summary(&one), summary(&four));
    }
}

/// The seed story's drone tally: 88 + 128 = 216 of 273 holds, so no error,
/// and the advisory names the 57 unaccounted for, labelled on the exact bytes.
#[test]
fn drone_advisory_is_labelled_on_each_figure() {
    let path = "fixtures/air-defense/record-drone-attack.txt";
    let output = tally(&["check", path, "--rules", "rules", "--format", "json"]);
    let source = std::fs::read_to_string(root().join(path)).unwrap();
    let findings = json_lines(&output);
    assert!(
        findings.iter().all(|f| f["severity"] != "error"),
        "no error on a tally that adds up: {findings:#?}"
    );
    let advisory = findings
        .iter()
        .find(|f| f["message"].as_str().unwrap_or_default().contains("57"))
        .unwrap_or_else(|| panic!("an advisory about the 57 unaccounted for: {findings:#?}"));
    assert_eq!(advisory["severity"], "advice");
    assert_eq!(advisory["filename"], path);
    let labelled: Vec<&str> = advisory["labels"]
        .as_array()
        .unwrap()
        .iter()
        .map(|label| {
            let offset = label["span"]["offset"].as_u64().unwrap() as usize;
            let length = label["span"]["length"].as_u64().unwrap() as usize;
            &source[offset..offset + length]
        })
        .collect();
    assert_eq!(labelled, ["273", "88", "128"]);
    assert_eq!(output.status.code(), Some(0));
}

#[test]
fn an_over_count_is_an_error_and_fails_the_run() {
    let path = "fixtures/air-defense/outcomes-over-count.md";
    let output = tally(&["check", path, "--rules", "rules", "--format", "json"]);
    let findings = json_lines(&output);
    assert!(
        findings.iter().any(
            |f| f["severity"] == "error" && f["code"] == "air-defense/outcomes-exceed-launched"
        ),
        "{findings:#?}"
    );
    assert_eq!(output.status.code(), Some(1));
}

/// `--explain` says what each rule bound and how its check came out; in
/// JSON it stays one object per line.
#[test]
fn explain_lists_bindings_and_outcomes() {
    let path = "fixtures/mistakes/margin.md";
    let output = tally(&[
        "check",
        path,
        "--rules",
        "rules",
        "--explain",
        "--format",
        "json",
    ]);
    let lines = json_lines(&output);
    let margin = lines
        .iter()
        .find(|line| line["explain"]["rule"] == "general/margin")
        .expect("an explanation for the margin rule");
    assert_eq!(margin["document"], path);
    let binding = &margin["explain"]["bindings"][0];
    assert_eq!(binding["outcome"], "broken");
    let bound: Vec<&str> = binding["figures"]
        .as_array()
        .unwrap()
        .iter()
        .map(|figure| figure["text"].as_str().unwrap())
        .collect();
    assert_eq!(bound, ["31.5%", "28.2%", "4.3"]);
    let human = stdout(&tally(&["check", path, "--rules", "rules", "--explain"]));
    assert!(human.contains(&format!("explain: {path}")), "{human}");
}
