//! Words and phrases that tell what a sentence of a letter is about: the employment (pay,
//! hours, dates), a judgement of the person, a charge ("is responsible for"), and the small
//! words around a verb.

use std::sync::OnceLock;

use regex::Regex;

use super::words::stem;
use crate::pattern::regex;

/// Sentences about the job rather than its duties: pay, hours, dates, the hiring.
pub(crate) fn employment_fact() -> &'static Regex {
    static CELL: OnceLock<Regex> = OnceLock::new();
    regex(
        &CELL,
        r"(?ix)(\$\s?[0-9,.]+\s*(/|per\b|an?\s+(hour|year|week|month)|each|hourly|annually|yearly|bi-?weekly|weekly|monthly|plus)
          | \b(salary|wages?|hourly\s+rate|rate\s+of\s+pay|pay\s+rate|earns?|earning|earned)\b | \b(is|was|gets|got|being)\s+paid\b
          | \bhours?\s+(per|a|each)\s+week\b | \b[0-9]+(\.[0-9]+)?\s*(hours|hrs)\s+(per|a|each|weekly|/)
          | \b(receives?|eligible|enrolled|entitled|covered|participates?|access\s+to|plus)\b[^.]{0,40}\bbenefits\b
          | \bbenefits\s+(plan|package) | \bbonus\b | \ballowance\b
          | \bthis\s+(letter|is\s+to) | \b(to|hereby|we|i)\s+confirm | \bconfirms?\s+that | \bcertif(y|ies)\b
          | \b(is|was|were|are|been|being|be|currently|presently)\s+employed\b | \bemployed\s+(by|with|at|as|since|from|in)\b | \bhas\s+been\s+(working|employed) | \b(hired|promoted)\s+(as|to|on)\b | \bjoined\s+(us|our|the)\b
          | \b(from|since)\b[^.]{0,30}\b(19|20)[0-9]{2}\b | \b(19|20)[0-9]{2}\s*(-|–|to)\s*((19|20)[0-9]{2}|present|date)\b
          | \breports?\s+(directly\s+)?to\b | \bfull[-\s]time\b | \bpart[-\s]time\b)",
    )
}

/// Words that judge the person or close the letter rather than describe work.
pub(crate) fn praise() -> &'static Regex {
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
pub(crate) fn charge() -> &'static Regex {
    static CELL: OnceLock<Regex> = OnceLock::new();
    regex(
        &CELL,
        r"^(?:(?:also|directly|fully|mainly|primarily|solely)\s+)*(?:responsible\s+(?:for|to)|accountable\s+for|in\s+charge\s+of|tasked\s+with|involved\s+in)\b",
    )
}

/// A sentence that opens a description of the duties: "Her duties included ...", "His duties:
/// cooking, ...".
pub(crate) fn duties_opening() -> &'static Regex {
    static CELL: OnceLock<Regex> = OnceLock::new();
    regex(
        &CELL,
        r"(?i)\b(duties|responsibilities|tasks|work|role|job|functions)\s+(also\s+)?(include|included|includes|involve|involved|involves|consist|consisted|consists|were\s+to|was\s+to|are|were)\b|\b(duties|responsibilities|tasks)\s*:\s*\S",
    )
}

/// Words that may stand between a subject and its verb: "she also regularly prepares",
/// "he has prepared", "they will prepare".
pub(crate) fn is_between(word: &str) -> bool {
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
pub(crate) fn is_opening(word: &str) -> bool {
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

pub(crate) fn is_copula(word: &str) -> bool {
    [
        "is", "was", "are", "were", "am", "be", "been", "remains", "became",
    ]
    .contains(&word)
}

/// Words that start a new clause in a run of duties.
pub(crate) fn is_conjunction(word: &str) -> bool {
    ["and", "or", "but", "then", "while", "plus", "also"].contains(&word)
}

/// A verb's object that says nothing about the work: "did her work well".
/// "did her work well", "handled every task", "completed his probation".
pub(crate) fn generic_object(following: &[&str]) -> bool {
    const OWN: &[&str] = &[
        "work",
        "job",
        "duties",
        "tasks",
        "best",
        "probation",
        "training",
        "contract",
        "shift",
        "shifts",
        "hours",
        "studies",
        "internship",
        "role",
        "position",
        "responsibilities",
    ];
    const ANY: &[&str] = &[
        "task",
        "tasks",
        "duty",
        "duties",
        "assignment",
        "assignments",
        "job",
        "jobs",
        "work",
    ];
    match following {
        ["her" | "his" | "their" | "the" | "a", noun, ..] => {
            OWN.contains(noun) || ["good", "great"].contains(noun)
        }
        ["every" | "all" | "any" | "each", noun, ..] => ANY.contains(noun),
        ["well" | "hard" | "everything" | "anything", ..] => true,
        _ => false,
    }
}

/// An opinion worded as work: "recommend her", "recommend him without hesitation".
pub(crate) fn is_opinion(verb: &str, following: &[&str]) -> bool {
    stem(verb) == "recommend"
        && matches!(
            following.first().copied(),
            Some("him" | "her" | "them" | "mr" | "ms" | "mrs" | "miss" | "without" | "this")
        )
}
