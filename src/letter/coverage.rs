//! How much of the target's profile a letter covers: its lead statement and the main duties of
//! the role the letter describes, each ticked with the lines that cover it.

use crate::classify::{Colour, StatementKind};
use crate::noc::UnitGroup;

use super::analysis::LineAnalysis;

/// A line covers a main duty of the target when it is at least this similar to it (or when the
/// duty is the statement it matched best).
pub const COVERS_DUTY: f32 = 0.3;
/// A line covers the lead statement when it is at least this similar to it.
pub const COVERS_LEAD: f32 = 0.25;

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
    /// The role the letter describes, when the profile has several ("Long-haul transport truck
    /// drivers"): only its duties are counted, so that a letter can cover them all.
    pub role: Option<&'static str>,
    /// The main duties counted (those of `role` when there is one).
    pub duties: Vec<CoverageItem>,
}

impl Coverage {
    pub fn covered_duties(&self) -> usize {
        self.duties.iter().filter(|d| d.covered()).count()
    }

    /// "4 of 6 main duties", "5 of 8 main duties of long-haul transport truck drivers".
    pub fn summary(&self) -> String {
        let mut summary = format!(
            "{} of {} main duties",
            self.covered_duties(),
            self.duties.len()
        );
        if let Some(role) = self.role {
            summary.push_str(&format!(" of {}", role.to_lowercase()));
        }
        summary
    }
}

/// Whether a line of this colour covers the target's duty number `n`: it is a duty line that
/// is not red (a line that reads as another occupation covers nothing of the target), and the
/// duty is the statement it matched best for the target or one it is close to, or a green line
/// directs people as the duty does ("Trains new warehouse staff…" and "Train workers in job
/// duties").
pub(super) fn covers_duty(line: &LineAnalysis, colour: Option<Colour>, n: usize) -> bool {
    if !line.is_duty() || colour == Some(Colour::Red) {
        return false;
    }
    let evidence = line.target.and_then(|target| target.evidence);
    let matched = evidence.is_some_and(|e| e.kind == StatementKind::Duty(n as u16));
    matched
        || (colour == Some(Colour::Green) && line.directed_duty == Some(n))
        || line
            .target_duties
            .iter()
            .any(|&(duty, similarity)| duty == n && similarity >= COVERS_DUTY)
}

pub(super) fn coverage(lines: &[LineAnalysis], target: &'static UnitGroup) -> Coverage {
    let all: Vec<CoverageItem> = target
        .duties()
        .enumerate()
        .map(|(n, (role, text))| CoverageItem {
            role,
            text,
            lines: lines
                .iter()
                .filter(|line| covers_duty(line, line.colour(), n))
                .map(|line| line.line.number)
                .collect(),
        })
        .collect();
    // The role whose duties the letter covers best (the first on a tie).
    let roles: Vec<Option<&'static str>> = target
        .main_duties
        .iter()
        .map(|group| group.role.as_deref())
        .collect();
    let role = if roles.len() > 1 {
        roles
            .iter()
            .copied()
            .max_by_key(|&role| {
                let covered = all.iter().filter(|d| d.role == role && d.covered()).count();
                (
                    covered,
                    std::cmp::Reverse(roles.iter().position(|r| *r == role)),
                )
            })
            .flatten()
    } else {
        None
    };
    let duties = match role {
        Some(_) => all.into_iter().filter(|d| d.role == role).collect(),
        None => all,
    };
    let lead = CoverageItem {
        role: None,
        text: &target.lead_statement,
        lines: lines
            .iter()
            .filter(|line| {
                line.is_duty()
                    && line.colour() != Some(Colour::Red)
                    && line.target_lead >= COVERS_LEAD
            })
            .map(|line| line.line.number)
            .collect(),
    };
    Coverage { lead, role, duties }
}
