//! The command line: `nocfit show`, `search`, `classify`, `check`, and the TUI when no
//! subcommand is given.

pub mod args;
mod check;
mod classify;
mod paint;
mod search;
mod show;
mod show_json;

use std::io::Write;
use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};

use crate::letter::Date;
use crate::noc::{Catalog, LookupError};
use crate::search::Filter;

pub use check::CheckFormat;
pub use paint::Paint;

/// Check that an employer reference letter fits a Canadian NOC 2021 occupation.
///
/// Run without a subcommand to open the occupation browser and letter editor.
#[derive(Debug, Parser)]
#[command(
    name = "nocfit",
    version,
    about,
    args_conflicts_with_subcommands = true
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
    /// A reference letter (UTF-8 text or Markdown, or a Word .docx or PDF letter, whose text
    /// is imported) to open in the editor.
    pub file: Option<PathBuf>,
    /// The target occupation: a NOC 2021 unit group (12200) or a NOC 2016 code (1311).
    #[arg(long, value_name = "CODE")]
    pub noc: Option<String>,
    /// Count experience as of this date instead of today (YYYY-MM-DD).
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub as_of: Option<Date>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Show the full profile of an occupation, or the groups under a higher-level code.
    Show {
        /// A NOC 2021 code at any level (1, 12, 122, 1220, 12200) or a NOC 2016 code (1311).
        code: String,
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
    },
    /// Find occupations by code, title or example title (fuzzy, like fzf).
    Search {
        /// Words to look for ("bookkeeper", "accounts payable clerk") or a code prefix ("122").
        query: Vec<String>,
        /// How many occupations to list.
        #[arg(long, short = 'n', default_value_t = 10, value_parser = clap::value_parser!(u16).range(1..))]
        limit: u16,
        /// Only occupations Express Entry counts as skilled (TEER 0-3).
        #[arg(long)]
        skilled: bool,
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
    },
    /// Say which occupations each non-empty line of a text describes.
    Classify {
        /// A text file, or `-` (the default) for standard input.
        input: Option<PathBuf>,
        /// How many occupations to list per line.
        #[arg(long, default_value_t = 3, value_parser = clap::value_parser!(u16).range(1..=516))]
        top: u16,
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
    },
    /// Check a reference letter: each duty line against the target occupation, coverage of
    /// its duties, the verdict, copied NOC text and the required contents.
    Check {
        /// The letter (UTF-8 text or Markdown, a Word .docx or a PDF with a text layer), or `-`
        /// for standard input.
        file: PathBuf,
        /// The target occupation: a NOC 2021 unit group (12200) or a NOC 2016 code (1311).
        #[arg(long, value_name = "CODE")]
        noc: Option<String>,
        /// Treat every non-empty line as a duty (for a bare list of duties).
        #[arg(long)]
        all_duties: bool,
        #[arg(long, value_enum, default_value_t = check::CheckFormat::Text)]
        format: check::CheckFormat,
        /// Count experience as of this date instead of today (YYYY-MM-DD).
        #[arg(long, value_name = "YYYY-MM-DD")]
        as_of: Option<Date>,
    },
}

/// Output format of `show`, `search` and `classify`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// Readable in a terminal.
    Text,
    /// Machine-readable JSON.
    Json,
}

/// A failure that ends a command: printed as one line on stderr, exit status 2.
#[derive(Debug, thiserror::Error)]
pub enum CliError {
    #[error(transparent)]
    Lookup(#[from] LookupError),
    #[error(transparent)]
    Letter(#[from] crate::letter::LetterFileError),
    #[error("{0}")]
    Usage(String),
    #[error("cannot write output: {0}")]
    Output(#[from] std::io::Error),
}

impl CliError {
    /// The process exit status for this error.
    pub fn exit_code(&self) -> u8 {
        match self {
            // A closed pipe (`nocfit search x | head`) is not the user's mistake.
            CliError::Output(error) if error.kind() == std::io::ErrorKind::BrokenPipe => 0,
            CliError::Output(_) => 1,
            _ => 2,
        }
    }
}

/// Runs a subcommand, writing its output to `out`.
pub fn run(command: &Command, out: &mut dyn Write, paint: Paint) -> Result<(), CliError> {
    match command {
        Command::Show { code, format } => show::run(Catalog::embedded(), code, *format, out, paint),
        Command::Search {
            query,
            limit,
            skilled,
            format,
        } => {
            let filter = Filter {
                skilled_only: *skilled,
            };
            let query = query.join(" ");
            // A search reads only the titles: parsed without the profiles, in a third less time.
            let catalog = Catalog::embedded_titles();
            search::run(catalog, &query, filter, *limit, *format, out, paint)
        }
        Command::Classify { input, top, format } => {
            classify::run(input.as_deref(), usize::from(*top), *format, out, paint)
        }
        Command::Check {
            file,
            noc,
            all_duties,
            format,
            as_of,
        } => {
            let options = check::Options {
                all_duties: *all_duties,
                format: *format,
                as_of: as_of.unwrap_or_else(crate::clock::today),
            };
            check::run(file, noc.as_deref(), options, out, paint)
        }
    }
}
