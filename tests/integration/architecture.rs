//! The shape of the source: no file in `src/` over 400 lines, and no import circle between the
//! files of `src/tui/` (a file that imports another must not be imported back by it, directly
//! or through others). Declaring a child module (`mod x;`) is not an import; `use`, and paths
//! such as `super::panel::rows` or `crate::tui::shell::layout::inner`, are.
#![allow(clippy::unwrap_used)] // reading the crate's own sources: a failure is a broken checkout

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

const MAX_LINES: usize = 400;

fn rust_files(dir: &Path, found: &mut Vec<PathBuf>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            rust_files(&path, found);
        } else if path.extension().is_some_and(|e| e == "rs") {
            found.push(path);
        }
    }
}

#[test]
fn no_source_file_is_over_400_lines() {
    let mut files = Vec::new();
    rust_files(Path::new("src"), &mut files);
    let long: Vec<String> = files
        .iter()
        .filter_map(|path| {
            let lines = std::fs::read_to_string(path).unwrap().lines().count();
            (lines > MAX_LINES).then(|| format!("{} ({lines} lines)", path.display()))
        })
        .collect();
    assert!(long.is_empty(), "split these files: {long:?}");
}

/// The module path of a file under `src/`: `src/tui/letter/mod.rs` is `crate::tui::letter`.
fn module_of(path: &Path) -> Vec<String> {
    let relative = path.strip_prefix("src").unwrap();
    let mut segments = vec!["crate".to_owned()];
    for part in relative.iter() {
        let part = part.to_string_lossy();
        match part.strip_suffix(".rs") {
            Some("mod") => {}
            Some(stem) => segments.push(stem.to_owned()),
            None => segments.push(part.into_owned()),
        }
    }
    segments
}

/// Expands a `use` tree (`a::{b, c::{d, self}}`) into its paths.
fn expand(tree: &str) -> Vec<String> {
    let tree = tree.trim();
    let Some(open) = tree.find('{') else {
        return vec![tree.to_owned()];
    };
    let prefix = &tree[..open];
    let Some(close) = tree.rfind('}') else {
        return Vec::new();
    };
    let inner = &tree[open + 1..close];
    let mut parts = Vec::new();
    let (mut depth, mut start) = (0, 0);
    for (i, c) in inner.char_indices() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            ',' if depth == 0 => {
                parts.push(&inner[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    parts.push(&inner[start..]);
    parts
        .into_iter()
        .filter(|part| !part.trim().is_empty())
        .flat_map(expand)
        .map(|path| format!("{prefix}{path}"))
        .collect()
}

/// The paths a file names: its `use` trees expanded, and every `a::b` path in its code.
fn paths_in(source: &str) -> Vec<String> {
    let code: String = source
        .lines()
        .filter(|line| !line.trim_start().starts_with("//"))
        .collect::<Vec<_>>()
        .join("\n");
    let mut paths = Vec::new();
    let uses = regex::Regex::new(r"(?ms)^\s*(?:pub(?:\([a-z]+\))?\s+)?use\s+([^;]+);").unwrap();
    for capture in uses.captures_iter(&code) {
        paths.extend(expand(&capture[1].replace(char::is_whitespace, "")));
    }
    let inline = regex::Regex::new(r"\b[a-z_][a-z0-9_]*(?:::[A-Za-z_][A-Za-z0-9_]*)+").unwrap();
    let code = uses.replace_all(&code, "");
    paths.extend(inline.find_iter(&code).map(|m| m.as_str().to_owned()));
    paths
}

/// The module a path leads to, from inside `module`.
fn resolve(path: &str, module: &[String], modules: &BTreeSet<Vec<String>>) -> Option<Vec<String>> {
    let segments: Vec<&str> = path
        .split("::")
        .map(|s| s.trim_end_matches(" as"))
        .collect();
    let mut current: Vec<String> = match segments[0] {
        "crate" => vec!["crate".to_owned()],
        "super" => module[..module.len() - 1].to_vec(),
        "self" => module.to_vec(),
        first => {
            // A child module named without `self::`.
            let mut child = module.to_vec();
            child.push(first.to_owned());
            if !modules.contains(&child) {
                return None;
            }
            module.to_vec()
        }
    };
    let rest = if matches!(segments[0], "crate" | "super" | "self") {
        &segments[1..]
    } else {
        &segments[..]
    };
    let mut found = modules.contains(&current).then(|| current.clone());
    for segment in rest {
        if *segment == "super" {
            current.pop();
        } else {
            current.push((*segment).to_owned());
        }
        if modules.contains(&current) {
            found = Some(current.clone());
        } else if *segment != "super" {
            break;
        }
    }
    found
}

#[test]
fn the_tui_has_no_import_circle() {
    let mut files = Vec::new();
    rust_files(Path::new("src/tui"), &mut files);
    let modules: BTreeSet<Vec<String>> = files.iter().map(|path| module_of(path)).collect();
    let mut imports: BTreeMap<Vec<String>, BTreeSet<Vec<String>>> = BTreeMap::new();
    for path in &files {
        let module = module_of(path);
        let source = std::fs::read_to_string(path).unwrap();
        // Tests beside the code may look anywhere.
        let source = source.split("#[cfg(test)]").next().unwrap_or_default();
        let targets = imports.entry(module.clone()).or_default();
        for named in paths_in(source) {
            if let Some(target) = resolve(&named, &module, &modules)
                && target != module
                && target.starts_with(&["crate".to_owned(), "tui".to_owned()])
            {
                targets.insert(target);
            }
        }
    }
    // Depth-first search for a path that comes back to where it started.
    fn visit(
        module: &Vec<String>,
        imports: &BTreeMap<Vec<String>, BTreeSet<Vec<String>>>,
        trail: &mut Vec<Vec<String>>,
        done: &mut BTreeSet<Vec<String>>,
    ) -> Option<Vec<String>> {
        if let Some(start) = trail.iter().position(|m| m == module) {
            let mut circle: Vec<String> = trail[start..].iter().map(|m| m.join("::")).collect();
            circle.push(module.join("::"));
            return Some(circle);
        }
        if done.contains(module) {
            return None;
        }
        trail.push(module.clone());
        for next in imports.get(module).into_iter().flatten() {
            if let Some(circle) = visit(next, imports, trail, done) {
                return Some(circle);
            }
        }
        trail.pop();
        done.insert(module.clone());
        None
    }
    let mut done = BTreeSet::new();
    for module in imports.keys() {
        let circle = visit(module, &imports, &mut Vec::new(), &mut done);
        assert!(
            circle.is_none(),
            "import circle: {}",
            circle.unwrap().join(" -> ")
        );
    }
    // The check sees imports at all: the router imports the letter feature.
    let app = vec![
        "crate".to_owned(),
        "tui".to_owned(),
        "shell".to_owned(),
        "app".to_owned(),
    ];
    assert!(imports[&app].contains(&vec![
        "crate".to_owned(),
        "tui".to_owned(),
        "letter".to_owned()
    ]));
}
