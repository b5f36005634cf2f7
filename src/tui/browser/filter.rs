//! The browser's TEER filter: every unit group, or only TEER 0-3 (the occupations Express
//! Entry counts as skilled), in the results, the list of every unit group and the tree.

use super::Browser;
use crate::search::Filter;
use crate::tui::outcome::Outcome;

impl Browser {
    /// Whether the results and the tree list only TEER 0-3 (skilled for Express Entry).
    pub fn skilled_only(&self) -> bool {
        self.filter.skilled_only
    }

    /// Lists only TEER 0-3, or every TEER again, and says how many occupations are listed.
    pub fn toggle_skilled(&mut self) -> Outcome {
        self.filter = if self.filter.skilled_only {
            Filter::ALL
        } else {
            Filter::SKILLED
        };
        self.run_search();
        let which = if self.filter.skilled_only {
            "Skilled only (TEER 0-3)"
        } else {
            "Every TEER"
        };
        Outcome::inform(format!(
            "{which}: {} occupations listed",
            self.results.hits.len()
        ))
    }
}
