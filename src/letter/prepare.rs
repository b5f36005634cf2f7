//! Building the letter checks' tables ahead of the first letter: the patterns of the checklist
//! and the experience count, the statements the verbatim check compares with, and which unit
//! groups direct others' work (for the level cues). Built on threads of their own while the
//! classifier loads, so a letter's first analysis does not wait for them one after the other.

use std::sync::atomic::{AtomicBool, Ordering};

use crate::noc::Catalog;

use super::experience::{Date, experience};
use super::{checklist, split_lines, template, verbatim};

/// Whether the verbatim check's statements are built.
static STATEMENTS: AtomicBool = AtomicBool::new(false);

/// Builds the tables now (each is built once; calling again costs nothing).
pub fn prepare() {
    prepare_patterns();
    prepare_statements();
}

fn prepare_patterns() {
    // The template holds every part a letter should: checking it compiles every pattern.
    let sample = template(Catalog::embedded().unit("12200"));
    let lines = split_lines(&sample, false);
    checklist(&lines);
    if let Some(as_of) = Date::new(2026, 1, 1) {
        experience(&lines, as_of, None);
    }
}

fn prepare_statements() {
    // Which groups direct others' work (read from their profiles) is needed by the first
    // analysis too, and is quick next to the statements.
    crate::classify::cues::directors(Catalog::embedded().unit_groups());
    verbatim::prepare(Catalog::embedded());
    STATEMENTS.store(true, Ordering::Release);
}

/// Whether the verbatim check's statements are built, so that analysing a letter will not
/// wait for them.
pub fn statements_ready() -> bool {
    STATEMENTS.load(Ordering::Acquire)
}

/// Starts building the tables on two threads of their own (for one analysis, as `check`
/// makes).
pub fn prepare_in_background() {
    spawn("patterns", prepare_patterns);
    spawn("statements", prepare_statements);
}

/// Starts building the verbatim check's statements on a thread of its own, for an
/// application that analyses letters for as long as it runs. Its patterns are compiled by the
/// first analysis, on the thread that keeps using them: a pattern first used on another thread
/// keeps a matching cache for that thread for good, which would double their memory (about
/// 5 MB).
pub fn prepare_statements_in_background() {
    spawn("statements", prepare_statements);
}

/// Runs `build` on a thread of its own. If the thread cannot start, its tables are built when
/// first needed instead.
fn spawn(name: &str, build: fn()) {
    let _ = std::thread::Builder::new()
        .name(name.to_owned())
        .spawn(build);
}
