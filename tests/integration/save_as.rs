//! Save As (`F12`), `~` in path prompts, a failed save that shows its whole message and asks
//! for another name (so the key after a failed "save and quit" cannot land in the letter), and
//! `Ctrl-N` keeping the name of a named letter that is still empty.

use std::path::PathBuf;

use nocfit::tui::App;
use ratatui::crossterm::event::{KeyCode, KeyModifiers};

use super::editor::{ctrl, editor_at, folder, key, type_keys};
use super::tui::{render_at, screen};

fn type_prompt(app: &mut App, text: &str) {
    ctrl(app, 'u');
    type_keys(app, &format!("{text}\n"));
}

#[test]
fn f12_saves_the_letter_under_a_new_name() {
    let dir = folder();
    let mut app = editor_at(&dir.path().join("first.txt"), Some("12200"), None);
    type_keys(&mut app, "Duties:\n- Keep the books\n");
    key(&mut app, KeyCode::F(12), KeyModifiers::NONE);
    let asked = app.prompt_text().unwrap_or_default();
    assert!(asked.starts_with("Save letter as"), "{asked}");
    let second = dir.path().join("second.txt");
    type_prompt(&mut app, &second.display().to_string());
    assert_eq!(app.letter_path(), Some(second.as_path()));
    assert!(!app.is_dirty());
    let saved = std::fs::read_to_string(&second).unwrap_or_default();
    assert!(saved.contains("Keep the books"));
    assert!(!dir.path().join("first.txt").exists());
}

#[test]
fn a_tilde_in_the_open_prompt_is_the_home_folder() {
    let Some(home) = std::env::var_os("HOME").map(PathBuf::from) else {
        return;
    };
    let dir = folder();
    let mut app = editor_at(&dir.path().join("letter.txt"), None, None);
    ctrl(&mut app, 'o');
    let name = format!("nocfit-test-{}-not-there.txt", std::process::id());
    type_prompt(&mut app, &format!("~/{name}"));
    assert_eq!(app.letter_path(), Some(home.join(&name).as_path()));
    assert!(
        !home.join(&name).exists(),
        "opening a new letter writes nothing"
    );
}

#[test]
fn a_failed_save_shows_the_whole_message_and_asks_for_another_name() {
    let dir = folder();
    let missing = dir.path().join("no such folder").join("letter.txt");
    let mut app = editor_at(&missing, Some("12200"), None);
    type_keys(&mut app, "Duties:\n- Keep the books\n");
    ctrl(&mut app, 's');
    let asked = app.prompt_text().unwrap_or_default();
    assert!(asked.starts_with("Save letter as"), "{asked}");
    let shown = screen(&render_at(&app, 80, 24));
    let joined: String = shown
        .lines()
        .map(str::trim_end)
        .collect::<Vec<_>>()
        .join(" ");
    assert!(joined.contains("Your text is still here"), "{shown}");
    assert!(joined.contains("cannot save"), "{shown}");
    let other = dir.path().join("letter.txt");
    type_prompt(&mut app, &other.display().to_string());
    assert_eq!(app.letter_path(), Some(other.as_path()));
    assert!(other.exists());
}

#[test]
fn after_a_failed_save_and_quit_the_next_key_does_not_go_into_the_letter() {
    let dir = folder();
    let missing = dir.path().join("gone").join("letter.txt");
    let mut app = editor_at(&missing, Some("12200"), None);
    type_keys(&mut app, "Dear officer,\n");
    let before = app.letter_text();
    ctrl(&mut app, 'q');
    key(&mut app, KeyCode::Char('s'), KeyModifiers::NONE);
    assert!(!app.should_quit());
    key(&mut app, KeyCode::Char('x'), KeyModifiers::NONE);
    assert_eq!(app.letter_text(), before);
    // The prompt took it; saving elsewhere then quits, as asked.
    type_prompt(
        &mut app,
        &dir.path().join("saved.txt").display().to_string(),
    );
    assert!(app.should_quit());
    assert!(dir.path().join("saved.txt").exists());
}

#[test]
fn ctrl_n_on_a_named_empty_letter_keeps_its_name() {
    let dir = folder();
    let path = dir.path().join("mine.txt");
    let mut app = editor_at(&path, Some("12200"), None);
    ctrl(&mut app, 'n');
    assert!(app.letter_text().contains('['), "the template");
    assert_eq!(app.letter_path(), Some(path.as_path()));
    ctrl(&mut app, 's');
    assert!(app.prompt_text().is_none(), "{:?}", app.prompt_text());
    assert!(path.exists());
}

#[test]
fn f9_selects_the_next_placeholder_and_saving_counts_those_left() {
    let dir = folder();
    let path = dir.path().join("mine.txt");
    let mut app = editor_at(&path, Some("12200"), None);
    ctrl(&mut app, 'n');
    key(&mut app, KeyCode::Home, KeyModifiers::CONTROL);
    key(&mut app, KeyCode::F(9), KeyModifiers::NONE);
    let said = app.status_text().unwrap_or_default().to_owned();
    assert!(said.starts_with("Placeholder 1 of "), "{said}");
    let count: usize = said["Placeholder 1 of ".len()..]
        .split(' ')
        .next()
        .and_then(|n| n.parse().ok())
        .unwrap_or(0);
    assert!(count >= 3, "{said}");
    let brackets = app.letter_text().matches('[').count();
    type_keys(&mut app, "Acme Books Ltd.");
    assert!(app.letter_text().contains("Acme Books Ltd."));
    assert_eq!(app.letter_text().matches('[').count(), brackets - 1);
    key(&mut app, KeyCode::F(9), KeyModifiers::NONE);
    let said = app.status_text().unwrap_or_default().to_owned();
    assert!(
        said.starts_with(&format!("Placeholder 1 of {}", count - 1)),
        "{said}"
    );
    ctrl(&mut app, 's');
    let said = app.status_text().unwrap_or_default().to_owned();
    assert!(
        said.contains(&format!(
            "{} [placeholders] left (F9 selects the next)",
            count - 1
        )),
        "{said}"
    );
}

#[test]
fn tab_completes_paths_in_the_open_and_save_as_prompts() {
    let dir = folder();
    let letters = dir.path().join("letters");
    let _ = std::fs::create_dir(&letters);
    let _ = std::fs::write(letters.join("reference-acme.txt"), "Dear officer,\n");
    let _ = std::fs::write(letters.join("reference-beta.txt"), "Dear officer,\n");
    let mut app = editor_at(&dir.path().join("new.txt"), None, None);
    ctrl(&mut app, 'o');
    ctrl(&mut app, 'u');
    type_keys(&mut app, &format!("{}/let", dir.path().display()));
    key(&mut app, KeyCode::Tab, KeyModifiers::NONE);
    type_keys(&mut app, "r");
    key(&mut app, KeyCode::Tab, KeyModifiers::NONE);
    let shown = screen(&render_at(&app, 100, 32));
    assert!(
        shown.contains("reference-acme.txt  reference-beta.txt"),
        "{shown}"
    );
    key(&mut app, KeyCode::Char('a'), KeyModifiers::NONE);
    key(&mut app, KeyCode::Tab, KeyModifiers::NONE);
    key(&mut app, KeyCode::Enter, KeyModifiers::NONE);
    assert_eq!(
        app.letter_path(),
        Some(letters.join("reference-acme.txt").as_path())
    );
    // Save As completes too.
    key(&mut app, KeyCode::F(12), KeyModifiers::NONE);
    ctrl(&mut app, 'u');
    type_keys(&mut app, &format!("{}/le", dir.path().display()));
    key(&mut app, KeyCode::Tab, KeyModifiers::NONE);
    let shown = screen(&render_at(&app, 100, 32));
    assert!(shown.contains("letters/"), "{shown}");
}
