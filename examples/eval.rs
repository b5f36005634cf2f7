//! Accuracy of the classifier on a labelled dev file, in-process, for a quick look:
//!
//! `cargo run --release --example eval -- FILE.tsv [--model PATH] [--misses]`
//!
//! Line files (`id labels kind text`) are scored line by line; letter files (`id labels
//! lines`, lines separated by ` || `) by the verdict of the whole letter. `--model` tries
//! another model file (as `tools/train-model --out DIR` writes). The official figures come
//! from `../shared/eval/score.py` through the CLI.

use nocfit::classify::model::LinearModel;
use nocfit::classify::{Classifier, TermIndex};
use nocfit::letter::analyze;
use nocfit::noc::Catalog;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(path) = args.first() else {
        eprintln!("usage: eval FILE.tsv [--model PATH] [--misses]");
        std::process::exit(2);
    };
    let text = std::fs::read_to_string(path).unwrap_or_else(|error| {
        eprintln!("{path}: {error}");
        std::process::exit(2);
    });
    let misses = args.iter().any(|a| a == "--misses");
    let model = match args.iter().position(|a| a == "--model") {
        Some(i) => {
            let file = args.get(i + 1).map(String::as_str).unwrap_or_default();
            let bytes = std::fs::read(file).unwrap_or_else(|error| {
                eprintln!("{file}: {error}");
                std::process::exit(2);
            });
            LinearModel::from_bytes(&bytes).unwrap_or_else(|error| {
                eprintln!("{file}: {error}");
                std::process::exit(2);
            })
        }
        None => LinearModel::from_bytes(nocfit::classify::MODEL_BIN).expect("embedded model"),
    };
    let classifier: &'static Classifier = Box::leak(Box::new(Classifier::new(
        Catalog::embedded(),
        model,
        TermIndex::embedded(),
    )));
    let (mut n, mut top1, mut top3) = (0, 0, 0);
    for row in text.lines().skip(1) {
        let fields: Vec<&str> = row.split('\t').collect();
        let (labels, text, letter) = match fields[..] {
            [_, labels, _kind, line] => (labels, line.to_owned(), false),
            [_, labels, lines] => (
                labels,
                format!("Duties:\n- {}\n", lines.replace(" || ", "\n- ")),
                true,
            ),
            _ => continue,
        };
        if labels == "-" {
            continue;
        }
        let ranked: Vec<String> = if letter {
            analyze(classifier, &text, None, false)
                .summary
                .verdict
                .ranking
                .iter()
                .take(3)
                .map(|share| share.unit.code.clone())
                .collect()
        } else {
            let scores = classifier.score(&text);
            classifier
                .top(&scores, 3)
                .iter()
                .map(|c| c.unit.code.clone())
                .collect()
        };
        let labels: Vec<&str> = labels.split(';').collect();
        let hit = |k: usize| ranked.iter().take(k).any(|c| labels.contains(&c.as_str()));
        n += 1;
        top1 += usize::from(hit(1));
        top3 += usize::from(hit(3));
        if misses && !hit(1) {
            println!("miss {labels:?} -> {ranked:?}: {text}");
        }
    }
    let ratio = |k: usize| k as f64 / n.max(1) as f64;
    println!("n={n} top1={:.3} top3={:.3}", ratio(top1), ratio(top3));
}
