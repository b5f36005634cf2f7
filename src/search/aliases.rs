//! Job aliases: abbreviations and everyday names ("RN", "PSW", "AZ driver") and the NOC words
//! and unit groups they stand for, read from the hand-maintained `data/job-aliases.tsv`.

use std::collections::HashMap;
use std::sync::OnceLock;

use super::fold::fold;

/// The alias file, compiled in.
pub const ALIASES_TSV: &str = include_str!("../../data/job-aliases.tsv");

/// The expansion that leaves the alias's words out.
const NONE: &str = "(none)";

/// What one alias stands for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Alias {
    /// The alias as written in the file.
    pub name: String,
    /// Each reading of the alias as folded words ("registered nurse"); an empty one leaves the
    /// words out.
    pub expansions: Vec<Vec<String>>,
    /// The NOC 2021 unit groups the alias names, best first.
    pub codes: Vec<String>,
}

/// Every alias, by its folded words joined with single spaces.
#[derive(Debug, Default)]
pub struct Aliases {
    by_key: HashMap<String, Alias>,
    /// The most words in any alias.
    longest: usize,
}

/// A line of the alias file that could not be read.
#[derive(Debug, thiserror::Error)]
#[error("job aliases, line {line}: {problem}")]
pub struct AliasError {
    pub line: usize,
    pub problem: String,
}

impl Aliases {
    /// The aliases compiled into nocfit.
    pub fn embedded() -> &'static Aliases {
        static ALIASES: OnceLock<Aliases> = OnceLock::new();
        ALIASES.get_or_init(|| {
            Aliases::parse(ALIASES_TSV).expect("data/job-aliases.tsv is checked by tests")
        })
    }

    /// Reads the tab-separated alias file: alias, expansions separated by `|`, codes.
    pub fn parse(tsv: &str) -> Result<Aliases, AliasError> {
        let mut aliases = Aliases::default();
        for (number, line) in tsv.lines().enumerate() {
            let line_number = number + 1;
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let problem = |problem: &str| AliasError {
                line: line_number,
                problem: problem.to_owned(),
            };
            let mut columns = line.split('\t');
            let name = columns.next().unwrap_or_default().trim();
            let expands = columns
                .next()
                .ok_or_else(|| problem("no expansion: write the alias, a tab, then its words"))?;
            let codes: Vec<String> = columns
                .next()
                .unwrap_or_default()
                .split_whitespace()
                .map(str::to_owned)
                .collect();
            if columns.next().is_some() {
                return Err(problem("more than three tab-separated columns"));
            }
            let key = words(name).join(" ");
            if key.is_empty() {
                return Err(problem("the alias is empty"));
            }
            // `(none)` is a reading without the word: "sr software developer" also finds
            // "software developer".
            let expansions: Vec<Vec<String>> = expands
                .split('|')
                .map(str::trim)
                .filter(|expansion| !expansion.is_empty())
                .map(|expansion| match expansion {
                    NONE => Vec::new(),
                    words_ => words(words_),
                })
                .collect();
            if expansions.iter().all(Vec::is_empty) {
                return Err(problem("the expansion is empty"));
            }
            if codes
                .iter()
                .any(|code| code.len() != 5 || !code.bytes().all(|b| b.is_ascii_digit()))
            {
                return Err(problem("codes must be 5-digit NOC 2021 unit groups"));
            }
            aliases.longest = aliases.longest.max(key.split(' ').count());
            let alias = Alias {
                name: name.to_owned(),
                expansions,
                codes,
            };
            if aliases.by_key.insert(key, alias).is_some() {
                return Err(problem("the alias is listed twice"));
            }
        }
        Ok(aliases)
    }

    /// The alias that `words` (folded) spell, if any.
    pub fn get(&self, words: &[&str]) -> Option<&Alias> {
        if words.is_empty() || words.len() > self.longest {
            return None;
        }
        self.by_key.get(&words.join(" "))
    }

    /// The most words in any alias.
    pub fn longest(&self) -> usize {
        self.longest
    }

    /// Every alias, in no particular order.
    pub fn iter(&self) -> impl Iterator<Item = &Alias> {
        self.by_key.values()
    }
}

/// The folded words of `text`, as a query is split.
pub fn words(text: &str) -> Vec<String> {
    fold(text)
        .split_whitespace()
        .map(|word| word.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|word| !word.is_empty())
        .map(str::to_owned)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn aliases_fold_like_queries() {
        let aliases = Aliases::parse("R.N.\tregistered nurse\t31301\nFull-Stack\tweb developer\n")
            .expect("valid");
        assert_eq!(
            aliases.get(&["rn"]).map(|a| a.codes.clone()),
            Some(vec!["31301".into()])
        );
        assert!(aliases.get(&["full", "stack"]).is_some());
        assert!(aliases.get(&["full"]).is_none());
    }

    #[test]
    fn bad_lines_say_where() {
        let error = Aliases::parse("# comment\nrn\n").expect_err("no expansion");
        assert_eq!(error.line, 2);
        assert!(Aliases::parse("rn\tnurse\t3130\n").is_err());
        assert!(Aliases::parse("rn\tnurse\nRN\tnurse\n").is_err());
    }

    #[test]
    fn the_embedded_file_reads() {
        assert!(Aliases::parse(ALIASES_TSV).is_ok());
    }
}
