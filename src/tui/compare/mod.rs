//! The compare view of [`App`]: picking two occupations and scrolling them side by side.

pub mod columns;
pub mod render;

use crate::compare::Comparison;
use crate::tui::action::Movement;
use crate::tui::keymap::Focus;
use crate::tui::shell::app::App;
use crate::tui::shell::layout;

/// Two occupations side by side.
#[derive(Debug, Clone)]
pub struct CompareView {
    pub left: usize,
    pub right: usize,
    pub comparison: Comparison,
    pub scroll: usize,
}

impl App {
    fn compare_height(&self) -> usize {
        // The legend takes the first row inside the compare block.
        usize::from(layout::inner(self.areas().body).height).saturating_sub(2)
    }

    pub(crate) fn compare(&mut self) {
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

    pub(crate) fn compare_max_scroll(&self) -> usize {
        let Some(view) = &self.compare else {
            return 0;
        };
        let [left, _] = layout::compare_columns(self.areas().body);
        let width = usize::from(left.width);
        let [left, _] = columns::columns(
            (self.unit(view.left), &view.comparison.left),
            (self.unit(view.right), &view.comparison.right),
            width,
            self.theme,
        );
        // Both columns are padded to the same length.
        let longest = left.lines.len();
        longest.saturating_sub(self.compare_height())
    }

    /// Scrolls both columns of the compare view.
    pub(crate) fn scroll_compare(&mut self, movement: Movement) {
        let page = self.compare_height().saturating_sub(1).max(1);
        let max = self.compare_max_scroll();
        if let Some(view) = self.compare.as_mut() {
            view.scroll = movement.scrolled(view.scroll, page, max);
        }
    }
}
