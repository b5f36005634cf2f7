//! The occupation browser: the search box and its results, the hierarchy tree, the profile
//! pane with its exclusion links, and the history of opened occupations. [`Browser`] owns that
//! state; its methods take the pane sizes they need and report an [`Outcome`].

mod filter;
pub mod history;
mod links;
pub mod page;
pub mod profile;
pub mod query;
pub mod render;
pub mod results;
pub mod tree;
mod walk;

use history::History;
use page::Document;
use query::Query;
use results::Results;
use tree::Tree;

use crate::noc::{Catalog, UnitGroup, UnitId};
use crate::search::{Filter, SearchIndex};
use crate::tui::action::{Action, Movement};
use crate::tui::focus::Focus;
use crate::tui::outcome::Outcome;
use crate::tui::shell::layout::{self, Areas};
use crate::tui::shell::theme::Theme;

/// The occupation the profile pane shows and how far it is scrolled.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProfileView {
    pub unit: UnitId,
    pub scroll: usize,
    /// The selected exclusion link.
    pub link: Option<usize>,
}

/// The browser's state.
pub struct Browser {
    catalog: &'static Catalog,
    index: SearchIndex<'static>,
    theme: Theme,
    query: Query,
    results: Results,
    tree: Tree,
    /// The list shows the hierarchy tree instead of search results.
    show_tree: bool,
    profile: Option<ProfileView>,
    history: History,
    /// Which unit groups the results and the tree list (all, or TEER 0-3 only).
    filter: Filter,
}

impl Browser {
    /// The browser over `catalog`, listing every unit group, with the first selected.
    pub fn new(catalog: &'static Catalog, theme: Theme) -> Browser {
        let mut browser = Browser {
            catalog,
            index: SearchIndex::new(catalog),
            theme,
            query: Query::default(),
            results: Results::default(),
            tree: Tree::new(catalog),
            show_tree: false,
            profile: None,
            history: History::default(),
            filter: Filter::ALL,
        };
        browser.run_search();
        browser
    }

    fn unit(&self, unit: UnitId) -> &'static UnitGroup {
        self.catalog.unit_group(unit)
    }

    /// The codes in the result list, in order.
    pub fn result_codes(&self) -> Vec<&'static str> {
        self.results
            .hits
            .iter()
            .map(|hit| self.unit(UnitId(hit.unit)).code.as_str())
            .collect()
    }

    /// The occupation in the profile pane.
    pub fn profile_unit(&self) -> Option<UnitId> {
        self.profile.as_ref().map(|view| view.unit)
    }

    /// The profile of the shown occupation, wrapped to the profile pane `areas.profile`.
    pub fn profile_document(&self, areas: &Areas) -> Option<Document> {
        let view = self.profile.as_ref()?;
        let width = usize::from(layout::inner(areas.profile).width);
        Some(profile::profile(
            self.unit(view.unit),
            // One column of padding on the left, one free on the right.
            width.saturating_sub(2),
            self.theme,
            view.link,
        ))
    }

    /// Applies a search-box action (typing, paste, deleting, moving the cursor); `None` for
    /// an action that is not one.
    pub fn edit_query(&mut self, action: &Action) -> Option<Outcome> {
        let changed = match action {
            Action::Insert(c) => {
                self.query.insert(c.encode_utf8(&mut [0; 4]));
                true
            }
            Action::Paste(text) => {
                self.query.insert(text.trim());
                true
            }
            Action::DeleteBackward => self.query.delete_backward(),
            Action::DeleteForward => self.query.delete_forward(),
            Action::ClearQuery => self.query.clear(),
            Action::CursorLeft => {
                self.query.left();
                return Some(Outcome::none());
            }
            Action::CursorRight => {
                self.query.right();
                return Some(Outcome::none());
            }
            Action::CursorStart => {
                self.query.start();
                return Some(Outcome::none());
            }
            Action::CursorEnd => {
                self.query.end();
                return Some(Outcome::none());
            }
            _ => return None,
        };
        if changed {
            self.run_search();
        }
        Some(Outcome::focus(Focus::Search))
    }

    /// Whether the search box is empty (a `/` typed then focuses it instead).
    pub fn query_is_empty(&self) -> bool {
        self.query.text().is_empty()
    }

    /// Empties the search box and searches again; false when it was empty.
    pub fn clear_query(&mut self) -> bool {
        let cleared = self.query.clear();
        if cleared {
            self.run_search();
        }
        cleared
    }

    /// Searches for the query and shows the best hit. This is the per-keystroke work.
    fn run_search(&mut self) {
        let query = self.query.text().trim();
        let filter = self.filter;
        let hits = if query.is_empty() {
            let mut every = results::all_units(self.catalog);
            every.retain(|hit| filter.admits(self.unit(UnitId(hit.unit))));
            every
        } else {
            self.index
                .search_filtered(query, self.catalog.unit_groups().len(), filter)
        };
        if query.is_empty() && filter == Filter::ALL {
            self.tree.filter(None);
        } else {
            let units: Vec<usize> = hits.iter().map(|hit| hit.unit).collect();
            self.tree.filter(Some(&units));
        }
        self.results.set(hits);
        self.preview();
    }

    /// The unit group selected in the visible list.
    fn list_selection(&self) -> Option<UnitId> {
        let position = if self.show_tree {
            self.tree.selected_unit()
        } else {
            self.results.selected_unit()
        };
        position.map(UnitId)
    }

    /// The occupation `c`, `t` and `y` act on: the profile's when it has focus, otherwise the
    /// list's selection.
    pub fn selected_unit(&self, focus: Focus) -> Option<UnitId> {
        let profile = self.profile_unit();
        match focus {
            Focus::Profile | Focus::Letter => profile.or_else(|| self.list_selection()),
            Focus::Search | Focus::List => self.list_selection().or(profile),
        }
    }

    /// Shows the list's selection in the profile pane.
    fn preview(&mut self) {
        if let Some(unit) = self.list_selection()
            && self.profile_unit() != Some(unit)
        {
            self.remember_place();
            self.profile = Some(ProfileView {
                unit,
                scroll: 0,
                link: None,
            });
        }
    }

    /// Shows a unit group in the profile pane and selects it in the list if it is there.
    fn show(&mut self, unit: UnitId) {
        if self.profile_unit() != Some(unit) {
            self.remember_place();
            self.profile = Some(ProfileView {
                unit,
                scroll: 0,
                link: None,
            });
        }
        self.results.select_unit(unit.0);
        self.tree.select_unit(unit.0);
    }

    /// Opens a unit group: records it in the history and shows it (the target at start-up).
    pub fn visit(&mut self, unit: UnitId) {
        self.remember_place();
        self.history.visit(unit);
        self.show(unit);
    }

    /// Opens a unit group and focuses its profile.
    fn open(&mut self, unit: UnitId) -> Outcome {
        self.visit(unit);
        Outcome::focus(Focus::Profile)
    }

    fn list_height(areas: &Areas) -> usize {
        usize::from(layout::inner(areas.list).height)
    }

    fn profile_height(areas: &Areas) -> usize {
        usize::from(layout::inner(areas.profile).height)
    }

    /// Moves the list selection (search box and list focused) or scrolls the profile.
    pub fn move_by(&mut self, movement: Movement, focus: Focus, areas: &Areas) {
        match focus {
            Focus::Search | Focus::List => {
                let height = Self::list_height(areas);
                let page = if self.show_tree {
                    height
                } else {
                    self.results.visible_count(height)
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
                let height = Self::profile_height(areas);
                let page = height.saturating_sub(1).max(1);
                let max = self
                    .profile_document(areas)
                    .map_or(0, |document| document.max_scroll(height));
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

    /// Enter: opens the list's selection (or expands a tree group), or follows the
    /// profile's selected link.
    pub fn activate(&mut self, focus: Focus) -> Outcome {
        match focus {
            Focus::Search | Focus::List => {
                if self.show_tree && self.tree.selected_unit().is_none() {
                    self.tree.toggle();
                } else if let Some(unit) = self.list_selection() {
                    return self.open(unit);
                }
                Outcome::none()
            }
            Focus::Profile => self.follow_link(),
            Focus::Letter => Outcome::none(),
        }
    }

    /// Back or forward through opened occupations.
    /// Switches the list between results and the tree, keeping the selected occupation.
    pub fn toggle_tree(&mut self, focus: Focus) -> Outcome {
        let current = self.selected_unit(focus);
        self.show_tree = !self.show_tree;
        if let Some(unit) = current {
            if self.show_tree {
                self.tree.select_unit(unit.0);
            } else {
                self.results.select_unit(unit.0);
            }
        }
        Outcome::focus(Focus::List)
    }

    /// Expands the selected tree group (`→`, Space); nothing while results are listed.
    pub fn expand(&mut self) {
        if self.show_tree {
            self.tree.expand();
        }
    }

    /// Collapses the selected tree group or moves to its parent (`←`).
    pub fn collapse(&mut self) {
        if self.show_tree {
            self.tree.collapse();
        }
    }

    /// A click `row` rows into the list's inside: selects the row; a click on the selected
    /// row opens it.
    pub fn click_list(&mut self, row: usize) -> Outcome {
        let before = self.list_selection();
        let mut outcome = Outcome::none();
        if self.show_tree {
            let position = self.tree.offset + row;
            if position < self.tree.rows.len() {
                let again = self.tree.selected == position;
                self.tree.selected = position;
                if again {
                    outcome = self.activate(Focus::List);
                }
            }
        } else if let Some(position) = self.results.hit_at_row(row) {
            self.results.selected = position;
            if before == self.list_selection() {
                outcome = self.activate(Focus::List);
            }
        }
        self.preview();
        outcome
    }

    /// Keeps selections inside their viewports and the profile's scroll inside its text.
    pub fn keep_in_view(&mut self, areas: &Areas) {
        let height = Self::list_height(areas);
        self.results.scroll_into_view(height);
        self.tree.scroll_into_view(height);
        let profile_height = Self::profile_height(areas);
        let max = self
            .profile_document(areas)
            .map(|document| document.max_scroll(profile_height));
        if let (Some(view), Some(max)) = (self.profile.as_mut(), max) {
            view.scroll = view.scroll.min(max);
        }
    }
}
