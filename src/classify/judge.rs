//! A line against the target occupation: green (supports it), amber (weak, generic or
//! ambiguous) or red (reads as another occupation), with the reason in plain words.

use serde::Serialize;

use super::{Classifier, LineScores};
use crate::noc::UnitGroup;

/// The verdict on one duty line for the target occupation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Colour {
    Green,
    Amber,
    Red,
}

/// Why a line is amber.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Weakness {
    /// Says nothing an officer can tie to an occupation ("other duties as assigned").
    Generic,
    /// Fits the target and another occupation about equally.
    Ambiguous,
}

/// A line's colour with its reason and what would make it green.
#[derive(Debug, Clone, PartialEq)]
pub struct Judgement {
    pub colour: Colour,
    pub weakness: Option<Weakness>,
    /// The occupation the line reads as instead, or competes with.
    pub rival: Option<&'static UnitGroup>,
    /// Why, in plain words.
    pub reason: String,
    /// What would make the line green.
    pub advice: Option<String>,
}

/// Fewer known terms than this and a line is too thin to judge.
const MIN_TERMS: usize = 2;
/// Below this score no occupation is supported.
const MIN_SUPPORT: f32 = 0.35;
/// The target is green when its score is at least this fraction of the best other's; against
/// a rival it must score at least as high as the rival.
const GREEN_RATIO: f32 = 0.9;
const RIVAL_GREEN_RATIO: f32 = 1.0;
/// Another occupation makes the line red when it scores this much more than the target; a
/// rival the target excludes, or of a lower TEER, needs less.
const RED_RATIO: f32 = 1.35;
const RIVAL_RED_RATIO: f32 = 1.06;

/// Whether a line says too little to support any occupation.
pub fn is_generic(line: &LineScores) -> bool {
    line.known_terms < MIN_TERMS || line.scores.iter().copied().fold(0.0, f32::max) < MIN_SUPPORT
}

/// Judges a scored line against the target.
pub fn judge(classifier: &Classifier, line: &LineScores, target: &UnitGroup) -> Judgement {
    let units = classifier.catalog().unit_groups();
    let target_index = classifier
        .catalog()
        .unit_index(&target.code)
        .unwrap_or_default();
    let target_score = line.scores[target_index];
    let (rival_index, rival_score) = line
        .scores
        .iter()
        .enumerate()
        .filter(|&(unit, _)| unit != target_index)
        .max_by(|a, b| a.1.total_cmp(b.1))
        .map(|(unit, &score)| (unit, score))
        .unwrap_or((target_index, 0.0));
    let rival = &units[rival_index];
    let target_evidence = classifier.candidate(line, target_index).evidence;
    // Advice quotes work the target does: the matched statement, or when that was a job
    // title, the target's closest duty (its first when none is close).
    let closest_duty = || {
        let closest = classifier
            .duty_similarities(line, target_index)
            .into_iter()
            .max_by(|a, b| a.1.total_cmp(&b.1))
            .map_or(0, |(n, _)| n);
        target.duties().nth(closest).map(|(_, duty)| duty)
    };
    let example = target_evidence
        .filter(|evidence| evidence.is_work())
        .map(|evidence| evidence.text)
        .or_else(closest_duty)
        .map(|text| format!("such as “{}”", shorten(text)))
        .unwrap_or_else(|| "from its main duties".to_owned());
    if is_generic(line) {
        return Judgement {
            colour: Colour::Amber,
            weakness: Some(Weakness::Generic),
            rival: None,
            reason: "generic: it says nothing an officer can tie to an occupation".to_owned(),
            advice: Some(format!(
                "replace it with a concrete duty of {} you performed, {example}",
                target.code
            )),
        };
    }
    let excluded = target.exclusions.iter().any(|e| e.code == rival.code);
    let lower = rival.teer > target.teer;
    let is_rival = excluded || lower;
    let (green_ratio, red_ratio) = if is_rival {
        (RIVAL_GREEN_RATIO, RIVAL_RED_RATIO)
    } else {
        (GREEN_RATIO, RED_RATIO)
    };
    if target_score >= green_ratio * rival_score {
        let reason = match target_evidence {
            Some(evidence) => format!(
                "supports {}: matches {}",
                target.code,
                evidence.quoted_short()
            ),
            None => format!("supports {}", target.code),
        };
        return Judgement {
            colour: Colour::Green,
            weakness: None,
            rival: None,
            reason,
            advice: None,
        };
    }
    let rival_words = describe_rival(rival, target, excluded);
    if rival_score >= red_ratio * target_score {
        Judgement {
            colour: Colour::Red,
            weakness: None,
            rival: Some(rival),
            reason: format!("reads as {rival_words}"),
            advice: Some(format!(
                "reads as {} ({}); describe the {} work you did, {example}",
                rival.code,
                rival.title.to_lowercase(),
                target.title.to_lowercase()
            )),
        }
    } else {
        Judgement {
            colour: Colour::Amber,
            weakness: Some(Weakness::Ambiguous),
            rival: Some(rival),
            reason: format!(
                "ambiguous: fits {} and {rival_words} about equally",
                target.code
            ),
            advice: Some(format!(
                "add the specifics only {} does, {example}",
                target.code
            )),
        }
    }
}

/// "14200 Accounting and related clerks (TEER 4, lower than 12200's TEER 2; 12200 excludes it)".
fn describe_rival(rival: &UnitGroup, target: &UnitGroup, excluded: bool) -> String {
    let mut notes = vec![format!("TEER {}", rival.teer)];
    if rival.teer > target.teer {
        notes[0].push_str(&format!(
            ", lower than {}'s TEER {}",
            target.code, target.teer
        ));
    }
    if excluded {
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
