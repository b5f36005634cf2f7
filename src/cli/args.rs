//! Reading the command line: clap's errors as one line with a pointer to `--help`, and a
//! misspelt subcommand (`nocfit serch`) answered with the right one instead of opening a new
//! letter named after it.

use std::ffi::OsString;
use std::path::Path;

use clap::error::ErrorKind;
use clap::{CommandFactory, Parser};

use super::Cli;

/// What the command line asked for, or why it cannot be run.
#[derive(Debug)]
pub enum Args {
    /// Run this.
    Run(Cli),
    /// Print this (help or the version, with `clap::Error::print`) on stdout and exit 0.
    Print(clap::Error),
    /// Print this one line on stderr and exit 2.
    Error(String),
}

/// Parses `args` (the program name first).
pub fn parse(args: Vec<OsString>) -> Args {
    let words: Vec<String> = args
        .iter()
        .skip(1)
        .map(|arg| arg.to_string_lossy().into_owned())
        .collect();
    match Cli::try_parse_from(&args) {
        Ok(cli) => match (&cli.command, &cli.file) {
            (None, Some(file)) => match misspelt_command(file) {
                Some(message) => Args::Error(message),
                None => Args::Run(cli),
            },
            _ => Args::Run(cli),
        },
        Err(error) => match error.kind() {
            ErrorKind::DisplayHelp
            | ErrorKind::DisplayVersion
            | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => Args::Print(error),
            _ => {
                let suggestion =
                    first_word(&words).and_then(|word| misspelt_command(Path::new(word)));
                Args::Error(suggestion.unwrap_or_else(|| one_line(&error, &words)))
            }
        },
    }
}

/// The subcommand names.
fn commands() -> Vec<String> {
    Cli::command()
        .get_subcommands()
        .map(|command| command.get_name().to_owned())
        .collect()
}

/// The first word that is neither an option nor an option's value: a subcommand or a file.
fn first_word(words: &[String]) -> Option<&str> {
    let mut words = words.iter();
    while let Some(word) = words.next() {
        if word == "--noc" {
            words.next();
        } else if !word.starts_with('-') {
            return Some(word);
        }
    }
    None
}

/// A message when `file` is no file but a subcommand name with a slip of the keyboard.
fn misspelt_command(file: &Path) -> Option<String> {
    let word = file.to_str()?;
    if word.contains(['/', '.']) || file.exists() {
        return None;
    }
    let commands = commands();
    if commands.iter().any(|name| name == word) {
        return None;
    }
    let lower = word.to_lowercase();
    let best = commands
        .into_iter()
        .map(|name| (strsim::osa_distance(&lower, &name), name))
        .min()?;
    let (distance, name) = best;
    (distance <= (name.len() / 3).max(1)).then(|| {
        format!(
            "'{word}' is not a command; did you mean 'nocfit {name}'? (to open a new letter named {word}, write ./{word})"
        )
    })
}

/// clap's message on one line: the error itself and any indented detail under it (the
/// possible values, the missing arguments), then where to read more.
fn one_line(error: &clap::Error, words: &[String]) -> String {
    let rendered = error.render().to_string();
    let mut lines = rendered.lines();
    let first = lines
        .next()
        .unwrap_or_default()
        .trim_start_matches("error: ")
        .to_owned();
    let details: Vec<&str> = lines
        .take_while(|line| !line.trim().is_empty())
        .map(str::trim)
        .collect();
    let mut message = first;
    for detail in details {
        message.push(' ');
        message.push_str(detail);
    }
    let commands = commands();
    let help = match words.iter().find(|word| commands.contains(word)) {
        Some(command) => format!("nocfit {command} --help"),
        None => "nocfit --help".to_owned(),
    };
    format!("{message}; see '{help}'")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn error_for(args: &[&str]) -> Option<String> {
        let args = std::iter::once("nocfit")
            .chain(args.iter().copied())
            .map(OsString::from)
            .collect();
        match parse(args) {
            Args::Error(message) => Some(message),
            _ => None,
        }
    }

    #[test]
    fn a_misspelt_command_is_named() {
        for (args, command) in [
            (&["serch", "bookkeeper"][..], "search"),
            (&["serch"][..], "search"),
            (&["chek", "letter.txt"][..], "check"),
            (&["--noc", "12200", "Show"][..], "show"),
            (&["shwo", "12200"][..], "show"),
        ] {
            let message = error_for(args).unwrap_or_default();
            assert!(
                message.contains(&format!("did you mean 'nocfit {command}'")),
                "{args:?}: {message}"
            );
        }
        // A letter's name is not a misspelt command.
        assert_eq!(error_for(&["letter"]), None);
        assert_eq!(error_for(&["./serch"]), None);
    }

    #[test]
    fn errors_are_one_line_with_a_pointer_to_help() {
        let message = error_for(&["check", "--format", "xml", "x"]).unwrap_or_default();
        assert_eq!(
            message,
            "invalid value 'xml' for '--format <FORMAT>' [possible values: text, json, markdown]; see 'nocfit check --help'"
        );
        let message = error_for(&["show"]).unwrap_or_default();
        assert_eq!(
            message,
            "the following required arguments were not provided: <CODE>; see 'nocfit show --help'"
        );
    }
}
