//! Turning a profile's raw duty lists into role groups of duties and context.
//!
//! The source puts a few role headings among the duty items ("Medical transcriptionists" in the
//! middle of the court reporters' duties) and ends some lists with "may specialize in ..."
//! sentences. Headings start a new role group; specialisation sentences become context.

use std::collections::HashSet;

use super::clean;
use crate::noc::DutyGroup;

/// Plural nouns that end an occupation heading ("Chemical technologists", "File clerks").
const OCCUPATION_NOUNS: &[&str] = &[
    "advisors",
    "agents",
    "aids",
    "assemblers",
    "assistants",
    "cleaners",
    "clerks",
    "contractors",
    "crew",
    "cutters",
    "designers",
    "drillers",
    "engineers",
    "hygienists",
    "inspectors",
    "installers",
    "instructors",
    "interpreters",
    "interviewers",
    "leaders",
    "managers",
    "mechanics",
    "nurses",
    "officers",
    "operators",
    "planners",
    "producers",
    "repairers",
    "representatives",
    "researchers",
    "salespersons",
    "servicers",
    "supervisors",
    "technicians",
    "technologists",
    "therapists",
    "transcriptionists",
    "wirers",
    "workers",
];

/// A heading is a short noun phrase: at most this many words.
const MAX_HEADING_WORDS: usize = 9;

/// Words that open duty statements across the whole classification ("Prepare", "File",
/// "Record"), learned from the source so that "Supervise teaching assistants" reads as a duty.
pub struct DutyVerbs(HashSet<String>);

impl DutyVerbs {
    /// Collects the first word of every item that does not itself look like a heading or a
    /// specialisation sentence, keeping words that open at least two such items.
    pub fn learn<'a>(items: impl Iterator<Item = &'a str>) -> DutyVerbs {
        let mut counts: std::collections::HashMap<String, usize> = Default::default();
        for item in items {
            if ends_with_occupation_noun(item) || is_specialisation(item) {
                continue;
            }
            if let Some(first) = first_word(item) {
                *counts.entry(first).or_default() += 1;
            }
        }
        DutyVerbs(
            counts
                .into_iter()
                .filter(|(_, count)| *count >= 2)
                .map(|(word, _)| word)
                .collect(),
        )
    }

    fn contains(&self, word: &str) -> bool {
        self.0.contains(word)
    }
}

/// Splits one raw role group into role groups, moving headings and specialisation sentences
/// out of the duties. `examples` are the unit group's example titles, used to confirm headings
/// that start with a word that is also a verb ("File clerks", "Record producers").
pub fn split_role_group(
    role: Option<&str>,
    items: &[String],
    examples: &[String],
    verbs: &DutyVerbs,
) -> Vec<DutyGroup> {
    let mut groups = vec![DutyGroup {
        role: role.map(str::to_owned),
        duties: Vec::new(),
        context: Vec::new(),
    }];
    let items: Vec<String> = items.iter().map(|item| clean(item)).collect();
    // A list whose later items include a heading is a list of roles, so its first item, when
    // it is shaped like a heading, is one too, even if its first word can open a duty
    // ("Process control operators" before "Machine operators").
    let roles_follow = items
        .iter()
        .skip(1)
        .any(|item| is_role_heading(item, examples, verbs));
    for (index, item) in items.iter().enumerate() {
        let item = item.as_str();
        if item.is_empty() {
            continue;
        }
        let leading_role = index == 0 && roles_follow && is_heading_shaped(item);
        if leading_role || is_role_heading(item, examples, verbs) {
            let current = groups.last_mut().expect("groups is never empty");
            if current.duties.is_empty() && current.context.is_empty() {
                current.role = Some(item.to_owned());
            } else {
                groups.push(DutyGroup {
                    role: Some(item.to_owned()),
                    duties: Vec::new(),
                    context: Vec::new(),
                });
            }
        } else if is_specialisation(item) {
            let current = groups.last_mut().expect("groups is never empty");
            current.context.push(item.to_owned());
        } else {
            let current = groups.last_mut().expect("groups is never empty");
            current.duties.push(item.to_owned());
        }
    }
    groups.retain(|group| !group.duties.is_empty() || !group.context.is_empty());
    groups
}

/// "Physicists may specialize in fields such as ..." and "Specialization usually exists ..."
/// describe the occupation, not a duty. "Use specialized equipment", "an institute
/// specializing in trades" and "research in their field of specialization" are duties.
pub fn is_specialisation(item: &str) -> bool {
    let lower = item.to_lowercase();
    let verb = lower.split(|c: char| !c.is_alphabetic()).any(|word| {
        matches!(
            word,
            "specialize" | "specializes" | "specialise" | "specialises"
        )
    });
    verb || lower.starts_with("specialization") || lower.starts_with("specialisation")
}

/// A short noun phrase that ends with an occupation noun: "Chemical technologists".
fn is_heading_shaped(item: &str) -> bool {
    let words: Vec<&str> = item.split_whitespace().collect();
    words.len() <= MAX_HEADING_WORDS
        && !item.ends_with('.')
        && !item.ends_with(':')
        && !words.first().is_some_and(|w| w.ends_with(','))
        && !item.starts_with("May ")
        && ends_with_occupation_noun(item)
}

fn is_role_heading(item: &str, examples: &[String], verbs: &DutyVerbs) -> bool {
    if !is_heading_shaped(item) {
        return false;
    }
    match first_word(item) {
        Some(first) if verbs.contains(&first) => names_an_example(item, examples),
        _ => true,
    }
}

/// The noun phrase before any qualifier: "Machine operators in electrical apparatus
/// manufacturing" -> "Machine operators"; "Deck crew - water transport" -> "Deck crew".
fn head_phrase(item: &str) -> &str {
    let item = item.split(" - ").next().unwrap_or(item);
    item.split(" in ").next().unwrap_or(item)
}

fn ends_with_occupation_noun(item: &str) -> bool {
    head_phrase(item)
        .split_whitespace()
        .last()
        .and_then(|last| last.rsplit('/').next())
        .is_some_and(|last| OCCUPATION_NOUNS.contains(&last.to_lowercase().as_str()))
}

/// Whether the heading, made singular, is (part of) one of the example titles.
fn names_an_example(item: &str, examples: &[String]) -> bool {
    let singular: Vec<String> = head_phrase(item)
        .split_whitespace()
        .map(|word| {
            let word = word.to_lowercase();
            word.strip_suffix('s').map(str::to_owned).unwrap_or(word)
        })
        .collect();
    let singular = singular.join(" ");
    examples
        .iter()
        .any(|example| example.to_lowercase().contains(&singular))
}

fn first_word(item: &str) -> Option<String> {
    item.split_whitespace()
        .next()
        .map(|word| word.trim_end_matches(',').to_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn verbs() -> DutyVerbs {
        DutyVerbs::learn(
            [
                "File and store shorthand notes",
                "File documents",
                "Supervise staff",
                "Supervise workers and others in the plant today",
                "Prepare reports",
                "Prepare budgets",
            ]
            .into_iter(),
        )
    }

    fn strings(items: &[&str]) -> Vec<String> {
        items.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn a_heading_in_the_middle_starts_a_new_role_group() {
        let items = strings(&[
            "Record verbatim proceedings",
            "File and store shorthand notes of court session.",
            "Medical transcriptionists",
            "Transcribe recorded dictation",
        ]);
        let groups = split_role_group(Some("Court reporters"), &items, &[], &verbs());
        assert_eq!(groups.len(), 2);
        assert_eq!(groups[0].role.as_deref(), Some("Court reporters"));
        assert_eq!(groups[0].duties.len(), 2);
        assert_eq!(groups[1].role.as_deref(), Some("Medical transcriptionists"));
        assert_eq!(
            groups[1].duties,
            strings(&["Transcribe recorded dictation"])
        );
    }

    #[test]
    fn a_leading_heading_names_the_first_group() {
        let items = strings(&["Chemical technologists", "Prepare reports"]);
        let groups = split_role_group(None, &items, &[], &verbs());
        assert_eq!(groups.len(), 1);
        assert_eq!(groups[0].role.as_deref(), Some("Chemical technologists"));
    }

    #[test]
    fn a_verb_that_is_also_a_noun_needs_an_example_title() {
        let examples = strings(&["file clerk", "filing clerk"]);
        let items = strings(&["Prepare reports", "File clerks", "File documents"]);
        let groups = split_role_group(None, &items, &examples, &verbs());
        assert_eq!(groups[1].role.as_deref(), Some("File clerks"));
        let duty = strings(&["Supervise workers"]);
        let groups = split_role_group(None, &duty, &examples, &verbs());
        assert_eq!(groups[0].duties, duty);
    }

    #[test]
    fn a_first_item_shaped_like_a_heading_names_its_group_when_roles_follow() {
        let verbs = DutyVerbs::learn(
            [
                "Process claims",
                "Process orders",
                "Prepare reports",
                "Prepare budgets",
            ]
            .into_iter(),
        );
        let items = strings(&[
            "Process control operators",
            "Operate multi-function process control machinery",
            "Machine operators",
            "Set up and operate machines",
        ]);
        let groups = split_role_group(None, &items, &[], &verbs);
        assert_eq!(groups.len(), 2);
        assert_eq!(groups[0].role.as_deref(), Some("Process control operators"));
        assert_eq!(groups[1].role.as_deref(), Some("Machine operators"));
        // Without a later heading, an item that opens with a verb stays a duty.
        let items = strings(&["Process control operators", "Prepare reports"]);
        let groups = split_role_group(None, &items, &[], &verbs);
        assert_eq!(groups[0].role, None);
        assert_eq!(groups[0].duties.len(), 2);
    }

    #[test]
    fn the_adjective_specialized_does_not_make_a_duty_context() {
        let items = strings(&[
            "Repair brakes using hand tools and specialized automotive repair equipment",
            "Mechanics may specialize in engine repair.",
        ]);
        let groups = split_role_group(None, &items, &[], &verbs());
        assert_eq!(groups[0].duties.len(), 1);
        assert_eq!(groups[0].context.len(), 1);
    }

    #[test]
    fn specialisation_sentences_are_context() {
        let items = strings(&[
            "Prepare reports",
            "Physicists may specialize in fields such as acoustics.",
        ]);
        let groups = split_role_group(None, &items, &[], &verbs());
        assert_eq!(groups[0].duties, strings(&["Prepare reports"]));
        assert_eq!(groups[0].context.len(), 1);
    }
}
