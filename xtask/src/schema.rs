//! `cargo xtask schema`: the JSON Schemas that editors use to autocomplete
//! and validate rule files and the pack's config
//! (`# yaml-language-server: $schema=...`). A test in tally-check fails when
//! the committed files are stale.

use std::path::Path;

pub fn run(root: &Path) -> Result<(), String> {
    for (name, schema) in [
        ("schema.json", tally_check::json_schema()),
        ("config.schema.json", tally_check::config_schema()),
    ] {
        let path = root.join("rules").join(name);
        let text = serde_json::to_string_pretty(&schema).expect("a JSON value serialises") + "\n";
        std::fs::write(&path, text).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
        println!("wrote {}", path.display());
    }
    Ok(())
}
