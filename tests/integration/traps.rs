//! No traps: a pasted letter lands in the letter from any pane, the empty letter's hint says
//! where typing goes, and the target key works right after a search query.

use nocfit::tui::Focus;
use ratatui::crossterm::event::{Event, KeyCode, KeyModifiers};

use super::editor::{ctrl, fixture, key, type_keys};
use super::tui::{render_at, screen, started};

#[test]
fn a_pasted_letter_lands_in_the_letter_from_the_search_box() {
    let mut app = started();
    assert_eq!(app.focus(), Focus::Search);
    let letter = fixture("bookkeeper-12200.txt");
    app.handle_event(&Event::Paste(letter.clone()));
    assert_eq!(app.focus(), Focus::Letter);
    assert_eq!(app.letter_text().trim_end(), letter.trim_end());
    let shown = screen(&render_at(&app, 100, 32));
    assert!(
        shown.contains("Search codes") || shown.contains("Search"),
        "{shown}"
    );
    // The search box kept its (empty) query: every unit group is listed.
    assert!(app.result_codes().len() > 500);
}

#[test]
fn a_pasted_letter_lands_in_the_letter_from_the_list_and_the_profile() {
    for tabs in [1, 2] {
        let mut app = started();
        for _ in 0..tabs {
            key(&mut app, KeyCode::Tab, KeyModifiers::NONE);
        }
        app.handle_event(&Event::Paste("Duties:\r\n- Keep the books\r\n".to_owned()));
        assert_eq!(app.focus(), Focus::Letter);
        assert!(app.letter_text().contains("Keep the books"));
    }
}

#[test]
fn the_empty_letter_says_how_to_type_into_it_while_the_search_box_has_focus() {
    let mut app = started();
    let shown = screen(&render_at(&app, 100, 32));
    assert!(
        !shown.contains("Type or paste the reference letter here"),
        "{shown}"
    );
    assert!(shown.contains("Paste the reference"), "{shown}");
    assert!(shown.contains("Ctrl-B"), "{shown}");
    ctrl(&mut app, 'b');
    assert_eq!(app.focus(), Focus::Letter);
    let shown = screen(&render_at(&app, 100, 32));
    assert!(
        shown.contains("Type or paste the reference letter here"),
        "{shown}"
    );
    key(&mut app, KeyCode::Char('D'), KeyModifiers::SHIFT);
    assert_eq!(app.letter_text().trim_end(), "D");
}

#[test]
fn ctrl_t_sets_the_target_right_after_a_query_and_the_footer_says_so() {
    let mut app = started();
    let footer = screen(&render_at(&app, 100, 32));
    assert!(
        footer
            .lines()
            .last()
            .is_some_and(|row| row.contains("Ctrl-T target")),
        "{footer}"
    );
    type_keys(&mut app, "bookkeeper");
    ctrl(&mut app, 't');
    assert_eq!(app.target_code(), Some("12200"));
    assert_eq!(app.focus(), Focus::Search);
    // The query is unchanged: the results still start with the bookkeepers.
    assert_eq!(app.result_codes().first(), Some(&"12200"));
    let shown = screen(&render_at(&app, 100, 32));
    assert!(
        shown.contains("bookkeeper") && !shown.contains("bookkeepert"),
        "{shown}"
    );
    assert!(shown.contains("Target set: 12200"), "{shown}");
}
