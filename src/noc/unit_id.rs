//! [`UnitId`]: which unit group, by its position in [`Catalog::unit_groups`]. The TUI passes
//! these instead of bare `usize` positions, `&UnitGroup` references or code strings, and turns
//! one into the group only where it needs the group's fields.

use super::{Catalog, UnitGroup};

/// A unit group's position in [`Catalog::unit_groups`] (code order).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct UnitId(pub usize);

impl Catalog {
    /// The unit group `id` names. `id` comes from this catalog, so it is in range.
    pub fn unit_group(&self, id: UnitId) -> &UnitGroup {
        &self.unit_groups()[id.0]
    }

    /// The id of the unit group with this five-digit code.
    pub fn unit_id(&self, code: &str) -> Option<UnitId> {
        self.unit_index(code).map(UnitId)
    }
}
