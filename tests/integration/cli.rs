//! The `nocfit` binary: output, formats and errors.

use assert_cmd::Command;
use predicates::prelude::*;

fn nocfit() -> Command {
    let mut command = Command::cargo_bin("nocfit").expect("the nocfit binary is built");
    command.env("NO_COLOR", "1");
    command
}

fn json(args: &[&str]) -> serde_json::Value {
    let output = nocfit().args(args).output().expect("nocfit runs");
    assert!(output.status.success(), "{args:?} failed");
    serde_json::from_slice(&output.stdout).expect("valid JSON")
}

#[test]
fn show_prints_a_readable_profile() {
    nocfit()
        .args(["show", "12200"])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "Accounting technicians and bookkeepers",
        ))
        .stdout(predicate::str::contains(
            "TEER 2 · Express Entry: skilled (TEER 0-3)",
        ))
        .stdout(predicate::str::contains("Main duties (6)"))
        .stdout(predicate::str::contains(
            "Accounting and related clerks → see 14200",
        ))
        .stdout(predicate::str::contains("\x1b[").not());
}

#[test]
fn show_says_when_work_is_not_skilled() {
    nocfit()
        .args(["show", "14200"])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "not eligible as skilled work (TEER 4-5)",
        ));
}

#[test]
fn show_json_carries_every_field() {
    let profile = json(&["show", "12200", "--format", "json"]);
    for field in [
        "code",
        "title",
        "teer",
        "hierarchy",
        "lead_statement",
        "main_duties",
        "employment_requirements",
        "additional_information",
        "example_titles",
        "inclusions",
        "exclusions",
        "noc2016",
    ] {
        assert!(profile.get(field).is_some(), "missing {field}");
    }
    assert_eq!(profile["kind"], "unit_group");
    assert_eq!(profile["express_entry_skilled"], true);
    assert_eq!(profile["exclusions"][0]["code"], "14200");
    assert_eq!(profile["hierarchy"]["minor_group"]["code"], "1220");
}

#[test]
fn show_resolves_a_noc_2016_code() {
    nocfit()
        .args(["show", "1311"])
        .assert()
        .success()
        .stdout(predicate::str::contains("NOC 2016 1311"))
        .stdout(predicate::str::contains("is now NOC 2021 12200"))
        .stdout(predicate::str::contains("code change, name change"))
        .stdout(predicate::str::contains("also the NOC 2021 minor group"))
        .stdout(predicate::str::contains("Main duties (6)"));
    let json = json(&["show", "1311", "--format", "json"]);
    assert_eq!(json["kind"], "noc2016");
    assert_eq!(json["unit_groups"][0]["code"], "12200");
}

#[test]
fn show_lists_every_successor_of_a_split_code() {
    let json = json(&["show", "0112", "--format", "json"]);
    let codes: Vec<&str> = json["unit_groups"]
        .as_array()
        .expect("an array")
        .iter()
        .map(|unit| unit["code"].as_str().expect("a code"))
        .collect();
    assert_eq!(codes, ["10011", "11200", "13110", "22232"]);
    nocfit()
        .args(["show", "112"])
        .assert()
        .success()
        .stdout(predicate::str::contains("also NOC 2016 0112"));
}

#[test]
fn show_lists_the_children_of_a_group() {
    nocfit()
        .args(["show", "1220"])
        .assert()
        .success()
        .stdout(predicate::str::contains("Unit groups (4)"))
        .stdout(predicate::str::contains("12200 Accounting technicians"));
    let json = json(&["show", "12", "--format", "json"]);
    assert_eq!(json["kind"], "group");
    assert_eq!(json["level"], "major_group");
    assert!(json["children"].as_array().is_some_and(|c| !c.is_empty()));
}

#[test]
fn search_prints_ranked_hits() {
    nocfit()
        .args(["search", "bookkeeper"])
        .assert()
        .success()
        .stdout(predicate::str::starts_with(
            "  1. 12200  Accounting technicians and bookkeepers  TEER 2\n       example: [bookkeeper]",
        ));
}

#[test]
fn search_json_has_the_contract_fields() {
    let hits = json(&["search", "accounts", "payable", "clerk", "--format", "json"]);
    let hits = hits.as_array().expect("an array");
    let first = &hits[0];
    for field in ["code", "title", "teer", "matched", "score"] {
        assert!(first.get(field).is_some(), "missing {field}");
    }
    assert!(hits.iter().take(3).any(|hit| hit["code"] == "14200"));
    let hits = json(&["search", "1311", "--format", "json", "--limit", "2"]);
    assert_eq!(hits[0]["code"], "12200");
    assert_eq!(hits.as_array().map(Vec::len), Some(2));
}

#[test]
fn bad_input_gets_one_line_and_exit_2() {
    for args in [
        &["show", "99999"][..],
        &["show", "abc"],
        &["search", "  "],
        &["search"],
        &["show", "12200", "--format", "xml"],
        &["frobnicate", "x"],
    ] {
        let output = nocfit().args(args).output().expect("nocfit runs");
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(!stderr.contains("panicked"), "{args:?}: {stderr}");
        assert!(!stderr.trim().is_empty(), "{args:?} says nothing");
    }
    nocfit()
        .args(["show", "99999"])
        .assert()
        .stderr("nocfit: unknown NOC code 99999: it is neither a NOC 2021 group nor a NOC 2016 unit group\n");
}

#[test]
fn help_and_version_work() {
    nocfit()
        .arg("--help")
        .assert()
        .success()
        .stdout(predicate::str::contains("show"))
        .stdout(predicate::str::contains("search"));
    nocfit()
        .arg("--version")
        .assert()
        .success()
        .stdout(predicate::str::starts_with("nocfit "));
}
