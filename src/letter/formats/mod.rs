//! Letters that arrive as Word (.docx) or PDF files: which kind a file is (by its first bytes,
//! not its name), and its text as lines a text letter would have. Old binary formats (.doc,
//! .rtf), password-protected files and scans get a refusal that says what to do instead.
//!
//! Memory stays bounded whatever the file holds: a document is at most
//! [`MAX_DOCUMENT_BYTES`], each part unpacked from it at most [`MAX_PART_BYTES`], and the text
//! at most a text letter's [`MAX_LETTER_BYTES`].

mod docx;
mod docx_xml;
mod pdf;
mod pdf_fonts;
mod pdf_layout;

use std::path::Path;

use serde::Serialize;

use super::file::{LetterFileError, MAX_LETTER_BYTES};

/// The largest Word or PDF file nocfit opens (16 MiB): letters with a logo and a scanned
/// signature are well under it, and a 200 MB file is refused before it is read.
pub const MAX_DOCUMENT_BYTES: u64 = 16 * 1024 * 1024;

/// The most any one part of a document may unpack to (8 MiB): an XML part of a .docx, a PDF's
/// page content or font map. A zip bomb or a PDF "flate bomb" stops here.
pub const MAX_PART_BYTES: u64 = 8 * 1024 * 1024;

/// How many leading bytes tell a file's kind.
pub(crate) const HEAD_BYTES: u64 = 1024;

/// What kind of file a letter came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Source {
    /// UTF-8 text or Markdown, saved back as it was.
    Text,
    /// A Word document (Office Open XML): its text is imported.
    Docx,
    /// A PDF with a text layer: its text is imported.
    Pdf,
    /// A format nocfit recognises but does not read (.doc, .rtf, another archive).
    Other(&'static str),
    /// An Office file protected by a password (an encrypted package).
    EncryptedOffice,
}

impl Source {
    /// Whether the text was imported from a document (and so must be saved elsewhere).
    pub fn is_imported(self) -> bool {
        matches!(self, Source::Docx | Source::Pdf)
    }

    /// The kind of document, for messages: "Word document", "PDF".
    pub fn name(self) -> &'static str {
        match self {
            Source::Text => "text file",
            Source::Docx | Source::EncryptedOffice => "Word document",
            Source::Pdf => "PDF",
            Source::Other(what) => what,
        }
    }
}

/// The signature of an OLE compound file: old Word (.doc), Excel, and encrypted Office files.
const OLE: &[u8] = b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1";

/// What kind of letter `bytes` (the whole file, or at least its first [`HEAD_BYTES`]) hold.
pub fn sniff(bytes: &[u8]) -> Source {
    let head = &bytes[..bytes.len().min(HEAD_BYTES as usize)];
    // A PDF may have a few bytes of junk before its header; readers accept it in the first KiB.
    if head.windows(5).any(|window| window == b"%PDF-") {
        return Source::Pdf;
    }
    if head.starts_with(b"PK\x03\x04") || head.starts_with(b"PK\x05\x06") {
        return Source::Docx;
    }
    if head.starts_with(OLE) {
        // An encrypted .docx is an OLE file holding an "EncryptedPackage" stream (named in
        // UTF-16 in its directory).
        let encrypted: Vec<u8> = "EncryptedPackage"
            .encode_utf16()
            .flat_map(u16::to_le_bytes)
            .collect();
        if bytes
            .windows(encrypted.len())
            .any(|window| window == encrypted)
        {
            return Source::EncryptedOffice;
        }
        return Source::Other("an old Word document (.doc) or another old Office file");
    }
    if head.starts_with(b"{\\rtf") {
        return Source::Other("a Rich Text (.rtf) file");
    }
    Source::Text
}

/// The text of a document `bytes` of kind `source` (not [`Source::Text`]), as lines joined
/// with `\n` and ending with one.
pub(crate) fn extract(
    path: &Path,
    source: Source,
    bytes: &[u8],
) -> Result<String, LetterFileError> {
    let lines = match source {
        Source::Docx => docx::lines(path, bytes)?,
        Source::Pdf => pdf::lines(path, bytes)?,
        Source::Other(what) => {
            return Err(LetterFileError::Unsupported {
                path: path.to_owned(),
                what,
            });
        }
        Source::EncryptedOffice => {
            return Err(LetterFileError::Encrypted {
                path: path.to_owned(),
                kind: source.name(),
            });
        }
        Source::Text => Vec::new(),
    };
    finish(path, source, lines)
}

/// Lines of a document as a letter's text: characters a text letter cannot hold (NUL, other
/// controls) become spaces, trailing spaces go, blank lines at either end go, and the text is
/// refused when empty or over a letter's size.
fn finish(path: &Path, source: Source, lines: Vec<String>) -> Result<String, LetterFileError> {
    let lines: Vec<String> = lines
        .into_iter()
        .map(|line| {
            let clean: String = line
                .chars()
                .map(|c| {
                    if c.is_control() || c == '\u{feff}' {
                        ' '
                    } else {
                        c
                    }
                })
                .collect();
            clean.trim_end().to_owned()
        })
        .collect();
    let first = lines.iter().position(|line| !line.trim().is_empty());
    let last = lines.iter().rposition(|line| !line.trim().is_empty());
    let (Some(first), Some(last)) = (first, last) else {
        return Err(match source {
            Source::Pdf => LetterFileError::Scanned {
                path: path.to_owned(),
            },
            _ => LetterFileError::Empty {
                path: path.to_owned(),
            },
        });
    };
    let mut text = lines[first..=last].join("\n");
    text.push('\n');
    if text.len() as u64 > MAX_LETTER_BYTES {
        return Err(LetterFileError::TooLarge {
            path: path.to_owned(),
            size: Some(text.len() as u64),
            limit: MAX_LETTER_BYTES,
        });
    }
    Ok(text)
}

/// A running count of text gathered from a document, so extraction stops as soon as there is
/// more than a letter can hold.
#[derive(Debug, Default)]
pub(crate) struct Budget {
    used: u64,
}

impl Budget {
    /// Counts `bytes` more; false once past a letter's size.
    pub(crate) fn spend(&mut self, bytes: usize) -> bool {
        self.used = self.used.saturating_add(bytes as u64);
        self.used <= MAX_LETTER_BYTES
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_are_told_by_their_first_bytes() {
        assert_eq!(sniff(b"%PDF-1.7\n"), Source::Pdf);
        assert_eq!(sniff(b"\n\n%PDF-1.4"), Source::Pdf);
        assert_eq!(sniff(b"PK\x03\x04rest"), Source::Docx);
        assert_eq!(
            sniff(b"{\\rtf1\\ansi"),
            Source::Other("a Rich Text (.rtf) file")
        );
        assert!(matches!(sniff(OLE), Source::Other(_)));
        let mut encrypted = OLE.to_vec();
        encrypted.extend("EncryptedPackage".encode_utf16().flat_map(u16::to_le_bytes));
        assert_eq!(sniff(&encrypted), Source::EncryptedOffice);
        assert_eq!(sniff(b"Dear Sir,\n"), Source::Text);
        assert_eq!(sniff(b""), Source::Text);
    }

    #[test]
    fn document_text_is_cleaned_and_trimmed() {
        let lines = ["", "  ", "Dear\u{0} Sir,  ", "", "- Posted\tentries", ""]
            .map(str::to_owned)
            .to_vec();
        let text = finish(Path::new("a.docx"), Source::Docx, lines).ok();
        assert_eq!(text.as_deref(), Some("Dear  Sir,\n\n- Posted entries\n"));
        let empty = finish(Path::new("a.pdf"), Source::Pdf, vec![" ".to_owned()]);
        assert!(matches!(empty, Err(LetterFileError::Scanned { .. })));
    }
}
