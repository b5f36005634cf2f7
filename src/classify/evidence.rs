//! What supports a unit group for a line: the official statement it matched, and the unit
//! group's standing.

use super::explain::shorten;
use super::index::StatementKind;
use crate::noc::UnitGroup;

/// The official statement that best supports a unit group for a line.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Evidence<'a> {
    pub kind: StatementKind,
    /// The statement's text (for titles, the unit group's title).
    pub text: &'a str,
    /// Cosine similarity of the line's terms with the statement's, 0-1.
    pub similarity: f32,
}

impl Evidence<'_> {
    /// The statement in quotes, with what it is when it is a title: `“Post journal entries
    /// and reconcile accounts, …”`, `the example title “payroll clerk”`.
    pub fn quoted(&self) -> String {
        self.quote(self.text)
    }

    /// Like [`Evidence::quoted`], with a long statement cut at a word boundary.
    pub fn quoted_short(&self) -> String {
        self.quote(&shorten(self.text))
    }

    fn quote(&self, text: &str) -> String {
        match self.kind {
            StatementKind::Lead | StatementKind::Duty(_) => format!("“{text}”"),
            StatementKind::Title => format!("the title “{text}”"),
            StatementKind::Example(_) => format!("the example title “{text}”"),
        }
    }

    /// Whether it describes work (a duty or the lead statement), not a job title.
    pub fn is_work(&self) -> bool {
        matches!(self.kind, StatementKind::Lead | StatementKind::Duty(_))
    }
}

/// A unit group's standing for one line.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Candidate<'a> {
    pub unit: &'a UnitGroup,
    /// How likely the line is this unit group's work, 0-1 (the line's scores sum to 1).
    pub score: f32,
    /// Its place among all unit groups for the line, 1 for the best.
    pub rank: usize,
    pub evidence: Option<Evidence<'a>>,
}
