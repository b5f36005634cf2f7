//! The `nocfit` binary: output, formats and errors.

use assert_cmd::Command;
use predicates::prelude::*;

/// The `nocfit` binary with plain (uncoloured) output.
pub(super) fn nocfit() -> Command {
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

fn fixture_path(name: &str) -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/integration/fixtures")
        .join(name)
}

#[test]
fn classify_prints_one_json_object_per_non_empty_line() {
    let output = nocfit()
        .args(["classify", "--format", "json", "--top", "3", "-"])
        .write_stdin("Reconciled the bank accounts every month.\n\nRan the weekly payroll for 80 employees.\n")
        .output()
        .expect("nocfit runs");
    assert!(output.status.success());
    let lines: Vec<serde_json::Value> = String::from_utf8_lossy(&output.stdout)
        .lines()
        .map(|line| serde_json::from_str(line).expect("a JSON object per line"))
        .collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[1]["line"], 3);
    let top = lines[1]["top"].as_array().expect("top is an array");
    assert_eq!(top.len(), 3);
    assert_eq!(
        top[0]["code"], "13102",
        "payroll reads as payroll administrators"
    );
    for field in ["code", "title", "score", "teer", "evidence"] {
        assert!(top[0].get(field).is_some(), "missing {field}");
    }
    let scores: Vec<f64> = top.iter().filter_map(|t| t["score"].as_f64()).collect();
    assert!(scores.windows(2).all(|w| w[0] >= w[1]), "best first");
}

#[test]
fn check_json_follows_the_contract() {
    let path = fixture_path("mixed-duties-1311-1431.txt");
    let report = json(&[
        "check",
        "--format",
        "json",
        "--noc",
        "1311",
        path.to_str().expect("utf-8 path"),
    ]);
    let lines = report["lines"].as_array().expect("lines");
    assert_eq!(lines.len(), 18, "every input line, in order");
    assert_eq!(
        report["target"]["code"], "12200",
        "a NOC 2016 target resolves"
    );
    let line = |n: usize| &lines[n - 1];
    assert_eq!(line(1)["kind"], "other");
    assert!(line(1)["color"].is_null());
    assert_eq!(line(6)["kind"], "duty");
    assert_eq!(line(6)["color"], "green");
    for n in [10, 12] {
        assert!(
            line(n)["color"] == "red" || line(n)["color"] == "amber",
            "line {n} is {}",
            line(n)["color"]
        );
    }
    assert_eq!(line(12)["rival"]["code"], "14200");
    assert_eq!(line(14)["weakness"], "generic");
    let ranking = report["verdict"]["ranking"].as_array().expect("ranking");
    assert!(ranking.iter().take(2).any(|r| r["code"] == "14200"));
    assert!(
        report["verdict"]["warning"]
            .as_str()
            .is_some_and(|w| w.contains("14200"))
    );
    assert_eq!(report["coverage"]["total"], 6);
    assert!(
        report["checklist"]
            .as_array()
            .is_some_and(|c| c.len() == 11)
    );
}

#[test]
fn check_without_a_target_has_no_colours_but_a_verdict() {
    let path = fixture_path("payroll-heavy-duties.txt");
    let report = json(&[
        "check",
        "--format",
        "json",
        path.to_str().expect("utf-8 path"),
    ]);
    assert!(report["coverage"].is_null());
    let lines = report["lines"].as_array().expect("lines");
    assert!(lines.iter().all(|l| l["color"].is_null()));
    assert!(lines.iter().filter(|l| l["kind"] == "duty").count() >= 8);
    // Every counted line reads as one occupation: the shares add up to the whole letter.
    let ranking = report["verdict"]["ranking"].as_array().expect("a ranking");
    let shares: Vec<f64> = ranking.iter().filter_map(|s| s["share"].as_f64()).collect();
    assert!(
        (shares.iter().sum::<f64>() - 1.0).abs() < 0.01,
        "{shares:?}"
    );
    assert!(
        shares.windows(2).all(|pair| pair[0] >= pair[1]),
        "{shares:?}"
    );
}

#[test]
fn check_all_duties_makes_every_non_empty_line_a_duty() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let path = dir.path().join("duties.txt");
    std::fs::write(
        &path,
        "Other duties as required.\n\nFiled, scanned and archived records.\n",
    )
    .expect("written");
    let report = json(&[
        "check",
        "--format",
        "json",
        "--all-duties",
        "--noc",
        "12200",
        path.to_str().expect("utf-8"),
    ]);
    let kinds: Vec<&str> = report["lines"]
        .as_array()
        .expect("lines")
        .iter()
        .map(|l| l["kind"].as_str().unwrap_or_default())
        .collect();
    assert_eq!(kinds, ["duty", "other", "duty"]);
    assert_eq!(
        report["lines"][0]["color"], "amber",
        "generic lines are never green"
    );
}

#[test]
fn check_flags_copied_noc_text() {
    let path = fixture_path("copied-from-noc.txt");
    let report = json(&[
        "check",
        "--format",
        "json",
        "--noc",
        "12200",
        path.to_str().expect("utf-8"),
    ]);
    let copied = report["verbatim"].as_array().expect("verbatim");
    assert!(copied.len() >= 5, "{} copied lines", copied.len());
    assert!(copied.iter().all(|v| v["code"] == "12200"));
}

#[test]
fn check_writes_text_and_markdown_reports() {
    let path = fixture_path("bookkeeper-12200.txt");
    let path = path.to_str().expect("utf-8");
    nocfit()
        .args(["check", "--noc", "12200", path])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "Target: 12200 Accounting technicians and bookkeepers · TEER 2",
        ))
        .stdout(predicate::str::contains("Coverage:"))
        .stdout(predicate::str::contains("Checklist"))
        .stdout(predicate::str::contains("\x1b[").not());
    nocfit()
        .args(["check", "--noc", "12200", "--format", "markdown", path])
        .assert()
        .success()
        .stdout(predicate::str::starts_with(
            "# Reference letter check: bookkeeper-12200.txt",
        ))
        .stdout(predicate::str::contains("## Coverage:"))
        .stdout(predicate::str::contains(
            "- [x] Company telephone number (line 3)",
        ));
}

#[test]
fn bad_letters_and_targets_get_one_line_and_exit_2() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let binary = dir.path().join("letter.png");
    std::fs::write(&binary, b"\x89PNG\r\n\x1a\n\x00\x00binary").expect("written");
    let latin1 = dir.path().join("latin1.txt");
    std::fs::write(&latin1, b"caf\xe9 duties\n").expect("written");
    let empty = dir.path().join("empty.txt");
    std::fs::write(&empty, b"").expect("written");
    let letter = fixture_path("bookkeeper-12200.txt");
    let cases: Vec<(Vec<&str>, &str)> = vec![
        (
            vec!["check", binary.to_str().expect("utf-8")],
            "not a text file (found binary data)",
        ),
        (
            vec!["check", latin1.to_str().expect("utf-8")],
            "not UTF-8 text",
        ),
        (
            vec!["check", empty.to_str().expect("utf-8")],
            "the file is empty",
        ),
        (vec!["check", "/no/such/letter.txt"], "No such file"),
        (
            vec!["check", letter.to_str().expect("utf-8"), "--noc", "99999"],
            "unknown NOC code 99999",
        ),
        (
            vec!["check", letter.to_str().expect("utf-8"), "--noc", "0112"],
            "was split",
        ),
        (
            vec!["classify", empty.to_str().expect("utf-8")],
            "the file is empty",
        ),
    ];
    for (args, message) in cases {
        let output = nocfit().args(&args).output().expect("nocfit runs");
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(stderr.contains(message), "{args:?}: {stderr}");
        assert_eq!(stderr.lines().count(), 1, "{args:?}: {stderr}");
    }
}

/// A line that names a job by one of its example titles reads as that job, and the evidence
/// says it is a title; advice still quotes work the target does, never a title.
#[test]
fn an_example_title_is_evidence_and_named_as_such() {
    nocfit()
        .args(["classify", "--top", "1", "-"])
        .write_stdin("Worked as a payroll timekeeper\n")
        .assert()
        .success()
        .stdout(predicate::str::contains("13102"))
        .stdout(predicate::str::contains(
            "the example title “timekeeper - payroll”",
        ));

    let dir = tempfile::tempdir().expect("temporary folder");
    let letter = dir.path().join("letter.txt");
    std::fs::write(&letter, "Duties:\n- Worked as a payroll timekeeper\n").expect("letter written");
    let report = json(&[
        "check",
        "--format",
        "json",
        "--noc",
        "12200",
        &letter.to_string_lossy(),
    ]);
    let line = &report["lines"][1];
    assert_eq!(line["color"], "red", "{line}");
    assert_eq!(
        line["top"][0]["evidence"]["kind"], "example_title",
        "{line}"
    );
    let advice = line["advice"].as_str().unwrap_or_default();
    assert!(!advice.contains("title"), "{advice}");
    assert!(advice.contains("such as “"), "{advice}");
}
