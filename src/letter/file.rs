//! Reading a letter from disk: UTF-8 text or Markdown, or the text of a Word (.docx) or PDF
//! letter, with clear refusals for anything else. Only regular files are opened (a FIFO or a
//! device would block or never end), and no more than [`MAX_DOCUMENT_BYTES`] is ever read from
//! a file ([`MAX_LETTER_BYTES`] from a stream).

use std::io::Read;
use std::path::{Path, PathBuf};

use super::disk::DiskStamp;
use super::formats::{self, MAX_DOCUMENT_BYTES, Source};

/// The largest letter nocfit opens, pastes or saves: one limit, so what nocfit saves it can
/// open again. Reference letters are a few kilobytes.
pub const MAX_LETTER_BYTES: u64 = 1024 * 1024;

/// The UTF-8 byte order mark some Windows editors put at the start of a file.
pub const BOM: &str = "\u{feff}";

/// Why a letter file could not be read.
#[derive(Debug, thiserror::Error)]
pub enum LetterFileError {
    #[error("{path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{path}: not a text file (found binary data); save it as .txt, .md, .docx or .pdf")]
    Binary { path: PathBuf },
    #[error("{path}: not UTF-8 text; save it as UTF-8 (.txt or .md)")]
    NotUtf8 { path: PathBuf },
    #[error(
        "{path}: too large ({}; a letter is at most {limit} bytes); shorten it",
        size.map_or_else(|| format!("more than {limit} bytes"), |size| format!("{size} bytes"))
    )]
    TooLarge {
        path: PathBuf,
        /// The size, when known (a stream is only known to be longer than the limit).
        size: Option<u64>,
        limit: u64,
    },
    #[error("{path}: the file is empty")]
    Empty { path: PathBuf },
    #[error("{path}: not a regular file (it is {kind}); give a text file, or - for standard input")]
    NotRegular { path: PathBuf, kind: &'static str },
    #[error(
        "{path}: too large ({size} bytes; a Word or PDF letter is at most {limit} bytes); save it as .txt, or as a PDF without images"
    )]
    DocumentTooLarge {
        path: PathBuf,
        size: u64,
        limit: u64,
    },
    /// A format nocfit does not read (.doc, .rtf, another kind of archive), named.
    #[error("{path}: {what}; open it and save it as .docx, .pdf or .txt")]
    Unsupported { path: PathBuf, what: &'static str },
    #[error(
        "{path}: this {kind} is protected by a password; save a copy without the password (or copy the text out) and open that"
    )]
    Encrypted { path: PathBuf, kind: &'static str },
    #[error(
        "{path}: this PDF has no text layer: it is a scan; copy the text out or ask the employer for the original file"
    )]
    Scanned { path: PathBuf },
    #[error("{path}: a damaged {kind} ({detail}); open it and save it again, or save it as .txt")]
    Corrupt {
        path: PathBuf,
        kind: &'static str,
        detail: String,
    },
    /// A document whose parts unpack to more than nocfit reads: a zip bomb, or a letter with
    /// far more than a letter's text.
    #[error(
        "{path}: this {kind} unpacks to more than {limit} bytes, far more than a letter (a zip bomb?); save the letter as .txt"
    )]
    Unpacked {
        path: PathBuf,
        kind: &'static str,
        limit: u64,
    },
}

/// A letter as read from disk: its text (without a byte order mark), whether it had one, the
/// stamp that tells later whether another program changed the file, and what kind of file it
/// was (a Word or PDF letter's text is imported: saving it must not write over the original).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LetterFile {
    pub text: String,
    pub bom: bool,
    pub stamp: DiskStamp,
    pub source: Source,
}

/// Reads a letter, refusing non-regular, binary, non-UTF-8, oversized and empty files. A UTF-8
/// byte order mark is dropped; line endings are kept as they are. A Word (.docx) or PDF letter
/// gives its text.
pub fn read_letter(path: &Path) -> Result<String, LetterFileError> {
    open_letter(path).map(|letter| letter.text)
}

/// Reads a letter like [`read_letter`], keeping what saving it back needs.
pub fn open_letter(path: &Path) -> Result<LetterFile, LetterFileError> {
    let io = |source| LetterFileError::Io {
        path: path.to_owned(),
        source,
    };
    // Look before opening: opening a FIFO without a writer blocks for ever.
    let metadata = std::fs::metadata(path).map_err(io)?;
    if !metadata.is_file() {
        return Err(LetterFileError::NotRegular {
            path: path.to_owned(),
            kind: file_kind(&metadata),
        });
    }
    let mut file = std::fs::File::open(path).map_err(io)?;
    if metadata.len() > MAX_LETTER_BYTES {
        // Only a document may be larger than a text letter: look at its first bytes.
        let mut head = Vec::new();
        (&mut file)
            .take(formats::HEAD_BYTES)
            .read_to_end(&mut head)
            .map_err(io)?;
        let source = formats::sniff(&head);
        if source == Source::Text {
            return Err(too_large(path, Some(metadata.len())));
        }
        if metadata.len() > MAX_DOCUMENT_BYTES {
            return Err(LetterFileError::DocumentTooLarge {
                path: path.to_owned(),
                size: metadata.len(),
                limit: MAX_DOCUMENT_BYTES,
            });
        }
        std::io::Seek::rewind(&mut file).map_err(io)?;
    }
    // The file may grow while it is read: never read more than a document can be.
    let mut bytes = Vec::new();
    file.take(MAX_DOCUMENT_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(io)?;
    let stamp = DiskStamp::of(&bytes);
    let decoded = decode_file(path, bytes)?;
    Ok(LetterFile { stamp, ..decoded })
}

/// The letter in a file's bytes: a Word or PDF letter's text, or the bytes as UTF-8 text.
/// The stamp of the result is that of `bytes`.
pub fn decode_file(path: &Path, bytes: Vec<u8>) -> Result<LetterFile, LetterFileError> {
    let stamp = DiskStamp::of(&bytes);
    let source = formats::sniff(&bytes);
    if source == Source::Text {
        let bom = bytes.starts_with(BOM.as_bytes());
        let text = decode_letter(path, bytes)?;
        return Ok(LetterFile {
            text,
            bom,
            stamp,
            source,
        });
    }
    if bytes.len() as u64 > MAX_DOCUMENT_BYTES {
        return Err(LetterFileError::DocumentTooLarge {
            path: path.to_owned(),
            size: bytes.len() as u64,
            limit: MAX_DOCUMENT_BYTES,
        });
    }
    let text = formats::extract(path, source, &bytes)?;
    Ok(LetterFile {
        text,
        bom: false,
        stamp,
        source,
    })
}

/// Reads at most [`MAX_LETTER_BYTES`] from `reader` (a file or standard input, which may never
/// end), failing as soon as there is more.
pub fn read_limited(reader: impl Read, path: &Path) -> Result<Vec<u8>, LetterFileError> {
    let mut bytes = Vec::new();
    reader
        .take(MAX_LETTER_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|source| LetterFileError::Io {
            path: path.to_owned(),
            source,
        })?;
    if bytes.len() as u64 > MAX_LETTER_BYTES {
        return Err(too_large(path, None));
    }
    Ok(bytes)
}

fn too_large(path: &Path, size: Option<u64>) -> LetterFileError {
    LetterFileError::TooLarge {
        path: path.to_owned(),
        size,
        limit: MAX_LETTER_BYTES,
    }
}

/// What a file that is not a regular file is, for messages.
pub(crate) fn file_kind(metadata: &std::fs::Metadata) -> &'static str {
    let kind = metadata.file_type();
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if kind.is_fifo() {
            return "a FIFO";
        }
        if kind.is_char_device() || kind.is_block_device() {
            return "a device";
        }
        if kind.is_socket() {
            return "a socket";
        }
    }
    if kind.is_dir() {
        "a folder"
    } else {
        "not a file"
    }
}

/// Checks bytes read from `path` (or stdin) the way [`read_letter`] checks a file.
pub fn decode_letter(path: &Path, bytes: Vec<u8>) -> Result<String, LetterFileError> {
    if bytes.len() as u64 > MAX_LETTER_BYTES {
        return Err(too_large(path, Some(bytes.len() as u64)));
    }
    if bytes.contains(&0) {
        return Err(LetterFileError::Binary {
            path: path.to_owned(),
        });
    }
    let mut text = String::from_utf8(bytes).map_err(|_| LetterFileError::NotUtf8 {
        path: path.to_owned(),
    })?;
    if text.starts_with(BOM) {
        text.drain(..BOM.len());
    }
    if text.trim().is_empty() {
        return Err(LetterFileError::Empty {
            path: path.to_owned(),
        });
    }
    Ok(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn decode(bytes: &[u8]) -> Result<String, LetterFileError> {
        decode_letter(Path::new("letter.txt"), bytes.to_vec())
    }

    #[test]
    fn text_is_read_and_bom_dropped() {
        assert_eq!(
            decode("\u{feff}Hello\r\n".as_bytes()).ok().as_deref(),
            Some("Hello\r\n")
        );
    }

    #[test]
    fn binary_non_utf8_and_empty_are_refused() {
        assert!(matches!(
            decode(b"PK\x03\x04\0\0"),
            Err(LetterFileError::Binary { .. })
        ));
        assert!(matches!(
            decode(b"caf\xe9"),
            Err(LetterFileError::NotUtf8 { .. })
        ));
        assert!(matches!(
            decode(b" \n\n"),
            Err(LetterFileError::Empty { .. })
        ));
        let message = decode(b"\0").err().map(|e| e.to_string());
        assert_eq!(
            message.as_deref(),
            Some(
                "letter.txt: not a text file (found binary data); save it as .txt, .md, .docx or .pdf"
            )
        );
    }

    #[test]
    fn an_endless_stream_stops_at_the_limit() {
        let endless = std::io::repeat(b'a');
        let error = read_limited(endless, Path::new("<stdin>")).err();
        assert_eq!(
            error.map(|e| e.to_string()).as_deref(),
            Some(
                "<stdin>: too large (more than 1048576 bytes; a letter is at most 1048576 bytes); shorten it"
            )
        );
    }

    #[test]
    fn a_letter_keeps_its_bom_flag() -> Result<(), Box<dyn std::error::Error>> {
        let folder = tempfile::tempdir()?;
        let path = folder.path().join("letter.txt");
        std::fs::write(&path, "\u{feff}Dear Sir\n")?;
        let letter = open_letter(&path)?;
        assert!(letter.bom);
        assert_eq!(letter.text, "Dear Sir\n");
        Ok(())
    }

    #[cfg(unix)]
    #[test]
    fn a_fifo_or_device_is_refused_without_blocking() {
        for (path, kind) in [("/dev/null", "a device"), ("/tmp", "a folder")] {
            let error = open_letter(Path::new(path)).err();
            assert!(
                matches!(&error, Some(LetterFileError::NotRegular { kind: k, .. }) if *k == kind),
                "{path}: {error:?}"
            );
        }
    }
}
