//! The three source files as Statistics Canada publishes them.

use std::path::Path;

use serde::Deserialize;

use super::{ImportError, clean};
use crate::noc::{Group, Level};

/// `noc2021-v1.0.json`: the profiles of all unit groups.
#[derive(Debug, Deserialize)]
pub struct Profiles {
    pub version: String,
    pub source: String,
    pub units: Vec<Profile>,
}

#[derive(Debug, Deserialize)]
pub struct Profile {
    pub code: String,
    pub title: String,
    pub teer: u8,
    pub lead: String,
    pub duties: Vec<RawDutyGroup>,
    pub requirements: Vec<String>,
    pub additional: Vec<String>,
    pub examples: Vec<String>,
    pub inclusions: Vec<String>,
    pub exclusions: Vec<String>,
}

#[derive(Debug, Deserialize)]
pub struct RawDutyGroup {
    pub role: Option<String>,
    pub items: Vec<String>,
}

/// One row of the concordance, with codes already left-padded.
#[derive(Debug)]
pub struct ConcordanceRow {
    pub noc2016_code: String,
    pub noc2016_title: String,
    pub change: String,
    pub noc2021_code: String,
    pub noc2021_title: String,
    pub notes: Option<String>,
}

fn read_text(path: &Path) -> Result<String, ImportError> {
    let text = std::fs::read_to_string(path).map_err(|source| ImportError::Read {
        path: path.to_owned(),
        source,
    })?;
    Ok(text.trim_start_matches('\u{feff}').to_owned())
}

pub fn read_profiles(path: &Path) -> Result<Profiles, ImportError> {
    serde_json::from_str(&read_text(path)?).map_err(|source| ImportError::Json {
        path: path.to_owned(),
        source,
    })
}

fn csv_rows(path: &Path) -> Result<Vec<csv::StringRecord>, ImportError> {
    let text = read_text(path)?;
    csv::Reader::from_reader(text.as_bytes())
        .records()
        .collect::<Result<Vec<_>, _>>()
        .map_err(|source| ImportError::Csv {
            path: path.to_owned(),
            source,
        })
}

fn field(record: &csv::StringRecord, index: usize) -> String {
    record.get(index).unwrap_or_default().trim().to_owned()
}

/// The classification structure: every group at every level (columns: level, level name,
/// code, title, definition).
pub fn read_structure(path: &Path) -> Result<Vec<Group>, ImportError> {
    csv_rows(path)?
        .iter()
        .map(|record| {
            let code = field(record, 2);
            let level = Level::from_code_len(code.len()).ok_or_else(|| {
                ImportError::Inconsistent(format!("{}: code {code:?} has no level", path.display()))
            })?;
            Ok(Group {
                level,
                code,
                title: clean(&field(record, 3)),
                definition: clean(&field(record, 4)),
            })
        })
        .collect()
}

/// The NOC 2016 -> 2021 concordance (columns: 2016 code, 2016 title, type of change, 2021 code,
/// 2021 title, notes). The source lost leading zeros, so codes are padded here.
pub fn read_concordance(path: &Path) -> Result<Vec<ConcordanceRow>, ImportError> {
    Ok(csv_rows(path)?
        .iter()
        .map(|record| {
            let notes = field(record, 5);
            ConcordanceRow {
                noc2016_code: format!("{:0>4}", field(record, 0)),
                noc2016_title: clean(&field(record, 1)),
                change: clean(&field(record, 2)),
                noc2021_code: format!("{:0>5}", field(record, 3)),
                noc2021_title: clean(&field(record, 4)),
                notes: (!notes.is_empty()).then(|| clean(&notes)),
            }
        })
        .collect())
}
