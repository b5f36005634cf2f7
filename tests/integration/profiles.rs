//! Profiles for the "is it this occupation or that one" question: the exclusions right after
//! the lead statement, back (`[`) to where a profile was scrolled, and `q` closing the compare
//! view instead of the app.

use nocfit::tui::{Action, App, Theme};
use ratatui::crossterm::event::{KeyCode, KeyModifiers};

use super::editor::{ctrl, key, type_keys};
use super::tui::{render_at, screen};

fn app_at(width: u16, height: u16) -> App {
    let mut app = App::new(Theme::COLOR);
    app.update(Action::Resize { width, height });
    app
}

fn press(app: &mut App, code: KeyCode) {
    key(app, code, KeyModifiers::NONE);
}

/// Searches for a code and opens its profile.
fn open(app: &mut App, code: &str) {
    press(app, KeyCode::Char('/'));
    ctrl(app, 'u');
    type_keys(app, &format!("{code}\n"));
}

/// The profile pane's rows (the browser's columns under its title row).
fn profile_rows(app: &App, width: u16, height: u16) -> Vec<String> {
    let shown = screen(&render_at(app, width, height));
    let rows: Vec<&str> = shown.lines().collect();
    let top = rows
        .iter()
        .position(|row| row.contains("┌ Profile"))
        .unwrap_or(rows.len());
    rows.iter()
        .skip(top)
        .map(|row| {
            let pane = row.split('┐').next().unwrap_or(row);
            pane.split("││").next().unwrap_or(pane).to_owned()
        })
        .collect()
}

#[test]
fn the_exclusions_follow_the_lead_statement_and_show_without_scrolling_at_140_by_45() {
    let mut app = app_at(140, 45);
    open(&mut app, "12200");
    let rows = profile_rows(&app, 140, 45);
    let text = rows.join("\n");
    let lead = rows.iter().position(|row| row.contains("Lead statement"));
    let exclusions = rows.iter().position(|row| row.contains("not this? see"));
    let duties = rows.iter().position(|row| row.contains("Main duties"));
    assert!(lead < exclusions && lead.is_some(), "{text}");
    assert!(
        duties.is_none_or(|duties| exclusions < Some(duties)),
        "{text}"
    );
    assert!(
        text.contains("14200 Accounting and related clerks"),
        "{text}"
    );

    // With a letter open the browser is narrower and the profile shorter: the first
    // exclusion still shows.
    let mut app = app_at(140, 45);
    app.update(Action::Edit(nocfit::tui::Edit::Paste(
        "Duties:\n- Reconciled the bank accounts\n".to_owned(),
    )));
    app.update(Action::FocusSearch);
    open(&mut app, "12200");
    let text = profile_rows(&app, 140, 45).join("\n");
    assert!(
        text.contains("14200 Accounting and related clerks"),
        "{text}"
    );
}

#[test]
fn back_returns_to_where_the_profile_was_scrolled() {
    let mut app = app_at(100, 32);
    open(&mut app, "12200");
    press(&mut app, KeyCode::PageDown);
    press(&mut app, KeyCode::PageDown);
    let scrolled = profile_rows(&app, 100, 32);
    assert_ne!(scrolled, {
        let mut top = app_at(100, 32);
        open(&mut top, "12200");
        profile_rows(&top, 100, 32)
    });
    open(&mut app, "14200");
    assert_eq!(app.profile_code(), Some("14200"));
    press(&mut app, KeyCode::Char('['));
    assert_eq!(app.profile_code(), Some("12200"));
    assert_eq!(profile_rows(&app, 100, 32), scrolled);
    press(&mut app, KeyCode::Char(']'));
    assert_eq!(app.profile_code(), Some("14200"));
}

#[test]
fn q_closes_the_comparison_not_the_app() {
    let mut app = app_at(100, 32);
    open(&mut app, "12200");
    press(&mut app, KeyCode::Char('c'));
    open(&mut app, "14200");
    assert_eq!(app.compared_codes(), Some(("12200", "14200")));
    press(&mut app, KeyCode::Char('q'));
    assert_eq!(app.compared_codes(), None);
    assert!(!app.should_quit());
}

#[test]
fn one_click_on_an_exclusion_opens_it() {
    let mut app = app_at(140, 45);
    open(&mut app, "12200");
    let shown = screen(&render_at(&app, 140, 45));
    let Some((row, column)) = shown.lines().enumerate().find_map(|(row, line)| {
        line.find("14200 Accounting and related clerks")
            .map(|byte| (row, line[..byte].chars().count()))
    }) else {
        panic!("{shown}");
    };
    app.update(Action::Click {
        column: u16::try_from(column + 2).unwrap_or(0),
        row: u16::try_from(row).unwrap_or(0),
    });
    assert_eq!(app.profile_code(), Some("14200"));
    press(&mut app, KeyCode::Char('['));
    assert_eq!(app.profile_code(), Some("12200"));
}
