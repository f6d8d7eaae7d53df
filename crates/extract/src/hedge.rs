use serde::{Deserialize, Serialize};

use crate::{Interval, Qualifier};

/// How each hedge widens a written value into the interval a reader would
/// accept. Rule packs may override any field (see `rules/README.md`);
/// unknown fields are an error so that a misspelt override is not
/// silently ignored.
///
/// Defaults, and why:
/// - `approximately: 0.1`: "around 1,000" allows 900 to 1,100. Reporters
///   round to one or two significant figures; ten percent covers that
///   without letting "about 1,000" stand for 1,500.
/// - `more-than-max: null` (no upper bound): "more than 5,000" says
///   nothing about how many more, so a rule can never prove it wrong from
///   above. Set it (say to 2.0) to read "more than X" as "below 2X".
/// - `less-than-min: 0.0`: "fewer than 100" allows anything from 0.
/// - `vague-min: 2.0`, `vague-max: 10.0`: "dozens" is 24 to 120,
///   "hundreds" 200 to 1,000, "a handful" 2 to 10.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case", default)]
pub struct HedgeTable {
    /// "around 1,000": value ± this fraction of it.
    pub approximately: f64,
    /// "more than X", "at least X": the highest value allowed, as a
    /// multiple of X; `None` for no upper bound.
    pub more_than_max: Option<f64>,
    /// "fewer than X", "at most X": the lowest value allowed, as a
    /// multiple of X.
    pub less_than_min: f64,
    /// "dozens of": the lowest value, as a multiple of the base (12).
    pub vague_min: f64,
    /// "dozens of": the highest value, as a multiple of the base.
    pub vague_max: f64,
}

impl Default for HedgeTable {
    fn default() -> HedgeTable {
        HedgeTable {
            approximately: 0.1,
            more_than_max: None,
            less_than_min: 0.0,
            vague_min: 2.0,
            vague_max: 10.0,
        }
    }
}

impl HedgeTable {
    /// Every value that `value`, written to `precision` and hedged by
    /// `qualifier`, allows. Never inverted, even for a negative value or
    /// an odd table.
    pub fn interval(&self, value: f64, precision: f64, qualifier: Qualifier) -> Interval {
        let p = precision.abs();
        let (low, high) = match qualifier {
            Qualifier::Exact => (value - p, value + p),
            Qualifier::Approximately => {
                let slack = value.abs() * self.approximately.abs() + p;
                (value - slack, value + slack)
            }
            Qualifier::MoreThan | Qualifier::AtLeast => {
                let high = self.more_than_max.map_or(f64::INFINITY, |m| value * m + p);
                (value - p, high)
            }
            Qualifier::LessThan | Qualifier::AtMost => (value * self.less_than_min - p, value + p),
            Qualifier::Vague => (value * self.vague_min, value * self.vague_max),
        };
        if low.is_nan() || high.is_nan() {
            return Interval::exact(value);
        }
        Interval::new(low.min(high), high.max(low))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_qualifier_widens_by_its_rule() {
        let table = HedgeTable::default();
        let cases = [
            (273.0, 0.0, Qualifier::Exact, 273.0, 273.0),
            (3.7, 0.05, Qualifier::Exact, 3.65, 3.75),
            (1000.0, 0.0, Qualifier::Approximately, 900.0, 1100.0),
            (5000.0, 0.0, Qualifier::MoreThan, 5000.0, f64::INFINITY),
            (100.0, 0.0, Qualifier::LessThan, 0.0, 100.0),
            (12.0, 0.0, Qualifier::Vague, 24.0, 120.0),
        ];
        for (value, precision, qualifier, low, high) in cases {
            let got = table.interval(value, precision, qualifier);
            assert!(
                (got.low - low).abs() < 1e-9
                    && (got.high == high || (got.high - high).abs() < 1e-9),
                "{value} {qualifier:?}: {got:?}"
            );
        }
    }

    #[test]
    fn overrides_are_read_and_typos_refused() {
        let table: HedgeTable = serde_json::from_str(r#"{"approximately": 0.2}"#).unwrap();
        assert_eq!(table.approximately, 0.2);
        assert_eq!(table.vague_max, 10.0);
        let typo = serde_json::from_str::<HedgeTable>(r#"{"aproximately": 0.2}"#);
        assert!(typo.unwrap_err().to_string().contains("unknown field"));
    }
}
