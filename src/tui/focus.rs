//! Which pane receives keys: owned by the shell's [`App`](crate::tui::App), requested by
//! features through their [`Outcome`](crate::tui::outcome::Outcome).

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
