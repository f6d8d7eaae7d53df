//! schema.json (next to this crate's Cargo.toml, which the test rule files
//! point editors at) must be what `json_schema()` generates. Run with
//! `UPDATE_SCHEMA=1` to rewrite it.

#[test]
fn the_committed_schema_is_up_to_date() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/schema.json");
    let generated =
        serde_json::to_string_pretty(&tally_check::json_schema()).expect("serialisable") + "\n";
    if std::env::var_os("UPDATE_SCHEMA").is_some() {
        std::fs::write(path, &generated).expect("writable");
    }
    let committed = std::fs::read_to_string(path).unwrap_or_default();
    assert!(
        committed == generated,
        "schema.json is stale: run `UPDATE_SCHEMA=1 cargo test -p tally-check --test schema`"
    );
}

#[test]
fn the_schema_describes_every_key() {
    let schema = tally_check::json_schema();
    let properties = schema["properties"].as_object().expect("properties");
    for (key, value) in properties {
        assert!(
            value["description"]
                .as_str()
                .is_some_and(|text| !text.is_empty()),
            "`{key}` has no description"
        );
    }
    assert_eq!(schema["additionalProperties"], false);
    assert_eq!(
        schema["properties"]["severity"]["enum"],
        serde_json::json!(["error", "warning", "advice"])
    );
}
