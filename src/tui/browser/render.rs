//! The browser's panes: the search box, the result list or hierarchy tree, and the profile.

use ratatui::Frame;
use ratatui::layout::{Position, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span, Text};
use ratatui::widgets::{Block, List, ListItem, ListState, Padding, Paragraph};

use super::Browser;
use crate::noc::{UnitId, describe_change};
use crate::search::{Hit, MatchField};
use crate::tui::action::Action;
use crate::tui::bindings::key;
use crate::tui::browser::results::has_detail;
use crate::tui::focus::Focus;
use crate::tui::shell::layout::{self, Areas};
use crate::tui::shell::theme::Theme;

/// What the browser's panes are drawn from.
pub struct View<'a> {
    pub browser: &'a Browser,
    pub focus: Focus,
    pub theme: Theme,
    /// The search box may show the terminal cursor (no overlay covers it).
    pub cursor: bool,
    pub areas: &'a Areas,
}

/// `text` as spans, with the characters at `indices` (ascending) in `mark`.
pub fn highlighted(text: &str, indices: &[usize], base: Style, mark: Style) -> Vec<Span<'static>> {
    let mut spans = Vec::new();
    let mut run = String::new();
    let mut marked = false;
    for (position, c) in text.chars().enumerate() {
        let is_marked = indices.binary_search(&position).is_ok();
        if is_marked != marked && !run.is_empty() {
            let style = if marked { base.patch(mark) } else { base };
            spans.push(Span::styled(std::mem::take(&mut run), style));
        }
        marked = is_marked;
        run.push(c);
    }
    if !run.is_empty() {
        let style = if marked { base.patch(mark) } else { base };
        spans.push(Span::styled(run, style));
    }
    spans
}

fn teer_badge(teer: u8, theme: Theme) -> Span<'static> {
    Span::styled(format!(" {teer} "), theme.teer_badge(teer))
}

pub fn render_search(frame: &mut Frame, view: &View, area: Rect) {
    let theme = view.theme;
    let focused = view.focus == Focus::Search;
    let title = if view.browser.skilled_only() {
        " Search (/) · skilled only (TEER 0-3) "
    } else {
        " Search (/) "
    };
    let block = Block::bordered()
        .title(title)
        .border_style(theme.border(focused));
    let inner = layout::inner(area);
    let text = view.browser.query.text();
    let width = usize::from(inner.width.saturating_sub(1)).max(1);
    // Keep the cursor visible in a long query by showing its tail.
    let skip = view.browser.query.cursor().saturating_sub(width);
    let line = if text.is_empty() {
        Line::styled("title, example title or code (12200, 1311)", theme.muted())
    } else {
        Line::from(text.chars().skip(skip).collect::<String>())
    };
    frame.render_widget(Paragraph::new(line).block(block), area);
    if focused && view.cursor && inner.width > 0 {
        let column = (view.browser.query.cursor() - skip).min(usize::from(inner.width) - 1);
        frame.set_cursor_position(Position::new(inner.x + column as u16, inner.y));
    }
}

pub fn render_list(frame: &mut Frame, view: &View, area: Rect) {
    if view.browser.show_tree {
        render_tree(frame, view, area);
    } else {
        render_results(frame, view, area);
    }
}

fn list_block(view: &View, title: String) -> Block<'static> {
    Block::bordered()
        .title(title)
        .border_style(view.theme.border(view.focus == Focus::List))
}

/// The rows of one hit: code, TEER badge and title, then the example title or note that
/// matched.
pub fn hit_item(view: &View, hit: &Hit) -> ListItem<'static> {
    let theme = view.theme;
    let unit = view.browser.unit(UnitId(hit.unit));
    let none: &[usize] = &[];
    let (code_marks, title_marks) = match hit.field {
        MatchField::Code => (hit.indices.as_slice(), none),
        MatchField::Title => (none, hit.indices.as_slice()),
        MatchField::Noc2016 | MatchField::Example => (none, none),
    };
    let mut first = highlighted(&unit.code, code_marks, theme.code(), theme.matched());
    first.push(Span::raw(" "));
    first.push(teer_badge(unit.teer, theme));
    first.push(Span::raw(" "));
    first.extend(highlighted(
        &unit.title,
        title_marks,
        Style::new(),
        theme.matched(),
    ));
    let mut lines = vec![Line::from(first)];
    if has_detail(hit) {
        let mut second = vec![Span::styled("        ↳ ", theme.muted())];
        match &hit.note {
            Some(note) => second.push(Span::styled(noc2016_note(view, hit, note), theme.muted())),
            None => second.extend(highlighted(
                &hit.matched,
                &hit.indices,
                theme.muted(),
                theme.matched(),
            )),
        }
        lines.push(Line::from(second));
    }
    ListItem::new(Text::from(lines))
}

/// A short form of a NOC 2016 hit's note, since the row above already names the successor:
/// "was NOC 2016 1311 (code change)".
fn noc2016_note(view: &View, hit: &Hit, note: &str) -> String {
    let unit = view.browser.unit(UnitId(hit.unit));
    view.browser
        .catalog
        .noc2016(&hit.matched)
        .and_then(|old| old.successors.iter().find(|s| s.code == unit.code))
        .map_or_else(
            || note.to_owned(),
            |successor| {
                format!(
                    "was NOC 2016 {} ({})",
                    hit.matched,
                    describe_change(&successor.change)
                )
            },
        )
}

fn render_results(frame: &mut Frame, view: &View, area: Rect) {
    let results = &view.browser.results;
    let query = view.browser.query.text().trim();
    let title = if query.is_empty() {
        format!(
            " Occupations ({}) · {}: tree ",
            results.hits.len(),
            key(&Action::ToggleTree)
        )
    } else {
        format!(" {} found for “{query}” ", results.hits.len())
    };
    let block = list_block(view, title);
    if results.hits.is_empty() {
        let message = Line::styled(
            "  nothing matches; try fewer letters or another word",
            view.theme.muted(),
        );
        frame.render_widget(Paragraph::new(message).block(block), area);
        return;
    }
    // Only the hits that can be visible are turned into items.
    let height = usize::from(layout::inner(area).height);
    let items: Vec<ListItem> = results
        .hits
        .iter()
        .skip(results.offset)
        .take(height)
        .map(|hit| hit_item(view, hit))
        .collect();
    let mut state =
        ListState::default().with_selected(results.selected.checked_sub(results.offset));
    let list = List::new(items)
        .block(block)
        .highlight_style(view.theme.selected(view.focus != Focus::Profile));
    frame.render_stateful_widget(list, area, &mut state);
}

fn render_tree(frame: &mut Frame, view: &View, area: Rect) {
    let theme = view.theme;
    let tree = &view.browser.tree;
    let title = if view.browser.query.text().trim().is_empty() {
        format!(" Hierarchy · {}: results ", key(&Action::ToggleTree))
    } else {
        format!(
            " Hierarchy of matches for “{}” ",
            view.browser.query.text().trim()
        )
    };
    let height = usize::from(layout::inner(area).height);
    let items: Vec<ListItem> = tree
        .rows
        .iter()
        .skip(tree.offset)
        .take(height)
        .map(|&index| {
            let node = &tree.nodes[index];
            let marker = if !node.has_children {
                "  "
            } else if tree.shows_children(index) {
                "▾ "
            } else {
                "▸ "
            };
            let mut spans = vec![
                // One column per level: the codes' lengths already show the depth.
                Span::raw(format!("{}{marker}", " ".repeat(node.depth))),
                Span::styled(node.code, theme.code()),
                Span::raw(" "),
            ];
            if node.unit.is_some() {
                let teer = node.code.as_bytes().get(1).map_or(0, |digit| digit - b'0');
                spans.push(teer_badge(teer, theme));
                spans.push(Span::raw(" "));
            }
            spans.push(Span::raw(node.title));
            ListItem::new(Line::from(spans))
        })
        .collect();
    let mut state = ListState::default().with_selected(tree.selected.checked_sub(tree.offset));
    let list = List::new(items)
        .block(list_block(view, title))
        .highlight_style(theme.selected(view.focus != Focus::Profile));
    frame.render_stateful_widget(list, area, &mut state);
}

pub fn render_profile(frame: &mut Frame, view: &View, area: Rect) {
    let theme = view.theme;
    let focused = view.focus == Focus::Profile;
    let mut block = Block::bordered()
        .title(" Profile ")
        .border_style(theme.border(focused))
        .padding(Padding::left(1));
    let (Some(shown), Some(document)) = (
        view.browser.profile.as_ref(),
        view.browser.profile_document(view.areas),
    ) else {
        let message = Line::styled("  select an occupation to see its profile", theme.muted());
        frame.render_widget(Paragraph::new(message).block(block), area);
        return;
    };
    let height = usize::from(layout::inner(area).height);
    if document.lines.len() > height {
        let last = (shown.scroll + height).min(document.lines.len());
        block = block
            .title_bottom(Line::from(format!(" {last}/{} ", document.lines.len())).right_aligned());
    }
    let lines: Vec<Line> = document
        .lines
        .into_iter()
        .skip(shown.scroll)
        .take(height)
        .collect();
    frame.render_widget(Paragraph::new(lines).block(block), area);
}
