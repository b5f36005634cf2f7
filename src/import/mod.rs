//! The importer: reads Statistics Canada's NOC files (`../shared/noc`) and produces the
//! project's own data (`data/noc.json`). Deterministic: the same sources give the same bytes.

mod duties;
mod exclusions;
mod source;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::noc::{
    Correspondence, Group, GroupRef, Hierarchy, Level, Noc2016Code, NocData, UnitGroup,
};
use duties::DutyVerbs;

/// The file names the importer reads inside the source folder.
pub const PROFILES_FILE: &str = "noc2021-v1.0.json";
pub const STRUCTURE_FILE: &str = "noc_2021_version_1.0_-_classification_structure.csv";
pub const CONCORDANCE_FILE: &str = "noc2016v1_3-noc2021v1_0-eng.csv";

/// What can go wrong while importing.
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    #[error("{path}: {source}")]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{path}: not valid JSON: {source}")]
    Json {
        path: PathBuf,
        source: serde_json::Error,
    },
    #[error("{path}: not valid CSV: {source}")]
    Csv { path: PathBuf, source: csv::Error },
    #[error("{0}")]
    Inconsistent(String),
}

/// Reads the three source files in `source_dir` and builds the project's data.
pub fn import(source_dir: &Path) -> Result<NocData, ImportError> {
    let profiles = source::read_profiles(&source_dir.join(PROFILES_FILE))?;
    let structure = source::read_structure(&source_dir.join(STRUCTURE_FILE))?;
    let concordance = source::read_concordance(&source_dir.join(CONCORDANCE_FILE))?;

    let groups: Vec<Group> = structure
        .iter()
        .filter(|group| group.level != Level::UnitGroup)
        .cloned()
        .collect();
    let group_titles: BTreeMap<&str, &str> = groups
        .iter()
        .map(|group| (group.code.as_str(), group.title.as_str()))
        .collect();
    let group_ref = |code: &str| -> Result<GroupRef, ImportError> {
        group_titles
            .get(code)
            .map(|title| GroupRef {
                code: code.to_owned(),
                title: (*title).to_owned(),
            })
            .ok_or_else(|| ImportError::Inconsistent(format!("no group {code} in the structure")))
    };

    let verbs = DutyVerbs::learn(
        profiles
            .units
            .iter()
            .flat_map(|unit| unit.duties.iter())
            .flat_map(|group| group.items.iter().map(String::as_str)),
    );

    let mut predecessors: BTreeMap<String, Vec<Correspondence>> = BTreeMap::new();
    let mut noc2016: BTreeMap<String, Noc2016Code> = BTreeMap::new();
    for row in &concordance {
        predecessors
            .entry(row.noc2021_code.clone())
            .or_default()
            .push(Correspondence {
                code: row.noc2016_code.clone(),
                title: row.noc2016_title.clone(),
                change: row.change.clone(),
                notes: row.notes.clone(),
            });
        noc2016
            .entry(row.noc2016_code.clone())
            .or_insert_with(|| Noc2016Code {
                code: row.noc2016_code.clone(),
                title: row.noc2016_title.clone(),
                successors: Vec::new(),
            })
            .successors
            .push(Correspondence {
                code: row.noc2021_code.clone(),
                title: row.noc2021_title.clone(),
                change: row.change.clone(),
                notes: row.notes.clone(),
            });
    }

    let mut unit_groups = Vec::with_capacity(profiles.units.len());
    for unit in &profiles.units {
        let code = unit.code.trim().to_owned();
        if code.len() != 5 || !code.bytes().all(|b| b.is_ascii_digit()) {
            return Err(ImportError::Inconsistent(format!(
                "unit group code {code:?} is not 5 digits"
            )));
        }
        let teer = code.as_bytes()[1] - b'0';
        if teer != unit.teer {
            return Err(ImportError::Inconsistent(format!(
                "{code}: TEER {} does not match the code's second digit",
                unit.teer
            )));
        }
        let hierarchy = Hierarchy {
            broad_category: group_ref(&code[..1])?,
            major_group: group_ref(&code[..2])?,
            sub_major_group: group_ref(&code[..3])?,
            minor_group: group_ref(&code[..4])?,
        };
        let main_duties = unit
            .duties
            .iter()
            .flat_map(|group| {
                duties::split_role_group(
                    group.role.as_deref(),
                    &group.items,
                    &unit.examples,
                    &verbs,
                )
            })
            .collect();
        let exclusions = unit
            .exclusions
            .iter()
            .map(|text| {
                exclusions::parse(text).ok_or_else(|| {
                    ImportError::Inconsistent(format!("{code}: cannot read exclusion {text:?}"))
                })
            })
            .collect::<Result<Vec<_>, _>>()?;
        unit_groups.push(UnitGroup {
            title: unit.title.trim().to_owned(),
            teer,
            hierarchy,
            lead_statement: clean(&unit.lead),
            main_duties,
            employment_requirements: clean_all(&unit.requirements),
            additional_information: clean_all(&unit.additional),
            example_titles: clean_all(&unit.examples),
            inclusions: clean_all(&unit.inclusions),
            exclusions,
            noc2016: predecessors.remove(&code).unwrap_or_default(),
            code,
        });
    }
    unit_groups.sort_by(|a, b| a.code.cmp(&b.code));

    if let Some(code) = predecessors.keys().next() {
        return Err(ImportError::Inconsistent(format!(
            "the concordance names {code}, which is not a NOC 2021 unit group"
        )));
    }

    Ok(NocData {
        version: profiles.version,
        source: profiles.source,
        groups,
        unit_groups,
        noc2016: noc2016.into_values().collect(),
    })
}

/// The generated data as the bytes written to `data/noc.json`.
pub fn to_json(data: &NocData) -> String {
    let mut json = serde_json::to_string_pretty(data).expect("NOC data always serializes");
    json.push('\n');
    json
}

/// Collapses runs of whitespace (including non-breaking spaces) and trims.
pub(crate) fn clean(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn clean_all(items: &[String]) -> Vec<String> {
    items
        .iter()
        .map(|item| clean(item))
        .filter(|item| !item.is_empty())
        .collect()
}
