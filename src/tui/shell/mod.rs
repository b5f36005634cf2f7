//! The terminal shell: the application state and its router ([`app`]), start-up ([`launch`]),
//! the event loop ([`terminal`]), the frame's layout, drawing and theme.

mod accessors;
pub mod app;
pub mod clipboard;
pub mod draw;
pub mod help;
pub mod help_render;
pub mod launch;
pub mod layout;
mod modes;
mod mouse;
pub mod terminal;
pub mod theme;
