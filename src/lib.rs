//! nocfit: check that an employer reference letter fits a Canadian NOC 2021 occupation.
//!
//! The core (everything but `tui` and `cli`) never touches the terminal, the clock or stdout.
//! Lints (no unsafe code, no `unwrap` outside tests) are set for every target in Cargo.toml.

pub mod classify;
pub mod cli;
pub mod clock;
pub mod compare;
pub mod import;
pub mod letter;
pub mod noc;
pub(crate) mod pattern;
pub mod printable;
pub mod rules;
pub mod search;
pub mod tui;
