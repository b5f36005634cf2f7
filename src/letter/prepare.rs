//! Building the letter checks' tables ahead of the first letter: the patterns of the checklist
//! and the experience count, and the statements the verbatim check compares with. Built on
//! threads of their own while the classifier loads, so a letter's first analysis does not wait
//! for them one after the other, and the full-screen application's first frame waits for none.

use std::sync::atomic::{AtomicBool, Ordering};

use crate::noc::Catalog;

use super::experience::{Date, experience};
use super::{checklist, split_lines, template, verbatim};

/// Whether the patterns, and the statements, are built.
static PATTERNS: AtomicBool = AtomicBool::new(false);
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
    PATTERNS.store(true, Ordering::Release);
}

fn prepare_statements() {
    verbatim::prepare(Catalog::embedded());
    STATEMENTS.store(true, Ordering::Release);
}

/// Whether the tables are built, so that analysing a letter will not wait for them.
pub fn is_prepared() -> bool {
    PATTERNS.load(Ordering::Acquire) && STATEMENTS.load(Ordering::Acquire)
}

/// Starts building the tables on two threads of their own.
pub fn prepare_in_background() {
    // If a thread cannot start, its tables are built when first needed instead.
    for (name, build) in [
        ("patterns", prepare_patterns as fn()),
        ("statements", prepare_statements),
    ] {
        let _ = std::thread::Builder::new()
            .name(name.to_owned())
            .spawn(build);
    }
}
