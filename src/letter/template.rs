//! A new reference letter: every part an officer expects, as placeholders in [brackets] for
//! the employer to replace.

use crate::noc::UnitGroup;

/// The text of a new letter for a target occupation (or none). Every item of the checklist is
/// there as a placeholder, which counts as missing: the checklist ticks each item as the
/// employer replaces its placeholder with the real thing.
pub fn template(target: Option<&UnitGroup>) -> String {
    let job_title = target
        .and_then(|unit| unit.example_titles.first())
        .map_or("Job title", String::as_str);
    let occupation = target.map_or_else(
        || "the occupation you claim".to_owned(),
        |unit| format!("{} (NOC {})", unit.title, unit.code),
    );
    let lines = [
        "[COMPANY NAME, on company letterhead]".to_owned(),
        "[Street address, City, Province A1A 1A1]".to_owned(),
        "Tel: [555-555-0100] | Email: [name@company.example]".to_owned(),
        String::new(),
        "[Date: Month DD, YYYY]".to_owned(),
        String::new(),
        "To Whom It May Concern:".to_owned(),
        String::new(),
        format!(
            "This letter confirms that [Mr./Ms. Full Name] has been employed full-time by [Company name] in the position of [{job_title}] from [June 1, 2020] to [the present / end date]."
        ),
        "[She/He] works [40 hours per week] and [her/his] annual salary is [$00,000], plus [benefits: health and dental plan, paid vacation, pension].".to_owned(),
        String::new(),
        format!(
            "[Describe the real work as {occupation} in your own words, one duty per line: what was done, with which tools, for whom and how often. Do not copy the NOC text; officers treat copied text as a red flag.]"
        ),
        String::new(),
        "Main duties:".to_owned(),
        "- [First main duty, in your own words]".to_owned(),
        "- [Second main duty, in your own words]".to_owned(),
        "- [Third main duty, in your own words]".to_owned(),
        String::new(),
        "Please contact me at [555-555-0100] or [name@company.example] for further information.".to_owned(),
        String::new(),
        "Sincerely,".to_owned(),
        String::new(),
        "[Signature]".to_owned(),
        "[Signer's full name]".to_owned(),
        "[Signer's job title, e.g. Manager]".to_owned(),
        "[Company name]".to_owned(),
    ];
    let mut text = lines.join("\n");
    text.push('\n');
    text
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::letter::{checklist, split_lines};
    use crate::noc::Catalog;

    fn found(text: &str) -> Vec<&'static str> {
        checklist(&split_lines(text, false))
            .into_iter()
            .filter(|item| item.found)
            .map(|item| item.key)
            .collect()
    }

    #[test]
    fn placeholders_count_as_missing_until_they_are_filled_in() {
        let target = Catalog::embedded().target("12200").ok();
        for target in [target, None] {
            let text = template(target);
            assert!(
                found(&text).is_empty(),
                "found {:?} in\n{text}",
                found(&text)
            );
            let filled = text
                .replace("[Signer's full name]", "Jane Doe")
                .replace(['[', ']'], "");
            assert_eq!(
                found(&filled).len(),
                11,
                "only {:?} in\n{filled}",
                found(&filled)
            );
        }
    }

    #[test]
    fn the_template_names_the_target() {
        let target = Catalog::embedded().target("12200").ok();
        assert!(template(target).contains("(NOC 12200)"));
    }
}
