//! Saving from the editor: a file changed by another program (or another nocfit) since it was
//! opened is not overwritten without a question, a read-only file is not replaced without one,
//! the byte order mark stays, devices are refused, and the editor never grows a letter past
//! the size nocfit opens.

use nocfit::tui::{Action, App, Edit, Theme};
use ratatui::crossterm::event::{Event, KeyCode, KeyModifiers};

use super::editor::{ctrl, editor_at, folder, key, type_keys};

type TestResult = Result<(), Box<dyn std::error::Error>>;

fn answer(app: &mut App, choice: char) {
    key(app, KeyCode::Char(choice), KeyModifiers::NONE);
}

#[test]
fn a_file_changed_on_disk_asks_overwrite_reload_or_save_as() -> TestResult {
    let dir = folder();
    let path = dir.path().join("letter.txt");
    std::fs::write(&path, "Dear Sir,\n")?;
    let mut app = editor_at(&path, None, None);
    key(&mut app, KeyCode::End, KeyModifiers::NONE);
    type_keys(&mut app, " mine");
    std::fs::write(&path, "Dear Sam,\n")?;
    ctrl(&mut app, 's');
    let question = app.prompt_text().unwrap_or_default();
    assert!(
        question.contains("changed by another program") && question.contains("o overwrite"),
        "{question}"
    );
    assert_eq!(std::fs::read_to_string(&path)?, "Dear Sam,\n");
    // Reload: the file's text, and Ctrl-Z brings the user's back.
    answer(&mut app, 'r');
    assert_eq!(app.letter_lines(), ["Dear Sam,"]);
    assert!(!app.is_dirty());
    ctrl(&mut app, 'z');
    assert_eq!(app.letter_lines(), ["Dear Sir, mine"]);
    // Changed again: save under another name.
    std::fs::write(&path, "Dear Sue,\n")?;
    ctrl(&mut app, 's');
    answer(&mut app, 'a');
    assert!(
        app.prompt_text()
            .is_some_and(|p| p.starts_with("Save letter as"))
    );
    key(&mut app, KeyCode::Char('u'), KeyModifiers::CONTROL);
    type_keys(&mut app, &dir.path().join("mine.txt").display().to_string());
    key(&mut app, KeyCode::Enter, KeyModifiers::NONE);
    assert_eq!(
        std::fs::read_to_string(dir.path().join("mine.txt"))?,
        "Dear Sir, mine\n"
    );
    assert_eq!(std::fs::read_to_string(&path)?, "Dear Sue,\n");
    // Overwrite, when the user says so.
    std::fs::write(dir.path().join("mine.txt"), "theirs\n")?;
    type_keys(&mut app, "!");
    ctrl(&mut app, 's');
    answer(&mut app, 'o');
    assert_eq!(
        std::fs::read_to_string(dir.path().join("mine.txt"))?,
        "Dear Sir, mine!\n"
    );
    Ok(())
}

#[test]
fn the_second_of_two_sessions_to_save_is_warned() -> TestResult {
    let dir = folder();
    let path = dir.path().join("letter.txt");
    std::fs::write(&path, "Dear Sir,\n")?;
    let mut first = editor_at(&path, None, None);
    let mut second = editor_at(&path, None, None);
    type_keys(&mut first, "First: ");
    type_keys(&mut second, "Second: ");
    ctrl(&mut first, 's');
    assert!(first.status_text().is_some_and(|s| s.starts_with("Saved")));
    ctrl(&mut second, 's');
    assert!(
        second
            .prompt_text()
            .is_some_and(|p| p.contains("changed by another program"))
    );
    assert_eq!(std::fs::read_to_string(&path)?, "First: Dear Sir,\n");
    Ok(())
}

#[test]
fn saving_as_an_existing_file_asks_first() -> TestResult {
    let dir = folder();
    let other = dir.path().join("other.txt");
    std::fs::write(&other, "someone's letter\n")?;
    let mut untitled = App::new(Theme::COLOR).with_letter(None);
    untitled.update(Action::Edit(Edit::Insert('x')));
    ctrl(&mut untitled, 's');
    let question = untitled.prompt_text().unwrap_or_default();
    assert!(question.starts_with("Save letter as"), "{question}");
    type_keys(&mut untitled, &other.display().to_string());
    key(&mut untitled, KeyCode::Enter, KeyModifiers::NONE);
    let question = untitled.prompt_text().unwrap_or_default();
    assert!(question.contains("already exists"), "{question}");
    key(&mut untitled, KeyCode::Esc, KeyModifiers::NONE);
    assert_eq!(std::fs::read_to_string(&other)?, "someone's letter\n");
    assert_eq!(untitled.letter_path(), None);
    Ok(())
}

#[test]
fn a_read_only_file_is_replaced_only_after_asking() -> TestResult {
    let dir = folder();
    let path = dir.path().join("letter.txt");
    std::fs::write(&path, "Dear Sir,\n")?;
    let mut permissions = std::fs::metadata(&path)?.permissions();
    permissions.set_readonly(true);
    std::fs::set_permissions(&path, permissions)?;
    let mut app = editor_at(&path, None, None);
    type_keys(&mut app, "> ");
    ctrl(&mut app, 's');
    assert!(
        app.prompt_text()
            .is_some_and(|p| p.contains("is read-only"))
    );
    assert_eq!(std::fs::read_to_string(&path)?, "Dear Sir,\n");
    answer(&mut app, 'o');
    assert_eq!(std::fs::read_to_string(&path)?, "> Dear Sir,\n");
    assert!(std::fs::metadata(&path)?.permissions().readonly());
    Ok(())
}

#[test]
fn the_byte_order_mark_survives_an_edit() -> TestResult {
    let dir = folder();
    let path = dir.path().join("letter.txt");
    std::fs::write(&path, "\u{feff}Dear Sir,\r\n")?;
    let mut app = editor_at(&path, None, None);
    type_keys(&mut app, "> ");
    ctrl(&mut app, 's');
    assert_eq!(std::fs::read(&path)?, "\u{feff}> Dear Sir,\r\n".as_bytes());
    Ok(())
}

#[test]
fn a_device_is_not_opened_so_it_cannot_be_saved_over() {
    let dir = folder();
    let app = editor_at(std::path::Path::new("/dev/null"), None, None);
    let status = app.status_text().unwrap_or_default();
    assert!(
        status.contains("not a regular file (it is a device)"),
        "{status}"
    );
    assert_eq!(app.letter_path(), None);
    drop(dir);
}

#[test]
fn two_large_pastes_stop_at_the_size_nocfit_opens() -> TestResult {
    let dir = folder();
    let path = dir.path().join("letter.txt");
    let mut app = editor_at(&path, None, None);
    let block = "- Reconciled the accounts\n".repeat(900 * 1024 / 26);
    app.handle_event(&Event::Paste(block.clone()));
    app.handle_event(&Event::Paste(block.clone()));
    let status = app.status_text().unwrap_or_default();
    assert!(status.starts_with("Not inserted"), "{status}");
    ctrl(&mut app, 's');
    // What was saved opens again.
    let reopened = nocfit::letter::open_letter(&path)?;
    assert_eq!(reopened.text, app.letter_text());
    Ok(())
}
