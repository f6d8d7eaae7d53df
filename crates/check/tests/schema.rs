//! rules/schema.json and rules/config.schema.json (which rule files point
//! editors at) must be what `json_schema()` and `config_schema()` generate. `cargo xtask schema` rewrites it.

#[test]
fn the_committed_schemas_are_up_to_date() {
    for (name, schema) in [
        ("schema.json", tally_check::json_schema()),
        ("config.schema.json", tally_check::config_schema()),
    ] {
        let path = format!("{}/../../rules/{name}", env!("CARGO_MANIFEST_DIR"));
        let generated = serde_json::to_string_pretty(&schema).expect("serialisable") + "\n";
        let committed = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            committed == generated,
            "rules/{name} is stale: run `cargo xtask schema`"
        );
    }
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
