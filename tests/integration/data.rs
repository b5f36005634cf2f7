//! The generated data: complete, correct where we know the answer, and up to date with its
//! sources.

use std::path::Path;

use nocfit::import;
use nocfit::noc::{Catalog, Level, Lookup};

fn catalog() -> &'static Catalog {
    Catalog::embedded()
}

#[test]
fn the_committed_data_is_what_the_importer_makes() {
    let source = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/noc");
    if !source.join(import::PROFILES_FILE).exists() {
        eprintln!(
            "skipped: {} is absent, so the import cannot be re-run here",
            source.display()
        );
        return;
    }
    let first = import::to_json(&import::import(&source).expect("the sources import"));
    let second = import::to_json(&import::import(&source).expect("the sources import"));
    assert_eq!(first, second, "import is not deterministic");
    assert!(
        first == nocfit::noc::EMBEDDED_JSON,
        "data/noc.json is out of date: run `cargo run --bin import` and commit the result"
    );
}

#[test]
fn every_unit_group_and_broad_category_is_there() {
    let catalog = catalog();
    assert_eq!(catalog.unit_groups().len(), 516);
    let broad = catalog
        .groups()
        .iter()
        .filter(|group| group.level == Level::BroadCategory)
        .count();
    assert_eq!(broad, 10);
}

#[test]
fn bookkeepers_are_teer_2_with_their_duties_and_exclusions() {
    let unit = catalog().unit("12200").expect("12200 exists");
    assert_eq!(unit.title, "Accounting technicians and bookkeepers");
    assert_eq!(unit.teer, 2);
    assert!(unit.is_skilled());
    assert_eq!(unit.duty_count(), 6);
    let excluded: Vec<&str> = unit.exclusions.iter().map(|e| e.code.as_str()).collect();
    assert_eq!(excluded, ["14200", "14201", "11100", "13102"]);
    assert_eq!(unit.hierarchy.minor_group.code, "1220");
    assert_eq!(unit.hierarchy.broad_category.code, "1");
    assert!(
        unit.example_titles
            .iter()
            .any(|title| title == "bookkeeper")
    );
}

#[test]
fn accounting_clerks_are_teer_4() {
    let unit = catalog().unit("14200").expect("14200 exists");
    assert_eq!(unit.teer, 4);
    assert!(!unit.is_skilled());
}

#[test]
fn every_exclusion_points_at_a_unit_group_or_minor_group() {
    let catalog = catalog();
    for unit in catalog.unit_groups() {
        for exclusion in &unit.exclusions {
            let found = match exclusion.code.len() {
                5 => catalog.unit(&exclusion.code).is_some(),
                4 => catalog
                    .group(&exclusion.code)
                    .is_some_and(|group| group.level == Level::MinorGroup),
                _ => false,
            };
            assert!(
                found,
                "{}: exclusion {:?} points nowhere",
                unit.code, exclusion
            );
        }
    }
}

#[test]
fn noc_2016_codes_map_to_2021() {
    let catalog = catalog();
    let successors = |code: &str| -> Vec<String> {
        catalog
            .noc2016(code)
            .expect("a NOC 2016 code")
            .successors
            .iter()
            .map(|s| s.code.clone())
            .collect()
    };
    assert_eq!(successors("1311"), ["12200"]);
    assert_eq!(successors("1431"), ["14200"]);
    assert_eq!(successors("11"), ["00010"], "codes are left-padded");
    assert!(
        catalog
            .data()
            .noc2016
            .iter()
            .any(|old| old.successors.len() > 1),
        "some NOC 2016 code was split"
    );
    assert_eq!(successors("0112").len(), 4);
    let unit = catalog.unit("12200").expect("12200 exists");
    assert_eq!(unit.noc2016[0].code, "1311");
}

#[test]
fn nothing_is_empty() {
    for unit in catalog().unit_groups() {
        assert!(!unit.title.is_empty(), "{}: empty title", unit.code);
        assert!(!unit.lead_statement.is_empty(), "{}: empty lead", unit.code);
        assert!(unit.duty_count() > 0, "{}: no duties", unit.code);
        for (_, duty) in unit.duties() {
            assert!(!duty.trim().is_empty(), "{}: empty duty", unit.code);
        }
        assert_eq!(
            unit.teer,
            unit.code.as_bytes()[1] - b'0',
            "{}: TEER is the code's second digit",
            unit.code
        );
    }
}

#[test]
fn role_headings_and_specialisations_are_not_duties() {
    let catalog = catalog();
    let reporters = catalog.unit("12110").expect("12110 exists");
    let roles: Vec<Option<&str>> = reporters
        .main_duties
        .iter()
        .map(|group| group.role.as_deref())
        .collect();
    assert_eq!(
        roles,
        [Some("Court reporters"), Some("Medical transcriptionists")]
    );
    assert!(
        reporters
            .duties()
            .all(|(_, duty)| duty != "Medical transcriptionists")
    );
    let physicists = catalog.unit("21100").expect("21100 exists");
    assert!(
        physicists
            .duties()
            .all(|(_, duty)| !duty.contains("may specialize"))
    );
    assert!(
        physicists
            .main_duties
            .iter()
            .any(|group| !group.context.is_empty())
    );
}

#[test]
fn lookups_read_every_kind_of_code() {
    let catalog = catalog();
    assert!(matches!(catalog.lookup("12200"), Ok(Lookup::UnitGroup(u)) if u.code == "12200"));
    assert!(matches!(
        catalog.lookup("1311"),
        Ok(Lookup::Noc2016 { code, also_group: Some(group) })
            if code.code == "1311" && group.code == "1311"
    ));
    assert!(
        matches!(catalog.lookup("122"), Ok(Lookup::Group { group, .. }) if group.level == Level::SubMajorGroup)
    );
    assert!(catalog.lookup("99999").is_err());
    assert!(catalog.lookup("12a").is_err());
    assert_eq!(catalog.children("1220").len(), 4);
    assert_eq!(catalog.target("1311").map(|u| u.code.as_str()), Ok("12200"));
    assert!(
        catalog.target("0112").is_err(),
        "a split code is not one target"
    );
    assert!(catalog.target("12").is_err());
}

/// SHA-256 of bytes, in hex.
fn sha256(bytes: &[u8]) -> String {
    use sha2::Digest;
    sha2::Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

#[test]
fn the_committed_model_is_what_its_manifest_says_it_was_trained_on() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let manifest: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(root.join("data/model/manifest.json")).expect("manifest"),
    )
    .expect("the manifest is JSON");
    assert_eq!(
        manifest["model"]["sha256"],
        sha256(nocfit::classify::MODEL_BIN),
        "data/model/model.bin is not the file its manifest describes"
    );
    let stale = "the model was trained on other inputs: run `cargo run --release -p train-model` \
                 and commit data/model";
    let inputs = &manifest["inputs"];
    assert_eq!(
        inputs["noc.json"],
        sha256(nocfit::noc::EMBEDDED_JSON.as_bytes()),
        "{stale}"
    );
    assert_eq!(
        inputs["lexicon.tsv"],
        sha256(nocfit::classify::text::LEXICON_TSV.as_bytes()),
        "{stale}"
    );
    assert_eq!(
        inputs["generic-lines.txt"],
        sha256(&std::fs::read(root.join("data/generic-lines.txt")).expect("generic lines")),
        "{stale}"
    );
    assert_eq!(
        inputs["vocab.txt"],
        sha256(&std::fs::read(root.join("data/vectors/vocab.txt")).expect("vocab")),
        "{stale}"
    );
    assert_eq!(
        inputs["vectors.bin"],
        sha256(&std::fs::read(root.join("data/vectors/vectors.bin")).expect("vectors")),
        "{stale}"
    );
    for (name, path) in [
        (
            "letter-lines-train.tsv",
            "../shared/train/letter-lines-train.tsv",
        ),
        ("onet-dev.tsv", "../shared/eval/onet-dev.tsv"),
    ] {
        match std::fs::read(root.join(path)) {
            Ok(bytes) => assert_eq!(inputs[name], sha256(&bytes), "{stale} ({name} changed)"),
            Err(_) => eprintln!("skipped: {path} is absent"),
        }
    }
}

#[test]
fn the_model_knows_every_unit_group_and_the_generic_line() {
    use nocfit::classify::model::{GENERIC_CLASS, LinearModel};
    let model = LinearModel::from_bytes(nocfit::classify::MODEL_BIN).expect("the model reads");
    let codes: Vec<&str> = catalog()
        .unit_groups()
        .iter()
        .map(|unit| unit.code.as_str())
        .chain([GENERIC_CLASS])
        .collect();
    assert_eq!(model.classes, codes);
    assert!(model.feature_count() > 10_000);
}
