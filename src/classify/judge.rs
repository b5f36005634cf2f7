//! A duty line against the target occupation, read as an officer reads it: in the light of
//! the rest of the letter. Green (the target's work at its level), amber (generic, or about
//! equally the target's and a plausible rival's) or red (clearly the work of an occupation an
//! officer could fall back to), with the reason in plain words.
//!
//! The line model says how likely a line is each unit group's work, line by line. Reading it
//! in context multiplies that by how much the rest of the letter supports each group, so
//! "Cleaned the kitchen" reads as the kitchen helper's work in a kitchen helper's letter and
//! barely counts in a cook's. Only *plausible* rivals can make a line red: a lower-TEER group
//! related to the target, one the target's profile excludes, or one the rest of the letter
//! supports. A group unrelated to the target and the letter (actors in a developer's letter)
//! never does, and a higher-TEER group does not endanger eligibility, so it never does either.

use serde::Serialize;

use super::LineScores;
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
    /// Fits the target and a plausible rival about equally.
    Ambiguous,
    /// Says too little of the target's work to tie it to the target.
    Weak,
}

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
    /// Why, in plain words.
    pub reason: String,
    /// What would make the line green.
    pub advice: Option<String>,
}

/// Fewer known terms than this and a line is too thin to judge.
const MIN_TERMS: usize = 2;
/// A line at least this likely generic (by the line model) supports no occupation.
const GENERIC: f32 = 0.3;

/// How the rest of the letter weighs on a line: each group's probability is multiplied by
/// `(support + CONTEXT_FLOOR) ^ CONTEXT_POWER`, where support is the group's mean probability
/// over the other duty lines.
const CONTEXT_FLOOR: f32 = 0.02;
const CONTEXT_POWER: f32 = 1.5;
/// A group with at least this mean probability over the other duty lines is supported by the
/// letter, and so a plausible rival.
const LETTER_SUPPORT: f32 = 0.25;
/// Green: in context, the target is at least `GREEN` times as likely as the best plausible
/// rival and at least `FLOOR` times as likely as the best group of all; and the line alone
/// gives the target at least `ALONE` (2.6 times the 1/516 of a line that says nothing), so
/// that the letter's support cannot make a line green by itself.
const GREEN: f32 = 0.2;
const FLOOR: f32 = 0.05;
const ALONE: f32 = 0.005;
/// Red: the best plausible rival is at least `RED` times as likely as the target, in context.
const RED: f32 = 8.0;

/// Whether a line says too little to support any occupation.
pub fn is_generic(line: &LineScores) -> bool {
    line.known_terms < MIN_TERMS || line.generic >= GENERIC
}

/// The letter's duty lines as the judge reads each of them against the others.
#[derive(Debug, Clone, PartialEq)]
pub struct Context {
    /// Each group's probability summed over the counted lines.
    total: Vec<f32>,
    lines: usize,
}

impl Context {
    /// The context of the counted (non-generic) duty lines' scores.
    pub fn new<'a>(lines: impl IntoIterator<Item = &'a [f32]>) -> Context {
        let mut total: Vec<f32> = Vec::new();
        let mut count = 0;
        for scores in lines {
            if total.is_empty() {
                total = vec![0.0; scores.len()];
            }
            for (t, s) in total.iter_mut().zip(scores) {
                *t += s;
            }
            count += 1;
        }
        Context {
            total,
            lines: count,
        }
    }

    /// Each group's mean probability over the counted lines other than this one (`counted`
    /// says whether it is one of them).
    pub fn support(&self, scores: &[f32], counted: bool) -> Vec<f32> {
        let others = self.lines - usize::from(counted && self.lines > 0);
        if others == 0 || self.total.len() != scores.len() {
            return vec![0.0; scores.len()];
        }
        self.total
            .iter()
            .zip(scores)
            .map(|(t, s)| {
                let rest = if counted { t - s } else { *t };
                (rest / others as f32).max(0.0)
            })
            .collect()
    }

    /// The line's probabilities read in the light of the other lines, summing to 1.
    pub fn reading(&self, scores: &[f32], counted: bool) -> Vec<f32> {
        let support = self.support(scores, counted);
        let weighed: Vec<f32> = scores
            .iter()
            .zip(&support)
            .map(|(p, s)| p * (s + CONTEXT_FLOOR).powf(CONTEXT_POWER))
            .collect();
        let sum: f32 = weighed.iter().sum();
        if sum > 0.0 {
            weighed.iter().map(|w| w / sum).collect()
        } else {
            scores.to_vec()
        }
    }
}

/// What the judge needs of a duty line.
#[derive(Debug, Clone, Copy)]
pub struct DutyLine<'a> {
    /// The line model's probabilities, in catalog order.
    pub scores: &'a [f32],
    /// Whether the line is generic (and so not counted in the context).
    pub generic: bool,
    /// The target's duty or lead statement the line is closest to, for the advice.
    pub closest_work: Option<&'a str>,
    /// The statement that matched the target, quoted, for the reason.
    pub target_evidence: Option<&'a str>,
}

/// Judges a duty line against the target, in the context of the letter.
pub fn judge(
    units: &'static [UnitGroup],
    line: DutyLine<'_>,
    target: &'static UnitGroup,
    context: &Context,
) -> Judgement {
    let target_index = units
        .iter()
        .position(|u| u.code == target.code)
        .unwrap_or_default();
    let reading = context.reading(line.scores, !line.generic);
    let support = context.support(line.scores, !line.generic);
    let target_score = reading.get(target_index).copied().unwrap_or(0.0);
    let target_rank = super::rank_of(&reading, target_index);
    let example = line
        .closest_work
        .map(|text| format!("such as “{}”", shorten(text)))
        .unwrap_or_else(|| "from its main duties".to_owned());
    let judgement = |colour, weakness, rival, reason: String, advice: Option<String>| Judgement {
        colour,
        weakness,
        rival,
        target_score,
        target_rank,
        reason,
        advice,
    };
    if line.generic {
        return judgement(
            Colour::Amber,
            Some(Weakness::Generic),
            None,
            "generic: it says nothing an officer can tie to an occupation".to_owned(),
            Some(format!(
                "replace it with a concrete duty of {} you performed, {example}",
                target.code
            )),
        );
    }
    let best = reading.iter().copied().fold(0.0f32, f32::max);
    let rival = plausible_rival(units, target, &reading, &support);
    let rival_score = rival.map_or(0.0, |(_, score)| score);
    let rival = rival.map(|(unit, _)| unit);
    let alone = line.scores.get(target_index).copied().unwrap_or(0.0);
    if target_score >= GREEN * rival_score && target_score >= FLOOR * best && alone >= ALONE {
        let reason = match line.target_evidence {
            Some(evidence) => format!("supports {}: matches {evidence}", target.code),
            None => format!("supports {}", target.code),
        };
        return judgement(Colour::Green, None, None, reason, None);
    }
    match rival {
        Some(rival) if rival_score >= RED * target_score => {
            let rival_words = describe_rival(rival, target);
            judgement(
                Colour::Red,
                None,
                Some(rival),
                format!("reads as {rival_words}"),
                Some(format!(
                    "reads as {} ({}); describe the {} work you did, {example}",
                    rival.code,
                    rival.title.to_lowercase(),
                    target.title.to_lowercase()
                )),
            )
        }
        Some(rival) => judgement(
            Colour::Amber,
            Some(Weakness::Ambiguous),
            Some(rival),
            format!(
                "ambiguous: fits {} and {} about equally",
                target.code,
                describe_rival(rival, target)
            ),
            Some(format!(
                "add the specifics only {} does, {example}",
                target.code
            )),
        ),
        None => judgement(
            Colour::Amber,
            Some(Weakness::Weak),
            None,
            format!("says too little of {}'s work to tie it to it", target.code),
            Some(format!(
                "describe the {} work you did more concretely, {example}",
                target.title.to_lowercase()
            )),
        ),
    }
}

/// The most likely group (in context) an officer could fall back to instead of the target: a
/// lower-TEER group related to the target, a group the target excludes, or a group the rest
/// of the letter supports.
fn plausible_rival(
    units: &'static [UnitGroup],
    target: &UnitGroup,
    reading: &[f32],
    support: &[f32],
) -> Option<(&'static UnitGroup, f32)> {
    units
        .iter()
        .zip(reading)
        .zip(support)
        .filter(|((unit, _), _)| unit.code != target.code)
        .filter(|((unit, _), supported)| {
            let excluded = excludes(target, unit);
            let backed = **supported >= LETTER_SUPPORT;
            let related =
                unit.hierarchy.broad_category.code == target.hierarchy.broad_category.code;
            excluded || backed || (unit.teer > target.teer && related)
        })
        .map(|((unit, &score), _)| (unit, score))
        .max_by(|a, b| a.1.total_cmp(&b.1))
}

/// Whether the target's profile excludes the unit group (by its code or its minor group's).
pub fn excludes(target: &UnitGroup, unit: &UnitGroup) -> bool {
    target
        .exclusions
        .iter()
        .any(|e| !e.code.is_empty() && unit.code.starts_with(&e.code))
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
