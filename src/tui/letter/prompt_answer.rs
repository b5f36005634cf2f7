//! The answers to the footer prompts: keys typed into an open prompt, and what each answer
//! does (open, save as, find, the unsaved-changes and recovery questions).

use std::path::Path;

use super::paths::expand_home;

use super::LetterPane;
use super::prompt::{Pending, Prompt, PromptKind, PromptMode};
use crate::letter::Expect;
use crate::tui::action::{Action, Movement};
use crate::tui::outcome::Outcome;

impl LetterPane {
    /// Asks for a letter file to open, starting in the current letter's folder.
    pub(super) fn ask_for_letter(&mut self) {
        let folder = self
            .editor
            .path
            .as_deref()
            .and_then(Path::parent)
            .filter(|p| !p.as_os_str().is_empty())
            .map(|p| format!("{}/", p.display()));
        // With no letter named, the last letter is offered, selected: typing replaces it. Up
        // and Down go through the recent letters.
        let recent = self.recent_letters();
        let mut prompt = Prompt::new(PromptKind::Open, folder.as_deref().unwrap_or_default());
        prompt.recent = recent;
        if folder.is_none() && self.editor.path.is_none() {
            prompt.recall(1);
        }
        if !prompt.recent.is_empty() {
            prompt.note = Some(format!(
                "{} recent letter{}: Up and Down go through them",
                prompt.recent.len(),
                if prompt.recent.len() == 1 { "" } else { "s" }
            ));
        }
        self.prompt = Some(prompt);
    }

    /// Asks for text to find in the letter, offering the last search.
    pub(super) fn ask_to_find(&mut self) {
        let last = self.last_find.clone();
        let mut prompt = Prompt::new(PromptKind::Find, &last);
        prompt.selected = !last.is_empty();
        self.prompt = Some(prompt);
    }

    /// Applies an action to the open prompt.
    pub fn update_prompt(&mut self, action: Action) -> Outcome {
        self.answer(action);
        self.take_outcome()
    }

    fn answer(&mut self, action: Action) {
        let Some(mut prompt) = self.prompt.take() else {
            return;
        };
        let typing = matches!(action, Action::Insert(_) | Action::Paste(_));
        match action {
            Action::Cancel => {
                if let PromptKind::Recover(_) = prompt.kind {
                    // Esc keeps the recovery copy for next time.
                    self.inform("Recovery copy kept; it is offered again next time".to_owned());
                }
                return;
            }
            Action::Insert(c) if prompt.mode() == PromptMode::Choice => {
                self.choose(prompt, c);
                return;
            }
            // A selected input (the last find) is replaced by what is typed, pasted or deleted.
            Action::Insert(_)
            | Action::Paste(_)
            | Action::DeleteBackward
            | Action::DeleteForward
                if prompt.selected =>
            {
                prompt.selected = false;
                prompt.input.clear();
                if let Action::Insert(c) = action {
                    prompt.input.insert(c.encode_utf8(&mut [0; 4]));
                } else if let Action::Paste(text) = &action {
                    prompt.input.insert(text.trim());
                }
            }
            Action::Insert(c) => prompt.input.insert(c.encode_utf8(&mut [0; 4])),
            Action::Paste(text) => prompt.input.insert(text.trim()),
            Action::DeleteBackward => {
                prompt.input.delete_backward();
            }
            Action::DeleteForward => {
                prompt.input.delete_forward();
            }
            Action::ClearQuery => {
                prompt.input.clear();
            }
            Action::CursorLeft => prompt.input.left(),
            Action::CursorRight => prompt.input.right(),
            Action::CursorStart => prompt.input.start(),
            Action::CursorEnd => prompt.input.end(),
            Action::Activate => {
                self.submit(prompt);
                return;
            }
            Action::Move(movement @ (Movement::Up | Movement::Down))
                if prompt.kind == PromptKind::Open =>
            {
                let step = if movement == Movement::Up { 1 } else { -1 };
                if !prompt.recall(step) {
                    let which = if step > 0 { "older" } else { "newer" };
                    prompt.note = Some(format!("No {which} recent letter"));
                }
                self.prompt = Some(prompt);
                return;
            }
            Action::CompletePath
                if matches!(prompt.kind, PromptKind::Open | PromptKind::SaveAs(_)) =>
            {
                let (text, listed) = super::paths::complete_path(prompt.input.text());
                prompt.input.clear();
                prompt.input.insert(&text);
                prompt.note = (!listed.is_empty()).then(|| listed.join("  "));
            }
            _ => {}
        }
        if !typing {
            prompt.selected = false;
        }
        self.prompt = Some(prompt);
    }

    fn submit(&mut self, prompt: Prompt) {
        let text = prompt.input.text().trim().to_owned();
        match prompt.kind {
            _ if text.is_empty() => {}
            PromptKind::Open => self.guard(Pending::Open(expand_home(&text))),
            PromptKind::SaveAs(then) => self.save_as(expand_home(&text), then),
            PromptKind::Find => {
                self.last_find = text;
                self.find_in_letter(true);
            }
            PromptKind::Unsaved(_)
            | PromptKind::Recover(_)
            | PromptKind::Conflict { .. }
            | PromptKind::ReadOnly { .. } => {}
        }
    }

    fn choose(&mut self, prompt: Prompt, choice: char) {
        match (prompt.kind, choice.to_ascii_lowercase()) {
            (PromptKind::Unsaved(pending), 's') => self.save_letter(Some(pending)),
            (PromptKind::Unsaved(pending), 'd') => {
                self.remove_own_copy();
                self.editor.mark_saved();
                self.publish();
                self.proceed(pending);
            }
            (PromptKind::Recover(orphan), 'r') => self.recover(&orphan),
            (PromptKind::Recover(orphan), 'd') => self.discard_orphan(&orphan),
            (PromptKind::Conflict { path, then, .. }, 'o') => {
                self.save_to(path, then, Expect::Anything, false);
            }
            (
                PromptKind::Conflict {
                    existing: false, ..
                },
                'r',
            ) => self.reload_letter(),
            (
                PromptKind::Conflict { path, then, .. } | PromptKind::ReadOnly { path, then, .. },
                'a',
            ) => {
                self.ask_to_save_as(&path, then);
            }
            (PromptKind::ReadOnly { path, then, expect }, 'o') => {
                self.save_to(path, then, expect, true);
            }
            (kind, _) => self.prompt = Some(Prompt::new(kind, "")),
        }
    }
}
