//! The compare view: picking two occupations (`c` on one, then `c` or Enter on another) and
//! scrolling them side by side. [`Compare`] owns that state; [`columns`] builds the two
//! columns and [`render`] draws them.

pub mod columns;
pub mod render;

use ratatui::layout::Rect;

use crate::compare::Comparison;
use crate::noc::{Catalog, UnitGroup, UnitId};
use crate::tui::action::Action;
use crate::tui::action::Movement;
use crate::tui::bindings::key;
use crate::tui::focus::Focus;
use crate::tui::outcome::Outcome;
use crate::tui::shell::layout;
use crate::tui::shell::theme::Theme;

/// Two occupations side by side.
#[derive(Debug, Clone)]
pub struct CompareView {
    pub left: UnitId,
    pub right: UnitId,
    pub comparison: Comparison,
    pub scroll: usize,
}

/// The comparison being picked or shown.
pub struct Compare {
    catalog: &'static Catalog,
    /// The first occupation of a comparison the user is picking.
    from: Option<UnitId>,
    /// The comparison on screen, which then fills the body.
    view: Option<CompareView>,
}

impl Compare {
    pub fn new(catalog: &'static Catalog) -> Compare {
        Compare {
            catalog,
            from: None,
            view: None,
        }
    }

    fn unit(&self, unit: UnitId) -> &'static UnitGroup {
        self.catalog.unit_group(unit)
    }

    /// The compare view fills the screen.
    pub fn is_open(&self) -> bool {
        self.view.is_some()
    }

    pub fn view(&self) -> Option<&CompareView> {
        self.view.as_ref()
    }

    /// The first occupation picked, while the user picks the second.
    pub fn picking(&self) -> Option<UnitId> {
        self.from
    }

    /// The footer line while the second occupation is being picked.
    pub fn picking_text(&self) -> Option<String> {
        self.from.map(|first| {
            format!(
                " Compare {} with: select an occupation, press {} or {} (Esc cancels) ",
                self.unit(first).code,
                key(&Action::Compare),
                key(&Action::Activate)
            )
        })
    }

    /// The codes on screen, left and right.
    pub fn codes(&self) -> Option<(&'static str, &'static str)> {
        self.view.as_ref().map(|view| {
            (
                self.unit(view.left).code.as_str(),
                self.unit(view.right).code.as_str(),
            )
        })
    }

    /// Closes the view; false when none was open.
    pub fn close(&mut self) -> bool {
        self.view.take().is_some()
    }

    /// Cancels picking; says so when a pick was under way.
    pub fn cancel_pick(&mut self) -> Option<Outcome> {
        let first = self.from.take()?;
        Some(Outcome::inform(format!(
            "Comparison with {} cancelled",
            self.unit(first).code
        )))
    }

    /// `c` (or Enter while picking) on `selected`: the first pick, or the second that opens
    /// the view.
    pub fn pick(&mut self, selected: Option<UnitId>, focus: Focus) -> Outcome {
        let Some(unit) = selected else {
            return Outcome::inform("Select an occupation to compare");
        };
        match self.from {
            None => {
                self.from = Some(unit);
                if focus == Focus::Profile {
                    return Outcome::focus(Focus::List);
                }
                Outcome::none()
            }
            Some(first) if first == unit => Outcome::inform(format!(
                "Select a different occupation to compare with {}",
                self.unit(unit).code
            )),
            Some(first) => {
                self.from = None;
                self.open(first, unit);
                Outcome::none()
            }
        }
    }

    fn open(&mut self, left: UnitId, right: UnitId) {
        self.view = Some(CompareView {
            left,
            right,
            comparison: Comparison::new(self.unit(left), self.unit(right)),
            scroll: 0,
        });
    }

    /// Opens the view on two codes directly.
    pub fn open_codes(&mut self, left: &str, right: &str) {
        if let (Some(left), Some(right)) = (self.catalog.unit_id(left), self.catalog.unit_id(right))
        {
            self.open(left, right);
        }
    }

    /// Rows of the columns shown in the body `body` (the legend takes the first two).
    fn height(body: Rect) -> usize {
        usize::from(layout::inner(body).height).saturating_sub(2)
    }

    /// How far the columns scroll in `body`: their rows past the bottom.
    fn max_scroll(&self, body: Rect) -> usize {
        let Some(view) = &self.view else {
            return 0;
        };
        let [left, _] = layout::compare_columns(body);
        let [left, _] = columns::columns(
            (self.unit(view.left), &view.comparison.left),
            (self.unit(view.right), &view.comparison.right),
            usize::from(left.width),
            Theme::PLAIN,
        );
        // Both columns are padded to the same length.
        left.lines.len().saturating_sub(Self::height(body))
    }

    /// Scrolls both columns.
    pub fn scroll(&mut self, movement: Movement, body: Rect) {
        let page = Self::height(body).saturating_sub(1).max(1);
        let max = self.max_scroll(body);
        if let Some(view) = self.view.as_mut() {
            view.scroll = movement.scrolled(view.scroll, page, max);
        }
    }

    /// Keeps the scroll position inside the columns after a resize.
    pub fn keep_in_view(&mut self, body: Rect) {
        let max = self.max_scroll(body);
        if let Some(view) = self.view.as_mut() {
            view.scroll = view.scroll.min(max);
        }
    }
}
