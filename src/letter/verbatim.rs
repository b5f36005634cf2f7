//! Lines that copy an official NOC statement word for word, or nearly: officers treat a letter
//! that repeats the NOC text as a red flag, since employers describe real work in their own
//! words.

use serde::Serialize;

use crate::classify::text::words;
use crate::classify::{Classifier, LineScores};

/// A duty line that copies an official statement.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Verbatim {
    /// The unit group whose statement is copied.
    pub code: &'static str,
    /// The statement copied.
    pub statement: &'static str,
    /// Share of the line's words that follow the statement in order, 0-1.
    pub overlap: f32,
}

/// Statements less similar than this (cosine of terms) cannot be copies.
const MIN_SIMILARITY: f32 = 0.4;
/// A copy shares at least this many words, in order, with the statement...
const MIN_SHARED_WORDS: usize = 5;
/// ...which make up at least this share of the line...
const MIN_LINE_SHARE: f32 = 0.8;
/// ...and at least this share of the statement.
const MIN_STATEMENT_SHARE: f32 = 0.6;

/// The official statement a line copies, if any, among those it resembles most.
pub fn find_verbatim(classifier: &Classifier, scores: &LineScores, text: &str) -> Option<Verbatim> {
    let line_words = words(text);
    if line_words.len() < MIN_SHARED_WORDS {
        return None;
    }
    classifier
        .similar_statements(scores)
        // A copy shares most of its terms: skip statements that are not close at all.
        .filter(|(_, evidence)| evidence.similarity >= MIN_SIMILARITY)
        .filter_map(|(unit, evidence)| {
            let statement_words = words(evidence.text);
            let shared = common_subsequence(&line_words, &statement_words);
            let line_share = shared as f32 / line_words.len() as f32;
            let statement_share = shared as f32 / statement_words.len().max(1) as f32;
            (shared >= MIN_SHARED_WORDS
                && line_share >= MIN_LINE_SHARE
                && statement_share >= MIN_STATEMENT_SHARE)
                .then_some(Verbatim {
                    code: &unit.code,
                    statement: evidence.text,
                    overlap: line_share,
                })
        })
        .max_by(|a, b| a.overlap.total_cmp(&b.overlap))
}

/// Length of the longest common subsequence of two word lists.
fn common_subsequence(a: &[String], b: &[String]) -> usize {
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

    #[test]
    fn common_subsequence_counts_words_in_order() {
        let a = words("post journal entries and reconcile accounts");
        let b = words("Post journal entries, reconcile all accounts");
        assert_eq!(common_subsequence(&a, &b), 5);
        assert_eq!(common_subsequence(&a, &[]), 0);
    }

    #[test]
    fn a_copied_duty_is_found_and_a_paraphrase_is_not() {
        let classifier = Classifier::embedded();
        let copied = "Post journal entries and reconcile accounts, prepare trial balance of books, maintain general ledgers and prepare financial statements";
        let found = find_verbatim(classifier, &classifier.score(copied), copied);
        assert_eq!(found.map(|v| v.code), Some("12200"));
        let own = "Recorded journal entries in QuickBooks and reconciled the bank every month";
        assert_eq!(find_verbatim(classifier, &classifier.score(own), own), None);
    }
}
