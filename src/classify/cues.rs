//! Level cues a bag of words misses. "Assigns work and sets the schedule for 25 miners" is
//! full of the miners' words, so the line model reads it as the miners' work; an officer
//! reads it as the work of whoever directs the miners.
//!
//! [`direction`] finds such a line. The judge reads it, against the target, as the work of the
//! target and of the related groups that direct others (`Directed`); the verdict and the
//! letter's context read a supervising line, whatever the target, as the work of the workers'
//! supervisors ([`Directors`]).

use std::borrow::Cow;
use std::sync::OnceLock;

use crate::noc::{Catalog, UnitGroup};

/// How a line directs other people's work.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    /// Supervising, overseeing, assigning or scheduling them: a supervisor's or manager's
    /// work, whoever the letter is for.
    Supervises,
    /// Training, coaching or mentoring them: the work of whoever directs them, but senior
    /// workers train new peers too.
    Trains,
}

/// Verbs of supervising others, whole words (lower case).
const SUPERVISING: &str = "
    oversaw direct directs directed directing manage manages managed managing lead leads
    leading led schedule schedules scheduled scheduling assign assigns assigned assigning
    delegate delegates delegated delegating foreman forewoman foreperson forepersons leader
    charge
";

/// Stems of supervising verbs ("supervises", "overseeing").
const SUPERVISING_STEMS: [&str; 2] = ["supervis", "oversee"];

/// Verbs of giving work to others, with what is given ("gives tasks to the agents").
const GIVING: &str = "give gives giving gave";
const GIVEN: &str = "tasks instructions directions assignments";

/// Verbs of training others, whole words.
const TRAINING: &str = "
    train trains trained training coach coaches coached coaching mentor mentors mentored
    mentoring
";

/// The people whose work is directed: staff words and common names of workers, singular (a
/// plural adds "s").
const PEOPLE: &str = "
    staff crew team worker employee personnel people hire trainee apprentice junior intern
    student volunteer assistant aide attendant associate clerk technician technologist operator
    driver labourer laborer helper handler picker packer shipper receiver loader cleaner
    janitor housekeeper cashier server cook baker butcher dishwasher bartender host agent
    representative officer inspector guard nurse educator teacher tutor miner mucker driller
    carpenter electrician plumber welder painter installer assembler machinist mechanic fitter
    tradespeople trade engineer designer drafter developer programmer analyst accountant
    bookkeeper planner buyer researcher scientist economist specialist coordinator supervisor
";

/// How many words after the verb the people may come (six words between at most).
const REACH: usize = 7;

/// The word lists, each sorted for a binary search.
struct Lists {
    supervising: Vec<&'static str>,
    giving: Vec<&'static str>,
    given: Vec<&'static str>,
    training: Vec<&'static str>,
    people: Vec<&'static str>,
}

fn lists() -> &'static Lists {
    static LISTS: OnceLock<Lists> = OnceLock::new();
    LISTS.get_or_init(|| {
        let sorted = |list: &'static str| {
            let mut words: Vec<&'static str> = list.split_whitespace().collect();
            words.sort_unstable();
            words
        };
        Lists {
            supervising: sorted(SUPERVISING),
            giving: sorted(GIVING),
            given: sorted(GIVEN),
            training: sorted(TRAINING),
            people: sorted(PEOPLE),
        }
    })
}

fn has(list: &[&str], word: &str) -> bool {
    list.binary_search(&word).is_ok()
}

/// How the line directs other people's work, if it does: a verb of supervising or training
/// with the people it is done to a few words later.
pub fn direction(text: &str) -> Option<Direction> {
    let lists = lists();
    let lower = text.to_ascii_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
        .filter(|w| !w.is_empty())
        .collect();
    // People: a listed word, or its plural.
    let is_people = |word: &str| {
        has(&lists.people, word)
            || word
                .strip_suffix('s')
                .is_some_and(|singular| has(&lists.people, singular))
    };
    let people_within = |end: usize| {
        words
            .iter()
            .skip(end + 1)
            .take(REACH)
            .any(|word| is_people(word))
    };
    let supervises = (0..words.len())
        .any(|i| supervising_verb_ends(lists, &words, i).is_some_and(people_within));
    if supervises {
        return Some(Direction::Supervises);
    }
    let trains = (0..words.len()).any(|i| has(&lists.training, words[i]) && people_within(i));
    trains.then_some(Direction::Trains)
}

/// Where a supervising verb that starts at word `i` ends, if one does.
fn supervising_verb_ends(lists: &Lists, words: &[&str], i: usize) -> Option<usize> {
    let word = words[i];
    let previous = i.checked_sub(1).map(|p| words[p]);
    let next = |k: usize| words.get(i + k).copied();
    match word {
        // "team leader", "crew leader"; "in charge of"
        "leader" => matches!(previous, Some("team" | "crew")).then_some(i),
        "charge" => (previous == Some("in") && next(1) == Some("of")).then_some(i + 1),
        _ if has(&lists.supervising, word) => Some(i),
        _ if SUPERVISING_STEMS.iter().any(|stem| word.starts_with(stem)) => Some(i),
        _ if has(&lists.giving, word) => (1..=3)
            .find(|&k| next(k).is_some_and(|w| has(&lists.given, w)))
            .map(|k| i + k),
        _ => None,
    }
}

/// The TEER level of the NOC's supervisors: a manager (TEER 0) or a professional (TEER 1)
/// leading a team still does their own occupation's work.
const SUPERVISOR_TEER: u8 = 2;

/// Which unit groups direct others' work, and who directs each group's workers.
#[derive(Debug, Clone)]
pub struct Directors {
    /// Whether each group directs others' work itself: its title names supervisors,
    /// managers, foremen or contractors, or its lead statement says it directs people.
    pub directing: Vec<bool>,
    /// For each group, the directing groups of a higher level its profile excludes, at the
    /// supervisors' level: the ones that supervise its workers ("Warehouse distribution
    /// supervisor → see 12013" in 75101).
    pub supervisors: Vec<Vec<usize>>,
}

impl Directors {
    fn of(units: &[UnitGroup]) -> Directors {
        let directing: Vec<bool> = units
            .iter()
            .map(|unit| {
                let title = unit.title.to_lowercase();
                ["supervisor", "manager", "foremen", "contractor"]
                    .iter()
                    .any(|word| title.contains(word))
                    || direction(&unit.lead_statement).is_some()
            })
            .collect();
        // A group's supervisors are among the groups its exclusions name (a code, or the code
        // of a minor group): those at the supervisors' level that direct others.
        let supervisors = units
            .iter()
            .map(|unit| {
                let mut found: Vec<usize> = Vec::new();
                for code in unit.exclusions.iter().map(|e| e.code.as_str()) {
                    if code.is_empty() {
                        continue;
                    }
                    let first = units.partition_point(|u| u.code.as_str() < code);
                    found.extend(
                        (first..units.len())
                            .take_while(|&s| units[s].code.starts_with(code))
                            .filter(|&s| {
                                directing[s]
                                    && (SUPERVISOR_TEER..unit.teer).contains(&units[s].teer)
                            }),
                    );
                }
                found.sort_unstable();
                found.dedup();
                found
            })
            .collect();
        Directors {
            directing,
            supervisors,
        }
    }

    /// A supervising line read as the work of whoever directs the workers it names, whatever
    /// the target: each group with supervisors hands its share to them, in proportion to
    /// their own shares.
    pub fn read_as_directing(&self, scores: &[f32]) -> Vec<f32> {
        let mut moved = scores.to_vec();
        for (worker, supervisors) in self.supervisors.iter().enumerate() {
            if supervisors.is_empty() || self.directing[worker] {
                continue;
            }
            let total: f32 = supervisors.iter().map(|&s| scores[s]).sum();
            let share = std::mem::take(&mut moved[worker]);
            for &s in supervisors {
                moved[s] += if total > 0.0 {
                    share * scores[s] / total
                } else {
                    share / supervisors.len() as f32
                };
            }
        }
        moved
    }
}

/// The directors of the catalog's groups: the embedded catalog's built once (as the verbatim
/// check's statements are), any other's each time.
pub fn directors(units: &'static [UnitGroup]) -> Cow<'static, Directors> {
    static EMBEDDED: OnceLock<Directors> = OnceLock::new();
    let embedded = Catalog::embedded().unit_groups();
    if std::ptr::eq(units, embedded) {
        Cow::Borrowed(EMBEDDED.get_or_init(|| Directors::of(embedded)))
    } else {
        Cow::Owned(Directors::of(units))
    }
}

/// A line about directing other people's work, read as the work of whoever directs them: the
/// share of each group below the target's level and in its field that does not direct others
/// itself moves to the groups that do (the target among them), in proportion to their own
/// shares. "Assigns work to 25 miners" is a mining supervisor's work, not a miner's; in a
/// mining manager's letter it is the manager's only as far as it is not a supervisor's.
pub(super) struct Directed {
    /// Whether each group directs the work in the line (the target and the related groups
    /// that direct others), is directed (related, below the target's level) or neither.
    roles: Vec<Option<bool>>,
    target: usize,
}

impl Directed {
    pub(super) fn new(
        units: &'static [UnitGroup],
        target: &UnitGroup,
        target_index: usize,
    ) -> Directed {
        let directors = directors(units);
        let field = &target.hierarchy.broad_category.code;
        let roles = units
            .iter()
            .zip(directors.directing.iter())
            .enumerate()
            .map(|(i, (unit, &directing))| {
                let related =
                    unit.hierarchy.broad_category.code == *field || super::excludes(target, unit);
                if i == target_index || (related && directing) {
                    Some(true)
                } else {
                    (related && unit.teer > target.teer).then_some(false)
                }
            })
            .collect();
        Directed {
            roles,
            target: target_index,
        }
    }

    /// The scores read so, and the directed group with the largest share.
    pub(super) fn read(&self, scores: &[f32]) -> (Vec<f32>, Option<usize>) {
        let total = |directs: bool| -> f32 {
            self.roles
                .iter()
                .zip(scores)
                .filter(|(role, _)| **role == Some(directs))
                .map(|(_, score)| score)
                .sum()
        };
        let (directed, directors) = (total(false), total(true));
        let mut moved = scores.to_vec();
        for (i, score) in moved.iter_mut().enumerate() {
            match self.roles[i] {
                Some(false) => *score = 0.0,
                Some(true) if directors > 0.0 => *score += directed * scores[i] / directors,
                Some(true) if i == self.target => *score += directed,
                _ => {}
            }
        }
        let largest = (0..scores.len())
            .filter(|&i| self.roles[i] == Some(false))
            .max_by(|&a, &b| scores[a].total_cmp(&scores[b]));
        (moved, largest)
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
            "Directs the team of economists that produces the quarterly economic forecast.",
            "Supervised an educational assistant and a student teacher in her classroom.",
            "Scheduled the operators on 24 injection moulding presses.",
            "She is in charge of the shift and gives tasks to the other two agents.",
        ] {
            assert_eq!(direction(line), Some(Direction::Supervises), "{line}");
        }
    }

    #[test]
    fn workers_are_directed_by_the_supervisors_their_profile_excludes() {
        let units = Catalog::embedded().unit_groups();
        let directors = directors(units);
        let index = |code: &str| units.iter().position(|u| u.code == code).expect("a group");
        let (helpers, supervisors) = (index("65201"), index("62020"));
        assert!(directors.directing[supervisors] && !directors.directing[helpers]);
        assert!(directors.supervisors[helpers].contains(&supervisors));
        assert!(directors.supervisors[index("75101")].contains(&index("12013")));
        // "Supervising the cashiers, servers and kitchen helpers": the helpers' share of the
        // line goes to their supervisors, and the line still sums to 1.
        let mut scores = vec![0.0; units.len()];
        scores[helpers] = 0.8;
        scores[supervisors] = 0.1;
        scores[index("21232")] = 0.1;
        assert!(directors.supervisors[index("21232")].is_empty());
        let read = directors.read_as_directing(&scores);
        assert_eq!(read[helpers], 0.0, "{:?}", directors.supervisors[helpers]);
        assert!(read[supervisors] > 0.85, "{}", read[supervisors]);
        assert_eq!(read[index("21232")], 0.1);
        assert!((read.iter().sum::<f32>() - 1.0).abs() < 1e-5);
    }

    #[test]
    fn every_verb_is_a_cue() {
        for verb in [
            "Supervises",
            "oversaw",
            "Directed",
            "managing",
            "leads",
            "Led",
            "scheduled",
            "assigns",
            "delegated",
            "gives tasks to",
            "gave instructions to",
            "in charge of",
            "foreman of",
            "forewoman of",
            "lead hand for",
            "team leader of",
            "crew lead for",
        ] {
            let line = format!("{verb} the staff on nights");
            assert_eq!(direction(&line), Some(Direction::Supervises), "{line}");
        }
        for verb in ["Trained", "coaching", "mentors"] {
            let line = format!("{verb} the staff on nights");
            assert_eq!(direction(&line), Some(Direction::Trains), "{line}");
        }
    }

    #[test]
    fn training_people_is_a_weaker_cue() {
        let line = "Trained new operators on press safety, lockout and our work instructions.";
        assert_eq!(direction(line), Some(Direction::Trains));
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
            "Pack take out orders and give to customers and delivery drivers",
        ] {
            assert_eq!(direction(line), None, "{line}");
        }
    }
}
