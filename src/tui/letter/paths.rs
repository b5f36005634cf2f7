//! Paths typed at the open and save-as prompts, read as a shell reads them: a leading `~` is
//! the home folder, and Tab completes one match (a folder gets its `/`), or completes several
//! to what they share and lists them.

use std::path::{Path, PathBuf};

/// A path typed at a prompt, with a leading `~` (alone or before `/`) read as the home
/// folder, as a shell reads it.
pub fn expand_home(text: &str) -> PathBuf {
    expand_home_in(text, std::env::var_os("HOME").map(PathBuf::from).as_deref())
}

/// [`expand_home`] with the home folder given (none: the text as it is).
pub fn expand_home_in(text: &str, home: Option<&Path>) -> PathBuf {
    match (text.strip_prefix('~'), home) {
        (Some(""), Some(home)) => home.to_path_buf(),
        (Some(rest), Some(home)) if rest.starts_with('/') => {
            home.join(rest.trim_start_matches('/'))
        }
        _ => PathBuf::from(text),
    }
}

/// Names listed at most under the prompt.
const LISTED: usize = 12;

/// The completed text and, when several names match, those names (folders end in `/`).
pub fn complete_path(typed: &str) -> (String, Vec<String>) {
    let (folder_typed, prefix) = match typed.rfind('/') {
        Some(slash) => typed.split_at(slash + 1),
        None => ("", typed),
    };
    let folder = if folder_typed.is_empty() {
        PathBuf::from(".")
    } else {
        expand_home(folder_typed)
    };
    let Ok(entries) = std::fs::read_dir(&folder) else {
        return (typed.to_owned(), Vec::new());
    };
    let mut names: Vec<String> = entries
        .flatten()
        .filter_map(|entry| {
            let name = entry.file_name().into_string().ok()?;
            let shown =
                name.starts_with(prefix) && (prefix.starts_with('.') || !name.starts_with('.'));
            let folder = std::fs::metadata(entry.path()).is_ok_and(|m| m.is_dir());
            shown.then(|| if folder { format!("{name}/") } else { name })
        })
        .collect();
    names.sort();
    match names.as_slice() {
        [] => (typed.to_owned(), Vec::new()),
        [only] => (format!("{folder_typed}{only}"), Vec::new()),
        [first, rest @ ..] => {
            let shared = rest.iter().fold(first.clone(), |shared, name| {
                shared
                    .chars()
                    .zip(name.chars())
                    .take_while(|(a, b)| a == b)
                    .map(|(a, _)| a)
                    .collect()
            });
            names.truncate(LISTED);
            (format!("{folder_typed}{shared}"), names)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn completes_one_match_and_lists_several() {
        let Ok(dir) = tempfile::tempdir() else {
            return;
        };
        let base = format!("{}/", dir.path().display());
        for name in ["letter-one.txt", "letter-two.txt", ".hidden"] {
            let _ = std::fs::write(dir.path().join(name), "x");
        }
        let _ = std::fs::create_dir(dir.path().join("drafts"));
        let (text, listed) = complete_path(&format!("{base}let"));
        assert_eq!(text, format!("{base}letter-"));
        assert_eq!(listed, ["letter-one.txt", "letter-two.txt"]);
        let (text, listed) = complete_path(&format!("{base}d"));
        assert_eq!(text, format!("{base}drafts/"));
        assert!(listed.is_empty());
        let (text, _) = complete_path(&format!("{base}zzz"));
        assert_eq!(text, format!("{base}zzz"));
    }

    #[test]
    fn a_leading_tilde_is_the_home_folder() {
        let home = Some(Path::new("/home/ana"));
        assert_eq!(
            expand_home_in("~/letters/a.txt", home),
            Path::new("/home/ana/letters/a.txt")
        );
        assert_eq!(expand_home_in("~", home), Path::new("/home/ana"));
        assert_eq!(expand_home_in("~bob/a.txt", home), Path::new("~bob/a.txt"));
        assert_eq!(expand_home_in("a~/b", home), Path::new("a~/b"));
        assert_eq!(expand_home_in("~/a.txt", None), Path::new("~/a.txt"));
    }
}
