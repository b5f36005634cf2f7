//! Folding text for matching: lower case, no accents, `R.N.` read as `rn`, `full-stack` as
//! `full stack`, so that a query matches however the NOC text or the user writes a word.

/// Text folded for matching, with where each folded character came from.
pub struct Folded {
    pub text: String,
    /// For each character of `text`, the position of the character in the original it came
    /// from.
    pub origin: Vec<usize>,
}

/// Whether `text` is already folded, so the index can borrow it instead of copying.
pub fn is_folded(text: &str) -> bool {
    let bytes = text.as_bytes();
    bytes.iter().enumerate().all(|(position, &byte)| {
        let between = |test: fn(&u8) -> bool| {
            position > 0 && test(&bytes[position - 1]) && bytes.get(position + 1).is_some_and(test)
        };
        match byte {
            b'a'..=b'z' | b'0'..=b'9' | b' ' => true,
            b'A'..=b'Z' | 0x80.. => false,
            b'.' => !between(u8::is_ascii_alphabetic),
            b'-' => !between(u8::is_ascii_alphanumeric),
            _ => true,
        }
    })
}

/// Which letters and digits `folded` holds, one bit each: a title can only match a word whose
/// letters it all has, which one AND tells for most titles before any search.
pub fn letters(folded: &str) -> u64 {
    folded.bytes().fold(0, |set, byte| match byte {
        b'a'..=b'z' => set | 1 << (byte - b'a'),
        b'0'..=b'9' => set | 1 << (26 + byte - b'0'),
        _ => set,
    })
}

/// The folded form of `text`.
pub fn fold(text: &str) -> String {
    let mut folded = String::with_capacity(text.len());
    fold_into(text, &mut folded, None);
    folded
}

/// The folded form of `text` and where each of its characters came from.
pub fn fold_with_origin(text: &str) -> Folded {
    let mut folded = Folded {
        text: String::with_capacity(text.len()),
        origin: Vec::with_capacity(text.len()),
    };
    fold_into(text, &mut folded.text, Some(&mut folded.origin));
    folded
}

fn fold_into(text: &str, folded: &mut String, mut origin: Option<&mut Vec<usize>>) {
    let mut push = |c: char, position: usize| {
        folded.push(c);
        if let Some(origin) = origin.as_deref_mut() {
            origin.push(position);
        }
    };
    let mut before: Option<char> = None;
    let mut chars = text.chars().enumerate().peekable();
    while let Some((position, c)) = chars.next() {
        let after = chars.peek().map(|&(_, c)| c);
        let between = |test: fn(char) -> bool| before.is_some_and(test) && after.is_some_and(test);
        match c {
            // Dotted abbreviations: "R.N." reads as "rn", "L.P.N." as "lpn".
            '.' if between(char::is_alphabetic) => {}
            // Hyphenated words are separate words: "developer-printer", "full-stack".
            '-' if between(char::is_alphanumeric) => push(' ', position),
            '\u{2019}' | '\u{2018}' => push('\'', position),
            _ => {
                for lower in c.to_lowercase() {
                    match strip_accent(lower) {
                        Accentless::One(plain) => push(plain, position),
                        Accentless::Two(first, second) => {
                            push(first, position);
                            push(second, position);
                        }
                    }
                }
            }
        }
        before = Some(c);
    }
}

enum Accentless {
    One(char),
    Two(char, char),
}

/// The letter without its accent, for the Latin letters of French and the other languages
/// in Canadian job titles.
fn strip_accent(c: char) -> Accentless {
    let plain = match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' => 'a',
        'ç' => 'c',
        'è' | 'é' | 'ê' | 'ë' => 'e',
        'ì' | 'í' | 'î' | 'ï' => 'i',
        'ñ' => 'n',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' => 'o',
        'ù' | 'ú' | 'û' | 'ü' => 'u',
        'ý' | 'ÿ' => 'y',
        'œ' => return Accentless::Two('o', 'e'),
        'æ' => return Accentless::Two('a', 'e'),
        other => other,
    };
    Accentless::One(plain)
}

/// The query as the user meant it: without a leading "NOC" ("NOC 12200", "noc:12200",
/// "NOC 2021 12200"), quotes or trailing punctuation ("12200.").
pub fn clean_query(query: &str) -> &str {
    let mut query = query
        .trim()
        .trim_matches(|c: char| matches!(c, '"' | '\'' | '`'));
    query = query.trim_end_matches(['.', ',', ';', ':', '!', '?']);
    query = query.trim_start_matches('#').trim();
    if let Some(rest) = strip_prefix_ignore_case(query, "noc")
        && !rest.starts_with(char::is_alphabetic)
    {
        let rest = rest.trim_start_matches(|c: char| c.is_whitespace() || matches!(c, ':' | '#'));
        if !rest.is_empty() {
            query = rest;
            // "NOC 2021 12200": the version is not part of the code.
            for version in ["2021 ", "2016 "] {
                if let Some(code) = query.strip_prefix(version)
                    && code.trim_start().bytes().all(|b| b.is_ascii_digit())
                {
                    query = code.trim_start();
                }
            }
        }
    }
    query.trim()
}

fn strip_prefix_ignore_case<'q>(text: &'q str, prefix: &str) -> Option<&'q str> {
    let head = text.get(..prefix.len())?;
    head.eq_ignore_ascii_case(prefix)
        .then(|| &text[prefix.len()..])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accents_case_dots_and_hyphens_fold() {
        assert_eq!(fold("Québec"), "quebec");
        assert_eq!(fold("registered nurse (R.N.)"), "registered nurse (rn.)");
        assert_eq!(fold("developer-printer"), "developer printer");
        assert_eq!(fold("teacher - seminary"), "teacher - seminary");
        assert_eq!(fold("Cœur"), "coeur");
    }

    #[test]
    fn folded_text_is_recognised() {
        for text in [
            "teacher - seminary",
            "registered nurse (R.N.)",
            "developer-printer",
            "Cook",
        ] {
            assert_eq!(is_folded(text), fold(text) == text, "{text}");
        }
    }

    #[test]
    fn origins_point_back_into_the_original() {
        let folded = fold_with_origin("R.N. Œuvre");
        assert_eq!(folded.text, "rn. oeuvre");
        assert_eq!(folded.origin[..4], [0, 2, 3, 4]);
        assert_eq!(folded.origin[4..7], [5, 5, 6]);
    }

    #[test]
    fn queries_lose_noc_and_punctuation() {
        assert_eq!(clean_query("NOC 12200"), "12200");
        assert_eq!(clean_query("noc:12200"), "12200");
        assert_eq!(clean_query("NOC12200."), "12200");
        assert_eq!(clean_query("12200."), "12200");
        assert_eq!(clean_query("NOC 2021 12200"), "12200");
        assert_eq!(clean_query("noc teacher"), "teacher");
        assert_eq!(clean_query("\"bookkeeper\""), "bookkeeper");
        assert_eq!(clean_query("nocturnal"), "nocturnal");
        assert_eq!(clean_query("NOC"), "NOC");
    }
}
