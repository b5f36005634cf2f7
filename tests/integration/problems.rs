//! `F8` and `F7` jump to the next and previous red or amber line, as editors jump to the next
//! problem, and wrap at the ends with a notice.

use nocfit::classify::{Classifier, Colour};
use nocfit::letter::analyze;
use nocfit::noc::Catalog;
use ratatui::crossterm::event::{KeyCode, KeyModifiers};

use super::editor::{fixture, folder, key};
use super::letter_room::letter_at;

#[test]
fn f8_and_f7_visit_every_red_and_amber_line_and_wrap() {
    let text = fixture("mixed-duties-1311-1431.txt");
    let expected: Vec<usize> = analyze(
        Classifier::embedded(),
        &text,
        Catalog::embedded().target("12200").ok(),
        false,
    )
    .lines
    .iter()
    .enumerate()
    .filter(|(_, line)| line.is_duty())
    .filter(|(_, line)| matches!(line.colour(), Some(Colour::Red | Colour::Amber)))
    .map(|(index, _)| index)
    .collect();
    assert!(expected.len() >= 2, "the fixture has red or amber lines");
    let dir = folder();
    let mut app = letter_at(&dir, "12200", &text, 100, 32);
    assert_eq!(app.letter_cursor(), (0, 0));
    for (step, &line) in expected.iter().enumerate() {
        key(&mut app, KeyCode::F(8), KeyModifiers::NONE);
        assert_eq!(app.letter_cursor().0, line);
        let status = app.status_text().unwrap_or_default().to_owned();
        assert!(
            status.starts_with(&format!("Line {}", line + 1))
                && status.contains(&format!("{} of {}", step + 1, expected.len())),
            "{status}"
        );
    }
    key(&mut app, KeyCode::F(8), KeyModifiers::NONE);
    assert_eq!(app.letter_cursor().0, expected[0]);
    assert!(
        app.status_text()
            .is_some_and(|s| s.contains("wrapped to the top"))
    );
    key(&mut app, KeyCode::F(7), KeyModifiers::NONE);
    assert_eq!(app.letter_cursor().0, expected[expected.len() - 1]);
    assert!(
        app.status_text()
            .is_some_and(|s| s.contains("wrapped to the bottom"))
    );
    key(&mut app, KeyCode::F(7), KeyModifiers::NONE);
    assert_eq!(app.letter_cursor().0, expected[expected.len() - 2]);
}

#[test]
fn a_letter_without_red_or_amber_lines_says_so() {
    let dir = folder();
    let mut app = letter_at(&dir, "12200", "Dear officer,\n", 100, 32);
    key(&mut app, KeyCode::F(8), KeyModifiers::NONE);
    assert_eq!(app.status_text(), Some("No red or amber lines"));
}
