//! IRCC's program rules that nocfit applies, as data: how work experience counts for Express
//! Entry (the 30-hour week, the 1,560-hour year, each program's years and window) and which
//! occupations are skilled trades for the Federal Skilled Trades program. They live in
//! `data/ircc-rules.json` with the date they were checked and their canada.ca sources, so a
//! change of rule is a change of data, not of code.

use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

/// How work experience counts.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
pub struct ExperienceRule {
    /// Hours a week that make full-time work; hours above it do not count.
    pub full_time_hours_per_week: f64,
    /// Hours that make one year of full-time work (52 weeks at full time).
    pub hours_per_year: f64,
    /// The rule in words.
    pub rule: String,
    pub source: String,
}

/// One Express Entry program's experience requirement.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
pub struct Program {
    /// "FSW", "CEC", "FST".
    pub key: String,
    pub name: String,
    /// Years of full-time (or equal part-time) work needed.
    pub years: u32,
    /// Within this many years before the date of the check.
    pub within_years: u32,
    /// The work must be one continuous period.
    pub continuous: bool,
    /// Only work in Canada counts.
    pub in_canada: bool,
    pub rule: String,
    pub source: String,
}

/// A NOC group whose unit groups are skilled trades, less some groups under it.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
pub struct TradeGroup {
    pub code: String,
    pub except: Vec<String>,
}

/// The occupations of the Federal Skilled Trades program.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
pub struct SkilledTrades {
    pub rule: String,
    pub source: String,
    pub groups: Vec<TradeGroup>,
}

/// Every rule, with when it was checked.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
pub struct Rules {
    /// The date the rules were last checked against their sources (YYYY-MM-DD).
    pub checked: String,
    pub note: String,
    pub experience: ExperienceRule,
    pub programs: Vec<Program>,
    pub federal_skilled_trades: SkilledTrades,
}

/// The rules file, compiled into the binary.
pub const RULES_JSON: &str = include_str!("../data/ircc-rules.json");

/// The rules nocfit applies.
pub fn rules() -> &'static Rules {
    static CELL: OnceLock<Rules> = OnceLock::new();
    CELL.get_or_init(|| {
        serde_json::from_str(RULES_JSON).expect("data/ircc-rules.json is valid (a test checks it)")
    })
}

impl SkilledTrades {
    /// Whether a NOC 2021 unit group is a skilled trade for the Federal Skilled Trades program.
    pub fn includes(&self, code: &str) -> bool {
        self.groups.iter().any(|group| {
            code.starts_with(&group.code)
                && !group.except.iter().any(|except| code.starts_with(except))
        })
    }
}

/// Whether a NOC 2021 unit group is eligible for the Federal Skilled Trades program.
pub fn is_skilled_trade(code: &str) -> bool {
    rules().federal_skilled_trades.includes(code)
}

/// "Federal Skilled Trades: eligible" or "... not eligible", for profiles.
pub fn skilled_trades_standing(code: &str) -> &'static str {
    if is_skilled_trade(code) {
        "Federal Skilled Trades: eligible"
    } else {
        "Federal Skilled Trades: not eligible"
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_rules_file_reads_with_its_sources() {
        let rules = rules();
        assert_eq!(rules.experience.full_time_hours_per_week, 30.0);
        assert_eq!(rules.experience.hours_per_year, 1560.0);
        let keys: Vec<&str> = rules.programs.iter().map(|p| p.key.as_str()).collect();
        assert_eq!(keys, ["FSW", "CEC", "FST"]);
        for source in rules.programs.iter().map(|p| &p.source).chain([
            &rules.experience.source,
            &rules.federal_skilled_trades.source,
        ]) {
            assert!(source.starts_with("https://www.canada.ca/"), "{source}");
        }
    }
}
