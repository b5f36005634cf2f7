//! How the letter is shown: the analysis panel scrolls, the match of a find is highlighted, and
//! wide characters (CJK, emoji) take two cells in the soft wrap and for the cursor.

use nocfit::noc::Catalog;
use nocfit::tui::layout::{self, LetterAreas};
use nocfit::tui::{Action, App, Theme, draw};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use ratatui::layout::{Position, Rect};
use ratatui::style::{Color, Modifier};

use super::editor::{down_to_line, fixture, type_keys};
use super::tui::render_at;

pub const WIDTH: u16 = 100;
pub const HEIGHT: u16 = 32;

/// The app editing a pasted letter (at `path` inside `dir`, not saved) in a 100 x 32 terminal.
pub fn letter_app(dir: &tempfile::TempDir, theme: Theme, target: Option<&str>, text: &str) -> App {
    let target = target.and_then(|code| Catalog::embedded().target(code).ok());
    let mut app = App::new(theme)
        .with_target(target)
        .with_letter(Some(&dir.path().join("letter.txt")));
    app.update(Action::Resize {
        width: WIDTH,
        height: HEIGHT,
    });
    app.handle_event(&Event::Paste(text.to_owned()));
    app
}

fn folder() -> tempfile::TempDir {
    match tempfile::tempdir() {
        Ok(dir) => dir,
        Err(error) => panic!("temporary folder: {error}"),
    }
}

fn key(app: &mut App, code: KeyCode, modifiers: KeyModifiers) {
    app.press(KeyEvent::new(code, modifiers));
}

/// The parts of the letter pane while the letter has focus.
fn letter_areas() -> LetterAreas {
    layout::letter_areas(layout::areas_for(Rect::new(0, 0, WIDTH, HEIGHT), true).letter)
}

/// The text of the panel's rows under its tab row.
pub fn panel_text(buffer: &Buffer) -> Vec<String> {
    let panel = letter_areas().panel;
    rows_of(
        buffer,
        Rect {
            y: panel.y + 1,
            height: panel.height.saturating_sub(1),
            ..panel
        },
    )
}

/// The text of each row of `area`, trailing spaces trimmed.
fn rows_of(buffer: &Buffer, area: Rect) -> Vec<String> {
    (area.y..area.bottom())
        .map(|y| {
            (area.x..area.right())
                .map(|x| buffer[(x, y)].symbol())
                .collect::<String>()
                .trim_end()
                .to_owned()
        })
        .collect()
}

/// The panel's tab row.
fn panel_tabs(buffer: &Buffer) -> String {
    let panel = letter_areas().panel;
    (panel.x..panel.right())
        .map(|x| buffer[(x, panel.y)].symbol())
        .collect()
}

/// The bookkeeper letter that copies NOC text, with the cursor on its long line 7.
fn copied_letter_on_line_7(dir: &tempfile::TempDir) -> App {
    let mut app = letter_app(
        dir,
        Theme::COLOR,
        Some("12200"),
        &fixture("copied-from-noc.txt"),
    );
    key(&mut app, KeyCode::Home, KeyModifiers::CONTROL);
    down_to_line(&mut app, 6);
    app
}

#[test]
fn the_panel_scrolls_with_alt_page_keys() {
    let dir = folder();
    let mut app = copied_letter_on_line_7(&dir);
    let top = panel_text(&render_at(&app, WIDTH, HEIGHT));
    assert!(top[0].starts_with("Line 7 green"), "{top:?}");
    assert!(panel_tabs(&render_at(&app, WIDTH, HEIGHT)).contains("↓ Alt-PgDn"));
    let page = top.len() - 1;

    key(&mut app, KeyCode::PageDown, KeyModifiers::ALT);
    let buffer = render_at(&app, WIDTH, HEIGHT);
    let scrolled = panel_text(&buffer);
    assert_ne!(scrolled, top);
    // A page keeps the last row of the one before at the top, unless the end came first.
    let moved = top.iter().position(|row| *row == scrolled[0]);
    assert!(
        moved.is_none_or(|row| row > 0 && row <= page),
        "{top:?} {scrolled:?}"
    );
    assert!(
        panel_tabs(&buffer).contains("Alt-PgUp"),
        "{}",
        panel_tabs(&buffer)
    );

    // Paging past the end stops at the last row; paging back up returns to the top of the
    // same line's detail (Alt-PgDn did not move the cursor).
    for _ in 0..10 {
        key(&mut app, KeyCode::PageDown, KeyModifiers::ALT);
    }
    let bottom = panel_text(&render_at(&app, WIDTH, HEIGHT));
    assert!(
        bottom.last().is_some_and(|row| !row.is_empty()),
        "{bottom:?}"
    );
    for _ in 0..10 {
        key(&mut app, KeyCode::PageUp, KeyModifiers::ALT);
    }
    assert_eq!(panel_text(&render_at(&app, WIDTH, HEIGHT)), top);
}

#[test]
fn the_wheel_over_the_panel_scrolls_it_and_a_new_line_starts_at_the_top() {
    let dir = folder();
    let mut app = copied_letter_on_line_7(&dir);
    let top = panel_text(&render_at(&app, WIDTH, HEIGHT));
    let panel = letter_areas().panel;
    let (column, row) = (panel.x + 5, panel.y + 3);
    app.update(Action::Scroll {
        column,
        row,
        lines: 3,
    });
    let scrolled = panel_text(&render_at(&app, WIDTH, HEIGHT));
    assert_eq!(scrolled[0], top[3], "{top:?} {scrolled:?}");
    assert!(app.status_text().is_none());
    app.update(Action::Scroll {
        column,
        row,
        lines: -3,
    });
    assert_eq!(panel_text(&render_at(&app, WIDTH, HEIGHT)), top);

    // The line detail of another line starts at its top.
    key(&mut app, KeyCode::PageDown, KeyModifiers::ALT);
    down_to_line(&mut app, 7);
    let next = panel_text(&render_at(&app, WIDTH, HEIGHT));
    assert!(next[0].starts_with("Line 8 "), "{next:?}");
}

#[test]
fn a_click_on_a_scrolled_panel_row_jumps_to_its_line() {
    let dir = folder();
    let mut app = copied_letter_on_line_7(&dir);
    app.update(Action::NextPanel);
    let panel = letter_areas().panel;
    let before = panel_text(&render_at(&app, WIDTH, HEIGHT));
    app.update(Action::Scroll {
        column: panel.x + 5,
        row: panel.y + 3,
        lines: 3,
    });
    let rows = panel_text(&render_at(&app, WIDTH, HEIGHT));
    assert_ne!(
        rows, before,
        "the coverage panel of 12200 is longer than its space"
    );
    // The first visible row that names a line, and that line.
    let Some((index, line)) = rows.iter().enumerate().find_map(|(index, row)| {
        let start = row.find("(line ")? + "(line ".len();
        let digits: String = row[start..]
            .chars()
            .take_while(char::is_ascii_digit)
            .collect();
        Some((index, digits.parse::<usize>().ok()?))
    }) else {
        panic!("no coverage row names a line: {rows:?}");
    };
    app.update(Action::Click {
        column: panel.x + 2,
        row: panel.y + 1 + index as u16,
    });
    // Back to the line detail, which names the line under the cursor.
    app.update(Action::NextPanel);
    app.update(Action::NextPanel);
    let detail = panel_text(&render_at(&app, WIDTH, HEIGHT));
    assert!(
        detail[0].starts_with(&format!("Line {line} ")),
        "{line}: {detail:?}"
    );
}

/// The characters of the letter's text whose cell `matches`, in screen order.
fn highlighted(buffer: &Buffer, matches: impl Fn(&ratatui::buffer::Cell) -> bool) -> String {
    let text = letter_areas().text;
    let mut found = String::new();
    for y in text.y..text.bottom() {
        for x in text.x..text.right() {
            if matches(&buffer[(x, y)]) {
                found.push_str(buffer[(x, y)].symbol());
            }
        }
    }
    found
}

fn find(app: &mut App, text: &str) {
    key(app, KeyCode::Char('f'), KeyModifiers::CONTROL);
    key(app, KeyCode::Char('u'), KeyModifiers::CONTROL);
    type_keys(app, text);
    key(app, KeyCode::Enter, KeyModifiers::NONE);
}

#[test]
fn the_current_match_of_a_find_is_highlighted() {
    let dir = folder();
    let letter = "Dear Sir,\nDuties:\n- Maintain general LEDGERS\n- Reconcile ledger accounts";
    let mut app = letter_app(&dir, Theme::COLOR, Some("12200"), letter);
    let is_found = |cell: &ratatui::buffer::Cell| cell.bg == Color::Cyan;
    assert_eq!(highlighted(&render_at(&app, WIDTH, HEIGHT), is_found), "");

    find(&mut app, "ledger");
    let buffer = render_at(&app, WIDTH, HEIGHT);
    assert_eq!(highlighted(&buffer, is_found), "LEDGER");
    // F3 moves to the next match, which is highlighted instead.
    key(&mut app, KeyCode::F(3), KeyModifiers::NONE);
    assert_eq!(
        highlighted(&render_at(&app, WIDTH, HEIGHT), is_found),
        "ledger"
    );
    // Moving the cursor ends the highlight.
    key(&mut app, KeyCode::Right, KeyModifiers::NONE);
    assert_eq!(highlighted(&render_at(&app, WIDTH, HEIGHT), is_found), "");
    // A search that finds nothing highlights nothing.
    find(&mut app, "payroll");
    assert_eq!(highlighted(&render_at(&app, WIDTH, HEIGHT), is_found), "");
}

#[test]
fn without_colour_the_match_is_in_reverse_video() {
    let dir = folder();
    let mut app = letter_app(&dir, Theme::PLAIN, None, "Posted journal entries");
    find(&mut app, "journal");
    let buffer = render_at(&app, WIDTH, HEIGHT);
    let reversed = |cell: &ratatui::buffer::Cell| cell.modifier.contains(Modifier::REVERSED);
    assert_eq!(highlighted(&buffer, reversed), "journal");
    assert!(
        letter_areas()
            .text
            .positions()
            .all(|p| buffer[(p.x, p.y)].bg == Color::Reset)
    );
}

/// Draws the app and returns the buffer and where the terminal cursor is.
fn draw_with_cursor(app: &App) -> (Buffer, Position) {
    let mut terminal = match Terminal::new(TestBackend::new(WIDTH, HEIGHT)) {
        Ok(terminal) => terminal,
        Err(error) => panic!("test backend: {error}"),
    };
    if let Err(error) = terminal.draw(|frame| draw(frame, app)) {
        panic!("draw: {error}");
    }
    let cursor = match terminal.get_cursor_position() {
        Ok(cursor) => cursor,
        Err(error) => panic!("cursor: {error}"),
    };
    (terminal.backend().buffer().clone(), cursor)
}

#[test]
fn wide_characters_take_two_cells_in_the_wrap_and_for_the_cursor() {
    let dir = folder();
    let text = letter_areas().text;
    // One more two-cell character than fits in a row.
    let per_row = usize::from(text.width) / 2;
    let line = "簿".repeat(per_row + 1);
    let mut app = letter_app(&dir, Theme::COLOR, None, &line);
    let (buffer, cursor) = draw_with_cursor(&app);
    let last_of_first_row = text.x + u16::try_from(2 * (per_row - 1)).unwrap_or(0);
    assert_eq!(buffer[(last_of_first_row, text.y)].symbol(), "簿");
    assert_eq!(buffer[(text.x, text.y + 1)].symbol(), "簿");
    assert_eq!(buffer[(text.x + 2, text.y + 1)].symbol(), " ");
    // The cursor after the last character: the second row, after its one character.
    assert_eq!(cursor, Position::new(text.x + 2, text.y + 1));

    // A click on the right half of a wide character puts the cursor before it.
    app.update(Action::Click {
        column: text.x + 1,
        row: text.y + 1,
    });
    key(&mut app, KeyCode::Char('x'), KeyModifiers::NONE);
    let expected = format!("{}x簿", "簿".repeat(per_row));
    assert_eq!(app.letter_lines(), [expected.as_str()]);

    // An emoji takes two cells too.
    key(&mut app, KeyCode::Char('a'), KeyModifiers::CONTROL);
    app.handle_event(&Event::Paste("a📋b".to_owned()));
    let (_, cursor) = draw_with_cursor(&app);
    assert_eq!(cursor, Position::new(text.x + 4, text.y));
}

/// The footer shows whole key hints only: at any width the last one ends in its description.
#[test]
fn footer_hints_are_never_cut_in_half() {
    let dir = folder();
    let app = letter_app(
        &dir,
        Theme::COLOR,
        Some("12200"),
        "Duties:\n- Posted journal entries\n",
    );
    for width in [60u16, 80, 100, 140] {
        let buffer = render_at(&app, width, HEIGHT);
        let footer = rows_of(&buffer, Rect::new(0, HEIGHT - 1, width, 1)).join("");
        assert!(footer.contains("F1 help"), "{width} columns: {footer:?}");
        let complete = [
            "quit",
            "save",
            "open",
            "new",
            "export",
            "find",
            "panel",
            "scroll panel",
            "checklist",
            "next pane",
        ];
        assert!(
            complete.iter().any(|hint| footer.ends_with(hint)),
            "{width} columns: the footer ends in a cut hint: {footer:?}"
        );
    }
}

/// The lower-TEER warning is never cut off: a narrow verdict bar gets its short form.
#[test]
fn the_lower_teer_warning_fits_the_verdict_bar() {
    let dir = folder();
    let app = letter_app(
        &dir,
        Theme::COLOR,
        Some("12200"),
        &fixture("mixed-duties-1311-1431.txt"),
    );
    let buffer = render_at(&app, WIDTH, HEIGHT);
    let text = rows_of(&buffer, letter_areas().verdict).join(" ");
    assert!(text.contains("⚠"), "no warning in {text:?}");
    assert!(text.contains("14200"), "{text:?}");
    assert!(
        text.ends_with("of duty lines") || text.ends_with("read as it"),
        "the warning is cut off: {text:?}"
    );
}

/// Ctrl-End goes to the very end of the letter and Ctrl-Home to its very start, wherever the
/// cursor was on its line.
#[test]
fn ctrl_home_and_ctrl_end_go_to_the_ends_of_the_letter() {
    let dir = folder();
    let mut app = letter_app(
        &dir,
        Theme::COLOR,
        None,
        "first line\nsecond\nthe last line",
    );
    // To the middle of the second line.
    key(&mut app, KeyCode::Up, KeyModifiers::NONE);
    key(&mut app, KeyCode::Home, KeyModifiers::NONE);
    key(&mut app, KeyCode::Right, KeyModifiers::NONE);
    key(&mut app, KeyCode::End, KeyModifiers::CONTROL);
    key(&mut app, KeyCode::Char('X'), KeyModifiers::NONE);
    key(&mut app, KeyCode::Home, KeyModifiers::CONTROL);
    key(&mut app, KeyCode::Char('Y'), KeyModifiers::NONE);
    assert_eq!(
        app.letter_lines(),
        ["Yfirst line", "second", "the last lineX"]
    );
}

/// Undo takes back a typed word at a time, as nano and VS Code do, and remembers far more
/// than the fifty changes the text area keeps by default.
#[test]
fn undo_takes_back_typed_words_and_redo_brings_them_back() {
    let dir = folder();
    let mut app = letter_app(&dir, Theme::COLOR, None, "");
    type_keys(&mut app, "Posted entries");
    key(&mut app, KeyCode::Char('z'), KeyModifiers::CONTROL);
    assert_eq!(app.letter_lines(), ["Posted "]);
    key(&mut app, KeyCode::Char('z'), KeyModifiers::CONTROL);
    key(&mut app, KeyCode::Char('z'), KeyModifiers::CONTROL);
    assert_eq!(app.letter_lines(), [""]);
    key(&mut app, KeyCode::Char('y'), KeyModifiers::CONTROL);
    assert_eq!(app.letter_lines(), ["Posted"]);

    // Moving the cursor ends a word's undo step.
    type_keys(&mut app, "ab");
    key(&mut app, KeyCode::Left, KeyModifiers::NONE);
    type_keys(&mut app, "X");
    assert_eq!(app.letter_lines(), ["PostedaXb"]);
    key(&mut app, KeyCode::Char('z'), KeyModifiers::CONTROL);
    assert_eq!(app.letter_lines(), ["Postedab"]);

    // A hundred words typed (two hundred steps with the spaces), then all taken back, and
    // the deletion before them too.
    key(&mut app, KeyCode::Char('a'), KeyModifiers::CONTROL);
    key(&mut app, KeyCode::Delete, KeyModifiers::NONE);
    type_keys(&mut app, &"word ".repeat(100));
    for _ in 0..200 {
        key(&mut app, KeyCode::Char('z'), KeyModifiers::CONTROL);
    }
    assert_eq!(app.letter_lines(), [""]);
    key(&mut app, KeyCode::Char('z'), KeyModifiers::CONTROL);
    assert_eq!(app.letter_lines(), ["Postedab"]);
}
