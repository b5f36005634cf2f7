//! Reading sentences of a letter: how much of a line says what the applicant did ("he picks up
//! loads at shippers, checks the seals and secures the load" is three things done), and whether
//! the rest states the employment (dates, hours, pay) or judges the person ("she is a reliable
//! worker", "we recommend him").

use std::collections::HashSet;

use super::phrasing::{
    charge, duties_opening, employment_fact, generic_object, is_between, is_conjunction, is_copula,
    is_opening, is_opinion, praise,
};
use super::sentences::{HONORIFICS, Token, sentences, tokens};
use super::verbs::{VerbForm, work_verb};

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
        if is_about_work(&one) {
            reading.work_sentences += 1;
        } else {
            reading.other_sentences += 1;
        }
    }
    reading
}

/// Whether a sentence is mostly about the work. One that states the employment or judges the
/// person is only if it names two things done ("hired as a cook in 2019, he prepared ..." is
/// mostly about the hiring).
fn is_about_work(sentence: &SentenceReading) -> bool {
    sentence.work >= 2 || sentence.work == 1 && !sentence.fact && !sentence.judges
}

/// The sentences of a paragraph that are about the work, when others are not ("She joined us
/// in 2019. She prepares the payroll and files the returns." gives the second): what a
/// paragraph that is a duty line has to say about the work.
pub(crate) fn work_sentences(text: &str, names: &HashSet<String>) -> Option<String> {
    let all = sentences(text);
    let about_work: Vec<&str> = all
        .iter()
        .copied()
        .filter(|sentence| is_about_work(&read_sentence(sentence, names, false)))
        .collect();
    (!about_work.is_empty() && about_work.len() < all.len()).then(|| about_work.join(" "))
}

/// The sentences of a line that state the employment (dates, hours, pay, the hiring), for the
/// checklist.
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
            "She handled every task we gave her with great care.",
            "He completed his probation in three months.",
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
    fn a_paragraph_keeps_its_sentences_about_the_work() {
        let text = "Ms. Ana Reyes joined us in 2019. She prepares the payroll and files the returns. We recommend her.";
        assert_eq!(
            work_sentences(text, &person_names(text)).as_deref(),
            Some("She prepares the payroll and files the returns.")
        );
        let all_work = "She prepares the payroll. She files the returns.";
        assert_eq!(work_sentences(all_work, &person_names(all_work)), None);
    }

    #[test]
    fn a_paragraph_with_the_employment_and_many_duties_is_about_work() {
        let text = "I confirm that Ms. Ana Reyes was employed by me from 2021 to 2023 at $18 per hour, and she bathed my father, cooked his meals, cleaned the house and drove him to appointments.";
        assert!(read(text, &person_names(text), false).is_about_work());
        let facts = "Ms. Reyes was employed from 2021 to 2023. She earned $18 per hour.";
        assert!(!read(facts, &person_names(facts), false).is_about_work());
    }
}
