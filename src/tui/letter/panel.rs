//! The analysis panel under the letter: its tab row and the rows of the panel shown, the line
//! under the cursor in detail, the target's coverage, or the checklist.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use crate::classify::Colour;
use crate::tui::letter::Panel;
use crate::tui::shell::app::App;

/// Lines longer than this get a note: a duty should be one sentence.
const LONG_LINE: usize = 400;
pub fn render(frame: &mut Frame, app: &App, area: Rect) {
    if area.height == 0 {
        return;
    }
    let theme = app.theme;
    let summary = &app.editor.live.summary;
    let coverage = summary.coverage.as_ref().map_or_else(
        || "–".to_owned(),
        |c| format!("{}/{}", c.covered_duties(), c.duties.len()),
    );
    let found = summary.checklist.iter().filter(|i| i.found).count();
    let names = [
        (Panel::Line, "Line".to_owned()),
        (Panel::Coverage, format!("Coverage {coverage}")),
        (
            Panel::Checklist,
            format!("Checklist {found}/{}", summary.checklist.len()),
        ),
    ];
    let mut tabs = Vec::new();
    for (panel, name) in names {
        let style = if panel == app.panel {
            theme.selected(true)
        } else {
            theme.muted()
        };
        tabs.push(Span::styled(format!(" {name} "), style));
        tabs.push(Span::styled("│", theme.muted()));
    }
    tabs.push(Span::styled(" F2 ", theme.key()));
    let rows = panel_rows(app, usize::from(area.width));
    let height = usize::from(area.height - 1);
    let max = rows.len().saturating_sub(height);
    let first = app.panel_scroll.min(max);
    // Where there is more to see, and the keys that show it.
    let more = match (first > 0, first < max) {
        (false, false) => None,
        (false, true) => Some("↓ Alt-PgDn"),
        (true, false) => Some("↑ Alt-PgUp"),
        (true, true) => Some("↕ Alt-PgUp/Dn"),
    };
    if let Some(more) = more {
        tabs.push(Span::styled(format!(" {more}"), theme.muted()));
    }
    let mut lines = vec![Line::from(tabs)];
    lines.extend(rows.into_iter().skip(first).map(|(line, _)| line));
    frame.render_widget(Paragraph::new(lines), area);
}

/// How far the panel in `area` (its tab row included) scrolls: its rows past the bottom.
pub fn max_scroll(app: &App, area: Rect) -> usize {
    let height = usize::from(area.height.saturating_sub(1));
    panel_rows(app, usize::from(area.width))
        .len()
        .saturating_sub(height)
}

/// The first row drawn in the panel in `area`: the scroll position, kept inside the rows.
pub fn first_row(app: &App, area: Rect) -> usize {
    app.panel_scroll.min(max_scroll(app, area))
}

/// Wraps `text` to `width` with `indent` before continuation rows.
fn wrapped(text: &str, width: usize, indent: &str, style: Style) -> Vec<Line<'static>> {
    let options = textwrap::Options::new(width.max(8)).subsequent_indent(indent);
    textwrap::wrap(text, options)
        .into_iter()
        .map(|row| Line::styled(row.into_owned(), style))
        .collect()
}

/// The rows of the analysis panel below its names, each with the letter line (1-based) a click
/// on it jumps to.
pub fn panel_rows(app: &App, width: usize) -> Vec<(Line<'static>, Option<usize>)> {
    match app.panel {
        Panel::Line => line_detail(app, width)
            .into_iter()
            .map(|line| (line, None))
            .collect(),
        Panel::Coverage => coverage_rows(app, width),
        Panel::Checklist => checklist_rows(app, width),
    }
}

fn line_detail(app: &App, width: usize) -> Vec<Line<'static>> {
    let theme = app.theme;
    let (index, _) = app.editor.cursor();
    let number = index + 1;
    let Some(analysis) = app.editor.live.lines.get(index).filter(|a| a.is_duty()) else {
        return wrapped(
            &format!(
                "Line {number} is not a duty: letterhead, greeting, dates, pay and signature lines are not classified. Duties are bullet or numbered lines, or lines under a “Duties:” heading."
            ),
            width,
            "",
            theme.muted(),
        );
    };
    let mut rows = Vec::new();
    let heading = match (analysis.judgement.as_ref(), app.target_unit()) {
        (Some(judgement), Some(target)) => {
            let word = match judgement.colour {
                Colour::Green => "green: supports",
                Colour::Amber => "amber: weak for",
                Colour::Red => "red: reads as another occupation than",
            };
            Line::from(vec![
                Span::styled(format!("Line {number} "), theme.heading()),
                Span::styled(
                    format!("{word} {} {}", target.code, target.title),
                    theme.duty(judgement.colour).add_modifier(Modifier::BOLD),
                ),
            ])
        }
        _ => Line::from(vec![
            Span::styled(format!("Line {number} "), theme.heading()),
            Span::styled("no target: set one with t in the browser", theme.muted()),
        ]),
    };
    rows.push(heading);
    if let (Some(judgement), Some(target)) = (analysis.judgement.as_ref(), app.target_unit()) {
        rows.extend(wrapped(
            &format!(
                "Read in this letter, the line puts {} at #{} of 516 ({:.0}%).",
                target.code,
                judgement.target_rank,
                judgement.target_score * 100.0
            ),
            width,
            "  ",
            theme.muted(),
        ));
    }
    if let Some(verbatim) = &analysis.verbatim {
        rows.extend(wrapped(
            &format!(
                "≡ Copies the official NOC text of {} ({:.0}% of its words). Officers treat copied NOC text as a red flag: describe the work as it was done, in the employer's own words.",
                verbatim.code,
                verbatim.overlap * 100.0
            ),
            width,
            "  ",
            theme.verbatim(),
        ));
    }
    if let Some(judgement) = &analysis.judgement {
        if judgement.colour != Colour::Green {
            rows.extend(wrapped(
                &format!("Why: {}", judgement.reason),
                width,
                "  ",
                Style::new(),
            ));
        }
        if let Some(advice) = &judgement.advice {
            rows.extend(wrapped(
                &format!("To make it green: {advice}"),
                width,
                "  ",
                Style::new(),
            ));
        }
    }
    let length = analysis.line.text.chars().count();
    if length > LONG_LINE {
        rows.extend(wrapped(
            &format!("This line is very long ({length} characters): put one duty on each line."),
            width,
            "  ",
            theme.duty(Colour::Amber),
        ));
    }
    rows.push(Line::styled(
        "Best matches for the line alone:",
        theme.heading(),
    ));
    for candidate in &analysis.top {
        rows.push(Line::from(vec![
            Span::styled(format!("  {} ", candidate.unit.code), theme.code()),
            Span::raw(format!("{:>3.0}% ", candidate.score * 100.0)),
            Span::raw(candidate.unit.title.clone()),
        ]));
        if let Some(evidence) = candidate.evidence {
            rows.extend(wrapped(
                &format!("    {}", evidence.quoted()),
                width,
                "     ",
                theme.muted(),
            ));
        }
    }
    rows
}

fn lines_text(lines: &[usize]) -> String {
    let list: Vec<String> = lines.iter().map(usize::to_string).collect();
    match list.len() {
        0 => String::new(),
        1 => format!(" (line {})", list[0]),
        _ => format!(" (lines {})", list.join(", ")),
    }
}

fn coverage_rows(app: &App, width: usize) -> Vec<(Line<'static>, Option<usize>)> {
    let theme = app.theme;
    let (Some(coverage), Some(target)) = (&app.editor.live.summary.coverage, app.target_unit())
    else {
        return wrapped(
            "Set a target (t on an occupation in the browser) to see which of its duties the letter covers.",
            width,
            "",
            theme.muted(),
        )
        .into_iter()
        .map(|line| (line, None))
        .collect();
    };
    let mut rows = vec![(
        Line::styled(
            format!("{} {}: {}", target.code, target.title, coverage.summary()),
            theme.heading(),
        ),
        None,
    )];
    let items = std::iter::once((&coverage.lead, "Lead statement: "))
        .chain(coverage.duties.iter().map(|duty| (duty, "")));
    for (item, label) in items {
        let (tick, style) = if item.covered() {
            ("✓", theme.duty(Colour::Green))
        } else {
            ("✗", theme.muted())
        };
        let text = format!("{tick} {label}{}{}", item.text, lines_text(&item.lines));
        for line in wrapped(&text, width, "  ", style) {
            rows.push((line, item.lines.first().copied()));
        }
    }
    rows
}

fn checklist_rows(app: &App, width: usize) -> Vec<(Line<'static>, Option<usize>)> {
    let theme = app.theme;
    let mut rows = Vec::new();
    for item in &app.editor.live.summary.checklist {
        let (tick, style) = if item.found {
            ("✓", theme.duty(Colour::Green))
        } else {
            ("✗", theme.duty(Colour::Red))
        };
        let detail = match (&item.line, &item.note) {
            (Some(line), Some(note)) => format!(" — line {line}, {note}"),
            (Some(line), None) => format!(" — line {line}"),
            (None, Some(note)) => format!(": {note}"),
            (None, None) => String::new(),
        };
        let text = format!("{tick} {}{detail}", item.label);
        for line in wrapped(&text, width, "  ", style) {
            rows.push((line, item.line));
        }
    }
    rows.extend(experience_rows(app, width));
    rows
}

/// The experience the letter states, under the checklist: the summary (a click goes to the
/// first position's line), each program met (green), short (red) or not told (amber), what to
/// add (amber) and the rule with its date.
fn experience_rows(app: &App, width: usize) -> Vec<(Line<'static>, Option<usize>)> {
    let theme = app.theme;
    let experience = &app.editor.live.experience;
    let first_line = experience.positions.first().map(|position| position.line);
    let mut rows = vec![(
        Line::styled(
            format!("Experience (as of {})", experience.as_of),
            theme.heading(),
        ),
        first_line,
    )];
    for text in crate::letter::experience::text_lines(experience) {
        let style = match text.chars().next() {
            Some('✓') => theme.duty(Colour::Green),
            Some('✗') => theme.duty(Colour::Red),
            Some('?') => theme.duty(Colour::Amber),
            _ if text.starts_with("Add:") => theme.duty(Colour::Amber),
            _ if text.starts_with("Rule:") => theme.muted(),
            _ => Style::new(),
        };
        for line in wrapped(&text, width, "  ", style) {
            rows.push((line, first_line));
        }
    }
    rows
}
