//! The analysis panel under the letter as a pure model: which panel is shown, how far it is
//! scrolled, and its rows (the line under the cursor in detail, the target's coverage, or the
//! checklist and experience), each with the letter line a click on it jumps to. Update code
//! counts and clamps with it; [`panel_render`](super::panel_render) draws it.

use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};

use super::analysis::LiveAnalysis;
use crate::classify::Colour;
use crate::letter::wording;
use crate::noc::UnitGroup;
use crate::tui::action::Action;
use crate::tui::action::Movement;
use crate::tui::bindings::key;
use crate::tui::shell::theme::Theme;

/// The analysis panel under the letter.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Panel {
    /// The line under the cursor: its best occupations, why it is amber or red, what to change.
    Line,
    /// The target's lead statement and main duties, ticked when a line covers them.
    Coverage,
    /// What a reference letter must contain, found or missing.
    Checklist,
}

impl Panel {
    pub const ORDER: [Panel; 3] = [Panel::Line, Panel::Coverage, Panel::Checklist];
}

/// The panel shown and its scroll position.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PanelState {
    pub panel: Panel,
    /// The first row shown (may exceed the rows; [`PanelState::first_row`] clamps it).
    pub scroll: usize,
    /// The cursor line the line-detail panel was scrolled for.
    line: usize,
    /// Only the panel's title row shows, leaving its rows to the letter.
    pub folded: bool,
}

impl Default for PanelState {
    fn default() -> PanelState {
        PanelState {
            panel: Panel::Line,
            scroll: 0,
            line: 0,
            folded: false,
        }
    }
}

impl PanelState {
    /// Shows `panel` from its top.
    pub fn show(&mut self, panel: Panel) {
        self.panel = panel;
        self.scroll = 0;
    }

    /// How far a panel of `rows` rows scrolls in `area` (its tab row included).
    pub fn max_scroll(rows: usize, area: Rect) -> usize {
        rows.saturating_sub(usize::from(area.height.saturating_sub(1)))
    }

    /// The first row drawn: the scroll position, kept inside the rows.
    pub fn first_row(&self, rows: usize, area: Rect) -> usize {
        self.scroll.min(Self::max_scroll(rows, area))
    }

    /// Scrolls a panel of `rows` rows in `area`, a page at a time for PgUp and PgDn.
    pub fn scroll_by(&mut self, movement: Movement, rows: usize, area: Rect) {
        let height = usize::from(area.height.saturating_sub(1));
        let max = Self::max_scroll(rows, area);
        let page = height.saturating_sub(1).max(1);
        self.scroll = movement.scrolled(self.scroll.min(max), page, max);
    }

    /// The line detail describes the cursor's line: a new line starts at its top.
    pub fn follow_cursor(&mut self, line: usize) {
        if self.panel == Panel::Line && line != self.line {
            self.scroll = 0;
        }
        self.line = line;
    }
}

/// What the panel describes.
pub struct Source<'a> {
    pub live: &'a LiveAnalysis,
    /// The cursor's line (0-based).
    pub cursor_line: usize,
    pub target: Option<&'static UnitGroup>,
}

/// What the panel and the verdict say while the classifier loads.
pub const ANALYSING: &str = "analysing…";

/// One row of the panel, with the letter line (1-based) a click on it jumps to.
pub struct Row {
    pub text: Line<'static>,
    pub line: Option<usize>,
}

/// The rows of `panel` below its names, `width` columns wide.
pub fn rows(source: &Source, panel: Panel, width: usize, theme: Theme) -> Vec<Row> {
    if source.live.is_analysing() {
        return vec![Row {
            text: Line::styled(ANALYSING, theme.muted()),
            line: None,
        }];
    }
    let rows = match panel {
        Panel::Line => line_detail(source, width, theme)
            .into_iter()
            .map(|line| (line, None))
            .collect(),
        Panel::Coverage => coverage_rows(source, width, theme),
        Panel::Checklist => checklist_rows(source, width, theme),
    };
    rows.into_iter()
        .map(|(text, line)| Row { text, line })
        .collect()
}

/// Wraps `text` to `width` with `indent` before continuation rows.
fn wrapped(text: &str, width: usize, indent: &str, style: Style) -> Vec<Line<'static>> {
    let options = textwrap::Options::new(width.max(8)).subsequent_indent(indent);
    textwrap::wrap(text, options)
        .into_iter()
        .map(|row| Line::styled(row.into_owned(), style))
        .collect()
}

fn line_detail(source: &Source, width: usize, theme: Theme) -> Vec<Line<'static>> {
    let index = source.cursor_line;
    let number = index + 1;
    let Some(analysis) = source.live.lines.get(index).filter(|a| a.is_duty()) else {
        return wrapped(&wording::not_a_duty(number), width, "", theme.muted());
    };
    let mut rows = Vec::new();
    let label = format!("Line {number} ");
    let (text, style) = match (analysis.judgement.as_ref(), source.target) {
        (Some(judgement), Some(target)) => (
            format!(
                "{} {} {}",
                wording::colour_verdict(judgement.colour),
                target.code,
                target.title
            ),
            theme.duty(judgement.colour).add_modifier(Modifier::BOLD),
        ),
        _ => (
            format!(
                "no target: set one with {} in the browser",
                key(&Action::SetTarget)
            ),
            theme.muted(),
        ),
    };
    // The heading wraps like the rest: a narrow panel must not cut the occupation off.
    for (row, line) in wrapped(&format!("{label}{text}"), width, "  ", style)
        .into_iter()
        .enumerate()
    {
        let shown = line.to_string();
        match shown.strip_prefix(&label).filter(|_| row == 0) {
            Some(rest) => rows.push(Line::from(vec![
                Span::styled(label.clone(), theme.heading()),
                Span::styled(rest.to_owned(), style),
            ])),
            None => rows.push(line),
        }
    }
    if let (Some(judgement), Some(target)) = (analysis.judgement.as_ref(), source.target) {
        rows.extend(wrapped(
            &wording::target_rank(target, judgement.target_rank, judgement.target_score),
            width,
            "  ",
            theme.muted(),
        ));
    }
    if let Some(verbatim) = &analysis.verbatim {
        rows.extend(wrapped(
            &wording::copies_noc(verbatim.code, verbatim.overlap),
            width,
            "  ",
            theme.verbatim(),
        ));
    }
    if let Some(judgement) = &analysis.judgement {
        // A green line says why only when it alone reads as the workers it directs.
        if judgement.colour != Colour::Green || judgement.directed.is_some() {
            rows.extend(wrapped(
                &wording::why(&judgement.reason),
                width,
                "  ",
                Style::new(),
            ));
        }
        if let Some(advice) = &judgement.advice {
            rows.extend(wrapped(
                &wording::to_make_green(advice),
                width,
                "  ",
                Style::new(),
            ));
        }
    }
    let length = analysis.line.text.chars().count();
    if length > wording::LONG_LINE {
        rows.extend(wrapped(
            &wording::long_line(length),
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

fn coverage_rows(
    source: &Source,
    width: usize,
    theme: Theme,
) -> Vec<(Line<'static>, Option<usize>)> {
    let (Some(coverage), Some(target)) = (&source.live.summary.coverage, source.target) else {
        return wrapped(
            &format!(
                "Set a target ({} on an occupation in the browser) to see which of its duties the letter covers.",
                key(&Action::SetTarget)
            ),
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
    let items = std::iter::once((&coverage.lead, wording::LEAD))
        .chain(coverage.duties.iter().map(|duty| (duty, "")));
    for (item, label) in items {
        let tick = wording::tick(item.covered());
        let style = if item.covered() {
            theme.duty(Colour::Green)
        } else {
            theme.muted()
        };
        let text = format!(
            "{tick} {label}{}{}",
            item.text,
            wording::lines_note(&item.lines)
        );
        for line in wrapped(&text, width, "  ", style) {
            rows.push((line, item.lines.first().copied()));
        }
    }
    rows
}

fn checklist_rows(
    source: &Source,
    width: usize,
    theme: Theme,
) -> Vec<(Line<'static>, Option<usize>)> {
    let mut rows = Vec::new();
    for item in &source.live.summary.checklist {
        let tick = wording::tick(item.found);
        let style = theme.duty(if item.found {
            Colour::Green
        } else {
            Colour::Red
        });
        let detail = wording::checklist_detail(item.line, item.note.as_deref());
        let text = format!("{tick} {}{detail}", item.label);
        for line in wrapped(&text, width, "  ", style) {
            rows.push((line, item.line));
        }
    }
    rows.extend(experience_rows(source, width, theme));
    rows
}

/// The experience the letter states, under the checklist: the summary (a click goes to the
/// first position's line), each program met (green), short (red) or not told (amber), what to
/// add (amber) and the rule with its date.
fn experience_rows(
    source: &Source,
    width: usize,
    theme: Theme,
) -> Vec<(Line<'static>, Option<usize>)> {
    let experience = &source.live.experience;
    let first_line = experience.positions.first().map(|position| position.line);
    let mut rows = vec![(
        Line::styled(
            wording::experience_heading(experience.as_of),
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
