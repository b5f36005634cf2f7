//! Search that understands how people name jobs: aliases, accents, "NOC 12200", head nouns,
//! short queries and the skilled-only filter, through the library API and the binary.

use nocfit::noc::Catalog;
use nocfit::search::{Aliases, Filter, Hit, SearchIndex};
use predicates::prelude::*;

use super::cli::nocfit;
use super::search::marked;

fn hits(query: &str, limit: usize) -> Vec<Hit> {
    SearchIndex::new(Catalog::embedded()).search(query, limit)
}

fn codes_of(hits: &[Hit]) -> Vec<&'static str> {
    let units = Catalog::embedded().unit_groups();
    hits.iter()
        .map(|hit| units[hit.unit].code.as_str())
        .collect()
}

fn codes(query: &str, limit: usize) -> Vec<&'static str> {
    codes_of(&hits(query, limit))
}

#[test]
fn the_job_named_by_the_word_comes_before_jobs_it_describes() {
    // "teacher" is the job in 41220/41221, a modifier in 43100 teacher assistants.
    let teacher = codes("teacher", 10);
    assert!(["41220", "41221"].contains(&teacher[0]), "{teacher:?}");
    assert!(
        teacher[..2].iter().all(|c| c.starts_with("412")),
        "{teacher:?}"
    );
    let assistants = teacher.iter().position(|c| *c == "43100");
    assert!(assistants.is_none_or(|p| p > 3), "{teacher:?}");
    // "developer" is the job in the 2123x groups, a modifier in "developer-printer".
    let developer = codes("developer", 5);
    let mut top = developer[..3].to_vec();
    top.sort_unstable();
    assert_eq!(top, ["21230", "21232", "21234"], "{developer:?}");
    // "cook" is the job in 63200, a modifier in "cook's helper".
    assert_eq!(codes("cook", 3)[0], "63200");
    assert_ne!(codes("cook helper", 3)[0], "63200");
    assert_eq!(codes("teacher assistant", 3)[0], "43100");
}

#[test]
fn plurals_and_singulars_find_the_same_job() {
    assert_eq!(codes("teachers", 2), codes("teacher", 2));
    assert_eq!(codes("nurses", 1), ["31301"]);
}

#[test]
fn abbreviations_find_the_occupation_they_name() {
    assert_eq!(codes("psw", 10), ["33102", "44101"]);
    let rn = codes("RN", 50);
    assert_eq!(rn[0], "31301");
    assert!(rn.len() <= 5, "RN found {} occupations: {rn:?}", rn.len());
    assert_eq!(codes("R.N.", 1), ["31301"]);
    assert_eq!(codes("lpn", 1), ["32101"]);
    assert_eq!(codes("ECE", 1), ["42202"]);
    assert_eq!(codes("cpa", 1), ["11100"]);
    assert_eq!(codes("AZ driver", 1), ["73300"]);
    assert_eq!(codes("swe", 1), ["21231"]);
    assert_eq!(codes("full-stack", 1), ["21234"]);
}

#[test]
fn an_abbreviation_inside_a_query_expands() {
    assert_eq!(codes("hr manager", 1), ["10011"]);
    assert_eq!(codes("IT manager", 1), ["20012"]);
    assert_eq!(codes("sr software dev", 1), ["21232"]);
}

#[test]
fn every_alias_names_real_unit_groups_and_finds_its_first() {
    let catalog = Catalog::embedded();
    let index = SearchIndex::new(catalog);
    let aliases = Aliases::parse(nocfit::search::ALIASES_TSV).expect("the alias file reads");
    let mut checked = 0;
    for alias in aliases.iter() {
        for code in &alias.codes {
            assert!(
                catalog.unit_index(code).is_some(),
                "alias {:?} names {code}, which is not a NOC 2021 unit group",
                alias.name
            );
        }
        let found = codes_of(&index.search(&alias.name, 516));
        assert!(!found.is_empty(), "alias {:?} finds nothing", alias.name);
        if let Some(first) = alias.codes.first() {
            assert_eq!(found[0], first, "alias {:?}", alias.name);
        }
        checked += 1;
    }
    assert!(checked >= 40, "only {checked} aliases");
}

#[test]
fn short_queries_match_whole_words_or_word_starts_only() {
    for query in ["ce", "b", "ma"] {
        let found = hits(query, 516);
        assert!(!found.is_empty());
        for hit in found {
            let words = hit
                .matched
                .to_lowercase()
                .replace(['.', '(', ')', '-', ',', '"'], " ");
            assert!(
                words.split_whitespace().any(|w| w.starts_with(query)),
                "{query:?} matched {:?}",
                hit.matched
            );
        }
    }
}

#[test]
fn accents_do_not_matter_either_way() {
    assert_eq!(codes("québec", 20), codes("quebec", 20));
    let found = hits("QUEBEC nursing", 1);
    assert_eq!(codes_of(&found), ["32101"]);
    assert_eq!(
        marked(&found[0]),
        "nursingQuébec",
        "marks point into the accented original"
    );
}

#[test]
fn noc_prefixes_and_trailing_punctuation_are_ignored() {
    for query in [
        "NOC 12200",
        "noc:12200",
        "NOC12200",
        "12200.",
        "NOC 2021 12200",
        "#12200",
    ] {
        assert_eq!(codes(query, 1), ["12200"], "{query:?}");
    }
    assert_eq!(codes("bookkeeper.", 1), ["12200"]);
}

#[test]
fn the_skilled_filter_keeps_teer_0_to_3() {
    let catalog = Catalog::embedded();
    let index = SearchIndex::new(catalog);
    let all = index.search("cook", 516);
    let skilled = index.search_filtered("cook", 516, Filter::SKILLED);
    assert!(skilled.len() < all.len());
    assert!(!skilled.is_empty());
    assert!(
        skilled
            .iter()
            .all(|hit| catalog.unit_groups()[hit.unit].teer <= 3)
    );
    assert_eq!(
        codes_of(&index.search_filtered("psw", 10, Filter::SKILLED)),
        ["33102"]
    );
    assert!(
        index
            .search_filtered("14200", 10, Filter::SKILLED)
            .is_empty()
    );
    assert_eq!(index.search_filtered("cook", 516, Filter::ALL), all);
}

#[test]
fn the_cli_filters_skilled_occupations() {
    nocfit()
        .args(["search", "psw", "--skilled"])
        .assert()
        .success()
        .stdout(predicate::str::contains("33102"))
        .stdout(predicate::str::contains("44101").not());
    nocfit()
        .args(["search", "cashier", "--skilled", "--limit", "50"])
        .assert()
        .success()
        .stdout(predicate::str::contains("TEER 4").not())
        .stdout(predicate::str::contains("TEER 5").not());
    nocfit()
        .args(["search", "--help"])
        .assert()
        .success()
        .stdout(predicate::str::contains("--skilled"))
        .stdout(predicate::str::contains("TEER 0-3"));
}

#[test]
fn the_cli_reads_job_talk() {
    nocfit()
        .args(["search", "NOC", "12200"])
        .assert()
        .success()
        .stdout(predicate::str::starts_with("  1. [12200]"));
    nocfit()
        .args(["search", "RN"])
        .assert()
        .success()
        .stdout(predicate::str::starts_with(
            "  1. 31301  [Registered] [nurse]s",
        ))
        .stdout(predicate::str::contains("Journalists").not());
    nocfit()
        .args(["search", "teacher", "--limit", "1"])
        .assert()
        .success()
        .stdout(predicate::str::starts_with("  1. 41220  Secondary school"))
        .stdout(predicate::str::contains("assistants").not());
}
