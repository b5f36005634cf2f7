//! `nocfit show CODE --format json`: the shapes printed for a unit group, a NOC 2016 code and
//! a higher-level group.

use serde::Serialize;

use crate::noc::{Catalog, Group, Level, Lookup, Noc2016Code, UnitGroup};
use crate::rules::is_skilled_trade;

/// A unit group with its Express Entry standing and whether it is a skilled trade for the
/// Federal Skilled Trades program, as `show --format json` prints it.
#[derive(Serialize)]
pub(super) struct UnitJson<'a> {
    #[serde(flatten)]
    unit: &'a UnitGroup,
    express_entry_skilled: bool,
    federal_skilled_trades: bool,
}

impl<'a> UnitJson<'a> {
    fn new(unit: &'a UnitGroup) -> UnitJson<'a> {
        UnitJson {
            unit,
            express_entry_skilled: unit.is_skilled(),
            federal_skilled_trades: is_skilled_trade(&unit.code),
        }
    }
}

#[derive(Serialize)]
pub(super) struct ChildJson<'a> {
    level: Level,
    code: &'a str,
    title: &'a str,
}

#[derive(Serialize)]
pub(super) struct GroupJson<'a> {
    #[serde(flatten)]
    group: &'a Group,
    children: Vec<ChildJson<'a>>,
}

impl<'a> GroupJson<'a> {
    fn new(catalog: &'a Catalog, group: &'a Group) -> GroupJson<'a> {
        let children = catalog
            .children(&group.code)
            .into_iter()
            .map(|child| ChildJson {
                level: child.level,
                code: child.code,
                title: child.title,
            })
            .collect();
        GroupJson { group, children }
    }
}

#[derive(Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub(super) enum ShowJson<'a> {
    UnitGroup(UnitJson<'a>),
    Noc2016 {
        #[serde(flatten)]
        code: &'a Noc2016Code,
        /// The full profile of every successor.
        unit_groups: Vec<UnitJson<'a>>,
        /// The NOC 2021 group with the same digits.
        also_group: Option<GroupJson<'a>>,
    },
    Group {
        #[serde(flatten)]
        group: GroupJson<'a>,
        /// The NOC 2016 unit group with the same digits.
        also_noc2016: Option<&'a Noc2016Code>,
    },
}

impl<'a> ShowJson<'a> {
    pub(super) fn new(catalog: &'a Catalog, lookup: Lookup<'a>) -> ShowJson<'a> {
        match lookup {
            Lookup::UnitGroup(unit) => ShowJson::UnitGroup(UnitJson::new(unit)),
            Lookup::Noc2016 { code, also_group } => ShowJson::Noc2016 {
                code,
                unit_groups: successors(catalog, code)
                    .into_iter()
                    .map(UnitJson::new)
                    .collect(),
                also_group: also_group.map(|group| GroupJson::new(catalog, group)),
            },
            Lookup::Group {
                group,
                also_noc2016,
            } => ShowJson::Group {
                group: GroupJson::new(catalog, group),
                also_noc2016,
            },
        }
    }
}

pub(super) fn successors<'a>(catalog: &'a Catalog, code: &Noc2016Code) -> Vec<&'a UnitGroup> {
    code.successors
        .iter()
        .filter_map(|successor| catalog.unit(&successor.code))
        .collect()
}
