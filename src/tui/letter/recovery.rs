//! Recovery copies of the letter being edited: written at most a second after the first
//! unsaved change, removed as soon as there are no unsaved changes, offered when a session
//! that ended abruptly left one for the letter that opens, and shared with the panic hook and
//! signal handling.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use super::LetterPane;
use super::prompt::{Prompt, PromptKind};
use super::recovery_state::session_name;
use super::snapshot::{SharedSnapshot, Snapshot};
use crate::letter::recovery::{Orphan, RecoveryStore, letter_key};
use crate::tui::action::Action;
use crate::tui::bindings::key;
use crate::tui::outcome::Outcome;

impl LetterPane {
    /// Keeps recovery copies in `state_dir`; without one (no `HOME` and no state variable),
    /// recovery is off and the footer says so.
    pub fn set_state_dir(&mut self, state_dir: Option<PathBuf>) -> Outcome {
        let opened = match state_dir {
            None => {
                Err("no folder for them: set NOCFIT_STATE_DIR, XDG_STATE_HOME or HOME".to_owned())
            }
            Some(dir) => RecoveryStore::open(dir, &session_name()).map_err(|e| e.to_string()),
        };
        match opened {
            Ok(store) => {
                self.recovery.store = Some(store);
                self.recovery.off = None;
            }
            Err(why) => {
                let message = format!("Recovery copies are off ({why}); save often");
                self.inform(message.clone());
                self.recovery.off = Some(message);
            }
        }
        self.publish();
        self.take_outcome()
    }

    /// Shares the unsaved text with the terminal shell's panic hook and signal handling.
    pub fn set_snapshot(&mut self, shared: SharedSnapshot) {
        self.recovery.shared = Some(shared);
        self.publish();
    }

    /// Why recovery copies are off, if they are.
    pub fn recovery_off(&self) -> Option<&str> {
        self.recovery.off.as_deref()
    }

    /// The key recovery knows the open letter by.
    fn letter_key(&self) -> Option<PathBuf> {
        self.editor.path.as_deref().map(letter_key)
    }

    /// Asks whether to recover a copy of this letter that a session ending abruptly left,
    /// newest first. Copies that hold the letter's text exactly are removed without asking.
    pub fn offer_recovery(&mut self) {
        let Some(store) = &self.recovery.store else {
            return;
        };
        let current = self.editor.text();
        for orphan in store.orphans(self.letter_key().as_deref()) {
            if orphan.text == current {
                store.discard(&orphan);
                continue;
            }
            self.prompt = Some(Prompt::new(PromptKind::Recover(orphan), ""));
            return;
        }
    }

    /// Takes a left copy's text into the editor as an unsaved change, copies it under this
    /// session at once, then removes the old copy and offers the next, if any.
    pub(super) fn recover(&mut self, orphan: &Orphan) {
        self.editor.replace_text(&orphan.text);
        self.retarget();
        self.recovery.edited = true;
        self.publish();
        self.write_recovery_copy();
        if self.recovery.written.is_some()
            && let Some(store) = &self.recovery.store
        {
            store.discard(orphan);
        }
        self.confirm(format!(
            "Recovered the unsaved text; {} saves it",
            key(&Action::Save)
        ));
        self.offer_recovery();
    }

    /// Deletes a left copy the user chose to discard, then offers the next, if any.
    pub(super) fn discard_orphan(&mut self, orphan: &Orphan) {
        if let Some(store) = &self.recovery.store {
            store.discard(orphan);
        }
        self.confirm("Recovery copy discarded".to_owned());
        self.offer_recovery();
    }

    /// Offers a recovery copy of the untitled letter (start-up without a file).
    pub fn offer_recovery_at_start(&mut self) -> Outcome {
        self.offer_recovery();
        self.take_outcome()
    }

    /// Tells the app the time: writes a recovery copy at most [`RECOVERY_DELAY`] after the
    /// first unsaved change, and removes the copy once the text matches the file again.
    ///
    /// [`RECOVERY_DELAY`]: crate::letter::recovery::RECOVERY_DELAY
    pub fn tick(&mut self, now: Instant) -> Outcome {
        self.live.poll(now);
        if std::mem::take(&mut self.recovery.edited) {
            if self.editor.is_dirty() {
                self.recovery.timer.changed(now);
            } else {
                self.recovery.timer.clear();
                self.remove_own_copy();
            }
        }
        if self.recovery.timer.due(now) {
            self.recovery.timer.clear();
            self.write_recovery_copy();
        }
        self.take_outcome()
    }

    /// How long the event loop may wait for input before [`LetterPane::tick`] has work.
    pub fn wake_in(&self, now: Instant) -> Option<Duration> {
        if self.recovery.edited {
            return Some(Duration::ZERO);
        }
        let recovery = self.recovery.timer.wait(now);
        match (recovery, self.live.wake_in()) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        }
    }

    /// Writes this session's recovery copy now if there are unsaved changes (the shell's exit
    /// paths); says so if writing fails.
    pub fn write_recovery_copy_now(&mut self) -> Outcome {
        self.write_recovery_copy();
        self.take_outcome()
    }

    /// Writes this session's recovery copy now if there are unsaved changes, and removes it if
    /// there are none.
    pub(super) fn write_recovery_copy(&mut self) {
        if !self.editor.is_dirty() {
            self.remove_own_copy();
            return;
        }
        let key = self.letter_key();
        if self
            .recovery
            .written
            .as_ref()
            .is_some_and(|old| *old != key)
        {
            self.remove_own_copy();
        }
        let Some(store) = &self.recovery.store else {
            return;
        };
        match store.write(key.as_deref(), &self.editor.text()) {
            Ok(()) => self.recovery.written = Some(key),
            Err(error) => self.inform(error.to_string()),
        }
    }

    /// Removes this session's copy (the text was saved or discarded, or matches the file).
    /// Copies other sessions left are never touched here.
    pub(super) fn remove_own_copy(&mut self) {
        if let (Some(store), Some(key)) = (&self.recovery.store, self.recovery.written.take()) {
            store.remove(key.as_deref());
        }
    }

    /// Shares the latest unsaved text with the panic hook and signal handling.
    pub(super) fn publish(&mut self) {
        let Some(shared) = &self.recovery.shared else {
            return;
        };
        let key = self.letter_key();
        let snapshot = Snapshot {
            copy: self
                .recovery
                .store
                .as_ref()
                .map(|store| store.copy_path(key.as_deref())),
            letter: key,
            text: self.editor.is_dirty().then(|| self.editor.text()),
        };
        if let Ok(mut guard) = shared.lock() {
            *guard = snapshot;
        }
    }
}
