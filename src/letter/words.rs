//! Words as the letter analysis compares them: stems that agree across tense and inflection
//! ("kept" and "keeps" are "keep"), and template placeholders blanked out.

use std::borrow::Cow;
use std::sync::OnceLock;

use regex::Regex;
use rust_stemmers::{Algorithm, Stemmer};

use crate::pattern::regex;

/// Past tenses and third persons the stemmer does not bring back to their verb.
const IRREGULAR: &[(&str, &str)] = &[
    ("did", "do"),
    ("does", "do"),
    ("done", "do"),
    ("made", "make"),
    ("took", "take"),
    ("taken", "take"),
    ("kept", "keep"),
    ("drove", "drive"),
    ("driven", "drive"),
    ("ran", "run"),
    ("led", "lead"),
    ("built", "build"),
    ("taught", "teach"),
    ("sold", "sell"),
    ("bought", "buy"),
    ("wrote", "write"),
    ("written", "write"),
    ("gave", "give"),
    ("given", "give"),
    ("met", "meet"),
    ("held", "hold"),
    ("sent", "send"),
    ("spent", "spend"),
    ("brought", "bring"),
    ("dealt", "deal"),
    ("oversaw", "oversee"),
    ("overseen", "oversee"),
    ("got", "get"),
    ("fed", "feed"),
    ("dug", "dig"),
    ("drew", "draw"),
    ("drawn", "draw"),
    ("swept", "sweep"),
    ("hung", "hang"),
    ("laid", "lay"),
    ("told", "tell"),
    ("found", "find"),
    ("chose", "choose"),
    ("ground", "grind"),
    ("spoke", "speak"),
    ("rode", "ride"),
    ("flew", "fly"),
    ("stood", "stand"),
    ("lit", "light"),
    ("sought", "seek"),
    ("understood", "understand"),
    ("undertook", "undertake"),
    ("wove", "weave"),
    ("sewed", "sew"),
    ("sewn", "sew"),
    ("went", "go"),
    ("goes", "go"),
    ("has", "have"),
    ("had", "have"),
    ("was", "be"),
    ("were", "be"),
    ("is", "be"),
    ("are", "be"),
    ("been", "be"),
    ("paid", "pay"),
    ("left", "leave"),
    ("began", "begin"),
    ("begun", "begin"),
];

fn stemmer() -> &'static Stemmer {
    static CELL: OnceLock<Stemmer> = OnceLock::new();
    CELL.get_or_init(|| Stemmer::create(Algorithm::English))
}

/// The stem of a word, lower-cased, with irregular verb forms brought back to their verb first:
/// "Kept", "keeps" and "keeping" all give "keep".
pub(crate) fn stem(word: &str) -> String {
    let lower = word.to_lowercase();
    let base = IRREGULAR
        .iter()
        .find(|(form, _)| *form == lower)
        .map_or(lower.as_str(), |(_, verb)| verb);
    stemmer().stem(base).into_owned()
}

/// Whether a word is an irregular past tense or third person of a verb ("kept", "does").
pub(crate) fn is_irregular_form(word: &str) -> bool {
    let lower = word.to_lowercase();
    IRREGULAR.iter().any(|(form, _)| *form == lower)
}

/// Lower-case runs of letters (with inner apostrophes and hyphens), in order.
pub(crate) fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’' || c == '-'))
        .map(|word| word.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|word| !word.is_empty())
}

/// Words that carry no content of their own, for comparing statements.
pub(crate) fn is_function_word(word: &str) -> bool {
    const WORDS: &[&str] = &[
        "a", "an", "the", "and", "or", "of", "to", "in", "on", "for", "with", "by", "at", "from",
        "as", "such", "other", "all", "any", "their", "his", "her", "its", "our", "this", "that",
        "these", "those", "into", "onto", "be", "is", "are", "was", "were", "also", "may", "s",
    ];
    WORDS.contains(&word.to_lowercase().as_str())
}

/// A template placeholder: text in square brackets, "[Job title]".
fn placeholder() -> &'static Regex {
    static CELL: OnceLock<Regex> = OnceLock::new();
    regex(&CELL, r"\[[^\]]*\]")
}

/// The text with every `[placeholder]` replaced by spaces, so that a template's sample values
/// ("[40 hours per week]") are not taken for the real thing. Positions are kept.
pub(crate) fn blank_placeholders(text: &str) -> Cow<'_, str> {
    placeholder().replace_all(text, |found: &regex::Captures| " ".repeat(found[0].len()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tenses_and_inflections_share_a_stem() {
        for forms in [
            ["keep", "kept", "keeping"],
            ["prepare", "prepared", "prepares"],
            ["do", "did", "does"],
        ] {
            let stems: Vec<String> = forms.iter().map(|w| stem(w)).collect();
            assert!(stems.iter().all(|s| *s == stems[0]), "{forms:?}: {stems:?}");
        }
        assert_ne!(stem("keep"), stem("prepare"));
    }

    #[test]
    fn words_keep_inner_hyphens_and_apostrophes() {
        let found: Vec<&str> =
            words("Prepared (weekly) follow-up calls; the owner's list.").collect();
        assert_eq!(
            found,
            [
                "Prepared",
                "weekly",
                "follow-up",
                "calls",
                "the",
                "owner's",
                "list"
            ]
        );
    }

    #[test]
    fn placeholders_become_blanks_of_the_same_length() {
        let text = "Works [40 hours per week] at $20";
        let blanked = blank_placeholders(text);
        assert_eq!(blanked.len(), text.len());
        assert!(!blanked.contains("40"));
        assert!(blanked.contains("$20"));
    }
}
