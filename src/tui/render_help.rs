//! The help overlay: every binding from the keymap's table, the section named in a gutter,
//! flowing into a second column only when the terminal is too short for one.

use ratatui::Frame;
use ratatui::layout::{Constraint, Flex, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Padding, Paragraph};

use super::app::App;
use super::keymap::HELP;

/// Columns between two columns of help.
const GAP: u16 = 3;

pub fn render(frame: &mut Frame, app: &App, area: Rect) {
    let theme = app.theme;
    let section_width = HELP.iter().map(|e| e.0.chars().count()).max().unwrap_or(0);
    let keys_width = HELP.iter().map(|e| e.1.chars().count()).max().unwrap_or(0);
    let mut sections: Vec<Vec<Line>> = Vec::new();
    let mut current = "";
    for &(name, keys, what) in HELP {
        let first = name != current;
        current = name;
        let label = if first { name } else { "" };
        let line = Line::from(vec![
            Span::styled(format!("{label:<section_width$}  "), theme.heading()),
            Span::styled(format!("{keys:<keys_width$}  "), theme.key()),
            Span::raw(what),
        ]);
        match sections.last_mut() {
            Some(lines) if !first => lines.push(line),
            _ => sections.push(vec![line]),
        }
    }
    // Pack whole sections into columns no taller than the screen allows, with a blank line
    // between sections when there is room for it.
    let room = usize::from(area.height.saturating_sub(4)).max(1);
    let total: usize = sections.iter().map(Vec::len).sum();
    let spaced = total + sections.len() - 1 <= room;
    let mut columns: Vec<Vec<Line>> = vec![Vec::new()];
    for section in sections {
        let Some(column) = columns.last_mut() else {
            break;
        };
        let blank = usize::from(spaced && !column.is_empty());
        if !column.is_empty() && column.len() + blank + section.len() > room {
            columns.push(section);
        } else {
            if blank == 1 {
                column.push(Line::default());
            }
            column.extend(section);
        }
    }
    let widths: Vec<u16> = columns
        .iter()
        .map(|lines| lines.iter().map(Line::width).max().unwrap_or(0) as u16)
        .collect();
    let inner_width = widths.iter().sum::<u16>() + GAP * (widths.len() as u16 - 1);
    let inner_height = columns.iter().map(Vec::len).max().unwrap_or(0) as u16;
    let [popup] = Layout::horizontal([Constraint::Length(inner_width + 4)])
        .flex(Flex::Center)
        .areas(area);
    let [popup] = Layout::vertical([Constraint::Length(inner_height + 2)])
        .flex(Flex::Center)
        .areas(popup);
    let block = Block::bordered()
        .title(" Keys · Esc closes ")
        .border_style(theme.border(true))
        .padding(Padding::horizontal(1));
    let inside = block.inner(popup);
    frame.render_widget(Clear, popup);
    frame.render_widget(block, popup);
    let areas = Layout::horizontal(widths.iter().map(|&w| Constraint::Length(w)))
        .spacing(GAP)
        .split(inside);
    for (lines, column) in columns.into_iter().zip(areas.iter()) {
        frame.render_widget(Paragraph::new(lines), *column);
    }
}
