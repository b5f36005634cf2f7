//! Parts of a letter found by their place: the letterhead is the organisation's name and
//! address block the letter starts with, and the signer is the name and job title after the
//! closing ("Tom Lee - Owner", "Tom Lee (Owner)", or "Jane Doe, CPA" with "Controller" on the
//! next line).

use std::sync::OnceLock;

use regex::Regex;

use super::lines::{LetterLine, LineKind};
use super::marks::not_a_duty;
use super::words::blank_placeholders;
use crate::pattern::regex;

/// A street address, a postal or ZIP code, a PO box or a "City, Province" line.
fn address() -> &'static Regex {
    static CELL: OnceLock<Regex> = OnceLock::new();
    regex(
        &CELL,
        r"(?i)\b[A-Z][0-9][A-Z]\s?[0-9][A-Z][0-9]\b|\b[0-9]{5}(-[0-9]{4})?\b\s*$|\b[0-9]+\s+[\w.' ]+\s(street|st|avenue|ave|road|rd|drive|dr|boulevard|blvd|way|lane|ln|crescent|cres|court|ct|highway|hwy|place|pl|parkway|suite|unit|trail|terrace|square|sq)\b|\bp\.?\s?o\.?\s+box\b|,\s*(AB|BC|MB|NB|NL|NS|NT|NU|ON|PE|PEI|QC|SK|YT|Alberta|British\s+Columbia|Manitoba|New\s+Brunswick|Newfoundland(\s+and\s+Labrador)?|Nova\s+Scotia|Ontario|Quebec|Québec|Saskatchewan|Yukon|Prince\s+Edward\s+Island)\b",
    )
}

/// A line that is only a date: "March 3, 2025", "14 February 2025", "Date: 11-Mar-2025".
pub(crate) fn date_line() -> &'static Regex {
    static CELL: OnceLock<Regex> = OnceLock::new();
    regex(
        &CELL,
        r"(?i)^\s*(date\s*:?\s*)?([a-z]{3,9}\.?\s+[0-9]{1,2}(st|nd|rd|th)?,?\s+[0-9]{4}|[0-9]{1,2}(st|nd|rd|th)?\s+(of\s+)?[a-z]{3,9}\.?,?\s+[0-9]{4}|[0-9]{4}[-/.][0-9]{1,2}[-/.][0-9]{1,2}|[0-9]{1,2}[-/.][a-z0-9]{1,9}[-/.][0-9]{2,4})\s*$",
    )
}

/// The line of the letterhead's address, if the letter starts with an organisation's block:
/// the lines before the date, the greeting or the first paragraph.
pub(crate) fn letterhead(lines: &[&LetterLine]) -> Option<usize> {
    lines
        .iter()
        .take_while(|line| {
            let text = line.text.trim();
            line.kind == LineKind::Other
                && !date_line().is_match(text)
                && !not_a_duty().is_match(text)
                && text.split_whitespace().count() <= 12
        })
        .find(|line| address().is_match(&blank_placeholders(&line.text)))
        .map(|line| line.number)
}

/// Words that close a letter; the signer's name follows.
pub(crate) fn closing() -> &'static Regex {
    static CELL: OnceLock<Regex> = OnceLock::new();
    regex(
        &CELL,
        r"(?i)^\s*(?:(?:sincerely|(?:with\s+)?(?:(?:best|kind|kindest|warm|warmest)\s+)?regards|best\s+wishes|yours\s+(?:truly|sincerely|faithfully)|respectfully(?:\s+yours)?|cordially|thank\s+you|thanks)\b|best\s*,)",
    )
}

/// A person's name, alone or followed by a title or credentials: "Tom Lee", "per: Dan Ferreira,
/// Office Manager", "Jane Doe, CPA", "Tom Lee - Owner", "Tom Lee (Owner)".
fn name_line() -> &'static Regex {
    static CELL: OnceLock<Regex> = OnceLock::new();
    regex(
        &CELL,
        r"^\s*(?:(?i:per|by|signed|name)\s*:?\s+)?(?:(?:Mr|Ms|Mrs|Miss|Dr)\.?\s+)?(?P<name>\p{Lu}[\w'’.-]*(?:\s+(?:\p{Lu}[\w'’.-]*|de|da|del|dela|van|von|der|den|la|le|bin|al|el)){1,4})\s*(?P<rest>(?:,|\s[-–—]\s|\||\().*)?$",
    )
}

/// Job titles a signer holds (a word of the title line).
#[rustfmt::skip]
const TITLE_WORDS: &[&str] = &[
    "owner", "co-owner", "employer", "manager", "director", "president", "vice-president", "vp",
    "ceo", "cfo", "coo", "cto", "chief", "head", "chef", "supervisor", "superintendent", "foreman",
    "forewoman", "lead", "controller", "comptroller", "officer", "administrator", "principal",
    "partner", "proprietor", "founder", "coordinator", "co-ordinator", "advisor", "adviser",
    "consultant", "specialist", "generalist", "accountant", "pharmacist", "engineer", "physician",
    "dentist", "executive", "chair", "chairman", "chairperson", "chairwoman", "treasurer",
    "secretary", "recruiter", "dean", "leader", "representative", "assistant", "clerk", "analyst",
    "bookkeeper", "nurse", "registrar", "hr", "payroll", "operator", "superviser",
];

/// The legal form that ends an organisation's name.
const LEGAL_FORMS: &[&str] = &[
    "inc",
    "ltd",
    "ltée",
    "llc",
    "llp",
    "corp",
    "corporation",
    "co",
    "company",
    "limited",
];

/// Words of an organisation's name, which is not a person's.
#[rustfmt::skip]
const COMPANY_WORDS: &[&str] = &[
    "inc", "ltd", "ltée", "llc", "llp", "corp", "corporation", "co", "company", "limited", "group",
    "society", "association", "restaurant", "restaurants", "hospital", "centre", "center",
    "services", "solutions", "enterprises", "holdings", "department", "clinic",
];

fn has_word(text: &str, set: &[&str]) -> bool {
    text.split(|c: char| !c.is_alphanumeric())
        .any(|word| set.contains(&word.to_lowercase().as_str()))
}

/// A line that names a job: a title word, a few words, no organisation and no contact details.
/// A line of parts ("Owner, Lakeside Grill Ltd.", "Title: Owner") is one if a part is.
fn is_title(text: &str) -> bool {
    text.split([',', '|', '(', ')', ';'])
        .flat_map(|part| part.split(" - "))
        .map(|part| {
            let part = part.trim();
            part.split_once(':')
                .filter(|(label, _)| label.split_whitespace().count() <= 2)
                .map_or(part, |(_, value)| value.trim())
        })
        .any(|part| {
            has_word(part, TITLE_WORDS)
                && !has_word(part, LEGAL_FORMS)
                && part.split_whitespace().count() <= 8
                && !part.contains(|c: char| c.is_ascii_digit() || c == '@')
        })
}

/// The line of the signer's name, when a name with a title (on its line or the next) follows the
/// closing, or the last duty when the letter has no closing.
pub(crate) fn signer(lines: &[&LetterLine]) -> Option<usize> {
    let start = lines
        .iter()
        .rposition(|line| closing().is_match(&line.text))
        .or_else(|| lines.iter().rposition(|line| line.kind == LineKind::Duty))
        .map_or(0, |index| index + 1);
    let texts: Vec<(usize, String)> = lines[start.min(lines.len())..]
        .iter()
        .filter(|line| line.kind == LineKind::Other)
        .map(|line| {
            (
                line.number,
                blank_placeholders(&line.text).trim().to_owned(),
            )
        })
        .filter(|(_, text)| !text.is_empty())
        .collect();
    texts
        .iter()
        .enumerate()
        .find_map(|(index, (number, text))| {
            let found = name_line().captures(text)?;
            let name = found.name("name")?.as_str();
            if has_word(name, TITLE_WORDS) || has_word(name, COMPANY_WORDS) {
                return None;
            }
            let rest = found.name("rest").map_or("", |rest| rest.as_str());
            let titled =
                is_title(rest) || texts.get(index + 1).is_some_and(|(_, next)| is_title(next));
            titled.then_some(*number)
        })
}

/// The greeting that opens the body of a letter.
fn greeting() -> &'static Regex {
    static CELL: OnceLock<Regex> = OnceLock::new();
    regex(&CELL, r"(?i)^\s*(to\s+whom|dear\b)")
}

/// A reference line, which may open the body of a letter with no greeting.
fn reference() -> &'static Regex {
    static CELL: OnceLock<Regex> = OnceLock::new();
    regex(&CELL, r"(?i)^\s*(re|subject)\s*:")
}

/// How far from the top a letter's date or reference line may stand.
const HEAD_LINES: usize = 15;

/// The lines of the letter's body: after the greeting (or, without one, the date or reference
/// line near the top: the letterhead and address come before it) and before the closing
/// ("Sincerely,", "Thank you"; the signature block follows). A letter without them is all body.
pub(crate) fn body(raws: &[&str]) -> std::ops::Range<usize> {
    let start = raws
        .iter()
        .position(|raw| greeting().is_match(raw))
        .or_else(|| {
            raws.iter()
                .take(HEAD_LINES)
                .position(|raw| reference().is_match(raw) || date_line().is_match(raw.trim()))
        })
        .unwrap_or(0);
    let end = raws[start..]
        .iter()
        .position(|raw| closing().is_match(raw) && raw.split_whitespace().count() <= 4)
        .map_or(raws.len(), |offset| start + offset);
    start..end
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::letter::split_lines;

    fn with_lines<T>(text: &str, find: impl Fn(&[&LetterLine]) -> T) -> T {
        let lines = split_lines(text, false);
        let borrowed: Vec<&LetterLine> = lines.iter().collect();
        find(&borrowed)
    }

    #[test]
    fn a_signer_is_a_name_with_a_title() {
        for ending in [
            "Sincerely,\nTom Lee - Owner",
            "Sincerely,\nTom Lee (Owner)",
            "Regards,\nJane Doe, CPA\nController",
            "Thank you\n\nWei Chen\nHead Chef",
            "(signed)\nMarc Gagnon\nDirector of Operations",
            "Kind regards,\nSharon McAllister\nCentre Director",
            "With best regards,\nÉlise Gagné\nDirectrice générale / General Manager",
            "Yours truly,\nper: Dan Ferreira, Office Manager",
            "Yours truly,\nLakeside Grill Ltd.\nPer: Paul Archer\nOwner",
            "Sincerely,\nPaul Archer, Owner, Lakeside Grill Ltd.",
            "Sincerely,\nName: Paul Archer\nTitle: General Manager",
        ] {
            let text = format!("Duties:\n- Cooked meals for guests\n\n{ending}\n");
            assert!(with_lines(&text, signer).is_some(), "{ending}");
        }
    }

    #[test]
    fn a_name_without_a_title_or_a_placeholder_title_is_no_signer() {
        for ending in [
            "Thanks\n\nJaswinder Singh\nSingh Transport Inc.",
            "Sincerely,\nFirstname Lastname\n[Signer's job title]",
            "Sincerely,\nHuman Resources Advisor",
        ] {
            assert_eq!(with_lines(ending, signer), None, "{ending}");
        }
    }

    #[test]
    fn the_letterhead_is_the_block_the_letter_starts_with() {
        let head =
            "ACME LTD.\n12 King Street West, Toronto, ON M5H 1A1\n\nMarch 3, 2025\n\nDear Sir,";
        assert_eq!(with_lines(head, letterhead), Some(2));
        let dated = "June 3, 2024\n\nTo Whom It May Concern,\n\nI, Ann Roe, of 47 Elm Crescent, Kelowna BC, confirm that ...";
        assert_eq!(with_lines(dated, letterhead), None);
        let name_only = "Tony's Pizza\n\nMarch 3, 2025";
        assert_eq!(with_lines(name_only, letterhead), None);
    }
}
