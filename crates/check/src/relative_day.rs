//! The words that pin a weekday to the story's own date: "today, Tuesday,",
//! "yesterday (Sunday)", "on Monday — today —", "Tomorrow, a Tuesday,".
//!
//! The extractor gives a weekday figure, not the words around it, so they
//! are read here from the document's prose. Only an apposition is trusted:
//! the relative word (or "this morning", "this afternoon", "this evening")
//! and the weekday side by side, set off by a comma, a
//! parenthesis or a dash, and closed after the weekday. A bare "on
//! Tuesday", "this Monday" or "last Friday" could be any day near the
//! dateline and pins nothing; nor does a weekday in a list ("today, Tuesday,
//! and Wednesday"), in a name ("today, Super Tuesday"), a possessive
//! ("Yesterday, Monday's vote") or a quotation, which speaks on its own
//! day, not the story's.

use std::ops::Range;

const WORDS: [(&str, i8); 4] = [
    ("today", 0),
    ("tonight", 0),
    ("yesterday", -1),
    ("tomorrow", 1),
];

/// Parts of a day that may follow the weekday: "yesterday, Sunday night,".
const DAY_PARTS: [&str; 4] = ["morning", "afternoon", "evening", "night"];

const DASHES: [char; 2] = ['—', '–'];

/// Days from the dateline to the weekday at `span` in `text`, when the
/// words beside it say; `paragraph` bounds the search (and the quotation
/// count).
pub(crate) fn days_from_dateline(
    text: &str,
    span: Range<usize>,
    paragraph: Range<usize>,
) -> Option<i8> {
    let before = text.get(paragraph.start..span.start)?;
    let after = text.get(span.end..paragraph.end.max(span.end))?;
    if in_quotation(before) || after.starts_with("'s") || after.starts_with("’s") {
        return None;
    }
    word_before(before, after).or_else(|| word_after(before, after))
}

/// Whether a quotation is open before the figure in its paragraph: an odd
/// count of straight double quotes, more opening than closing curly ones,
/// or a single quote left open (British copy quotes with those).
fn in_quotation(before: &str) -> bool {
    let count = |quote: char| before.chars().filter(|ch| *ch == quote).count();
    count('"') % 2 == 1 || count('“') > count('”') || single_quote_open(before)
}

/// A single quote opens before a letter after a space or the start, and
/// closes after a word; one between two letters ("it's", "we’ll") is an
/// apostrophe.
fn single_quote_open(text: &str) -> bool {
    let chars: Vec<char> = text.chars().collect();
    let mut open = 0usize;
    for (at, ch) in chars.iter().enumerate() {
        if !matches!(ch, '\'' | '‘' | '’') {
            continue;
        }
        let before = at.checked_sub(1).map(|at| chars[at]);
        let after = chars.get(at + 1).copied();
        let letter = |ch: Option<char>| ch.is_some_and(char::is_alphanumeric);
        if letter(before) && letter(after) {
            continue;
        }
        let opens = *ch == '‘'
            || (*ch == '\'' && !letter(before) && before.is_none_or(|ch| ch != '.' && ch != ','));
        if opens && letter(after) {
            open += 1;
        } else if !opens {
            open = open.saturating_sub(1);
        }
    }
    open > 0
}

/// "today, Tuesday,", "yesterday (Sunday)", "tomorrow — Wednesday —",
/// "Tomorrow, a Tuesday,".
fn word_before(before: &str, after: &str) -> Option<i8> {
    let mut rest = before.trim_end();
    if let Some(stripped) = rest.strip_suffix(" a").or(rest.strip_suffix(" A")) {
        rest = stripped.trim_end();
    }
    let opener = rest.chars().next_back()?;
    if !(opener == ',' || opener == '(' || DASHES.contains(&opener)) {
        return None;
    }
    let rest = rest[..rest.len() - opener.len_utf8()].trim_end();
    let word = last_word(rest);
    let days = relative(word).or_else(|| this_day_part(rest, word))?;
    closed(opener, skip_day_part(after)).then_some(days)
}

/// "Monday (today)", "on Monday — today —". A comma is not enough here:
/// in "on Monday, today the council ..." the two are separate.
fn word_after(before: &str, after: &str) -> Option<i8> {
    // "Super Tuesday (today)": the weekday is part of a name.
    let previous = last_word(before.trim_end());
    if before.trim_end().ends_with(char::is_alphabetic)
        && previous.chars().next().is_some_and(char::is_uppercase)
    {
        return None;
    }
    let rest = after.trim_start();
    let opener = rest.chars().next()?;
    if !(opener == '(' || DASHES.contains(&opener)) {
        return None;
    }
    let rest = rest[opener.len_utf8()..].trim_start();
    let length = rest
        .find(|ch: char| !ch.is_alphabetic())
        .unwrap_or(rest.len());
    let days = relative(&rest[..length])?;
    closed(opener, &rest[length..]).then_some(days)
}

fn last_word(text: &str) -> &str {
    let start = text
        .char_indices()
        .rev()
        .take_while(|(_, ch)| ch.is_alphabetic())
        .last()
        .map_or(text.len(), |(at, _)| at);
    &text[start..]
}

fn relative(word: &str) -> Option<i8> {
    let word = word.to_lowercase();
    WORDS
        .iter()
        .find(|(own, _)| *own == word)
        .map(|(_, days)| *days)
}

/// "this morning, Sunday,": a part of the story's own day.
fn this_day_part(rest: &str, word: &str) -> Option<i8> {
    let part = word.to_lowercase();
    let before = rest[..rest.len() - word.len()].trim_end();
    (DAY_PARTS.contains(&part.as_str())
        && part != "night"
        && last_word(before).eq_ignore_ascii_case("this"))
    .then_some(0)
}

fn skip_day_part(after: &str) -> &str {
    let rest = after.trim_start();
    let length = rest
        .find(|ch: char| !ch.is_alphabetic())
        .unwrap_or(rest.len());
    if DAY_PARTS.contains(&rest[..length].to_lowercase().as_str()) {
        &rest[length..]
    } else {
        after
    }
}

/// Whether the apposition opened by `opener` ends right after the weekday
/// (`rest` is what follows it), and is not a list going on.
fn closed(opener: char, rest: &str) -> bool {
    let rest = rest.trim_start();
    let Some(closer) = rest.chars().next() else {
        return opener == ',';
    };
    let fits = match opener {
        '(' => closer == ')',
        ',' => [',', '.', ';', ':', ')', '!', '?'].contains(&closer) || DASHES.contains(&closer),
        _ => closer == opener || [',', '.', ';'].contains(&closer),
    };
    if !fits {
        return false;
    }
    // "today, Tuesday, and Wednesday" lists three days.
    let next = rest[closer.len_utf8()..].trim_start();
    let length = next
        .find(|ch: char| !ch.is_alphabetic())
        .unwrap_or(next.len());
    let word = &next[..length];
    // A capitalised "...day" after the comma is the next weekday of a list;
    // so is one after "and"/"or" ("today, Tuesday, and Wednesday"), but
    // "today, Wednesday, and will extend it" goes on with a clause.
    let is_weekday = |word: &str| word.ends_with("day") && word.starts_with(char::is_uppercase);
    let list_goes_on = if word == "and" || word == "or" {
        let after = next[length..].trim_start();
        let end = after
            .find(|ch: char| !ch.is_alphabetic())
            .unwrap_or(after.len());
        let then = &after[..end];
        is_weekday(then) || then.starts_with(char::is_uppercase) || then.is_empty()
    } else {
        is_weekday(word)
    };
    !(closer == ',' && list_goes_on)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The days `text` puts its first `weekday` from the dateline.
    fn days(text: &str, weekday: &str) -> Option<i8> {
        let at = text.find(weekday).expect("the weekday is in the text");
        days_from_dateline(text, at..at + weekday.len(), 0..text.len())
    }

    #[test]
    fn an_apposition_pins_the_weekday() {
        assert_eq!(
            days("The vote is today, Tuesday, in the capital.", "Tuesday"),
            Some(0)
        );
        assert_eq!(
            days("Today (Tuesday) the vote goes ahead.", "Tuesday"),
            Some(0)
        );
        assert_eq!(
            days("The office shut yesterday, Sunday.", "Sunday"),
            Some(-1)
        );
        assert_eq!(
            days("It rained yesterday (Sunday night) in the hills.", "Sunday"),
            Some(-1)
        );
        assert_eq!(
            days("Talks resume tomorrow, Wednesday, at noon.", "Wednesday"),
            Some(1)
        );
        assert_eq!(
            days("Tomorrow, a Tuesday, is the deadline.", "Tuesday"),
            Some(1)
        );
        assert_eq!(
            days("Flags fly on Monday — today — for them.", "Monday"),
            Some(0)
        );
        assert_eq!(
            days("The market opens on Friday (tomorrow).", "Friday"),
            Some(1)
        );
        assert_eq!(
            days("The show closes tonight, Saturday", "Saturday"),
            Some(0)
        );
        assert_eq!(
            days(
                "Power came back this morning, Sunday, after a blackout.",
                "Sunday"
            ),
            Some(0)
        );
        assert_eq!(
            days(
                "The strike began today, Wednesday, and will widen.",
                "Wednesday"
            ),
            Some(0)
        );
    }

    #[test]
    fn other_words_pin_nothing() {
        for text in [
            "The vote is on Tuesday.",
            "The vote is this Monday.",
            "The vote was last Friday.",
            "They met yesterday Monday, said the minister.",
            "Talks ran yesterday, Sunday and Monday.",
            "Talks run today, Tuesday, and Wednesday.",
            "Talks run today, Tuesday, Wednesday and Thursday.",
            "Yesterday, Monday's vote was annulled.",
            "Voters go to the polls today, Super Tuesday, in 14 states.",
            "Voters go to the polls on Super Tuesday (today).",
            "The meeting was on Monday, today the council voted.",
            "\"We vote tomorrow, Tuesday,\" she said on Sunday.",
            "“We vote tomorrow, Tuesday,” she said on Sunday.",
            "It was yesterday, Sunday being a rest day.",
            "The storm hit during the morning, Sunday, and left.",
            "Crews worked through this night, Sunday, and Monday.",
            "‘We’ll vote tomorrow, Tuesday,’ she said on Sunday.",
            "'We'll vote tomorrow, Tuesday,' she said on Sunday.",
        ] {
            // The first weekday in the text.
            let weekday = ["Monday", "Tuesday", "Wednesday", "Friday", "Sunday"]
                .into_iter()
                .filter_map(|day| Some((text.find(day)?, day)))
                .min()
                .expect("a weekday")
                .1;
            assert_eq!(days(text, weekday), None, "{text}");
        }
    }
}
