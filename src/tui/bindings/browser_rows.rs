//! The browser's rows of the bindings table (everywhere, search, list, occupation, profile)
//! and the overlays' (compare, help), in the help's order.

use super::binding::{Binding, Footer as F, Readme, Scope, hint, row};
use crate::tui::action::{Action, Movement};

/// The browser's bindings.
pub const BROWSER: &[Binding] = &[
    row(
        Scope::Everywhere,
        "Tab  Shift-Tab",
        "move focus between panes",
        &[
            hint(F::Search, 7, "Tab", "next pane"),
            hint(F::Letter, 11, "Tab", "next pane"),
        ],
        &[
            ("Tab", Action::FocusNext),
            ("Shift-Tab", Action::FocusPrevious),
        ],
    )
    .readme(
        "`Tab` / `Shift-Tab`",
        "move focus between panes; the mouse clicks and scrolls too",
    ),
    row(
        Scope::Everywhere,
        "?  F1",
        "this help (F1 in the search box)",
        &[
            hint(F::Search, 1, "F1", "help"),
            hint(F::List, 1, "?", "help"),
            hint(F::Profile, 1, "?", "help"),
            hint(F::Letter, 1, "F1", "help"),
            hint(F::Compare, 1, "?", "help"),
        ],
        &[("F1", Action::ToggleHelp), ("?", Action::ToggleHelp)],
    )
    .readme("`?` (`F1` in the search box)", "every key"),
    row(
        Scope::Everywhere,
        "q  Ctrl-Q",
        "quit (q outside the search box)",
        &[
            hint(F::Search, 2, "Ctrl-Q", "quit"),
            hint(F::List, 2, "q", "quit"),
            hint(F::Profile, 2, "q", "quit"),
            hint(F::Letter, 2, "Ctrl-Q", "quit"),
            hint(F::Compare, 5, "Ctrl-Q", "quit"),
            hint(F::Help, 3, "Ctrl-Q", "quit"),
        ],
        &[("Ctrl-Q", Action::Quit), ("q", Action::Quit)],
    )
    .readme("`q` (outside the search box), `Ctrl-Q`", "quit"),
    row(
        Scope::Everywhere,
        "Esc",
        "close, cancel, or clear the search",
        &[
            hint(F::Search, 6, "Esc", "clear"),
            hint(F::Help, 1, "Esc", "close help"),
        ],
        &[("Esc", Action::Cancel)],
    ),
    row(
        Scope::Everywhere,
        "[ ]  Alt-← Alt-→",
        "back / forward through opened occupations",
        &[
            hint(F::List, 10, "[ ]", "back/fwd"),
            hint(F::Profile, 6, "[ ]", "back/fwd"),
        ],
        &[
            ("[", Action::Back),
            ("]", Action::Forward),
            ("Alt-←", Action::Back),
            ("Alt-→", Action::Forward),
        ],
    )
    .readme(
        "`[` `]` (`Alt-←` `Alt-→`)",
        "back and forward through opened occupations",
    ),
    row(
        Scope::Everywhere,
        "Ctrl-B",
        "hide or show the browser (the letter fills the screen)",
        &[hint(F::Letter, 12, "Ctrl-B", "maximise")],
        &[("Ctrl-B", Action::ToggleMaximise)],
    ),
    row(
        Scope::Everywhere,
        "Alt-M",
        "release the mouse to select text in the terminal, and back",
        &[],
        &[("Alt-M", Action::ToggleMouse)],
    ),
    row(
        Scope::Everywhere,
        "mouse",
        "click focuses or selects, wheel scrolls",
        &[],
        &[],
    )
    .readme_hidden(),
    row(
        Scope::Search,
        "/  then type",
        "codes, titles, example titles, NOC 2016 codes",
        &[
            hint(F::Search, 3, "type", "search"),
            hint(F::List, 5, "/", "search"),
        ],
        &[],
    )
    .readme(
        "`/`, then type",
        "search codes, titles, example titles and NOC 2016 codes",
    ),
    row(
        Scope::Search,
        "↑ ↓  Ctrl-P Ctrl-N",
        "move through the results",
        &[hint(F::Search, 4, "↑↓", "select")],
        &[
            ("↑", Action::Move(Movement::Up)),
            ("↓", Action::Move(Movement::Down)),
            ("Ctrl-P", Action::Move(Movement::Up)),
            ("Ctrl-N", Action::Move(Movement::Down)),
        ],
    )
    .readme(
        "`↑` `↓` (`Ctrl-P` `Ctrl-N`, `j` `k`), `PgUp` `PgDn`",
        "move through results, scroll a profile",
    ),
    row(
        Scope::Search,
        "Enter",
        "open the selected occupation",
        &[hint(F::Search, 5, "Enter", "open")],
        &[("Enter", Action::Activate)],
    )
    .readme(
        "`Enter`",
        "open the selected occupation; in a profile, go to the selected exclusion",
    ),
    row(
        Scope::Search,
        "F5",
        "only TEER 0-3 (skilled), or every TEER",
        &[
            hint(F::Search, 8, "F5", "TEER 0-3"),
            hint(F::List, 11, "F5", "TEER 0-3"),
        ],
        &[("F5", Action::ToggleSkilled)],
    )
    .readme(
        "`F5`",
        "list only TEER 0-3 (skilled for Express Entry) in the results and the tree, or every TEER; the search box's title says which",
    ),
    row(
        Scope::Search,
        "Ctrl-U",
        "clear the search",
        &[],
        &[("Ctrl-U", Action::ClearQuery)],
    ),
    row(
        Scope::List,
        "↑ ↓ j k PgUp PgDn g G",
        "move the selection",
        &[hint(F::List, 3, "↑↓", "select")],
        &[
            ("j", Action::Move(Movement::Down)),
            ("k", Action::Move(Movement::Up)),
            ("PgUp", Action::Move(Movement::PageUp)),
            ("PgDn", Action::Move(Movement::PageDown)),
            ("g", Action::Move(Movement::Top)),
            ("G", Action::Move(Movement::Bottom)),
        ],
    )
    .readme_hidden(),
    row(
        Scope::List,
        "Enter",
        "open an occupation, or expand a group",
        &[hint(F::List, 4, "Enter", "open")],
        &[("Enter", Action::Activate)],
    )
    .readme_hidden(),
    row(
        Scope::List,
        "h",
        "switch between results and hierarchy tree",
        &[hint(F::List, 6, "h", "tree")],
        &[("h", Action::ToggleTree)],
    )
    .readme(
        "`h`",
        "switch the list between search results and the hierarchy tree (`→` `←` expand, collapse)",
    ),
    row(
        Scope::List,
        "→ Space  ←",
        "expand / collapse a tree group",
        &[],
        &[
            ("→", Action::Expand),
            ("Space", Action::Expand),
            ("←", Action::Collapse),
        ],
    )
    .readme_hidden(),
    row(
        Scope::Occupation,
        "c",
        "compare: c here, then c or Enter on another",
        &[
            hint(F::List, 7, "c", "compare"),
            hint(F::Profile, 7, "c", "compare"),
        ],
        &[("c", Action::Compare)],
    )
    .readme(
        "`c`",
        "compare: press on one occupation, then `c` or `Enter` on another",
    ),
    row(
        Scope::Occupation,
        "t  Ctrl-T",
        "set as the letter's target (Ctrl-T in search)",
        &[
            hint(F::Search, 5, "Ctrl-T", "target"),
            hint(F::List, 8, "t", "target"),
            hint(F::Profile, 8, "t", "target"),
        ],
        &[("t", Action::SetTarget), ("Ctrl-T", Action::SetTarget)],
    )
    .readme(
        "`t` (`Ctrl-T` in the search box)",
        "make the selected occupation the letter's target (shown in the title bar)",
    ),
    row(
        Scope::Occupation,
        "y",
        "copy the code to the clipboard (OSC 52)",
        &[
            hint(F::List, 9, "y", "copy"),
            hint(F::Profile, 9, "y", "copy"),
        ],
        &[("y", Action::CopyCode)],
    )
    .readme("`y`", "copy the selected code to the clipboard (OSC 52)"),
    row(
        Scope::Profile,
        "↑ ↓ j k PgUp PgDn",
        "scroll (Space pages down)",
        &[hint(F::Profile, 3, "↑↓ PgUp PgDn", "scroll")],
        &[
            ("PgDn", Action::Move(Movement::PageDown)),
            ("Space", Action::Move(Movement::PageDown)),
        ],
    )
    .readme_hidden(),
    row(
        Scope::Profile,
        "n  N",
        "select the next / previous exclusion",
        &[hint(F::Profile, 4, "n/N", "link")],
        &[("n", Action::NextLink), ("N", Action::PreviousLink)],
    )
    .readme(
        "`n` / `N`",
        "select the next / previous exclusion link in a profile",
    ),
    row(
        Scope::Profile,
        "Enter",
        "go to the selected exclusion",
        &[hint(F::Profile, 5, "Enter", "follow")],
        &[("Enter", Action::Activate)],
    )
    .readme_hidden(),
];

/// The compare view's and the help overlay's bindings.
pub const OVERLAYS: &[Binding] = &[
    row(
        Scope::Compare,
        "↑ ↓ PgUp PgDn",
        "scroll both sides",
        &[hint(F::Compare, 3, "↑↓ PgUp PgDn", "scroll")],
        &[("PgDn", Action::Move(Movement::PageDown))],
    )
    .readme_hidden(),
    row(
        Scope::Compare,
        "Esc  q  c",
        "close the comparison",
        &[hint(F::Compare, 2, "Esc/q", "close")],
        &[
            ("Esc", Action::Cancel),
            ("q", Action::Cancel),
            ("c", Action::Cancel),
        ],
    ),
    Binding {
        scope: Scope::Help,
        keys: "↑ ↓ PgUp PgDn",
        help: None,
        hints: &[hint(F::Help, 2, "↑ ↓ PgUp PgDn", "scroll")],
        names: &[
            ("PgUp", Action::ScrollHelp(Movement::PageUp)),
            ("PgDn", Action::ScrollHelp(Movement::PageDown)),
        ],
        readme: Readme::Hidden,
    },
];
