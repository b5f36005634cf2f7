//! Accuracy of the classifier on a labelled dev file, in-process, for a quick look:
//!
//! `cargo run --release --example eval -- FILE.tsv [--model PATH] [--misses]`
//!
//! Line files (`id labels kind text`) are scored line by line; letter files (`id labels
//! lines`, lines separated by ` || `) by the verdict of the whole letter, and with a fourth
//! column (each line's occupation, as `tools/mixed-letters.py` writes) by their colours too,
//! the first occupation of the id being the target. `--model` tries
//! another model file (as `tools/train-model --out DIR` writes). The official figures come
//! from `../shared/eval/score.py` through the CLI.

use nocfit::classify::model::LinearModel;
use nocfit::classify::{Classifier, Colour, TermIndex};
use nocfit::letter::{LetterAnalysis, analyze};
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
    let mut colours = Colours::default();
    let mut rows = text.lines();
    let letters = rows.next().is_some_and(|header| header.contains("\tlines"));
    for row in rows {
        let fields: Vec<&str> = row.split('\t').collect();
        let (labels, text, owners) = match (letters, &fields[..]) {
            (false, [_, labels, _kind, line]) => (*labels, line.to_string(), None),
            (true, [id, labels, lines, rest @ ..]) => (
                *labels,
                format!("Duties:\n- {}\n", lines.replace(" || ", "\n- ")),
                rest.first()
                    .map(|owners| (id.split('-').next().unwrap_or_default(), *owners)),
            ),
            _ => continue,
        };
        if labels == "-" {
            continue;
        }
        let ranked: Vec<String> = if letters {
            let target = owners.and_then(|(code, _)| classifier.catalog().unit(code));
            let analysis = analyze(classifier, &text, target, false);
            if let (Some((code, owners)), Some(_)) = (owners, target) {
                colours.add(&analysis, code, owners, misses);
            }
            analysis
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
    if colours.lines > 0 {
        println!(
            "colour accuracy={:.3} (n={}) target lines red={:.3} (n={}) rival lines red={:.3} (n={})",
            colours.right as f64 / colours.lines as f64,
            colours.lines,
            colours.target_red as f64 / colours.target_lines.max(1) as f64,
            colours.target_lines,
            colours.rival_red as f64 / colours.rival_lines.max(1) as f64,
            colours.rival_lines,
        );
    }
}

/// Colours as `score.py whole` counts them: a line is right when it is green exactly when the
/// target wrote it.
#[derive(Default)]
struct Colours {
    lines: usize,
    right: usize,
    target_lines: usize,
    target_red: usize,
    rival_lines: usize,
    rival_red: usize,
}

impl Colours {
    fn add(&mut self, analysis: &LetterAnalysis, target: &str, owners: &str, misses: bool) {
        // Line 1 is the "Duties:" heading; the letter's lines follow it in order.
        for (line, owner) in analysis.lines.iter().skip(1).zip(owners.split(" || ")) {
            let colour = line.colour().filter(|_| line.is_duty());
            let mine = owner == target;
            self.lines += 1;
            let right = (colour == Some(Colour::Green)) == mine;
            self.right += usize::from(right);
            if misses && !right {
                let rival = line.judgement.as_ref().and_then(|j| j.rival);
                let rival = rival.map(|unit| unit.code.as_str()).unwrap_or("-");
                let text = &line.line.text;
                println!("colour {target} line of {owner} {colour:?} (rival {rival}): {text}");
            }
            if owner != target && owner != "-" {
                self.rival_lines += 1;
                self.rival_red += usize::from(colour == Some(Colour::Red));
            }
            if mine {
                self.target_lines += 1;
                self.target_red += usize::from(colour == Some(Colour::Red));
            }
        }
    }
}
