//! Wrapped, styled text built line by line: the profile and the compare columns are documents,
//! so the app knows how long they are and where their links sit before anything is drawn.

use ratatui::style::Style;
use ratatui::text::{Line, Span};

/// A followable reference inside a document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Link {
    /// The NOC code it leads to (a unit group or a minor group).
    pub code: String,
    /// The document lines it occupies, inclusive.
    pub first_line: usize,
    pub last_line: usize,
}

/// Lines of styled text wrapped to a width, with the links they hold.
#[derive(Debug, Clone, Default)]
pub struct Document {
    pub lines: Vec<Line<'static>>,
    pub links: Vec<Link>,
    width: usize,
}

impl Document {
    /// An empty document that wraps at `width` columns (at least 10).
    pub fn new(width: usize) -> Document {
        Document {
            lines: Vec::new(),
            links: Vec::new(),
            width: width.max(10),
        }
    }

    /// The column the text wraps at.
    pub fn width(&self) -> usize {
        self.width
    }

    pub fn push(&mut self, line: Line<'static>) {
        self.lines.push(line);
    }

    pub fn blank(&mut self) {
        self.lines.push(Line::default());
    }

    /// A blank line and a bold heading.
    pub fn heading(&mut self, title: &str, style: Style) {
        self.blank();
        self.lines
            .push(Line::from(Span::styled(title.to_owned(), style)));
    }

    /// `text` in `style`, wrapped, after `prefix` on the first line and `indent` spaces on the
    /// others.
    pub fn wrapped(&mut self, prefix: Vec<Span<'static>>, text: &str, style: Style, indent: usize) {
        let prefix_width: usize = prefix.iter().map(Span::width).sum();
        let first = " ".repeat(prefix_width);
        let rest = " ".repeat(indent);
        let options = textwrap::Options::new(self.width)
            .initial_indent(&first)
            .subsequent_indent(&rest);
        let mut prefix = Some(prefix);
        for line in textwrap::wrap(text, options) {
            let mut spans = match prefix.take() {
                Some(prefix) => {
                    let body = line.strip_prefix(first.as_str()).unwrap_or(&line);
                    let mut spans = prefix;
                    spans.push(Span::styled(body.to_owned(), style));
                    spans
                }
                None => {
                    let body = line.strip_prefix(rest.as_str()).unwrap_or(&line);
                    vec![
                        Span::raw(rest.clone()),
                        Span::styled(body.to_owned(), style),
                    ]
                }
            };
            spans.retain(|span| !span.content.is_empty());
            self.lines.push(Line::from(spans));
        }
    }

    /// A bulleted item: `marker` then `text` wrapped under itself.
    pub fn bullet(&mut self, indent: usize, marker: &str, text: &str, style: Style) {
        let lead = format!("{}{marker} ", " ".repeat(indent));
        let width = lead.chars().count();
        self.wrapped(vec![Span::raw(lead)], text, style, width);
    }

    /// Lines that fit in a viewport of `height` rows past the end: the largest useful scroll.
    pub fn max_scroll(&self, height: usize) -> usize {
        self.lines.len().saturating_sub(height)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(line: &Line) -> String {
        line.spans.iter().map(|s| s.content.as_ref()).collect()
    }

    #[test]
    fn wraps_under_the_prefix() {
        let mut document = Document::new(20);
        document.bullet(2, "•", "one two three four five six seven", Style::new());
        let lines: Vec<String> = document.lines.iter().map(text).collect();
        assert_eq!(
            lines,
            ["  • one two three", "    four five six", "    seven"]
        );
    }
}
