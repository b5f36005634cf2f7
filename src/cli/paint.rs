//! Terminal styling for command output: ANSI codes on a terminal, plain text when piped or
//! when `NO_COLOR` is set.

use std::io::IsTerminal;

/// Whether and how wide to style output.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Paint {
    /// Emit ANSI colour and emphasis.
    pub color: bool,
    /// Columns to wrap text to.
    pub width: usize,
}

/// The widest text nocfit wraps to, even on a wide terminal: long lines are hard to read.
const MAX_WIDTH: usize = 100;
/// The width used when output is not a terminal.
const PIPE_WIDTH: usize = 80;

impl Paint {
    /// Plain text, wrapped to `width` columns.
    pub fn plain(width: usize) -> Paint {
        Paint {
            color: false,
            width,
        }
    }

    /// Detects stdout: colour on a terminal unless `NO_COLOR` is set, wrapped to its width.
    pub fn for_stdout() -> Paint {
        let terminal = std::io::stdout().is_terminal();
        let no_color = std::env::var_os("NO_COLOR").is_some_and(|value| !value.is_empty());
        let width = if terminal {
            ratatui::crossterm::terminal::size()
                .map(|(columns, _)| usize::from(columns).clamp(40, MAX_WIDTH))
                .unwrap_or(PIPE_WIDTH)
        } else {
            PIPE_WIDTH
        };
        Paint {
            color: terminal && !no_color,
            width,
        }
    }

    fn wrap(&self, code: &str, text: &str) -> String {
        if self.color {
            format!("\x1b[{code}m{text}\x1b[0m")
        } else {
            text.to_owned()
        }
    }

    pub fn bold(&self, text: &str) -> String {
        self.wrap("1", text)
    }

    pub fn dim(&self, text: &str) -> String {
        self.wrap("2", text)
    }

    pub fn green(&self, text: &str) -> String {
        self.wrap("32", text)
    }

    pub fn amber(&self, text: &str) -> String {
        self.wrap("33", text)
    }

    pub fn red(&self, text: &str) -> String {
        self.wrap("31", text)
    }

    pub fn cyan(&self, text: &str) -> String {
        self.wrap("36", text)
    }

    /// Marks the characters at `indices`: bold and underlined in colour, `[bracketed]` runs
    /// in plain text.
    pub fn highlight(&self, text: &str, indices: &[usize]) -> String {
        let mut out = String::with_capacity(text.len() + 16);
        let mut inside = false;
        for (position, c) in text.chars().enumerate() {
            let marked = indices.binary_search(&position).is_ok();
            if marked != inside {
                out.push_str(match (marked, self.color) {
                    (true, true) => "\x1b[1;4m",
                    (false, true) => "\x1b[0m",
                    (true, false) => "[",
                    (false, false) => "]",
                });
                inside = marked;
            }
            out.push(c);
        }
        if inside {
            out.push_str(if self.color { "\x1b[0m" } else { "]" });
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_highlight_brackets_runs() {
        let paint = Paint::plain(80);
        assert_eq!(paint.highlight("bookkeeper", &[0, 1, 2, 3]), "[book]keeper");
        assert_eq!(paint.highlight("abc", &[0, 2]), "[a]b[c]");
        assert_eq!(paint.highlight("abc", &[]), "abc");
    }

    #[test]
    fn colour_highlight_uses_ansi() {
        let paint = Paint {
            color: true,
            width: 80,
        };
        assert_eq!(paint.highlight("ab", &[1]), "a\x1b[1;4mb\x1b[0m");
    }
}
