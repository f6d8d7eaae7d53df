//! Where `tally` finds its rules: `--rules` (exactly those), else the nearest
//! `rules/` folder above the working directory, else the pack compiled in.

mod common;

use std::process::Command;

use common::root;

fn rules_in(cwd: &std::path::Path, args: &[&str]) -> Vec<String> {
    let output = Command::new(env!("CARGO_BIN_EXE_tally"))
        .current_dir(cwd)
        .arg("rules")
        .args(args)
        .output()
        .expect("tally runs");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout)
        .unwrap()
        .lines()
        .filter_map(|line| line.split_whitespace().nth(1).map(str::to_string))
        .collect()
}

#[test]
fn without_a_rules_folder_the_compiled_pack_is_used() {
    let away = tempfile::tempdir().unwrap();
    let compiled = rules_in(away.path(), &[]);
    let repository = rules_in(&root(), &["--rules", "rules"]);
    assert!(!compiled.is_empty());
    assert_eq!(compiled, repository, "the compiled pack is rules/ as built");
}

#[test]
fn the_nearest_rules_folder_above_wins_and_rules_flags_are_exact() {
    let story_desk = tempfile::tempdir().unwrap();
    let pack = story_desk.path().join("rules");
    std::fs::create_dir_all(&pack).unwrap();
    std::fs::copy(
        root().join("rules/dates/weekday-date.yaml"),
        pack.join("weekday-date.yaml"),
    )
    .unwrap();
    let nested = story_desk.path().join("2025/june");
    std::fs::create_dir_all(&nested).unwrap();
    assert_eq!(rules_in(&nested, &[]), ["dates/weekday-date"]);

    let other = story_desk.path().join("other");
    std::fs::create_dir_all(other.join("general")).unwrap();
    std::fs::copy(
        root().join("rules/general/margin.yaml"),
        other.join("general/margin.yaml"),
    )
    .unwrap();
    let other = other.to_string_lossy().into_owned();
    assert_eq!(rules_in(&nested, &["--rules", &other]), ["general/margin"]);
}
