//! The real binary in tmux: colours read back with `capture-pane -e`, and the recovery copy
//! surviving SIGKILL and SIGTERM. Skipped when tmux is missing.

use std::path::Path;
use std::time::Duration;

use super::editor::fixture;
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

fn pane_pid(tmux: &Tmux) -> String {
    tmux.run(&["display-message", "-p", "-t", "nocfit", "#{pane_pid}"])
        .trim()
        .to_owned()
}

fn kill(signal: &str, pid: &str) {
    let _ = std::process::Command::new("kill")
        .args([signal, pid])
        .status();
}

/// The text of the only recovery copy in `state`, waiting up to ten seconds for it.
fn recovery_copy(state: &Path) -> String {
    for _ in 0..100 {
        if let Some(entry) = std::fs::read_dir(state)
            .ok()
            .and_then(|mut dir| dir.next())
            .and_then(Result::ok)
        {
            return std::fs::read_to_string(entry.path()).unwrap_or_default();
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
    let dir = tempfile::tempdir()?;
    let letter = dir.path().join("letter.txt");
    std::fs::write(&letter, fixture("bookkeeper-12200.txt"))?;
    let tmux = start(
        "colour",
        &dir.path().join("state"),
        &format!("'{}' --noc 12200", letter.display()),
    );
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
    let coloured = tmux.run(&["capture-pane", "-p", "-e", "-t", "nocfit"]);
    let row = coloured
        .lines()
        .find(|line| line.contains("Posting journal entries"))
        .unwrap_or_default();
    // Green is palette colour 2: tmux writes it as SGR 32 or 38;5;2.
    let before_text = row.split("- Posting").next().unwrap_or_default();
    let last_colour = before_text.rfind("\u{1b}[3").map(|at| &before_text[at..]);
    assert!(
        last_colour
            .is_some_and(|sgr| sgr.starts_with("\u{1b}[32m") || sgr.starts_with("\u{1b}[38;5;2m")),
        "green duty line: {row:?}"
    );
    tmux.run(&["send-keys", "-t", "nocfit", "C-q"]);
    let screen = tmux.wait_for(|s| s.contains("unsaved changes"));
    assert!(screen.contains("d discard"), "{screen}");
    tmux.run(&["send-keys", "-t", "nocfit", "d"]);
    let gone = tmux.wait_for(str::is_empty);
    assert!(gone.is_empty(), "{gone}");
    Ok(())
}

#[test]
fn the_recovery_copy_survives_sigkill_and_is_offered_again()
-> Result<(), Box<dyn std::error::Error>> {
    if !has_tmux() {
        return Ok(());
    }
    let dir = tempfile::tempdir()?;
    let state = dir.path().join("state");
    let letter = dir.path().join("draft.txt");
    let args = format!("'{}'", letter.display());
    let tmux = start("kill", &state, &args);
    tmux.wait_for(|s| s.contains("Letter: draft.txt"));
    let duty = "- Reconciled the bank accounts every month";
    tmux.run(&["send-keys", "-t", "nocfit", "-l", "--", duty]);
    // The copy is written a couple of seconds after typing stops.
    let copy = recovery_copy(&state);
    assert!(copy.contains(duty), "recovery copy: {copy:?}");
    kill("-KILL", &pane_pid(&tmux));
    drop(tmux);
    assert!(!letter.exists(), "nothing was saved");
    let tmux = start("kill-again", &state, &args);
    let screen = tmux.wait_for(|s| s.contains("r recover"));
    assert!(screen.contains("r recover"), "{screen}");
    tmux.run(&["send-keys", "-t", "nocfit", "r"]);
    let screen = tmux.wait_for(|s| s.contains("Reconciled the bank"));
    assert!(screen.contains("Reconciled the bank"), "{screen}");
    Ok(())
}

#[test]
fn sigterm_writes_the_recovery_copy_at_once() -> Result<(), Box<dyn std::error::Error>> {
    if !has_tmux() {
        return Ok(());
    }
    let dir = tempfile::tempdir()?;
    let state = dir.path().join("state");
    let letter = dir.path().join("draft.txt");
    let tmux = start("term", &state, &format!("'{}'", letter.display()));
    tmux.wait_for(|s| s.contains("Letter: draft.txt"));
    tmux.run(&["send-keys", "-t", "nocfit", "-l", "Dear Sir"]);
    tmux.wait_for(|s| s.contains("Dear Sir"));
    kill("-TERM", &pane_pid(&tmux));
    let copy = recovery_copy(&state);
    assert!(copy.contains("Dear Sir"), "recovery copy: {copy:?}");
    Ok(())
}
