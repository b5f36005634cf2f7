//! A PDF page's pieces of text back into a letter's lines. A PDF stores every visual line, so:
//! pieces on one baseline make a row (a wide gap splits it into columns, read one column after
//! the other, as in a letterhead with the address on the left and the phone on the right); a
//! row that was wrapped (the next row's first word would not fit after it) is joined to the
//! next, and a word hyphenated at the end of a row is joined back; a larger gap between rows
//! is a blank line.

/// A piece of text at its place on the page (PDF points, y upwards).
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Run {
    pub x: f64,
    pub y: f64,
    pub width: f64,
    pub size: f64,
    pub text: String,
}

/// A visual line (one column of a row).
#[derive(Debug, Clone, PartialEq)]
struct Row {
    text: String,
    x: f64,
    right: f64,
    y: f64,
    size: f64,
    /// Part of a block read by columns: never joined to its neighbours.
    column: bool,
}

impl Row {
    /// How wide the first word is, judged from the row's average character width.
    fn first_word_width(&self) -> f64 {
        let chars = self.text.chars().count().max(1) as f64;
        let per_char = (self.right - self.x).max(0.0) / chars;
        let word = self.text.split_whitespace().next().unwrap_or("");
        word.chars().count() as f64 * per_char
    }
}

/// A gap wider than this many sizes splits a row into columns.
const COLUMN_GAP: f64 = 2.5;
/// A gap wider than this many sizes is a space between words.
const WORD_GAP: f64 = 0.15;

/// The page's lines, blank lines between its paragraphs.
pub(crate) fn lines(runs: Vec<Run>) -> Vec<String> {
    let rows = rows(runs);
    let Some(line_gap) = usual_gap(&rows) else {
        return rows.into_iter().map(|row| row.text).collect();
    };
    let right = rows
        .iter()
        .filter(|row| !row.column)
        .map(|row| row.right)
        .fold(f64::MIN, f64::max);
    let mut lines: Vec<String> = Vec::new();
    let mut previous: Option<&Row> = None;
    for row in &rows {
        if let Some(above) = previous {
            let gap = above.y - row.y;
            if gap > line_gap * 1.3 {
                lines.push(String::new());
            } else if wrapped(above, row, right)
                && let Some(last) = lines.last_mut()
            {
                join(last, &row.text);
                previous = Some(row);
                continue;
            }
        }
        lines.push(row.text.clone());
        previous = Some(row);
    }
    lines
}

/// Whether `above` was wrapped onto `below`: the next row's first word would not have fit at
/// the end of it, and the next row does not start a list item.
fn wrapped(above: &Row, below: &Row, right: f64) -> bool {
    if above.column || below.column || above.text.trim_end().ends_with(':') {
        return false;
    }
    if starts_item(&below.text) || below.x > above.x + 4.0 * above.size {
        return false;
    }
    let space = above.size * 0.3;
    above.right + space + below.first_word_width() >= right - above.size * 0.5
}

/// Whether a line starts with a bullet or a list number.
fn starts_item(text: &str) -> bool {
    let text = text.trim_start();
    if ["-", "•", "*", "–", "·", "▪", "◦", "o "]
        .iter()
        .any(|marker| text.starts_with(marker))
    {
        return true;
    }
    let marker: String = text
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric())
        .collect();
    let rest = &text[marker.len()..];
    !marker.is_empty()
        && marker.len() <= 3
        && (marker.chars().all(|c| c.is_ascii_digit()) || marker.len() == 1)
        && (rest.starts_with(". ") || rest.starts_with(") "))
}

/// Joins the next row's text to a line: a word hyphenated at the end of the line is one word.
fn join(line: &mut String, next: &str) {
    let hyphenated = line.ends_with('-')
        && line[..line.len() - 1]
            .chars()
            .next_back()
            .is_some_and(char::is_alphabetic)
        && next.chars().next().is_some_and(char::is_lowercase);
    if hyphenated {
        line.pop();
    } else {
        line.push(' ');
    }
    line.push_str(next.trim_start());
}

/// The most common distance between the baselines of rows that follow each other.
fn usual_gap(rows: &[Row]) -> Option<f64> {
    let mut gaps: Vec<i64> = rows
        .windows(2)
        .map(|pair| pair[0].y - pair[1].y)
        .filter(|gap| *gap > 0.0)
        .map(|gap| (gap * 2.0).round() as i64)
        .collect();
    gaps.sort_unstable();
    let mut best: Option<(usize, i64)> = None;
    for group in gaps.chunk_by(|a, b| a == b) {
        if best.is_none_or(|(count, _)| group.len() > count) {
            best = Some((group.len(), group[0]));
        }
    }
    best.map(|(_, gap)| gap as f64 / 2.0)
}

/// The page's rows top to bottom, a row of columns split into one row per column.
fn rows(mut runs: Vec<Run>) -> Vec<Row> {
    runs.retain(|run| !run.text.trim().is_empty() && run.size > 0.0);
    runs.sort_by(|a, b| b.y.total_cmp(&a.y));
    // Runs on one baseline (within a third of their size) form a line, left to right.
    let mut lines: Vec<Vec<Run>> = Vec::new();
    for run in runs {
        match lines.last_mut() {
            Some(line) if (line[0].y - run.y).abs() <= line[0].size.min(run.size) * 0.35 => {
                line.push(run);
            }
            _ => lines.push(vec![run]),
        }
    }
    let mut cells: Vec<Vec<Row>> = lines
        .into_iter()
        .map(|mut line| {
            line.sort_by(|a, b| a.x.total_cmp(&b.x));
            cells_of(line)
        })
        .collect();
    // Consecutive lines of which one has columns are read column by column.
    let mut rows = Vec::new();
    let mut index = 0;
    while index < cells.len() {
        if cells[index].len() < 2 {
            rows.append(&mut cells[index]);
            index += 1;
            continue;
        }
        let mut end = index;
        while end < cells.len() && (cells[end].len() >= 2 || end == index) {
            end += 1;
        }
        let split = cells[index..end]
            .iter()
            .filter_map(|line| line.get(1).map(|cell| cell.x))
            .fold(f64::MAX, f64::min);
        let block: Vec<Row> = cells[index..end]
            .iter_mut()
            .flat_map(std::mem::take)
            .collect();
        let (left, right): (Vec<Row>, Vec<Row>) = block.into_iter().partition(|row| row.x < split);
        rows.extend(left.into_iter().chain(right).map(|mut row| {
            row.column = true;
            row
        }));
        index = end;
    }
    rows
}

/// One line's runs as cells: runs close together make one cell (with a space where the gap
/// is a word's), a wide gap starts another. A label and its value ("Position:  Bookkeeper")
/// stay one cell.
fn cells_of(line: Vec<Run>) -> Vec<Row> {
    let mut cells: Vec<Row> = Vec::new();
    let mut last: Option<Run> = None;
    for run in line {
        if let (Some(cell), Some(previous)) = (cells.last_mut(), &last) {
            let gap = run.x - (previous.x + previous.width);
            let size = previous.size.max(run.size);
            // Text drawn twice at almost the same place (a fake bold) is shown once.
            let repeated = run.text == previous.text && (run.x - previous.x).abs() < size * 0.3;
            if repeated {
                continue;
            }
            if gap <= COLUMN_GAP * size || cell.text.trim_end().ends_with(':') {
                if gap > WORD_GAP * size && !cell.text.ends_with(' ') && !run.text.starts_with(' ')
                {
                    cell.text.push(' ');
                }
                cell.text.push_str(&run.text);
                cell.right = cell.right.max(run.x + run.width);
                last = Some(run);
                continue;
            }
        }
        cells.push(Row {
            text: run.text.clone(),
            x: run.x,
            right: run.x + run.width,
            y: run.y,
            size: run.size,
            column: false,
        });
        last = Some(run);
    }
    for cell in &mut cells {
        cell.text = cell.text.split_whitespace().collect::<Vec<_>>().join(" ");
    }
    cells
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A run of monospaced text, 6 points a character at size 10.
    fn run(x: f64, y: f64, text: &str) -> Run {
        Run {
            x,
            y,
            width: text.chars().count() as f64 * 6.0,
            size: 10.0,
            text: text.to_owned(),
        }
    }

    #[test]
    fn wrapped_rows_are_joined_and_paragraphs_kept() {
        let runs = vec![
            run(72.0, 700.0, "ACME LTD."),
            run(72.0, 688.0, "12 King Street West"),
            run(
                72.0,
                664.0,
                "This confirms that Ms. Lee worked for us as a book-",
            ),
            run(
                72.0,
                652.0,
                "keeper from June 1, 2020 to the present, full time.",
            ),
            run(72.0, 628.0, "Duties:"),
            run(
                72.0,
                616.0,
                "- Posted the journal entries and reconciled the bank",
            ),
            run(84.0, 604.0, "accounts every month"),
            run(72.0, 592.0, "- Filed the returns"),
        ];
        assert_eq!(
            lines(runs),
            [
                "ACME LTD.",
                "12 King Street West",
                "",
                "This confirms that Ms. Lee worked for us as a bookkeeper from June 1, 2020 to the present, full time.",
                "",
                "Duties:",
                "- Posted the journal entries and reconciled the bank accounts every month",
                "- Filed the returns",
            ]
        );
    }

    #[test]
    fn a_two_column_letterhead_is_read_by_columns() {
        let runs = vec![
            run(72.0, 700.0, "ACME LTD."),
            run(400.0, 700.0, "Tel: 416-555-0100"),
            run(72.0, 688.0, "12 King Street West"),
            run(400.0, 688.0, "hr@acme.example"),
            run(72.0, 664.0, "Dear Sir,"),
        ];
        assert_eq!(
            lines(runs),
            [
                "ACME LTD.",
                "12 King Street West",
                "Tel: 416-555-0100",
                "hr@acme.example",
                "",
                "Dear Sir,"
            ]
        );
    }

    #[test]
    fn words_split_by_position_get_their_space_and_labels_their_value() {
        let runs = vec![
            run(72.0, 700.0, "Posted"),
            run(72.0 + 6.0 * 7.0, 700.0, "entries"),
            run(72.0, 688.0, "Position:"),
            run(300.0, 688.0, "Bookkeeper"),
            run(72.0, 652.0, "Kern"),
            run(72.0 + 24.0, 652.0, "ing"),
        ];
        assert_eq!(
            lines(runs),
            ["Posted entries", "Position: Bookkeeper", "", "Kerning"]
        );
    }

    #[test]
    fn list_markers_are_recognised() {
        for item in ["- a", "• a", "1. a", "12) a", "a) a"] {
            assert!(starts_item(item), "{item}");
        }
        for line in ["And so", "2020 was", "Ms. Lee"] {
            assert!(!starts_item(line), "{line}");
        }
    }
}
