//! Finds the figures of one sentence in its tokens: the number itself
//! (digits or words), its scale, currency or unit, its kind, its hedge and
//! direction of change, and for a count the noun it counts.

mod calendar;
mod hedging;
mod noun;
mod ranges;
mod unit;
mod words;

use crate::lexicon;
use crate::number::{half_unit, parse_digits, parse_words};
use crate::token::{Token, TokenKind};
use crate::{Change, Kind, Noun, Qualifier, Value, lemma};

/// One sentence's tokens with the text they index. `lower` is the ASCII
/// lowercase of the prose (same byte offsets), made once per document so
/// that word comparisons need no allocation.
pub struct Sentence<'a> {
    pub prose: &'a str,
    pub lower: &'a str,
    pub tokens: &'a [Token],
}

/// A figure as found in a sentence, before it gets its sentence-wide
/// context (verb, actor, links).
#[derive(Clone, Debug)]
pub struct Found {
    /// First and last token of the figure's own span (inclusive).
    pub first: usize,
    pub last: usize,
    /// First token of the hedge, or `first`.
    pub hedge_first: usize,
    /// Token after the figure and its counted noun.
    pub after: usize,
    pub kind: Kind,
    pub value: Value,
    pub precision: f64,
    pub unit: Option<String>,
    pub per: Option<String>,
    pub noun: Option<Noun>,
    pub qualifier: Qualifier,
    pub change: Option<Change>,
    /// A year written as "born in 1949".
    pub birth: bool,
    /// "a total of 30", "30 in all": a stated total over a list.
    pub total: bool,
    /// An age that refers back to someone named before ("the 76-year-old").
    pub anaphoric: bool,
}

/// The number at the start of a figure, before scale and unit.
struct Core {
    first: usize,
    last: usize,
    value: f64,
    /// Decimals written; `None` for a number in words.
    decimals: Option<u32>,
    /// Digits only, no separator or decimal point ("2025", not "2,025").
    plain: bool,
    currency: Option<&'static str>,
}

impl<'a> Sentence<'a> {
    pub fn len(&self) -> usize {
        self.tokens.len()
    }

    /// Lowercase text of token `i`, or "" past the end.
    pub fn word(&self, i: usize) -> &'a str {
        self.tokens
            .get(i)
            .map_or("", |t| &self.lower[t.start..t.end])
    }

    /// Text of token `i` as written.
    pub fn raw(&self, i: usize) -> &'a str {
        self.tokens
            .get(i)
            .map_or("", |t| &self.prose[t.start..t.end])
    }

    pub fn is(&self, i: usize, kind: TokenKind) -> bool {
        self.tokens.get(i).is_some_and(|t| t.kind == kind)
    }

    /// Token `i` exists and touches the one before it.
    pub fn glued(&self, i: usize) -> bool {
        self.tokens.get(i).is_some_and(|t| !t.spaced)
    }

    pub fn is_word(&self, i: usize) -> bool {
        self.is(i, TokenKind::Word)
    }

    fn is_number(&self, i: usize) -> bool {
        self.is(i, TokenKind::Number)
    }

    /// Tokens that belong to a URL or an e-mail address: every glued run
    /// holding "@", "://" or a "www." start.
    pub fn masked(&self) -> Vec<bool> {
        let n = self.len();
        let mut masked = vec![false; n];
        for i in 0..n {
            let marks = self.raw(i) == "@"
                || (self.raw(i) == ":" && self.raw(i + 1) == "/" && self.glued(i + 1))
                || (self.word(i) == "www" && self.raw(i + 1) == "." && self.glued(i + 1));
            if !marks {
                continue;
            }
            let mut start = i;
            while start > 0 && self.glued(start) {
                start -= 1;
            }
            let mut end = i + 1;
            while end < n && self.glued(end) {
                end += 1;
            }
            masked[start..end].iter_mut().for_each(|m| *m = true);
        }
        masked
    }

    /// Every figure in the sentence, in order.
    pub fn figures(&self) -> Vec<Found> {
        let mut out = Vec::new();
        let n = self.len();
        // Most sentences hold no URL or e-mail address; only those pay
        // for a mask.
        let maybe_link = self
            .tokens
            .iter()
            .any(|t| matches!(&self.prose[t.start..t.end], "@" | "/" | "www" | "WWW"));
        let masked = if maybe_link {
            self.masked()
        } else {
            Vec::new()
        };
        let mut i = 0;
        while i < n {
            if masked.get(i).copied().unwrap_or(false) {
                i += 1;
                continue;
            }
            match self.figure_at(i) {
                Some(found) => {
                    // "320 cases per 100,000 people": the base of the rate
                    // was read with it.
                    let numeric_per = found
                        .per
                        .as_ref()
                        .is_some_and(|p| p.starts_with(|c: char| c.is_ascii_digit()));
                    i = if numeric_per {
                        found.after.max(found.last + 1)
                    } else {
                        found.last + 1
                    };
                    out.push(found);
                }
                None => i += 1,
            }
        }
        let mut out = self.join_ranges(out);
        self.object_nouns(&mut out);
        self.share_units(&mut out);
        self.align_precision(&mut out);
        self.points_as_percentage_points(&mut out);
        out
    }

    /// "from 2,520 to 2,400 euros a month", "from 40,000 to 80,000
    /// tonnes", "from 1.2 to 1.5 million", "to 14 million euros from 10
    /// million": the unit, rate and scale written once, on the end of a
    /// change, belong to its start too.
    fn share_units(&self, found: &mut [Found]) {
        for b in 1..found.len() {
            let a = b - 1;
            let Some((start, end)) = self.change_ends(found, a) else {
                continue;
            };
            let (s, e) = (&found[start], &found[end]);
            let bare = s.kind == Kind::Count
                && s.unit.is_none()
                && s.noun.is_none()
                && matches!(s.value, Value::Number(_));
            let amount = matches!(
                e.kind,
                Kind::Count
                    | Kind::Money
                    | Kind::Measure
                    | Kind::Rate
                    | Kind::Percent
                    | Kind::PercentagePoints
                    | Kind::Duration
            );
            // "slid from $3.10 to $3.45 a gallon": the start is the same
            // money rate.
            let money_rate = s.kind == Kind::Money
                && s.per.is_none()
                && e.kind == Kind::Rate
                && e.unit == s.unit;
            if money_rate {
                let per = e.per.clone();
                found[start].kind = Kind::Rate;
                found[start].per = per;
                continue;
            }
            if !(bare && amount) {
                continue;
            }
            let (kind, unit, per, noun) = (e.kind, e.unit.clone(), e.per.clone(), e.noun.clone());
            let number_at = if self.is_number(e.first) {
                e.first
            } else {
                e.first + 1
            };
            let scale = lexicon::scale(self.word(number_at + 1), self.glued(number_at + 1))
                .filter(|_| self.is_number(number_at));
            // "from 10 million to 19 million": a start with its own scale
            // word is already scaled.
            let scaled = !self.is_number(found[start].last);
            let s = &mut found[start];
            if let (Some(scale), Value::Number(v), false) = (scale, s.value, scaled) {
                s.value = Value::Number(v * scale);
                s.precision *= scale;
            }
            if matches!(kind, Kind::Percent | Kind::PercentagePoints) && s.precision == 0.0 {
                // A percentage is a rounded ratio (see `tail`).
                s.precision = 0.5;
            }
            s.kind = kind;
            s.unit = unit;
            s.per = per;
            s.noun = noun;
        }
    }

    /// "doubled their seats to 23", "cut its fleet to 40 aircraft": a bare
    /// count a change ends at counts the object the change was made to.
    fn object_nouns(&self, found: &mut [Found]) {
        for f in found.iter_mut() {
            let bare = f.kind == Kind::Count
                && f.unit.is_none()
                && f.noun.is_none()
                && matches!(f.value, Value::Number(_));
            if !bare || f.hedge_first < 3 || self.word(f.hedge_first - 1) != "to" {
                continue;
            }
            let (owner, object) = (f.hedge_first - 3, f.hedge_first - 2);
            let w = self.word(object);
            if matches!(self.word(owner), "their" | "its" | "his" | "her" | "our")
                && self.is_word(object)
                && lemma::is_plural(w)
                && !lemma::is_verb_form(w)
            {
                let lemma = lemma::singular(w);
                f.unit = Some(lemma.clone());
                f.noun = Some(Noun {
                    lemma,
                    ..Noun::default()
                });
            }
        }
    }

    /// When `found[a]` and the figure after it are the two ends of a
    /// change written next to each other, their indices as (start, end):
    /// "from A to B" or "to B from A".
    fn change_ends(&self, found: &[Found], a: usize) -> Option<(usize, usize)> {
        let (x, y) = (found.get(a)?, found.get(a + 1)?);
        let before =
            |f: &Found, word: &str| f.hedge_first > 0 && self.word(f.hedge_first - 1) == word;
        // "to 2.45 euros a litre from 2.10": the end's noun or period
        // stands between.
        let next = x.after.max(x.last + 1);
        let joined_by = |word: &str| y.hedge_first == next + 1 && self.word(next) == word;
        if before(x, "from") && joined_by("to") {
            Some((a, a + 1))
        } else if before(x, "to") && joined_by("from") {
            Some((a + 1, a))
        } else {
            None
        }
    }

    /// "from 2.5 million to 3 million": the two ends of a change are
    /// written to the same place, so the rounder one is as precise as the
    /// other (3.0 million, not anything from 2.5 to 3.5 million).
    fn align_precision(&self, found: &mut [Found]) {
        for a in 0..found.len().saturating_sub(1) {
            let Some((start, end)) = self.change_ends(found, a) else {
                continue;
            };
            let numbers = matches!(
                (found[start].value, found[end].value),
                (Value::Number(_), Value::Number(_))
            );
            if !(numbers && found[start].kind == found[end].kind) {
                continue;
            }
            let finer = found[start].precision.min(found[end].precision);
            if finer > 0.0 {
                found[start].precision = finer;
                found[end].precision = finer;
            }
        }
    }

    /// "31.5% to 28.2%, a lead of 4.3 points": in a sentence that gives
    /// percentages, points are percentage points.
    fn points_as_percentage_points(&self, found: &mut [Found]) {
        // "turnout rose 11 points": a rate's points are percentage points
        // even when no percentage is written.
        let of_a_rate = || {
            (0..self.len()).any(|k| {
                matches!(
                    self.word(k),
                    "turnout"
                        | "rate"
                        | "rates"
                        | "share"
                        | "support"
                        | "approval"
                        | "unemployment"
                        | "inflation"
                        | "yield"
                        | "yields"
                        | "poll"
                        | "polls"
                        | "polling"
                        | "popularity"
                )
            })
        };
        let any_points = found
            .iter()
            .any(|f| f.kind == Kind::Count && f.noun.as_ref().is_some_and(|n| n.lemma == "point"));
        // "The Dow fell 30 points as yields rose": a stock index's points
        // are its own.
        let of_an_index = || {
            (0..self.len()).any(|k| {
                matches!(
                    self.word(k),
                    "index"
                        | "indices"
                        | "indexes"
                        | "dow"
                        | "nasdaq"
                        | "ftse"
                        | "nikkei"
                        | "dax"
                        | "cac"
                        | "kospi"
                        | "sensex"
                        | "stoxx"
                        | "stocks"
                        | "shares"
                )
            })
        };
        if !any_points
            || (!found.iter().any(|f| f.kind == Kind::Percent) && !of_a_rate())
            || of_an_index()
        {
            return;
        }
        for at in 0..found.len() {
            let f = &found[at];
            let points = f.kind == Kind::Count
                && f.noun.as_ref().is_some_and(|n| {
                    n.lemma == "point" && n.modifiers.is_empty() && n.also.is_empty()
                });
            // "the Dow shed 412 points, or 1.1%": points restated as a
            // percent are an index's, and so is a move of more than a
            // hundred.
            let restated = found.get(at + 1).is_some_and(|next| {
                next.kind == Kind::Percent
                    && matches!(
                        (self.raw(f.after), self.word(f.after + 1)),
                        (",", "or") | ("(", _)
                    )
                    && next.hedge_first <= f.after + 2
            });
            let large = matches!(f.value, Value::Number(v) if v.abs() > 100.0);
            if !points || restated || large {
                continue;
            }
            let f = &mut found[at];
            f.kind = Kind::PercentagePoints;
            f.unit = Some("points".into());
            f.noun = None;
            if f.precision == 0.0 {
                f.precision = 0.5;
            }
        }
    }

    fn figure_at(&self, i: usize) -> Option<Found> {
        let token = self.tokens[i];
        match token.kind {
            TokenKind::Number => self.number_at(i),
            TokenKind::Symbol => {
                // "½ teaspoon"; "2½" belongs to the digits before it.
                if let Some(part) = lexicon::vulgar_fraction(self.raw(i)) {
                    if i > 0 && self.glued(i) && self.is_number(i - 1) {
                        return None;
                    }
                    return Some(self.tail(Core {
                        first: i,
                        last: i,
                        value: part,
                        decimals: None,
                        plain: false,
                        currency: None,
                    }));
                }
                let currency = lexicon::currency_sign(self.raw(i))?;
                if !self.is_number(i + 1) || self.prefixed_dollar(i) {
                    return None;
                }
                let core = self.digits_core(i + 1, i, Some(currency))?;
                Some(self.tail(core))
            }
            TokenKind::Word => self.word_at(i),
        }
    }

    /// "US$": the "$" at `i` already belongs to the word before it.
    fn prefixed_dollar(&self, i: usize) -> bool {
        i > 0
            && self.raw(i) == "$"
            && (self.glued(i) || matches!(self.raw(i - 1), "us" | "hk"))
            && self.is_word(i - 1)
            && lexicon::dollar_prefix(self.word(i - 1)).is_some()
    }

    fn digits_core(&self, at: usize, first: usize, currency: Option<&'static str>) -> Option<Core> {
        let text = self.raw(at);
        let (value, decimals) = parse_digits(text)?;
        // "2½ hours": a whole number and a fraction, exact as written.
        if decimals == 0
            && self.glued(at + 1)
            && let Some(part) = lexicon::vulgar_fraction(self.raw(at + 1))
        {
            return Some(Core {
                first,
                last: at + 1,
                value: value + part,
                decimals: None,
                plain: false,
                currency,
            });
        }
        Some(Core {
            first,
            last: at,
            value,
            decimals: Some(decimals),
            plain: text.bytes().all(|b| b.is_ascii_digit()),
            currency,
        })
    }

    fn word_at(&self, i: usize) -> Option<Found> {
        let raw = self.raw(i);
        if let Some(found) = self.glued_code_amount(i) {
            return Some(found);
        }
        let next_is_amount = self.is_number(i + 1) || self.raw(i + 1) == "$";
        let word = self.word(i);
        // "magnitude 6.3": the scale named before the number.
        if next_is_amount && word == "magnitude" && self.is_number(i + 1) {
            let core = self.digits_core(i + 1, i, None)?;
            let mut found = self.tail(core);
            if found.kind == Kind::Count && found.noun.is_none() && found.unit.is_none() {
                found.kind = Kind::Measure;
                found.unit = Some("magnitude".into());
            }
            return Some(found);
        }
        // "several hundred" and "a few thousand" start with words whose
        // shapes would open the gate to many common words ("for").
        if !next_is_amount && !lexicon::may_start_figure(word) && !matches!(word, "several" | "few")
        {
            return None;
        }
        if let Some(day) = lexicon::weekday(raw) {
            return Some(self.simple(i, i, Kind::Weekday, Value::Weekday(day)));
        }
        if let Some(month) = lexicon::month(raw) {
            return self.month_first_date(i, month);
        }
        if let Some(found) = self.vague_at(i) {
            return Some(found);
        }
        // "US$5", "HK$ 3"
        // Copy tokenised word by word writes "us $ 150 million".
        if self.raw(i + 1) == "$"
            && (self.glued(i + 1) || matches!(raw, "us" | "hk"))
            && self.is_number(i + 2)
            && let Some(code) = lexicon::dollar_prefix(word)
        {
            let core = self.digits_core(i + 2, i, Some(code))?;
            return Some(self.tail(core));
        }
        // "EUR 5 million", "Rs 300"
        if self.is_number(i + 1)
            && raw.chars().next().is_some_and(char::is_uppercase)
            && let Some(code) = lexicon::currency_code(word)
        {
            let core = self.digits_core(i + 1, i, Some(code))?;
            return Some(self.tail(core));
        }
        // "MAUD 60": millions of Australian dollars.
        if self.is_number(i + 1)
            && let Some(code) = lexicon::million_code(raw)
        {
            let mut core = self.digits_core(i + 1, i, Some(code))?;
            core.value *= 1e6;
            return Some(self.tail(core));
        }
        self.words_at(i)
    }

    /// "USD115", "EUR40": a currency code glued to a whole amount, which
    /// the tokenizer keeps as one word.
    fn glued_code_amount(&self, i: usize) -> Option<Found> {
        let raw = self.raw(i);
        let (code, digits) = raw.split_at_checked(3)?;
        if digits.is_empty()
            || !digits.bytes().all(|b| b.is_ascii_digit())
            || !code.bytes().all(|b| b.is_ascii_uppercase())
        {
            return None;
        }
        let currency = lexicon::currency_code(&code.to_ascii_lowercase())?;
        // "USD115.5", "USD1,250": the tokenizer ends the word at the
        // separator; the digits after it belong to the amount.
        let separator = self.raw(i + 1);
        let rest = self.raw(i + 2);
        let continued = matches!(separator, "." | ",")
            && self.glued(i + 1)
            && self.glued(i + 2)
            && self.is_number(i + 2)
            && (separator == "." || rest.bytes().take_while(u8::is_ascii_digit).count() == 3);
        let (value, decimals, last) = if continued {
            let (value, decimals) = parse_digits(&format!("{digits}{separator}{rest}"))?;
            (value, decimals, i + 2)
        } else {
            (parse_digits(digits)?.0, 0, i)
        };
        Some(self.tail(Core {
            first: i,
            last,
            value,
            decimals: Some(decimals),
            plain: false,
            currency: Some(currency),
        }))
    }

    /// The noun hyphened to the number ending at `last` ("27-nation"), as
    /// a lemma, unless the word after the hyphen says how, not what
    /// ("30-strong", "3-fold").
    fn hyphen_noun(&self, last: usize) -> Option<String> {
        let (k, w) = (last + 2, self.word(last + 2));
        if !(self.raw(last + 1) == "-" && self.glued(last + 1) && self.glued(k)) {
            return None;
        }
        // "three-dimensional" and "Goody Two-Shoes" are no counts.
        let adjective = [
            "al", "ic", "ive", "ous", "ful", "less", "ary", "ish", "able", "ible",
        ]
        .iter()
        .any(|end| w.ends_with(end));
        let lowercase = self.raw(k).starts_with(|c: char| c.is_ascii_lowercase());
        let noun = self.is_word(k)
            && lowercase
            && !adjective
            && w != "hundred"
            && lexicon::scale(w, false).is_none()
            && w.len() > 2
            && !lexicon::is_function_word(w)
            && lexicon::small_number(w).is_none()
            && lexicon::ordinal_word(w).is_none()
            && !lemma::is_verb_form(w)
            && !matches!(
                w,
                "strong"
                    | "odd"
                    | "plus"
                    | "fold"
                    | "something"
                    | "times"
                    | "old"
                    | "long"
                    | "wide"
                    | "high"
                    | "deep"
                    | "tall"
            );
        noun.then(|| lemma::singular(w))
    }

    /// "1.7m patients", "45m viewers": a glued "m" before a plural noun
    /// is millions of it. Round hundreds stay metres ("the 400m hurdles").
    fn millions_of(&self, k: usize, value: f64, decimals: Option<u32>) -> bool {
        let w = self.word(k);
        self.is_word(k)
            && lemma::is_plural(w)
            && !lexicon::is_function_word(w)
            && lexicon::measure(w).is_none()
            && (decimals.is_some_and(|d| d > 0) || value < 100.0)
    }

    /// A figure with no unit, no hedge and no noun.
    fn simple(&self, first: usize, last: usize, kind: Kind, value: Value) -> Found {
        Found {
            first,
            last,
            hedge_first: first,
            after: last + 1,
            kind,
            value,
            precision: 0.0,
            unit: None,
            per: None,
            noun: None,
            qualifier: Qualifier::Exact,
            change: None,
            birth: false,
            total: false,
            anaphoric: false,
        }
    }

    fn number_at(&self, i: usize) -> Option<Found> {
        // "MiG-29", "COVID-19": glued to a word by a hyphen.
        // A lowercase prefix ("mid-2020", "top-10") is not a code.
        let after_hyphenated_word = i >= 2
            && self.glued(i)
            && self.raw(i - 1) == "-"
            && self.glued(i - 1)
            && self.is_word(i - 2)
            && self
                .raw(i - 2)
                .chars()
                .any(|c| c.is_uppercase() || c.is_ascii_digit());
        let after_head = i >= 1
            && (lexicon::identifier_head(self.raw(i - 1))
                || (i >= 2 && self.raw(i - 1) == "." && lexicon::identifier_head(self.raw(i - 2))));
        if after_hyphenated_word {
            let mut found = self.identifier(i);
            found.first = i - 2;
            return Some(found);
        }
        if after_head {
            let mut found = self.identifier(i);
            found.first = if self.raw(i - 1) == "." { i - 2 } else { i - 1 };
            return Some(found);
        }
        if after_hyphenated_word
            || after_head
            || (i >= 1 && self.raw(i - 1) == "+" && self.glued(i))
        {
            return Some(self.identifier(i));
        }
        // A list marker: "1." or "2)" opening a sentence.
        if i == 0 && matches!(self.raw(1), "." | ")") && self.len() <= 2 && self.raw(0).len() <= 2 {
            return None;
        }
        // "192.168.1.2", "v2.3.1": dotted codes name things.
        if self.raw(i + 1) == "." && self.glued(i + 1) && self.is_number(i + 2) && self.glued(i + 2)
        {
            let mut found = self.identifier(i);
            let mut last = i + 2;
            while self.raw(last + 1) == "."
                && self.glued(last + 1)
                && self.is_number(last + 2)
                && self.glued(last + 2)
            {
                last += 2;
            }
            found.last = last;
            found.after = last + 1;
            return Some(found);
        }
        if let Some(found) = self.phone(i) {
            return Some(found);
        }
        if let Some(found) = self.iso_date(i) {
            return Some(found);
        }
        if let Some(found) = self.time_at(i) {
            return Some(found);
        }
        if let Some(found) = self.day_first_date(i) {
            return Some(found);
        }
        if let Some(found) = self.one_in_n(i) {
            return Some(found);
        }
        let core = self.digits_core(i, i, None)?;
        Some(self.tail(core))
    }

    /// "1 in 5 adults", "3 in 10 people": a share, as a fraction in words
    /// is. Not "2 in 2019", "3 in 10 days" or "5 in 3": the second number
    /// must be a larger whole that is neither a year nor a span of time.
    fn one_in_n(&self, i: usize) -> Option<Found> {
        // "1 in 5", "1 in every 5"
        let at = i + 2 + usize::from(self.word(i + 2) == "every");
        if self.word(i + 1) != "in" || !self.is_number(at) {
            return None;
        }
        let (part, part_decimals) = parse_digits(self.raw(i))?;
        let (whole, whole_decimals) = parse_digits(self.raw(at))?;
        let year = self.raw(at).len() == 4 && (1800.0..=2100.0).contains(&whole);
        let next = self.word(at + 1);
        let time = lexicon::time_unit(next).is_some() || lexicon::month(self.raw(at + 1)).is_some();
        let whole_numbers = part_decimals == 0 && whole_decimals == 0;
        if !whole_numbers || year || time || whole <= part || self.glued(at + 1) {
            return None;
        }
        Some(self.fraction(i, at, part / whole))
    }

    fn identifier(&self, i: usize) -> Found {
        let mut last = i;
        // "No. 10-12", "+44 20 7946": swallow the rest of the code.
        while matches!(self.raw(last + 1), "-" | "/")
            && self.glued(last + 1)
            && self.is_number(last + 2)
        {
            last += 2;
        }
        let value = parse_digits(self.raw(i)).map_or(0.0, |(v, _)| v);
        self.simple(i, last, Kind::Identifier, Value::Number(value))
    }

    /// "555-0134", "555-123-4567".
    fn phone(&self, i: usize) -> Option<Found> {
        let part = |k: usize| self.is_number(k) && self.raw(k).bytes().all(|b| b.is_ascii_digit());
        let hyphen = |k: usize| self.raw(k) == "-" && self.glued(k) && self.glued(k + 1);
        if !(part(i) && hyphen(i + 1) && part(i + 2)) {
            return None;
        }
        let (a, b) = (self.raw(i).len(), self.raw(i + 2).len());
        let three_groups = hyphen(i + 3) && part(i + 4) && self.raw(i + 4).len() == 4;
        if !((a == 3 && b == 4) || (a == 3 && b == 3 && three_groups)) {
            return None;
        }
        let last = if three_groups { i + 4 } else { i + 2 };
        Some(self.identifier(i)).map(|mut f| {
            f.last = last;
            f.after = last + 1;
            f
        })
    }

    /// Scale, range, unit, kind, noun, rate, hedge and change after the
    /// number at the start of a figure.
    fn tail(&self, core: Core) -> Found {
        let mut last = core.last;
        let mut value = core.value;
        let mut currency = core.currency;
        let mut scale = 1.0;
        // "aged 40", "aged between 16 and 24"
        let aged = |k: usize| matches!(self.word(k), "aged" | "age");
        let age_before = core.first > 0
            && (aged(core.first - 1)
                || (core.first > 1
                    && self.word(core.first - 1) == "between"
                    && aged(core.first - 2)));
        let mut first = core.first;

        // A sign: "-5", "minus five". A hyphen only counts when it opens
        // the sentence or stands after a space, so "10-15" stays a range.
        let sign_at = first.checked_sub(1);
        let negative = sign_at.is_some_and(|k| {
            (matches!(self.raw(k), "-" | "−")
                && (k == 0 || self.tokens[k].spaced)
                && (self.glued(first) || k == 0))
                || matches!(self.word(k), "minus" | "negative")
        });
        if negative {
            first -= 1;
            value = -value;
        }

        // "two and a half", "5 and a quarter"; after a large scale, a part
        // of it: "six billion and a quarter", "3 million and a half".
        let and_a_part = |last: usize| {
            if self.word(last + 1) != "and" || self.word(last + 2) != "a" {
                return (0.0, 0);
            }
            let part = match self.word(last + 3) {
                "half" => 0.5,
                "quarter" => 0.25,
                w => lexicon::ordinal_word(w)
                    .filter(|&d| d >= 3 && !w.ends_with('s'))
                    .map_or(0.0, |d| 1.0 / f64::from(d)),
            };
            let of = lexicon::scale(self.word(last), false)
                .filter(|&s| s >= 1e6)
                .unwrap_or(1.0);
            // "one billion and a half million": a part of the smaller scale
            // named after it.
            let (of, used) = match lexicon::scale(self.word(last + 4), false) {
                Some(smaller) if part != 0.0 && smaller < of => (smaller, 4),
                _ => (of, 3),
            };
            (if negative { -part * of } else { part * of }, used)
        };
        let (part, used) = and_a_part(last);
        if part != 0.0 {
            value += part;
            last += used;
        }

        // "$1.5-billion plan": a scale hyphened to the amount, as some
        // papers write it before a noun.
        if currency.is_some()
            && self.raw(last + 1) == "-"
            && self.glued(last + 1)
            && self.glued(last + 2)
            && matches!(self.word(last + 2), "million" | "billion" | "trillion")
        {
            last += 1;
        }
        // Scale: "3bn", "1.2 million", "$5m", "$50k", "10M", "322 hundred",
        // "3 dozen".
        let glued = self.glued(last + 1);
        let w = self.word(last + 1);
        let raw_scale = self.raw(last + 1);
        let letter = match raw_scale {
            "M" | "MM" | "mil" if glued => Some(1e6),
            "B" if glued => Some(1e9),
            "K" if glued => Some(1e3),
            "m" if glued
                && (currency.is_some() || self.millions_of(last + 2, value, core.decimals)) =>
            {
                Some(1e6)
            }
            "b" if glued => Some(1e9),
            "k" => Some(1e3),
            _ => None,
        };
        let counted = match w {
            "hundred" if core.decimals.is_some() => Some(100.0),
            "dozen" | "dozens" | "doz" | "dozs" | "dz" | "dzs" => Some(12.0),
            "tln" => Some(1e12),
            _ => None,
        };
        if let Some(s) = lexicon::scale(w, glued).or(letter).or(counted) {
            scale = s;
            last += 1;
        }
        value *= scale;
        // "4 thousand 3 hundred and 21", "3 hundred and one": digits with
        // spelled scales go on as one number, as it is said aloud.
        if matches!(scale, 100.0 | 1000.0) && core.decimals == Some(0) && !negative {
            let mut k = last + 1;
            if scale == 1000.0
                && self.word(k + 1) == "hundred"
                && let Some((v, _)) = parse_digits(self.raw(k))
                    .filter(|&(v, d)| self.is_number(k) && d == 0 && (1.0..10.0).contains(&v))
            {
                value += v * 100.0;
                last = k + 1;
                k = last + 1;
            }
            if self.word(k) == "and"
                && let Some((v, used)) = self.small_amount(k + 1).filter(|&(v, used)| {
                    // "3 hundred and 2 hundred" are two numbers.
                    let next = self.word(k + 1 + used);
                    v > 0.0 && next != "hundred" && lexicon::scale(next, false).is_none()
                })
            {
                value += v;
                last = k + used;
            }
        }
        if scale >= 1e6 {
            let (part, used) = and_a_part(last);
            if part != 0.0 {
                value += part;
                last += used;
            }
        }

        // Range: "10 to 15", "10-15", "between 5 and 10", "$5m-$7m".
        let mut second = None;
        let between = first > 0 && self.word(first - 1) == "between";
        // "from 10 to 15" is a change, unless something ranges over it
        // ("ages ranging from 11 to 75").
        let from = first > 0
            && self.word(first - 1) == "from"
            && !(first > 1
                && matches!(
                    self.word(first - 2),
                    "ranging" | "range" | "ranged" | "varying" | "varied" | "aged"
                ));
        let joiner = self.raw(last + 1);
        // "1000 - 5000" spaced both sides joins two numbers too, rising
        // as a range does ("45 - 40" is a tally); "2 -5" is a number and
        // a negative one.
        let spaced_dash = joiner == "-"
            && !self.glued(last + 1)
            && !self.glued(last + 2)
            && self.is_number(last + 2)
            && parse_digits(self.raw(last + 2)).is_some_and(|(v, _)| v * scale > value);
        // "narrowed by €3.2 billion to €41 billion", "went up $5 to $35":
        // an amount of change, then where the value ended.
        let changed = || {
            let hedged = self.hedge_before(first).map_or(first, |(_, start)| start);
            hedged > 0
                && (self.word(hedged - 1) == "by"
                    || lexicon::change_word(self.word(hedged - 1)).is_some())
        };
        let joins = (matches!(joiner, "-" | "–") && self.glued(last + 1) && self.glued(last + 2))
            || spaced_dash
            || (matches!(joiner, "to" | "through" | "thru") && !from && !changed())
            || (joiner == "~" && self.is_number(last + 2))
            || (joiner == "and" && between)
            || (joiner == "–");
        // "between 2015 and 2019" names two years, not a range of counts;
        // "from 1,800 in 2024 to 5,400" says when, then where it ended.
        let year_like = core.plain
            && self.raw(core.first).len() == 4
            && (1800.0..=2100.0).contains(&core.value);
        let years = year_like
            && (joiner == "and"
                || (joiner == "to" && first > 0 && matches!(self.word(first - 1), "in" | "since")));
        if joins && !years {
            let mut k = last + 2;
            if currency.is_some() && lexicon::currency_sign(self.raw(k)).is_some() {
                k += 1;
            }
            // "repay £85m to 420,000 customers": money to a count of
            // people is no range.
            let counted_after = |k: usize| {
                let w = self.word(k + 1);
                currency.is_some()
                    && matches!(joiner, "to" | "through" | "thru")
                    && self.is_word(k + 1)
                    && lemma::is_plural(w)
                    && lexicon::currency_word(w).is_none()
                    && lexicon::scale(w, false).is_none()
            };
            if let Some((v, _)) = parse_digits(self.raw(k))
                .filter(|_| self.is_number(k))
                .filter(|_| !counted_after(k))
            {
                let mut s2 = 1.0;
                let w2 = self.word(k + 1);
                // "£5m to £7m": the money letter scale on the second end too.
                let letter = (currency.is_some() && self.glued(k + 1) && self.raw(k + 1) == "m")
                    .then_some(1e6);
                if let Some(s) = lexicon::scale(w2, self.glued(k + 1)).or(letter) {
                    s2 = s;
                    k += 1;
                } else if scale > 1.0 {
                    s2 = scale;
                }
                if scale == 1.0 && s2 > 1.0 {
                    value *= s2;
                    scale = s2;
                }
                second = Some(v * s2);
                last = k;
            }
        }

        // Unit and kind.
        let read = self.unit_after(last, currency, scale, core.decimals == Some(0));
        let (mut kind, mut unit, mut per) = (read.kind, read.unit, read.per);
        currency = read.currency;
        last = read.last;
        // "75 USD million": the scale after the code.
        let scale_after_code = lexicon::scale(self.word(last + 1), false)
            .filter(|_| scale == 1.0 && read.currency.is_some() && read.last > core.last);
        if scale_after_code.is_some() {
            last += 1;
        }
        let unit_scale = read.scale * scale_after_code.unwrap_or(1.0);
        if unit_scale != 1.0 {
            value *= unit_scale;
            second = second.map(|v| v * unit_scale);
            scale *= unit_scale;
        }

        // "3 dollars 50 cents", "thirteen dollars and forty-five cents"
        if currency.is_some_and(|c| c != "cent" && c != "penny")
            && matches!(
                self.word(last),
                "dollar" | "dollars" | "euro" | "euros" | "pounds"
            )
        {
            let at = last + 1 + usize::from(self.word(last + 1) == "and");
            // "15 dollars 50." with the cents left unnamed, as said aloud;
            // only where nothing follows the cents, or they could count
            // anything ("15 dollars and 50 people").
            if let Some((cents, used)) = self.small_amount(at) {
                let named = matches!(self.word(at + used), "cent" | "cents" | "pence" | "p");
                if named || (!self.is_word(at + used) && !self.is_number(at + used)) {
                    value += cents / 100.0;
                    last = at + used - usize::from(!named);
                }
            }
        }
        // "6 feet 2 inches", "5 ft 2 in", "5 feet and 2 inches": one height.
        if unit.as_deref() == Some("ft") && second.is_none() {
            let at = last + 1 + usize::from(self.word(last + 1) == "and");
            if let Some((inches, used)) = self.small_amount(at)
                && inches < 12.0
                && matches!(self.word(at + used), "in" | "inch" | "inches")
                && self.word(at + used + 1) != "the"
            {
                value += inches / 12.0;
                last = at + used;
            }
        }
        if let Some(code) = currency {
            kind = Some(Kind::Money);
            unit = Some(code.into());
        }
        if kind.is_none() && age_before {
            kind = Some(Kind::Age);
            unit = Some("year".into());
        }

        let decimals = core.decimals.unwrap_or(0);
        let mut precision = if core.decimals.is_some() && (decimals > 0 || scale > 1.0) {
            half_unit(decimals) * scale
        } else {
            0.0
        };
        if matches!(kind, Some(Kind::Percent | Kind::PercentagePoints)) {
            // Percentages are ratios a reporter rounded: "30%" allows
            // 29.5 to 30.5 even though it is written as an integer.
            precision = half_unit(decimals);
            if unit.as_deref() != Some("bp") {
                unit = Some(
                    if kind == Some(Kind::Percent) {
                        "percent"
                    } else {
                        "points"
                    }
                    .into(),
                );
            }
        }

        let is_year = kind.is_none()
            && second.is_none()
            && core.plain
            && core.decimals == Some(0)
            && self.raw(core.first).len() == 4
            && (1800.0..=2100.0).contains(&core.value);
        // "born in 1944", "born in May 1987", "born in Naples in 1970".
        let birth = is_year
            && core.first >= 2
            && (self.word(core.first - 1) == "in"
                || lexicon::month(self.raw(core.first - 1)).is_some())
            && (core.first.saturating_sub(6)..core.first - 1)
                .rev()
                .take_while(|&k| self.is_word(k) && !matches!(self.word(k), "and" | "but"))
                .any(|k| self.word(k) == "born" && self.word(k + 1) == "in");

        let mut noun = None;
        let mut after = last + 1;
        let kind = match kind {
            Some(kind) => kind,
            None if is_year => Kind::Year,
            None => {
                // "200-plus complaints", "100 or so letters": the noun is after
                // the hedge.
                let hedge = match (self.word(last + 1), self.word(last + 2)) {
                    ("or", "more" | "fewer" | "less") if self.word(last + 3) == "than" => 0,
                    ("-", "plus") | ("or", "so" | "more" | "fewer" | "less") => 2,
                    _ => 0,
                };
                let (n, a) = match self.hyphen_noun(last) {
                    // "the 27-nation bloc", "a 450-seat chamber": the
                    // count's noun is joined to it and modifies another.
                    Some(lemma) => (
                        Some(Noun {
                            lemma,
                            ..Noun::default()
                        }),
                        last + 3,
                    ),
                    None => self.noun_after(last + 1 + hedge, value == 1.0),
                };
                after = a;
                if let Some(n) = &n {
                    if let Some(t) = lexicon::time_unit(&n.lemma).filter(|_| n.modifiers.is_empty())
                    {
                        unit = Some(t.into());
                    } else {
                        unit = Some(n.lemma.clone());
                    }
                }
                noun = n;
                // "1300 route kilometres", "1,000 or more kilograms of
                // marijuana": a count of a unit of measure is a measure.
                let measure = noun.as_ref().and_then(|n| {
                    let head = n.lemma.split(" of ").next().unwrap_or(&n.lemma);
                    lexicon::measure(head).filter(|_| head.len() > 2)
                });
                if unit
                    .as_deref()
                    .is_some_and(|u| lexicon::time_unit(u).is_some())
                    && noun.as_ref().is_some_and(|n| n.modifiers.is_empty())
                {
                    noun = None;
                    Kind::Duration
                } else if let Some((m, p)) = measure {
                    unit = Some(m.into());
                    per = p.map(Into::into);
                    noun = None;
                    if p.is_some() {
                        Kind::Rate
                    } else {
                        Kind::Measure
                    }
                } else {
                    Kind::Count
                }
            }
        };
        // "5,000 a week", "$45 per barrel", "188 miles an hour". The span
        // stays on the amount; `per` carries the rest.
        // "86,000 hours a year" is time spent per year.
        let rated = matches!(
            kind,
            Kind::Count | Kind::Money | Kind::Percent | Kind::Measure | Kind::Duration
        );
        if rated
            && per.is_none()
            && let Some((p, end)) = self
                .per_after(after)
                .or_else(|| self.per_after_of(after))
                .or_else(|| noun.as_ref().and_then(|_| self.per_after_verb(after)))
        {
            per = Some(p);
            after = end;
        }
        // A bare whole number that could be someone's age in years.
        let lifespan = noun.is_none()
            && core.decimals == Some(0)
            && (1.0..=120.0).contains(&core.value)
            && first >= 2;
        let kind = match (kind, &per, second) {
            (_, _, Some(_)) if self.is_score(core.first, core.value, second) => Kind::Score,
            (_, _, Some(_)) => Kind::Range,
            (Kind::Count | Kind::Money | Kind::Measure | Kind::Duration, Some(_), None) => {
                Kind::Rate
            }
            // "She was 26.", "The minister, born in 1962, is 63;": a bare
            // number said of a person is an age.
            (Kind::Count, None, None)
                if noun.is_none()
                    && first >= 2
                    && matches!(self.word(first - 1), "was" | "is")
                    && (matches!(self.word(first - 2), "he" | "she" | "who")
                        || (self.raw(first - 2) == ","
                            && core.decimals == Some(0)
                            && (1.0..=120.0).contains(&core.value)
                            && (1..first)
                                .any(|k| self.word(k - 1) == "born" && self.word(k) == "in")))
                    && !self.is_word(last + 1) =>
            {
                unit = Some("year".into());
                Kind::Age
            }
            // "died on Sunday at 52": a whole number after "at" in a
            // clause about a death is the age at death.
            (Kind::Count, None, None)
                if lifespan
                    && self.word(first - 1) == "at"
                    && (first.saturating_sub(6)..first - 1)
                        .any(|k| matches!(self.word(k), "died" | "dies" | "dead"))
                    && !self.is_word(last + 1) =>
            {
                unit = Some("year".into());
                Kind::Age
            }
            // "at the age of 95" is someone's age.
            (Kind::Count, None, None)
                if lifespan
                    && first >= 3
                    && self.word(first - 1) == "of"
                    && self.word(first - 2) == "age"
                    && self.word(first - 3) == "the" =>
            {
                unit = Some("year".into());
                Kind::Age
            }
            // "the pension age will rise to 67", "the voting age from 18":
            // a number of years, but no one's age, so never the same
            // person as a birth year nearby.
            (Kind::Count, None, None)
                if lifespan
                    && matches!(self.word(first - 1), "to" | "of" | "from" | "at")
                    && (first.saturating_sub(6)..first - 1).any(|k| self.word(k) == "age")
                    && (!self.is_word(last + 1)
                        || lexicon::is_function_word(self.word(last + 1))) =>
            {
                unit = Some("year".into());
                Kind::Count
            }
            // "Joe Smith, 78, said", "the prime minister, 58, was": a
            // whole number set off by commas right after a name or a
            // person is the person's age.
            (Kind::Count, None, None)
                if lifespan
                    && self.raw(first - 1) == ","
                    && (self
                        .raw(first - 2)
                        .chars()
                        .next()
                        .is_some_and(char::is_uppercase)
                        || lexicon::is_person_noun(self.word(first - 2)))
                    && self.is_word(first - 2)
                    && matches!(self.raw(last + 1), "," | ")") =>
            {
                unit = Some("year".into());
                Kind::Age
            }
            // "CentOS 8", "Apollo 11": a bare number right after a name,
            // counting nothing, names a version or a model.
            (Kind::Count, None, None) if noun.is_none() && self.after_name(first) => {
                Kind::Identifier
            }
            // "Boeing 737 MAX 9 jets": after a model's capitals the number
            // is part of the name, even with a noun after it.
            (Kind::Count, None, None)
                if self.after_name(first)
                    && self.raw(first - 1).len() >= 3
                    && self
                        .raw(first - 1)
                        .chars()
                        .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
                    && lexicon::currency_code(self.word(first - 1)).is_none() =>
            {
                noun = None;
                Kind::Identifier
            }
            (kind, _, None) => kind,
        };
        // The name is part of the identifier's text.
        let first = if kind == Kind::Identifier {
            first - 1
        } else {
            first
        };
        let value = match (kind, second) {
            (Kind::Score, Some(b)) => Value::Score(core.value as u32, b as u32),
            (_, Some(b)) => Value::Range(value, season_end(value, b)),
            _ => Value::Number(value),
        };
        let found = Found {
            first,
            last,
            hedge_first: first,
            after: after.max(last + 1),
            kind,
            value,
            precision,
            unit,
            per,
            noun,
            qualifier: Qualifier::Exact,
            change: None,
            birth,
            total: false,
            anaphoric: false,
        };
        self.hedge_and_change(found)
    }

    /// A whole number of under 100 at `k`, in digits or words, and how
    /// many tokens it takes.
    fn small_amount(&self, k: usize) -> Option<(f64, usize)> {
        if self.is_number(k) {
            return parse_digits(self.raw(k))
                .filter(|(v, d)| *d == 0 && *v < 100.0)
                .map(|(v, _)| (v, 1));
        }
        let words = [self.word(k), self.word(k + 1), self.word(k + 2)];
        parse_words(&words).filter(|(v, _)| *v < 100.0)
    }

    /// The token before `first` is a capitalised name (not the sentence's
    /// first word, a month, a weekday or a currency code), with no comma
    /// between.
    fn after_name(&self, first: usize) -> bool {
        if first < 2 || !self.is_word(first - 1) || !self.tokens[first].spaced {
            return false;
        }
        let name = self.raw(first - 1);
        // "Park's 41.9": a possessive owns the number, it does not name it.
        let possessive = name.ends_with("'s") || name.ends_with("’s");
        !possessive
            && name.chars().next().is_some_and(char::is_uppercase)
            && lexicon::month(name).is_none()
            && lexicon::weekday(name).is_none()
            && lexicon::currency_code(self.word(first - 1)).is_none()
            && !lexicon::is_function_word(self.word(first - 1))
    }

    /// "3-1" between small whole numbers in a sentence about a game.
    fn is_score(&self, first: usize, a: f64, b: Option<f64>) -> bool {
        let Some(b) = b else { return false };
        let small = |v: f64| v.fract() == 0.0 && (0.0..=30.0).contains(&v);
        // "voted 51 to 49": a tally falls, where a range rises.
        let whole = |v: f64| v.fract() == 0.0 && (0.0..=1000.0).contains(&v);
        let tally = whole(a) && whole(b) && a > b && self.word(first + 1) == "to";
        if !(tally || (small(a) && small(b) && self.raw(first + 1) == "-")) {
            return false;
        }
        let lo = first.saturating_sub(10);
        (lo..(first + 12).min(self.len())).any(|k| lexicon::is_contest_word(self.word(k)))
    }
}

/// The end of a span of years written short, as seasons and terms are:
/// "2019-20" ends in 2020 and "1999-00" in 2000. Any other range end is
/// kept as written.
fn season_end(start: f64, end: f64) -> f64 {
    let whole = |v: f64| v.fract() == 0.0;
    if (1000.0..3000.0).contains(&start)
        && whole(start)
        && (0.0..100.0).contains(&end)
        && whole(end)
    {
        let mut year = (start / 100.0).floor() * 100.0 + end;
        if year < start {
            year += 100.0;
        }
        year
    } else {
        end
    }
}
