//! The parts of a letter's prose: its sentences, the words and clause breaks of a sentence,
//! and the names of the people it speaks of.

use std::collections::HashSet;
use std::sync::OnceLock;

use crate::pattern::regex;
use regex::Regex;

/// Honorifics, after which come names.
pub(crate) const HONORIFICS: &[&str] = &["mr", "ms", "mrs", "miss", "mx", "dr"];

/// Capitalised words that start a clause, not a name: "that The company has ...".
const NOT_NAMES: &[&str] = &[
    "the", "our", "this", "that", "it", "his", "her", "their", "a", "an", "we", "they", "he",
    "she", "i", "you", "my",
];

/// The employee's and other people's names: the words after "Mr.", "Ms." and the like, and a
/// run of capitalised words after "that" before a verb ("confirm that Andrii Bondarenko worked").
pub(crate) fn person_names(text: &str) -> HashSet<String> {
    static HONORIFIC: OnceLock<Regex> = OnceLock::new();
    static THAT: OnceLock<Regex> = OnceLock::new();
    let honorific = regex(
        &HONORIFIC,
        r"\b(?:Mr|Ms|Mrs|Miss|Mx|Dr)\.?\s+((?:[A-Z][\w'’-]*\s+){0,3}[A-Z][\w'’-]*)",
    );
    let that = regex(
        &THAT,
        r"\b[Tt]hat\s+((?:[A-Z][\w'’-]*\s+){1,4})(?:has|had|was|is|worked|works|joined|started)\b",
    );
    honorific
        .captures_iter(text)
        .chain(that.captures_iter(text))
        .filter_map(|found| found.get(1))
        .flat_map(|names| names.as_str().split_whitespace())
        .filter(|name| {
            let lower = name.to_lowercase();
            !HONORIFICS.contains(&lower.as_str()) && !NOT_NAMES.contains(&lower.as_str())
        })
        .map(str::to_owned)
        .collect()
}

/// The sentences of a line: split after `.`, `!` or `?` before a capital, but not after an
/// honorific, an initial or a company's "Inc." or "Ltd.".
pub(crate) fn sentences(text: &str) -> Vec<&str> {
    const ABBREVIATIONS: &[&str] = &[
        "mr", "ms", "mrs", "dr", "st", "inc", "ltd", "co", "corp", "jr", "sr", "no", "approx",
        "e.g", "i.e", "vs", "ave", "blvd", "rd", "mt", "ft", "sq",
    ];
    let mut found = Vec::new();
    let mut start = 0;
    let bytes = text.as_bytes();
    for (index, c) in text.char_indices() {
        if !matches!(c, '.' | '!' | '?') {
            continue;
        }
        let rest = &text[index + 1..];
        let next = rest.trim_start();
        let spaced = rest.len() > next.len();
        if !spaced || !next.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()) {
            continue;
        }
        let word = text[start..index]
            .rsplit(|c: char| c.is_whitespace() || c == '(')
            .next()
            .unwrap_or_default()
            .to_lowercase();
        let initial = word.chars().count() == 1 && bytes[index - 1].is_ascii_alphabetic();
        if c == '.' && (ABBREVIATIONS.contains(&word.as_str()) || initial) {
            continue;
        }
        found.push(text[start..=index].trim());
        start = index + 1;
    }
    let last = text[start..].trim();
    if !last.is_empty() {
        found.push(last);
    }
    found
}

/// A word or a clause break of a sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Token<'a> {
    Word(&'a str),
    Break,
}

/// A run of word characters, or a break when it has no letter or digit (" - ", " / ").
fn word_or_break(run: &str) -> Token<'_> {
    if run.contains(char::is_alphanumeric) {
        Token::Word(run)
    } else {
        Token::Break
    }
}

/// The words of a sentence, with a break for each comma, semicolon, colon, bracket or dash.
pub(crate) fn tokens(sentence: &str) -> Vec<Token<'_>> {
    let mut tokens = Vec::new();
    let mut start: Option<usize> = None;
    for (index, c) in sentence.char_indices() {
        let in_word = c.is_alphanumeric() || matches!(c, '\'' | '’' | '-' | '/');
        if in_word {
            start.get_or_insert(index);
            continue;
        }
        if let Some(begin) = start.take() {
            tokens.push(word_or_break(&sentence[begin..index]));
        }
        if matches!(c, ',' | ';' | ':' | '(' | ')' | '—' | '–') {
            tokens.push(Token::Break);
        }
    }
    if let Some(begin) = start {
        tokens.push(word_or_break(&sentence[begin..]));
    }
    tokens
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentences_split_after_stops_but_not_after_honorifics() {
        let text = "Mr. Lee joined Acme Ltd. in 2019. He cooks. Ask Dr. Wong!";
        assert_eq!(
            sentences(text),
            [
                "Mr. Lee joined Acme Ltd. in 2019.",
                "He cooks.",
                "Ask Dr. Wong!"
            ]
        );
    }

    #[test]
    fn names_come_after_honorifics_and_after_that() {
        let names = person_names("We confirm that Andrii Bondarenko worked here. Ms. Thu Trang");
        for name in ["Andrii", "Bondarenko", "Thu", "Trang"] {
            assert!(names.contains(name), "{name} in {names:?}");
        }
        let company = person_names("We confirm that The Golden Wok has employed her.");
        assert!(!company.contains("The"), "{company:?}");
    }
}
