//! A judge's decision in plain words: why a line has its colour, and what would make it green.

use super::judge::{Colour, Decision, Weakness, excludes};
use crate::noc::UnitGroup;

/// A line's colour with its reason and what would make it green.
#[derive(Debug, Clone, PartialEq)]
pub struct Judgement {
    pub colour: Colour,
    pub weakness: Option<Weakness>,
    /// The occupation the line reads as instead, or competes with.
    pub rival: Option<&'static UnitGroup>,
    /// The target's likelihood for the line read in context, 0-1.
    pub target_score: f32,
    /// The target's place among all unit groups for the line read in context, 1 for the best.
    pub target_rank: usize,
    /// The group whose workers a green line directs, when the line alone reads as theirs.
    pub directed: Option<&'static UnitGroup>,
    /// Why, in plain words.
    pub reason: String,
    /// What would make the line green.
    pub advice: Option<String>,
}

/// Puts a decision in words: why, with the statement that matched the target (`evidence`,
/// quoted), and what would make the line green, with the target's duty to describe
/// (`suggestion`: the one most related to the line that the line does not already match,
/// and that sets the target apart from the rival).
pub fn explain(
    decision: Decision,
    target: &UnitGroup,
    evidence: Option<&str>,
    suggestion: Option<&str>,
) -> Judgement {
    let example = suggestion
        .map(|text| format!(", such as “{}”", shorten(text)))
        .unwrap_or_default();
    let (reason, advice) = match (decision.colour, decision.weakness, decision.rival) {
        (Colour::Green, _, _) => {
            let mut reason = format!("supports {}", target.code);
            if let Some(workers) = decision.directed {
                reason.push_str(&format!(
                    ": directing the work of {} {} is {}'s work, not theirs",
                    workers.code, workers.title, target.code
                ));
            }
            if let Some(evidence) = evidence {
                let joint = if decision.directed.is_some() {
                    "; "
                } else {
                    ": "
                };
                reason.push_str(&format!("{joint}matches {evidence}"));
            }
            return Judgement {
                colour: decision.colour,
                weakness: None,
                rival: None,
                target_score: decision.target_score,
                target_rank: decision.target_rank,
                directed: decision.directed,
                reason,
                advice: None,
            };
        }
        (_, Some(Weakness::Generic), _) => (
            "generic: it says nothing an officer can tie to an occupation".to_owned(),
            format!(
                "replace it with a concrete duty of {} you performed{example}",
                target.code
            ),
        ),
        (Colour::Red, _, Some(rival)) => (
            format!("reads as {}", describe_rival(rival, target)),
            format!(
                "reads as {} ({}); describe the {} work you did{}{example}",
                rival.code,
                rival.title.to_lowercase(),
                target.title.to_lowercase(),
                level_cue(rival, target)
            ),
        ),
        (_, _, Some(rival)) => (
            format!(
                "ambiguous: fits {} and {} about equally",
                target.code,
                describe_rival(rival, target)
            ),
            format!(
                "add what only {} does{}{example}",
                target.code,
                level_cue(rival, target)
            ),
        ),
        _ => (
            format!("says too little of {}'s work to tie it to it", target.code),
            format!(
                "describe the {} work you did more concretely{example}",
                target.title.to_lowercase()
            ),
        ),
    };
    Judgement {
        colour: decision.colour,
        weakness: decision.weakness,
        rival: decision.rival,
        target_score: decision.target_score,
        target_rank: decision.target_rank,
        directed: None,
        reason,
        advice: Some(advice),
    }
}

/// What separates the target's level from a lower-TEER rival's, in a few words.
fn level_cue(rival: &UnitGroup, target: &UnitGroup) -> &'static str {
    if rival.teer <= target.teer {
        return "";
    }
    if rival.teer >= 4 && target.teer <= 2 {
        " at its level (the responsibility you held, not only the tasks)"
    } else {
        " at its level (what you were responsible for)"
    }
}

/// "14200 Accounting and related clerks (TEER 4, lower than 12200's TEER 2; 12200's profile
/// excludes it)".
fn describe_rival(rival: &UnitGroup, target: &UnitGroup) -> String {
    let mut notes = vec![format!("TEER {}", rival.teer)];
    if rival.teer > target.teer {
        notes[0].push_str(&format!(
            ", lower than {}'s TEER {}",
            target.code, target.teer
        ));
    }
    if excludes(target, rival) {
        notes.push(format!("{}'s profile excludes it", target.code));
    }
    format!("{} {} ({})", rival.code, rival.title, notes.join("; "))
}

/// A statement cut to a readable length at a word boundary.
pub fn shorten(text: &str) -> String {
    const MAX: usize = 90;
    if text.chars().count() <= MAX {
        return text.trim_end_matches('.').to_owned();
    }
    let cut: String = text.chars().take(MAX).collect();
    let cut = cut.rsplit_once(' ').map_or(cut.as_str(), |(head, _)| head);
    format!("{}…", cut.trim_end_matches([',', ';', ' ']))
}
