//! Lines that copy an official NOC statement word for word, or nearly: officers treat a letter
//! that repeats the NOC text as a red flag, since employers describe real work in their own
//! words. Light edits are copies too: a change of tense ("Kept financial records and
//! established, maintained ..."), a list in another order, a word or two changed.
//!
//! Lines are compared with the official statements by their content words, stemmed: a copy has
//! nearly all of its words in the statement and most of the statement's words, mostly in the
//! same order. The statements compared are those that share pairs of words with the line, so
//! the check does not depend on how the classifier scores the line.

use std::sync::OnceLock;

use foldhash::HashMap as FastMap;
use serde::Serialize;

use crate::classify::{Classifier, LineScores};
use crate::noc::Catalog;

use super::sentences::sentences;
use super::words::{is_function_word, stem, words};

/// A duty line that copies an official statement.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Verbatim {
    /// The unit group whose statement is copied.
    pub code: &'static str,
    /// The statement copied.
    pub statement: &'static str,
    /// Share of the line's content words that are the statement's, 0-1.
    pub overlap: f32,
}

/// A copy shares at least this many content words with the statement...
const MIN_SHARED_WORDS: usize = 5;
/// ...which make up at least this share of the line...
const MIN_LINE_SHARE: f32 = 0.8;
/// ...and at least this share of the statement...
const MIN_STATEMENT_SHARE: f32 = 0.6;
/// ...and at least this share of the line follows the statement's order.
const MIN_IN_ORDER: f32 = 0.5;
/// Statements sharing fewer word pairs with the line than this are not compared.
const MIN_SHARED_PAIRS: usize = 2;

/// The content words of a text, stemmed, in order: "Kept the financial records" gives "keep",
/// "financi", "record".
fn content_stems(text: &str) -> Vec<String> {
    content_words(text).map(stem).collect()
}

/// The content words of a text, in order.
fn content_words(text: &str) -> impl Iterator<Item = &str> {
    words(text).filter(|word| !is_function_word(word) && word.chars().any(char::is_alphabetic))
}

/// Adjacent pairs of content words, in either order, so that a list read backwards
/// ("balance, maintain and establish") still shares pairs with the original; each pair of stem
/// ids is kept as one number.
fn pairs(stems: &[u32]) -> impl Iterator<Item = u64> + '_ {
    stems.windows(2).map(|pair| {
        let (a, b) = (pair[0].min(pair[1]), pair[0].max(pair[1]));
        u64::from(a) << 32 | u64::from(b)
    })
}

/// The id of a stem no official statement uses.
const UNKNOWN: u32 = u32::MAX;

/// An official statement, ready to compare.
struct Statement {
    /// The unit group's index in the catalog.
    unit: usize,
    text: &'static str,
    /// Its content words' stems, as ids.
    stems: Vec<u32>,
}

/// Every sentence of a catalog's lead statements and main duties (with the notes under them,
/// "may specialize in ..."), with the statements each pair of content words occurs in.
struct Statements {
    /// The address of the catalog the statements come from.
    catalog: usize,
    statements: Vec<Statement>,
    /// Each stem's id.
    stem_ids: FastMap<String, u32>,
    /// Each pair of stems (sorted) with where its statements start in `pair_statements`.
    pairs: Vec<(u64, u32)>,
    /// The statements of each pair, one run per pair, in the order of `pairs`.
    pair_statements: Vec<u32>,
}

impl Statements {
    fn new(catalog: &'static Catalog) -> Statements {
        // The NOC text says the same words again and again: each is stemmed once.
        let mut word_stems: FastMap<&str, u32> = FastMap::default();
        let mut stem_ids: FastMap<String, u32> = FastMap::default();
        let mut stem_id = |word: &'static str| {
            *word_stems.entry(word).or_insert_with(|| {
                let next = u32::try_from(stem_ids.len()).unwrap_or(UNKNOWN);
                *stem_ids.entry(stem(word)).or_insert(next)
            })
        };
        let mut statements = Vec::new();
        for (unit, group) in catalog.unit_groups().iter().enumerate() {
            let context = group
                .main_duties
                .iter()
                .flat_map(|role| role.context.iter())
                .flat_map(|text| sentences(text));
            let texts = sentences(&group.lead_statement)
                .into_iter()
                .chain(group.duties().map(|(_, duty)| duty))
                .chain(context);
            for text in texts {
                statements.push(Statement {
                    unit,
                    text,
                    stems: content_words(text).map(&mut stem_id).collect(),
                });
            }
        }
        // Sorted (pair, statement) rows, packed into runs: a hash map of vectors took three
        // times the memory.
        let mut rows: Vec<(u64, u32)> = (0u32..)
            .zip(&statements)
            .flat_map(|(id, statement)| pairs(&statement.stems).map(move |pair| (pair, id)))
            .collect();
        rows.sort_unstable();
        rows.dedup();
        let mut by_pair: Vec<(u64, u32)> = Vec::new();
        let mut pair_statements = Vec::with_capacity(rows.len());
        for (pair, id) in rows {
            if by_pair.last().is_none_or(|&(last, _)| last != pair) {
                by_pair.push((pair, pair_statements.len() as u32));
            }
            pair_statements.push(id);
        }
        Statements {
            catalog: std::ptr::from_ref(catalog) as usize,
            statements,
            stem_ids,
            pairs: by_pair,
            pair_statements,
        }
    }

    /// The statements of the embedded catalog, built once, when `catalog` is it.
    fn embedded(catalog: &'static Catalog) -> Option<&'static Statements> {
        static EMBEDDED: OnceLock<Statements> = OnceLock::new();
        let embedded = EMBEDDED.get_or_init(|| Statements::new(Catalog::embedded()));
        (embedded.catalog == std::ptr::from_ref(catalog) as usize).then_some(embedded)
    }

    /// The ids of a line's stems ([`UNKNOWN`] for stems no statement uses).
    fn ids(&self, stems: &[String]) -> Vec<u32> {
        stems
            .iter()
            .map(|stem| self.stem_ids.get(stem).copied().unwrap_or(UNKNOWN))
            .collect()
    }

    /// The statements a pair of stems occurs in.
    fn statements_of(&self, pair: u64) -> Option<&[u32]> {
        let i = self.pairs.binary_search_by_key(&pair, |&(p, _)| p).ok()?;
        let start = self.pairs[i].1 as usize;
        let end = self
            .pairs
            .get(i + 1)
            .map_or(self.pair_statements.len(), |&(_, next)| next as usize);
        self.pair_statements.get(start..end)
    }

    /// The statements that share at least `MIN_SHARED_PAIRS` pairs of content words with a
    /// line.
    fn sharing_pairs(&self, stems: &[u32]) -> Vec<u32> {
        let mut shared: FastMap<u32, usize> = FastMap::default();
        for pair in pairs(stems) {
            if let Some(ids) = self.statements_of(pair) {
                for id in ids {
                    *shared.entry(*id).or_default() += 1;
                }
            }
        }
        let mut ids: Vec<u32> = shared
            .into_iter()
            .filter(|&(_, count)| count >= MIN_SHARED_PAIRS)
            .map(|(id, _)| id)
            .collect();
        ids.sort_unstable();
        ids
    }
}

/// How closely a line follows a statement.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Likeness {
    /// Share of the line's content words found in the statement.
    line_share: f32,
    /// Share of the statement's content words found in the line.
    statement_share: f32,
    /// Share of the line's content words that follow the statement's order.
    in_order: f32,
    shared: usize,
}

impl Likeness {
    fn between(line: &[u32], statement: &[u32]) -> Likeness {
        let mut left: FastMap<u32, usize> = FastMap::default();
        for &word in statement {
            *left.entry(word).or_default() += 1;
        }
        let shared = line
            .iter()
            .filter(|word| match left.get_mut(word) {
                Some(count) if *count > 0 => {
                    *count -= 1;
                    true
                }
                _ => false,
            })
            .count();
        let lengths = (line.len().max(1) as f32, statement.len().max(1) as f32);
        Likeness {
            line_share: shared as f32 / lengths.0,
            statement_share: shared as f32 / lengths.1,
            in_order: common_subsequence(line, statement) as f32 / lengths.0,
            shared,
        }
    }

    fn is_copy(&self) -> bool {
        self.shared >= MIN_SHARED_WORDS
            && self.line_share >= MIN_LINE_SHARE
            && self.statement_share >= MIN_STATEMENT_SHARE
            && self.in_order >= MIN_IN_ORDER
    }
}

/// Builds the statements of `catalog`'s embedded copy now, when it is the embedded catalog.
pub fn prepare(catalog: &'static Catalog) {
    Statements::embedded(catalog);
}

/// The official statement a line copies, if any: among the statements that share pairs of
/// content words with the line, the closest copy, then the one of the unit group the line
/// scores higher for (`scores`), since a duty may be repeated word for word in several.
pub fn find_verbatim(classifier: &Classifier, scores: &LineScores, text: &str) -> Option<Verbatim> {
    let line = content_stems(text);
    if line.len() < MIN_SHARED_WORDS {
        return None;
    }
    let catalog = classifier.catalog();
    let built;
    let statements = match Statements::embedded(catalog) {
        Some(statements) => statements,
        None => {
            built = Statements::new(catalog);
            &built
        }
    };
    let line = statements.ids(&line);
    let score = |unit: usize| scores.scores.get(unit).copied().unwrap_or(0.0);
    statements
        .sharing_pairs(&line)
        .into_iter()
        .filter_map(|id| statements.statements.get(id as usize))
        .map(|statement| (statement, Likeness::between(&line, &statement.stems)))
        .filter(|(_, likeness)| likeness.is_copy())
        .max_by(|(a, la), (b, lb)| {
            (la.line_share + la.statement_share)
                .total_cmp(&(lb.line_share + lb.statement_share))
                .then(score(a.unit).total_cmp(&score(b.unit)))
                .then(b.unit.cmp(&a.unit))
        })
        .map(|(statement, likeness)| Verbatim {
            code: &catalog.unit_groups()[statement.unit].code,
            statement: statement.text,
            overlap: likeness.line_share,
        })
}

/// Length of the longest common subsequence of two word lists.
fn common_subsequence<T: PartialEq>(a: &[T], b: &[T]) -> usize {
    let mut previous = vec![0usize; b.len() + 1];
    let mut current = vec![0usize; b.len() + 1];
    for word in a {
        for (j, other) in b.iter().enumerate() {
            current[j + 1] = if word == other {
                previous[j] + 1
            } else {
                current[j].max(previous[j + 1])
            };
        }
        std::mem::swap(&mut previous, &mut current);
    }
    previous[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn copied(line: &str) -> Option<&'static str> {
        let classifier = Classifier::embedded();
        find_verbatim(classifier, &classifier.score(line), line).map(|v| v.code)
    }

    #[test]
    fn common_subsequence_counts_words_in_order() {
        let a = content_stems("post journal entries and reconcile accounts");
        let b = content_stems("Post journal entries, reconcile all accounts");
        assert_eq!(common_subsequence(&a, &b), 5);
        assert_eq!(common_subsequence(&a, &[]), 0);
    }

    #[test]
    fn a_copied_duty_is_found_and_a_paraphrase_is_not() {
        let copy = "Post journal entries and reconcile accounts, prepare trial balance of books, maintain general ledgers and prepare financial statements";
        assert_eq!(copied(copy), Some("12200"));
        let own = "Recorded journal entries in QuickBooks and reconciled the bank every month";
        assert_eq!(copied(own), None);
    }

    #[test]
    fn light_edits_of_a_duty_are_copies_too() {
        for line in [
            // Tense and inflection.
            "Kept financial records and established, maintained and balanced various accounts using manual and computerized bookkeeping systems",
            // The list in another order.
            "Balance, maintain and establish accounts and keep financial records using computerized and manual bookkeeping systems",
            // A word or two changed.
            "Post journal entries and reconcile bank accounts, prepare the trial balance, maintain the general ledger and prepare monthly financial statements",
        ] {
            assert_eq!(copied(line), Some("12200"), "{line}");
        }
    }
}
