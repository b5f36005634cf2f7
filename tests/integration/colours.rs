//! The colour contract on letters written the way employers write them: work the target does
//! is green, an occupation unrelated to the target and the letter never turns a line red, the
//! verdict does not depend on the target, coverage follows the evidence and the role the
//! letter describes, and the advice names a duty related to the line.

use nocfit::classify::{Classifier, Colour};
use nocfit::letter::{LetterAnalysis, analyze};

fn fixture(name: &str) -> String {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/integration/fixtures")
        .join(name);
    std::fs::read_to_string(path).expect("a fixture letter")
}

fn check(text: &str, target: &str) -> LetterAnalysis {
    let classifier = Classifier::embedded();
    let target = classifier.catalog().unit(target).expect("a unit group");
    analyze(classifier, text, Some(target), false)
}

/// The duty lines' colours, by the start of their text.
fn colour_of(analysis: &LetterAnalysis, start: &str) -> Colour {
    let line = analysis
        .lines
        .iter()
        .find(|l| l.is_duty() && l.line.duty_text.starts_with(start))
        .unwrap_or_else(|| panic!("no duty line starts with {start:?}"));
    line.colour().expect("a coloured duty line")
}

fn green_share(analysis: &LetterAnalysis) -> f64 {
    let duties: Vec<_> = analysis.lines.iter().filter(|l| l.is_duty()).collect();
    let green = duties
        .iter()
        .filter(|l| l.colour() == Some(Colour::Green))
        .count();
    green as f64 / duties.len() as f64
}

/// The lines an earlier engine showed red in ordinary letters (actors, police, power
/// engineers, letter carriers, airline agents, utility workers): none of them is red now, at
/// least half of each letter is green and no lower-TEER occupation is said to compete.
#[test]
fn ordinary_letters_for_common_occupations_are_mostly_green() {
    for (file, target, lines) in [
        (
            "developer-21232.txt",
            "21232",
            &[
                "Maintaining our CI/CD pipelines",
                "Investigating production incidents",
                "Participating in Agile ceremonies",
            ][..],
        ),
        (
            "cook-63200.txt",
            "63200",
            &["Setting up his station", "Prepping vegetables"][..],
        ),
        (
            "assistant-13110.txt",
            "13110",
            &["Preparing letters, reports and PowerPoint"][..],
        ),
        ("driver-73300.txt", "73300", &["Secured loads"][..]),
    ] {
        let analysis = check(&fixture(file), target);
        for start in lines {
            assert_ne!(colour_of(&analysis, start), Colour::Red, "{file}: {start}");
        }
        let green = green_share(&analysis);
        assert!(
            green >= 0.5,
            "{file}: only {green:.2} of the duty lines are green"
        );
        assert!(
            analysis.summary.verdict.warning().is_none(),
            "{file}: {:?}",
            analysis.summary.verdict.warning()
        );
    }
}

#[test]
fn financial_statements_are_the_bookkeepers_work() {
    let letter = "Duties:\n\
        - Preparing monthly income statements and balance sheets\n\
        - Posting payables and receivables to the general ledger in QuickBooks\n\
        - Reconciling the bank and credit card accounts every month\n\
        - Filing the quarterly GST/HST returns with CRA\n";
    let analysis = check(letter, "12200");
    assert_eq!(
        colour_of(&analysis, "Preparing monthly income"),
        Colour::Green
    );
}

#[test]
fn the_verdict_is_the_same_whatever_the_target() {
    let letter = fixture("mixed-duties-1311-1431.txt");
    let verdicts: Vec<_> = ["12200", "14200", "13102"]
        .iter()
        .map(|target| (target, check(&letter, target).summary.verdict))
        .collect();
    let shares = |verdict: &nocfit::letter::Verdict| -> Vec<(String, f32)> {
        verdict
            .ranking
            .iter()
            .filter(|share| share.share > 0.0)
            .map(|share| (share.unit.code.clone(), share.share))
            .collect()
    };
    let first = shares(&verdicts[0].1);
    for (target, verdict) in &verdicts {
        assert_eq!(shares(verdict), first, "against {target}");
        // The shares add up to the counted lines, best first, and the target has its place.
        let total: f32 = verdict.ranking.iter().map(|share| share.share).sum();
        assert!((total - 1.0).abs() < 1e-4, "{total}");
        assert!(
            verdict
                .ranking
                .windows(2)
                .all(|pair| pair[0].share >= pair[1].share)
        );
        assert!(
            verdict
                .ranking
                .iter()
                .any(|share| share.unit.code == **target)
        );
        // A warning is about an occupation of a lower TEER than the target, never the target.
        if let Some(competitor) = &verdict.competitor {
            assert_ne!(competitor.unit.code, **target);
        }
    }
}

#[test]
fn a_red_line_covers_nothing_of_the_target() {
    let analysis = check(&fixture("mixed-duties-1311-1431.txt"), "12200");
    let coverage = analysis.summary.coverage.as_ref().expect("coverage");
    let red: Vec<usize> = analysis
        .lines
        .iter()
        .filter(|l| l.colour() == Some(Colour::Red))
        .map(|l| l.line.number)
        .collect();
    assert!(!red.is_empty(), "the mixed letter has clerk lines");
    for item in coverage.duties.iter().chain([&coverage.lead]) {
        assert!(item.lines.iter().all(|n| !red.contains(n)), "{item:?}");
    }
    assert!(coverage.covered_duties() >= 3, "{}", coverage.summary());
}

#[test]
fn coverage_counts_the_duties_of_the_role_the_letter_describes() {
    let analysis = check(&fixture("driver-73300.txt"), "73300");
    let coverage = analysis.summary.coverage.as_ref().expect("coverage");
    assert_eq!(coverage.role, Some("Long-haul transport truck drivers"));
    let unit = Classifier::embedded()
        .catalog()
        .unit("73300")
        .expect("73300");
    let long_haul = unit
        .duties()
        .filter(|(role, _)| *role == coverage.role)
        .count();
    assert_eq!(coverage.duties.len(), long_haul);
    assert!(coverage.duties.len() < unit.duty_count());
    assert!(coverage.summary().contains("long-haul"));
}

/// The duty an amber or red line is pointed to shares words with the line, and is not one the
/// line already restates.
#[test]
fn advice_names_a_related_duty_the_line_does_not_already_match() {
    let analysis = check(&fixture("mixed-duties-1311-1431.txt"), "12200");
    let target = analysis.target.expect("a target");
    let mut advised = 0;
    for line in analysis.lines.iter().filter(|l| l.is_duty() && !l.generic) {
        let Some(judgement) = &line.judgement else {
            continue;
        };
        let Some(advice) = &judgement.advice else {
            assert_eq!(judgement.colour, Colour::Green);
            continue;
        };
        assert_ne!(judgement.colour, Colour::Green);
        let Some((_, quoted)) = advice.split_once("such as “") else {
            continue;
        };
        advised += 1;
        let quoted = quoted.trim_end_matches('”').trim_end_matches('…');
        let duty = target
            .duties()
            .position(|(_, duty)| duty.starts_with(quoted))
            .expect("the advice quotes a main duty of the target");
        let similarity = line
            .target_duties
            .iter()
            .find(|&&(n, _)| n == duty)
            .map_or(0.0, |&(_, similarity)| similarity);
        assert!(
            similarity > 0.0 && similarity < 0.5,
            "line {}: {similarity} with the duty it is pointed to: {advice}",
            line.line.number
        );
    }
    assert!(advised > 0, "some advice names a duty");
}

/// A supervisor's letter names the workers supervised, in their words: "Supervising the 9
/// cashiers, servers and kitchen helpers" reads as the helpers' work line by line, and an
/// officer reads it as the supervisor's. That line is green, with that reason, it covers the
/// supervisor's duty of supervising, and the verdict is the supervisor's although the letter
/// also has two lines of hands-on work (shown red).
#[test]
fn supervising_workers_is_the_supervisors_work() {
    let analysis = check(&fixture("food-service-supervisor-62020.txt"), "62020");
    assert_eq!(colour_of(&analysis, "Supervising the 9"), Colour::Green);
    let supervising = analysis
        .lines
        .iter()
        .find(|l| l.line.duty_text.starts_with("Supervising the 9"))
        .and_then(|l| l.judgement.as_ref())
        .expect("a judged line");
    // The line alone reads as the helpers' work, so the reason says why it is green.
    assert!(
        supervising.reason.contains("directing the work of 65201"),
        "{}",
        supervising.reason
    );
    assert_eq!(colour_of(&analysis, "Washing dishes"), Colour::Red);
    let ranking = &analysis.summary.verdict.ranking;
    assert_eq!(ranking.first().map(|s| s.unit.code.as_str()), Some("62020"));
    // Green lines that direct people cover the target's duties of directing them.
    let coverage = analysis.summary.coverage.as_ref().expect("coverage");
    let lines_of = |start: &str| {
        let duty = coverage.duties.iter().find(|d| d.text.starts_with(start));
        duty.map(|d| d.lines.clone()).unwrap_or_default()
    };
    assert!(lines_of("Supervise, coordinate and schedule").contains(&12));
    assert!(lines_of("Train staff in job duties").contains(&14));
}
