//! Scoring one title against a reading of the query.
//!
//! Whole words beat the start of a word, which beats the inside of one, which beats a fuzzy
//! match. A word that names the job (the title's head noun: "teacher" in "teacher - seminary",
//! not in "teacher's aide") scores more again, most of all in the unit group's own title.

use super::query::{Reach, Reading, Term};

const WORD: i64 = 100;
const WORD_START: i64 = 60;
const INSIDE_WORD: i64 = 25;
/// The most a fuzzy match of one term scores: a gapless one. Each character of gap costs one.
const FUZZY_MAX: i64 = 20;
/// A term that is the head noun of the title.
const HEAD_WORD: i64 = 120;
/// A term that starts the head noun, as while it is being typed.
const HEAD_START: i64 = 50;
/// Matching the unit group's own title rather than an example title.
const TITLE: i64 = 15;
/// The unit group's own title names the job.
const TITLE_HEAD: i64 = 40;
/// Several terms found together, in the order typed.
const PHRASE: i64 = 50;
/// The title is exactly the query.
const EXACT: i64 = 150;
/// The most a long title loses for its length.
const LENGTH_MAX: i64 = 25;

/// How one title scored.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Score {
    pub value: i64,
    /// Whether a whole term named the job (the head noun).
    pub names_job: bool,
}

/// Whether `text` can match `term` at all: the cheap test before scoring.
pub fn may_match(term: &Term, text: &str) -> bool {
    term.variants.iter().any(|v| text.contains(v.as_str()))
        || (term.reach == Reach::Fuzzy && is_subsequence(&term.text, text))
}

/// The score of the folded `text` for `reading`, if every term matches.
pub fn score(text: &str, is_title: bool, reading: &Reading) -> Option<Score> {
    if !reading.terms.iter().all(|term| may_match(term, text)) {
        return None;
    }
    let heads = heads(text);
    let mut value = 0;
    let mut names_job = false;
    for term in &reading.terms {
        let found = find(term, text, &heads)?;
        value += found.value;
        names_job |= found.names_job;
    }
    if is_title {
        value += TITLE + if names_job { TITLE_HEAD } else { 0 };
    }
    if text == reading.phrase {
        value += EXACT;
    } else if reading.terms.len() > 1 && text.contains(&reading.phrase) {
        value += PHRASE;
    }
    // Among equal matches, the shorter title is the closer one.
    value -= (text.chars().count() as i64 / 4).min(LENGTH_MAX);
    Some(Score { value, names_job })
}

/// The folded characters `reading` matched in `text`, ascending.
pub fn marks(text: &str, reading: &Reading) -> Vec<usize> {
    let heads = heads(text);
    let mut marks = Vec::new();
    for term in &reading.terms {
        match find(term, text, &heads) {
            Some(Found {
                span: Some((start, end)),
                ..
            }) => {
                let first = text[..start].chars().count();
                marks.extend(first..first + text[start..end].chars().count());
            }
            Some(Found { span: None, .. }) => {
                if let Some((start, end)) = fuzzy_window(&term.text, text) {
                    let first = text[..start].chars().count();
                    let mut wanted = term.text.chars().peekable();
                    for (offset, c) in text[start..end].chars().enumerate() {
                        if wanted.next_if_eq(&c).is_some() {
                            marks.push(first + offset);
                        }
                    }
                }
            }
            None => {}
        }
    }
    marks.sort_unstable();
    marks.dedup();
    marks
}

struct Found {
    value: i64,
    names_job: bool,
    /// The bytes matched, or `None` for a fuzzy match.
    span: Option<(usize, usize)>,
}

/// The best place `term` matches in `text`.
fn find(term: &Term, text: &str, heads: &[usize]) -> Option<Found> {
    let bytes = text.as_bytes();
    let mut best: Option<Found> = None;
    for variant in &term.variants {
        for (start, _) in text.match_indices(variant.as_str()) {
            let end = start + variant.len();
            let starts_word = start == 0 || !is_word_byte(bytes[start - 1]);
            let ends_word = ends_word(&text[end..]);
            let at_head = starts_word && heads.contains(&start);
            let (value, names_job) = match (starts_word, ends_word) {
                (true, true) if at_head => (WORD + HEAD_WORD, true),
                (true, true) => (WORD, false),
                (true, false) if term.reach == Reach::Word => continue,
                (true, false) if at_head => (WORD_START + HEAD_START, false),
                (true, false) => (WORD_START, false),
                (false, _) if term.reach != Reach::Fuzzy => continue,
                (false, _) => (INSIDE_WORD, false),
            };
            if best.as_ref().is_none_or(|b| value > b.value) {
                best = Some(Found {
                    value,
                    names_job,
                    span: Some((start, end)),
                });
            }
        }
    }
    if best.is_none() && term.reach == Reach::Fuzzy {
        let (start, end) = fuzzy_window(&term.text, text)?;
        let gaps = text[start..end].chars().count() - term.text.chars().count();
        best = Some(Found {
            value: (FUZZY_MAX - gaps as i64).max(1),
            names_job: false,
            span: None,
        });
    }
    best
}

/// The shortest stretch of `haystack` (byte range) that holds the characters of `needle` in
/// order, found as fzf's first algorithm does: the leftmost match forward, then tightened
/// backward from where it ended.
fn fuzzy_window(needle: &str, haystack: &str) -> Option<(usize, usize)> {
    let mut wanted = needle.chars().peekable();
    let mut end = None;
    for (position, c) in haystack.char_indices() {
        if wanted.next_if_eq(&c).is_some() && wanted.peek().is_none() {
            end = Some(position + c.len_utf8());
            break;
        }
    }
    let end = end?;
    let mut wanted = needle.chars().rev().peekable();
    for (position, c) in haystack[..end].char_indices().rev() {
        if wanted.next_if_eq(&c).is_some() && wanted.peek().is_none() {
            return Some((position, end));
        }
    }
    None
}

/// Whether a match ending before `rest` ends a word, allowing a plural ending.
fn ends_word(rest: &str) -> bool {
    let rest = rest
        .strip_prefix("es")
        .or_else(|| rest.strip_prefix('s'))
        .filter(|after| after.bytes().next().is_none_or(|b| !is_word_byte(b)))
        .unwrap_or(rest);
    rest.bytes().next().is_none_or(|b| !is_word_byte(b))
}

fn is_word_byte(byte: u8) -> bool {
    byte.is_ascii_alphanumeric() || !byte.is_ascii()
}

/// Words after which a title's head noun has ended ("teacher of braille").
const ENDS_HEAD: &[&str] = &["of", "in", "for", "at", "with", "to", "on", "from"];

/// Where the head nouns of a folded title start: the word that names the job. That is the
/// last word before a qualifier (" - "), a bracket's words aside, or a preposition; in a list
/// ("Web developers and programmers") every plural that ends an item counts too, and both
/// sides of "foreman/woman".
pub fn heads(text: &str) -> Vec<usize> {
    let mut heads = Vec::new();
    let mut last: Option<usize> = None;
    let mut depth = 0u32;
    let mut after_slash: Option<usize> = None;
    let bytes = text.as_bytes();
    let mut position = 0;
    while position < bytes.len() {
        let byte = bytes[position];
        if is_word_byte(byte) {
            let start = position;
            while position < bytes.len() && is_word_byte(bytes[position]) {
                position += 1;
            }
            if depth > 0 {
                continue;
            }
            let word = &text[start..position];
            if ENDS_HEAD.contains(&word) {
                break;
            }
            if word == "and" || word == "or" {
                end_item(text, last.take(), &mut heads);
                continue;
            }
            after_slash = if start > 0 && bytes[start - 1] == b'/' {
                last
            } else {
                None
            };
            last = Some(start);
            continue;
        }
        match byte {
            b'(' | b'[' => depth += 1,
            b')' | b']' => depth = depth.saturating_sub(1),
            b'-' if depth == 0 => break,
            b',' | b';' if depth == 0 => end_item(text, last.take(), &mut heads),
            _ => {}
        }
        position += 1;
    }
    heads.extend(last);
    if let Some(before) = after_slash
        && Some(before) != heads.last().copied()
    {
        heads.push(before);
    }
    heads
}

/// At the end of a list item, its last word is a head noun when it is a plural.
fn end_item(text: &str, last: Option<usize>, heads: &mut Vec<usize>) {
    let Some(start) = last else { return };
    let word: &str = text[start..]
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    if word.len() > 3 && word.ends_with('s') && !word.ends_with("ss") {
        heads.push(start);
    }
}

/// Whether the characters of `needle` appear in `haystack` in order: a cheap filter before the
/// fuzzy score.
fn is_subsequence(needle: &str, haystack: &str) -> bool {
    // Bytes, for speed: exact for ASCII; a rare false hit in other scripts is caught by the
    // character-wise fuzzy window that follows.
    let mut wanted = needle.bytes().peekable();
    for byte in haystack.bytes() {
        if wanted.peek().is_none() {
            break;
        }
        wanted.next_if_eq(&byte);
    }
    wanted.peek().is_none()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn head_words(text: &str) -> Vec<&str> {
        heads(text)
            .into_iter()
            .map(|start| {
                text[start..]
                    .split(|c: char| !c.is_alphanumeric())
                    .next()
                    .unwrap_or("")
            })
            .collect()
    }

    #[test]
    fn the_head_noun_names_the_job() {
        assert_eq!(head_words("teacher - seminary"), ["teacher"]);
        assert_eq!(head_words("teacher's aide"), ["aide"]);
        assert_eq!(head_words("teacher of braille"), ["teacher"]);
        assert_eq!(head_words("developer printer machine tender"), ["tender"]);
        assert_eq!(
            head_words("web developers and programmers"),
            ["developers", "programmers"]
        );
        assert_eq!(
            head_words("heating, refrigeration and air conditioning mechanics"),
            ["mechanics"]
        );
        assert_eq!(head_words("registered nurse (rn.)"), ["nurse"]);
        assert_eq!(
            head_words("senior managers - financial, communications"),
            ["managers"]
        );
        assert_eq!(
            head_words("truck drivers foreman/woman"),
            ["woman", "foreman"]
        );
    }

    #[test]
    fn fuzzy_matches_take_the_tightest_window() {
        assert_eq!(fuzzy_window("bkpr", "bank president"), Some((0, 7)));
        assert_eq!(fuzzy_window("abc", "a xx abc"), Some((5, 8)));
        assert_eq!(fuzzy_window("abc", "acb"), None);
        let reading = crate::search::query::tests_support::fuzzy_reading("bkpr");
        assert_eq!(marks("bookkeeper", &reading), [0, 3, 7, 9]);
    }

    #[test]
    fn subsequence_filter() {
        assert!(is_subsequence("bkpr", "bookkeeper"));
        assert!(is_subsequence("", "anything"));
        assert!(!is_subsequence("rpk", "bookkeeper"));
        assert!(is_subsequence("é", "café"));
    }
}
