//! Every report format on the bundled fixtures, pinned. These follow the
//! rule pack and extraction as they change: review the diff and accept it
//! (`cargo insta review`) when a change to either is meant.

mod common;

use common::{root, stdout, summary, tally};

#[test]
fn every_format_on_the_fixtures_is_pinned() {
    let root = root().canonicalize().unwrap().display().to_string();
    for format in ["sarif", "github", "junit", "html"] {
        let output = tally(&["check", "fixtures", "--rules", "rules", "--format", format]);
        let report = format!(
            "{}--- {}\n--- exit {}",
            stdout(&output).replace(&root, "[ROOT]"),
            summary(&output),
            output.status.code().unwrap_or(-1)
        );
        insta::assert_snapshot!(format!("fixtures_{format}"), report);
    }
}
