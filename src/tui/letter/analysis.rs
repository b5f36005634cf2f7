//! The live analysis of the letter being edited: line results cached by their text, so a
//! keystroke reclassifies only the line it changed, and the whole-letter figures rebuilt from
//! the cache.

use std::collections::HashMap;

use crate::classify::Classifier;
use crate::letter::{
    Date, Experience, LetterAnalysis, LetterLine, LineAnalysis, Summary, analyze_line, experience,
    split_lines, summarize,
};
use crate::noc::UnitGroup;

/// More cached lines than this and the cache keeps only the lines in the letter.
const CACHE_LIMIT: usize = 4096;

/// Every line of the letter analysed, and the whole-letter figures.
pub struct LiveAnalysis {
    classifier: &'static Classifier,
    target: Option<&'static UnitGroup>,
    /// Line results by line text, for the current target.
    cache: HashMap<String, LineAnalysis>,
    pub lines: Vec<LineAnalysis>,
    pub summary: Summary,
    /// The experience the letter states, counted as of `as_of` (shown under the checklist).
    pub experience: Experience,
    /// The date experience is counted as of: today, or `--as-of`.
    pub as_of: Date,
    /// Lines classified by the last update (the rest came from the cache).
    pub classified: usize,
}

impl LiveAnalysis {
    pub fn new(classifier: &'static Classifier) -> LiveAnalysis {
        LiveAnalysis {
            classifier,
            target: None,
            cache: HashMap::new(),
            lines: Vec::new(),
            summary: summarize(classifier.catalog(), &[], None),
            experience: experience::experience::<LetterLine>(&[], Date::EPOCH, None),
            as_of: Date::EPOCH,
            classified: 0,
        }
    }

    /// Analyses `text` (its lines joined with `\n`) against `target`. Lines whose text and kind
    /// were analysed before for the same target come from the cache.
    pub fn update(&mut self, text: &str, target: Option<&'static UnitGroup>) {
        if self.target.map(|t| &t.code) != target.map(|t| &t.code) {
            self.cache.clear();
            self.target = target;
        }
        self.classified = 0;
        let mut analysed = Vec::new();
        for line in split_lines(text, false) {
            let analysis = match self.cache.get(&line.text) {
                Some(cached) if cached.line.kind == line.kind => {
                    let mut analysis = cached.clone();
                    analysis.line = line;
                    analysis
                }
                _ => {
                    self.classified += usize::from(line.kind == crate::letter::LineKind::Duty);
                    let analysis = analyze_line(self.classifier, line, target);
                    self.cache
                        .insert(analysis.line.text.clone(), analysis.clone());
                    analysis
                }
            };
            analysed.push(analysis);
        }
        if self.cache.len() > CACHE_LIMIT {
            self.cache.clear();
            for line in &analysed {
                self.cache.insert(line.line.text.clone(), line.clone());
            }
        }
        crate::letter::judge_lines(self.classifier, &mut analysed, target);
        self.summary = summarize(self.classifier.catalog(), &analysed, target);
        let letter: Vec<&LetterLine> = analysed.iter().map(|line| &line.line).collect();
        let trade = target.map(|unit| crate::rules::is_skilled_trade(&unit.code));
        self.experience = experience::experience(&letter, self.as_of, trade);
        self.lines = analysed;
    }

    /// The analysis as `nocfit check` builds it, for the Markdown report.
    pub fn letter_analysis(&self) -> LetterAnalysis {
        LetterAnalysis {
            target: self.target,
            lines: self.lines.clone(),
            summary: self.summary.clone(),
        }
    }
}
