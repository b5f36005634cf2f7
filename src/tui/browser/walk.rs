//! Back and forward through opened occupations, each profile as it was scrolled when left.

use super::Browser;
use super::history::History;
use crate::noc::UnitId;
use crate::tui::focus::Focus;
use crate::tui::outcome::Outcome;

impl Browser {
    /// Records in the history where the shown profile is scrolled, for back and forward.
    pub(super) fn remember_place(&mut self) {
        if let Some(view) = &self.profile {
            self.history.remember(view.unit, view.scroll, view.link);
        }
    }

    /// Steps back or forward, to the profile as it was scrolled when left.
    pub fn walk_history(&mut self, step: fn(&mut History) -> Option<UnitId>) -> Outcome {
        self.remember_place();
        match step(&mut self.history) {
            Some(unit) => {
                self.show(unit);
                let (scroll, link) = self.history.place();
                if let Some(view) = self.profile.as_mut() {
                    view.scroll = scroll;
                    view.link = link;
                }
                Outcome::focus(Focus::Profile)
            }
            None => Outcome::inform("No more history in that direction"),
        }
    }
}
