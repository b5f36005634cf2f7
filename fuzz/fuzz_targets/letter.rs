//! Arbitrary bytes through the whole letter path: reading (decode), line endings, duty-line
//! detection, the analysis against a target, and the JSON and Markdown reports.
#![no_main]

use std::path::Path;

use libfuzzer_sys::fuzz_target;
use nocfit::classify::Classifier;
use nocfit::letter::{analyze, decode_letter, join_lines, report, split_text};
use nocfit::noc::Catalog;

/// Targets the first byte picks from: none, an occupation and one of a lower TEER.
const TARGETS: [Option<&str>; 3] = [None, Some("12200"), Some("14200")];

fuzz_target!(|data: &[u8]| {
    let Some((&choice, bytes)) = data.split_first() else {
        return;
    };
    let Ok(text) = decode_letter(Path::new("fuzz.txt"), bytes.to_vec()) else {
        return;
    };
    // What the editor splits, it joins back to the same bytes.
    let (lines, format) = split_text(&text);
    assert_eq!(join_lines(&lines, format), text);
    let target = TARGETS[usize::from(choice) % TARGETS.len()]
        .and_then(|code| Catalog::embedded().target(code).ok());
    let all_duties = choice & 0x80 != 0;
    let analysis = analyze(Classifier::embedded(), &text, target, all_duties);
    let count = text.lines().count();
    let mut previous = 0;
    for line in &analysis.lines {
        assert!(line.line.number > previous && line.line.number <= count);
        previous = line.line.number;
    }
    let markdown = report::markdown(&analysis, "fuzz.txt");
    assert!(
        !markdown
            .chars()
            .any(|c| c.is_control() && !matches!(c, '\n' | '\t' | '\r')),
        "a control character reached the Markdown report"
    );
    assert!(serde_json::to_string(&report::json(&analysis)).is_ok());
});
