//! Closed intervals and three-valued truth.
//!
//! Arithmetic never yields NaN: an undefined end (0 × ∞, ∞ − ∞) widens to
//! the unbounded end, and division by an interval that contains 0 is
//! unbounded, so such a check can only be Unknown.

use serde::Serialize;

/// Every value an expression may take, `lo <= hi`; either end may be infinite.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct Iv {
    pub lo: f64,
    pub hi: f64,
}

impl Iv {
    pub const FULL: Iv = Iv {
        lo: f64::NEG_INFINITY,
        hi: f64::INFINITY,
    };

    pub fn exact(value: f64) -> Iv {
        Iv::new(value, value)
    }

    /// An interval from two ends in any order; NaN ends become unbounded.
    pub fn new(a: f64, b: f64) -> Iv {
        let lo = if a.is_nan() { f64::NEG_INFINITY } else { a };
        let hi = if b.is_nan() { f64::INFINITY } else { b };
        if lo <= hi {
            Iv { lo, hi }
        } else {
            Iv { lo: hi, hi: lo }
        }
    }

    pub fn is_exact(self) -> bool {
        self.lo == self.hi
    }

    pub fn is_bounded(self) -> bool {
        self.lo.is_finite() && self.hi.is_finite()
    }

    pub fn contains(self, value: f64) -> bool {
        self.lo <= value && value <= self.hi
    }

    pub fn hull(self, other: Iv) -> Iv {
        Iv::new(self.lo.min(other.lo), self.hi.max(other.hi))
    }

    fn times(self, other: Iv) -> Iv {
        // 0 × ∞ counts as 0: an exact zero times anything is zero.
        let product = |a: f64, b: f64| if a == 0.0 || b == 0.0 { 0.0 } else { a * b };
        let ends = [
            product(self.lo, other.lo),
            product(self.lo, other.hi),
            product(self.hi, other.lo),
            product(self.hi, other.hi),
        ];
        if ends.iter().any(|end| end.is_nan()) {
            return Iv::FULL;
        }
        Iv::new(
            ends.iter().copied().fold(f64::INFINITY, f64::min),
            ends.iter().copied().fold(f64::NEG_INFINITY, f64::max),
        )
    }

    fn over(self, other: Iv) -> Iv {
        if other.contains(0.0) {
            return Iv::FULL;
        }
        self.times(Iv::new(1.0 / other.hi, 1.0 / other.lo))
    }

    pub fn abs(self) -> Iv {
        if self.lo >= 0.0 {
            self
        } else if self.hi <= 0.0 {
            -self
        } else {
            Iv::new(0.0, (-self.lo).max(self.hi))
        }
    }

    pub fn min(self, other: Iv) -> Iv {
        Iv::new(self.lo.min(other.lo), self.hi.min(other.hi))
    }

    pub fn max(self, other: Iv) -> Iv {
        Iv::new(self.lo.max(other.lo), self.hi.max(other.hi))
    }

    /// `self < other` for every pair, for none, or for some.
    pub fn lt(self, other: Iv) -> Truth {
        if self.hi < other.lo {
            Truth::True
        } else if self.lo >= other.hi {
            Truth::False
        } else {
            Truth::Unknown
        }
    }

    pub fn le(self, other: Iv) -> Truth {
        if self.hi <= other.lo {
            Truth::True
        } else if self.lo > other.hi {
            Truth::False
        } else {
            Truth::Unknown
        }
    }

    /// Equal only when both are the same single value; unequal when they
    /// share no value.
    pub fn eq(self, other: Iv) -> Truth {
        if self.is_exact() && other.is_exact() && self.lo == other.lo {
            Truth::True
        } else if self.hi < other.lo || other.hi < self.lo {
            Truth::False
        } else {
            Truth::Unknown
        }
    }
}

impl std::ops::Add for Iv {
    type Output = Iv;
    fn add(self, other: Iv) -> Iv {
        Iv::new(self.lo + other.lo, self.hi + other.hi)
    }
}

impl std::ops::Neg for Iv {
    type Output = Iv;
    fn neg(self) -> Iv {
        Iv::new(-self.hi, -self.lo)
    }
}

impl std::ops::Sub for Iv {
    type Output = Iv;
    fn sub(self, other: Iv) -> Iv {
        self + -other
    }
}

impl std::ops::Mul for Iv {
    type Output = Iv;
    fn mul(self, other: Iv) -> Iv {
        self.times(other)
    }
}

impl std::ops::Div for Iv {
    type Output = Iv;
    fn div(self, other: Iv) -> Iv {
        self.over(other)
    }
}

/// Kleene's three-valued logic.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Truth {
    True,
    False,
    Unknown,
}

impl std::ops::Not for Truth {
    type Output = Truth;
    fn not(self) -> Truth {
        match self {
            Truth::True => Truth::False,
            Truth::False => Truth::True,
            Truth::Unknown => Truth::Unknown,
        }
    }
}

impl Truth {
    pub fn and(self, other: Truth) -> Truth {
        match (self, other) {
            (Truth::False, _) | (_, Truth::False) => Truth::False,
            (Truth::True, Truth::True) => Truth::True,
            _ => Truth::Unknown,
        }
    }

    pub fn or(self, other: Truth) -> Truth {
        !((!self).and(!other))
    }
}

/// A number for people: thousands separators, at most two decimals, no
/// trailing zeros.
pub fn format_number(value: f64) -> String {
    // News writes large round amounts with a scale word ("€1 billion"), and
    // a message should read like the copy it points at.
    for (scale, word) in [(1e12, "trillion"), (1e9, "billion"), (1e6, "million")] {
        let scaled = value / scale;
        if scaled.abs() >= 1.0 && ((scaled * 100.0).round() - scaled * 100.0).abs() < 1e-6 {
            return format!("{} {word}", format_rounded(scaled, 2));
        }
    }
    format_rounded(value, 2)
}

/// Like [`format_number`] with at most `decimals` decimals.
fn format_rounded(value: f64, decimals: i32) -> String {
    if value.is_infinite() {
        return if value > 0.0 {
            "∞".into()
        } else {
            "-∞".into()
        };
    }
    let scale = 10f64.powi(decimals);
    let rounded = (value * scale).round() / scale;
    let text = format!("{:.*}", decimals as usize, rounded.abs());
    let (whole, fraction) = text.split_once('.').unwrap_or((&text, ""));
    let fraction = fraction.trim_end_matches('0');
    let mut grouped = String::new();
    for (index, digit) in whole.chars().enumerate() {
        if index > 0 && (whole.len() - index) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(digit);
    }
    let sign = if rounded < 0.0 { "-" } else { "" };
    if fraction.is_empty() {
        format!("{sign}{grouped}")
    } else {
        format!("{sign}{grouped}.{fraction}")
    }
}

/// An interval for people: exact values as themselves, narrow intervals as
/// "about X", wide ones as "X–Y", half-open ones as "at least X".
pub fn format_interval(iv: Iv) -> String {
    match (iv.lo.is_finite(), iv.hi.is_finite()) {
        (false, false) => "any value".into(),
        (true, false) => format!("at least {}", format_number(iv.lo)),
        (false, true) => format!("at most {}", format_number(iv.hi)),
        (true, true) if iv.is_exact() => format_number(iv.lo),
        (true, true) => {
            let mid = (iv.lo + iv.hi) / 2.0;
            // The ends of a wide interval are rough: fewer decimals.
            let magnitude = iv.lo.abs().max(iv.hi.abs());
            let decimals = if magnitude >= 100.0 {
                0
            } else if magnitude >= 10.0 {
                1
            } else {
                2
            };
            let (lo, hi) = (
                format_rounded(iv.lo, decimals),
                format_rounded(iv.hi, decimals),
            );
            // Adjacent whole numbers are a count's or a year's alternatives
            // ("74–75"); other narrow intervals are one value, blurred.
            let whole = iv.lo.fract() == 0.0 && iv.hi.fract() == 0.0 && iv.hi - iv.lo <= 1.0;
            if !whole && (lo == hi || iv.hi - iv.lo <= 0.2 * mid.abs()) {
                format!("about {}", format_number(mid))
            } else {
                format!("{lo}–{hi}")
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn division_by_an_interval_around_zero_is_unbounded() {
        assert_eq!(Iv::exact(5.0) / Iv::new(-1.0, 1.0), Iv::FULL);
        assert_eq!(Iv::exact(6.0) / Iv::exact(3.0), Iv::exact(2.0));
    }

    #[test]
    fn infinite_ends_never_make_nan() {
        let open = Iv::new(5.0, f64::INFINITY);
        let product = open * Iv::new(0.0, 2.0);
        assert!(!product.lo.is_nan() && !product.hi.is_nan());
        let difference = open - open;
        assert!(!difference.lo.is_nan() && !difference.hi.is_nan());
        assert_eq!(difference, Iv::FULL);
    }

    #[test]
    fn comparisons_are_three_valued() {
        let a = Iv::new(1.0, 2.0);
        assert_eq!(a.lt(Iv::new(3.0, 4.0)), Truth::True);
        assert_eq!(a.lt(Iv::new(0.0, 1.0)), Truth::False);
        assert_eq!(a.lt(Iv::new(1.5, 4.0)), Truth::Unknown);
        assert_eq!(Iv::exact(2.0).eq(Iv::exact(2.0)), Truth::True);
        assert_eq!(a.eq(Iv::exact(1.5)), Truth::Unknown);
        assert_eq!(a.eq(Iv::exact(2.5)), Truth::False);
        assert_eq!(Truth::Unknown.and(Truth::False), Truth::False);
        assert_eq!(Truth::Unknown.or(Truth::True), Truth::True);
    }

    #[test]
    fn numbers_are_formatted_for_people() {
        assert_eq!(format_number(1234567.0), "1,234,567");
        assert_eq!(format_number(1e9), "1 billion");
        assert_eq!(format_number(2.55e9), "2.55 billion");
        assert_eq!(format_number(12_500_000.0), "12.5 million");
        assert_eq!(format_number(999_999.0), "999,999");
        assert_eq!(format_number(-0.5), "-0.5");
        assert_eq!(format_number(66.666), "66.67");
        assert_eq!(format_interval(Iv::new(99.85, 100.15)), "about 100");
        assert_eq!(format_interval(Iv::new(10.0, 30.0)), "10–30");
        assert_eq!(format_interval(Iv::new(74.0, 75.0)), "74–75");
        assert_eq!(format_interval(Iv::new(58.064, 78.571)), "58.1–78.6");
        assert_eq!(
            format_interval(Iv::new(300.0, f64::INFINITY)),
            "at least 300"
        );
    }
}

#[cfg(test)]
mod soundness {
    //! Interval results must contain every result of the values they stand
    //! for, and a definite comparison must agree with every pair of values.
    use proptest::prelude::*;

    use super::*;

    fn interval() -> impl Strategy<Value = (Iv, f64)> {
        (-1e6f64..1e6, 0f64..1e4, 0f64..=1.0).prop_map(|(low, width, at)| {
            let iv = Iv::new(low, low + width);
            (iv, low + width * at)
        })
    }

    proptest! {
        #[test]
        fn arithmetic_contains_every_pointwise_result((a, x) in interval(), (b, y) in interval()) {
            let close = |iv: Iv, value: f64| {
                let slack = 1e-9 * value.abs().max(1.0);
                iv.lo - slack <= value && value <= iv.hi + slack
            };
            prop_assert!(close(a + b, x + y));
            prop_assert!(close(a - b, x - y));
            prop_assert!(close(a * b, x * y));
            if y != 0.0 {
                prop_assert!(close(a / b, x / y));
            }
            prop_assert!(close(a.abs(), x.abs()));
            prop_assert!(close(a.min(b), x.min(y)));
            prop_assert!(close(a.max(b), x.max(y)));
        }

        #[test]
        fn definite_comparisons_hold_pointwise((a, x) in interval(), (b, y) in interval()) {
            let agrees = |truth: Truth, holds: bool| match truth {
                Truth::True => holds,
                Truth::False => !holds,
                Truth::Unknown => true,
            };
            prop_assert!(agrees(a.lt(b), x < y));
            prop_assert!(agrees(a.le(b), x <= y));
            prop_assert!(agrees(a.eq(b), x == y));
        }
    }
}
