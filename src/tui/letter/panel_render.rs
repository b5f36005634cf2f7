//! Drawing the analysis panel: its tab row (each panel's name and count, the key that
//! switches, an arrow while there is more to see) and the rows of [`panel`](super::panel).

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::panel::{self, Panel, PanelState, Source};
use crate::tui::action::{Action, Movement};
use crate::tui::bindings::key;
use crate::tui::shell::theme::Theme;

/// Draws `state`'s panel of `source` in `area` (its tab row first).
pub fn render(frame: &mut Frame, source: &Source, state: PanelState, theme: Theme, area: Rect) {
    if area.height == 0 {
        return;
    }
    let summary = &source.live.summary;
    let coverage = summary.coverage.as_ref().map_or_else(
        || "–".to_owned(),
        |c| format!("{}/{}", c.covered_duties(), c.duties.len()),
    );
    let found = summary.checklist.iter().filter(|i| i.found).count();
    let names = [
        (Panel::Line, "Line".to_owned()),
        (Panel::Coverage, format!("Coverage {coverage}")),
        (
            Panel::Checklist,
            format!("Checklist {found}/{}", summary.checklist.len()),
        ),
    ];
    let mut tabs = Vec::new();
    for (panel, name) in names {
        let style = if panel == state.panel {
            theme.selected(true)
        } else {
            theme.muted()
        };
        tabs.push(Span::styled(format!(" {name} "), style));
        tabs.push(Span::styled("│", theme.muted()));
    }
    tabs.push(Span::styled(
        format!(" {} ", key(&Action::NextPanel)),
        theme.key(),
    ));
    let rows = panel::rows(source, state.panel, usize::from(area.width), theme);
    let max = PanelState::max_scroll(rows.len(), area);
    let first = state.first_row(rows.len(), area);
    // Where there is more to see, and the keys that show it.
    let up = key(&Action::ScrollPanel(Movement::PageUp));
    let down = key(&Action::ScrollPanel(Movement::PageDown));
    let more = match (first > 0, first < max) {
        (false, false) => None,
        (false, true) => Some(format!("↓ {down}")),
        (true, false) => Some(format!("↑ {up}")),
        (true, true) => Some(format!("↕ {up}/{}", down.trim_start_matches("Alt-Pg"))),
    };
    if let Some(more) = more {
        tabs.push(Span::styled(format!(" {more}"), theme.muted()));
    }
    let mut lines = vec![Line::from(tabs)];
    lines.extend(rows.into_iter().skip(first).map(|row| row.text));
    frame.render_widget(Paragraph::new(lines), area);
}
