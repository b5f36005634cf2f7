//! The occupation finder: search over codes, titles and example titles that understands how
//! people name jobs.
//!
//! Space-separated words must each match (as in fzf), in any order; case, accents, dotted
//! abbreviations ("R.N.") and hyphens do not matter. Abbreviations and everyday names ("RN",
//! "PSW", "AZ driver") expand through `data/job-aliases.tsv`. A unit group whose title names
//! the query word as the job ranks before one where the word only describes another job
//! ("teacher" before "teacher's aide"). A query of digits is a code: NOC 2021 codes that start
//! with it, and the NOC 2016 unit group it names; a leading "NOC" and trailing punctuation
//! are ignored.

mod aliases;
mod codes;
mod fold;
mod query;
mod score;

use std::borrow::Cow;

pub use aliases::{ALIASES_TSV, Alias, AliasError, Aliases};
pub use fold::clean_query;
pub(crate) use query::singular;

use crate::noc::{Catalog, UnitGroup};
use query::TextQuery;

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

/// Which unit groups a search may return.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Filter {
    /// Only TEER 0-3: the occupations Express Entry counts as skilled.
    pub skilled_only: bool,
}

impl Filter {
    /// Every unit group.
    pub const ALL: Filter = Filter {
        skilled_only: false,
    };
    /// TEER 0-3 only.
    pub const SKILLED: Filter = Filter { skilled_only: true };

    /// Whether the filter lets `unit` through.
    pub fn admits(self, unit: &UnitGroup) -> bool {
        !self.skilled_only || unit.is_skilled()
    }
}

struct Entry<'a> {
    unit: usize,
    field: MatchField,
    text: &'a str,
    /// The text folded for matching; borrowed when it is already folded.
    folded: Cow<'a, str>,
    /// The letters of `folded` (see [`fold::letters`]).
    letters: u64,
}

/// A unit group's place in the results of a text query.
#[derive(Clone, Copy)]
struct Ranked {
    score: i64,
    unit: usize,
    /// The entry that matched best and the reading it matched, or `None` for a unit group
    /// that only an alias names.
    matched: Option<(usize, usize)>,
}

/// A prepared index over every title and example title.
pub struct SearchIndex<'a> {
    catalog: &'a Catalog,
    aliases: &'static Aliases,
    entries: Vec<Entry<'a>>,
}

/// Score for code hits, above any other score so codes list first.
const CODE_SCORE: i64 = 10_000;
/// Score for the unit groups an alias names, above any text match.
const ALIAS_SCORE: i64 = 5_000;
/// Each title of a unit group that names the job adds this, up to [`JOB_TITLES_MAX`] titles:
/// the group where the word is most often the job comes first.
const JOB_TITLE: i64 = 3;
const JOB_TITLES_MAX: i64 = 10;

impl<'a> SearchIndex<'a> {
    pub fn new(catalog: &'a Catalog) -> SearchIndex<'a> {
        let count = catalog
            .unit_groups()
            .iter()
            .map(|group| 1 + group.example_titles.len())
            .sum();
        let mut entries = Vec::with_capacity(count);
        for (unit, group) in catalog.unit_groups().iter().enumerate() {
            let texts = std::iter::once((MatchField::Title, &group.title)).chain(
                group
                    .example_titles
                    .iter()
                    .map(|e| (MatchField::Example, e)),
            );
            for (field, text) in texts {
                let folded = if fold::is_folded(text) {
                    Cow::Borrowed(text.as_str())
                } else {
                    Cow::Owned(fold::fold(text))
                };
                entries.push(Entry {
                    unit,
                    field,
                    text,
                    letters: fold::letters(&folded),
                    folded,
                });
            }
        }
        SearchIndex {
            catalog,
            aliases: Aliases::embedded(),
            entries,
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
        self.search_filtered(query, limit, Filter::ALL)
    }

    /// The best `limit` unit groups for `query` that `filter` admits, best first.
    pub fn search_filtered(&self, query: &str, limit: usize, filter: Filter) -> Vec<Hit> {
        let query = clean_query(query);
        if query.is_empty() || limit == 0 {
            return Vec::new();
        }
        let units = self.catalog.unit_groups();
        let mut hits = if query.bytes().all(|b| b.is_ascii_digit()) {
            codes::code_hits(self.catalog, query)
        } else {
            self.text_hits(&query::read(query, self.aliases), filter, limit)
        };
        hits.retain(|hit| filter.admits(&units[hit.unit]));
        hits.truncate(limit);
        hits
    }

    fn text_hits(&self, query: &TextQuery, filter: Filter, limit: usize) -> Vec<Hit> {
        let units = self.catalog.unit_groups();
        let mut best: Vec<Option<Ranked>> = vec![None; units.len()];
        // How many titles of each unit group name the job.
        let mut job_titles = vec![0i64; units.len()];
        for (index, entry) in self.entries.iter().enumerate() {
            if !filter.admits(&units[entry.unit]) {
                continue;
            }
            let is_title = entry.field == MatchField::Title;
            let scored = query
                .readings
                .iter()
                .enumerate()
                .filter(|(_, terms)| entry.letters & terms.letters == terms.letters)
                .filter_map(|(reading, terms)| {
                    score::score(&entry.folded, is_title, terms).map(|score| (score, reading))
                })
                .max_by_key(|(score, _)| score.value);
            let Some((scored, reading)) = scored else {
                continue;
            };
            job_titles[entry.unit] += i64::from(scored.names_job);
            let slot = &mut best[entry.unit];
            if slot.is_none_or(|current| scored.value > current.score) {
                *slot = Some(Ranked {
                    score: scored.value,
                    unit: entry.unit,
                    matched: Some((index, reading)),
                });
            }
        }
        let mut ranked: Vec<Ranked> = best
            .into_iter()
            .flatten()
            .map(|ranked| Ranked {
                score: ranked.score + JOB_TITLE * job_titles[ranked.unit].min(JOB_TITLES_MAX),
                ..ranked
            })
            .collect();
        let pinned = query
            .pinned
            .iter()
            .filter_map(|code| self.catalog.unit_index(code));
        for (rank, unit) in pinned.enumerate() {
            let score = ALIAS_SCORE - rank as i64;
            match ranked.iter_mut().find(|r| r.unit == unit) {
                Some(found) => found.score = score,
                None if filter.admits(&units[unit]) => ranked.push(Ranked {
                    score,
                    unit,
                    matched: None,
                }),
                None => {}
            }
        }
        ranked.sort_by(|a, b| b.score.cmp(&a.score).then_with(|| a.unit.cmp(&b.unit)));
        ranked.truncate(limit);
        ranked
            .into_iter()
            .map(|ranked| match ranked.matched {
                Some((entry, reading)) => {
                    self.hit(&self.entries[entry], &query.readings[reading], ranked.score)
                }
                None => Hit {
                    unit: ranked.unit,
                    field: MatchField::Title,
                    matched: units[ranked.unit].title.clone(),
                    indices: Vec::new(),
                    score: ranked.score,
                    note: None,
                },
            })
            .collect()
    }

    fn hit(&self, entry: &Entry, reading: &query::Reading, score: i64) -> Hit {
        let folded = fold::fold_with_origin(entry.text);
        let mut indices: Vec<usize> = score::marks(&folded.text, reading)
            .into_iter()
            .filter_map(|mark| folded.origin.get(mark).copied())
            .collect();
        indices.dedup();
        Hit {
            unit: entry.unit,
            field: entry.field,
            matched: entry.text.to_owned(),
            indices,
            score,
            note: None,
        }
    }
}
