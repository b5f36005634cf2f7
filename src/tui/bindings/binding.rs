//! The shape of a row of the bindings table: where it applies, its keys, its help text, its
//! footer hints and the key names messages use.

use crate::tui::action::Action;

/// Where a binding applies: a section of the help screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    Everywhere,
    /// The search box.
    Search,
    /// The result list or tree.
    List,
    /// The selected occupation, in the list or the profile.
    Occupation,
    Profile,
    Letter,
    Compare,
    /// The help overlay itself (footer hints only; the help does not list its own keys).
    Help,
}

impl Scope {
    /// The section's name in the help screen and README.
    pub const fn name(self) -> &'static str {
        match self {
            Scope::Everywhere => "Everywhere",
            Scope::Search => "Search",
            Scope::List => "List",
            Scope::Occupation => "Occupation",
            Scope::Profile => "Profile",
            Scope::Letter => "Letter",
            Scope::Compare => "Compare",
            Scope::Help => "Help",
        }
    }
}

/// The footer a hint shows in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Footer {
    Search,
    List,
    Profile,
    Letter,
    Compare,
    Help,
}

/// One hint in a footer: `rank` orders the footer (most important first; the footer shows as
/// many whole hints as fit).
#[derive(Debug, Clone, Copy)]
pub struct Hint {
    pub footer: Footer,
    pub rank: u8,
    pub keys: &'static str,
    pub what: &'static str,
}

pub(super) const fn hint(footer: Footer, rank: u8, keys: &'static str, what: &'static str) -> Hint {
    Hint {
        footer,
        rank,
        keys,
        what,
    }
}

/// One row of the table.
#[derive(Debug, Clone)]
pub struct Binding {
    pub scope: Scope,
    /// The keys as the help and README show them.
    pub keys: &'static str,
    /// What they do, for the help and README; `None` for a row that only gives hints.
    pub help: Option<&'static str>,
    pub hints: &'static [Hint],
    /// The key names messages use, each with the action it has in this scope (the first
    /// listed for an action is the one messages name).
    pub names: &'static [(&'static str, Action)],
    /// How README.md's key table shows the binding.
    pub readme: Readme,
}

/// A binding's row in README.md's key tables.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Readme {
    /// The keys in code spans and the help text.
    Same,
    /// README's own wording: (keys as Markdown, what they do).
    Row(&'static str, &'static str),
    /// Not in README's tables (another row covers it).
    Hidden,
}

impl Binding {
    /// README words this binding its own way: (keys as Markdown, what they do).
    pub(super) const fn readme(mut self, keys: &'static str, what: &'static str) -> Binding {
        self.readme = Readme::Row(keys, what);
        self
    }

    /// README leaves this binding to another row.
    pub(super) const fn readme_hidden(mut self) -> Binding {
        self.readme = Readme::Hidden;
        self
    }
}

/// A binding README lists but the help does not (the help names the common keys only).
pub(super) const fn readme_only(
    scope: Scope,
    keys: &'static str,
    readme: (&'static str, &'static str),
    names: &'static [(&'static str, Action)],
) -> Binding {
    Binding {
        scope,
        keys,
        help: None,
        hints: &[],
        names,
        readme: Readme::Row(readme.0, readme.1),
    }
}

pub(super) const fn row(
    scope: Scope,
    keys: &'static str,
    help: &'static str,
    hints: &'static [Hint],
    names: &'static [(&'static str, Action)],
) -> Binding {
    Binding {
        scope,
        keys,
        help: Some(help),
        hints,
        names,
        readme: Readme::Same,
    }
}
