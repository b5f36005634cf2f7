//! The template's `[placeholders]`: a key selects the next one, so typing replaces it, and
//! saving or exporting says how many are left.

use ratatui_textarea::CursorMove;

use super::LetterPane;
use super::document::Editor;
use crate::tui::action::Action;
use crate::tui::bindings::key;

/// A placeholder: `[` up to the next `]` on the same line, not a Markdown link (`[text](url)`).
fn placeholder_pattern() -> &'static regex::Regex {
    static PATTERN: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    crate::pattern::regex(&PATTERN, r"\[[^\[\]]{1,400}\]")
}

impl Editor {
    /// Where each placeholder is: (line, first character, character after it), in order.
    pub fn placeholders(&self) -> Vec<(usize, usize, usize)> {
        let mut found = Vec::new();
        for (line, text) in self.lines().iter().enumerate() {
            for m in placeholder_pattern().find_iter(text) {
                if text[m.end()..].starts_with('(') {
                    continue;
                }
                let start = text[..m.start()].chars().count();
                found.push((line, start, start + m.as_str().chars().count()));
            }
        }
        found
    }

    /// Selects characters `start..end` of `line`, the cursor at the end.
    fn select(&mut self, line: usize, start: usize, end: usize) {
        self.jump_to(line, start);
        self.textarea.start_selection();
        let line = u16::try_from(line).unwrap_or(u16::MAX);
        let end = u16::try_from(end).unwrap_or(u16::MAX);
        self.textarea.move_cursor(CursorMove::Jump(line, end));
    }
}

impl LetterPane {
    /// Selects the next placeholder after the cursor (wrapping to the first), so typing
    /// replaces it.
    pub(super) fn next_placeholder(&mut self) {
        let placeholders = self.editor.placeholders();
        if placeholders.is_empty() {
            self.inform("No [placeholders] left in the letter".to_owned());
            return;
        }
        let cursor = self.editor.cursor();
        let index = placeholders
            .iter()
            .position(|&(line, start, _)| (line, start) >= cursor)
            .unwrap_or(0);
        let (line, start, end) = placeholders[index];
        self.editor.select(line, start, end);
        self.focus_letter();
        self.inform(format!(
            "Placeholder {} of {} (line {}): type to replace it, {} for the next",
            index + 1,
            placeholders.len(),
            line + 1,
            key(&Action::NextPlaceholder)
        ));
    }

    /// " · 3 [placeholders] left (F9 selects the next)", or nothing when none are left.
    pub(super) fn placeholders_left(&self) -> String {
        match self.editor.placeholders().len() {
            0 => String::new(),
            count => format!(
                " · {count} [placeholder{}] left ({} selects the next)",
                if count == 1 { "" } else { "s" },
                key(&Action::NextPlaceholder)
            ),
        }
    }
}
