use super::*;

type TestResult = Result<(), Box<dyn std::error::Error>>;

#[test]
fn the_state_dir_prefers_the_override_then_xdg_then_home() {
    let os = |s: &str| Some(OsString::from(s));
    assert_eq!(
        state_dir(os("/o"), os("/x"), os("/h")),
        Some(PathBuf::from("/o"))
    );
    assert_eq!(
        state_dir(None, os("/x"), os("/h")),
        Some(PathBuf::from("/x/nocfit"))
    );
    assert_eq!(
        state_dir(os(""), None, os("/h")),
        Some(PathBuf::from("/h/.local/state/nocfit"))
    );
    assert_eq!(state_dir(None, None, None), None);
}

#[test]
fn two_sessions_keep_separate_copies_and_a_running_one_is_no_orphan() -> TestResult {
    let dir = tempfile::tempdir()?;
    let state = dir.path().join("state");
    let letter = Path::new("/letters/a.txt");
    let first = RecoveryStore::open(state.clone(), "first")?;
    let second = RecoveryStore::open(state.clone(), "second")?;
    first.write(Some(letter), "first text")?;
    second.write(Some(letter), "second text")?;
    assert_ne!(
        first.copy_path(Some(letter)),
        second.copy_path(Some(letter))
    );
    // Both sessions run: neither copy is anyone's to recover.
    assert_eq!(first.orphans(Some(letter)), []);
    drop(second);
    let orphans = first.orphans(Some(letter));
    let texts: Vec<&str> = orphans.iter().map(|o| o.text.as_str()).collect();
    assert_eq!(texts, ["second text"]);
    // Another letter's and the untitled letter's copies are not this letter's.
    assert_eq!(first.orphans(Some(Path::new("/other/a.txt"))), []);
    assert_eq!(first.orphans(None), []);
    first.discard(&orphans[0]);
    assert_eq!(first.orphans(Some(letter)), []);
    // The ended session's lock went with its last copy.
    assert!(!state.join("second.lock").exists());
    Ok(())
}

#[test]
fn a_copy_stays_until_discarded_and_removing_touches_only_the_sessions_own() -> TestResult {
    let dir = tempfile::tempdir()?;
    let state = dir.path().join("state");
    let crashed = RecoveryStore::open(state.clone(), "crashed")?;
    crashed.write(None, "untitled draft")?;
    crashed.write(Some(Path::new("/l/b.txt")), "b draft")?;
    drop(crashed);
    let next = RecoveryStore::open(state.clone(), "next")?;
    next.write(None, "new text")?;
    next.remove(None);
    next.remove(Some(Path::new("/l/b.txt")));
    assert_eq!(next.orphans(None).len(), 1);
    assert_eq!(next.orphans(Some(Path::new("/l/b.txt"))).len(), 1);
    Ok(())
}

#[cfg(unix)]
#[test]
fn the_folder_is_private() -> TestResult {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir()?;
    let state = dir.path().join("deep/state");
    let store = RecoveryStore::open(state.clone(), "s")?;
    store.write(None, "salary: $80,000")?;
    assert_eq!(
        std::fs::metadata(&state)?.permissions().mode() & 0o777,
        0o700
    );
    let copy = std::fs::metadata(store.copy_path(None))?;
    assert_eq!(
        copy.permissions().mode() & 0o077,
        0,
        "copy readable by others"
    );
    Ok(())
}

#[test]
fn a_letter_is_known_by_its_canonical_path() -> TestResult {
    let dir = tempfile::tempdir()?;
    let folder = dir.path().join("dir");
    std::fs::create_dir_all(folder.join("sub"))?;
    let direct = folder.join("letter.txt");
    let roundabout = folder.join("sub/../letter.txt");
    // Not created yet, then created: the same key both ways.
    assert_eq!(letter_key(&direct), letter_key(&roundabout));
    std::fs::write(&direct, "text")?;
    assert_eq!(letter_key(&direct), letter_key(&roundabout));
    #[cfg(unix)]
    {
        let link = dir.path().join("link");
        std::os::unix::fs::symlink(&folder, &link)?;
        assert_eq!(letter_key(&link.join("letter.txt")), letter_key(&direct));
    }
    Ok(())
}

#[test]
fn the_timer_copies_a_second_after_the_first_change_even_while_typing() {
    let start = Instant::now();
    let ms = Duration::from_millis;
    let mut timer = RecoveryTimer::default();
    assert!(!timer.due(start) && timer.wait(start).is_none());
    // A key every 300 ms: the copy is due one second after the first, not after a pause.
    for step in 0..4 {
        timer.changed(start + ms(300 * step));
    }
    assert!(!timer.due(start + ms(900)));
    assert_eq!(timer.wait(start + ms(900)), Some(ms(100)));
    assert!(timer.due(start + RECOVERY_DELAY));
    timer.clear();
    assert!(!timer.due(start + ms(1500)));
    timer.changed(start + ms(1500));
    assert!(timer.due(start + ms(2500)));
}
