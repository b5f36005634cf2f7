//! Recovery copies of unsaved letters, kept in the user's state folder so that a crash, a
//! killed terminal or a closed laptop never loses the text.
//!
//! Every running nocfit is a session with its own copies, so two sessions on one letter never
//! overwrite each other's. A session holds a lock on `SESSION.lock` while it runs; a copy whose
//! session holds no lock was left by a session that ended abruptly, and is offered when its
//! letter opens again, until the user recovers or discards it. Letters are known by their
//! canonical path, so `letter.txt` and `../dir/letter.txt` are the same letter.
//!
//! The caller owns the clock: [`RecoveryTimer`] is told when the text changed and asked whether
//! a copy is due, with `Instant`s it passes in.

use std::ffi::OsString;
use std::fs::{File, TryLockError};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant, SystemTime};

use super::save::{SaveError, save_atomic};

/// The longest time unsaved text goes without a recovery copy, from the first change after a
/// copy (so steady typing is copied every second, not only when it pauses).
pub const RECOVERY_DELAY: Duration = Duration::from_secs(1);

const HEADER: &str = "nocfit recovery 2\n";
const SEPARATOR: &str = "\n---\n";
const COPY_SUFFIX: &str = ".recover.txt";
const LOCK_SUFFIX: &str = ".lock";
/// Recovery files larger than this are not read (a copy holds at most one letter).
const MAX_COPY_BYTES: u64 = 8 * super::file::MAX_LETTER_BYTES;

/// Why recovery copies cannot be kept or written.
#[derive(Debug, thiserror::Error)]
pub enum RecoveryError {
    #[error("cannot use the recovery folder {dir}: {source}")]
    Folder {
        dir: PathBuf,
        source: std::io::Error,
    },
    #[error("cannot write the recovery copy: {0}")]
    Write(#[from] SaveError),
}

/// The folder for recovery copies: `override_dir` (`NOCFIT_STATE_DIR`), else
/// `$XDG_STATE_HOME/nocfit`, else `~/.local/state/nocfit`.
pub fn state_dir(
    override_dir: Option<OsString>,
    xdg_state_home: Option<OsString>,
    home: Option<OsString>,
) -> Option<PathBuf> {
    let set = |value: Option<OsString>| value.filter(|v| !v.is_empty()).map(PathBuf::from);
    set(override_dir)
        .or_else(|| set(xdg_state_home).map(|dir| dir.join("nocfit")))
        .or_else(|| set(home).map(|home| home.join(".local/state/nocfit")))
}

/// The name recovery knows a letter by: its canonical path, or for a file not created yet its
/// canonical folder and its name.
pub fn letter_key(letter: &Path) -> PathBuf {
    if let Ok(canonical) = std::fs::canonicalize(letter) {
        return canonical;
    }
    let absolute = std::path::absolute(letter).unwrap_or_else(|_| letter.to_path_buf());
    match (absolute.parent(), absolute.file_name()) {
        (Some(folder), Some(name)) => std::fs::canonicalize(folder)
            .map(|folder| folder.join(name))
            .unwrap_or(absolute),
        _ => absolute,
    }
}

/// A copy left by a session that ended without saving.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Orphan {
    /// The recovery file.
    pub file: PathBuf,
    /// The unsaved text.
    pub text: String,
    session: String,
    modified: Option<SystemTime>,
}

/// This session's recovery folder, locked as long as the store lives.
#[derive(Debug)]
pub struct RecoveryStore {
    dir: PathBuf,
    session: String,
    lock: File,
}

impl RecoveryStore {
    /// Creates the folder (readable by the user only: copies hold salaries and addresses),
    /// takes the lock of session `session` (a name no other session uses: no dots or slashes)
    /// and removes the locks of ended sessions that left no copies.
    pub fn open(dir: PathBuf, session: &str) -> Result<RecoveryStore, RecoveryError> {
        let folder_error = |source| RecoveryError::Folder {
            dir: dir.clone(),
            source,
        };
        create_private_dir(&dir).map_err(folder_error)?;
        // Lock the file before it takes its name, so no other session ever sees it unlocked
        // and takes it for the lock of an ended session.
        let unnamed = dir.join(format!(".{session}{LOCK_SUFFIX}.new"));
        let lock = File::create(&unnamed).map_err(folder_error)?;
        lock.try_lock().map_err(|error| {
            folder_error(match error {
                TryLockError::Error(error) => error,
                TryLockError::WouldBlock => std::io::Error::other("the session is already in use"),
            })
        })?;
        std::fs::rename(&unnamed, dir.join(format!("{session}{LOCK_SUFFIX}")))
            .map_err(folder_error)?;
        let store = RecoveryStore {
            dir,
            session: session.to_owned(),
            lock,
        };
        store.remove_stale_locks();
        Ok(store)
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// Where this session keeps the copy of `letter` (a [`letter_key`]; `None` for an untitled
    /// letter), named after the letter so a person can find it.
    pub fn copy_path(&self, letter: Option<&Path>) -> PathBuf {
        let stem = match letter {
            None => "untitled".to_owned(),
            Some(letter) => {
                let name: String = letter
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default()
                    .chars()
                    .map(|c| {
                        if c.is_alphanumeric() || c == '-' {
                            c
                        } else {
                            '_'
                        }
                    })
                    .collect();
                let hash = fnv1a(letter.as_os_str().as_encoded_bytes());
                format!("{name}.{hash:016x}")
            }
        };
        self.dir
            .join(format!("{stem}.{}{COPY_SUFFIX}", self.session))
    }

    /// Writes this session's copy of `letter`.
    pub fn write(&self, letter: Option<&Path>, text: &str) -> Result<(), RecoveryError> {
        write_copy(&self.copy_path(letter), letter, text)
    }

    /// Removes this session's copy of `letter`, if there is one.
    pub fn remove(&self, letter: Option<&Path>) {
        let _ = std::fs::remove_file(self.copy_path(letter));
    }

    /// The copies of `letter` left by sessions that ended without saving, newest first.
    pub fn orphans(&self, letter: Option<&Path>) -> Vec<Orphan> {
        let wanted = path_line(letter);
        let Ok(entries) = std::fs::read_dir(&self.dir) else {
            return Vec::new();
        };
        let mut orphans: Vec<Orphan> = entries
            .filter_map(Result::ok)
            .filter_map(|entry| {
                let name = entry.file_name().into_string().ok()?;
                let (_, session) = name.strip_suffix(COPY_SUFFIX)?.rsplit_once('.')?;
                if session == self.session || self.is_running(session) {
                    return None;
                }
                let metadata = entry.metadata().ok()?;
                if !metadata.is_file() || metadata.len() > MAX_COPY_BYTES {
                    return None;
                }
                let contents = std::fs::read_to_string(entry.path()).ok()?;
                let (path, text) = decode_copy(&contents)?;
                (path == wanted).then(|| Orphan {
                    file: entry.path(),
                    text: text.to_owned(),
                    session: session.to_owned(),
                    modified: metadata.modified().ok(),
                })
            })
            .collect();
        orphans.sort_by_key(|orphan| std::cmp::Reverse(orphan.modified));
        orphans
    }

    /// Deletes a copy the user recovered or discarded, and its ended session's lock once that
    /// session has no copies left.
    pub fn discard(&self, orphan: &Orphan) {
        let _ = std::fs::remove_file(&orphan.file);
        self.remove_stale_locks();
    }

    /// Whether session `session` is still running (holds its lock).
    fn is_running(&self, session: &str) -> bool {
        let Ok(lock) = File::open(self.dir.join(format!("{session}{LOCK_SUFFIX}"))) else {
            return false;
        };
        matches!(lock.try_lock(), Err(TryLockError::WouldBlock))
    }

    /// Removes the lock files of sessions that ended and left no copies.
    fn remove_stale_locks(&self) {
        let Ok(entries) = std::fs::read_dir(&self.dir) else {
            return;
        };
        let names: Vec<String> = entries
            .filter_map(Result::ok)
            .filter_map(|entry| entry.file_name().into_string().ok())
            .collect();
        for name in &names {
            let Some(session) = name.strip_suffix(LOCK_SUFFIX) else {
                continue;
            };
            let has_copies = names
                .iter()
                .any(|other| other.ends_with(&format!(".{session}{COPY_SUFFIX}")));
            if session != self.session && !has_copies && !self.is_running(session) {
                let _ = std::fs::remove_file(self.dir.join(name));
            }
        }
    }
}

impl Drop for RecoveryStore {
    /// A session that ends normally removes its lock; copies it leaves stay as orphans.
    fn drop(&mut self) {
        let _ = std::fs::remove_file(self.dir.join(format!("{}{LOCK_SUFFIX}", self.session)));
        let _ = self.lock.unlock();
    }
}

/// Creates `dir` and any missing parents, readable and writable by the user only.
fn create_private_dir(dir: &Path) -> std::io::Result<()> {
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
    builder.create(dir)
}

/// Writes a recovery copy to `file` (the path [`RecoveryStore::copy_path`] gave), from the
/// event loop or from a signal or panic handler.
pub fn write_copy(file: &Path, letter: Option<&Path>, text: &str) -> Result<(), RecoveryError> {
    save_atomic(file, &encode_copy(letter, text))?;
    Ok(())
}

/// A stable hash of a path (the standard library's hasher may change between releases).
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, &byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// The letter's path as the copy's header holds it: one quoted line, whatever the path holds.
fn path_line(letter: Option<&Path>) -> String {
    letter.map_or_else(String::new, |path| format!("{:?}", path.to_string_lossy()))
}

/// The contents of a recovery file: which letter it belongs to, and its text.
fn encode_copy(letter: Option<&Path>, text: &str) -> String {
    format!("{HEADER}path: {}{SEPARATOR}{text}", path_line(letter))
}

/// The header path and the text of a recovery file, if it is one.
fn decode_copy(contents: &str) -> Option<(&str, &str)> {
    let rest = contents.strip_prefix(HEADER)?.strip_prefix("path: ")?;
    rest.split_once(SEPARATOR)
}

/// When the next recovery copy is due: [`RECOVERY_DELAY`] after the first change not yet
/// copied.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct RecoveryTimer {
    first_change: Option<Instant>,
}

impl RecoveryTimer {
    /// The text changed at `now`. Later changes do not push the copy back.
    pub fn changed(&mut self, now: Instant) {
        self.first_change.get_or_insert(now);
    }

    /// Nothing is waiting to be written (after a save or a recovery write).
    pub fn clear(&mut self) {
        self.first_change = None;
    }

    /// Whether a copy should be written at `now`.
    pub fn due(&self, now: Instant) -> bool {
        self.first_change
            .is_some_and(|at| now.saturating_duration_since(at) >= RECOVERY_DELAY)
    }

    /// How long the event loop may wait for input before a copy is due.
    pub fn wait(&self, now: Instant) -> Option<Duration> {
        self.first_change
            .map(|at| RECOVERY_DELAY.saturating_sub(now.saturating_duration_since(at)))
    }
}

#[cfg(test)]
#[path = "recovery_tests.rs"]
mod tests;
