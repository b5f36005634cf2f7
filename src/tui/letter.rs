//! The letter side of [`App`]: editing, opening, saving, exporting, the prompts that guard the
//! user's text, and recovery copies.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use super::action::{Action, Edit, Effect};
use super::app::App;
use super::keymap::Focus;
use super::layout;
use super::prompt::{Pending, Prompt, PromptKind};
use super::snapshot::{SharedSnapshot, Snapshot};
use crate::letter::recovery::{RecoveryTimer, read_recovery, remove_recovery, write_recovery};
use crate::letter::{LetterFileError, read_letter, report, save_atomic, template};

/// The analysis panel under the letter.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Panel {
    /// The line under the cursor: its best occupations, why it is amber or red, what to change.
    Line,
    /// The target's lead statement and main duties, ticked when a line covers them.
    Coverage,
    /// What a reference letter must contain, found or missing.
    Checklist,
}

impl Panel {
    pub const ORDER: [Panel; 3] = [Panel::Line, Panel::Coverage, Panel::Checklist];
}

/// Recovery state: where copies go, when the next is due, and the snapshot for crashes.
#[derive(Default)]
pub struct Recovery {
    pub state_dir: Option<PathBuf>,
    pub timer: RecoveryTimer,
    /// The text changed since the last tick.
    pub edited: bool,
    pub shared: Option<SharedSnapshot>,
}

/// `letter.txt` -> `letter.nocfit.md`, beside the letter.
pub fn report_path(letter: &Path) -> PathBuf {
    let stem = letter
        .file_stem()
        .map_or_else(|| "letter".to_owned(), |s| s.to_string_lossy().into_owned());
    letter.with_file_name(format!("{stem}.nocfit.md"))
}

impl App {
    /// Keeps recovery copies in `state_dir` (none are written without one).
    pub fn with_state_dir(mut self, state_dir: Option<PathBuf>) -> App {
        self.recovery.state_dir = state_dir;
        self.publish();
        self
    }

    /// Shares the unsaved text with the terminal shell's panic hook and signal handling.
    pub fn with_snapshot(mut self, shared: SharedSnapshot) -> App {
        self.recovery.shared = Some(shared);
        self.publish();
        self
    }

    /// The letter's lines as in the editor.
    pub fn letter_lines(&self) -> &[String] {
        self.editor.lines()
    }

    /// The letter's text as it would be saved.
    pub fn letter_text(&self) -> String {
        self.editor.text()
    }

    pub fn letter_path(&self) -> Option<&Path> {
        self.editor.path.as_deref()
    }

    /// Whether the letter has changes not saved to its file.
    pub fn is_dirty(&self) -> bool {
        self.editor.is_dirty()
    }

    /// The question in the footer, if a prompt is open.
    pub fn prompt_text(&self) -> Option<String> {
        self.prompt
            .as_ref()
            .map(|prompt| prompt.question(&self.letter_name()))
    }

    /// The letter's file name for messages.
    pub(crate) fn letter_name(&self) -> String {
        self.editor.path.as_ref().map_or_else(
            || "The new letter".to_owned(),
            |path| path.display().to_string(),
        )
    }

    pub(crate) fn target_unit(&self) -> Option<&'static crate::noc::UnitGroup> {
        self.target.map(|unit| self.unit(unit))
    }

    /// Opens a letter file. A missing or empty file opens as a new letter with that name;
    /// a file nocfit cannot read leaves the editor as it was and says why.
    pub fn open_letter(&mut self, path: &Path) {
        let target = self.target_unit();
        match read_letter(path) {
            Ok(text) => {
                self.editor.load(Some(path.to_owned()), &text, target);
                self.confirm(format!(
                    "Opened {} ({} lines, {})",
                    path.display(),
                    self.editor.lines().len(),
                    self.editor.format.ending_name()
                ));
            }
            Err(LetterFileError::Empty { .. }) => {
                self.editor.load(Some(path.to_owned()), "", target);
                self.confirm(format!(
                    "{} is empty: type or paste the letter",
                    path.display()
                ));
            }
            Err(LetterFileError::Io { source, .. })
                if matches!(
                    source.kind(),
                    std::io::ErrorKind::NotFound | std::io::ErrorKind::NotADirectory
                ) =>
            {
                self.editor.load(Some(path.to_owned()), "", target);
                self.confirm(format!(
                    "New letter {}: type or paste it, Ctrl-N for a template, Ctrl-S to save",
                    path.display()
                ));
            }
            Err(error) => {
                self.inform(error.to_string());
                return;
            }
        }
        self.focus = Focus::Letter;
        self.offer_recovery();
        self.publish();
    }

    /// Asks whether to recover the letter's recovery copy, if it holds something else.
    pub(crate) fn offer_recovery(&mut self) {
        let Some(dir) = &self.recovery.state_dir else {
            return;
        };
        let path = self.editor.path.as_deref();
        match read_recovery(dir, path) {
            Some(text) if text != self.editor.text() => {
                self.prompt = Some(Prompt::new(PromptKind::Recover(text), ""));
            }
            Some(_) => remove_recovery(dir, path),
            None => {}
        }
    }

    /// Tells the app the time: writes a recovery copy once typing has stopped for a while.
    pub fn tick(&mut self, now: Instant) {
        if std::mem::take(&mut self.recovery.edited) {
            self.recovery.timer.changed(now);
        }
        if self.recovery.timer.due(now) {
            self.recovery.timer.clear();
            self.write_recovery_copy();
        }
    }

    /// How long the event loop may wait for input before [`App::tick`] has work.
    pub fn wake_in(&self, now: Instant) -> Option<Duration> {
        if self.recovery.edited {
            return Some(crate::letter::recovery::RECOVERY_DELAY);
        }
        self.recovery.timer.wait(now)
    }

    /// Writes the recovery copy now if there are unsaved changes.
    pub fn write_recovery_copy(&mut self) {
        let Some(dir) = &self.recovery.state_dir else {
            return;
        };
        if !self.editor.is_dirty() {
            return;
        }
        if let Err(error) = write_recovery(dir, self.editor.path.as_deref(), &self.editor.text()) {
            self.inform(format!("cannot write the recovery copy: {error}"));
        }
    }

    /// Shares the latest unsaved text with the panic hook and signal handling.
    pub(crate) fn publish(&mut self) {
        let Some(shared) = &self.recovery.shared else {
            return;
        };
        let snapshot = Snapshot {
            state_dir: self.recovery.state_dir.clone(),
            path: self.editor.path.clone(),
            text: self.editor.is_dirty().then(|| self.editor.text()),
        };
        if let Ok(mut guard) = shared.lock() {
            *guard = snapshot;
        }
    }

    /// Lines PgUp and PgDn move in the editor.
    fn editor_page(&self) -> usize {
        let areas = layout::letter_areas(self.areas().letter);
        usize::from(areas.text.height).saturating_sub(1).max(1)
    }

    pub(crate) fn edit_letter(&mut self, edit: Edit) {
        self.focus = Focus::Letter;
        if let Edit::Paste(text) = &edit
            && text.len() as u64 > crate::letter::MAX_LETTER_BYTES
        {
            self.inform(format!(
                "the pasted text is too large ({} bytes; a letter is at most {} bytes)",
                text.len(),
                crate::letter::MAX_LETTER_BYTES
            ));
            return;
        }
        let page = self.editor_page();
        let outcome = self.editor.apply(edit, page);
        if let Some(text) = outcome.copied {
            self.effects.push(Effect::Copy(text));
        }
        if outcome.changed {
            self.editor.reanalyze(self.target_unit());
            self.recovery.edited = true;
            self.publish();
        }
    }

    /// Recolours every line for a new target.
    pub(crate) fn retarget_letter(&mut self) {
        self.editor.reanalyze(self.target_unit());
    }

    pub(crate) fn save_letter(&mut self, then: Option<Pending>) {
        let Some(path) = self.editor.path.clone() else {
            self.prompt = Some(Prompt::new(PromptKind::SaveAs(then), ""));
            return;
        };
        match save_atomic(&path, &self.editor.text()) {
            Ok(()) => {
                self.editor.mark_saved();
                self.recovery.timer.clear();
                if let Some(dir) = &self.recovery.state_dir {
                    remove_recovery(dir, Some(&path));
                    remove_recovery(dir, None);
                }
                self.publish();
                self.confirm(format!(
                    "Saved {} ({} lines, {})",
                    path.display(),
                    self.editor.lines().len(),
                    self.editor.format.ending_name()
                ));
                if let Some(then) = then {
                    self.proceed(then);
                }
            }
            Err(error) => {
                // Keep the buffer, and a recovery copy in case the program ends before a save.
                self.write_recovery_copy();
                self.inform(format!("{error}; your text is still here"));
            }
        }
    }

    /// Does what was waiting for unsaved changes to be dealt with.
    fn proceed(&mut self, pending: Pending) {
        match pending {
            Pending::Quit => self.quit = true,
            Pending::NewLetter => self.new_letter(),
            Pending::Open(path) => self.open_letter(&path),
        }
    }

    /// Runs `pending` now, or asks first when there are unsaved changes.
    pub(crate) fn guard(&mut self, pending: Pending) {
        if self.editor.is_dirty() {
            self.prompt = Some(Prompt::new(PromptKind::Unsaved(pending), ""));
        } else {
            self.proceed(pending);
        }
    }

    fn new_letter(&mut self) {
        let target = self.target_unit();
        self.editor.load(None, "", target);
        self.editor.replace_text(&template(target), target);
        self.focus = Focus::Letter;
        self.recovery.edited = true;
        self.publish();
        self.confirm(
            "New letter from the template: replace every [bracketed] part, Ctrl-S to save"
                .to_owned(),
        );
    }

    pub(crate) fn export_report(&mut self) {
        let Some(path) = self.editor.path.clone() else {
            self.inform("Save the letter first (Ctrl-S): the report goes next to it".to_owned());
            return;
        };
        let name = path.file_name().map_or_else(
            || path.display().to_string(),
            |n| n.to_string_lossy().into_owned(),
        );
        let markdown = report::markdown(&self.editor.live.letter_analysis(), &name);
        let destination = report_path(&path);
        match save_atomic(&destination, &markdown) {
            Ok(()) => self.confirm(format!("Report written to {}", destination.display())),
            Err(error) => self.inform(error.to_string()),
        }
    }

    pub(crate) fn find_in_letter(&mut self, forward: bool) {
        if self.last_find.is_empty() {
            self.prompt = Some(Prompt::new(PromptKind::Find, ""));
            return;
        }
        let pattern = self.last_find.clone();
        self.focus = Focus::Letter;
        if !self.editor.find(&pattern, forward) {
            self.inform(format!("“{pattern}” is not in the letter"));
        }
    }

    pub(crate) fn next_checklist_item(&mut self) {
        let found: Vec<(usize, &'static str)> = self
            .editor
            .live
            .summary
            .checklist
            .iter()
            .filter_map(|item| item.line.map(|line| (line, item.label)))
            .collect();
        if found.is_empty() {
            self.inform("No checklist item is in the letter yet".to_owned());
            return;
        }
        let index = self.checklist_step % found.len();
        self.checklist_step = index + 1;
        let (line, label) = found[index];
        self.editor.jump_to_line(line.saturating_sub(1));
        self.focus = Focus::Letter;
        self.panel = Panel::Checklist;
        self.confirm(format!("{label}: line {line}"));
    }

    /// Applies an action to the open prompt.
    pub(crate) fn update_prompt(&mut self, action: Action) {
        let Some(mut prompt) = self.prompt.take() else {
            return;
        };
        match action {
            Action::Cancel => {
                if let PromptKind::Recover(_) = prompt.kind {
                    // Esc keeps the recovery copy for next time.
                    self.inform("Recovery copy kept; it is offered again next time".to_owned());
                }
                return;
            }
            Action::Insert(c) if prompt.mode() == super::keymap_letter::PromptMode::Choice => {
                self.choose(prompt, c);
                return;
            }
            Action::Insert(c) => prompt.input.insert(c.encode_utf8(&mut [0; 4])),
            Action::Paste(text) => prompt.input.insert(text.trim()),
            Action::DeleteBackward => {
                prompt.input.delete_backward();
            }
            Action::DeleteForward => {
                prompt.input.delete_forward();
            }
            Action::ClearQuery => {
                prompt.input.clear();
            }
            Action::CursorLeft => prompt.input.left(),
            Action::CursorRight => prompt.input.right(),
            Action::CursorStart => prompt.input.start(),
            Action::CursorEnd => prompt.input.end(),
            Action::Activate => {
                self.submit(prompt);
                return;
            }
            Action::Resize { width, height } => {
                self.size = ratatui::layout::Rect::new(0, 0, width, height);
            }
            _ => {}
        }
        self.prompt = Some(prompt);
    }

    fn submit(&mut self, prompt: Prompt) {
        let text = prompt.input.text().trim().to_owned();
        match prompt.kind {
            _ if text.is_empty() => {}
            PromptKind::Open => self.guard(Pending::Open(PathBuf::from(text))),
            PromptKind::SaveAs(then) => {
                self.editor.path = Some(PathBuf::from(text));
                self.save_letter(then);
            }
            PromptKind::Find => {
                self.last_find = text;
                self.find_in_letter(true);
            }
            PromptKind::Unsaved(_) | PromptKind::Recover(_) => {}
        }
    }

    fn choose(&mut self, prompt: Prompt, choice: char) {
        match (prompt.kind, choice.to_ascii_lowercase()) {
            (PromptKind::Unsaved(pending), 's') => self.save_letter(Some(pending)),
            (PromptKind::Unsaved(pending), 'd') => {
                if let Some(dir) = &self.recovery.state_dir {
                    remove_recovery(dir, self.editor.path.as_deref());
                }
                self.editor.mark_saved();
                self.publish();
                self.proceed(pending);
            }
            (PromptKind::Recover(text), 'r') => {
                self.editor.replace_text(&text, self.target_unit());
                self.recovery.edited = true;
                self.publish();
                self.confirm("Recovered the unsaved text; Ctrl-S saves it".to_owned());
            }
            (PromptKind::Recover(_), 'd') => {
                if let Some(dir) = &self.recovery.state_dir {
                    remove_recovery(dir, self.editor.path.as_deref());
                }
                self.confirm("Recovery copy discarded".to_owned());
            }
            (kind, _) => self.prompt = Some(Prompt::new(kind, "")),
        }
    }
}
