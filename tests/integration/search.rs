//! The occupation finder through the library API.

use nocfit::noc::Catalog;
use nocfit::search::{Hit, MatchField, SearchIndex};

/// The characters of a hit's matched text that its indices mark.
pub fn marked(hit: &Hit) -> String {
    hit.matched
        .chars()
        .enumerate()
        .filter(|(i, _)| hit.indices.contains(i))
        .map(|(_, c)| c)
        .collect()
}

fn codes(query: &str, limit: usize) -> Vec<String> {
    let catalog = Catalog::embedded();
    SearchIndex::new(catalog)
        .search(query, limit)
        .iter()
        .map(|hit| catalog.unit_groups()[hit.unit].code.clone())
        .collect()
}

#[test]
fn bookkeeper_ranks_bookkeepers_first() {
    assert_eq!(codes("bookkeeper", 10)[0], "12200");
}

#[test]
fn accounts_payable_clerk_finds_accounting_clerks() {
    assert!(codes("accounts payable clerk", 3).contains(&"14200".to_owned()));
}

#[test]
fn a_noc_2016_code_finds_its_successor_first() {
    let catalog = Catalog::embedded();
    let hits = SearchIndex::new(catalog).search("1311", 10);
    assert_eq!(catalog.unit_groups()[hits[0].unit].code, "12200");
    assert_eq!(hits[0].field, MatchField::Noc2016);
    assert!(hits[0].note.as_deref().is_some_and(|n| n.contains("1311")));
}

#[test]
fn a_code_prefix_lists_the_codes_under_it() {
    let catalog = Catalog::embedded();
    let hits = SearchIndex::new(catalog).search("122", 50);
    let prefixed: Vec<&str> = hits
        .iter()
        .filter(|hit| hit.field == MatchField::Code)
        .map(|hit| catalog.unit_groups()[hit.unit].code.as_str())
        .collect();
    assert_eq!(prefixed, ["12200", "12201", "12202", "12203"]);
    assert_eq!(
        hits[0].field,
        MatchField::Code,
        "a 3-digit code is a NOC 2021 prefix first"
    );
}

#[test]
fn every_word_must_match_in_any_order() {
    assert!(codes("clerk payable", 5).contains(&"14200".to_owned()));
    assert!(codes("zzzz bookkeeper", 5).is_empty());
}

#[test]
fn matched_characters_are_reported() {
    let catalog = Catalog::embedded();
    let hits = SearchIndex::new(catalog).search("bookkeeper", 1);
    assert_eq!(marked(&hits[0]).to_lowercase(), "bookkeeper");
}

#[test]
fn empty_queries_and_limits_find_nothing() {
    assert!(codes("   ", 10).is_empty());
    assert!(codes("bookkeeper", 0).is_empty());
    assert_eq!(codes("clerk", 4).len(), 4);
}
