//! Saving a letter without ever losing the old one: the text goes to a temporary file in the
//! same folder, is flushed to disk, and only then replaces the letter by a rename. A failed save
//! leaves the old file exactly as it was.

use std::io::Write;
use std::path::{Path, PathBuf};

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
}

/// Writes `text` to `path` atomically: temporary file in the same folder, fsync, rename.
pub fn save_atomic(path: &Path, text: &str) -> Result<(), SaveError> {
    let folder = match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let write_error = |source| SaveError::Write {
        path: path.to_owned(),
        source,
    };
    let mut temporary = tempfile::Builder::new()
        .prefix(".nocfit-save-")
        .suffix(".tmp")
        .tempfile_in(&folder)
        .map_err(|source| SaveError::Folder {
            path: path.to_owned(),
            folder: folder.clone(),
            source,
        })?;
    // Keep the permissions of the file being replaced.
    if let Ok(metadata) = std::fs::metadata(path) {
        let _ = std::fs::set_permissions(temporary.path(), metadata.permissions());
    }
    temporary
        .write_all(text.as_bytes())
        .and_then(|()| temporary.as_file().sync_all())
        .map_err(write_error)?;
    temporary
        .persist(path)
        .map_err(|error| write_error(error.error))?;
    // Make the rename itself durable; a folder that cannot be opened or synced is not an error.
    if let Ok(directory) = std::fs::File::open(&folder) {
        let _ = directory.sync_all();
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn saves_and_replaces() -> Result<(), Box<dyn std::error::Error>> {
        let folder = tempfile::tempdir()?;
        let path = folder.path().join("letter.txt");
        std::fs::write(&path, "old\n")?;
        save_atomic(&path, "new\r\n")?;
        assert_eq!(std::fs::read_to_string(&path)?, "new\r\n");
        // No temporary file is left behind.
        assert_eq!(std::fs::read_dir(folder.path())?.count(), 1);
        Ok(())
    }

    #[test]
    fn an_unwritable_folder_is_an_error_and_leaves_the_old_file()
    -> Result<(), Box<dyn std::error::Error>> {
        let folder = tempfile::tempdir()?;
        // A path whose parent is a regular file cannot be written, even by root.
        let blocker = folder.path().join("not-a-folder");
        std::fs::write(&blocker, "keep me")?;
        let path = blocker.join("letter.txt");
        let error = save_atomic(&path, "text");
        assert!(matches!(error, Err(SaveError::Folder { .. })), "{error:?}");
        assert_eq!(std::fs::read_to_string(&blocker)?, "keep me");
        Ok(())
    }

    #[test]
    fn a_failed_rename_leaves_the_original_unchanged() -> Result<(), Box<dyn std::error::Error>> {
        let folder = tempfile::tempdir()?;
        // The target is a non-empty folder: the rename fails after the temporary file is
        // written, and the folder and its contents stay.
        let path = folder.path().join("letter.txt");
        std::fs::create_dir(&path)?;
        std::fs::write(path.join("inside"), "kept")?;
        let error = save_atomic(&path, "text");
        assert!(matches!(error, Err(SaveError::Write { .. })), "{error:?}");
        assert_eq!(std::fs::read_to_string(path.join("inside"))?, "kept");
        let leftovers = std::fs::read_dir(folder.path())?.count();
        assert_eq!(leftovers, 1, "the temporary file is removed");
        Ok(())
    }
}
