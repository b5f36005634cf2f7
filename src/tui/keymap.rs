//! Keys and other terminal events to actions: pure functions of where focus is and the event.
//!
//! What each binding is called, and the help and footer text for it, are in
//! [`bindings`](crate::tui::bindings); a test here checks that every key named there means
//! what the table says.

use ratatui::crossterm::event::{
    Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers, MouseEvent, MouseEventKind,
};

use crate::tui::action::{Action, Edit, Movement};
use crate::tui::focus::{Context, Focus};
use crate::tui::keymap_letter::{letter_key, prompt_key, text_field_key};
use crate::tui::letter::prompt::PromptMode;

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
        // A paste of several lines is a letter, wherever the focus is (a title copied with its
        // line break still searches).
        Event::Paste(text) if text.trim_end().contains(['\n', '\r']) => {
            Some(Action::Edit(Edit::Paste(text.clone())))
        }
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
        KeyCode::Char('b') if ctrl && !context.help => return Some(Action::ToggleMaximise),
        KeyCode::Char('m' | 'M') if alt && !context.help => return Some(Action::ToggleMouse),
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
            // `q` closes the comparison, as it closes a pager; Ctrl-Q quits.
            KeyCode::Esc | KeyCode::Char('c' | 'q') | KeyCode::Backspace => Some(Action::Cancel),
            KeyCode::Char('?') => Some(Action::ToggleHelp),
            _ => None,
        };
    }
    match key.code {
        KeyCode::F(5) => return Some(Action::ToggleSkilled),
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
        KeyCode::Char('t') if ctrl => Action::SetTarget,
        KeyCode::Char('a') if ctrl => Action::CursorStart,
        KeyCode::Char('e') if ctrl => Action::CursorEnd,
        KeyCode::Char('h') if ctrl => Action::DeleteBackward,
        KeyCode::Char(c) if !ctrl && !alt => Action::Insert(c),
        code => return text_field_key(code, ctrl),
    };
    Some(action)
}

/// Every binding the help lists: (section, keys, what they do), from [`bindings::BINDINGS`].
pub use crate::tui::bindings::{HELP, hints};

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

    /// A key name as the bindings table writes it (`Ctrl-Q`, `Shift-F3`, `Alt-←`, `?`).
    fn parse(name: &str) -> KeyEvent {
        let mut modifiers = KeyModifiers::NONE;
        let mut rest = name;
        for (prefix, modifier) in [
            ("Ctrl-", KeyModifiers::CONTROL),
            ("Alt-", KeyModifiers::ALT),
            ("Shift-", KeyModifiers::SHIFT),
        ] {
            if let Some(after) = rest.strip_prefix(prefix)
                && !after.is_empty()
            {
                modifiers |= modifier;
                rest = after;
            }
        }
        let code = match rest {
            "Tab" if modifiers.contains(KeyModifiers::SHIFT) => KeyCode::BackTab,
            "Tab" => KeyCode::Tab,
            "Esc" => KeyCode::Esc,
            "Enter" => KeyCode::Enter,
            "Space" => KeyCode::Char(' '),
            "PgUp" => KeyCode::PageUp,
            "Home" => KeyCode::Home,
            "End" => KeyCode::End,
            "Backspace" => KeyCode::Backspace,
            "Delete" => KeyCode::Delete,
            "PgDn" => KeyCode::PageDown,
            "↑" => KeyCode::Up,
            "↓" => KeyCode::Down,
            "←" => KeyCode::Left,
            "→" => KeyCode::Right,
            function if function.starts_with('F') && function.len() > 1 => {
                KeyCode::F(function[1..].parse().expect("a function key"))
            }
            letter if modifiers.contains(KeyModifiers::CONTROL) => {
                KeyCode::Char(letter.to_ascii_lowercase().chars().next().expect("a key"))
            }
            key => {
                let c = key.chars().next().expect("a key");
                if c.is_ascii_uppercase() {
                    modifiers |= KeyModifiers::SHIFT;
                }
                KeyCode::Char(c)
            }
        };
        KeyEvent::new(code, modifiers)
    }

    /// Every key the bindings table names means, in its scope, the action the table says: the
    /// help, the footer and messages cannot drift from the match arms above.
    #[test]
    fn the_bindings_table_matches_the_keymap() {
        use crate::tui::bindings::{Scope, all};
        for binding in all() {
            let base = match binding.scope {
                Scope::Search => context(Focus::Search),
                Scope::Profile => context(Focus::Profile),
                Scope::Letter => context(Focus::Letter),
                Scope::Everywhere | Scope::List | Scope::Occupation => context(Focus::List),
                Scope::Compare => Context {
                    comparing: true,
                    ..context(Focus::List)
                },
                Scope::Help => Context {
                    help: true,
                    ..context(Focus::List)
                },
            };
            for (name, action) in binding.names {
                assert!(
                    binding.keys.contains(name)
                        || binding.help.is_none_or(|help| help.contains(name)),
                    "{name} is among the keys shown for {}",
                    binding.keys
                );
                assert_eq!(
                    action_for_key(base, parse(name)).as_ref(),
                    Some(action),
                    "{name} in {:?}",
                    binding.scope
                );
            }
        }
    }
}
