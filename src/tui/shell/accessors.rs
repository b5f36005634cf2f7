//! What tests, benches and the event loop read from [`App`], and the letter's operations the
//! shell calls directly (opening a file, the recovery timer).

use std::path::Path;
use std::time::{Duration, Instant};

use super::app::App;

impl App {
    /// The codes in the result list, in order.
    pub fn result_codes(&self) -> Vec<&str> {
        self.browser.result_codes()
    }

    /// The code of the occupation in the profile pane.
    pub fn profile_code(&self) -> Option<&str> {
        self.browser
            .profile_unit()
            .map(|unit| self.unit(unit).code.as_str())
    }

    /// The code of the letter's target.
    pub fn target_code(&self) -> Option<&str> {
        self.letter.target_unit().map(|unit| unit.code.as_str())
    }

    /// The codes in the compare view, left and right.
    pub fn compared_codes(&self) -> Option<(&str, &str)> {
        self.compare.codes()
    }

    /// Opens the compare view directly.
    pub fn compare_codes(&mut self, left: &str, right: &str) {
        self.compare.open_codes(left, right);
    }

    /// The footer message, if any.
    pub fn status_text(&self) -> Option<&str> {
        self.status.as_ref().map(|status| status.text.as_str())
    }

    /// The letter's lines as in the editor.
    pub fn letter_lines(&self) -> &[String] {
        self.letter.editor().lines()
    }

    /// The letter's cursor: (line, character), 0-based.
    pub fn letter_cursor(&self) -> (usize, usize) {
        self.letter.editor().cursor()
    }

    /// The letter's text as it would be saved.
    pub fn letter_text(&self) -> String {
        self.letter.editor().text()
    }

    pub fn letter_path(&self) -> Option<&Path> {
        self.letter.editor().path()
    }

    /// Whether the letter has changes not saved to its file.
    pub fn is_dirty(&self) -> bool {
        self.letter.editor().is_dirty()
    }

    /// The question in the footer, if a prompt is open.
    pub fn prompt_text(&self) -> Option<String> {
        self.letter.prompt_text()
    }

    /// Opens a letter file (see [`LetterPane::open`]).
    pub fn open_letter(&mut self, path: &Path) {
        let outcome = self.letter.open(path);
        self.apply(outcome);
    }

    /// Why recovery copies are off, if they are.
    pub fn recovery_off(&self) -> Option<&str> {
        self.letter.recovery_off()
    }

    /// Tells the app the time: writes a recovery copy when one is due.
    pub fn tick(&mut self, now: Instant) {
        let outcome = self.letter.tick(now);
        self.apply(outcome);
    }

    /// How long the event loop may wait for input before [`App::tick`] has work.
    pub fn wake_in(&self, now: Instant) -> Option<Duration> {
        self.letter.wake_in(now)
    }

    /// Writes the recovery copy now if there are unsaved changes (the shell's exit paths).
    pub fn write_recovery_copy(&mut self) {
        let outcome = self.letter.write_recovery_copy_now();
        self.apply(outcome);
    }
}
