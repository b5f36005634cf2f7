//! Term ids for the term index: words, and adjacent pairs of words, each with its own id.

// foldhash rather than the standard SipHash: the keys are words, not an attacker's input, and
// hashing them was a quarter of the work of building the classifier.
use foldhash::HashMap;

use super::BIGRAM_WEIGHT;

/// Term ids: words, and adjacent pairs of words, each with its own id.
#[derive(Default)]
pub struct Vocabulary {
    pub words: HashMap<String, u32>,
    pub pairs: HashMap<(u32, u32), u32>,
}

impl Vocabulary {
    pub fn next_id(&self) -> u32 {
        u32::try_from(self.words.len() + self.pairs.len()).unwrap_or(u32::MAX)
    }

    /// The ids of the terms and their adjacent pairs (with the pair weight), adding new ones.
    pub fn learn(&mut self, terms: &[String]) -> Vec<(u32, f32)> {
        let mut ids: Vec<u32> = Vec::with_capacity(terms.len());
        for term in terms {
            let id = match self.words.get(term) {
                Some(&id) => id,
                None => {
                    let id = self.next_id();
                    self.words.insert(term.clone(), id);
                    id
                }
            };
            ids.push(id);
        }
        let mut out: Vec<(u32, f32)> = ids.iter().map(|&id| (id, 1.0)).collect();
        for pair in ids.windows(2) {
            let key = (pair[0], pair[1]);
            let id = match self.pairs.get(&key) {
                Some(&id) => id,
                None => {
                    let id = self.next_id();
                    self.pairs.insert(key, id);
                    id
                }
            };
            out.push((id, BIGRAM_WEIGHT));
        }
        out
    }

    /// The ids of the known terms and known adjacent pairs, with their weights.
    pub fn lookup(&self, terms: &[String]) -> Vec<(u32, f32)> {
        let ids: Vec<Option<u32>> = terms.iter().map(|t| self.words.get(t).copied()).collect();
        let mut out: Vec<(u32, f32)> = ids.iter().flatten().map(|&id| (id, 1.0)).collect();
        for pair in ids.windows(2) {
            if let [Some(a), Some(b)] = pair
                && let Some(&id) = self.pairs.get(&(*a, *b))
            {
                out.push((id, BIGRAM_WEIGHT));
            }
        }
        out
    }
}
