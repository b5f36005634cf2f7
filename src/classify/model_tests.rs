//! Tests of the line model file and its arithmetic.

use super::*;

fn model() -> LinearModel {
    let feature = |name: &str, weights: Vec<(u16, f32)>| FeatureWeights {
        name: name.to_owned(),
        idf: 2.0,
        weights,
    };
    LinearModel::new(
        vec!["12200".into(), "14200".into()],
        vec![0.1, -0.1],
        &[
            feature("t ledger", vec![(0, 2.0), (1, -1.0)]),
            feature("t file", vec![(1, 1.5)]),
            feature("d 0", vec![(1, 1.0)]),
        ],
    )
}

#[test]
fn a_line_scores_the_classes_its_features_speak_for() {
    let model = model();
    let features = LineFeatures {
        sparse: vec!["t ledger".into(), "t unknown".into()],
        dense: vec![0.5],
    };
    let vector = model.vector(&features);
    assert_eq!(vector.len(), 2, "the known term and the dense value");
    assert!((vector[0].1 - 1.0).abs() < 1e-6);
    let logits = model.logits(&vector);
    assert!((logits[0] - 2.1).abs() < 0.02, "{logits:?}");
    assert!((logits[1] + 0.6).abs() < 0.02, "{logits:?}");
}

#[test]
fn a_model_without_classes_still_weighs_features() {
    // The trainer builds one to turn training lines into vectors before any class exists.
    let model = LinearModel::new(
        Vec::new(),
        Vec::new(),
        &[FeatureWeights {
            name: "d 0".to_owned(),
            idf: 1.0,
            weights: Vec::new(),
        }],
    );
    let features = LineFeatures {
        sparse: Vec::new(),
        dense: vec![0.5],
    };
    assert_eq!(model.vector(&features), vec![(0, 0.5)]);
}

#[test]
fn the_file_reads_back_as_written() {
    let model = model();
    let bytes = model.to_bytes();
    assert_eq!(LinearModel::from_bytes(&bytes), Ok(model));
    assert_eq!(
        LinearModel::from_bytes(&bytes[..bytes.len() - 1]),
        Err(ModelError::Truncated)
    );
    assert_eq!(LinearModel::from_bytes(b"nonsense"), Err(ModelError::Magic));
}
