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

/// How the body is shared between the browser and the letter.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Arrangement {
    /// The browser is the main pane (no letter yet).
    Browser,
    /// The letter is the main pane (a letter is open, or it has focus).
    Letter,
    /// The letter fills the body; the browser is hidden.
    LetterOnly,
}

/// The areas for a terminal of this size, with the browser wider than the letter.
pub fn areas(size: Rect) -> Areas {
    arranged(size, Arrangement::Browser)
}

/// The areas for a terminal of this size; the letter gets the larger share while it is the
/// main pane (`letter_wide`).
pub fn areas_for(size: Rect, letter_wide: bool) -> Areas {
    let arrangement = if letter_wide {
        Arrangement::Letter
    } else {
        Arrangement::Browser
    };
    arranged(size, arrangement)
}

/// The areas for a terminal of this size in this arrangement.
pub fn arranged(size: Rect, arrangement: Arrangement) -> Areas {
    let [title, body, footer] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Fill(1),
        Constraint::Length(1),
    ])
    .areas(size);
    let (browser_share, letter_share) = match arrangement {
        Arrangement::Browser => (3, 2),
        Arrangement::Letter => (2, 3),
        Arrangement::LetterOnly => (0, 1),
    };
    let [browser, letter] = if browser_share == 0 {
        [Rect::new(body.x, body.y, 0, 0), body]
    } else {
        Layout::horizontal([
            Constraint::Fill(browser_share),
            Constraint::Fill(letter_share),
        ])
        .areas(body)
    };
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

/// The letter's text keeps at least this many rows before the panel takes any beyond its
/// first (an 80 x 24 terminal shows 14).
pub const TEXT_ROWS: u16 = 14;

/// The parts of the letter pane `letter` (its outer area, border included), the panel unfolded.
pub fn letter_areas(letter: Rect) -> LetterAreas {
    letter_areas_with(letter, false)
}

/// The parts of the letter pane `letter`; a `folded` panel keeps only its title row.
pub fn letter_areas_with(letter: Rect, folded: bool) -> LetterAreas {
    let inside = inner(letter);
    let height = inside.height;
    // The verdict's first row holds the shares and the coverage; a warning wraps below it.
    let verdict_height = match height {
        0..8 => 0,
        8..24 => 2,
        24..34 => 3,
        _ => 4,
    };
    // The panel shows at least its title row, and more only while the text keeps its rows.
    let panel_height = if height < 12 {
        0
    } else if folded {
        1
    } else {
        (height * 2 / 5)
            .clamp(4, 14)
            .min(height.saturating_sub(verdict_height + TEXT_ROWS))
            .max(1)
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
