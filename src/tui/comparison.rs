//! One side of the compare view as a document: header, TEER, lead statement, duties marked by
//! whether the other occupation has a counterpart, and employment requirements.

use ratatui::style::Style;
use ratatui::text::{Line, Span};

use super::document::Document;
use super::profile::header;
use super::theme::Theme;
use crate::compare::DutyMatch;
use crate::noc::UnitGroup;

/// Marks a duty with no counterpart on the other side.
pub const ONLY_HERE: &str = "+";
/// Marks a duty with a counterpart on the other side.
pub const SHARED: &str = "=";

/// The column for `unit`, whose duties were matched against `other`'s.
pub fn column(
    unit: &UnitGroup,
    duties: &[DutyMatch],
    other: &UnitGroup,
    width: usize,
    theme: Theme,
) -> Document {
    let mut document = Document::new(width);
    header(&mut document, unit, theme);
    document.blank();
    document.wrapped(vec![], &unit.lead_statement, theme.muted(), 0);

    let only = duties.iter().filter(|duty| !duty.has_counterpart()).count();
    document.heading(
        &format!(
            "Main duties ({}, {only} not in {})",
            duties.len(),
            other.code
        ),
        theme.heading(),
    );
    let mut role: Option<&str> = None;
    for duty in duties {
        if duty.role.as_deref() != role {
            role = duty.role.as_deref();
            if let Some(role) = role {
                document.push(Line::from(Span::styled(role.to_owned(), theme.heading())));
            }
        }
        let (marker, style) = if duty.has_counterpart() {
            (SHARED, Style::new())
        } else {
            (ONLY_HERE, theme.only_here())
        };
        document.wrapped(
            vec![Span::styled(format!("{marker} "), style)],
            &duty.duty,
            style,
            2,
        );
    }

    if !unit.employment_requirements.is_empty() {
        document.heading("Employment requirements", theme.heading());
        for requirement in &unit.employment_requirements {
            document.bullet(0, "•", requirement, Style::new());
        }
    }
    document
}

/// The legend line above the columns.
pub fn legend(theme: Theme) -> Line<'static> {
    Line::from(vec![
        Span::styled(format!("{ONLY_HERE} "), theme.only_here()),
        Span::raw("duty with no counterpart on the other side   "),
        Span::raw(format!("{SHARED} ")),
        Span::raw("a similar duty exists there"),
    ])
}
