//! The one-line prompts in the footer: a file to open or save as, text to find, and the
//! questions that keep the user's text safe (unsaved changes, a recovery copy).

use std::path::PathBuf;

use super::keymap_letter::PromptMode;
use super::query::Query;

/// What to do once unsaved changes are saved or discarded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Pending {
    Quit,
    NewLetter,
    Open(PathBuf),
}

/// What the prompt asks for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PromptKind {
    /// A letter file to open.
    Open,
    /// A file name for an untitled letter, then what was waiting for the save.
    SaveAs(Option<Pending>),
    /// Text to find in the letter.
    Find,
    /// The letter has unsaved changes: save, discard or cancel, then `Pending`.
    Unsaved(Pending),
    /// A recovery copy from an unsaved session exists: recover it or discard it.
    Recover(String),
}

/// An open prompt and what has been typed into it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Prompt {
    pub kind: PromptKind,
    pub input: Query,
}

impl Prompt {
    pub fn new(kind: PromptKind, initial: &str) -> Prompt {
        let mut input = Query::default();
        input.insert(initial);
        Prompt { kind, input }
    }

    pub fn mode(&self) -> PromptMode {
        match self.kind {
            PromptKind::Open | PromptKind::SaveAs(_) | PromptKind::Find => PromptMode::Text,
            PromptKind::Unsaved(_) | PromptKind::Recover(_) => PromptMode::Choice,
        }
    }

    /// The question, and for a choice the keys that answer it.
    pub fn question(&self, letter: &str) -> String {
        match &self.kind {
            PromptKind::Open => "Open letter (Enter opens, Esc cancels): ".to_owned(),
            PromptKind::SaveAs(_) => "Save letter as (Enter saves, Esc cancels): ".to_owned(),
            PromptKind::Find => "Find in letter (Enter finds, F3 next): ".to_owned(),
            PromptKind::Unsaved(pending) => {
                let then = match pending {
                    Pending::Quit => "quit",
                    Pending::NewLetter => "start a new letter",
                    Pending::Open(_) => "open another letter",
                };
                format!(
                    "{letter} has unsaved changes. s save and {then} · d discard them and {then} · Esc keep editing"
                )
            }
            PromptKind::Recover(_) => format!(
                "{letter} has unsaved changes from a session that ended abruptly. r recover them · d discard them"
            ),
        }
    }
}
