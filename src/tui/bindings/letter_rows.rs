//! The letter editor's rows of the bindings table, in the help's order; README-only rows
//! name keys the help leaves out.

use super::binding::{Binding, Footer as F, Scope, hint, readme_only, row};
use crate::tui::action::{Action, Caret, Edit, Movement};

/// The letter editor's bindings.
pub const LETTER: &[Binding] = &[
    row(
        Scope::Letter,
        "type, paste",
        "edit; duty lines turn green, amber or red",
        &[],
        &[],
    )
    .readme(
        "type, paste",
        "edit (a pasted letter arrives at once)",
    ),
    readme_only(
        Scope::Letter,
        "arrows Home End PgUp PgDn Ctrl-← Ctrl-→ Ctrl-Home Ctrl-End",
        (
            "arrows, `Home` `End`, `PgUp` `PgDn`, `Ctrl-←` `Ctrl-→`, `Ctrl-Home` `Ctrl-End`",
            "move by character, screen row (`↑` `↓` inside a wrapped paragraph too), word, line, page, letter",
        ),
        &[
            ("Home", Action::Edit(Edit::Move { to: Caret::LineStart, select: false })),
            ("End", Action::Edit(Edit::Move { to: Caret::LineEnd, select: false })),
            ("PgUp", Action::Edit(Edit::Move { to: Caret::PageUp, select: false })),
            ("Ctrl-←", Action::Edit(Edit::Move { to: Caret::WordLeft, select: false })),
            ("Ctrl-End", Action::Edit(Edit::Move { to: Caret::Bottom, select: false })),
        ],
    ),
    row(
        Scope::Letter,
        "Shift-arrows  Ctrl-A",
        "select (Ctrl-←/→ by word, Ctrl-Home/End)",
        &[],
        &[],
    )
    .readme(
        "`Shift` + a movement, `Ctrl-A`",
        "select",
    ),
    row(
        Scope::Letter,
        "Ctrl-X Ctrl-C Ctrl-V",
        "cut, copy, paste",
        &[],
        &[],
    )
    .readme(
        "`Ctrl-X` `Ctrl-C` `Ctrl-V`",
        "cut, copy (also to the system clipboard), paste",
    ),
    row(
        Scope::Letter,
        "Ctrl-Z  Ctrl-Y",
        "undo, redo",
        &[],
        &[
            ("Ctrl-Z", Action::Edit(Edit::Undo)),
            ("Ctrl-Y", Action::Edit(Edit::Redo)),
        ],
    ),
    readme_only(
        Scope::Letter,
        "Backspace Delete Ctrl-W Ctrl-Backspace",
        (
            "`Backspace` `Delete`, `Ctrl-W` / `Ctrl-Backspace`",
            "delete a character, a word",
        ),
        &[
            ("Backspace", Action::Edit(Edit::DeleteBackward)),
            ("Delete", Action::Edit(Edit::DeleteForward)),
            ("Ctrl-W", Action::Edit(Edit::DeleteWordBackward)),
            ("Ctrl-Backspace", Action::Edit(Edit::DeleteWordBackward)),
        ],
    ),
    row(
        Scope::Letter,
        "Ctrl-S  Ctrl-O  Ctrl-N",
        "save, open (Up/Down: recent letters), new from the template",
        &[
            hint(F::Letter, 3, "Ctrl-S", "save"),
            hint(F::Letter, 4, "Ctrl-O", "open"),
            hint(F::Letter, 5, "Ctrl-N", "new"),
        ],
        &[
            ("Ctrl-S", Action::Save),
            ("Ctrl-O", Action::OpenFile),
            ("Ctrl-N", Action::NewLetter),
        ],
    )
    .readme(
        "`Ctrl-S` · `Ctrl-O` · `Ctrl-N`",
        "save (asks for a file name for a new letter) · open another letter (offers the last one; `Up`/`Down` go through the 10 most recent) · new letter from the template for the target",
    ),
    row(
        Scope::Letter,
        "F12",
        "save as: a new name (~ is your home folder)",
        &[hint(F::Letter, 14, "F12", "save as")],
        &[("F12", Action::SaveAs)],
    )
    .readme(
        "`F12`",
        "save as: asks for a name (in every file prompt `Tab` completes it and `~/` is your home folder); a failed save shows why and asks for another name",
    ),
    row(
        Scope::Letter,
        "Ctrl-E",
        "export the analysis (LETTER.nocfit.md)",
        &[hint(F::Letter, 6, "Ctrl-E", "export")],
        &[("Ctrl-E", Action::Export)],
    )
    .readme(
        "`Ctrl-E`",
        "export the analysis as `LETTER.nocfit.md` next to the letter",
    ),
    row(
        Scope::Letter,
        "Ctrl-F  F3  Shift-F3",
        "find, next, previous (also Ctrl-G, Ctrl-R)",
        &[hint(F::Letter, 7, "Ctrl-F", "find")],
        &[
            ("Ctrl-F", Action::Find),
            ("F3", Action::FindNext),
            ("Ctrl-G", Action::FindNext),
            ("Shift-F3", Action::FindPrevious),
            ("Ctrl-R", Action::FindPrevious),
        ],
    )
    .readme(
        "`Ctrl-F`, `F3` / `Shift-F3` (`Ctrl-G` / `Ctrl-R`)",
        "find in the letter (it starts with the last search selected: typing replaces it), next / previous match, with \"match 2 of 5\" and a notice when it wraps",
    ),
    row(
        Scope::Letter,
        "F2  F4",
        "next panel; jump to the next checklist item",
        &[
            hint(F::Letter, 8, "F2", "panel"),
            hint(F::Letter, 10, "F4", "checklist"),
        ],
        &[("F2", Action::NextPanel), ("F4", Action::NextChecklistItem)],
    )
    .readme(
        "`F2` / `F4`",
        "next panel / jump to the next checklist item",
    ),
    row(
        Scope::Letter,
        "F8  F7",
        "next / previous red or amber line",
        &[hint(F::Letter, 8, "F8/F7", "red/amber")],
        &[("F8", Action::NextProblem), ("F7", Action::PreviousProblem)],
    )
    .readme(
        "`F8` / `F7`",
        "jump to the next / previous red or amber line (wraps at the end, with a notice)",
    ),
    row(
        Scope::Letter,
        "F9",
        "select the next [placeholder]: typing replaces it",
        &[hint(F::Letter, 15, "F9", "placeholder")],
        &[("F9", Action::NextPlaceholder)],
    )
    .readme(
        "`F9`",
        "select the next template `[placeholder]`, so typing replaces it (saving and exporting say how many are left)",
    ),
    row(
        Scope::Letter,
        "F6",
        "fold the panel to one line, or unfold it",
        &[hint(F::Letter, 13, "F6", "fold panel")],
        &[("F6", Action::FoldPanel)],
    )
    .readme(
        "`F6`",
        "fold the panel under the letter to its title row, or unfold it",
    ),
    row(
        Scope::Letter,
        "Alt-PgUp  Alt-PgDn",
        "scroll the panel (also the wheel over it)",
        &[hint(F::Letter, 9, "Alt-PgUp/Dn", "scroll panel")],
        &[
            ("Alt-PgUp", Action::ScrollPanel(Movement::PageUp)),
            ("Alt-PgDn", Action::ScrollPanel(Movement::PageDown)),
        ],
    )
    .readme(
        "`Alt-PgUp` `Alt-PgDn`, the wheel over the panel",
        "scroll the panel under the letter",
    ),
    readme_only(
        Scope::Letter,
        "Tab",
        (
            "`Tab`",
            "back to the browser (`Ctrl-Q` quits; it asks first if there are unsaved changes)",
        ),
        &[("Tab", Action::FocusNext), ("Ctrl-Q", Action::Quit)],
    ),
];
