//! Behaviour tests through nocfit's public API and its binary.

mod cli;
mod data;
mod editor;
mod search;
mod tui;
