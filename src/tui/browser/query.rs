//! The search box: a single line of text and a cursor.

/// The text in the search box and where the cursor is, in characters.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Query {
    text: String,
    cursor: usize,
}

impl Query {
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The cursor position in characters from the start.
    pub fn cursor(&self) -> usize {
        self.cursor
    }

    fn byte_offset(&self, chars: usize) -> usize {
        self.text
            .char_indices()
            .nth(chars)
            .map_or(self.text.len(), |(offset, _)| offset)
    }

    fn len(&self) -> usize {
        self.text.chars().count()
    }

    /// Inserts text at the cursor; control characters (line breaks, tabs) become spaces.
    pub fn insert(&mut self, text: &str) {
        let clean: String = text
            .chars()
            .map(|c| if c.is_control() { ' ' } else { c })
            .collect();
        let at = self.byte_offset(self.cursor);
        self.text.insert_str(at, &clean);
        self.cursor += clean.chars().count();
    }

    /// Deletes the character before the cursor; false if there was none.
    pub fn delete_backward(&mut self) -> bool {
        if self.cursor == 0 {
            return false;
        }
        self.cursor -= 1;
        let at = self.byte_offset(self.cursor);
        self.text.remove(at);
        true
    }

    /// Deletes the character under the cursor; false if there was none.
    pub fn delete_forward(&mut self) -> bool {
        if self.cursor >= self.len() {
            return false;
        }
        let at = self.byte_offset(self.cursor);
        self.text.remove(at);
        true
    }

    pub fn left(&mut self) {
        self.cursor = self.cursor.saturating_sub(1);
    }

    pub fn right(&mut self) {
        self.cursor = (self.cursor + 1).min(self.len());
    }

    pub fn start(&mut self) {
        self.cursor = 0;
    }

    pub fn end(&mut self) {
        self.cursor = self.len();
    }

    /// Empties the box; false if it was already empty.
    pub fn clear(&mut self) -> bool {
        let changed = !self.text.is_empty();
        self.text.clear();
        self.cursor = 0;
        changed
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn editing_keeps_the_cursor_in_characters() {
        let mut query = Query::default();
        query.insert("café");
        assert_eq!(query.cursor(), 4);
        query.left();
        query.insert("x");
        assert_eq!(query.text(), "cafxé");
        assert!(query.delete_forward());
        assert_eq!(query.text(), "cafx");
        assert!(query.delete_backward());
        assert_eq!(query.text(), "caf");
        query.start();
        assert!(!query.delete_backward());
        query.insert("a\nb");
        assert_eq!(query.text(), "a bcaf");
    }
}
