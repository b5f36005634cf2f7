//! Level cues a bag of words misses. "Assigns work and sets the schedule for 25 miners" is
//! full of the miners' words, so the line model reads it as the miners' work; an officer
//! reads it as the work of whoever directs the miners.

use std::borrow::Cow;
use std::sync::OnceLock;

use regex::Regex;

use crate::noc::UnitGroup;
use crate::pattern::regex;

/// Verbs of directing other people's work.
const DIRECTING: &str = r"supervis\w*|oversee\w*|oversaw|direct(?:s|ed|ing)?|manag(?:e|es|ed|ing)|lead(?:s|ing)?|led|train(?:s|ed|ing)?|coach(?:es|ed|ing)?|mentor(?:s|ed|ing)?|schedul(?:e|es|ed|ing)|assign(?:s|ed|ing)?|foreman|forewoman|forepersons?|lead hand|team lead(?:er)?|crew lead(?:er)?";

/// The people whose work is directed: staff words and common names of workers.
const PEOPLE: &str = r"staff|staffs|crews?|teams?|workers?|employees?|personnel|people|hires|trainees|apprentices?|juniors?|interns?|students?|volunteers?|assistants?|aides?|attendants?|associates?|clerks?|technicians?|technologists?|operators?|drivers?|labou?rers?|helpers?|handlers?|pickers?|packers?|shippers?|receivers?|loaders?|cleaners?|janitors?|housekeepers?|cashiers?|servers?|cooks?|bakers?|butchers?|dishwashers?|bartenders?|hosts?|agents?|representatives?|officers?|inspectors?|guards?|nurses?|educators?|teachers?|tutors?|miners?|muckers?|drillers?|carpenters?|electricians?|plumbers?|welders?|painters?|installers?|assemblers?|machinists?|mechanics?|fitters?|tradespeople|trades|engineers?|designers?|drafters?|developers?|programmers?|analysts?|accountants?|bookkeepers?|planners?|buyers?|researchers?|scientists?|economists?|specialists?|coordinators?|supervisors?";

/// Whether the line describes directing other people's work: a verb of supervising, training,
/// scheduling or assigning, with the people it is done to a few words later.
pub fn directs_others(text: &str) -> bool {
    static PATTERN: OnceLock<Regex> = OnceLock::new();
    let pattern = regex(
        &PATTERN,
        &format!(r"(?i)\b(?:{DIRECTING})\b(?:\W+\w+){{0,6}}?\W+(?:{PEOPLE})\b"),
    );
    pattern.is_match(text)
}

/// Whether each unit group directs others' work itself: its title names supervisors,
/// managers, foremen or contractors, or its lead statement says it directs people. Such a
/// group's share of a directing line stays its own.
pub fn directing_groups(units: &'static [UnitGroup]) -> Cow<'static, [bool]> {
    static GROUPS: OnceLock<(usize, Vec<bool>)> = OnceLock::new();
    let compute = || {
        units
            .iter()
            .map(|unit| {
                let title = unit.title.to_lowercase();
                ["supervisor", "manager", "foremen", "contractor"]
                    .iter()
                    .any(|word| title.contains(word))
                    || directs_others(&unit.lead_statement)
            })
            .collect::<Vec<bool>>()
    };
    let (address, groups) = GROUPS.get_or_init(|| (units.as_ptr() as usize, compute()));
    // Computed once for the catalog the classifier uses; any other is computed each time.
    if *address == units.as_ptr() as usize {
        Cow::Borrowed(groups)
    } else {
        Cow::Owned(compute())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn directing_people_is_a_cue() {
        for line in [
            "Assigns work and sets the schedule for 25 miners, muckers and bolting crews each shift.",
            "Supervises a team of 14 pickers, shippers, receivers and forklift operators",
            "Quarry foreman supervising the loader operators, drill and blast crew and crusher staff.",
            "Trained new operators on press safety, lockout and our work instructions.",
            "Directs the team of economists that produces the quarterly economic forecast.",
            "Supervised an educational assistant and a student teacher in her classroom.",
            "Scheduled the operators on 24 injection moulding presses.",
        ] {
            assert!(directs_others(line), "{line}");
        }
    }

    #[test]
    fn working_alongside_or_for_people_is_not() {
        for line in [
            "Reported to the supervisor at the end of each shift",
            "Trained customers on the new online banking app",
            "Scheduled appointments for patients and updated their files",
            "Led fish health checks and sea lice counts",
            "Managed the accounts payable ledger and vendor payments",
            "Loads outgoing trucks and wraps pallets during busy periods",
        ] {
            assert!(!directs_others(line), "{line}");
        }
    }
}
