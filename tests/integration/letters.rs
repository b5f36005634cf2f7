//! Letters as employers write them, through `nocfit check --format json`: which lines are
//! duties (`lines[].kind`) and which checklist items are found (`checklist[].found`).

use std::collections::BTreeSet;

use assert_cmd::Command;
use serde_json::Value;

/// The JSON report of `nocfit check` on a fixture letter.
fn check(fixture: &str, noc: &str) -> Value {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/integration/fixtures")
        .join(fixture);
    let output = Command::cargo_bin("nocfit")
        .expect("the nocfit binary is built")
        .args(["check", "--format", "json", "--noc", noc])
        .arg(&path)
        .output()
        .expect("nocfit runs");
    assert!(output.status.success(), "{fixture}: {output:?}");
    serde_json::from_slice(&output.stdout).expect("valid JSON")
}

/// The numbers of the lines taken as duties.
fn duty_lines(report: &Value) -> Vec<u64> {
    report["lines"]
        .as_array()
        .expect("lines")
        .iter()
        .filter(|line| line["kind"] == "duty")
        .filter_map(|line| line["line"].as_u64())
        .collect()
}

/// The keys of the checklist items found.
fn found(report: &Value) -> BTreeSet<String> {
    report["checklist"]
        .as_array()
        .expect("checklist")
        .iter()
        .filter(|item| item["found"] == true)
        .filter_map(|item| item["key"].as_str().map(str::to_owned))
        .collect()
}

fn keys(list: &[&str]) -> BTreeSet<String> {
    list.iter().map(|key| (*key).to_owned()).collect()
}

/// A heading in capitals, bullets touching their text, a sentence of praise inside the list and
/// a "QUALIFICATIONS" section whose bullets are not duties.
#[test]
fn capital_headings_touching_bullets_and_a_qualifications_section() {
    let report = check("letter-caps-headings.txt", "63202");
    assert_eq!(duty_lines(&report), [12, 13, 14, 15]);
    assert_eq!(
        found(&report),
        keys(&[
            "letterhead",
            "phone",
            "email",
            "job_title",
            "dates",
            "hours",
            "salary",
            "signer",
            "duties"
        ]),
        "37.5 h/week, “from 2021 September 6 until now” and “Tom Lee - Owner” are found; no benefits"
    );
}

/// "Key Responsibilities" without a colon opens unmarked duty lines; "Skills" ends them.
#[test]
fn a_heading_without_a_colon_and_a_skills_section() {
    let report = check("letter-key-responsibilities.txt", "32104");
    assert_eq!(duty_lines(&report), [14, 15, 16, 17]);
    let found = found(&report);
    for key in ["hours", "job_title", "benefits", "signer"] {
        assert!(
            found.contains(key),
            "{key}: 75 hours bi-weekly, “in the position of”, a dental plan, “Name (Title)”"
        );
    }
}

/// One paragraph that states the employment and lists the work is one duty line, and the
/// checklist still finds the dates, hours and pay in it.
#[test]
fn a_single_paragraph_letter_is_a_duty_line() {
    let report = check("letter-one-paragraph.txt", "84120");
    assert_eq!(duty_lines(&report), [5]);
    let found = found(&report);
    for key in ["job_title", "dates", "hours", "salary", "phone", "signer"] {
        assert!(found.contains(key), "{key} in {found:?}");
    }
    for key in ["letterhead", "benefits"] {
        assert!(
            !found.contains(key),
            "{key}: a date line opens the letter, no benefits"
        );
    }
}

/// Paragraphs about the work are duty lines; the paragraph about the employment and the one of
/// praise are not.
#[test]
fn paragraphs_about_the_work_are_duty_lines() {
    let report = check("letter-prose-paragraphs.txt", "33100");
    assert_eq!(duty_lines(&report), [12, 14, 16]);
    assert!(
        found(&report).contains("signer"),
        "“Dr. Amrit Gill, DDS” with “Clinic Owner” below"
    );
}

/// Plain lines under "Her duties are:"; "She is good worker, never late." is not a duty; the
/// job title written "work in my restaurant as Kitchen Helper".
#[test]
fn plain_lines_under_a_heading_and_a_closing_remark() {
    let report = check("letter-title-forms.txt", "65201");
    assert_eq!(duty_lines(&report), [11, 12, 13]);
    let found = found(&report);
    for key in [
        "letterhead",
        "job_title",
        "dates",
        "hours",
        "salary",
        "signer",
    ] {
        assert!(found.contains(key), "{key} in {found:?}");
    }
}

/// NOC duties in another tense, with the list in another order or a word changed, are copies;
/// duties in the employer's own words are not.
#[test]
fn light_edits_of_the_noc_text_are_copies() {
    let report = check("copied-with-light-edits.txt", "63200");
    let copied: Vec<u64> = report["verbatim"]
        .as_array()
        .expect("verbatim")
        .iter()
        .filter_map(|copy| copy["line"].as_u64())
        .collect();
    assert_eq!(copied, [6, 7, 8]);
    assert!(
        report["verbatim"]
            .as_array()
            .is_some_and(|copies| copies.iter().all(|copy| copy["code"] == "63200"))
    );
}

/// Markdown headings open the duties or another section, and emphasis does not hide the job
/// title.
#[test]
fn markdown_headings_and_emphasis() {
    let report = check("letter-markdown.md", "22114");
    assert_eq!(duty_lines(&report), [12, 13, 14, 15]);
    let found = found(&report);
    for key in [
        "letterhead",
        "job_title",
        "dates",
        "hours",
        "salary",
        "signer",
    ] {
        assert!(found.contains(key), "{key} in {found:?}");
    }
}
