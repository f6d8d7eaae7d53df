//! Evaluating a check over one binding, three-valued over intervals.

use jiff::civil::Date;
use tally_extract::{Extraction, Figure, HedgeTable, Value as FigureValue};

use crate::bind::Bound;
use crate::expr::{BinOp, Expr, ExprKind, Func, Period};
use crate::interval::{Iv, Truth, format_interval};
use crate::relative_day;

/// What an expression evaluates to.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Val {
    Num(Iv),
    Bool(Truth),
    List(Vec<Iv>),
    /// A calendar date; a missing year is filled in from the dateline when
    /// one is needed.
    Date {
        year: Option<i16>,
        month: i8,
        day: i8,
    },
    /// A day of the week, Monday = 1; a number in arithmetic, a name in
    /// messages.
    Weekday(i8),
    /// Nothing known (a missing dateline, a date figure used as a number).
    Unknown,
}

impl Val {
    fn num(&self) -> Iv {
        match self {
            Val::Num(iv) => *iv,
            Val::Weekday(day) => Iv::exact(f64::from(*day)),
            _ => Iv::FULL,
        }
    }

    fn truth(&self) -> Truth {
        match self {
            Val::Bool(truth) => *truth,
            _ => Truth::Unknown,
        }
    }

    /// The value for a message: a number for people, or a condition's
    /// outcome in words.
    pub fn display(&self) -> String {
        match self {
            Val::Num(iv) => format_interval(*iv),
            Val::Bool(Truth::True) => "true".into(),
            Val::Bool(Truth::False) => "false".into(),
            Val::Bool(Truth::Unknown) | Val::Unknown => "unknown".into(),
            Val::List(items) => items
                .iter()
                .map(|iv| format_interval(*iv))
                .collect::<Vec<_>>()
                .join(", "),
            Val::Weekday(day) => {
                const NAMES: [&str; 7] = [
                    "Monday",
                    "Tuesday",
                    "Wednesday",
                    "Thursday",
                    "Friday",
                    "Saturday",
                    "Sunday",
                ];
                usize::try_from(day - 1)
                    .ok()
                    .and_then(|at| NAMES.get(at))
                    .map_or_else(|| day.to_string(), |name| (*name).to_string())
            }
            Val::Date { year, month, day } => match year {
                Some(year) => format!("{year:04}-{month:02}-{day:02}"),
                None => format!("{month:02}-{day:02}"),
            },
        }
    }
}

pub(crate) struct Env<'a> {
    pub extraction: &'a Extraction,
    pub binding: &'a [Bound],
    /// A rule's or the pack's hedge table; without one, each figure's own
    /// interval (computed by the extractor's table) is used.
    pub hedges: Option<&'a HedgeTable>,
    pub dateline: Option<Date>,
    /// The document's prose, for the words beside a figure.
    pub text: &'a str,
}

impl Env<'_> {
    /// Every value a figure's words allow.
    pub fn interval(&self, figure: &Figure) -> Iv {
        let table = |value: f64| {
            let hedged = self
                .hedges
                .map(|table| table.interval(value, figure.precision, figure.qualifier));
            hedged.map_or(Iv::new(figure.interval.low, figure.interval.high), |iv| {
                Iv::new(iv.low, iv.high)
            })
        };
        match figure.value {
            FigureValue::Number(value) if self.hedges.is_some() => table(value),
            FigureValue::Range(low, high) if self.hedges.is_some() => table(low).hull(table(high)),
            _ => Iv::new(figure.interval.low, figure.interval.high),
        }
    }

    fn figure_value(&self, figure: &Figure) -> Val {
        match figure.value {
            FigureValue::Date { year, month, day } => Val::Date { year, month, day },
            FigureValue::Weekday(weekday) => Val::Weekday(weekday.to_monday_one_offset()),
            _ => Val::Num(self.interval(figure)),
        }
    }

    pub fn eval(&self, expr: &Expr) -> Val {
        match &expr.kind {
            ExprKind::Number(value) => Val::Num(Iv::exact(*value)),
            ExprKind::Name(index) => match &self.binding[*index] {
                Bound::One(id) => self.figure_value(&self.extraction.figures[*id]),
                Bound::Many(ids) => Val::List(
                    ids.iter()
                        .map(|id| self.figure_value(&self.extraction.figures[*id]).num())
                        .collect(),
                ),
                Bound::Default(value) => Val::Num(Iv::exact(*value)),
            },
            ExprKind::Dateline => match self.dateline {
                Some(date) => Val::Date {
                    year: Some(date.year()),
                    month: date.month(),
                    day: date.day(),
                },
                None => Val::Unknown,
            },
            ExprKind::Neg(inner) => Val::Num(-self.eval(inner).num()),
            ExprKind::Not(inner) => Val::Bool(!self.eval(inner).truth()),
            ExprKind::Binary(op, left, right) => {
                let (a, b) = (self.eval(left), self.eval(right));
                match op {
                    BinOp::And => Val::Bool(a.truth().and(b.truth())),
                    BinOp::Or => Val::Bool(a.truth().or(b.truth())),
                    BinOp::Add => Val::Num(a.num() + b.num()),
                    BinOp::Sub => Val::Num(a.num() - b.num()),
                    BinOp::Mul => Val::Num(a.num() * b.num()),
                    BinOp::Div => Val::Num(a.num() / b.num()),
                    BinOp::Lt => Val::Bool(a.num().lt(b.num())),
                    BinOp::Le => Val::Bool(a.num().le(b.num())),
                    BinOp::Gt => Val::Bool(b.num().lt(a.num())),
                    BinOp::Ge => Val::Bool(b.num().le(a.num())),
                    BinOp::Eq => Val::Bool(a.num().eq(b.num())),
                    BinOp::Ne => Val::Bool(!a.num().eq(b.num())),
                }
            }
            ExprKind::Call(func, args) => self.call(*func, args),
        }
    }

    fn call(&self, func: Func, args: &[Expr]) -> Val {
        let values: Vec<Val> = args.iter().map(|arg| self.eval(arg)).collect();
        let spread = |values: &[Val]| -> Vec<Iv> {
            values
                .iter()
                .flat_map(|value| match value {
                    Val::List(items) => items.clone(),
                    other => vec![other.num()],
                })
                .collect()
        };
        match func {
            Func::Abs => Val::Num(values[0].num().abs()),
            Func::Transposed => Val::Bool(transposed(values[0].num(), values[1].num())),
            Func::Min => spread(&values)
                .into_iter()
                .reduce(Iv::min)
                .map_or(Val::Unknown, Val::Num),
            Func::Max => spread(&values)
                .into_iter()
                .reduce(Iv::max)
                .map_or(Val::Unknown, Val::Num),
            Func::Sum => Val::Num(
                spread(&values)
                    .into_iter()
                    .fold(Iv::exact(0.0), |sum, item| sum + item),
            ),
            Func::Count => Val::Num(Iv::exact(spread(&values).len() as f64)),
            Func::Ratio => Val::Num(values[0].num() / values[1].num()),
            Func::Percent => Val::Num(values[0].num() / values[1].num() * Iv::exact(100.0)),
            Func::Weekday => self.weekday(&values[0], values.get(1)),
            Func::DaysFromDateline => match &args[0].kind {
                ExprKind::Name(index) => match &self.binding[*index] {
                    Bound::One(id) => self.days_from_dateline(*id),
                    _ => Val::Unknown,
                },
                _ => Val::Unknown,
            },
            Func::Year => Val::Num(self.year(&values[0])),
            Func::YearsBetween => Val::Num(self.years_between(&values[0], &values[1])),
            Func::Per(period) => match &args[0].kind {
                ExprKind::Name(index) => match &self.binding[*index] {
                    Bound::One(id) => {
                        let figure = &self.extraction.figures[*id];
                        let from = figure.per.as_deref().and_then(Period::parse);
                        match from {
                            Some(from) => {
                                Val::Num(self.interval(figure) * period_ratio(period, from))
                            }
                            None => Val::Unknown,
                        }
                    }
                    _ => Val::Unknown,
                },
                _ => Val::Unknown,
            },
        }
    }

    fn fill_year(&self, year: Option<i16>) -> Option<i16> {
        year.or(self.dateline.map(|date| date.year()))
    }

    /// The weekday of a date, or of the day `days` after it (before it,
    /// when negative); unknown unless `days` is one whole number.
    fn weekday(&self, value: &Val, days: Option<&Val>) -> Val {
        let Val::Date { year, month, day } = value else {
            return Val::Unknown;
        };
        let shift = match days.map(Val::num) {
            None => Some(0),
            Some(days) if days.is_exact() && days.lo.fract() == 0.0 && days.lo.abs() < 1e6 => {
                Some(days.lo as i64)
            }
            Some(_) => None,
        };
        let date = match (year, self.dateline) {
            (Some(year), _) => Date::new(*year, *month, *day).ok(),
            (None, Some(dateline)) => nearest(dateline, *month, *day),
            (None, None) => None,
        };
        date.zip(shift)
            .and_then(|(date, shift)| date.checked_add(jiff::Span::new().days(shift)).ok())
            .map_or(Val::Unknown, |date| {
                Val::Weekday(date.weekday().to_monday_one_offset())
            })
    }

    /// What the words beside a weekday figure say it is from the dateline:
    /// 0 for "today", -1 for "yesterday", 1 for "tomorrow".
    fn days_from_dateline(&self, id: usize) -> Val {
        let figure = &self.extraction.figures[id];
        let paragraph = self
            .extraction
            .paragraphs
            .get(figure.paragraph)
            .map_or(0..self.text.len(), |span| span.range());
        if figure.kind != tally_extract::Kind::Weekday {
            return Val::Unknown;
        }
        relative_day::days_from_dateline(self.text, figure.span.range(), paragraph)
            .map_or(Val::Unknown, |days| Val::Num(Iv::exact(f64::from(days))))
    }

    fn year(&self, value: &Val) -> Iv {
        match value {
            Val::Date { year, .. } => self
                .fill_year(*year)
                .map_or(Iv::FULL, |year| Iv::exact(f64::from(year))),
            Val::Num(iv) => *iv,
            _ => Iv::FULL,
        }
    }

    /// Whole years from `a` to `b`. With two full dates this is exact; when
    /// either is only a year, the birthday may fall on either side of the
    /// other date, so the answer is one of two values.
    fn years_between(&self, a: &Val, b: &Val) -> Iv {
        if let (
            Val::Date {
                year: Some(y1),
                month: m1,
                day: d1,
            },
            Val::Date {
                year: Some(y2),
                month: m2,
                day: d2,
            },
        ) = (a, b)
        {
            let before = (m2, d2) < (m1, d1);
            return Iv::exact(f64::from(*y2 - *y1) - if before { 1.0 } else { 0.0 });
        }
        self.year(b) - self.year(a) - Iv::new(0.0, 1.0)
    }
}

/// A month and day without a year, in the year that puts it nearest the
/// dateline: news mentions last October in January, not next October.
fn nearest(dateline: Date, month: i8, day: i8) -> Option<Date> {
    [dateline.year() - 1, dateline.year(), dateline.year() + 1]
        .into_iter()
        .filter_map(|year| Date::new(year, month, day).ok())
        .min_by_key(|date| date.duration_since(dateline).as_secs().unsigned_abs())
}

/// How many of `to` one `from` holds, as an interval: a month is 28 to 31
/// days, a year 365 or 366 days, but always exactly 12 months.
fn period_ratio(to: Period, from: Period) -> Iv {
    fn months(period: Period) -> Option<f64> {
        match period {
            Period::Month => Some(1.0),
            Period::Quarter => Some(3.0),
            Period::Year => Some(12.0),
            _ => None,
        }
    }
    fn days(period: Period) -> Iv {
        match period {
            Period::Minute => Iv::exact(1.0 / 1440.0),
            Period::Hour => Iv::exact(1.0 / 24.0),
            Period::Day => Iv::exact(1.0),
            Period::Week => Iv::exact(7.0),
            Period::Month => Iv::new(28.0, 31.0),
            Period::Quarter => Iv::new(89.0, 92.0),
            Period::Year => Iv::new(365.0, 366.0),
        }
    }
    match (months(to), months(from)) {
        (Some(to), Some(from)) => Iv::exact(to / from),
        _ => days(to) / days(from),
    }
}

/// Whether two whole numbers differ only by two neighbouring digits swapped
/// ("3,560" and "3,650"), the typo a restated figure most often carries.
/// Definite only for exact values; a hedged or rounded figure cannot tell.
fn transposed(a: Iv, b: Iv) -> Truth {
    if !a.is_exact() || !b.is_exact() {
        return Truth::Unknown;
    }
    let digits = |value: f64| -> Option<Vec<u8>> {
        (value.fract() == 0.0 && value.abs() < 1e15)
            .then(|| format!("{}", value.abs() as u64).into_bytes())
    };
    let (Some(x), Some(y)) = (digits(a.lo), digits(b.lo)) else {
        return Truth::Unknown;
    };
    let swapped = x.len() == y.len()
        && x != y
        && (0..x.len().saturating_sub(1)).any(|at| {
            let mut z = x.clone();
            z.swap(at, at + 1);
            z == y
        });
    if swapped { Truth::True } else { Truth::False }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn transposed_digits_are_two_neighbours_swapped() {
        let t = |a: f64, b: f64| transposed(Iv::exact(a), Iv::exact(b));
        assert_eq!(t(3560.0, 3650.0), Truth::True);
        assert_eq!(t(1270.0, 1720.0), Truth::True);
        assert_eq!(t(318.0, 381.0), Truth::True);
        assert_eq!(t(3560.0, 3560.0), Truth::False);
        assert_eq!(t(3560.0, 6530.0), Truth::False);
        assert_eq!(t(356.0, 3560.0), Truth::False);
        assert_eq!(
            transposed(Iv::new(900.0, 1100.0), Iv::exact(1000.0)),
            Truth::Unknown
        );
    }
}
