//! Which lines of a letter are duties: bullets and numbered items, lines under a "Duties:"
//! heading, and prose sentences that describe work. Letterhead, greeting, dates, salary and
//! signature lines are `Other`.

use std::sync::OnceLock;

use regex::Regex;

/// What a line of a letter is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum LineKind {
    /// A duty the applicant performed: classified and coloured.
    Duty,
    /// Anything else (letterhead, greeting, dates, salary, signature, blank).
    Other,
}

/// One line of a letter, with its duty text (list markers removed).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LetterLine {
    /// 1-based line number.
    pub number: usize,
    /// The line as written (without its line ending).
    pub text: String,
    pub kind: LineKind,
    /// The text to classify: the line without its bullet or number.
    pub duty_text: String,
}

fn regex(cell: &'static OnceLock<Regex>, pattern: &str) -> &'static Regex {
    cell.get_or_init(|| Regex::new(pattern).expect("the pattern is valid"))
}

/// A list marker at the start of a line: -, *, •, –, 1., 1), a), (a), i.
fn list_marker() -> &'static Regex {
    static CELL: OnceLock<Regex> = OnceLock::new();
    regex(
        &CELL,
        r"^\s*(?:[-*•·–—▪■●◦‣+>]|\(?(?:\d{1,2}|[a-zA-Z]|[ivxIVX]{1,4})[.)])\s+",
    )
}

/// A heading that opens the list of duties: "Duties:", "Her main responsibilities were:".
fn duties_heading() -> &'static Regex {
    static CELL: OnceLock<Regex> = OnceLock::new();
    regex(
        &CELL,
        r"(?i)\b(duties|responsibilities|tasks|accountabilities|job description|key functions)\b.*[:\-–]?\s*$",
    )
}

/// Lines that are never duties, whatever their place.
fn not_a_duty() -> &'static Regex {
    static CELL: OnceLock<Regex> = OnceLock::new();
    regex(
        &CELL,
        r"(?ix)^\s*(
            to\s+whom | dear\b | re\s*: | subject\s*: | sincerely | regards | best\s+regards | yours\b
          | respectfully | thank\s+you | please\s+(contact|call|feel|do\s+not) | \(signed\) | signature
          | tel\b | phone\b | fax\b | e-?mail\b | www\. | https?://
        )",
    )
}

/// Sentences about the job rather than its duties: salary, hours, dates, certification.
fn employment_fact() -> &'static Regex {
    static CELL: OnceLock<Regex> = OnceLock::new();
    regex(
        &CELL,
        r"(?ix)(\$\s?\d | \bsalary\b | \bwages?\b | \bper\s+(hour|week|year|annum)\b | \bhours\s+(per|a|each)\s+week\b
          | \bbenefits\b | \bthis\s+(letter|is\s+to) | \bconfirm | \bcertif(y|ies)\b | \bemployed\b | \bhas\s+been\s+(working|employed)
          | \bfrom\s+\w+\s+\d{1,2},?\s+\d{4} | \bsince\s+\d{4} | \b(19|20)\d{2}\s*(-|–|to)\s*((19|20)\d{2}|present|date)\b
          | \breports?\s+(directly\s+)?to\b | \bfull[-\s]time\b | \bpart[-\s]time\b)",
    )
}

/// Words that open a duty sentence in prose ("Her duties include preparing ...").
fn prose_duty_opening() -> &'static Regex {
    static CELL: OnceLock<Regex> = OnceLock::new();
    regex(
        &CELL,
        r"(?i)\b(duties|responsibilities|tasks)\s+(include|included|includes|were|are|consist|consisted|involve|involved)|\b(was|were|is|are)\s+responsible\s+for\b|^\s*(in\s+(this|her|his|their|that)\s+(role|position|capacity),?\s+)?(he|she|they)\s+(also\s+)?[a-z]+ed\b",
    )
}

/// Splits text into lines and decides which are duties. With `all_duties`, every non-empty
/// line is a duty (for lists of duties with no letter around them).
pub fn split_lines(text: &str, all_duties: bool) -> Vec<LetterLine> {
    let mut lines = Vec::new();
    let mut in_duties = false;
    let mut blank_run = 0;
    for (index, raw) in text.lines().enumerate() {
        let trimmed = raw.trim();
        let marker = list_marker().find(raw);
        let duty_text = match marker {
            Some(m) => raw[m.end()..].trim().to_owned(),
            None => trimmed.to_owned(),
        };
        let kind = if trimmed.is_empty() {
            blank_run += 1;
            LineKind::Other
        } else if all_duties {
            LineKind::Duty
        } else {
            let words = duty_text.split_whitespace().count();
            let heading = duties_heading().is_match(trimmed) && trimmed.ends_with(':');
            let kind = if heading || not_a_duty().is_match(trimmed) || words < 2 {
                LineKind::Other
            } else if marker.is_some() || in_duties && blank_run == 0 {
                if employment_fact().is_match(&duty_text) && marker.is_none() {
                    LineKind::Other
                } else {
                    LineKind::Duty
                }
            } else if prose_duty_opening().is_match(trimmed)
                && words >= 6
                && !employment_fact().is_match(trimmed)
            {
                LineKind::Duty
            } else {
                LineKind::Other
            };
            if heading {
                in_duties = true;
            } else if in_duties && marker.is_none() && blank_run > 0 {
                // A paragraph after the list ends it.
                in_duties = false;
            }
            blank_run = 0;
            kind
        };
        lines.push(LetterLine {
            number: index + 1,
            text: raw.to_owned(),
            kind,
            duty_text,
        });
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str) -> Vec<LineKind> {
        split_lines(text, false).iter().map(|l| l.kind).collect()
    }

    #[test]
    fn bullets_and_numbers_are_duties_with_markers_removed() {
        let lines = split_lines(
            "- Posted entries\n2. Reconciled accounts\n• Filed HST returns\n",
            false,
        );
        assert!(lines.iter().all(|l| l.kind == LineKind::Duty));
        assert_eq!(lines[1].duty_text, "Reconciled accounts");
    }

    #[test]
    fn lines_under_a_duties_heading_are_duties_until_the_paragraph_ends() {
        use LineKind::*;
        let text =
            "Duties:\nPosted journal entries\nReconciled bank accounts\n\nSincerely,\nAnna Lee";
        assert_eq!(kinds(text), [Other, Duty, Duty, Other, Other, Other]);
    }

    #[test]
    fn letter_parts_are_other() {
        use LineKind::*;
        let text = "To whom it may concern,\nThis is to certify that Mr. Fong worked as a clerk from 2016 to 2019.\nTel: 604-555-0142\nRegards,";
        assert_eq!(kinds(text), [Other, Other, Other, Other]);
    }

    #[test]
    fn prose_duty_sentences_are_duties() {
        let text = "Her duties included preparing financial statements, reconciling accounts and filing tax returns.";
        assert_eq!(kinds(text), [LineKind::Duty]);
    }

    #[test]
    fn prose_about_the_work_is_a_duty_but_prose_about_the_job_is_not() {
        use LineKind::*;
        let text = "In this role, she reconciled the bank accounts and prepared the monthly statements.\nHe was responsible for the general ledger and the year-end closing.\nShe worked 40 hours per week at $25 per hour.";
        assert_eq!(kinds(text), [Duty, Duty, Other]);
    }

    #[test]
    fn all_duties_makes_every_non_empty_line_a_duty() {
        let lines = split_lines("Other duties as required.\n\nRegards", true);
        let kinds: Vec<LineKind> = lines.iter().map(|l| l.kind).collect();
        assert_eq!(kinds, [LineKind::Duty, LineKind::Other, LineKind::Duty]);
    }
}
