//! Word (.docx) and PDF letters through the `nocfit` binary: the same analysis as the text
//! letter they were made from, and one clear line for what cannot be read.

use std::path::Path;

use super::cli::nocfit;
use super::documents::{self, bookkeeper, write};
use super::editor::folder;

/// `nocfit check FILE --noc 12200 --format FORMAT --as-of 2024-12-01`'s output.
fn check(path: &Path, format: &str) -> String {
    let output = nocfit()
        .arg("check")
        .arg(path)
        .args([
            "--noc",
            "12200",
            "--format",
            format,
            "--as-of",
            "2024-12-01",
        ])
        .output();
    let output = match output {
        Ok(output) => output,
        Err(error) => panic!("nocfit runs: {error}"),
    };
    assert!(
        output.status.success(),
        "{}: {}",
        path.display(),
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// The one line a refused letter gets, and its exit status.
fn refusal(path: &Path) -> (String, Option<i32>) {
    let output = nocfit().arg("check").arg(path).output();
    let output = match output {
        Ok(output) => output,
        Err(error) => panic!("nocfit runs: {error}"),
    };
    (
        String::from_utf8_lossy(&output.stderr)
            .trim_end()
            .to_owned(),
        output.status.code(),
    )
}

#[test]
fn word_and_pdf_letters_check_like_the_text_they_hold() {
    let dir = folder();
    let text = bookkeeper();
    let txt = write(dir.path(), "letter.txt", text.as_bytes());
    let docx = write(dir.path(), "letter.docx", &documents::docx(&text, 3, 1));
    let pdf = write(dir.path(), "letter.pdf", &documents::pdf(&text));
    for format in ["json", "text"] {
        let expected = check(&txt, format);
        assert_eq!(check(&docx, format), expected, "docx, {format}");
        assert_eq!(check(&pdf, format), expected, "pdf, {format}");
    }
    // The JSON carries every line, its colour and the checklist: one comparison covers them.
    let json: serde_json::Value = serde_json::from_str(&check(&pdf, "json")).unwrap_or_default();
    let colours: Vec<&str> = json["lines"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|line| line["color"].as_str())
        .collect();
    assert_eq!(colours.len(), 6, "{json}");
    assert!(
        json["checklist"]
            .as_array()
            .is_some_and(|items| items.iter().all(|item| item["found"] == true)),
        "{json}"
    );
}

#[test]
fn a_pdf_or_word_letter_can_come_on_standard_input() {
    let text = bookkeeper();
    let output = nocfit()
        .args(["check", "-", "--format", "json", "--as-of", "2024-12-01"])
        .write_stdin(documents::docx(&text, 3, 1))
        .output();
    let output = match output {
        Ok(output) => output,
        Err(error) => panic!("nocfit runs: {error}"),
    };
    assert!(output.status.success());
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap_or_default();
    assert_eq!(
        json["lines"][0]["text"],
        "NORTHSHORE PLUMBING & HEATING LTD."
    );
}

#[test]
fn documents_that_cannot_be_read_say_what_to_do() {
    let dir = folder();
    let text = bookkeeper();
    let mut ole = b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1".to_vec();
    ole.extend(std::iter::repeat_n(0u8, 600));
    let mut docx = documents::docx(&text, 3, 1);
    docx.truncate(docx.len() / 2);
    let cases = [
        (
            write(dir.path(), "scan.pdf", &documents::scanned_pdf()),
            "scan.pdf: this PDF has no text layer: it is a scan; copy the text out or ask the employer for the original file",
        ),
        (
            write(dir.path(), "locked.pdf", &documents::encrypted_pdf(&text)),
            "locked.pdf: this PDF is protected by a password; save a copy without the password (or copy the text out) and open that",
        ),
        (
            write(dir.path(), "old.doc", &ole),
            "old.doc: an old Word document (.doc) or another old Office file; open it and save it as .docx, .pdf or .txt",
        ),
        (
            write(dir.path(), "cut.docx", &docx),
            "cut.docx: a damaged Word document",
        ),
    ];
    for (path, message) in cases {
        let (stderr, status) = refusal(&path);
        assert!(
            stderr.starts_with(&format!("nocfit: {}", dir.path().join(message).display())),
            "{stderr}"
        );
        assert_eq!(stderr.lines().count(), 1, "{stderr}");
        assert_eq!(status, Some(2));
    }
}

#[test]
fn a_huge_pdf_is_refused_before_it_is_read() -> Result<(), Box<dyn std::error::Error>> {
    let dir = folder();
    let path = dir.path().join("huge.pdf");
    let file = std::fs::File::create(&path)?;
    std::io::Write::write_all(&mut &file, b"%PDF-1.7\n")?;
    // 200 MB, sparse: nothing is written, and nocfit must not read it.
    file.set_len(200 * 1024 * 1024)?;
    let (stderr, status) = refusal(&path);
    assert_eq!(
        stderr,
        format!(
            "nocfit: {}: too large (209715200 bytes; a Word or PDF letter is at most 16777216 bytes); save it as .txt, or as a PDF without images",
            path.display()
        )
    );
    assert_eq!(status, Some(2));
    Ok(())
}
