//! Text from a letter made safe to print to a terminal. A letter may hold escape sequences
//! that, printed raw, set the window title, write the clipboard (OSC 52) or clear the screen;
//! every control character but tab and line breaks is shown as a visible symbol instead.

use std::borrow::Cow;

/// `text` with control characters other than tab, `\n` and a `\r` ending a line replaced by
/// visible stand-ins: C0 controls by their Unicode control pictures (ESC as `␛`), DEL by `␡`,
/// C1 controls (which some terminals read as escapes too) as `\u{9b}`.
pub fn printable(text: &str) -> Cow<'_, str> {
    let unsafe_at = |at: usize, c: char| {
        c.is_control() && c != '\t' && c != '\n' && !(c == '\r' && text[at..].starts_with("\r\n"))
    };
    if !text.char_indices().any(|(at, c)| unsafe_at(at, c)) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for (at, c) in text.char_indices() {
        if !unsafe_at(at, c) {
            out.push(c);
        } else if let Some(picture) =
            char::from_u32(0x2400 + u32::from(c)).filter(|_| u32::from(c) < 0x20)
        {
            out.push(picture);
        } else if c == '\u{7f}' {
            out.push('␡');
        } else {
            out.push_str(&format!("\\u{{{:x}}}", u32::from(c)));
        }
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_become_visible_and_layout_stays() {
        assert_eq!(
            printable("a\u{1b}]0;title\u{7}b\u{1b}[2J\u{9b}c\u{7f}"),
            "a␛]0;title␇b␛[2J\\u{9b}c␡"
        );
        assert_eq!(printable("one\ttwo\r\nthree\n"), "one\ttwo\r\nthree\n");
        assert_eq!(printable("lone\rreturn"), "lone␍return");
        assert!(matches!(printable("plain"), Cow::Borrowed("plain")));
    }
}
