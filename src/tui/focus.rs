//! Which pane receives keys, and what else decides a key's meaning: owned by the shell's
//! [`App`](crate::tui::App), requested by features through their
//! [`Outcome`](crate::tui::outcome::Outcome).

use crate::tui::bindings::Footer;
use crate::tui::letter::prompt::PromptMode;

/// The pane that receives keys.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Focus {
    /// The search box of the browser (a text field).
    Search,
    /// The result list or the hierarchy tree, whichever is shown.
    List,
    /// The occupation profile.
    Profile,
    /// The letter editor.
    Letter,
}

impl Focus {
    /// The panes in Tab order.
    pub const ORDER: [Focus; 4] = [Focus::Search, Focus::List, Focus::Profile, Focus::Letter];

    /// Whether typed characters go into a text field here (then `q` types a q).
    pub fn is_text_field(self) -> bool {
        self == Focus::Search
    }
}

/// What decides the meaning of a key besides the key itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Context {
    pub focus: Focus,
    /// The help overlay is open.
    pub help: bool,
    /// The compare view fills the screen.
    pub comparing: bool,
    /// A prompt in the footer takes every key.
    pub prompt: Option<PromptMode>,
}

impl Context {
    /// The footer of key hints this context shows.
    pub fn footer(self) -> Footer {
        if self.help {
            return Footer::Help;
        }
        if self.comparing {
            return Footer::Compare;
        }
        match self.focus {
            Focus::Search => Footer::Search,
            Focus::List => Footer::List,
            Focus::Profile => Footer::Profile,
            Focus::Letter => Footer::Letter,
        }
    }
}
