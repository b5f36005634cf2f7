//! The words the analysis is told in, in one place for its three readers: the CLI's text
//! (`cli/check.rs`), the Markdown report (`letter/report.rs`) and the TUI's panel
//! (`tui/letter/panel.rs`). Each reader adds its own markup (colours, Markdown, styles); the
//! sentences, labels and marks are here, so a change of wording is made once. Where a reader
//! words a thing its own way (a short line for the terminal, a sentence for a report), the
//! variants sit side by side here.

use crate::classify::Colour;
use crate::noc::UnitGroup;

/// The mark of something found or covered, and of something missing.
pub const FOUND: &str = "✓";
pub const MISSING: &str = "✗";

/// [`FOUND`] or [`MISSING`].
pub fn tick(found: bool) -> &'static str {
    if found { FOUND } else { MISSING }
}

/// A colour's name with its emoji, for the report's table.
pub fn colour_emoji(colour: Colour) -> &'static str {
    match colour {
        Colour::Green => "🟢 green",
        Colour::Amber => "🟠 amber",
        Colour::Red => "🔴 red",
    }
}

/// The letter marking a line's colour where colours are not shown: G, A or R.
pub fn colour_letter(colour: Option<Colour>) -> &'static str {
    match colour {
        Some(Colour::Green) => "G",
        Some(Colour::Amber) => "A",
        Some(Colour::Red) => "R",
        None => "·",
    }
}

/// What a line's colour says about the target, before its code and title.
pub fn colour_verdict(colour: Colour) -> &'static str {
    match colour {
        Colour::Green => "green: supports",
        Colour::Amber => "amber: weak for",
        Colour::Red => "red: reads as another occupation than",
    }
}

/// "Target: 12200 Accounting technicians and bookkeepers · TEER 2", with the code as given
/// (the CLI makes it bold).
pub fn target_line(code: &str, unit: &UnitGroup) -> String {
    format!("Target: {code} {} · TEER {}", unit.title, unit.teer)
}

/// The CLI's note under the target on how to read the duty lines.
pub fn duty_line_legend(target: &UnitGroup) -> String {
    format!(
        "Each duty line: its colour, where {} ranks for it (#1 is the best reading in this letter) and the code it matches best alone.",
        target.code
    )
}

/// Where the target stands for a line read in the letter.
pub fn target_rank(target: &UnitGroup, rank: usize, score: f32) -> String {
    format!(
        "Read in this letter, the line puts {} at #{rank} of 516 ({:.0}%).",
        target.code,
        score * 100.0
    )
}

/// Why a line is not green.
pub fn why(reason: &str) -> String {
    format!("Why: {reason}")
}

/// What would make a line green.
pub fn to_make_green(advice: &str) -> String {
    format!("To make it green: {advice}")
}

/// The reason and, if any, the fix, in one cell of the report.
pub fn reason_and_fix(reason: &str, advice: Option<&str>) -> String {
    match advice {
        Some(advice) => format!("{reason}. To fix: {advice}"),
        None => reason.to_owned(),
    }
}

/// A line that is not a duty, in the line panel.
pub fn not_a_duty(number: usize) -> String {
    format!(
        "Line {number} is not a duty: letterhead, greeting, dates, pay and signature lines are not classified. Duties are bullet or numbered lines, or lines under a “Duties:” heading."
    )
}

/// Lines longer than this get a note: a duty should be one sentence.
pub const LONG_LINE: usize = 400;

/// The note on a line over [`LONG_LINE`] characters.
pub fn long_line(length: usize) -> String {
    format!("This line is very long ({length} characters): put one duty on each line.")
}

/// Why copying the NOC text matters, as the line panel says it of one line.
pub fn copies_noc(code: &str, overlap: f32) -> String {
    format!(
        "≡ Copies the official NOC text of {code} ({:.0}% of its words). Officers treat copied NOC text as a red flag: describe the work as it was done, in the employer's own words.",
        overlap * 100.0
    )
}

/// The CLI's heading of the copied lines.
pub fn copied_count(lines: usize) -> String {
    format!(
        "Copied from the NOC: {lines} line(s). Officers treat NOC text copied word for word as a red flag."
    )
}

/// The report's paragraph under "Copied from the NOC".
pub const COPIED_RED_FLAG: &str = "Officers treat duties copied word for word from the NOC as a red flag: the employer should describe the real work in their own words.";

/// "copies 12200: “statement”", after the line's number.
pub fn copy_of(code: &str, statement: &str) -> String {
    format!("copies {code}: “{statement}”")
}

/// Line numbers joined: "3, 4, 9".
pub fn line_numbers(lines: &[usize]) -> String {
    lines
        .iter()
        .map(usize::to_string)
        .collect::<Vec<_>>()
        .join(", ")
}

/// " (line 3)" or " (lines 3, 4)", nothing for no line.
pub fn lines_note(lines: &[usize]) -> String {
    match lines {
        [] => String::new(),
        [line] => format!(" (line {line})"),
        _ => format!(" (lines {})", line_numbers(lines)),
    }
}

/// The label of the lead statement among the target's duties: short in the terminal,
/// whole in the panel.
pub const LEAD_SHORT: &str = "Lead: ";
pub const LEAD: &str = "Lead statement: ";

/// A checklist item's line and note after its label, as the CLI and report write them:
/// " (line 4): note".
pub fn checklist_where(line: Option<usize>) -> String {
    line.map(|n| format!(" (line {n})")).unwrap_or_default()
}

/// A checklist item's note after its line.
pub fn checklist_note(note: &str) -> String {
    format!(": {note}")
}

/// A checklist item's line and note as the panel writes them: " — line 4, note".
pub fn checklist_detail(line: Option<usize>, note: Option<&str>) -> String {
    match (line, note) {
        (Some(line), Some(note)) => format!(" — line {line}, {note}"),
        (Some(line), None) => format!(" — line {line}"),
        (None, Some(note)) => checklist_note(note),
        (None, None) => String::new(),
    }
}

/// The heading of the experience section.
pub fn experience_heading(as_of: impl std::fmt::Display) -> String {
    format!("Experience (as of {as_of})")
}
