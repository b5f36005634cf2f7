//! How bytes reach the disk without ever losing the old file.
//!
//! Normally the bytes go to a temporary file in the same folder, which takes the old file's
//! mode, owner and group, is flushed, and only then replaces the old file by a rename: a failed
//! save leaves the old file exactly as it was. A rename would break a hard link, and cannot keep
//! an owner the user may not give away; such a file is overwritten in place instead, after its
//! old bytes are copied aside so they can be put back if the write fails.

use std::fs::{File, Metadata};
use std::io::Write;
use std::path::{Path, PathBuf};

use super::save::SaveError;

/// The folder a file lives in (`.` for a bare file name).
pub(crate) fn folder_of(path: &Path) -> PathBuf {
    match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

/// Writes `bytes` to `path`, replacing the regular file described by `old` (`None` for a new
/// file) and keeping its mode, owner, group and hard links.
pub(crate) fn replace(path: &Path, bytes: &[u8], old: Option<&Metadata>) -> Result<(), SaveError> {
    if old.is_some_and(|old| links(old) > 1) {
        return overwrite_in_place(path, bytes);
    }
    let folder = folder_of(path);
    let mut temporary = tempfile::Builder::new()
        .prefix(".nocfit-save-")
        .suffix(".tmp")
        .tempfile_in(&folder)
        .map_err(|source| SaveError::Folder {
            path: path.to_owned(),
            folder: folder.clone(),
            source,
        })?;
    if let Some(old) = old {
        let _ = std::fs::set_permissions(temporary.path(), old.permissions());
        if !same_owner(temporary.as_file(), old) {
            // The owner cannot be kept by a rename: write into the file itself.
            drop(temporary);
            return overwrite_in_place(path, bytes);
        }
    }
    let write_error = |source| SaveError::Write {
        path: path.to_owned(),
        source,
    };
    temporary
        .write_all(bytes)
        .and_then(|()| temporary.as_file().sync_all())
        .map_err(write_error)?;
    temporary
        .persist(path)
        .map_err(|error| write_error(error.error))?;
    // Make the rename itself durable; a folder that cannot be opened or synced is not an error.
    if let Ok(directory) = File::open(&folder) {
        let _ = directory.sync_all();
    }
    Ok(())
}

/// Writes `bytes` to a new file or over an old one by a rename, with the new file's default
/// mode for the user (recovery copies, reports).
pub(crate) fn replace_plain(path: &Path, bytes: &[u8]) -> Result<(), SaveError> {
    replace(path, bytes, None)
}

/// Overwrites the file itself, so its inode (and so its hard links, owner and group) stays.
/// The old bytes are first copied to a temporary file beside it; if the write fails they are
/// put back, and if even that fails the copy is kept and named in the error.
fn overwrite_in_place(path: &Path, bytes: &[u8]) -> Result<(), SaveError> {
    let write_error = |source| SaveError::Write {
        path: path.to_owned(),
        source,
    };
    let old = std::fs::read(path).map_err(write_error)?;
    let folder = folder_of(path);
    let mut backup = tempfile::Builder::new()
        .prefix(".nocfit-backup-")
        .suffix(".tmp")
        .tempfile_in(&folder)
        .map_err(|source| SaveError::Folder {
            path: path.to_owned(),
            folder: folder.clone(),
            source,
        })?;
    backup
        .write_all(&old)
        .and_then(|()| backup.as_file().sync_all())
        .map_err(write_error)?;
    // A file that cannot be opened for writing is untouched.
    let mut file = std::fs::OpenOptions::new()
        .write(true)
        .open(path)
        .map_err(write_error)?;
    match write_into(&mut file, bytes) {
        Ok(()) => Ok(()),
        Err(source) => {
            if write_into(&mut file, &old).is_ok() {
                return Err(write_error(source));
            }
            let kept = backup
                .keep()
                .map(|(_, kept)| kept)
                .unwrap_or_else(|error| error.file.path().to_path_buf());
            Err(SaveError::Damaged {
                path: path.to_owned(),
                backup: kept,
                source,
            })
        }
    }
}

/// Writes `bytes` over the whole of `file`, from its start.
fn write_into(file: &mut File, bytes: &[u8]) -> std::io::Result<()> {
    use std::io::Seek;
    file.rewind()?;
    file.write_all(bytes)?;
    file.set_len(bytes.len() as u64)?;
    file.sync_all()
}

#[cfg(unix)]
fn links(metadata: &Metadata) -> u64 {
    std::os::unix::fs::MetadataExt::nlink(metadata)
}

#[cfg(not(unix))]
fn links(_: &Metadata) -> u64 {
    1
}

/// Gives `file` the owner and group of `old`; false when that is not allowed.
#[cfg(unix)]
fn same_owner(file: &File, old: &Metadata) -> bool {
    use std::os::unix::fs::MetadataExt;
    let Ok(new) = file.metadata() else {
        return false;
    };
    if (new.uid(), new.gid()) == (old.uid(), old.gid()) {
        return true;
    }
    std::os::unix::fs::fchown(file, Some(old.uid()), Some(old.gid())).is_ok()
}

#[cfg(not(unix))]
fn same_owner(_: &File, _: &Metadata) -> bool {
    true
}
