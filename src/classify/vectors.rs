//! Meaning, not just words: static token vectors distilled from the all-MiniLM-L6-v2 sentence
//! model (see `tools/distill-vectors.py`), averaged into a vector per line that the line model
//! reads beside the words. "Framed walls" and "erect walls and roof systems" share few terms
//! but point the same way.

use foldhash::HashMap;

use super::text::is_stop_word;

const VECTORS: &[u8] = include_bytes!("../../data/vectors/vectors.bin");
const VOCAB: &str = include_str!("../../data/vectors/vocab.txt");
const MAGIC: &[u8] = b"NOCFITV1";

/// A dense unit vector.
pub type Dense = Vec<f32>;

/// The token vectors and the WordPiece vocabulary that indexes them.
pub struct TokenVectors {
    ids: HashMap<&'static str, u32>,
    dimensions: usize,
    /// The vectors, quantised to one signed byte per value, read in place.
    values: &'static [u8],
    /// What one step of a quantised value is worth.
    scale: f32,
}

/// The longest word WordPiece splits; longer runs are not words.
const MAX_WORD_CHARS: usize = 100;

impl TokenVectors {
    /// Loads the embedded vectors. Token weights start equal; see [`TokenVectors::weigh`].
    pub fn embedded() -> TokenVectors {
        let header = VECTORS
            .get(..MAGIC.len() + 12)
            .filter(|h| h.starts_with(MAGIC));
        let header = header.expect("data/vectors/vectors.bin has the NOCFITV1 header");
        let field = |i: usize| {
            let start = MAGIC.len() + 4 * i;
            [
                header[start],
                header[start + 1],
                header[start + 2],
                header[start + 3],
            ]
        };
        let count = u32::from_le_bytes(field(0)) as usize;
        let dimensions = u32::from_le_bytes(field(1)) as usize;
        let scale = f32::from_le_bytes(field(2));
        let body = &VECTORS[MAGIC.len() + 12..];
        assert_eq!(body.len(), count * dimensions, "vectors.bin is complete");
        let ids: HashMap<&'static str, u32> = VOCAB
            .lines()
            .enumerate()
            .map(|(i, token)| (token, i as u32))
            .collect();
        assert_eq!(ids.len(), count, "vocab.txt matches vectors.bin");
        TokenVectors {
            ids,
            dimensions,
            values: body,
            scale,
        }
    }

    pub fn dimensions(&self) -> usize {
        self.dimensions
    }

    /// WordPiece token ids of the content words of `text` (stop words dropped).
    pub fn tokens(&self, text: &str) -> Vec<u32> {
        let mut out = Vec::new();
        for word in text.split(|c: char| !c.is_alphanumeric()) {
            if word.is_empty() || word.chars().count() > MAX_WORD_CHARS {
                continue;
            }
            let word = word.to_lowercase();
            if is_stop_word(&word) {
                continue;
            }
            self.word_pieces(&word, &mut out);
        }
        out
    }

    /// Greedy longest-match-first WordPiece, as BERT's tokenizer does; a word with no split
    /// adds nothing.
    fn word_pieces(&self, word: &str, out: &mut Vec<u32>) {
        let start_len = out.len();
        let mut start = 0;
        let mut piece = String::with_capacity(word.len() + 2);
        while start < word.len() {
            let mut end = word.len();
            let mut found = None;
            while start < end {
                if word.is_char_boundary(end) {
                    piece.clear();
                    if start > 0 {
                        piece.push_str("##");
                    }
                    piece.push_str(&word[start..end]);
                    if let Some(&id) = self.ids.get(piece.as_str()) {
                        found = Some(id);
                        break;
                    }
                }
                end -= 1;
            }
            match found {
                Some(id) => {
                    out.push(id);
                    start = end;
                }
                None => {
                    out.truncate(start_len);
                    return;
                }
            }
        }
    }

    /// The mean of the tokens' vectors, normalised; all zeros for no tokens.
    pub fn mean(&self, tokens: &[u32]) -> Dense {
        let mut sum = vec![0.0f32; self.dimensions];
        for &token in tokens {
            let start = token as usize * self.dimensions;
            if let Some(vector) = self.values.get(start..start + self.dimensions) {
                for (s, &v) in sum.iter_mut().zip(vector) {
                    *s += f32::from(v as i8) * self.scale;
                }
            }
        }
        normalise(&mut sum);
        sum
    }
}

fn normalise(vector: &mut [f32]) {
    let norm = vector.iter().map(|v| v * v).sum::<f32>().sqrt();
    if norm > 0.0 {
        for v in vector {
            *v /= norm;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_pieces_split_like_bert() {
        let vectors = TokenVectors::embedded();
        let tokens = vectors.tokens("the bookkeeping");
        assert!(!tokens.is_empty());
        let known = vectors.tokens("bookkeeper");
        assert!(!known.is_empty());
        assert!(vectors.tokens("").is_empty());
    }

    #[test]
    fn related_lines_point_the_same_way() {
        let vectors = TokenVectors::embedded();
        let mean = |text: &str| vectors.mean(&vectors.tokens(text));
        let dot = |a: &[f32], b: &[f32]| a.iter().zip(b).map(|(x, y)| x * y).sum::<f32>();
        let a = mean("reconciled bank statements");
        let b = mean("reconcile accounts and balance ledgers");
        let c = mean("cooked meals and prepared soups");
        assert!(dot(&a, &b) > dot(&a, &c));
    }
}
