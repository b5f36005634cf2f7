//! `nocfit check FILE [--noc CODE]`: the full analysis of a reference letter.

use std::io::Write;
use std::path::Path;

use super::classify::read_input;
use super::{CliError, Paint};
use crate::classify::{Classifier, Colour};
use crate::letter::wording;
use crate::letter::{Date, Experience, LetterAnalysis, LetterLine, analyze, experience, report};
use crate::noc::Catalog;
use crate::printable::printable;
use crate::rules::is_skilled_trade;

/// Output format of `check`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum CheckFormat {
    /// Readable in a terminal, coloured when it is one.
    Text,
    /// One JSON document.
    Json,
    /// A report to keep with your notes.
    Markdown,
}

/// How `check` runs: every line a duty or not, the output format, and the date experience is
/// counted as of.
#[derive(Debug, Clone, Copy)]
pub struct Options {
    pub all_duties: bool,
    pub format: CheckFormat,
    pub as_of: Date,
}

pub fn run(
    file: &Path,
    noc: Option<&str>,
    options: Options,
    out: &mut dyn Write,
    paint: Paint,
) -> Result<(), CliError> {
    let Options {
        all_duties,
        format,
        as_of,
    } = options;
    // Check the target and the letter before building the classifier, so bad input fails fast.
    let target = noc
        .map(|code| Catalog::embedded().target(code))
        .transpose()?;
    let text = read_input(Some(file))?;
    // Text output goes to terminals: the letter's control characters are shown as symbols
    // (the classifier reads them as spaces either way). JSON escapes them itself.
    let text = match format {
        CheckFormat::Text => printable(&text).into_owned(),
        CheckFormat::Json | CheckFormat::Markdown => text,
    };
    // The letter checks' tables are built on a second core while the classifier loads.
    crate::letter::prepare_in_background();
    let analysis = analyze(Classifier::embedded(), &text, target, all_duties);
    let trade = target.map(|unit| is_skilled_trade(&unit.code));
    let lines: Vec<&LetterLine> = analysis.lines.iter().map(|line| &line.line).collect();
    let experience = experience::experience(&lines, as_of, trade);
    match format {
        CheckFormat::Json => {
            let mut json = report::json(&analysis);
            if let Some(document) = json.as_object_mut() {
                document.insert(
                    "experience".to_owned(),
                    serde_json::to_value(&experience).unwrap_or_default(),
                );
            }
            serde_json::to_writer_pretty(&mut *out, &json).map_err(std::io::Error::from)?;
            writeln!(out)?;
        }
        CheckFormat::Markdown => {
            let name = file.file_name().map_or_else(
                || file.display().to_string(),
                |n| n.to_string_lossy().into_owned(),
            );
            out.write_all(experience::report(&analysis, &experience, &name).as_bytes())?;
        }
        CheckFormat::Text => {
            let mut report = text_report(&analysis, paint);
            report.push_str(&experience_text(&experience, paint));
            out.write_all(report.as_bytes())?;
        }
    }
    Ok(())
}

/// The experience section of the text report.
fn experience_text(experience: &Experience, paint: Paint) -> String {
    let mut out = format!(
        "\n{}\n",
        paint.bold(&wording::experience_heading(experience.as_of))
    );
    for line in experience::text_lines(experience) {
        let line = printable(&line).into_owned();
        let line = if line.starts_with('✓') {
            paint.green(&line)
        } else if line.starts_with('✗') {
            paint.red(&line)
        } else if line.starts_with('?') || line.starts_with("Add:") {
            paint.amber(&line)
        } else if line.starts_with("Rule:") {
            paint.dim(&line)
        } else {
            line
        };
        out.push_str(&format!("  {line}\n"));
    }
    out
}

fn text_report(analysis: &LetterAnalysis, paint: Paint) -> String {
    let mut out = String::new();
    let mut push = |line: String| {
        out.push_str(&line);
        out.push('\n');
    };
    if let Some(target) = analysis.target {
        push(wording::target_line(&paint.bold(&target.code), target));
        push(paint.dim(&wording::duty_line_legend(target)));
        push(String::new());
    }
    for line in &analysis.lines {
        let number = paint.dim(&format!("{:>3}", line.line.number));
        if !line.is_duty() {
            push(format!("{number}   {}", paint.dim(&line.line.text)));
            continue;
        }
        let best = line
            .top
            .first()
            .map(|c| c.unit.code.as_str())
            .unwrap_or("-----");
        // Without colour, a letter marks the line: G, A or R.
        let colour = line.judgement.as_ref().map(|j| j.colour);
        let letter = wording::colour_letter(colour);
        let style: fn(&Paint, &str) -> String = match colour {
            Some(Colour::Green) => Paint::green,
            Some(Colour::Amber) => Paint::amber,
            Some(Colour::Red) => Paint::red,
            None => |_, text| text.to_owned(),
        };
        let mark = if paint.color {
            style(&paint, "●")
        } else {
            letter.to_owned()
        };
        let text = style(&paint, &line.line.text);
        let copied = if line.verbatim.is_some() {
            paint.red(" [copied from NOC]")
        } else {
            String::new()
        };
        // Where the target stands for the line: "#1" when it is the best reading.
        let rank = match &line.judgement {
            Some(judgement) => format!("{:<4}", format!("#{}", judgement.target_rank.min(999))),
            None => String::new(),
        };
        push(format!("{number} {mark} {rank}{best} {text}{copied}"));
        if let Some(judgement) = &line.judgement
            && (judgement.colour != Colour::Green || judgement.directed.is_some())
        {
            push(format!("            {}", paint.dim(&judgement.reason)));
        }
    }
    let summary = &analysis.summary;
    push(String::new());
    push(paint.bold("Verdict"));
    push(format!("  {}", summary.verdict.summary(5)));
    if let Some(warning) = summary.verdict.warning() {
        push(format!("  {}", paint.amber(&format!("⚠ {warning}"))));
    }
    if let Some(coverage) = &summary.coverage {
        push(String::new());
        push(paint.bold(&format!("Coverage: {}", coverage.summary())));
        let items = std::iter::once(("lead", &coverage.lead))
            .chain(coverage.duties.iter().map(|d| ("duty", d)));
        for (kind, item) in items {
            let tick = if item.covered() {
                paint.green(wording::FOUND)
            } else {
                paint.red(wording::MISSING)
            };
            let lines = if item.covered() {
                format!(" (lines {})", wording::line_numbers(&item.lines))
            } else {
                String::new()
            };
            let label = if kind == "lead" {
                wording::LEAD_SHORT
            } else {
                ""
            };
            push(format!(
                "  {tick} {label}{}{}",
                crate::classify::shorten(item.text),
                paint.dim(&lines)
            ));
        }
    }
    let copies: Vec<_> = analysis
        .lines
        .iter()
        .filter_map(|l| l.verbatim.as_ref().map(|v| (l.line.number, v)))
        .collect();
    if !copies.is_empty() {
        push(String::new());
        push(paint.red(&wording::copied_count(copies.len())));
        for (number, verbatim) in copies {
            let statement = crate::classify::shorten(verbatim.statement);
            push(format!(
                "  line {number} {}",
                wording::copy_of(verbatim.code, &statement)
            ));
        }
    }
    push(String::new());
    push(paint.bold("Checklist"));
    for item in &summary.checklist {
        let tick = if item.found {
            paint.green(wording::FOUND)
        } else {
            paint.red(wording::MISSING)
        };
        let line = wording::checklist_where(item.line);
        let note = item
            .note
            .as_ref()
            .map(|n| paint.dim(&wording::checklist_note(n)))
            .unwrap_or_default();
        push(format!("  {tick} {}{line}{note}", item.label));
    }
    out
}
