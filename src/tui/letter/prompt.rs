//! The one-line prompts in the footer: a file to open or save as, text to find, and the
//! questions that keep the user's text safe (unsaved changes, a recovery copy).

use std::path::PathBuf;

use crate::letter::Expect;
use crate::letter::recovery::Orphan;
use crate::tui::action::{Action, Edit};
use crate::tui::bindings::key;
use crate::tui::browser::query::Query;

/// What kind of answer the open prompt wants.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PromptMode {
    /// A line of text (a file name, a search), ended by Enter.
    Text,
    /// One key from a short list of choices.
    Choice,
}

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
    /// A session that ended abruptly left a recovery copy: recover it or discard it.
    Recover(Orphan),
    /// Saving would replace a file nocfit did not expect there: one another program changed
    /// since the letter was opened, or (for a new name) one that already exists. Overwrite,
    /// reload it (a changed file only) or save under another name, then `then`.
    Conflict {
        path: PathBuf,
        then: Option<Pending>,
        /// The file existed before and is not the letter's own (save as, a new letter).
        existing: bool,
    },
    /// Saving would replace a read-only file: replace it anyway, or save under another name.
    ReadOnly {
        path: PathBuf,
        then: Option<Pending>,
        expect: Expect,
    },
}

/// An open prompt and what has been typed into it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Prompt {
    pub kind: PromptKind,
    pub input: Query,
    /// Why the prompt opened, shown whole above the footer (a save that failed).
    pub note: Option<String>,
    /// The whole input is selected: typing or pasting replaces it (the last find).
    pub selected: bool,
    /// Earlier answers Up and Down go through (the recent letters, the last first), and which
    /// of them the input holds.
    pub recent: Vec<String>,
    pub recalled: Option<usize>,
}

impl Prompt {
    pub fn new(kind: PromptKind, initial: &str) -> Prompt {
        let mut input = Query::default();
        input.insert(initial);
        Prompt {
            kind,
            input,
            note: None,
            selected: false,
            recent: Vec::new(),
            recalled: None,
        }
    }

    /// Shows the earlier answer `step` places older (Up: 1) or newer (Down: -1) than the one
    /// shown, selected so that typing replaces it. Returns whether there was one.
    pub fn recall(&mut self, step: isize) -> bool {
        let next = match self.recalled {
            Some(at) => at.checked_add_signed(step),
            None if step > 0 => Some(0),
            None => None,
        };
        let Some((at, answer)) = next.and_then(|at| Some((at, self.recent.get(at)?.clone())))
        else {
            return false;
        };
        self.input.clear();
        self.input.insert(&answer);
        self.selected = true;
        self.recalled = Some(at);
        self.note = Some(format!("Recent letter {} of {}", at + 1, self.recent.len()));
        true
    }

    /// This prompt with `note` shown above it.
    pub fn with_note(mut self, note: String) -> Prompt {
        self.note = Some(note);
        self
    }

    pub fn mode(&self) -> PromptMode {
        match self.kind {
            PromptKind::Open | PromptKind::SaveAs(_) | PromptKind::Find => PromptMode::Text,
            PromptKind::Unsaved(_)
            | PromptKind::Recover(_)
            | PromptKind::Conflict { .. }
            | PromptKind::ReadOnly { .. } => PromptMode::Choice,
        }
    }

    /// The question, and for a choice the keys that answer it (Enter, Esc, F3 and undo named
    /// from the bindings table; the answers' letters are the prompt's own).
    pub fn question(&self, letter: &str) -> String {
        let enter = key(&Action::Activate);
        let esc = key(&Action::Cancel);
        match &self.kind {
            PromptKind::Open => {
                if self.recent.is_empty() {
                    format!("Open letter (Tab completes, {enter} opens, {esc} cancels): ")
                } else {
                    format!(
                        "Open letter (Tab completes, Up/Down recent, {enter} opens, {esc} cancels): "
                    )
                }
            }
            PromptKind::SaveAs(_) => {
                format!("Save letter as (Tab completes, {enter} saves, {esc} cancels): ")
            }
            PromptKind::Find => format!(
                "Find in letter ({enter} finds, {} next): ",
                key(&Action::FindNext)
            ),
            PromptKind::Unsaved(pending) => {
                let then = match pending {
                    Pending::Quit => "quit",
                    Pending::NewLetter => "start a new letter",
                    Pending::Open(_) => "open another letter",
                };
                format!(
                    "{letter} has unsaved changes. s save and {then} · d discard them and {then} · {esc} keep editing"
                )
            }
            PromptKind::Recover(_) => format!(
                "{letter} has unsaved changes from a session that ended abruptly. r recover them · d discard them · {esc} decide later"
            ),
            PromptKind::Conflict {
                path,
                existing: true,
                ..
            } => format!(
                "{} already exists. o overwrite it · a save under another name · {esc} cancel",
                path.display()
            ),
            PromptKind::Conflict { path, .. } => format!(
                "{} was changed by another program since it was opened. o overwrite it · r reload it ({} gets your text back) · a save under another name · {esc} cancel",
                path.display(),
                key(&Action::Edit(Edit::Undo))
            ),
            PromptKind::ReadOnly { path, .. } => format!(
                "{} is read-only. o replace it anyway (it stays read-only) · a save under another name · {esc} cancel",
                path.display()
            ),
        }
    }
}
