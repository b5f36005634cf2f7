//! The application state and the one place it changes: [`App::update`].

use std::path::Path;

use ratatui::crossterm::event::{Event, KeyEvent};
use ratatui::layout::Rect;

pub use crate::tui::browser::ProfileView;
pub use crate::tui::compare::CompareView;

use crate::classify::Classifier;
use crate::noc::{Catalog, UnitGroup};
use crate::search::SearchIndex;
use crate::tui::action::{Action, Effect};
use crate::tui::browser::history::History;
use crate::tui::browser::query::Query;
use crate::tui::browser::results::Results;
use crate::tui::browser::tree::Tree;
use crate::tui::keymap::{self, Context, Focus};
use crate::tui::letter::Panel;
use crate::tui::letter::document::Editor;
use crate::tui::letter::prompt::{Pending, Prompt};
use crate::tui::letter::recovery::Recovery;
use crate::tui::shell::layout::{self, Areas};
use crate::tui::shell::theme::Theme;

/// A message in the footer until the next key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Status {
    pub text: String,
    pub success: bool,
}

/// Everything the TUI shows.
pub struct App {
    pub(crate) catalog: &'static Catalog,
    pub(crate) index: SearchIndex<'static>,
    pub(crate) theme: Theme,
    pub(crate) size: Rect,
    pub(crate) focus: Focus,
    pub(crate) help: bool,
    /// First row of the help overlay shown, when it scrolls.
    pub(crate) help_scroll: usize,
    pub(crate) query: Query,
    pub(crate) results: Results,
    pub(crate) tree: Tree,
    /// The list shows the hierarchy tree instead of search results.
    pub(crate) show_tree: bool,
    pub(crate) profile: Option<ProfileView>,
    pub(crate) history: History,
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
    /// The first row of the panel shown (may exceed the rows; drawing clamps it).
    pub(crate) panel_scroll: usize,
    /// The cursor line the line-detail panel was scrolled for.
    pub(crate) panel_line: usize,
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
            help_scroll: 0,
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
            panel_scroll: 0,
            panel_line: 0,
            checklist_step: 0,
            last_find: String::new(),
            recovery: Recovery::default(),
            status: None,
            effects: Vec::new(),
            quit: false,
        };
        app.editor.live.as_of = crate::clock::today();
        app.run_search();
        app
    }

    /// Counts the letter's experience as of `as_of` instead of today (`--as-of`, tests).
    pub fn with_as_of(mut self, as_of: crate::letter::Date) -> App {
        self.editor.live.as_of = as_of;
        self.retarget_letter();
        self
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
            Action::ToggleHelp => {
                self.help = !self.help;
                self.help_scroll = 0;
            }
            Action::ScrollHelp(movement) => {
                let page = usize::from(self.size.height.saturating_sub(6)).max(1);
                let max = crate::tui::shell::help::line_count(usize::from(self.size.width));
                self.help_scroll = movement.scrolled(self.help_scroll, page, max);
            }
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
            Action::OpenFile => self.ask_for_letter(),
            Action::NewLetter => self.guard(Pending::NewLetter),
            Action::Export => self.export_report(),
            Action::Find => self.ask_to_find(),
            Action::FindNext => self.find_in_letter(true),
            Action::FindPrevious => self.find_in_letter(false),
            Action::NextPanel => self.next_panel(),
            Action::ScrollPanel(movement) => self.scroll_panel(movement),
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
        // The line detail describes the cursor's line: a new line starts at its top.
        let (line, _) = self.editor.cursor();
        if self.panel == Panel::Line && line != self.panel_line {
            self.panel_scroll = 0;
        }
        self.panel_line = line;
    }
}
