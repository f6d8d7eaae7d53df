//! Hand-built documents and extractions, so the engine is tested without
//! depending on what the extractor finds.
#![allow(dead_code)]

use tally_check::RuleSet;
use tally_extract::{
    Change, Direction, Extraction, Figure, Interval, Kind, Link, LinkKind, Noun, Qualifier, Span,
    Value,
};
use tally_ingest::Document;

pub struct Story {
    pub document: Document,
    pub extraction: Extraction,
    cursor: usize,
}

impl Story {
    /// Sentences end at ". "; paragraphs at a blank line.
    pub fn new(text: &str) -> Story {
        let mut sentences = Vec::new();
        let mut start = 0;
        for (at, _) in text.match_indices(". ") {
            sentences.push(Span::from_range(start..at + 1));
            start = at + 2;
        }
        sentences.push(Span::from_range(start..text.len()));
        let mut paragraphs = Vec::new();
        let mut start = 0;
        for (at, _) in text.match_indices("\n\n") {
            paragraphs.push(Span::from_range(start..at));
            start = at + 2;
        }
        paragraphs.push(Span::from_range(start..text.len()));
        Story {
            document: Document::from_text("story.txt", text),
            extraction: Extraction {
                sentences,
                paragraphs,
                figures: Vec::new(),
            },
            cursor: 0,
        }
    }

    pub fn dated(mut self, year: i16, month: i8, day: i8) -> Story {
        self.document.dateline = Some(jiff::civil::date(year, month, day));
        self
    }

    /// Adds the next occurrence of `written` as a figure with `value`
    /// (exact); returns its id.
    pub fn add(&mut self, written: &str, kind: Kind, value: f64) -> usize {
        self.add_value(written, kind, Value::Number(value), Interval::exact(value))
    }

    pub fn add_value(
        &mut self,
        written: &str,
        kind: Kind,
        value: Value,
        interval: Interval,
    ) -> usize {
        let text = &self.document.source;
        let offset = self.cursor
            + text[self.cursor..].find(written).unwrap_or_else(|| {
                panic!("{written:?} is not in the story after byte {}", self.cursor)
            });
        self.cursor = offset + written.len();
        let span = Span::new(offset, written.len());
        let within = |spans: &[Span]| {
            spans
                .iter()
                .position(|s| s.offset <= offset && offset < s.end())
                .unwrap_or(0)
        };
        self.extraction.figures.push(Figure {
            span,
            kind,
            value,
            interval,
            precision: 0.0,
            unit: None,
            per: None,
            noun: None,
            qualifier: Qualifier::Exact,
            change: None,
            verb: None,
            actor: None,
            sentence: within(&self.extraction.sentences),
            paragraph: within(&self.extraction.paragraphs),
            links: Vec::new(),
        });
        self.extraction.figures.len() - 1
    }

    pub fn add_weekday(&mut self, written: &str, weekday: jiff::civil::Weekday) -> usize {
        let number = f64::from(weekday.to_monday_one_offset());
        self.add_value(
            written,
            Kind::Weekday,
            Value::Weekday(weekday),
            Interval::exact(number),
        )
    }

    /// A date without a year, as "June 10".
    pub fn add_date(&mut self, written: &str, month: i8, day: i8) -> usize {
        let value = Value::Date {
            year: None,
            month,
            day,
        };
        self.add_value(written, Kind::Date, value, Interval::exact(0.0))
    }

    pub fn figure(&mut self, id: usize) -> &mut Figure {
        &mut self.extraction.figures[id]
    }

    pub fn unit(&mut self, id: usize, unit: &str) -> &mut Self {
        self.figure(id).unit = Some(unit.into());
        self
    }

    pub fn noun(&mut self, id: usize, lemma: &str, modifiers: &[&str]) -> &mut Self {
        self.figure(id).noun = Some(Noun {
            lemma: lemma.into(),
            also: Vec::new(),
            modifiers: modifiers.iter().map(|m| m.to_string()).collect(),
        });
        self
    }

    pub fn verb(&mut self, id: usize, verb: &str) -> &mut Self {
        self.figure(id).verb = Some(verb.into());
        self
    }

    pub fn actor(&mut self, id: usize, actor: &str) -> &mut Self {
        self.figure(id).actor = Some(actor.into());
        self
    }

    pub fn per(&mut self, id: usize, per: &str) -> &mut Self {
        self.figure(id).per = Some(per.into());
        self
    }

    pub fn change(&mut self, id: usize, direction: Direction) -> &mut Self {
        self.figure(id).change = Some(Change { direction });
        self
    }

    /// Widens a figure as a hedge or its written precision would.
    pub fn interval(&mut self, id: usize, low: f64, high: f64, qualifier: Qualifier) -> &mut Self {
        let figure = self.figure(id);
        figure.interval = Interval::new(low, high);
        figure.qualifier = qualifier;
        self
    }

    pub fn precision(&mut self, id: usize, precision: f64) -> &mut Self {
        let figure = self.figure(id);
        let Value::Number(value) = figure.value else {
            panic!("not a number")
        };
        figure.precision = precision;
        figure.interval = Interval::new(value - precision, value + precision);
        self
    }

    pub fn link(&mut self, from: usize, kind: LinkKind, to: usize) -> &mut Self {
        self.figure(from).links.push(Link { kind, to });
        self
    }

    pub fn check(&self, rules: &RuleSet) -> Vec<tally_check::Finding> {
        rules.check(&self.document, &self.extraction)
    }

    pub fn messages(&self, rules: &RuleSet) -> Vec<String> {
        self.check(rules)
            .into_iter()
            .map(|finding| finding.message)
            .collect()
    }
}

/// A rule set from one YAML rule, or a panic that shows every error.
pub fn rules(yaml: &str) -> RuleSet {
    rules_with(&[("rule.yaml", yaml)])
}

pub fn rules_with(files: &[(&str, &str)]) -> RuleSet {
    let files = files
        .iter()
        .map(|(name, text)| (name.to_string(), text.to_string()))
        .collect();
    match RuleSet::from_sources(files) {
        Ok(set) => set,
        Err(errors) => panic!(
            "{}",
            errors.iter().map(render).collect::<Vec<_>>().join("\n")
        ),
    }
}

/// A diagnostic as a terminal shows it, without colour, 100 columns wide.
pub fn render(error: &tally_check::RuleError) -> String {
    let mut out = String::new();
    miette::GraphicalReportHandler::new_themed(miette::GraphicalTheme::unicode_nocolor())
        .with_width(100)
        .render_report(&mut out, error)
        .expect("rendering to a string cannot fail");
    out
}

/// The usual boilerplate of a rule, around its figures and check.
pub fn rule(id: &str, body: &str) -> String {
    format!(
        "id: {id}\ntitle: A test rule\nseverity: error\ndocs:\n  what: Tests the engine.\n  why: Because.\n  example: None.\n{body}"
    )
}

/// A rule set of one rule with the usual boilerplate.
pub fn rule_set(id: &str, body: &str) -> RuleSet {
    rules(&rule(id, body))
}
