//! Every file under tests/broken/ is a rule file with a mistake; each must
//! be refused with a diagnostic labelled at the mistake. A directory there
//! is a pack loaded as a whole (for mistakes across files).

mod common;

use std::path::{Path, PathBuf};

use tally_check::RuleSet;

fn load(path: &Path) -> Result<RuleSet, Vec<tally_check::RuleError>> {
    if path.is_dir() {
        RuleSet::load(&[path.to_path_buf()])
    } else {
        let text = std::fs::read_to_string(path).expect("broken rule files are UTF-8");
        RuleSet::from_sources(vec![(path.display().to_string(), text)])
    }
}

#[test]
fn every_broken_rule_file_is_refused_at_its_mistake() {
    // Relative paths keep the snapshots free of this machine's layout.
    let root = PathBuf::from("tests/broken");
    let mut cases: Vec<PathBuf> = std::fs::read_dir(&root)
        .expect("tests/broken exists")
        .map(|entry| entry.expect("readable entry").path())
        .collect();
    cases.sort();
    assert!(cases.len() >= 30, "only {} broken cases", cases.len());
    for case in cases {
        let name = case
            .file_stem()
            .and_then(|stem| stem.to_str())
            .expect("a plain name")
            .to_string();
        let errors = match load(&case) {
            Ok(_) => panic!("{} loaded without an error", case.display()),
            Err(errors) => errors,
        };
        let rendered: Vec<String> = errors.iter().map(common::render).collect();
        insta::assert_snapshot!(name, rendered.join("\n"));
    }
}
