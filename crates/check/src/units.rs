//! Unit synonyms: a rule saying `%` matches a figure whose unit is
//! `percent`, and `$` matches `USD`. Figures' units pass through the same
//! table, so a rule and a figure meet whichever spelling each uses. (The
//! extractor's own unit lexicon is private to it; this table only needs the
//! spellings a rule author would write.)

/// Each canonical unit with the words and symbols that mean it.
const SYNONYMS: &[(&str, &[&str])] = &[
    (
        "percent",
        &["%", "per cent", "pct", "percentage", "percent"],
    ),
    (
        "points",
        &[
            "percentage points",
            "percentage point",
            "pp",
            "point",
            "points",
        ],
    ),
    ("USD", &["$", "us$", "usd", "dollar", "us dollar"]),
    ("EUR", &["€", "eur", "euro"]),
    ("GBP", &["£", "gbp", "pound", "sterling"]),
    ("JPY", &["¥", "jpy", "yen"]),
    ("UAH", &["₴", "uah", "hryvnia"]),
    ("RUB", &["₽", "rub", "rouble", "ruble"]),
    ("CNY", &["cny", "yuan", "renminbi"]),
    ("INR", &["₹", "inr", "rupee"]),
    ("km", &["km", "kilometre", "kilometer"]),
    ("m", &["m", "metre", "meter"]),
    ("kg", &["kg", "kilogram", "kilo"]),
    ("t", &["t", "tonne", "ton", "metric ton"]),
    ("mile", &["mi", "mile"]),
    (
        "km/h",
        &[
            "km/h",
            "kph",
            "kmh",
            "kilometres per hour",
            "kilometers per hour",
        ],
    ),
    ("mph", &["mph", "miles per hour"]),
    ("l", &["l", "litre", "liter"]),
    (
        "km2",
        &["km2", "km²", "square kilometre", "square kilometer"],
    ),
    ("ha", &["ha", "hectare"]),
];

/// Whether a lowercase word is one of the unit spellings above.
pub(crate) fn is_known(word: &str) -> bool {
    SYNONYMS.iter().any(|(canonical, spellings)| {
        canonical.eq_ignore_ascii_case(word) || spellings.contains(&word)
    })
}

/// The canonical form of a unit or counted noun as a rule or figure writes
/// it, or None for something no figure can carry (punctuation, digits).
pub(crate) fn canonical(unit: &str) -> Option<String> {
    let lower = unit.trim().to_lowercase();
    if lower.is_empty() {
        return None;
    }
    if let Some((canonical, _)) = SYNONYMS.iter().find(|(canonical, words)| {
        canonical.to_lowercase() == lower || words.contains(&lower.as_str())
    }) {
        return Some((*canonical).to_string());
    }
    // Letters, digits and the marks units are written with ("km/h", "°C",
    // "m²"); anything else (braces, quotes, `#`) is a typo no figure carries.
    let unitlike = lower
        .chars()
        .all(|ch| ch.is_alphanumeric() || " -'/.°²³".contains(ch));
    unitlike.then_some(lower)
}

#[cfg(test)]
mod tests {
    use super::canonical;

    #[test]
    fn synonyms_meet_in_one_unit() {
        assert_eq!(canonical("per cent").as_deref(), Some("percent"));
        assert_eq!(canonical("%").as_deref(), Some("percent"));
        assert_eq!(canonical("usd").as_deref(), Some("USD"));
        assert_eq!(canonical("Drone").as_deref(), Some("drone"));
        assert_eq!(canonical("kph").as_deref(), Some("km/h"));
        assert_eq!(canonical("°C").as_deref(), Some("°c"));
        assert_eq!(canonical("b#s"), None);
        assert_eq!(canonical("{drone}"), None);
    }
}
