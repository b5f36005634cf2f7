//! How well whole letters are read, measured on the dev letters of `../shared/eval` the way
//! `score.py whole` measures it: which lines are duties (precision and recall) and which
//! checklist items are found. The floors are the goals of issue 9 (1.0 reached on the dev
//! letters), so that one odd line more or less does not fail.

use std::collections::{BTreeMap, HashSet};
use std::path::PathBuf;

use nocfit::letter::{LineKind, checklist, split_lines};

const DUTY_PRECISION: f64 = 0.97;
const DUTY_RECALL: f64 = 0.97;
const CHECKLIST: f64 = 0.97;

#[derive(serde::Deserialize)]
struct Letter {
    file: String,
    duties: BTreeMap<String, String>,
    checklist: BTreeMap<String, bool>,
}

#[test]
fn whole_letters_reach_their_floor() {
    let eval = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/eval");
    let Ok(manifest) = std::fs::read_to_string(eval.join("whole-letters-dev.json")) else {
        eprintln!("skipped: {} is absent", eval.display());
        return;
    };
    let letters: Vec<Letter> = serde_json::from_str(&manifest).expect("a valid manifest");
    let (mut true_duties, mut false_duties, mut missed_duties) = (0, 0, 0);
    let (mut items_right, mut items) = (0, 0);
    for letter in &letters {
        let text = std::fs::read_to_string(eval.join(&letter.file)).expect("a dev letter");
        let lines = split_lines(&text, false);
        let found: HashSet<usize> = lines
            .iter()
            .filter(|line| line.kind == LineKind::Duty)
            .map(|line| line.number)
            .collect();
        let wanted: HashSet<usize> = letter
            .duties
            .keys()
            .filter_map(|number| number.parse().ok())
            .collect();
        true_duties += found.intersection(&wanted).count();
        false_duties += found.difference(&wanted).count();
        missed_duties += wanted.difference(&found).count();
        let checked = checklist(&lines);
        for (key, expected) in &letter.checklist {
            let got = checked
                .iter()
                .find(|item| item.key == key)
                .map(|item| item.found);
            items += 1;
            items_right += usize::from(got == Some(*expected));
        }
    }
    let precision = true_duties as f64 / (true_duties + false_duties) as f64;
    let recall = true_duties as f64 / (true_duties + missed_duties) as f64;
    let accuracy = items_right as f64 / items as f64;
    eprintln!(
        "whole letters: duty precision {precision:.3}, recall {recall:.3}, checklist {accuracy:.3}"
    );
    assert!(
        precision >= DUTY_PRECISION,
        "duty precision fell to {precision:.3}"
    );
    assert!(recall >= DUTY_RECALL, "duty recall fell to {recall:.3}");
    assert!(
        accuracy >= CHECKLIST,
        "checklist accuracy fell to {accuracy:.3}"
    );
}
