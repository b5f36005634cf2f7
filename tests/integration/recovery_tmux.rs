//! Recovery copies, signals and odd files with the real binary in tmux: steady typing copied
//! within a second and recovered after SIGKILL from another folder, SIGINT, SIGQUIT and SIGTERM
//! ending with the copy written, the terminal restored and 128 + the signal, a crash's copy
//! kept through another session until recovered or discarded, the footer when recovery is off,
//! and a FIFO refused before the first frame. Skipped when tmux is missing.

use std::path::Path;
use std::time::Duration;

use super::editor_tmux::{kill, pane_pid, recovery_copy};
use super::recovery_app::copies;
use super::tui::{Tmux, has_tmux};

type TestResult = Result<(), Box<dyn std::error::Error>>;

/// Runs `nocfit ARGS` from `folder` under a shell that, when nocfit ends, prints its exit
/// status and the terminal's settings. `environment` is put before the binary (`env ...`).
fn start(name: &str, folder: &Path, environment: &str, args: &str) -> Tmux {
    let tmux = Tmux {
        socket: format!("nocfit-{name}-{}", std::process::id()),
    };
    let binary = env!("CARGO_BIN_EXE_nocfit");
    let command = format!(
        "cd '{}' && env {environment} '{binary}' {args}; echo EXIT=$?; stty -a; sleep 600",
        folder.display()
    );
    tmux.start(140, 45, &command);
    tmux
}

fn state_env(state: &Path) -> String {
    format!("NOCFIT_STATE_DIR='{}'", state.display())
}

/// The process id of nocfit: the child of the pane's shell.
fn nocfit_pid(tmux: &Tmux) -> String {
    let shell = pane_pid(tmux);
    for _ in 0..50 {
        let output = std::process::Command::new("pgrep")
            .args(["-P", &shell])
            .output()
            .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_owned())
            .unwrap_or_default();
        if let Some(pid) = output.lines().next() {
            return pid.to_owned();
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    String::new()
}

fn send_text(tmux: &Tmux, text: &str) {
    tmux.run(&["send-keys", "-t", "nocfit", "-l", "--", text]);
}

fn send_key(tmux: &Tmux, key: &str) {
    tmux.run(&["send-keys", "-t", "nocfit", key]);
}

#[test]
fn steady_typing_is_copied_within_a_second_and_recovered_from_another_folder() -> TestResult {
    if !has_tmux() {
        return Ok(());
    }
    let dir = tempfile::tempdir()?;
    let state = dir.path().join("state");
    let folder = dir.path().join("letters");
    std::fs::create_dir_all(folder.join("sub"))?;
    let tmux = start("steady", &folder, &state_env(&state), "draft.txt");
    tmux.wait_for(|s| s.contains("Letter: draft.txt"));
    // A word every 300 ms, never pausing: before, the copy waited for a 2-second pause.
    let mut copied = false;
    for word in 0..40 {
        send_text(&tmux, &format!("word{word} "));
        std::thread::sleep(Duration::from_millis(300));
        let copy = copies(&state)
            .into_iter()
            .map(|copy| std::fs::read_to_string(copy).unwrap_or_default())
            .any(|copy| copy.contains("word0"));
        if copy {
            copied = true;
            break;
        }
    }
    assert!(copied, "no recovery copy while typing went on");
    kill("-KILL", &nocfit_pid(&tmux));
    drop(tmux);
    assert!(!folder.join("draft.txt").exists(), "nothing was saved");
    // The same letter by another path: from a subfolder, as ../draft.txt.
    let tmux = start(
        "steady-again",
        &folder.join("sub"),
        &state_env(&state),
        "../draft.txt",
    );
    let screen = tmux.wait_for(|s| s.contains("r recover"));
    assert!(screen.contains("r recover"), "{screen}");
    send_key(&tmux, "r");
    let screen = tmux.wait_for(|s| s.contains("word0"));
    assert!(screen.contains("word0 word1"), "{screen}");
    Ok(())
}

#[test]
fn sigint_sigquit_and_sigterm_keep_the_text_restore_the_terminal_and_exit_128_plus() -> TestResult {
    if !has_tmux() {
        return Ok(());
    }
    for (signal, status) in [("INT", 130), ("QUIT", 131), ("TERM", 143)] {
        let dir = tempfile::tempdir()?;
        let state = dir.path().join("state");
        let name = format!("signal-{signal}");
        let tmux = start(&name, dir.path(), &state_env(&state), "draft.txt");
        tmux.wait_for(|s| s.contains("Letter: draft.txt"));
        let text = format!("Dear Sir, sent SIG{signal}");
        send_text(&tmux, &text);
        tmux.wait_for(|s| s.contains(&text));
        kill(&format!("-{signal}"), &nocfit_pid(&tmux));
        let screen = tmux.wait_for(|s| s.contains("EXIT=") && s.contains("icanon"));
        assert!(
            screen.contains(&format!("EXIT={status}")),
            "SIG{signal}: {screen}"
        );
        // Raw mode is off again: the line discipline echoes and reads whole lines.
        let words: Vec<&str> = screen.split_whitespace().collect();
        assert!(
            words.contains(&"icanon") && words.contains(&"echo"),
            "SIG{signal} left the terminal raw: {screen}"
        );
        let flags = tmux.run(&[
            "display-message",
            "-p",
            "-t",
            "nocfit",
            "#{alternate_on} #{mouse_any_flag}",
        ]);
        assert_eq!(flags.trim(), "0 0", "SIG{signal}: alternate screen, mouse");
        let copy = recovery_copy(&state, &text);
        assert!(copy.contains(&text), "SIG{signal}: recovery copy {copy:?}");
    }
    Ok(())
}

#[test]
fn a_crash_copy_is_kept_through_another_session_until_recovered_or_discarded() -> TestResult {
    if !has_tmux() {
        return Ok(());
    }
    let dir = tempfile::tempdir()?;
    let state = dir.path().join("state");
    let environment = state_env(&state);
    let tmux = start("crash", dir.path(), &environment, "letter.txt");
    tmux.wait_for(|s| s.contains("Letter: letter.txt"));
    send_text(&tmux, "- Text from the crashed session");
    assert!(!recovery_copy(&state, "crashed session").is_empty());
    kill("-KILL", &nocfit_pid(&tmux));
    drop(tmux);
    // The next session: Esc at the prompt, type, wait for its own copy, save, quit.
    let tmux = start("crash-next", dir.path(), &environment, "letter.txt");
    let screen = tmux.wait_for(|s| s.contains("r recover"));
    assert!(screen.contains("r recover"), "{screen}");
    send_key(&tmux, "Escape");
    // Typed at once, the text would reach the terminal with the Escape as Alt keys.
    let screen = tmux.wait_for(|s| !s.contains("r recover"));
    assert!(!screen.contains("r recover"), "{screen}");
    send_text(&tmux, "- Text of the next session");
    assert!(!recovery_copy(&state, "next session").is_empty());
    send_key(&tmux, "C-s");
    tmux.wait_for(|s| s.contains("Saved letter.txt"));
    assert_eq!(
        copies(&state).len(),
        1,
        "only the saved session's copy goes"
    );
    let kept = recovery_copy(&state, "crashed session");
    assert!(kept.contains("crashed session"), "{kept:?}");
    send_key(&tmux, "C-q");
    tmux.wait_for(|s| s.contains("EXIT=0"));
    drop(tmux);
    // Offered again; discarding removes it.
    let tmux = start("crash-last", dir.path(), &environment, "letter.txt");
    let screen = tmux.wait_for(|s| s.contains("r recover"));
    assert!(screen.contains("r recover"), "{screen}");
    send_key(&tmux, "d");
    tmux.wait_for(|s| s.contains("Recovery copy discarded"));
    assert_eq!(copies(&state), Vec::<std::path::PathBuf>::new());
    Ok(())
}

#[test]
fn without_a_home_the_footer_says_recovery_is_off() -> TestResult {
    if !has_tmux() {
        return Ok(());
    }
    let dir = tempfile::tempdir()?;
    let tmux = start(
        "no-home",
        dir.path(),
        "-u HOME -u XDG_STATE_HOME -u NOCFIT_STATE_DIR",
        "letter.txt",
    );
    tmux.wait_for(|s| s.contains("Letter: letter.txt"));
    // After a key the start message is gone; the footer keeps saying it while editing.
    send_text(&tmux, "Dear Sir");
    let screen = tmux.wait_for(|s| s.contains("Recovery copies are off"));
    assert!(screen.contains("Recovery copies are off"), "{screen}");
    Ok(())
}

#[test]
fn a_fifo_is_refused_before_the_first_frame() -> TestResult {
    if !has_tmux() {
        return Ok(());
    }
    let dir = tempfile::tempdir()?;
    let fifo = dir.path().join("letter.txt");
    let made = std::process::Command::new("mkfifo").arg(&fifo).status()?;
    assert!(made.success());
    let tmux = start(
        "fifo",
        dir.path(),
        &state_env(&dir.path().join("s")),
        "letter.txt",
    );
    let screen = tmux.wait_for(|s| s.contains("not a regular file"));
    assert!(screen.contains("(it is a FIFO)"), "{screen}");
    assert!(screen.contains("Occupations (516)"), "{screen}");
    Ok(())
}
