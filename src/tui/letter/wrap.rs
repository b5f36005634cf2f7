//! Soft wrapping for the letter editor: where each line breaks on screen, without changing the
//! text. Positions are in characters; widths are in terminal cells, so a CJK character or an
//! emoji takes two and a combining mark none.

use unicode_width::UnicodeWidthChar;

/// One screen row of a wrapped line: the characters `start..end` of the line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Row {
    pub start: usize,
    pub end: usize,
}

/// The cells a character takes on screen. Control characters (tabs) are drawn as one blank
/// cell.
pub fn cell_width(c: char) -> usize {
    if c.is_control() {
        1
    } else {
        c.width().unwrap_or(1)
    }
}

/// The cells `chars` take on screen.
pub fn cells(chars: &[char]) -> usize {
    chars.iter().map(|&c| cell_width(c)).sum()
}

/// The screen rows of a line of `chars` characters for a text column `width` cells wide:
/// breaks after the last space that fits, or inside a word longer than the width. An empty
/// line is one row; a character wider than the column gets a row of its own.
pub fn wrap(chars: &[char], width: usize) -> Vec<Row> {
    let width = width.max(1);
    let mut rows = Vec::new();
    let mut start = 0;
    while let Some(limit) = overflow(chars, start, width) {
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

/// The first character from `start` on that does not fit in a row `width` cells wide, if the
/// rest of the line does not fit. The row keeps at least one character.
fn overflow(chars: &[char], start: usize, width: usize) -> Option<usize> {
    let mut used = 0;
    for (index, &c) in chars.iter().enumerate().skip(start) {
        used += cell_width(c);
        if used > width && index > start {
            return Some(index);
        }
    }
    None
}

/// The row and the cell column on screen of the character position `column` in the line
/// `chars` wrapped into `rows`. A cursor after the last character of a full row stays in the
/// row's last column.
pub fn locate(chars: &[char], rows: &[Row], column: usize, width: usize) -> (usize, usize) {
    let index = rows
        .iter()
        .rposition(|row| row.start <= column)
        .unwrap_or(0);
    let start = rows.get(index).map_or(0, |row| row.start);
    let before = chars
        .get(start..column.max(start).min(chars.len()))
        .unwrap_or_default();
    (index, cells(before).min(width.max(1) - 1))
}

/// The character position under the cell column `column` of `row`: the character covering
/// that cell, or the row's end past its last character.
pub fn position(chars: &[char], row: Row, column: usize) -> usize {
    let mut used = 0;
    let visible = chars.get(row.start..row.end).unwrap_or_default();
    for (offset, &c) in visible.iter().enumerate() {
        used += cell_width(c);
        if column < used {
            return row.start + offset;
        }
    }
    row.end
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
        assert_eq!(locate(&chars, &wrapped, 0, 10), (0, 0));
        assert_eq!(locate(&chars, &wrapped, 6, 10), (1, 1));
        assert_eq!(locate(&chars, &wrapped, 20, 10), (2, 7));
        let full: Vec<char> = "abcde".chars().collect();
        let wrapped = wrap(&full, 5);
        assert_eq!(locate(&full, &wrapped, 5, 5), (0, 4));
    }

    #[test]
    fn wide_characters_take_two_cells() {
        // Five CJK characters are ten cells: four fit in a row of nine.
        assert_eq!(rows("簿記会計士", 9), ["簿記会計", "士"]);
        assert_eq!(rows("ab 簿記 cd", 6), ["ab ", "簿記 ", "cd"]);
        // A character wider than the column still gets a row.
        assert_eq!(rows("簿記", 1), ["簿", "記"]);
        // A combining accent takes no cell.
        assert_eq!(rows("cafe\u{301}s", 5), ["cafe\u{301}s"]);
        let chars: Vec<char> = "ab 簿記 cd".chars().collect();
        let wrapped = wrap(&chars, 6);
        assert_eq!(locate(&chars, &wrapped, 4, 6), (1, 2));
        assert_eq!(locate(&chars, &wrapped, 6, 6), (2, 0));
        assert_eq!(position(&chars, wrapped[1], 0), 3);
        assert_eq!(position(&chars, wrapped[1], 1), 3);
        assert_eq!(position(&chars, wrapped[1], 2), 4);
        assert_eq!(position(&chars, wrapped[1], 9), 6);
    }
}
