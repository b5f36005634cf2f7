//! The one table of key bindings: for each, where it applies, its keys as the help lists
//! them, what it does, the hints it gives in the footer, and the key names messages use.
//! The help overlay ([`HELP`]), the footer ([`hints`]), messages ([`key`]) and README.md's key
//! tables ([`readme_table`], checked by a test) all come from [`BINDINGS`]; the keymap's match
//! arms are checked against the key names by a test (`tui::keymap`'s tests).

mod binding;
mod browser_rows;
mod letter_rows;

pub use binding::{Binding, Footer, Hint, Readme, Scope};

use crate::tui::action::Action;

/// Every binding, in the help's order: the browser's, the letter's, the overlays'.
pub const BINDINGS: &[&[Binding]] = &[
    browser_rows::BROWSER,
    letter_rows::LETTER,
    browser_rows::OVERLAYS,
];

/// Every binding, in the help's order.
pub fn all() -> impl Iterator<Item = &'static Binding> {
    BINDINGS.iter().flat_map(|group| group.iter())
}

const fn help_count(groups: &[&[Binding]]) -> usize {
    let mut count = 0;
    let mut group = 0;
    while group < groups.len() {
        let mut index = 0;
        while index < groups[group].len() {
            if groups[group][index].help.is_some() {
                count += 1;
            }
            index += 1;
        }
        group += 1;
    }
    count
}

const fn help_rows<const N: usize>(
    groups: &[&[Binding]],
) -> [(&'static str, &'static str, &'static str); N] {
    let mut rows = [("", "", ""); N];
    let (mut group, mut filled) = (0, 0);
    while group < groups.len() {
        let mut index = 0;
        while index < groups[group].len() {
            let binding = &groups[group][index];
            if let Some(help) = binding.help {
                rows[filled] = (binding.scope.name(), binding.keys, help);
                filled += 1;
            }
            index += 1;
        }
        group += 1;
    }
    rows
}

/// Every binding the help lists, by section: (section, keys, what they do).
pub const HELP: &[(&str, &str, &str)] = &help_rows::<{ help_count(BINDINGS) }>(BINDINGS);

/// The short list of keys `footer` shows, most important first:
/// (keys, what they do).
pub fn hints(footer: Footer) -> Vec<(&'static str, &'static str)> {
    let mut hints: Vec<&Hint> = all()
        .flat_map(|binding| binding.hints)
        .filter(|hint| hint.footer == footer)
        .collect();
    hints.sort_by_key(|hint| hint.rank);
    hints.iter().map(|hint| (hint.keys, hint.what)).collect()
}

/// The key messages name for `action` (the first listed for it), such as `Ctrl-S` for
/// [`Action::Save`].
pub fn key(action: &Action) -> &'static str {
    all()
        .flat_map(|binding| binding.names)
        .find(|(_, named)| named == action)
        .map_or("?", |(name, _)| name)
}

/// A key name as README writes it: keys in code spans, words (`then type`) as they are.
fn readme_keys(keys: &str) -> String {
    keys.split_whitespace()
        .map(|token| {
            let word = token.trim_end_matches(',');
            if word.len() > 1 && word.chars().all(|c| c.is_ascii_lowercase()) {
                token.to_owned()
            } else {
                format!("`{token}`")
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// README.md's key table for these sections, as Markdown.
pub fn readme_table(scopes: &[Scope]) -> String {
    let mut table = String::from("| key | what it does |\n|---|---|\n");
    for binding in all().filter(|b| scopes.contains(&b.scope)) {
        let (keys, what) = match (binding.readme, binding.help) {
            (Readme::Row(keys, what), _) => (keys.to_owned(), what),
            (Readme::Same, Some(help)) => (readme_keys(binding.keys), help),
            (Readme::Same, None) | (Readme::Hidden, _) => continue,
        };
        table.push_str(&format!("| {keys} | {what} |\n"));
    }
    table
}

/// The sections README.md's browser table lists.
pub const README_BROWSER: &[Scope] = &[
    Scope::Everywhere,
    Scope::Search,
    Scope::List,
    Scope::Occupation,
    Scope::Profile,
    Scope::Compare,
];

/// The sections README.md's letter-editor table lists.
pub const README_LETTER: &[Scope] = &[Scope::Letter];
