//! What a feature's `&mut self` method reports back to the router: a footer message, where
//! focus goes, requests for the terminal, and whether to quit. Features never reach into
//! [`App`](crate::tui::App); [`App::update`](crate::tui::App::update) applies outcomes.

use crate::tui::action::Effect;
use crate::tui::focus::Focus;

/// A message in the footer until the next key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Status {
    pub text: String,
    /// Green (done) rather than the heading colour (information, a refusal).
    pub success: bool,
}

/// The result of a feature method, merged in the order things happened.
#[derive(Debug, Default, PartialEq, Eq)]
#[must_use]
pub struct Outcome {
    /// The footer message; a later one replaces an earlier one.
    pub status: Option<Status>,
    /// Where focus goes; a later request wins.
    pub focus: Option<Focus>,
    pub effects: Vec<Effect>,
    pub quit: bool,
}

impl Outcome {
    /// Nothing to report.
    pub fn none() -> Outcome {
        Outcome::default()
    }

    /// A message that informs or refuses.
    pub fn inform(text: impl Into<String>) -> Outcome {
        Outcome::none().and_inform(text)
    }

    /// A message that confirms something done.
    pub fn confirm(text: impl Into<String>) -> Outcome {
        Outcome::none().and_confirm(text)
    }

    /// Only a move of focus.
    pub fn focus(focus: Focus) -> Outcome {
        Outcome::none().and_focus(focus)
    }

    pub fn and_inform(mut self, text: impl Into<String>) -> Outcome {
        self.status = Some(Status {
            text: text.into(),
            success: false,
        });
        self
    }

    pub fn and_confirm(mut self, text: impl Into<String>) -> Outcome {
        self.status = Some(Status {
            text: text.into(),
            success: true,
        });
        self
    }

    pub fn and_focus(mut self, focus: Focus) -> Outcome {
        self.focus = Some(focus);
        self
    }

    pub fn and_effect(mut self, effect: Effect) -> Outcome {
        self.effects.push(effect);
        self
    }

    /// This outcome followed by `later`.
    pub fn then(mut self, later: Outcome) -> Outcome {
        self.merge(later);
        self
    }

    /// Adds what happened `later` to this outcome.
    pub fn merge(&mut self, later: Outcome) {
        if later.status.is_some() {
            self.status = later.status;
        }
        if later.focus.is_some() {
            self.focus = later.focus;
        }
        self.effects.extend(later.effects);
        self.quit |= later.quit;
    }
}
