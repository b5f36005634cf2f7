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
use super::context::Context;
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

/// Fewer known terms than this and a line is too thin to judge.
const MIN_TERMS: usize = 2;
/// A line at least this likely generic (by the line model) supports no occupation.
const GENERIC: f32 = 0.3;

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
const RED: f32 = 32.0;

/// Whether a line says too little to support any occupation.
pub fn is_generic(line: &LineScores) -> bool {
    line.known_terms < MIN_TERMS || line.generic >= GENERIC
}

/// What the judge needs of a duty line.
#[derive(Debug, Clone, Copy)]
pub struct DutyLine<'a> {
    /// The line model's probabilities, in catalog order.
    pub scores: &'a [f32],
    /// Whether the line is generic (and so not counted in the context).
    pub generic: bool,
    /// What the context counted for the line, when it is not generic (the scores, or a
    /// supervising line's scores read as its supervisors' work).
    pub counted: &'a [f32],
    /// Whether the line describes directing other people's work.
    pub directs: bool,
}

/// A line's colour against the target, before it is put in words.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Decision {
    pub colour: Colour,
    pub weakness: Option<Weakness>,
    /// The plausible rival the line reads as, or competes with (amber and red lines).
    pub rival: Option<&'static UnitGroup>,
    /// The target's likelihood for the line read in context, 0-1.
    pub target_score: f32,
    /// The target's place among all unit groups for the line read in context.
    pub target_rank: usize,
    /// The group whose workers the line directs, when the line alone reads as their work and
    /// is read as the target's for that reason.
    pub directed: Option<&'static UnitGroup>,
}

/// Judges a duty line against the target, in the context of the letter.
pub fn judge(
    units: &'static [UnitGroup],
    line: DutyLine<'_>,
    target: &'static UnitGroup,
    context: &Context,
) -> Decision {
    let target_index = units
        .iter()
        .position(|u| u.code == target.code)
        .unwrap_or_default();
    let counted = (!line.generic).then_some(line.counted);
    let mut reading = context.reading(line.scores, counted);
    let support = context.support(counted);
    let mut alone = line.scores.get(target_index).copied().unwrap_or(0.0);
    let mut directed = None;
    if line.directs {
        let directed_reading = super::cues::Directed::new(units, target, target_index);
        let (moved, workers) = directed_reading.read(line.scores);
        alone = moved[target_index];
        reading = directed_reading.read(&reading).0;
        directed = workers.filter(|&w| super::rank_of(line.scores, w) == 1);
    }
    let target_score = reading.get(target_index).copied().unwrap_or(0.0);
    let decision = |colour, weakness, rival| Decision {
        colour,
        weakness,
        rival,
        target_score,
        target_rank: super::rank_of(&reading, target_index),
        directed: directed
            .map(|w| &units[w])
            .filter(|_| colour == Colour::Green),
    };
    if line.generic {
        return decision(Colour::Amber, Some(Weakness::Generic), None);
    }
    let best = reading.iter().copied().fold(0.0f32, f32::max);
    let rival = plausible_rival(units, target, &reading, &support);
    let rival_score = rival.map_or(0.0, |(_, score)| score);
    let rival = rival.map(|(unit, _)| unit);
    if target_score >= GREEN * rival_score && target_score >= FLOOR * best && alone >= ALONE {
        return decision(Colour::Green, None, None);
    }
    // The rival is what keeps the line from green only when it outweighs the target; else the
    // line says too little of the target, whatever else it says.
    match rival.filter(|_| target_score < GREEN * rival_score) {
        Some(rival) if rival_score >= RED * target_score => {
            decision(Colour::Red, None, Some(rival))
        }
        Some(rival) => decision(Colour::Amber, Some(Weakness::Ambiguous), Some(rival)),
        None => decision(Colour::Amber, Some(Weakness::Weak), None),
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::noc::Catalog;

    fn units() -> &'static [UnitGroup] {
        Catalog::embedded().unit_groups()
    }

    fn unit(code: &str) -> &'static UnitGroup {
        Catalog::embedded().unit(code).expect("a unit group")
    }

    /// A line's probabilities: the given ones, the rest spread evenly.
    fn line(probabilities: &[(&str, f32)]) -> Vec<f32> {
        let units = units();
        let given: f32 = probabilities.iter().map(|(_, p)| p).sum();
        let rest = (1.0 - given) / (units.len() - probabilities.len()) as f32;
        units
            .iter()
            .map(|u| {
                probabilities
                    .iter()
                    .find(|(code, _)| *code == u.code)
                    .map_or(rest, |(_, p)| *p)
            })
            .collect()
    }

    fn decide(scores: &[f32], target: &str, others: &[Vec<f32>]) -> Decision {
        judge_line(scores, false, target, others)
    }

    fn judge_line(scores: &[f32], directs: bool, target: &str, others: &[Vec<f32>]) -> Decision {
        let mut lines: Vec<&[f32]> = others.iter().map(Vec::as_slice).collect();
        lines.push(scores);
        let context = Context::new(lines);
        let line = DutyLine {
            scores,
            generic: false,
            counted: scores,
            directs,
        };
        judge(units(), line, unit(target), &context)
    }

    #[test]
    fn directing_the_workers_of_a_lower_group_is_the_supervisors_work() {
        // "Assigns work and sets the schedule for 25 miners": the miners' words, a
        // supervisor's work.
        let scores = line(&[("83100", 0.9), ("82020", 0.01)]);
        assert_eq!(judge_line(&scores, false, "82020", &[]).colour, Colour::Red);
        let decision = judge_line(&scores, true, "82020", &[]);
        assert_eq!(decision.colour, Colour::Green);
        assert_eq!(decision.target_rank, 1);
        assert_eq!(decision.directed.map(|u| u.code.as_str()), Some("83100"));
    }

    #[test]
    fn a_directing_line_that_reads_as_a_supervisor_is_not_the_managers() {
        // "Shift supervisor at a mine, supervising miners" against a natural resources
        // manager: the supervisor (82020) directs the miners, not the target.
        let scores = line(&[("82020", 0.5), ("83100", 0.4), ("80010", 0.01)]);
        assert_ne!(
            judge_line(&scores, true, "80010", &[]).colour,
            Colour::Green
        );
        // Unrelated workers stay what they are: a nurse does not direct kitchen helpers.
        let kitchen = line(&[("65201", 0.9), ("31301", 0.01)]);
        let decision = judge_line(&kitchen, true, "31301", &[]);
        assert_ne!(decision.colour, Colour::Green);
    }

    #[test]
    fn a_lower_teer_rival_of_the_target_makes_a_clear_line_red() {
        let scores = line(&[("14200", 0.9), ("12200", 0.01)]);
        let decision = decide(&scores, "12200", &[]);
        assert_eq!(decision.colour, Colour::Red);
        assert_eq!(decision.rival.map(|r| r.code.as_str()), Some("14200"));
    }

    #[test]
    fn a_higher_teer_reading_is_never_red_for_that_alone() {
        // 11101 (TEER 1) is in 14200's broad category, and 14200 does not exclude it.
        assert!(!excludes(unit("14200"), unit("11101")));
        let scores = line(&[("11101", 0.9), ("14200", 0.01)]);
        assert_ne!(decide(&scores, "14200", &[]).colour, Colour::Red);
    }

    #[test]
    fn an_occupation_unrelated_to_the_target_and_the_letter_never_makes_a_line_red() {
        let scores = line(&[("74101", 0.9), ("21232", 0.01)]);
        let decision = decide(&scores, "21232", &[]);
        assert_ne!(decision.colour, Colour::Red);
        assert_eq!(decision.rival, None);
    }

    #[test]
    fn an_occupation_the_rest_of_the_letter_supports_is_a_rival() {
        let others = vec![line(&[("74101", 0.8)]); 4];
        let scores = line(&[("74101", 0.9), ("21232", 0.01)]);
        let decision = decide(&scores, "21232", &others);
        assert_eq!(decision.colour, Colour::Red);
        assert_eq!(decision.rival.map(|r| r.code.as_str()), Some("74101"));
    }

    #[test]
    fn the_rest_of_the_letter_decides_a_line_that_fits_both() {
        let scores = line(&[("63200", 0.25), ("65201", 0.45)]);
        let cook = vec![line(&[("63200", 0.8)]); 6];
        assert_eq!(decide(&scores, "63200", &cook).colour, Colour::Green);
        let helper = vec![line(&[("65201", 0.8)]); 6];
        assert_ne!(decide(&scores, "63200", &helper).colour, Colour::Green);
    }

    #[test]
    fn a_generic_line_is_amber_and_not_counted() {
        let scores = line(&[("12200", 0.9)]);
        let context = Context::new([scores.as_slice()]);
        let generic = DutyLine {
            scores: &scores,
            generic: true,
            counted: &scores,
            directs: false,
        };
        let decision = judge(units(), generic, unit("12200"), &context);
        assert_eq!(decision.colour, Colour::Amber);
        assert_eq!(decision.weakness, Some(Weakness::Generic));
    }

    #[test]
    fn the_letter_alone_cannot_make_a_line_green() {
        // The line says nothing of the target; six lines of the target around it.
        let scores = line(&[("75110", 0.3)]);
        let cook = vec![line(&[("63200", 0.8)]); 6];
        assert_ne!(decide(&scores, "63200", &cook).colour, Colour::Green);
    }

    #[test]
    fn the_target_standing_is_its_place_in_context() {
        let scores = line(&[("14200", 0.5), ("12200", 0.3)]);
        let decision = decide(&scores, "12200", &[]);
        assert_eq!(decision.target_rank, 2);
        assert!(decision.target_score > 0.2 && decision.target_score < 0.5);
    }
}
