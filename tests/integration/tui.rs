//! The full-screen application driven by key events and rendered into ratatui's `TestBackend`.

use nocfit::tui::{Action, App, Effect, Focus, Theme, draw};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{
    Event, KeyCode, KeyEvent, KeyModifiers, MouseEvent, MouseEventKind,
};
use ratatui::style::{Color, Modifier};

use super::editor::type_keys;

const WIDTH: u16 = 100;
const HEIGHT: u16 = 32;

fn app_with(theme: Theme) -> App {
    let mut app = App::new(theme);
    app.update(Action::Resize {
        width: WIDTH,
        height: HEIGHT,
    });
    app
}

fn app() -> App {
    app_with(Theme::COLOR)
}

/// The app as `nocfit` with no file starts it, at 100 x 32.
pub fn started() -> App {
    let mut app = App::new(Theme::COLOR).with_letter(None);
    app.update(Action::Resize {
        width: WIDTH,
        height: HEIGHT,
    });
    app
}

pub fn render_at(app: &App, width: u16, height: u16) -> Buffer {
    let mut terminal = match Terminal::new(TestBackend::new(width, height)) {
        Ok(terminal) => terminal,
        Err(error) => panic!("test backend: {error}"),
    };
    if let Err(error) = terminal.draw(|frame| draw(frame, app)) {
        panic!("draw: {error}");
    }
    terminal.backend().buffer().clone()
}

fn render(app: &App) -> Buffer {
    render_at(app, WIDTH, HEIGHT)
}

/// The buffer's characters, one line per row, trailing spaces trimmed.
pub fn screen(buffer: &Buffer) -> String {
    let area = buffer.area;
    (0..area.height)
        .map(|y| {
            let row: String = (0..area.width).map(|x| buffer[(x, y)].symbol()).collect();
            row.trim_end().to_owned()
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn press(app: &mut App, code: KeyCode) {
    app.press(KeyEvent::new(code, KeyModifiers::NONE));
}

fn ctrl(app: &mut App, c: char) {
    app.press(KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL));
}

/// Searches for a code and opens its profile.
fn open(app: &mut App, code: &str) {
    press(app, KeyCode::Char('/'));
    ctrl(app, 'u');
    type_keys(app, code);
    press(app, KeyCode::Enter);
}

/// The position of the first occurrence of `text` on screen.
fn find(buffer: &Buffer, text: &str) -> Option<(u16, u16)> {
    let lines = screen(buffer);
    lines.lines().enumerate().find_map(|(y, line)| {
        line.find(text).map(|byte| {
            let x = line[..byte].chars().count();
            (x as u16, y as u16)
        })
    })
}

#[test]
fn empty_query_lists_every_unit_group_in_code_order() {
    let app = app();
    let codes = app.result_codes();
    assert_eq!(codes.len(), 516);
    assert!(codes.windows(2).all(|pair| pair[0] < pair[1]));
    assert_eq!(app.profile_code(), Some(codes[0]));
}

#[test]
fn search_results_for_bookkeeper() {
    let mut app = app();
    type_keys(&mut app, "/bookkeeper");
    assert_eq!(app.result_codes().first(), Some(&"12200"));
    insta::assert_snapshot!("search_bookkeeper", screen(&render(&app)));
}

#[test]
fn a_noc_2016_code_finds_its_successor_with_the_change_noted() {
    let mut app = app();
    type_keys(&mut app, "1311");
    assert_eq!(app.result_codes().first(), Some(&"12200"));
    let text = screen(&render(&app));
    assert!(text.contains("NOC 2016 1311"), "{text}");
}

#[test]
fn profile_of_12200() {
    let mut app = app();
    open(&mut app, "12200");
    assert_eq!(app.profile_code(), Some("12200"));
    assert_eq!(app.focus(), Focus::Profile);
    insta::assert_snapshot!("profile_12200", screen(&render(&app)));
}

#[test]
fn profile_scrolls_and_stays_inside_the_text() {
    let mut app = app();
    open(&mut app, "12200");
    press(&mut app, KeyCode::End);
    let bottom = screen(&render(&app));
    assert!(bottom.contains("NOC 2016 predecessors"), "{bottom}");
    press(&mut app, KeyCode::PageDown);
    assert_eq!(screen(&render(&app)), bottom, "no scrolling past the end");
    press(&mut app, KeyCode::Home);
    assert!(screen(&render(&app)).contains("Hierarchy  1 › 12"));
}

#[test]
fn compare_12200_with_14200() {
    let mut app = app();
    type_keys(&mut app, "12200");
    press(&mut app, KeyCode::Tab);
    press(&mut app, KeyCode::Char('c'));
    press(&mut app, KeyCode::Char('/'));
    ctrl(&mut app, 'u');
    type_keys(&mut app, "14200");
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.compared_codes(), Some(("12200", "14200")));
    let buffer = render(&app);
    insta::assert_snapshot!("compare_12200_14200", screen(&buffer));
    // The clerks' customer-service duty has no counterpart among bookkeepers: amber marker.
    press(&mut app, KeyCode::End);
    let buffer = render(&app);
    let Some((x, y)) = find(&buffer, "+ Respond to customer") else {
        panic!("the unmatched duty is marked:\n{}", screen(&buffer));
    };
    assert_eq!(buffer[(x, y)].fg, Color::Yellow);
    press(&mut app, KeyCode::Esc);
    assert_eq!(app.compared_codes(), None);
}

#[test]
fn help_overlay_lists_every_binding() {
    let mut app = app();
    press(&mut app, KeyCode::Tab);
    press(&mut app, KeyCode::Char('?'));
    let wide = screen(&render_at(&app, 180, 50));
    for (_, keys, what) in nocfit::tui::keymap::HELP {
        assert!(wide.contains(keys), "help lists {keys}");
        assert!(wide.contains(what), "help explains {keys}: {what}");
    }
    let text = screen(&render(&app));
    insta::assert_snapshot!("help", text);
    press(&mut app, KeyCode::Esc);
    assert!(!screen(&render(&app)).contains("Esc closes"));
}

#[test]
fn help_too_wide_for_two_columns_scrolls_in_one() {
    let mut app = app();
    app.update(Action::Resize {
        width: WIDTH,
        height: HEIGHT,
    });
    press(&mut app, KeyCode::Tab);
    press(&mut app, KeyCode::Char('?'));
    let top = screen(&render(&app));
    assert!(top.contains("this help (F1 in the search box)"), "{top}");
    assert!(top.contains("↑ ↓ PgUp PgDn scroll"));
    assert!(!top.contains("close the comparison"));
    press(&mut app, KeyCode::End);
    let bottom = screen(&render(&app));
    assert!(bottom.contains("close the comparison"), "{bottom}");
    assert!(!bottom.contains("move focus between panes"));
    press(&mut app, KeyCode::Home);
    assert_eq!(screen(&render(&app)), top);
}

#[test]
fn a_small_terminal_gets_a_message() {
    let app = app();
    let text = screen(&render_at(&app, 40, 10));
    assert!(text.contains("terminal too small (need 60 x 16)"));
    insta::assert_snapshot!("too_small", text);
}

#[test]
fn teer_badges_are_green_when_skilled_and_amber_otherwise() {
    let mut app = app();
    type_keys(&mut app, "accounting");
    let buffer = render(&app);
    for (code, colour) in [("12200", Color::Green), ("14200", Color::Yellow)] {
        let Some((x, y)) = find(&buffer, code) else {
            panic!("{code} is listed:\n{}", screen(&buffer));
        };
        // The badge follows the code and a space: " 2 ".
        let badge = &buffer[(x + 7, y)];
        assert_eq!(badge.bg, colour, "{code} badge");
    }
}

#[test]
fn matched_characters_are_highlighted() {
    let mut app = app();
    type_keys(&mut app, "bookkeeper");
    let buffer = render(&app);
    let Some((x, y)) = find(&buffer, "↳ bookkeeper") else {
        panic!("the matched example is shown:\n{}", screen(&buffer));
    };
    let first = &buffer[(x + 2, y)];
    assert_eq!(first.fg, Color::Cyan);
    assert!(first.modifier.contains(Modifier::UNDERLINED));
    let arrow = &buffer[(x, y)];
    assert!(!arrow.modifier.contains(Modifier::UNDERLINED));
}

#[test]
fn no_color_uses_reverse_video_and_no_colours() {
    let mut app = app_with(Theme::PLAIN);
    type_keys(&mut app, "bookkeeper");
    let buffer = render(&app);
    assert!(
        buffer
            .content()
            .iter()
            .all(|cell| cell.fg == Color::Reset && cell.bg == Color::Reset),
        "no cell is coloured"
    );
    let Some((x, y)) = find(&buffer, "12200") else {
        panic!("12200 is listed");
    };
    assert!(buffer[(x, y)].modifier.contains(Modifier::REVERSED));
}

#[test]
fn exclusion_links_jump_and_history_walks_back_and_forward() {
    let mut app = app();
    open(&mut app, "12200");
    press(&mut app, KeyCode::Char('n'));
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.profile_code(), Some("14200"));
    press(&mut app, KeyCode::Char('['));
    assert_eq!(app.profile_code(), Some("12200"));
    press(&mut app, KeyCode::Char(']'));
    assert_eq!(app.profile_code(), Some("14200"));
    app.press(KeyEvent::new(KeyCode::Left, KeyModifiers::ALT));
    assert_eq!(app.profile_code(), Some("12200"));
}

#[test]
fn a_minor_group_exclusion_opens_its_unit_groups_in_the_tree() {
    let mut app = app();
    open(&mut app, "00011");
    // 00011's second exclusion is the minor group 4001, Managers in public administration.
    press(&mut app, KeyCode::Char('n'));
    press(&mut app, KeyCode::Char('n'));
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.profile_code(), Some("40010"));
    assert_eq!(app.focus(), Focus::List);
    let text = screen(&render(&app));
    assert!(text.contains("Hierarchy"), "{text}");
    assert!(
        text.contains("4001 Managers in public administration"),
        "{text}"
    );
    assert!(
        text.contains("40011"),
        "its unit groups are listed:\n{text}"
    );
}

#[test]
fn the_tree_keeps_the_ancestors_of_matches() {
    let mut app = app();
    type_keys(&mut app, "bookkeeper");
    press(&mut app, KeyCode::Tab);
    press(&mut app, KeyCode::Char('h'));
    let text = screen(&render(&app));
    for row in [
        "1 Business, finance",
        "12 Administrative",
        "1220 Accounting",
        "12200",
    ] {
        assert!(text.contains(row), "{row} in\n{text}");
    }
    press(&mut app, KeyCode::Char('G'));
    let text = screen(&render(&app));
    assert!(text.contains("4121 College"), "{text}");
    assert!(text.contains("41210"), "{text}");
    // Collapsing the broad category hides its descendants.
    press(&mut app, KeyCode::Char('g'));
    press(&mut app, KeyCode::Left);
    assert!(!screen(&render(&app)).contains("12200"));
    press(&mut app, KeyCode::Right);
    assert!(screen(&render(&app)).contains("1220 Accounting"));
}

#[test]
fn the_tree_expands_and_opens_unit_groups() {
    let mut app = app();
    press(&mut app, KeyCode::Tab);
    press(&mut app, KeyCode::Char('h'));
    // The tree opens on the selected occupation, the first unit group.
    let text = screen(&render(&app));
    assert!(
        text.contains("▾ 0001 Legislative and senior managers"),
        "{text}"
    );
    assert!(text.contains("00010"), "{text}");
    press(&mut app, KeyCode::Char('g'));
    press(&mut app, KeyCode::Enter);
    let text = screen(&render(&app));
    assert!(
        text.contains("▸ 0 Legislative and senior management"),
        "{text}"
    );
    assert!(!text.contains("0001 Legislative"), "{text}");
    press(&mut app, KeyCode::Down);
    press(&mut app, KeyCode::Enter);
    let text = screen(&render(&app));
    assert!(text.contains("▾ 1 Business, finance"), "{text}");
    assert!(
        text.contains("▸ 10 Specialized middle management"),
        "{text}"
    );
}

#[test]
fn target_shows_in_the_title_bar() {
    let mut app = app();
    open(&mut app, "12200");
    press(&mut app, KeyCode::Char('t'));
    assert_eq!(app.target_code(), Some("12200"));
    let text = screen(&render(&app));
    let title = text.lines().next().unwrap_or_default();
    assert!(
        title.contains("Target: 12200 Accounting technicians and bookkeepers · TEER 2"),
        "{title}"
    );
}

#[test]
fn y_copies_the_code_with_osc_52() {
    let mut app = app();
    open(&mut app, "12200");
    press(&mut app, KeyCode::Char('y'));
    assert_eq!(app.take_effects(), [Effect::Copy("12200".to_owned())]);
    assert_eq!(nocfit::tui::osc52("12200"), "\x1b]52;c;MTIyMDA=\x07");
    assert!(screen(&render(&app)).contains("Copied 12200 to the clipboard"));
}

#[test]
fn q_types_in_the_search_box_and_quits_elsewhere() {
    let mut app = app();
    press(&mut app, KeyCode::Char('q'));
    assert!(!app.should_quit());
    press(&mut app, KeyCode::Tab);
    press(&mut app, KeyCode::Char('q'));
    assert!(app.should_quit());
    let mut app = self::app();
    ctrl(&mut app, 'q');
    assert!(app.should_quit());
    let mut app = self::app();
    ctrl(&mut app, 'c');
    assert!(app.should_quit());
}

#[test]
fn tab_cycles_focus_through_the_panes() {
    let mut app = app();
    let mut seen = vec![app.focus()];
    for _ in 0..4 {
        press(&mut app, KeyCode::Tab);
        seen.push(app.focus());
    }
    assert_eq!(
        seen,
        [
            Focus::Search,
            Focus::List,
            Focus::Profile,
            Focus::Letter,
            Focus::Search
        ]
    );
    app.press(KeyEvent::new(KeyCode::BackTab, KeyModifiers::SHIFT));
    assert_eq!(app.focus(), Focus::Letter);
}

#[test]
fn mouse_clicks_select_and_the_wheel_scrolls() {
    let mut app = app();
    type_keys(&mut app, "bookkeeper");
    let buffer = render(&app);
    let Some((x, y)) = find(&buffer, "41210") else {
        panic!("41210 is listed");
    };
    let click = |column, row| {
        Event::Mouse(MouseEvent {
            kind: MouseEventKind::Down(ratatui::crossterm::event::MouseButton::Left),
            column,
            row,
            modifiers: KeyModifiers::NONE,
        })
    };
    app.handle_event(&click(x, y));
    assert_eq!(app.focus(), Focus::List);
    assert_eq!(app.profile_code(), Some("41210"));
    let Some((x, y)) = find(&buffer, "Hierarchy  1") else {
        panic!("the profile is shown");
    };
    let before = screen(&render(&app));
    app.handle_event(&Event::Mouse(MouseEvent {
        kind: MouseEventKind::ScrollDown,
        column: x,
        row: y,
        modifiers: KeyModifiers::NONE,
    }));
    assert_ne!(screen(&render(&app)), before, "the profile scrolled");
    assert_eq!(app.focus(), Focus::List, "the wheel does not move focus");
}

#[test]
fn pasted_text_goes_into_the_search_box() {
    let mut app = app();
    app.handle_event(&Event::Paste("accounts payable clerk\n".to_owned()));
    assert!(app.result_codes().contains(&"14200"));
}

#[test]
fn resizing_redraws_at_the_new_size() {
    let mut app = app();
    app.handle_event(&Event::Resize(70, 20));
    let text = screen(&render_at(&app, 70, 20));
    assert!(text.contains("Occupations (516)"), "{text}");
}

/// A private tmux server running the real binary, killed when dropped.
pub struct Tmux {
    pub socket: String,
}

impl Tmux {
    pub fn command(&self) -> std::process::Command {
        let mut command = std::process::Command::new("tmux");
        command.args(["-L", &self.socket]);
        if std::env::var_os("TERM").is_none() {
            command.env("TERM", "xterm-256color");
        }
        command
    }

    /// Starts `command` in a detached session named "nocfit" of the given size.
    pub fn start(&self, width: u16, height: u16, command: &str) {
        let (width, height) = (width.to_string(), height.to_string());
        self.run(&[
            "new-session",
            "-d",
            "-s",
            "nocfit",
            "-x",
            &width,
            "-y",
            &height,
            command,
        ]);
    }

    pub fn run(&self, args: &[&str]) -> String {
        match self.command().args(args).output() {
            Ok(output) => String::from_utf8_lossy(&output.stdout).into_owned(),
            Err(error) => panic!("tmux {args:?}: {error}"),
        }
    }

    /// Captures the pane until `done` holds or ten seconds pass; returns the last capture.
    pub fn wait_for(&self, done: impl Fn(&str) -> bool) -> String {
        self.poll(&["capture-pane", "-p", "-t", "nocfit"], done)
    }

    /// As [`Tmux::wait_for`], with the screen's colours as escape sequences.
    pub fn wait_for_colours(&self, done: impl Fn(&str) -> bool) -> String {
        self.poll(&["capture-pane", "-p", "-e", "-t", "nocfit"], done)
    }

    fn poll(&self, capture: &[&str], done: impl Fn(&str) -> bool) -> String {
        let mut screen = String::new();
        for _ in 0..100 {
            screen = self.run(capture);
            if done(&screen) {
                break;
            }
            std::thread::sleep(std::time::Duration::from_millis(100));
        }
        screen
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        let _ = self.command().arg("kill-server").output();
    }
}

/// Whether tmux is installed; the end-to-end tests skip, saying so, when it is not.
pub fn has_tmux() -> bool {
    let found = std::process::Command::new("tmux")
        .arg("-V")
        .output()
        .is_ok_and(|output| output.status.success());
    if !found {
        eprintln!("skipping a tmux end-to-end test: tmux is not installed");
    }
    found
}

#[test]
fn end_to_end_in_tmux_bookkeeper_lists_12200_first() {
    if !has_tmux() {
        return;
    }
    let tmux = Tmux {
        socket: format!("nocfit-test-{}", std::process::id()),
    };
    tmux.start(100, 30, env!("CARGO_BIN_EXE_nocfit"));
    let screen = tmux.wait_for(|screen| screen.contains("Occupations (516)"));
    assert!(
        screen.contains("Occupations (516)"),
        "the app started:\n{screen}"
    );
    tmux.run(&["send-keys", "-t", "nocfit", "-l", "/bookkeeper"]);
    let screen = tmux.wait_for(|screen| screen.contains("found for “bookkeeper”"));
    let mut lines = screen
        .lines()
        .skip_while(|line| !line.contains("found for"));
    lines.next();
    let first = lines.next().unwrap_or_default();
    assert!(first.contains("12200"), "12200 is listed first:\n{screen}");
    tmux.run(&["send-keys", "-t", "nocfit", "C-q"]);
    let gone = tmux.wait_for(|screen| screen.is_empty());
    assert!(gone.is_empty(), "Ctrl-Q quits:\n{gone}");
}
