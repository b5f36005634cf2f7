//! Arbitrary key and paste sequences against the editing model, through the real key map:
//! the cursor stays inside the text, unsaved changes are exactly a difference from the file,
//! what is saved saves again as the same bytes and opens again, and undo takes every change back (redo puts it back).
#![no_main]

use std::path::Path;

use arbitrary::Arbitrary;
use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use libfuzzer_sys::fuzz_target;
use nocfit::classify::Classifier;
use nocfit::letter::{LetterFileError, decode_letter, join_lines, split_text};
use nocfit::tui::keymap::action_for_event;
use nocfit::tui::{Action, Context, Edit, Editor, Focus};

#[derive(Debug, Arbitrary)]
enum Input {
    Char(char, bool, bool, bool),
    Special(u8, bool, bool, bool),
    Paste(String),
}

#[derive(Debug, Arbitrary)]
struct Session {
    file: String,
    inputs: Vec<Input>,
}

const SPECIAL: [KeyCode; 14] = [
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
    KeyCode::Insert,
];

fn modifiers(ctrl: bool, shift: bool, alt: bool) -> KeyModifiers {
    let mut modifiers = KeyModifiers::NONE;
    modifiers.set(KeyModifiers::CONTROL, ctrl);
    modifiers.set(KeyModifiers::SHIFT, shift);
    modifiers.set(KeyModifiers::ALT, alt);
    modifiers
}

fn event(input: Input) -> Event {
    match input {
        Input::Char(c, ctrl, shift, alt) => {
            Event::Key(KeyEvent::new(KeyCode::Char(c), modifiers(ctrl, shift, alt)))
        }
        Input::Special(code, ctrl, shift, alt) => Event::Key(KeyEvent::new(
            SPECIAL[usize::from(code) % SPECIAL.len()],
            modifiers(ctrl, shift, alt),
        )),
        Input::Paste(text) => Event::Paste(text),
    }
}

fn check_cursor(editor: &Editor) {
    let lines = editor.lines();
    let (line, column) = editor.cursor();
    assert!(!lines.is_empty());
    assert!(line < lines.len(), "cursor line {line} of {}", lines.len());
    assert!(
        column <= lines[line].chars().count(),
        "cursor column {column}"
    );
    assert!(lines.iter().all(|l| !l.contains('\n')));
}

fuzz_target!(|session: Session| {
    if session.file.contains('\0') || session.inputs.len() > 200 {
        return;
    }
    let mut editor = Editor::new();
    editor.load(None, &session.file);
    let initial = editor.lines().to_vec();
    let context = Context {
        focus: Focus::Letter,
        help: false,
        comparing: false,
        prompt: None,
    };
    let mut changes = 0;
    let mut stepped = false;
    for input in session.inputs {
        if let Some(Action::Edit(edit)) = action_for_event(context, &event(input)) {
            stepped |= matches!(edit, Edit::Undo | Edit::Redo);
            changes += usize::from(editor.apply(edit, 5).changed);
        }
        check_cursor(&editor);
        assert_eq!(editor.is_dirty(), editor.lines() != initial.as_slice());
    }
    // What is saved opens and saves again as the same bytes.
    let saved = editor.text();
    let (lines, format) = split_text(&saved);
    assert_eq!(join_lines(&lines, format), saved);
    let reopened = decode_letter(Path::new("letter.txt"), saved.into_bytes());
    assert!(!matches!(reopened, Err(LetterFileError::Binary { .. })));
    // Undo takes every change back; redo goes forward to the last change made (without undo or
    // redo among the keys, where the keys left the text), and undo takes that back again.
    let last = editor.lines().to_vec();
    for _ in 0..=changes {
        editor.apply(Edit::Undo, 5);
        check_cursor(&editor);
    }
    assert_eq!(editor.lines(), initial.as_slice());
    for _ in 0..=changes {
        editor.apply(Edit::Redo, 5);
        check_cursor(&editor);
    }
    if !stepped {
        assert_eq!(editor.lines(), last.as_slice());
    }
    for _ in 0..=changes {
        editor.apply(Edit::Undo, 5);
    }
    assert_eq!(editor.lines(), initial.as_slice());
    // The letter as left analyses without a panic.
    nocfit::letter::analyze(
        Classifier::embedded(),
        &editor.lines().join("\n"),
        None,
        false,
    );
});
