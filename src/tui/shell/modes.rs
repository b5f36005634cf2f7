//! The screen modes the shell owns: the letter maximised (the browser hidden), keys waiting
//! while the terminal is too small, and the mouse left to the terminal for its own text
//! selection.

use super::app::App;
use super::layout;
use crate::tui::action::{Action, Effect};
use crate::tui::bindings::key;
use crate::tui::focus::Focus;
use crate::tui::outcome::Outcome;

impl App {
    /// `Ctrl-B`: hides the browser so the letter fills the body (and takes focus), or shows
    /// it again.
    pub(super) fn toggle_maximise(&mut self) -> Outcome {
        if self.compare.is_open() {
            return Outcome::none();
        }
        self.maximised = !self.maximised;
        if self.maximised {
            Outcome::focus(Focus::Letter)
        } else {
            Outcome::none()
        }
    }

    /// Whether `action` would act where the user cannot see it: while the terminal is too small
    /// for the layout only a resize, and quitting (which asks first about unsaved text), do
    /// anything.
    pub(super) fn unseen(&self, action: &Action) -> bool {
        layout::too_small(self.size)
            && match action {
                Action::Resize { .. } => false,
                Action::Quit => self.letter.prompt().is_some(),
                _ => true,
            }
    }

    /// `Alt-M`: leaves the mouse to the terminal (its own selection), or captures it again.
    pub(super) fn toggle_mouse(&mut self) -> Outcome {
        self.mouse_released = !self.mouse_released;
        let again = key(&Action::ToggleMouse);
        let said = if self.mouse_released {
            format!("Mouse released: select text as the terminal does; {again} captures it again")
        } else {
            format!("Mouse captured: clicks and the wheel work in nocfit; {again} releases it")
        };
        Outcome::inform(said).and_effect(Effect::MouseCapture(!self.mouse_released))
    }
}
