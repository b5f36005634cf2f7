//! Edits to the letter: the size limit, recolouring the changed text, and what copy and cut
//! put on the clipboard and say.

use super::LetterPane;
use crate::letter::MAX_LETTER_BYTES;
use crate::tui::action::{Action, Edit, Effect};
use crate::tui::shell::layout::LetterAreas;

impl LetterPane {
    pub(super) fn edit(&mut self, edit: Edit, areas: LetterAreas) {
        self.focus_letter();
        if let Some(size) = self.editor.size_after(&edit)
            && size > MAX_LETTER_BYTES
        {
            self.inform(format!(
                "Not inserted: the letter would be {size} bytes, and nocfit opens and saves letters of at most {MAX_LETTER_BYTES} bytes"
            ));
            return;
        }
        let verb = match edit {
            Edit::Cut => "Cut",
            _ => "Copied",
        };
        let copying = edit == Edit::Copy;
        let outcome = self.editor.apply(edit, Self::editor_page(areas));
        if let Some(text) = outcome.copied {
            self.confirm(copied_message(verb, &text));
            self.out.effects.push(Effect::Copy(text));
        } else if copying {
            self.inform(format!(
                "Nothing selected to copy: select with Shift and an arrow, or {} for the whole letter",
                crate::tui::bindings::key(&Action::Edit(Edit::SelectAll))
            ));
        }
        if outcome.changed {
            self.retarget();
            self.recovery.edited = true;
            self.publish();
        }
    }
}

/// "Copied “Keep the books and post…” (2 lines, 58 characters) to the clipboard".
fn copied_message(verb: &str, text: &str) -> String {
    let characters = text.chars().count();
    let lines = text.lines().count().max(1);
    let mut preview: String = text
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .take(30)
        .collect();
    if characters > 30 {
        preview.push('…');
    }
    let lines = if lines == 1 {
        "1 line".to_owned()
    } else {
        format!("{lines} lines")
    };
    format!(
        "{verb} “{}” ({lines}, {characters} characters) to the clipboard",
        preview.trim()
    )
}
