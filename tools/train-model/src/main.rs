//! Trains nocfit's line model from pinned inputs and writes `data/model/model.bin` with its
//! manifest `data/model/manifest.json` (what it was trained on, with SHA-256 digests, and how).
//!
//! ```sh
//! cargo run --release -p train-model        # from the project root, with ../shared beside it
//! ```
//!
//! Inputs: the letter-style duty lines of `../shared/train/letter-lines-train.tsv`, the NOC
//! text embedded in nocfit (`data/noc.json`: lead statements, titles, main duties and example
//! titles), the hand-written generic lines of `data/generic-lines.txt` and the O*NET task
//! statements of `../shared/eval/onet-dev.tsv`, which may be fitted on (see
//! `../shared/train/README.md`). The dev files that measure the model are never read.

mod lbfgs;
mod softmax;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use nocfit::classify::features::{dense_name, line_features};
use nocfit::classify::model::{FeatureWeights, GENERIC_CLASS, LinearModel};
use nocfit::classify::text::Analyzer;
use nocfit::classify::vectors::TokenVectors;
use nocfit::noc::Catalog;
use sha2::{Digest, Sha256};

use softmax::{Example, Settings};

/// What the model is trained on, and how much each source counts.
#[derive(Clone, Copy)]
struct Recipe {
    /// Weight of a letter-style training line.
    letter_lines: f32,
    /// Weight of a generic training line ("other duties as assigned", praise): they teach the
    /// model's extra class, the line that supports no occupation, and there are few of them.
    generic_lines: f32,
    /// Weight of a lead statement, title or main duty.
    noc_text: f32,
    /// Weight of one example title (there are 27,935: together they would drown the rest).
    example_titles: f32,
    /// Weight of an O*NET task statement that maps to one unit group.
    onet: f32,
    /// A feature must occur in at least this many training texts.
    min_count: usize,
    /// Weights smaller than this are dropped from the shipped model.
    prune: f32,
    settings: Settings,
}

const RECIPE: Recipe = Recipe {
    letter_lines: 1.0,
    generic_lines: 3.0,
    noc_text: 1.0,
    example_titles: 0.2,
    onet: 0.3,
    min_count: 2,
    prune: 0.05,
    settings: Settings {
        c: 50.0,
        iterations: 150,
        threads: 2,
    },
};

impl Recipe {
    /// The recipe as JSON, for the manifest.
    fn describe(&self) -> serde_json::Value {
        serde_json::json!({
            "letter_lines": self.letter_lines,
            "generic_lines": self.generic_lines,
            "noc_text": self.noc_text,
            "example_titles": self.example_titles,
            "onet": self.onet,
            "min_count": self.min_count,
            "prune": self.prune,
            "c": self.settings.c,
            "iterations": self.settings.iterations,
        })
    }
}

struct Text {
    text: String,
    class: usize,
    weight: f32,
}

fn main() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..");
    let args: Vec<String> = std::env::args().skip(1).collect();
    let out = args
        .iter()
        .position(|a| a == "--out")
        .and_then(|i| args.get(i + 1))
        .map_or_else(|| root.join("data/model"), PathBuf::from);
    // `--set name=value` tries another recipe without editing it (for experiments only: the
    // shipped model is trained with RECIPE as written).
    let mut recipe = RECIPE;
    for pair in args.windows(2).filter(|w| w[0] == "--set").map(|w| &w[1]) {
        let Some((name, value)) = pair.split_once('=') else {
            continue;
        };
        let Ok(value) = value.parse::<f32>() else {
            continue;
        };
        match name {
            "letter_lines" => recipe.letter_lines = value,
            "generic_lines" => recipe.generic_lines = value,
            "noc_text" => recipe.noc_text = value,
            "example_titles" => recipe.example_titles = value,
            "onet" => recipe.onet = value,
            "min_count" => recipe.min_count = value as usize,
            "prune" => recipe.prune = value,
            "c" => recipe.settings.c = value,
            "iterations" => recipe.settings.iterations = value as usize,
            _ => fail_message(&format!("unknown recipe field {name}")),
        }
    }
    let train_path = root.join("../shared/train/letter-lines-train.tsv");
    let onet_path = root.join("../shared/eval/onet-dev.tsv");
    let catalog = Catalog::embedded();
    let units = catalog.unit_groups();
    let class_of = |code: &str| catalog.unit_index(code);

    // `--holdout K:k` (O*NET rows) and `--holdout-train K:k` (training lines) leave out every
    // row whose number is k modulo K, so that a model trained on the rest can be measured on
    // them (experiments only).
    let holdout = holdout_arg(&args, "--holdout");
    let holdout_train = holdout_arg(&args, "--holdout-train");
    let mut texts = Vec::new();
    for (row, (labels, kind, text)) in read_rows(&train_path).into_iter().enumerate() {
        if holdout_train.is_some_and(|(k, i)| row % k == i) {
            continue;
        }
        if kind == "generic" {
            texts.push(Text {
                text: text.clone(),
                class: units.len(),
                weight: recipe.generic_lines,
            });
            continue;
        }
        for class in labels.split(';').filter_map(class_of) {
            texts.push(Text {
                text: text.clone(),
                class,
                weight: recipe.letter_lines,
            });
        }
    }
    let generic_path = root.join("data/generic-lines.txt");
    let generic = std::fs::read_to_string(&generic_path).unwrap_or_else(|e| fail(&generic_path, e));
    for line in generic.lines() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        texts.push(Text {
            text: line.to_owned(),
            class: units.len(),
            weight: recipe.generic_lines,
        });
    }
    for (class, unit) in units.iter().enumerate() {
        let mut push = |text: &str, weight: f32| {
            texts.push(Text {
                text: text.to_owned(),
                class,
                weight,
            })
        };
        push(&unit.lead_statement, recipe.noc_text);
        push(&unit.title, recipe.noc_text);
        for (_, duty) in unit.duties() {
            push(duty, recipe.noc_text);
        }
        for example in &unit.example_titles {
            push(example, recipe.example_titles);
        }
    }
    for (row, (labels, kind, text)) in read_rows(&onet_path).into_iter().enumerate() {
        if kind != "strict" || recipe.onet <= 0.0 {
            continue;
        }
        if holdout.is_some_and(|(k, i)| row % k == i) {
            continue;
        }
        if let Some(class) = class_of(&labels) {
            texts.push(Text {
                text,
                class,
                weight: recipe.onet,
            });
        }
    }

    let analyzer = Analyzer::default();
    let vectors = TokenVectors::embedded();
    let features: Vec<_> = texts
        .iter()
        .map(|t| line_features(&analyzer, &vectors, &t.text))
        .collect();
    // Vocabulary: features in at least `min_count` texts, in name order.
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for list in &features {
        let mut seen: Vec<&str> = list.sparse.iter().map(String::as_str).collect();
        seen.sort_unstable();
        seen.dedup();
        for name in seen {
            *counts.entry(name).or_default() += 1;
        }
    }
    let n = texts.len() as f32;
    let dense_names: Vec<String> = (0..vectors.dimensions()).map(dense_name).collect();
    let vocabulary: Vec<(&str, f32)> = counts
        .iter()
        .filter(|(_, count)| **count >= recipe.min_count)
        .map(|(name, &count)| (*name, ((1.0 + n) / (1.0 + count as f32)).ln() + 1.0))
        .chain(dense_names.iter().map(|name| (name.as_str(), 1.0)))
        .collect();
    // The model's own vector function gives the training vectors, so they match inference.
    let unpruned = LinearModel::new(
        Vec::new(),
        Vec::new(),
        &vocabulary
            .iter()
            .map(|&(name, idf)| FeatureWeights {
                name: name.to_owned(),
                idf,
                weights: Vec::new(),
            })
            .collect::<Vec<_>>(),
    );
    let examples: Vec<Example> = texts
        .iter()
        .zip(&features)
        .map(|(t, f)| Example {
            vector: unpruned.vector(f),
            class: t.class as u16,
            weight: t.weight,
        })
        .collect();
    eprintln!(
        "training on {} texts, {} features, {} classes",
        examples.len(),
        vocabulary.len(),
        units.len() + 1
    );
    let classes = units.len() + 1;
    let fitted = softmax::train(&examples, vocabulary.len(), classes, recipe.settings);

    let feature_weights: Vec<FeatureWeights> = vocabulary
        .iter()
        .enumerate()
        .map(|(f, &(name, idf))| FeatureWeights {
            name: name.to_owned(),
            idf,
            weights: sparse_row(
                &fitted.weights[f * classes..(f + 1) * classes],
                recipe.prune,
            ),
        })
        .collect();
    let codes = units
        .iter()
        .map(|u| u.code.clone())
        .chain([GENERIC_CLASS.to_owned()])
        .collect();
    let model = LinearModel::new(codes, fitted.bias.clone(), &feature_weights);
    let bytes = model.to_bytes();
    std::fs::create_dir_all(&out).unwrap_or_else(|e| fail(&out, e));
    let model_path = out.join("model.bin");
    std::fs::write(&model_path, &bytes).unwrap_or_else(|e| fail(&model_path, e));
    let manifest = serde_json::json!({
        "model": { "bytes": bytes.len(), "sha256": digest(&bytes) },
        "inputs": {
            "letter-lines-train.tsv": digest_file(&train_path),
            "onet-dev.tsv": digest_file(&onet_path),
            "noc.json": digest(nocfit::noc::EMBEDDED_JSON.as_bytes()),
            "lexicon.tsv": digest(nocfit::classify::text::LEXICON_TSV.as_bytes()),
            "generic-lines.txt": digest_file(&generic_path),
            "vocab.txt": digest_file(&root.join("data/vectors/vocab.txt")),
            "vectors.bin": digest_file(&root.join("data/vectors/vectors.bin")),
        },
        "recipe": recipe.describe(),
        "texts": examples.len(),
        "features": vocabulary.len(),
    });
    let manifest_path = out.join("manifest.json");
    let manifest = serde_json::to_string_pretty(&manifest).unwrap_or_default() + "\n";
    std::fs::write(&manifest_path, manifest).unwrap_or_else(|e| fail(&manifest_path, e));
    eprintln!("wrote {} ({} bytes)", model_path.display(), bytes.len());
}

/// A feature's weights with the bulk of classes at zero: adding the same amount to every class
/// of a feature moves every logit of a line alike, which softmax ignores, so the row is shifted
/// by its median before the weights under `prune` are dropped.
fn sparse_row(row: &[f32], prune: f32) -> Vec<(u16, f32)> {
    let mut sorted = row.to_vec();
    sorted.sort_unstable_by(f32::total_cmp);
    let median = sorted.get(sorted.len() / 2).copied().unwrap_or(0.0);
    row.iter()
        .enumerate()
        .map(|(class, &w)| (class as u16, w - median))
        .filter(|(_, w)| w.abs() >= prune)
        .collect()
}

/// (labels, kind, text) of each row of a training TSV (`id labels kind text`).
fn read_rows(path: &Path) -> Vec<(String, String, String)> {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| fail(path, e));
    text.lines()
        .skip(1)
        .filter_map(|line| {
            let fields: Vec<&str> = line.split('\t').collect();
            match fields[..] {
                [_, labels, kind, text] => Some((labels.into(), kind.into(), text.into())),
                _ => None,
            }
        })
        .collect()
}

fn holdout_arg(args: &[String], flag: &str) -> Option<(usize, usize)> {
    let value = args
        .iter()
        .position(|a| a == flag)
        .and_then(|i| args.get(i + 1))?;
    let (k, i) = value.split_once(':')?;
    Some((k.parse().ok()?, i.parse().ok()?))
}

fn digest(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

fn digest_file(path: &Path) -> String {
    digest(&std::fs::read(path).unwrap_or_else(|e| fail(path, e)))
}

fn fail_message(message: &str) -> ! {
    eprintln!("train-model: {message}");
    std::process::exit(2);
}

fn fail(path: &Path, error: std::io::Error) -> ! {
    eprintln!("train-model: {}: {error}", path.display());
    std::process::exit(2);
}
