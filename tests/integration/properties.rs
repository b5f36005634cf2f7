//! The fuzzers' invariants as a short property test on stable Rust (the fuzzers themselves,
//! in `fuzz/`, run on nightly and not in CI): arbitrary key and paste sequences keep the
//! editor's cursor inside the text and its undo history whole, and arbitrary letters go
//! through reading, line endings and the report without a control character reaching it.

use std::path::Path;

use nocfit::classify::Classifier;
use nocfit::letter::{LetterFileError, analyze, decode_letter, join_lines, report, split_text};
use nocfit::tui::keymap::action_for_event;
use nocfit::tui::{Action, Context, Edit, Editor, Focus};
use proptest::prelude::*;
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};

const SPECIAL: [KeyCode; 13] = [
    KeyCode::Enter,
    KeyCode::Backspace,
    KeyCode::Delete,
    KeyCode::Left,
    KeyCode::Right,
    KeyCode::Up,
    KeyCode::Down,
    KeyCode::Home,
    KeyCode::End,
    KeyCode::PageUp,
    KeyCode::PageDown,
    KeyCode::Tab,
    KeyCode::Esc,
];

/// Text with the characters that make editors stumble: line breaks of both kinds, wide and
/// combining characters, escapes.
fn text() -> impl Strategy<Value = String> {
    proptest::collection::vec(
        prop_oneof![
            Just('a'),
            Just(' '),
            Just('\n'),
            Just('\r'),
            Just('\t'),
            Just('é'),
            Just('漢'),
            Just('\u{301}'),
            Just('\u{1b}'),
            Just('\0'),
            Just('-'),
        ],
        0..40,
    )
    .prop_map(|chars| chars.into_iter().collect())
}

fn event() -> impl Strategy<Value = Event> {
    let modifiers = (any::<bool>(), any::<bool>(), any::<bool>()).prop_map(|(c, s, a)| {
        let mut modifiers = KeyModifiers::NONE;
        modifiers.set(KeyModifiers::CONTROL, c);
        modifiers.set(KeyModifiers::SHIFT, s);
        modifiers.set(KeyModifiers::ALT, a);
        modifiers
    });
    let character = prop_oneof![
        Just('x'),
        Just('z'),
        Just('y'),
        Just('a'),
        Just('v'),
        Just('w'),
        Just(' '),
        Just('漢'),
        Just('\0'),
    ];
    prop_oneof![
        4 => (character, modifiers.clone())
            .prop_map(|(c, m)| Event::Key(KeyEvent::new(KeyCode::Char(c), m))),
        4 => (0..SPECIAL.len(), modifiers)
            .prop_map(|(i, m)| Event::Key(KeyEvent::new(SPECIAL[i], m))),
        1 => text().prop_map(Event::Paste),
    ]
}

fn check_cursor(editor: &Editor) {
    let lines = editor.lines();
    let (line, column) = editor.cursor();
    assert!(line < lines.len(), "cursor line {line} of {}", lines.len());
    assert!(
        column <= lines[line].chars().count(),
        "cursor column {column}"
    );
}

/// Found by the `editor` fuzzer: an empty paste over a selection deleted the selection but
/// reported no change, so undo could no longer take the letter back to the file.
#[test]
fn an_empty_paste_over_a_selection_changes_nothing() {
    let mut editor = Editor::new();
    editor.load(None, "`");
    editor.apply(Edit::SelectAll, 5);
    for edit in [Edit::Paste(String::new()), Edit::PasteCopied] {
        let outcome = editor.apply(edit, 5);
        assert!(!outcome.changed);
        assert_eq!(editor.lines(), ["`"]);
    }
}

proptest! {
    // A fixed seed: CI runs the same cases every time (the fuzzers explore).
    #![proptest_config(ProptestConfig {
        cases: 64,
        rng_seed: proptest::test_runner::RngSeed::Fixed(10),
        ..ProptestConfig::default()
    })]

    #[test]
    fn keys_and_pastes_keep_the_editor_consistent(
        file in text(),
        events in proptest::collection::vec(event(), 0..60),
    ) {
        let mut editor = Editor::new();
        // A file never holds a NUL (nocfit refuses to open one); keys and pastes may.
        editor.load(None, &file.replace('\0', ""));
        let initial = editor.lines().to_vec();
        let context = Context { focus: Focus::Letter, help: false, comparing: false, prompt: None };
        let mut changes = 0;
        let mut stepped = false;
        for event in &events {
            if let Some(Action::Edit(edit)) = action_for_event(context, event) {
                stepped |= matches!(edit, Edit::Undo | Edit::Redo);
                changes += usize::from(editor.apply(edit, 5).changed);
            }
            check_cursor(&editor);
            prop_assert_eq!(editor.is_dirty(), editor.lines() != initial.as_slice());
        }
        // What is saved opens and saves again as the same bytes.
        let saved = editor.text();
        let (lines, format) = split_text(&saved);
        prop_assert_eq!(join_lines(&lines, format), saved.clone());
        let reopened = decode_letter(Path::new("letter.txt"), saved.into_bytes());
        let binary = matches!(reopened, Err(LetterFileError::Binary { .. }));
        prop_assert!(!binary, "what the editor saves reads as binary");
        let last = editor.lines().to_vec();
        for _ in 0..=changes {
            editor.apply(Edit::Undo, 5);
            check_cursor(&editor);
        }
        prop_assert_eq!(editor.lines(), initial.as_slice());
        // Redo goes forward to the last change made; without undo or redo among the keys,
        // that is where the keys left the text.
        for _ in 0..=changes {
            editor.apply(Edit::Redo, 5);
        }
        if !stepped {
            prop_assert_eq!(editor.lines(), last.as_slice());
        }
        for _ in 0..=changes {
            editor.apply(Edit::Undo, 5);
        }
        prop_assert_eq!(editor.lines(), initial.as_slice());
    }

    #[test]
    fn any_letter_reads_round_trips_and_reports_without_control_characters(
        bytes in proptest::collection::vec(any::<u8>(), 0..200),
        letter in text(),
    ) {
        // Random bytes are mostly refused; a text of awkward characters mostly is not.
        for candidate in [bytes, letter.into_bytes()] {
            let Ok(text) = decode_letter(Path::new("letter.txt"), candidate) else {
                continue;
            };
            let (lines, format) = split_text(&text);
            prop_assert_eq!(join_lines(&lines, format), text.clone());
            let analysis = analyze(Classifier::embedded(), &text, None, true);
            let markdown = report::markdown(&analysis, "letter.txt");
            prop_assert!(!markdown.chars().any(|c| c.is_control() && !matches!(c, '\n' | '\t' | '\r')));
        }
    }
}
