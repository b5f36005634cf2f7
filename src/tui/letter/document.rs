//! The letter being edited: the editing model (ratatui-textarea), the file it came from and
//! how to write it back, whether it has unsaved changes and the scroll position. Its analysis
//! is the pane's ([`super::analysis`]), rebuilt from the text after each change.

use std::path::PathBuf;

use ratatui_textarea::{CursorMove, TextArea};

use crate::letter::{BOM, DiskStamp, Expect, Source, TextFormat, join_lines, split_text};
use crate::tui::action::{Caret, Edit};

/// The letter in the editor.
pub struct Editor {
    pub(super) textarea: TextArea<'static>,
    /// The file the letter is saved to; `None` for a letter not yet saved.
    pub(super) path: Option<PathBuf>,
    /// The line endings to write back.
    pub(super) format: TextFormat,
    /// The lines as last opened or saved.
    saved: Vec<String>,
    /// The first screen row shown (rows count wrapped lines).
    pub(super) scroll: usize,
    /// The text column's width when last drawn: Up and Down move by screen row in it.
    pub(super) wrap_width: usize,
    /// The match the last find moved to, highlighted until the cursor moves or the text changes.
    pub(super) found: Option<Found>,
    /// The file started with a UTF-8 byte order mark, written back on save.
    pub(super) bom: bool,
    /// What is on disk at `path` as far as the editor knows: saving over anything else asks.
    pub(super) disk: Expect,
    /// The text was imported from a Word or PDF letter at `path`: saving offers a .txt beside
    /// it and never writes over the document.
    pub(super) imported: Option<Source>,
    /// Undo steps as the user sees them: each holds how many of the text area's history
    /// entries it spans. A typed word is one step (as in nano or VS Code), not one per letter.
    undo_steps: Vec<usize>,
    redo_steps: Vec<usize>,
    /// The last edit typed a character a further one may join in the same undo step.
    typing: bool,
}

/// How many changes undo can take back.
const UNDO_HISTORY: usize = 10_000;

/// A match of a find in the letter: characters `start..end` of `line` (0-based).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Found {
    pub line: usize,
    pub start: usize,
    pub end: usize,
}

/// What an edit did besides moving the cursor.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct EditOutcome {
    /// The text changed.
    pub changed: bool,
    /// Text was copied or cut: put it on the system clipboard too.
    pub copied: Option<String>,
}

impl Default for Editor {
    fn default() -> Editor {
        Editor::new()
    }
}

impl Editor {
    /// An empty, untitled letter.
    pub fn new() -> Editor {
        Editor {
            textarea: new_textarea(vec![String::new()]),
            path: None,
            format: TextFormat::NEW,
            saved: vec![String::new()],
            scroll: 0,
            wrap_width: 0,
            found: None,
            bom: false,
            disk: Expect::Absent,
            imported: None,
            undo_steps: Vec::new(),
            redo_steps: Vec::new(),
            typing: false,
        }
    }

    /// Replaces the letter with `text` read from `path` (or a new letter), as saved.
    pub fn load(&mut self, path: Option<PathBuf>, text: &str) {
        let (lines, format) = if text.is_empty() {
            (vec![String::new()], TextFormat::NEW)
        } else {
            split_text(text)
        };
        self.saved = lines.clone();
        self.textarea = new_textarea(lines);
        self.undo_steps.clear();
        self.redo_steps.clear();
        self.typing = false;
        self.path = path;
        self.format = format;
        self.scroll = 0;
        self.found = None;
        self.bom = false;
        self.disk = Expect::Absent;
        self.imported = None;
    }

    /// Replaces the text with the file as it now is on disk, as a change undo can take back,
    /// and counts it as saved.
    pub fn reload(&mut self, text: &str, bom: bool, stamp: DiskStamp) {
        self.replace_text(text);
        if !text.is_empty() {
            self.format = split_text(text).1;
        }
        self.bom = bom;
        self.disk = Expect::Stamp(stamp);
        self.mark_saved();
    }

    /// Replaces the text (a recovery copy, a template) keeping the file, as an unsaved change
    /// that undo can take back.
    pub fn replace_text(&mut self, text: &str) {
        self.textarea.select_all();
        let cut = self.textarea.cut();
        // The lines as the file would be split: trailing blank lines are kept.
        let (lines, _) = split_text(text);
        let inserted = self.textarea.insert_str(lines.join("\n"));
        // One undo step takes the whole replacement back.
        self.record(usize::from(cut) + usize::from(inserted), false);
        self.textarea.move_cursor(CursorMove::Top);
        self.textarea.move_cursor(CursorMove::Head);
        self.scroll = 0;
        self.found = None;
    }

    /// The file the letter is saved to; `None` for a letter not yet saved.
    pub fn path(&self) -> Option<&std::path::Path> {
        self.path.as_deref()
    }

    pub fn lines(&self) -> &[String] {
        self.textarea.lines()
    }

    /// The text as it would be saved, with the file's line endings.
    pub fn text(&self) -> String {
        join_lines(self.textarea.lines(), self.format)
    }

    /// Whether the text differs from the file.
    pub fn is_dirty(&self) -> bool {
        self.textarea.lines() != self.saved.as_slice()
    }

    /// The size of the file the text would be saved as, in bytes.
    pub fn byte_len(&self) -> u64 {
        let lines = self.textarea.lines();
        let ending = if self.format.crlf { 2 } else { 1 };
        let text: usize = lines.iter().map(String::len).sum();
        let breaks = lines.len().saturating_sub(1) + usize::from(self.format.final_newline);
        (text + breaks * ending + if self.bom { BOM.len() } else { 0 }) as u64
    }

    /// The size of the file after `edit` if it adds text (at most: a selection it replaces is
    /// not subtracted), so the letter never grows past what nocfit can open.
    pub fn size_after(&self, edit: &Edit) -> Option<u64> {
        let added = match edit {
            Edit::Insert(c) => c.len_utf8(),
            Edit::Newline => 2,
            Edit::Paste(text) => text.len(),
            Edit::PasteCopied => self.textarea.yank_text().len(),
            _ => return None,
        };
        Some(self.byte_len() + added as u64)
    }

    pub fn mark_saved(&mut self) {
        self.saved = self.textarea.lines().to_vec();
    }

    /// The selected text as ((line, column), (line, column)), start before end, if any.
    pub fn selection(&self) -> Option<((usize, usize), (usize, usize))> {
        self.textarea.selection_range()
    }

    /// Clears the selection (Esc).
    pub fn cancel_selection(&mut self) {
        self.textarea.cancel_selection();
    }

    /// The cursor as (line, column), 0-based, the column in characters.
    pub fn cursor(&self) -> (usize, usize) {
        let cursor = self.textarea.cursor();
        (cursor.0, cursor.1)
    }

    /// Moves the cursor to the start of a line (0-based).
    pub fn jump_to_line(&mut self, line: usize) {
        let line = u16::try_from(line).unwrap_or(u16::MAX);
        self.found = None;
        self.textarea.cancel_selection();
        self.textarea.move_cursor(CursorMove::Jump(line, 0));
    }

    /// Moves the cursor to a line and column (0-based).
    pub fn jump_to(&mut self, line: usize, column: usize) {
        let line = u16::try_from(line).unwrap_or(u16::MAX);
        let column = u16::try_from(column).unwrap_or(u16::MAX);
        self.found = None;
        self.textarea.cancel_selection();
        self.textarea.move_cursor(CursorMove::Jump(line, column));
    }

    /// Notes that a change made `entries` history entries; `typed` says it typed a character
    /// that continues a word.
    fn record(&mut self, entries: usize, typed: bool) {
        if entries == 0 {
            return;
        }
        self.redo_steps.clear();
        match self.undo_steps.last_mut() {
            Some(last) if typed && self.typing => *last += entries,
            _ => self.undo_steps.push(entries),
        }
        self.typing = typed;
    }

    /// Undoes (or redoes) one step: a typed word, or one other change.
    fn step(&mut self, undo: bool) -> bool {
        self.typing = false;
        let (from, to) = if undo {
            (&mut self.undo_steps, &mut self.redo_steps)
        } else {
            (&mut self.redo_steps, &mut self.undo_steps)
        };
        let entries = from.pop().unwrap_or(1);
        let mut done = 0;
        while done < entries {
            let stepped = if undo {
                self.textarea.undo()
            } else {
                self.textarea.redo()
            };
            if !stepped {
                break;
            }
            done += 1;
        }
        if done > 0 {
            to.push(done);
        }
        done > 0
    }

    /// Applies an edit; `page` is how many lines PgUp and PgDn move.
    pub fn apply(&mut self, edit: Edit, page: usize) -> EditOutcome {
        self.found = None;
        match edit {
            Edit::Undo | Edit::Redo => {
                let changed = self.step(edit == Edit::Undo);
                return EditOutcome {
                    changed,
                    copied: None,
                };
            }
            Edit::Move { .. } => self.typing = false,
            _ => {}
        }
        // Typing over a selection deletes it first: one more history entry.
        let inserts = matches!(
            edit,
            Edit::Insert(_) | Edit::Newline | Edit::Paste(_) | Edit::PasteCopied
        );
        let entries = 1 + usize::from(inserts && self.textarea.is_selecting());
        let typed = matches!(edit, Edit::Insert(c) if !c.is_whitespace()) && entries == 1;
        let row_jump = match edit {
            Edit::Move { to: Caret::Up, .. } => self.screen_row_target(false),
            Edit::Move {
                to: Caret::Down, ..
            } => self.screen_row_target(true),
            _ => None,
        };
        let textarea = &mut self.textarea;
        let mut outcome = EditOutcome::default();
        outcome.changed = match edit {
            // A NUL would make the saved letter read as binary, which nocfit refuses to open.
            Edit::Insert('\0') => false,
            Edit::Insert(c) => {
                textarea.insert_char(c);
                true
            }
            Edit::Newline => {
                textarea.insert_newline();
                true
            }
            // Pasting nothing changes nothing, not even a selection: the text area would delete
            // the selection yet report no change, and undo would lose count.
            Edit::Paste(text) if text.replace('\0', "").is_empty() => false,
            Edit::Paste(text) => {
                let text = text
                    .replace('\0', "")
                    .replace("\r\n", "\n")
                    .replace('\r', "\n");
                textarea.insert_str(text)
            }
            Edit::DeleteBackward => textarea.delete_char(),
            Edit::DeleteForward => textarea.delete_next_char(),
            Edit::DeleteWordBackward => textarea.delete_word(),
            Edit::DeleteWordForward => textarea.delete_next_word(),
            Edit::Move { to, select } => {
                if select && !textarea.is_selecting() {
                    textarea.start_selection();
                } else if !select {
                    textarea.cancel_selection();
                }
                let (movement, times) = match to {
                    Caret::Left => (CursorMove::Back, 1),
                    Caret::Right => (CursorMove::Forward, 1),
                    Caret::Up => (CursorMove::Up, 1),
                    Caret::Down => (CursorMove::Down, 1),
                    Caret::WordLeft => (CursorMove::WordBack, 1),
                    Caret::WordRight => (CursorMove::WordForward, 1),
                    Caret::LineStart => (CursorMove::Head, 1),
                    Caret::LineEnd => (CursorMove::End, 1),
                    Caret::PageUp => (CursorMove::Up, page.max(1)),
                    Caret::PageDown => (CursorMove::Down, page.max(1)),
                    Caret::Top => (CursorMove::Top, 1),
                    Caret::Bottom => (CursorMove::Bottom, 1),
                };
                match row_jump {
                    Some(jump) => textarea.move_cursor(jump),
                    None => (0..times).for_each(|_| textarea.move_cursor(movement)),
                }
                // Ctrl-Home and Ctrl-End go to the very start and end of the letter, as in
                // every editor, not just to the first or last line.
                match to {
                    Caret::Top => textarea.move_cursor(CursorMove::Head),
                    Caret::Bottom => textarea.move_cursor(CursorMove::End),
                    _ => {}
                }
                false
            }
            Edit::SelectAll => {
                textarea.select_all();
                false
            }
            // Taken back or redone by `step` above, a whole undo step at a time.
            Edit::Undo | Edit::Redo => false,
            Edit::Cut => {
                let cut = textarea.cut();
                if cut {
                    outcome.copied = Some(textarea.yank_text());
                }
                cut
            }
            Edit::Copy => {
                if textarea.is_selecting() {
                    textarea.copy();
                    outcome.copied = Some(textarea.yank_text());
                }
                false
            }
            Edit::PasteCopied if textarea.yank_text().is_empty() => false,
            Edit::PasteCopied => textarea.paste(),
        };
        if outcome.changed {
            self.record(entries, typed);
        }
        outcome
    }
}

/// A text area that remembers enough changes for a whole letter's worth of undo.
fn new_textarea(lines: Vec<String>) -> TextArea<'static> {
    let mut textarea = TextArea::new(lines);
    textarea.set_max_histories(UNDO_HISTORY);
    textarea
}
