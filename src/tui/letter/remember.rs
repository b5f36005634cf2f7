//! What this session leaves for the next in the state folder: the target and the letter
//! ([`Remembered`]). Written when either changes; a failure to write is not worth a message.

use std::path::Path;

use super::LetterPane;
use crate::letter::remembered::Remembered;

impl LetterPane {
    /// What the last session remembered (nothing without a state folder).
    pub fn remembered(&self) -> Remembered {
        self.recovery
            .store
            .as_ref()
            .map(|store| Remembered::read(store.dir()))
            .unwrap_or_default()
    }

    /// Records the target and the letter's path for the next session.
    pub(super) fn remember(&self) {
        let Some(store) = self.recovery.store.as_ref() else {
            return;
        };
        let mut remembered = Remembered::read(store.dir());
        if let Some(unit) = self.target_unit() {
            remembered.target = Some(unit.code.clone());
        }
        if let Some(path) = self.editor.path.as_deref() {
            remembered.letter = std::path::absolute(path).ok().or(Some(path.to_path_buf()));
        }
        // Best effort: the next session simply starts without them.
        let _ = remembered.write(store.dir());
    }

    /// The remembered letter, for `Ctrl-O` while no letter is named.
    pub(super) fn remembered_letter(&self) -> Option<String> {
        self.remembered()
            .letter
            .as_deref()
            .map(Path::display)
            .map(|path| path.to_string())
    }
}
