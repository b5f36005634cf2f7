//! Accuracy of the classifier on a labelled dev file, in-process, for trying weights quickly:
//!
//! `cargo run --release --example eval -- FILE.tsv [7 weights] [--misses]`
//!
//! The weights are those of `nocfit::classify::Weights`, in field order. Letter files (three
//! columns) are scored by adding up their lines' scores, as `check`'s verdict does. The
//! official figures come from `../shared/eval/score.py` through the CLI.

use nocfit::classify::{Classifier, Weights};
use nocfit::noc::Catalog;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(path) = args.first() else {
        eprintln!("usage: eval FILE.tsv [weights...] [--misses]");
        std::process::exit(2);
    };
    let text = match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(error) => {
            eprintln!("{path}: {error}");
            std::process::exit(2);
        }
    };
    let numbers: Vec<f32> = args[1..].iter().filter_map(|a| a.parse().ok()).collect();
    let weights = match numbers[..] {
        [a, b, c, d, e, f, g, ..] => Weights {
            best_duty: a,
            second_duty: b,
            lead: c,
            titles: d,
            profile: e,
            meaning_profile: f,
            meaning_duty: g,
        },
        _ => Weights::default(),
    };
    let misses = args.iter().any(|a| a == "--misses");
    let classifier = Classifier::new(Catalog::embedded(), weights);
    let (mut n, mut top1, mut top3) = (0, 0, 0);
    for row in text.lines().skip(1) {
        let fields: Vec<&str> = row.split('\t').collect();
        let (labels, kind, line) = match fields[..] {
            [_, labels, kind, line] => (labels, kind, line),
            [_, labels, lines] => (labels, "letter", lines),
            _ => continue,
        };
        if labels == "-" || kind == "lenient" {
            continue;
        }
        let labels: Vec<&str> = labels.split(';').collect();
        let mut scores = classifier.score(line);
        if kind == "letter" {
            let mut total = vec![0.0f32; scores.scores.len()];
            for part in line.split(" || ") {
                for (t, s) in total.iter_mut().zip(&classifier.score(part).scores) {
                    *t += s;
                }
            }
            scores.scores = total;
        }
        let top: Vec<&str> = classifier
            .top(&scores, 3)
            .iter()
            .map(|c| c.unit.code.as_str())
            .collect();
        n += 1;
        if labels.contains(&top[0]) {
            top1 += 1;
        } else if misses {
            println!("{labels:?} got {top:?}: {line}");
        }
        if top.iter().any(|c| labels.contains(c)) {
            top3 += 1;
        }
    }
    let n = n.max(1) as f32;
    println!(
        "n={n} top1={:.3} top3={:.3}",
        top1 as f32 / n,
        top3 as f32 / n
    );
}
