//! Opening a letter file, starting one from the template, and the guard that asks before
//! unsaved text is dropped.

use std::path::Path;

use super::prompt::{Pending, Prompt, PromptKind};
use super::{LetterPane, text_path};
use crate::letter::{DiskStamp, Expect, LetterFileError, open_letter, template};
use crate::tui::action::Action;
use crate::tui::bindings::key;
use crate::tui::outcome::Outcome;

impl LetterPane {
    /// Opens a letter file. A missing or empty file opens as a new letter with that name;
    /// a file nocfit cannot read (binary, too large, a FIFO or device) leaves the editor as it
    /// was and says why.
    pub fn open(&mut self, path: &Path) -> Outcome {
        self.open_letter(path);
        self.take_outcome()
    }

    pub(super) fn open_letter(&mut self, path: &Path) {
        let disk = match open_letter(path) {
            Ok(letter) if letter.source.is_imported() => {
                self.editor.load(Some(path.to_owned()), &letter.text);
                self.editor.imported = Some(letter.source);
                self.confirm(format!(
                    "Imported {} ({} lines of text from a {}): {} saves it as {} beside it; the {} is never changed",
                    path.display(),
                    self.editor.lines().len(),
                    letter.source.name(),
                    key(&Action::Save),
                    text_path(path).display(),
                    letter.source.name()
                ));
                Expect::Absent
            }
            Ok(letter) => {
                self.editor.load(Some(path.to_owned()), &letter.text);
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
                self.editor.load(Some(path.to_owned()), "");
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
                self.editor.load(Some(path.to_owned()), "");
                self.confirm(format!(
                    "New letter {}: type or paste it, {} for a template, {} to save",
                    path.display(),
                    key(&Action::NewLetter),
                    key(&Action::Save)
                ));
                Expect::Absent
            }
            Err(error) => {
                self.inform(error.to_string());
                return;
            }
        };
        self.editor.disk = disk;
        self.retarget();
        self.remember();
        self.remove_own_copy();
        self.focus_letter();
        self.offer_recovery();
        self.publish();
    }

    /// Does what was waiting for unsaved changes to be dealt with.
    pub(super) fn proceed(&mut self, pending: Pending) {
        match pending {
            Pending::Quit => {
                self.remove_own_copy();
                self.out.quit = true;
            }
            Pending::NewLetter => self.new_letter(),
            Pending::Open(path) => self.open_letter(&path),
        }
    }

    /// Runs `pending` now, or asks first when there are unsaved changes.
    pub(super) fn guard(&mut self, pending: Pending) {
        if self.editor.is_dirty() {
            self.prompt = Some(Prompt::new(PromptKind::Unsaved(pending), ""));
        } else {
            self.proceed(pending);
        }
    }

    /// A letter from the template. A named letter that is still empty (`nocfit mine.txt`
    /// for a file not yet written) keeps its name, so Ctrl-S saves it there.
    fn new_letter(&mut self) {
        let target = self.target_unit();
        let empty = self.editor.lines().iter().all(String::is_empty);
        let keep = self.editor.path.clone().filter(|_| empty);
        let disk = self.editor.disk;
        let kept = keep.is_some();
        self.editor.load(keep, "");
        if kept {
            self.editor.disk = disk;
        }
        self.editor.replace_text(&template(target));
        self.retarget();
        self.focus_letter();
        self.recovery.edited = true;
        self.publish();
        self.confirm(format!(
            "New letter from the template: replace every [bracketed] part ({} selects the next), {} to save",
            key(&Action::NextPlaceholder),
            key(&Action::Save)
        ));
    }
}
