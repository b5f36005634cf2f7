//! Speed of the classifier: one line against all 516 unit groups, and a whole letter.

use criterion::{Criterion, criterion_group, criterion_main};
use nocfit::classify::model::LinearModel;
use nocfit::classify::{Classifier, MODEL_BIN, TermIndex};
use nocfit::letter::analyze;
use nocfit::noc::Catalog;

const LETTER: &str = include_str!("../tests/integration/fixtures/bookkeeper-12200.txt");

/// A 40-line letter: the bookkeeper letter with its duty list repeated.
fn forty_line_letter() -> String {
    let lines: Vec<&str> = LETTER.lines().collect();
    let duties: Vec<&str> = lines
        .iter()
        .copied()
        .filter(|l| l.starts_with("- "))
        .collect();
    let mut out: Vec<&str> = lines
        .iter()
        .copied()
        .take_while(|l| !l.starts_with("- "))
        .collect();
    while out.len() < 30 {
        out.extend(duties.iter().copied());
    }
    out.extend(
        lines
            .iter()
            .copied()
            .skip_while(|l| !l.starts_with("Ms. Raman reports")),
    );
    out.truncate(40);
    out.join("\n")
}

fn classify(c: &mut Criterion) {
    let classifier = Classifier::embedded();
    let line = "Recorded journal entries, reconciled bank and credit card accounts each month and prepared the trial balance";
    c.bench_function("score one line against 516 unit groups", |b| {
        b.iter(|| classifier.score(std::hint::black_box(line)))
    });
    let target = Catalog::embedded().unit("12200");
    let letter = forty_line_letter();
    c.bench_function("analyse a 40-line letter", |b| {
        b.iter(|| analyze(classifier, std::hint::black_box(&letter), target, false))
    });
    c.bench_function("load the line model", |b| {
        b.iter(|| LinearModel::from_bytes(std::hint::black_box(MODEL_BIN)))
    });
    c.bench_function("build the classifier", |b| {
        b.iter(|| {
            let model = LinearModel::from_bytes(MODEL_BIN).expect("the embedded model reads");
            Classifier::new(Catalog::embedded(), model, TermIndex::embedded())
        })
    });
}

criterion_group!(benches, classify);
criterion_main!(benches);
