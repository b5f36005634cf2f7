//! Hours per week from the hours statements the checklist finds ("40 hours per week", "37.5
//! h/week", "8 hours a day, 5 days a week", "9 am to 5 pm, Monday to Friday"). What cannot be
//! turned into hours a week without a guess (hours a day with no days, "bi-weekly", which means
//! every two weeks to some and twice a week to others) is reported with what to write instead.

use std::sync::OnceLock;

use crate::pattern::regex;
use regex::Regex;

/// Hours a week read from a statement, or why they cannot be.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Hours {
    /// Hours a week, and how they were worked out when not written as such.
    Weekly { hours: f64, note: Option<String> },
    /// What the letter says and what to write instead.
    Unclear(String),
}

/// An hours statement at a byte offset in a text.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Statement {
    pub at: usize,
    pub hours: Hours,
}

fn number_words() -> &'static Regex {
    static CELL: OnceLock<Regex> = OnceLock::new();
    regex(
        &CELL,
        r"(?i)\b(?P<tens>twenty|thirty|forty|fifty|sixty)(?:[-\s](?P<unit>one|two|three|four|five|six|seven|eight|nine))?(?P<half>\s+and\s+a\s+half)?\b",
    )
}

fn clock() -> &'static Regex {
    static CELL: OnceLock<Regex> = OnceLock::new();
    regex(
        &CELL,
        r"(?i)\b(?P<h1>[0-9]{1,2})(?::(?P<m1>[0-9]{2}))?\s*(?P<p1>am|a\.m\.|pm|p\.m\.)?\s*(?:-|–|to)\s*(?P<h2>[0-9]{1,2})(?::(?P<m2>[0-9]{2}))?\s*(?P<p2>am|a\.m\.|pm|p\.m\.)?",
    )
}

fn days_a_week() -> &'static Regex {
    static CELL: OnceLock<Regex> = OnceLock::new();
    regex(
        &CELL,
        r"(?i)\b(?P<n>[1-7]|one|two|three|four|five|six|seven)\s+(?:working\s+)?days?\s+(?:a|per|each|every|in\s+a)\s+week\b|\b(?P<from>monday|mon)\.?\s*(?:-|–|to|through|thru)\s*(?P<to>thursday|thu|friday|fri|saturday|sat|sunday|sun)\b|\bweekdays\b",
    )
}

fn word_value(word: &str) -> Option<f64> {
    const WORDS: [&str; 10] = [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
    ];
    const TENS: [(&str, f64); 5] = [
        ("twenty", 20.0),
        ("thirty", 30.0),
        ("forty", 40.0),
        ("fifty", 50.0),
        ("sixty", 60.0),
    ];
    let word = word.to_lowercase();
    WORDS
        .iter()
        .position(|w| *w == word)
        .map(|n| n as f64)
        .or_else(|| TENS.iter().find(|(w, _)| *w == word).map(|(_, n)| *n))
}

/// Days a week a text states, if any.
fn days(text: &str) -> Option<f64> {
    let found = days_a_week().captures(text)?;
    if let Some(n) = found.name("n") {
        return n.as_str().parse().ok().or_else(|| word_value(n.as_str()));
    }
    let to = found.name("to").map_or("fri", |m| m.as_str());
    Some(match to.get(..3).map(str::to_lowercase).as_deref() {
        Some("thu") => 4.0,
        Some("sat") => 6.0,
        Some("sun") => 7.0,
        _ => 5.0,
    })
}

/// The hours of a shift written as clock times: "9 am to 5 pm" is 8, "8:00-16:30" is 8.5.
fn shift_hours(text: &str) -> Option<f64> {
    let found = clock().captures(text)?;
    let hour = |h: &str, m: &str, p: &str| -> Option<f64> {
        let hour: f64 = found.name(h)?.as_str().parse().ok()?;
        let minutes: f64 = found
            .name(m)
            .map_or(Some(0.0), |m| m.as_str().parse().ok())?;
        let pm = found
            .name(p)
            .is_some_and(|p| p.as_str().starts_with(['p', 'P']));
        let hour = if pm && hour < 12.0 { hour + 12.0 } else { hour };
        Some(hour + minutes / 60.0)
    };
    let start = hour("h1", "m1", "p1")?;
    let end = hour("h2", "m2", "p2")?;
    let length = if end > start {
        end - start
    } else {
        end + 24.0 - start
    };
    (length > 0.0 && length <= 16.0).then_some(length)
}

/// How a statement's unit reads: the words after the number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Unit {
    Week,
    Day,
    Month,
    Fortnightly,
    None,
}

fn unit(text: &str) -> Unit {
    let text = text.to_lowercase();
    if [
        "bi-weekly",
        "biweekly",
        "two weeks",
        "fortnight",
        "pay period",
    ]
    .iter()
    .any(|w| text.contains(w))
    {
        Unit::Fortnightly
    } else if text.contains("week") || text.contains("wk") {
        Unit::Week
    } else if text.contains("month") {
        Unit::Month
    } else if ["day", "daily", "shift"].iter().any(|w| text.contains(w)) || clock().is_match(&text)
    {
        Unit::Day
    } else {
        Unit::None
    }
}

/// Reads one hours statement (`found`, the text the checklist's pattern matched) in `text`.
fn read(found: &str, text: &str) -> Hours {
    let written = found.trim();
    static NUMBER: OnceLock<Regex> = OnceLock::new();
    let amount = regex(&NUMBER, r"[0-9]{1,3}(?:\.[0-9]+)?")
        .find(found)
        .and_then(|m| m.as_str().parse::<f64>().ok())
        .or_else(|| {
            number_words().captures(found).and_then(|words| {
                let tens = word_value(words.name("tens")?.as_str())?;
                let unit = words.name("unit").and_then(|u| word_value(u.as_str()));
                let half = if words.name("half").is_some() {
                    0.5
                } else {
                    0.0
                };
                Some(tens + unit.unwrap_or(0.0) + half)
            })
        });
    // The unit may follow the match: "forty hours per week", "40 hrs) a week".
    let after = text
        .find(found)
        .map(|at| {
            let rest = &text[at + found.len()..];
            let end = rest
                .char_indices()
                .map(|(i, _)| i)
                .nth(20)
                .unwrap_or(rest.len());
            format!("{found}{}", &rest[..end])
        })
        .unwrap_or_else(|| found.to_owned());
    let daily = shift_hours(found).or(amount);
    let unit = match unit(found) {
        Unit::None => unit(&after),
        unit => unit,
    };
    match (unit, daily) {
        (Unit::Fortnightly, _) => Hours::Unclear(format!(
            "“{written}” can mean every two weeks or twice a week: state the hours per week"
        )),
        (Unit::Day, Some(per_day)) => match days(text) {
            Some(days) => Hours::Weekly {
                hours: per_day * days,
                note: Some(format!(
                    "{} hours a day × {} days a week",
                    trim(per_day),
                    trim(days)
                )),
            },
            None => Hours::Unclear(format!(
                "“{written}” gives hours a day but not the days a week: state the hours per week"
            )),
        },
        (Unit::Month, Some(monthly)) => Hours::Weekly {
            hours: monthly * 12.0 / 52.0,
            note: Some(format!("{} hours a month × 12 / 52", trim(monthly))),
        },
        (Unit::Week, Some(hours)) => Hours::Weekly { hours, note: None },
        (Unit::None, Some(hours)) if (10.0..=80.0).contains(&hours) => Hours::Weekly {
            hours,
            note: Some(format!(
                "“{written}” has no “per week”: read as hours a week; write “hours per week”"
            )),
        },
        _ => Hours::Unclear(format!(
            "“{written}” does not say how many hours a week: state the hours per week"
        )),
    }
}

/// "40", "37.5".
pub(crate) fn trim(value: f64) -> String {
    let rounded = (value * 10.0).round() / 10.0;
    if rounded.fract() == 0.0 {
        format!("{rounded:.0}")
    } else {
        format!("{rounded:.1}")
    }
}

/// The hours statements in a text, found by the checklist's hours pattern.
pub(crate) fn statements(text: &str, pattern: &Regex) -> Vec<Statement> {
    pattern
        .find_iter(text)
        .map(|found| Statement {
            at: found.start(),
            hours: read(found.as_str(), text),
        })
        .collect()
}

/// Whether a text calls the job full-time or part-time without saying the hours.
pub(crate) fn time_basis(text: &str) -> Option<&'static str> {
    static CELL: OnceLock<Regex> = OnceLock::new();
    let found = regex(&CELL, r"(?i)\b(full|part)[-\s]?time\b").captures(text)?;
    match found.get(1)?.as_str().to_lowercase().as_str() {
        "full" => Some("full-time"),
        _ => Some("part-time"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn weekly(statement: &str, text: &str) -> Option<f64> {
        match read(statement, text) {
            Hours::Weekly { hours, .. } => Some(hours),
            Hours::Unclear(_) => None,
        }
    }

    #[test]
    fn hours_a_week_in_the_forms_employers_write() {
        assert_eq!(
            weekly("40 hours per week", "She works 40 hours per week."),
            Some(40.0)
        );
        assert_eq!(weekly("37.5 h/week", "37.5 h/week"), Some(37.5));
        assert_eq!(
            weekly("8 hours a day", "She works 8 hours a day, 5 days a week."),
            Some(40.0)
        );
        assert_eq!(
            weekly(
                "9 am to 5 pm",
                "Her shift is 9 am to 5 pm, Monday to Friday."
            ),
            Some(40.0)
        );
        assert_eq!(
            weekly("8:00-16:30", "Monday to Saturday, 8:00-16:30"),
            Some(51.0)
        );
        assert_eq!(
            weekly("forty hours", "She works forty hours per week."),
            Some(40.0)
        );
        assert_eq!(
            weekly("160 hours per month", "160 hours per month"),
            Some(160.0 * 12.0 / 52.0)
        );
    }

    #[test]
    fn what_needs_a_guess_says_what_to_write() {
        assert_eq!(
            weekly("75 hours bi-weekly", "He works 75 hours bi-weekly."),
            None
        );
        assert_eq!(weekly("8 hours a day", "She works 8 hours a day."), None);
        match read("75 hours bi-weekly", "He works 75 hours bi-weekly.") {
            Hours::Unclear(why) => assert!(why.contains("state the hours per week"), "{why}"),
            other => panic!("{other:?}"),
        }
        assert_eq!(
            time_basis("She is a full-time employee."),
            Some("full-time")
        );
        assert_eq!(time_basis("a part time cook"), Some("part-time"));
        assert_eq!(time_basis("at the time"), None);
    }
}
