//! Speed of the TUI: the work one keystroke in the search box costs (search, tree filter,
//! profile preview) and drawing a full browser frame. Targets: a keystroke under 5 ms and a
//! frame under 2 ms (median).

use criterion::{Criterion, criterion_group, criterion_main};
use nocfit::tui::{Action, App, Theme, draw};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

fn app_with_query(query: &str) -> App {
    let mut app = App::new(Theme::COLOR);
    app.update(Action::Resize {
        width: 120,
        height: 40,
    });
    for c in query.chars() {
        app.update(Action::Insert(c));
    }
    app
}

/// Each iteration types one character and deletes it again: two keystrokes, both with a full
/// search.
fn keystroke(c: &mut Criterion) {
    let mut group = c.benchmark_group("keystroke (type + delete)");
    for (typed, next) in [
        ("bookkeepe", 'r'),
        ("", 'b'),
        ("accounts payable cler", 'k'),
    ] {
        let mut app = app_with_query(typed);
        group.bench_function(format!("{typed}{next}"), |b| {
            b.iter(|| {
                app.update(Action::Insert(std::hint::black_box(next)));
                app.update(Action::DeleteBackward);
            })
        });
    }
    group.finish();
}

fn frame(c: &mut Criterion) {
    let mut group = c.benchmark_group("draw browser frame 120x40");
    for query in ["bookkeeper", ""] {
        let app = app_with_query(query);
        let mut terminal = match Terminal::new(TestBackend::new(120, 40)) {
            Ok(terminal) => terminal,
            Err(error) => panic!("test backend: {error}"),
        };
        let name = if query.is_empty() { "all" } else { query };
        group.bench_function(name, |b| {
            b.iter(|| terminal.draw(|frame| draw(frame, &app)).map(|_| ()))
        });
    }
    group.finish();
}

criterion_group!(benches, keystroke, frame);
criterion_main!(benches);
