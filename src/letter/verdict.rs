//! What the letter as a whole supports: each counted duty line's vote, the occupations ranked
//! by them, and the lower-TEER occupation an officer could fall back to.

use crate::classify::cues;
use crate::noc::{Catalog, UnitGroup};

use super::analysis::{LineAnalysis, letter_context};

/// A lower-TEER occupation with at least this share of the duty lines, and at least
/// `WARN_LINES` of them, draws a warning: one stray line in a short letter is not a pattern an
/// officer would reclassify the letter on.
pub const WARN_SHARE: f32 = 0.25;
pub const WARN_LINES: usize = 2;

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

/// Each counted duty line (not generic) casts one vote, for the occupation it reads as in the
/// light of the rest of the letter, whatever the target: the shares are what the letter says,
/// not what the applicant claims. Occupations are ranked by share, then by their probability
/// summed over the lines.
pub(super) fn verdict(
    catalog: &'static Catalog,
    lines: &[LineAnalysis],
    target: Option<&'static UnitGroup>,
) -> Verdict {
    let units = catalog.unit_groups();
    let context = letter_context(units, lines);
    let mut votes = vec![0usize; units.len()];
    let mut support = vec![0.0f32; units.len()];
    let mut counted = 0;
    let directors = cues::directors(units);
    for line in lines.iter().filter(|l| l.is_duty() && !l.generic) {
        // A supervising line's workers have no share left for the context to lend back.
        let scores = line.letter_scores(&directors);
        let reading = context.reading(&scores, Some(&scores));
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
