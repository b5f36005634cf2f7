//! The live analysis of the letter being edited: line results cached by their text, so a
//! keystroke reclassifies only the line it changed, and the whole-letter figures rebuilt from
//! the cache. At start-up the classifier and the verbatim check's statements load on other
//! threads ([`Engine::Loading`]): the letter shows at once, unanalysed, and is analysed when
//! they are ready ([`LiveAnalysis::poll`]).

use std::collections::HashMap;
use std::time::{Duration, Instant};

use crate::classify::Classifier;
use crate::letter::{
    Date, Experience, LetterAnalysis, LetterLine, LineAnalysis, Summary, analyze_line, experience,
    split_lines, summarize,
};
use crate::noc::UnitGroup;

/// More cached lines than this and the cache keeps only the lines in the letter.
const CACHE_LIMIT: usize = 4096;

/// More than this spent waiting for the other threads, and the classifier and the tables are
/// built here instead (a thread that could not start never finishes).
const LOAD_PATIENCE: Duration = Duration::from_secs(3);

/// How often a waiting letter looks for the classifier.
const POLL: Duration = Duration::from_millis(10);

/// Where the live analysis gets its classifier.
#[derive(Clone, Copy)]
pub enum Engine {
    Ready(&'static Classifier),
    /// The embedded classifier and the verbatim check's statements, being built on other
    /// threads ([`Classifier::load_in_background`],
    /// [`crate::letter::prepare_statements_in_background`]).
    Loading,
}

impl From<&'static Classifier> for Engine {
    fn from(classifier: &'static Classifier) -> Engine {
        Engine::Ready(classifier)
    }
}

/// The embedded classifier, once it and the verbatim check's statements are built.
fn embedded_if_ready() -> Option<&'static Classifier> {
    Classifier::loaded().filter(|_| crate::letter::statements_ready())
}

/// The letter waiting for the classifier: since when, and what to analyse when it comes.
struct Waiting {
    since: Instant,
    text: String,
    target: Option<&'static UnitGroup>,
}

/// Every line of the letter analysed, and the whole-letter figures.
pub struct LiveAnalysis {
    /// None while the classifier loads.
    classifier: Option<&'static Classifier>,
    /// The classifier if it is ready to use, without waiting.
    load: fn() -> Option<&'static Classifier>,
    waiting: Option<Waiting>,
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
    pub fn new(engine: impl Into<Engine>) -> LiveAnalysis {
        let (classifier, summary) = match engine.into() {
            Engine::Ready(classifier) => {
                (Some(classifier), summarize(classifier.catalog(), &[], None))
            }
            // The empty summary needs no pattern, so nothing waits for the tables.
            Engine::Loading => (None, Summary::empty()),
        };
        LiveAnalysis {
            classifier,
            load: embedded_if_ready,
            waiting: None,
            target: None,
            cache: HashMap::new(),
            lines: Vec::new(),
            summary,
            experience: experience::experience::<LetterLine>(&[], Date::EPOCH, None),
            as_of: Date::EPOCH,
            classified: 0,
        }
    }

    /// Analyses `text` (its lines joined with `\n`) against `target`. Lines whose text and kind
    /// were analysed before for the same target come from the cache.
    /// While the classifier loads, the text waits (see [`LiveAnalysis::poll`]).
    pub fn update(&mut self, text: &str, target: Option<&'static UnitGroup>) {
        let Some(classifier) = self.ready() else {
            let since = self.waiting.as_ref().map_or_else(Instant::now, |w| w.since);
            self.waiting = Some(Waiting {
                since,
                text: text.to_owned(),
                target,
            });
            self.lines.clear();
            return;
        };
        self.waiting = None;
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
                    let analysis = analyze_line(classifier, line, target);
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
        crate::letter::judge_lines(classifier, &mut analysed, target);
        self.summary = summarize(classifier.catalog(), &analysed, target);
        let letter: Vec<&LetterLine> = analysed.iter().map(|line| &line.line).collect();
        let trade = target.map(|unit| crate::rules::is_skilled_trade(&unit.code));
        self.experience = experience::experience(&letter, self.as_of, trade);
        self.lines = analysed;
    }

    /// The classifier, once it and the verbatim check's statements are built.
    fn ready(&mut self) -> Option<&'static Classifier> {
        if self.classifier.is_none() {
            self.classifier = (self.load)();
        }
        self.classifier
    }

    /// Whether the letter waits for the classifier (it shows unanalysed, "analysing…").
    pub fn is_analysing(&self) -> bool {
        self.waiting.is_some()
    }

    /// Analyses the waiting letter if the classifier is ready, or builds the classifier here
    /// when it has not come after [`LOAD_PATIENCE`]. Returns whether it analysed.
    pub fn poll(&mut self, now: Instant) -> bool {
        let Some(since) = self.waiting.as_ref().map(|w| w.since) else {
            return false;
        };
        if self.ready().is_none() && now.saturating_duration_since(since) < LOAD_PATIENCE {
            return false;
        }
        self.finish();
        true
    }

    /// Analyses the waiting letter now, building the classifier and the tables here if they
    /// are not ready (or waiting for the threads building them).
    pub fn finish(&mut self) {
        let Some(waiting) = self.waiting.take() else {
            return;
        };
        if self.ready().is_none() {
            crate::letter::prepare();
            self.classifier = Some(Classifier::embedded());
        }
        self.update(&waiting.text, waiting.target);
    }

    /// How long until [`LiveAnalysis::poll`] should look again (while the letter waits).
    pub fn wake_in(&self) -> Option<Duration> {
        self.waiting.as_ref().map(|_| POLL)
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

#[cfg(test)]
mod tests {
    use std::sync::atomic::{AtomicBool, Ordering};

    use super::*;
    use crate::classify::Colour;
    use crate::noc::Catalog;
    use crate::tui::shell::theme::Theme;

    const LETTER: &str = "Duties:\n- Reconciling the bank and credit card accounts every month\n- Preparing the trial balance and the financial statements\n";

    fn loading(load: fn() -> Option<&'static Classifier>) -> LiveAnalysis {
        let mut live = LiveAnalysis::new(Engine::Loading);
        live.load = load;
        live
    }

    #[test]
    fn a_letter_waits_for_the_classifier_then_is_analysed_as_usual() {
        static READY: AtomicBool = AtomicBool::new(false);
        fn load() -> Option<&'static Classifier> {
            READY.load(Ordering::Relaxed).then(Classifier::embedded)
        }
        let target = Catalog::embedded().unit("12200");
        let mut live = loading(load);
        live.update(LETTER, target);
        assert!(live.is_analysing());
        assert!(live.lines.is_empty());
        let source = super::super::panel::Source {
            live: &live,
            cursor_line: 1,
            target,
        };
        let panel = super::super::panel::Panel::Coverage;
        let rows = super::super::panel::rows(&source, panel, 60, Theme::COLOR);
        assert_eq!(rows.len(), 1);
        assert_eq!(rows[0].text.to_string(), "analysing…");
        assert_eq!(live.summary, Summary::empty());
        let start = Instant::now();
        assert_eq!(live.wake_in(), Some(POLL));
        assert!(!live.poll(start), "nothing to analyse with yet");
        READY.store(true, Ordering::Relaxed);
        assert!(live.poll(start));
        assert!(!live.is_analysing());
        assert_eq!(live.wake_in(), None);
        let mut ready = LiveAnalysis::new(Classifier::embedded());
        ready.update(LETTER, target);
        assert_eq!(live.lines, ready.lines);
        assert_eq!(live.summary, ready.summary);
        assert!(live.lines.iter().any(|l| l.colour() == Some(Colour::Green)));
    }

    #[test]
    fn a_classifier_that_never_comes_is_built_in_place() {
        let mut live = loading(|| None);
        live.update(LETTER, Catalog::embedded().unit("12200"));
        let start = Instant::now();
        assert!(!live.poll(start));
        assert!(live.poll(start + LOAD_PATIENCE));
        assert!(!live.is_analysing());
        assert_eq!(live.lines.len(), 3);
    }
}
