//! The letter editor driven by key events into ratatui's `TestBackend`: colours by cell, the
//! gutter, the panels, saving, the guards around unsaved text and recovery copies.

use std::path::{Path, PathBuf};

use nocfit::classify::Classifier;
use nocfit::letter::analyze;
use nocfit::noc::Catalog;
use nocfit::tui::{Action, App, Effect, Focus, Theme};
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use ratatui::style::Color;

use super::tui::{render_at, screen};

const WIDTH: u16 = 140;
const HEIGHT: u16 = 60;

/// A fixture letter's text.
pub fn fixture(name: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/integration/fixtures")
        .join(name);
    match std::fs::read_to_string(&path) {
        Ok(text) => text,
        Err(error) => panic!("{}: {error}", path.display()),
    }
}

pub fn folder() -> tempfile::TempDir {
    match tempfile::tempdir() {
        Ok(dir) => dir,
        Err(error) => panic!("temporary folder: {error}"),
    }
}

/// The app editing a new letter at `path` (not yet on disk), with a target.
pub fn editor_at(path: &Path, target: Option<&str>, state: Option<PathBuf>) -> App {
    let target = target.and_then(|code| Catalog::embedded().target(code).ok());
    let mut app = App::new(Theme::COLOR);
    if let Some(state) = state {
        app = app.with_state_dir(Some(state));
    }
    let mut app = app.with_target(target).with_letter(Some(path));
    app.update(Action::Resize {
        width: WIDTH,
        height: HEIGHT,
    });
    app
}

pub fn key(app: &mut App, code: KeyCode, modifiers: KeyModifiers) {
    app.press(KeyEvent::new(code, modifiers));
}

pub fn ctrl(app: &mut App, c: char) {
    key(app, KeyCode::Char(c), KeyModifiers::CONTROL);
}

/// Presses Down until the cursor is on `line` (0-based): Down moves by screen row, so a
/// wrapped paragraph takes several.
pub fn down_to_line(app: &mut App, line: usize) {
    for _ in 0..500 {
        if app.letter_cursor().0 >= line {
            break;
        }
        key(app, KeyCode::Down, KeyModifiers::NONE);
    }
    assert_eq!(app.letter_cursor().0, line);
}

/// Types text key by key, Enter for each line break: a letter, a search or a prompt's answer.
pub fn type_keys(app: &mut App, text: &str) {
    for c in text.chars() {
        match c {
            '\n' => key(app, KeyCode::Enter, KeyModifiers::NONE),
            '\r' => {}
            c => key(app, KeyCode::Char(c), KeyModifiers::NONE),
        }
    }
}

/// A fixture typed key by key into a new letter under a target.
fn typed(name: &str, target: Option<&str>) -> (App, tempfile::TempDir) {
    let dir = folder();
    let mut app = editor_at(&dir.path().join("letter.txt"), target, None);
    assert_eq!(app.focus(), Focus::Letter);
    type_keys(&mut app, &fixture(name));
    (app, dir)
}

/// A fixture pasted into a new letter under a target (typing costs a debug build seconds).
fn pasted(name: &str, target: Option<&str>) -> (App, tempfile::TempDir) {
    let dir = folder();
    let mut app = editor_at(&dir.path().join("letter.txt"), target, None);
    app.handle_event(&Event::Paste(fixture(name)));
    (app, dir)
}

fn render(app: &App) -> Buffer {
    render_at(app, WIDTH, HEIGHT)
}

/// The colour of the first character of `text` on screen.
fn colour_of(buffer: &Buffer, text: &str) -> Option<Color> {
    let shown = screen(buffer);
    shown.lines().enumerate().find_map(|(y, line)| {
        line.find(text).map(|byte| {
            let x = line[..byte].chars().count();
            buffer[(x as u16, y as u16)].fg
        })
    })
}

/// The screen row holding `text`.
fn row_of<'a>(shown: &'a str, text: &str) -> Option<&'a str> {
    shown.lines().find(|line| line.contains(text))
}

#[test]
fn the_bookkeeper_duties_are_green_under_12200() {
    let (app, _dir) = typed("bookkeeper-12200.txt", Some("12200"));
    let buffer = render(&app);
    // Four of the six duties (the classifier still reads the income-statements line as
    // 13102 and the cash-flow line as 11101; see the classifier issue).
    for duty in [
        "Maintaining the complete set of books",
        "Recording journal entries",
        "Preparing payroll cheques",
        "Calculating and filing GST and PST returns",
    ] {
        assert_eq!(
            colour_of(&buffer, duty),
            Some(Color::Green),
            "{duty}:\n{}",
            screen(&buffer)
        );
    }
    // Letter parts get no colour.
    assert_eq!(colour_of(&buffer, "Sincerely,"), Some(Color::Reset));
    // The gutter shows the best code and a green mark.
    let shown = screen(&buffer);
    let row = row_of(&shown, "Recording journal entries").unwrap_or_default();
    assert!(row.contains("12200 ✓"), "{row}");
}

#[test]
fn clerical_lines_of_the_mixed_letter_are_red_or_amber() {
    let (app, _dir) = typed("mixed-duties-1311-1431.txt", Some("12200"));
    let buffer = render(&app);
    for duty in [
        "Filing, faxing and photocopying",
        "Enter invoices for accounts",
    ] {
        let colour = colour_of(&buffer, duty);
        assert!(
            matches!(colour, Some(Color::Red | Color::Yellow)),
            "{duty} is {colour:?}:\n{}",
            screen(&buffer)
        );
    }
}

#[test]
fn the_verdict_and_coverage_match_the_core_analysis() {
    let (mut app, _dir) = pasted("mixed-duties-1311-1431.txt", Some("12200"));
    let target = Catalog::embedded().target("12200").ok();
    let expected = analyze(
        Classifier::embedded(),
        &fixture("mixed-duties-1311-1431.txt"),
        target,
        false,
    );
    let shown = screen(&render(&app));
    let verdict = expected.summary.verdict.summary(3);
    assert!(shown.contains(&verdict), "{verdict}:\n{shown}");
    let coverage = expected.summary.coverage.as_ref().map(|c| c.summary());
    let coverage = coverage.unwrap_or_default();
    assert!(shown.contains(&coverage), "{coverage}:\n{shown}");
    if let Some(warning) = expected.summary.verdict.warning() {
        let start: String = warning.chars().take(40).collect();
        assert!(shown.contains(&start), "{warning}:\n{shown}");
    }
    // The coverage panel ticks the covered duties with their lines.
    app.update(Action::NextPanel);
    let shown = screen(&render(&app));
    let covered = expected
        .summary
        .coverage
        .as_ref()
        .map_or(0, |c| c.covered_duties());
    let ticks = shown
        .lines()
        .filter(|line| line.contains("│✓ ") && !line.contains("Lead statement"))
        .count();
    assert_eq!(ticks, covered, "{shown}");
}

#[test]
fn copied_noc_text_gets_the_verbatim_mark_and_an_explanation() {
    let (mut app, _dir) = pasted("copied-from-noc.txt", Some("12200"));
    let shown = screen(&render(&app));
    let marked = shown.lines().filter(|line| line.contains(" ≡ ")).count();
    assert!(marked >= 3, "copied lines are marked:\n{shown}");
    // The detail panel says why copying hurts.
    key(&mut app, KeyCode::Home, KeyModifiers::CONTROL);
    down_to_line(&mut app, 5);
    let shown = screen(&render(&app));
    assert!(shown.contains("≡ Copies the official NOC text"), "{shown}");
}

#[test]
fn the_checklist_updates_live_and_jumps_to_lines() {
    let (mut app, _dir) = pasted("bookkeeper-12200.txt", Some("12200"));
    app.update(Action::NextPanel);
    app.update(Action::NextPanel);
    let shown = screen(&render(&app));
    assert!(
        shown.contains("✓ Company telephone number — line 3"),
        "{shown}"
    );
    assert!(shown.contains("Checklist 11/11"), "{shown}");
    // Deleting the hours makes the item missing.
    key(&mut app, KeyCode::Home, KeyModifiers::CONTROL);
    let before = app.letter_lines().len();
    down_to_line(&mut app, 10);
    key(&mut app, KeyCode::End, KeyModifiers::SHIFT);
    key(&mut app, KeyCode::Delete, KeyModifiers::NONE);
    assert_eq!(app.letter_lines().len(), before);
    let shown = screen(&render(&app));
    assert!(shown.contains("✗ Hours worked per week"), "{shown}");
    // F4 jumps to the first item found.
    key(&mut app, KeyCode::F(4), KeyModifiers::NONE);
    let status = app.status_text().unwrap_or_default().to_owned();
    assert!(
        status.contains("Company letterhead or name with address: line 2"),
        "{status}"
    );
}

#[test]
fn without_a_target_lines_are_uncoloured_but_matched() {
    let (app, _dir) = pasted("bookkeeper-12200.txt", None);
    let buffer = render(&app);
    assert_eq!(
        colour_of(&buffer, "Recording journal entries"),
        Some(Color::Reset)
    );
    let shown = screen(&buffer);
    let row = row_of(&shown, "Recording journal entries").unwrap_or_default();
    assert!(row.contains("12200 ·"), "{row}");
    assert!(shown.contains("Verdict: 12200"), "{shown}");
    assert!(shown.contains("No target: press t"), "{shown}");
}

#[test]
fn setting_a_target_recolours_every_line() {
    let (mut app, _dir) = pasted("bookkeeper-12200.txt", None);
    // Open 12200 in the browser and make it the target.
    app.update(Action::FocusSearch);
    for c in "12200".chars() {
        app.update(Action::Insert(c));
    }
    app.update(Action::SetTarget);
    let buffer = render(&app);
    assert_eq!(
        colour_of(&buffer, "Recording journal entries"),
        Some(Color::Green)
    );
}

#[test]
fn a_pasted_letter_is_analysed_at_once_and_saved_with_its_line_endings() {
    let dir = folder();
    let path = dir.path().join("letter.txt");
    let crlf = fixture("bookkeeper-12200.txt").replace('\n', "\r\n");
    let mut app = editor_at(&path, Some("12200"), None);
    app.handle_event(&Event::Paste(crlf.clone()));
    assert!(app.is_dirty());
    let buffer = render(&app);
    assert_eq!(
        colour_of(&buffer, "Recording journal entries"),
        Some(Color::Green)
    );
    ctrl(&mut app, 's');
    assert!(!app.is_dirty(), "{:?}", app.status_text());
    // A new file is saved with LF; the paste's last line break leaves an empty last line.
    let saved = std::fs::read_to_string(&path).unwrap_or_default();
    assert_eq!(saved, fixture("bookkeeper-12200.txt") + "\n");
}

#[test]
fn a_crlf_file_keeps_its_endings_and_untouched_lines() -> Result<(), Box<dyn std::error::Error>> {
    let dir = folder();
    let path = dir.path().join("letter.txt");
    let original = fixture("mixed-duties-1311-1431.txt").replace('\n', "\r\n");
    std::fs::write(&path, &original)?;
    let mut app = editor_at(&path, Some("12200"), None);
    key(&mut app, KeyCode::End, KeyModifiers::NONE);
    type_keys(&mut app, " Edited.");
    ctrl(&mut app, 's');
    let saved = std::fs::read_to_string(&path)?;
    let expected = original.replacen(
        "To whom it may concern,",
        "To whom it may concern, Edited.",
        1,
    );
    assert_eq!(saved, expected);
    Ok(())
}

#[test]
fn a_failed_save_keeps_the_text_and_says_why() -> Result<(), Box<dyn std::error::Error>> {
    let dir = folder();
    let blocker = dir.path().join("file");
    std::fs::write(&blocker, "not a folder")?;
    let path = blocker.join("letter.txt");
    let mut app = editor_at(&path, Some("12200"), None);
    type_keys(&mut app, "- Posted journal entries");
    ctrl(&mut app, 's');
    assert!(app.is_dirty());
    assert_eq!(app.letter_lines(), ["- Posted journal entries"]);
    // The whole message shows above a prompt for another name.
    let shown = screen(&render_at(&app, WIDTH, HEIGHT));
    assert!(shown.contains("cannot save"), "{shown}");
    assert!(
        app.prompt_text()
            .is_some_and(|p| p.starts_with("Save letter as"))
    );
    assert_eq!(std::fs::read_to_string(&blocker)?, "not a folder");
    Ok(())
}

#[test]
fn quitting_with_unsaved_changes_asks_first() {
    let dir = folder();
    let mut app = editor_at(&dir.path().join("letter.txt"), None, None);
    type_keys(&mut app, "Dear Sir,");
    ctrl(&mut app, 'q');
    assert!(!app.should_quit());
    assert!(
        app.prompt_text()
            .is_some_and(|p| p.contains("unsaved changes"))
    );
    key(&mut app, KeyCode::Esc, KeyModifiers::NONE);
    assert!(!app.should_quit() && app.prompt_text().is_none());
    ctrl(&mut app, 'q');
    key(&mut app, KeyCode::Char('s'), KeyModifiers::NONE);
    assert!(app.should_quit());
    let saved = std::fs::read_to_string(dir.path().join("letter.txt")).unwrap_or_default();
    assert_eq!(saved, "Dear Sir,\n");
}

#[test]
fn editing_keys_select_cut_paste_and_undo() {
    let dir = folder();
    let mut app = editor_at(&dir.path().join("letter.txt"), None, None);
    type_keys(&mut app, "one two");
    key(
        &mut app,
        KeyCode::Left,
        KeyModifiers::SHIFT | KeyModifiers::CONTROL,
    );
    ctrl(&mut app, 'x');
    assert_eq!(app.letter_lines(), ["one "]);
    assert_eq!(app.take_effects(), [Effect::Copy("two".to_owned())]);
    key(&mut app, KeyCode::Home, KeyModifiers::NONE);
    ctrl(&mut app, 'v');
    assert_eq!(app.letter_lines(), ["twoone "]);
    ctrl(&mut app, 'z');
    assert_eq!(app.letter_lines(), ["one "]);
    ctrl(&mut app, 'y');
    assert_eq!(app.letter_lines(), ["twoone "]);
    // Find moves the cursor to the match.
    ctrl(&mut app, 'f');
    type_keys(&mut app, "ONE");
    key(&mut app, KeyCode::Enter, KeyModifiers::NONE);
    assert!(app.prompt_text().is_none());
    type_keys(&mut app, "_");
    assert_eq!(app.letter_lines(), ["two_one "]);
}

#[test]
fn a_long_line_wraps_without_changing_the_text() {
    let dir = folder();
    let mut app = editor_at(&dir.path().join("letter.txt"), Some("12200"), None);
    let long = "- Recording journal entries and reconciling bank accounts ".repeat(4);
    type_keys(&mut app, &long);
    assert_eq!(app.letter_lines(), [long.as_str()]);
    let shown = screen(&render(&app));
    assert!(shown.contains("reconciling bank"), "{shown}");
    assert!(
        shown
            .lines()
            .filter(|l| l.contains("Recording journal"))
            .count()
            >= 2
    );
}

#[test]
fn a_new_letter_starts_from_the_template_with_every_item_to_fill_in() {
    let dir = folder();
    let mut app = editor_at(&dir.path().join("letter.txt"), Some("12200"), None);
    ctrl(&mut app, 'n');
    assert!(app.letter_text().contains("(NOC 12200)"));
    app.update(Action::NextPanel);
    app.update(Action::NextPanel);
    let shown = screen(&render(&app));
    // Every item is a [placeholder] until the employer fills it in.
    assert!(shown.contains("Checklist 0/11"), "{shown}");
}

#[test]
fn the_export_matches_nocfit_check_markdown() -> Result<(), Box<dyn std::error::Error>> {
    let dir = folder();
    let path = dir.path().join("letter.txt");
    std::fs::write(&path, fixture("mixed-duties-1311-1431.txt"))?;
    let mut app = editor_at(&path, Some("12200"), None);
    ctrl(&mut app, 'e');
    let report = std::fs::read_to_string(dir.path().join("letter.nocfit.md"))?;
    let output = assert_cmd::Command::cargo_bin("nocfit")?
        .args(["check", "--noc", "12200", "--format", "markdown"])
        .arg(&path)
        .output()?;
    assert_eq!(report, String::from_utf8(output.stdout)?);
    Ok(())
}

#[test]
fn unreadable_files_are_refused_with_a_message() -> Result<(), Box<dyn std::error::Error>> {
    let dir = folder();
    let path = dir.path().join("letter.docx");
    std::fs::write(&path, b"PK\x03\x04\0\0binary")?;
    let app = editor_at(&path, None, None);
    let status = app.status_text().unwrap_or_default();
    assert!(
        status.contains("letter.docx: a damaged Word document"),
        "{status}"
    );
    assert_eq!(app.letter_path(), None);
    Ok(())
}

#[test]
fn editor_screen_snapshot() {
    let dir = folder();
    let target = Catalog::embedded().target("12200").ok();
    let mut app = App::new(Theme::COLOR)
        .with_target(target)
        .with_letter(Some(&dir.path().join("letter.txt")));
    app.update(Action::Resize {
        width: 100,
        height: 32,
    });
    app.handle_event(&Event::Paste(fixture("copied-from-noc.txt")));
    key(&mut app, KeyCode::Home, KeyModifiers::CONTROL);
    down_to_line(&mut app, 6);
    insta::assert_snapshot!("editor_copied_12200", screen(&render_at(&app, 100, 32)));
}

#[test]
fn a_paste_with_carriage_returns_keeps_its_line_breaks() {
    let dir = folder();
    let mut app = editor_at(&dir.path().join("letter.txt"), None, None);
    app.handle_event(&Event::Paste(
        "Dear Sir,\r\rDuties:\r- Posted entries".to_owned(),
    ));
    assert_eq!(
        app.letter_lines(),
        ["Dear Sir,", "", "Duties:", "- Posted entries"]
    );
}
