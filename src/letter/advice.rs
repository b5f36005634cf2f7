//! What to write instead: the target's main duty a line that is not green should describe.
//!
//! The duty suggested is the one most related to the line (it shares the line's terms) that
//! the line does not already match, weighed by how little the rival does it, so that the
//! advice points at the work that sets the target apart. A generic line is pointed at a duty
//! the letter does not cover yet. A duty unrelated to the line is never suggested for it.

use crate::classify::{Classifier, Decision, StatementKind, Weakness};
use crate::noc::UnitGroup;

use super::analysis::LineAnalysis;

/// A line this similar to a duty already says it: suggesting it would tell the user to write
/// what they wrote.
const SAYS_IT: f32 = 0.5;

/// The target duty to name in the advice for a line, if any.
pub fn suggestion(
    classifier: &Classifier,
    target: &'static UnitGroup,
    line: &LineAnalysis,
    decision: &Decision,
    uncovered: &[bool],
) -> Option<&'static str> {
    let duty_text = |n: usize| target.duties().nth(n).map(|(_, duty)| duty);
    if decision.weakness == Some(Weakness::Generic) {
        let first_gap = uncovered.iter().position(|&gap| gap).unwrap_or(0);
        return duty_text(first_gap);
    }
    let catalog = classifier.catalog();
    let target_index = catalog.unit_index(&target.code)?;
    let rival_index = decision
        .rival
        .and_then(|rival| catalog.unit_index(&rival.code));
    let matched = line
        .target
        .and_then(|candidate| candidate.evidence)
        .and_then(|evidence| match evidence.kind {
            StatementKind::Duty(n) if evidence.similarity >= SAYS_IT => Some(usize::from(n)),
            _ => None,
        });
    line.target_duties
        .iter()
        .filter(|&&(n, similarity)| similarity > 0.0 && similarity < SAYS_IT && Some(n) != matched)
        .map(|&(n, similarity)| {
            let shared =
                rival_index.map_or(0.0, |rival| classifier.duty_overlap(target_index, n, rival));
            (n, similarity * (1.0 - shared))
        })
        .filter(|&(_, weight)| weight > 0.0)
        .max_by(|a, b| a.1.total_cmp(&b.1))
        .and_then(|(n, _)| duty_text(n))
}
