//! Speed of the core: loading the embedded data and searching it.

use criterion::{Criterion, criterion_group, criterion_main};
use nocfit::noc::{Catalog, EMBEDDED_JSON};
use nocfit::search::SearchIndex;

fn load(c: &mut Criterion) {
    c.bench_function("load embedded data", |b| {
        b.iter(|| Catalog::from_json(std::hint::black_box(EMBEDDED_JSON)))
    });
    c.bench_function("load the titles a search reads", |b| {
        b.iter(|| Catalog::titles_from_json(std::hint::black_box(EMBEDDED_JSON)))
    });
    c.bench_function("build search index", |b| {
        let catalog = Catalog::embedded();
        b.iter(|| SearchIndex::new(std::hint::black_box(catalog)))
    });
}

fn search(c: &mut Criterion) {
    let index = SearchIndex::new(Catalog::embedded());
    let mut group = c.benchmark_group("search");
    for query in ["bookkeeper", "accounts payable clerk", "b", "1311", "xqz"] {
        group.bench_function(query, |b| {
            b.iter(|| index.search(std::hint::black_box(query), 50))
        });
    }
    group.finish();
    // The whole command, as `fzf --filter` over the same titles is compared with it.
    let mut group = c.benchmark_group("start-up");
    group.sample_size(20);
    group.bench_function("nocfit search bookkeeper (whole process)", |b| {
        let binary = env!("CARGO_BIN_EXE_nocfit");
        b.iter(|| {
            std::process::Command::new(binary)
                .args(["search", "bookkeeper"])
                .output()
                .expect("nocfit runs")
        })
    });
    group.finish();
}

criterion_group!(benches, load, search);
criterion_main!(benches);
