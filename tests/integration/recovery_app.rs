//! Recovery copies through the app, one test per way a copy used to be lost or wrongly kept:
//! saving one letter deleted another's copy, two sessions shared one copy, a path with `..`
//! missed its copy, and undoing back to the saved text left a stale copy that was offered.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use nocfit::letter::recovery::RecoveryStore;
use nocfit::tui::{Action, App, Theme};
use ratatui::crossterm::event::{KeyCode, KeyModifiers};

use super::editor::{ctrl, editor_at, folder, key, type_keys};
use super::tui::{render_at, screen};

/// The recovery copies in a state folder (its session locks aside).
pub fn copies(state: &Path) -> Vec<PathBuf> {
    let mut copies: Vec<PathBuf> = std::fs::read_dir(state)
        .map(|dir| dir.filter_map(Result::ok).map(|e| e.path()).collect())
        .unwrap_or_default();
    copies.retain(|path| path.to_string_lossy().ends_with(".recover.txt"));
    copies
}

#[test]
fn a_recovery_copy_is_written_a_second_after_the_first_change_and_offered_next_time() {
    let dir = folder();
    let state = dir.path().join("state");
    let path = dir.path().join("letter.txt");
    let mut app = editor_at(&path, None, Some(state.clone()));
    let start = Instant::now();
    type_keys(&mut app, "- Posted");
    app.tick(start);
    assert!(app.wake_in(start).is_some());
    // Typing goes on: the copy does not wait for it to stop.
    type_keys(&mut app, " journal");
    app.tick(start + Duration::from_millis(500));
    assert_eq!(copies(&state).len(), 0);
    type_keys(&mut app, " entries");
    app.tick(start + Duration::from_millis(1000));
    assert_eq!(copies(&state).len(), 1);
    // The session ends abruptly (its lock is gone); the next start with the same file offers
    // the copy.
    drop(app);
    let mut again = editor_at(&path, None, Some(state.clone()));
    assert!(again.prompt_text().is_some_and(|p| p.contains("r recover")));
    key(&mut again, KeyCode::Char('r'), KeyModifiers::NONE);
    assert_eq!(again.letter_lines(), ["- Posted journal entries"]);
    assert!(again.is_dirty());
    // Saving removes the copy.
    ctrl(&mut again, 's');
    assert_eq!(copies(&state).len(), 0);
}

/// Lets the recovery timer see `app`'s changes and then a second pass.
fn settle(app: &mut App) {
    let now = Instant::now();
    app.tick(now);
    app.tick(now + Duration::from_secs(2));
}

fn copy_texts(state: &Path) -> Vec<String> {
    let mut texts: Vec<String> = copies(state)
        .into_iter()
        .map(|copy| std::fs::read_to_string(copy).unwrap_or_default())
        .collect();
    texts.sort();
    texts
}

#[test]
fn saving_a_letter_keeps_the_untitled_copy_a_crash_left() -> Result<(), Box<dyn std::error::Error>>
{
    let dir = folder();
    let state = dir.path().join("state");
    // A session that ended abruptly, editing an untitled letter.
    let crashed = RecoveryStore::open(state.clone(), "crashed")?;
    crashed.write(None, "Untitled draft with a salary of $80,000")?;
    drop(crashed);
    let mut app = editor_at(&dir.path().join("b.txt"), None, Some(state.clone()));
    type_keys(&mut app, "Dear Sir");
    settle(&mut app);
    ctrl(&mut app, 's');
    assert!(app.status_text().is_some_and(|s| s.starts_with("Saved")));
    let texts = copy_texts(&state);
    assert_eq!(texts.len(), 1, "{texts:?}");
    assert!(texts[0].ends_with("Untitled draft with a salary of $80,000"));
    // And an untitled start still offers it.
    drop(app);
    let again = App::new(Theme::COLOR)
        .with_state_dir(Some(state))
        .with_letter(None);
    assert!(again.prompt_text().is_some_and(|p| p.contains("r recover")));
    Ok(())
}

#[test]
fn two_sessions_on_one_letter_keep_their_own_copies() {
    let dir = folder();
    let state = dir.path().join("state");
    let path = dir.path().join("letter.txt");
    let mut first = editor_at(&path, None, Some(state.clone()));
    let mut second = editor_at(&path, None, Some(state.clone()));
    type_keys(&mut first, "first session's text");
    type_keys(&mut second, "second session's text");
    settle(&mut first);
    settle(&mut second);
    let texts = copy_texts(&state);
    assert_eq!(texts.len(), 2, "{texts:?}");
    assert!(
        texts
            .iter()
            .any(|t| t.trim_end().ends_with("first session's text"))
    );
    assert!(
        texts
            .iter()
            .any(|t| t.trim_end().ends_with("second session's text"))
    );
    // A running session's copy is not offered to another.
    let third = editor_at(&path, None, Some(state.clone()));
    assert_eq!(third.prompt_text(), None);
}

#[test]
fn a_copy_is_offered_whatever_path_names_the_letter() -> Result<(), Box<dyn std::error::Error>> {
    let dir = folder();
    let state = dir.path().join("state");
    std::fs::create_dir_all(dir.path().join("dir/sub"))?;
    let mut app = editor_at(
        &dir.path().join("dir/letter.txt"),
        None,
        Some(state.clone()),
    );
    type_keys(&mut app, "- Reconciled accounts");
    settle(&mut app);
    drop(app);
    let again = editor_at(&dir.path().join("dir/sub/../letter.txt"), None, Some(state));
    assert!(again.prompt_text().is_some_and(|p| p.contains("r recover")));
    Ok(())
}

#[test]
fn undoing_back_to_the_saved_text_removes_the_copy() -> Result<(), Box<dyn std::error::Error>> {
    let dir = folder();
    let state = dir.path().join("state");
    let path = dir.path().join("letter.txt");
    std::fs::write(&path, "Dear Sir,\n")?;
    let mut app = editor_at(&path, None, Some(state.clone()));
    key(&mut app, KeyCode::End, KeyModifiers::NONE);
    type_keys(&mut app, " half an edit");
    settle(&mut app);
    assert_eq!(copies(&state).len(), 1);
    for _ in 0..20 {
        if app.is_dirty() {
            ctrl(&mut app, 'z');
        }
    }
    assert!(!app.is_dirty());
    settle(&mut app);
    assert_eq!(copies(&state).len(), 0, "no unsaved changes, no copy");
    // Quit without a question, and the next start asks nothing.
    ctrl(&mut app, 'q');
    assert!(app.should_quit());
    drop(app);
    let again = editor_at(&path, None, Some(state.clone()));
    assert_eq!(again.prompt_text(), None);
    assert_eq!(again.letter_text(), "Dear Sir,\n");
    Ok(())
}

#[test]
fn without_a_state_folder_the_footer_says_recovery_is_off() {
    let dir = folder();
    let mut app = App::new(Theme::COLOR)
        .with_state_dir(None)
        .with_letter(Some(&dir.path().join("letter.txt")));
    app.update(Action::Resize {
        width: 140,
        height: 40,
    });
    type_keys(&mut app, "Dear Sir");
    assert!(app.recovery_off().is_some());
    let shown = screen(&render_at(&app, 140, 40));
    assert!(shown.contains("Recovery copies are off"), "{shown}");
}
