//! A PDF font as text extraction needs it: how its codes become characters (lopdf reads the
//! encoding or the ToUnicode map) and how far each code moves the pen, so words can be told
//! apart and wrapped lines recognised.

use std::collections::HashMap;

use lopdf::Encoding;
use lopdf::{Dictionary, Document, Object, ObjectId};

use super::MAX_PART_BYTES;

/// Glyph widths in thousandths of the font size.
#[derive(Debug, Clone, Default)]
struct Widths {
    /// Simple fonts: the width of code `first + index`.
    first: u32,
    list: Vec<f64>,
    /// Composite fonts: (first code, last code, width).
    ranges: Vec<(u32, u32, f64)>,
    /// The width of a code not listed.
    default: f64,
}

impl Widths {
    fn of(&self, code: u32) -> f64 {
        if let Some(width) = code
            .checked_sub(self.first)
            .and_then(|index| self.list.get(index as usize))
        {
            return *width;
        }
        self.ranges
            .iter()
            .find(|(first, last, _)| (*first..=*last).contains(&code))
            .map_or(self.default, |(_, _, width)| *width)
    }
}

/// One font of a page.
pub(super) struct Font<'a> {
    encoding: Option<Encoding<'a>>,
    /// Composite (Type0) fonts use two-byte codes; simple fonts one byte.
    two_byte: bool,
    widths: Widths,
}

impl Font<'_> {
    /// The characters a string of codes shows; unknown codes are left out.
    pub(super) fn decode(&self, bytes: &[u8]) -> String {
        let text = match &self.encoding {
            Some(encoding) => encoding.bytes_to_string(bytes).unwrap_or_default(),
            None => bytes.iter().map(|&b| char::from(b)).collect(),
        };
        text.chars().filter(|&c| c != '\u{fffd}').collect()
    }

    /// The codes of a string with the widths (in thousandths of the size) and whether each is
    /// the single-byte space, which word spacing widens.
    pub(super) fn codes(&self, bytes: &[u8]) -> Vec<(f64, bool)> {
        if self.two_byte {
            bytes
                .chunks(2)
                .map(|pair| {
                    let code = pair.iter().fold(0u32, |code, &b| code << 8 | u32::from(b));
                    (self.widths.of(code), false)
                })
                .collect()
        } else {
            bytes
                .iter()
                .map(|&b| (self.widths.of(u32::from(b)), b == b' '))
                .collect()
        }
    }
}

fn number(doc: &Document, object: &Object) -> Option<f64> {
    let (_, object) = doc.dereference(object).ok()?;
    object
        .as_float()
        .ok()
        .map(f64::from)
        .filter(|n| n.is_finite())
}

fn array<'a>(doc: &'a Document, object: &'a Object) -> Option<&'a Vec<Object>> {
    doc.dereference(object).ok()?.1.as_array().ok()
}

/// The width of a standard font's glyphs when the font lists none: Courier is monospaced,
/// the others are about half an em on average.
fn standard_width(font: &Dictionary) -> f64 {
    let base = font
        .get(b"BaseFont")
        .and_then(Object::as_name)
        .unwrap_or_default();
    if base.windows(7).any(|w| w.eq_ignore_ascii_case(b"courier")) {
        600.0
    } else {
        500.0
    }
}

/// The widths of a simple font: /FirstChar and /Widths.
fn simple_widths(doc: &Document, font: &Dictionary) -> Widths {
    let default = standard_width(font);
    let first = font
        .get(b"FirstChar")
        .ok()
        .and_then(|o| number(doc, o))
        .map_or(0, |n| n.clamp(0.0, 65_535.0) as u32);
    let list = font
        .get(b"Widths")
        .ok()
        .and_then(|o| array(doc, o))
        .map(|items| {
            items
                .iter()
                .map(|item| number(doc, item).unwrap_or(default))
                .collect()
        })
        .unwrap_or_default();
    Widths {
        first,
        list,
        ranges: Vec::new(),
        default,
    }
}

/// The widths of a composite font: its descendant's /DW and /W.
fn composite_widths(doc: &Document, font: &Dictionary) -> Widths {
    let descendant = font
        .get(b"DescendantFonts")
        .ok()
        .and_then(|o| array(doc, o))
        .and_then(|fonts| fonts.first())
        .and_then(|o| doc.dereference(o).ok())
        .and_then(|(_, o)| o.as_dict().ok());
    let Some(descendant) = descendant else {
        return Widths {
            default: 1000.0,
            ..Widths::default()
        };
    };
    let default = descendant
        .get(b"DW")
        .ok()
        .and_then(|o| number(doc, o))
        .unwrap_or(1000.0);
    let mut ranges = Vec::new();
    if let Some(items) = descendant.get(b"W").ok().and_then(|o| array(doc, o)) {
        // [c [w1 w2 ...]] gives widths from c on; [c1 c2 w] one width for c1..=c2.
        let mut index = 0;
        while index + 1 < items.len() {
            let Some(first) = number(doc, &items[index]).map(|n| n.clamp(0.0, 4e9) as u32) else {
                break;
            };
            if let Some(list) = array(doc, &items[index + 1]) {
                for (offset, width) in list.iter().enumerate() {
                    let code = first.saturating_add(offset as u32);
                    ranges.push((code, code, number(doc, width).unwrap_or(default)));
                }
                index += 2;
            } else if let (Some(last), Some(width)) = (
                number(doc, &items[index + 1]),
                items.get(index + 2).and_then(|o| number(doc, o)),
            ) {
                ranges.push((first, last.clamp(0.0, 4e9) as u32, width));
                index += 3;
            } else {
                break;
            }
        }
    }
    Widths {
        first: 0,
        list: Vec::new(),
        ranges,
        default,
    }
}

/// The fonts of a page by resource name.
pub(super) fn page_fonts(doc: &Document, page: ObjectId) -> HashMap<Vec<u8>, Font<'_>> {
    let Ok(fonts) = doc.get_page_fonts(page) else {
        return HashMap::new();
    };
    fonts
        .into_iter()
        .map(|(name, font)| {
            let two_byte = font.get(b"Subtype").and_then(Object::as_name).ok() == Some(b"Type0");
            let encoding = font
                .get_font_encoding_with_limit(doc, MAX_PART_BYTES as usize)
                .ok();
            let widths = if two_byte {
                composite_widths(doc, font)
            } else {
                simple_widths(doc, font)
            };
            (
                name,
                Font {
                    encoding,
                    two_byte,
                    widths,
                },
            )
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn widths_come_from_the_list_the_ranges_or_the_default() {
        let widths = Widths {
            first: 32,
            list: vec![250.0, 333.0],
            ranges: vec![(100, 110, 700.0)],
            default: 500.0,
        };
        assert_eq!(widths.of(32), 250.0);
        assert_eq!(widths.of(33), 333.0);
        assert_eq!(widths.of(105), 700.0);
        assert_eq!(widths.of(0), 500.0);
        assert_eq!(widths.of(u32::MAX), 500.0);
    }
}
