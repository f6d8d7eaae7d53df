use serde::{Deserialize, Serialize};

use crate::{Interval, Qualifier};

/// How each hedge widens a written value into the interval a reader would
/// accept. Rule packs may override it (see `rules/README.md`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case", default)]
pub struct HedgeTable {
    /// "around 1,000": value ± this fraction of it.
    pub approximately: f64,
}

impl Default for HedgeTable {
    fn default() -> HedgeTable {
        HedgeTable { approximately: 0.1 }
    }
}

impl HedgeTable {
    /// Every value that `value`, written to `precision` and hedged by
    /// `qualifier`, allows.
    pub fn interval(&self, value: f64, precision: f64, qualifier: Qualifier) -> Interval {
        let _ = qualifier;
        Interval::new(value - precision, value + precision)
    }
}
