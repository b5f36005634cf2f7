//! The browser's TEER 0-3 filter (`F5`): skilled occupations only, in the results of a query
//! and in the list of every unit group, named in the search box's title.

use nocfit::noc::Catalog;
use ratatui::crossterm::event::{KeyCode, KeyModifiers};

use super::editor::{key, type_keys};
use super::tui::{render_at, screen, started};

#[test]
fn f5_lists_only_teer_0_to_3_and_says_so_in_the_search_box() {
    let catalog = Catalog::embedded();
    let teer = |code: &str| catalog.target(code).map(|unit| unit.teer).unwrap_or(9);
    let mut app = started();
    let every = app.result_codes().len();
    key(&mut app, KeyCode::F(5), KeyModifiers::NONE);
    let skilled = app.result_codes();
    assert!(!skilled.is_empty() && skilled.len() < every);
    assert!(skilled.iter().all(|code| teer(code) <= 3), "{skilled:?}");
    let shown = screen(&render_at(&app, 100, 32));
    assert!(shown.contains("skilled only (TEER 0-3)"), "{shown}");
    // It holds for a query too, and the filter stays while typing.
    type_keys(&mut app, "cook");
    let cooks = app.result_codes();
    assert!(
        cooks.contains(&"63200") && cooks.iter().all(|code| teer(code) <= 3),
        "{cooks:?}"
    );
    key(&mut app, KeyCode::F(5), KeyModifiers::NONE);
    assert!(app.result_codes().iter().any(|code| teer(code) > 3));
    assert!(!screen(&render_at(&app, 100, 32)).contains("skilled only"));
}
