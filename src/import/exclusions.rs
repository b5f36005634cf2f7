//! Reading an exclusion: "Accounting and related clerks (See 14200 Accounting and related
//! clerks)" names an occupation and the group it belongs to instead.

use crate::noc::Exclusion;

/// Parses one exclusion. The referenced code is a unit group (5 digits) or a minor group
/// (4 digits). Returns `None` when the text has no "(See CODE ...)" reference.
pub fn parse(text: &str) -> Option<Exclusion> {
    let start = text.rfind("(See ")?;
    let reference = text[start + "(See ".len()..].trim_end_matches(')');
    let code: String = reference
        .chars()
        .take_while(|c| c.is_ascii_digit())
        .collect();
    if !(code.len() == 4 || code.len() == 5) {
        return None;
    }
    let title = text[..start]
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    Some(Exclusion { title, code })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_title_and_unit_group_code() {
        let exclusion =
            parse("Accounting and related clerks (See 14200 Accounting and related clerks)");
        assert_eq!(
            exclusion,
            Some(Exclusion {
                title: "Accounting and related clerks".into(),
                code: "14200".into()
            })
        );
    }

    #[test]
    fn reads_minor_group_codes_and_nested_parentheses() {
        let exclusion = parse(
            "Chief executive officer (CEO) - health (See 4001 Legislative and senior managers)",
        )
        .expect("parses");
        assert_eq!(exclusion.title, "Chief executive officer (CEO) - health");
        assert_eq!(exclusion.code, "4001");
    }

    #[test]
    fn text_without_a_reference_is_rejected() {
        assert_eq!(parse("Accounting clerks"), None);
        assert_eq!(parse("Clerks (See 123 Something)"), None);
    }
}
