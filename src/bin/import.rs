//! Regenerates `data/noc.json` from Statistics Canada's NOC files, and `data/index.bin`, the
//! classifier's term index over it.
//!
//! Usage: `cargo run --bin import -- [SOURCE_DIR] [OUTPUT]`
//! (defaults: `../shared/noc` and `data/noc.json`; the index is written beside the output).

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use nocfit::classify::build_index;
use nocfit::classify::text::Analyzer;
use nocfit::noc::Catalog;

fn main() -> ExitCode {
    let mut args = std::env::args_os().skip(1);
    let source = args
        .next()
        .map_or_else(|| PathBuf::from("../shared/noc"), PathBuf::from);
    let output = args
        .next()
        .map_or_else(|| PathBuf::from("data/noc.json"), PathBuf::from);
    match run(&source, &output) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("import: {message}");
            ExitCode::FAILURE
        }
    }
}

fn run(source: &Path, output: &Path) -> Result<(), String> {
    let data = nocfit::import::import(source).map_err(|error| error.to_string())?;
    let json = nocfit::import::to_json(&data);
    std::fs::write(output, &json).map_err(|error| format!("{}: {error}", output.display()))?;
    eprintln!(
        "import: wrote {} unit groups, {} groups and {} NOC 2016 codes to {}",
        data.unit_groups.len(),
        data.groups.len(),
        data.noc2016.len(),
        output.display()
    );
    let catalog = Catalog::from_json(&json).map_err(|error| error.to_string())?;
    let index = build_index(catalog.unit_groups(), &Analyzer::default());
    let index_path = output.with_file_name("index.bin");
    std::fs::write(&index_path, &index)
        .map_err(|error| format!("{}: {error}", index_path.display()))?;
    eprintln!(
        "import: wrote the term index ({} bytes) to {}",
        index.len(),
        index_path.display()
    );
    Ok(())
}
