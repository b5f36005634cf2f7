//! The WordprocessingML of a .docx part as a letter's lines: each paragraph one line (a line
//! break inside it, Shift-Enter in Word, starts another), list items as `- ` bullet lines,
//! table cells as their paragraphs, text boxes included once (not their fallback copy), and
//! deleted text and field codes left out.

use quick_xml::escape::resolve_predefined_entity;
use quick_xml::events::{BytesStart, Event};
use quick_xml::{Reader, XmlVersion};

/// What a part holds: its lines and, for the main document, the headers and footers its
/// section refers to (relationship ids, in the order Word shows them).
#[derive(Debug, Default, PartialEq, Eq)]
pub(super) struct Part {
    pub lines: Vec<String>,
    pub headers: Vec<String>,
    pub footers: Vec<String>,
}

/// A paragraph being read.
#[derive(Debug, Default)]
struct Paragraph {
    /// Lines finished by a break, then the line being read.
    lines: Vec<String>,
    current: String,
    list: bool,
}

/// Header or footer references of the section: (type, relationship id).
#[derive(Debug, Default)]
struct References {
    headers: Vec<(String, String)>,
    footers: Vec<(String, String)>,
    /// The first page has its own header and footer (`w:titlePg`).
    title_page: bool,
}

impl References {
    /// The ids shown on the first page: the "first" ones when the first page has its own,
    /// the "default" ones otherwise.
    fn first_page(list: &[(String, String)], title_page: bool) -> Vec<String> {
        let wanted = if title_page { "first" } else { "default" };
        let mut ids: Vec<String> = list
            .iter()
            .filter(|(kind, _)| kind == wanted)
            .map(|(_, id)| id.clone())
            .collect();
        if ids.is_empty() {
            ids = list
                .iter()
                .filter(|(kind, _)| kind == "default")
                .map(|(_, id)| id.clone())
                .collect();
        }
        ids
    }
}

/// The value of attribute `name` (matched by local name: `w:val`, `r:id`).
fn attribute(element: &BytesStart, name: &str) -> Option<String> {
    element
        .attributes()
        .flatten()
        .find(|attr| attr.key.local_name().as_ref() == name)
        .and_then(|attr| {
            attr.normalized_value(XmlVersion::Implicit1_0)
                .ok()
                .map(|value| value.into_owned())
        })
}

/// Whether a paragraph style makes a list item ("ListBullet", "ListNumber2").
fn is_list_style(style: &str) -> bool {
    let style = style.to_ascii_lowercase();
    style.starts_with("listbullet") || style.starts_with("listnumber")
}

/// Whether a line already starts with a bullet the author typed.
fn has_marker(text: &str) -> bool {
    let text = text.trim_start();
    ["- ", "• ", "* ", "– ", "· ", "o "]
        .iter()
        .any(|marker| text.starts_with(marker))
}

/// Reads one part.
pub(super) fn read(xml: &str) -> Result<Part, quick_xml::Error> {
    let mut reader = Reader::from_str(xml);
    let mut part = Part::default();
    let mut references = References::default();
    let mut paragraphs: Vec<Paragraph> = Vec::new();
    // Inside <w:t>: its text is the letter's.
    let mut in_text = false;
    // Inside elements whose text is not shown (mc:Fallback duplicates a text box).
    let mut skipped = 0usize;
    loop {
        let event = reader.read_event()?;
        match &event {
            Event::Start(_) if skipped > 0 => skipped += 1,
            Event::End(_) if skipped > 0 => skipped -= 1,
            _ if skipped > 0 => {}
            Event::Start(element) | Event::Empty(element) => {
                let empty = matches!(event, Event::Empty(_));
                match element.local_name().as_ref() {
                    "Fallback" if !empty => skipped = 1,
                    "p" if !empty => paragraphs.push(Paragraph::default()),
                    "p" => part.lines.push(String::new()),
                    "t" if !empty => in_text = true,
                    "tab" | "ptab" => push(&mut paragraphs, "\t"),
                    "noBreakHyphen" => push(&mut paragraphs, "-"),
                    "br" | "cr" => {
                        let kind = attribute(element, "type");
                        if (kind.is_none() || kind.as_deref() == Some("textWrapping"))
                            && let Some(paragraph) = paragraphs.last_mut()
                        {
                            let line = std::mem::take(&mut paragraph.current);
                            paragraph.lines.push(line);
                        }
                    }
                    "numId" => {
                        if attribute(element, "val").is_some_and(|id| id != "0")
                            && let Some(paragraph) = paragraphs.last_mut()
                        {
                            paragraph.list = true;
                        }
                    }
                    "pStyle" => {
                        if attribute(element, "val").is_some_and(|style| is_list_style(&style))
                            && let Some(paragraph) = paragraphs.last_mut()
                        {
                            paragraph.list = true;
                        }
                    }
                    "headerReference" | "footerReference" => {
                        let kind = attribute(element, "type").unwrap_or_else(|| "default".into());
                        if let Some(id) = attribute(element, "id") {
                            let list = if element.local_name().as_ref() == "headerReference" {
                                &mut references.headers
                            } else {
                                &mut references.footers
                            };
                            list.push((kind, id));
                        }
                    }
                    "titlePg" => {
                        references.title_page = attribute(element, "val")
                            .is_none_or(|value| !matches!(value.as_str(), "0" | "false" | "off"));
                    }
                    _ => {}
                }
            }
            Event::End(element) => match element.local_name().as_ref() {
                "t" => in_text = false,
                "p" => {
                    if let Some(paragraph) = paragraphs.pop() {
                        part.lines.extend(finish(paragraph));
                    }
                }
                _ => {}
            },
            Event::Text(text) if in_text => push(&mut paragraphs, &text.xml10_content()),
            Event::CData(text) if in_text => {
                push(&mut paragraphs, &text.xml10_content());
            }
            Event::GeneralRef(reference) if in_text => {
                if let Ok(Some(c)) = reference.resolve_char_ref() {
                    push(&mut paragraphs, c.encode_utf8(&mut [0; 4]));
                } else if let Some(text) = resolve_predefined_entity(reference) {
                    push(&mut paragraphs, text);
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    // A paragraph left open by a truncated part still holds text.
    while let Some(paragraph) = paragraphs.pop() {
        part.lines.extend(finish(paragraph));
    }
    part.headers = References::first_page(&references.headers, references.title_page);
    part.footers = References::first_page(&references.footers, references.title_page);
    Ok(part)
}

fn push(paragraphs: &mut [Paragraph], text: &str) {
    if let Some(paragraph) = paragraphs.last_mut() {
        paragraph.current.push_str(text);
    }
}

/// A paragraph's lines, a list item's first line with a `- ` bullet.
fn finish(mut paragraph: Paragraph) -> Vec<String> {
    paragraph.lines.push(paragraph.current);
    let mut lines = paragraph.lines;
    if paragraph.list
        && let Some(first) = lines.first_mut()
        && !first.trim().is_empty()
        && !has_marker(first)
    {
        *first = format!("- {}", first.trim_start());
    }
    lines
}

/// The relationships of a part: (id, target), leaving out external links.
pub(super) fn relations(xml: &str) -> Result<Vec<(String, String)>, quick_xml::Error> {
    Ok(relationship_entries(xml)?
        .into_iter()
        .map(|(id, _, target)| (id, target))
        .collect())
}

/// The relationships of a part: (type, target).
pub(super) fn typed_relations(xml: &str) -> Result<Vec<(String, String)>, quick_xml::Error> {
    Ok(relationship_entries(xml)?
        .into_iter()
        .map(|(_, kind, target)| (kind, target))
        .collect())
}

fn relationship_entries(xml: &str) -> Result<Vec<(String, String, String)>, quick_xml::Error> {
    let mut reader = Reader::from_str(xml);
    let mut entries = Vec::new();
    loop {
        match reader.read_event()? {
            Event::Start(element) | Event::Empty(element)
                if element.local_name().as_ref() == "Relationship" =>
            {
                if attribute(&element, "TargetMode").as_deref() == Some("External") {
                    continue;
                }
                if let (Some(id), Some(target)) =
                    (attribute(&element, "Id"), attribute(&element, "Target"))
                {
                    let kind = attribute(&element, "Type").unwrap_or_default();
                    entries.push((id, kind, target));
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    Ok(entries)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(body: &str) -> Vec<String> {
        let xml = format!(
            r#"<w:document xmlns:w="w" xmlns:r="r" xmlns:mc="mc"><w:body>{body}</w:body></w:document>"#
        );
        read(&xml).map(|part| part.lines).unwrap_or_default()
    }

    #[test]
    fn paragraphs_lists_breaks_and_tables() {
        let body = r#"
            <w:p><w:r><w:t>ACME</w:t></w:r><w:r><w:t xml:space="preserve"> LTD. &amp; Co</w:t></w:r></w:p>
            <w:p/>
            <w:p><w:r><w:t>Tel: 1</w:t><w:br/><w:t>Email: a@b.c</w:t></w:r></w:p>
            <w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="3"/></w:numPr></w:pPr><w:r><w:t>Posted entries</w:t></w:r></w:p>
            <w:p><w:pPr><w:pStyle w:val="ListBullet"/></w:pPr><w:r><w:t>- Filed returns</w:t></w:r></w:p>
            <w:tbl><w:tr><w:tc><w:p><w:r><w:t>Start</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>June 1, 2020</w:t></w:r></w:p></w:tc></w:tr></w:tbl>
            <w:p><w:del><w:r><w:delText>gone</w:delText></w:r></w:del><w:r><w:instrText>PAGE</w:instrText><w:t>kept&#8217;s</w:t></w:r></w:p>
        "#;
        assert_eq!(
            lines(body),
            [
                "ACME LTD. & Co",
                "",
                "Tel: 1",
                "Email: a@b.c",
                "- Posted entries",
                "- Filed returns",
                "Start",
                "June 1, 2020",
                "kept’s"
            ]
        );
    }

    #[test]
    fn a_text_box_is_read_once() {
        let body = r#"<w:p><w:r><mc:AlternateContent><mc:Choice><w:drawing><w:txbxContent><w:p><w:r><w:t>Boxed</w:t></w:r></w:p></w:txbxContent></w:drawing></mc:Choice><mc:Fallback><w:pict><w:txbxContent><w:p><w:r><w:t>Boxed</w:t></w:r></w:p></w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r><w:r><w:t>Outer</w:t></w:r></w:p>"#;
        assert_eq!(lines(body), ["Boxed", "Outer"]);
    }

    #[test]
    fn the_first_page_header_is_chosen() {
        let xml = r#"<w:document xmlns:w="w" xmlns:r="r"><w:body><w:sectPr><w:headerReference w:type="default" r:id="rId1"/><w:headerReference w:type="first" r:id="rId2"/><w:footerReference w:type="default" r:id="rId3"/><w:titlePg/></w:sectPr></w:body></w:document>"#;
        let part = read(xml).unwrap_or_default();
        assert_eq!(part.headers, ["rId2"]);
        assert_eq!(part.footers, ["rId3"]);
    }

    #[test]
    fn malformed_xml_is_an_error() {
        assert!(read("<w:p><w:t>a</w:x></w:p>").is_err());
    }
}
