//! A letter's text as lines for an editor, and back, keeping its line endings: a file written
//! with CRLF is saved with CRLF, and a final line break stays (or stays absent).

/// How a letter's lines are joined on disk.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct TextFormat {
    /// Lines end in `\r\n` rather than `\n`.
    pub crlf: bool,
    /// The text ends with a line break.
    pub final_newline: bool,
}

impl TextFormat {
    /// The format of a new letter: LF, ending with a line break.
    pub const NEW: TextFormat = TextFormat {
        crlf: false,
        final_newline: true,
    };

    /// "CRLF" or "LF", for the status line.
    pub fn ending_name(self) -> &'static str {
        if self.crlf { "CRLF" } else { "LF" }
    }
}

/// Splits text into lines (without endings) and the format to write them back with. Line
/// endings count as CRLF when every line break is `\r\n`; then one `\r` is removed from the
/// end of each line. A file that mixes both counts as LF and its lines keep their `\r`, so
/// saving writes back every line it did not change byte for byte.
pub fn split_text(text: &str) -> (Vec<String>, TextFormat) {
    let breaks = text.matches('\n').count();
    let crlf_breaks = text.matches("\r\n").count();
    let crlf = breaks > 0 && crlf_breaks == breaks;
    let final_newline = text.ends_with('\n');
    let body = text.strip_suffix('\n').unwrap_or(text);
    let body = if crlf && final_newline {
        body.strip_suffix('\r').unwrap_or(body)
    } else {
        body
    };
    // One `\r` ends each line that a line break follows; a `\r` at the very end of a text
    // without a final line break is text, kept.
    let pieces: Vec<&str> = body.split('\n').collect();
    let last = pieces.len() - 1;
    let lines = pieces
        .iter()
        .enumerate()
        .map(|(index, line)| {
            let line = if crlf && index < last {
                line.strip_suffix('\r').unwrap_or(line)
            } else {
                line
            };
            (*line).to_owned()
        })
        .collect();
    (
        lines,
        TextFormat {
            crlf,
            final_newline,
        },
    )
}

/// Joins lines back into the text of a file in `format`.
pub fn join_lines(lines: &[String], format: TextFormat) -> String {
    let ending = if format.crlf { "\r\n" } else { "\n" };
    let mut text = lines.join(ending);
    if format.final_newline {
        text.push_str(ending);
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    fn round_trip(text: &str) -> String {
        let (lines, format) = split_text(text);
        join_lines(&lines, format)
    }

    #[test]
    fn lf_and_crlf_texts_come_back_unchanged() {
        for text in [
            "a\nb\n",
            "a\nb",
            "a\r\nb\r\n",
            "a\r\n\r\nb",
            "single",
            "",
            "\n\n",
            "\n",
            "\r\n",
            "x\r\n",
            "\r\né\r",
            "\r\n\r\n\na",
            "a\r\nb\nc\r\n",
        ] {
            assert_eq!(round_trip(text), text, "{text:?}");
        }
    }

    #[test]
    fn crlf_is_detected_and_stripped_from_lines() {
        let (lines, format) = split_text("Dear Sir,\r\n- Posted entries\r\n");
        assert_eq!(lines, ["Dear Sir,", "- Posted entries"]);
        assert!(format.crlf && format.final_newline);
        assert_eq!(format.ending_name(), "CRLF");
    }

    #[test]
    fn a_lone_carriage_return_in_an_lf_file_is_kept() {
        let (lines, format) = split_text("a\r\nb\nc\n");
        assert!(!format.crlf);
        assert_eq!(lines, ["a\r", "b", "c"]);
    }
}
