//! A reference letter: its lines, which of them are duties, and what they add up to.

mod analysis;
mod checklist;
mod file;
mod headings;
mod lines;
mod marks;
mod parts;
mod phrasing;
mod prose;
pub mod recovery;
pub mod report;
mod save;
mod sentences;
mod template;
mod text;
mod verbatim;
mod verbs;
mod words;

pub use analysis::{
    Coverage, CoverageItem, LetterAnalysis, LineAnalysis, Share, Summary, Verdict, analyze,
    analyze_line, judge_lines, summarize,
};
pub use checklist::{ChecklistItem, MIN_DUTY_LINES, check as checklist};
pub use file::{LetterFileError, MAX_LETTER_BYTES, decode_letter, read_letter};
pub use lines::{LetterLine, LineKind, split_lines};
pub use save::{SaveError, save_atomic};
pub use template::template;
pub use text::{TextFormat, join_lines, split_text};
pub use verbatim::{Verbatim, find_verbatim};
