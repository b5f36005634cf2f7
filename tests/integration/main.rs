//! Behaviour tests through nocfit's public API and its binary.

mod accuracy;
mod cli;
mod data;
mod editor;
mod editor_tmux;
mod editor_view;
mod letter_accuracy;
mod letters;
mod search;
mod tui;
