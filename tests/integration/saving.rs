//! Saving a letter without clobbering anything, through `nocfit::letter::save_letter`:
//! symbolic and hard links, owner, group and mode, devices and FIFOs, read-only files, files
//! changed by another program, the size limit, and a failed save leaving the old file whole.

use std::path::Path;

use nocfit::letter::{DiskStamp, Expect, SaveError, SaveRequest, open_letter, save_letter};

type TestResult = Result<(), Box<dyn std::error::Error>>;

fn request(text: &str, expect: Expect) -> SaveRequest<'_> {
    SaveRequest {
        text,
        bom: false,
        expect,
        replace_read_only: false,
    }
}

/// The stamp of the file as it is now, as if it had just been opened.
fn opened(path: &Path) -> Expect {
    match DiskStamp::read(path) {
        Ok(Some(stamp)) => Expect::Stamp(stamp),
        _ => Expect::Absent,
    }
}

#[test]
fn saves_and_replaces_leaving_no_temporary_file() -> TestResult {
    let folder = tempfile::tempdir()?;
    let path = folder.path().join("letter.txt");
    std::fs::write(&path, "old\n")?;
    save_letter(&path, request("new\r\n", opened(&path)))?;
    assert_eq!(std::fs::read_to_string(&path)?, "new\r\n");
    assert_eq!(std::fs::read_dir(folder.path())?.count(), 1);
    Ok(())
}

#[test]
fn a_failed_save_leaves_the_old_file() -> TestResult {
    let folder = tempfile::tempdir()?;
    // A path whose parent is a regular file cannot be written, even by root.
    let blocker = folder.path().join("not-a-folder");
    std::fs::write(&blocker, "keep me")?;
    let error = save_letter(&blocker.join("letter.txt"), request("text", Expect::Absent));
    assert!(matches!(error, Err(SaveError::Folder { .. })), "{error:?}");
    assert_eq!(std::fs::read_to_string(&blocker)?, "keep me");
    Ok(())
}

#[cfg(unix)]
#[test]
fn a_symbolic_link_is_written_through_even_when_dangling() -> TestResult {
    let folder = tempfile::tempdir()?;
    let target = folder.path().join("real.txt");
    let link = folder.path().join("letter.txt");
    std::fs::write(&target, "old\n")?;
    std::os::unix::fs::symlink("real.txt", &link)?;
    save_letter(&link, request("new\n", opened(&link)))?;
    assert!(
        std::fs::symlink_metadata(&link)?.is_symlink(),
        "the link stays"
    );
    assert_eq!(std::fs::read_to_string(&target)?, "new\n");
    // A link to a file not there yet creates the file, not a file in place of the link.
    let dangling = folder.path().join("draft.txt");
    std::os::unix::fs::symlink("drafts-real.txt", &dangling)?;
    save_letter(&dangling, request("draft\n", Expect::Absent))?;
    assert!(std::fs::symlink_metadata(&dangling)?.is_symlink());
    assert_eq!(
        std::fs::read_to_string(folder.path().join("drafts-real.txt"))?,
        "draft\n"
    );
    Ok(())
}

#[cfg(unix)]
#[test]
fn a_hard_link_mode_owner_and_group_are_kept() -> TestResult {
    use std::os::unix::fs::{MetadataExt, PermissionsExt};
    let folder = tempfile::tempdir()?;
    let path = folder.path().join("letter.txt");
    let other = folder.path().join("hard-link.txt");
    std::fs::write(&path, "old\n")?;
    std::fs::hard_link(&path, &other)?;
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o640))?;
    // As root (CI), give the file to another user, as a letter in a shared folder would be.
    let root = std::fs::metadata(&path)?.uid() == 0;
    if root {
        std::os::unix::fs::chown(&path, Some(4321), Some(4322))?;
    }
    let before = std::fs::metadata(&path)?;
    save_letter(&path, request("new\n", opened(&path)))?;
    let after = std::fs::metadata(&path)?;
    assert_eq!(std::fs::read_to_string(&other)?, "new\n", "the hard link");
    assert_eq!(after.ino(), before.ino());
    assert_eq!(after.mode() & 0o777, 0o640);
    assert_eq!((after.uid(), after.gid()), (before.uid(), before.gid()));
    // Without a hard link, a file of another owner keeps its owner too.
    std::fs::remove_file(&other)?;
    save_letter(&path, request("newer\n", opened(&path)))?;
    let last = std::fs::metadata(&path)?;
    assert_eq!((last.uid(), last.gid()), (before.uid(), before.gid()));
    assert_eq!(last.mode() & 0o777, 0o640);
    assert_eq!(std::fs::read_to_string(&path)?, "newer\n");
    Ok(())
}

#[cfg(unix)]
#[test]
fn devices_fifos_and_folders_are_never_replaced() -> TestResult {
    let folder = tempfile::tempdir()?;
    let fifo = folder.path().join("letter.txt");
    assert!(
        std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()?
            .success()
    );
    for path in [fifo.as_path(), Path::new("/dev/null"), folder.path()] {
        let error = save_letter(path, request("text", Expect::Anything));
        assert!(
            matches!(error, Err(SaveError::NotRegular { .. })),
            "{}: {error:?}",
            path.display()
        );
    }
    use std::os::unix::fs::FileTypeExt;
    assert!(std::fs::symlink_metadata(&fifo)?.file_type().is_fifo());
    assert!(std::fs::metadata("/dev/null")?.file_type().is_char_device());
    Ok(())
}

#[test]
fn a_read_only_file_is_replaced_only_when_the_user_agrees() -> TestResult {
    let folder = tempfile::tempdir()?;
    let path = folder.path().join("letter.txt");
    std::fs::write(&path, "old\n")?;
    let mut permissions = std::fs::metadata(&path)?.permissions();
    permissions.set_readonly(true);
    std::fs::set_permissions(&path, permissions)?;
    let error = save_letter(&path, request("new\n", opened(&path)));
    assert!(
        matches!(error, Err(SaveError::ReadOnly { .. })),
        "{error:?}"
    );
    assert_eq!(std::fs::read_to_string(&path)?, "old\n");
    let agreed = SaveRequest {
        replace_read_only: true,
        ..request("new\n", opened(&path))
    };
    save_letter(&path, agreed)?;
    assert_eq!(std::fs::read_to_string(&path)?, "new\n");
    assert!(std::fs::metadata(&path)?.permissions().readonly());
    Ok(())
}

#[test]
fn a_file_changed_since_it_was_opened_is_not_overwritten() -> TestResult {
    let folder = tempfile::tempdir()?;
    let path = folder.path().join("letter.txt");
    std::fs::write(&path, "Dear Sir\n")?;
    let when_opened = opened(&path);
    // Another program writes the same number of bytes within the same second.
    std::fs::write(&path, "Dear Sam\n")?;
    let error = save_letter(&path, request("mine\n", when_opened));
    assert!(
        matches!(error, Err(SaveError::ChangedOnDisk { .. })),
        "{error:?}"
    );
    assert_eq!(std::fs::read_to_string(&path)?, "Dear Sam\n");
    // A new letter whose name another program took meanwhile is a conflict too.
    let error = save_letter(&path, request("mine\n", Expect::Absent));
    assert!(matches!(error, Err(SaveError::ChangedOnDisk { .. })));
    save_letter(&path, request("mine\n", Expect::Anything))?;
    assert_eq!(std::fs::read_to_string(&path)?, "mine\n");
    Ok(())
}

#[test]
fn the_bom_is_written_back_and_what_is_saved_opens_again() -> TestResult {
    let folder = tempfile::tempdir()?;
    let path = folder.path().join("letter.txt");
    let bom = SaveRequest {
        bom: true,
        ..request("Dear Sir\n", Expect::Absent)
    };
    save_letter(&path, bom)?;
    assert!(std::fs::read(&path)?.starts_with("\u{feff}".as_bytes()));
    let letter = open_letter(&path)?;
    assert!(letter.bom);
    // One limit: a letter larger than nocfit opens is not saved.
    let huge = "x".repeat(1024 * 1024 + 1);
    let error = save_letter(&path, request(&huge, Expect::Anything));
    assert!(
        matches!(error, Err(SaveError::TooLarge { .. })),
        "{error:?}"
    );
    assert_eq!(open_letter(&path)?.text, "Dear Sir\n");
    Ok(())
}
