//! Two figures that together state one range: "more than 100 and less
//! than 300", "at most 100 and at least 20", "between negative ten and
//! fifteen", "is from one thousand to fifteen hundred". `tail` already
//! reads the ranges whose second end is in digits ("10 to 15", "between
//! 5 and 10"); this pass joins the ones it cannot see from one number.

use super::*;

impl<'a> Sentence<'a> {
    /// `found` with each pair that states one range replaced by it.
    pub(super) fn join_ranges(&self, found: Vec<Found>) -> Vec<Found> {
        let mut out: Vec<Found> = Vec::with_capacity(found.len());
        for b in found {
            if let Some(a) = out.pop_if(|a| self.ordinal_range(a, &b)) {
                let mut range = joined(a, b);
                range.kind = Kind::Ordinal;
                out.push(range);
                continue;
            }
            let a = out.pop_if(|a| self.one_range(a, &b));
            out.push(match a {
                Some(a) => joined(self.scaled_like(a, &b), b),
                None => b,
            });
        }
        out
    }

    /// "five to six million dollars": a bare first end takes the scale
    /// written once on the second.
    fn scaled_like(&self, mut a: Found, b: &Found) -> Found {
        let bare = a.kind == Kind::Count
            && a.unit.is_none()
            && a.noun.is_none()
            && a.qualifier == Qualifier::Exact;
        let own_scale = (a.first..=a.last).any(|k| lexicon::scale(self.word(k), false).is_some());
        let scale = (b.first..=b.last).find_map(|k| lexicon::scale(self.word(k), false));
        if let (true, false, Some(scale), Value::Number(x)) = (bare, own_scale, scale, a.value) {
            a.value = Value::Number(x * scale);
            a.precision *= scale;
        }
        a
    }

    /// "finished third to fifth", "1st-3rd", "between 2nd and 4th": a
    /// span of places, which stays an ordinal (a rank is not an amount).
    fn ordinal_range(&self, a: &Found, b: &Found) -> bool {
        let (Value::Number(x), Value::Number(y)) = (a.value, b.value) else {
            return false;
        };
        if !(a.kind == Kind::Ordinal && b.kind == Kind::Ordinal && x < y) {
            return false;
        }
        let between: Vec<&str> = (a.last + 1..b.hedge_first).map(|k| self.raw(k)).collect();
        let after_between = a.hedge_first > 0 && self.word(a.hedge_first - 1) == "between";
        match between.as_slice() {
            ["to" | "through" | "–"] => true,
            ["-"] => self.glued(a.last + 1) || !self.glued(b.first),
            ["and"] => after_between,
            _ => false,
        }
    }

    fn one_range(&self, a: &Found, b: &Found) -> bool {
        let (Value::Number(x), Value::Number(y)) = (a.value, b.value) else {
            return false;
        };
        // "more than 5,000 people died and fewer than 200": the first end
        // counts something of its own, so the two are separate figures.
        let bare = a.after == a.last + 1 && a.noun.is_none() && a.per.is_none();
        let kinds =
            amount(b.kind) && (a.kind == b.kind || (a.kind == Kind::Count && a.unit.is_none()));
        if !(bare && kinds && a.change.is_none() && b.change.is_none()) {
            return false;
        }
        let between: Vec<&str> = (a.last + 1..b.hedge_first).map(|k| self.word(k)).collect();
        let before = |n: usize| {
            if a.hedge_first >= n {
                self.word(a.hedge_first - n)
            } else {
                ""
            }
        };
        let lower = |q| matches!(q, Qualifier::MoreThan | Qualifier::AtLeast);
        let upper = |q| matches!(q, Qualifier::LessThan | Qualifier::AtMost);
        // "more than 40 and less than 10" bounds nothing: two figures.
        let bounds = (lower(a.qualifier) && upper(b.qualifier) && x < y)
            || (upper(a.qualifier) && lower(b.qualifier) && y < x);
        if bounds {
            return matches!(between.as_slice(), ["and"] | ["but"] | [","] | [",", "and"]);
        }
        let exact = a.qualifier == Qualifier::Exact && b.qualifier == Qualifier::Exact;
        // "rose from 10 to 15" is a change; only a "from" after a form
        // of "be" states where a value lies.
        exact
            && match between.as_slice() {
                ["and"] => before(1) == "between",
                // "from 10 to 15" after a form of "be"; "5mm to 10mm" with
                // the unit on both ends and no change word before.
                // "two to three weeks": a bare first end takes the second's
                // unit ("won 3 to 2" has none, and stays two figures).
                ["to"] => {
                    let no_change = !matches!(before(1), "from" | "by")
                        && lexicon::change_word(before(1)).is_none();
                    let same_unit = a.unit.is_some() && a.unit == b.unit && a.kind == b.kind;
                    let bare_first = a.kind == Kind::Count
                        && a.unit.is_none()
                        && a.noun.is_none()
                        && b.unit.is_some();
                    (before(1) == "from"
                        && matches!(before(2), "is" | "are" | "was" | "were" | "be"))
                        || ((same_unit || bare_first) && x < y && no_change)
                }
                _ => false,
            }
    }
}

fn amount(kind: Kind) -> bool {
    matches!(
        kind,
        Kind::Count
            | Kind::Money
            | Kind::Measure
            | Kind::Duration
            | Kind::Percent
            | Kind::PercentagePoints
    )
}

fn joined(a: Found, b: Found) -> Found {
    let (Value::Number(x), Value::Number(y)) = (a.value, b.value) else {
        return b;
    };
    Found {
        first: a.first,
        last: b.last,
        hedge_first: a.hedge_first,
        after: b.after,
        kind: Kind::Range,
        value: Value::Range(x.min(y), x.max(y)),
        precision: a.precision.max(b.precision),
        unit: b.unit.or(a.unit),
        per: b.per,
        noun: b.noun,
        qualifier: Qualifier::Exact,
        change: None,
        birth: false,
        total: a.total || b.total,
        anaphoric: false,
    }
}
