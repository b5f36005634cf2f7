//! The application state and the one place it changes: [`App::update`], a router that hands
//! each action to the feature that owns it ([`Browser`], [`Compare`], [`LetterPane`]) and
//! applies the [`Outcome`] it reports.

use std::path::Path;

use ratatui::crossterm::event::{Event, KeyEvent};
use ratatui::layout::Rect;

use super::help::Help;
use super::layout::{self, Areas, Arrangement, LetterAreas};
use super::theme::Theme;
use crate::classify::Classifier;
use crate::noc::{Catalog, UnitGroup, UnitId};
use crate::tui::action::{Action, Edit, Effect};
use crate::tui::browser::Browser;
use crate::tui::browser::history::History;
use crate::tui::compare::Compare;
use crate::tui::focus::{Context, Focus};
use crate::tui::keymap;
use crate::tui::letter::LetterPane;
use crate::tui::letter::analysis::Engine;
use crate::tui::letter::snapshot::SharedSnapshot;
use crate::tui::outcome::{Outcome, Status};

/// Everything the TUI shows.
pub struct App {
    pub(super) catalog: &'static Catalog,
    pub(super) theme: Theme,
    pub(super) size: Rect,
    pub(super) focus: Focus,
    pub(super) help: Help,
    pub(super) browser: Browser,
    pub(super) compare: Compare,
    /// The letter being edited, with its target, analysis, prompts and recovery copies.
    pub(super) letter: LetterPane,
    pub(super) status: Option<Status>,
    /// The letter fills the body and the browser is hidden.
    pub(super) maximised: bool,
    /// The mouse is left to the terminal, for its own text selection.
    pub(super) mouse_released: bool,
    effects: Vec<Effect>,
    quit: bool,
}

impl App {
    /// The browser over the embedded data, listing every unit group, with the first selected.
    pub fn new(theme: Theme) -> App {
        App::with_engine(theme, Engine::Ready(Classifier::embedded()))
    }

    /// The application while the classifier and the verbatim check's statements load on other
    /// threads: the first frame waits for neither, and the letter is analysed when they are
    /// ready (see [`App::tick`]).
    pub fn loading(theme: Theme) -> App {
        App::with_engine(theme, Engine::Loading)
    }

    fn with_engine(theme: Theme, engine: Engine) -> App {
        let catalog = Catalog::embedded();
        let mut letter = LetterPane::new(catalog, engine);
        letter.set_as_of(crate::clock::today());
        App {
            catalog,
            theme,
            size: Rect::new(0, 0, 100, 30),
            focus: Focus::Search,
            help: Help::default(),
            browser: Browser::new(catalog, theme),
            compare: Compare::new(catalog),
            letter,
            status: None,
            maximised: false,
            mouse_released: false,
            effects: Vec::new(),
            quit: false,
        }
    }

    /// Counts the letter's experience as of `as_of` instead of today (`--as-of`, tests).
    pub fn with_as_of(mut self, as_of: crate::letter::Date) -> App {
        self.letter.set_as_of(as_of);
        self.letter.retarget();
        self
    }

    /// Opens with a letter file named on the command line (a missing file is a new letter),
    /// or offers the recovery copy of an untitled letter.
    pub fn with_letter(mut self, path: Option<&Path>) -> App {
        let outcome = match path {
            Some(path) => self.letter.open(path),
            None => self.letter.offer_recovery_at_start(),
        };
        self.apply(outcome);
        self
    }

    /// Opens with a target occupation, showing its profile; without one, the last session's
    /// target (remembered in the state folder).
    pub fn with_target(mut self, target: Option<&UnitGroup>) -> App {
        let remembered = match target {
            Some(_) => None,
            None => self.letter.remembered().target,
        };
        let code = target.map(|unit| unit.code.clone()).or(remembered);
        if let Some(unit) = code.and_then(|code| self.catalog.unit_id(&code)) {
            self.browser.visit(unit);
            self.letter.set_target(Some(unit));
        }
        self
    }

    /// Keeps recovery copies in `state_dir`; without one (no `HOME` and no state variable),
    /// recovery is off and the footer says so.
    pub fn with_state_dir(mut self, state_dir: Option<std::path::PathBuf>) -> App {
        let outcome = self.letter.set_state_dir(state_dir);
        self.apply(outcome);
        self
    }

    /// Shares the unsaved text with the terminal shell's panic hook and signal handling.
    pub fn with_snapshot(mut self, shared: SharedSnapshot) -> App {
        self.letter.set_snapshot(shared);
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
            help: self.help.open,
            comparing: self.compare.is_open(),
            prompt: self.letter.prompt().map(|prompt| prompt.mode()),
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

    pub(super) fn unit(&self, unit: UnitId) -> &'static UnitGroup {
        self.catalog.unit_group(unit)
    }

    /// How the body is shared: the letter is the main pane once one is open or it has focus,
    /// and fills the body while maximised.
    pub(super) fn arrangement(&self) -> Arrangement {
        if self.maximised {
            Arrangement::LetterOnly
        } else if self.focus == Focus::Letter || self.letter.is_open() {
            Arrangement::Letter
        } else {
            Arrangement::Browser
        }
    }

    pub(super) fn areas(&self) -> Areas {
        layout::arranged(self.size, self.arrangement())
    }

    pub(super) fn letter_areas(&self) -> LetterAreas {
        self.letter.areas(self.areas().letter)
    }

    /// Takes in what a feature reported.
    pub(super) fn apply(&mut self, outcome: Outcome) {
        if outcome.status.is_some() {
            self.status = outcome.status;
        }
        if let Some(focus) = outcome.focus {
            self.focus = focus;
        }
        self.effects.extend(outcome.effects);
        self.quit |= outcome.quit;
    }

    /// Applies one action.
    pub fn update(&mut self, action: Action) {
        if self.unseen(&action) {
            return;
        }
        if !matches!(action, Action::Resize { .. } | Action::Scroll { .. }) {
            self.status = None;
        }
        if self.letter.prompt().is_some() {
            if let Action::Resize { width, height } = action {
                self.size = Rect::new(0, 0, width, height);
            } else {
                let outcome = self.letter.update_prompt(action);
                self.apply(outcome);
            }
            self.keep_in_view();
            return;
        }
        let areas = self.areas();
        let outcome = match action {
            // A pasted letter lands in the letter from any pane, and the letter takes focus.
            Action::Edit(Edit::Paste(_)) if self.focus != Focus::Letter => {
                self.focus = Focus::Letter;
                let areas = self.letter_areas();
                Outcome::focus(Focus::Letter).then(self.letter.update(action, areas))
            }
            Action::FocusNext => self.cycle_focus(1),
            Action::FocusPrevious => self.cycle_focus(Focus::ORDER.len() - 1),
            Action::FocusSearch => Outcome::focus(Focus::Search),
            Action::ToggleHelp => {
                self.help.toggle();
                Outcome::none()
            }
            Action::ScrollHelp(movement) => {
                self.help.scroll(movement, self.size);
                Outcome::none()
            }
            Action::Cancel => self.cancel(),
            // `/` focuses the search box everywhere, so a leading `/` is not part of a query.
            Action::Insert('/') if self.browser.query_is_empty() => Outcome::focus(Focus::Search),
            Action::Insert(_)
            | Action::Paste(_)
            | Action::DeleteBackward
            | Action::DeleteForward
            | Action::ClearQuery
            | Action::CursorLeft
            | Action::CursorRight
            | Action::CursorStart
            | Action::CursorEnd => {
                let outcome = self.browser.edit_query(&action);
                outcome.unwrap_or_default()
            }
            Action::Move(movement) if self.compare.is_open() => {
                self.compare.scroll(movement, areas.body);
                Outcome::none()
            }
            Action::Move(movement) => {
                self.browser.move_by(movement, self.focus, &areas);
                Outcome::none()
            }
            Action::Activate if self.compare.picking().is_some() && self.focus != Focus::Letter => {
                self.pick_compare()
            }
            Action::Activate => self.browser.activate(self.focus),
            Action::NextLink => self.browser.step_link(1, &areas),
            Action::PreviousLink => self.browser.step_link(-1, &areas),
            // Back and forward close the compare view first.
            Action::Back | Action::Forward if self.compare.is_open() => {
                self.compare.close();
                Outcome::none()
            }
            Action::Back => self.browser.walk_history(History::back),
            Action::Forward => self.browser.walk_history(History::forward),
            Action::ToggleTree => self.browser.toggle_tree(self.focus),
            Action::Expand => {
                self.browser.expand();
                Outcome::none()
            }
            Action::Collapse => {
                self.browser.collapse();
                Outcome::none()
            }
            Action::ToggleMaximise => self.toggle_maximise(),
            Action::ToggleMouse => self.toggle_mouse(),
            // Only the path prompts complete.
            Action::CompletePath => Outcome::none(),
            Action::Compare => self.pick_compare(),
            Action::SetTarget => self.set_target(),
            Action::ToggleSkilled => self.browser.toggle_skilled(),
            Action::CopyCode => self.copy_code(),
            Action::Click { column, row } => self.click(column, row),
            Action::Scroll { column, row, lines } => self.scroll(column, row, lines),
            Action::Resize { width, height } => {
                self.size = Rect::new(0, 0, width, height);
                Outcome::none()
            }
            Action::Quit
            | Action::Edit(_)
            | Action::Save
            | Action::SaveAs
            | Action::OpenFile
            | Action::NewLetter
            | Action::Export
            | Action::Find
            | Action::FindNext
            | Action::FindPrevious
            | Action::NextPanel
            | Action::FoldPanel
            | Action::ScrollPanel(_)
            | Action::NextChecklistItem
            | Action::NextProblem
            | Action::NextPlaceholder
            | Action::PreviousProblem => self.letter.update(action, self.letter_areas()),
        };
        self.apply(outcome);
        self.keep_in_view();
    }

    fn cycle_focus(&mut self, step: usize) -> Outcome {
        if self.compare.is_open() || self.help.open {
            return Outcome::none();
        }
        // Leaving the maximised letter brings the browser back.
        self.maximised = false;
        let order = Focus::ORDER;
        let position = order.iter().position(|&f| f == self.focus).unwrap_or(0);
        Outcome::focus(order[(position + step) % order.len()])
    }

    fn cancel(&mut self) -> Outcome {
        if self.focus == Focus::Letter && !self.help.open && !self.compare.is_open() {
            return self.letter.update(Action::Cancel, self.letter_areas());
        }
        if self.help.open {
            self.help.open = false;
            return Outcome::none();
        }
        if self.compare.close() {
            return Outcome::none();
        }
        if let Some(cancelled) = self.compare.cancel_pick() {
            return cancelled;
        }
        if matches!(self.focus, Focus::Search | Focus::List) && self.browser.clear_query() {
            return Outcome::none();
        }
        Outcome::focus(match self.focus {
            Focus::Search => Focus::List,
            _ => Focus::Search,
        })
    }

    /// `c`: picks the selected occupation as the first or second of a comparison.
    fn pick_compare(&mut self) -> Outcome {
        let selected = self.browser.selected_unit(self.focus);
        self.compare.pick(selected, self.focus)
    }

    /// `t`: makes the selected occupation the letter's target.
    fn set_target(&mut self) -> Outcome {
        let Some(unit) = self.browser.selected_unit(self.focus) else {
            return Outcome::none();
        };
        self.letter.set_target(Some(unit));
        let group = self.unit(unit);
        Outcome::confirm(format!(
            "Target set: {} {} · TEER {}",
            group.code, group.title, group.teer
        ))
    }

    /// `y`: copies the selected occupation's code to the clipboard.
    fn copy_code(&mut self) -> Outcome {
        let Some(unit) = self.browser.selected_unit(self.focus) else {
            return Outcome::none();
        };
        let code = self.unit(unit).code.clone();
        Outcome::confirm(format!("Copied {code} to the clipboard")).and_effect(Effect::Copy(code))
    }

    /// Keeps selections inside their viewports and scroll positions inside their documents.
    fn keep_in_view(&mut self) {
        let areas = self.areas();
        self.browser.keep_in_view(&areas);
        self.compare.keep_in_view(areas.body);
        self.letter.keep_in_view(self.letter.areas(areas.letter));
    }
}
