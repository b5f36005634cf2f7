//! Drawing the frame from the state: title bar, panes, footer and overlays. Pure: nothing here
//! changes the app.

use ratatui::Frame;
use ratatui::layout::{Alignment, Constraint, Layout, Rect};
use ratatui::text::{Line, Span, Text};
use ratatui::widgets::{Block, Paragraph, Wrap};

use super::help_render;
use crate::tui::action::Action;
use crate::tui::bindings::{self, key};
use crate::tui::focus::Focus;
use crate::tui::letter::prompt::PromptMode;
use crate::tui::shell::app::App;
use crate::tui::shell::layout::{self, MIN_HEIGHT, MIN_WIDTH};
use crate::tui::{browser, compare, letter};

/// Draws the whole screen.
pub fn draw(frame: &mut Frame, app: &App) {
    let area = frame.area();
    if layout::too_small(area) {
        render_too_small(frame, app, area);
        return;
    }
    let areas = layout::arranged(area, app.arrangement());
    render_title(frame, app, areas.title);
    if app.compare.is_open() {
        compare::render::render(frame, &app.compare, app.theme, areas.body);
    } else {
        if app.arrangement() != layout::Arrangement::LetterOnly {
            render_browser(frame, app, &areas);
        }
        let focused = app.focus == Focus::Letter;
        let letter = letter::render::View {
            pane: &app.letter,
            theme: app.theme,
            focused,
            cursor: focused && !app.help.open && app.letter.prompt().is_none(),
        };
        letter::render::render(frame, &letter, areas.letter);
    }
    render_footer(frame, app, areas.footer);
    if app.help.open {
        help_render::render(frame, app.help, app.theme, area);
    }
}

fn render_browser(frame: &mut Frame, app: &App, areas: &layout::Areas) {
    let browser = browser::render::View {
        browser: &app.browser,
        focus: app.focus,
        theme: app.theme,
        cursor: !app.help.open,
        areas,
    };
    browser::render::render_search(frame, &browser, areas.search);
    browser::render::render_list(frame, &browser, areas.list);
    browser::render::render_profile(frame, &browser, areas.profile);
}

fn render_too_small(frame: &mut Frame, app: &App, area: Rect) {
    let mut lines = vec![
        Line::styled(
            format!("terminal too small (need {MIN_WIDTH} x {MIN_HEIGHT})"),
            app.theme.error(),
        ),
        Line::from(format!("now {} x {}", area.width, area.height)),
    ];
    if let Some(question) = app.letter.prompt_text() {
        lines.push(Line::styled(question, app.theme.heading()));
        lines.push(Line::from("enlarge the window to answer"));
    } else {
        lines.push(Line::from(format!(
            "enlarge the window, or press {} to quit; other keys wait",
            key(&Action::Quit)
        )));
    }
    let text = Text::from(lines);
    let [middle] = Layout::vertical([Constraint::Length(7)])
        .flex(ratatui::layout::Flex::Center)
        .areas(area);
    frame.render_widget(
        Paragraph::new(text)
            .alignment(Alignment::Center)
            .wrap(Wrap { trim: true }),
        middle,
    );
}

/// A prompt's note, whole, in the rows just above the footer (wrapped, over whatever is
/// there): a failed save's message names a file that a cut would lose.
fn render_note(
    frame: &mut Frame,
    note: &str,
    theme: crate::tui::shell::theme::Theme,
    footer: Rect,
) {
    let chars: Vec<char> = note.chars().collect();
    let lines: Vec<Line> = letter::wrap::wrap(&chars, usize::from(footer.width.max(1)))
        .iter()
        .map(|row| Line::from(chars[row.start..row.end].iter().collect::<String>()))
        .collect();
    let rows = u16::try_from(lines.len()).unwrap_or(u16::MAX).min(footer.y);
    let area = Rect::new(footer.x, footer.y - rows, footer.width, rows);
    frame.render_widget(ratatui::widgets::Clear, area);
    frame.render_widget(Paragraph::new(lines).style(theme.error()), area);
}

/// "Target: 12200 Accounting technicians and bookkeepers · TEER 2", or how to set one.
pub fn target_text(app: &App) -> String {
    match app.letter.target_unit() {
        Some(unit) => crate::letter::wording::target_line(&unit.code, unit),
        None => format!(
            "Target: none (press {} on an occupation)",
            key(&Action::SetTarget)
        ),
    }
}

fn render_title(frame: &mut Frame, app: &App, area: Rect) {
    let style = app.theme.title_bar();
    frame.render_widget(Block::new().style(style), area);
    let name = " nocfit · NOC 2021 ";
    let [left, right] =
        Layout::horizontal([Constraint::Length(name.len() as u16), Constraint::Fill(1)])
            .areas(area);
    frame.render_widget(Span::styled(name, style), left);
    frame.render_widget(
        Paragraph::new(format!("{} ", target_text(app)))
            .style(style)
            .alignment(Alignment::Right),
        right,
    );
}

fn render_footer(frame: &mut Frame, app: &App, area: Rect) {
    let theme = app.theme;
    if let Some(prompt) = app.letter.prompt() {
        if let Some(note) = &prompt.note {
            render_note(frame, note, theme, area);
        }
        let question = prompt.question(&app.letter.letter_name());
        let mut spans = vec![Span::styled(format!(" {question}"), theme.heading())];
        if prompt.mode() == PromptMode::Text {
            let style = if prompt.selected {
                theme.selection()
            } else {
                ratatui::style::Style::new()
            };
            spans.push(Span::styled(prompt.input.text().to_owned(), style));
            let column = area.x
                + u16::try_from(1 + question.chars().count() + prompt.input.cursor())
                    .unwrap_or(u16::MAX);
            if column < area.right() && !app.help.open {
                frame.set_cursor_position(ratatui::layout::Position::new(column, area.y));
            }
        }
        frame.render_widget(Line::from(spans), area);
        return;
    }
    let mut spans: Vec<Span> = Vec::new();
    if let Some(status) = &app.status {
        let style = if status.success {
            theme.success()
        } else {
            theme.heading()
        };
        spans.push(Span::styled(format!(" {} ", status.text), style));
        spans.push(Span::raw(" "));
    } else if let Some(picking) = app.compare.picking_text() {
        spans.push(Span::styled(picking, theme.heading()));
    }
    if app.focus == Focus::Letter
        && app.status.is_none()
        && let Some(off) = app.letter.recovery_off()
    {
        spans.push(Span::styled(format!(" {off} "), theme.heading()));
    } else if app.focus == Focus::Letter && app.status.is_none() && app.letter.target().is_none() {
        spans.push(Span::styled(
            format!(
                " No target: press {} in the browser or use --noc CODE ",
                key(&Action::SetTarget)
            ),
            theme.heading(),
        ));
    }
    // Whole hints only, in order of importance, as many as fit: a hint cut in half says
    // nothing.
    let mut width: usize = spans.iter().map(Span::width).sum();
    for (keys, what) in bindings::hints(app.context().footer()) {
        let key = Span::styled(format!(" {keys}"), theme.key());
        let description = Span::styled(format!(" {what}"), theme.muted());
        width += key.width() + description.width();
        if width > usize::from(area.width) {
            break;
        }
        spans.push(key);
        spans.push(description);
    }
    frame.render_widget(Line::from(spans), area);
}
