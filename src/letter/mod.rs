//! A reference letter: its lines, which of them are duties, and what they add up to.

mod advice;
mod analysis;
mod checklist;
mod coverage;
mod disk;
pub mod experience;
mod file;
mod formats;
mod headings;
mod lines;
mod marks;
mod parts;
mod phrasing;
mod prepare;
mod prose;
pub mod recovery;
pub mod remembered;
pub mod report;
mod save;
mod sentences;
mod template;
mod text;
mod verbatim;
mod verbs;
mod verdict;
pub mod wording;
mod words;
mod write;

pub use analysis::{
    LetterAnalysis, LineAnalysis, Summary, analyze, analyze_line, judge_lines, summarize,
};
pub use checklist::{ChecklistItem, MIN_DUTY_LINES, check as checklist};
pub use coverage::{Coverage, CoverageItem};
pub use disk::DiskStamp;
pub use experience::{Date, Experience, experience};
pub use file::{
    BOM, LetterFile, LetterFileError, MAX_LETTER_BYTES, decode_file, decode_letter, open_letter,
    read_letter, read_limited,
};
pub use formats::{MAX_DOCUMENT_BYTES, MAX_PART_BYTES, Source, sniff};
pub use lines::{LetterLine, LineKind, split_lines};
pub use prepare::{
    prepare, prepare_in_background, prepare_statements_in_background, statements_ready,
};
pub use save::{Expect, SaveError, SaveRequest, resolve_links, save_atomic, save_letter};
pub use template::template;
pub use text::{TextFormat, join_lines, split_text};
pub use verbatim::{Verbatim, find_verbatim};
pub use verdict::{Share, Verdict};
