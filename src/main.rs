use std::process::ExitCode;

use nocfit::cli::args::{Args, parse};
use nocfit::cli::{Paint, run};
use nocfit::printable::printable;

fn main() -> ExitCode {
    let cli = match parse(std::env::args_os().collect()) {
        Args::Run(cli) => cli,
        Args::Print(help) => {
            let _ = help.print();
            return ExitCode::SUCCESS;
        }
        Args::Error(message) => return fail(&message, 2),
    };
    let Some(command) = &cli.command else {
        return match nocfit::tui::launch(cli.file.as_deref(), cli.noc.as_deref(), cli.as_of) {
            Ok(None) => ExitCode::SUCCESS,
            // Ended by a signal: 128 + its number, as a shell reports it.
            Ok(Some(signal)) => ExitCode::from(u8::try_from(128 + signal).unwrap_or(1)),
            Err(error) => fail(&error.to_string(), error.exit_code()),
        };
    };
    let stdout = std::io::stdout();
    match run(command, &mut stdout.lock(), Paint::for_stdout()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => match error.exit_code() {
            0 => ExitCode::SUCCESS,
            code => fail(&error.to_string(), code),
        },
    }
}

/// Prints one line on stderr (a file name in it may hold escape sequences: shown as symbols)
/// and gives the exit status.
fn fail(message: &str, code: u8) -> ExitCode {
    eprintln!("nocfit: {}", printable(message));
    ExitCode::from(code)
}
