//! The letter pane: the letter being edited ([`document`]), where it sits on screen
//! ([`view`]), its live analysis ([`analysis`]), the panel under it ([`panel`]), the footer
//! prompts that keep its text safe ([`prompt`]), saving and recovery copies. [`LetterPane`]
//! owns that state; [`LetterPane::update`] takes the letter's actions and reports an
//! [`Outcome`], as a gitui component handles its own events.

pub mod analysis;
pub mod document;
mod editing;
mod find;
mod open;
pub mod panel;
pub mod panel_render;
mod paths;
mod placeholders;
mod problems;
pub mod prompt;
mod prompt_answer;
pub mod recovery;
mod recovery_state;
mod remember;
pub mod render;
mod save;
pub mod snapshot;
mod view;
pub mod wrap;

use std::path::{Path, PathBuf};

use document::Editor;
use panel::{Panel, PanelState};
use prompt::{Pending, Prompt, PromptKind};
use recovery_state::Recovery;

use crate::noc::{Catalog, UnitGroup, UnitId};
use crate::tui::action::{Action, Caret, Edit, Movement};
use crate::tui::focus::Focus;
use crate::tui::outcome::Outcome;
use crate::tui::shell::layout::{self, LetterAreas};
use analysis::{Engine, LiveAnalysis};

/// `letter.docx` -> `letter.txt`, beside it: where an imported letter's text is saved.
pub fn text_path(letter: &Path) -> PathBuf {
    letter.with_extension("txt")
}

/// Whether a file name is one of a document nocfit reads but never writes (.docx, .pdf, ...).
fn is_document_name(path: &Path) -> bool {
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

/// The letter, its target, its analysis panel, its prompts and its recovery copies.
pub struct LetterPane {
    catalog: &'static Catalog,
    /// The occupation the letter is checked against (shown in the title bar).
    target: Option<UnitId>,
    editor: Editor,
    /// The letter's analysis, rebuilt from the editor's text after each change.
    live: LiveAnalysis,
    panel: PanelState,
    /// Which checklist item F4 jumps to next.
    checklist_step: usize,
    /// The last text searched for in the letter.
    last_find: String,
    recovery: Recovery,
    /// The question or text field in the footer, which takes every key while open.
    prompt: Option<Prompt>,
    /// What the action being applied has to report, drained by [`LetterPane::take_outcome`].
    out: Outcome,
}

impl LetterPane {
    /// An empty, untitled letter with no target.
    /// (`engine` may still be loading: the letter is then analysed when it is ready.)
    pub fn new(catalog: &'static Catalog, engine: impl Into<Engine>) -> LetterPane {
        let mut pane = LetterPane {
            catalog,
            target: None,
            editor: Editor::new(),
            live: LiveAnalysis::new(engine),
            panel: PanelState::default(),
            checklist_step: 0,
            last_find: String::new(),
            recovery: Recovery::default(),
            prompt: None,
            out: Outcome::none(),
        };
        pane.retarget();
        pane
    }

    /// What the last calls reported: the footer message, focus, effects, quitting.
    pub fn take_outcome(&mut self) -> Outcome {
        std::mem::take(&mut self.out)
    }

    fn inform(&mut self, text: String) {
        let out = std::mem::take(&mut self.out);
        self.out = out.and_inform(text);
    }

    fn confirm(&mut self, text: String) {
        let out = std::mem::take(&mut self.out);
        self.out = out.and_confirm(text);
    }

    fn focus_letter(&mut self) {
        self.out.focus = Some(Focus::Letter);
    }

    pub fn editor(&self) -> &Editor {
        &self.editor
    }

    /// The panel shown under the letter and its scroll position.
    pub fn panel(&self) -> PanelState {
        self.panel
    }

    /// Whether a letter is open: it has a file name or some text (then it is the main pane).
    pub fn is_open(&self) -> bool {
        self.editor.path.is_some() || self.editor.lines().iter().any(|line| !line.is_empty())
    }

    /// The parts of the letter pane whose outer area is `letter`, with the panel as it is now
    /// (folded or not).
    pub fn areas(&self, letter: ratatui::layout::Rect) -> LetterAreas {
        layout::letter_areas_with(letter, self.panel.folded)
    }

    /// The open prompt, if any.
    pub fn prompt(&self) -> Option<&Prompt> {
        self.prompt.as_ref()
    }

    pub fn target(&self) -> Option<UnitId> {
        self.target
    }

    pub fn target_unit(&self) -> Option<&'static UnitGroup> {
        self.target.map(|unit| self.catalog.unit_group(unit))
    }

    /// Makes `unit` the target and recolours every line for it.
    pub fn set_target(&mut self, unit: Option<UnitId>) {
        self.target = unit;
        self.retarget();
        self.remember();
    }

    /// Recolours every line for the target (or a new `--as-of` date).
    pub fn retarget(&mut self) {
        let text = self.editor.lines().join("\n");
        self.live.update(&text, self.target_unit());
    }

    /// Counts the letter's experience as of `as_of` (today, or `--as-of`).
    pub fn set_as_of(&mut self, as_of: crate::letter::Date) {
        self.live.as_of = as_of;
    }

    /// The letter's file name for messages.
    pub fn letter_name(&self) -> String {
        self.editor.path.as_ref().map_or_else(
            || "The new letter".to_owned(),
            |path| path.display().to_string(),
        )
    }

    /// The question in the footer, if a prompt is open. Saving an imported letter says where
    /// its text goes.
    pub fn prompt_text(&self) -> Option<String> {
        let prompt = self.prompt.as_ref()?;
        if let (PromptKind::SaveAs(_), Some(source)) = (&prompt.kind, self.editor.imported) {
            return Some(format!(
                "{} is a {}: nocfit saves its text as .txt beside it, never over it. Save as ({} saves, {} cancels): ",
                self.letter_name(),
                source.name(),
                crate::tui::bindings::key(&Action::Activate),
                crate::tui::bindings::key(&Action::Cancel)
            ));
        }
        Some(prompt.question(&self.letter_name()))
    }

    /// Applies one of the letter's actions; `areas` are the letter pane's parts on screen.
    pub fn update(&mut self, action: Action, areas: LetterAreas) -> Outcome {
        match action {
            Action::Edit(edit) => self.edit(edit, areas),
            Action::Quit => self.guard(Pending::Quit),
            Action::Save => self.save_letter(None),
            Action::SaveAs => self.ask_for_new_name(),
            Action::OpenFile => self.ask_for_letter(),
            Action::NewLetter => self.guard(Pending::NewLetter),
            Action::Export => self.export_report(),
            Action::Find => self.ask_to_find(),
            Action::FindNext => self.find_in_letter(true),
            Action::FindPrevious => self.find_in_letter(false),
            Action::NextPanel => self.next_panel(),
            Action::FoldPanel => {
                self.panel.folded = !self.panel.folded;
                let now = if self.panel.folded {
                    "folded to its title row"
                } else {
                    "unfolded"
                };
                self.inform(format!(
                    "The panel is {now} ({} again to switch)",
                    crate::tui::bindings::key(&Action::FoldPanel)
                ));
            }
            Action::ScrollPanel(movement) => self.scroll_panel(movement, areas),
            Action::NextChecklistItem => self.next_checklist_item(),
            Action::NextProblem => self.jump_to_problem(true),
            Action::NextPlaceholder => self.next_placeholder(),
            Action::PreviousProblem => self.jump_to_problem(false),
            Action::Cancel => self.editor.cancel_selection(),
            _ => {}
        }
        self.take_outcome()
    }

    /// Lines PgUp and PgDn move in the editor.
    fn editor_page(areas: LetterAreas) -> usize {
        usize::from(areas.text.height).saturating_sub(1).max(1)
    }

    /// Shows the next analysis panel: line detail, coverage, checklist.
    fn next_panel(&mut self) {
        let position = Panel::ORDER.iter().position(|&p| p == self.panel.panel);
        self.panel
            .show(Panel::ORDER[position.map_or(0, |p| (p + 1) % Panel::ORDER.len())]);
    }

    /// The panel's rows for the letter as it is now, `width` columns wide.
    fn panel_model(&self, width: usize, theme: crate::tui::shell::theme::Theme) -> Vec<panel::Row> {
        panel::rows(&self.panel_source(), self.panel.panel, width, theme)
    }

    /// What the panel describes: the analysis, the cursor's line and the target.
    pub fn panel_source(&self) -> panel::Source<'_> {
        panel::Source {
            live: &self.live,
            cursor_line: self.editor.cursor().0,
            target: self.target_unit(),
        }
    }

    /// Scrolls the analysis panel, a page at a time for PgUp and PgDn.
    fn scroll_panel(&mut self, movement: Movement, areas: LetterAreas) {
        let area = areas.panel;
        let rows = self
            .panel_model(
                usize::from(area.width),
                crate::tui::shell::theme::Theme::PLAIN,
            )
            .len();
        self.panel.scroll_by(movement, rows, area);
    }

    fn next_checklist_item(&mut self) {
        let found: Vec<(usize, &'static str)> = self
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
        self.focus_letter();
        if self.panel.panel != Panel::Checklist {
            self.panel.show(Panel::Checklist);
        }
        self.confirm(format!("{label}: line {line}"));
    }

    /// A click in the letter pane (outer area `area`): place the cursor in the text, switch
    /// panels on the panel's title row, or jump to the line a panel row names.
    pub fn click(&mut self, column: u16, row: u16, area: ratatui::layout::Rect) -> Outcome {
        let letter = self.areas(area);
        if layout::contains(letter.text, column, row) {
            let width = usize::from(letter.text.width);
            let screen_row = self.editor.scroll + usize::from(row - letter.text.y);
            let (line, char) =
                self.editor
                    .position_at(screen_row, usize::from(column - letter.text.x), width);
            self.editor.jump_to(line, char);
        } else if row == letter.panel.y && letter.panel.height > 0 {
            self.next_panel();
        } else if layout::contains(letter.panel, column, row) {
            let width = usize::from(letter.panel.width);
            let rows = self.panel_model(width, crate::tui::shell::theme::Theme::PLAIN);
            let first = self.panel.first_row(rows.len(), letter.panel);
            let index = first + usize::from(row - letter.panel.y - 1);
            if let Some(Some(line)) = rows.get(index).map(|row| row.line) {
                self.editor.jump_to_line(line.saturating_sub(1));
            }
        }
        self.take_outcome()
    }

    /// The wheel over the panel scrolls it by `lines`.
    pub fn wheel_panel(&mut self, lines: i16, areas: LetterAreas) {
        let movement = if lines < 0 {
            Movement::Up
        } else {
            Movement::Down
        };
        for _ in 0..lines.unsigned_abs() {
            self.scroll_panel(movement, areas);
        }
    }

    /// The wheel over the letter's text moves its cursor by `lines`.
    pub fn wheel_text(&mut self, lines: i16, areas: LetterAreas) -> Outcome {
        let to = if lines < 0 { Caret::Up } else { Caret::Down };
        for _ in 0..lines.unsigned_abs() {
            self.edit(Edit::Move { to, select: false }, areas);
        }
        self.take_outcome()
    }

    /// Keeps the cursor on screen and starts the line panel at the top for a new line.
    pub fn keep_in_view(&mut self, areas: LetterAreas) {
        let text = areas.text;
        self.editor
            .keep_cursor_visible(usize::from(text.width), usize::from(text.height));
        let (line, _) = self.editor.cursor();
        self.panel.follow_cursor(line);
    }
}
