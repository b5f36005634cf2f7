//! A whole letter against a target occupation: each duty line classified and coloured, then
//! coverage of the target's duties, the verdict and the verbatim-copy check.
//!
//! Line results ([`LineAnalysis`]) depend only on the line's text and the target, so an editor
//! can cache them; the colours, which read each line in the light of the others, and the
//! whole-letter figures are rebuilt from the cache ([`judge_lines`], [`summarize`]), which
//! costs little next to classifying a line.

use crate::classify::{
    self, Candidate, Classifier, Colour, Context, Decision, DutyLine, Judgement, LineScores,
    explain, judge,
};
use crate::noc::{Catalog, UnitGroup};

use super::advice;
use super::checklist::{self, ChecklistItem};
use super::coverage::{self, Coverage, coverage};
use super::lines::{LetterLine, LineKind, split_lines};
use super::verbatim::{Verbatim, find_verbatim};

/// How many occupations each line lists.
pub const TOP: usize = 3;
/// A lower-TEER occupation with at least this share of the duty lines, and at least
/// `WARN_LINES` of them, draws a warning: one stray line in a short letter is not a pattern an
/// officer would reclassify the letter on.
pub const WARN_SHARE: f32 = 0.25;
pub const WARN_LINES: usize = 2;

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
}

impl LineAnalysis {
    pub fn is_duty(&self) -> bool {
        self.line.kind == LineKind::Duty
    }

    pub fn colour(&self) -> Option<Colour> {
        self.judgement.as_ref().map(|j| j.colour)
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
            scores: Vec::new(),
        };
    }
    let scores: LineScores = classifier.score(&line.duty_text);
    let target_index = target.and_then(|t| classifier.catalog().unit_index(&t.code));
    let target_duties = target_index
        .map(|unit| classifier.duty_similarities(&scores, unit))
        .unwrap_or_default();
    let target_candidate = target_index.map(|unit| classifier.candidate(&scores, unit));
    LineAnalysis {
        top: classifier.top(&scores, TOP),
        target: target_candidate,
        judgement: None,
        verbatim: find_verbatim(classifier, &scores, &line.duty_text),
        target_lead: target_index.map_or(0.0, |unit| classifier.lead_similarity(&scores, unit)),
        target_duties,
        generic: classify::is_generic(&scores),
        scores: scores.scores,
        line,
    }
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
    let context = letter_context(lines);
    let units = classifier.catalog().unit_groups();
    let decisions: Vec<Option<Decision>> = lines
        .iter()
        .map(|line| {
            line.is_duty().then(|| {
                let line = DutyLine {
                    scores: &line.scores,
                    generic: line.generic,
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

/// The counted duty lines (not generic) as context for reading each line.
fn letter_context(lines: &[LineAnalysis]) -> Context {
    Context::new(
        lines
            .iter()
            .filter(|l| l.is_duty() && !l.generic)
            .map(|l| l.scores.as_slice()),
    )
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

/// Each counted duty line (not generic) casts one vote, for the occupation it reads as in the
/// light of the rest of the letter, whatever the target: the shares are what the letter says,
/// not what the applicant claims. Occupations are ranked by share, then by their probability
/// summed over the lines.
fn verdict(
    catalog: &'static Catalog,
    lines: &[LineAnalysis],
    target: Option<&'static UnitGroup>,
) -> Verdict {
    let units = catalog.unit_groups();
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
    let competitor = lower_teer_competitor(&ranking, target, counted).cloned();
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
    counted: usize,
) -> Option<&'a Share> {
    let reference = target.or_else(|| ranking.first().map(|s| s.unit))?;
    ranking.iter().find(|share| {
        let lines = (share.share * counted as f32).round() as usize;
        share.unit.teer > reference.teer
            && share.share >= WARN_SHARE
            && lines >= WARN_LINES
            && share.unit != reference
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

    /// The warning in the fewest words, for a bar one row high: "may read as 14200 (TEER 4):
    /// 38%".
    pub fn tiny_warning(&self) -> String {
        format!(
            "may read as {} (TEER {}): {:.0}%",
            self.unit.code,
            self.unit.teer,
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
