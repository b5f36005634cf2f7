//! From a line of text to the terms the classifier compares: words are lower-cased, spelled
//! one way (Canadian and US spellings agree), Canadian workplace terms are expanded into the
//! words the NOC uses ("HST" -> "sales tax"), stop words are dropped and the rest stemmed.

use foldhash::HashMap;

use rust_stemmers::{Algorithm, Stemmer};

/// The hand-maintained lexicon: spelling variants and Canadian workplace terms.
pub const LEXICON_TSV: &str = include_str!("../../data/lexicon.tsv");

/// Words that say nothing about which occupation a line describes.
const STOP_WORDS: &[&str] = &[
    "a",
    "about",
    "above",
    "after",
    "all",
    "also",
    "am",
    "an",
    "and",
    "any",
    "are",
    "as",
    "at",
    "be",
    "been",
    "before",
    "being",
    "between",
    "both",
    "but",
    "by",
    "can",
    "could",
    "did",
    "do",
    "does",
    "doing",
    "during",
    "each",
    "either",
    "etc",
    "every",
    "for",
    "from",
    "had",
    "has",
    "have",
    "having",
    "he",
    "her",
    "hers",
    "him",
    "his",
    "how",
    "i",
    "if",
    "in",
    "into",
    "is",
    "it",
    "its",
    "itself",
    "me",
    "more",
    "most",
    "mr",
    "mrs",
    "ms",
    "my",
    "no",
    "nor",
    "not",
    "of",
    "off",
    "on",
    "once",
    "one",
    "only",
    "or",
    "other",
    "others",
    "our",
    "ours",
    "out",
    "over",
    "own",
    "per",
    "same",
    "she",
    "should",
    "so",
    "some",
    "such",
    "than",
    "that",
    "the",
    "their",
    "theirs",
    "them",
    "then",
    "there",
    "these",
    "they",
    "this",
    "those",
    "through",
    "to",
    "too",
    "under",
    "until",
    "up",
    "upon",
    "us",
    "various",
    "very",
    "via",
    "was",
    "we",
    "were",
    "what",
    "when",
    "where",
    "which",
    "while",
    "who",
    "whom",
    "why",
    "will",
    "with",
    "within",
    "would",
    "you",
    "your",
    "e.g",
    "eg",
    "ie",
    "may",
    "including",
    "include",
    "includes",
    "such",
    "well",
    "required",
    "responsible",
    "responsibilities",
    "duties",
    "duty",
    "task",
    "tasks",
    "perform",
    "performed",
    "performing",
    "performs",
    "ensure",
    "ensured",
    "ensures",
    "ensuring",
    "related",
    "using",
    "use",
    "used",
    "uses",
    "provide",
    "provided",
    "provides",
    "providing",
    "according",
    "necessary",
    "appropriate",
    "specific",
];

/// One entry of the lexicon.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Rewrite {
    /// Replace the word with another spelling.
    Spelling(String),
    /// Replace the word (or acronym) with the NOC's words for it.
    Term(Vec<String>),
}

/// A multi-word lexicon entry: its words and what they expand to.
type Phrase = (Vec<String>, Vec<String>);

/// Turns text into stemmed terms.
pub struct Analyzer {
    stemmer: Stemmer,
    /// Stems already computed: the NOC text repeats its words many times.
    stems: std::sync::RwLock<HashMap<String, String>>,
    rewrites: HashMap<String, Rewrite>,
    /// Multi-word terms of the lexicon ("source deductions"), first word -> (words, expansion).
    phrases: HashMap<String, Vec<Phrase>>,
}

impl Default for Analyzer {
    fn default() -> Self {
        Analyzer::new(LEXICON_TSV)
    }
}

impl Analyzer {
    /// Builds an analyzer from a lexicon in TSV form: `kind<TAB>from<TAB>to`, where kind is
    /// `spelling` or `term`; `#` starts a comment line.
    pub fn new(lexicon: &str) -> Analyzer {
        let mut rewrites = HashMap::default();
        let mut phrases: HashMap<String, Vec<Phrase>> = HashMap::default();
        for line in lexicon.lines() {
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let mut fields = line.split('\t');
            let (Some(kind), Some(from), Some(to)) = (fields.next(), fields.next(), fields.next())
            else {
                continue;
            };
            let from_words = words(from);
            let to_words = words(to);
            match (kind, from_words.as_slice()) {
                ("spelling", [word]) => {
                    rewrites.insert(word.clone(), Rewrite::Spelling(to.trim().to_lowercase()));
                }
                ("term", [word]) => {
                    rewrites.insert(word.clone(), Rewrite::Term(to_words));
                }
                ("term", [first, ..]) => {
                    phrases
                        .entry(first.clone())
                        .or_default()
                        .push((from_words.clone(), to_words));
                }
                _ => {}
            }
        }
        for list in phrases.values_mut() {
            // Longest phrase first, so "source deductions" wins over "source".
            list.sort_by_key(|(words, _)| std::cmp::Reverse(words.len()));
        }
        Analyzer {
            stemmer: Stemmer::create(Algorithm::English),
            stems: Default::default(),
            rewrites,
            phrases,
        }
    }

    /// The stemmed content terms of `text`, in order.
    pub fn terms(&self, text: &str) -> Vec<String> {
        let words = words(text);
        let mut out = Vec::with_capacity(words.len());
        let mut i = 0;
        while i < words.len() {
            if let Some((length, expansion)) = self.phrase_at(&words[i..]) {
                for word in expansion {
                    self.push_term(word, &mut out);
                }
                i += length;
                continue;
            }
            match self.rewrites.get(&words[i]) {
                Some(Rewrite::Spelling(word)) => self.push_term(word, &mut out),
                Some(Rewrite::Term(expansion)) => {
                    for word in expansion {
                        self.push_term(word, &mut out);
                    }
                }
                None => self.push_term(&words[i], &mut out),
            }
            i += 1;
        }
        out
    }

    /// The term one lower-case word becomes, or `None` for a stop word.
    pub fn term(&self, word: &str) -> Option<String> {
        let mut out = Vec::new();
        self.push_term(word, &mut out);
        out.pop()
    }

    fn phrase_at<'a>(&'a self, words: &[String]) -> Option<(usize, &'a [String])> {
        let candidates = self.phrases.get(words.first()?)?;
        candidates
            .iter()
            .find(|(phrase, _)| words.len() >= phrase.len() && words[..phrase.len()] == **phrase)
            .map(|(phrase, expansion)| (phrase.len(), expansion.as_slice()))
    }

    fn push_term(&self, word: &str, out: &mut Vec<String>) {
        let word = match self.rewrites.get(word) {
            Some(Rewrite::Spelling(canonical)) => canonical.as_str(),
            _ => word,
        };
        if is_stop_word(word) || word.len() < 2 && !word.bytes().all(|b| b.is_ascii_digit()) {
            return;
        }
        out.push(self.stem(word));
    }
}

/// At most this many stems are remembered.
const STEM_CACHE: usize = 100_000;

impl Analyzer {
    fn stem(&self, word: &str) -> String {
        if let Ok(stems) = self.stems.read()
            && let Some(stem) = stems.get(word)
        {
            return stem.clone();
        }
        let stem = self.stemmer.stem(word).into_owned();
        if let Ok(mut stems) = self.stems.write()
            && stems.len() < STEM_CACHE
        {
            stems.insert(word.to_owned(), stem.clone());
        }
        stem
    }
}

/// Whether a lower-case word is a stop word.
pub fn is_stop_word(word: &str) -> bool {
    static SET: std::sync::OnceLock<foldhash::HashSet<&'static str>> = std::sync::OnceLock::new();
    SET.get_or_init(|| STOP_WORDS.iter().copied().collect())
        .contains(word)
}

/// Lower-cased words: runs of letters and digits, with inner apostrophes and hyphens splitting
/// words ("workers'" -> "workers", "follow-up" -> "follow", "up").
pub fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|word| !word.is_empty())
        .map(|word| word.to_lowercase())
        .filter(|word| word != "s")
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn analyzer() -> Analyzer {
        Analyzer::new(
            "# test lexicon\nspelling\tlabour\tlabor\nterm\thst\tharmonized sales tax\nterm\tsource deductions\tpayroll deductions remittance\n",
        )
    }

    #[test]
    fn stems_and_drops_stop_words() {
        let terms = analyzer().terms("Reconciled the bank accounts and prepared statements");
        assert_eq!(
            terms,
            ["reconcil", "bank", "account", "prepar", "statement"]
        );
    }

    #[test]
    fn spellings_agree() {
        let analyzer = analyzer();
        assert_eq!(analyzer.terms("labour"), analyzer.terms("labor"));
    }

    #[test]
    fn terms_and_phrases_expand() {
        let analyzer = analyzer();
        assert_eq!(analyzer.terms("HST"), ["harmon", "sale", "tax"]);
        assert_eq!(
            analyzer.terms("remitted source deductions"),
            ["remit", "payrol", "deduct", "remitt"]
        );
    }

    #[test]
    fn words_split_on_punctuation() {
        assert_eq!(
            words("workers' follow-up T4s"),
            ["workers", "follow", "up", "t4s"]
        );
    }
}
