//! Experience that counts, through the `nocfit` binary: positions, hours a week and qualifying
//! hours under IRCC's rules in the text, JSON and Markdown outputs, what to add when the letter
//! leaves something out, and the Federal Skilled Trades standing of profiles.

use std::path::Path;

use super::cli::nocfit;
use super::documents::write;
use super::editor::{fixture, folder};

fn run(args: &[&str], letter: Option<&Path>) -> (String, String, Option<i32>) {
    let mut command = nocfit();
    command.args(args);
    if let Some(letter) = letter {
        command.arg(letter);
    }
    match command.output() {
        Ok(output) => (
            String::from_utf8_lossy(&output.stdout).into_owned(),
            String::from_utf8_lossy(&output.stderr).into_owned(),
            output.status.code(),
        ),
        Err(error) => panic!("nocfit runs: {error}"),
    }
}

/// The `experience` object of `check --format json` for a letter's text.
fn experience(text: &str, as_of: &str, noc: &str) -> serde_json::Value {
    let dir = folder();
    let path = write(dir.path(), "letter.txt", text.as_bytes());
    let (stdout, stderr, status) = run(
        &["check", "--format", "json", "--as-of", as_of, "--noc", noc],
        Some(&path),
    );
    assert_eq!(status, Some(0), "{stderr}");
    let json: serde_json::Value = serde_json::from_str(&stdout).unwrap_or_default();
    json["experience"].clone()
}

fn notes(experience: &serde_json::Value) -> String {
    experience["notes"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|note| note.as_str())
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn a_full_time_letter_counts_thirty_hours_a_week() {
    let dir = folder();
    let path = write(
        dir.path(),
        "letter.txt",
        fixture("bookkeeper-12200.txt").as_bytes(),
    );
    let (stdout, _, status) = run(
        &["check", "--noc", "12200", "--as-of", "2024-12-01"],
        Some(&path),
    );
    assert_eq!(status, Some(0));
    assert!(stdout.contains(
        "June 2020 to present (4 years 6 months at 40 h/week): 7,020 qualifying hours, 4.5 years full-time equivalent; meets the one-year minimum for FSW and CEC; not FST: the target occupation is not a skilled trade under FST."
    ), "{stdout}");
    assert!(
        stdout.contains("Rule: 30 hours a week is full time; hours above 30 a week do not count")
    );
    let counted = experience(&fixture("bookkeeper-12200.txt"), "2024-12-01", "12200");
    assert_eq!(
        counted["positions"],
        serde_json::json!([{
            "line": 11, "start": "2020-06-01", "end": "2024-12-01", "current": true,
            "hours_per_week": 40.0, "months": 54, "qualifying_hours": 7020,
            "written": "June 1, 2020 to the present"
        }])
    );
    assert_eq!(counted["qualifying_hours"], 7020);
    assert_eq!(counted["full_time_years"], 4.5);
    assert_eq!(counted["notes"], serde_json::json!([]));
}

#[test]
fn part_time_positions_add_up_to_the_1560_hour_year() {
    let text = fixture("part-time-cook-63200.txt");
    let counted = experience(&text, "2026-12-01", "63200");
    let positions = counted["positions"].as_array().cloned().unwrap_or_default();
    assert_eq!(positions.len(), 2, "{counted}");
    assert_eq!(positions[0]["months"], 23);
    assert_eq!(positions[0]["hours_per_week"], 20.0);
    assert_eq!(positions[0]["qualifying_hours"], 1993);
    assert_eq!(positions[1]["current"], true);
    assert_eq!(positions[1]["hours_per_week"], 25.0);
    assert_eq!(counted["qualifying_hours"], 6218);
    let programs: Vec<(String, bool)> = counted["programs"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|p| {
            (
                p["key"].as_str().unwrap_or("").to_owned(),
                p["meets"] == true,
            )
        })
        .collect();
    assert_eq!(
        programs,
        [
            ("FSW".into(), true),
            ("CEC".into(), true),
            ("FST".into(), true)
        ]
    );
    // As of June 2023 the second job had not started and the first made 20 months at 20
    // h/week: one year for FSW and CEC, not the two years FST needs.
    let earlier = experience(&text, "2023-06-01", "63200");
    assert_eq!(earlier["qualifying_hours"], 1733, "{earlier}");
    let meets: Vec<&serde_json::Value> = earlier["programs"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|p| &p["meets"])
        .collect();
    assert_eq!(meets, [true, true, false]);
    assert!(
        notes(&earlier).contains("starts after 2023-06-01: not counted"),
        "{earlier}"
    );
}

#[test]
fn what_is_missing_or_unclear_says_what_to_add() {
    let head = "ACME LTD.\n12 King Street West, Toronto, ON M5H 1A1\n\nTo Whom It May Concern:\n\n";
    let cases = [
        (
            "Ms. Lee has worked as a full-time Bookkeeper from June 1, 2020 to the present.",
            "counted as 30 h/week, the least IRCC counts as full time; state the hours per week",
        ),
        (
            "Mr. Roe has worked as a Cook from March 2019 to May 2021, 75 hours bi-weekly.",
            "can mean every two weeks or twice a week: state the hours per week",
        ),
        (
            "She works as a Cook, 8 hours a day, from May 1, 2022 to the present.",
            "gives hours a day but not the days a week: state the hours per week",
        ),
        (
            "He worked with us as a Cook from June 1 to August 30, 2021, 40 hours per week.",
            "“June 1”: add the year",
        ),
        (
            "She worked with us as a part-time Cook from March 2019 to May 2021.",
            "the letter says part-time but not the hours: state the hours per week",
        ),
        (
            "He has been our Cook.",
            "no period of employment found: give the start date and the end date",
        ),
    ];
    for (sentence, expected) in cases {
        let counted = experience(&format!("{head}{sentence}\n"), "2024-12-01", "63200");
        assert!(notes(&counted).contains(expected), "{sentence}\n{counted}");
    }
}

#[test]
fn the_markdown_report_has_the_experience() {
    let dir = folder();
    let path = write(
        dir.path(),
        "letter.txt",
        fixture("part-time-cook-63200.txt").as_bytes(),
    );
    let (stdout, _, status) = run(
        &[
            "check",
            "--noc",
            "63200",
            "--as-of",
            "2026-12-01",
            "--format",
            "markdown",
        ],
        Some(&path),
    );
    assert_eq!(status, Some(0));
    assert!(stdout.contains("## Experience\n\nSeptember 2021 to August 2023 (1 year 11 months at 20 h/week); September 2023 to present (3 years 3 months at 25 h/week): 6,218 qualifying hours"), "{stdout}");
    assert!(stdout.contains("| 9 | September 15, 2021 to August 31, 2023 | 2021-09-15 | 2023-08-31 | 23 | 20 | 1,993 |"), "{stdout}");
    assert!(stdout.contains("- ✓ FST (Federal Skilled Trades): 6,045 hours count, 3,120 needed"));
}

#[test]
fn a_bad_as_of_date_is_one_line() {
    let (_, stderr, status) = run(&["check", "-", "--as-of", "2024-13-01"], None);
    assert_eq!(status, Some(2));
    assert!(
        stderr.contains("'2024-13-01' is not a date; write it as YYYY-MM-DD, such as 2026-12-01"),
        "{stderr}"
    );
}

#[test]
fn profiles_say_whether_the_occupation_is_a_skilled_trade() {
    let trades = [
        "72310", "72410", "73300", "82010", "83110", "92100", "93100", "63200", "63201", "62200",
    ];
    let others = [
        "72600", "72601", "93200", "12200", "62020", "63210", "21300",
    ];
    for (codes, expected) in [(&trades[..], true), (&others[..], false)] {
        for code in codes {
            let (stdout, _, status) = run(&["show", code, "--format", "json"], None);
            assert_eq!(status, Some(0));
            let json: serde_json::Value = serde_json::from_str(&stdout).unwrap_or_default();
            assert_eq!(json["federal_skilled_trades"], expected, "{code}");
            assert_eq!(json["express_entry_skilled"], true, "{code}");
        }
    }
    let (stdout, _, _) = run(&["show", "72310"], None);
    assert!(stdout.contains(
        "TEER 2 · Express Entry: skilled (TEER 0-3)\nFederal Skilled Trades: eligible\n"
    ));
}
