//! The last target and letter, remembered between sessions in the state folder (beside the
//! recovery copies): the next session starts with that target and offers that letter to
//! `Ctrl-O`.

use std::path::{Path, PathBuf};

/// The file in the state folder that holds them.
pub const FILE_NAME: &str = "last-session";

/// What one session leaves for the next.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Remembered {
    /// The target's NOC 2021 code.
    pub target: Option<String>,
    /// The letter's path, absolute.
    pub letter: Option<PathBuf>,
}

impl Remembered {
    /// Reads `target=CODE` and `letter=PATH` lines; anything else (or no file) is ignored.
    pub fn parse(text: &str) -> Remembered {
        let mut remembered = Remembered::default();
        for line in text.lines() {
            match line.split_once('=') {
                Some(("target", code)) if !code.trim().is_empty() => {
                    remembered.target = Some(code.trim().to_owned());
                }
                Some(("letter", path)) if !path.is_empty() => {
                    remembered.letter = Some(PathBuf::from(path));
                }
                _ => {}
            }
        }
        remembered
    }

    /// The file's text: a path with a line break in its name is not remembered.
    pub fn render(&self) -> String {
        let mut text = String::new();
        if let Some(code) = &self.target {
            text.push_str(&format!("target={code}\n"));
        }
        if let Some(path) = self.letter.as_deref().and_then(Path::to_str)
            && !path.contains(['\n', '\r'])
        {
            text.push_str(&format!("letter={path}\n"));
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
            letter: Some(PathBuf::from("/home/ana/letters/a=b.txt")),
        };
        assert_eq!(Remembered::parse(&remembered.render()), remembered);
        assert_eq!(
            Remembered::parse("colour=blue\ntarget=\n"),
            Remembered::default()
        );
        let odd = Remembered {
            target: None,
            letter: Some(PathBuf::from("/tmp/two\nlines.txt")),
        };
        assert_eq!(odd.render(), "");
    }
}
