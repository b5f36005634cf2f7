//! What a letter file looked like when nocfit last read or wrote it, so a save can tell that
//! another program (or another nocfit) changed the file in the meantime.

use std::hash::Hasher;
use std::io::Read;
use std::path::Path;

use super::file::MAX_LETTER_BYTES;

/// The size and a hash of a file's bytes. Two stamps are equal exactly when the contents are
/// (barring a hash collision): the modification time is not compared, since a file touched
/// without a change is no conflict, and a change within the clock's granularity still shows in
/// the hash.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DiskStamp {
    len: u64,
    hash: u64,
}

impl DiskStamp {
    /// The stamp of a file holding `bytes`.
    pub fn of(bytes: &[u8]) -> DiskStamp {
        // SipHash with fixed keys: stable for the life of the program, which is all a stamp
        // needs.
        let mut hasher = std::hash::DefaultHasher::new();
        hasher.write(bytes);
        DiskStamp {
            len: bytes.len() as u64,
            hash: hasher.finish(),
        }
    }

    /// The stamp of the file at `path` now; `None` when there is no file. A file larger than a
    /// letter can be is stamped by its size alone (it differs from any letter's stamp).
    pub fn read(path: &Path) -> std::io::Result<Option<DiskStamp>> {
        let file = match std::fs::File::open(path) {
            Ok(file) => file,
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(error) => return Err(error),
        };
        let len = file.metadata()?.len();
        if len > MAX_LETTER_BYTES {
            return Ok(Some(DiskStamp { len, hash: 0 }));
        }
        let mut bytes = Vec::new();
        file.take(MAX_LETTER_BYTES + 1).read_to_end(&mut bytes)?;
        Ok(Some(DiskStamp::of(&bytes)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_same_size_change_is_seen() -> Result<(), Box<dyn std::error::Error>> {
        let folder = tempfile::tempdir()?;
        let path = folder.path().join("letter.txt");
        std::fs::write(&path, "Dear Sir\n")?;
        let opened = DiskStamp::read(&path)?;
        assert_eq!(opened, Some(DiskStamp::of(b"Dear Sir\n")));
        std::fs::write(&path, "Dear Sam\n")?;
        assert_ne!(DiskStamp::read(&path)?, opened);
        std::fs::remove_file(&path)?;
        assert_eq!(DiskStamp::read(&path)?, None);
        Ok(())
    }
}
