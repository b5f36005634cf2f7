//! The application state and the one place it changes: [`App::update`].

use std::path::Path;

use crossterm::event::{Event, KeyEvent};
use ratatui::layout::Rect;

use super::action::{Action, Effect, Movement};
use super::document::Document;
use super::editor::Editor;
use super::history::History;
use super::keymap::{self, Context, Focus};
use super::layout::{self, Areas};
use super::letter::{Panel, Recovery};
use super::profile;
use super::prompt::{Pending, Prompt};
use super::query::Query;
use super::results::{self, Results};
use super::theme::Theme;
use super::tree::Tree;
use crate::classify::Classifier;
use crate::compare::Comparison;
use crate::noc::{Catalog, UnitGroup};
use crate::search::SearchIndex;

/// The occupation the profile pane shows and how far it is scrolled.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProfileView {
    /// Position in [`Catalog::unit_groups`].
    pub unit: usize,
    pub scroll: usize,
    /// The selected exclusion link.
    pub link: Option<usize>,
}

/// Two occupations side by side.
#[derive(Debug, Clone)]
pub struct CompareView {
    pub left: usize,
    pub right: usize,
    pub comparison: Comparison,
    pub scroll: usize,
}

/// A message in the footer until the next key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Status {
    pub text: String,
    pub success: bool,
}

/// Everything the TUI shows.
pub struct App {
    pub(crate) catalog: &'static Catalog,
    index: SearchIndex<'static>,
    pub(crate) theme: Theme,
    pub(crate) size: Rect,
    pub(crate) focus: Focus,
    pub(crate) help: bool,
    pub(crate) query: Query,
    pub(crate) results: Results,
    pub(crate) tree: Tree,
    /// The list shows the hierarchy tree instead of search results.
    pub(crate) show_tree: bool,
    pub(crate) profile: Option<ProfileView>,
    history: History,
    /// The first occupation of a comparison the user is picking.
    pub(crate) compare_from: Option<usize>,
    pub(crate) compare: Option<CompareView>,
    /// The letter's target occupation.
    pub(crate) target: Option<usize>,
    /// The letter being edited, with its live analysis.
    pub(crate) editor: Editor,
    /// The question or text field in the footer, which takes every key while open.
    pub(crate) prompt: Option<Prompt>,
    /// The analysis panel shown under the letter.
    pub(crate) panel: Panel,
    /// Which checklist item F4 jumps to next.
    pub(crate) checklist_step: usize,
    /// The last text searched for in the letter.
    pub(crate) last_find: String,
    pub(crate) recovery: Recovery,
    pub(crate) status: Option<Status>,
    pub(crate) effects: Vec<Effect>,
    pub(crate) quit: bool,
}

impl App {
    /// The browser over the embedded data, listing every unit group, with the first selected.
    pub fn new(theme: Theme) -> App {
        let catalog = Catalog::embedded();
        let mut app = App {
            catalog,
            index: SearchIndex::new(catalog),
            theme,
            size: Rect::new(0, 0, 100, 30),
            focus: Focus::Search,
            help: false,
            query: Query::default(),
            results: Results::default(),
            tree: Tree::new(catalog),
            show_tree: false,
            profile: None,
            history: History::default(),
            compare_from: None,
            compare: None,
            target: None,
            editor: Editor::new(Classifier::embedded()),
            prompt: None,
            panel: Panel::Line,
            checklist_step: 0,
            last_find: String::new(),
            recovery: Recovery::default(),
            status: None,
            effects: Vec::new(),
            quit: false,
        };
        app.run_search();
        app
    }

    /// Opens with a letter file named on the command line (a missing file is a new letter),
    /// or offers the recovery copy of an untitled letter.
    pub fn with_letter(mut self, path: Option<&Path>) -> App {
        match path {
            Some(path) => self.open_letter(path),
            None => self.offer_recovery(),
        }
        self
    }

    /// Opens with a target occupation, showing its profile.
    pub fn with_target(mut self, target: Option<&UnitGroup>) -> App {
        if let Some(unit) = target.and_then(|unit| self.catalog.unit_index(&unit.code)) {
            self.target = Some(unit);
            self.history.visit(unit);
            self.show(unit);
            self.retarget_letter();
        }
        self
    }

    /// Maps a terminal event through the keymap and applies it.
    pub fn handle_event(&mut self, event: &Event) {
        if let Some(action) = keymap::action_for_event(self.context(), event) {
            self.update(action);
        }
    }

    /// Maps a key press through the keymap and applies it.
    pub fn press(&mut self, key: KeyEvent) {
        self.handle_event(&Event::Key(key));
    }

    /// What decides the meaning of a key now.
    pub fn context(&self) -> Context {
        Context {
            focus: self.focus,
            help: self.help,
            comparing: self.compare.is_some(),
            prompt: self.prompt.as_ref().map(Prompt::mode),
        }
    }

    pub fn should_quit(&self) -> bool {
        self.quit
    }

    pub fn focus(&self) -> Focus {
        self.focus
    }

    /// The requests for the terminal made since the last call.
    pub fn take_effects(&mut self) -> Vec<Effect> {
        std::mem::take(&mut self.effects)
    }

    /// The codes in the result list, in order.
    pub fn result_codes(&self) -> Vec<&str> {
        self.results
            .hits
            .iter()
            .map(|hit| self.unit(hit.unit).code.as_str())
            .collect()
    }

    /// The code of the occupation in the profile pane.
    pub fn profile_code(&self) -> Option<&str> {
        self.profile
            .as_ref()
            .map(|view| self.unit(view.unit).code.as_str())
    }

    /// The code of the letter's target.
    pub fn target_code(&self) -> Option<&str> {
        self.target.map(|unit| self.unit(unit).code.as_str())
    }

    /// The codes in the compare view, left and right.
    pub fn compared_codes(&self) -> Option<(&str, &str)> {
        self.compare.as_ref().map(|view| {
            (
                self.unit(view.left).code.as_str(),
                self.unit(view.right).code.as_str(),
            )
        })
    }

    /// The footer message, if any.
    pub fn status_text(&self) -> Option<&str> {
        self.status.as_ref().map(|status| status.text.as_str())
    }

    pub(crate) fn unit(&self, unit: usize) -> &'static UnitGroup {
        &self.catalog.unit_groups()[unit]
    }

    pub(crate) fn areas(&self) -> Areas {
        layout::areas_for(self.size, self.focus == Focus::Letter)
    }

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

    pub(crate) fn inform(&mut self, text: String) {
        self.status = Some(Status {
            text,
            success: false,
        });
    }

    pub(crate) fn confirm(&mut self, text: String) {
        self.status = Some(Status {
            text,
            success: true,
        });
    }

    /// Applies one action.
    pub fn update(&mut self, action: Action) {
        if !matches!(action, Action::Resize { .. } | Action::Scroll { .. }) {
            self.status = None;
        }
        if self.prompt.is_some() {
            self.update_prompt(action);
            self.keep_in_view();
            return;
        }
        match action {
            Action::Quit => self.guard(Pending::Quit),
            Action::FocusNext => self.cycle_focus(1),
            Action::FocusPrevious => self.cycle_focus(Focus::ORDER.len() - 1),
            Action::FocusSearch => self.focus = Focus::Search,
            Action::ToggleHelp => self.help = !self.help,
            Action::Cancel => self.cancel(),
            // `/` focuses the search box everywhere, so a leading `/` is not part of a query.
            Action::Insert('/') if self.query.text().is_empty() => self.focus = Focus::Search,
            Action::Insert(c) => self.edit(|query| {
                query.insert(c.encode_utf8(&mut [0; 4]));
                true
            }),
            Action::Paste(text) => {
                self.focus = Focus::Search;
                self.edit(|query| {
                    query.insert(text.trim());
                    true
                });
            }
            Action::DeleteBackward => self.edit(Query::delete_backward),
            Action::DeleteForward => self.edit(Query::delete_forward),
            Action::ClearQuery => self.edit(Query::clear),
            Action::CursorLeft => self.query.left(),
            Action::CursorRight => self.query.right(),
            Action::CursorStart => self.query.start(),
            Action::CursorEnd => self.query.end(),
            Action::Move(movement) => self.move_by(movement),
            Action::Activate => self.activate(),
            Action::NextLink => self.step_link(1),
            Action::PreviousLink => self.step_link(-1),
            Action::Back => self.walk_history(History::back),
            Action::Forward => self.walk_history(History::forward),
            Action::ToggleTree => self.toggle_tree(),
            Action::Expand if self.show_tree => {
                self.tree.expand();
            }
            Action::Collapse if self.show_tree => self.tree.collapse(),
            Action::Expand | Action::Collapse => {}
            Action::Compare => self.compare(),
            Action::SetTarget => self.set_target(),
            Action::CopyCode => self.copy_code(),
            Action::Click { column, row } => self.click(column, row),
            Action::Scroll { column, row, lines } => self.scroll(column, row, lines),
            Action::Resize { width, height } => self.size = Rect::new(0, 0, width, height),
            Action::Edit(edit) => self.edit_letter(edit),
            Action::Save => self.save_letter(None),
            Action::OpenFile => {
                let folder = self
                    .editor
                    .path
                    .as_deref()
                    .and_then(Path::parent)
                    .filter(|p| !p.as_os_str().is_empty())
                    .map(|p| format!("{}/", p.display()))
                    .unwrap_or_default();
                self.prompt = Some(Prompt::new(super::prompt::PromptKind::Open, &folder));
            }
            Action::NewLetter => self.guard(Pending::NewLetter),
            Action::Export => self.export_report(),
            Action::Find => {
                let last = self.last_find.clone();
                self.prompt = Some(Prompt::new(super::prompt::PromptKind::Find, &last));
            }
            Action::FindNext => self.find_in_letter(true),
            Action::FindPrevious => self.find_in_letter(false),
            Action::NextPanel => {
                let position = Panel::ORDER.iter().position(|&p| p == self.panel);
                self.panel = Panel::ORDER[position.map_or(0, |p| (p + 1) % Panel::ORDER.len())];
            }
            Action::NextChecklistItem => self.next_checklist_item(),
        }
        self.keep_in_view();
    }

    fn cycle_focus(&mut self, step: usize) {
        if self.compare.is_some() || self.help {
            return;
        }
        let order = Focus::ORDER;
        let position = order.iter().position(|&f| f == self.focus).unwrap_or(0);
        self.focus = order[(position + step) % order.len()];
    }

    fn cancel(&mut self) {
        if self.focus == Focus::Letter && !self.help && self.compare.is_none() {
            self.editor.textarea.cancel_selection();
            return;
        }
        if self.help {
            self.help = false;
        } else if self.compare.is_some() {
            self.compare = None;
        } else if let Some(first) = self.compare_from.take() {
            self.inform(format!(
                "Comparison with {} cancelled",
                self.unit(first).code
            ));
        } else if matches!(self.focus, Focus::Search | Focus::List) && self.query.clear() {
            self.run_search();
        } else {
            self.focus = match self.focus {
                Focus::Search => Focus::List,
                _ => Focus::Search,
            };
        }
    }

    /// Changes the query with `change`, searching again if it changed.
    fn edit(&mut self, change: impl FnOnce(&mut Query) -> bool) {
        self.focus = Focus::Search;
        if change(&mut self.query) {
            self.run_search();
        }
    }

    /// Searches for the query and shows the best hit. This is the per-keystroke work.
    fn run_search(&mut self) {
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
    fn show(&mut self, unit: usize) {
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

    fn list_height(&self) -> usize {
        usize::from(layout::inner(self.areas().list).height)
    }

    fn profile_height(&self) -> usize {
        usize::from(layout::inner(self.areas().profile).height)
    }

    fn compare_height(&self) -> usize {
        // The legend takes the first row inside the compare block.
        usize::from(layout::inner(self.areas().body).height).saturating_sub(2)
    }

    pub(crate) fn move_by(&mut self, movement: Movement) {
        if self.compare.is_some() {
            let page = self.compare_height().saturating_sub(1).max(1);
            let max = self.compare_max_scroll();
            if let Some(view) = self.compare.as_mut() {
                view.scroll = scrolled(view.scroll, movement, page, max);
            }
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
                    view.scroll = scrolled(view.scroll, movement, page, max);
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

    fn step_link(&mut self, step: isize) {
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

    fn walk_history(&mut self, step: fn(&mut History) -> Option<usize>) {
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

    fn toggle_tree(&mut self) {
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

    fn compare(&mut self) {
        let Some(unit) = self.selected_unit() else {
            self.inform("Select an occupation to compare".to_owned());
            return;
        };
        match self.compare_from {
            None => {
                self.compare_from = Some(unit);
                if self.focus == Focus::Profile {
                    self.focus = Focus::List;
                }
            }
            Some(first) if first == unit => {
                let code = &self.unit(unit).code;
                self.inform(format!(
                    "Select a different occupation to compare with {code}"
                ));
            }
            Some(first) => {
                self.compare_from = None;
                self.compare = Some(CompareView {
                    left: first,
                    right: unit,
                    comparison: Comparison::new(self.unit(first), self.unit(unit)),
                    scroll: 0,
                });
            }
        }
    }

    /// Opens the compare view directly.
    pub fn compare_codes(&mut self, left: &str, right: &str) {
        if let (Some(left), Some(right)) = (
            self.catalog.unit_index(left),
            self.catalog.unit_index(right),
        ) {
            self.compare = Some(CompareView {
                left,
                right,
                comparison: Comparison::new(self.unit(left), self.unit(right)),
                scroll: 0,
            });
        }
    }

    fn compare_max_scroll(&self) -> usize {
        let Some(view) = &self.compare else {
            return 0;
        };
        let [left, _] = layout::compare_columns(self.areas().body);
        let width = usize::from(left.width);
        let [left, _] = super::comparison::columns(
            (self.unit(view.left), &view.comparison.left),
            (self.unit(view.right), &view.comparison.right),
            width,
            self.theme,
        );
        // Both columns are padded to the same length.
        let longest = left.lines.len();
        longest.saturating_sub(self.compare_height())
    }

    fn set_target(&mut self) {
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

    fn copy_code(&mut self) {
        let Some(unit) = self.selected_unit() else {
            return;
        };
        let code = self.unit(unit).code.clone();
        self.confirm(format!("Copied {code} to the clipboard"));
        self.effects.push(Effect::Copy(code));
    }

    /// Keeps selections inside their viewports and scroll positions inside their documents.
    fn keep_in_view(&mut self) {
        let height = self.list_height();
        self.results.scroll_into_view(height);
        self.tree.scroll_into_view(height);
        let profile_max = self
            .profile_document()
            .map(|document| document.max_scroll(self.profile_height()));
        if let (Some(view), Some(max)) = (self.profile.as_mut(), profile_max) {
            view.scroll = view.scroll.min(max);
        }
        let compare_max = self.compare_max_scroll();
        if let Some(view) = self.compare.as_mut() {
            view.scroll = view.scroll.min(compare_max);
        }
        let text = layout::letter_areas(self.areas().letter).text;
        self.editor
            .keep_cursor_visible(usize::from(text.width), usize::from(text.height));
    }
}

/// A scroll position after a movement, between 0 and `max`.
fn scrolled(scroll: usize, movement: Movement, page: usize, max: usize) -> usize {
    let next = match movement {
        Movement::Up => scroll.saturating_sub(1),
        Movement::Down => scroll + 1,
        Movement::PageUp => scroll.saturating_sub(page),
        Movement::PageDown => scroll + page,
        Movement::Top => 0,
        Movement::Bottom => max,
    };
    next.min(max)
}
