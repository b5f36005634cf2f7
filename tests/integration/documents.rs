//! Word and PDF letters built from a text letter, the way employers' programs write them, so
//! the tests can check that nocfit reads back the same letter. Built in the tests (nothing
//! binary is committed): the .docx puts the letterhead in the page header, the last line in
//! the footer, list items as Word numbering and words split over runs; the PDF wraps long
//! lines at 78 characters (list items with a hanging indent), draws some rows word by word
//! with no space characters, and leaves a blank line's gap between paragraphs.

use std::io::{Cursor, Write};
use std::path::{Path, PathBuf};

use lopdf::content::{Content, Operation};
use lopdf::{
    Document, EncryptionState, EncryptionVersion, Object, Permissions, Stream, dictionary,
};

/// Fails the test with what went wrong.
fn check<T, E: std::fmt::Display>(result: Result<T, E>, what: &str) -> T {
    match result {
        Ok(value) => value,
        Err(error) => panic!("{what}: {error}"),
    }
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// One paragraph of WordprocessingML: a `- ` line as a numbered list item, and the text split
/// over two runs (Word does that at every change of formatting).
fn paragraph(line: &str) -> String {
    let (properties, text) = match line.strip_prefix("- ") {
        Some(item) => (
            r#"<w:pPr><w:pStyle w:val="ListParagraph"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>"#,
            item,
        ),
        None => ("", line),
    };
    if text.is_empty() {
        return format!("<w:p>{properties}</w:p>");
    }
    let middle = text
        .char_indices()
        .map(|(index, _)| index)
        .nth(text.chars().count() / 2)
        .unwrap_or(0);
    let (first, second) = text.split_at(middle);
    format!(
        r#"<w:p>{properties}<w:r><w:t xml:space="preserve">{}</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">{}</w:t></w:r></w:p>"#,
        escape(first),
        escape(second)
    )
}

const NAMESPACES: &str = r#"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships""#;

/// A .docx holding `text`: its first `header` lines in the page header, its last `footer`
/// lines in the footer, the rest in the body.
pub fn docx(text: &str, header: usize, footer: usize) -> Vec<u8> {
    let lines: Vec<&str> = text.lines().collect();
    let body_end = lines.len().saturating_sub(footer);
    let part = |root: &str, lines: &[&str], extra: &str| {
        let paragraphs: String = lines.iter().map(|line| paragraph(line)).collect();
        format!(
            r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:{root} {NAMESPACES}>{paragraphs}{extra}</w:{root}>"#
        )
    };
    let section = r#"<w:sectPr><w:headerReference w:type="default" r:id="rIdHeader"/><w:footerReference w:type="default" r:id="rIdFooter"/><w:pgSz w:w="12240" w:h="15840"/></w:sectPr>"#;
    let body_paragraphs: String = lines[header..body_end]
        .iter()
        .map(|line| paragraph(line))
        .collect();
    let document = format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {NAMESPACES}><w:body>{body_paragraphs}{section}</w:body></w:document>"#
    );
    let files = [
        (
            "[Content_Types].xml",
            r#"<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/><Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/></Types>"#.to_owned(),
        ),
        (
            "_rels/.rels",
            r#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>"#.to_owned(),
        ),
        (
            "word/_rels/document.xml.rels",
            r#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdHeader" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/><Relationship Id="rIdFooter" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/><Relationship Id="rIdNumbering" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/><Relationship Id="rIdSite" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://example.com/" TargetMode="External"/></Relationships>"#.to_owned(),
        ),
        (
            "word/numbering.xml",
            format!(
                r#"<?xml version="1.0" encoding="UTF-8"?><w:numbering {NAMESPACES}><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>"#
            ),
        ),
        ("word/document.xml", document),
        ("word/header1.xml", part("hdr", &lines[..header], "")),
        ("word/footer1.xml", part("ftr", &lines[body_end..], "")),
    ];
    let mut bytes = Vec::new();
    {
        let mut writer = zip::ZipWriter::new(Cursor::new(&mut bytes));
        let options = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated)
            .last_modified_time(zip::DateTime::default());
        for (name, content) in files {
            check(writer.start_file(name, options), "zip entry");
            check(writer.write_all(content.as_bytes()), "zip write");
        }
        check(writer.finish(), "zip finish");
    }
    bytes
}

/// Characters per PDF row: 78 Courier characters of 6 points fill 468 points.
const COLUMNS: usize = 78;

/// Greedy wrapping at [`COLUMNS`]; a list item's rows after the first are indented two.
fn wrap(line: &str) -> Vec<(usize, String)> {
    let indent = if line.starts_with("- ") { 2 } else { 0 };
    let mut rows: Vec<(usize, String)> = Vec::new();
    let mut current = String::new();
    for word in line.split(' ') {
        let room = COLUMNS - if rows.is_empty() { 0 } else { indent };
        if !current.is_empty() && current.chars().count() + 1 + word.chars().count() > room {
            let offset = if rows.is_empty() { 0 } else { indent };
            rows.push((offset, std::mem::take(&mut current)));
        }
        if !current.is_empty() {
            current.push(' ');
        }
        current.push_str(word);
    }
    let offset = if rows.is_empty() { 0 } else { indent };
    rows.push((offset, current));
    rows
}

/// Text as WinAnsi bytes (the letters are ASCII and Latin-1).
fn win_ansi(text: &str) -> Vec<u8> {
    text.chars()
        .map(|c| match c {
            '’' => 0x92,
            '–' => 0x96,
            '•' => 0x95,
            c => u8::try_from(u32::from(c)).unwrap_or(b'?'),
        })
        .collect()
}

fn operation(operator: &str, operands: Vec<Object>) -> Operation {
    Operation::new(operator, operands)
}

/// The content stream that draws `text` on a letter-size page in 10-point Courier.
fn page_content(text: &str) -> Vec<Operation> {
    let mut operations = vec![
        operation("BT", vec![]),
        operation("Tf", vec!["F1".into(), 10.into()]),
    ];
    let mut y = 750.0_f32;
    let mut row_number = 0usize;
    for line in text.lines() {
        if line.trim().is_empty() {
            y -= 12.0;
            continue;
        }
        for (offset, row) in wrap(line) {
            let x = 72.0 + 6.0 * offset as f32;
            operations.push(operation(
                "Tm",
                vec![1.into(), 0.into(), 0.into(), 1.into(), x.into(), y.into()],
            ));
            if row_number % 3 == 1 {
                // Word by word with no space characters: the gaps are the spaces.
                let mut items = Vec::new();
                for (index, word) in row.split(' ').enumerate() {
                    if index > 0 {
                        items.push(Object::Integer(-600));
                    }
                    items.push(Object::string_literal(win_ansi(word)));
                }
                operations.push(operation("TJ", vec![Object::Array(items)]));
            } else {
                operations.push(operation(
                    "Tj",
                    vec![Object::string_literal(win_ansi(&row))],
                ));
            }
            y -= 12.0;
            row_number += 1;
        }
    }
    operations.push(operation("ET", vec![]));
    operations
}

/// A one-page PDF document drawing `operations` with Courier as F1, optionally encrypted with
/// a user password.
fn pdf_document(operations: Vec<Operation>, password: Option<&str>) -> Vec<u8> {
    let mut document = Document::with_version("1.5");
    let pages_id = document.new_object_id();
    let widths: Vec<Object> = vec![Object::Integer(600); 224];
    let font_id = document.add_object(dictionary! {
        "Type" => "Font",
        "Subtype" => "Type1",
        "BaseFont" => "Courier",
        "Encoding" => "WinAnsiEncoding",
        "FirstChar" => 32,
        "LastChar" => 255,
        "Widths" => widths,
    });
    let resources_id = document.add_object(dictionary! {
        "Font" => dictionary! { "F1" => font_id },
    });
    let content = check(Content { operations }.encode(), "content");
    let content_id = document.add_object(Stream::new(dictionary! {}, content));
    let page_id = document.add_object(dictionary! {
        "Type" => "Page",
        "Parent" => pages_id,
        "Contents" => content_id,
    });
    document.objects.insert(
        pages_id,
        Object::Dictionary(dictionary! {
            "Type" => "Pages",
            "Kids" => vec![page_id.into()],
            "Count" => 1,
            "Resources" => resources_id,
            "MediaBox" => vec![0.into(), 0.into(), 612.into(), 792.into()],
        }),
    );
    let catalog_id = document.add_object(dictionary! {
        "Type" => "Catalog",
        "Pages" => pages_id,
    });
    document.trailer.set("Root", catalog_id);
    document.trailer.set(
        "ID",
        vec![
            Object::string_literal(b"nocfit-fixture-0".to_vec()),
            Object::string_literal(b"nocfit-fixture-0".to_vec()),
        ],
    );
    document.compress();
    if let Some(password) = password {
        let version = EncryptionVersion::V2 {
            document: &document,
            owner_password: "owner",
            user_password: password,
            key_length: 128,
            permissions: Permissions::all(),
        };
        let state = check(EncryptionState::try_from(version), "encryption");
        check(document.encrypt(&state), "encrypt");
    }
    let mut bytes = Vec::new();
    check(document.save_to(&mut bytes), "save PDF");
    bytes
}

/// A PDF with `text` as its text layer.
pub fn pdf(text: &str) -> Vec<u8> {
    pdf_document(page_content(text), None)
}

/// A PDF that needs a password to open.
pub fn encrypted_pdf(text: &str) -> Vec<u8> {
    pdf_document(page_content(text), Some("secret"))
}

/// A scan: a page that paints a picture (here a grey rectangle) and has no text.
pub fn scanned_pdf() -> Vec<u8> {
    pdf_document(
        vec![
            operation("q", vec![]),
            operation("rg", vec![0.5.into(), 0.5.into(), 0.5.into()]),
            operation("re", vec![72.into(), 72.into(), 468.into(), 648.into()]),
            operation("f", vec![]),
            operation("Q", vec![]),
        ],
        None,
    )
}

/// The shared evaluation letter the issue names, as kept in the fixtures.
pub fn bookkeeper() -> String {
    super::editor::fixture("bookkeeper-12200.txt")
}

/// Writes `bytes` as `name` in `folder`.
pub fn write(folder: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let path = folder.join(name);
    check(std::fs::write(&path, bytes), "write fixture");
    path
}

#[test]
fn the_wrapping_fills_rows_and_indents_list_items() {
    let rows = wrap(&format!("- {}", "word ".repeat(30).trim_end()));
    assert!(rows.len() > 1);
    assert!(rows.iter().all(|(_, row)| row.chars().count() <= COLUMNS));
    assert_eq!(rows[1].0, 2);
}

/// Writes the fuzzers' seeds for Word and PDF letters into `fuzz/corpus/letter/` (each file
/// starts with the byte that picks the target). Run by hand after changing the builders:
/// `cargo test --test integration -- --ignored write_fuzz_seeds`.
#[test]
#[ignore = "writes into fuzz/corpus; run by hand"]
fn write_fuzz_seeds() {
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz/corpus/letter");
    let part_time = super::editor::fixture("part-time-cook-63200.txt");
    let seeds: [(&str, u8, Vec<u8>); 6] = [
        ("seed-bookkeeper.docx", 1, docx(&bookkeeper(), 3, 1)),
        ("seed-bookkeeper.pdf", 1, pdf(&bookkeeper())),
        ("seed-part-time.docx", 0x41, docx(&part_time, 0, 0)),
        ("seed-part-time.pdf", 0x41, pdf(&part_time)),
        ("seed-scan.pdf", 0, scanned_pdf()),
        ("seed-locked.pdf", 2, encrypted_pdf(&part_time)),
    ];
    for (name, choice, bytes) in seeds {
        let mut seed = vec![choice];
        seed.extend(bytes);
        write(&corpus, name, &seed);
    }
}
