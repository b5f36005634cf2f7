//! Mouse clicks and the wheel: focus the pane under the pointer and hand the gesture to the
//! feature that owns that pane.

use super::app::App;
use super::layout;
use crate::tui::action::Movement;
use crate::tui::focus::Focus;
use crate::tui::outcome::Outcome;

impl App {
    pub(super) fn click(&mut self, column: u16, row: u16) -> Outcome {
        if self.help.open {
            self.help.open = false;
            return Outcome::none();
        }
        if self.compare.is_open() || layout::too_small(self.size) {
            return Outcome::none();
        }
        let areas = self.areas();
        if layout::contains(areas.search, column, row) {
            Outcome::focus(Focus::Search)
        } else if layout::contains(areas.list, column, row) {
            self.focus = Focus::List;
            let inner = layout::inner(areas.list);
            if !layout::contains(inner, column, row) {
                return Outcome::none();
            }
            self.browser.click_list(usize::from(row - inner.y))
        } else if layout::contains(areas.profile, column, row) {
            self.focus = Focus::Profile;
            let inner = layout::inner(areas.profile);
            self.browser
                .click_profile(usize::from(row.saturating_sub(inner.y)), &areas)
        } else if layout::contains(areas.letter, column, row) {
            self.focus = Focus::Letter;
            // The letter is wider while it has focus: place the click in its new areas.
            self.letter.click(column, row, self.areas().letter)
        } else {
            Outcome::none()
        }
    }

    pub(super) fn scroll(&mut self, column: u16, row: u16, lines: i16) -> Outcome {
        let movement = if lines < 0 {
            Movement::Up
        } else {
            Movement::Down
        };
        let areas = self.areas();
        if self.compare.is_open() {
            for _ in 0..lines.unsigned_abs() {
                self.compare.scroll(movement, areas.body);
            }
            return Outcome::none();
        }
        let focus = if layout::contains(areas.list, column, row) {
            Focus::List
        } else if layout::contains(areas.profile, column, row) {
            Focus::Profile
        } else if layout::contains(self.letter_areas().panel, column, row) {
            self.letter.wheel_panel(lines, self.letter_areas());
            return Outcome::none();
        } else if layout::contains(areas.letter, column, row) {
            return self.letter.wheel_text(lines, self.letter_areas());
        } else {
            return Outcome::none();
        };
        // The browser pane under the wheel scrolls as if it had focus, in its layout then.
        let browser_areas = layout::areas_for(self.size, self.letter.is_open());
        for _ in 0..lines.unsigned_abs() {
            self.browser.move_by(movement, focus, &browser_areas);
        }
        Outcome::none()
    }
}
