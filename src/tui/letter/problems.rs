//! Jumping to the next and previous red or amber duty line, as editors jump to the next
//! problem.

use super::LetterPane;
use crate::classify::Colour;

impl LetterPane {
    /// The 0-based lines that are red or amber duty lines, in order.
    fn problem_lines(&self) -> Vec<(usize, Colour)> {
        self.live
            .lines
            .iter()
            .enumerate()
            .filter(|(_, analysis)| analysis.is_duty())
            .filter_map(|(index, analysis)| match analysis.colour() {
                Some(colour @ (Colour::Red | Colour::Amber)) => Some((index, colour)),
                _ => None,
            })
            .collect()
    }

    /// Moves the cursor to the next (`forward`) or previous red or amber line, wrapping at the
    /// end of the letter with a notice.
    pub(super) fn jump_to_problem(&mut self, forward: bool) {
        let problems = self.problem_lines();
        if problems.is_empty() {
            let why = if self.target.is_none() {
                "No target, so no red or amber lines: set one first"
            } else {
                "No red or amber lines"
            };
            self.inform(why.to_owned());
            return;
        }
        let (cursor, _) = self.editor.cursor();
        let next = if forward {
            problems.iter().position(|&(line, _)| line > cursor)
        } else {
            problems.iter().rposition(|&(line, _)| line < cursor)
        };
        let (index, wrapped) = match next {
            Some(index) => (index, false),
            None if forward => (0, true),
            None => (problems.len() - 1, true),
        };
        let (line, colour) = problems[index];
        self.editor.jump_to_line(line);
        self.focus_letter();
        let colour = match colour {
            Colour::Red => "red",
            _ => "amber",
        };
        let wrap = match (wrapped, forward) {
            (false, _) => "",
            (true, true) => " (wrapped to the top)",
            (true, false) => " (wrapped to the bottom)",
        };
        self.inform(format!(
            "Line {} {colour}: {} of {} red or amber lines{wrap}",
            line + 1,
            index + 1,
            problems.len()
        ));
    }
}
