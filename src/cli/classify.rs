//! `nocfit classify [FILE|-]`: the best unit groups for every non-empty line.

use std::io::Write;
use std::path::Path;

use serde::Serialize;

use super::{CliError, Format, Paint};
use crate::classify::Classifier;
use crate::letter::report::CandidateJson;
use crate::letter::{decode_file, read_letter, read_limited};
use crate::printable::printable;

/// Reads a letter (text, or a Word or PDF letter's text) from a file, or from stdin when the
/// path is `-` or absent; never more than a letter's limit from a stream, even an endless one.
pub fn read_input(path: Option<&Path>) -> Result<String, CliError> {
    match path {
        Some(path) if path != Path::new("-") => Ok(read_letter(path)?),
        _ => {
            let name = Path::new("<stdin>");
            let bytes = read_limited(std::io::stdin().lock(), name)?;
            Ok(decode_file(name, bytes)?.text)
        }
    }
}

#[derive(Serialize)]
struct LineJson<'a> {
    line: usize,
    text: &'a str,
    top: Vec<CandidateJson<'a>>,
}

pub fn run(
    input: Option<&Path>,
    top: usize,
    format: Format,
    out: &mut dyn Write,
    paint: Paint,
) -> Result<(), CliError> {
    let text = read_input(input)?;
    let classifier = Classifier::embedded();
    for (number, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        let scores = classifier.score(line);
        let candidates = classifier.top(&scores, top);
        match format {
            Format::Json => {
                let json = LineJson {
                    line: number + 1,
                    text: line,
                    top: candidates.iter().map(CandidateJson::new).collect(),
                };
                serde_json::to_writer(&mut *out, &json).map_err(std::io::Error::from)?;
                writeln!(out)?;
            }
            Format::Text => {
                writeln!(
                    out,
                    "{} {}",
                    paint.dim(&format!("{:>3}:", number + 1)),
                    printable(line)
                )?;
                for candidate in &candidates {
                    writeln!(
                        out,
                        "     {}  {:.3}  {} {}",
                        paint.bold(&candidate.unit.code),
                        candidate.score,
                        candidate.unit.title,
                        paint.dim(&format!("(TEER {})", candidate.unit.teer)),
                    )?;
                    if let Some(evidence) = candidate.evidence {
                        writeln!(out, "            {}", paint.dim(&evidence.quoted()))?;
                    }
                }
            }
        }
    }
    Ok(())
}
