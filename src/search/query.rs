//! A query read into the words to look for: as typed, and as each alias it contains expands.

use super::aliases::{Aliases, words};
use super::fold::letters;

/// One word of a reading and how strictly it must match.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Term {
    /// The folded word.
    pub text: String,
    /// Forms of the word to look for: itself, its singular and its "-ies" plural.
    pub variants: Vec<String>,
    /// How loosely the word may match.
    pub reach: Reach,
    /// The letters every form of the word has (see [`letters`]).
    pub letters: u64,
}

/// How loosely a term may match a title.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reach {
    /// Only as a whole word (or its plural): an alias, or the words an alias stands for.
    Word,
    /// As a whole word or the start of one: a word of one to three letters, which would match
    /// nearly every title if it could fall anywhere.
    Prefix,
    /// Anywhere, and as a fuzzy subsequence (as in fzf).
    Fuzzy,
}

/// Words of three letters or fewer only match at the start of a word.
const SHORT_WORD: usize = 3;

impl Term {
    fn new(text: &str, reach: Reach) -> Term {
        let mut variants = vec![text.to_owned()];
        if let Some(singular) = singular(text) {
            variants.push(singular);
        }
        if let Some(stem) = text.strip_suffix('y')
            && text.len() > SHORT_WORD
        {
            variants.push(format!("{stem}ies"));
        }
        let letters = variants
            .iter()
            .fold(letters(text), |set, variant| set & letters(variant));
        Term {
            text: text.to_owned(),
            variants,
            reach,
            letters,
        }
    }

    /// A word as the user typed it.
    fn typed(text: &str) -> Term {
        let reach = if text.chars().count() <= SHORT_WORD {
            Reach::Prefix
        } else {
            Reach::Fuzzy
        };
        Term::new(text, reach)
    }

    fn whole(text: &str) -> Term {
        Term::new(text, Reach::Word)
    }
}

/// One way to read the query: every term must match.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reading {
    pub terms: Vec<Term>,
    /// The terms joined by spaces, to find the words together and in order.
    pub phrase: String,
    /// The letters a title needs to match every term.
    pub letters: u64,
}

impl Reading {
    fn new(terms: Vec<Term>) -> Reading {
        let phrase = terms
            .iter()
            .map(|term| term.text.as_str())
            .collect::<Vec<_>>()
            .join(" ");
        let letters = terms.iter().fold(0, |set, term| set | term.letters);
        Reading {
            terms,
            phrase,
            letters,
        }
    }
}

/// A text query, read.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct TextQuery {
    /// Every reading; a title matches the query when it matches any.
    pub readings: Vec<Reading>,
    /// Unit groups the whole query names through an alias, best first.
    pub pinned: Vec<String>,
}

/// At most this many readings, however many aliases a query holds.
const MAX_READINGS: usize = 8;

/// Reads `query` (already cleaned of "NOC" and trailing punctuation).
pub fn read(query: &str, aliases: &Aliases) -> TextQuery {
    let words = words(query);
    let typed: Vec<&str> = words.iter().map(String::as_str).collect();
    if typed.is_empty() {
        return TextQuery::default();
    }
    if let Some(alias) = aliases.get(&typed) {
        // The whole query is an alias: the abbreviation as a word ("(R.N.)"), then what it
        // stands for.
        let mut readings = vec![Reading::new(typed.iter().map(|w| Term::whole(w)).collect())];
        for expansion in alias.expansions.iter().filter(|e| !e.is_empty()) {
            readings.push(Reading::new(
                expansion.iter().map(|w| Term::whole(w)).collect(),
            ));
        }
        return TextQuery {
            readings,
            pinned: alias.codes.clone(),
        };
    }
    let mut partial: Vec<Vec<Term>> = vec![Vec::new()];
    let mut start = 0;
    while start < typed.len() {
        let alias = (1..=aliases.longest().min(typed.len() - start))
            .rev()
            .find_map(|length| {
                aliases
                    .get(&typed[start..start + length])
                    .map(|alias| (alias, length))
            });
        let Some((alias, length)) = alias else {
            for terms in &mut partial {
                terms.push(Term::typed(typed[start]));
            }
            start += 1;
            continue;
        };
        let as_typed: Vec<Term> = typed[start..start + length]
            .iter()
            .map(|w| Term::typed(w))
            .collect();
        let choices = std::iter::once(as_typed).chain(
            alias
                .expansions
                .iter()
                .map(|expansion| expansion.iter().map(|w| Term::whole(w)).collect()),
        );
        let choices: Vec<Vec<Term>> = choices.collect();
        partial = partial
            .iter()
            .flat_map(|terms| {
                choices.iter().map(move |choice| {
                    let mut terms = terms.clone();
                    terms.extend(choice.iter().cloned());
                    terms
                })
            })
            .take(MAX_READINGS)
            .collect();
        start += length;
    }
    TextQuery {
        readings: partial
            .into_iter()
            .filter(|terms| !terms.is_empty())
            .map(Reading::new)
            .collect(),
        pinned: Vec::new(),
    }
}

/// The singular of an English plural ("nurses", "secretaries", "coaches"), if `word` looks
/// like one.
pub(crate) fn singular(word: &str) -> Option<String> {
    if word.len() <= SHORT_WORD + 1 {
        return None;
    }
    if let Some(stem) = word.strip_suffix("ies") {
        return Some(format!("{stem}y"));
    }
    for ending in ["sses", "ches", "shes", "xes"] {
        if word.ends_with(ending) {
            return Some(word[..word.len() - 2].to_owned());
        }
    }
    if word.ends_with('s') && !["ss", "us", "is"].iter().any(|e| word.ends_with(e)) {
        return Some(word[..word.len() - 1].to_owned());
    }
    None
}

#[cfg(test)]
pub(crate) mod tests_support {
    use super::{Reading, Term};

    /// A reading of one word as typed.
    pub fn fuzzy_reading(word: &str) -> Reading {
        Reading::new(vec![Term::typed(word)])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn aliases() -> Aliases {
        Aliases::parse("rn\tregistered nurse\t31301\nhr\thuman resources\n").expect("valid")
    }

    fn phrases(query: &TextQuery) -> Vec<&str> {
        query.readings.iter().map(|r| r.phrase.as_str()).collect()
    }

    #[test]
    fn a_whole_alias_pins_its_codes_and_matches_whole_words() {
        let query = read("R.N.", &aliases());
        assert_eq!(phrases(&query), ["rn", "registered nurse"]);
        assert_eq!(query.pinned, ["31301"]);
        assert!(
            query.readings[0]
                .terms
                .iter()
                .all(|t| t.reach == Reach::Word)
        );
    }

    #[test]
    fn an_alias_inside_a_query_adds_a_reading() {
        let query = read("HR manager", &aliases());
        assert_eq!(phrases(&query), ["hr manager", "human resources manager"]);
        assert!(query.pinned.is_empty());
        assert_eq!(query.readings[0].terms[0].reach, Reach::Prefix);
        assert_eq!(query.readings[0].terms[1].reach, Reach::Fuzzy);
    }

    #[test]
    fn plurals_and_singulars() {
        assert_eq!(singular("nurses").as_deref(), Some("nurse"));
        assert_eq!(singular("secretaries").as_deref(), Some("secretary"));
        assert_eq!(singular("coaches").as_deref(), Some("coach"));
        assert_eq!(singular("business"), None);
        assert_eq!(singular("bus"), None);
        assert_eq!(Term::typed("nanny").variants, ["nanny", "nannies"]);
    }
}
