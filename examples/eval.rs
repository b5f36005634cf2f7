//! Accuracy of the classifier on labelled lines, in-process, for trying weights quickly.
//!
//! `cargo run --release --example eval -- FILE.tsv [best_duty second_duty lead titles profile] [--misses]`
//! The official figures come from `../shared/eval/score.py` through the CLI.

use nocfit::classify::{Classifier, Weights};
use nocfit::noc::Catalog;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(path) = args.first() else {
        eprintln!("usage: eval FILE.tsv [weights...] [--misses]");
        std::process::exit(2);
    };
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let numbers: Vec<f32> = args[1..].iter().filter_map(|a| a.parse().ok()).collect();
    let mut weights = Weights::default();
    if let [a, b, c, d, e, f, g, ..] = numbers[..] {
        weights = Weights {
            best_duty: a,
            second_duty: b,
            lead: c,
            titles: d,
            profile: e,
            meaning_profile: f,
            meaning_duty: g,
        };
    }
    let misses = args.iter().any(|a| a == "--misses");
    let classifier = Classifier::new(Catalog::embedded(), weights);
    // Hubness: how strongly each unit group attracts statements of other unit groups.
    let alpha: f32 = std::env::var("HA")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(0.0);
    let k: usize = std::env::var("HK")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(50);
    let units = Catalog::embedded().unit_groups();
    let mut hub = vec![0.0f32; units.len()];
    if alpha > 0.0 {
        let mut received: Vec<Vec<f32>> = vec![Vec::new(); units.len()];
        for (owner, unit) in units.iter().enumerate() {
            for (_, duty) in unit.duties() {
                let scores = classifier.score(duty);
                for (u, s) in scores.scores.iter().enumerate() {
                    if u != owner {
                        received[u].push(*s);
                    }
                }
            }
        }
        for (u, r) in received.iter_mut().enumerate() {
            r.sort_unstable_by(|a, b| b.total_cmp(a));
            hub[u] = r.iter().take(k).sum::<f32>() / k as f32;
        }
    }
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
            // A letter: add up its lines' scores, each line's scores relative to its best.
            let temperature: f32 = std::env::var("T")
                .ok()
                .and_then(|t| t.parse().ok())
                .unwrap_or(0.0);
            let mut total = vec![0.0f32; scores.scores.len()];
            for part in line.split(" || ") {
                let part_scores = classifier.score(part);
                let best = part_scores.scores.iter().copied().fold(0.0, f32::max);
                for (t, s) in total.iter_mut().zip(&part_scores.scores) {
                    *t += if temperature > 0.0 {
                        ((s - best) / temperature).exp()
                    } else {
                        *s
                    };
                }
            }
            scores.scores = total;
        }
        let lambda: f32 = std::env::var("ML")
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(0.0);
        let beta: f32 = std::env::var("PB")
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(0.0);
        if beta != 0.0 {
            let parts = if kind == "letter" {
                line.split(" || ").count() as f32
            } else {
                1.0
            };
            for (unit, s) in units.iter().zip(scores.scores.iter_mut()) {
                *s += beta * parts * (1.0 + unit.example_titles.len() as f32).ln();
            }
        }
        if lambda != 0.0 {
            let mut sums: std::collections::HashMap<&str, (f32, f32)> = Default::default();
            for (unit, s) in units.iter().zip(&scores.scores) {
                let e = sums.entry(&unit.code[..3]).or_default();
                e.0 += s;
                e.1 += 1.0;
            }
            for (unit, s) in units.iter().zip(scores.scores.iter_mut()) {
                let (total, count) = sums[&unit.code[..3]];
                *s += lambda * total / count;
            }
        }
        if alpha > 0.0 {
            let parts = if kind == "letter" {
                line.split(" || ").count() as f32
            } else {
                1.0
            };
            for (s, h) in scores.scores.iter_mut().zip(&hub) {
                *s -= alpha * parts * h;
            }
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
    println!(
        "n={n} top1={:.3} top3={:.3}",
        top1 as f32 / n as f32,
        top3 as f32 / n as f32
    );
}
