//! Reading a letter from disk: UTF-8 text or Markdown only, with clear refusals for anything
//! else.

use std::io::Read;
use std::path::{Path, PathBuf};

/// The largest letter nocfit opens. Reference letters are a few kilobytes.
pub const MAX_LETTER_BYTES: u64 = 1024 * 1024;

/// Why a letter file could not be read.
#[derive(Debug, thiserror::Error)]
pub enum LetterFileError {
    #[error("{path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{path}: not a text file (found binary data); save it as .txt or .md")]
    Binary { path: PathBuf },
    #[error("{path}: not UTF-8 text; save it as UTF-8 (.txt or .md)")]
    NotUtf8 { path: PathBuf },
    #[error("{path}: too large ({size} bytes; the limit is {limit} bytes)")]
    TooLarge {
        path: PathBuf,
        size: u64,
        limit: u64,
    },
    #[error("{path}: the file is empty")]
    Empty { path: PathBuf },
}

/// Reads a letter, refusing binary, non-UTF-8, oversized and empty files. A UTF-8 byte order
/// mark is dropped; line endings are kept as they are.
pub fn read_letter(path: &Path) -> Result<String, LetterFileError> {
    let io = |source| LetterFileError::Io {
        path: path.to_owned(),
        source,
    };
    let file = std::fs::File::open(path).map_err(io)?;
    let size = file.metadata().map_err(io)?.len();
    if size > MAX_LETTER_BYTES {
        return Err(LetterFileError::TooLarge {
            path: path.to_owned(),
            size,
            limit: MAX_LETTER_BYTES,
        });
    }
    let mut bytes = Vec::with_capacity(usize::try_from(size).unwrap_or(0));
    file.take(MAX_LETTER_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(io)?;
    decode_letter(path, bytes)
}

/// Checks bytes read from `path` (or stdin) the way [`read_letter`] checks a file.
pub fn decode_letter(path: &Path, bytes: Vec<u8>) -> Result<String, LetterFileError> {
    if bytes.len() as u64 > MAX_LETTER_BYTES {
        return Err(LetterFileError::TooLarge {
            path: path.to_owned(),
            size: bytes.len() as u64,
            limit: MAX_LETTER_BYTES,
        });
    }
    if bytes.contains(&0) {
        return Err(LetterFileError::Binary {
            path: path.to_owned(),
        });
    }
    let mut text = String::from_utf8(bytes).map_err(|_| LetterFileError::NotUtf8 {
        path: path.to_owned(),
    })?;
    if text.starts_with('\u{feff}') {
        text.drain(..'\u{feff}'.len_utf8());
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
            Some("letter.txt: not a text file (found binary data); save it as .txt or .md")
        );
    }
}
