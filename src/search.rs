//! The occupation finder: fuzzy search over codes, titles and example titles.
//!
//! Space-separated words must each match (as in fzf), in any order. A query of digits is a
//! code: NOC 2021 codes that start with it, and the NOC 2016 unit group it names.

use fuzzy_matcher::FuzzyMatcher;
use fuzzy_matcher::skim::SkimMatcherV2;

use crate::noc::{Catalog, describe_change};

/// Which part of an occupation a search hit matched.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum MatchField {
    /// The NOC 2021 code starts with the query.
    Code,
    /// The query is a NOC 2016 code that became this unit group.
    Noc2016,
    Title,
    Example,
}

/// One unit group found by a search.
#[derive(Debug, Clone, PartialEq)]
pub struct Hit {
    /// Position in [`Catalog::unit_groups`].
    pub unit: usize,
    pub field: MatchField,
    /// The text that matched: the code, title or example title.
    pub matched: String,
    /// Character positions in `matched` that the query matched, ascending.
    pub indices: Vec<usize>,
    /// Higher is better; comparable within one search only.
    pub score: i64,
    /// A remark for the user, such as how a NOC 2016 code became this unit group.
    pub note: Option<String>,
}

struct Entry {
    unit: usize,
    field: MatchField,
    text: String,
    folded: String,
}

/// A prepared index over every title and example title.
pub struct SearchIndex<'a> {
    catalog: &'a Catalog,
    entries: Vec<Entry>,
    matcher: SkimMatcherV2,
}

/// Bonus for a text that equals the whole query.
const EXACT_BONUS: i64 = 300;
/// Bonus for a text that starts with the whole query.
const PREFIX_BONUS: i64 = 80;
/// Bonus for a text that contains the whole query as typed.
const SUBSTRING_BONUS: i64 = 40;
/// Bonus for matching the unit group's own title rather than an example.
const TITLE_BONUS: i64 = 15;
/// Score for code hits, above any fuzzy score so codes list first.
const CODE_SCORE: i64 = 10_000;

impl<'a> SearchIndex<'a> {
    pub fn new(catalog: &'a Catalog) -> SearchIndex<'a> {
        let mut entries = Vec::new();
        for (unit, group) in catalog.unit_groups().iter().enumerate() {
            let texts = std::iter::once((MatchField::Title, &group.title)).chain(
                group
                    .example_titles
                    .iter()
                    .map(|e| (MatchField::Example, e)),
            );
            for (field, text) in texts {
                entries.push(Entry {
                    unit,
                    field,
                    text: text.clone(),
                    folded: text.to_lowercase(),
                });
            }
        }
        SearchIndex {
            catalog,
            entries,
            matcher: SkimMatcherV2::default().ignore_case(),
        }
    }

    /// How many titles and example titles the index holds.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The best `limit` unit groups for `query`, best first. An empty query finds nothing.
    pub fn search(&self, query: &str, limit: usize) -> Vec<Hit> {
        let query = query.trim();
        if query.is_empty() || limit == 0 {
            return Vec::new();
        }
        if query.bytes().all(|b| b.is_ascii_digit()) {
            let mut hits = self.code_hits(query);
            hits.truncate(limit);
            return hits;
        }
        self.fuzzy_hits(query, limit)
    }

    fn code_hits(&self, query: &str) -> Vec<Hit> {
        let units = self.catalog.unit_groups();
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
        let old: Vec<Hit> = self
            .catalog
            .noc2016(query)
            .map(|old| {
                old.successors
                    .iter()
                    .filter_map(|successor| {
                        let unit = self.catalog.unit_index(&successor.code)?;
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

    fn fuzzy_hits(&self, query: &str, limit: usize) -> Vec<Hit> {
        let folded_query = query.to_lowercase();
        let terms: Vec<&str> = folded_query.split_whitespace().collect();
        let phrase = terms.join(" ");
        // Best (score, entry) per unit group.
        let mut best: Vec<Option<(i64, usize)>> = vec![None; self.catalog.unit_groups().len()];
        for (index, entry) in self.entries.iter().enumerate() {
            if !terms.iter().all(|term| is_subsequence(term, &entry.folded)) {
                continue;
            }
            let Some(score) = self.score(entry, &terms, &phrase) else {
                continue;
            };
            let slot = &mut best[entry.unit];
            if slot.is_none_or(|(current, _)| score > current) {
                *slot = Some((score, index));
            }
        }
        let mut ranked: Vec<(i64, usize)> = best.into_iter().flatten().collect();
        ranked.sort_by(|a, b| {
            b.0.cmp(&a.0)
                .then_with(|| self.entries[a.1].unit.cmp(&self.entries[b.1].unit))
        });
        ranked.truncate(limit);
        ranked
            .into_iter()
            .map(|(score, index)| {
                let entry = &self.entries[index];
                Hit {
                    unit: entry.unit,
                    field: entry.field,
                    matched: entry.text.clone(),
                    indices: self.indices(entry, &terms, &phrase),
                    score,
                    note: None,
                }
            })
            .collect()
    }

    fn score(&self, entry: &Entry, terms: &[&str], phrase: &str) -> Option<i64> {
        let mut score = 0;
        for term in terms {
            score += self.matcher.fuzzy_match(&entry.text, term)?;
        }
        if entry.folded == phrase {
            score += EXACT_BONUS;
        } else if entry.folded.starts_with(phrase) {
            score += PREFIX_BONUS;
        } else if entry.folded.contains(phrase) {
            score += SUBSTRING_BONUS;
        }
        if entry.field == MatchField::Title {
            score += TITLE_BONUS;
        }
        // Among equal matches, the shorter text is the closer one.
        score -= entry.folded.chars().count() as i64 / 4;
        Some(score)
    }

    /// The matched character positions: the contiguous phrase when the text contains it,
    /// otherwise the union of each word's fuzzy match.
    fn indices(&self, entry: &Entry, terms: &[&str], phrase: &str) -> Vec<usize> {
        if let Some(start) = entry.folded.find(phrase) {
            let first = entry.folded[..start].chars().count();
            let count = phrase.chars().count();
            // Lower-casing can change lengths for a few scripts; only trust equal lengths.
            if entry.folded.chars().count() == entry.text.chars().count() {
                return (first..first + count).collect();
            }
        }
        let mut indices: Vec<usize> = terms
            .iter()
            .filter_map(|term| self.matcher.fuzzy_indices(&entry.text, term))
            .flat_map(|(_, indices)| indices)
            .collect();
        indices.sort_unstable();
        indices.dedup();
        indices
    }
}

/// Whether the characters of `needle` appear in `haystack` in order: a cheap filter before the
/// fuzzy matcher scores.
fn is_subsequence(needle: &str, haystack: &str) -> bool {
    let mut wanted = needle.chars().peekable();
    for c in haystack.chars() {
        match wanted.peek() {
            Some(&w) if w == c => {
                wanted.next();
            }
            Some(_) => {}
            None => return true,
        }
    }
    wanted.peek().is_none()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn subsequence_filter() {
        assert!(is_subsequence("bkpr", "bookkeeper"));
        assert!(is_subsequence("", "anything"));
        assert!(!is_subsequence("rpk", "bookkeeper"));
        assert!(is_subsequence("é", "café"));
    }
}
