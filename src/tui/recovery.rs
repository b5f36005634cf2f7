//! Recovery copies of the letter being edited: written once typing stops, offered when the
//! same letter opens again, and shared with the panic hook and signal handling.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use super::app::App;
use super::prompt::{Prompt, PromptKind};
use super::snapshot::{SharedSnapshot, Snapshot};
use crate::letter::recovery::{RecoveryTimer, read_recovery, remove_recovery, write_recovery};

/// Recovery state: where copies go, when the next is due, and the snapshot for crashes.
#[derive(Default)]
pub struct Recovery {
    pub state_dir: Option<PathBuf>,
    pub timer: RecoveryTimer,
    /// The text changed since the last tick.
    pub edited: bool,
    pub shared: Option<SharedSnapshot>,
}

impl App {
    /// Keeps recovery copies in `state_dir` (none are written without one).
    pub fn with_state_dir(mut self, state_dir: Option<PathBuf>) -> App {
        self.recovery.state_dir = state_dir;
        self.publish();
        self
    }

    /// Shares the unsaved text with the terminal shell's panic hook and signal handling.
    pub fn with_snapshot(mut self, shared: SharedSnapshot) -> App {
        self.recovery.shared = Some(shared);
        self.publish();
        self
    }

    /// Asks whether to recover the letter's recovery copy, if it holds something else.
    pub(crate) fn offer_recovery(&mut self) {
        let Some(dir) = &self.recovery.state_dir else {
            return;
        };
        let path = self.editor.path.as_deref();
        match read_recovery(dir, path) {
            Some(text) if text != self.editor.text() => {
                self.prompt = Some(Prompt::new(PromptKind::Recover(text), ""));
            }
            Some(_) => remove_recovery(dir, path),
            None => {}
        }
    }

    /// Tells the app the time: writes a recovery copy once typing has stopped for a while.
    pub fn tick(&mut self, now: Instant) {
        if std::mem::take(&mut self.recovery.edited) {
            self.recovery.timer.changed(now);
        }
        if self.recovery.timer.due(now) {
            self.recovery.timer.clear();
            self.write_recovery_copy();
        }
    }

    /// How long the event loop may wait for input before [`App::tick`] has work.
    pub fn wake_in(&self, now: Instant) -> Option<Duration> {
        if self.recovery.edited {
            return Some(crate::letter::recovery::RECOVERY_DELAY);
        }
        self.recovery.timer.wait(now)
    }

    /// Writes the recovery copy now if there are unsaved changes.
    pub fn write_recovery_copy(&mut self) {
        let Some(dir) = &self.recovery.state_dir else {
            return;
        };
        if !self.editor.is_dirty() {
            return;
        }
        if let Err(error) = write_recovery(dir, self.editor.path.as_deref(), &self.editor.text()) {
            self.inform(format!("cannot write the recovery copy: {error}"));
        }
    }

    /// Shares the latest unsaved text with the panic hook and signal handling.
    pub(crate) fn publish(&mut self) {
        let Some(shared) = &self.recovery.shared else {
            return;
        };
        let snapshot = Snapshot {
            state_dir: self.recovery.state_dir.clone(),
            path: self.editor.path.clone(),
            text: self.editor.is_dirty().then(|| self.editor.text()),
        };
        if let Ok(mut guard) = shared.lock() {
            *guard = snapshot;
        }
    }
}
