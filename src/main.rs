use std::process::ExitCode;

use clap::Parser;
use nocfit::cli::{Cli, Paint, run};

fn main() -> ExitCode {
    let cli = Cli::parse();
    let Some(command) = &cli.command else {
        return match nocfit::tui::launch(cli.file.as_deref(), cli.noc.as_deref()) {
            Ok(()) => ExitCode::SUCCESS,
            Err(error) => {
                eprintln!("nocfit: {error}");
                ExitCode::from(error.exit_code())
            }
        };
    };
    let stdout = std::io::stdout();
    match run(command, &mut stdout.lock(), Paint::for_stdout()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            let code = error.exit_code();
            if code != 0 {
                eprintln!("nocfit: {error}");
            }
            ExitCode::from(code)
        }
    }
}
