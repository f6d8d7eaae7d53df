//! `cargo xtask schema`: the JSON Schema that editors use to autocomplete
//! and validate rule files (`# yaml-language-server: $schema=...`).

use std::path::Path;

pub fn run(root: &Path) -> Result<(), String> {
    let path = root.join("rules/schema.json");
    let text = render();
    std::fs::write(&path, text).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    println!("wrote {}", path.display());
    Ok(())
}

/// The schema as it is written to disk; a test compares it with the file.
pub fn render() -> String {
    let schema = tally_check::json_schema();
    serde_json::to_string_pretty(&schema).expect("a JSON value serialises") + "\n"
}
