//! Mouse clicks and the wheel: focus the pane under the pointer and act on what is there.

use crate::tui::action::{Edit, Movement};
use crate::tui::keymap::Focus;
use crate::tui::letter::panel;
use crate::tui::shell::app::App;
use crate::tui::shell::layout;

impl App {
    pub(crate) fn click(&mut self, column: u16, row: u16) {
        if self.help {
            self.help = false;
            return;
        }
        if self.compare.is_some() || layout::too_small(self.size) {
            return;
        }
        let areas = self.areas();
        if layout::contains(areas.search, column, row) {
            self.focus = Focus::Search;
        } else if layout::contains(areas.list, column, row) {
            self.focus = Focus::List;
            let inner = layout::inner(areas.list);
            if !layout::contains(inner, column, row) {
                return;
            }
            let offset = usize::from(row - inner.y);
            let before = self.list_selection();
            if self.show_tree {
                let position = self.tree.offset + offset;
                if position < self.tree.rows.len() {
                    let again = self.tree.selected == position;
                    self.tree.selected = position;
                    if again {
                        self.activate();
                    }
                }
            } else if let Some(position) = self.results.hit_at_row(offset) {
                self.results.selected = position;
                if before == self.list_selection() {
                    self.activate();
                }
            }
            self.preview();
        } else if layout::contains(areas.profile, column, row) {
            self.focus = Focus::Profile;
            let inner = layout::inner(areas.profile);
            let (Some(document), Some(view)) = (self.profile_document(), self.profile.as_ref())
            else {
                return;
            };
            let line = view.scroll + usize::from(row.saturating_sub(inner.y));
            let link = document
                .links
                .iter()
                .position(|link| (link.first_line..=link.last_line).contains(&line));
            if let Some(link) = link {
                let again = view.link == Some(link);
                if let Some(view) = self.profile.as_mut() {
                    view.link = Some(link);
                }
                if again {
                    self.follow_link();
                }
            }
        } else if layout::contains(areas.letter, column, row) {
            self.focus = Focus::Letter;
            self.click_letter(column, row);
        }
    }

    pub(crate) fn scroll(&mut self, column: u16, row: u16, lines: i16) {
        let movement = if lines < 0 {
            Movement::Up
        } else {
            Movement::Down
        };
        let areas = self.areas();
        let saved = self.focus;
        let focus = if self.compare.is_some() {
            saved
        } else if layout::contains(areas.list, column, row) {
            Focus::List
        } else if layout::contains(areas.profile, column, row) {
            Focus::Profile
        } else if layout::contains(layout::letter_areas(areas.letter).panel, column, row) {
            for _ in 0..lines.unsigned_abs() {
                self.scroll_panel(movement);
            }
            return;
        } else if layout::contains(areas.letter, column, row) {
            self.scroll_letter(lines);
            return;
        } else {
            return;
        };
        self.focus = focus;
        for _ in 0..lines.unsigned_abs() {
            self.move_by(movement);
        }
        self.focus = saved;
    }

    /// A click in the letter pane: place the cursor in the text, switch panels on the panel's
    /// title, or jump to the line a panel row names.
    fn click_letter(&mut self, column: u16, row: u16) {
        let letter = layout::letter_areas(self.areas().letter);
        if layout::contains(letter.text, column, row) {
            let width = usize::from(letter.text.width);
            let screen_row = self.editor.scroll + usize::from(row - letter.text.y);
            let (line, char) =
                self.editor
                    .position_at(screen_row, usize::from(column - letter.text.x), width);
            self.editor.jump_to(line, char);
        } else if row == letter.panel.y && letter.panel.height > 0 {
            self.update(crate::tui::action::Action::NextPanel);
        } else if layout::contains(letter.panel, column, row) {
            let rows = panel::panel_rows(self, usize::from(letter.panel.width));
            let first = panel::first_row(self, letter.panel);
            let index = first + usize::from(row - letter.panel.y - 1);
            if let Some(Some(line)) = rows.get(index).map(|(_, line)| *line) {
                self.editor.jump_to_line(line.saturating_sub(1));
            }
        }
    }

    /// The wheel over the letter's text moves its cursor by `lines`.
    fn scroll_letter(&mut self, lines: i16) {
        let to = if lines < 0 {
            crate::tui::action::Caret::Up
        } else {
            crate::tui::action::Caret::Down
        };
        for _ in 0..lines.unsigned_abs() {
            self.edit_letter(Edit::Move { to, select: false });
        }
    }
}
