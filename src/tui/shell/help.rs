//! The help overlay's model: whether it is open, how far it is scrolled, and its text (every
//! binding from the keymap's table, the section named in a gutter), so update code can clamp
//! the scroll without drawing. [`help_render`](super::help_render) lays it out.

use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use crate::tui::action::Movement;
use crate::tui::bindings::HELP;
use crate::tui::shell::theme::Theme;

/// Border and padding around the overlay's text, each way.
pub const FRAME_WIDTH: u16 = 4;
pub const FRAME_HEIGHT: u16 = 2;

/// The help's sections, each a list of aligned lines.
pub fn sections(theme: Theme) -> Vec<Vec<Line<'static>>> {
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
    sections
}

/// The sections as one column, a blank line between them.
pub fn single_column(sections: Vec<Vec<Line<'static>>>) -> Vec<Line<'static>> {
    let mut lines = Vec::new();
    for section in sections {
        if !lines.is_empty() {
            lines.push(Line::default());
        }
        lines.extend(section);
    }
    lines
}

/// How many rows the one-column help takes on a screen this wide (the scroll limit).
pub fn line_count(screen_width: usize) -> usize {
    let width = screen_width.saturating_sub(usize::from(FRAME_WIDTH)).max(1);
    single_column(sections(Theme::PLAIN))
        .iter()
        .map(|line| line.width().max(1).div_ceil(width))
        .sum()
}

/// The help overlay's state.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Help {
    pub open: bool,
    /// First row shown when the one-column help scrolls.
    pub scroll: usize,
}

impl Help {
    /// Opens or closes the overlay, at its top.
    pub fn toggle(&mut self) {
        self.open = !self.open;
        self.scroll = 0;
    }

    /// Scrolls the one-column help on a screen of `size`.
    pub fn scroll(&mut self, movement: Movement, size: Rect) {
        let page = usize::from(size.height.saturating_sub(6)).max(1);
        let max = line_count(usize::from(size.width));
        self.scroll = movement.scrolled(self.scroll, page, max);
    }
}
