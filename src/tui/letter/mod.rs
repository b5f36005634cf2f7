//! The letter side of [`App`]: editing, opening, finding, the checklist jump, and the guard
//! that asks before unsaved text is dropped.

pub mod analysis;
pub mod document;
pub mod panel;
pub mod prompt;
mod prompt_answer;
pub mod recovery;
pub mod render;
mod save;
pub mod snapshot;
mod view;
pub mod wrap;

use std::path::{Path, PathBuf};

use crate::letter::{DiskStamp, Expect, LetterFileError, MAX_LETTER_BYTES, open_letter, template};
use crate::tui::action::{Edit, Effect, Movement};
use crate::tui::keymap::Focus;
use crate::tui::letter::prompt::{Pending, Prompt, PromptKind};
use crate::tui::shell::app::App;
use crate::tui::shell::layout;

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

/// `letter.docx` -> `letter.txt`, beside it: where an imported letter's text is saved.
pub fn text_path(letter: &Path) -> PathBuf {
    letter.with_extension("txt")
}

/// Whether a file name is one of a document nocfit reads but never writes (.docx, .pdf, ...).
pub(crate) fn is_document_name(path: &Path) -> bool {
    path.extension()
        .and_then(|extension| extension.to_str())
        .is_some_and(|extension| {
            ["docx", "pdf", "doc", "rtf", "odt"].contains(&extension.to_ascii_lowercase().as_str())
        })
}

/// `letter.txt` -> `letter.nocfit.md`, beside the letter.
pub fn report_path(letter: &Path) -> PathBuf {
    let stem = letter
        .file_stem()
        .map_or_else(|| "letter".to_owned(), |s| s.to_string_lossy().into_owned());
    letter.with_file_name(format!("{stem}.nocfit.md"))
}

impl App {
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

    /// The question in the footer, if a prompt is open. Saving an imported letter says where
    /// its text goes.
    pub fn prompt_text(&self) -> Option<String> {
        let prompt = self.prompt.as_ref()?;
        if let (PromptKind::SaveAs(_), Some(source)) = (&prompt.kind, self.editor.imported) {
            return Some(format!(
                "{} is a {}: nocfit saves its text as .txt beside it, never over it. Save as (Enter saves, Esc cancels): ",
                self.letter_name(),
                source.name()
            ));
        }
        Some(prompt.question(&self.letter_name()))
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
    /// a file nocfit cannot read (binary, too large, a FIFO or device) leaves the editor as it
    /// was and says why.
    pub fn open_letter(&mut self, path: &Path) {
        let target = self.target_unit();
        let disk = match open_letter(path) {
            Ok(letter) if letter.source.is_imported() => {
                self.editor
                    .load(Some(path.to_owned()), &letter.text, target);
                self.editor.imported = Some(letter.source);
                self.confirm(format!(
                    "Imported {} ({} lines of text from a {}): Ctrl-S saves it as {} beside it; the {} is never changed",
                    path.display(),
                    self.editor.lines().len(),
                    letter.source.name(),
                    text_path(path).display(),
                    letter.source.name()
                ));
                Expect::Absent
            }
            Ok(letter) => {
                self.editor
                    .load(Some(path.to_owned()), &letter.text, target);
                self.editor.bom = letter.bom;
                self.confirm(format!(
                    "Opened {} ({} lines, {})",
                    path.display(),
                    self.editor.lines().len(),
                    self.editor.format.ending_name()
                ));
                Expect::Stamp(letter.stamp)
            }
            Err(LetterFileError::Empty { .. }) => {
                self.editor.load(Some(path.to_owned()), "", target);
                self.confirm(format!(
                    "{} is empty: type or paste the letter",
                    path.display()
                ));
                match DiskStamp::read(path) {
                    Ok(Some(stamp)) => Expect::Stamp(stamp),
                    _ => Expect::Absent,
                }
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
                Expect::Absent
            }
            Err(error) => {
                self.inform(error.to_string());
                return;
            }
        };
        self.editor.disk = disk;
        self.remove_own_copy();
        self.focus = Focus::Letter;
        self.offer_recovery();
        self.publish();
    }

    /// Lines PgUp and PgDn move in the editor.
    fn editor_page(&self) -> usize {
        let areas = layout::letter_areas(self.areas().letter);
        usize::from(areas.text.height).saturating_sub(1).max(1)
    }

    pub(crate) fn edit_letter(&mut self, edit: Edit) {
        self.focus = Focus::Letter;
        if let Some(size) = self.editor.size_after(&edit)
            && size > MAX_LETTER_BYTES
        {
            self.inform(format!(
                "Not inserted: the letter would be {size} bytes, and nocfit opens and saves letters of at most {MAX_LETTER_BYTES} bytes"
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

    /// Does what was waiting for unsaved changes to be dealt with.
    pub(crate) fn proceed(&mut self, pending: Pending) {
        match pending {
            Pending::Quit => {
                self.remove_own_copy();
                self.quit = true;
            }
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

    /// Shows the next analysis panel: line detail, coverage, checklist.
    pub(crate) fn next_panel(&mut self) {
        let position = Panel::ORDER.iter().position(|&p| p == self.panel);
        self.panel = Panel::ORDER[position.map_or(0, |p| (p + 1) % Panel::ORDER.len())];
        self.panel_scroll = 0;
    }

    /// Scrolls the analysis panel, a page at a time for PgUp and PgDn.
    pub(crate) fn scroll_panel(&mut self, movement: Movement) {
        let panel = layout::letter_areas(self.areas().letter).panel;
        let height = usize::from(panel.height.saturating_sub(1));
        let max = panel::max_scroll(self, panel);
        let page = height.saturating_sub(1).max(1);
        self.panel_scroll = movement.scrolled(self.panel_scroll.min(max), page, max);
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
        if self.panel != Panel::Checklist {
            self.panel = Panel::Checklist;
            self.panel_scroll = 0;
        }
        self.confirm(format!("{label}: line {line}"));
    }
}
