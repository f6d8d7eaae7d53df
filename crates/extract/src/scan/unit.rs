//! The unit and kind written right after an amount: "%", "per cent",
//! "percentage points", currencies before or after ("£3bn", "5 million
//! euros", "40 rmb"), measures ("10 km", "20 (kg)", "-5 degrees
//! Fahrenheit", "10 km/h"), durations and ages ("30-day", "78-year-old",
//! "3 years of age") and ordinal suffixes ("21st").

use super::*;

/// What `Sentence::unit_after` read.
pub(super) struct Unit {
    pub kind: Option<Kind>,
    pub unit: Option<String>,
    pub per: Option<String>,
    pub currency: Option<&'static str>,
    /// The last token of the figure, unit included.
    pub last: usize,
    /// What the unit multiplies the amount by: a million for "MUSD".
    pub scale: f64,
}

impl<'a> Sentence<'a> {
    /// Reads the unit after the amount that ends at token `last`.
    /// `currency` is a sign already read before the amount; `whole` says
    /// the amount was written as a whole number (for "21st").
    pub(super) fn unit_after(
        &self,
        last: usize,
        currency: Option<&'static str>,
        scale: f64,
        whole: bool,
    ) -> Unit {
        let mut last = last;
        let mut currency = currency;
        let mut kind = None;
        let mut unit: Option<String> = None;
        let mut per: Option<String> = None;
        let mut unit_scale = 1.0;
        let k = last + 1;
        let w = self.word(k);
        let raw = self.raw(k);
        let point_follows = matches!(self.word(k + 1), "point" | "points");
        // "3 pc" is the British papers' per cent; "3 PC" is a computer.
        if raw == "%"
            || matches!(w, "percent" | "pct" | "percents")
            || raw == "pc"
            || (w == "percentage" && !point_follows)
        {
            kind = Some(Kind::Percent);
            last = k;
        } else if w == "per" && self.word(k + 1) == "cent" {
            kind = Some(Kind::Percent);
            last = k + 1;
        } else if w == "percentage" && matches!(self.word(k + 1), "point" | "points") {
            kind = Some(Kind::PercentagePoints);
            last = k + 1;
        } else if (w == "basis" && matches!(self.word(k + 1), "point" | "points"))
            || matches!(raw, "bp" | "bps" | "bpts")
        {
            // "25 basis points", "25bp": hundredths of a percentage point,
            // kept as written with their own unit.
            kind = Some(Kind::PercentagePoints);
            unit = Some("bp".into());
            last = if w == "basis" { k + 1 } else { k };
        } else if let Some(code) = lexicon::qualified_currency(w, self.word(k + 1))
            .or_else(|| {
                lexicon::qualified_currency(self.word(k + 1), self.word(k + 2))
                    .filter(|_| matches!(w, "hong" | "new"))
            })
            .filter(|_| currency.is_none())
        {
            currency = Some(code);
            last = if matches!(w, "hong" | "new") {
                k + 2
            } else {
                k + 1
            };
        } else if let Some(code) = lexicon::currency_sign(raw)
            .or_else(|| lexicon::currency_after(raw))
            .filter(|_| currency.is_none())
        {
            // "100€", "100 元"
            currency = Some(code);
            last = k;
        } else if let Some(code) = lexicon::million_code(raw).filter(|_| currency.is_none()) {
            currency = Some(code);
            unit_scale = 1e6;
            last = k;
        } else if let Some(code) =
            lexicon::currency_code(w).filter(|_| currency.is_none() && self.is_word(k) && w != "rs")
        {
            // "40 rmb", "100 USD"
            currency = Some(code);
            last = k;
        } else if matches!(w, "pound" | "pounds")
            && currency.is_none()
            && (scale > 1.0 || self.word(k + 1) == "sterling")
        {
            // "361 million pounds" is money; "25 pounds" is a weight.
            currency = Some("GBP");
            last = if self.word(k + 1) == "sterling" {
                k + 1
            } else {
                k
            };
        } else if let Some(code) = lexicon::currency_word(w)
            .filter(|_| currency.is_none() && (w != "p" || self.glued(k)))
            .filter(|_| !(matches!(w, "pound" | "pounds") && self.word(k + 1) == "of"))
        {
            currency = Some(code);
            last = k;
        } else if raw == "-" && self.glued(k) && self.glued(k + 1) && self.is_word(k + 1) {
            let w = self.word(k + 1);
            if let Some(code) = lexicon::currency_word(w).filter(|_| currency.is_none()) {
                currency = Some(code);
                last = k + 1;
            } else if let Some(t) = lexicon::time_unit(w) {
                if self.raw(k + 2) == "-" && self.word(k + 3) == "old" {
                    kind = Some(Kind::Age);
                    unit = Some(t.into());
                    last = k + 3;
                } else {
                    kind = Some(Kind::Duration);
                    unit = Some(t.into());
                    last = k + 1;
                }
            } else if let Some((m, p)) = lexicon::measure(w) {
                kind = Some(measure_kind(p));
                unit = Some(m.into());
                per = p.map(Into::into);
                last = k + 1;
            }
        } else if w == "yo" && whole && self.is_word(k) {
            // "a 87 yo man": clinical shorthand for years old.
            kind = Some(Kind::Age);
            unit = Some("year".into());
            last = k;
        } else if let Some(t) = lexicon::time_unit(w).filter(|_| self.is_word(k)) {
            if self.word(k + 1) == "old" {
                kind = Some(Kind::Age);
                last = k + 1;
            } else if self.word(k + 1) == "of" && self.word(k + 2) == "age" {
                kind = Some(Kind::Age);
                last = k + 2;
            } else {
                kind = Some(Kind::Duration);
                last = k;
            }
            unit = Some(t.into());
        } else if matches!(raw, "C" | "F")
            && self.glued(k)
            // "14.7C/ per share": C/ is the cent sign; "Boeing 777F" and
            // "Canon 5D" name a model.
            && !(self.raw(k + 1) == "/" && self.glued(k + 1))
            && !(k >= 1 && self.is_number(k - 1) && self.after_name(k - 1))
        {
            // "40C", "104F"
            kind = Some(Kind::Measure);
            unit = Some(if raw == "C" { "°C" } else { "°F" }.into());
            last = k;
        } else if raw == "°" {
            let u = match self.word(k + 1) {
                "c" if self.glued(k + 1) => Some("°C"),
                "f" if self.glued(k + 1) => Some("°F"),
                _ => None,
            };
            kind = Some(Kind::Measure);
            unit = Some(u.unwrap_or("degree").into());
            last = if u.is_some() { k + 1 } else { k };
        } else if w == "nautical" && matches!(self.word(k + 1), "mile" | "miles") {
            kind = Some(Kind::Measure);
            unit = Some("nmi".into());
            last = k + 1;
        } else if matches!(w, "square" | "sq") {
            if let Some((m, None)) =
                lexicon::measure(self.word(k + 1 + usize::from(self.raw(k + 1) == ".")))
            {
                kind = Some(Kind::Measure);
                unit = Some(format!("sq {m}"));
                last = k + 1 + usize::from(self.raw(k + 1) == ".");
            }
        } else if matches!(raw, "(" | "[" | "{" | "<")
            && let Some((m, None)) = lexicon::measure(self.word(k + 1))
            && matches!(self.raw(k + 2), ")" | "]" | "}" | ">")
            && self.word(k + 1).len() >= 2
        {
            // "20 (kg)": a unit in brackets, as tables and specs write it.
            kind = Some(Kind::Measure);
            unit = Some(m.into());
            last = k + 2;
        } else if matches!(w, "metric" | "cubic")
            && let Some((m, None)) = lexicon::measure(self.word(k + 1))
        {
            kind = Some(Kind::Measure);
            unit = Some(if w == "cubic" {
                format!("cu {m}")
            } else {
                m.into()
            });
            last = k + 1;
        } else if let Some((m, p)) = lexicon::measure(w)
            .filter(|_| currency.is_none() && self.is_word(k))
            // A lone spaced letter ("5 g", "5 t") is too often something
            // else; "m" for metres is the exception news copy uses.
            .filter(|_| self.glued(k) || w.len() >= 2 || raw == "m")
        {
            kind = Some(measure_kind(p));
            unit = Some(m.into());
            per = p.map(Into::into);
            last = k;
            // "12 deg." abbreviates; "12 degrees." ends the sentence.
            if matches!(w, "deg" | "degs") && self.raw(k + 1) == "." && self.glued(k + 1) {
                last = k + 1;
            }
            if m == "degree"
                && let Some(t) = match self.word(last + 1) {
                    "celsius" | "celcius" | "centigrade" | "c" => Some("°C"),
                    "fahrenheit" | "farenheit" | "f" => Some("°F"),
                    _ => None,
                }
            {
                unit = Some(t.into());
                last += 1;
            }
            // "250 terabits per second": a data rate.
            if matches!(m, "Mbit" | "Gbit" | "Tbit")
                && self.word(last + 1) == "per"
                && matches!(self.word(last + 2), "second" | "sec")
            {
                unit = Some(format!("{}bps", &m[..1]));
                last += 2;
            }
            // "350 gigawatt-hours", "40 kilowatt hours": energy, not power.
            if matches!(m, "kW" | "MW" | "GW")
                && matches!(
                    self.word(last + 1 + usize::from(self.raw(last + 1) == "-")),
                    "hour" | "hours"
                )
            {
                unit = Some(format!("{m}h"));
                last += 1 + usize::from(self.raw(last + 1) == "-");
            }
            // "km/h", "miles/hour", "40 m/s"
            if self.raw(k + 1) == "/"
                && self.glued(k + 1)
                && matches!(self.word(k + 2), "h" | "hr" | "hour")
            {
                kind = Some(Kind::Rate);
                unit = Some(format!("{m}/h"));
                per = Some("hour".into());
                last = k + 2;
            } else if self.raw(k + 1) == "/"
                && self.glued(k + 1)
                && matches!(self.word(k + 2), "s" | "sec")
            {
                kind = Some(Kind::Rate);
                unit = Some(format!("{m}/s"));
                per = Some("second".into());
                last = k + 2;
            }
        } else if matches!(w, "st" | "nd" | "rd" | "th") && self.glued(k) && whole {
            kind = Some(Kind::Ordinal);
            last = k;
        }

        Unit {
            kind,
            unit,
            per,
            currency,
            last,
            scale: unit_scale,
        }
    }
}

/// A speed ("30 mph") is a rate per hour; other measures are measures.
fn measure_kind(per: Option<&str>) -> Kind {
    if per.is_some() {
        Kind::Rate
    } else {
        Kind::Measure
    }
}
