//! Saving a letter without clobbering anything: through symbolic links to the file they name,
//! never over a device, FIFO or folder, never over changes another program made since the
//! letter was opened, and over a read-only file only when the user said so. The bytes are
//! written by [`super::write`], which keeps the old file whole if the save fails.

use std::path::{Path, PathBuf};

use super::disk::DiskStamp;
use super::file::{BOM, MAX_LETTER_BYTES, file_kind};
use super::write::{folder_of, replace, replace_plain};

/// Why a letter could not be saved.
#[derive(Debug, thiserror::Error)]
pub enum SaveError {
    #[error("{path}: cannot save into {folder}: {source}")]
    Folder {
        path: PathBuf,
        folder: PathBuf,
        source: std::io::Error,
    },
    #[error("{path}: cannot save: {source}; the file on disk is unchanged")]
    Write {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{path}: cannot save: {source}; the file may be damaged, its old text is in {backup}")]
    Damaged {
        path: PathBuf,
        backup: PathBuf,
        source: std::io::Error,
    },
    #[error("{path}: not a regular file (it is {kind}); save the letter under another name")]
    NotRegular { path: PathBuf, kind: &'static str },
    #[error("{path} was changed by another program since nocfit opened it")]
    ChangedOnDisk { path: PathBuf },
    #[error("{path} is read-only")]
    ReadOnly { path: PathBuf },
    #[error(
        "{path}: cannot save: the letter is {size} bytes and nocfit opens letters of at most {limit} bytes; shorten it"
    )]
    TooLarge {
        path: PathBuf,
        size: u64,
        limit: u64,
    },
}

/// What the caller last saw at the letter's path.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Expect {
    /// No file: the letter is new. A file that appeared since is a conflict.
    Absent,
    /// The file as it was read or last written.
    Stamp(DiskStamp),
    /// Whatever is there: the user chose to overwrite it.
    Anything,
}

/// A letter to save and what the user agreed to.
#[derive(Debug, Clone, Copy)]
pub struct SaveRequest<'a> {
    pub text: &'a str,
    /// Start the file with a UTF-8 byte order mark, as the opened file did.
    pub bom: bool,
    pub expect: Expect,
    /// The user agreed to replace a read-only file.
    pub replace_read_only: bool,
}

/// Saves a letter to `path` (or, when `path` is a symbolic link, to the file it names) and
/// returns the stamp of what is now on disk.
pub fn save_letter(path: &Path, request: SaveRequest) -> Result<DiskStamp, SaveError> {
    let bytes = encode(request.text, request.bom);
    if bytes.len() as u64 > MAX_LETTER_BYTES {
        return Err(SaveError::TooLarge {
            path: path.to_owned(),
            size: bytes.len() as u64,
            limit: MAX_LETTER_BYTES,
        });
    }
    let target = resolve_links(path);
    let write_error = |source| SaveError::Write {
        path: path.to_owned(),
        source,
    };
    let old = match std::fs::metadata(&target) {
        Ok(metadata) => Some(metadata),
        // Nothing there (or a path through a file): the folder decides whether it can be saved.
        Err(error)
            if matches!(
                error.kind(),
                std::io::ErrorKind::NotFound | std::io::ErrorKind::NotADirectory
            ) =>
        {
            None
        }
        Err(error) => return Err(write_error(error)),
    };
    if let Some(old) = &old
        && !old.is_file()
    {
        return Err(SaveError::NotRegular {
            path: path.to_owned(),
            kind: file_kind(old),
        });
    }
    let on_disk = match &old {
        Some(_) => DiskStamp::read(&target).map_err(write_error)?,
        None => None,
    };
    let conflict = match request.expect {
        Expect::Anything => false,
        Expect::Absent => on_disk.is_some(),
        // A file deleted since it was opened holds nothing to lose.
        Expect::Stamp(stamp) => on_disk.is_some_and(|now| now != stamp),
    };
    if conflict {
        return Err(SaveError::ChangedOnDisk {
            path: path.to_owned(),
        });
    }
    if !request.replace_read_only && old.as_ref().is_some_and(|old| old.permissions().readonly()) {
        return Err(SaveError::ReadOnly {
            path: path.to_owned(),
        });
    }
    replace(&target, &bytes, old.as_ref()).map_err(|error| rename_path(error, path))?;
    Ok(DiskStamp::of(&bytes))
}

/// Writes `text` to `path` atomically (temporary file, flush, rename), for files nocfit owns:
/// reports and recovery copies.
pub fn save_atomic(path: &Path, text: &str) -> Result<(), SaveError> {
    replace_plain(path, text.as_bytes())
}

/// The bytes of a letter on disk.
fn encode(text: &str, bom: bool) -> Vec<u8> {
    let mut bytes = Vec::with_capacity(text.len() + BOM.len());
    if bom {
        bytes.extend_from_slice(BOM.as_bytes());
    }
    bytes.extend_from_slice(text.as_bytes());
    bytes
}

/// The file a path finally names, following symbolic links (even one whose target does not
/// exist yet, so saving creates that target rather than replacing the link).
pub fn resolve_links(path: &Path) -> PathBuf {
    let mut current = path.to_path_buf();
    // Linux gives up after 40 links; so does nocfit, saving to the path it reached.
    for _ in 0..40 {
        let is_link = std::fs::symlink_metadata(&current).is_ok_and(|m| m.is_symlink());
        if !is_link {
            break;
        }
        match std::fs::read_link(&current) {
            Ok(target) => current = folder_of(&current).join(target),
            Err(_) => break,
        }
    }
    current
}

/// Errors name the path the user gave, not the file a link led to.
fn rename_path(error: SaveError, path: &Path) -> SaveError {
    match error {
        SaveError::Folder { folder, source, .. } => SaveError::Folder {
            path: path.to_owned(),
            folder,
            source,
        },
        SaveError::Write { source, .. } => SaveError::Write {
            path: path.to_owned(),
            source,
        },
        other => other,
    }
}
