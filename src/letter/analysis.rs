//! A whole letter against a target occupation: each duty line classified and coloured, then
//! coverage of the target's duties, the verdict and the verbatim-copy check.
//!
//! Line results ([`LineAnalysis`]) depend only on the line's text and the target, so an editor
//! can cache them; the colours, which read each line in the light of the others, and the
//! whole-letter figures are rebuilt from the cache ([`judge_lines`], [`summarize`]), which
//! costs little next to classifying a line.

use crate::classify::{
    self, Candidate, Classifier, Colour, Context, Judgement, LineScores, judge,
};
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
    /// How likely the line is each unit group's work, in catalog order (empty for other
    /// lines).
    pub scores: Vec<f32>,
    /// The target's duty or lead statement closest to the line, for advice.
    pub closest_work: Option<&'static str>,
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
    /// Its probability summed over the counted duty lines, each read in context (orders
    /// occupations with equal shares).
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
    let mut lines: Vec<LineAnalysis> = split_lines(text, all_duties)
        .into_iter()
        .map(|line| analyze_line(classifier, line, target))
        .collect();
    judge_lines(classifier, &mut lines, target);
    let summary = summarize(&lines, target);
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
            scores: Vec::new(),
            closest_work: None,
        };
    }
    let scores: LineScores = classifier.score(&line.duty_text);
    let target_index = target.and_then(|t| classifier.catalog().unit_index(&t.code));
    let target_duties = target_index
        .map(|unit| classifier.duty_similarities(&scores, unit))
        .unwrap_or_default();
    let target_candidate = target_index.map(|unit| classifier.candidate(&scores, unit));
    // Advice quotes work the target does: the statement the line matched when it is a duty or
    // the lead statement, else the target's closest duty (its first when none is close).
    let closest_work = target.and_then(|target| {
        target_candidate
            .and_then(|c| c.evidence)
            .filter(|evidence| evidence.is_work())
            .map(|evidence| evidence.text)
            .or_else(|| {
                let closest = target_duties
                    .iter()
                    .max_by(|a, b| a.1.total_cmp(&b.1))
                    .map_or(0, |&(n, _)| n);
                target.duties().nth(closest).map(|(_, duty)| duty)
            })
    });
    LineAnalysis {
        top: classifier.top(&scores, TOP),
        target: target_candidate,
        judgement: None,
        verbatim: find_verbatim(classifier, &scores, &line.duty_text),
        target_lead: target_index.map_or(0.0, |unit| classifier.lead_similarity(&scores, unit)),
        target_duties,
        generic: classify::is_generic(&scores),
        scores: scores.scores,
        closest_work,
        line,
    }
}

/// Colours every duty line against the target, each read in the light of the others.
pub fn judge_lines(
    classifier: &Classifier,
    lines: &mut [LineAnalysis],
    target: Option<&'static UnitGroup>,
) {
    let context = letter_context(lines);
    let units = classifier.catalog().unit_groups();
    for line in lines.iter_mut() {
        line.judgement = match target {
            Some(target) if line.is_duty() => {
                let evidence = line
                    .target
                    .and_then(|c| c.evidence)
                    .map(|e| e.quoted_short());
                Some(judge(
                    units,
                    classify::DutyLine {
                        scores: &line.scores,
                        generic: line.generic,
                        closest_work: line.closest_work,
                        target_evidence: evidence.as_deref(),
                    },
                    target,
                    &context,
                ))
            }
            _ => None,
        };
    }
}

/// The counted duty lines (not generic) as context for reading each line.
fn letter_context(lines: &[LineAnalysis]) -> Context {
    Context::new(
        lines
            .iter()
            .filter(|l| l.is_duty() && !l.generic)
            .map(|l| l.scores.as_slice()),
    )
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

/// Each counted duty line (not generic) casts one vote, for the occupation it reads as in the
/// light of the rest of the letter, whatever the target: the shares are what the letter says,
/// not what the applicant claims. Occupations are ranked by share, then by their probability
/// summed over the lines.
fn verdict(lines: &[LineAnalysis], target: Option<&'static UnitGroup>) -> Verdict {
    let units = crate::noc::Catalog::embedded().unit_groups();
    let context = letter_context(lines);
    let mut votes = vec![0usize; units.len()];
    let mut support = vec![0.0f32; units.len()];
    let mut counted = 0;
    for line in lines.iter().filter(|l| l.is_duty() && !l.generic) {
        let reading = context.reading(&line.scores, true);
        let Some(best) = (0..reading.len()).max_by(|&a, &b| reading[a].total_cmp(&reading[b]))
        else {
            continue;
        };
        counted += 1;
        if let Some(vote) = votes.get_mut(best) {
            *vote += 1;
        }
        for (total, p) in support.iter_mut().zip(&reading) {
            *total += p;
        }
    }
    let share = |i: usize| {
        if counted > 0 {
            votes[i] as f32 / counted as f32
        } else {
            0.0
        }
    };
    let mut order: Vec<usize> = (0..units.len()).collect();
    order.sort_by(|&a, &b| {
        votes[b]
            .cmp(&votes[a])
            .then(support[b].total_cmp(&support[a]))
            .then(a.cmp(&b))
    });
    let voted = votes.iter().filter(|&&v| v > 0).count();
    let mut ranking: Vec<Share> = order
        .iter()
        .take(if counted > 0 { RANKED.max(voted) } else { 0 })
        .map(|&i| Share {
            unit: &units[i],
            share: share(i),
            support: support[i],
        })
        .collect();
    // The target always has its place, with its share (often none).
    if let Some(target) = target
        && !ranking.iter().any(|s| s.unit.code == target.code)
        && let Some(i) = units.iter().position(|u| u.code == target.code)
    {
        ranking.push(Share {
            unit: &units[i],
            share: share(i),
            support: support[i],
        });
    }
    let competitor = lower_teer_competitor(&ranking, target).cloned();
    Verdict {
        ranking,
        competitor,
        counted_lines: counted,
    }
}

/// How many occupations the ranking lists at least.
const RANKED: usize = 5;

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
