//! YAML read into a tree that remembers the bytes of every node.
//!
//! The rule loader validates this tree by hand rather than deriving serde
//! structs: it can then report every unknown key, wrong type and missing key
//! of a file at once, each at its own bytes, with a "did you mean".

use std::fmt;
use std::ops::Range;

use serde::de::{self, Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_saphyr::Spanned;

use crate::error::{RuleError, SourceFile};

#[derive(Clone, Debug)]
pub(crate) struct Node {
    pub value: Value,
    /// Bytes of the node in the file (for a mapping, an empty span at its
    /// first key).
    pub span: Range<usize>,
}

#[derive(Clone, Debug)]
pub(crate) enum Value {
    Null,
    Bool(bool),
    Int(i64),
    Float(f64),
    Str(String),
    Seq(Vec<Node>),
    Map(Vec<(Node, Node)>),
}

impl Node {
    pub fn type_name(&self) -> &'static str {
        match self.value {
            Value::Null => "nothing",
            Value::Bool(_) => "a boolean",
            Value::Int(_) | Value::Float(_) => "a number",
            Value::Str(_) => "a string",
            Value::Seq(_) => "a list",
            Value::Map(_) => "a mapping",
        }
    }

    /// The scalar as text. YAML 1.1 reads `y`, `no` or `1.0` as booleans and
    /// numbers; where a string is wanted, the bytes as written are what the
    /// author meant.
    pub fn as_text(&self, file: &SourceFile) -> Option<String> {
        match &self.value {
            Value::Str(text) => Some(text.clone()),
            Value::Bool(_) | Value::Int(_) | Value::Float(_) => {
                file.text.get(self.span.clone()).map(str::to_string)
            }
            _ => None,
        }
    }

    pub fn as_number(&self) -> Option<f64> {
        match self.value {
            Value::Int(int) => Some(int as f64),
            Value::Float(float) if float.is_finite() => Some(float),
            _ => None,
        }
    }

    /// Where the map's entry for `key` is, as (key node, value node).
    pub fn entries(&self) -> &[(Node, Node)] {
        match &self.value {
            Value::Map(entries) => entries,
            _ => &[],
        }
    }

    /// A span worth pointing at: mappings are reported at their first key.
    pub fn label_span(&self) -> Range<usize> {
        if self.span.is_empty()
            && let Some((key, _)) = self.entries().first()
        {
            return key.span.clone();
        }
        self.span.clone()
    }
}

/// Parses a file. An empty file or one holding only comments is an error:
/// a rule file always says something.
pub(crate) fn parse(file: &SourceFile) -> Result<Node, Box<RuleError>> {
    match serde_saphyr::from_str::<Spanned<Raw>>(&file.text) {
        Ok(root) => {
            let node = convert(root, file.text.len());
            if matches!(node.value, Value::Null) {
                return Err(Box::new(RuleError::new(file, "empty", "the rule file is empty")
                    .label(0..0, "nothing here")
                    .help("a rule file holds one rule: id, title, severity, docs, figures, check, message")));
            }
            Ok(node)
        }
        Err(error) => {
            let span = error
                .location()
                .map(|location| {
                    let start = byte_at(&file.text, location.line(), location.column());
                    let width = file.text[start..].chars().next().map_or(0, char::len_utf8);
                    start..start + width
                })
                .unwrap_or(0..0);
            // The deserializer's text carries its own excerpt of the file;
            // the diagnostic shows the file itself, so keep only the reason.
            let text = error.to_string();
            let first = text.lines().next().unwrap_or("").trim();
            let reason = first
                .strip_prefix("error: ")
                .unwrap_or(first)
                .split_once(": ")
                .filter(|(place, _)| place.starts_with("line "))
                .map_or(
                    first.strip_prefix("error: ").unwrap_or(first),
                    |(_, reason)| reason,
                );
            // saphyr refuses a repeated key; say so in the author's terms.
            if let Some(key) = reason
                .strip_prefix("duplicate mapping key: ")
                .and_then(|rest| rest.split(',').next())
            {
                let end = span.start + key.len();
                let span = if file.text.get(span.start..end) == Some(key) {
                    span.start..end
                } else {
                    span
                };
                return Err(Box::new(
                    RuleError::new(
                        file,
                        "duplicate-key",
                        format!("`{key}` is given twice in one mapping"),
                    )
                    .label(span, "again here")
                    .help("a key may appear once; merge the two"),
                ));
            }
            Err(Box::new(
                RuleError::new(file, "yaml", format!("this is not valid YAML: {reason}"))
                    .label(span, "here"),
            ))
        }
    }
}

/// The byte offset of a 1-based line and (character) column.
fn byte_at(text: &str, line: u64, column: u64) -> usize {
    let line_start: usize = text
        .split_inclusive('\n')
        .take(line.saturating_sub(1) as usize)
        .map(str::len)
        .sum();
    let rest = &text[line_start.min(text.len())..];
    let column = rest
        .char_indices()
        .nth(column.saturating_sub(1) as usize)
        .map_or(rest.len(), |(at, _)| at);
    (line_start + column).min(text.len())
}

fn convert(raw: Spanned<Raw>, len: usize) -> Node {
    let span = raw.referenced.span();
    let start = span
        .byte_offset()
        .map_or(0, |offset| offset as usize)
        .min(len);
    let end = (start + span.byte_len().unwrap_or(0) as usize).min(len);
    let value = match raw.value {
        Raw::Null => Value::Null,
        Raw::Bool(value) => Value::Bool(value),
        Raw::Int(value) => Value::Int(value),
        Raw::Float(value) => Value::Float(value),
        Raw::Str(value) => Value::Str(value),
        Raw::Seq(items) => Value::Seq(items.into_iter().map(|item| convert(item, len)).collect()),
        Raw::Map(entries) => Value::Map(
            entries
                .into_iter()
                .map(|(key, value)| (convert(key, len), convert(value, len)))
                .collect(),
        ),
    };
    Node {
        value,
        span: start..end,
    }
}

enum Raw {
    Null,
    Bool(bool),
    Int(i64),
    Float(f64),
    Str(String),
    Seq(Vec<Spanned<Raw>>),
    Map(Vec<(Spanned<Raw>, Spanned<Raw>)>),
}

impl<'de> Deserialize<'de> for Raw {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Raw, D::Error> {
        deserializer.deserialize_any(RawVisitor)
    }
}

struct RawVisitor;

impl<'de> Visitor<'de> for RawVisitor {
    type Value = Raw;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any YAML value")
    }
    fn visit_unit<E>(self) -> Result<Raw, E> {
        Ok(Raw::Null)
    }
    fn visit_none<E>(self) -> Result<Raw, E> {
        Ok(Raw::Null)
    }
    fn visit_bool<E>(self, value: bool) -> Result<Raw, E> {
        Ok(Raw::Bool(value))
    }
    fn visit_i64<E>(self, value: i64) -> Result<Raw, E> {
        Ok(Raw::Int(value))
    }
    fn visit_u64<E: de::Error>(self, value: u64) -> Result<Raw, E> {
        Ok(i64::try_from(value).map_or(Raw::Float(value as f64), Raw::Int))
    }
    fn visit_f64<E>(self, value: f64) -> Result<Raw, E> {
        Ok(Raw::Float(value))
    }
    fn visit_str<E>(self, value: &str) -> Result<Raw, E> {
        Ok(Raw::Str(value.to_string()))
    }
    fn visit_string<E>(self, value: String) -> Result<Raw, E> {
        Ok(Raw::Str(value))
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Raw, A::Error> {
        let mut items = Vec::new();
        while let Some(item) = seq.next_element()? {
            items.push(item);
        }
        Ok(Raw::Seq(items))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Raw, A::Error> {
        let mut entries = Vec::new();
        while let Some(key) = map.next_key()? {
            entries.push((key, map.next_value()?));
        }
        Ok(Raw::Map(entries))
    }
}

/// Maps byte offsets inside a scalar's value to bytes of the file, so that
/// a token inside a quoted or block `check` string is labelled where it is
/// written. Quotes, escapes and block indentation shift the bytes; the value
/// is aligned to the written text greedily, character by character, and when
/// that fails the whole scalar is labelled.
pub(crate) struct ScalarMap {
    value: String,
    /// For each byte of the value (and one past the end), its file offset.
    offsets: Vec<usize>,
    whole: Range<usize>,
}

impl ScalarMap {
    pub fn new(value: &str, node: &Node, file: &SourceFile) -> ScalarMap {
        let written = file.text.get(node.span.clone()).unwrap_or("");
        let mut offsets = Vec::with_capacity(value.len() + 1);
        let mut cursor = 0;
        for ch in value.chars() {
            let Some(at) = written[cursor..].find(ch).map(|at| cursor + at) else {
                offsets.clear();
                break;
            };
            offsets.extend(std::iter::repeat_n(node.span.start + at, ch.len_utf8()));
            cursor = at + ch.len_utf8();
        }
        if offsets.len() == value.len() {
            offsets.push(node.span.start + cursor);
        } else {
            offsets.clear();
        }
        ScalarMap {
            value: value.to_string(),
            offsets,
            whole: node.span.clone(),
        }
    }

    pub fn map(&self, range: Range<usize>) -> Range<usize> {
        if self.offsets.is_empty() {
            return self.whole.clone();
        }
        let start = self.offsets[range.start.min(self.value.len())];
        if range.end <= range.start {
            return start..start;
        }
        let mut last = (range.end - 1).min(self.value.len().saturating_sub(1));
        while !self.value.is_char_boundary(last) {
            last -= 1;
        }
        let width = self.value[last..].chars().next().map_or(0, char::len_utf8);
        start..(self.offsets[last] + width).max(start)
    }
}
