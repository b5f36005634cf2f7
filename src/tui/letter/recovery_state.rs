//! What recovery copies need to be kept: where copies go, when the next is due, and the
//! snapshot shared with the panic hook and signal handling. [`recovery`](super::recovery)
//! writes, removes and offers the copies.

use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};

use super::snapshot::SharedSnapshot;
use crate::letter::recovery::{RecoveryStore, RecoveryTimer};

/// Recovery state: where copies go, when the next is due, and the snapshot for crashes.
#[derive(Default)]
pub struct Recovery {
    /// This session's copies; `None` when recovery is off.
    pub(super) store: Option<RecoveryStore>,
    /// Why recovery is off, shown in the footer while editing.
    pub(super) off: Option<String>,
    pub(super) timer: RecoveryTimer,
    /// The text changed since the last tick.
    pub(super) edited: bool,
    pub(super) shared: Option<SharedSnapshot>,
    /// The letter (its key; `None` inside for an untitled one) whose copy this session has on
    /// disk.
    pub(super) written: Option<Option<PathBuf>>,
}

/// A name no other session uses, now or later: the process id, the time and a counter (tests
/// run several apps in one process).
pub(super) fn session_name() -> String {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |since| since.as_nanos());
    let count = COUNTER.fetch_add(1, Ordering::Relaxed);
    format!("{}-{nanos:x}-{count}", std::process::id())
}
