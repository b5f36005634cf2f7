//! Hostile input to the command line: endless streams, FIFOs, devices, letters carrying
//! terminal escape sequences, misspelt subcommands and bad arguments. Each ends with one
//! line on stderr (or clean output) and never hangs.

use std::time::Duration;

use assert_cmd::Command;
use nocfit::cli::{Command as Subcommand, Paint, run};

type TestResult = Result<(), Box<dyn std::error::Error>>;

fn nocfit() -> Result<Command, Box<dyn std::error::Error>> {
    let mut command = Command::cargo_bin("nocfit")?;
    command
        .env("NO_COLOR", "1")
        .timeout(Duration::from_secs(60));
    Ok(command)
}

/// Runs nocfit and returns its exit status and its stderr, which must be one line.
fn one_line_error(
    command: &mut Command,
) -> Result<(Option<i32>, String), Box<dyn std::error::Error>> {
    let output = command.output()?;
    let stderr = String::from_utf8(output.stderr)?;
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    Ok((output.status.code(), stderr))
}

#[test]
fn an_endless_stream_on_stdin_stops_at_the_limit() -> TestResult {
    for subcommand in ["classify", "check"] {
        let output = std::process::Command::new(env!("CARGO_BIN_EXE_nocfit"))
            .args([subcommand, "-"])
            .stdin(std::fs::File::open("/dev/zero")?)
            .output()?;
        let stderr = String::from_utf8(output.stderr)?;
        assert_eq!(output.status.code(), Some(2), "{subcommand}");
        assert_eq!(stderr.lines().count(), 1, "{stderr}");
        assert!(
            stderr.contains("<stdin>: too large (more than 1048576 bytes"),
            "{subcommand}: {stderr}"
        );
    }
    Ok(())
}

#[cfg(unix)]
#[test]
fn a_fifo_without_a_writer_and_a_device_are_refused_at_once() -> TestResult {
    let dir = tempfile::tempdir()?;
    let fifo = dir.path().join("letter.txt");
    assert!(
        std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()?
            .success()
    );
    for (path, kind) in [
        (fifo.as_path(), "a FIFO"),
        ("/dev/zero".as_ref(), "a device"),
    ] {
        for subcommand in ["check", "classify"] {
            // The 60-second timeout fails the test if nocfit blocks on the FIFO.
            let (status, stderr) = one_line_error(nocfit()?.arg(subcommand).arg(path))?;
            assert_eq!(status, Some(2));
            assert!(
                stderr.contains(&format!("not a regular file (it is {kind})")),
                "{stderr}"
            );
        }
    }
    Ok(())
}

/// A letter whose lines set the window title, write the clipboard and clear the screen.
const HOSTILE: &str = "Dear \u{1b}]0;owned\u{7} Sir,\nDuties:\n- Reconciled \u{1b}]52;c;cm0gLXJmIH4K\u{7} the accounts \u{1b}[2J\u{9b}31m every month\n";

fn assert_inert(output: &str, what: &str) {
    for bad in ['\u{1b}', '\u{7}', '\u{9b}'] {
        assert!(!output.contains(bad), "{what}: {bad:?} in {output:?}");
    }
    assert!(output.contains("Reconciled ␛]52;c;"), "{what}: {output}");
}

#[test]
fn escape_sequences_in_a_letter_never_reach_the_terminal() -> TestResult {
    let dir = tempfile::tempdir()?;
    let letter = dir.path().join("letter.txt");
    std::fs::write(&letter, HOSTILE)?;
    for args in [
        &["check", "--noc", "12200"][..],
        &["check", "--noc", "12200", "--format", "markdown"],
        &["classify"],
    ] {
        let output = nocfit()?.args(args).arg(&letter).output()?;
        assert!(output.status.success(), "{args:?}");
        assert_inert(&String::from_utf8(output.stdout)?, &format!("{args:?}"));
    }
    // In colour, only nocfit's own colour codes are escapes.
    let mut out = Vec::new();
    let check = Subcommand::Check {
        file: letter.clone(),
        noc: Some("12200".to_owned()),
        all_duties: false,
        format: nocfit::cli::CheckFormat::Text,
        as_of: "2024-12-01".parse().ok(),
    };
    run(
        &check,
        &mut out,
        Paint {
            color: true,
            width: 80,
        },
    )?;
    let coloured = String::from_utf8(out)?;
    assert!(!coloured.contains('\u{7}') && !coloured.contains("\u{1b}]"));
    assert!(!coloured.contains("\u{1b}[2J"), "{coloured}");
    // JSON keeps the text exactly (escaped the JSON way).
    let output = nocfit()?
        .args(["check", "--format", "json"])
        .arg(&letter)
        .output()?;
    let json: serde_json::Value = serde_json::from_slice(&output.stdout)?;
    assert_eq!(json["lines"][0]["text"], "Dear \u{1b}]0;owned\u{7} Sir,");
    Ok(())
}

#[test]
fn a_misspelt_subcommand_is_suggested_not_opened_as_a_letter() -> TestResult {
    let dir = tempfile::tempdir()?;
    for args in [&["serch", "bookkeeper"][..], &["serch"], &["shwo", "12200"]] {
        let (status, stderr) = one_line_error(nocfit()?.current_dir(dir.path()).args(args))?;
        assert_eq!(status, Some(2), "{args:?}");
        assert!(
            stderr.contains("is not a command; did you mean 'nocfit "),
            "{stderr}"
        );
    }
    assert_eq!(
        std::fs::read_dir(dir.path())?.count(),
        0,
        "no letter created"
    );
    Ok(())
}

#[test]
fn argument_errors_are_one_line_with_a_pointer_to_help() -> TestResult {
    for (args, help) in [
        (
            &["check", "--format", "xml", "x"][..],
            "nocfit check --help",
        ),
        (&["search", "--limit", "0", "x"], "nocfit search --help"),
        (&["show"], "nocfit show --help"),
        (&["--bogus"], "nocfit --help"),
        (&["classify", "--top", "999"], "nocfit classify --help"),
    ] {
        let (status, stderr) = one_line_error(nocfit()?.args(args))?;
        assert_eq!(status, Some(2), "{args:?}");
        assert!(stderr.starts_with("nocfit: "), "{stderr}");
        assert!(
            stderr.trim_end().ends_with(&format!("see '{help}'")),
            "{stderr}"
        );
    }
    // Help itself is not an error.
    let output = nocfit()?.arg("--help").output()?;
    assert!(output.status.success());
    assert!(String::from_utf8(output.stdout)?.contains("Usage:"));
    Ok(())
}
