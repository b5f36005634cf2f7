//! The profile's exclusion links: selecting them with `n` / `N` or a click, and following
//! one to the occupation (or the minor group, listed in the tree) it names.

use super::Browser;
use crate::tui::action::Action;
use crate::tui::bindings::key;
use crate::tui::focus::Focus;
use crate::tui::outcome::Outcome;
use crate::tui::shell::layout::Areas;

impl Browser {
    /// Selects the next (`step` > 0) or previous exclusion link, scrolling it into view.
    pub fn step_link(&mut self, step: isize, areas: &Areas) -> Outcome {
        let Some(document) = self.profile_document(areas) else {
            return Outcome::none();
        };
        let count = document.links.len();
        if count == 0 {
            return Outcome::inform("This profile has no exclusions to follow");
        }
        let height = Self::profile_height(areas).max(1);
        let Some(view) = self.profile.as_mut() else {
            return Outcome::none();
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
        Outcome::none()
    }

    /// Opens the occupation the selected exclusion names; a minor group opens in the tree.
    pub(super) fn follow_link(&mut self) -> Outcome {
        let Some(view) = self.profile.as_ref() else {
            return Outcome::none();
        };
        let Some(link) = view.link else {
            return Outcome::inform(format!(
                "Select an exclusion with {} first",
                key(&Action::NextLink)
            ));
        };
        let Some(exclusion) = self.unit(view.unit).exclusions.get(link) else {
            return Outcome::none();
        };
        let code = exclusion.code.as_str();
        if let Some(unit) = self.catalog.unit_id(code) {
            return self.open(unit);
        }
        // A minor group: list its unit groups in the tree and open the first.
        let children = self.catalog.children(code);
        let Some(first) = children.first().and_then(|c| self.catalog.unit_id(c.code)) else {
            return Outcome::inform(format!("{code} is not in NOC 2021"));
        };
        self.clear_query();
        self.show_tree = true;
        self.tree.open_group(code);
        let opened = self.open(first);
        self.tree.scroll_to_node(code);
        let title = self.catalog.title(code).unwrap_or_default();
        opened.and_focus(Focus::List).and_inform(format!(
            "{code} {title} is a minor group of {} unit groups, listed in the tree",
            children.len()
        ))
    }

    /// A click `row` rows into the profile's inside: follows the link there.
    pub fn click_profile(&mut self, row: usize, areas: &Areas) -> Outcome {
        let (Some(document), Some(view)) = (self.profile_document(areas), self.profile.as_ref())
        else {
            return Outcome::none();
        };
        let line = view.scroll + row;
        let Some(link) = document
            .links
            .iter()
            .position(|link| (link.first_line..=link.last_line).contains(&line))
        else {
            return Outcome::none();
        };
        // One click follows a link, as on a web page; back (`[`) returns with it selected.
        if let Some(view) = self.profile.as_mut() {
            view.link = Some(link);
        }
        self.follow_link()
    }
}
