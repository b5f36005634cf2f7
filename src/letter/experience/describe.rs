//! The experience in words: the one-sentence summary ("June 2020 to present (4 years 6 months
//! at 40 h/week): 7,020 qualifying hours, 4.5 years full-time equivalent; meets the one-year
//! minimum for FSW and CEC."), the lines `check` prints and the checklist panel shows, and the
//! Markdown section of the report.

use super::hours::trim;
use super::{Experience, Position, ProgramCheck};

/// 7020 -> "7,020".
pub fn thousands(value: u32) -> String {
    let digits = value.to_string();
    let mut out = String::new();
    for (index, digit) in digits.chars().enumerate() {
        if index > 0 && (digits.len() - index).is_multiple_of(3) {
            out.push(',');
        }
        out.push(digit);
    }
    out
}

fn plural(count: u32, word: &str) -> String {
    if count == 1 {
        format!("1 {word}")
    } else {
        format!("{count} {word}s")
    }
}

/// "4 years 6 months", "7 months", "2 years".
fn duration(months: u32) -> String {
    match (months / 12, months % 12) {
        (0, rest) => plural(rest, "month"),
        (years, 0) => plural(years, "year"),
        (years, rest) => format!("{} {}", plural(years, "year"), plural(rest, "month")),
    }
}

/// "June 2020 to present (4 years 6 months at 40 h/week)".
fn position(position: &Position) -> String {
    let start = position
        .start
        .map_or_else(|| "start not given".to_owned(), |d| d.month_name());
    let end = match (position.current, position.end) {
        (true, _) => "present".to_owned(),
        (false, Some(end)) => end.month_name(),
        (false, None) => "end not given".to_owned(),
    };
    let length = position
        .months
        .map_or_else(|| "length unknown".to_owned(), duration);
    let hours = position.hours_per_week.map_or_else(
        || "hours not given".to_owned(),
        |h| format!("{} h/week", trim(h)),
    );
    format!("{start} to {end} ({length} at {hours})")
}

fn years_word(years: u32) -> &'static str {
    match years {
        1 => "one-year",
        2 => "two-year",
        3 => "three-year",
        _ => "multi-year",
    }
}

/// "FSW and CEC", "FSW, CEC and FST".
fn listed(keys: &[&str]) -> String {
    match keys {
        [] => String::new(),
        [one] => (*one).to_owned(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

/// The programs whose minimum is met, grouped by the years they need, then the others.
fn programs_clause(programs: &[ProgramCheck]) -> String {
    let rules = crate::rules::rules();
    let years = |check: &ProgramCheck| {
        rules
            .programs
            .iter()
            .find(|p| p.key == check.key)
            .map_or(1, |p| p.years)
    };
    let mut groups: Vec<(u32, Vec<&str>)> = Vec::new();
    for check in programs.iter().filter(|c| c.meets == Some(true)) {
        let needed = years(check);
        match groups.iter_mut().find(|(y, _)| *y == needed) {
            Some((_, keys)) => keys.push(&check.key),
            None => groups.push((needed, vec![&check.key])),
        }
    }
    let mut parts = Vec::new();
    if !groups.is_empty() {
        let met: Vec<String> = groups
            .iter()
            .map(|(years, keys)| format!("the {} minimum for {}", years_word(*years), listed(keys)))
            .collect();
        parts.push(format!("meets {}", met.join(" and ")));
    }
    for check in programs.iter().filter(|c| c.meets == Some(false)) {
        parts.push(match &check.note {
            Some(note) => format!("not {}: {note}", check.key),
            None => format!(
                "short of the {} minimum for {} ({} of {} hours)",
                years_word(years(check)),
                check.key,
                thousands(check.hours),
                thousands(check.needed_hours)
            ),
        });
    }
    for check in programs.iter().filter(|c| c.meets.is_none()) {
        parts.push(format!(
            "{} cannot be told (no Canadian address)",
            check.key
        ));
    }
    parts.join("; ")
}

/// The one-sentence summary.
pub(super) fn summary(experience: &Experience) -> String {
    if experience.positions.is_empty() {
        return "No period of employment found: give the start date and the end date (or “to the present”) and the hours per week.".to_owned();
    }
    let positions: Vec<String> = experience.positions.iter().map(position).collect();
    let years = experience.full_time_years;
    let years = if years.fract() == 0.0 {
        format!("{years:.0}")
    } else {
        format!("{years:.1}")
    };
    let unit = if years == "1" { "year" } else { "years" };
    format!(
        "{}: {} qualifying hours, {years} {unit} full-time equivalent; {}.",
        positions.join("; "),
        thousands(experience.qualifying_hours),
        programs_clause(&experience.programs)
    )
}

/// A mark for a program: ✓ met, ✗ short, ? cannot be told.
pub fn mark(check: &ProgramCheck) -> char {
    match check.meets {
        Some(true) => '✓',
        Some(false) => '✗',
        None => '?',
    }
}

/// The experience as plain lines: the summary, each program with the rule it applies, what to
/// add, and the rule with its date. `check` prints them; the checklist panel shows them.
pub fn text_lines(experience: &Experience) -> Vec<String> {
    let mut lines = vec![experience.summary.clone()];
    for check in &experience.programs {
        let mut line = format!(
            "{} {} ({}): {} hours count, {} needed: {}",
            mark(check),
            check.key,
            check.name,
            thousands(check.hours),
            thousands(check.needed_hours),
            check.rule
        );
        if let Some(note) = &check.note {
            line.push_str(&format!("; {note}"));
        }
        lines.push(line);
    }
    for note in &experience.notes {
        lines.push(format!("Add: {note}"));
    }
    lines.push(format!(
        "Rule: {} · as of {}",
        experience.rule, experience.as_of
    ));
    lines
}

/// The Markdown section of the report.
pub fn markdown(experience: &Experience) -> String {
    let mut out = String::from("## Experience\n\n");
    out.push_str(&experience.summary);
    out.push_str("\n\n");
    if !experience.positions.is_empty() {
        out.push_str("| Line | Dates | Start | End | Months | Hours/week | Qualifying hours |\n|---|---|---|---|---|---|---|\n");
        for p in &experience.positions {
            let date = |d: Option<super::Date>| d.map(|d| d.to_string()).unwrap_or_default();
            out.push_str(&format!(
                "| {} | {} | {} | {}{} | {} | {} | {} |\n",
                p.line,
                p.written.replace('|', "\\|"),
                date(p.start),
                date(p.end),
                if p.current { " (current)" } else { "" },
                p.months.map(|m| m.to_string()).unwrap_or_default(),
                p.hours_per_week.map(trim).unwrap_or_default(),
                thousands(p.qualifying_hours)
            ));
        }
        out.push('\n');
    }
    for line in text_lines(experience).iter().skip(1) {
        out.push_str(&format!("- {line}\n"));
    }
    out.push('\n');
    out
}

/// The Markdown report of a letter with its experience section: what `check --format
/// markdown` prints and Ctrl-E writes. Control characters are shown as symbols.
pub fn report(
    analysis: &crate::letter::LetterAnalysis,
    experience: &Experience,
    name: &str,
) -> String {
    let mut report = crate::letter::report::markdown(analysis, name);
    report.push('\n');
    report.push_str(&crate::printable::printable(&markdown(experience)));
    report
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_and_durations_read_naturally() {
        assert_eq!(thousands(7020), "7,020");
        assert_eq!(thousands(1_560_000), "1,560,000");
        assert_eq!(thousands(12), "12");
        assert_eq!(duration(54), "4 years 6 months");
        assert_eq!(duration(12), "1 year");
        assert_eq!(duration(1), "1 month");
        assert_eq!(listed(&["FSW", "CEC", "FST"]), "FSW, CEC and FST");
    }
}
