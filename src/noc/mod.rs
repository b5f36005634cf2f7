//! The NOC 2021 classification: the data model, the embedded data and lookups by code.

mod catalog;
mod model;
mod titles;
mod unit_id;

pub use catalog::{Catalog, Child, Lookup, LookupError};
pub use model::{
    Correspondence, DutyGroup, Exclusion, Group, GroupRef, Hierarchy, Level, Noc2016Code, NocData,
    UnitGroup, describe_change, express_entry_standing,
};
pub use unit_id::UnitId;

/// The generated data, compiled into the binary so nocfit needs nothing at run time.
pub const EMBEDDED_JSON: &str = include_str!("../../data/noc.json");
