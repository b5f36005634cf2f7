//! Soft wrapping for the letter editor: where each line breaks on screen, without changing the
//! text. Positions are in characters.

/// One screen row of a wrapped line: the characters `start..end` of the line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Row {
    pub start: usize,
    pub end: usize,
}

/// The screen rows of a line of `chars` characters for a text column `width` wide: breaks after
/// the last space that fits, or inside a word longer than the width. An empty line is one row.
pub fn wrap(chars: &[char], width: usize) -> Vec<Row> {
    let width = width.max(1);
    let mut rows = Vec::new();
    let mut start = 0;
    while chars.len() - start > width {
        let limit = start + width;
        // Break after the last space that fits, keeping the space on this row; a space just
        // past the edge also stays on this row (it draws nothing) so no row starts blank.
        let end = if chars[limit] == ' ' {
            limit + 1
        } else {
            chars[start + 1..limit]
                .iter()
                .rposition(|&c| c == ' ')
                .map_or(limit, |offset| start + 1 + offset + 1)
        };
        rows.push(Row { start, end });
        start = end;
    }
    rows.push(Row {
        start,
        end: chars.len(),
    });
    rows
}

/// The row and column on screen of the character position `column` in a wrapped line. A
/// cursor after the last character of a full row stays in the row's last column.
pub fn locate(rows: &[Row], column: usize, width: usize) -> (usize, usize) {
    let index = rows
        .iter()
        .rposition(|row| row.start <= column)
        .unwrap_or(0);
    let start = rows.get(index).map_or(0, |row| row.start);
    let offset = column.saturating_sub(start);
    (index, offset.min(width.max(1) - 1))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows(text: &str, width: usize) -> Vec<String> {
        let chars: Vec<char> = text.chars().collect();
        wrap(&chars, width)
            .iter()
            .map(|row| chars[row.start..row.end].iter().collect())
            .collect()
    }

    #[test]
    fn breaks_after_spaces_and_inside_long_words() {
        assert_eq!(
            rows("post journal entries", 10),
            ["post ", "journal ", "entries"]
        );
        assert_eq!(rows("abcdefghijkl", 5), ["abcde", "fghij", "kl"]);
        assert_eq!(rows("", 5), [""]);
        assert_eq!(rows("short", 10), ["short"]);
    }

    #[test]
    fn the_text_is_unchanged() {
        let text = "Reconciling bank,  credit card and balance sheet accounts each month";
        for width in 1..30 {
            assert_eq!(rows(text, width).concat(), text);
        }
    }

    #[test]
    fn the_cursor_is_located_on_its_row() {
        let chars: Vec<char> = "post journal entries".chars().collect();
        let wrapped = wrap(&chars, 10);
        assert_eq!(locate(&wrapped, 0, 10), (0, 0));
        assert_eq!(locate(&wrapped, 6, 10), (1, 1));
        assert_eq!(locate(&wrapped, 20, 10), (2, 7));
        let full: Vec<char> = "abcde".chars().collect();
        let wrapped = wrap(&full, 5);
        assert_eq!(locate(&wrapped, 5, 5), (0, 4));
    }
}
