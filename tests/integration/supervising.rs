//! A line that names the workers it supervises reads as theirs alone, and is green for their
//! supervisor: the CLI and the line panel say why, so the "best match alone" beside it does
//! not contradict the colour.

use nocfit::tui::Theme;
use ratatui::crossterm::event::{KeyCode, KeyModifiers};

use super::cli::nocfit;
use super::editor::{down_to_line, fixture, folder, key};
use super::editor_view::{HEIGHT, WIDTH, letter_app, panel_text};
use super::tui::render_at;

const LETTER: &str = "food-service-supervisor-62020.txt";
const WHY: &str = "directing the work of 65201";

#[test]
fn check_says_why_a_supervising_line_is_green() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/integration/fixtures")
        .join(LETTER);
    let output = nocfit()
        .args(["check", "--noc", "62020"])
        .arg(&path)
        .output()
        .expect("nocfit runs");
    let text = String::from_utf8_lossy(&output.stdout);
    let lines: Vec<&str> = text.lines().collect();
    let supervising = lines
        .iter()
        .position(|l| l.contains("Supervising the 9 cashiers"))
        .expect("the supervising line");
    assert!(lines[supervising].contains(" G "), "{}", lines[supervising]);
    assert!(
        lines[supervising + 1].contains(WHY),
        "{}",
        lines[supervising + 1]
    );
    // Other green lines stay one line each.
    let training = lines
        .iter()
        .position(|l| l.contains("Training new staff"))
        .expect("the training line");
    assert!(
        !lines[training + 1].contains("supports"),
        "{}",
        lines[training + 1]
    );
}

#[test]
fn the_line_panel_says_why_a_supervising_line_is_green() {
    let dir = folder();
    let mut app = letter_app(&dir, Theme::COLOR, Some("62020"), &fixture(LETTER));
    key(&mut app, KeyCode::Home, KeyModifiers::CONTROL);
    down_to_line(&mut app, 11);
    let panel = panel_text(&render_at(&app, WIDTH, HEIGHT)).join(" ");
    assert!(panel.contains("Line 12 green"), "{panel}");
    let panel = panel.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        panel.contains(&format!("Why: supports 62020: {WHY}")),
        "{panel}"
    );
}
