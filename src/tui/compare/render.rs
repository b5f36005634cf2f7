//! The compare view: two profiles side by side, filling the body.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Block, Paragraph};

use super::Compare;
use super::columns::{columns, legend};
use crate::tui::action::Action;
use crate::tui::bindings::key;
use crate::tui::shell::layout;
use crate::tui::shell::theme::Theme;

/// Draws the comparison, if one is open, over the body `area`.
pub fn render(frame: &mut Frame, compare: &Compare, theme: Theme, area: Rect) {
    let Some(view) = compare.view() else {
        return;
    };
    let (left, right) = (compare.unit(view.left), compare.unit(view.right));
    let block = Block::bordered()
        .title(format!(
            " Compare {} and {} · {} closes ",
            left.code,
            right.code,
            key(&Action::Cancel)
        ))
        .border_style(theme.border(true));
    frame.render_widget(block, area);
    let columns_areas = layout::compare_columns(area);
    let inside = layout::inner(area);
    frame.render_widget(
        Paragraph::new(legend(theme)),
        Rect::new(inside.x, inside.y, inside.width, 1),
    );
    let width = usize::from(columns_areas[0].width);
    let documents = columns(
        (left, &view.comparison.left),
        (right, &view.comparison.right),
        width,
        theme,
    );
    for (area, document) in columns_areas.into_iter().zip(documents) {
        let area = Rect::new(
            area.x,
            area.y + 2,
            area.width,
            area.height.saturating_sub(2),
        );
        let lines: Vec<Line> = document
            .lines
            .into_iter()
            .skip(view.scroll)
            .take(usize::from(area.height))
            .collect();
        frame.render_widget(Paragraph::new(lines), area);
    }
}
