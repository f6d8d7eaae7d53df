//! One pass over the prose into words, numbers and symbols, keeping byte
//! offsets. Whitespace is not a token; `spaced` records whether any came
//! before, so "3bn" (glued) and "3 billion" can be told apart.

/// What a token is made of.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenKind {
    /// Starts with a letter; may go on with letters, digits and an
    /// apostrophe between letters ("Russia’s", "A320", "H5N1").
    Word,
    /// Digits, with thousands separators (",", NBSP, narrow NBSP, thin
    /// space) only before groups of exactly three digits, and one decimal
    /// part ("1,000", "3.5", "1 000").
    Number,
    /// Any other single character: punctuation, currency signs, quotes.
    Symbol,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    pub start: usize,
    pub end: usize,
    pub kind: TokenKind,
    /// Whitespace came right before this token.
    pub spaced: bool,
}

impl Token {
    fn new(start: usize, end: usize, kind: TokenKind, spaced: bool) -> Token {
        Token {
            start,
            end,
            kind,
            spaced,
        }
    }
}

/// Appends the tokens of `text[range]` to `out` (the caller reuses one
/// vector for a whole document).
pub fn tokenize(text: &str, range: std::ops::Range<usize>, out: &mut Vec<Token>) {
    let bytes = text.as_bytes();
    let mut i = range.start;
    let end = range.end;
    let mut spaced = true;
    while i < end {
        let b = bytes[i];
        if b.is_ascii_whitespace() {
            spaced = true;
            i += 1;
            continue;
        }
        if b.is_ascii_digit() {
            let stop = number_end(bytes, i, end);
            out.push(Token::new(i, stop, TokenKind::Number, spaced));
            spaced = false;
            i = stop;
            continue;
        }
        // ".08": a decimal with no leading zero, after a space.
        if b == b'.' && spaced && bytes.get(i + 1).is_some_and(u8::is_ascii_digit) && i + 1 < end {
            let stop = number_end(bytes, i + 1, end);
            out.push(Token::new(i, stop, TokenKind::Number, spaced));
            spaced = false;
            i = stop;
            continue;
        }
        if b < 0x80 {
            if b.is_ascii_alphabetic() {
                let stop = word_end(text, i, end);
                out.push(Token::new(i, stop, TokenKind::Word, spaced));
                i = stop;
            } else {
                out.push(Token::new(i, i + 1, TokenKind::Symbol, spaced));
                i += 1;
            }
            spaced = false;
            continue;
        }
        // Non-ASCII: `i` is on a char boundary because every step above
        // moves by whole chars.
        let c = text[i..].chars().next().unwrap_or(' ');
        let width = c.len_utf8();
        if c.is_whitespace() {
            spaced = true;
            i += width;
        } else if c.is_alphabetic() {
            let stop = word_end(text, i, end);
            out.push(Token::new(i, stop, TokenKind::Word, spaced));
            spaced = false;
            i = stop;
        } else {
            out.push(Token::new(i, i + width, TokenKind::Symbol, spaced));
            spaced = false;
            i += width;
        }
    }
}

fn word_end(text: &str, start: usize, end: usize) -> usize {
    let bytes = text.as_bytes();
    let mut i = start;
    while i < end {
        let b = bytes[i];
        if b.is_ascii_alphanumeric() {
            i += 1;
            continue;
        }
        if b == b'\'' {
            if next_is_letter(text, i + 1, end) {
                i += 1;
                continue;
            }
            break;
        }
        if b < 0x80 {
            break;
        }
        let c = text[i..].chars().next().unwrap_or(' ');
        let apostrophe = c == '’' && next_is_letter(text, i + c.len_utf8(), end);
        if apostrophe || c.is_alphanumeric() {
            i += c.len_utf8();
        } else {
            break;
        }
    }
    i
}

fn next_is_letter(text: &str, at: usize, end: usize) -> bool {
    at < end && text[at..].chars().next().is_some_and(char::is_alphabetic)
}

/// Width in bytes of a thousands separator at `at` that is followed by
/// exactly three digits, or 0.
fn group_separator(bytes: &[u8], at: usize, end: usize) -> usize {
    let width = match bytes.get(at..) {
        Some([b',' | b' ', ..]) => 1,
        Some([0xC2, 0xA0, ..]) => 2,              // NBSP
        Some([0xE2, 0x80, 0xAF | 0x89, ..]) => 3, // narrow NBSP, thin space
        _ => return 0,
    };
    let group = at + width;
    let three = group + 3 <= end && bytes[group..group + 3].iter().all(u8::is_ascii_digit);
    let fourth = bytes.get(group + 3).is_some_and(u8::is_ascii_digit) && group + 3 < end;
    if three && !fourth { width } else { 0 }
}

fn number_end(bytes: &[u8], start: usize, end: usize) -> usize {
    let mut i = start;
    while i < end && bytes[i].is_ascii_digit() {
        i += 1;
    }
    // A separator only groups a head of one to three digits, and one
    // number uses one kind of separator. A plain space groups only after
    // a head of two or three digits or across two groups ("40 000",
    // "1 234 567"), so that "May 5 100 people" stays two numbers.
    if i - start <= 3 {
        let mut kind = None;
        let mut groups = 0;
        let mut spaced_at = None;
        loop {
            let width = group_separator(bytes, i, end);
            if width == 0 || kind.is_some_and(|k| k != bytes[i]) {
                break;
            }
            kind = Some(bytes[i]);
            if bytes[i] == b' ' && groups == 0 {
                spaced_at = Some(i);
            }
            groups += 1;
            i += width + 3;
        }
        if let Some(at) = spaced_at
            && groups == 1
            && at - start < 2
        {
            i = at;
        }
    }
    if i + 1 < end && bytes[i] == b'.' && bytes[i + 1].is_ascii_digit() {
        i += 1;
        while i < end && bytes[i].is_ascii_digit() {
            i += 1;
        }
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(text: &str) -> Vec<(&str, TokenKind)> {
        let mut out = Vec::new();
        tokenize(text, 0..text.len(), &mut out);
        out.iter()
            .map(|t| (&text[t.start..t.end], t.kind))
            .collect()
    }

    #[test]
    fn numbers_keep_separators_and_decimals() {
        use TokenKind::*;
        assert_eq!(
            texts("1,000 and 1\u{a0}000, 3.5. 12,34 2020, 300 40 000 5 100 .5"),
            vec![
                ("1,000", Number),
                ("and", Word),
                ("1\u{a0}000", Number),
                (",", Symbol),
                ("3.5", Number),
                (".", Symbol),
                ("12", Number),
                (",", Symbol),
                ("34", Number),
                ("2020", Number),
                (",", Symbol),
                ("300", Number),
                ("40 000", Number),
                ("5", Number),
                ("100", Number),
                (".5", Number),
            ]
        );
    }

    #[test]
    fn words_keep_inner_apostrophes_and_digits() {
        use TokenKind::*;
        assert_eq!(
            texts("Russia’s A320 drones’ 3bn"),
            vec![
                ("Russia’s", Word),
                ("A320", Word),
                ("drones", Word),
                ("’", Symbol),
                ("3", Number),
                ("bn", Word),
            ]
        );
    }
}
