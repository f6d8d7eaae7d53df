//! A rule file, validated: every mistake is collected with its bytes.

use std::ops::Range;

use serde::Serialize;
use tally_extract::{HedgeTable, Kind, LinkKind, Qualifier};

use crate::Severity;
use crate::error::{RuleError, SourceFile, did_you_mean};
use crate::expr::{self, Expr, ExprKind, Type};
use crate::relations::{self, Part, RelationDef};
use crate::schema::{self, Key};
use crate::template::Template;
use crate::units;
use crate::yaml::{Node, ScalarMap, Value};

/// One rule, loaded and checked.
#[derive(Clone, Debug)]
pub struct Rule {
    pub id: String,
    pub title: String,
    pub severity: Severity,
    pub docs: Docs,
    pub tags: Vec<String>,
    /// The display name of the file the rule came from.
    pub source: String,
    pub tests: RuleTests,
    /// The figure names, in the order the file gives them.
    pub names: Vec<String>,
    /// The `check` expression as written.
    pub check_text: String,
    pub(crate) selectors: Vec<Selector>,
    pub(crate) within: Option<Window>,
    /// `actors: any`: bind figures whatever their actors.
    pub(crate) any_actor: bool,
    pub(crate) check: Expr,
    pub(crate) message: Template,
    pub(crate) help: Option<Template>,
    pub(crate) hedges: Option<HedgeTable>,
    pub(crate) id_span: Range<usize>,
    pub(crate) file: SourceFile,
}

#[derive(Clone, Debug, Default, Serialize)]
pub struct Docs {
    pub what: String,
    pub why: String,
    pub example: String,
}

#[derive(Clone, Debug, Default, Serialize)]
pub struct RuleTests {
    pub pass: Vec<String>,
    pub fail: Vec<FailTest>,
}

#[derive(Clone, Debug, Serialize)]
pub struct FailTest {
    pub text: String,
    /// The exact message the finding must carry, when given.
    pub message: Option<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Window {
    Sentence,
    Paragraph,
    Document,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) enum Many {
    #[default]
    One,
    All,
    List,
    Sentence,
    Paragraph,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum ChangeSel {
    Up,
    Down,
    Any,
    None,
}

/// How a figure must stand to another named figure.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Relation {
    Link(LinkKind),
    SamePerson,
    SameList,
    TotalOf,
    NextTo,
    SameUnit,
    SameVerb,
    OtherPeriod,
    SameNoun,
    SameActor,
    Window(Window),
}

#[derive(Clone, Debug, Default)]
pub(crate) struct Selector {
    pub kinds: Vec<Kind>,
    /// Canonical units (see `units`).
    pub units: Vec<String>,
    pub verbs: Vec<String>,
    /// Lowercase words, any of which the actor must contain.
    pub actors: Vec<String>,
    pub modifiers: Vec<String>,
    pub qualifiers: Vec<Qualifier>,
    pub change: Option<ChangeSel>,
    pub per: Vec<String>,
    /// Relations to other names (by index).
    pub relations: Vec<(Relation, usize)>,
    pub many: Many,
    pub optional: Option<f64>,
}

/// Defaults a pack's `config.yaml` sets for every rule.
#[derive(Clone, Debug, Default)]
pub(crate) struct Config {
    pub hedges: Option<HedgeTable>,
    pub within: Option<Window>,
}

/// Collects every error of one file.
pub(crate) struct Loader<'a> {
    pub file: &'a SourceFile,
    pub errors: Vec<RuleError>,
}

impl<'a> Loader<'a> {
    pub fn new(file: &'a SourceFile) -> Loader<'a> {
        Loader {
            file,
            errors: Vec::new(),
        }
    }

    fn error(
        &mut self,
        code: &'static str,
        message: impl Into<String>,
        span: Range<usize>,
        label: &str,
    ) -> &mut RuleError {
        self.errors
            .push(RuleError::new(self.file, code, message).label(span, label));
        self.errors.last_mut().expect("just pushed")
    }

    /// Reports unknown, duplicate and missing keys of a mapping; returns the
    /// known entries by key.
    fn entries<'n>(
        &mut self,
        node: &'n Node,
        keys: &[Key],
        what: &str,
    ) -> Vec<(&'static str, &'n Node, &'n Node)> {
        if !matches!(node.value, Value::Map(_)) {
            self.error(
                "type",
                format!("{what} should be a mapping, found {}", node.type_name()),
                node.label_span(),
                "expected `key: value` lines",
            );
            return Vec::new();
        }
        let mut found: Vec<(&'static str, &Node, &Node)> = Vec::new();
        let mut suggested: Vec<&str> = Vec::new();
        for (key_node, value) in node.entries() {
            let Some(key_text) = key_node.as_text(self.file) else {
                self.error(
                    "type",
                    "keys must be words",
                    key_node.label_span(),
                    "not a word",
                );
                continue;
            };
            let Some(key) = keys.iter().find(|key| key.name == key_text) else {
                let near = did_you_mean(&key_text, keys.iter().map(|key| key.name));
                suggested.extend(near);
                let help = match near {
                    Some(near) => format!("did you mean `{near}`?"),
                    None => format!(
                        "{what} takes: {}",
                        keys.iter()
                            .map(|key| key.name)
                            .collect::<Vec<_>>()
                            .join(", ")
                    ),
                };
                self.error(
                    "unknown-key",
                    format!("unknown key `{key_text}` in {what}"),
                    key_node.span.clone(),
                    "unknown key",
                )
                .help = Some(help);
                continue;
            };
            if let Some((_, first, _)) = found.iter().find(|(name, _, _)| *name == key.name) {
                let first = first.span.clone();
                let error = RuleError::new(
                    self.file,
                    "duplicate-key",
                    format!("`{}` is given twice", key.name),
                )
                .label(first, "first here")
                .label(key_node.span.clone(), "again here");
                self.errors.push(error);
                continue;
            }
            found.push((key.name, key_node, value));
        }
        // A misspelt key is reported once, as unknown with a suggestion.
        for key in keys
            .iter()
            .filter(|key| key.required && !suggested.contains(&key.name))
        {
            if !found.iter().any(|(name, _, _)| *name == key.name) {
                self.error(
                    "missing-key",
                    format!("{what} needs `{}`", key.name),
                    node.label_span(),
                    "in this mapping",
                )
                .help = Some(format!("`{}`: {}", key.name, key.doc));
            }
        }
        found
    }

    fn text(&mut self, node: &Node, what: &str) -> Option<String> {
        match node.as_text(self.file) {
            Some(text) if !text.trim().is_empty() => Some(text),
            Some(_) => {
                self.error(
                    "empty",
                    format!("{what} is empty"),
                    node.label_span(),
                    "empty",
                );
                None
            }
            None => {
                self.error(
                    "type",
                    format!("{what} should be a string, found {}", node.type_name()),
                    node.label_span(),
                    "expected a string",
                );
                None
            }
        }
    }

    /// A word or a list of words, each with its node; an empty list can
    /// never match and is an error.
    fn words<'n>(&mut self, node: &'n Node, what: &str) -> Vec<(String, &'n Node)> {
        match &node.value {
            Value::Seq(items) if items.is_empty() => {
                self.error(
                    "never-matches",
                    format!("{what} is an empty list, so it can never match"),
                    node.label_span(),
                    "empty list",
                )
                .help = Some("leave the key out to accept any".into());
                Vec::new()
            }
            Value::Seq(items) => items
                .iter()
                .filter_map(|item| self.text(item, what).map(|text| (text, item)))
                .collect(),
            _ => self
                .text(node, what)
                .map(|text| vec![(text, node)])
                .unwrap_or_default(),
        }
    }

    /// One of a fixed set of words.
    fn choice(&mut self, node: &Node, words: &[&str], what: &str) -> Option<String> {
        let text = self.text(node, what)?;
        if words.contains(&text.as_str()) {
            return Some(text);
        }
        let help = match did_you_mean(&text, words.iter().copied()) {
            Some(near) => format!("did you mean `{near}`?"),
            None => format!("one of: {}", words.join(", ")),
        };
        self.error(
            match what {
                "a figure's kind" => "never-matches",
                "a relation" => "unknown-relation",
                _ => "bad-value",
            },
            format!("`{text}` is not {what}"),
            node.label_span(),
            "not one of the choices",
        )
        .help = Some(help);
        None
    }

    fn name_ref(&mut self, node: &Node, names: &[String], this: usize, key: &str) -> Option<usize> {
        let text = self.text(node, key)?;
        match names.iter().position(|name| *name == text) {
            Some(index) if index == this => {
                self.error(
                    "self-reference",
                    format!("`{key}` names the figure it belongs to"),
                    node.label_span(),
                    "this figure",
                )
                .help = Some("name another figure of this rule".into());
                None
            }
            Some(index) => Some(index),
            None => {
                let help = match did_you_mean(&text, names.iter().map(String::as_str)) {
                    Some(near) => format!("did you mean `{near}`?"),
                    None => format!("the figures of this rule are: {}", names.join(", ")),
                };
                self.error(
                    "unknown-name",
                    format!("`{key}` names `{text}`, which is not a figure of this rule"),
                    node.label_span(),
                    "not defined in `figures`",
                )
                .help = Some(help);
                None
            }
        }
    }

    fn window(&mut self, node: &Node) -> Option<Window> {
        Some(
            match self.choice(node, &schema::WINDOWS, "a window")?.as_str() {
                "sentence" => Window::Sentence,
                "paragraph" => Window::Paragraph,
                _ => Window::Document,
            },
        )
    }

    fn hedges(&mut self, node: &Node) -> Option<HedgeTable> {
        let value = to_json(node, self.file);
        match serde_json::from_value::<HedgeTable>(value) {
            Ok(table) => Some(table),
            Err(error) => {
                let message = error.to_string();
                let field = message
                    .strip_prefix("unknown field `")
                    .and_then(|rest| rest.split('`').next())
                    .map(str::to_string);
                let key = field.as_ref().and_then(|field| {
                    node.entries()
                        .iter()
                        .find(|(key, _)| key.as_text(self.file).as_deref() == Some(field.as_str()))
                });
                match (field, key) {
                    (Some(field), Some((key, _))) => {
                        let known = serde_json::to_value(HedgeTable::default()).unwrap_or_default();
                        let known: Vec<&str> = known
                            .as_object()
                            .map(|fields| fields.keys().map(String::as_str).collect())
                            .unwrap_or_default();
                        let help = match did_you_mean(&field, known.iter().copied()) {
                            Some(near) => format!("did you mean `{near}`?"),
                            None => format!("the hedge table takes: {}", known.join(", ")),
                        };
                        let message = format!("unknown key `{field}` in the hedge table");
                        self.error("unknown-key", message, key.span.clone(), "unknown key")
                            .help = Some(help);
                    }
                    _ => {
                        self.error(
                            "hedges",
                            format!("bad hedge table: {message}"),
                            node.label_span(),
                            "here",
                        );
                    }
                }
                None
            }
        }
    }

    pub fn config(&mut self, root: &Node) -> Config {
        let mut config = Config::default();
        for (key, _, value) in self.entries(root, schema::CONFIG_KEYS, "the config") {
            match key {
                "hedges" => config.hedges = self.hedges(value),
                "within" => config.within = self.window(value),
                _ => unreachable_key(key),
            }
        }
        config
    }

    pub fn rule(&mut self, root: &Node) -> Option<Rule> {
        let entries = self.entries(root, schema::RULE_KEYS, "a rule");
        let get = |name: &str| {
            entries
                .iter()
                .find(|(key, _, _)| *key == name)
                .map(|(_, _, value)| *value)
        };
        let id = get("id").and_then(|node| self.text(node, "the id"));
        if let (Some(id), Some(node)) = (&id, get("id"))
            && id.chars().any(|ch| ch.is_whitespace() || ch.is_uppercase())
        {
            let message = format!("the id `{id}` has spaces or capitals");
            self.error("bad-id", message, node.label_span(), "here").help = Some(
                "ids are lowercase words joined by `-` and `/`, like `air-defense/outcomes-exceed-launched`".into(),
            );
        }
        let title = get("title").and_then(|node| self.text(node, "the title"));
        let severity = get("severity").and_then(|node| {
            Some(
                match self
                    .choice(node, &schema::SEVERITIES, "a severity")?
                    .as_str()
                {
                    "error" => Severity::Error,
                    "warning" => Severity::Warning,
                    _ => Severity::Advice,
                },
            )
        });
        let docs = get("docs").map(|node| self.docs(node));
        let tags = get("tags")
            .map(|node| {
                self.words(node, "a tag")
                    .into_iter()
                    .map(|(tag, _)| tag)
                    .collect()
            })
            .unwrap_or_default();
        let before_figures = self.errors.len();
        let relation = get("relation").and_then(|node| {
            let name = self.choice(node, &relations::names(), "a relation")?;
            relations::find(&name)
        });
        if get("figures").is_none() && get("relation").is_none() {
            self.error(
                "missing-key",
                "a rule needs `figures` or `relation`",
                root.label_span(),
                "in this mapping",
            )
            .help = Some(
                "`figures` names the figures with selectors; `relation` (such as `part-whole`) gives them"
                    .into(),
            );
        }
        let (names, selectors) = self.figures(get("figures"), relation);
        let within = get("within").and_then(|node| self.window(node));
        let any_actor = get("actors")
            .and_then(|node| self.choice(node, &schema::ACTORS, "`same` or `any`"))
            .is_some_and(|choice| choice == "any");
        let hedges = get("hedges").and_then(|node| self.hedges(node));
        let types: Vec<Type> = selectors.iter().map(selector_type).collect();
        let mut check_text = String::new();
        // Names and types are only known when `figures` loaded; otherwise
        // every use of a name would repeat the same mistake.
        let figures_ok = self.errors.len() == before_figures;
        let check = get("check").filter(|_| figures_ok).and_then(|node| {
            check_text = self.text(node, "the check")?;
            let map = ScalarMap::new(&check_text, node, self.file);
            let parsed = expr::parse(&check_text, &names).and_then(|expr| {
                match expr::type_of(&expr, &types)? {
                    Type::Truth => Ok(expr),
                    _ => Err(expr::ExprError {
                        message: "the check must be a condition".into(),
                        span: expr.span.clone(),
                        help: Some("compare values, such as `parts <= whole`".into()),
                        also: None,
                    }),
                }
            });
            parsed
                .map_err(|error| self.expr_error(error, &map, names.is_empty()))
                .ok()
        });
        let message = get("message")
            .filter(|_| figures_ok)
            .and_then(|node| self.template(node, &names, &types, "the message"));
        let help = get("help")
            .filter(|_| figures_ok)
            .and_then(|node| self.template(node, &names, &types, "the help"));
        let tests = get("tests")
            .map(|node| self.tests(node, id.as_deref()))
            .unwrap_or_default();
        if let (Some(relation), Some(figures), Some(check), Some(message)) =
            (relation, get("figures"), &check, &message)
            && self.errors.is_empty()
        {
            let mut used = Vec::new();
            expr::names_in(check, &mut used);
            for template in std::iter::once(message).chain(help.as_ref()) {
                template.names_in(&mut used);
            }
            for (index, selector) in selectors.iter().enumerate() {
                used.extend(selector.relations.iter().map(|(_, target)| *target));
                if !selector.relations.is_empty() {
                    used.push(index);
                }
            }
            self.unused_names(figures, relation, &names, &used);
        }
        if !self.errors.is_empty() {
            return None;
        }
        Some(Rule {
            id: id?,
            title: title?,
            severity: severity?,
            docs: docs?,
            tags,
            source: self.file.name.clone(),
            tests,
            names,
            check_text,
            selectors,
            within,
            any_actor,
            check: check?,
            message: message?,
            help,
            hedges,
            id_span: get("id")?.span.clone(),
            file: self.file.clone(),
        })
    }

    fn expr_error(&mut self, error: expr::ExprError, map: &ScalarMap, no_names: bool) {
        let code = if error.message.contains("is not a figure") && !no_names {
            "unknown-name"
        } else {
            "expression"
        };
        let span = map.map(error.span.clone());
        let entry = self.error(code, error.message, span, "here");
        entry.help = error.help;
        if let Some((also, text)) = error.also {
            entry.labels.push((map.map(also), text));
        }
    }

    fn docs(&mut self, node: &Node) -> Docs {
        let mut docs = Docs::default();
        for (key, _, value) in self.entries(node, schema::DOCS_KEYS, "`docs`") {
            let text = self
                .text(value, &format!("`docs.{key}`"))
                .unwrap_or_default();
            match key {
                "what" => docs.what = text,
                "why" => docs.why = text,
                "example" => docs.example = text,
                _ => unreachable_key(key),
            }
        }
        docs
    }

    /// The rule's names and selectors: a relation's names first, in its
    /// order, each merged with its `figures` entry; then the names `figures`
    /// adds.
    fn figures(
        &mut self,
        node: Option<&Node>,
        relation: Option<&'static RelationDef>,
    ) -> (Vec<String>, Vec<Selector>) {
        let entries: &[(Node, Node)] = match node.map(|node| (node, &node.value)) {
            None => &[],
            Some((_, Value::Map(entries))) => entries,
            Some((node, _)) => {
                self.error(
                    "type",
                    format!(
                        "`figures` should be a mapping of names to selectors, found {}",
                        node.type_name()
                    ),
                    node.label_span(),
                    "expected `name: { ... }` lines",
                );
                return (Vec::new(), Vec::new());
            }
        };
        if let (Some(node), true, None) = (node, entries.is_empty(), relation) {
            self.error(
                "empty",
                "`figures` names no figures",
                node.label_span(),
                "empty",
            );
        }
        let written: Vec<String> = entries
            .iter()
            .map(|(key, _)| key.as_text(self.file).unwrap_or_default())
            .collect();
        for (index, (key, _)) in entries.iter().enumerate() {
            let name = &written[index];
            let valid = name
                .chars()
                .next()
                .is_some_and(|ch| ch.is_ascii_alphabetic() || ch == '_')
                && name
                    .chars()
                    .all(|ch| ch.is_ascii_alphanumeric() || ch == '_');
            if !valid
                || ["and", "or", "not", "dateline"].contains(&name.as_str())
                || expr::FUNCTIONS.contains(&name.as_str())
            {
                let message = format!("`{name}` cannot name a figure");
                let help = "names are letters, digits and `_` (a `-` would read as minus), \
                            and not a keyword or function";
                self.error("bad-name", message, key.span.clone(), "here")
                    .help = Some(help.into());
            }
            if written[..index].contains(name) {
                self.error(
                    "duplicate-key",
                    format!("the figure `{name}` is named twice"),
                    key.span.clone(),
                    "again here",
                );
            }
        }
        let mut names: Vec<String> = relation
            .into_iter()
            .flat_map(RelationDef::names)
            .map(str::to_string)
            .collect();
        for name in &written {
            if !names.contains(name) {
                names.push(name.clone());
            }
        }
        let mut given: Vec<Option<(Selector, &Node)>> = vec![None; names.len()];
        for (index, (_, value)) in entries.iter().enumerate() {
            let this = names
                .iter()
                .position(|name| *name == written[index])
                .expect("every written name is a name");
            if given[this].is_none() {
                given[this] = Some((self.selector(value, &names, this), value));
            }
        }
        let selectors = given
            .into_iter()
            .enumerate()
            .map(|(index, given)| {
                match relation.and_then(|rel| Some((rel, rel.parts(&names[index])?))) {
                    Some((relation, parts)) => self.merge(relation, parts, &names, index, given),
                    None => given.map(|(selector, _)| selector).unwrap_or_default(),
                }
            })
            .collect::<Vec<_>>();
        for (index, selector) in selectors.iter().enumerate() {
            for (_, target) in &selector.relations {
                if selector.many != Many::One && selectors[*target].many != Many::One {
                    let span = entries
                        .iter()
                        .zip(&written)
                        .find(|(_, name)| **name == names[index])
                        .map_or_else(
                            || node.map(Node::label_span).unwrap_or_default(),
                            |((key, _), _)| key.span.clone(),
                        );
                    let message = format!(
                        "`{}` and `{}` are both lists; a link between two lists is not supported",
                        names[index], names[*target]
                    );
                    self.error("many-to-many", message, span, "here");
                }
            }
        }
        (names, selectors)
    }

    /// A relation's selector for one of its names, narrowed by the rule's
    /// own `figures` entry for it. The entry may add keys; one that says
    /// otherwise than the relation is an error at that key.
    fn merge(
        &mut self,
        relation: &RelationDef,
        parts: &[Part],
        names: &[String],
        this: usize,
        given: Option<(Selector, &Node)>,
    ) -> Selector {
        let base = relations::selector(parts, names);
        let Some((mut own, node)) = given else {
            return base;
        };
        for part in parts {
            let (clash, says) = match *part {
                Part::Kind(kind) => (
                    own.kinds.iter().any(|other| *other != kind),
                    format!("makes it of kind `{}`", kind_word(kind)),
                ),
                Part::Many(many) => (
                    own.many != Many::One && own.many != many,
                    "makes it a list".to_string(),
                ),
                Part::Change(change) => (
                    own.change.is_some_and(|other| other != change),
                    "makes it a change".to_string(),
                ),
                Part::Link(_, link, target) => (
                    own.relations
                        .iter()
                        .any(|(other, to)| *other == link && names[*to] != target),
                    format!("links it to `{target}`"),
                ),
            };
            if !clash {
                continue;
            }
            let key = part.key();
            let value = node
                .entries()
                .iter()
                .find(|(name, _)| name.as_text(self.file).as_deref() == Some(key))
                .map(|(_, value)| value);
            // In a list of kinds, the kind the relation does not allow.
            let item = match (part, value.map(|value| &value.value)) {
                (Part::Kind(kind), Some(Value::Seq(items))) => items
                    .iter()
                    .find(|item| item.as_text(self.file).as_deref() != Some(kind_word(*kind))),
                _ => None,
            };
            let span = item
                .or(value)
                .map_or_else(|| node.label_span(), Node::label_span);
            let message = format!(
                "`{key}` of `{}` says otherwise than the relation `{}`, which {says}",
                names[this], relation.name
            );
            self.error(
                "relation-conflict",
                message,
                span,
                "conflicts with the relation",
            )
            .help = Some(format!(
                "leave `{key}` out, or write the rule without `relation`"
            ));
        }
        if own.kinds.is_empty() {
            own.kinds = base.kinds;
        }
        if own.many == Many::One {
            own.many = base.many;
        }
        own.change = own.change.or(base.change);
        for link in base.relations {
            if !own.relations.contains(&link) {
                own.relations.push(link);
            }
        }
        own
    }

    /// In a rule with a relation, a name `figures` adds that nothing uses
    /// (not the check, the message, the help, nor a link from or to it) is
    /// almost always a misspelt relation name: it would only demand one
    /// more figure of any kind.
    fn unused_names(
        &mut self,
        figures: &Node,
        relation: &RelationDef,
        names: &[String],
        used: &[usize],
    ) {
        for (key, _) in figures.entries() {
            let Some(name) = key.as_text(self.file) else {
                continue;
            };
            let Some(index) = names.iter().position(|own| *own == name) else {
                continue;
            };
            if relation.parts(&name).is_some() || used.contains(&index) {
                continue;
            }
            let given: Vec<&str> = relation.names().collect();
            let help = match did_you_mean(&name, given.iter().copied()) {
                Some(near) => format!("did you mean `{near}`?"),
                None => format!(
                    "the relation `{}` gives: {}",
                    relation.name,
                    given.join(", ")
                ),
            };
            self.error(
                "unknown-name",
                format!(
                    "`{name}` is not a name of the relation `{}`, and nothing in the rule uses it",
                    relation.name
                ),
                key.span.clone(),
                "unknown name",
            )
            .help = Some(help);
        }
    }

    fn selector(&mut self, node: &Node, names: &[String], this: usize) -> Selector {
        let mut selector = Selector::default();
        let mut same: Option<(Window, Range<usize>)> = None;
        let mut as_name: Option<usize> = None;
        let what = format!("the selector of `{}`", names[this]);
        if matches!(node.value, Value::Null) {
            return selector;
        }
        for (key, key_node, value) in self.entries(node, schema::SELECTOR_KEYS, &what) {
            match key {
                "kind" => {
                    for (_, item) in self.words(value, "a figure's kind") {
                        if let Some(kind) = self.choice(item, &schema::KINDS, "a figure's kind") {
                            selector.kinds.push(kind_of(&kind));
                        }
                    }
                }
                "unit" => {
                    for (unit, item) in self.words(value, "a unit") {
                        let lower = unit.trim().to_lowercase();
                        let single = tally_extract::singular(&lower);
                        // A plural never matches: figures carry the counted
                        // noun's singular. Known unit spellings ("points")
                        // are left to the synonym table.
                        if !units::is_known(&lower) && !lower.contains(' ') && single != lower {
                            let message =
                                format!("`{unit}` can never match: counted nouns are singular");
                            self.error("never-matches", message, item.label_span(), "a plural")
                                .help = Some(format!(
                                "write `{single}`; it also matches \"{unit}\" in the text"
                            ));
                            continue;
                        }
                        match units::canonical(&unit) {
                            Some(unit) => selector.units.push(unit),
                            None => {
                                let message =
                                    format!("`{unit}` can never match a unit or counted noun");
                                let help = "units are words (`drone`, `percent`, `km`) or symbols (`%`, `$`, `€`)";
                                self.error(
                                    "never-matches",
                                    message,
                                    item.label_span(),
                                    "not a unit",
                                )
                                .help = Some(help.into());
                            }
                        }
                    }
                }
                "verb" => selector.verbs = self.lowercase_words(value, "a verb"),
                "modifiers" => selector.modifiers = self.lowercase_words(value, "a modifier"),
                "per" => selector.per = self.lowercase_words(value, "a period"),
                "actor" => {
                    if matches!(value.value, Value::Map(_)) {
                        for (_, _, target) in self.entries(value, schema::ACTOR_KEYS, "`actor`") {
                            if let Some(target) = self.name_ref(target, names, this, "same-as") {
                                selector.relations.push((Relation::SameActor, target));
                            }
                        }
                    } else {
                        selector.actors = self.lowercase_words(value, "an actor");
                    }
                }
                "qualifier" => {
                    for (_, item) in self.words(value, "a qualifier") {
                        if let Some(word) = self.choice(item, &schema::QUALIFIERS, "a qualifier") {
                            selector.qualifiers.push(qualifier_of(&word));
                        }
                    }
                }
                "change" => {
                    selector.change = self
                        .choice(value, &schema::CHANGES, "a change")
                        .map(|word| match word.as_str() {
                            "up" => ChangeSel::Up,
                            "down" => ChangeSel::Down,
                            "any" => ChangeSel::Any,
                            _ => ChangeSel::None,
                        })
                }
                "same" => {
                    same = self
                        .window(value)
                        .map(|window| (window, key_node.span.clone()))
                }
                "as" => as_name = self.name_ref(value, names, this, "as"),
                "many" => {
                    selector.many = match &value.value {
                        Value::Bool(true) => Many::All,
                        Value::Bool(false) => Many::One,
                        _ => match self
                            .choice(value, &schema::MANY, "a kind of list")
                            .as_deref()
                        {
                            Some("all") => Many::All,
                            Some("list") => Many::List,
                            Some("sentence") => Many::Sentence,
                            Some("paragraph") => Many::Paragraph,
                            _ => Many::One,
                        },
                    }
                }
                "optional" => match value.as_number() {
                    Some(default) => selector.optional = Some(default),
                    None => {
                        let message = format!(
                            "`optional` should be the number to use when the figure is absent, found {}",
                            value.type_name()
                        );
                        let help = "`optional: 0` counts an absent figure as zero";
                        self.error("type", message, value.label_span(), "expected a number")
                            .help = Some(help.into());
                    }
                },
                link => {
                    let relation = match link {
                        "part-of" => Relation::Link(LinkKind::PartOf),
                        "share-of" => Relation::Link(LinkKind::ShareOf),
                        "from" => Relation::Link(LinkKind::From),
                        "restates" => Relation::Link(LinkKind::Restates),
                        "change-of" => Relation::Link(LinkKind::ChangeOf),
                        "same-person" => Relation::SamePerson,
                        "same-list" => Relation::SameList,
                        "total-of" => Relation::TotalOf,
                        "next-to" => Relation::NextTo,
                        "same-unit" => Relation::SameUnit,
                        "same-verb" => Relation::SameVerb,
                        "other-period" => Relation::OtherPeriod,
                        "same-noun" => Relation::SameNoun,
                        other => unreachable_key(other),
                    };
                    if let Some(target) = self.name_ref(value, names, this, link) {
                        selector.relations.push((relation, target));
                    }
                }
            }
        }
        match (same, as_name) {
            (Some((window, _)), Some(target)) => {
                selector.relations.push((Relation::Window(window), target))
            }
            (Some((window, span)), None) if this > 0 => {
                let _ = span;
                selector.relations.push((Relation::Window(window), 0));
            }
            (Some((_, span)), None) => {
                self.error(
                    "missing-key",
                    "`same` needs `as`: the first figure has no earlier figure to be near",
                    span,
                    "relative to what?",
                );
            }
            (None, Some(_)) => {
                self.error(
                    "missing-key",
                    "`as` without `same`",
                    node.label_span(),
                    "add `same: sentence` (or paragraph, document)",
                );
            }
            (None, None) => {}
        }
        selector
    }

    fn lowercase_words(&mut self, node: &Node, what: &str) -> Vec<String> {
        self.words(node, what)
            .into_iter()
            .map(|(word, _)| word.trim().to_lowercase())
            .collect()
    }

    fn template(
        &mut self,
        node: &Node,
        names: &[String],
        types: &[Type],
        what: &str,
    ) -> Option<Template> {
        let text = self.text(node, what)?;
        let map = ScalarMap::new(&text, node, self.file);
        match Template::parse(&text, names, types) {
            Ok(template) => Some(template),
            Err(error) => {
                let message = format!("in {what}: {}", error.message);
                self.expr_error(expr::ExprError { message, ..error }, &map, false);
                None
            }
        }
    }

    fn tests(&mut self, node: &Node, id: Option<&str>) -> RuleTests {
        let mut tests = RuleTests::default();
        for (key, _, list) in self.entries(node, schema::TESTS_KEYS, "`tests`") {
            let Value::Seq(items) = &list.value else {
                self.error(
                    "type",
                    format!(
                        "`tests.{key}` should be a list of texts, found {}",
                        list.type_name()
                    ),
                    list.label_span(),
                    "expected a list",
                );
                continue;
            };
            for item in items {
                let (text, message) = if matches!(item.value, Value::Map(_)) {
                    let mut text = None;
                    let mut message = None;
                    for (field, _, value) in self.entries(item, schema::TEST_KEYS, "a test") {
                        match field {
                            "text" => text = self.text(value, "a test text"),
                            "message" if key == "pass" => {
                                self.error(
                                    "bad-value",
                                    "a `pass` text expects no finding, so it has no message",
                                    value.label_span(),
                                    "remove this",
                                );
                            }
                            "message" => message = self.text(value, "a test message"),
                            "rule" => {
                                let named = self.text(value, "a rule id");
                                if let (Some(named), Some(id)) = (named, id)
                                    && named != id
                                {
                                    let message = format!(
                                        "this test names the rule `{named}`, but it lives in the rule `{id}`"
                                    );
                                    self.error(
                                        "foreign-test",
                                        message,
                                        value.label_span(),
                                        "another rule",
                                    )
                                    .help = Some("move the test into that rule's file".into());
                                }
                            }
                            other => unreachable_key(other),
                        }
                    }
                    (text, message)
                } else {
                    (self.text(item, "a test text"), None)
                };
                let Some(text) = text else { continue };
                if key == "pass" {
                    tests.pass.push(text);
                } else {
                    tests.fail.push(FailTest { text, message });
                }
            }
        }
        tests
    }
}

/// A key that the key tables list but the loader does not handle: a bug
/// in this crate, which the schema sync test catches.
fn unreachable_key(key: &str) -> ! {
    panic!("the key `{key}` is in the schema but not handled by the loader")
}

fn selector_type(selector: &Selector) -> Type {
    if selector.many != Many::One {
        Type::List
    } else if !selector.kinds.is_empty() && selector.kinds.iter().all(|kind| *kind == Kind::Date) {
        Type::Date
    } else if selector.kinds.is_empty() || selector.kinds.contains(&Kind::Date) {
        Type::Any
    } else if selector.kinds.iter().all(|kind| *kind == Kind::Weekday) {
        Type::Weekday
    } else {
        Type::Number
    }
}

fn kind_word(kind: Kind) -> &'static str {
    schema::KINDS
        .iter()
        .find(|word| kind_of(word) == kind)
        .copied()
        .unwrap_or("range")
}

fn kind_of(word: &str) -> Kind {
    match word {
        "count" => Kind::Count,
        "percent" => Kind::Percent,
        "percentage-points" => Kind::PercentagePoints,
        "money" => Kind::Money,
        "measure" => Kind::Measure,
        "rate" => Kind::Rate,
        "age" => Kind::Age,
        "year" => Kind::Year,
        "date" => Kind::Date,
        "weekday" => Kind::Weekday,
        "time" => Kind::Time,
        "duration" => Kind::Duration,
        "ordinal" => Kind::Ordinal,
        "score" => Kind::Score,
        _ => Kind::Range,
    }
}

fn qualifier_of(word: &str) -> Qualifier {
    match word {
        "approximately" => Qualifier::Approximately,
        "more-than" => Qualifier::MoreThan,
        "at-least" => Qualifier::AtLeast,
        "less-than" => Qualifier::LessThan,
        "at-most" => Qualifier::AtMost,
        "vague" => Qualifier::Vague,
        _ => Qualifier::Exact,
    }
}

fn to_json(node: &Node, file: &SourceFile) -> serde_json::Value {
    match &node.value {
        Value::Null => serde_json::Value::Null,
        Value::Bool(value) => (*value).into(),
        Value::Int(value) => (*value).into(),
        Value::Float(value) => serde_json::Number::from_f64(*value)
            .map_or(serde_json::Value::Null, serde_json::Value::Number),
        Value::Str(value) => value.clone().into(),
        Value::Seq(items) => items.iter().map(|item| to_json(item, file)).collect(),
        Value::Map(entries) => entries
            .iter()
            .map(|(key, value)| (key.as_text(file).unwrap_or_default(), to_json(value, file)))
            .collect::<serde_json::Map<_, _>>()
            .into(),
    }
}

/// Whether an expression is a bare figure name (shown as written).
pub(crate) fn bare_name(expr: &Expr) -> Option<usize> {
    match expr.kind {
        ExprKind::Name(index) => Some(index),
        _ => None,
    }
}
