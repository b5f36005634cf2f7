//! A whole letter against a target occupation: each duty line classified and coloured, then
//! coverage of the target's duties, the verdict and the verbatim-copy check.
//!
//! Line results ([`LineAnalysis`]) depend only on the line's text and the target, so an editor
//! can cache them; the colours, which read each line in the light of the others, and the
//! whole-letter figures are rebuilt from the cache ([`judge_lines`], [`summarize`]), which
//! costs little next to classifying a line.

use std::borrow::Cow;

use crate::classify::{
    self, Candidate, Classifier, Colour, Context, Decision, Direction, Directors, DutyLine,
    Judgement, LineScores, explain, judge,
};
use crate::noc::{Catalog, UnitGroup};

use super::advice;
use super::checklist::{self, ChecklistItem};
use super::coverage::{self, Coverage, coverage};
use super::lines::{LetterLine, LineKind, split_lines};
use super::verbatim::{Verbatim, find_verbatim};
use super::verdict::{Verdict, verdict};

/// How many occupations each line lists.
pub const TOP: usize = 3;
/// One line of the letter, analysed.
#[derive(Debug, Clone, PartialEq)]
pub struct LineAnalysis {
    pub line: LetterLine,
    /// The best occupations for a duty line (empty for other lines).
    pub top: Vec<Candidate<'static>>,
    /// The target's standing for a duty line (with a target only).
    pub target: Option<Candidate<'static>>,
    /// The colour against the target, read in the context of the letter (duty lines with a
    /// target only; set by [`judge_lines`]).
    pub judgement: Option<Judgement>,
    /// The official statement the line copies, if it copies one.
    pub verbatim: Option<Verbatim>,
    /// Similarity to each main duty of the target it resembles: (duty number, similarity).
    pub target_duties: Vec<(usize, f32)>,
    /// Similarity to the target's lead statement.
    pub target_lead: f32,
    /// Whether the line says too little to support any occupation.
    pub generic: bool,
    /// How the line directs other people's work, if it does.
    pub direction: Option<Direction>,
    /// The target's duty of directing people the same way (supervising, training) that the
    /// line resembles most: a green directing line covers it.
    pub directed_duty: Option<usize>,
    /// How likely the line is each unit group's work, in catalog order (empty for other
    /// lines).
    pub scores: Vec<f32>,
}

impl LineAnalysis {
    pub fn is_duty(&self) -> bool {
        self.line.kind == LineKind::Duty
    }

    /// The line's scores as the rest of the letter reads them: a line about supervising
    /// others is the work of whoever supervises the workers it names.
    pub(super) fn letter_scores(&self, directors: &Directors) -> Cow<'_, [f32]> {
        match self.direction {
            Some(Direction::Supervises) => Cow::Owned(directors.read_as_directing(&self.scores)),
            _ => Cow::Borrowed(&self.scores),
        }
    }

    pub fn colour(&self) -> Option<Colour> {
        self.judgement.as_ref().map(|j| j.colour)
    }
}

/// The whole-letter figures, rebuilt from line results.
#[derive(Debug, Clone, PartialEq)]
pub struct Summary {
    pub coverage: Option<Coverage>,
    pub verdict: Verdict,
    pub checklist: Vec<ChecklistItem>,
}

impl Summary {
    /// The figures of a letter not analysed yet: nothing found, nothing checked.
    pub fn empty() -> Summary {
        Summary {
            coverage: None,
            verdict: Verdict {
                ranking: Vec::new(),
                competitor: None,
                counted_lines: 0,
            },
            checklist: Vec::new(),
        }
    }
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
    let mut lines: Vec<LineAnalysis> = split_lines(text, all_duties)
        .into_iter()
        .map(|line| analyze_line(classifier, line, target))
        .collect();
    judge_lines(classifier, &mut lines, target);
    let summary = summarize(classifier.catalog(), &lines, target);
    LetterAnalysis {
        target,
        lines,
        summary,
    }
}

/// Analyses one line (duty lines are classified; other lines are only carried). The colour
/// comes later, from [`judge_lines`].
pub fn analyze_line(
    classifier: &Classifier,
    line: LetterLine,
    target: Option<&'static UnitGroup>,
) -> LineAnalysis {
    if line.kind != LineKind::Duty {
        return LineAnalysis {
            line,
            top: Vec::new(),
            target: None,
            judgement: None,
            verbatim: None,
            target_duties: Vec::new(),
            target_lead: 0.0,
            generic: false,
            direction: None,
            directed_duty: None,
            scores: Vec::new(),
        };
    }
    let scores: LineScores = classifier.score(&line.duty_text);
    let target_index = target.and_then(|t| classifier.catalog().unit_index(&t.code));
    let target_duties = target_index
        .map(|unit| classifier.duty_similarities(&scores, unit))
        .unwrap_or_default();
    let target_candidate = target_index.map(|unit| classifier.candidate(&scores, unit));
    let directed_duty = target
        .zip(scores.direction)
        .and_then(|(target, direction)| directed_duty(target, direction, &target_duties));
    LineAnalysis {
        top: classifier.top(&scores, TOP),
        target: target_candidate,
        judgement: None,
        verbatim: find_verbatim(classifier, &scores, &line.duty_text),
        target_lead: target_index.map_or(0.0, |unit| classifier.lead_similarity(&scores, unit)),
        target_duties,
        generic: classify::is_generic(&scores),
        direction: scores.direction,
        directed_duty,
        scores: scores.scores,
        line,
    }
}

/// Of the target's duties that direct people as the line does, the one the line resembles most
/// (`similarities` as [`LineAnalysis::target_duties`]), or the first of them.
fn directed_duty(
    target: &UnitGroup,
    direction: Direction,
    similarities: &[(usize, f32)],
) -> Option<usize> {
    let same: Vec<usize> = target
        .duties()
        .enumerate()
        .filter(|(_, (_, text))| classify::cues::direction(text) == Some(direction))
        .map(|(n, _)| n)
        .collect();
    let similarity = |n: usize| {
        similarities
            .iter()
            .find(|&&(duty, _)| duty == n)
            .map_or(0.0, |&(_, s)| s)
    };
    same.iter()
        .copied()
        .max_by(|&a, &b| similarity(a).total_cmp(&similarity(b)).then(b.cmp(&a)))
}

/// Colours every duty line against the target, each read in the light of the others, and
/// says why and what would make it green.
pub fn judge_lines(
    classifier: &Classifier,
    lines: &mut [LineAnalysis],
    target: Option<&'static UnitGroup>,
) {
    let Some(target) = target else {
        lines.iter_mut().for_each(|line| line.judgement = None);
        return;
    };
    let units = classifier.catalog().unit_groups();
    let context = letter_context(units, lines);
    let directors = classify::cues::directors(units);
    let decisions: Vec<Option<Decision>> = lines
        .iter()
        .map(|line| {
            line.is_duty().then(|| {
                let counted = line.letter_scores(&directors);
                let line = DutyLine {
                    scores: &line.scores,
                    counted: &counted,
                    generic: line.generic,
                    directs: line.direction.is_some(),
                };
                judge(units, line, target, &context)
            })
        })
        .collect();
    let uncovered = uncovered_duties(lines, &decisions, target);
    for (line, decision) in lines.iter_mut().zip(decisions) {
        line.judgement = decision.map(|decision| {
            let evidence = line
                .target
                .and_then(|c| c.evidence)
                .map(|e| e.quoted_short());
            let suggestion = advice::suggestion(classifier, target, line, &decision, &uncovered);
            explain(decision, target, evidence.as_deref(), suggestion)
        });
    }
}

/// For each main duty of the target, whether no line of the letter covers it yet.
fn uncovered_duties(
    lines: &[LineAnalysis],
    decisions: &[Option<Decision>],
    target: &UnitGroup,
) -> Vec<bool> {
    (0..target.duty_count())
        .map(|n| {
            !lines.iter().zip(decisions).any(|(line, decision)| {
                let colour = decision.map(|d| d.colour);
                coverage::covers_duty(line, colour, n)
            })
        })
        .collect()
}

/// The counted duty lines (not generic) as context for reading each line; a line about
/// supervising others supports whoever supervises the workers it names.
pub(super) fn letter_context(units: &'static [UnitGroup], lines: &[LineAnalysis]) -> Context {
    let directors = classify::cues::directors(units);
    let scores: Vec<Cow<[f32]>> = lines
        .iter()
        .filter(|l| l.is_duty() && !l.generic)
        .map(|l| l.letter_scores(&directors))
        .collect();
    Context::new(scores.iter().map(|s| &**s))
}

/// Rebuilds coverage, verdict and checklist from analysed lines; `catalog` is the one the
/// lines were classified against (its unit groups are the verdict's candidates).
pub fn summarize(
    catalog: &'static Catalog,
    lines: &[LineAnalysis],
    target: Option<&'static UnitGroup>,
) -> Summary {
    let letter_lines: Vec<&LetterLine> = lines.iter().map(|l| &l.line).collect();
    Summary {
        coverage: target.map(|target| coverage(lines, target)),
        verdict: verdict(catalog, lines, target),
        checklist: checklist::check(&letter_lines),
    }
}
