//! What one line of a letter shows on its face, whatever its place: a list marker, a line that
//! is never a duty (a greeting, a closing, a page number), contact details.

use std::sync::OnceLock;

use crate::pattern::regex;
use regex::Regex;

/// A list marker at the start of a line: -, *, •, –, 1., 1), a), (a), i., (B). A capital and a
/// stop ("J. Smith") is an initial, not a marker.
fn list_marker() -> &'static Regex {
    static CELL: OnceLock<Regex> = OnceLock::new();
    regex(
        &CELL,
        r"^\s*(?:[-*•·–—▪■●◦‣+>✓✔➢➤►→○□◆◇❖▸➔⁃∙\u{F0B7}\u{F0A7}\u{F0D8}]|\(?(?:[0-9]{1,2}|[a-z]|[ivx]{1,4})[.)]|\(?[A-Z]\)|\([A-Z]{1,4}\)|o\s)\s*",
    )
}

/// Where the list marker of a line ends, if it has one. A marker with no space after it counts
/// only before a letter ("*Preparing"), and a number only before a capital ("1.Prepared"), so
/// that "-5 degrees", "+1 604 555 0100" and "3.5 hours" are not list items.
pub(crate) fn marker_end(raw: &str) -> Option<usize> {
    let found = list_marker().find(raw)?;
    let marker = found.as_str().trim();
    let rest = &raw[found.end()..];
    let spaced = found.as_str().ends_with(char::is_whitespace);
    let touching = if marker.starts_with(|c: char| c.is_ascii_digit()) {
        rest.starts_with(char::is_uppercase)
    } else {
        rest.starts_with(char::is_alphabetic)
    };
    // Word's hollow bullet is a letter "o": only before a capital ("o Prepared", not "o the").
    if marker == "o" {
        return rest.starts_with(char::is_uppercase).then_some(found.end());
    }
    (spaced || touching).then_some(found.end())
}

/// Whether a line is a list item: it starts with a bullet, a number or a letter.
pub(crate) fn is_list_item(raw: &str) -> bool {
    marker_end(raw).is_some()
}

/// Lines that are never duties, whatever their place.
pub(crate) fn not_a_duty() -> &'static Regex {
    static CELL: OnceLock<Regex> = OnceLock::new();
    regex(
        &CELL,
        r"(?ix)^\s*(
            to\s+whom | dear\b | re\s*: | subject\s*: | sincerely | regards | best\s+regards | yours\b
          | respectfully | thank\s+you | thanks\b | please\s+(contact|call|feel|do\s+not|accept|be\s+advised) | \(signed\)
          | signature\s*(:|_|$) | (tel|telephone|phone|cell|mobile|fax|e-?mail)\b\s*[.:\#(+0-9]
          | www\. | https?:// | if\s+(you|any|there) | should\s+you
          | for\s+(any|further|more|additional)\b | feel\s+free | do\s+not\s+hesitate | cc\s*: | encl
          | (contact|call|email|reach)\s+(me|us|the\s+undersigned) | attached | enclosed | see\s+attached
          | page\s+[0-9]+(\s+of\s+[0-9]+)?\s*$
        )",
    )
}

/// A telephone number, an email address or a web address.
pub(crate) fn contact() -> &'static Regex {
    static CELL: OnceLock<Regex> = OnceLock::new();
    regex(
        &CELL,
        r"(?i)[0-9]{3}\)?[\s.\-][0-9]{3}[\s.\-][0-9]{4}|\+[0-9][0-9\s.\-]{8,}[0-9]|[\w.+\-]+@[\w\-]+\.\w|\bwww\.|https?://",
    )
}
