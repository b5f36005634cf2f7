//! Every colour and emphasis the TUI uses, in one place.
//!
//! Green means skilled work for Express Entry (TEER 0-3) or success; amber means caution (TEER
//! 4-5, a duty with no counterpart); red means an error. With `NO_COLOR` set the theme uses no
//! colour at all: selection is reverse video and meaning is carried by text and markers
//! (`TEER 4`, `+`), which are drawn in both modes.

use ratatui::style::{Color, Modifier, Style};

/// Skilled, success.
pub const GREEN: Color = Color::Green;
/// Caution: not skilled for Express Entry, no counterpart.
pub const AMBER: Color = Color::Yellow;
/// Errors.
pub const RED: Color = Color::Red;
/// Codes, focused borders, matched characters.
pub const ACCENT: Color = Color::Cyan;
/// Text on a coloured badge.
pub const ON_BADGE: Color = Color::Black;
/// Secondary text.
pub const MUTED: Color = Color::DarkGray;
/// A letter line that copies official NOC text.
pub const VERBATIM: Color = Color::Magenta;

/// The styles of one run: with colour, or without (`NO_COLOR`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
    pub color: bool,
}

impl Theme {
    pub const COLOR: Theme = Theme { color: true };
    pub const PLAIN: Theme = Theme { color: false };

    /// Colour unless the `NO_COLOR` environment variable is set to a non-empty value.
    pub fn from_env() -> Theme {
        let no_color = std::env::var_os("NO_COLOR").is_some_and(|value| !value.is_empty());
        Theme { color: !no_color }
    }

    fn fg(self, color: Color) -> Style {
        if self.color {
            Style::new().fg(color)
        } else {
            Style::new()
        }
    }

    /// The badge that shows a TEER level: green for skilled work, amber otherwise.
    pub fn teer_badge(self, teer: u8) -> Style {
        if !self.color {
            return Style::new().add_modifier(Modifier::BOLD);
        }
        let background = if teer <= 3 { GREEN } else { AMBER };
        Style::new()
            .fg(ON_BADGE)
            .bg(background)
            .add_modifier(Modifier::BOLD)
    }

    /// The Express Entry standing line.
    pub fn standing(self, skilled: bool) -> Style {
        self.fg(if skilled { GREEN } else { AMBER })
    }

    /// An occupation code.
    pub fn code(self) -> Style {
        self.fg(ACCENT).add_modifier(Modifier::BOLD)
    }

    /// Characters a search query matched.
    pub fn matched(self) -> Style {
        self.fg(ACCENT)
            .add_modifier(Modifier::BOLD | Modifier::UNDERLINED)
    }

    /// The selected row of a list; dimmer when its pane has no focus.
    pub fn selected(self, focused: bool) -> Style {
        if focused || !self.color {
            Style::new().add_modifier(Modifier::REVERSED)
        } else {
            Style::new().bg(MUTED)
        }
    }

    /// The marker drawn before the selected row, for terminals that lose reverse video.
    pub fn marker(self) -> &'static str {
        "▶ "
    }

    /// Section headings.
    pub fn heading(self) -> Style {
        Style::new().add_modifier(Modifier::BOLD)
    }

    /// Secondary text: context sentences, notes, hints.
    pub fn muted(self) -> Style {
        if self.color {
            Style::new().fg(MUTED)
        } else {
            Style::new().add_modifier(Modifier::DIM)
        }
    }

    /// A pane border: accented when the pane has focus.
    pub fn border(self, focused: bool) -> Style {
        match (focused, self.color) {
            (true, true) => Style::new().fg(ACCENT),
            (true, false) => Style::new().add_modifier(Modifier::BOLD),
            (false, _) => self.muted(),
        }
    }

    /// A link in a profile (an exclusion), reversed when selected.
    pub fn link(self, selected: bool) -> Style {
        let style = self.fg(ACCENT).add_modifier(Modifier::UNDERLINED);
        if selected {
            style.add_modifier(Modifier::REVERSED)
        } else {
            style
        }
    }

    /// A duty with no counterpart in the other occupation of a comparison.
    pub fn only_here(self) -> Style {
        self.fg(AMBER).add_modifier(Modifier::BOLD)
    }

    /// The title bar across the top.
    pub fn title_bar(self) -> Style {
        Style::new().add_modifier(Modifier::REVERSED)
    }

    /// A key name in the footer and help.
    pub fn key(self) -> Style {
        self.fg(ACCENT).add_modifier(Modifier::BOLD)
    }

    /// A confirmation in the footer ("Copied 12200").
    pub fn success(self) -> Style {
        self.fg(GREEN).add_modifier(Modifier::BOLD)
    }

    /// An error message ("terminal too small").
    pub fn error(self) -> Style {
        self.fg(RED).add_modifier(Modifier::BOLD)
    }

    /// A duty line of the letter against the target: green supports it, amber is weak, red
    /// reads as another occupation.
    pub fn duty(self, colour: crate::classify::Colour) -> Style {
        use crate::classify::Colour;
        self.fg(match colour {
            Colour::Green => GREEN,
            Colour::Amber => AMBER,
            Colour::Red => RED,
        })
    }

    /// The mark of a line that copies official NOC text.
    pub fn verbatim(self) -> Style {
        if self.color {
            Style::new()
                .fg(ON_BADGE)
                .bg(VERBATIM)
                .add_modifier(Modifier::BOLD)
        } else {
            Style::new().add_modifier(Modifier::REVERSED | Modifier::BOLD)
        }
    }

    /// Selected text in the letter.
    pub fn selection(self) -> Style {
        if self.color {
            Style::new().bg(Color::Blue).fg(Color::White)
        } else {
            Style::new().add_modifier(Modifier::REVERSED)
        }
    }

    /// The match of a find in the letter: the accent as a background, reverse video without
    /// colour.
    pub fn found(self) -> Style {
        if self.color {
            Style::new()
                .fg(ON_BADGE)
                .bg(ACCENT)
                .add_modifier(Modifier::BOLD)
        } else {
            Style::new().add_modifier(Modifier::REVERSED | Modifier::UNDERLINED)
        }
    }
}
