//! The term index over every official statement: TF-IDF vectors, where a term's weight is how
//! specific it is to few occupations (counted over whole profiles), and an inverted index to
//! match a line against all of them at once.

use foldhash::HashSet;

use super::text::Analyzer;
use super::vocabulary::Vocabulary;
use crate::noc::UnitGroup;

/// What an official statement is, inside its unit group's profile.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StatementKind {
    /// The first sentence of the lead statement.
    Lead,
    /// Main duty number `n` (0-based, across role groups).
    Duty(u16),
    /// The unit group's title.
    Title,
    /// Example title number `n`.
    Example(u16),
}

/// One official statement with its term vector.
#[derive(Debug, Clone)]
pub struct Statement {
    pub unit: u16,
    pub kind: StatementKind,
}

/// A sparse vector: (term id, weight), sorted by term id, L2-normalised.
pub type SparseVector = Vec<(u32, f32)>;

/// TF-IDF vectors for the statements, with an inverted index.
pub struct TermIndex {
    vocabulary: Vocabulary,
    idf: Vec<f32>,
    pub statements: Vec<Statement>,
    /// Where the example titles start: they follow every unit's other statements.
    pub first_example: usize,
    /// Each unit group's lead statement; its duties follow it, then its title.
    leads: Vec<usize>,
    /// term -> (statement, weight)
    statement_postings: Vec<Vec<(u32, f32)>>,
    /// The vectors of the statements before the example titles (lead, duties and title of
    /// each unit group), to compare statements with each other.
    work_vectors: Vec<SparseVector>,
}

impl TermIndex {
    pub fn new(units: &[UnitGroup], analyzer: &Analyzer) -> TermIndex {
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
                if let Some(head) = super::text::words(job_part(example)).last()
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

        let mut index = TermIndex {
            vocabulary,
            idf,
            statements,
            first_example,
            leads,
            statement_postings: Vec::new(),
            work_vectors: Vec::new(),
        };
        let mut statement_postings = vec![Vec::new(); index.idf.len()];
        for (s, terms) in statement_terms.iter().enumerate() {
            let vector = index.vector(terms);
            for &(term, weight) in &vector {
                statement_postings[term as usize].push((s as u32, weight));
            }
            if s < first_example {
                index.work_vectors.push(vector);
            }
        }
        index.statement_postings = statement_postings;
        index
    }

    /// The statement id of a unit group's main duty number `n`.
    pub fn duty(&self, unit: usize, n: usize) -> Option<usize> {
        let id = self.leads.get(unit)? + 1 + n;
        let statement = self.statements.get(id)?;
        (usize::from(statement.unit) == unit && statement.kind == StatementKind::Duty(n as u16))
            .then_some(id)
    }

    /// The lead and duty statements of a unit group.
    pub fn work_statements(&self, unit: usize) -> std::ops::Range<usize> {
        let start = self.leads.get(unit).copied().unwrap_or(0);
        let end = self
            .leads
            .get(unit + 1)
            .copied()
            .unwrap_or(self.first_example);
        // The title closes each unit group's statements.
        start..end.saturating_sub(1)
    }

    /// Cosine similarity of two statements before the example titles (0 for others).
    pub fn similarity(&self, a: usize, b: usize) -> f32 {
        let (Some(a), Some(b)) = (self.work_vectors.get(a), self.work_vectors.get(b)) else {
            return 0.0;
        };
        let (mut i, mut j, mut sum) = (0, 0, 0.0);
        while i < a.len() && j < b.len() {
            match a[i].0.cmp(&b[j].0) {
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
                std::cmp::Ordering::Equal => {
                    sum += a[i].1 * b[j].1;
                    i += 1;
                    j += 1;
                }
            }
        }
        sum
    }

    /// The normalised TF-IDF vector of a list of terms; unknown terms are ignored.
    pub fn vector(&self, terms: &[String]) -> SparseVector {
        let mut counts = self.vocabulary.lookup(terms);
        counts.sort_unstable_by_key(|(id, _)| *id);
        let mut vector: SparseVector = Vec::with_capacity(counts.len());
        for (id, count) in counts {
            match vector.last_mut() {
                Some((last, total)) if *last == id => *total += count,
                _ => vector.push((id, count)),
            }
        }
        for (id, weight) in &mut vector {
            *weight = damped(*weight) * self.idf[*id as usize];
        }
        let norm = vector.iter().map(|(_, w)| w * w).sum::<f32>().sqrt();
        if norm > 0.0 {
            for (_, w) in &mut vector {
                *w /= norm;
            }
        }
        vector
    }

    /// Cosine similarity of `query` with every statement, accumulated into `scores`, which
    /// must be all zeros (see [`TermIndex::clear_statement_scores`]). The statements that
    /// share a term with the line go to `touched`: most of the 34,000 share none.
    pub fn score_statements(
        &self,
        query: &SparseVector,
        scores: &mut Vec<f32>,
        touched: &mut Vec<u32>,
    ) {
        if scores.len() != self.statements.len() {
            scores.clear();
            scores.resize(self.statements.len(), 0.0);
        }
        touched.clear();
        for &(term, weight) in query {
            for &(statement, w) in &self.statement_postings[term as usize] {
                let score = &mut scores[statement as usize];
                if *score == 0.0 {
                    touched.push(statement);
                }
                *score += weight * w;
            }
        }
    }

    /// Zeros the scores [`TermIndex::score_statements`] left, cheaper than zeroing all.
    pub fn clear_statement_scores(&self, scores: &mut [f32], touched: &[u32]) {
        for &id in touched {
            if let Some(score) = scores.get_mut(id as usize) {
                *score = 0.0;
            }
        }
    }

    /// Whether the index knows a term.
    pub fn knows(&self, term: &str) -> bool {
        self.vocabulary.words.contains_key(term)
    }
}

/// Term frequency with diminishing returns: a term said twice is not twice the evidence.
fn damped(count: f32) -> f32 {
    if count <= 1.0 {
        count
    } else {
        1.0 + count.ln()
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
    use crate::noc::Catalog;

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

    #[test]
    fn each_example_title_is_a_statement_and_its_words_are_terms() {
        let units = Catalog::embedded().unit_groups();
        let analyzer = Analyzer::default();
        let index = TermIndex::new(units, &analyzer);
        let examples: usize = units.iter().map(|unit| unit.example_titles.len()).sum();
        assert_eq!(index.statements.len() - index.first_example, examples);
        assert!(
            index.statements[index.first_example..]
                .iter()
                .all(|statement| matches!(statement.kind, StatementKind::Example(_)))
        );
        // "timekeeper" appears only in an example title of 13102.
        let timekeeper = analyzer.terms("timekeeper");
        assert!(index.knows(&timekeeper[0]));
        let query = index.vector(&timekeeper);
        let (mut scores, mut touched) = (Vec::new(), Vec::new());
        index.score_statements(&query, &mut scores, &mut touched);
        let best = touched
            .iter()
            .max_by(|a, b| scores[**a as usize].total_cmp(&scores[**b as usize]))
            .map(|&id| &index.statements[id as usize]);
        let payroll = units.iter().position(|unit| unit.code == "13102");
        assert_eq!(best.map(|statement| usize::from(statement.unit)), payroll);
        // The scores are left for clearing, and clearing zeros them all.
        index.clear_statement_scores(&mut scores, &touched);
        assert!(scores.iter().all(|&score| score == 0.0));
    }
}
