//! Recovery copies of unsaved letters, kept in the user's state folder so that a crash, a
//! killed terminal or a closed laptop never loses the text.
//!
//! The caller owns the clock: [`RecoveryTimer`] is told when the text changed and asked whether
//! a copy is due, with `Instant`s it passes in.

use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use super::save::{SaveError, save_atomic};

/// How long after the last change a recovery copy is written.
pub const RECOVERY_DELAY: Duration = Duration::from_secs(2);

const HEADER: &str = "nocfit recovery 1\n";
const SEPARATOR: &str = "\n---\n";

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

/// Where the recovery copy of a letter lives: one file per letter path (or one for an
/// untitled letter), named after the letter so a person can find it.
pub fn recovery_path(state_dir: &Path, letter: Option<&Path>) -> PathBuf {
    let Some(letter) = letter else {
        return state_dir.join("untitled.recover.txt");
    };
    let absolute = std::path::absolute(letter).unwrap_or_else(|_| letter.to_path_buf());
    let name: String = letter
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || c == '.' || c == '-' {
                c
            } else {
                '_'
            }
        })
        .collect();
    let hash = fnv1a(absolute.as_os_str().as_encoded_bytes());
    state_dir.join(format!("{name}-{hash:016x}.recover.txt"))
}

/// A stable hash of a path (the standard library's hasher may change between releases).
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, &byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// The contents of a recovery file: which letter it belongs to, and its text.
pub fn encode_recovery(letter: Option<&Path>, text: &str) -> String {
    let path = letter.map(|p| p.display().to_string()).unwrap_or_default();
    format!("{HEADER}path: {path}{SEPARATOR}{text}")
}

/// The text of a recovery file, if it is one.
pub fn decode_recovery(contents: &str) -> Option<&str> {
    let rest = contents.strip_prefix(HEADER)?;
    let (_, text) = rest.split_once(SEPARATOR)?;
    Some(text)
}

/// Writes the recovery copy of a letter, creating the state folder if needed.
pub fn write_recovery(
    state_dir: &Path,
    letter: Option<&Path>,
    text: &str,
) -> Result<(), SaveError> {
    let _ = std::fs::create_dir_all(state_dir);
    save_atomic(
        &recovery_path(state_dir, letter),
        &encode_recovery(letter, text),
    )
}

/// The text of a letter's recovery copy, if there is one.
pub fn read_recovery(state_dir: &Path, letter: Option<&Path>) -> Option<String> {
    let contents = std::fs::read_to_string(recovery_path(state_dir, letter)).ok()?;
    decode_recovery(&contents).map(str::to_owned)
}

/// Removes a letter's recovery copy (after a save, or when the user discards it).
pub fn remove_recovery(state_dir: &Path, letter: Option<&Path>) {
    let _ = std::fs::remove_file(recovery_path(state_dir, letter));
}

/// When the next recovery copy is due: a few seconds after typing stops.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct RecoveryTimer {
    changed_at: Option<Instant>,
}

impl RecoveryTimer {
    /// The text changed at `now`: a copy is due once it has been still for [`RECOVERY_DELAY`].
    pub fn changed(&mut self, now: Instant) {
        self.changed_at = Some(now);
    }

    /// Nothing is waiting to be written (after a save or a recovery write).
    pub fn clear(&mut self) {
        self.changed_at = None;
    }

    /// Whether a copy should be written at `now`.
    pub fn due(&self, now: Instant) -> bool {
        self.changed_at
            .is_some_and(|at| now.saturating_duration_since(at) >= RECOVERY_DELAY)
    }

    /// How long the event loop may wait for input before a copy is due.
    pub fn wait(&self, now: Instant) -> Option<Duration> {
        self.changed_at
            .map(|at| RECOVERY_DELAY.saturating_sub(now.saturating_duration_since(at)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_state_dir_prefers_the_override_then_xdg_then_home() {
        let os = |s: &str| Some(OsString::from(s));
        assert_eq!(
            state_dir(os("/o"), os("/x"), os("/h")),
            Some(PathBuf::from("/o"))
        );
        assert_eq!(
            state_dir(None, os("/x"), os("/h")),
            Some(PathBuf::from("/x/nocfit"))
        );
        assert_eq!(
            state_dir(os(""), None, os("/h")),
            Some(PathBuf::from("/h/.local/state/nocfit"))
        );
        assert_eq!(state_dir(None, None, None), None);
    }

    #[test]
    fn recovery_copies_round_trip_per_letter() -> Result<(), Box<dyn std::error::Error>> {
        let dir = tempfile::tempdir()?;
        let state = dir.path().join("state");
        let a = Path::new("/letters/a.txt");
        let b = Path::new("/other/a.txt");
        write_recovery(&state, Some(a), "text of a\r\n")?;
        assert_eq!(
            read_recovery(&state, Some(a)).as_deref(),
            Some("text of a\r\n")
        );
        assert_eq!(read_recovery(&state, Some(b)), None);
        assert_ne!(
            recovery_path(&state, Some(a)),
            recovery_path(&state, Some(b))
        );
        remove_recovery(&state, Some(a));
        assert_eq!(read_recovery(&state, Some(a)), None);
        Ok(())
    }

    #[test]
    fn the_timer_waits_for_typing_to_stop() {
        let start = Instant::now();
        let mut timer = RecoveryTimer::default();
        assert!(!timer.due(start) && timer.wait(start).is_none());
        timer.changed(start);
        assert!(!timer.due(start + Duration::from_millis(500)));
        assert_eq!(
            timer.wait(start + Duration::from_millis(500)),
            Some(RECOVERY_DELAY - Duration::from_millis(500))
        );
        assert!(timer.due(start + RECOVERY_DELAY));
        timer.clear();
        assert!(!timer.due(start + RECOVERY_DELAY));
    }
}
