//! README.md's key tables are the bindings table's: a binding added, changed or removed in
//! `tui/bindings` fails here until README says the same.

use nocfit::tui::bindings::{README_BROWSER, README_LETTER, readme_table};

#[test]
fn readme_key_tables_match_the_bindings() {
    let readme = std::fs::read_to_string("README.md").expect("README.md");
    for (name, scopes) in [
        ("browser", README_BROWSER),
        ("letter editor", README_LETTER),
    ] {
        let table = readme_table(scopes);
        assert!(
            readme.contains(&table),
            "README.md's {name} key table should read:\n\n{table}"
        );
    }
    // No other key table is left to drift.
    let tables = readme.matches("| key | what it does |").count();
    assert_eq!(
        tables, 2,
        "README.md has one key table each for the browser and the letter"
    );
}
