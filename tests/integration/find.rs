//! Find in the letter: `Ctrl-F` offers the last search selected (typing replaces it), each
//! match says "match 2 of 5", wrapping says so, and previous has `Ctrl-R` besides `Shift-F3`.
//! `Ctrl-C` says what it copied.

use nocfit::tui::{App, Effect};
use ratatui::crossterm::event::{KeyCode, KeyModifiers};

use super::editor::{ctrl, folder, key, type_keys};
use super::letter_room::letter_at;

const LETTER: &str =
    "Duties:\n- Post journal entries\n- Keep the journal and ledger\n- Close the journal monthly\n";

fn status(app: &App) -> String {
    app.status_text().unwrap_or_default().to_owned()
}

fn find(app: &mut App, text: &str) {
    ctrl(app, 'f');
    type_keys(app, &format!("{text}\n"));
}

#[test]
fn matches_are_counted_and_wrapping_is_announced() {
    let dir = folder();
    let mut app = letter_at(&dir, "12200", LETTER, 100, 32);
    find(&mut app, "journal");
    assert_eq!(status(&app), "“journal”: match 1 of 3");
    assert_eq!(app.letter_cursor().0, 1);
    key(&mut app, KeyCode::F(3), KeyModifiers::NONE);
    assert_eq!(status(&app), "“journal”: match 2 of 3");
    ctrl(&mut app, 'g');
    assert_eq!(status(&app), "“journal”: match 3 of 3");
    key(&mut app, KeyCode::F(3), KeyModifiers::NONE);
    assert_eq!(status(&app), "“journal”: match 1 of 3 (wrapped to the top)");
    ctrl(&mut app, 'r');
    assert_eq!(
        status(&app),
        "“journal”: match 3 of 3 (wrapped to the bottom)"
    );
    key(&mut app, KeyCode::F(3), KeyModifiers::SHIFT);
    assert_eq!(status(&app), "“journal”: match 2 of 3");
}

#[test]
fn ctrl_f_offers_the_last_search_selected_and_typing_replaces_it() {
    let dir = folder();
    let mut app = letter_at(&dir, "12200", LETTER, 100, 32);
    find(&mut app, "journal");
    ctrl(&mut app, 'f');
    assert!(app.prompt_text().is_some());
    find_typed(&mut app, "ledger");
    assert_eq!(status(&app), "“ledger”: match 1 of 1");
    // Moving the cursor keeps the last search and types after it.
    ctrl(&mut app, 'f');
    key(&mut app, KeyCode::End, KeyModifiers::NONE);
    find_typed(&mut app, "s");
    assert_eq!(status(&app), "“ledgers” is not in the letter");
}

/// Types into the open prompt and presses Enter.
fn find_typed(app: &mut App, text: &str) {
    type_keys(app, &format!("{text}\n"));
}

#[test]
fn ctrl_c_says_what_it_copied() {
    let dir = folder();
    let mut app = letter_at(&dir, "12200", LETTER, 100, 32);
    ctrl(&mut app, 'c');
    assert!(
        status(&app).starts_with("Nothing selected to copy"),
        "{}",
        status(&app)
    );
    ctrl(&mut app, 'a');
    app.take_effects();
    ctrl(&mut app, 'c');
    let said = status(&app);
    assert!(
        said.starts_with("Copied “Duties: - Post journal entries") && said.contains("lines, "),
        "{said}"
    );
    assert!(said.ends_with("characters) to the clipboard"), "{said}");
    assert!(matches!(app.take_effects().as_slice(), [Effect::Copy(_)]));
}
