//! Side-by-side comparison of two occupations: which duty statements of one have a counterpart
//! in the other.
//!
//! Similarity is word overlap (the Dice coefficient over content words, after dropping common
//! words and crude suffixes): cheap, predictable and good enough to show at a glance where two
//! profiles differ. It is not the classifier.

use std::collections::BTreeSet;

use crate::noc::UnitGroup;

/// Two duties at least this similar count as counterparts.
pub const COUNTERPART_THRESHOLD: f64 = 0.2;

/// One duty statement and its closest duty on the other side.
#[derive(Debug, Clone, PartialEq)]
pub struct DutyMatch {
    /// The role the duty belongs to, when the profile splits duties by role.
    pub role: Option<String>,
    pub duty: String,
    /// Position of the most similar duty on the other side (in [`UnitGroup::duties`] order),
    /// if any shares a content word.
    pub closest: Option<usize>,
    /// Similarity to `closest`, 0.0 to 1.0.
    pub similarity: f64,
}

impl DutyMatch {
    /// Whether the other occupation has a duty close enough to this one.
    pub fn has_counterpart(&self) -> bool {
        self.similarity >= COUNTERPART_THRESHOLD
    }
}

/// The duties of two occupations, each matched against the other's.
#[derive(Debug, Clone, PartialEq)]
pub struct Comparison {
    pub left: Vec<DutyMatch>,
    pub right: Vec<DutyMatch>,
}

impl Comparison {
    /// Matches every duty of `left` against the duties of `right` and the other way round.
    pub fn new(left: &UnitGroup, right: &UnitGroup) -> Comparison {
        let left_words: Vec<(Option<&str>, &str, BTreeSet<String>)> = left
            .duties()
            .map(|(role, duty)| (role, duty, content_words(duty)))
            .collect();
        let right_words: Vec<(Option<&str>, &str, BTreeSet<String>)> = right
            .duties()
            .map(|(role, duty)| (role, duty, content_words(duty)))
            .collect();
        Comparison {
            left: match_side(&left_words, &right_words),
            right: match_side(&right_words, &left_words),
        }
    }

    /// Duties on the left with no counterpart on the right.
    pub fn left_only(&self) -> impl Iterator<Item = &DutyMatch> {
        self.left.iter().filter(|duty| !duty.has_counterpart())
    }

    /// Duties on the right with no counterpart on the left.
    pub fn right_only(&self) -> impl Iterator<Item = &DutyMatch> {
        self.right.iter().filter(|duty| !duty.has_counterpart())
    }
}

type Words<'a> = (Option<&'a str>, &'a str, BTreeSet<String>);

fn match_side(side: &[Words<'_>], other: &[Words<'_>]) -> Vec<DutyMatch> {
    side.iter()
        .map(|(role, duty, words)| {
            let best = other
                .iter()
                .enumerate()
                .map(|(index, (_, _, theirs))| (index, dice(words, theirs)))
                .filter(|(_, similarity)| *similarity > 0.0)
                .max_by(|a, b| a.1.total_cmp(&b.1).then(b.0.cmp(&a.0)));
            DutyMatch {
                role: role.map(str::to_owned),
                duty: (*duty).to_owned(),
                closest: best.map(|(index, _)| index),
                similarity: best.map_or(0.0, |(_, similarity)| similarity),
            }
        })
        .collect()
}

/// Word-overlap similarity of two duty statements, 0.0 (nothing shared) to 1.0 (same words).
pub fn similarity(a: &str, b: &str) -> f64 {
    dice(&content_words(a), &content_words(b))
}

fn dice(a: &BTreeSet<String>, b: &BTreeSet<String>) -> f64 {
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    let shared = a.intersection(b).count();
    2.0 * shared as f64 / (a.len() + b.len()) as f64
}

/// Words that say nothing about what the work is.
const STOP_WORDS: &[&str] = &[
    "and", "the", "for", "with", "other", "such", "into", "from", "their", "various", "related",
    "using", "may", "also", "all", "any", "out", "our", "are", "per", "based", "perform",
];

/// The lower-cased, crudely stemmed words of a duty that carry meaning.
pub fn content_words(text: &str) -> BTreeSet<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .map(str::to_lowercase)
        .filter(|word| word.chars().count() >= 3 && !STOP_WORDS.contains(&word.as_str()))
        .map(|word| stem(&word))
        .collect()
}

/// Strips a common English suffix so "accounts" meets "account" and "prepares" meets
/// "prepare".
fn stem(word: &str) -> String {
    for suffix in ["ing", "ies", "es", "ed", "s"] {
        if let Some(root) = word.strip_suffix(suffix)
            && root.chars().count() >= 4
        {
            return root.to_owned();
        }
    }
    word.to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::noc::Catalog;

    #[test]
    fn identical_statements_are_fully_similar() {
        let duty = "Prepare tax returns and perform other personal bookkeeping services";
        assert!((similarity(duty, duty) - 1.0).abs() < f64::EPSILON);
    }

    #[test]
    fn unrelated_statements_share_nothing() {
        assert_eq!(
            similarity(
                "Prepare tax returns",
                "Operate forklift trucks in warehouses"
            ),
            0.0
        );
        assert_eq!(similarity("", "anything at all"), 0.0);
    }

    #[test]
    fn plurals_and_common_words_do_not_matter() {
        assert_eq!(
            content_words("Reconcile the accounts"),
            content_words("reconcile account")
        );
        assert!(content_words("and the other").is_empty());
    }

    #[test]
    fn similarity_is_symmetric_and_bounded() {
        let a = "Post journal entries and reconcile accounts";
        let b = "Code, total, batch, enter, verify and reconcile transactions";
        assert_eq!(similarity(a, b), similarity(b, a));
        assert!((0.0..=1.0).contains(&similarity(a, b)));
    }

    #[test]
    fn bookkeepers_and_accounting_clerks_differ_in_duties() {
        let catalog = Catalog::embedded();
        let (Some(bookkeepers), Some(clerks)) = (catalog.unit("12200"), catalog.unit("14200"))
        else {
            panic!("12200 and 14200 are in the data");
        };
        let comparison = Comparison::new(bookkeepers, clerks);
        assert_eq!(comparison.left.len(), bookkeepers.duty_count());
        assert_eq!(comparison.right.len(), clerks.duty_count());
        // Clerks answer customers and do clerical work; bookkeepers do not.
        let clerks_only: Vec<&str> = comparison.right_only().map(|d| d.duty.as_str()).collect();
        assert!(
            clerks_only
                .iter()
                .any(|d| d.starts_with("Respond to customer")),
            "{clerks_only:?}"
        );
        // Bookkeepers prepare tax returns; clerks do not.
        let bookkeepers_only: Vec<&str> = comparison.left_only().map(|d| d.duty.as_str()).collect();
        assert!(
            bookkeepers_only
                .iter()
                .any(|d| d.starts_with("Prepare tax returns")),
            "{bookkeepers_only:?}"
        );
    }

    #[test]
    fn an_occupation_matches_itself_everywhere() {
        let catalog = Catalog::embedded();
        let Some(unit) = catalog.unit("21231") else {
            panic!("21231 is in the data");
        };
        let comparison = Comparison::new(unit, unit);
        assert!(comparison.left.iter().all(DutyMatch::has_counterpart));
        assert_eq!(comparison.left_only().count(), 0);
    }
}
