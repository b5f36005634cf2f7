//! Saving from the editor: to the letter's file or a new name, asking before anything on disk
//! is replaced that the user has not seen (a file another program changed, an existing file,
//! a read-only file), and the Markdown export.

use std::path::PathBuf;

use super::LetterPane;
use super::prompt::{Pending, Prompt, PromptKind};
use super::{is_document_name, report_path, text_path};
use crate::letter::recovery::letter_key;
use crate::letter::{Expect, SaveError, SaveRequest, open_letter, save_atomic};
use crate::tui::action::{Action, Edit};
use crate::tui::bindings::key;

impl LetterPane {
    /// Ctrl-S: saves to the letter's file, or asks for a name, then does `then`.
    pub(super) fn save_letter(&mut self, then: Option<Pending>) {
        let Some(path) = self.editor.path.clone() else {
            self.prompt = Some(Prompt::new(PromptKind::SaveAs(then), ""));
            return;
        };
        if self.editor.imported.is_some() {
            // The text of a Word or PDF letter goes to NAME.txt beside it, never over it.
            self.ask_to_save_as(&text_path(&path), then);
            return;
        }
        let expect = self.editor.disk;
        self.save_to(path, then, expect, false);
    }

    /// Saves under a name typed at the prompt: a file there that is not the letter's own is
    /// only replaced when the user says so.
    pub(super) fn save_as(&mut self, path: PathBuf, then: Option<Pending>) {
        let same = self
            .editor
            .path
            .as_deref()
            .is_some_and(|old| letter_key(old) == letter_key(&path));
        let expect = if same {
            self.editor.disk
        } else {
            Expect::Absent
        };
        self.save_to(path, then, expect, false);
    }

    /// Asks for another name to save under, starting from the current one.
    pub(super) fn ask_to_save_as(&mut self, path: &std::path::Path, then: Option<Pending>) {
        let name = path.display().to_string();
        self.prompt = Some(Prompt::new(PromptKind::SaveAs(then), &name));
    }

    /// Writes the letter to `path` if what is there is what `expect` says (and, unless
    /// `replace_read_only`, is not read-only); otherwise asks what to do.
    pub(super) fn save_to(
        &mut self,
        path: PathBuf,
        then: Option<Pending>,
        expect: Expect,
        replace_read_only: bool,
    ) {
        let original = self.editor.imported.and(self.editor.path.as_deref());
        if is_document_name(&path) || original.is_some_and(|o| letter_key(o) == letter_key(&path)) {
            self.ask_to_save_as(&text_path(&path), then);
            self.inform(format!(
                "nocfit saves letters as text and never writes over {}: save as {}",
                path.display(),
                text_path(&path).display()
            ));
            return;
        }
        let text = self.editor.text();
        let request = SaveRequest {
            text: &text,
            bom: self.editor.bom,
            expect,
            replace_read_only,
        };
        match crate::letter::save_letter(&path, request) {
            Ok(stamp) => {
                self.editor.path = Some(path.clone());
                self.editor.imported = None;
                self.editor.disk = Expect::Stamp(stamp);
                self.editor.mark_saved();
                self.recovery.timer.clear();
                self.remember();
                self.remove_own_copy();
                self.publish();
                self.confirm(format!(
                    "Saved {} ({} lines, {}){}",
                    path.display(),
                    self.editor.lines().len(),
                    self.editor.format.ending_name(),
                    self.placeholders_left()
                ));
                if let Some(then) = then {
                    self.proceed(then);
                }
            }
            Err(SaveError::ChangedOnDisk { .. }) => {
                let existing = expect == Expect::Absent;
                self.prompt = Some(Prompt::new(
                    PromptKind::Conflict {
                        path,
                        then,
                        existing,
                    },
                    "",
                ));
            }
            Err(SaveError::ReadOnly { .. }) => {
                self.prompt = Some(Prompt::new(PromptKind::ReadOnly { path, then, expect }, ""));
            }
            Err(error) => {
                // Keep the buffer, and a recovery copy in case the program ends before a save;
                // the whole message shows above a prompt for another name, so the next key
                // (after a failed "save and quit", say) goes to the prompt, not the letter.
                self.write_recovery_copy();
                let note = format!(
                    "{error}. Your text is still here: type another name, or {} to keep editing.",
                    key(&Action::Cancel)
                );
                let name = path.display().to_string();
                self.prompt = Some(Prompt::new(PromptKind::SaveAs(then), &name).with_note(note));
            }
        }
    }

    /// F12: asks for a name to save the letter under, starting from its own.
    pub(super) fn ask_for_new_name(&mut self) {
        let name = self
            .editor
            .path
            .as_deref()
            .map(|path| path.display().to_string())
            .unwrap_or_default();
        self.prompt = Some(Prompt::new(PromptKind::SaveAs(None), &name));
    }

    /// Replaces the text with the file as another program left it. The user's text stays one
    /// Ctrl-Z away.
    pub(super) fn reload_letter(&mut self) {
        let Some(path) = self.editor.path.clone() else {
            return;
        };
        match open_letter(&path) {
            Ok(letter) => {
                self.editor.reload(&letter.text, letter.bom, letter.stamp);
                self.retarget();
                self.recovery.edited = true;
                self.publish();
                self.confirm(format!(
                    "Reloaded {} as it is on disk; {} brings your text back",
                    path.display(),
                    key(&Action::Edit(Edit::Undo))
                ));
            }
            Err(error) => self.inform(format!("{error}; your text is still here")),
        }
    }

    pub(super) fn export_report(&mut self) {
        let Some(path) = self.editor.path.clone() else {
            self.inform(format!(
                "Save the letter first ({}): the report goes next to it",
                key(&Action::Save)
            ));
            return;
        };
        let name = path.file_name().map_or_else(
            || path.display().to_string(),
            |n| n.to_string_lossy().into_owned(),
        );
        self.live.finish();
        let markdown = crate::letter::experience::report(
            &self.live.letter_analysis(),
            &self.live.experience,
            &name,
        );
        let destination = report_path(&path);
        match save_atomic(&destination, &markdown) {
            Ok(()) => self.confirm(format!(
                "Report written to {}{}",
                destination.display(),
                self.placeholders_left()
            )),
            Err(error) => self.inform(error.to_string()),
        }
    }
}
