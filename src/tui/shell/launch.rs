//! Start-up: check the arguments and the terminal, build the [`App`] (target, letter,
//! recovery folder, the snapshot the signal handlers share) and hand it to the event loop.
//! Anything that should happen before the first frame, or be started beside it, goes here.

use std::io::IsTerminal;
use std::path::Path;

use super::app::App;
use super::terminal;
use super::theme::Theme;
use crate::noc::{Catalog, LookupError};
use crate::tui::letter::snapshot::SharedSnapshot;

/// Why the application could not start or ended abnormally.
#[derive(Debug, thiserror::Error)]
pub enum TuiError {
    #[error(transparent)]
    Target(#[from] LookupError),
    #[error(
        "the full-screen application needs a terminal; for output to a pipe use `nocfit show` or `nocfit search`"
    )]
    NotATerminal,
    #[error("terminal error: {0}")]
    Terminal(#[from] std::io::Error),
}

impl TuiError {
    /// The process exit status: 2 for a bad argument, as the CLI uses, 1 otherwise.
    pub fn exit_code(&self) -> u8 {
        match self {
            TuiError::Target(_) | TuiError::NotATerminal => 2,
            TuiError::Terminal(_) => 1,
        }
    }
}

/// `nocfit [FILE] [--noc CODE]`: checks the arguments, then runs the application. Returns the
/// signal that ended it, if one did (the process then exits with 128 + its number).
pub fn launch(
    letter: Option<&Path>,
    target: Option<&str>,
    as_of: Option<crate::letter::Date>,
) -> Result<Option<i32>, TuiError> {
    // The classifier and the verbatim check's statements are built on other threads: the
    // first frame waits for neither, and the letter is analysed when they are ready.
    crate::classify::Classifier::load_in_background();
    crate::letter::prepare_statements_in_background();
    let catalog = Catalog::embedded();
    let target = target.map(|code| catalog.target(code)).transpose()?;
    if !std::io::stdout().is_terminal() || !std::io::stdin().is_terminal() {
        return Err(TuiError::NotATerminal);
    }
    let state_dir = crate::letter::recovery::state_dir(
        std::env::var_os("NOCFIT_STATE_DIR"),
        std::env::var_os("XDG_STATE_HOME"),
        std::env::var_os("HOME"),
    );
    let snapshot = SharedSnapshot::default();
    let app = App::loading(Theme::from_env())
        .with_state_dir(state_dir)
        .with_snapshot(snapshot.clone())
        .with_as_of(as_of.unwrap_or_else(crate::clock::today))
        .with_target(target)
        .with_letter(letter);
    Ok(terminal::run(app, snapshot)?)
}
