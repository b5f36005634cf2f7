//! A PDF letter's text layer: each page's content stream is followed (text position, font and
//! size, the transformation matrix) so every piece of text gets its place on the page; the
//! layout then turns the pieces back into the letter's lines. Decompression is bounded per
//! stream and per document, so a "flate bomb" is refused instead of filling memory.

use std::collections::HashMap;
use std::path::Path;

use lopdf::content::Content;
use lopdf::{Document, LoadOptions, Object};

use super::pdf_fonts::{Font, page_fonts};
use super::pdf_layout::{self, Run};
use super::{Budget, MAX_PART_BYTES};
use crate::letter::file::{LetterFileError, MAX_LETTER_BYTES};

/// The most pages read: a reference letter has a few; a long report is not one.
const MAX_PAGES: usize = 200;

/// The most content decompressed over all pages (64 MiB): pages that share one large content
/// stream cannot multiply it without end.
const MAX_CONTENT_BYTES: usize = 64 * 1024 * 1024;

/// An affine matrix [a b c d e f], as PDF writes them (row vectors).
#[derive(Debug, Clone, Copy, PartialEq)]
struct Matrix([f64; 6]);

impl Matrix {
    const IDENTITY: Matrix = Matrix([1.0, 0.0, 0.0, 1.0, 0.0, 0.0]);

    fn translate(x: f64, y: f64) -> Matrix {
        Matrix([1.0, 0.0, 0.0, 1.0, x, y])
    }

    /// `self` then `other`.
    fn then(self, other: Matrix) -> Matrix {
        let [a, b, c, d, e, f] = self.0;
        let [p, q, r, s, t, u] = other.0;
        Matrix([
            a * p + b * r,
            a * q + b * s,
            c * p + d * r,
            c * q + d * s,
            e * p + f * r + t,
            e * q + f * s + u,
        ])
    }

    fn from_operands(operands: &[Object]) -> Option<Matrix> {
        let numbers: Vec<f64> = operands.iter().filter_map(number).collect();
        let values: [f64; 6] = numbers.try_into().ok()?;
        Some(Matrix(values))
    }
}

fn number(object: &Object) -> Option<f64> {
    object
        .as_float()
        .ok()
        .map(f64::from)
        .filter(|n| n.is_finite())
}

fn corrupt(path: &Path, detail: impl ToString) -> LetterFileError {
    LetterFileError::Corrupt {
        path: path.to_owned(),
        kind: "PDF",
        detail: detail.to_string(),
    }
}

/// The letter's lines from a PDF.
pub(super) fn lines(path: &Path, bytes: &[u8]) -> Result<Vec<String>, LetterFileError> {
    let options = LoadOptions {
        max_decompressed_size: Some(MAX_PART_BYTES as usize),
        ..LoadOptions::default()
    };
    let document =
        Document::load_mem_with_options(bytes, options).map_err(|error| match error {
            lopdf::Error::Decompress(lopdf::DecompressError::MemoryLimitExceeded { .. }) => {
                LetterFileError::Unpacked {
                    path: path.to_owned(),
                    kind: "PDF",
                    limit: MAX_PART_BYTES,
                }
            }
            lopdf::Error::InvalidPassword | lopdf::Error::Decryption(_) => {
                LetterFileError::Encrypted {
                    path: path.to_owned(),
                    kind: "PDF",
                }
            }
            error => corrupt(path, error),
        })?;
    // A PDF that opens without a password (only its printing or copying is restricted) is
    // decrypted as it loads; one that needs a password cannot be read.
    if document.trailer.get(b"Encrypt").is_ok() && document.authenticate_password("").is_err() {
        return Err(LetterFileError::Encrypted {
            path: path.to_owned(),
            kind: "PDF",
        });
    }
    let pages = document.get_pages();
    if pages.is_empty() {
        return Err(corrupt(path, "it has no pages"));
    }
    let mut budget = Budget::default();
    let mut content_used = 0usize;
    let mut lines = Vec::new();
    let mut readable = 0usize;
    let mut unreadable = 0usize;
    for (&page_number, &page) in pages.iter().take(MAX_PAGES) {
        let remaining = MAX_CONTENT_BYTES.saturating_sub(content_used);
        let limit = remaining.min(MAX_PART_BYTES as usize);
        let content = match document.get_page_content_with_limit(page, limit) {
            Ok(content) => content,
            Err(lopdf::Error::Decompress(lopdf::DecompressError::MemoryLimitExceeded {
                ..
            })) => {
                return Err(LetterFileError::Unpacked {
                    path: path.to_owned(),
                    kind: "PDF",
                    limit: MAX_PART_BYTES,
                });
            }
            Err(error) => return Err(corrupt(path, format!("page {page_number}: {error}"))),
        };
        content_used += content.len();
        let fonts = page_fonts(&document, page);
        let runs =
            page_runs(&content, &fonts, &mut budget).ok_or_else(|| LetterFileError::TooLarge {
                path: path.to_owned(),
                size: None,
                limit: MAX_LETTER_BYTES,
            })?;
        for run in &runs {
            for c in run.text.chars().filter(|c| !c.is_whitespace()) {
                if c.is_control() || ('\u{e000}'..='\u{f8ff}').contains(&c) {
                    unreadable += 1;
                } else {
                    readable += 1;
                }
            }
        }
        if !lines.is_empty() {
            lines.push(String::new());
        }
        lines.extend(pdf_layout::lines(runs));
    }
    if readable == 0 && unreadable == 0 {
        return Err(LetterFileError::Scanned {
            path: path.to_owned(),
        });
    }
    if unreadable > readable {
        return Err(corrupt(
            path,
            "its fonts do not say which letters they draw, so its text cannot be read; copy the text out",
        ));
    }
    Ok(lines)
}

/// The text state of a content stream.
struct State<'a> {
    ctm: Matrix,
    saved: Vec<Matrix>,
    text: Matrix,
    line: Matrix,
    font: Option<&'a Font<'a>>,
    size: f64,
    leading: f64,
    char_spacing: f64,
    word_spacing: f64,
    /// Horizontal scaling, 1.0 for 100%.
    scale: f64,
}

/// How deep q/Q may nest (the PDF reference suggests 28); deeper saves are ignored.
const MAX_SAVED: usize = 64;

/// The pieces of text a page shows, with their places; `None` when the text is more than a
/// letter holds.
fn page_runs(
    content: &[u8],
    fonts: &HashMap<Vec<u8>, Font>,
    budget: &mut Budget,
) -> Option<Vec<Run>> {
    let mut state = State {
        ctm: Matrix::IDENTITY,
        saved: Vec::new(),
        text: Matrix::IDENTITY,
        line: Matrix::IDENTITY,
        font: None,
        size: 0.0,
        leading: 0.0,
        char_spacing: 0.0,
        word_spacing: 0.0,
        scale: 1.0,
    };
    let mut runs = Vec::new();
    // A damaged stream yields what came before the damage.
    for operation in Content::decode_iter(content).map_while(Result::ok) {
        let operands = &operation.operands;
        let first = operands.first().and_then(number);
        match operation.operator.as_str() {
            "q" if state.saved.len() < MAX_SAVED => state.saved.push(state.ctm),
            "Q" => {
                if let Some(ctm) = state.saved.pop() {
                    state.ctm = ctm;
                }
            }
            "cm" => {
                if let Some(matrix) = Matrix::from_operands(operands) {
                    state.ctm = matrix.then(state.ctm);
                }
            }
            "BT" => {
                state.text = Matrix::IDENTITY;
                state.line = Matrix::IDENTITY;
            }
            "Tf" => {
                state.font = operands
                    .first()
                    .and_then(|name| name.as_name().ok())
                    .and_then(|name| fonts.get(name));
                state.size = operands.get(1).and_then(number).unwrap_or(0.0);
            }
            "TL" => state.leading = first.unwrap_or(0.0),
            "Tc" => state.char_spacing = first.unwrap_or(0.0),
            "Tw" => state.word_spacing = first.unwrap_or(0.0),
            "Tz" => state.scale = first.unwrap_or(100.0) / 100.0,
            "Td" | "TD" => {
                let y = operands.get(1).and_then(number).unwrap_or(0.0);
                if operation.operator == "TD" {
                    state.leading = -y;
                }
                next_line(&mut state, first.unwrap_or(0.0), y);
            }
            "Tm" => {
                if let Some(matrix) = Matrix::from_operands(operands) {
                    state.text = matrix;
                    state.line = matrix;
                }
            }
            "T*" => next_row(&mut state),
            "Tj" => show(&mut state, operands.first(), &mut runs),
            "'" => {
                next_row(&mut state);
                show(&mut state, operands.first(), &mut runs);
            }
            "\"" => {
                state.word_spacing = first.unwrap_or(state.word_spacing);
                state.char_spacing = operands.get(1).and_then(number).unwrap_or(0.0);
                next_row(&mut state);
                show(&mut state, operands.get(2), &mut runs);
            }
            "TJ" => {
                let items = operands.first().and_then(|o| o.as_array().ok());
                for item in items.into_iter().flatten() {
                    match number(item) {
                        // A number moves the pen back by thousandths of the size.
                        Some(adjust) => {
                            let dx = -adjust / 1000.0 * state.size * state.scale;
                            state.text = Matrix::translate(dx, 0.0).then(state.text);
                        }
                        None => show(&mut state, Some(item), &mut runs),
                    }
                }
            }
            _ => {}
        }
        if let Some(run) = runs.last()
            && !budget.spend(run.text.len())
        {
            return None;
        }
    }
    Some(runs)
}

/// T*: the next line, `leading` below.
fn next_row(state: &mut State) {
    let leading = state.leading;
    next_line(state, 0.0, -leading);
}

fn next_line(state: &mut State, x: f64, y: f64) {
    state.line = Matrix::translate(x, y).then(state.line);
    state.text = state.line;
}

/// Shows a string: one run at the pen's place on the page, and the pen moved past it.
fn show(state: &mut State, string: Option<&Object>, runs: &mut Vec<Run>) {
    let (Some(font), Some(Ok(bytes))) = (state.font, string.map(Object::as_str)) else {
        return;
    };
    let advance: f64 = font
        .codes(bytes)
        .iter()
        .map(|&(width, space)| {
            let spacing = state.char_spacing + if space { state.word_spacing } else { 0.0 };
            (width / 1000.0 * state.size + spacing) * state.scale
        })
        .sum();
    let placed = state.text.then(state.ctm);
    let end = Matrix::translate(advance, 0.0)
        .then(state.text)
        .then(state.ctm);
    let [_, _, c, d, x, y] = placed.0;
    let size = (state.size * (c * c + d * d).sqrt()).abs();
    let text = font.decode(bytes);
    if [x, y, end.0[4], size].iter().all(|n| n.is_finite()) && !text.is_empty() {
        runs.push(Run {
            x,
            y,
            width: end.0[4] - x,
            size,
            text,
        });
    }
    state.text = Matrix::translate(advance, 0.0).then(state.text);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matrices_compose_in_pdf_order() {
        let scale = Matrix([2.0, 0.0, 0.0, 2.0, 0.0, 0.0]);
        let moved = Matrix::translate(10.0, 20.0).then(scale);
        assert_eq!(moved, Matrix([2.0, 0.0, 0.0, 2.0, 20.0, 40.0]));
    }

    #[test]
    fn garbage_is_a_damaged_pdf_not_a_panic() {
        for bytes in [
            &b"%PDF-1.4\n"[..],
            b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF",
        ] {
            let error = lines(Path::new("x.pdf"), bytes).err();
            assert!(
                matches!(error, Some(LetterFileError::Corrupt { .. })),
                "{error:?}"
            );
        }
    }
}
