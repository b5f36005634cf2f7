//! Arbitrary bytes through the whole letter path: reading (text, or a Word or PDF letter's
//! text, within their limits), line endings, duty-line detection, the analysis against a
//! target, the experience count, and the JSON and Markdown reports.
#![no_main]

use std::path::Path;

use libfuzzer_sys::fuzz_target;
use nocfit::classify::Classifier;
use nocfit::letter::{
    Date, LetterLine, MAX_LETTER_BYTES, analyze, decode_file, experience, join_lines, report,
    split_text,
};
use nocfit::noc::Catalog;

/// Targets the first byte picks from: none, an occupation and one of a lower TEER.
const TARGETS: [Option<&str>; 3] = [None, Some("12200"), Some("14200")];

fuzz_target!(|data: &[u8]| {
    let Some((&choice, bytes)) = data.split_first() else {
        return;
    };
    let Ok(letter) = decode_file(Path::new("fuzz"), bytes.to_vec()) else {
        return;
    };
    let text = letter.text;
    assert!(text.len() as u64 <= MAX_LETTER_BYTES);
    if letter.source.is_imported() {
        // A document's text is one a text file could hold.
        assert!(!text.contains('\0') && !text.trim().is_empty());
    }
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
    let lines: Vec<&LetterLine> = analysis.lines.iter().map(|line| &line.line).collect();
    let as_of = Date::new(2024, 12, 1).unwrap_or(Date::EPOCH);
    let counted = experience::experience(&lines, as_of, target.map(|_| choice & 0x40 != 0));
    assert!(
        counted
            .positions
            .iter()
            .all(|p| p.qualifying_hours <= p.months.unwrap_or(0).saturating_mul(131))
    );
    assert!(serde_json::to_string(&counted).is_ok());
    let full = experience::report(&analysis, &counted, "fuzz.txt");
    assert!(
        !full
            .chars()
            .any(|c| c.is_control() && !matches!(c, '\n' | '\t' | '\r')),
        "a control character reached the experience report"
    );
});
