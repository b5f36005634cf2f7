//! What the user asked for, independent of the key or mouse gesture that asked.

/// A change the user requested; [`crate::tui::App::update`] applies it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    /// Leave the application.
    Quit,
    /// Move focus to the next pane (Tab).
    FocusNext,
    /// Move focus to the previous pane (Shift-Tab).
    FocusPrevious,
    /// Put focus in the search box.
    FocusSearch,
    /// Open or close the help overlay that lists every binding.
    ToggleHelp,
    /// Scroll the help overlay when it is taller than the screen.
    ScrollHelp(Movement),
    /// Step back: close an overlay or view, cancel a pending comparison, clear the search.
    Cancel,
    /// Type a character into the search box.
    Insert(char),
    /// Insert pasted text into the search box (line breaks become spaces).
    Paste(String),
    /// Delete the character before the search cursor.
    DeleteBackward,
    /// Delete the character under the search cursor.
    DeleteForward,
    /// Move the search cursor one character left.
    CursorLeft,
    /// Move the search cursor one character right.
    CursorRight,
    /// Move the search cursor to the start.
    CursorStart,
    /// Move the search cursor to the end.
    CursorEnd,
    /// Complete the file name typed at a path prompt (Tab).
    CompletePath,
    /// Empty the search box.
    ClearQuery,
    /// Move the selection of a list or scroll a profile, in the focused pane.
    Move(Movement),
    /// Open what is selected: a result's profile, a tree group, a profile's link.
    Activate,
    /// Select the next link in the profile.
    NextLink,
    /// Select the previous link in the profile.
    PreviousLink,
    /// Show the previously opened occupation.
    Back,
    /// Undo a step back.
    Forward,
    /// Switch the list between search results and the hierarchy tree.
    ToggleTree,
    /// Expand the selected tree group.
    Expand,
    /// Collapse the selected tree group, or move to its parent.
    Collapse,
    /// Start a comparison with the selected occupation, or finish one.
    Compare,
    /// List only TEER 0-3 (skilled for Express Entry) in the browser, or every TEER again.
    ToggleSkilled,
    /// Make the selected occupation the target of the letter.
    SetTarget,
    /// Copy the selected occupation's code to the clipboard.
    CopyCode,
    /// A mouse click at a screen position: focus the pane there and select what is under it.
    Click { column: u16, row: u16 },
    /// The mouse wheel at a screen position, in lines (negative is up).
    Scroll { column: u16, row: u16, lines: i16 },
    /// The terminal now has this size.
    Resize { width: u16, height: u16 },
    /// Change the letter or move in it.
    Edit(Edit),
    /// Save the letter (asks for a file name when it has none).
    Save,
    /// Ask for a name and save the letter under it.
    SaveAs,
    /// Ask for a letter file to open.
    OpenFile,
    /// Start a new letter from the template for the target.
    NewLetter,
    /// Write the analysis as a Markdown report next to the letter.
    Export,
    /// Ask for text to find in the letter.
    Find,
    /// Find the next match of the last search.
    FindNext,
    /// Find the previous match of the last search.
    FindPrevious,
    /// Show the next analysis panel: line detail, coverage, checklist.
    NextPanel,
    /// Fold the analysis panel to its title row, or unfold it.
    FoldPanel,
    /// Leave the mouse to the terminal (its own text selection), or capture it again.
    ToggleMouse,
    /// Hide the browser so the letter fills the screen, or show it again.
    ToggleMaximise,
    /// Scroll the analysis panel under the letter.
    ScrollPanel(Movement),
    /// Move the cursor to the line of the next checklist item found.
    NextChecklistItem,
    /// Select the next template `[placeholder]`, so typing replaces it.
    NextPlaceholder,
    /// Move the cursor to the next red or amber duty line.
    NextProblem,
    /// Move the cursor to the previous red or amber duty line.
    PreviousProblem,
}

/// A change to the letter, or a cursor movement in it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Edit {
    /// Type a character at the cursor (replacing a selection).
    Insert(char),
    /// Break the line at the cursor.
    Newline,
    /// Insert pasted text (a whole letter at once with bracketed paste).
    Paste(String),
    /// Delete the character before the cursor.
    DeleteBackward,
    /// Delete the character under the cursor.
    DeleteForward,
    /// Delete the word before the cursor.
    DeleteWordBackward,
    /// Delete the word after the cursor.
    DeleteWordForward,
    /// Move the cursor; with `select`, extend the selection.
    Move {
        to: Caret,
        select: bool,
    },
    /// Select the whole letter.
    SelectAll,
    Undo,
    Redo,
    /// Cut the selection (to the editor and the system clipboard).
    Cut,
    /// Copy the selection (to the editor and the system clipboard).
    Copy,
    /// Paste what was last cut or copied in the editor.
    PasteCopied,
}

/// Where a cursor movement goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Caret {
    Left,
    Right,
    Up,
    Down,
    WordLeft,
    WordRight,
    LineStart,
    LineEnd,
    PageUp,
    PageDown,
    Top,
    Bottom,
}

/// A step through a list or a scrollable text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Movement {
    Up,
    Down,
    PageUp,
    PageDown,
    Top,
    Bottom,
}

/// Something `update` asks the terminal shell to do, since the app itself never writes to the
/// terminal.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    /// Put this text on the system clipboard (OSC 52).
    Copy(String),
    /// Capture the mouse (true) or leave it to the terminal, for its own text selection.
    MouseCapture(bool),
}

impl Movement {
    /// A scroll position after this movement, between 0 and `max`; `page` is how far PgUp and
    /// PgDn go.
    pub fn scrolled(self, scroll: usize, page: usize, max: usize) -> usize {
        let next = match self {
            Movement::Up => scroll.saturating_sub(1),
            Movement::Down => scroll + 1,
            Movement::PageUp => scroll.saturating_sub(page),
            Movement::PageDown => scroll + page,
            Movement::Top => 0,
            Movement::Bottom => max,
        };
        next.min(max)
    }
}
