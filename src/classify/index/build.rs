//! Building the term index from the catalog, and packing it into the bytes
//! [`TermIndex`](super::TermIndex) reads: the importer's job, not the application's.

use foldhash::HashSet;

use super::packed::Writer;
use super::vocabulary::Vocabulary;
use super::{MAGIC, Statement, StatementKind, weigh};
use crate::classify::text::Analyzer;
use crate::noc::UnitGroup;

/// Builds the index over `units` and packs it (see `data/index.bin`).
pub fn build(units: &[UnitGroup], analyzer: &Analyzer) -> Vec<u8> {
    let mut statements = Vec::new();
    let mut statement_terms: Vec<Vec<String>> = Vec::new();
    let mut profile_terms: Vec<Vec<String>> = Vec::new();
    let mut leads = Vec::with_capacity(units.len());
    for (unit_index, unit) in units.iter().enumerate() {
        let unit_index = u16::try_from(unit_index).expect("fewer than 65536 unit groups");
        leads.push(statements.len());
        let mut profile = Vec::new();
        let lead = first_sentence(&unit.lead_statement);
        let lead_terms = analyzer.terms(lead);
        profile.extend(lead_terms.iter().cloned());
        statements.push(Statement {
            unit: unit_index,
            kind: StatementKind::Lead,
        });
        statement_terms.push(lead_terms);
        for (n, (_, duty)) in unit.duties().enumerate() {
            let terms = analyzer.terms(duty);
            profile.extend(terms.iter().cloned());
            statements.push(Statement {
                unit: unit_index,
                kind: StatementKind::Duty(u16::try_from(n).unwrap_or(u16::MAX)),
            });
            statement_terms.push(terms);
        }
        let title = analyzer.terms(&unit.title);
        profile.extend(title.iter().cloned());
        statements.push(Statement {
            unit: unit_index,
            kind: StatementKind::Title,
        });
        statement_terms.push(title);

        profile_terms.push(profile);
    }
    // Each example title is a statement of its own: "kitchen supervisor" is one job, and
    // one bag of all the titles of a unit group matched everything a little (measured on
    // the dev sets). They stay out of the profile: they name jobs, not the work.
    let first_example = statements.len();
    // The stems the duties describe the work with, for reading agent nouns in titles.
    let work_stems: HashSet<&str> = statements
        .iter()
        .zip(&statement_terms)
        .filter(|(statement, _)| matches!(statement.kind, StatementKind::Duty(_)))
        .flat_map(|(_, terms)| terms.iter().map(String::as_str))
        .collect();
    let mut example_terms = Vec::new();
    for (unit_index, unit) in units.iter().enumerate() {
        let unit_index = u16::try_from(unit_index).expect("fewer than 65536 unit groups");
        for (n, example) in unit.example_titles.iter().enumerate() {
            statements.push(Statement {
                unit: unit_index,
                kind: StatementKind::Example(u16::try_from(n).unwrap_or(u16::MAX)),
            });
            let mut terms = analyzer.terms(example);
            // "kitchen supervisor" also says "supervise": letters describe the work.
            if let Some(head) = crate::classify::text::words(job_part(example)).last()
                && let Some(verb) = agent_verb(head, analyzer, &work_stems)
            {
                terms.push(verb);
            }
            example_terms.push(terms);
        }
    }
    statement_terms.extend(example_terms);

    // Specificity: inverse document frequency over unit groups.
    let mut vocabulary = Vocabulary::default();
    let mut unit_frequency: Vec<u32> = Vec::new();
    for profile in &profile_terms {
        let mut seen: Vec<u32> = vocabulary
            .learn(profile)
            .into_iter()
            .map(|(id, _)| id)
            .collect();
        seen.sort_unstable();
        seen.dedup();
        for id in seen {
            let id = id as usize;
            if unit_frequency.len() <= id {
                unit_frequency.resize(id + 1, 0);
            }
            unit_frequency[id] += 1;
        }
    }
    // Words only example titles use ("timekeeper") are terms too, found in no profile: as
    // specific as a term can be. Unknown, they would drop out and leave "timekeeper -
    // payroll" a title about payroll alone.
    for terms in &statement_terms[first_example..] {
        vocabulary.learn(terms);
    }
    unit_frequency.resize(vocabulary.next_id() as usize, 0);
    let n = profile_terms.len() as f32;
    let idf: Vec<f32> = unit_frequency
        .iter()
        .map(|&df| ((n + 1.0) / (df as f32 + 0.5)).ln())
        .collect();

    let vectors: Vec<Vec<(u32, f32)>> = statement_terms
        .iter()
        .map(|terms| weigh(vocabulary.lookup(terms), |id| idf[id as usize]))
        .collect();
    pack(&Packed {
        units: units.len(),
        statements: &statements,
        first_example,
        leads: &leads,
        vocabulary: &vocabulary,
        idf: &idf,
        vectors: &vectors,
    })
}

/// Everything the packed index holds.
struct Packed<'a> {
    units: usize,
    statements: &'a [Statement],
    first_example: usize,
    leads: &'a [usize],
    vocabulary: &'a Vocabulary,
    idf: &'a [f32],
    vectors: &'a [Vec<(u32, f32)>],
}

/// The bytes of the index: a header of counts, then each section (see [`super::TermIndex`]).
fn pack(index: &Packed) -> Vec<u8> {
    let count = |n: usize| u32::try_from(n).expect("the index fits u32 offsets");
    let mut words: Vec<(&str, u32)> = index
        .vocabulary
        .words
        .iter()
        .map(|(word, &id)| (word.as_str(), id))
        .collect();
    words.sort_unstable();
    let mut pairs: Vec<(u32, u32, u32)> = index
        .vocabulary
        .pairs
        .iter()
        .map(|(&(a, b), &id)| (a, b, id))
        .collect();
    pairs.sort_unstable();
    let mut postings = vec![Vec::new(); index.idf.len()];
    for (statement, vector) in index.vectors.iter().enumerate() {
        for &(term, weight) in vector {
            postings[term as usize].push((count(statement), weight));
        }
    }
    let work = &index.vectors[..index.first_example];
    let word_bytes: usize = words.iter().map(|(word, _)| word.len()).sum();

    let mut out = Writer::default();
    out.bytes.extend_from_slice(MAGIC);
    for n in [
        index.units,
        index.statements.len(),
        index.first_example,
        words.len(),
        word_bytes,
        pairs.len(),
        index.idf.len(),
        postings.iter().map(Vec::len).sum(),
        work.iter().map(Vec::len).sum(),
    ] {
        out.u32(count(n));
    }
    index.leads.iter().for_each(|&lead| out.u32(count(lead)));
    for statement in index.statements {
        out.u32(u32::from(statement.unit));
        out.u32(statement.kind.code());
    }
    offsets(&mut out, words.iter().map(|(word, _)| word.len()));
    words.iter().for_each(|&(_, id)| out.u32(id));
    words
        .iter()
        .for_each(|(word, _)| out.bytes.extend_from_slice(word.as_bytes()));
    for (a, b, id) in pairs {
        [a, b, id].into_iter().for_each(|n| out.u32(n));
    }
    index.idf.iter().for_each(|&idf| out.f32(idf));
    offsets(&mut out, postings.iter().map(Vec::len));
    postings
        .iter()
        .flatten()
        .for_each(|&entry| out.entry(entry));
    offsets(&mut out, work.iter().map(Vec::len));
    work.iter().flatten().for_each(|&entry| out.entry(entry));
    out.bytes
}

/// An offset table for sections of these lengths: 0, then each running total.
fn offsets(out: &mut Writer, lengths: impl Iterator<Item = usize>) {
    let mut total = 0u32;
    out.u32(total);
    for length in lengths {
        total += u32::try_from(length).expect("the index fits u32 offsets");
        out.u32(total);
    }
}

/// The lead statement's first sentence: what the occupation does. The rest says where its
/// workers are employed.
pub fn first_sentence(text: &str) -> &str {
    text.find(". ").map_or(text, |end| &text[..=end])
}

/// The verb an agent noun names, when the duties use it: "supervisor" -> "supervis" (as in
/// "supervise"), "driver" -> "drive", "receptionist" -> "recept".
fn agent_verb(word: &str, analyzer: &Analyzer, work_stems: &HashSet<&str>) -> Option<String> {
    let own = analyzer.term(word)?;
    let base = ["er", "or", "ist", "ant", "ent"]
        .iter()
        .find_map(|suffix| word.strip_suffix(suffix))?;
    if base.len() < 3 {
        return None;
    }
    [base.to_owned(), format!("{base}e")]
        .into_iter()
        .filter_map(|candidate| analyzer.term(&candidate))
        .find(|stem| *stem != own && work_stems.contains(stem.as_str()))
}

/// The part of an example title that names the job: "account records clerk - payroll" names a
/// clerk, "accountant (CPA)" an accountant.
fn job_part(title: &str) -> &str {
    title
        .split([',', '('])
        .next()
        .and_then(|job| job.split(" - ").next())
        .unwrap_or(title)
        .trim()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn agent_nouns_name_the_work_the_duties_describe() {
        let analyzer = Analyzer::default();
        let terms: Vec<String> = ["supervise staff", "drive trucks", "greet visitors"]
            .iter()
            .flat_map(|duty| analyzer.terms(duty))
            .collect();
        let work: HashSet<&str> = terms.iter().map(String::as_str).collect();
        let verb = |word: &str| agent_verb(word, &analyzer, &work);
        assert_eq!(verb("supervisor").as_deref(), Some("supervis"));
        assert_eq!(verb("driver").as_deref(), Some("drive"));
        assert_eq!(verb("greeter").as_deref(), Some("greet"));
        // Not an agent noun, or no duty does the work.
        assert_eq!(verb("clerk"), None);
        assert_eq!(verb("carpenter"), None);
    }

    #[test]
    fn the_job_is_named_before_a_dash_comma_or_bracket() {
        assert_eq!(
            job_part("account records clerk - payroll"),
            "account records clerk"
        );
        assert_eq!(job_part("accountant (CPA)"), "accountant");
        assert_eq!(job_part("clerk, payroll"), "clerk");
        assert_eq!(job_part("kitchen supervisor"), "kitchen supervisor");
    }
}
