//! Verbs of work: what a duty line or a sentence about the work turns on ("prepares",
//! "cooked", "reconciling"). The set is the verbs that open the NOC's own main duties, plus the
//! everyday verbs employers use for the same work, less the verbs that state the employment
//! itself ("worked", "joined", "earns").

use std::collections::HashSet;
use std::sync::OnceLock;

use crate::noc::Catalog;

use super::words::{is_irregular_form, stem};

/// Everyday verbs of work that the NOC rarely opens a duty with.
#[rustfmt::skip]
const EVERYDAY: &[&str] = &[
    "answer", "arrange", "assist", "attend", "bake", "bathe", "book", "bring", "build", "call",
    "carry", "cash", "change", "check", "chop", "clean", "close", "coach", "cook", "count", "cut",
    "deal", "debone", "decide", "debug", "deliver", "deploy", "design", "dice", "do", "dress", "drill",
    "drive", "email", "enter", "fax", "feed", "file", "fill", "fix", "fold", "follow", "frame",
    "fry", "garnish", "get", "give", "greet", "grill", "groom", "guide", "handle", "haul", "help",
    "host", "iron", "keep", "label", "lead", "lift", "load", "lock", "make", "manage", "marinate",
    "mentor", "merchandise", "migrate", "mop", "move", "open", "order", "overhaul", "pack",
    "photocopy", "pick", "plan", "plate", "post", "pour", "prep", "price", "process", "put",
    "rebuild", "reconcile", "record", "remind", "repair", "replace", "restock", "run", "scan",
    "schedule", "secure", "send", "serve", "set", "shelve", "ship", "shop", "show", "slice",
    "sort", "stock", "supervise", "sweep", "take", "talk", "teach", "terminate", "tow", "track",
    "train", "tutor", "type", "unload", "update", "vacuum", "walk", "wash", "watch", "weigh",
    "wipe", "wrap", "write",
];

/// Words that open some NOC duties but are not verbs ("May", "Aircraft"), and verbs that state
/// the employment rather than the work done in it.
#[rustfmt::skip]
const NOT_WORK: &[&str] = &[
    "may", "small", "under", "in", "they", "aircraft", "avionics", "customer", "medical",
    "respiratory", "vocational", "specialization", "sub-specialties", "physiotherapists", "advice",
    "hazard", "work", "join", "employ", "earn", "leave", "resign", "start", "begin", "have",
    "be", "hold", "appear", "wish", "thank", "visually",
];

/// The stems of every verb of work.
fn stems() -> &'static HashSet<String> {
    static CELL: OnceLock<HashSet<String>> = OnceLock::new();
    CELL.get_or_init(|| {
        let not_work: HashSet<String> = NOT_WORK.iter().map(|word| stem(word)).collect();
        let openers = Catalog::embedded()
            .unit_groups()
            .iter()
            .flat_map(|unit| unit.duties())
            .filter_map(|(_, duty)| super::words::words(duty).next());
        EVERYDAY
            .iter()
            .copied()
            .chain(openers)
            .map(stem)
            .filter(|verb| verb.len() > 1 && !not_work.contains(verb))
            .collect()
    })
}

/// How a verb is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum VerbForm {
    /// "prepare": an imperative, or after "they", "to" or "will".
    Base,
    /// "prepares", "prepared", "kept": a verb that has a subject.
    Finite,
    /// "preparing".
    Gerund,
}

/// The form of a word when it is a verb of work.
pub(crate) fn work_verb(word: &str) -> Option<VerbForm> {
    let lower = word.to_lowercase();
    if lower.len() < 2 || !lower.chars().all(|c| c.is_alphabetic() || c == '-') {
        return None;
    }
    if !stems().contains(&stem(&lower)) || is_abstract_noun(&lower) {
        return None;
    }
    let form = if is_irregular_form(&lower) || lower.ends_with("ed") {
        VerbForm::Finite
    } else if lower.ends_with("ing") && lower.len() > 4 {
        VerbForm::Gerund
    } else if lower.ends_with('s') && !lower.ends_with("ss") && !lower.ends_with("us") {
        VerbForm::Finite
    } else {
        VerbForm::Base
    };
    Some(form)
}

/// Nouns that share a stem with a verb of work: "education" (educate), "maintenance",
/// "reservations", "technician".
fn is_abstract_noun(word: &str) -> bool {
    const VERBS: &[&str] = &["position", "question", "mention", "commission", "function"];
    let singular = word.strip_suffix('s').unwrap_or(word);
    [
        "tion", "sion", "ity", "itie", "ness", "nesse", "ance", "ence", "ian",
    ]
    .iter()
    .any(|ending| singular.ends_with(ending))
        && !VERBS.contains(&singular)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn verbs_of_work_are_known_in_every_form() {
        assert_eq!(work_verb("Prepare"), Some(VerbForm::Base));
        assert_eq!(work_verb("reconciled"), Some(VerbForm::Finite));
        assert_eq!(work_verb("kept"), Some(VerbForm::Finite));
        assert_eq!(work_verb("drives"), Some(VerbForm::Finite));
        assert_eq!(work_verb("Cooking"), Some(VerbForm::Gerund));
        assert_eq!(work_verb("secures"), Some(VerbForm::Finite));
        assert_eq!(work_verb("Provide"), Some(VerbForm::Base));
        assert_eq!(work_verb("maintains"), Some(VerbForm::Finite));
    }

    #[test]
    fn employment_and_plain_words_are_not_verbs_of_work() {
        for word in [
            "worked", "joined", "earns", "is", "has", "reliable", "the", "Toronto",
        ] {
            assert_eq!(work_verb(word), None, "{word}");
        }
        for word in ["Reservations", "EDUCATION", "maintenance", "technicians"] {
            assert_ne!(work_verb(word), Some(VerbForm::Finite), "{word}");
        }
    }
}
