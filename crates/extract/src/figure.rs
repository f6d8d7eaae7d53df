//! The figure model: the contract between extraction and the rule engine.
//! Fields and variants may be added; renaming or removing one breaks rules.

use serde::Serialize;

/// A byte range into the document's source.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub struct Span {
    pub offset: usize,
    pub length: usize,
}

impl Span {
    pub fn new(offset: usize, length: usize) -> Span {
        Span { offset, length }
    }

    pub fn from_range(range: std::ops::Range<usize>) -> Span {
        Span::new(range.start, range.end - range.start)
    }

    pub fn end(self) -> usize {
        self.offset + self.length
    }

    pub fn range(self) -> std::ops::Range<usize> {
        self.offset..self.end()
    }
}

/// A closed interval of real values, `low <= high`. Either end may be
/// infinite ("more than 5,000" is `[5000, +inf)` before the hedge table
/// narrows it).
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct Interval {
    pub low: f64,
    pub high: f64,
}

impl Interval {
    pub fn exact(value: f64) -> Interval {
        Interval {
            low: value,
            high: value,
        }
    }

    pub fn new(low: f64, high: f64) -> Interval {
        debug_assert!(low <= high, "interval [{low}, {high}] is inverted");
        Interval { low, high }
    }

    pub fn is_exact(self) -> bool {
        self.low == self.high
    }
}

/// An index into [`Extraction::figures`].
pub type FigureId = usize;

/// Everything extraction found in one document.
#[derive(Clone, Debug, Default, Serialize)]
pub struct Extraction {
    /// Sentence spans, in order, covering the prose (not the markup).
    pub sentences: Vec<Span>,
    /// Paragraph spans, in order.
    pub paragraphs: Vec<Span>,
    /// Figures in source order.
    pub figures: Vec<Figure>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Kind {
    Count,
    Percent,
    PercentagePoints,
    Money,
    Measure,
    Rate,
    Age,
    Year,
    Date,
    Weekday,
    Time,
    Duration,
    Ordinal,
    Score,
    Range,
    /// A number that names rather than counts: "A320", "Article 5",
    /// "No. 2", a phone number. Kept so that reports can show it; rules
    /// ignore it.
    Identifier,
}

/// The value as written, scaled ("1.2 million" is 1200000).
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Value {
    Number(f64),
    Range(f64, f64),
    /// A calendar date; the year is absent when the text gives none.
    Date {
        year: Option<i16>,
        month: i8,
        day: i8,
    },
    Weekday(jiff::civil::Weekday),
    Time {
        hour: i8,
        minute: i8,
    },
    Score(u32, u32),
}

/// Numbers as numbers; a range as `[from, to]`; a date as `"2025-05-19"`
/// or `"--05-19"` when the year is not given (the ISO 8601 form for a
/// date without a year); a weekday as `"monday"`; a time as `"11:00"`; a
/// score as `[3, 1]`.
impl Serialize for Value {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match *self {
            Value::Number(n) => serializer.serialize_f64(n),
            Value::Range(a, b) => [a, b].serialize(serializer),
            Value::Date { year, month, day } => {
                let text = match year {
                    Some(year) => format!("{year:04}-{month:02}-{day:02}"),
                    None => format!("--{month:02}-{day:02}"),
                };
                serializer.serialize_str(&text)
            }
            Value::Weekday(day) => {
                use jiff::civil::Weekday::*;
                let name = match day {
                    Monday => "monday",
                    Tuesday => "tuesday",
                    Wednesday => "wednesday",
                    Thursday => "thursday",
                    Friday => "friday",
                    Saturday => "saturday",
                    Sunday => "sunday",
                };
                serializer.serialize_str(name)
            }
            Value::Time { hour, minute } => {
                serializer.serialize_str(&format!("{hour:02}:{minute:02}"))
            }
            Value::Score(a, b) => [a, b].serialize(serializer),
        }
    }
}

/// How the words hedge a figure.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Qualifier {
    #[default]
    Exact,
    /// around, about, roughly, some, nearly, almost, close to, ~
    Approximately,
    /// more than, over, above, upwards of
    MoreThan,
    AtLeast,
    /// fewer than, less than, under, below
    LessThan,
    /// at most, up to, as many as, no more than
    AtMost,
    /// dozens, hundreds, thousands of; a handful
    Vague,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Direction {
    Up,
    Down,
}

/// A figure that is an amount of change ("rose 0.3%", "fell by 5,000").
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
pub struct Change {
    pub direction: Direction,
}

/// The counted noun of a count, lemmatised: "273 exploding drones and
/// decoys" is `drone` with `also: [decoy]` and `modifiers: [exploding]`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Noun {
    pub lemma: String,
    pub also: Vec<String>,
    pub modifiers: Vec<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum LinkKind {
    /// This figure is part of the target ("Of those, 88 ...", "X of the Y").
    PartOf,
    /// This figure is the share of the target ("480, or 30%": 30% -> 480).
    ShareOf,
    /// This figure is where a change started; the target is where it ended.
    From,
    /// This figure is a stated total over the target list member.
    TotalOf,
    /// This figure stands in the same list as the target ("A, B and C").
    SameList,
    /// This figure describes the same person as the target (age, birth year).
    SamePerson,
    /// This figure restates the target over another period or unit.
    Restates,
    /// This figure is the amount of the change that started at the target
    /// ("rose 25%, from 80 to 100": 25% -> 80).
    ChangeOf,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
pub struct Link {
    pub kind: LinkKind,
    pub to: FigureId,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Figure {
    /// The exact bytes of the figure in the source, hedge words excluded
    /// ("273" in "firing 273 exploding drones"; "$2.6 billion").
    pub span: Span,
    pub kind: Kind,
    pub value: Value,
    /// Every value the words allow: hedge combined with written precision.
    pub interval: Interval,
    /// Half the unit of the last written digit, scaled: "3.7%" is 0.05,
    /// "$2.6 billion" is 0.05e9, "273" is 0 (a count written in full is
    /// exact). The interval is [`HedgeTable::interval`] of value, precision
    /// and qualifier, so a rule with its own hedge table can recompute it.
    ///
    /// [`HedgeTable::interval`]: crate::HedgeTable::interval
    pub precision: f64,
    /// Canonical unit: currency code (USD, EUR, ...), `percent`, `points`
    /// (percentage points; `bp` for basis points, kept as written), a
    /// measure (km, kg, GHz, ...), or for a count the counted noun's lemma
    /// (an index's points are the count noun `point`).
    pub unit: Option<String>,
    /// For a rate, what it is per: `week`, `year`, `barrel`, `hour`, or a
    /// base written as a number ("per 100,000 people": `100000 person`).
    pub per: Option<String>,
    /// For a count, the counted noun with coordinated nouns and modifiers.
    pub noun: Option<Noun>,
    pub qualifier: Qualifier,
    pub change: Option<Change>,
    /// The governing verb, lemmatised; phrasal verbs joined by a space
    /// ("shoot down").
    pub verb: Option<String>,
    /// Who states or does it: the subject, or "according to X" / "X said".
    pub actor: Option<String>,
    /// Index into [`Extraction::sentences`].
    pub sentence: usize,
    /// Index into [`Extraction::paragraphs`].
    pub paragraph: usize,
    pub links: Vec<Link>,
}
