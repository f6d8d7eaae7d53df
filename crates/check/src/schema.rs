//! The keys of rule and config files, with their documentation and JSON
//! Schema, in one place: the loader rejects any key not listed here and the
//! schema is generated from the same lists, so the two cannot drift.

use serde_json::{Value, json};

use tally_extract::HedgeTable;

pub(crate) struct Key {
    pub name: &'static str,
    pub required: bool,
    pub doc: &'static str,
    pub schema: fn() -> Value,
}

const fn key(name: &'static str, required: bool, doc: &'static str, schema: fn() -> Value) -> Key {
    Key {
        name,
        required,
        doc,
        schema,
    }
}

pub(crate) const KINDS: [&str; 15] = [
    "count",
    "percent",
    "percentage-points",
    "money",
    "measure",
    "rate",
    "age",
    "year",
    "date",
    "weekday",
    "time",
    "duration",
    "ordinal",
    "score",
    "range",
];
pub(crate) const QUALIFIERS: [&str; 7] = [
    "exact",
    "approximately",
    "more-than",
    "at-least",
    "less-than",
    "at-most",
    "vague",
];
pub(crate) const CHANGES: [&str; 4] = ["up", "down", "any", "none"];
pub(crate) const WINDOWS: [&str; 3] = ["sentence", "paragraph", "document"];
pub(crate) const ACTORS: [&str; 2] = ["same", "any"];
pub(crate) const SEVERITIES: [&str; 3] = ["error", "warning", "advice"];
pub(crate) const MANY: [&str; 4] = ["all", "list", "sentence", "paragraph"];

fn string() -> Value {
    json!({ "type": "string", "minLength": 1 })
}
fn strings() -> Value {
    json!({ "oneOf": [
        { "type": "string", "minLength": 1 },
        { "type": "array", "items": { "type": "string", "minLength": 1 }, "minItems": 1 }
    ] })
}
fn one_or_more(words: &[&str]) -> Value {
    json!({ "oneOf": [
        { "enum": words },
        { "type": "array", "items": { "enum": words }, "minItems": 1 }
    ] })
}
fn name() -> Value {
    json!({ "type": "string", "pattern": "^[A-Za-z_][A-Za-z0-9_]*$" })
}
fn number() -> Value {
    json!({ "type": "number" })
}
fn kinds() -> Value {
    one_or_more(&KINDS)
}
fn qualifiers() -> Value {
    one_or_more(&QUALIFIERS)
}
fn change() -> Value {
    json!({ "enum": CHANGES })
}
fn window() -> Value {
    json!({ "enum": WINDOWS })
}
fn actors() -> Value {
    json!({ "enum": ACTORS })
}
fn severity() -> Value {
    json!({ "enum": SEVERITIES })
}
fn many() -> Value {
    json!({ "oneOf": [ { "type": "boolean" }, { "enum": MANY } ] })
}
fn actor() -> Value {
    json!({ "oneOf": [ strings(), object(ACTOR_KEYS) ] })
}
fn docs() -> Value {
    object(DOCS_KEYS)
}
fn figures() -> Value {
    json!({
        "type": "object",
        "minProperties": 1,
        "propertyNames": name(),
        "additionalProperties": object(SELECTOR_KEYS),
    })
}
fn relation() -> Value {
    let choices: Vec<Value> = crate::relations::RELATIONS
        .iter()
        .map(|relation| json!({ "const": relation.name, "description": relation.doc }))
        .collect();
    json!({ "oneOf": choices })
}
fn tags() -> Value {
    json!({ "type": "array", "items": { "type": "string" } })
}
fn tests() -> Value {
    object(TESTS_KEYS)
}
fn test_list() -> Value {
    json!({ "type": "array", "items": { "oneOf": [ { "type": "string" }, object(TEST_KEYS) ] } })
}
fn hedges() -> Value {
    // The hedge table's keys are whatever it serialises, so a key added
    // to it upstream appears here without an edit.
    let defaults = serde_json::to_value(HedgeTable::default()).unwrap_or(Value::Null);
    let properties: serde_json::Map<String, Value> = defaults
        .as_object()
        .map(|fields| {
            fields
                .iter()
                .map(|(field, default)| {
                    (
                        field.clone(),
                        json!({ "type": "number", "default": default }),
                    )
                })
                .collect()
        })
        .unwrap_or_default();
    json!({
        "type": "object",
        "description": "How hedges widen figures (\"around\": ± this fraction).",
        "properties": properties,
        "additionalProperties": false,
    })
}

pub(crate) const RULE_KEYS: &[Key] = &[
    key(
        "id",
        true,
        "Unique, stable id, such as `air-defense/outcomes-exceed-launched`; the diagnostic code.",
        string,
    ),
    key(
        "title",
        true,
        "One line saying what is wrong when the rule fires.",
        string,
    ),
    key(
        "severity",
        true,
        "How bad a broken rule is: error, warning or advice.",
        severity,
    ),
    key(
        "docs",
        true,
        "What the rule checks, why it matters, and an example.",
        docs,
    ),
    key("tags", false, "Words to select rules by.", tags),
    key(
        "relation",
        false,
        "A relation the extractor finds (part-whole, list-total, change, change-amount, share, rate-restatement, restated, age-birth-year, weekday-date, weekday-dateline): it gives the rule named figures, which `figures` may narrow or add to.",
        relation,
    ),
    key(
        "figures",
        false,
        "The figures the rule ranges over: a name for each, with a selector. Required unless `relation` gives the names.",
        figures,
    ),
    key(
        "within",
        false,
        "Every figure must share this window with the first one: sentence, paragraph or document (the default).",
        window,
    ),
    key(
        "actors",
        false,
        "`same` (the default): figures that are not linked are only bound together when their actors agree; `any`: whoever states them (for a figure restated by another source).",
        actors,
    ),
    key(
        "check",
        true,
        "An expression that holds when the figures are consistent.",
        string,
    ),
    key(
        "message",
        true,
        "What a finding says; `{name}` is a figure as written, `{expression}` a computed value.",
        string,
    ),
    key(
        "help",
        false,
        "A hint shown under the finding; same templates as `message`.",
        string,
    ),
    key(
        "hedges",
        false,
        "This rule's own hedge table, overriding the config's.",
        hedges,
    ),
    key(
        "tests",
        false,
        "Texts on which the rule must not fire (`pass`) and must fire (`fail`).",
        tests,
    ),
];

pub(crate) const DOCS_KEYS: &[Key] = &[
    key("what", true, "What the rule checks.", string),
    key("why", true, "Why a story that breaks it is wrong.", string),
    key("example", true, "A sentence that breaks it.", string),
];

pub(crate) const SELECTOR_KEYS: &[Key] = &[
    key(
        "kind",
        false,
        "The figure's kind, or a list of kinds.",
        kinds,
    ),
    key(
        "unit",
        false,
        "Units or counted nouns (lemmas); synonyms such as `%` and `per cent` are one unit.",
        strings,
    ),
    key(
        "verb",
        false,
        "Lemmas of the governing verb; phrasal verbs with a space (`shoot down`).",
        strings,
    ),
    key(
        "actor",
        false,
        "Who states or does it (any of these words), or `{ same-as: NAME }`.",
        actor,
    ),
    key(
        "modifiers",
        false,
        "Words modifying the counted noun, any of which must be present.",
        strings,
    ),
    key(
        "qualifier",
        false,
        "Hedges allowed: exact, approximately, more-than, at-least, less-than, at-most, vague.",
        qualifiers,
    ),
    key(
        "change",
        false,
        "Whether the figure is an amount of change: up, down, any or none.",
        change,
    ),
    key(
        "per",
        false,
        "For a rate, the periods or units it is per (`month`, `barrel`).",
        strings,
    ),
    key(
        "same",
        false,
        "A window shared with the figure named by `as`: sentence, paragraph or document.",
        window,
    ),
    key(
        "as",
        false,
        "The figure `same` is relative to (default: the rule's first figure).",
        name,
    ),
    key(
        "part-of",
        false,
        "This figure is linked as part of the named one.",
        name,
    ),
    key(
        "share-of",
        false,
        "This figure is linked as the share (percentage) of the named one.",
        name,
    ),
    key(
        "from",
        false,
        "This figure is where a change started; the named one is where it ended.",
        name,
    ),
    key(
        "same-list",
        false,
        "This figure stands in the same list (\"A, B and C\") as the named one.",
        name,
    ),
    key(
        "total-of",
        false,
        "This figure is a stated total of the list the named figure is in.",
        name,
    ),
    key(
        "same-person",
        false,
        "This figure describes the same person as the named one (age, birth year).",
        name,
    ),
    key(
        "restates",
        false,
        "This figure restates the named one over another period or unit.",
        name,
    ),
    key(
        "change-of",
        false,
        "This figure is the amount of the change that started at the named one (\"rose 25%, from 80 to 100\": 25% is change-of 80).",
        name,
    ),
    key(
        "next-to",
        false,
        "This figure is beside the named one: same sentence, no figure and at most three words between.",
        name,
    ),
    key(
        "same-unit",
        false,
        "This figure's unit or counted noun, when both state one, is the named one's.",
        name,
    ),
    key(
        "same-verb",
        false,
        "This figure has the same governing verb as the named one.",
        name,
    ),
    key(
        "same-noun",
        false,
        "This figure and the named one both count a noun, the same one (\"4,718 passengers\" ... \"the 4,178 passengers\"); stricter than same-unit, which passes when either leaves its noun unsaid.",
        name,
    ),
    key(
        "other-period",
        false,
        "This figure is a rate over another period than the named one (\"a year\" and \"a month\"), as a restatement is; the two ends of a change over one period are not.",
        name,
    ),
    key(
        "many",
        false,
        "Bind a list: `true`/`all` (every match), or one list per `list`, `sentence` or `paragraph`.",
        many,
    ),
    key(
        "optional",
        false,
        "The value to use when no figure matches; without it the rule needs the figure.",
        number,
    ),
];

pub(crate) const ACTOR_KEYS: &[Key] = &[key(
    "same-as",
    true,
    "The figure whose actor this one must share.",
    name,
)];

pub(crate) const TESTS_KEYS: &[Key] = &[
    key(
        "pass",
        false,
        "Texts on which the rule must not fire.",
        test_list,
    ),
    key(
        "fail",
        false,
        "Texts on which the rule must fire (with `message`, with exactly that message).",
        test_list,
    ),
];

pub(crate) const TEST_KEYS: &[Key] = &[
    key(
        "text",
        true,
        "The test text; a first line `date YYYY-MM-DD` sets the dateline.",
        string,
    ),
    key(
        "message",
        false,
        "The message the finding must have (fail texts only).",
        string,
    ),
    key(
        "rule",
        false,
        "The rule the test is for; must be this file's rule.",
        string,
    ),
];

pub(crate) const CONFIG_KEYS: &[Key] = &[
    key(
        "hedges",
        false,
        "The hedge table every rule uses unless it has its own.",
        hedges,
    ),
    key(
        "within",
        false,
        "The default window of every rule: sentence, paragraph or document.",
        window,
    ),
];

fn object(keys: &[Key]) -> Value {
    let properties: serde_json::Map<String, Value> = keys
        .iter()
        .map(|key| {
            let mut schema = (key.schema)();
            if let Some(object) = schema.as_object_mut() {
                object.insert("description".into(), key.doc.into());
            }
            (key.name.to_string(), schema)
        })
        .collect();
    let required: Vec<&str> = keys
        .iter()
        .filter(|key| key.required)
        .map(|key| key.name)
        .collect();
    json!({
        "type": "object",
        "properties": properties,
        "required": required,
        "additionalProperties": false,
    })
}

/// The JSON Schema (draft 2020-12) of a rule file, for editors. A file
/// named `config.yaml` follows [`config_schema`] instead.
pub fn json_schema() -> Value {
    let mut schema = object(RULE_KEYS);
    if let Some(object) = schema.as_object_mut() {
        object.insert(
            "$schema".into(),
            "https://json-schema.org/draft/2020-12/schema".into(),
        );
        object.insert("title".into(), "tally rule".into());
        object.insert(
            "anyOf".into(),
            json!([{ "required": ["figures"] }, { "required": ["relation"] }]),
        );
    }
    schema
}

/// The JSON Schema of a rule pack's `config.yaml`.
pub fn config_schema() -> Value {
    let mut schema = object(CONFIG_KEYS);
    if let Some(object) = schema.as_object_mut() {
        object.insert(
            "$schema".into(),
            "https://json-schema.org/draft/2020-12/schema".into(),
        );
        object.insert("title".into(), "tally rule pack config".into());
    }
    schema
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::SourceFile;
    use crate::rule::Loader;
    use crate::yaml::{self, Node, Value as Yaml};

    const KITCHEN_SINK: &str = include_str!("../tests/schema/kitchen-sink.yaml");
    const CONFIG: &str = include_str!("../tests/schema/config.yaml");

    fn keys_of(node: &Node, file: &SourceFile) -> Vec<String> {
        node.entries()
            .iter()
            .filter_map(|(key, _)| key.as_text(file))
            .collect()
    }

    fn names(keys: &[Key]) -> Vec<String> {
        keys.iter().map(|key| key.name.to_string()).collect()
    }

    fn sorted(mut keys: Vec<String>) -> Vec<String> {
        keys.sort();
        keys.dedup();
        keys
    }

    fn schema_keys(schema: &Value) -> Vec<String> {
        sorted(
            schema["properties"]
                .as_object()
                .expect("an object schema")
                .keys()
                .cloned()
                .collect(),
        )
    }

    /// The kitchen-sink rule uses every key of every table, and it loads:
    /// so the loader accepts every schema key, and (since the loader rejects
    /// keys not in the tables) nothing else.
    #[test]
    fn the_loader_and_the_schema_accept_the_same_keys() {
        let file = SourceFile::new("kitchen-sink.yaml", KITCHEN_SINK);
        let root = yaml::parse(&file).expect("valid YAML");
        let mut loader = Loader::new(&file);
        assert!(loader.rule(&root).is_some(), "{:?}", loader.errors);
        let get = |node: &Node, key: &str| -> Node {
            node.entries()
                .iter()
                .find(|(name, _)| name.as_text(&file).as_deref() == Some(key))
                .map(|(_, value)| value.clone())
                .unwrap_or_else(|| panic!("no `{key}`"))
        };
        assert_eq!(sorted(keys_of(&root, &file)), sorted(names(RULE_KEYS)));
        assert_eq!(
            sorted(keys_of(&get(&root, "docs"), &file)),
            sorted(names(DOCS_KEYS))
        );
        let figures = get(&root, "figures");
        let mut selector_keys = Vec::new();
        let mut actor_keys = Vec::new();
        for (_, selector) in figures.entries() {
            selector_keys.extend(keys_of(selector, &file));
            for (key, value) in selector.entries() {
                if key.as_text(&file).as_deref() == Some("actor")
                    && matches!(value.value, Yaml::Map(_))
                {
                    actor_keys.extend(keys_of(value, &file));
                }
            }
        }
        assert_eq!(sorted(selector_keys), sorted(names(SELECTOR_KEYS)));
        assert_eq!(sorted(actor_keys), sorted(names(ACTOR_KEYS)));
        let tests = get(&root, "tests");
        assert_eq!(sorted(keys_of(&tests, &file)), sorted(names(TESTS_KEYS)));
        let mut test_keys = Vec::new();
        for (_, list) in tests.entries() {
            if let Yaml::Seq(items) = &list.value {
                items
                    .iter()
                    .for_each(|item| test_keys.extend(keys_of(item, &file)));
            }
        }
        assert_eq!(sorted(test_keys), sorted(names(TEST_KEYS)));

        let config_file = SourceFile::new("config.yaml", CONFIG);
        let config = yaml::parse(&config_file).expect("valid YAML");
        let mut loader = Loader::new(&config_file);
        loader.config(&config);
        assert!(loader.errors.is_empty(), "{:?}", loader.errors);
        assert_eq!(
            sorted(keys_of(&config, &config_file)),
            sorted(names(CONFIG_KEYS))
        );
    }

    #[test]
    fn the_schema_lists_exactly_the_tables_keys() {
        let schema = json_schema();
        assert_eq!(schema_keys(&schema), sorted(names(RULE_KEYS)));
        assert_eq!(
            schema_keys(&schema["properties"]["docs"]),
            sorted(names(DOCS_KEYS))
        );
        assert_eq!(
            schema_keys(&schema["properties"]["figures"]["additionalProperties"]),
            sorted(names(SELECTOR_KEYS))
        );
        assert_eq!(
            schema_keys(&schema["properties"]["tests"]),
            sorted(names(TESTS_KEYS))
        );
        assert_eq!(schema_keys(&config_schema()), sorted(names(CONFIG_KEYS)));
        let required: Vec<&str> = schema["required"]
            .as_array()
            .expect("a list")
            .iter()
            .filter_map(Value::as_str)
            .collect();
        assert_eq!(
            required,
            ["id", "title", "severity", "docs", "check", "message"]
        );
        assert_eq!(
            schema["anyOf"],
            json!([{ "required": ["figures"] }, { "required": ["relation"] }])
        );
        let hedge_keys = schema_keys(&schema["properties"]["hedges"]);
        assert!(
            hedge_keys.contains(&"approximately".to_string()),
            "{hedge_keys:?}"
        );
    }
}
