//! Behaviour tests through nocfit's public API and its binary.

mod accuracy;
mod architecture;
mod cli;
mod cli_input;
mod colours;
mod data;
mod documents;
mod editor;
mod editor_tmux;
mod editor_view;
mod experience;
mod formats;
mod formats_tui;
mod letter_accuracy;
mod letter_room;
mod letters;
mod properties;
mod readme_keys;
mod recovery_app;
mod recovery_tmux;
mod saving;
mod saving_app;
mod search;
mod search_job_talk;
mod traps;
mod tui;
