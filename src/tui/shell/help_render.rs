//! Drawing the help overlay: the sections of [`help`](super::help), flowing into a second
//! column when the terminal is too short for one. When two columns do not fit the width, it is
//! one column that wraps and scrolls.

use ratatui::Frame;
use ratatui::layout::{Constraint, Flex, Layout, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Block, Clear, Padding, Paragraph, Wrap};

use super::help::{FRAME_HEIGHT, FRAME_WIDTH, Help, line_count, sections, single_column};
use super::theme::Theme;
use crate::tui::action::Action;
use crate::tui::bindings::key;

/// Columns between two columns of help.
const GAP: u16 = 3;

/// Draws the overlay over `area` (the whole screen).
pub fn render(frame: &mut Frame, help: Help, theme: Theme, area: Rect) {
    let sections = sections(theme);
    // Pack whole sections into columns no taller than the screen allows, with a blank line
    // between sections when there is room for it.
    let room = usize::from(area.height.saturating_sub(4)).max(1);
    let total: usize = sections.iter().map(Vec::len).sum();
    let spaced = total + sections.len() - 1 <= room;
    let mut columns: Vec<Vec<Line>> = vec![Vec::new()];
    for section in sections.iter().cloned() {
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
    if inner_width + FRAME_WIDTH > area.width {
        render_scrolling(frame, help, theme, area, single_column(sections));
        return;
    }
    let inner_height = columns.iter().map(Vec::len).max().unwrap_or(0) as u16;
    let popup = centred(area, inner_width + FRAME_WIDTH, inner_height + FRAME_HEIGHT);
    let title = format!(" Keys · {} closes ", key(&Action::Cancel));
    let inside = frame_popup(frame, theme, popup, &title);
    let areas = Layout::horizontal(widths.iter().map(|&w| Constraint::Length(w)))
        .spacing(GAP)
        .split(inside);
    for (lines, column) in columns.into_iter().zip(areas.iter()) {
        frame.render_widget(Paragraph::new(lines), *column);
    }
}

/// One column over the whole screen, wrapped, scrolled to the app's help offset.
fn render_scrolling(
    frame: &mut Frame,
    help: Help,
    theme: Theme,
    area: Rect,
    lines: Vec<Line<'static>>,
) {
    let popup = centred(area, area.width, area.height);
    let inside = frame_popup(
        frame,
        theme,
        popup,
        &format!(
            " Keys · ↑ ↓ PgUp PgDn scroll · {} closes ",
            key(&Action::Cancel)
        ),
    );
    let rows = line_count(usize::from(area.width));
    let offset = help
        .scroll
        .min(rows.saturating_sub(usize::from(inside.height)));
    let offset = u16::try_from(offset).unwrap_or(u16::MAX);
    frame.render_widget(
        Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .scroll((offset, 0)),
        inside,
    );
}

fn centred(area: Rect, width: u16, height: u16) -> Rect {
    let [popup] = Layout::horizontal([Constraint::Length(width.min(area.width))])
        .flex(Flex::Center)
        .areas(area);
    let [popup] = Layout::vertical([Constraint::Length(height.min(area.height))])
        .flex(Flex::Center)
        .areas(popup);
    popup
}

/// Clears the popup, draws its border and returns the area inside.
fn frame_popup(frame: &mut Frame, theme: Theme, popup: Rect, title: &str) -> Rect {
    let block = Block::bordered()
        .title(title.to_owned())
        .border_style(theme.border(true))
        .padding(Padding::horizontal(1));
    let inside = block.inner(popup);
    frame.render_widget(Clear, popup);
    frame.render_widget(block, popup);
    inside
}
