//! What the learned model reads in a line: its stemmed terms, adjacent pairs of terms and
//! WordPiece tokens (sparse, by name), and the mean of its token vectors (dense). The tokens
//! and the vectors still say something about words the training text never used
//! ("densitometer" shares "##meter" with other instruments).
//!
//! The trainer (`tools/train-model`) and the classifier call the same function, so the model
//! always reads lines the way it was trained to.

use super::text::Analyzer;
use super::vectors::TokenVectors;

/// A line's features.
#[derive(Debug, Clone, PartialEq)]
pub struct LineFeatures {
    /// Feature names, with repeats (the model counts them).
    pub sparse: Vec<String>,
    /// The mean token vector, normalised (all zeros for a line without known tokens).
    pub dense: Vec<f32>,
}

pub fn line_features(analyzer: &Analyzer, vectors: &TokenVectors, text: &str) -> LineFeatures {
    features_of(&analyzer.terms(text), vectors, text)
}

/// [`line_features`] for a line whose terms the caller already has.
pub fn features_of(terms: &[String], vectors: &TokenVectors, text: &str) -> LineFeatures {
    let tokens = vectors.tokens(text);
    let mut sparse = Vec::with_capacity(terms.len() * 2 + tokens.len());
    sparse.extend(terms.iter().map(|term| format!("t {term}")));
    sparse.extend(
        terms
            .windows(2)
            .map(|pair| format!("b {} {}", pair[0], pair[1])),
    );
    sparse.extend(tokens.iter().map(|token| format!("p {token}")));
    LineFeatures {
        sparse,
        dense: vectors.mean(&tokens),
    }
}

/// The name of dense dimension `i` in the model.
pub fn dense_name(i: usize) -> String {
    format!("d {i}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_line_has_terms_pairs_tokens_and_a_mean_vector() {
        let analyzer = Analyzer::default();
        let vectors = TokenVectors::embedded();
        let features = line_features(&analyzer, &vectors, "Reconciled the bank accounts");
        assert!(features.sparse.contains(&"t reconcil".to_owned()));
        assert!(features.sparse.contains(&"b bank account".to_owned()));
        assert!(features.sparse.iter().any(|f| f.starts_with("p ")));
        let norm: f32 = features.dense.iter().map(|v| v * v).sum();
        assert!((norm - 1.0).abs() < 1e-3);
        let empty = line_features(&analyzer, &vectors, "the and of");
        assert!(empty.sparse.is_empty());
        assert!(empty.dense.iter().all(|&v| v == 0.0));
    }
}
