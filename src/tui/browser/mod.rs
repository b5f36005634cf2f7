//! The browser side of [`App`]: the search box and its results, the hierarchy tree, the
//! profile pane with its exclusion links, and the history of opened occupations.

pub mod history;
pub mod page;
pub mod profile;
pub mod query;
pub mod render;
pub mod results;
pub mod tree;

use crate::tui::action::{Effect, Movement};
use crate::tui::browser::history::History;
use crate::tui::browser::page::Document;
use crate::tui::browser::query::Query;
use crate::tui::keymap::Focus;
use crate::tui::shell::app::App;
use crate::tui::shell::layout;

/// The occupation the profile pane shows and how far it is scrolled.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProfileView {
    /// Position in [`crate::noc::Catalog::unit_groups`].
    pub unit: usize,
    pub scroll: usize,
    /// The selected exclusion link.
    pub link: Option<usize>,
}

impl App {
    /// The profile of the shown occupation, wrapped to the profile pane.
    pub(crate) fn profile_document(&self) -> Option<Document> {
        let view = self.profile.as_ref()?;
        let width = usize::from(layout::inner(self.areas().profile).width);
        Some(profile::profile(
            self.unit(view.unit),
            // One column of padding on the left, one free on the right.
            width.saturating_sub(2),
            self.theme,
            view.link,
        ))
    }

    /// Changes the query with `change`, searching again if it changed.
    pub(crate) fn edit(&mut self, change: impl FnOnce(&mut Query) -> bool) {
        self.focus = Focus::Search;
        if change(&mut self.query) {
            self.run_search();
        }
    }

    /// Searches for the query and shows the best hit. This is the per-keystroke work.
    pub(crate) fn run_search(&mut self) {
        let query = self.query.text().trim();
        let hits = if query.is_empty() {
            results::all_units(self.catalog)
        } else {
            self.index.search(query, self.catalog.unit_groups().len())
        };
        if query.is_empty() {
            self.tree.filter(None);
        } else {
            let units: Vec<usize> = hits.iter().map(|hit| hit.unit).collect();
            self.tree.filter(Some(&units));
        }
        self.results.set(hits);
        self.preview();
    }

    /// The unit group selected in the visible list.
    pub(crate) fn list_selection(&self) -> Option<usize> {
        if self.show_tree {
            self.tree.selected_unit()
        } else {
            self.results.selected_unit()
        }
    }

    /// The occupation `c`, `t` and `y` act on: the profile's when it has focus, otherwise the
    /// list's selection.
    pub fn selected_unit(&self) -> Option<usize> {
        let profile = self.profile.as_ref().map(|view| view.unit);
        match self.focus {
            Focus::Profile | Focus::Letter => profile.or_else(|| self.list_selection()),
            Focus::Search | Focus::List => self.list_selection().or(profile),
        }
    }

    /// Shows the list's selection in the profile pane.
    pub(crate) fn preview(&mut self) {
        if let Some(unit) = self.list_selection()
            && self.profile.as_ref().is_none_or(|view| view.unit != unit)
        {
            self.profile = Some(ProfileView {
                unit,
                scroll: 0,
                link: None,
            });
        }
    }

    /// Shows a unit group in the profile pane and selects it in the list if it is there.
    pub(crate) fn show(&mut self, unit: usize) {
        if self.profile.as_ref().is_none_or(|view| view.unit != unit) {
            self.profile = Some(ProfileView {
                unit,
                scroll: 0,
                link: None,
            });
        }
        self.results.select_unit(unit);
        self.tree.select_unit(unit);
    }

    /// Opens a unit group: records it in the history and focuses its profile.
    fn open(&mut self, unit: usize) {
        self.history.visit(unit);
        self.show(unit);
        self.focus = Focus::Profile;
    }

    pub(crate) fn list_height(&self) -> usize {
        usize::from(layout::inner(self.areas().list).height)
    }

    pub(crate) fn profile_height(&self) -> usize {
        usize::from(layout::inner(self.areas().profile).height)
    }

    pub(crate) fn move_by(&mut self, movement: Movement) {
        if self.compare.is_some() {
            self.scroll_compare(movement);
            return;
        }
        match self.focus {
            Focus::Search | Focus::List => {
                let page = if self.show_tree {
                    self.list_height()
                } else {
                    self.results.visible_count(self.list_height())
                };
                let page = page.saturating_sub(1).max(1) as isize;
                let delta = match movement {
                    Movement::Up => -1,
                    Movement::Down => 1,
                    Movement::PageUp => -page,
                    Movement::PageDown => page,
                    Movement::Top => isize::MIN / 2,
                    Movement::Bottom => isize::MAX / 2,
                };
                self.step_list(delta);
            }
            Focus::Profile => {
                let page = self.profile_height().saturating_sub(1).max(1);
                let max = self
                    .profile_document()
                    .map_or(0, |document| document.max_scroll(self.profile_height()));
                if let Some(view) = self.profile.as_mut() {
                    view.scroll = movement.scrolled(view.scroll, page, max);
                }
            }
            Focus::Letter => {}
        }
    }

    fn step_list(&mut self, delta: isize) {
        if self.show_tree {
            self.tree.step(delta);
        } else {
            self.results.step(delta);
        }
        self.preview();
    }

    pub(crate) fn activate(&mut self) {
        if self.compare_from.is_some() && self.focus != Focus::Letter {
            self.compare();
            return;
        }
        match self.focus {
            Focus::Search | Focus::List => {
                if self.show_tree && self.tree.selected_unit().is_none() {
                    self.tree.toggle();
                } else if let Some(unit) = self.list_selection() {
                    self.open(unit);
                }
            }
            Focus::Profile => self.follow_link(),
            Focus::Letter => {}
        }
    }

    pub(crate) fn step_link(&mut self, step: isize) {
        let Some(document) = self.profile_document() else {
            return;
        };
        let count = document.links.len();
        if count == 0 {
            self.inform("This profile has no exclusions to follow".to_owned());
            return;
        }
        let height = self.profile_height().max(1);
        let Some(view) = self.profile.as_mut() else {
            return;
        };
        let next = match (view.link, step > 0) {
            (None, true) => 0,
            (None, false) => count - 1,
            (Some(link), true) => (link + 1) % count,
            (Some(link), false) => (link + count - 1) % count,
        };
        view.link = Some(next);
        let link = &document.links[next];
        if link.first_line < view.scroll {
            view.scroll = link.first_line;
        } else if link.last_line >= view.scroll + height {
            view.scroll = link.last_line + 1 - height;
        }
    }

    pub(crate) fn follow_link(&mut self) {
        let Some(view) = self.profile.as_ref() else {
            return;
        };
        let Some(link) = view.link else {
            self.inform("Select an exclusion with n first".to_owned());
            return;
        };
        let Some(exclusion) = self.unit(view.unit).exclusions.get(link) else {
            return;
        };
        let code = exclusion.code.as_str();
        if let Some(unit) = self.catalog.unit_index(code) {
            self.open(unit);
            return;
        }
        // A minor group: list its unit groups in the tree and open the first.
        let children = self.catalog.children(code);
        let Some(first) = children
            .first()
            .and_then(|c| self.catalog.unit_index(c.code))
        else {
            self.inform(format!("{code} is not in NOC 2021"));
            return;
        };
        if self.query.clear() {
            self.run_search();
        }
        self.show_tree = true;
        self.tree.open_group(code);
        self.open(first);
        self.tree.scroll_to_node(code);
        self.focus = Focus::List;
        let title = self.catalog.title(code).unwrap_or_default();
        self.inform(format!(
            "{code} {title} is a minor group of {} unit groups, listed in the tree",
            children.len()
        ));
    }

    pub(crate) fn walk_history(&mut self, step: fn(&mut History) -> Option<usize>) {
        if self.compare.take().is_some() {
            return;
        }
        match step(&mut self.history) {
            Some(unit) => {
                self.show(unit);
                self.focus = Focus::Profile;
            }
            None => self.inform("No more history in that direction".to_owned()),
        }
    }

    pub(crate) fn toggle_tree(&mut self) {
        let current = self.selected_unit();
        self.show_tree = !self.show_tree;
        self.focus = Focus::List;
        if let Some(unit) = current {
            if self.show_tree {
                self.tree.select_unit(unit);
            } else {
                self.results.select_unit(unit);
            }
        }
    }

    pub(crate) fn set_target(&mut self) {
        let Some(unit) = self.selected_unit() else {
            return;
        };
        self.target = Some(unit);
        self.retarget_letter();
        let group = self.unit(unit);
        self.confirm(format!(
            "Target set: {} {} · TEER {}",
            group.code, group.title, group.teer
        ));
    }

    pub(crate) fn copy_code(&mut self) {
        let Some(unit) = self.selected_unit() else {
            return;
        };
        let code = self.unit(unit).code.clone();
        self.confirm(format!("Copied {code} to the clipboard"));
        self.effects.push(Effect::Copy(code));
    }
}
