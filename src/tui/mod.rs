//! The full-screen application: the occupation browser and the letter editor.
//!
//! Input becomes an [`Action`] in [`keymap`], [`App::update`] applies it, and [`draw()`]
//! renders the state; only [`terminal`] touches the real terminal.
#![warn(clippy::print_stdout)]

pub mod action;
pub mod bindings;
pub mod browser;
pub mod compare;
pub mod focus;
pub mod keymap;
mod keymap_letter;
pub mod letter;
pub mod outcome;
pub mod shell;

pub use action::{Action, Caret, Edit, Effect, Movement};
pub use focus::{Context, Focus};
pub use letter::document::{EditOutcome, Editor};
pub use letter::panel::Panel;
pub use letter::prompt::PromptMode;
pub use letter::report_path;
pub use letter::snapshot::{SharedSnapshot, Snapshot};
pub use shell::app::App;
pub use shell::clipboard::osc52;
pub use shell::draw::draw;
pub use shell::launch::{TuiError, launch};
pub use shell::theme::Theme;
pub use shell::{draw, layout, terminal, theme};
