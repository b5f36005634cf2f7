//! A Word (.docx) letter: a zip archive of XML parts. The body is `word/document.xml` (or the
//! part the package's relationships name); the headers and footers it refers to hold the
//! letterhead and often the signature block, so they are read too, in reading order: headers,
//! body, footers.

use std::io::{Cursor, Read};
use std::path::Path;

use zip::ZipArchive;

use super::MAX_PART_BYTES;
use super::docx_xml::{self, Part};
use crate::letter::file::LetterFileError;

/// The archive, with what every error needs to say which file it was.
struct Package<'a> {
    path: &'a Path,
    archive: ZipArchive<Cursor<&'a [u8]>>,
}

impl Package<'_> {
    fn corrupt(&self, detail: impl ToString) -> LetterFileError {
        corrupt(self.path, detail)
    }

    /// The part named `name`, unpacked, or `None` if the archive has none. Never unpacks more
    /// than [`MAX_PART_BYTES`], whatever the archive claims the size is.
    fn part(&mut self, name: &str) -> Result<Option<String>, LetterFileError> {
        let Some(index) = self.archive.index_for_name(name) else {
            return Ok(None);
        };
        let entry = self
            .archive
            .by_index(index)
            .map_err(|error| corrupt(self.path, error))?;
        if entry.size() > MAX_PART_BYTES {
            return Err(unpacked(self.path));
        }
        let mut bytes = Vec::new();
        entry
            .take(MAX_PART_BYTES + 1)
            .read_to_end(&mut bytes)
            .map_err(|error| corrupt(self.path, error))?;
        if bytes.len() as u64 > MAX_PART_BYTES {
            return Err(unpacked(self.path));
        }
        Ok(Some(String::from_utf8_lossy(&bytes).into_owned()))
    }
}

fn corrupt(path: &Path, detail: impl ToString) -> LetterFileError {
    LetterFileError::Corrupt {
        path: path.to_owned(),
        kind: "Word document",
        detail: detail.to_string(),
    }
}

fn unpacked(path: &Path) -> LetterFileError {
    LetterFileError::Unpacked {
        path: path.to_owned(),
        kind: "Word document",
        limit: MAX_PART_BYTES,
    }
}

/// The letter's lines: header text, then the body, then footer text.
pub(super) fn lines(path: &Path, bytes: &[u8]) -> Result<Vec<String>, LetterFileError> {
    let archive = ZipArchive::new(Cursor::new(bytes)).map_err(|error| corrupt(path, error))?;
    let mut package = Package { path, archive };
    let body_name = main_part_name(&mut package)?;
    let Some(body) = package.part(&body_name)? else {
        if package.archive.index_for_name("content.xml").is_some() {
            return Err(LetterFileError::Unsupported {
                path: path.to_owned(),
                what: "an OpenDocument file (.odt), not a Word document",
            });
        }
        return Err(LetterFileError::Unsupported {
            path: path.to_owned(),
            what: "a zip archive, not a Word document (.docx)",
        });
    };
    let body = docx_xml::read(&body).map_err(|error| package.corrupt(error))?;
    let relations = match package.part(&relations_name(&body_name))? {
        Some(xml) => docx_xml::relations(&xml).map_err(|error| package.corrupt(error))?,
        None => Vec::new(),
    };
    let folder = body_name.rsplit_once('/').map_or("", |(folder, _)| folder);
    let mut lines = Vec::new();
    let mut footers = Vec::new();
    for (references, out) in [(&body.headers, &mut lines), (&body.footers, &mut footers)] {
        let mut seen = Vec::new();
        for id in references {
            let Some((_, target)) = relations.iter().find(|(rel, _)| rel == id) else {
                continue;
            };
            let name = resolve(folder, target);
            if seen.contains(&name) {
                continue;
            }
            if let Some(xml) = package.part(&name)? {
                let part: Part = docx_xml::read(&xml).map_err(|error| package.corrupt(error))?;
                out.extend(part.lines);
            }
            seen.push(name);
        }
    }
    lines.extend(body.lines);
    lines.extend(footers);
    Ok(lines)
}

/// The name of the main document part: the target of the package's officeDocument
/// relationship, `word/document.xml` by default.
fn main_part_name(package: &mut Package) -> Result<String, LetterFileError> {
    let Some(xml) = package.part("_rels/.rels")? else {
        return Ok("word/document.xml".to_owned());
    };
    let relations = docx_xml::typed_relations(&xml).map_err(|error| package.corrupt(error))?;
    Ok(relations
        .into_iter()
        .find(|(kind, _)| kind.ends_with("/officeDocument"))
        .map_or_else(
            || "word/document.xml".to_owned(),
            |(_, target)| resolve("", &target),
        ))
}

/// `word/document.xml` -> `word/_rels/document.xml.rels`.
fn relations_name(part: &str) -> String {
    match part.rsplit_once('/') {
        Some((folder, file)) => format!("{folder}/_rels/{file}.rels"),
        None => format!("_rels/{part}.rels"),
    }
}

/// A relationship target relative to `folder` as a name in the archive: "header1.xml" in
/// "word" is "word/header1.xml"; "/word/x.xml" is absolute; ".." steps up.
fn resolve(folder: &str, target: &str) -> String {
    let mut parts: Vec<&str> = if target.starts_with('/') {
        Vec::new()
    } else {
        folder.split('/').filter(|p| !p.is_empty()).collect()
    };
    for piece in target.split('/') {
        match piece {
            "" | "." => {}
            ".." => {
                parts.pop();
            }
            piece => parts.push(piece),
        }
    }
    parts.join("/")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn targets_resolve_inside_the_archive() {
        assert_eq!(resolve("word", "header1.xml"), "word/header1.xml");
        assert_eq!(resolve("", "word/document.xml"), "word/document.xml");
        assert_eq!(resolve("word", "/word/footer.xml"), "word/footer.xml");
        assert_eq!(resolve("word", "../customXml/a.xml"), "customXml/a.xml");
        assert_eq!(
            relations_name("word/document.xml"),
            "word/_rels/document.xml.rels"
        );
    }

    #[test]
    fn an_archive_that_is_not_word_is_named() {
        let mut bytes = Vec::new();
        {
            let mut writer = zip::ZipWriter::new(Cursor::new(&mut bytes));
            let options = zip::write::SimpleFileOptions::default();
            let written = writer
                .start_file("notes.txt", options)
                .and_then(|()| Ok(std::io::Write::write_all(&mut writer, b"hello")?))
                .and_then(|()| writer.finish().map(|_| ()));
            assert!(written.is_ok());
        }
        let error = lines(Path::new("x.docx"), &bytes)
            .err()
            .map(|e| e.to_string());
        assert_eq!(
            error.as_deref(),
            Some(
                "x.docx: a zip archive, not a Word document (.docx); open it and save it as .docx, .pdf or .txt"
            )
        );
        let error = lines(Path::new("x.docx"), b"PK\x03\x04garbage").err();
        assert!(matches!(error, Some(LetterFileError::Corrupt { .. })));
    }
}
