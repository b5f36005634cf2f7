//! Experience that counts: from the letter's dates and hours (the statements the checklist
//! finds), each position's months and hours a week, the qualifying hours under IRCC's Express
//! Entry rules and whether each program's minimum is met, with what to add to the letter when
//! something needed is missing or cannot be read without a guess.

mod count;
mod date;
mod describe;
mod hours;
mod periods;

use std::borrow::Borrow;
use std::sync::OnceLock;

use regex::Regex;
use serde::Serialize;

use super::checklist::{current_job, employment_text, hours_pattern};
use super::lines::{LetterLine, LineKind};
use super::marks::is_list_item;
use crate::pattern::regex;
use crate::rules::{Rules, rules};
pub use count::ProgramCheck;
use count::{Context, Counted};
pub use date::{Date, DateError};
use hours::{Hours, Statement};
use periods::{Period, Written};

/// One position the letter states.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Position {
    /// The letter line that states it (1-based).
    pub line: usize,
    /// The first day counted (`None` when the letter gives no start).
    pub start: Option<Date>,
    /// The last day counted: the "as of" date for a current job; `None` when not given.
    pub end: Option<Date>,
    /// The job is held now ("to the present").
    pub current: bool,
    pub hours_per_week: Option<f64>,
    /// Whole months worked, when start and end are known.
    pub months: Option<u32>,
    /// Hours that count: hours a week capped at full time, over the months worked.
    pub qualifying_hours: u32,
    /// The dates as written in the letter.
    pub written: String,
}

/// The letter's experience, counted as of a date.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Experience {
    pub as_of: Date,
    pub positions: Vec<Position>,
    /// All positions together, two jobs at once counting at most full time.
    pub qualifying_hours: u32,
    /// Qualifying hours in years of full-time work (1,560 hours each), rounded down to a tenth.
    pub full_time_years: f64,
    pub programs: Vec<ProgramCheck>,
    /// What to add or make plain in the letter, and how figures were worked out.
    pub notes: Vec<String>,
    /// One sentence: the positions, the hours and the programs whose minimum is met.
    pub summary: String,
    /// The rule applied, with the date it was checked.
    pub rule: String,
}

/// A Canadian address: a postal code, a province, or the country.
fn canadian() -> &'static Regex {
    static CELL: OnceLock<Regex> = OnceLock::new();
    regex(
        &CELL,
        r"\b[A-Z][0-9][A-Z]\s?[0-9][A-Z][0-9]\b|,\s*(?:AB|BC|MB|NB|NL|NS|NT|NU|ON|PE|QC|SK|YT)\b|\b(?:Canada|Alberta|British Columbia|Manitoba|New Brunswick|Newfoundland|Nova Scotia|Ontario|Quebec|Québec|Saskatchewan|Yukon|Prince Edward Island|Northwest Territories|Nunavut)\b",
    )
}

/// The text of a line that may state the employment: what the checklist reads, and for a list
/// item its text (a list of positions and their dates).
fn statement_text(line: &LetterLine) -> (String, bool) {
    if line.kind == LineKind::Duty && is_list_item(&line.text) {
        (line.text.clone(), true)
    } else {
        (employment_text(line), false)
    }
}

/// The hours for the period at `period`: the first statement after it (before the next
/// period), or else the last one before it.
fn hours_for<'a>(
    period: &Period,
    next: Option<usize>,
    statements: &'a [Statement],
) -> Option<&'a Hours> {
    let after = statements
        .iter()
        .find(|s| s.at >= period.range.end && next.is_none_or(|next| s.at < next));
    after
        .or_else(|| statements.iter().rev().find(|s| s.at < period.range.start))
        .map(|s| &s.hours)
}

/// A position's dates: the first and last day to count, each read as the least it can mean.
fn span(period: &Period, as_of: Date, notes: &mut Vec<String>) -> (Option<Date>, Option<Date>) {
    let start = match period.start {
        Some(Written::Day(day)) => Some(day),
        Some(Written::Month(year, month)) => Date::new(year, month, 1),
        Some(Written::Year(year)) => {
            notes.push(format!(
                "“{}” gives only the year it started: counted from January {}; give the month and day",
                period.text,
                year + 1
            ));
            Date::new(year + 1, 1, 1)
        }
        Some(Written::Present) | None => None,
    };
    let end = match period.end {
        Some(Written::Day(day)) => Some(day),
        Some(Written::Month(year, month)) => Date::new(year, month, 1).map(Date::month_end),
        Some(Written::Year(year)) => {
            notes.push(format!(
                "“{}” gives only the year it ended: counted to December {}; give the month and day",
                period.text,
                year - 1
            ));
            Date::new(year - 1, 12, 31)
        }
        Some(Written::Present) => Some(as_of),
        None => None,
    };
    let end = match end {
        Some(end) if end > as_of => {
            notes.push(format!(
                "“{}” ends after {as_of}: counted to {as_of}",
                period.text
            ));
            Some(as_of)
        }
        end => end,
    };
    (start, end)
}

/// Counts the experience a letter states, as of `as_of`. `trade` says whether the target
/// occupation is a skilled trade (for FST), when there is a target.
pub fn experience<L: Borrow<LetterLine>>(
    lines: &[L],
    as_of: Date,
    trade: Option<bool>,
) -> Experience {
    let rules = rules();
    let lines: Vec<&LetterLine> = lines.iter().map(Borrow::borrow).collect();
    let mut notes = Vec::new();
    let mut found: Vec<(usize, Period, Option<Hours>)> = Vec::new();
    let mut letter_hours: Option<Hours> = None;
    let mut basis = None;
    for line in &lines {
        let (text, list_item) = statement_text(line);
        if text.trim().is_empty() {
            continue;
        }
        let statements = hours::statements(&text, hours_pattern());
        if letter_hours.is_none() {
            letter_hours = statements.first().map(|s| s.hours.clone());
        }
        basis = basis.or_else(|| hours::time_basis(&text));
        let (periods, unclear) = periods::periods(&text, current_job().is_match(&text));
        for why in unclear {
            notes.push(format!("line {}: “{}”: {}", line.number, why.text, why.fix));
        }
        let starts: Vec<usize> = periods.iter().map(|p| p.range.start).collect();
        for (index, period) in periods.into_iter().enumerate() {
            // A list item states a position only with both its dates.
            if list_item && (period.start.is_none() || period.end.is_none()) {
                continue;
            }
            let hours = hours_for(&period, starts.get(index + 1).copied(), &statements).cloned();
            if !found
                .iter()
                .any(|(_, known, _)| known.start == period.start && known.end == period.end)
            {
                found.push((line.number, period, hours));
            }
        }
    }
    let in_canada = lines.iter().any(|line| canadian().is_match(&line.text));
    build(
        found,
        letter_hours,
        basis,
        Context {
            as_of,
            in_canada,
            trade,
        },
        notes,
        rules,
    )
}

/// Hours a week for a position: its own statement, the letter's, or "full-time" alone.
fn weekly(
    own: Option<Hours>,
    letter: Option<&Hours>,
    basis: Option<&str>,
    notes: &mut Vec<String>,
) -> Option<f64> {
    match own.as_ref().or(letter) {
        Some(Hours::Weekly { hours, note }) => {
            if let Some(note) = note {
                notes.push(format!("hours a week worked out as {note}"));
            }
            Some(*hours)
        }
        Some(Hours::Unclear(why)) => {
            notes.push(why.clone());
            None
        }
        None if basis == Some("full-time") => {
            notes.push(
                "the letter says full-time but not the hours: counted as 30 h/week, the least IRCC counts as full time; state the hours per week".to_owned(),
            );
            Some(30.0)
        }
        None if basis == Some("part-time") => {
            notes.push(
                "the letter says part-time but not the hours: state the hours per week".to_owned(),
            );
            None
        }
        None => {
            notes.push("the letter does not give the hours: state the hours per week".to_owned());
            None
        }
    }
}

fn build(
    found: Vec<(usize, Period, Option<Hours>)>,
    letter_hours: Option<Hours>,
    basis: Option<&str>,
    context: Context,
    mut notes: Vec<String>,
    rules: &Rules,
) -> Experience {
    let mut positions = Vec::new();
    let mut counted = Vec::new();
    for (line, period, own) in found {
        let (start, end) = span(&period, context.as_of, &mut notes);
        let hours_per_week = weekly(own, letter_hours.as_ref(), basis, &mut notes);
        if start.is_none() {
            notes.push(format!(
                "line {line}: “{}”: give the start date",
                period.text
            ));
        }
        if period.end.is_none() {
            notes.push(format!(
                "line {line}: “{}”: give the end date, or say “to the present” if the job is current",
                period.text
            ));
        }
        let months = match (start, end) {
            (Some(start), Some(_)) if start > context.as_of => {
                notes.push(format!(
                    "line {line}: “{}” starts after {}: not counted",
                    period.text, context.as_of
                ));
                None
            }
            (Some(start), Some(end)) if start <= end => Some(count::months(start, end)),
            (Some(_), Some(_)) => {
                notes.push(format!(
                    "line {line}: “{}”: it ends before it starts; check the dates",
                    period.text
                ));
                None
            }
            _ => None,
        };
        let qualifying = match (months, hours_per_week, end) {
            (Some(months), Some(hours), Some(end)) => {
                counted.push(Counted {
                    first_month: count::first_month(end, months),
                    months,
                    hours_per_week: hours,
                });
                count::whole(count::qualifying(months, hours, rules))
            }
            _ => 0,
        };
        positions.push(Position {
            line,
            start,
            end,
            current: period.end == Some(Written::Present),
            hours_per_week,
            months,
            qualifying_hours: qualifying,
            written: period.text,
        });
    }
    if positions.is_empty() {
        notes.push("no period of employment found: give the start date and the end date (or “to the present”)".to_owned());
    }
    notes.dedup();
    let qualifying_hours = count::whole(count::total(&counted, rules));
    let full_time_years =
        (f64::from(qualifying_hours) / rules.experience.hours_per_year * 10.0).floor() / 10.0;
    let programs: Vec<ProgramCheck> = rules
        .programs
        .iter()
        .map(|program| count::check_program(program, &counted, context, rules))
        .collect();
    let mut experience = Experience {
        as_of: context.as_of,
        positions,
        qualifying_hours,
        full_time_years,
        programs,
        notes,
        summary: String::new(),
        rule: format!(
            "{} (IRCC Express Entry rules, checked {})",
            rules.experience.rule, rules.checked
        ),
    };
    experience.summary = describe::summary(&experience);
    experience
}

pub use describe::{mark, markdown, report, text_lines, thousands};
