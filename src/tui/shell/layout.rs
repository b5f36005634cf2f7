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

/// The areas for a terminal of this size, with the browser wider than the letter.
pub fn areas(size: Rect) -> Areas {
    areas_for(size, false)
}

/// The areas for a terminal of this size; the letter gets the larger share while it is being
/// edited (`letter_wide`).
pub fn areas_for(size: Rect, letter_wide: bool) -> Areas {
    let [title, body, footer] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Fill(1),
        Constraint::Length(1),
    ])
    .areas(size);
    let (browser_share, letter_share) = if letter_wide { (2, 3) } else { (3, 2) };
    let [browser, letter] = Layout::horizontal([
        Constraint::Fill(browser_share),
        Constraint::Fill(letter_share),
    ])
    .areas(body);
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

/// Columns of the letter's gutter: line number, the target's rank for the line, the line's
/// best NOC code and a mark.
pub const GUTTER: u16 = 16;

/// The parts of the letter pane, inside its border.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LetterAreas {
    /// Line numbers, best codes and marks beside the text.
    pub gutter: Rect,
    /// The letter's text.
    pub text: Rect,
    /// The verdict: each occupation's share of the duty lines, and any warning.
    pub verdict: Rect,
    /// The analysis panel (its first row holds the panel names).
    pub panel: Rect,
}

/// The parts of the letter pane `letter` (its outer area, border included).
pub fn letter_areas(letter: Rect) -> LetterAreas {
    let inside = inner(letter);
    let panel_height = if inside.height >= 12 {
        (inside.height * 2 / 5).clamp(4, 14)
    } else {
        0
    };
    // The verdict's first row holds the shares and the coverage; a warning wraps below it.
    let verdict_height = if inside.height >= 24 {
        4
    } else if inside.height >= 16 {
        3
    } else if inside.height >= 8 {
        2
    } else {
        0
    };
    let [editor, verdict, panel] = Layout::vertical([
        Constraint::Fill(1),
        Constraint::Length(verdict_height),
        Constraint::Length(panel_height),
    ])
    .areas(inside);
    let gutter_width = if editor.width > GUTTER + 10 {
        GUTTER
    } else {
        0
    };
    let [gutter, text] =
        Layout::horizontal([Constraint::Length(gutter_width), Constraint::Fill(1)]).areas(editor);
    LetterAreas {
        gutter,
        text,
        verdict,
        panel,
    }
}
