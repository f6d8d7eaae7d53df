//! Byte offsets to the line and column numbers editors and CI show.

/// A 1-based line and a 1-based column counted in UTF-16 code units, which
/// is SARIF's default `columnKind` and what browsers and most editors count.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Position {
    pub line: usize,
    pub column: usize,
}

/// Where each line of a text starts, for many offset lookups in one text.
pub struct Lines<'a> {
    text: &'a str,
    starts: Vec<usize>,
}

impl<'a> Lines<'a> {
    pub fn new(text: &'a str) -> Lines<'a> {
        let starts = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(at, _)| at + 1))
            .collect();
        Lines { text, starts }
    }

    /// The position of byte `offset`. An offset past the end, or inside a
    /// character, is moved back to the nearest character start, so a bad
    /// span gives a near position rather than a panic.
    pub fn position(&self, offset: usize) -> Position {
        let mut offset = offset.min(self.text.len());
        while !self.text.is_char_boundary(offset) {
            offset -= 1;
        }
        let line = self.starts.partition_point(|&start| start <= offset) - 1;
        let column = self.text[self.starts[line]..offset]
            .chars()
            .map(char::len_utf16)
            .sum::<usize>();
        Position {
            line: line + 1,
            column: column + 1,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_lines_from_one_and_columns_in_utf16_units() {
        // "é" is 2 bytes and 1 UTF-16 unit; "𝟙" is 4 bytes and 2 units.
        let text = "ab\né𝟙x\n";
        let lines = Lines::new(text);
        assert_eq!(lines.position(0), Position { line: 1, column: 1 });
        assert_eq!(lines.position(3), Position { line: 2, column: 1 });
        let x = text.find('x').unwrap();
        assert_eq!(lines.position(x), Position { line: 2, column: 4 });
        assert_eq!(lines.position(text.len()), Position { line: 3, column: 1 });
    }

    #[test]
    fn an_offset_inside_a_character_or_past_the_end_is_clamped() {
        let lines = Lines::new("é");
        assert_eq!(lines.position(1), Position { line: 1, column: 1 });
        assert_eq!(lines.position(99), Position { line: 1, column: 2 });
    }
}
