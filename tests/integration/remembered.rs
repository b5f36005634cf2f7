//! The last target and letter are remembered in the state folder: the next session starts
//! with that target, and `Ctrl-O` offers that letter (selected, so typing replaces it).

use nocfit::noc::Catalog;
use nocfit::tui::{Action, App, Theme};
use ratatui::crossterm::event::{KeyCode, KeyModifiers};

use super::editor::{ctrl, folder, key, type_keys};

fn session(state: &std::path::Path, target: Option<&str>, letter: Option<&std::path::Path>) -> App {
    let target = target.and_then(|code| Catalog::embedded().target(code).ok());
    let mut app = App::new(Theme::COLOR)
        .with_state_dir(Some(state.to_path_buf()))
        .with_target(target)
        .with_letter(letter);
    app.update(Action::Resize {
        width: 100,
        height: 32,
    });
    app
}

#[test]
fn the_next_session_starts_with_the_last_target_and_offers_the_last_letter() {
    let state = folder();
    let letters = folder();
    let letter = letters.path().join("reference.txt");
    let mut first = session(state.path(), Some("12200"), Some(&letter));
    type_keys(&mut first, "Duties:\n- Keep the books\n");
    ctrl(&mut first, 's');
    assert!(letter.exists());
    drop(first);

    let mut second = session(state.path(), None, None);
    assert_eq!(second.target_code(), Some("12200"));
    assert_eq!(second.letter_path(), None);
    ctrl(&mut second, 'b');
    ctrl(&mut second, 'o');
    key(&mut second, KeyCode::Enter, KeyModifiers::NONE);
    let opened = second.letter_path().map(std::path::Path::to_path_buf);
    assert_eq!(
        opened.as_deref(),
        std::path::absolute(&letter).ok().as_deref()
    );
    assert!(second.letter_text().contains("Keep the books"));

    // Typing replaces the offered name; a target given on the command line wins.
    let mut third = session(state.path(), Some("14200"), None);
    assert_eq!(third.target_code(), Some("14200"));
    ctrl(&mut third, 'b');
    ctrl(&mut third, 'o');
    let other = letters.path().join("other.txt");
    type_keys(&mut third, &format!("{}\n", other.display()));
    assert_eq!(third.letter_path(), Some(other.as_path()));
}

#[test]
fn ctrl_o_goes_through_the_recent_letters_with_up_and_down() {
    let state = folder();
    let letters = folder();
    let names = ["first.txt", "second.txt", "third.txt"];
    for name in names {
        let path = letters.path().join(name);
        std::fs::write(&path, format!("Duties:\n- Letter {name}\n")).expect("letter written");
        drop(session(state.path(), Some("12200"), Some(&path)));
    }

    let mut app = session(state.path(), None, None);
    ctrl(&mut app, 'b');
    ctrl(&mut app, 'o');
    let shown = super::tui::screen(&super::tui::render_at(&app, 100, 32));
    assert!(
        shown.contains("3 recent letters: Up and Down go through them"),
        "{shown}"
    );
    assert!(
        shown.contains("third.txt"),
        "the last letter is offered: {shown}"
    );
    // Up goes back in time, as shell history does; Down comes forward again.
    key(&mut app, KeyCode::Up, KeyModifiers::NONE);
    key(&mut app, KeyCode::Up, KeyModifiers::NONE);
    let shown = super::tui::screen(&super::tui::render_at(&app, 100, 32));
    assert!(
        shown.contains("first.txt") && shown.contains("Recent letter 3 of 3"),
        "{shown}"
    );
    key(&mut app, KeyCode::Up, KeyModifiers::NONE);
    let shown = super::tui::screen(&super::tui::render_at(&app, 100, 32));
    assert!(shown.contains("No older recent letter"), "{shown}");
    key(&mut app, KeyCode::Down, KeyModifiers::NONE);
    key(&mut app, KeyCode::Enter, KeyModifiers::NONE);
    assert!(
        app.letter_text().contains("Letter second.txt"),
        "{}",
        app.letter_text()
    );
}
