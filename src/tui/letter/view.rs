//! Where the letter's text sits on screen (wrapped rows, the cursor's row, the position under
//! a click) and finding text in it.

use crate::tui::letter::document::{Editor, Found};
use crate::tui::letter::wrap;

impl Editor {
    /// Scrolls so the cursor is on screen in a text column `width` wide and `height` rows high.
    pub fn keep_cursor_visible(&mut self, width: usize, height: usize) {
        self.wrap_width = width;
        let (row, _) = self.cursor_screen_row(width);
        let height = height.max(1);
        if row < self.scroll {
            self.scroll = row;
        } else if row >= self.scroll + height {
            self.scroll = row + 1 - height;
        }
    }

    /// Where Up (`down` false) or Down moves the cursor: the same cell column one screen row
    /// away, inside a wrapped paragraph too. `None` before the letter is drawn, or at the top.
    pub(super) fn screen_row_target(&self, down: bool) -> Option<ratatui_textarea::CursorMove> {
        let width = self.wrap_width;
        if width == 0 {
            return None;
        }
        let (row, column) = self.cursor_screen_row(width);
        let target = if down { row + 1 } else { row.checked_sub(1)? };
        let (line, char) = self.position_at(target, column, width);
        Some(ratatui_textarea::CursorMove::Jump(
            u16::try_from(line).unwrap_or(u16::MAX),
            u16::try_from(char).unwrap_or(u16::MAX),
        ))
    }

    /// The cursor's screen row counted from the top of the letter, and its cell column.
    pub fn cursor_screen_row(&self, width: usize) -> (usize, usize) {
        let (line, column) = self.cursor();
        let mut row = 0;
        for text in self.textarea.lines().iter().take(line) {
            let chars: Vec<char> = text.chars().collect();
            row += wrap::wrap(&chars, width).len();
        }
        let chars: Vec<char> = self
            .textarea
            .lines()
            .get(line)
            .map(|text| text.chars().collect())
            .unwrap_or_default();
        let (within, column) = wrap::locate(&chars, &wrap::wrap(&chars, width), column, width);
        (row + within, column)
    }

    /// Searches for `pattern` (plain text, any case) forward from the cursor or backward;
    /// false when it is not in the letter.
    /// The match it moves to becomes [`Editor::found`].
    pub fn find(&mut self, pattern: &str, forward: bool) -> bool {
        let source = format!("(?i){}", regex::escape(pattern));
        let Ok(regex) = regex::Regex::new(&source) else {
            return false;
        };
        if self.textarea.set_search_pattern(source).is_err() {
            return false;
        }
        let moved = if forward {
            self.textarea.search_forward(false)
        } else {
            self.textarea.search_back(false)
        };
        self.found = if moved {
            self.match_at_cursor(&regex)
        } else {
            None
        };
        moved
    }

    /// Where every match of `pattern` (plain text, any case) starts: (line, character).
    pub fn matches(&self, pattern: &str) -> Vec<(usize, usize)> {
        let Ok(regex) = regex::Regex::new(&format!("(?i){}", regex::escape(pattern))) else {
            return Vec::new();
        };
        let mut starts = Vec::new();
        for (line, text) in self.textarea.lines().iter().enumerate() {
            for found in regex.find_iter(text) {
                starts.push((line, text[..found.start()].chars().count()));
            }
        }
        starts
    }

    /// "“journal”: match 2 of 5", and whether the search wrapped past the end (`forward`)
    /// or the start, from the cursor `before` it moved.
    pub fn match_message(&self, pattern: &str, before: (usize, usize), forward: bool) -> String {
        let now = self.cursor();
        let matches = self.matches(pattern);
        let index = matches
            .iter()
            .position(|&start| start == now)
            .map_or(0, |i| i + 1);
        let wrapped = match (forward, matches.len()) {
            (_, 0 | 1) => "",
            (true, _) if now <= before => " (wrapped to the top)",
            (false, _) if now >= before => " (wrapped to the bottom)",
            _ => "",
        };
        format!("“{pattern}”: match {index} of {}{wrapped}", matches.len())
    }

    /// The match of `regex` that starts at the cursor.
    fn match_at_cursor(&self, regex: &regex::Regex) -> Option<Found> {
        let (line, column) = self.cursor();
        let text = self.textarea.lines().get(line)?;
        let byte = text
            .char_indices()
            .nth(column)
            .map_or(text.len(), |(b, _)| b);
        let found = regex.find_at(text, byte).filter(|m| m.start() == byte)?;
        Some(Found {
            line,
            start: column,
            end: column + found.as_str().chars().count(),
        })
    }
}

impl Editor {
    /// The line and character at a screen row (counted from the top of the letter) and a
    /// cell column of the text area `width` cells wide.
    pub fn position_at(&self, screen_row: usize, column: usize, width: usize) -> (usize, usize) {
        let mut row = 0;
        let lines = self.textarea.lines();
        for (index, text) in lines.iter().enumerate() {
            let chars: Vec<char> = text.chars().collect();
            let rows = wrap::wrap(&chars, width);
            if screen_row < row + rows.len() {
                let segment = rows[screen_row - row];
                return (index, wrap::position(&chars, segment, column));
            }
            row += rows.len();
        }
        let last = lines.len().saturating_sub(1);
        (last, lines.last().map_or(0, |l| l.chars().count()))
    }
}
