//! The latest unsaved text, shared with the panic hook and the signal handler so they can write
//! a recovery copy before the process ends.

use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use crate::letter::recovery::write_copy;

/// What a recovery copy needs: the file to write (`None` when recovery is off), the letter it
/// belongs to and the unsaved text (`None` when there are no unsaved changes).
#[derive(Debug, Clone, Default)]
pub struct Snapshot {
    pub copy: Option<PathBuf>,
    pub letter: Option<PathBuf>,
    pub text: Option<String>,
}

/// The snapshot shared between the app and the terminal shell.
pub type SharedSnapshot = Arc<Mutex<Snapshot>>;

impl Snapshot {
    /// Writes the recovery copy if there is unsaved text; true if one was written.
    pub fn write_recovery(&self) -> bool {
        match (&self.copy, &self.text) {
            (Some(copy), Some(text)) => write_copy(copy, self.letter.as_deref(), text).is_ok(),
            _ => false,
        }
    }
}

/// Writes the recovery copy from a shared snapshot without waiting: a panic may happen while
/// the app holds the lock.
pub fn write_shared(snapshot: &SharedSnapshot) -> bool {
    match snapshot.try_lock() {
        Ok(snapshot) => snapshot.write_recovery(),
        Err(std::sync::TryLockError::Poisoned(poisoned)) => poisoned.into_inner().write_recovery(),
        Err(std::sync::TryLockError::WouldBlock) => false,
    }
}
