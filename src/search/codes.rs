//! Code queries: NOC 2021 codes that start with the digits, and the NOC 2016 code they name.

use super::{CODE_SCORE, Hit, MatchField};
use crate::noc::{Catalog, describe_change};

/// Unit groups for a query of digits, codes first, or NOC 2016 first for four digits.
pub fn code_hits(catalog: &Catalog, query: &str) -> Vec<Hit> {
    let units = catalog.unit_groups();
    let prefix: Vec<Hit> = units
        .iter()
        .enumerate()
        .filter(|(_, unit)| unit.code.starts_with(query))
        .map(|(unit, group)| Hit {
            unit,
            field: MatchField::Code,
            matched: group.code.clone(),
            indices: (0..query.len()).collect(),
            score: CODE_SCORE,
            note: None,
        })
        .collect();
    let old: Vec<Hit> = catalog
        .noc2016(query)
        .map(|old| {
            old.successors
                .iter()
                .filter_map(|successor| {
                    let unit = catalog.unit_index(&successor.code)?;
                    Some(Hit {
                        unit,
                        field: MatchField::Noc2016,
                        matched: old.code.clone(),
                        indices: (0..old.code.len()).collect(),
                        score: CODE_SCORE,
                        note: Some(format!(
                            "NOC 2016 {} {} is now {} ({})",
                            old.code,
                            old.title,
                            successor.code,
                            describe_change(&successor.change)
                        )),
                    })
                })
                .collect()
        })
        .unwrap_or_default();
    // Four digits most likely mean a NOC 2016 code; shorter ones are a NOC 2021 code
    // being typed.
    let (first, second) = if query.len() == 4 {
        (old, prefix)
    } else {
        (prefix, old)
    };
    let mut hits = first;
    for hit in second {
        if !hits.iter().any(|h| h.unit == hit.unit) {
            hits.push(hit);
        }
    }
    hits
}
