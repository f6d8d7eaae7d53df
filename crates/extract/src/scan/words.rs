//! Numbers written in words: "twenty-three", "five thousand", "a dozen",
//! "half a million", fractions ("two-thirds", "one in five"), ordinals,
//! multiples ("double") and vague quantities ("dozens of").

use super::*;

impl<'a> Sentence<'a> {
    /// Numbers in words: "twenty-three", "five thousand", "a dozen",
    /// "half a million", "two-thirds", "a third", "one in five", "third".
    pub(super) fn words_at(&self, i: usize) -> Option<Found> {
        let word = self.word(i);
        let next = self.word(i + 1);
        // "net zero emissions" is a goal, not an amount.
        if word == "zero" && i > 0 && self.word(i - 1) == "net" {
            return None;
        }
        // "a one-off payment", "one-on-one talks": not amounts.
        if self.raw(i + 1) == "-" && self.glued(i + 1) && matches!(self.word(i + 2), "off" | "on") {
            return None;
        }
        // "half a percent", "a half percent", "half a percentage point":
        // half of the unit that follows.
        let percent_at = |k: usize| {
            matches!(self.word(k), "percent" | "percentage" | "pct")
                || (self.word(k) == "per" && self.word(k + 1) == "cent")
        };
        let half_of_unit = match (word, next) {
            ("half", "a") if percent_at(i + 2) => Some(i + 1),
            ("half", _) if percent_at(i + 1) => Some(i),
            ("a", "half") if percent_at(i + 2) => Some(i + 1),
            _ => None,
        };
        // "a quarter of a point", "a quarter-point cut", "a half point":
        // a fraction of a point is a fraction of a percentage point.
        let share = match next {
            "quarter" => 0.25,
            "half" => 0.5,
            _ => 0.0,
        };
        let point_at = match (self.word(i + 2), self.word(i + 3), self.word(i + 4)) {
            ("of", "a", "point") => Some(i + 4),
            ("-" | "point", _, _)
                if self.word(i + 2 + usize::from(self.raw(i + 2) == "-")) == "point" =>
            {
                Some(i + 2 + usize::from(self.raw(i + 2) == "-"))
            }
            _ => None,
        };
        if word == "a"
            && share > 0.0
            && let Some(point) = point_at
        {
            let mut found = self.simple(i, point, Kind::PercentagePoints, Value::Number(share));
            found.unit = Some("points".into());
            found.precision = 0.0;
            return Some(self.hedge_and_change(found));
        }
        // "half a cent", "half a mile", "half an hour": half of a unit of
        // money, measure or time; "half a team" is no quantity.
        if word == "half" && matches!(next, "a" | "an") && half_of_unit.is_none() {
            let core = Core {
                first: i,
                last: i + 1,
                value: 0.5,
                decimals: Some(1),
                plain: false,
                currency: None,
            };
            let found = self.tail(core);
            if matches!(
                found.kind,
                Kind::Money | Kind::Measure | Kind::Duration | Kind::Rate
            ) && found.last > i + 1
            {
                return Some(found);
            }
        }
        if let Some(last) = half_of_unit {
            let core = Core {
                first: i,
                last,
                value: 0.5,
                // As precise as "0.5%".
                decimals: Some(1),
                plain: false,
                currency: None,
            };
            return Some(self.tail(core));
        }
        // "a dozen", "a million", "a third", "a quarter", "a half"
        // "in under a minute", "more than a year", "nearly a decade": one
        // unit of time, hedged ("twice a week" is a period, not a figure).
        // "an hour and a half", "a year and a half"
        if (word == "a" || word == "an")
            && let Some(unit) = lexicon::time_unit(next)
            && self.word(i + 2) == "and"
            && self.word(i + 3) == "a"
            && self.word(i + 4) == "half"
        {
            let mut found = self.simple(i, i + 4, Kind::Duration, Value::Number(1.5));
            found.unit = Some(unit.into());
            return Some(self.hedge_and_change(found));
        }
        if (word == "a" || word == "an")
            && let Some(unit) = lexicon::time_unit(next)
            && self.hedge_before(i).is_some()
            // "under a second name": an ordinal before a noun.
            && (!self.is_word(i + 2)
                || lexicon::is_function_word(self.word(i + 2))
                || lexicon::is_auxiliary(self.word(i + 2))
                || lemma::is_verb_form(self.word(i + 2)))
            // "higher than a year ago" dates the comparison.
            && !matches!(
                self.word(i + 2),
                "ago" | "earlier" | "before" | "later" | "after" | "previously"
            )
        {
            let mut found = self.simple(i, i + 1, Kind::Duration, Value::Number(1.0));
            found.unit = Some(unit.into());
            return Some(self.hedge_and_change(found));
        }
        if word == "a" || word == "an" {
            // "a hundred thousand trillionths": scales, then a plural
            // scale ordinal as the denominator.
            let mut whole = 1.0;
            let mut k = i + 1;
            while let Some(s) =
                lexicon::scale(self.word(k), false).or((self.word(k) == "hundred").then_some(100.0))
            {
                whole *= s;
                k += 1;
            }
            if k > i + 1
                && let Some(d) = lexicon::scale_ordinal(self.word(k))
            {
                // "a hundred trillionth" is the 10^14th.
                if !self.word(k).ends_with('s') {
                    let n = whole * d;
                    return Some(self.simple(i, k, Kind::Ordinal, Value::Number(n)));
                }
                return Some(self.fraction(i, k, whole / d));
            }
            if let Some(s) = lexicon::scale(next, false)
                .or((next == "dozen").then_some(12.0))
                .or((next == "hundred").then_some(100.0))
            {
                let core = Core {
                    first: i,
                    last: i + 1,
                    value: s,
                    decimals: None,
                    plain: false,
                    currency: None,
                };
                return Some(self.tail(core));
            }
            // "a fifth term", "a third straight win": an ordinal.
            // "up by a fifth compared with": a verb after is no noun.
            let noun_after = self.is_word(i + 2)
                && !lexicon::is_function_word(self.word(i + 2))
                && !lemma::is_verb_form(self.word(i + 2));
            if noun_after && let Some(n) = lexicon::ordinal_word(next) {
                return self.ordinal_word(i + 1, n);
            }
            // "a third", "a quarter", "a fifth", "a hundredth"
            let fraction = match next {
                "quarter" => 4.0,
                "half" => 2.0,
                _ if !next.ends_with('s') && lexicon::scale_ordinal(next).is_some() => {
                    lexicon::scale_ordinal(next)?
                }
                _ => f64::from(
                    lexicon::ordinal_word(next).filter(|&d| d >= 3 && !next.ends_with('s'))?,
                ),
            };
            return Some(self.fraction_or_share_of_scale(i, i + 1, 1.0 / fraction));
        }
        // "quarter million us dollars", as "half million" below.
        if word == "quarter"
            && let Some(s) = lexicon::scale(next, false).filter(|&s| s >= 1e6)
        {
            let core = Core {
                first: i,
                last: i + 1,
                value: 0.25 * s,
                decimals: None,
                plain: false,
                currency: None,
            };
            return Some(self.tail(core));
        }
        if word == "half" {
            // "half a million", "half million"
            let at = i + 1 + usize::from(next == "a");
            if let Some(s) =
                lexicon::scale(self.word(at), false).or((self.word(at) == "dozen").then_some(12.0))
            {
                let core = Core {
                    first: i,
                    last: at,
                    value: 0.5 * s,
                    decimals: None,
                    plain: false,
                    currency: None,
                };
                return Some(self.tail(core));
            }
            // "half of them", "half the staff", "half its budget"
            if matches!(next, "of" | "the" | "its" | "their" | "his" | "her" | "our") {
                return Some(self.fraction(i, i, 0.5));
            }
            return None;
        }
        // "the trillionth visitor"
        if let Some(n) = lexicon::scale_ordinal(word).filter(|_| !word.ends_with('s')) {
            return Some(self.simple(i, i, Kind::Ordinal, Value::Number(n)));
        }
        if let Some(n) = lexicon::ordinal_word(word) {
            return self.ordinal_word(i, n);
        }
        // "twice", "threefold", "double the dose": a multiple, in times.
        if let Some(times) = multiple(word) {
            if verb_multiple(word) && !self.quantity_multiple(i) {
                return None;
            }
            let mut found = self.simple(i, i, Kind::Count, Value::Number(times));
            found.unit = Some("times".into());
            return Some(self.hedge_and_change(found));
        }
        lexicon::small_number(word)?;
        // Gather up to sixteen lowercase words (and glued hyphens) to read.
        let mut words = [""; 16];
        let mut count = 0;
        while count < words.len() && i + count < self.len() {
            let k = i + count;
            if !(self.is_word(k) || self.raw(k) == "-") {
                break;
            }
            words[count] = self.word(k);
            count += 1;
        }
        let (value, used) = parse_words(&words[..count])?;
        let last = i + used - 1;
        // "two-thirds", "three quarters"
        let hyphen = usize::from(self.raw(last + 1) == "-");
        if let Some(found) = self.whole_and_fraction(i, used, &words[..used], last + 1 + hyphen) {
            return Some(found);
        }
        // "three and three quarters": the reading above stopped at "and".
        if self.word(last + 1) == "and" {
            let mut more: Vec<&str> = words[..used].to_vec();
            more.push("and");
            let mut k = last + 2;
            while more.len() < words.len()
                && ((self.is_word(k) && lexicon::small_number(self.word(k)).is_some())
                    || (self.raw(k) == "-"
                        && self.glued(k)
                        && self.glued(k + 1)
                        && lexicon::small_number(self.word(k + 1)).is_some()))
            {
                more.push(self.word(k));
                k += 1;
            }
            let hyphen = usize::from(self.raw(k) == "-");
            if more.len() > used + 1
                && let Some(found) = self.whole_and_fraction(i, more.len(), &more, k + hyphen)
            {
                return Some(found);
            }
        }
        if let Some(found) = self.tens_ordinal_after(i, &words[..used], value) {
            return Some(found);
        }
        if let Some(d) = lexicon::ordinal_word(self.word(last + 1 + hyphen))
            .filter(|&d| d >= 3 && (self.word(last + 1 + hyphen).ends_with('s') || value == 1.0))
        {
            return Some(self.fraction_or_share_of_scale(
                i,
                last + 1 + hyphen,
                value / f64::from(d),
            ));
        }
        if matches!(self.word(last + 1 + hyphen), "quarters" | "halves") {
            let d = if self.word(last + 1 + hyphen) == "quarters" {
                4.0
            } else {
                2.0
            };
            return Some(self.fraction_or_share_of_scale(i, last + 1 + hyphen, value / d));
        }
        // "twenty-first", "ninety-ninth": tens and an ordinal unit.
        let unit_ordinal = lexicon::ordinal_word(self.word(last + 2))
            .filter(|&d| d <= 9 && !self.word(last + 2).ends_with('s'));
        if hyphen == 1
            && self.glued(last + 1)
            && self.glued(last + 2)
            && value >= 20.0
            && value % 10.0 == 0.0
            && value % 100.0 != 0.0
            && let Some(d) = unit_ordinal
        {
            let n = value + f64::from(d);
            return Some(self.simple(i, last + 2, Kind::Ordinal, Value::Number(n)));
        }
        // "two hundredth", "the five-thousandth visitor"
        let scale = Some(self.word(last + 1 + hyphen))
            .filter(|w| !w.ends_with('s'))
            .and_then(lexicon::scale_ordinal);
        if let Some(scale) = scale.filter(|_| value > 1.0) {
            let n = value * scale;
            return Some(self.simple(i, last + 1 + hyphen, Kind::Ordinal, Value::Number(n)));
        }
        // "one in five", "one out of three"
        // "one in every 20": "every" says the same.
        let of_at = match (self.word(last + 1), self.word(last + 2)) {
            ("in", "every") => Some(last + 3),
            ("in", _) => Some(last + 2),
            ("out", "of") => Some(last + 3),
            _ => None,
        };
        if let Some(k) = of_at {
            // "one in twenty-one": the whole may take several words.
            let mut whole_words = [""; 4];
            let mut n = 0;
            while n < whole_words.len() && (self.is_word(k + n) || self.raw(k + n) == "-") {
                whole_words[n] = self.word(k + n);
                n += 1;
            }
            let whole = parse_digits(self.raw(k))
                .map(|(v, _)| (v, 1))
                .filter(|_| self.is_number(k))
                .or_else(|| parse_words(&whole_words[..n]));
            if let Some((whole, used)) = whole.filter(|&(w, _)| w > value) {
                let k = k + used - 1;
                return Some(self.fraction(i, k, value / whole));
            }
        }
        // "one" alone is more often a pronoun than a figure.
        if value == 1.0 && used == 1 && !self.counts_one(i) {
            return None;
        }
        let core = Core {
            first: i,
            last,
            value,
            decimals: None,
            plain: false,
            currency: None,
        };
        Some(self.tail(core))
    }

    /// "three and three quarters", "one hundred and two fifths", "five
    /// billion and three quarters": a whole, "and", then a fraction of one
    /// (or of the scale the whole ends on) at `denominator_at`.
    fn whole_and_fraction(
        &self,
        i: usize,
        used: usize,
        words: &[&str],
        denominator_at: usize,
    ) -> Option<Found> {
        let word = self.word(denominator_at);
        let d = match word {
            "quarters" | "quarter" => 4.0,
            "halves" | "half" => 2.0,
            // "two and fifty-four hundredths"
            _ => lexicon::ordinal_word(word)
                .filter(|&d| d >= 3)
                .map(f64::from)
                .or_else(|| lexicon::scale_ordinal(word))?,
        };
        let and = words.iter().rposition(|w| *w == "and").filter(|&a| a > 0)?;
        let (whole, whole_used) = parse_words(&words[..and])?;
        let (numerator, numerator_used) = parse_words(&words[and + 1..])?;
        let plural = word.ends_with('s');
        let fits = numerator < d && (plural == (numerator > 1.0));
        if whole_used != and || numerator_used != used - and - 1 || !fits {
            return None;
        }
        let scale = lexicon::scale(words[and - 1], false)
            .filter(|&s| s >= 1e6)
            .unwrap_or(1.0);
        let core = Core {
            first: i,
            last: denominator_at,
            value: whole + numerator / d * scale,
            decimals: None,
            plain: false,
            currency: None,
        };
        Some(self.tail(core))
    }

    /// "one person died" counts; "one of them", "the one that" do not.
    pub(super) fn counts_one(&self, i: usize) -> bool {
        let before = if i == 0 { "" } else { self.word(i - 1) };
        let next = self.word(i + 1);
        matches!(before, "minus" | "negative")
            || (self.word(i + 1) == "and" && self.word(i + 2) == "a")
            || (self.raw(i + 1) == "-" && self.glued(i + 1) && self.is_word(i + 2))
            || self.is_word(i + 1)
                && !lexicon::is_function_word(next)
                && !matches!(next, "another" | "day")
                && !matches!(
                    before,
                    "the" | "no" | "any" | "every" | "this" | "that" | "each" | "which"
                )
    }

    pub(super) fn ordinal_word(&self, i: usize, n: u32) -> Option<Found> {
        let before = if i == 0 { "" } else { self.word(i - 1) };
        // "a second", "per second" are units of time.
        if self.word(i) == "second" && matches!(before, "a" | "one" | "per" | "each" | "every") {
            return None;
        }
        if self.word(i).ends_with('s') {
            return None;
        }
        Some(self.simple(i, i, Kind::Ordinal, Value::Number(f64::from(n))))
    }

    /// "a quarter million", "two thirds of a million", "three quarters
    /// billion": a share of a scale is an amount; any other fraction in
    /// words is a percent (see `fraction`).
    fn fraction_or_share_of_scale(&self, first: usize, last: usize, share: f64) -> Found {
        let scale_at = if self.word(last + 1) == "of" && matches!(self.word(last + 2), "a" | "one")
        {
            last + 3
        } else {
            last + 1
        };
        if let Some(scale) = lexicon::scale(self.word(scale_at), false).filter(|&s| s >= 1e3) {
            return self.tail(Core {
                first,
                last: scale_at,
                value: share * scale,
                decimals: None,
                plain: false,
                currency: None,
            });
        }
        // "a tenth of a second", "three quarters of an hour", "a quarter of
        // a mile": a share of a unit of money, measure or time.
        if self.word(last + 1) == "of" && matches!(self.word(last + 2), "a" | "an") {
            let found = self.tail(Core {
                first,
                last: last + 2,
                value: share,
                decimals: None,
                plain: false,
                currency: None,
            });
            let unit = matches!(
                found.kind,
                Kind::Money | Kind::Measure | Kind::Duration | Kind::Rate
            );
            if unit && found.last > last + 2 {
                return found;
            }
        }
        self.fraction(first, last, share)
    }

    /// A tens word right before a unit ordinal belongs to the ordinal,
    /// since nobody writes 130/5 as "one hundred thirty fifths": that is
    /// 100/35, "three twenty-firsts" is 3/21, and "one hundred twenty
    /// fifth" is the 125th. `words` were read as the number `value`
    /// starting at `first`; the tens word may end them or follow them.
    fn tens_ordinal_after(&self, first: usize, words: &[&str], value: f64) -> Option<Found> {
        let used = words.len();
        let (numerator, tens_at) = if used >= 2 && lexicon::is_tens(words[used - 1]) {
            let (n, read) = parse_words(&words[..used - 1])?;
            if read != used - 1 {
                return None;
            }
            (n, first + used - 1)
        } else if lexicon::is_tens(self.word(first + used)) {
            (value, first + used)
        } else {
            return None;
        };
        let hyphen = self.raw(tens_at + 1) == "-" && self.glued(tens_at + 1);
        let at = tens_at + 1 + usize::from(hyphen);
        let word = self.word(at);
        // "second" is a unit of time as often as an ordinal.
        let unit = if word == "firsts" {
            1
        } else {
            lexicon::ordinal_word(word).filter(|&d| d <= 9 && d != 2)?
        };
        let (tens, _) = parse_words(&[self.word(tens_at)])?;
        let denominator = tens + f64::from(unit);
        if word.ends_with('s') || numerator == 1.0 {
            return Some(self.fraction(first, at, numerator / denominator));
        }
        // "one hundred twenty fifth": a whole number of hundreds, then the
        // ordinal's tens and unit.
        (numerator >= 100.0 && numerator % 100.0 == 0.0).then(|| {
            let n = numerator + denominator;
            self.simple(first, at, Kind::Ordinal, Value::Number(n))
        })
    }

    /// A fraction written in words, as a percent: "two-thirds" is 66.67.
    /// Such fractions are loose in news copy, so the precision is half a
    /// percentage point rather than exact.
    pub(super) fn fraction(&self, first: usize, last: usize, share: f64) -> Found {
        let negative = first > 0 && matches!(self.word(first - 1), "minus" | "negative");
        let (first, share) = if negative {
            (first - 1, -share)
        } else {
            (first, share)
        };
        let mut found = self.simple(first, last, Kind::Percent, Value::Number(share * 100.0));
        found.precision = 0.5;
        found.unit = Some("percent".into());
        self.hedge_and_change(found)
    }

    /// "dozens of", "hundreds of thousands of", "a handful of".
    pub(super) fn vague_at(&self, i: usize) -> Option<Found> {
        let base = |w: &str| -> Option<f64> {
            Some(match w {
                "dozens" => 12.0,
                "scores" => 20.0,
                "hundreds" => 100.0,
                "thousands" => 1e3,
                "millions" => 1e6,
                "billions" => 1e9,
                "tens" => 10.0,
                _ => return None,
            })
        };
        // "several hundred workers", "a few thousand people": some
        // number of that scale, counted directly.
        let scale_at = |k: usize| {
            lexicon::scale(self.word(k), false).or((self.word(k) == "hundred").then_some(100.0))
        };
        let few = match self.word(i) {
            "several" => Some(i),
            "few" if i > 0 && self.word(i - 1) == "a" => Some(i - 1),
            _ => None,
        };
        if let Some(first) = few
            && let Some(mut value) = scale_at(i + 1)
        {
            let mut last = i + 1;
            if let Some(more) = scale_at(last + 1).filter(|&m| m > value) {
                value *= more;
                last += 1;
            }
            let mut found = self.simple(first, last, Kind::Count, Value::Number(value));
            found.qualifier = Qualifier::Vague;
            let of = usize::from(self.word(last + 1) == "of");
            let (noun, after) = self.noun_after(last + 1 + of, false);
            found.unit = noun.as_ref().map(|n| n.lemma.clone());
            // "a few hundred years" is a span of time.
            if let Some(t) = found.unit.as_deref().and_then(lexicon::time_unit) {
                found.kind = Kind::Duration;
                found.unit = Some(t.into());
            } else {
                found.noun = noun;
            }
            found.after = after;
            return Some(self.with_change(found));
        }
        let (value, last) = if self.word(i) == "handful" && i > 0 && self.word(i - 1) == "a" {
            (1.0, i)
        } else {
            let mut value = base(self.word(i))?;
            let mut last = i;
            // "tens of thousands of", "hundreds of millions of"
            if self.word(i + 1) == "of"
                && let Some(more) = base(self.word(i + 2)).filter(|&m| m >= 1e3)
            {
                value *= more;
                last = i + 2;
            }
            (value, last)
        };
        if self.word(last + 1) != "of" {
            return None;
        }
        let first = if self.word(i) == "handful" { i - 1 } else { i };
        let mut found = self.simple(first, last, Kind::Count, Value::Number(value));
        found.qualifier = Qualifier::Vague;
        let (noun, after) = self.noun_after(last + 2, false);
        found.unit = noun.as_ref().map(|n| n.lemma.clone());
        // "tens of millions of dollars": vague, and money.
        if let Some(code) = found.unit.as_deref().and_then(lexicon::currency_word) {
            found.kind = Kind::Money;
            found.unit = Some(code.into());
        } else {
            found.noun = noun;
        }
        found.after = after;
        let mut found = self.with_change(found);
        found.hedge_first = first;
        Some(found)
    }
}

/// Words for a multiple. "doubled", "tripling" and the like are not
/// here: they are verbs ("exports doubled from 40,000 to 80,000 tonnes"),
/// and the figures they govern carry them as their verb.
fn multiple(word: &str) -> Option<f64> {
    Some(match word {
        "double" | "twice" | "twofold" => 2.0,
        "triple" | "treble" | "thrice" | "threefold" => 3.0,
        "quadruple" | "fourfold" => 4.0,
        "tenfold" => 10.0,
        _ => return None,
    })
}

/// Multiples that are also verbs in their base form ("costs will double").
fn verb_multiple(word: &str) -> bool {
    matches!(word, "double" | "triple" | "treble" | "quadruple")
}

impl Sentence<'_> {
    /// "double the dose", "triple its size": a multiple is a quantity when
    /// a determiner follows it and nothing before it makes it a verb
    /// ("to double the dose", "will triple its output").
    fn quantity_multiple(&self, i: usize) -> bool {
        let before = if i == 0 { "" } else { self.word(i - 1) };
        let verb_before = before == "to"
            || before == "not"
            || (lexicon::is_auxiliary(before) && !matches!(before, "is" | "are" | "was" | "were"))
            || lexicon::is_pronoun(before);
        let determiner_after = matches!(
            self.word(i + 1),
            "the" | "its" | "their" | "his" | "her" | "our" | "your" | "that" | "this" | "what"
        );
        determiner_after && !verb_before
    }
}
