//! The last target and the recent letters, remembered between sessions in the state folder
//! (beside the recovery copies): the next session starts with that target, and `Ctrl-O`
//! offers the last letter and goes through the others.

use std::path::{Path, PathBuf};

/// The file in the state folder that holds them.
pub const FILE_NAME: &str = "last-session";

/// How many letters are remembered.
pub const RECENT: usize = 10;

/// What one session leaves for the next.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Remembered {
    /// The target's NOC 2021 code.
    pub target: Option<String>,
    /// The letters opened or saved, absolute, the most recent first.
    pub letters: Vec<PathBuf>,
}

impl Remembered {
    /// Reads `target=CODE` and `letter=PATH` lines (the most recent letter first); anything
    /// else (or no file) is ignored.
    pub fn parse(text: &str) -> Remembered {
        let mut remembered = Remembered::default();
        for line in text.lines() {
            match line.split_once('=') {
                Some(("target", code)) if !code.trim().is_empty() => {
                    remembered.target = Some(code.trim().to_owned());
                }
                Some(("letter", path)) if !path.is_empty() => {
                    remembered.add_letter(PathBuf::from(path));
                }
                _ => {}
            }
        }
        remembered
    }

    /// The last letter.
    pub fn letter(&self) -> Option<&Path> {
        self.letters.first().map(PathBuf::as_path)
    }

    /// Puts `path` first among the recent letters (once), keeping [`RECENT`] of them.
    pub fn open_letter(&mut self, path: PathBuf) {
        self.letters.retain(|known| *known != path);
        self.letters.insert(0, path);
        self.letters.truncate(RECENT);
    }

    /// While parsing: a letter older than those read so far (a repeat counts once).
    fn add_letter(&mut self, path: PathBuf) {
        if !self.letters.contains(&path) && self.letters.len() < RECENT {
            self.letters.push(path);
        }
    }

    /// The file's text: a path with a line break in its name is not remembered.
    pub fn render(&self) -> String {
        let mut text = String::new();
        if let Some(code) = &self.target {
            text.push_str(&format!("target={code}\n"));
        }
        for path in self.letters.iter().filter_map(|path| path.to_str()) {
            if !path.contains(['\n', '\r']) {
                text.push_str(&format!("letter={path}\n"));
            }
        }
        text
    }

    /// What the state folder `dir` remembers (nothing when it holds no readable file).
    pub fn read(dir: &Path) -> Remembered {
        std::fs::read_to_string(dir.join(FILE_NAME))
            .map(|text| Remembered::parse(&text))
            .unwrap_or_default()
    }

    /// Writes this to the state folder `dir`, atomically.
    pub fn write(&self, dir: &Path) -> Result<(), super::SaveError> {
        super::save_atomic(&dir.join(FILE_NAME), &self.render())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_and_ignores_the_unknown() {
        let remembered = Remembered {
            target: Some("12200".to_owned()),
            letters: vec![
                PathBuf::from("/home/ana/letters/a=b.txt"),
                PathBuf::from("/home/ana/letters/old.txt"),
            ],
        };
        assert_eq!(Remembered::parse(&remembered.render()), remembered);
        assert_eq!(
            remembered.letter(),
            Some(Path::new("/home/ana/letters/a=b.txt"))
        );
        assert_eq!(
            Remembered::parse("colour=blue\ntarget=\n"),
            Remembered::default()
        );
        let odd = Remembered {
            target: None,
            letters: vec![PathBuf::from("/tmp/two\nlines.txt")],
        };
        assert_eq!(odd.render(), "");
    }

    #[test]
    fn the_last_letter_goes_first_once_and_the_oldest_drop_off() {
        let mut remembered = Remembered::default();
        for n in 0..12 {
            remembered.open_letter(PathBuf::from(format!("/l/{n}.txt")));
        }
        remembered.open_letter(PathBuf::from("/l/5.txt"));
        let names: Vec<String> = remembered
            .letters
            .iter()
            .map(|p| p.display().to_string())
            .collect();
        assert_eq!(names.len(), RECENT);
        assert_eq!(names[..3], ["/l/5.txt", "/l/11.txt", "/l/10.txt"]);
        assert!(!names.contains(&"/l/1.txt".to_owned()), "{names:?}");
        assert_eq!(Remembered::parse(&remembered.render()), remembered);
    }
}
