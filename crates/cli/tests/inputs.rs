//! Bad input never panics and is never skipped silently: each gets a
//! diagnostic, the run goes on with the rest, the summary counts it, and the
//! exit code says the run was not clean.

mod common;

use common::{stderr, stdout, summary, tally};

fn write(dir: &tempfile::TempDir, name: &str, bytes: &[u8]) -> String {
    let path = dir.path().join(name);
    std::fs::write(&path, bytes).unwrap();
    path.to_string_lossy().into_owned()
}

#[test]
fn bad_inputs_are_reported_and_the_rest_are_checked() {
    let dir = tempfile::tempdir().unwrap();
    let good = write(
        &dir,
        "a-good.txt",
        b"Officials counted 12 boats in the harbour.",
    );
    let invalid = write(&dir, "b-invalid.txt", b"Some text \xff\xfe then more.");
    let binary = write(&dir, "c-binary.txt", b"\x00\x01\x02binary\x00");
    let empty = write(&dir, "d-empty.txt", b"");
    let missing = dir
        .path()
        .join("e-missing.txt")
        .to_string_lossy()
        .into_owned();

    let output = tally(&[
        "check", &good, &invalid, &binary, &empty, &missing, "--rules", "rules",
    ]);
    let report = stdout(&output) + &stderr(&output);
    assert_eq!(output.status.code(), Some(2), "{report}");
    assert_eq!(
        summary(&output),
        "1 document checked (3 unreadable, 1 empty), 1 figure, 2 rules: 0 errors, 0 warnings, 0 advice"
            .replace("2 rules", &format!("{} rules", rule_count())),
        "{report}"
    );
    for code in [
        "input::invalid-utf8",
        "input::binary",
        "input::empty",
        "input::not-found",
    ] {
        assert!(report.contains(code), "no {code} diagnostic in:\n{report}");
    }
}

#[test]
fn a_directory_is_walked_in_order_and_hidden_files_are_skipped() {
    let dir = tempfile::tempdir().unwrap();
    write(&dir, "b.txt", b"Police said 40 people were hurt.");
    write(&dir, "a.md", b"# Title\n\nThe council has 51 seats.\n");
    write(&dir, ".hidden.txt", b"Not to be read: 99 balloons.");
    let output = tally(&["extract", &dir.path().to_string_lossy(), "--format", "json"]);
    let names: Vec<String> = stdout(&output)
        .lines()
        .map(|line| {
            let value: serde_json::Value = serde_json::from_str(line).unwrap();
            value["document"]
                .as_str()
                .unwrap()
                .rsplit('/')
                .next()
                .unwrap()
                .to_string()
        })
        .collect();
    assert_eq!(names, ["a.md", "b.txt"], "{}", stderr(&output));
}

fn rule_count() -> usize {
    let output = tally(&["rules", "--rules", "rules"]);
    stdout(&output).lines().count()
}
