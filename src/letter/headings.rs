//! Headings and labels in a letter: which open the list of duties ("Duties:", "KEY
//! RESPONSIBILITIES", "Ms. Lee is responsible for the following:"), which open a section that is
//! not duties ("Qualifications", "Skills:"), and "Label: value" lines such as "Salary: $52,000".

use std::sync::OnceLock;

use regex::Regex;

use super::prose::read;
use super::sentences::person_names;
use super::verbs::work_verb;
use crate::pattern::regex;

/// What a heading opens.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Heading {
    /// The duties: the lines that follow are duties.
    Duties,
    /// A section that is not duties (qualifications, skills, pay): its lines are not.
    NotDuties,
    /// A heading over a list that keeps the current section ("Payroll (about 10%)").
    Over,
}

/// Words that name the duties.
fn duty_words() -> &'static Regex {
    static CELL: OnceLock<Regex> = OnceLock::new();
    regex(
        &CELL,
        r"(?i)\b(duties|duty|responsibilities|responsible\s+for|tasks|accountabilities|job\s+description|key\s+functions|functions|main\s+activities|scope\s+of\s+work|work\s+performed|(her|his|their)\s+work)\b",
    )
}

/// A generic duty ("Other duties as assigned") that names duties without heading them.
fn other_duties() -> &'static Regex {
    static CELL: OnceLock<Regex> = OnceLock::new();
    regex(
        &CELL,
        r"(?i)\bother\s+(duties|tasks)|\bas\s+(assigned|required|needed|directed|requested)\b",
    )
}

/// The name of a section that is not duties, near the start of the line.
fn section_words() -> &'static Regex {
    static CELL: OnceLock<Regex> = OnceLock::new();
    regex(
        &CELL,
        r"(?i)^(\S+\s+){0,3}?(qualifications?|requirements?|skills?|abilities|competenc(y|ies)|education|certifications?|certificates?|licen[cs]es?|languages?|achievements?|accomplishments?|awards?|compensation|salary|wages?|remuneration|benefits|hours(\s+of\s+work)?|work\s+schedule|employment\s+(details|information|history|record)|positions?\s+held|references?|remarks|comments|reasons?\s+for\s+leaving|performance|conduct|attendance)\b",
    )
}

/// A line that announces a list: "... as follows", "... the following tasks".
fn announces_list() -> &'static Regex {
    static CELL: OnceLock<Regex> = OnceLock::new();
    regex(
        &CELL,
        r"(?i)(\bthe\s+following(\s+\w+){0,2}|\bas\s+follows|\b(listed|outlined|described|set\s+out|shown)\s+below|\bbelow)\s*[.]?\s*$",
    )
}

/// "Label: value" lines that state the employment, never a duty even with a bullet.
fn field_label() -> &'static Regex {
    static CELL: OnceLock<Regex> = OnceLock::new();
    regex(
        &CELL,
        r"(?i)^(position(\s+held)?|current\s+position|job\s+title|title|designation|occupation|start\s+date|end\s+date|date\s+of\s+(hire|joining)|dates?(\s+of\s+employment)?|employment\s+(dates?|period|status|type)|period(\s+of\s+employment)?|hours(\s+of\s+work|\s+per\s+week|\s+worked)?|work\s+schedule|schedule|salary|wages?|(hourly\s+)?rate(\s+of\s+pay)?|pay|compensation|benefits|status|type\s+of\s+employment|(employee\s+)?name|employee|department|location|supervisor|manager|reason\s+for\s+leaving|report(s|ing)\s+to)\s*:",
    )
}

/// "Duties: cooking, cleaning and serving": a duties label with the duties on the same line.
fn inline_duties() -> &'static Regex {
    static CELL: OnceLock<Regex> = OnceLock::new();
    regex(
        &CELL,
        r"(?i)^((main|key|primary|principal|major|job|specific|daily|her|his|their)\s+)*(duties|responsibilities|tasks)(\s+(and|&)\s+responsibilities)?(\s+(include|included|includes|were|are))?\s*[:\-–]\s+(?P<duties>\S.*)$",
    )
}

/// Words that may follow "duties" in a heading: "Main duties and responsibilities of the
/// position", "Duties performed".
fn is_heading_filler(word: &str) -> bool {
    #[rustfmt::skip]
    const WORDS: &[&str] = &[
        "and", "include", "included", "includes", "are", "were", "is", "was", "performed", "as",
        "follows", "following", "of", "the", "position", "role", "job", "in", "this", "that",
        "her", "his", "their", "at", "with", "us", "our", "company", "for", "summary", "list",
        "main", "key", "daily", "including", "held", "a", "an", "but", "not", "limited", "to",
        "below", "listed", "performed", "outlined",
    ];
    WORDS.contains(&word.to_lowercase().as_str())
}

/// Whether every longer word starts with a capital, or no letter is lower case: "Key
/// Responsibilities", "JOB DUTIES".
fn is_title_cased(text: &str) -> bool {
    let words: Vec<&str> = super::words::words(text).collect();
    !text.chars().any(char::is_lowercase)
        || words
            .iter()
            .filter(|word| word.chars().count() > 3)
            .all(|word| word.starts_with(char::is_uppercase))
}

/// Whether a line's first word is a verb of work in any form ("Prepare", "Cooking", "Posts").
pub(crate) fn starts_with_work_verb(text: &str) -> bool {
    super::words::words(text)
        .next()
        .is_some_and(|word| work_verb(word).is_some())
}

/// The heading a line without a list marker is, if any. `next_item` says whether the next
/// non-blank line is a list item or begins with a verb of work; `next_marked` whether it has a
/// list marker.
pub(crate) fn heading(trimmed: &str, next_item: bool, next_marked: bool) -> Option<Heading> {
    // A Markdown heading ("## Skills") is a heading whatever its words.
    let markdown = trimmed.starts_with('#');
    let core = trimmed.trim_matches(|c: char| matches!(c, '#' | '*' | '_') || c.is_whitespace());
    let text =
        core.trim_end_matches(|c: char| matches!(c, ':' | '-' | '–' | '—') || c.is_whitespace());
    let colon = text.len() < core.len() || markdown;
    let words: Vec<&str> = super::words::words(text).collect();
    if words.is_empty() || super::marks::not_a_duty().is_match(text) {
        return None;
    }
    let duty = duty_words().is_match(text) && !other_duties().is_match(text);
    let other = section_words().is_match(text) && words.len() <= 8;
    let announces = announces_list().is_match(text);
    if colon || announces {
        return if other && !duty {
            Some(Heading::NotDuties)
        } else if duty || announces || next_item {
            Some(Heading::Duties)
        } else {
            None
        };
    }
    let short = words.len() <= 8 && !text.ends_with(['.', '!', '?', ',', ';']);
    if !short || starts_with_work_verb(text) || read(text, &person_names(text), false).work > 0 {
        return None;
    }
    let cased = is_title_cased(text);
    if duty {
        let after = duty_words()
            .find_iter(text)
            .last()
            .map_or("", |found| &text[found.end()..]);
        if cased || super::words::words(after).all(is_heading_filler) {
            return Some(Heading::Duties);
        }
    }
    if other && (cased || next_marked) && words.len() <= 5 {
        return Some(Heading::NotDuties);
    }
    next_marked.then_some(Heading::Over)
}

/// Whether a line is a "Label: value" statement of the employment ("Salary: $52,000").
pub(crate) fn is_field(text: &str) -> bool {
    field_label().is_match(text.trim())
}

/// The duties written after a duties label on the same line ("Duties: cooking, cleaning").
pub(crate) fn inline_duties_of(text: &str) -> Option<&str> {
    let found = inline_duties().captures(text.trim())?.name("duties")?;
    (super::words::words(found.as_str()).count() >= 3).then_some(found.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn duty_headings_are_found_with_or_without_a_colon() {
        for line in [
            "Duties:",
            "PRIMARY DUTIES & RESPONSIBILITIES",
            "Key Responsibilities",
            "JOB DUTIES",
            "Main duties and responsibilities of the position",
            "In her role, Ms. Lee is responsible for:",
            "Her work was divided as follows:",
            "**Duties**",
        ] {
            assert_eq!(heading(line, false, false), Some(Heading::Duties), "{line}");
        }
    }

    #[test]
    fn duty_lines_and_generic_duties_are_not_headings() {
        for line in [
            "Other duties as assigned",
            "Her duties included bookkeeping and payroll",
            "She handled many tasks",
            "Prepared the payroll",
        ] {
            assert_eq!(heading(line, false, false), None, "{line}");
        }
    }

    #[test]
    fn other_sections_end_the_duties() {
        for line in [
            "Qualifications:",
            "Skills and Abilities",
            "EDUCATION",
            "Requirements:",
            "## Reason for leaving",
            "Reason for leaving",
        ] {
            assert_eq!(
                heading(line, true, true),
                Some(Heading::NotDuties),
                "{line}"
            );
        }
    }

    #[test]
    fn a_short_line_over_a_list_is_a_heading() {
        assert_eq!(
            heading("Payroll (about 10% of her time)", true, true),
            Some(Heading::Over)
        );
        assert_eq!(
            heading("Payroll (about 10% of her time)", false, false),
            None
        );
    }

    #[test]
    fn fields_and_inline_duties() {
        assert!(is_field("Salary: $52,000 per year"));
        assert!(!is_field("Prepared salary reports"));
        assert_eq!(
            inline_duties_of("Duties: cooking, cleaning and serving customers"),
            Some("cooking, cleaning and serving customers")
        );
        assert_eq!(inline_duties_of("Duties:"), None);
    }
}
