//! Finding text in the letter: the next or previous match of the last search, counted
//! ("match 2 of 5") and with a notice when it wraps.

use super::LetterPane;
use super::prompt::{Prompt, PromptKind};

impl LetterPane {
    pub(super) fn find_in_letter(&mut self, forward: bool) {
        if self.last_find.is_empty() {
            self.prompt = Some(Prompt::new(PromptKind::Find, ""));
            return;
        }
        let pattern = self.last_find.clone();
        self.focus_letter();
        let before = self.editor.cursor();
        if !self.editor.find(&pattern, forward) {
            self.inform(format!("“{pattern}” is not in the letter"));
            return;
        }
        let message = self.editor.match_message(&pattern, before, forward);
        self.inform(message);
    }
}
