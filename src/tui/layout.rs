//! Where each pane goes for a terminal size. Pure, so drawing and mouse handling agree.

use ratatui::layout::{Constraint, Layout, Margin, Rect};

/// The smallest terminal the layout works in.
pub const MIN_WIDTH: u16 = 60;
pub const MIN_HEIGHT: u16 = 16;

/// The screen areas of the application frame.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Areas {
    /// The title bar across the top.
    pub title: Rect,
    /// Everything between the title bar and the footer (the compare view fills it).
    pub body: Rect,
    /// The browser's search box.
    pub search: Rect,
    /// The result list or hierarchy tree.
    pub list: Rect,
    /// The occupation profile.
    pub profile: Rect,
    /// The right half, for the letter.
    pub letter: Rect,
    /// The key hints across the bottom.
    pub footer: Rect,
}

/// Whether a terminal of this size is too small for the layout.
pub fn too_small(size: Rect) -> bool {
    size.width < MIN_WIDTH || size.height < MIN_HEIGHT
}

/// The areas for a terminal of this size.
pub fn areas(size: Rect) -> Areas {
    let [title, body, footer] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Fill(1),
        Constraint::Length(1),
    ])
    .areas(size);
    // The browser gets the larger share until the letter editor needs it.
    let [browser, letter] =
        Layout::horizontal([Constraint::Fill(3), Constraint::Fill(2)]).areas(body);
    let [search, list, profile] = Layout::vertical([
        Constraint::Length(3),
        Constraint::Fill(2),
        Constraint::Fill(3),
    ])
    .areas(browser);
    Areas {
        title,
        body,
        search,
        list,
        profile,
        letter,
        footer,
    }
}

/// The inside of a bordered pane.
pub fn inner(area: Rect) -> Rect {
    area.inner(Margin::new(1, 1))
}

/// The two columns of the compare view inside the body.
pub fn compare_columns(body: Rect) -> [Rect; 2] {
    let inside = inner(body);
    Layout::horizontal([Constraint::Fill(1), Constraint::Fill(1)])
        .spacing(2)
        .areas(inside)
}

/// Whether a screen position lies inside an area.
pub fn contains(area: Rect, column: u16, row: u16) -> bool {
    column >= area.x && column < area.right() && row >= area.y && row < area.bottom()
}
