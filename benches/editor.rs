//! Speed of the letter editor: one keystroke in a duty line of a 100-line letter, from the key
//! to the repainted frame (reclassify the edited line, rebuild the letter's figures from the
//! cache, draw). Target: under one frame (16 ms), median.

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use nocfit::noc::Catalog;
use nocfit::tui::{Action, App, Caret, Edit, Theme, draw};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

/// A 100-line letter: the bookkeeper letter's parts around 80 varied duty lines.
fn letter() -> String {
    let duties = [
        "Recording journal entries and reconciling bank accounts each month",
        "Preparing payroll cheques and paying supplier bills",
        "Filing, faxing and photocopying documents",
        "Entering invoices for accounts payable into the system",
        "Preparing monthly income statements and balance sheets",
        "Calculating and filing GST returns and payroll remittances",
        "Answering customer inquiries about their accounts",
        "Maintaining the general ledger in QuickBooks",
    ];
    let mut lines = vec![
        "NORTHSHORE PLUMBING & HEATING LTD.".to_owned(),
        "1450 Marine Drive, North Vancouver, BC V7P 1T3".to_owned(),
        "Tel: 604-555-0142 | Email: office@northshoreplumbing.example".to_owned(),
        String::new(),
        "This letter confirms that Ms. Priya Raman has been employed full-time as a Bookkeeper from June 1, 2020 to the present, 40 hours per week, at $58,500 a year with dental benefits.".to_owned(),
        String::new(),
        "Her duties include:".to_owned(),
    ];
    for n in 0..86 {
        lines.push(format!("- {} (task {n})", duties[n % duties.len()]));
    }
    lines.extend(
        [
            "",
            "Sincerely,",
            "(signed)",
            "Daniel Kowalski",
            "Controller",
            "",
        ]
        .map(str::to_owned),
    );
    lines.join("\n")
}

fn editor() -> App {
    let target = Catalog::embedded().target("12200").ok();
    let mut app = App::new(Theme::COLOR)
        .with_target(target)
        .with_letter(Some(std::path::Path::new("/nonexistent/bench-letter.txt")));
    app.update(Action::Resize {
        width: 140,
        height: 45,
    });
    app.update(Action::Edit(Edit::Paste(letter())));
    // Into the middle of a duty line.
    app.update(Action::Edit(Edit::Move {
        to: Caret::Top,
        select: false,
    }));
    for _ in 0..50 {
        app.update(Action::Edit(Edit::Move {
            to: Caret::Down,
            select: false,
        }));
    }
    app.update(Action::Edit(Edit::Move {
        to: Caret::LineEnd,
        select: false,
    }));
    app
}

fn keystroke(c: &mut Criterion) {
    let mut app = editor();
    let mut terminal = match Terminal::new(TestBackend::new(140, 45)) {
        Ok(terminal) => terminal,
        Err(error) => panic!("test backend: {error}"),
    };
    let mut group = c.benchmark_group("letter editor, 100 lines");
    // Each new character makes a line text the cache has not seen, as typing does.
    let mut counter = 0u32;
    group.bench_function("keystroke + repaint", |b| {
        b.iter(|| {
            counter = counter.wrapping_add(1);
            let c = char::from(b'a' + (counter % 26) as u8);
            app.update(Action::Edit(Edit::Insert(black_box(c))));
            terminal.draw(|frame| draw(frame, &app)).map(|_| ())
        })
    });
    group.bench_function("repaint only", |b| {
        b.iter(|| terminal.draw(|frame| draw(frame, &app)).map(|_| ()))
    });
    group.sample_size(10);
    group.bench_function("paste whole letter (cold cache)", |b| {
        b.iter_with_setup(
            || {
                let target = Catalog::embedded().target("12200").ok();
                App::new(Theme::COLOR)
                    .with_target(target)
                    .with_letter(Some(std::path::Path::new("/nonexistent/bench.txt")))
            },
            |mut app| app.update(Action::Edit(Edit::Paste(letter()))),
        )
    });
    group.finish();
}

criterion_group!(benches, keystroke);
criterion_main!(benches);
