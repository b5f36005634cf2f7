//! Keys and other terminal events to actions: pure functions of where focus is and the event.
//!
//! The help overlay and the footer are drawn from [`HELP`] and [`hints`], kept here so the
//! documentation of a binding sits next to the binding.

use ratatui::crossterm::event::{
    Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers, MouseEvent, MouseEventKind,
};

use crate::tui::action::{Action, Edit, Movement};
use crate::tui::focus::Focus;
use crate::tui::keymap_letter::{letter_key, prompt_key, text_field_key};
use crate::tui::letter::prompt::PromptMode;

/// What decides the meaning of a key besides the key itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Context {
    pub focus: Focus,
    /// The help overlay is open.
    pub help: bool,
    /// The compare view fills the screen.
    pub comparing: bool,
    /// A prompt in the footer takes every key.
    pub prompt: Option<PromptMode>,
}

/// The action for any terminal event, if it means one.
pub fn action_for_event(context: Context, event: &Event) -> Option<Action> {
    match event {
        Event::Key(key) => action_for_key(context, *key),
        Event::Mouse(mouse) => action_for_mouse(*mouse),
        Event::Paste(_) if context.help || context.comparing => None,
        Event::Paste(text) if context.prompt == Some(PromptMode::Text) => {
            Some(Action::Paste(text.clone()))
        }
        Event::Paste(_) if context.prompt.is_some() => None,
        Event::Paste(text) => match context.focus {
            Focus::Search => Some(Action::Paste(text.clone())),
            Focus::Letter => Some(Action::Edit(Edit::Paste(text.clone()))),
            Focus::List | Focus::Profile => None,
        },
        Event::Resize(width, height) => Some(Action::Resize {
            width: *width,
            height: *height,
        }),
        Event::FocusGained | Event::FocusLost => None,
    }
}

fn action_for_mouse(mouse: MouseEvent) -> Option<Action> {
    let (column, row) = (mouse.column, mouse.row);
    match mouse.kind {
        MouseEventKind::Down(_) => Some(Action::Click { column, row }),
        MouseEventKind::ScrollDown => Some(Action::Scroll {
            column,
            row,
            lines: 3,
        }),
        MouseEventKind::ScrollUp => Some(Action::Scroll {
            column,
            row,
            lines: -3,
        }),
        _ => None,
    }
}

/// The action for a key press in a context. Releases and repeats-as-release are ignored.
pub fn action_for_key(context: Context, key: KeyEvent) -> Option<Action> {
    if key.kind != KeyEventKind::Press {
        return None;
    }
    if let Some(mode) = context.prompt {
        return prompt_key(mode, key);
    }
    let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
    let alt = key.modifiers.contains(KeyModifiers::ALT);
    let editing = context.focus == Focus::Letter && !context.help && !context.comparing;
    match key.code {
        KeyCode::Char('c') if ctrl && editing => return letter_key(key),
        KeyCode::Char('q' | 'c') if ctrl => return Some(Action::Quit),
        KeyCode::F(1) => return Some(Action::ToggleHelp),
        _ => {}
    }
    if context.help {
        return match key.code {
            KeyCode::Esc | KeyCode::Char('?' | 'q') | KeyCode::Enter => Some(Action::ToggleHelp),
            KeyCode::Up | KeyCode::Char('k') => Some(Action::ScrollHelp(Movement::Up)),
            KeyCode::Down | KeyCode::Char('j') => Some(Action::ScrollHelp(Movement::Down)),
            KeyCode::PageUp => Some(Action::ScrollHelp(Movement::PageUp)),
            KeyCode::PageDown | KeyCode::Char(' ') => Some(Action::ScrollHelp(Movement::PageDown)),
            KeyCode::Home => Some(Action::ScrollHelp(Movement::Top)),
            KeyCode::End => Some(Action::ScrollHelp(Movement::Bottom)),
            _ => None,
        };
    }
    if editing {
        return letter_key(key);
    }
    let text_field = context.focus.is_text_field() && !context.comparing;
    let pages_on_space = context.focus == Focus::Profile || context.comparing;
    if let Some(movement) = movement(key, text_field, pages_on_space) {
        return Some(Action::Move(movement));
    }
    match key.code {
        KeyCode::Left if alt => return Some(Action::Back),
        KeyCode::Right if alt => return Some(Action::Forward),
        _ => {}
    }
    if context.comparing {
        return match key.code {
            KeyCode::Esc | KeyCode::Char('c') | KeyCode::Backspace => Some(Action::Cancel),
            KeyCode::Char('?') => Some(Action::ToggleHelp),
            KeyCode::Char('q') => Some(Action::Quit),
            _ => None,
        };
    }
    match key.code {
        KeyCode::Tab => return Some(Action::FocusNext),
        KeyCode::BackTab => return Some(Action::FocusPrevious),
        KeyCode::Esc => return Some(Action::Cancel),
        KeyCode::Enter => return Some(Action::Activate),
        _ => {}
    }
    if context.focus.is_text_field() {
        return search_key(key, ctrl, alt);
    }
    let action = match key.code {
        KeyCode::Char('q') => Action::Quit,
        KeyCode::Char('?') => Action::ToggleHelp,
        KeyCode::Char('/') => Action::FocusSearch,
        KeyCode::Char('[') => Action::Back,
        KeyCode::Char(']') => Action::Forward,
        KeyCode::Char('h') => Action::ToggleTree,
        KeyCode::Char('c') => Action::Compare,
        KeyCode::Char('t') => Action::SetTarget,
        KeyCode::Char('y') => Action::CopyCode,
        KeyCode::Char('n') if context.focus == Focus::Profile => Action::NextLink,
        KeyCode::Char('N' | 'p') if context.focus == Focus::Profile => Action::PreviousLink,
        KeyCode::Right | KeyCode::Char('l') if context.focus == Focus::List => Action::Expand,
        KeyCode::Left if context.focus == Focus::List => Action::Collapse,
        KeyCode::Char(' ') if context.focus == Focus::List => Action::Expand,
        _ => return None,
    };
    Some(action)
}

/// Keys that move a selection or scroll, the same in every pane that has something to move.
fn movement(key: KeyEvent, text: bool, pages_on_space: bool) -> Option<Movement> {
    let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
    let movement = match key.code {
        KeyCode::Up => Movement::Up,
        KeyCode::Down => Movement::Down,
        KeyCode::Char('p') if ctrl => Movement::Up,
        KeyCode::Char('n') if ctrl => Movement::Down,
        KeyCode::PageUp => Movement::PageUp,
        KeyCode::PageDown => Movement::PageDown,
        KeyCode::Char('k') if !text && !ctrl => Movement::Up,
        KeyCode::Char('j') if !text && !ctrl => Movement::Down,
        KeyCode::Char('g') | KeyCode::Home if !text && !ctrl => Movement::Top,
        KeyCode::Char('G') | KeyCode::End if !text && !ctrl => Movement::Bottom,
        KeyCode::Char(' ') if pages_on_space => Movement::PageDown,
        _ => return None,
    };
    Some(movement)
}

fn search_key(key: KeyEvent, ctrl: bool, alt: bool) -> Option<Action> {
    let action = match key.code {
        KeyCode::Char('a') if ctrl => Action::CursorStart,
        KeyCode::Char('e') if ctrl => Action::CursorEnd,
        KeyCode::Char('h') if ctrl => Action::DeleteBackward,
        KeyCode::Char(c) if !ctrl && !alt => Action::Insert(c),
        code => return text_field_key(code, ctrl),
    };
    Some(action)
}

/// Every binding, by section, as the help overlay lists them: (section, keys, what they do).
pub const HELP: &[(&str, &str, &str)] = &[
    ("Everywhere", "Tab  Shift-Tab", "move focus between panes"),
    ("Everywhere", "?  F1", "this help (F1 in the search box)"),
    ("Everywhere", "q  Ctrl-Q", "quit (q outside the search box)"),
    ("Everywhere", "Esc", "close, cancel, or clear the search"),
    (
        "Everywhere",
        "[ ]  Alt-← Alt-→",
        "back / forward through opened occupations",
    ),
    (
        "Everywhere",
        "mouse",
        "click focuses or selects, wheel scrolls",
    ),
    (
        "Search",
        "/  then type",
        "codes, titles, example titles, NOC 2016 codes",
    ),
    ("Search", "↑ ↓  Ctrl-P Ctrl-N", "move through the results"),
    ("Search", "Enter", "open the selected occupation"),
    ("Search", "Ctrl-U", "clear the search"),
    ("List", "↑ ↓ j k PgUp PgDn g G", "move the selection"),
    ("List", "Enter", "open an occupation, or expand a group"),
    ("List", "h", "switch between results and hierarchy tree"),
    ("List", "→ Space  ←", "expand / collapse a tree group"),
    (
        "Occupation",
        "c",
        "compare: c here, then c or Enter on another",
    ),
    ("Occupation", "t", "set as the letter's target"),
    ("Occupation", "y", "copy the code to the clipboard (OSC 52)"),
    ("Profile", "↑ ↓ j k PgUp PgDn", "scroll (Space pages down)"),
    ("Profile", "n  N", "select the next / previous exclusion"),
    ("Profile", "Enter", "go to the selected exclusion"),
    (
        "Letter",
        "type, paste",
        "edit; duty lines turn green, amber or red",
    ),
    (
        "Letter",
        "Shift-arrows  Ctrl-A",
        "select (Ctrl-←/→ by word, Ctrl-Home/End)",
    ),
    ("Letter", "Ctrl-X Ctrl-C Ctrl-V", "cut, copy, paste"),
    ("Letter", "Ctrl-Z  Ctrl-Y", "undo, redo"),
    (
        "Letter",
        "Ctrl-S  Ctrl-O  Ctrl-N",
        "save, open, new from the template",
    ),
    ("Letter", "Ctrl-E", "export the analysis (LETTER.nocfit.md)"),
    ("Letter", "Ctrl-F  F3  Shift-F3", "find, next, previous"),
    (
        "Letter",
        "F2  F4",
        "next panel; jump to the next checklist item",
    ),
    (
        "Letter",
        "Alt-PgUp  Alt-PgDn",
        "scroll the panel (also the wheel over it)",
    ),
    ("Compare", "↑ ↓ PgUp PgDn", "scroll both sides"),
    ("Compare", "Esc  c", "close the comparison"),
];

/// The short list of keys the footer shows for a context: (keys, what they do).
pub fn hints(context: Context) -> &'static [(&'static str, &'static str)] {
    if context.help {
        return &[
            ("Esc", "close help"),
            ("↑ ↓ PgUp PgDn", "scroll"),
            ("Ctrl-Q", "quit"),
        ];
    }
    if context.comparing {
        return &[
            ("?", "help"),
            ("q", "quit"),
            ("↑↓ PgUp PgDn", "scroll"),
            ("Esc", "close"),
        ];
    }
    match context.focus {
        Focus::Search => &[
            ("F1", "help"),
            ("Ctrl-Q", "quit"),
            ("type", "search"),
            ("↑↓", "select"),
            ("Enter", "open"),
            ("Esc", "clear"),
            ("Tab", "next pane"),
        ],
        Focus::List => &[
            ("?", "help"),
            ("q", "quit"),
            ("↑↓", "select"),
            ("Enter", "open"),
            ("/", "search"),
            ("h", "tree"),
            ("c", "compare"),
            ("t", "target"),
            ("y", "copy"),
            ("[ ]", "back/fwd"),
        ],
        Focus::Profile => &[
            ("?", "help"),
            ("q", "quit"),
            ("↑↓ PgUp PgDn", "scroll"),
            ("n/N", "link"),
            ("Enter", "follow"),
            ("[ ]", "back/fwd"),
            ("c", "compare"),
            ("t", "target"),
            ("y", "copy"),
        ],
        Focus::Letter => &[
            ("F1", "help"),
            ("Ctrl-Q", "quit"),
            ("Ctrl-S", "save"),
            ("Ctrl-O", "open"),
            ("Ctrl-N", "new"),
            ("Ctrl-E", "export"),
            ("Ctrl-F", "find"),
            ("F2", "panel"),
            ("Alt-PgUp/Dn", "scroll panel"),
            ("F4", "checklist"),
            ("Tab", "next pane"),
        ],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn context(focus: Focus) -> Context {
        Context {
            focus,
            help: false,
            comparing: false,
            prompt: None,
        }
    }

    fn key(code: KeyCode) -> KeyEvent {
        KeyEvent::new(code, KeyModifiers::NONE)
    }

    #[test]
    fn q_types_in_the_search_box_and_quits_elsewhere() {
        let q = key(KeyCode::Char('q'));
        assert_eq!(
            action_for_key(context(Focus::Search), q),
            Some(Action::Insert('q'))
        );
        assert_eq!(action_for_key(context(Focus::List), q), Some(Action::Quit));
        let ctrl_q = KeyEvent::new(KeyCode::Char('q'), KeyModifiers::CONTROL);
        assert_eq!(
            action_for_key(context(Focus::Search), ctrl_q),
            Some(Action::Quit)
        );
    }

    #[test]
    fn releases_are_ignored() {
        let mut release = key(KeyCode::Char('q'));
        release.kind = KeyEventKind::Release;
        assert_eq!(action_for_key(context(Focus::List), release), None);
    }

    #[test]
    fn arrows_move_in_the_search_box() {
        assert_eq!(
            action_for_key(context(Focus::Search), key(KeyCode::Down)),
            Some(Action::Move(Movement::Down))
        );
        let ctrl_p = KeyEvent::new(KeyCode::Char('p'), KeyModifiers::CONTROL);
        assert_eq!(
            action_for_key(context(Focus::Search), ctrl_p),
            Some(Action::Move(Movement::Up))
        );
    }

    #[test]
    fn help_swallows_other_keys() {
        let help = Context {
            help: true,
            ..context(Focus::List)
        };
        assert_eq!(action_for_key(help, key(KeyCode::Char('c'))), None);
        assert_eq!(
            action_for_key(help, key(KeyCode::Esc)),
            Some(Action::ToggleHelp)
        );
    }
}
