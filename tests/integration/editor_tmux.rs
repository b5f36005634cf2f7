//! The real binary in tmux: colours read back with `capture-pane -e`, and the recovery copy
//! surviving SIGKILL and SIGTERM. Skipped when tmux is missing.

use std::path::Path;
use std::time::Duration;

use super::editor::fixture;
use super::recovery_app::copies;
use super::tui::{Tmux, has_tmux};

/// Starts `nocfit ARGS` in a private tmux server with recovery copies in `state`.
fn start(name: &str, state: &Path, args: &str) -> Tmux {
    let tmux = Tmux {
        socket: format!("nocfit-{name}-{}", std::process::id()),
    };
    let binary = env!("CARGO_BIN_EXE_nocfit");
    let command = format!(
        "exec env NOCFIT_STATE_DIR='{}' '{binary}' {args}",
        state.display()
    );
    tmux.start(140, 45, &command);
    tmux
}

/// The fixture letter `fixture_name` copied to `file` in a new folder and opened against 12200
/// in tmux (session `name`); the folder lives as long as the returned guard.
fn open_fixture(
    name: &str,
    fixture_name: &str,
    file: &str,
) -> std::io::Result<(tempfile::TempDir, Tmux)> {
    let dir = tempfile::tempdir()?;
    let letter = dir.path().join(file);
    std::fs::write(&letter, fixture(fixture_name))?;
    let tmux = start(
        name,
        &dir.path().join("state"),
        &format!("'{}' --noc 12200", letter.display()),
    );
    Ok((dir, tmux))
}

pub fn pane_pid(tmux: &Tmux) -> String {
    tmux.run(&["display-message", "-p", "-t", "nocfit", "#{pane_pid}"])
        .trim()
        .to_owned()
}

pub fn kill(signal: &str, pid: &str) {
    let _ = std::process::Command::new("kill")
        .args([signal, pid])
        .status();
}

/// The text of the first recovery copy in `state` holding `text`, waiting up to ten seconds.
pub fn recovery_copy(state: &Path, text: &str) -> String {
    for _ in 0..100 {
        let found = copies(state)
            .into_iter()
            .map(|copy| std::fs::read_to_string(copy).unwrap_or_default())
            .find(|copy| copy.contains(text));
        if let Some(copy) = found {
            return copy;
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    String::new()
}

#[test]
fn typed_duty_lines_are_coloured_in_a_real_terminal() -> Result<(), Box<dyn std::error::Error>> {
    if !has_tmux() {
        return Ok(());
    }
    let (_dir, tmux) = open_fixture("colour", "bookkeeper-12200.txt", "letter.txt")?;
    let screen = tmux.wait_for(|s| s.contains("Letter: letter.txt"));
    assert!(screen.contains("Letter: letter.txt"), "{screen}");
    // Under the first duty, type a new one.
    for _ in 0..15 {
        tmux.run(&["send-keys", "-t", "nocfit", "Down"]);
    }
    tmux.run(&["send-keys", "-t", "nocfit", "End", "Enter"]);
    let duty = "- Posting journal entries and reconciling the general ledger accounts";
    tmux.run(&["send-keys", "-t", "nocfit", "-l", "--", duty]);
    let screen = tmux.wait_for(|s| s.contains("reconciling the general ledger"));
    assert!(screen.contains("[modified]"), "{screen}");
    // Green is palette colour 2: tmux writes it as SGR 32 or 38;5;2. The line is coloured
    // once the analysis of the last keystroke is drawn (slower in a debug build under load).
    let green = |row: &str| {
        let before_text = row.split("- Posting").next().unwrap_or_default();
        let last_colour = before_text.rfind("\u{1b}[3").map(|at| &before_text[at..]);
        last_colour
            .is_some_and(|sgr| sgr.starts_with("\u{1b}[32m") || sgr.starts_with("\u{1b}[38;5;2m"))
    };
    let duty_row = |screen: &str| {
        let row = screen
            .lines()
            .find(|line| line.contains("Posting journal entries"));
        row.unwrap_or_default().to_owned()
    };
    let coloured = tmux.wait_for_colours(|s| green(&duty_row(s)));
    let row = duty_row(&coloured);
    assert!(green(&row), "green duty line: {row:?}");
    tmux.run(&["send-keys", "-t", "nocfit", "C-q"]);
    let screen = tmux.wait_for(|s| s.contains("unsaved changes"));
    assert!(screen.contains("d discard"), "{screen}");
    tmux.run(&["send-keys", "-t", "nocfit", "d"]);
    let gone = tmux.wait_for(str::is_empty);
    assert!(gone.is_empty(), "{gone}");
    Ok(())
}

#[test]
fn the_editor_keys_work_in_a_real_terminal() -> Result<(), Box<dyn std::error::Error>> {
    if !has_tmux() {
        return Ok(());
    }
    let (_dir, tmux) = open_fixture("keys", "mixed-duties-1311-1431.txt", "mixed.txt")?;
    // The first frame comes before the classifier; the letter is coloured when it is ready.
    let screen = tmux.wait_for(|s| s.contains("Verdict: 1"));
    assert!(screen.contains("Verdict: 1"), "{screen}");
    // F8 jumps to the first red or amber line and says which.
    tmux.run(&["send-keys", "-t", "nocfit", "F8"]);
    let screen = tmux.wait_for(|s| s.contains("red or amber lines"));
    assert!(
        screen.contains("of") && screen.contains("red or amber lines"),
        "{screen}"
    );
    // Ctrl-B gives the letter the whole width, and back.
    tmux.run(&["send-keys", "-t", "nocfit", "C-b"]);
    let screen = tmux.wait_for(|s| !s.contains("Occupations (516)"));
    assert!(!screen.contains("Occupations (516)"), "{screen}");
    tmux.run(&["send-keys", "-t", "nocfit", "C-b"]);
    let screen = tmux.wait_for(|s| s.contains("Occupations (516)"));
    assert!(screen.contains("Occupations (516)"), "{screen}");
    // Ctrl-O starts in the letter's folder and goes through the recent letters (this one).
    tmux.run(&["send-keys", "-t", "nocfit", "C-o"]);
    let screen = tmux.wait_for(|s| s.contains("1 recent letter"));
    assert!(screen.contains("Up and Down go through them"), "{screen}");
    tmux.run(&["send-keys", "-t", "nocfit", "Up"]);
    let screen = tmux.wait_for(|s| s.contains("Recent letter 1 of 1"));
    assert!(screen.contains("mixed.txt"), "{screen}");
    // Esc and the next key sent at once would read as Alt and that key.
    tmux.run(&["send-keys", "-t", "nocfit", "Escape"]);
    let screen = tmux.wait_for(|s| !s.contains("Open letter"));
    assert!(!screen.contains("Open letter"), "{screen}");
    tmux.run(&["send-keys", "-t", "nocfit", "C-q"]);
    let gone = tmux.wait_for(str::is_empty);
    assert!(gone.is_empty(), "{gone}");
    Ok(())
}
