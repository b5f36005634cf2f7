//! Back and forward through opened occupations, like a web browser.

use crate::noc::UnitId;

/// The unit groups opened, and which one is current.
#[derive(Debug, Clone, Default)]
pub struct History {
    entries: Vec<UnitId>,
    /// Where each entry's profile was left: (scroll, selected link), so back returns there.
    places: Vec<(usize, Option<usize>)>,
    position: usize,
}

impl History {
    /// Records where `unit`'s profile is scrolled and which link is selected, when it is the
    /// current entry (not a preview of a search result).
    pub fn remember(&mut self, unit: UnitId, scroll: usize, link: Option<usize>) {
        if self.entries.get(self.position) == Some(&unit)
            && let Some(place) = self.places.get_mut(self.position)
        {
            *place = (scroll, link);
        }
    }

    /// Where the current entry's profile was left: (scroll, selected link).
    pub fn place(&self) -> (usize, Option<usize>) {
        self.places.get(self.position).copied().unwrap_or((0, None))
    }

    /// Records a newly opened unit group, dropping anything ahead of the current one.
    pub fn visit(&mut self, unit: UnitId) {
        if self.entries.get(self.position) == Some(&unit) {
            return;
        }
        if !self.entries.is_empty() {
            self.entries.truncate(self.position + 1);
            self.places.truncate(self.position + 1);
        }
        self.entries.push(unit);
        self.places.push((0, None));
        self.position = self.entries.len() - 1;
    }

    /// The unit group before the current one, which becomes current.
    pub fn back(&mut self) -> Option<UnitId> {
        if self.position == 0 || self.entries.is_empty() {
            return None;
        }
        self.position -= 1;
        self.entries.get(self.position).copied()
    }

    /// The unit group after the current one, which becomes current.
    pub fn forward(&mut self) -> Option<UnitId> {
        let next = self.entries.get(self.position + 1).copied()?;
        self.position += 1;
        Some(next)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn walks_like_a_browser() {
        let mut history = History::default();
        assert_eq!(history.back(), None);
        history.visit(UnitId(1));
        history.visit(UnitId(2));
        history.visit(UnitId(3));
        assert_eq!(history.back(), Some(UnitId(2)));
        assert_eq!(history.back(), Some(UnitId(1)));
        assert_eq!(history.back(), None);
        assert_eq!(history.forward(), Some(UnitId(2)));
        history.visit(UnitId(9));
        assert_eq!(history.forward(), None);
        assert_eq!(history.back(), Some(UnitId(2)));
    }
}
