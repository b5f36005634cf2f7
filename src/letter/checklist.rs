//! What an employment reference letter must contain for an immigration application, each item
//! found (with the line it was found on) or missing. Template placeholders ("[40 hours per
//! week]") count as missing: they are what the employer still has to fill in.

use std::borrow::Borrow;
use std::sync::OnceLock;

use regex::Regex;
use serde::Serialize;

use super::lines::{LetterLine, LineKind};
use super::marks::is_list_item;
use super::parts;
use super::prose::fact_sentences;
use super::words::blank_placeholders;
use crate::pattern::regex;

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

/// An item found by a pattern on a line that states the employment.
struct Pattern {
    key: &'static str,
    label: &'static str,
    pattern: &'static str,
    missing: &'static str,
}

const LETTERHEAD: (&str, &str, &str) = (
    "letterhead",
    "Company letterhead or name with address",
    "put the company's name and full address at the top (on letterhead if possible)",
);

const SIGNER: (&str, &str, &str) = (
    "signer",
    "Name and title of the person signing",
    "end with the signer's printed name and job title",
);

const PATTERNS: &[Pattern] = &[
    Pattern {
        key: "phone",
        label: "Company telephone number",
        pattern: r"\(?\b[0-9]{3}\)?[\s.\-]?[0-9]{3}[\s.\-]?[0-9]{4}\b",
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
        pattern: r"(?i)\b(?:employed|work(?:s|ed|ing)?|hired|joined|started|began|promoted|appointed|serv(?:es|ed|ing)|engaged|retained|rehired)\b.{0,80}?\bas\s+(?:an?\s+|the\s+|our\s+)?(?P<title>[a-z][\w/&'’-]*)|\b(?:promoted|appointed|transferred)\s+to\s+(?:the\s+)?(?:(?:position|role)\s+of\s+)?(?:an?\s+)?(?P<to>[a-z][\w/&'’-]*)|\b(?:position|role|title|designation|capacity)\s+of\s+(?:an?\s+|the\s+)?(?P<of>[a-z][\w/&'’-]*)|^\s*(?:job\s+title|position(?:\s+held)?|current\s+position|title|designation|occupation|role)\s*:\s*(?P<field>[a-z][\w/&'’-]*)|^\s*(?-i:As)\s+(?:an?\s+|the\s+|our\s+)?(?P<heading>(?-i:[A-Z])[\w/&'’-]*)|\b(?:is|was|has\s+been|had\s+been)\s+(?:our|the|a|an)\s+(?:(?:full|part)[-\s]time\s+|senior\s+|junior\s+|lead\s+|head\s+)?(?P<our>(?-i:[A-Z])[\w/&'’-]*)",
        missing: "state the job title the applicant held",
    },
    Pattern {
        key: "dates",
        label: "Dates of employment",
        pattern: r"(?i)\b(from|since|between|starting|effective|as\s+of)\b.{0,40}\b(19|20)[0-9]{2}\b|\b(19|20)[0-9]{2}\s*(-|–|to|until|till)\s*((19|20)[0-9]{2}|present|date|now|today)\b|\b(joined|hired|started|began|commenced|employed|promoted|appointed|engaged)\b.{0,60}\b(19|20)[0-9]{2}\b|\b(start|hire|hiring|end|termination|joining)\s+date\b.{0,20}[0-9]|\b(19|20)[0-9]{2}\b.{0,60}\b(to|until|till)\s+(the\s+)?(present|now|date|today)\b|\b(19|20)[0-9]{2}\s*(-|–|to|until|till)\s*[a-z]{3,9}\.?\s+([0-9]{1,2}(st|nd|rd|th)?,?\s+)?(19|20)[0-9]{2}\b|\b(employment\s+dates?|period\s+of\s+employment|dates?\s+of\s+employment|employment\s+period)\b.{0,40}\b(19|20)[0-9]{2}\b",
        missing: "give the start date and end date of employment (or say the job is current)",
    },
    Pattern {
        key: "hours",
        label: "Hours worked per week",
        pattern: r"(?i)\b[0-9]{1,3}(\.[0-9]+)?\s*((-|–|to)\s*[0-9]{1,3}(\.[0-9]+)?\s*)?(hours?|hrs?|h)\.?\s*(per|a|an|each|every|/|in\s+a)\s*(week|wk|day|shift|month|pay\s+period|two\s+weeks|fortnight|bi-?weekly)|\b[0-9]{1,3}(\.[0-9]+)?\s*(hours?|hrs?|h)\.?\s*(weekly|bi-?weekly|daily|semi-?monthly|monthly)\b|\b[0-9]{1,2}(\.[0-9]+)?[-\s]hours?\s+(work\s*)?(week|day|shift)s?\b|\b(weekly\s+|working\s+|work\s+)?hours(\s+of\s+work|\s+per\s+week|\s+worked|\s+weekly)?\s*:\s*[0-9]|\b[0-9]{1,2}(:[0-9]{2})?\s*(am|a\.m\.|pm|p\.m\.)\s*(-|–|to)\s*[0-9]{1,2}(:[0-9]{2})?\s*(am|a\.m\.|pm|p\.m\.)|\b[0-9]{1,2}:[0-9]{2}\s*(-|–|to)\s*[0-9]{1,2}:[0-9]{2}\b|\b(twenty|thirty|forty|fifty|sixty)([-\s](one|two|three|four|five|six|seven|eight|nine))?(\s+and\s+a\s+half)?\s+hours\b|\b(full[-\s]time|works?|worked|working)\s*\(?\s*[0-9]{1,2}(\.[0-9]+)?\s*(hours|hrs)\b",
        missing: "say how many hours per week the applicant worked",
    },
    Pattern {
        key: "salary",
        label: "Salary or wages",
        pattern: r"(?i)\$\s?[0-9]|\b(cad|c\$|usd)\s?\$?\s?[0-9]|\b[0-9][0-9,]*(\.[0-9]+)?\s*(dollars|cad)\b|\b(salary|wages?|pay|rate)\b[^.0-9]{0,30}[0-9]{2,}|\b[0-9]+(\.[0-9]{2})?\s*(/|per\s+|an\s+|a\s+)(hr|hour)\b",
        missing: "state the annual salary or hourly wage",
    },
    Pattern {
        key: "benefits",
        label: "Benefits",
        pattern: r"(?i)\bbenefits\b|\bbenefit\s+(plan|package)|\b(dental|health|medical|drug|vision|life|disability)\s+(plan|insurance|coverage|benefits?|care\s+plan)|\bhealth\s+(and|&)\s+dental\b|\bextended\s+health\b|\bhealth\s+spending\s+account\b|\binsurance\b|\bpension\b|\brrsp\b|\bgroup\s+(plan|rrsp|retirement)\b|\b(paid|annual)\s+(vacation|holidays?|time\s+off|sick)|\bvacation\s+(days|leave|time|entitlement)\b|\bweeks?\s+(of\s+)?(paid\s+)?vacation\b|\bsick\s+(days|leave)\b|\bbonus(es)?\b|\b(staff|employee)\s+(discount|accommodation|housing|meals?)\b|\bstock\s+options\b|\btool\s+allowance\b",
        missing: "mention benefits (or that there were none)",
    },
    Pattern {
        key: "signature",
        label: "Signature",
        pattern: r"(?i)\(signed\)|\bsignature\b|^\s*/s/|_{4,}|^\s*signed\b",
        missing: "sign the letter (a handwritten signature above the printed name)",
    },
];

/// Words after "as" that are not a job title: "as well", "as required". A word followed by
/// "as" is not one either ("as long as", "as far as").
#[rustfmt::skip]
const NOT_TITLES: &[&str] = &[
    "well", "soon", "of", "per", "part", "such", "needed", "required", "follows", "follow",
    "possible", "usual", "result", "agreed", "discussed", "noted", "reference", "letter",
    "confirmation", "certificate", "member", "pleasure", "assigned", "directed", "necessary", "far", "mentioned", "stated",
    "above", "below", "and", "it", "if", "this", "from", "to", "since", "at", "in", "on", "for",
    "with", "by", "a", "an", "the", "our", "his", "her", "their", "i", "we", "he", "she",
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

/// The pattern that finds a statement of the hours worked, which the experience count reads.
pub(crate) fn hours_pattern() -> &'static Regex {
    let index = PATTERNS
        .iter()
        .position(|pattern| pattern.key == "hours")
        .unwrap_or_default();
    &compiled()[index]
}

/// Whether a pattern is found in a text; a job title must be a word that can name a job.
fn found_in(key: &str, regex: &Regex, text: &str) -> bool {
    if key != "job_title" {
        return regex.is_match(text);
    }
    regex.captures_iter(text).any(|found| {
        ["title", "to", "of", "field", "heading", "our"]
            .iter()
            .filter_map(|name| found.name(name))
            .any(|title| {
                let compares = text[title.end()..].trim_start().starts_with("as ");
                !compares && !NOT_TITLES.contains(&title.as_str().to_lowercase().as_str())
            })
    })
}

/// Words that say the job is still held.
pub(crate) fn current_job() -> &'static Regex {
    static CELL: OnceLock<Regex> = OnceLock::new();
    regex(
        &CELL,
        r"(?i)\b(to\s+(the\s+)?(present|date)|present|currently|still\s+(employed|working|with\s+us)|is\s+employed|has\s+been\s+(employed|working)|since|until\s+now|till\s+(date|now)|to\s+this\s+day|holds\s+today)\b",
    )
}

/// The text of a line that may state the employment, template placeholders blanked: the whole
/// of a line that is not a duty, the sentences about the employment of a paragraph that is
/// one ("I confirm that Ms. Cruz worked for me from 2022 to 2024, 40 hours a week, and cooked
/// ..."), and nothing of a list item.
pub(crate) fn employment_text(line: &LetterLine) -> String {
    // Markdown emphasis ("as a **Cook**") is not part of the words.
    let text = blank_placeholders(&line.text).replace(['*', '`'], "");
    match line.kind {
        LineKind::Other => text,
        LineKind::Duty if !is_list_item(&line.text) => {
            fact_sentences(&text).collect::<Vec<_>>().join(" ")
        }
        LineKind::Duty => String::new(),
    }
}

fn item(
    (key, label, missing): (&'static str, &'static str, &'static str),
    line: Option<usize>,
) -> ChecklistItem {
    ChecklistItem {
        key,
        label,
        found: line.is_some(),
        line,
        note: line.is_none().then(|| missing.to_owned()),
    }
}

/// Checks the letter's lines (owned or borrowed) for every required item.
pub fn check<L: Borrow<LetterLine>>(lines: &[L]) -> Vec<ChecklistItem> {
    let lines: Vec<&LetterLine> = lines.iter().map(Borrow::borrow).collect();
    let texts: Vec<(usize, String)> = lines
        .iter()
        .map(|line| (line.number, employment_text(line)))
        .collect();
    let mut items = vec![item(LETTERHEAD, parts::letterhead(&lines))];
    for (pattern, regex) in PATTERNS.iter().zip(compiled()) {
        let found = texts
            .iter()
            .find(|(_, text)| found_in(pattern.key, regex, text));
        let note = match (pattern.key, found) {
            ("dates", Some((_, text))) => Some(if current_job().is_match(text) {
                "current job".to_owned()
            } else {
                "past job".to_owned()
            }),
            (_, Some(_)) => None,
            (_, None) => Some(pattern.missing.to_owned()),
        };
        items.push(ChecklistItem {
            key: pattern.key,
            label: pattern.label,
            found: found.is_some(),
            line: found.map(|(number, _)| *number),
            note,
        });
    }
    // The signer goes before the signature, in the order the items have always had.
    let signature = items.len() - 1;
    items.insert(signature, item(SIGNER, parts::signer(&lines)));
    let duties: Vec<&LetterLine> = lines
        .iter()
        .copied()
        .filter(|l| l.kind == LineKind::Duty)
        .filter(|l| blank_placeholders(&l.duty_text).split_whitespace().count() >= 2)
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

    fn found_on(text: &str, key: &str) -> bool {
        check(&split_lines(text, false))
            .into_iter()
            .any(|item| item.key == key && item.found)
    }

    #[test]
    fn hours_in_the_forms_employers_write() {
        for text in [
            "She works 37.5 h/week.",
            "He worked 40 hours weekly.",
            "She works 8 hours a day, 5 days a week.",
            "He works 75 hours bi-weekly.",
            "He works full time 40 hours a week.",
            "Hours of work: 40",
            "She works a 40-hour week.",
            "Her shift is 9 am to 5 pm, Monday to Friday.",
            "He works Monday to Friday, 8:00-16:30.",
            "She works forty hours per week.",
            "He works full-time (40 hrs).",
        ] {
            assert!(found_on(text, "hours"), "{text}");
        }
        assert!(!found_on("She is a full-time employee.", "hours"));
    }

    #[test]
    fn job_titles_in_the_forms_employers_write() {
        for text in [
            "Mr. Lin work in my restaurant as Cook from 2020.",
            "She has worked at our store (Surrey location) as Store Manager.",
            "He has been employed with Acme Freight Inc. as a Long Haul Truck Driver since 2020.",
            "She holds the position of Payroll Administrator.",
            "He was promoted to Senior Developer in 2022.",
            "Job title: Line Cook",
            "She has been our Office Manager since 2019.",
        ] {
            assert!(found_on(text, "job_title"), "{text}");
        }
        for text in [
            "She worked hard as well as quickly.",
            "He worked as long as the shift required.",
            "She was a pleasure to work with.",
            "This is a Reference Letter for Ms. Lee.",
            "He is employed in the position of [Job title].",
        ] {
            assert!(!found_on(text, "job_title"), "{text}");
        }
    }

    #[test]
    fn dates_benefits_and_placeholders() {
        assert!(found_on(
            "Period of employment: March 2019 - February 2023",
            "dates"
        ));
        assert!(found_on("His annual salary is 52,000 per year.", "salary"));
        assert!(!found_on("Her salary is confidential.", "salary"));
        assert!(found_on(
            "He works for us from 2020 October 1 until now.",
            "dates"
        ));
        assert!(found_on(
            "She joined us on March 1, 2019 as an analyst.",
            "dates"
        ));
        assert!(found_on(
            "She is enrolled in our health spending account.",
            "benefits"
        ));
        assert!(!found_on(
            "She drove my mother to dental appointments.",
            "benefits"
        ));
        let template =
            "She works [40 hours per week] from [June 1, 2020] for [$00,000].\nTel: [555-555-0100]";
        for key in ["hours", "dates", "salary", "phone"] {
            assert!(!found_on(template, key), "{key}");
        }
    }

    #[test]
    fn a_paragraph_that_is_a_duty_still_states_the_employment() {
        let text = "To Whom It May Concern:\nMs. Ana Reyes joined us on May 2, 2019 and works 40 hours per week. She prepares the payroll, files the returns and reconciles the accounts.";
        let lines = split_lines(text, false);
        assert_eq!(lines[1].kind, LineKind::Duty);
        assert_eq!(
            lines[1].duty_text,
            "She prepares the payroll, files the returns and reconciles the accounts."
        );
        for key in ["dates", "hours"] {
            assert!(found_on(text, key), "{key}");
        }
        let text = "Mr. Dan Osei worked for us as a Security Guard from March 2020 to June 2023. He patrolled the site, monitored the cameras and wrote the daily reports.";
        for key in ["dates", "job_title"] {
            assert!(found_on(text, key), "{key}");
        }
    }
}
