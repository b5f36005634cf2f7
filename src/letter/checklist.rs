//! What an employment reference letter must contain for an immigration application, each item
//! found (with the line it was found on) or missing.

use std::borrow::Borrow;
use std::sync::OnceLock;

use regex::Regex;
use serde::Serialize;

use super::lines::{LetterLine, LineKind};

/// One thing the letter must contain.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ChecklistItem {
    /// A stable name for scripts: "letterhead", "phone", ...
    pub key: &'static str,
    /// What the item is, for people.
    pub label: &'static str,
    pub found: bool,
    /// The line it was found on (1-based).
    pub line: Option<usize>,
    /// More about what was found ("current job") or what to add.
    pub note: Option<String>,
}

/// How many duty lines make "a list of duties".
pub const MIN_DUTY_LINES: usize = 3;

struct Pattern {
    key: &'static str,
    label: &'static str,
    pattern: &'static str,
    missing: &'static str,
}

const PATTERNS: &[Pattern] = &[
    Pattern {
        key: "letterhead",
        label: "Company letterhead or name with address",
        pattern: r"(?i)\b[A-Z]\d[A-Z]\s?\d[A-Z]\d\b|\b\d{5}(-\d{4})?\b\s*$|\b\d+\s+[\w.' ]+\s(street|st|avenue|ave|road|rd|drive|dr|boulevard|blvd|way|lane|ln|crescent|cres|court|ct|highway|hwy|place|pl|parkway|suite|unit)\b",
        missing: "put the company's name and full address at the top (on letterhead if possible)",
    },
    Pattern {
        key: "phone",
        label: "Company telephone number",
        pattern: r"\(?\b\d{3}\)?[\s.\-]?\d{3}[\s.\-]\d{4}\b",
        missing: "add the company's telephone number",
    },
    Pattern {
        key: "email",
        label: "Company email address",
        pattern: r"[\w.+\-]+@[\w\-]+(\.[\w\-]+)+",
        missing: "add an email address where an officer can reach the signer",
    },
    Pattern {
        key: "job_title",
        label: "The applicant's job title",
        pattern: r"(?i)\b(as\s+(an?|the)\s+[A-Za-z]|position\s+of\b|job\s+title\b|title\s*:|role\s+of\b|employed\s+as\b|worked\s+as\b)",
        missing: "state the job title the applicant held",
    },
    Pattern {
        key: "dates",
        label: "Dates of employment",
        pattern: r"(?i)\b(from|since|between)\b.{0,40}\b(19|20)\d{2}\b|\b(19|20)\d{2}\s*(-|–|to|until)\s*((19|20)\d{2}|present|date|now)\b|\b(start|hire|end)\s+date\b",
        missing: "give the start date and end date of employment (or say the job is current)",
    },
    Pattern {
        key: "hours",
        label: "Hours worked per week",
        pattern: r"(?i)\b\d{1,2}(\.\d+)?\s*(hours|hrs)\s*(per|a|each|/)\s*week\b|\bhours\s+per\s+week\s*:?\s*\d",
        missing: "say how many hours per week the applicant worked",
    },
    Pattern {
        key: "salary",
        label: "Salary or wages",
        pattern: r"(?i)\$\s?\d|\b\d[\d,]*(\.\d+)?\s*(dollars|cad)\b|\b(salary|wage|wages|hourly\s+rate)\b",
        missing: "state the annual salary or hourly wage",
    },
    Pattern {
        key: "benefits",
        label: "Benefits",
        pattern: r"(?i)\b(benefits?|vacation|dental|health\s+(plan|insurance|coverage)|pension|rrsp|bonus)\b",
        missing: "mention benefits (or that there were none)",
    },
    Pattern {
        key: "signer",
        label: "Name and title of the person signing",
        pattern: r"(?i)^\s*[A-Z][a-z]+(\s+[A-Z][a-z.'\-]+)+\s*,?\s*((general\s+|office\s+|hr\s+|human\s+resources\s+)?(manager|director|president|owner|controller|supervisor|officer|ceo|cfo|coo|partner|administrator|principal|chief|head|vp|vice[-\s]president|proprietor|coordinator))?\s*$",
        missing: "end with the signer's printed name and job title",
    },
    Pattern {
        key: "signature",
        label: "Signature",
        pattern: r"(?i)\(signed\)|\bsignature\b|^\s*/s/|_{4,}",
        missing: "sign the letter (a handwritten signature above the printed name)",
    },
];

fn compiled() -> &'static Vec<Regex> {
    static CELL: OnceLock<Vec<Regex>> = OnceLock::new();
    CELL.get_or_init(|| {
        PATTERNS
            .iter()
            .map(|p| Regex::new(p.pattern).expect("checklist patterns are valid"))
            .collect()
    })
}

/// Words that say the job is still held.
fn current_job() -> &'static Regex {
    static CELL: OnceLock<Regex> = OnceLock::new();
    CELL.get_or_init(|| {
        Regex::new(r"(?i)\b(to\s+(the\s+)?(present|date)|present|currently|still\s+employed|is\s+employed|has\s+been\s+employed|since)\b")
            .expect("valid")
    })
}

/// Words that close a letter; the signer's name follows.
fn closing() -> &'static Regex {
    static CELL: OnceLock<Regex> = OnceLock::new();
    CELL.get_or_init(|| {
        Regex::new(r"(?i)^\s*(sincerely|regards|best\s+regards|kind\s+regards|yours\s+(truly|sincerely)|respectfully)")
            .expect("valid")
    })
}

/// Checks the letter's lines (owned or borrowed) for every required item.
pub fn check<L: Borrow<LetterLine>>(lines: &[L]) -> Vec<ChecklistItem> {
    let lines: Vec<&LetterLine> = lines.iter().map(Borrow::borrow).collect();
    let closing_line = lines.iter().position(|l| closing().is_match(&l.text));
    let mut items: Vec<ChecklistItem> = PATTERNS
        .iter()
        .zip(compiled())
        .map(|(pattern, regex)| {
            let candidates = lines.iter().enumerate().filter(|(i, line)| {
                line.kind == LineKind::Other
                    // The signer's name comes after the closing.
                    && (pattern.key != "signer" || closing_line.is_some_and(|c| *i > c))
            });
            let found = candidates
                .map(|(_, line)| line)
                .find(|line| regex.is_match(&line.text));
            let note = match (pattern.key, found) {
                ("dates", Some(line)) => Some(if current_job().is_match(&line.text) {
                    "current job".to_owned()
                } else {
                    "past job".to_owned()
                }),
                (_, Some(_)) => None,
                (_, None) => Some(pattern.missing.to_owned()),
            };
            ChecklistItem {
                key: pattern.key,
                label: pattern.label,
                found: found.is_some(),
                line: found.map(|line| line.number),
                note,
            }
        })
        .collect();
    let duties: Vec<&LetterLine> = lines
        .iter()
        .copied()
        .filter(|l| l.kind == LineKind::Duty)
        .collect();
    items.push(ChecklistItem {
        key: "duties",
        label: "A list of duties",
        found: duties.len() >= MIN_DUTY_LINES,
        line: duties.first().map(|line| line.number),
        note: Some(if duties.len() >= MIN_DUTY_LINES {
            format!("{} duty lines", duties.len())
        } else {
            format!(
                "list the main duties, one per line ({} found, at least {MIN_DUTY_LINES} expected)",
                duties.len()
            )
        }),
    });
    items
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::letter::lines::split_lines;

    fn found(text: &str) -> Vec<&'static str> {
        check(&split_lines(text, false))
            .into_iter()
            .filter(|item| item.found)
            .map(|item| item.key)
            .collect()
    }

    #[test]
    fn finds_each_item() {
        let letter = "ACME LTD.\n12 King Street West, Toronto, ON M5H 1A1\nTel: 416-555-0100 | Email: hr@acme.example\n\nThis confirms that Ms. Lee has worked as a Bookkeeper since June 1, 2020, 40 hours per week, at $55,000 a year with dental benefits.\n\nDuties:\n- Posted entries\n- Reconciled accounts\n- Filed HST returns\n\nSincerely,\n(signed)\nDaniel Kowalski\nController";
        assert_eq!(
            found(letter),
            [
                "letterhead",
                "phone",
                "email",
                "job_title",
                "dates",
                "hours",
                "salary",
                "benefits",
                "signer",
                "signature",
                "duties"
            ]
        );
    }

    #[test]
    fn missing_items_say_what_to_add() {
        let items = check(&split_lines("Duties:\n- Posted entries", false));
        let hours = items.iter().find(|i| i.key == "hours").expect("hours item");
        assert!(!hours.found);
        assert_eq!(
            hours.note.as_deref(),
            Some("say how many hours per week the applicant worked")
        );
    }

    #[test]
    fn a_current_job_is_noticed() {
        let items = check(&split_lines(
            "employed from June 1, 2020 to the present.",
            false,
        ));
        let dates = items.iter().find(|i| i.key == "dates").expect("dates item");
        assert!(dates.found);
        assert_eq!(dates.note.as_deref(), Some("current job"));
    }
}
