//! Reading sentences of a letter: how much of a line says what the applicant did ("he picks up
//! loads at shippers, checks the seals and secures the load" is three things done), and whether
//! the rest states the employment (dates, hours, pay) or judges the person ("she is a reliable
//! worker", "we recommend him").

use std::collections::HashSet;
use std::sync::OnceLock;

use regex::Regex;

use super::sentences::{HONORIFICS, Token, sentences, tokens};
use super::verbs::{VerbForm, work_verb};
use super::words::stem;

fn regex(cell: &'static OnceLock<Regex>, pattern: &str) -> &'static Regex {
    cell.get_or_init(|| Regex::new(pattern).expect("the pattern is valid"))
}

/// Sentences about the job rather than its duties: pay, hours, dates, the hiring.
pub(crate) fn employment_fact() -> &'static Regex {
    static CELL: OnceLock<Regex> = OnceLock::new();
    regex(
        &CELL,
        r"(?ix)(\$\s?[\d,.]+\s*(/|per\b|an?\s+(hour|year|week|month)|each|hourly|annually|yearly|bi-?weekly|weekly|monthly|plus)
          | \b(salary|wages?|hourly\s+rate|rate\s+of\s+pay|pay\s+rate|earns?|earning|earned)\b | \b(is|was|gets|got|being)\s+paid\b
          | \bhours?\s+(per|a|each)\s+week\b | \b\d+(\.\d+)?\s*(hours|hrs)\s+(per|a|each|weekly|/)
          | \b(receives?|eligible|enrolled|entitled|covered|participates?|access\s+to|plus)\b[^.]{0,40}\bbenefits\b
          | \bbenefits\s+(plan|package) | \bbonus\b | \ballowance\b
          | \bthis\s+(letter|is\s+to) | \b(to|hereby|we|i)\s+confirm | \bconfirms?\s+that | \bcertif(y|ies)\b
          | \b(is|was|were|are|been|being|be|currently|presently)\s+employed\b | \bemployed\s+(by|with|at|as|since|from|in)\b | \bhas\s+been\s+(working|employed) | \b(hired|promoted)\s+(as|to|on)\b | \bjoined\s+(us|our|the)\b
          | \bfrom\s+\w+\s+\d{1,2},?\s+\d{4} | \bsince\s+\d{4} | \b(19|20)\d{2}\s*(-|–|to)\s*((19|20)\d{2}|present|date)\b
          | \breports?\s+(directly\s+)?to\b | \bfull[-\s]time\b | \bpart[-\s]time\b)",
    )
}

/// Words that judge the person or close the letter rather than describe work.
fn praise() -> &'static Regex {
    static CELL: OnceLock<Regex> = OnceLock::new();
    regex(
        &CELL,
        r"(?ix)\b(reliable|dependable|hard[-\s]?work(ing|er)|diligent|punctual|honest|trustworthy|loyal|dedicated
          |conscientious|excellent|outstanding|exceptional|valued|valuable|asset|pleasure|pleased|grateful
          |(highly|strongly|would|gladly|happily)\s+recommend|recommend(ed|s)?\s+(him|her|them|mr|ms|mrs|miss|without)
          |wish(es)?\s+(him|her|them)|sorry|re-?hire|team\s+player|good\s+(worker|employee|terms|standing)
          |never\s+(late|absent)|quick\s+learner|learned\s+quickly|great\s+(example|employee|worker|leader)
          |responsible\s+(employee|worker|person|individual|member))\b",
    )
}

/// A phrase that says what the person does, after "is" or "was" or opening an item: "is
/// responsible for ...", "In charge of ...".
fn charge() -> &'static Regex {
    static CELL: OnceLock<Regex> = OnceLock::new();
    regex(
        &CELL,
        r"^(?:(?:also|directly|fully|mainly|primarily|solely)\s+)*(?:responsible\s+(?:for|to)|accountable\s+for|in\s+charge\s+of|tasked\s+with|involved\s+in)\b",
    )
}

/// A sentence that opens a description of the duties: "Her duties included ...".
fn duties_opening() -> &'static Regex {
    static CELL: OnceLock<Regex> = OnceLock::new();
    regex(
        &CELL,
        r"(?i)\b(duties|responsibilities|tasks|work|role|job|functions)\s+(also\s+)?(include|included|includes|involve|involved|involves|consist|consisted|consists|were\s+to|was\s+to|are|were)\b",
    )
}

/// Words that may stand between a subject and its verb: "she also regularly prepares",
/// "he has prepared", "they will prepare".
fn is_between(word: &str) -> bool {
    #[rustfmt::skip]
    const WORDS: &[&str] = &[
        "also", "often", "then", "still", "now", "always", "usually", "sometimes", "further",
        "has", "have", "had", "would", "will", "can", "could", "should", "must", "to",
        "personally", "regularly", "independently", "daily", "routinely", "frequently", "mainly",
        "mostly",
    ];
    WORDS.contains(&word) || (word.len() > 4 && word.ends_with("ly"))
}

/// Words that open a phrase before the clause it belongs to: "As court clerk, ...".
fn is_opening(word: &str) -> bool {
    const WORDS: &[&str] = &[
        "as",
        "in",
        "during",
        "for",
        "at",
        "with",
        "on",
        "after",
        "before",
        "when",
        "while",
        "over",
        "from",
        "under",
        "throughout",
        "besides",
        "within",
        "every",
        "each",
    ];
    WORDS.contains(&word)
}

fn is_copula(word: &str) -> bool {
    [
        "is", "was", "are", "were", "am", "be", "been", "remains", "became",
    ]
    .contains(&word)
}

/// Words that start a new clause in a run of duties.
fn is_conjunction(word: &str) -> bool {
    ["and", "or", "but", "then", "while", "plus", "also"].contains(&word)
}

/// A verb's object that says nothing about the work: "did her work well".
fn generic_object(following: &[&str]) -> bool {
    matches!(
        following,
        [
            "her" | "his" | "their" | "the" | "a",
            "work" | "job" | "duties" | "tasks" | "best" | "good" | "great",
            ..
        ] | ["well" | "hard", ..]
    )
}

/// Who a sentence is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Voice {
    /// He, she, they, I, or the employee by name.
    Employee,
    /// We, you: the employer speaking.
    Employer,
}

/// What one sentence says.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
struct SentenceReading {
    /// Things the employee is said to do.
    work: usize,
    /// Whether the sentence states the employment (dates, hours, pay).
    fact: bool,
    /// Whether it describes or judges the person ("she is ...", "we recommend ...").
    judges: bool,
}

/// An opinion worded as work: "recommend her", "recommend him without hesitation".
fn is_opinion(verb: &str, following: &[&str]) -> bool {
    stem(verb) == "recommend"
        && matches!(
            following.first().copied(),
            Some("him" | "her" | "them" | "mr" | "ms" | "mrs" | "miss" | "without" | "this")
        )
}

/// The lower-cased words after `index`, breaks as empty strings.
fn after(lower: &[String], index: usize) -> Vec<&str> {
    lower[(index + 1).min(lower.len())..]
        .iter()
        .map(String::as_str)
        .collect()
}

/// A sentence being read: its words, lower-cased, and what has been found so far.
struct Reader<'a> {
    tokens: Vec<Token<'a>>,
    lower: Vec<String>,
    reading: SentenceReading,
    /// Who the sentence is about, once a subject and its verb are seen.
    voice: Option<Voice>,
}

impl<'a> Reader<'a> {
    fn new(sentence: &'a str) -> Reader<'a> {
        let tokens = tokens(sentence);
        let lower = tokens
            .iter()
            .map(|token| match token {
                Token::Word(word) => word.to_lowercase(),
                Token::Break => String::new(),
            })
            .collect();
        Reader {
            tokens,
            lower,
            reading: SentenceReading::default(),
            voice: None,
        }
    }

    /// The subject a word is, if any.
    fn subject(&self, index: usize, word: &str, names: &HashSet<String>) -> Option<Voice> {
        let after_honorific = index > 0 && HONORIFICS.contains(&self.lower[index - 1].as_str());
        match self.lower[index].as_str() {
            // "I" is the applicant as often as the employer ("I prepared the payroll"); what
            // the employer says of itself ("I confirm", "I am pleased") is not work anyway.
            "he" | "she" | "they" | "i" => Some(Voice::Employee),
            "we" | "you" => Some(Voice::Employer),
            _ if names.contains(word) || after_honorific => Some(Voice::Employee),
            _ => None,
        }
    }

    /// Reads the verb after the subject at `index`; returns the index after it, or `None` when
    /// no word follows.
    fn predicate(&mut self, index: usize, subject: Voice) -> Option<usize> {
        let mut next = index + 1;
        while next < self.tokens.len() && is_between(&self.lower[next]) {
            next += 1;
        }
        let Some(Token::Word(verb)) = self.tokens.get(next).copied() else {
            return None;
        };
        let pronoun = matches!(
            self.lower[index].as_str(),
            "he" | "she" | "they" | "i" | "we" | "you"
        );
        let verb_lower = self.lower[next].clone();
        let mut rest = after(&self.lower, next);
        let employee = subject == Voice::Employee;
        let mut work = 0;
        let mut judges = false;
        if is_copula(&verb_lower) {
            self.voice = Some(subject);
            // "is also responsible for", "was managing the store", or "is a reliable worker".
            let skipped = rest.iter().take_while(|word| is_between(word)).count();
            rest.drain(..skipped);
            let progressive = match rest.as_slice() {
                [verb, object, ..] => {
                    work_verb(verb) == Some(VerbForm::Gerund)
                        && !object.is_empty()
                        && !generic_object(&rest[1..])
                }
                _ => false,
            };
            if employee && (charge().is_match(&rest.join(" ")) || progressive) {
                work += 1;
            } else {
                judges = true;
            }
        } else if work_verb(verb).is_some() {
            self.voice = Some(subject);
            // Any form counts: "she decide the budgets" is as much work as "she decides".
            if employee && !generic_object(&rest) && !is_opinion(verb, &rest) {
                work += 1;
            }
            judges = !employee;
        } else if pronoun || verb_lower.ends_with("ed") || verb_lower.ends_with('s') {
            self.voice = Some(subject);
            judges = !employee;
        }
        self.reading.work += work;
        self.reading.judges |= judges;
        Some(next + 1)
    }

    /// Reads the sentence. With `implied`, its subject is the employee even when unsaid, as in
    /// a list item ("Mortgage underwriter - reviewed applications and approved files").
    fn read(mut self, sentence: &str, names: &HashSet<String>, implied: bool) -> SentenceReading {
        let opening = sentence.trim_start().to_lowercase();
        self.reading.work += usize::from(duties_opening().is_match(sentence))
            + usize::from(charge().is_match(&opening));
        if implied {
            self.voice = Some(Voice::Employee);
        }
        // A sentence may leave its subject unsaid in its first clause ("Prepared the payroll"),
        // or after an opening phrase ("As court clerk, scheduled the hearings").
        let phrase_first = self.lower.first().is_some_and(|word| is_opening(word));
        let mut unsaid_clauses: usize = if phrase_first { 2 } else { 1 };
        let mut clause_start = true;
        let mut index = 0;
        while index < self.tokens.len() {
            let Token::Word(word) = self.tokens[index] else {
                clause_start = true;
                unsaid_clauses = unsaid_clauses.saturating_sub(1);
                index += 1;
                continue;
            };
            if is_conjunction(&self.lower[index]) {
                clause_start = true;
                index += 1;
                continue;
            }
            if let Some(subject) = self.subject(index, word, names)
                && let Some(next) = self.predicate(index, subject)
            {
                clause_start = false;
                index = next;
                continue;
            }
            if clause_start && !is_between(&self.lower[index]) {
                // A verb opening a clause has the sentence's subject: "..., checks the seals".
                let allowed = match self.voice {
                    Some(Voice::Employee) => true,
                    Some(Voice::Employer) => false,
                    None => unsaid_clauses > 0,
                };
                let rest = after(&self.lower, index);
                let has_object = rest.first().is_some_and(|word| !word.is_empty());
                // "..., making the shoes by hand" once the employee is the subject.
                let form = work_verb(word);
                // Not after a judgement, where it is an adjective: "is a kind and caring nurse".
                let gerund = form == Some(VerbForm::Gerund)
                    && self.voice == Some(Voice::Employee)
                    && !self.reading.judges;
                if allowed
                    && has_object
                    && (form == Some(VerbForm::Finite) || gerund)
                    && !generic_object(&rest)
                    && !is_opinion(word, &rest)
                {
                    self.reading.work += 1;
                }
                clause_start = false;
            }
            index += 1;
        }
        SentenceReading {
            fact: employment_fact().is_match(sentence),
            judges: self.reading.judges || praise().is_match(sentence),
            ..self.reading
        }
    }
}

fn read_sentence(sentence: &str, names: &HashSet<String>, implied: bool) -> SentenceReading {
    Reader::new(sentence).read(sentence, names, implied)
}

/// What a line says, sentence by sentence.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Reading {
    /// Things the employee is said to do, over all sentences.
    pub work: usize,
    /// Sentences mostly about the work.
    pub work_sentences: usize,
    /// Sentences about anything else.
    pub other_sentences: usize,
    /// Whether some sentence states the employment.
    pub fact: bool,
    /// Whether some sentence judges the person or speaks for the employer.
    pub judges: bool,
}

impl Reading {
    /// Whether the line, as prose, is about the work: it names at least three things done, or
    /// its sentences about the work are at least as many as the others.
    pub fn is_about_work(&self) -> bool {
        self.work >= 3 || self.work_sentences >= 1 && self.work_sentences >= self.other_sentences
    }
}

/// Reads a line; `names` are the people the letter names. With `implied`, the line is a list
/// item whose subject is the employee even when unsaid.
pub(crate) fn read(text: &str, names: &HashSet<String>, implied: bool) -> Reading {
    let mut reading = Reading::default();
    for sentence in sentences(text) {
        let one = read_sentence(sentence, names, implied);
        reading.work += one.work;
        reading.fact |= one.fact;
        reading.judges |= one.judges;
        // A sentence that states the employment or judges the person is about the work only if
        // it names two things done ("hired as a cook in 2019, he prepared ..." is mostly about
        // the hiring).
        if one.work >= 2 || one.work == 1 && !one.fact && !one.judges {
            reading.work_sentences += 1;
        } else {
            reading.other_sentences += 1;
        }
    }
    reading
}

/// The sentences of a line that state the employment (for the checklist).
pub(crate) fn fact_sentences(text: &str) -> impl Iterator<Item = &str> {
    sentences(text)
        .into_iter()
        .filter(|sentence| employment_fact().is_match(sentence))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::letter::sentences::person_names;

    fn work(text: &str) -> usize {
        read(text, &person_names(text), false).work
    }

    #[test]
    fn things_done_are_counted_after_a_subject_and_in_each_clause() {
        assert_eq!(
            work("He picks up loads, checks the seals and secures the load with straps."),
            3
        );
        assert_eq!(
            work(
                "Ms. Tan Lim is a cashier. Every morning Lim counted the float and opened the tills."
            ),
            2
        );
        assert_eq!(work("She is in charge of the night shift."), 1);
    }

    #[test]
    fn the_employment_and_praise_are_not_work() {
        for text in [
            "She worked full-time, 40 hours per week, and earns $23 per hour.",
            "He is a reliable worker and we recommend him.",
            "She did her work accurately and on time.",
            "In five years he has had no accidents.",
            "We would hire him again.",
        ] {
            assert_eq!(work(text), 0, "{text}");
        }
    }

    #[test]
    fn a_paragraph_with_the_employment_and_many_duties_is_about_work() {
        let text = "I confirm that Ms. Ana Reyes was employed by me from 2021 to 2023 at $18 per hour, and she bathed my father, cooked his meals, cleaned the house and drove him to appointments.";
        assert!(read(text, &person_names(text), false).is_about_work());
        let facts = "Ms. Reyes was employed from 2021 to 2023. She earned $18 per hour.";
        assert!(!read(facts, &person_names(facts), false).is_about_work());
    }
}
