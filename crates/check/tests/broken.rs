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

proptest::proptest! {
    /// Mangled rule files (a valid rule with a slice cut out and some bytes
    /// swapped in) load or fail with errors; never a panic.
    #[test]
    fn a_mangled_rule_file_never_panics(cut in 0usize..900, len in 0usize..40, insert in "[ :{}\\[\\],\"'\\n#a-z0-9|>-]{0,12}") {
        let valid = common::rule(
            "t/mangled",
            "figures:\n  whole: { kind: count }\n  part: { kind: count, part-of: whole }\ncheck: part <= whole\nmessage: \"{part} of {whole}\"\ntests:\n  pass: [\"A text.\"]\n",
        );
        let mut start = cut.min(valid.len());
        while !valid.is_char_boundary(start) {
            start -= 1;
        }
        let mut end = (start + len).min(valid.len());
        while !valid.is_char_boundary(end) {
            end -= 1;
        }
        let mangled = format!("{}{insert}{}", &valid[..start], &valid[end..]);
        if let Err(errors) = RuleSet::from_sources(vec![("mangled.yaml".into(), mangled)]) {
            proptest::prop_assert!(!errors.is_empty());
            for error in &errors {
                let _ = common::render(error);
            }
        }
    }
}
