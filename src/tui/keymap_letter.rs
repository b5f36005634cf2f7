//! Keys in the letter editor, the one-line text fields (the search box, the prompts) and the
//! footer prompts (open, save as, find, confirm):
//! pure functions of the key, like the rest of the keymap.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use crate::tui::action::{Action, Caret, Edit, Movement};
use crate::tui::letter::prompt::PromptMode;

/// The action for a key while a prompt is open.
pub fn prompt_key(mode: PromptMode, key: KeyEvent) -> Option<Action> {
    let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
    match (mode, key.code) {
        (_, KeyCode::Char('q' | 'c')) if ctrl => Some(Action::Cancel),
        (_, KeyCode::Esc) => Some(Action::Cancel),
        (_, KeyCode::Char(c)) if !ctrl => Some(Action::Insert(c)),
        (PromptMode::Choice, _) => None,
        (PromptMode::Text, KeyCode::Enter) => Some(Action::Activate),
        (PromptMode::Text, KeyCode::Tab) => Some(Action::CompletePath),
        (PromptMode::Text, KeyCode::Up) => Some(Action::Move(Movement::Up)),
        (PromptMode::Text, KeyCode::Down) => Some(Action::Move(Movement::Down)),
        (PromptMode::Text, code) => text_field_key(code, ctrl),
    }
}

/// The action for a key in the letter editor.
pub fn letter_key(key: KeyEvent) -> Option<Action> {
    let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
    let alt = key.modifiers.contains(KeyModifiers::ALT);
    let shift = key.modifiers.contains(KeyModifiers::SHIFT);
    // Alt pages the analysis panel: Shift-PgUp/PgDn select, and terminals often keep them for
    // their own scrollback.
    match key.code {
        KeyCode::PageUp if alt => return Some(Action::ScrollPanel(Movement::PageUp)),
        KeyCode::PageDown if alt => return Some(Action::ScrollPanel(Movement::PageDown)),
        _ => {}
    }
    if let Some(to) = caret(key.code, ctrl) {
        return Some(Action::Edit(Edit::Move { to, select: shift }));
    }
    let edit = |edit| Some(Action::Edit(edit));
    match key.code {
        KeyCode::Char(c) if ctrl => match c.to_ascii_lowercase() {
            'q' => Some(Action::Quit),
            's' => Some(Action::Save),
            'o' => Some(Action::OpenFile),
            'n' => Some(Action::NewLetter),
            'e' => Some(Action::Export),
            'f' => Some(Action::Find),
            'g' => Some(Action::FindNext),
            'r' => Some(Action::FindPrevious),
            'z' if shift => edit(Edit::Redo),
            'z' => edit(Edit::Undo),
            'y' => edit(Edit::Redo),
            'x' => edit(Edit::Cut),
            'c' => edit(Edit::Copy),
            'v' => edit(Edit::PasteCopied),
            'a' => edit(Edit::SelectAll),
            'w' | 'h' => edit(Edit::DeleteWordBackward),
            _ => None,
        },
        KeyCode::Char(c) if !alt => edit(Edit::Insert(c)),
        KeyCode::Backspace if ctrl || alt => edit(Edit::DeleteWordBackward),
        KeyCode::Delete if ctrl || alt => edit(Edit::DeleteWordForward),
        KeyCode::Backspace => edit(Edit::DeleteBackward),
        KeyCode::Delete => edit(Edit::DeleteForward),
        KeyCode::Enter => edit(Edit::Newline),
        KeyCode::Tab => Some(Action::FocusNext),
        KeyCode::BackTab => Some(Action::FocusPrevious),
        KeyCode::Esc => Some(Action::Cancel),
        KeyCode::F(2) => Some(Action::NextPanel),
        KeyCode::F(3) if shift => Some(Action::FindPrevious),
        KeyCode::F(3) => Some(Action::FindNext),
        KeyCode::F(4) => Some(Action::NextChecklistItem),
        KeyCode::F(6) => Some(Action::FoldPanel),
        KeyCode::F(7) => Some(Action::PreviousProblem),
        KeyCode::F(9) => Some(Action::NextPlaceholder),
        KeyCode::F(12) => Some(Action::SaveAs),
        KeyCode::F(8) => Some(Action::NextProblem),
        _ => None,
    }
}

/// The editing keys every one-line text field shares (the search box and the prompts).
pub fn text_field_key(code: KeyCode, ctrl: bool) -> Option<Action> {
    Some(match code {
        KeyCode::Char('u') if ctrl => Action::ClearQuery,
        KeyCode::Backspace => Action::DeleteBackward,
        KeyCode::Delete => Action::DeleteForward,
        KeyCode::Left => Action::CursorLeft,
        KeyCode::Right => Action::CursorRight,
        KeyCode::Home => Action::CursorStart,
        KeyCode::End => Action::CursorEnd,
        _ => return None,
    })
}

fn caret(code: KeyCode, ctrl: bool) -> Option<Caret> {
    Some(match code {
        KeyCode::Left if ctrl => Caret::WordLeft,
        KeyCode::Right if ctrl => Caret::WordRight,
        KeyCode::Home if ctrl => Caret::Top,
        KeyCode::End if ctrl => Caret::Bottom,
        KeyCode::Left => Caret::Left,
        KeyCode::Right => Caret::Right,
        KeyCode::Up => Caret::Up,
        KeyCode::Down => Caret::Down,
        KeyCode::Home => Caret::LineStart,
        KeyCode::End => Caret::LineEnd,
        KeyCode::PageUp => Caret::PageUp,
        KeyCode::PageDown => Caret::PageDown,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(code: KeyCode, modifiers: KeyModifiers) -> KeyEvent {
        KeyEvent::new(code, modifiers)
    }

    #[test]
    fn letters_type_and_shortcuts_edit() {
        assert_eq!(
            letter_key(key(KeyCode::Char('q'), KeyModifiers::NONE)),
            Some(Action::Edit(Edit::Insert('q')))
        );
        assert_eq!(
            letter_key(key(KeyCode::Char('Q'), KeyModifiers::SHIFT)),
            Some(Action::Edit(Edit::Insert('Q')))
        );
        assert_eq!(
            letter_key(key(KeyCode::Char('s'), KeyModifiers::CONTROL)),
            Some(Action::Save)
        );
        assert_eq!(
            letter_key(key(
                KeyCode::Right,
                KeyModifiers::SHIFT | KeyModifiers::CONTROL
            )),
            Some(Action::Edit(Edit::Move {
                to: Caret::WordRight,
                select: true
            }))
        );
    }

    #[test]
    fn alt_pages_the_panel_and_shift_pages_a_selection() {
        assert_eq!(
            letter_key(key(KeyCode::PageDown, KeyModifiers::ALT)),
            Some(Action::ScrollPanel(Movement::PageDown))
        );
        assert_eq!(
            letter_key(key(KeyCode::PageUp, KeyModifiers::ALT)),
            Some(Action::ScrollPanel(Movement::PageUp))
        );
        assert_eq!(
            letter_key(key(KeyCode::PageDown, KeyModifiers::SHIFT)),
            Some(Action::Edit(Edit::Move {
                to: Caret::PageDown,
                select: true
            }))
        );
    }

    #[test]
    fn a_choice_prompt_takes_letters_only() {
        assert_eq!(
            prompt_key(
                PromptMode::Choice,
                key(KeyCode::Char('s'), KeyModifiers::NONE)
            ),
            Some(Action::Insert('s'))
        );
        assert_eq!(
            prompt_key(PromptMode::Choice, key(KeyCode::Enter, KeyModifiers::NONE)),
            None
        );
    }
}
