//! The schema of the generated NOC data (`data/noc.json`): what the importer writes and what
//! the application embeds.

use serde::{Deserialize, Serialize};

/// Everything nocfit knows about NOC 2021 and its NOC 2016 predecessor.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NocData {
    /// "NOC 2021 Version 1.0".
    pub version: String,
    /// Where the classification is published.
    pub source: String,
    /// Every level above the unit group (broad categories, major, sub-major and minor groups),
    /// in code order.
    pub groups: Vec<Group>,
    /// The 516 unit groups, in code order.
    pub unit_groups: Vec<UnitGroup>,
    /// Every NOC 2016 unit group with its NOC 2021 successor(s), in code order.
    pub noc2016: Vec<Noc2016Code>,
}

/// A level of the classification's hierarchy.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Level {
    BroadCategory,
    MajorGroup,
    SubMajorGroup,
    MinorGroup,
    UnitGroup,
}

impl Level {
    /// The level a NOC 2021 code of this many digits names (1 = broad category ... 5 = unit group).
    pub fn from_code_len(len: usize) -> Option<Level> {
        match len {
            1 => Some(Level::BroadCategory),
            2 => Some(Level::MajorGroup),
            3 => Some(Level::SubMajorGroup),
            4 => Some(Level::MinorGroup),
            5 => Some(Level::UnitGroup),
            _ => None,
        }
    }

    /// The name a person would use: "broad category", "sub-major group".
    pub fn label(self) -> &'static str {
        match self {
            Level::BroadCategory => "broad category",
            Level::MajorGroup => "major group",
            Level::SubMajorGroup => "sub-major group",
            Level::MinorGroup => "minor group",
            Level::UnitGroup => "unit group",
        }
    }
}

/// A group above the unit group level.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Group {
    pub level: Level,
    pub code: String,
    pub title: String,
    pub definition: String,
}

/// A reference to a group by code and title.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct GroupRef {
    pub code: String,
    pub title: String,
}

/// The groups a unit group sits under, from the broad category down.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Hierarchy {
    pub broad_category: GroupRef,
    pub major_group: GroupRef,
    pub sub_major_group: GroupRef,
    pub minor_group: GroupRef,
}

impl Hierarchy {
    /// The four ancestors, broad category first.
    pub fn path(&self) -> [(Level, &GroupRef); 4] {
        [
            (Level::BroadCategory, &self.broad_category),
            (Level::MajorGroup, &self.major_group),
            (Level::SubMajorGroup, &self.sub_major_group),
            (Level::MinorGroup, &self.minor_group),
        ]
    }
}

/// The main duties of one role inside a unit group. Most unit groups have one group with no
/// role; some split their duties by role ("Court reporters", "Medical transcriptionists").
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DutyGroup {
    /// The role these duties belong to, or `None` when the profile does not split by role.
    pub role: Option<String>,
    /// The duty statements.
    pub duties: Vec<String>,
    /// Sentences among the duties that describe the occupation rather than a duty, such as
    /// "Physicists may specialize in fields such as ...".
    pub context: Vec<String>,
}

/// An occupation the profile says does not belong here, and where it belongs instead.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Exclusion {
    pub title: String,
    /// A NOC 2021 unit group (5 digits) or minor group (4 digits).
    pub code: String,
}

/// How a NOC 2016 unit group became a NOC 2021 unit group (one row of the concordance).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Correspondence {
    /// The code on the other side of the correspondence (NOC 2016 code for a predecessor,
    /// NOC 2021 code for a successor).
    pub code: String,
    pub title: String,
    /// The type of change as Statistics Canada records it ("VC1 - Code Change, ...").
    pub change: String,
    /// The concordance's note, when it has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notes: Option<String>,
}

/// A NOC 2016 unit group and what it became.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Noc2016Code {
    /// Four digits, left-padded ("0011").
    pub code: String,
    pub title: String,
    pub successors: Vec<Correspondence>,
}

/// One NOC 2021 unit group: the occupation profile.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct UnitGroup {
    pub code: String,
    pub title: String,
    /// Training, Education, Experience and Responsibilities level, 0-5 (the code's second digit).
    pub teer: u8,
    pub hierarchy: Hierarchy,
    pub lead_statement: String,
    pub main_duties: Vec<DutyGroup>,
    pub employment_requirements: Vec<String>,
    pub additional_information: Vec<String>,
    pub example_titles: Vec<String>,
    pub inclusions: Vec<String>,
    pub exclusions: Vec<Exclusion>,
    /// The NOC 2016 unit groups this one continues.
    pub noc2016: Vec<Correspondence>,
}

impl UnitGroup {
    /// Every duty statement, in profile order, with the role it belongs to.
    pub fn duties(&self) -> impl Iterator<Item = (Option<&str>, &str)> {
        self.main_duties.iter().flat_map(|group| {
            group
                .duties
                .iter()
                .map(move |duty| (group.role.as_deref(), duty.as_str()))
        })
    }

    /// The number of duty statements.
    pub fn duty_count(&self) -> usize {
        self.main_duties
            .iter()
            .map(|group| group.duties.len())
            .sum()
    }

    /// Whether work in this occupation counts as skilled for Express Entry (TEER 0-3).
    pub fn is_skilled(&self) -> bool {
        self.teer <= 3
    }
}

/// Plain words for a TEER level's Express Entry standing.
pub fn express_entry_standing(teer: u8) -> &'static str {
    if teer <= 3 {
        "Express Entry: skilled (TEER 0-3)"
    } else {
        "Express Entry: not eligible as skilled work (TEER 4-5)"
    }
}

/// The types of change the concordance records, by their GSIM code.
const CHANGE_TYPES: [(&str, &str); 7] = [
    ("RC3.1", "merger"),
    ("RC3.2", "take-over"),
    ("RC4.1", "breakdown"),
    ("RC4.2", "split off"),
    ("RC5", "transfer"),
    ("VC1", "code change"),
    ("VC2", "name change"),
];

/// Plain words for a concordance type of change: "RC4.2 - Split off, VC1 - Code Change" becomes
/// "split off, code change". Tolerates the source's inconsistent punctuation ("RC5 VC1 - ...",
/// a bare "Transfer").
pub fn describe_change(change: &str) -> String {
    let mut found: Vec<&str> = CHANGE_TYPES
        .iter()
        .filter(|(code, _)| change.contains(code))
        .map(|(_, words)| *words)
        .collect();
    if change.contains("Transfer") && !found.contains(&"transfer") {
        found.insert(0, "transfer");
        found.sort_by_key(|words| CHANGE_TYPES.iter().position(|(_, w)| w == words));
    }
    found.join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn change_descriptions_are_plain_words() {
        assert_eq!(
            describe_change("VC1 - Code Change, VC2 - Name Change"),
            "code change, name change"
        );
        assert_eq!(
            describe_change("RC4.2 - Split off, RC5 VC1 - Code Change, VC2 - Name Change"),
            "split off, transfer, code change, name change"
        );
        assert_eq!(
            describe_change("Transfer, VC1 - Code Change"),
            "transfer, code change"
        );
    }

    #[test]
    fn levels_follow_code_length() {
        assert_eq!(Level::from_code_len(1), Some(Level::BroadCategory));
        assert_eq!(Level::from_code_len(4), Some(Level::MinorGroup));
        assert_eq!(Level::from_code_len(6), None);
    }
}
