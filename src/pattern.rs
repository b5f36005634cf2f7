//! The crate's regular expressions (the letter checks, the TUI's placeholders), each compiled
//! once, when first used.

use std::sync::OnceLock;

use regex::Regex;

/// The expression in `cell`, compiled from `pattern` the first time.
///
/// # Panics
/// When `pattern` is not a valid expression: the patterns are constants, and every one is
/// compiled by the tests.
pub(crate) fn regex(cell: &'static OnceLock<Regex>, pattern: &str) -> &'static Regex {
    cell.get_or_init(|| Regex::new(pattern).expect("the pattern is valid"))
}
