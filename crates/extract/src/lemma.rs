//! Plural nouns to singular and verb forms to their base, by a small
//! irregulars table and suffix rules. Enough for the nouns and verbs news
//! figures bind to; not a general morphological analyser.

use crate::lexicon::{irregular_plural, irregular_verb};

/// Whether a lowercase word reads as a plural noun.
pub fn is_plural(word: &str) -> bool {
    if irregular_plural(word).is_some_and(|s| s != word) {
        return true;
    }
    word.len() > 3
        && word.ends_with('s')
        && !word.ends_with("ss")
        && !word.ends_with("us")
        && !word.ends_with("is")
        && !word.ends_with("'s")
        && !word.ends_with("’s")
        && word != "news"
}

/// The singular of a lowercase noun ("casualties" -> "casualty").
pub fn singular(word: &str) -> String {
    if let Some(s) = irregular_plural(word) {
        return s.to_string();
    }
    if !is_plural(word) {
        return word.to_string();
    }
    if let Some(stem) = word.strip_suffix("ies") {
        return format!("{stem}y");
    }
    for ending in ["ches", "shes", "xes", "sses", "zes"] {
        if word.ends_with(ending) {
            return word[..word.len() - 2].to_string();
        }
    }
    word[..word.len() - 1].to_string()
}

fn is_vowel(b: u8) -> bool {
    matches!(b, b'a' | b'e' | b'i' | b'o' | b'u')
}

/// Whether a lowercase word is an inflected verb form (-ed, -ing) or an
/// irregular past.
/// Past forms that, right after a count, are its verb even when a noun
/// follows ("six struck buildings", "two hit homes"); unlike "lost" or
/// "damaged", they are not read as adjectives of that noun.
pub fn verb_not_modifier(word: &str) -> bool {
    matches!(
        word,
        "struck" | "fell" | "hit" | "sank" | "flew" | "landed" | "crashed" | "exploded"
    )
}

pub fn is_verb_form(word: &str) -> bool {
    if crate::lexicon::is_false_verb(word) {
        return false;
    }
    irregular_verb(word).is_some()
        || (word.len() > 4 && (word.ends_with("ed") || word.ends_with("ing")))
}

/// The base form of a lowercase verb form: "firing" -> "fire",
/// "jammed" -> "jam", "downed" -> "down", "lost" -> "lose".
pub fn verb_base(word: &str) -> String {
    if let Some(base) = irregular_verb(word) {
        return base.to_string();
    }
    // "freed", "agreed": the stem keeps its e.
    if word.ends_with("eed") && !matches!(word, "succeed" | "proceed" | "exceed") {
        return word[..word.len() - 1].to_string();
    }
    let stem = if let Some(stem) = word.strip_suffix("ied") {
        return format!("{stem}y");
    } else if let Some(stem) = word.strip_suffix("ing") {
        stem
    } else if let Some(stem) = word.strip_suffix("ed") {
        stem
    } else if let Some(stem) = word
        .strip_suffix("es")
        .filter(|s| s.ends_with("sh") || s.ends_with("ch"))
    {
        return stem.to_string();
    } else if word.len() > 3 && word.ends_with('s') && !word.ends_with("ss") {
        return word[..word.len() - 1].to_string();
    } else {
        return word.to_string();
    };
    let b = stem.as_bytes();
    let n = b.len();
    if n < 2 {
        return word.to_string();
    }
    // "jammed" -> "jam"; "killed" keeps its double l.
    if b[n - 1] == b[n - 2]
        && matches!(
            b[n - 1],
            b'b' | b'd' | b'g' | b'm' | b'n' | b'p' | b'r' | b't'
        )
    {
        return stem[..n - 1].to_string();
    }
    if needs_silent_e(b) {
        return format!("{stem}e");
    }
    stem.to_string()
}

/// Stems that lost a silent e: "fir(e)", "estimat(e)", "produc(e)".
fn needs_silent_e(b: &[u8]) -> bool {
    let n = b.len();
    let last = b[n - 1];
    let prev = b[n - 2];
    let before = if n >= 3 { b[n - 3] } else { b'a' };
    match last {
        // "rescu(e)d", "continu(e)ing", "issu(e)d": no English verb ends in u.
        b'c' | b'v' | b'z' | b'u' => true,
        b'g' => matches!(prev, b'r' | b'd' | b'a' | b'n') && !(prev == b'n' && before == b'i'),
        b's' => is_vowel(prev) && prev != b'u',
        b'l' => {
            (!is_vowel(prev) && prev != b'l' && prev != b'r') || (prev == b'u' && !is_vowel(before))
        }
        b't' | b'd' | b'n' | b'r' | b'k' | b'm' => {
            (is_vowel(prev) && !is_vowel(before) && prev != b'e' && !(last == b't' && prev == b'i'))
                || (last == b't' && prev == b'a' && before == b'u')
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn verbs_come_back_to_their_base() {
        let cases = [
            ("firing", "fire"),
            ("intercepted", "intercept"),
            ("lost", "lose"),
            ("downed", "down"),
            ("launched", "launch"),
            ("jammed", "jam"),
            ("killing", "kill"),
            ("estimated", "estimate"),
            ("reduced", "reduce"),
            ("targeting", "target"),
            ("carried", "carry"),
            ("rescued", "rescue"),
            ("continuing", "continue"),
            ("declined", "decline"),
            ("arrested", "arrest"),
            ("evacuated", "evacuate"),
            ("charged", "charge"),
            ("injured", "injure"),
            ("wounded", "wound"),
            ("reported", "report"),
            ("detained", "detain"),
            ("recorded", "record"),
            ("scored", "score"),
            ("freed", "free"),
            ("agreed", "agree"),
            ("scheduled", "schedule"),
            ("fueled", "fuel"),
        ];
        for (form, base) in cases {
            assert_eq!(verb_base(form), base, "{form}");
        }
    }

    #[test]
    fn plurals_come_back_to_their_singular() {
        let cases = [
            ("drones", "drone"),
            ("decoys", "decoy"),
            ("casualties", "casualty"),
            ("people", "person"),
            ("churches", "church"),
            ("prisoners", "prisoner"),
            ("bus", "bus"),
            ("status", "status"),
        ];
        for (form, base) in cases {
            assert_eq!(singular(form), base, "{form}");
        }
    }
}
