//! Regenerates `data/noc.json` from Statistics Canada's NOC files.
//!
//! Usage: `cargo run --bin import -- [SOURCE_DIR] [OUTPUT]`
//! (defaults: `../shared/noc` and `data/noc.json`).

use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let mut args = std::env::args_os().skip(1);
    let source = args
        .next()
        .map_or_else(|| PathBuf::from("../shared/noc"), PathBuf::from);
    let output = args
        .next()
        .map_or_else(|| PathBuf::from("data/noc.json"), PathBuf::from);
    let data = match nocfit::import::import(&source) {
        Ok(data) => data,
        Err(error) => {
            eprintln!("import: {error}");
            return ExitCode::FAILURE;
        }
    };
    if let Err(error) = std::fs::write(&output, nocfit::import::to_json(&data)) {
        eprintln!("import: {}: {error}", output.display());
        return ExitCode::FAILURE;
    }
    eprintln!(
        "import: wrote {} unit groups, {} groups and {} NOC 2016 codes to {}",
        data.unit_groups.len(),
        data.groups.len(),
        data.noc2016.len(),
        output.display()
    );
    ExitCode::SUCCESS
}
