//! A new reference letter: every part an officer expects, as placeholders in [brackets] for
//! the employer to replace.

use crate::noc::UnitGroup;

use crate::search::singular;

/// The text of a new letter for a target occupation (or none). Every item of the checklist is
/// there as a placeholder, which counts as missing: the checklist ticks each item as the
/// employer replaces its placeholder with the real thing.
pub fn template(target: Option<&UnitGroup>) -> String {
    let job_title = target
        .and_then(job_title)
        .unwrap_or_else(|| "Job title".to_owned());
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

/// The job title a letter for `unit` would give: the example title that names the job its
/// title names first ("Cooks": cook, not "apprentice cook"; "Early childhood educators and
/// assistants": early childhood educator), capitalised.
fn job_title(unit: &UnitGroup) -> Option<String> {
    let title = title_words(&unit.title);
    let fit = |example: &str| {
        let words = title_words(without_note(example));
        let shared = words.iter().filter(|word| title.contains(word)).count();
        // The head noun (the last word) named early in the title: the first job it names.
        let head = words
            .last()
            .and_then(|head| title.iter().position(|t| t == head))
            .unwrap_or(usize::MAX);
        // Most of its words in the title, then most words shared, then the head noun named
        // first, then the shortest.
        (
            shared * 1000 / words.len().max(1),
            shared,
            std::cmp::Reverse(head),
            std::cmp::Reverse(example.len()),
        )
    };
    let best = unit
        .example_titles
        .iter()
        .max_by_key(|example| fit(example))?;
    let mut chars = without_note(best).chars();
    let first = chars.next()?;
    Some(first.to_uppercase().chain(chars).collect())
}

/// An example title without its note in brackets ("early childhood educator (ECE)").
fn without_note(title: &str) -> &str {
    title.split(" (").next().unwrap_or(title).trim()
}

/// A title's words, lower-case and singular, without the words that name no job.
fn title_words(title: &str) -> Vec<String> {
    title
        .split(|c: char| !c.is_alphabetic())
        .filter(|word| word.chars().count() > 1)
        .map(str::to_lowercase)
        .filter(|word| {
            !["and", "of", "the", "in", "related", "occupations", "other"].contains(&word.as_str())
        })
        .map(|word| singular(&word).unwrap_or(word))
        .collect()
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

    #[test]
    fn the_job_title_is_the_job_the_target_names_first() {
        let catalog = Catalog::embedded();
        for (code, title) in [
            ("63200", "Cook"),
            ("12200", "Accounting technician"),
            ("21232", "Software developer"),
            ("62020", "Food service supervisor"),
            ("42202", "Early childhood educator"),
            ("73300", "Transport truck driver"),
            ("14200", "Accounting clerk"),
        ] {
            let unit = catalog.unit(code).expect("a unit group");
            assert_eq!(job_title(unit).as_deref(), Some(title), "{code}");
            assert!(template(Some(unit)).contains(&format!("in the position of [{title}]")));
        }
        assert!(template(None).contains("in the position of [Job title]"));
    }
}
