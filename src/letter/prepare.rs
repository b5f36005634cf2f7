//! Building the letter checks' tables ahead of the first letter: the statements the
//! verbatim check compares with and the patterns of the checklist and the experience count.
//! Run on a second thread while the classifier loads, so a letter's first analysis does not
//! wait for them one after the other.

use crate::noc::Catalog;

use super::experience::{Date, experience};
use super::{checklist, split_lines, template, verbatim};

/// Builds the tables now (each is built once; calling again costs nothing).
pub fn prepare() {
    verbatim::prepare(Catalog::embedded());
    // The template holds every part a letter should: checking it compiles every pattern.
    let sample = template(Catalog::embedded().unit("12200"));
    let lines = split_lines(&sample, false);
    checklist(&lines);
    if let Some(as_of) = Date::new(2026, 1, 1) {
        experience(&lines, as_of, None);
    }
}

/// Starts [`prepare`] on a thread of its own.
pub fn prepare_in_background() {
    // If the thread cannot start, the tables are built when first needed instead.
    let _ = std::thread::Builder::new()
        .name("prepare".to_owned())
        .spawn(prepare);
}
