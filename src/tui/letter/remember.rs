//! What this session leaves for the next in the state folder: the target and the letter
//! ([`Remembered`]). Written when either changes; a failure to write is not worth a message.

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
            remembered
                .open_letter(std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf()));
        }
        // Best effort: the next session simply starts without them.
        let _ = remembered.write(store.dir());
    }

    /// The recent letters, the last first, for `Ctrl-O`.
    pub(super) fn recent_letters(&self) -> Vec<String> {
        self.remembered()
            .letters
            .iter()
            .map(|path| path.display().to_string())
            .collect()
    }
}
