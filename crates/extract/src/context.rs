//! What a figure is bound to in its sentence: the governing verb and the
//! actor.
//!
//! The actor is the subject noun phrase of the figure's verb, lowercase,
//! determiners dropped, apostrophes made ASCII: "Russia launched ...,
//! firing 273" gives `russia`; "Russia’s defense ministry said it had
//! downed 35" gives `russia's defense ministry` for 35. The full phrase is
//! kept on purpose: a ministry's claim and a country's own action are
//! different statements, and rules compare actors by equality, so they
//! must not bind the two. When the subject is a pronoun or the figure
//! itself, the actor comes from an attribution in the sentence ("X said",
//! "said X", "according to X"), else there is none.

use std::cell::OnceCell;

use crate::lemma::{is_verb_form, verb_base};
use crate::lexicon::{self, is_auxiliary, is_function_word, is_pronoun};
use crate::scan::{Found, Sentence};

/// Verbs in their base or -s form that govern figures in news copy; past
/// and -ing forms are recognised by their endings.
fn is_base_verb(word: &str) -> bool {
    matches!(
        word,
        "release"
            | "free"
            | "hand"
            | "kill"
            | "kills"
            | "fire"
            | "fires"
            | "launch"
            | "launches"
            | "send"
            | "sends"
            | "deploy"
            | "hire"
            | "cut"
            | "cuts"
            | "add"
            | "adds"
            | "lose"
            | "loses"
            | "win"
            | "wins"
            | "pay"
            | "pays"
            | "spend"
            | "raise"
            | "reach"
            | "reaches"
            | "hit"
            | "hits"
            | "total"
            | "totals"
            | "exceed"
            | "exceeds"
            | "top"
            | "tops"
            | "evacuate"
            | "arrest"
            | "receive"
            | "sell"
            | "sells"
            | "buy"
            | "build"
            | "invest"
            | "cost"
            | "costs"
            | "owe"
            | "owes"
            | "earn"
            | "earns"
            | "collect"
            | "vaccinate"
            | "test"
            | "shoot"
            | "intercept"
            | "destroy"
            | "capture"
            | "detain"
            | "employ"
            | "employs"
            | "produce"
            | "produces"
            | "import"
            | "export"
            | "rise"
            | "rises"
            | "fall"
            | "falls"
            | "grow"
            | "grows"
            | "drop"
            | "drops"
    )
}

fn is_verb(word: &str) -> bool {
    is_verb_form(word) || is_base_verb(word)
}

/// The verb that governs a figure and its token, if the sentence gives
/// one near it.
pub fn verb(s: &Sentence, f: &Found) -> Option<(String, usize)> {
    // "88 were intercepted", "128 lost": the figure is the subject.
    let mut k = f.after;
    while is_auxiliary(s.word(k)) && s.is_word(k) {
        k += 1;
    }
    let passive = k > f.after;
    // 'another 71 were "locally lost"', "were quickly shot down": quotes
    // and adverbs stand between the auxiliary and its participle.
    while passive
        && ((s.is_word(k) && s.word(k).ends_with("ly"))
            || matches!(s.raw(k), "\"" | "“" | "”" | "'" | "‘" | "’"))
    {
        k += 1;
    }
    let after = s.word(k);
    let verb_after = s.is_word(k) && is_verb_form(after) && !after.ends_with("ing");
    // "most of the 3,650 people detained were released": a definite count
    // takes the participle or verb right after its noun.
    let definite = f.hedge_first > 0 && s.word(f.hedge_first - 1) == "the";
    // "Lawyers for the 3,650 detained said": the participle right after a
    // definite bare count is what it counts, before any verb further on.
    // "two crashed short of their target": a bare count's own verb comes
    // right after it, whatever the noun scan made of the words after.
    let participle = f.last + 1;
    // "six struck buildings": a past form the noun scan took as a modifier
    // of the object is the count's verb.
    let swallowed = f.noun.as_ref().is_some_and(|n| {
        n.modifiers.first().map(String::as_str) == Some(s.word(participle))
            && crate::lemma::verb_not_modifier(s.word(participle))
    });
    if (f.noun.is_none() || swallowed)
        && s.is_word(participle)
        && !s.word(participle).ends_with("ing")
        && !is_auxiliary(s.word(participle))
        && (definite || f.hedge_first == 0 || !is_verb(s.word(f.hedge_first - 1)))
        && is_verb_form(s.word(participle))
    {
        return Some((phrasal(s, participle), participle));
    }
    if verb_after && (passive || f.noun.is_none() || definite) {
        return Some((phrasal(s, k), k));
    }
    // "firing 273", "had downed 35", "shot down 20", "agreed to release";
    // failing that, "5 people died".
    verb_before(s, f.hedge_first)
        .or_else(|| verb_after.then(|| (phrasal(s, k), k)))
        .or_else(|| up_or_down_from(s, f.hedge_first))
}

/// "reached 2,100, up from 2,400": with no verb of its own, the start of
/// a change takes its direction as its verb, so that rules can select it.
fn up_or_down_from(s: &Sentence, first: usize) -> Option<(String, usize)> {
    let at = first.checked_sub(2)?;
    let direction = s.word(at);
    (matches!(direction, "up" | "down") && s.word(at + 1) == "from")
        .then(|| (direction.to_string(), at))
}

fn verb_before(s: &Sentence, first: usize) -> Option<(String, usize)> {
    let mut j = first;
    let mut steps = 0;
    // "by cutting 300 jobs" governs; "for housing, €300 million" does not.
    let mut crossed_comma = false;
    let instrument = first > 0 && s.word(first - 1) == "with";
    let mut objects = 0;
    while j > 0 && steps < 8 {
        j -= 1;
        steps += 1;
        let w = s.word(j);
        // "tripled between 2021 and 2025, from", "fell in 2024 to": years
        // that say when are part of the adverbial.
        if let Some(start) = years_adverbial(s, j) {
            j = start;
            continue;
        }
        if !s.is_word(j) {
            if matches!(s.raw(j), "," | "’" | "'" | "\"" | "”" | "“") {
                crossed_comma |= s.raw(j) == ",";
                continue;
            }
            return None;
        }
        // A conjunction starts another clause, with its own verb.
        if matches!(w, "and" | "but" | "or" | "while" | "whereas") {
            return None;
        }
        // "a total of 30" names the figure, it is not a verb; nor is a
        // gerund after a preposition in an earlier list item.
        let named = j > 0 && matches!(s.word(j - 1), "a" | "the");
        let gerund = crossed_comma
            && w.ends_with("ing")
            && j > 0
            && matches!(
                s.word(j - 1),
                "for"
                    | "of"
                    | "in"
                    | "on"
                    | "about"
                    | "by"
                    | "with"
                    | "without"
                    | "after"
                    | "before"
            );
        if gerund {
            return None;
        }
        if is_verb(w) && !is_auxiliary(w) && !named {
            return Some((phrasal(s, j), j));
        }
        // "attacked Ukraine overnight with 142 drones": what a clause does
        // something with belongs to its verb, past the verb's object.
        let object = instrument && objects < 3 && !crossed_comma;
        if object && !is_function_word(w) {
            objects += 1;
            continue;
        }
        if !(is_function_word(w) || w.ends_with("ly") || w == "average" || is_time_adverbial(s, j))
        {
            return None;
        }
    }
    None
}

/// Whether a stretch of time starts at `k`: "two years", "the past
/// decade", "a month", "12 months".
fn over_a_time(s: &Sentence, k: usize) -> bool {
    let mut k = k;
    while matches!(
        s.word(k),
        "the" | "a" | "an" | "last" | "past" | "next" | "previous"
    ) {
        k += 1;
    }
    let number = !s.is_word(k) && s.raw(k).chars().all(|c| c.is_ascii_digit());
    if number || lexicon::small_number(s.word(k)).is_some() {
        k += 1;
    }
    lexicon::time_unit(s.word(k)).is_some() || matches!(s.word(k), "quarter" | "quarters")
}

/// Where "between 2021 and 2025" or "in 2024" starts, if the token at
/// `end` is the last year of one.
fn years_adverbial(s: &Sentence, end: usize) -> Option<usize> {
    let year = |k: usize| {
        !s.is_word(k)
            && s.raw(k).len() == 4
            && s.raw(k)
                .parse::<u32>()
                .is_ok_and(|y| (1800..=2100).contains(&y))
    };
    if !year(end) || end == 0 {
        return None;
    }
    if end >= 3 && s.word(end - 1) == "and" && year(end - 2) && s.word(end - 3) == "between" {
        return Some(end - 3);
    }
    matches!(s.word(end - 1), "in" | "since" | "by" | "until").then(|| end - 1)
}

/// Words of a time adverbial: "doubled this year, from 3,200",
/// "halved since last winter, from 640", "tripled in the first quarter,
/// from". The adverbial says when the verb happened; it does not end the
/// verb's reach over the figures that follow.
fn is_time_adverbial(s: &Sentence, j: usize) -> bool {
    let w = s.word(j);
    lexicon::time_unit(w).is_some()
        || lexicon::small_number(w).is_some()
        || lexicon::month(s.raw(j)).is_some()
        || lexicon::weekday(s.raw(j)).is_some()
        || matches!(
            w,
            "this"
                | "last"
                | "past"
                | "previous"
                | "recent"
                | "since"
                | "ago"
                | "quarter"
                | "quarters"
                | "half"
                | "first"
                | "second"
                | "third"
                | "fourth"
                | "winter"
                | "summer"
                | "spring"
                | "autumn"
                | "period"
                | "so"
                | "far"
                | "overnight"
        )
}

/// The base form of the verb at `k`, joined with a particle after it
/// ("shot down" is `shoot down`).
fn phrasal(s: &Sentence, k: usize) -> String {
    let base = verb_base(s.word(k));
    match s.word(k + 1) {
        // "took over the firm", but "halved over two years": before a
        // stretch of time, "over" is a preposition.
        "over" if s.is_word(k + 1) && over_a_time(s, k + 2) => base,
        p @ ("down" | "up" | "off" | "out" | "over") if s.is_word(k + 1) => format!("{base} {p}"),
        _ => base,
    }
}

/// Who does or states the figure (see the module doc).
/// `said` holds the sentence's attribution once worked out: it is the
/// same for every figure of the sentence.
pub fn actor(
    s: &Sentence,
    f: &Found,
    verb_at: Option<usize>,
    said: &OnceCell<Option<String>>,
) -> Option<String> {
    if let Some(v) = verb_at.filter(|&v| v < f.first)
        && let Some(subject) = subject_before(s, v, 0)
    {
        return Some(subject);
    }
    said.get_or_init(|| attribution(s)).clone()
}

/// The noun phrase before the verb at `v`, skipping auxiliaries, "to" and
/// chained verbs ("agreed to release"). A participle after a comma
/// ("..., firing 273") takes the subject of the clause before it.
fn subject_before(s: &Sentence, v: usize, depth: u8) -> Option<String> {
    if depth > 3 {
        return None;
    }
    let mut j = v;
    while j > 0 {
        j -= 1;
        let w = s.word(j);
        if s.is_word(j)
            && (is_auxiliary(w)
                || matches!(
                    w,
                    "to" | "each" | "all" | "both" | "then" | "now" | "reportedly"
                )
                || w.ends_with("ly")
                || (is_verb(w) && (j + 1 == v || s.word(j + 1) == "to")))
        {
            continue;
        }
        break;
    }
    if !s.is_word(j) {
        // "..., firing 273": the clause before the comma has the subject.
        if s.raw(j) == "," && s.word(v).ends_with("ing") {
            let mut k = j;
            while k > 0 {
                k -= 1;
                if s.is_word(k) && is_verb(s.word(k)) && !is_auxiliary(s.word(k)) {
                    return subject_before(s, k, depth + 1);
                }
            }
        }
        // "The company, which employs staff in 12 countries, cut 450
        // jobs": the subject stands before the aside.
        if s.raw(j) == ","
            && let Some(opening) = (j.saturating_sub(20)..j).rev().find(|&c| s.raw(c) == ",")
            && opening > 0
            && s.is_word(opening - 1)
            && !is_pronoun(s.word(opening - 1))
            && !is_function_word(s.word(opening - 1))
            && !is_verb(s.word(opening - 1))
            // A relative clause or an appositive ("X, a former teacher,");
            // "In addition to prison, the men's identities, protected ..."
            // has no aside.
            && matches!(
                s.word(opening + 1),
                "which" | "who" | "whose" | "citing" | "a" | "an"
            )
        {
            return noun_phrase_ending(s, opening - 1);
        }
        return None;
    }
    if is_pronoun(s.word(j)) {
        return None;
    }
    noun_phrase_ending(s, j)
}

/// The noun phrase whose last word is token `end`, as an actor name.
fn noun_phrase_ending(s: &Sentence, end: usize) -> Option<String> {
    let mut start = end + 1;
    while start > 0 {
        let k = start - 1;
        let w = s.word(k);
        // "U.S.", "U.K.": letters and dots belong to the name.
        if s.raw(k) == "." && k > 0 && s.word(k - 1).len() == 1 && s.is_word(k - 1) {
            start = k - 1;
            continue;
        }
        if !s.is_word(k) || is_function_word(w) || is_verb(w) || lexicon::small_number(w).is_some()
        {
            break;
        }
        start = k;
        if end + 1 - start >= 4 {
            break;
        }
    }
    name(s, start, end + 1)
}

/// The noun phrase starting at token `start`, as an actor name.
fn noun_phrase_from(s: &Sentence, start: usize) -> Option<String> {
    let mut start = start;
    while matches!(s.word(start), "the" | "a" | "an") {
        start += 1;
    }
    let mut end = start;
    while end < s.len() && end - start < 4 {
        let w = s.word(end);
        if !s.is_word(end) || is_function_word(w) || is_verb(w) {
            break;
        }
        end += 1;
    }
    name(s, start, end)
}

fn name(s: &Sentence, start: usize, end: usize) -> Option<String> {
    if start >= end {
        return None;
    }
    // Initials are joined: "U.S. military" is `us military`.
    let mut words: Vec<String> = Vec::new();
    let mut initials = false;
    for k in (start..end).filter(|&k| s.is_word(k)) {
        let word = s.word(k).replace('’', "'");
        let initial = word.len() == 1 && s.raw(k + 1) == ".";
        match words.last_mut() {
            Some(last) if initial && initials => last.push_str(&word),
            _ => words.push(word),
        }
        initials = initial;
    }
    if words.is_empty() {
        return None;
    }
    if let [only] = words.as_slice()
        && let Some(country) = lexicon::demonym(only)
    {
        return Some(country.to_string());
    }
    Some(words.join(" "))
}

/// "according to X", "X said", "said X".
fn attribution(s: &Sentence) -> Option<String> {
    for k in 0..s.len() {
        if s.word(k) == "according"
            && s.word(k + 1) == "to"
            && let Some(name) = noun_phrase_from(s, k + 2)
        {
            return Some(name);
        }
    }
    for k in 0..s.len() {
        // "States" in "United States" is a name, not a verb of saying.
        let lowercase = s.raw(k).chars().next().is_some_and(char::is_lowercase);
        if !(s.is_word(k) && lowercase && lexicon::is_saying(s.word(k)))
            || saying_noun(s, k)
            || in_aside(s, k)
        {
            continue;
        }
        if k > 0
            && s.is_word(k - 1)
            && !is_pronoun(s.word(k - 1))
            && !is_function_word(s.word(k - 1))
            && let Some(name) = noun_phrase_ending(s, k - 1)
        {
            return Some(name);
        }
        if k > 0
            && !s.is_word(k - 1)
            && s.is_word(k + 1)
            && !is_pronoun(s.word(k + 1))
            && let Some(name) = noun_phrase_from(s, k + 1)
        {
            return Some(name);
        }
        // "The ministry, citing reports from the regions, said on Friday
        // ...": the speaker stands before the aside.
        if k > 1
            && s.raw(k - 1) == ","
            && let Some(opening) = (k.saturating_sub(16)..k - 1)
                .rev()
                .find(|&c| s.raw(c) == ",")
            && opening > 0
            && s.is_word(opening - 1)
            && !is_pronoun(s.word(opening - 1))
            && !is_function_word(s.word(opening - 1))
            && let Some(name) = noun_phrase_ending(s, opening - 1)
        {
            return Some(name);
        }
    }
    None
}

/// "The air force, in a statement posted on Telegram, said ...": a
/// saying word inside an aside that opens with a preposition is not the
/// sentence's verb of saying.
fn in_aside(s: &Sentence, k: usize) -> bool {
    let Some(opening) = (k.saturating_sub(8)..k).rev().find(|&c| s.raw(c) == ",") else {
        return false;
    };
    let prepositional = matches!(s.word(opening + 1), "in" | "on" | "at" | "via" | "through");
    let closes = (k + 1..(k + 10).min(s.len())).any(|c| s.raw(c) == ",");
    opening > 0 && prepositional && closes
}

/// "citing air defence reports from the regions", "the claims of the
/// army": a saying word used as a noun.
fn saying_noun(s: &Sentence, k: usize) -> bool {
    let w = s.word(k);
    let plural = matches!(w, "reports" | "claims" | "estimates" | "states" | "says");
    let before = if k > 0 { s.word(k - 1) } else { "" };
    plural
        && (matches!(
            s.word(k + 1),
            "from" | "of" | "by" | "about" | "for" | "in" | "on" | "with" | "suggest" | "show"
        ) || matches!(
            before,
            "the" | "a" | "these" | "those" | "their" | "its" | "his" | "her" | "citing" | "media"
        ))
}
