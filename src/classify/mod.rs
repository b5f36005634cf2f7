//! The duty classifier: which NOC 2021 unit group a line of a reference letter describes, with
//! the official statement that matched as evidence.

mod index;
mod judge;
pub mod text;
mod vectors;

use std::sync::OnceLock;

pub use index::StatementKind;
use index::{TermIndex, first_sentence};
pub use judge::{Colour, Judgement, Weakness, is_generic, judge, shorten};
use text::Analyzer;
use vectors::{TokenVectors, dot};

use crate::noc::{Catalog, UnitGroup};

/// How much each kind of evidence counts towards a unit group's score for a line.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Weights {
    /// Similarity to the unit group's closest main duty.
    pub best_duty: f32,
    /// Similarity to its second-closest main duty.
    pub second_duty: f32,
    /// Similarity to the lead statement (weaker evidence than a duty).
    pub lead: f32,
    /// Similarity to the title or the closest example title (weaker still).
    pub titles: f32,
    /// Similarity to the whole profile at once.
    pub profile: f32,
    /// Closeness in meaning (token vectors) to the whole profile.
    pub meaning_profile: f32,
    /// Closeness in meaning to the closest main duty.
    pub meaning_duty: f32,
}

impl Default for Weights {
    /// Tuned on the dev sets (`examples/eval.rs`, then `../shared/eval/score.py`).
    fn default() -> Self {
        Weights {
            best_duty: 0.5,
            second_duty: 0.1,
            lead: 0.4,
            titles: 0.55,
            profile: 1.0,
            meaning_profile: 0.5,
            meaning_duty: 1.0,
        }
    }
}

/// The official statement that best supports a unit group for a line.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Evidence<'a> {
    pub kind: StatementKind,
    /// The statement's text (for titles, the unit group's title).
    pub text: &'a str,
    /// Cosine similarity of the line's terms with the statement's, 0-1.
    pub similarity: f32,
}

impl Evidence<'_> {
    /// The statement in quotes, with what it is when it is a title: `“Post journal entries
    /// and reconcile accounts, …”`, `the example title “payroll clerk”`.
    pub fn quoted(&self) -> String {
        self.quote(self.text)
    }

    /// Like [`Evidence::quoted`], with a long statement cut at a word boundary.
    pub fn quoted_short(&self) -> String {
        self.quote(&shorten(self.text))
    }

    fn quote(&self, text: &str) -> String {
        match self.kind {
            StatementKind::Lead | StatementKind::Duty(_) => format!("“{text}”"),
            StatementKind::Title => format!("the title “{text}”"),
            StatementKind::Example(_) => format!("the example title “{text}”"),
        }
    }

    /// Whether it describes work (a duty or the lead statement), not a job title.
    pub fn is_work(&self) -> bool {
        matches!(self.kind, StatementKind::Lead | StatementKind::Duty(_))
    }
}

/// A unit group's standing for one line.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Candidate<'a> {
    pub unit: &'a UnitGroup,
    pub score: f32,
    pub evidence: Option<Evidence<'a>>,
}

/// A line scored against every unit group.
#[derive(Debug, Clone, PartialEq)]
pub struct LineScores {
    /// Score per unit group, in catalog order.
    pub scores: Vec<f32>,
    /// The best statement per unit group: (statement id, similarity).
    best_statement: Vec<Option<(u32, f32)>>,
    /// Statements the line resembles, most similar first: (statement id, similarity).
    statements: Vec<(u32, f32)>,
    /// How many of the line's terms the classification knows.
    pub known_terms: usize,
}

/// Buffers for scoring a line, kept per thread: allocating and zeroing the 34,000 statement
/// scores for every line cost more than the scoring itself.
#[derive(Default)]
struct Scratch {
    /// Similarity per statement; all zeros between lines.
    scores: Vec<f32>,
    /// The statements the line shares a term with.
    touched: Vec<u32>,
    /// The statements the line resembles, before keeping the closest.
    similar: Vec<(u32, f32)>,
}

thread_local! {
    static SCRATCH: std::cell::Cell<Scratch> = Default::default();
}

/// How many unit groups, best first, are compared duty by duty in meaning.
const CONTENDERS: usize = 64;

/// A line that restates one official duty closely (similarity above `CLOSE_DUTY`) earns
/// `CLOSE_DUTY_BONUS` per unit of similarity above it, on top of the linear weight: "Prepared
/// payroll cheques and paid utility and tax bills" is 12200's duty almost word for word, and
/// the profile of 13102 (payroll) must not outweigh that.
const CLOSE_DUTY: f32 = 0.5;
const CLOSE_DUTY_BONUS: f32 = 1.0;

/// How much a title counts as evidence, relative to a duty.
const TITLE_EVIDENCE: f32 = 0.6;

/// How many similar statements a line keeps for coverage and verbatim checks.
const KEPT_STATEMENTS: usize = 48;

/// Scores lines against all 516 unit groups.
pub struct Classifier {
    catalog: &'static Catalog,
    analyzer: Analyzer,
    index: TermIndex,
    vectors: TokenVectors,
    /// The meaning vector of every statement, in index order, `dimensions` values each.
    statement_vectors: Vec<f32>,
    /// The meaning vector of every unit group's whole profile.
    profile_vectors: Vec<f32>,
    weights: Weights,
}

impl Classifier {
    pub fn new(catalog: &'static Catalog, weights: Weights) -> Classifier {
        let analyzer = Analyzer::default();
        let index = TermIndex::new(catalog.unit_groups(), &analyzer);
        let units = catalog.unit_groups();
        let profiles: Vec<String> = units.iter().map(profile_text).collect();
        let mut vectors = TokenVectors::embedded();
        vectors.weigh(profiles.iter().map(String::as_str));
        let mut classifier = Classifier {
            catalog,
            analyzer,
            index,
            vectors,
            statement_vectors: Vec::new(),
            profile_vectors: Vec::new(),
            weights,
        };
        // Meaning vectors for the lead, duty and title statements; example titles have none.
        classifier.statement_vectors = (0..classifier.index.first_example as u32)
            .flat_map(|id| classifier.vectors.embed(classifier.statement_text(id)))
            .collect();
        classifier.profile_vectors = profiles
            .iter()
            .flat_map(|profile| classifier.vectors.embed(profile))
            .collect();
        classifier
    }

    /// The classifier over the embedded data, built once.
    pub fn embedded() -> &'static Classifier {
        static CLASSIFIER: OnceLock<Classifier> = OnceLock::new();
        CLASSIFIER.get_or_init(|| Classifier::new(Catalog::embedded(), Weights::default()))
    }

    pub fn catalog(&self) -> &'static Catalog {
        self.catalog
    }

    /// Scores one line against every unit group.
    pub fn score(&self, line: &str) -> LineScores {
        let terms = self.analyzer.terms(line);
        let known_terms = terms.iter().filter(|t| self.index.knows(t)).count();
        let query = self.index.vector(&terms);
        let units = self.catalog.unit_groups().len();
        let mut scratch = SCRATCH.take();
        self.index
            .score_statements(&query, &mut scratch.scores, &mut scratch.touched);
        let (statement_scores, touched) = (&scratch.scores, &scratch.touched);
        let mut profile_scores = Vec::new();
        self.index
            .score_profiles(&query, units, &mut profile_scores);

        let weights = &self.weights;
        let mut best = vec![0.0f32; units];
        let mut second = vec![0.0f32; units];
        let mut lead = vec![0.0f32; units];
        let mut titles = vec![0.0f32; units];
        let mut best_statement: Vec<Option<(u32, f32)>> = vec![None; units];
        let mut best_weighted = vec![0.0f32; units];
        let statements = &mut scratch.similar;
        statements.clear();
        for &id in touched {
            let id = id as usize;
            let statement = &self.index.statements[id];
            let similarity = statement_scores[id];
            if similarity <= 0.0 {
                continue;
            }
            if id < self.index.first_example {
                statements.push((id as u32, similarity));
            }
            let unit = statement.unit as usize;
            match statement.kind {
                StatementKind::Duty(_) => {
                    if similarity > best[unit] {
                        second[unit] = best[unit];
                        best[unit] = similarity;
                    } else if similarity > second[unit] {
                        second[unit] = similarity;
                    }
                }
                StatementKind::Lead => lead[unit] = similarity,
                StatementKind::Title | StatementKind::Example(_) => {
                    titles[unit] = titles[unit].max(similarity);
                }
            }
            let weighted = similarity * self.evidence_weight(statement.kind);
            if best_weighted[unit] < weighted {
                best_weighted[unit] = weighted;
                best_statement[unit] = Some((id as u32, similarity));
            }
        }
        if statements.len() > KEPT_STATEMENTS {
            statements.select_nth_unstable_by(KEPT_STATEMENTS, |a, b| b.1.total_cmp(&a.1));
            statements.truncate(KEPT_STATEMENTS);
        }
        statements.sort_unstable_by(|a, b| b.1.total_cmp(&a.1));
        let statements = statements.clone();
        self.index
            .clear_statement_scores(&mut scratch.scores, &scratch.touched);
        SCRATCH.set(scratch);

        let meaning = self.vectors.embed(line);
        let dimensions = self.vectors.dimensions();
        let profile_meaning: Vec<f32> = (0..units)
            .map(|unit| {
                dot(
                    &meaning,
                    &self.profile_vectors[unit * dimensions..(unit + 1) * dimensions],
                )
            })
            .collect();
        let mut scores: Vec<f32> = (0..units)
            .map(|unit| {
                weights.meaning_profile * profile_meaning[unit]
                    + weights.best_duty * best[unit]
                    + CLOSE_DUTY_BONUS * (best[unit] - CLOSE_DUTY).max(0.0)
                    + weights.second_duty * second[unit]
                    + weights.lead * lead[unit]
                    + weights.titles * titles[unit]
                    + weights.profile * profile_scores[unit]
            })
            .collect();
        // Closeness in meaning to each duty costs a dot product per duty, so it is computed
        // only for the unit groups already in contention; for the others, closeness to the
        // whole profile stands in for it.
        if weights.meaning_duty != 0.0 {
            let mut order: Vec<usize> = (0..units).collect();
            if units > CONTENDERS {
                order.select_nth_unstable_by(CONTENDERS, |&a, &b| scores[b].total_cmp(&scores[a]));
            }
            let (contenders, others) = order.split_at(CONTENDERS.min(units));
            for &unit in others {
                scores[unit] += weights.meaning_duty * profile_meaning[unit];
            }
            for &unit in contenders {
                let mut closest = 0.0f32;
                for id in self.index.unit_statements[unit].clone() {
                    if let StatementKind::Duty(_) = self.index.statements[id].kind {
                        let vector =
                            &self.statement_vectors[id * dimensions..(id + 1) * dimensions];
                        closest = closest.max(dot(&meaning, vector));
                    }
                }
                scores[unit] += weights.meaning_duty * closest;
            }
        }
        LineScores {
            scores,
            best_statement,
            statements,
            known_terms,
        }
    }

    /// How much a statement of this kind counts as evidence, relative to a duty.
    fn evidence_weight(&self, kind: StatementKind) -> f32 {
        let weights = &self.weights;
        match kind {
            StatementKind::Duty(_) => 1.0,
            StatementKind::Lead => weights.lead / weights.best_duty.max(f32::EPSILON),
            // A title names the job, not the work: any duty or lead statement about as
            // close is the better evidence.
            StatementKind::Title | StatementKind::Example(_) => TITLE_EVIDENCE,
        }
    }

    /// The `k` best unit groups for a scored line, best first.
    pub fn top(&self, line: &LineScores, k: usize) -> Vec<Candidate<'static>> {
        let mut order: Vec<usize> = (0..line.scores.len()).collect();
        let by_score =
            |a: &usize, b: &usize| line.scores[*b].total_cmp(&line.scores[*a]).then(a.cmp(b));
        if k < order.len() {
            order.select_nth_unstable_by(k, by_score);
            order.truncate(k);
        }
        order.sort_unstable_by(by_score);
        order
            .into_iter()
            .map(|unit| self.candidate(line, unit))
            .collect()
    }

    /// A unit group's standing for a scored line.
    pub fn candidate(&self, line: &LineScores, unit: usize) -> Candidate<'static> {
        Candidate {
            unit: &self.catalog.unit_groups()[unit],
            score: line.scores[unit],
            evidence: line.best_statement[unit].map(|(id, similarity)| Evidence {
                kind: self.index.statements[id as usize].kind,
                text: self.statement_text(id),
                similarity,
            }),
        }
    }

    /// How similar the line is to each main duty of a unit group (by duty number), for the
    /// duties it resembles at all.
    pub fn duty_similarities(&self, line: &LineScores, unit: usize) -> Vec<(usize, f32)> {
        line.statements
            .iter()
            .filter_map(|&(id, similarity)| {
                let statement = &self.index.statements[id as usize];
                match statement.kind {
                    StatementKind::Duty(n) if statement.unit as usize == unit => {
                        Some((usize::from(n), similarity))
                    }
                    _ => None,
                }
            })
            .collect()
    }

    /// How similar the line is to a unit group's lead statement.
    pub fn lead_similarity(&self, line: &LineScores, unit: usize) -> f32 {
        line.statements
            .iter()
            .find(|&&(id, _)| {
                let statement = &self.index.statements[id as usize];
                statement.kind == StatementKind::Lead && statement.unit as usize == unit
            })
            .map_or(0.0, |&(_, similarity)| similarity)
    }

    /// The statements most similar to the line, most similar first, with their unit groups.
    pub fn similar_statements<'a>(
        &'a self,
        line: &'a LineScores,
    ) -> impl Iterator<Item = (&'static UnitGroup, Evidence<'static>)> + 'a {
        line.statements.iter().map(|&(id, similarity)| {
            let statement = &self.index.statements[id as usize];
            (
                &self.catalog.unit_groups()[statement.unit as usize],
                Evidence {
                    kind: statement.kind,
                    text: self.statement_text(id),
                    similarity,
                },
            )
        })
    }

    /// The text of an official statement.
    fn statement_text(&self, id: u32) -> &'static str {
        let statement = &self.index.statements[id as usize];
        let unit = &self.catalog.unit_groups()[statement.unit as usize];
        match statement.kind {
            StatementKind::Lead => first_sentence(&unit.lead_statement),
            StatementKind::Duty(n) => unit
                .duties()
                .nth(usize::from(n))
                .map_or("", |(_, duty)| duty),
            StatementKind::Title => &unit.title,
            StatementKind::Example(n) => unit
                .example_titles
                .get(usize::from(n))
                .map_or("", String::as_str),
        }
    }
}

/// A unit group's whole profile as one text: title, lead statement and duties.
fn profile_text(unit: &UnitGroup) -> String {
    let mut text = format!("{}. {}", unit.title, unit.lead_statement);
    for (_, duty) in unit.duties() {
        text.push_str(". ");
        text.push_str(duty);
    }
    text
}
