//! A whole letter against a target occupation: each duty line classified and coloured, then
//! coverage of the target's duties, the verdict and the verbatim-copy check.
//!
//! Line results ([`LineAnalysis`]) depend only on the line's text and the target, so an editor
//! can cache them and rebuild the whole-letter figures ([`summarize`]) from the cache.

use std::collections::HashMap;

use crate::classify::{Candidate, Classifier, Colour, Judgement, LineScores, Weakness, judge};
use crate::noc::UnitGroup;

use super::checklist::{self, ChecklistItem};
use super::lines::{LetterLine, LineKind, split_lines};
use super::verbatim::{Verbatim, find_verbatim};

/// How many occupations each line lists.
pub const TOP: usize = 3;
/// A line covers a main duty of the target when it is at least this similar to it.
pub const COVERS_DUTY: f32 = 0.3;
/// A line covers the lead statement when it is at least this similar to it.
pub const COVERS_LEAD: f32 = 0.25;
/// A lower-TEER occupation with at least this share of the duty lines draws a warning.
pub const WARN_SHARE: f32 = 0.15;

/// One line of the letter, analysed.
#[derive(Debug, Clone, PartialEq)]
pub struct LineAnalysis {
    pub line: LetterLine,
    /// The best occupations for a duty line (empty for other lines).
    pub top: Vec<Candidate<'static>>,
    /// The colour against the target (duty lines with a target only).
    pub judgement: Option<Judgement>,
    /// The official statement the line copies, if it copies one.
    pub verbatim: Option<Verbatim>,
    /// Similarity to each main duty of the target it resembles: (duty number, similarity).
    pub target_duties: Vec<(usize, f32)>,
    /// Similarity to the target's lead statement.
    pub target_lead: f32,
    /// Whether the line says too little to support any occupation.
    pub generic: bool,
    /// The line's score for every unit group, in catalog order (empty for other lines).
    pub scores: Vec<f32>,
}

impl LineAnalysis {
    pub fn is_duty(&self) -> bool {
        self.line.kind == LineKind::Duty
    }

    pub fn colour(&self) -> Option<Colour> {
        self.judgement.as_ref().map(|j| j.colour)
    }
}

/// A target statement and the lines that cover it.
#[derive(Debug, Clone, PartialEq)]
pub struct CoverageItem {
    pub role: Option<&'static str>,
    pub text: &'static str,
    /// Line numbers (1-based).
    pub lines: Vec<usize>,
}

impl CoverageItem {
    pub fn covered(&self) -> bool {
        !self.lines.is_empty()
    }
}

/// How much of the target's profile the letter covers.
#[derive(Debug, Clone, PartialEq)]
pub struct Coverage {
    pub lead: CoverageItem,
    pub duties: Vec<CoverageItem>,
}

impl Coverage {
    pub fn covered_duties(&self) -> usize {
        self.duties.iter().filter(|d| d.covered()).count()
    }

    /// "4 of 6 main duties".
    pub fn summary(&self) -> String {
        format!(
            "{} of {} main duties",
            self.covered_duties(),
            self.duties.len()
        )
    }
}

/// One occupation's standing in the letter as a whole.
#[derive(Debug, Clone, PartialEq)]
pub struct Share {
    pub unit: &'static UnitGroup,
    /// Share of the duty lines that read as this occupation, 0-1.
    pub share: f32,
    /// Evidence for it summed over all duty lines (the ranking's order).
    pub support: f32,
}

/// What the letter as a whole supports.
#[derive(Debug, Clone, PartialEq)]
pub struct Verdict {
    /// The occupations the duty lines support, best supported first.
    pub ranking: Vec<Share>,
    /// A lower-TEER occupation that competes with the target (or the best supported one),
    /// with its share: see [`Verdict::warning`].
    pub competitor: Option<Share>,
    /// How many duty lines counted (generic lines do not).
    pub counted_lines: usize,
}

impl Verdict {
    /// A plain-language warning when a lower-TEER occupation competes.
    pub fn warning(&self) -> Option<String> {
        self.competitor.as_ref().map(Share::warning)
    }

    /// "12200 60% · 14200 30% · 13102 10%".
    pub fn summary(&self, limit: usize) -> String {
        self.ranking
            .iter()
            .filter(|share| share.share > 0.0)
            .take(limit)
            .map(|share| format!("{} {:.0}%", share.unit.code, share.share * 100.0))
            .collect::<Vec<_>>()
            .join(" · ")
    }
}

/// The whole-letter figures, rebuilt from line results.
#[derive(Debug, Clone, PartialEq)]
pub struct Summary {
    pub coverage: Option<Coverage>,
    pub verdict: Verdict,
    pub checklist: Vec<ChecklistItem>,
}

/// A letter, analysed.
#[derive(Debug, Clone, PartialEq)]
pub struct LetterAnalysis {
    pub target: Option<&'static UnitGroup>,
    pub lines: Vec<LineAnalysis>,
    pub summary: Summary,
}

/// Analyses a letter's text. With `all_duties`, every non-empty line is a duty.
pub fn analyze(
    classifier: &Classifier,
    text: &str,
    target: Option<&'static UnitGroup>,
    all_duties: bool,
) -> LetterAnalysis {
    let lines: Vec<LineAnalysis> = split_lines(text, all_duties)
        .into_iter()
        .map(|line| analyze_line(classifier, line, target))
        .collect();
    let summary = summarize(&lines, target);
    LetterAnalysis {
        target,
        lines,
        summary,
    }
}

/// Analyses one line (duty lines are classified; other lines are only carried).
pub fn analyze_line(
    classifier: &Classifier,
    line: LetterLine,
    target: Option<&'static UnitGroup>,
) -> LineAnalysis {
    if line.kind != LineKind::Duty {
        return LineAnalysis {
            line,
            top: Vec::new(),
            judgement: None,
            verbatim: None,
            target_duties: Vec::new(),
            target_lead: 0.0,
            generic: false,
            scores: Vec::new(),
        };
    }
    let scores: LineScores = classifier.score(&line.duty_text);
    let top = classifier.top(&scores, TOP);
    let target_index = target.and_then(|t| classifier.catalog().unit_index(&t.code));
    let judgement = target.map(|target| judge(classifier, &scores, target));
    let generic = match &judgement {
        Some(judgement) => judgement.weakness == Some(Weakness::Generic),
        None => crate::classify::is_generic(&scores),
    };
    LineAnalysis {
        verbatim: find_verbatim(classifier, &scores, &line.duty_text),
        target_duties: target_index
            .map(|unit| classifier.duty_similarities(&scores, unit))
            .unwrap_or_default(),
        target_lead: target_index.map_or(0.0, |unit| classifier.lead_similarity(&scores, unit)),
        scores: scores.scores,
        line,
        top,
        judgement,
        generic,
    }
}

/// Rebuilds coverage, verdict and checklist from analysed lines.
pub fn summarize(lines: &[LineAnalysis], target: Option<&'static UnitGroup>) -> Summary {
    let letter_lines: Vec<&LetterLine> = lines.iter().map(|l| &l.line).collect();
    Summary {
        coverage: target.map(|target| coverage(lines, target)),
        verdict: verdict(lines, target),
        checklist: checklist::check(&letter_lines),
    }
}

fn coverage(lines: &[LineAnalysis], target: &'static UnitGroup) -> Coverage {
    let duties = target
        .duties()
        .enumerate()
        .map(|(n, (role, text))| CoverageItem {
            role,
            text,
            lines: lines
                .iter()
                .filter(|line| {
                    line.is_duty()
                        && line
                            .target_duties
                            .iter()
                            .any(|&(duty, similarity)| duty == n && similarity >= COVERS_DUTY)
                })
                .map(|line| line.line.number)
                .collect(),
        })
        .collect();
    let lead = CoverageItem {
        role: None,
        text: &target.lead_statement,
        lines: lines
            .iter()
            .filter(|line| line.is_duty() && line.target_lead >= COVERS_LEAD)
            .map(|line| line.line.number)
            .collect(),
    };
    Coverage { lead, duties }
}

/// Each counted duty line casts one vote. Against a target, a green line votes for the target,
/// a red one for its rival and an ambiguous one half each; without a target the line's top
/// occupations share its vote by score.
fn verdict(lines: &[LineAnalysis], target: Option<&'static UnitGroup>) -> Verdict {
    let mut votes: HashMap<&'static str, (f32, &'static UnitGroup)> = HashMap::new();
    let mut vote = |unit: &'static UnitGroup, weight: f32| {
        votes.entry(unit.code.as_str()).or_insert((0.0, unit)).0 += weight;
    };
    let mut counted = 0;
    for line in lines.iter().filter(|l| l.is_duty() && !l.generic) {
        counted += 1;
        match (&line.judgement, target) {
            (Some(judgement), Some(target)) => match (judgement.colour, judgement.rival) {
                (Colour::Green, _) => vote(target, 1.0),
                (Colour::Red, Some(rival)) => vote(rival, 1.0),
                (_, Some(rival)) => {
                    vote(target, 0.5);
                    vote(rival, 0.5);
                }
                (_, None) => vote(target, 1.0),
            },
            _ => {
                for (unit, weight) in soft_vote(&line.top) {
                    vote(unit, weight);
                }
            }
        }
    }
    let total: f32 = votes.values().map(|(v, _)| v).sum();
    // Evidence summed over the counted lines, per unit group in catalog order.
    let catalog = crate::noc::Catalog::embedded();
    let units = catalog.unit_groups();
    let mut totals = vec![0.0f32; units.len()];
    for line in lines.iter().filter(|l| l.is_duty() && !l.generic) {
        for (total, score) in totals.iter_mut().zip(&line.scores) {
            *total += score;
        }
    }
    let support = |unit: &UnitGroup| catalog.unit_index(&unit.code).map_or(0.0, |i| totals[i]);
    let mut ranking: Vec<Share> = votes
        .into_values()
        .map(|(v, unit)| Share {
            unit,
            share: if total > 0.0 { v / total } else { 0.0 },
            support: support(unit),
        })
        .collect();
    // Occupations that no line chose can still lead on summed evidence.
    if counted > 0 {
        let mut order: Vec<usize> = (0..units.len()).collect();
        order.sort_unstable_by(|&a, &b| totals[b].total_cmp(&totals[a]));
        for &i in order.iter().take(RANKED) {
            if !ranking.iter().any(|s| s.unit.code == units[i].code) {
                ranking.push(Share {
                    unit: &units[i],
                    share: 0.0,
                    support: totals[i],
                });
            }
        }
    }
    ranking.sort_by(|a, b| {
        b.support
            .total_cmp(&a.support)
            .then_with(|| a.unit.code.cmp(&b.unit.code))
    });
    ranking.truncate(RANKED.max(ranking.iter().filter(|s| s.share > 0.0).count()));
    let competitor = lower_teer_competitor(&ranking, target).cloned();
    Verdict {
        ranking,
        competitor,
        counted_lines: counted,
    }
}

/// How many occupations the ranking lists at least.
const RANKED: usize = 5;

/// How sharply a line's vote goes to its best occupation rather than the next ones.
const VOTE_TEMPERATURE: f32 = 0.08;

fn soft_vote(top: &[Candidate<'static>]) -> Vec<(&'static UnitGroup, f32)> {
    let Some(best) = top.first().map(|c| c.score) else {
        return Vec::new();
    };
    let weights: Vec<f32> = top
        .iter()
        .map(|c| ((c.score - best) / VOTE_TEMPERATURE).exp())
        .collect();
    let sum: f32 = weights.iter().sum();
    top.iter()
        .zip(weights)
        .map(|(c, w)| (c.unit, w / sum))
        .collect()
}

fn lower_teer_competitor<'a>(
    ranking: &'a [Share],
    target: Option<&'static UnitGroup>,
) -> Option<&'a Share> {
    let reference = target.or_else(|| ranking.first().map(|s| s.unit))?;
    ranking.iter().find(|share| {
        share.unit.teer > reference.teer && share.share >= WARN_SHARE && share.unit != reference
    })
}

impl Share {
    /// The plain-language warning when this lower-TEER occupation competes.
    pub fn warning(&self) -> String {
        format!(
            "an officer may classify this letter as {} {} (TEER {}{}): {:.0}% of the duty lines read as it",
            self.unit.code,
            self.unit.title,
            self.unit.teer,
            unskilled_note(self.unit),
            self.share * 100.0
        )
    }

    /// The warning in few words, for a narrow bar: "may read as 14200 (TEER 4, ...): 38% of
    /// duty lines".
    pub fn short_warning(&self) -> String {
        format!(
            "an officer may read this letter as {} (TEER {}{}): {:.0}% of duty lines",
            self.unit.code,
            self.unit.teer,
            unskilled_note(self.unit),
            self.share * 100.0
        )
    }
}

fn unskilled_note(unit: &UnitGroup) -> &'static str {
    if unit.teer >= 4 {
        ", not skilled for Express Entry"
    } else {
        ""
    }
}
