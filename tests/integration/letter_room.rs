//! The letter gets the room: it is the main pane once open, keeps its gutter and 14 text rows
//! at 80 x 24, never cuts the verdict's warning, can fill the screen (`Ctrl-B`) and fold its
//! panel (`F6`); keys typed while the terminal is too small do nothing unseen.

use nocfit::noc::Catalog;
use nocfit::tui::{Action, App, Focus, Theme};
use ratatui::crossterm::event::{Event, KeyCode, KeyModifiers};

use super::editor::{ctrl, fixture, folder, key, type_keys};
use super::tui::{render_at, screen};

/// The app with `text` pasted into a new letter at `letter.txt` under `target`, at this size.
pub fn letter_at(
    dir: &tempfile::TempDir,
    target: &str,
    text: &str,
    width: u16,
    height: u16,
) -> App {
    let target = Catalog::embedded().target(target).ok();
    let mut app = App::new(Theme::COLOR)
        .with_target(target)
        .with_letter(Some(&dir.path().join("letter.txt")));
    app.update(Action::Resize { width, height });
    app.handle_event(&Event::Paste(text.to_owned()));
    key(&mut app, KeyCode::Home, KeyModifiers::CONTROL);
    app
}

/// The screen's rows.
fn rows(app: &App, width: u16, height: u16) -> Vec<String> {
    screen(&render_at(app, width, height))
        .lines()
        .map(str::to_owned)
        .collect()
}

/// The rows of the letter's text: from under the letter's top border to the verdict.
fn text_rows(rows: &[String]) -> usize {
    let top = rows.iter().position(|row| row.contains("┌ Letter"));
    let verdict = rows.iter().position(|row| row.contains("Verdict:"));
    match (top, verdict) {
        (Some(top), Some(verdict)) => verdict - top - 1,
        _ => 0,
    }
}

/// Whether the letter's gutter shows line `number` (`│  3 ` at the pane's left border).
fn gutter_shows(rows: &[String], number: usize) -> bool {
    let label = format!("│{number:>3} ");
    rows.iter().any(|row| row.contains(&label))
}

#[test]
fn at_80_by_24_the_letter_shows_14_rows_with_the_gutter_and_a_whole_warning() {
    let dir = folder();
    let app = letter_at(
        &dir,
        "12200",
        &fixture("mixed-duties-1311-1431.txt"),
        80,
        24,
    );
    let rows = rows(&app, 80, 24);
    let shown = rows.join("\n");
    assert!(text_rows(&rows) >= 14, "{shown}");
    assert!(gutter_shows(&rows, 1) && gutter_shows(&rows, 6), "{shown}");
    let verdict = rows
        .iter()
        .position(|row| row.contains("Verdict:"))
        .unwrap_or_else(|| panic!("no verdict: {shown}"));
    let warning = rows[verdict + 1..]
        .iter()
        .take_while(|row| !row.contains("Line ") && !row.contains("Coverage"))
        .map(|row| row.rsplit('│').nth(1).unwrap_or("").trim().to_owned())
        .collect::<Vec<_>>()
        .join(" ");
    assert!(warning.starts_with('⚠'), "{warning:?}\n{shown}");
    assert!(
        warning.trim_end().ends_with('%') || warning.ends_with("duty lines"),
        "{warning:?}\n{shown}"
    );
}

#[test]
fn at_60_by_16_the_gutter_stays_wherever_the_focus_is() {
    let dir = folder();
    let mut app = letter_at(&dir, "12200", &fixture("bookkeeper-12200.txt"), 60, 16);
    let shown = rows(&app, 60, 16);
    assert!(gutter_shows(&shown, 1), "{}", shown.join("\n"));
    key(&mut app, KeyCode::Tab, KeyModifiers::NONE);
    assert_eq!(app.focus(), Focus::Search);
    let shown = rows(&app, 60, 16);
    assert!(gutter_shows(&shown, 1), "{}", shown.join("\n"));
}

#[test]
fn ctrl_b_hides_the_browser_and_brings_it_back() {
    let dir = folder();
    let mut app = letter_at(&dir, "12200", &fixture("bookkeeper-12200.txt"), 80, 24);
    key(&mut app, KeyCode::Tab, KeyModifiers::NONE);
    assert!(rows(&app, 80, 24).join("\n").contains("Search"));
    ctrl(&mut app, 'b');
    assert_eq!(app.focus(), Focus::Letter);
    let maximised = rows(&app, 80, 24);
    let text = maximised.join("\n");
    assert!(
        !text.contains("Search") && !text.contains("Profile"),
        "{text}"
    );
    assert!(maximised[1].starts_with("┌ Letter"), "{text}");
    assert!(maximised[1].trim_end().ends_with('┐') && maximised[1].chars().count() == 80);
    ctrl(&mut app, 'b');
    assert!(rows(&app, 80, 24).join("\n").contains("Search"));
}

#[test]
fn f6_folds_the_panel_to_one_line_and_unfolds_it() {
    let dir = folder();
    let mut app = letter_at(&dir, "12200", &fixture("bookkeeper-12200.txt"), 140, 45);
    let before = text_rows(&rows(&app, 140, 45));
    key(&mut app, KeyCode::F(6), KeyModifiers::NONE);
    let folded = rows(&app, 140, 45);
    let panel_title = folded
        .iter()
        .position(|row| row.contains(" Line │ Coverage"));
    assert!(text_rows(&folded) > before + 8, "{}", folded.join("\n"));
    // The panel's title row is the pane's last row inside its border.
    let bottom = folded
        .iter()
        .rposition(|row| row.contains("┘"))
        .unwrap_or(0);
    assert_eq!(panel_title, Some(bottom - 1), "{}", folded.join("\n"));
    key(&mut app, KeyCode::F(6), KeyModifiers::NONE);
    assert_eq!(text_rows(&rows(&app, 140, 45)), before);
}

#[test]
fn keys_typed_while_the_terminal_is_too_small_do_not_edit_the_letter() {
    let dir = folder();
    let mut app = letter_at(&dir, "12200", "Duties:\n- Keep the books\n", 80, 24);
    assert_eq!(app.focus(), Focus::Letter);
    app.update(Action::Resize {
        width: 40,
        height: 10,
    });
    let before = app.letter_text();
    type_keys(&mut app, "xyz\n");
    key(&mut app, KeyCode::Backspace, KeyModifiers::NONE);
    ctrl(&mut app, 'x');
    ctrl(&mut app, 'v');
    app.handle_event(&Event::Paste("pasted".to_owned()));
    ctrl(&mut app, 's');
    assert_eq!(app.letter_text(), before);
    assert!(app.prompt_text().is_none());
    assert!(
        !dir.path().join("letter.txt").exists(),
        "Ctrl-S saved unseen"
    );
    // Quitting asks about the unsaved text; the question shows, and keys wait for a window
    // large enough to answer it.
    ctrl(&mut app, 'q');
    let small = screen(&render_at(&app, 40, 10));
    assert!(app.prompt_text().is_some(), "{small}");
    assert!(small.contains("enlarge the window"), "{small}");
    key(&mut app, KeyCode::Char('d'), KeyModifiers::NONE);
    assert!(!app.should_quit());
    app.update(Action::Resize {
        width: 80,
        height: 24,
    });
    key(&mut app, KeyCode::Esc, KeyModifiers::NONE);
    assert_eq!(app.letter_text(), before);
    assert!(!app.should_quit());
}

#[test]
fn up_and_down_move_by_screen_row_inside_a_wrapped_paragraph() {
    let paragraph = "She takes reservations, updates the rates and sends the confirmations to every guest, then balances the daily cash and prepares the deposits for the bank.";
    let text = format!("Duties:\n{paragraph}\nThank you.\n");
    let dir = folder();
    let mut app = letter_at(&dir, "12200", &text, 80, 24);
    key(&mut app, KeyCode::Down, KeyModifiers::NONE);
    assert_eq!(app.letter_cursor(), (1, 0));
    key(&mut app, KeyCode::Down, KeyModifiers::NONE);
    let (line, second_row) = app.letter_cursor();
    assert_eq!(line, 1, "still in the paragraph");
    assert!(
        second_row > 0 && second_row < paragraph.len(),
        "{second_row}"
    );
    key(&mut app, KeyCode::Up, KeyModifiers::NONE);
    assert_eq!(app.letter_cursor(), (1, 0));
    for _ in 0..10 {
        key(&mut app, KeyCode::Down, KeyModifiers::NONE);
    }
    assert!(app.letter_cursor().0 >= 2, "past the paragraph");
    // Shift-Down selects one screen row.
    key(&mut app, KeyCode::Home, KeyModifiers::CONTROL);
    key(&mut app, KeyCode::Down, KeyModifiers::NONE);
    key(&mut app, KeyCode::Down, KeyModifiers::SHIFT);
    ctrl(&mut app, 'c');
    let copied = app.status_text().unwrap_or_default().to_owned();
    assert!(copied.contains("(1 line, "), "{copied}");
}

#[test]
fn alt_m_releases_the_mouse_for_the_terminals_selection_and_captures_it_again() {
    use nocfit::tui::Effect;
    let dir = folder();
    let mut app = letter_at(&dir, "12200", "Dear officer,\n", 80, 24);
    app.take_effects();
    let before = app.letter_text();
    key(&mut app, KeyCode::Char('m'), KeyModifiers::ALT);
    assert_eq!(app.take_effects(), [Effect::MouseCapture(false)]);
    assert!(
        app.status_text()
            .is_some_and(|s| s.starts_with("Mouse released"))
    );
    assert_eq!(app.letter_text(), before, "nothing typed");
    key(&mut app, KeyCode::Char('m'), KeyModifiers::ALT);
    assert_eq!(app.take_effects(), [Effect::MouseCapture(true)]);
}

#[test]
fn the_line_panel_heading_wraps_instead_of_cutting_the_occupation_off() {
    let dir = folder();
    let mut app = letter_at(
        &dir,
        "12200",
        &fixture("mixed-duties-1311-1431.txt"),
        80,
        24,
    );
    key(&mut app, KeyCode::F(8), KeyModifiers::NONE);
    let shown = rows(&app, 80, 24).join("\n");
    let panel: String = shown
        .lines()
        .skip_while(|row| !row.contains(" Line │"))
        .map(|row| row.split("││").last().unwrap_or(row))
        .collect::<Vec<_>>()
        .join(" ");
    assert!(panel.contains("12200 Accounting"), "{shown}");
}
