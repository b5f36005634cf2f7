//! Drawing the frame from the state: title bar, panes, footer and overlays. Pure: nothing here
//! changes the app.

use ratatui::Frame;
use ratatui::layout::{Alignment, Constraint, Layout, Rect};
use ratatui::text::{Line, Span, Text};
use ratatui::widgets::{Block, Paragraph, Wrap};

use super::app::App;
use super::keymap::{self, Focus};
use super::layout::{self, MIN_HEIGHT, MIN_WIDTH};
use super::{render_browser, render_compare, render_help};

/// Draws the whole screen.
pub fn draw(frame: &mut Frame, app: &App) {
    let area = frame.area();
    if layout::too_small(area) {
        render_too_small(frame, app, area);
        return;
    }
    let areas = layout::areas(area);
    render_title(frame, app, areas.title);
    if app.compare.is_some() {
        render_compare::render(frame, app, areas.body);
    } else {
        render_browser::render_search(frame, app, areas.search);
        render_browser::render_list(frame, app, areas.list);
        render_browser::render_profile(frame, app, areas.profile);
        render_letter(frame, app, areas.letter);
    }
    render_footer(frame, app, areas.footer);
    if app.help {
        render_help::render(frame, app, area);
    }
}

fn render_too_small(frame: &mut Frame, app: &App, area: Rect) {
    let text = Text::from(vec![
        Line::styled(
            format!("terminal too small (need {MIN_WIDTH} x {MIN_HEIGHT})"),
            app.theme.error(),
        ),
        Line::from(format!("now {} x {}", area.width, area.height)),
        Line::from("enlarge the window, or press Ctrl-Q to quit"),
    ]);
    let [middle] = Layout::vertical([Constraint::Length(5)])
        .flex(ratatui::layout::Flex::Center)
        .areas(area);
    frame.render_widget(
        Paragraph::new(text)
            .alignment(Alignment::Center)
            .wrap(Wrap { trim: true }),
        middle,
    );
}

/// "Target: 12200 Accounting technicians and bookkeepers · TEER 2", or how to set one.
pub fn target_text(app: &App) -> String {
    match app.target {
        Some(unit) => {
            let unit = app.unit(unit);
            format!("Target: {} {} · TEER {}", unit.code, unit.title, unit.teer)
        }
        None => "Target: none (press t on an occupation)".to_owned(),
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
    let mut spans: Vec<Span> = Vec::new();
    if let Some(status) = &app.status {
        let style = if status.success {
            theme.success()
        } else {
            theme.heading()
        };
        spans.push(Span::styled(format!(" {} ", status.text), style));
        spans.push(Span::raw(" "));
    } else if let Some(first) = app.compare_from {
        spans.push(Span::styled(
            format!(
                " Compare {} with: select an occupation, press c or Enter (Esc cancels) ",
                app.unit(first).code
            ),
            theme.heading(),
        ));
    }
    for (keys, what) in keymap::hints(app.context()) {
        spans.push(Span::styled(format!(" {keys}"), theme.key()));
        spans.push(Span::styled(format!(" {what}"), theme.muted()));
    }
    frame.render_widget(Line::from(spans), area);
}

fn render_letter(frame: &mut Frame, app: &App, area: Rect) {
    let theme = app.theme;
    let focused = app.focus == Focus::Letter;
    let block = Block::bordered()
        .title(" Letter ")
        .border_style(theme.border(focused));
    let file = match &app.letter {
        Some(path) => format!("File: {}", path.display()),
        None => "No letter open (run: nocfit LETTER.txt)".to_owned(),
    };
    let text = Text::from(vec![
        Line::from(file),
        Line::from(target_text(app)),
        Line::default(),
        Line::styled(
            "The letter editor arrives in a later version. Meanwhile, find the occupation \
             whose duties match your work and press t to make it the target.",
            theme.muted(),
        ),
    ]);
    frame.render_widget(
        Paragraph::new(text).block(block).wrap(Wrap { trim: true }),
        area,
    );
}
