//! An occupation profile as a document: everything `nocfit show` prints, with the exclusions
//! as links.

use ratatui::style::Style;
use ratatui::text::{Line, Span};

use crate::noc::{UnitGroup, describe_change, express_entry_standing};
use crate::tui::action::Action;
use crate::tui::bindings::key;
use crate::tui::browser::page::{Document, Link};
use crate::tui::shell::theme::Theme;

/// The badge text of a TEER level: " TEER 2 ".
pub fn teer_label(teer: u8) -> String {
    format!(" TEER {teer} ")
}

/// The code and title, wrapped, then the TEER badge and Express Entry standing, and whether the
/// occupation is a skilled trade for the Federal Skilled Trades program.
pub fn header(document: &mut Document, unit: &UnitGroup, theme: Theme) {
    let code = format!("{}  ", unit.code);
    let indent = code.len();
    document.wrapped(
        vec![Span::styled(code, theme.code())],
        &unit.title,
        theme.heading(),
        indent,
    );
    document.wrapped(
        vec![
            Span::styled(teer_label(unit.teer), theme.teer_badge(unit.teer)),
            Span::raw(" "),
        ],
        express_entry_standing(unit.teer),
        theme.standing(unit.is_skilled()),
        2,
    );
    let trade = crate::rules::is_skilled_trade(&unit.code);
    let indent = teer_label(unit.teer).len() + 1;
    document.wrapped(
        vec![Span::raw(" ".repeat(indent))],
        crate::rules::skilled_trades_standing(&unit.code),
        if trade {
            theme.standing(true)
        } else {
            theme.muted()
        },
        indent,
    );
}

/// The whole profile of a unit group, wrapped to `width`, with `selected` link highlighted.
pub fn profile(unit: &UnitGroup, width: usize, theme: Theme, selected: Option<usize>) -> Document {
    let mut document = Document::new(width);
    header(&mut document, unit, theme);

    let path = unit.hierarchy.path();
    let crumbs: Vec<&str> = path
        .iter()
        .map(|(_, group)| group.code.as_str())
        .chain(std::iter::once(unit.code.as_str()))
        .collect();
    document.blank();
    document.wrapped(
        vec![Span::styled("Hierarchy  ", theme.heading())],
        &crumbs.join(" › "),
        theme.muted(),
        2,
    );
    document.heading("Lead statement", theme.heading());
    document.wrapped(vec![Span::raw("  ")], &unit.lead_statement, Style::new(), 2);
    // The exclusions come next, as on the official profile page: the question "is it this
    // occupation or that one" is answered before the duties.
    exclusions(&mut document, unit, theme, selected);
    // The levels above it, named, after the exclusions: the breadcrumb above says where it
    // sits in a glance, and the exclusions matter more to a letter.
    document.heading("Groups above it", theme.heading());
    // Levels that repeat the title above them (a minor group named like its sub-major
    // group) share its line: "122, 1220  Accounting, insurance ...".
    let mut levels: Vec<(Vec<&str>, &str)> = Vec::new();
    for (_, group) in &path {
        match levels.last_mut() {
            Some((codes, title)) if *title == group.title => codes.push(&group.code),
            _ => levels.push((vec![&group.code], &group.title)),
        }
    }
    for (codes, title) in levels {
        let codes = format!("  {}  ", codes.join(", "));
        let indent = codes.len().min(document.width() / 2);
        document.wrapped(vec![Span::raw(codes)], title, Style::new(), indent);
    }

    document.heading(
        &format!("Main duties ({})", unit.duty_count()),
        theme.heading(),
    );
    for group in &unit.main_duties {
        let indent = match &group.role {
            Some(role) => {
                document.wrapped(vec![Span::raw("  ")], role, theme.heading(), 2);
                4
            }
            None => 2,
        };
        for duty in &group.duties {
            document.bullet(indent, "•", duty, Style::new());
        }
        for context in &group.context {
            let lead = " ".repeat(indent + 2);
            document.wrapped(vec![Span::raw(lead)], context, theme.muted(), indent + 2);
        }
    }

    section(
        &mut document,
        "Employment requirements",
        &unit.employment_requirements,
        theme,
    );
    section(
        &mut document,
        "Additional information",
        &unit.additional_information,
        theme,
    );
    if !unit.example_titles.is_empty() {
        document.heading(
            &format!("Example titles ({})", unit.example_titles.len()),
            theme.heading(),
        );
        document.wrapped(
            vec![Span::raw("  ")],
            &unit.example_titles.join("; "),
            Style::new(),
            2,
        );
    }
    section(&mut document, "Inclusions", &unit.inclusions, theme);
    if !unit.noc2016.is_empty() {
        document.heading("NOC 2016 predecessors", theme.heading());
        for old in &unit.noc2016 {
            document.bullet(
                2,
                "•",
                &format!(
                    "{} {} ({})",
                    old.code,
                    old.title,
                    describe_change(&old.change)
                ),
                Style::new(),
            );
        }
    }
    document
}

/// The exclusions as links: "14200 Accounting and related clerks".
fn exclusions(document: &mut Document, unit: &UnitGroup, theme: Theme, selected: Option<usize>) {
    if !unit.exclusions.is_empty() {
        document.heading("Exclusions · not this? see", theme.heading());
        document.push(Line::from(Span::styled(
            format!(
                "  {} / {} select a link, {} goes there",
                key(&Action::NextLink),
                key(&Action::PreviousLink),
                key(&Action::Activate)
            ),
            theme.muted(),
        )));
        for (index, exclusion) in unit.exclusions.iter().enumerate() {
            let is_selected = selected == Some(index);
            let first_line = document.lines.len();
            let marker = if is_selected {
                theme.marker().trim_end()
            } else {
                "•"
            };
            document.bullet(
                2,
                marker,
                &format!("{} {}", exclusion.code, exclusion.title),
                theme.link(is_selected),
            );
            document.links.push(Link {
                code: exclusion.code.clone(),
                first_line,
                last_line: document.lines.len().saturating_sub(1),
            });
        }
    }
}

fn section(document: &mut Document, title: &str, items: &[String], theme: Theme) {
    if items.is_empty() {
        return;
    }
    document.heading(title, theme.heading());
    for item in items {
        document.bullet(2, "•", item, Style::new());
    }
}
