//! Values of written numbers: digits with separators, and number words.

/// The value of a digit token ("1,000", "1 000", "3.75") and how many
/// decimals it was written with. `None` when the value does not fit an
/// f64 (a run of hundreds of digits).
pub fn parse_digits(text: &str) -> Option<(f64, u32)> {
    // Stack buffer: no allocation per number; longer runs are not figures.
    let mut buf = [0u8; 64];
    let mut len = 0;
    let mut decimals = 0;
    let mut after_point = false;
    for b in text.bytes() {
        match b {
            b'0'..=b'9' => {
                if len == buf.len() {
                    return None;
                }
                buf[len] = b;
                len += 1;
                decimals += u32::from(after_point);
            }
            b'.' => {
                if len == buf.len() {
                    return None;
                }
                buf[len] = b;
                len += 1;
                after_point = true;
            }
            _ => {} // separators, including the bytes of NBSP
        }
    }
    let digits = std::str::from_utf8(&buf[..len]).ok()?;
    let value: f64 = digits.parse().ok()?;
    value.is_finite().then_some((value, decimals))
}

/// Half the unit of the last written digit.
pub fn half_unit(decimals: u32) -> f64 {
    0.5 * 10f64.powi(-(decimals.min(30) as i32))
}

/// Reads a number written in words from a sequence of lowercase words
/// ("twenty", "-", "three"; "five", "thousand"; "three", "hundred", "and",
/// "ten"). Returns the value and how many words it used, or `None` if the
/// first word starts no number.
pub fn parse_words(words: &[&str]) -> Option<(f64, usize)> {
    use crate::lexicon::{is_tens, scale, small_number};
    let mut total = 0.0;
    let mut current = 0.0;
    let mut used = 0;
    let mut seen = false;
    let mut i = 0;
    while i < words.len() {
        let word = words[i];
        if let Some(v) = small_number(word) {
            // "twenty three" and "twenty-three" both add; "five five" stops.
            if seen && current % 100.0 != 0.0 && !(is_tens(words[i - 1]) || words[i - 1] == "-") {
                break;
            }
            current += v;
        } else if word == "hundred" && seen {
            current = current.max(1.0) * 100.0;
        } else if word == "dozen" {
            current = current.max(1.0) * 12.0;
        } else if let Some(s) = scale(word, false).filter(|_| seen) {
            total += current.max(1.0) * s;
            current = 0.0;
        } else if (word == "-" && seen && is_tens(words[i - 1]))
            || (word == "and"
                && seen
                && matches!(words[i - 1], "hundred" | "thousand" | "million" | "billion"))
        {
            // joiners: only count them if a number follows
            if words.get(i + 1).and_then(|w| small_number(w)).is_none() {
                break;
            }
        } else {
            break;
        }
        seen = true;
        i += 1;
        if word != "-" && word != "and" {
            used = i;
        }
    }
    seen.then_some((total + current, used))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digits_with_separators_and_decimals() {
        assert_eq!(parse_digits("1,000"), Some((1000.0, 0)));
        assert_eq!(parse_digits("1\u{a0}000"), Some((1000.0, 0)));
        assert_eq!(parse_digits("3.75"), Some((3.75, 2)));
        assert_eq!(parse_digits(&"9".repeat(400)), None);
    }

    #[test]
    fn words_make_numbers() {
        let cases: &[(&[&str], f64, usize)] = &[
            (&["twenty", "-", "three", "drones"], 23.0, 3),
            (&["five", "thousand", "soldiers"], 5000.0, 2),
            (&["three", "hundred", "and", "ten"], 310.0, 4),
            (&["two", "dozen"], 24.0, 2),
            (&["two", "million", "and", "a"], 2e6, 2),
            (&["nine", "five"], 9.0, 1),
        ];
        for &(words, value, used) in cases {
            assert_eq!(parse_words(words), Some((value, used)), "{words:?}");
        }
        assert_eq!(parse_words(&["drones"]), None);
    }
}
