//! The letter pane: the text with each duty line in its colour and a gutter of line numbers,
//! best codes and marks, and the verdict bar; the analysis panel below is [`panel`](super::panel)'s.
//! Drawn from `lines()` because the editing widget has no per-line colours.

use ratatui::Frame;
use ratatui::layout::{Position, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph};

use super::LetterPane;
use super::document::Found;
use super::panel_render;
use super::wrap;
use crate::classify::Colour;
use crate::letter::LineAnalysis;
use crate::tui::action::Action;
use crate::tui::bindings::key;
use crate::tui::shell::theme::Theme;

/// What the letter pane is drawn from.
pub struct View<'a> {
    pub pane: &'a LetterPane,
    pub theme: Theme,
    /// The letter has focus (its border is highlighted).
    pub focused: bool,
    /// The terminal cursor goes in the text (focused, and no overlay or prompt covers it).
    pub cursor: bool,
}

/// Draws the letter pane in `area`, its border included.
pub fn render(frame: &mut Frame, view: &View, area: Rect) {
    let theme = view.theme;
    let focused = view.focused;
    let app = view.pane;
    let name = app
        .editor
        .path
        .as_ref()
        .and_then(|p| p.file_name())
        .map_or_else(
            || "new letter".to_owned(),
            |n| n.to_string_lossy().into_owned(),
        );
    let modified = if app.editor.is_dirty() {
        " [modified]"
    } else {
        ""
    };
    let block = Block::bordered()
        .title(format!(" Letter: {name}{modified} "))
        .title_bottom(Line::from(format!(" {} ", app.editor.format.ending_name())).right_aligned())
        .border_style(theme.border(focused));
    frame.render_widget(block, area);
    let areas = app.areas(area);
    render_text(frame, view, areas.gutter, areas.text);
    render_verdict(frame, view, areas.verdict);
    panel_render::render(frame, &app.panel_source(), app.panel, theme, areas.panel);
}

/// The mark in the gutter for a duty line.
fn mark(analysis: &LineAnalysis, theme: Theme) -> Span<'static> {
    if analysis.verbatim.is_some() {
        return Span::styled("≡", theme.verbatim());
    }
    match analysis.colour() {
        Some(colour) => Span::styled(
            match colour {
                Colour::Green => "✓",
                Colour::Amber => "!",
                Colour::Red => "✗",
            },
            theme.duty(colour),
        ),
        None => Span::styled("·", theme.muted()),
    }
}

fn line_style(analysis: Option<&LineAnalysis>, theme: Theme) -> Style {
    analysis
        .and_then(LineAnalysis::colour)
        .map_or_else(Style::new, |colour| theme.duty(colour))
}

/// Characters as they are drawn: tabs and control characters take one plain cell.
fn display_char(c: char) -> char {
    if c.is_control() { ' ' } else { c }
}

fn render_text(frame: &mut Frame, view: &View, gutter: Rect, text: Rect) {
    let theme = view.theme;
    let app = view.pane;
    let width = usize::from(text.width).max(1);
    let height = usize::from(text.height);
    let editor = &app.editor;
    let (cursor_line, _) = editor.cursor();
    let highlights = Highlights {
        selection: editor.selection(),
        found: editor.found,
    };
    let mut rows: Vec<(Line, Line)> = Vec::with_capacity(height);
    let mut screen_row = 0;
    for (index, line) in editor.lines().iter().enumerate() {
        if rows.len() >= height {
            break;
        }
        let chars: Vec<char> = line.chars().map(display_char).collect();
        let wrapped = wrap::wrap(&chars, width);
        if screen_row + wrapped.len() <= editor.scroll {
            screen_row += wrapped.len();
            continue;
        }
        let analysis = app.live.lines.get(index).filter(|a| a.is_duty());
        let style = line_style(analysis, theme);
        for (part, segment) in wrapped.iter().enumerate() {
            if screen_row < editor.scroll {
                screen_row += 1;
                continue;
            }
            screen_row += 1;
            if rows.len() >= height {
                break;
            }
            let gutter_line = if part == 0 {
                gutter_spans(index, analysis, index == cursor_line, theme)
            } else {
                Line::default()
            };
            let spans = text_spans(&chars, *segment, index, highlights, style, theme);
            rows.push((gutter_line, Line::from(spans)));
        }
    }
    let (gutter_lines, text_lines): (Vec<Line>, Vec<Line>) = rows.into_iter().unzip();
    if gutter.width > 0 {
        frame.render_widget(Paragraph::new(gutter_lines), gutter);
    }
    if editor.lines().len() == 1 && editor.lines()[0].is_empty() {
        // Typing goes where the focus is: the hint says how to get here when it is elsewhere.
        let words = if view.focused {
            format!(
                "Type or paste the reference letter here, or {} for a template",
                key(&Action::NewLetter)
            )
        } else {
            format!(
                "Paste the reference letter: it lands here from any pane. To type it, click here or press {}",
                key(&Action::ToggleMaximise)
            )
        };
        let hint = Line::styled(words, theme.muted());
        frame.render_widget(
            Paragraph::new(hint).wrap(ratatui::widgets::Wrap { trim: true }),
            text,
        );
    } else {
        frame.render_widget(Paragraph::new(text_lines), text);
    }
    if view.cursor {
        let (row, column) = editor.cursor_screen_row(width);
        if row >= editor.scroll && row < editor.scroll + height {
            let x = text.x + u16::try_from(column).unwrap_or(0);
            let y = text.y + u16::try_from(row - editor.scroll).unwrap_or(0);
            frame.set_cursor_position(Position::new(x, y));
        }
    }
}

fn gutter_spans(
    index: usize,
    analysis: Option<&LineAnalysis>,
    current: bool,
    theme: Theme,
) -> Line<'static> {
    let number_style = if current {
        theme.heading()
    } else {
        theme.muted()
    };
    let mut spans = vec![Span::styled(format!("{:>3} ", index + 1), number_style)];
    if let Some(analysis) = analysis {
        // Where the target stands for the line, in the context of the letter.
        let rank = analysis
            .judgement
            .as_ref()
            .map_or(String::new(), |j| format!("#{}", j.target_rank.min(99)));
        spans.push(Span::styled(format!("{rank:<4}"), number_style));
        let code = analysis
            .top
            .first()
            .map_or("-----", |c| c.unit.code.as_str());
        spans.push(Span::styled(
            format!("{code:<5} "),
            line_style(Some(analysis), theme),
        ));
        spans.push(mark(analysis, theme));
    }
    Line::from(spans)
}

/// What is highlighted in the letter's text: the selection and the match of the last find.
#[derive(Clone, Copy)]
struct Highlights {
    selection: Option<((usize, usize), (usize, usize))>,
    found: Option<Found>,
}

impl Highlights {
    /// The style of the character at `column` of `line`, on top of the line's `style`.
    fn style(self, line: usize, column: usize, style: Style, theme: Theme) -> Style {
        let selected = self
            .selection
            .is_some_and(|((start_line, start), (end_line, end))| {
                (line, column) >= (start_line, start) && (line, column) < (end_line, end)
            });
        let found = self
            .found
            .is_some_and(|found| found.line == line && (found.start..found.end).contains(&column));
        match (selected, found) {
            (_, true) => style.patch(theme.found()),
            (true, false) => style.patch(theme.selection()),
            (false, false) => style,
        }
    }
}

/// The spans of one screen row, with the selected characters in the selection style and the
/// match of the last find in the found style.
fn text_spans(
    chars: &[char],
    segment: wrap::Row,
    line: usize,
    highlights: Highlights,
    style: Style,
    theme: Theme,
) -> Vec<Span<'static>> {
    let mut spans = Vec::new();
    let mut run = String::new();
    let mut run_style = style;
    let visible = chars.get(segment.start..segment.end).unwrap_or_default();
    for (offset, &c) in visible.iter().enumerate() {
        let char_style = highlights.style(line, segment.start + offset, style, theme);
        if char_style != run_style && !run.is_empty() {
            spans.push(Span::styled(std::mem::take(&mut run), run_style));
        }
        run_style = char_style;
        run.push(c);
    }
    if !run.is_empty() {
        spans.push(Span::styled(run, run_style));
    }
    spans
}

fn render_verdict(frame: &mut Frame, view: &View, area: Rect) {
    let app = view.pane;
    if area.height == 0 {
        return;
    }
    let theme = view.theme;
    let summary = &app.live.summary;
    let mut first = vec![Span::styled("Verdict: ", theme.heading())];
    if app.live.is_analysing() {
        first.push(Span::styled(super::panel::ANALYSING, theme.muted()));
    } else if summary.verdict.counted_lines == 0 {
        first.push(Span::styled("no duty lines yet", theme.muted()));
    } else {
        first.push(Span::raw(summary.verdict.summary(3)));
    }
    if let Some(coverage) = &summary.coverage {
        first.push(Span::styled(
            format!(" · {}", coverage.summary()),
            theme.muted(),
        ));
    }
    let first = Line::from(first);
    let width = usize::from(area.width.max(1));
    let rows = |text: &str| text.chars().count().div_ceil(width).max(1);
    if let Some(competitor) = &summary.verdict.competitor {
        // The longest form of the warning that fits whole: under the whole shares if it can,
        // else under the shares cut to one row. A warning is never cut.
        let height = usize::from(area.height);
        let forms = [
            competitor.warning(),
            competitor.short_warning(),
            competitor.tiny_warning(),
        ]
        .map(|form| format!("⚠ {form}"));
        let first_rows = rows(&first.to_string());
        let (warning, first_rows) = forms
            .iter()
            .find(|form| first_rows + rows(form) <= height)
            .map(|form| (form.as_str(), first_rows))
            .or_else(|| {
                forms
                    .iter()
                    .find(|form| rows(form) < height)
                    .map(|form| (form.as_str(), 1))
            })
            .unwrap_or(("", first_rows.min(height)));
        let [top, bottom] = ratatui::layout::Layout::vertical([
            ratatui::layout::Constraint::Length(u16::try_from(first_rows).unwrap_or(1)),
            ratatui::layout::Constraint::Fill(1),
        ])
        .areas(area);
        frame.render_widget(
            Paragraph::new(first).wrap(ratatui::widgets::Wrap { trim: true }),
            top,
        );
        frame.render_widget(
            Paragraph::new(Line::styled(warning.to_owned(), theme.duty(Colour::Amber)))
                .wrap(ratatui::widgets::Wrap { trim: true }),
            bottom,
        );
        return;
    }
    let second = if app.target.is_none() {
        Line::styled(
            format!(
                "No target: press {} on an occupation in the browser (or start with --noc CODE) to colour the lines",
                key(&Action::SetTarget)
            ),
            theme.muted(),
        )
    } else {
        let found = summary.checklist.iter().filter(|i| i.found).count();
        Line::styled(
            format!(
                "Checklist: {found} of {} items found",
                summary.checklist.len()
            ),
            theme.muted(),
        )
    };
    frame.render_widget(
        Paragraph::new(vec![first, second]).wrap(ratatui::widgets::Wrap { trim: true }),
        area,
    );
}
