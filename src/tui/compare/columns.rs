//! One side of the compare view as a document: header, TEER, lead statement, duties marked by
//! whether the other occupation has a counterpart, and employment requirements.

use ratatui::style::Style;
use ratatui::text::{Line, Span};

use crate::compare::DutyMatch;
use crate::noc::UnitGroup;
use crate::tui::browser::page::Document;
use crate::tui::browser::profile::header;
use crate::tui::shell::theme::Theme;

/// Marks a duty with no counterpart on the other side.
pub const ONLY_HERE: &str = "+";
/// Marks a duty with a counterpart on the other side.
pub const SHARED: &str = "=";

/// Appends one section of a column: (document, unit, its duty matches, the other unit, theme).
type Section = fn(&mut Document, &UnitGroup, &[DutyMatch], &UnitGroup, Theme);

/// The two columns of a comparison, with each section starting on the same row on both sides
/// so the duties and requirements line up.
pub fn columns(
    (left, left_duties): (&UnitGroup, &[DutyMatch]),
    (right, right_duties): (&UnitGroup, &[DutyMatch]),
    width: usize,
    theme: Theme,
) -> [Document; 2] {
    let mut columns = [Document::new(width), Document::new(width)];
    let sides = [(left, left_duties, right), (right, right_duties, left)];
    let sections: [Section; 3] = [summary, duties, requirements];
    for section in sections {
        for (column, (unit, matches, other)) in columns.iter_mut().zip(sides) {
            section(column, unit, matches, other, theme);
        }
        let longest = columns.iter().map(|c| c.lines.len()).max().unwrap_or(0);
        for column in &mut columns {
            while column.lines.len() < longest {
                column.blank();
            }
        }
    }
    columns
}

fn summary(
    document: &mut Document,
    unit: &UnitGroup,
    _: &[DutyMatch],
    _: &UnitGroup,
    theme: Theme,
) {
    header(document, unit, theme);
    document.blank();
    document.wrapped(vec![], &unit.lead_statement, theme.muted(), 0);
}

fn duties(
    document: &mut Document,
    _: &UnitGroup,
    duties: &[DutyMatch],
    other: &UnitGroup,
    theme: Theme,
) {
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
}

fn requirements(
    document: &mut Document,
    unit: &UnitGroup,
    _: &[DutyMatch],
    _: &UnitGroup,
    theme: Theme,
) {
    if !unit.employment_requirements.is_empty() {
        document.heading("Employment requirements", theme.heading());
        for requirement in &unit.employment_requirements {
            document.bullet(0, "•", requirement, Style::new());
        }
    }
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
