//! Word and PDF letters in the full-screen application: opened from the command line or with
//! Ctrl-O they colour like the text they hold, saving offers NAME.txt beside them and never
//! writes over them, and the checklist panel shows the experience the letter states.

use std::path::Path;

use nocfit::letter::Date;
use nocfit::noc::Catalog;
use nocfit::tui::{Action, App, Theme};
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{Event, KeyCode, KeyModifiers};
use ratatui::style::Color;

use super::documents::{self, bookkeeper, write};
use super::editor::{ctrl, fixture, folder, key};
use super::tui::{render_at, screen};

const WIDTH: u16 = 140;
const HEIGHT: u16 = 60;

fn as_of() -> Date {
    Date::new(2024, 12, 1).unwrap_or(Date::EPOCH)
}

/// The app as `nocfit LETTER --noc CODE --as-of 2024-12-01` starts it.
fn opened(path: &Path, target: &str) -> App {
    let target = Catalog::embedded().target(target).ok();
    let mut app = App::new(Theme::COLOR)
        .with_as_of(as_of())
        .with_target(target)
        .with_letter(Some(path));
    app.update(Action::Resize {
        width: WIDTH,
        height: HEIGHT,
    });
    app
}

/// The screen's rows as (characters, colours), leaving out rows that name the file and the
/// status line, which differ between a letter and its import.
fn letter_rows(buffer: &Buffer) -> Vec<(String, Vec<Color>)> {
    let shown = screen(buffer);
    shown
        .lines()
        .enumerate()
        .take(usize::from(HEIGHT) - 1)
        .filter(|(_, line)| !line.contains("letter."))
        .map(|(y, line)| {
            let colours = (0..WIDTH).map(|x| buffer[(x, y as u16)].fg).collect();
            (line.to_owned(), colours)
        })
        .collect()
}

#[test]
fn an_imported_letter_colours_like_its_text() {
    let dir = folder();
    let text = bookkeeper();
    let txt = write(dir.path(), "letter.txt", text.as_bytes());
    let docx = write(dir.path(), "letter.docx", &documents::docx(&text, 3, 1));
    let pdf = write(dir.path(), "letter.pdf", &documents::pdf(&text));
    let expected = letter_rows(&render_at(&opened(&txt, "12200"), WIDTH, HEIGHT));
    for path in [docx, pdf] {
        let app = opened(&path, "12200");
        let status = app.status_text().unwrap_or_default().to_owned();
        assert!(
            status.starts_with(&format!("Imported {}", path.display())),
            "{status}"
        );
        assert!(status.contains("Ctrl-S saves it as"), "{status}");
        assert_eq!(app.letter_text(), text, "{}", path.display());
        assert!(!app.is_dirty());
        let rows = letter_rows(&render_at(&app, WIDTH, HEIGHT));
        assert_eq!(rows, expected, "{}", path.display());
    }
}

#[test]
fn ctrl_o_imports_a_pdf_and_saving_offers_a_txt_beside_it() -> Result<(), Box<dyn std::error::Error>>
{
    let dir = folder();
    let pdf_bytes = documents::pdf(&bookkeeper());
    let pdf = write(dir.path(), "letter.pdf", &pdf_bytes);
    let mut app = opened(&dir.path().join("other.txt"), "12200");
    ctrl(&mut app, 'o');
    key(&mut app, KeyCode::Char('u'), KeyModifiers::CONTROL);
    app.handle_event(&Event::Paste(pdf.display().to_string()));
    key(&mut app, KeyCode::Enter, KeyModifiers::NONE);
    assert_eq!(app.letter_path(), Some(pdf.as_path()));
    // An edit, then Ctrl-S: the prompt offers letter.txt and says why.
    key(&mut app, KeyCode::Char('X'), KeyModifiers::NONE);
    ctrl(&mut app, 's');
    let question = app.prompt_text().unwrap_or_default();
    assert!(
        question.contains(
            "letter.pdf is a PDF: nocfit saves its text as .txt beside it, never over it"
        ),
        "{question}"
    );
    // Typing the PDF's own name back is refused: the offer comes again.
    key(&mut app, KeyCode::Char('u'), KeyModifiers::CONTROL);
    app.handle_event(&Event::Paste(pdf.display().to_string()));
    key(&mut app, KeyCode::Enter, KeyModifiers::NONE);
    assert!(app.prompt_text().is_some(), "the name is asked again");
    assert_eq!(std::fs::read(&pdf)?, pdf_bytes);
    // Enter takes the offer: letter.txt beside the PDF.
    key(&mut app, KeyCode::Enter, KeyModifiers::NONE);
    let saved = dir.path().join("letter.txt");
    assert_eq!(app.letter_path(), Some(saved.as_path()));
    assert_eq!(
        std::fs::read_to_string(&saved)?,
        format!("X{}", bookkeeper())
    );
    assert_eq!(std::fs::read(&pdf)?, pdf_bytes, "the PDF is never changed");
    assert!(!app.is_dirty());
    // From now on the letter is the text file: Ctrl-S writes it without asking.
    key(&mut app, KeyCode::Delete, KeyModifiers::NONE);
    ctrl(&mut app, 's');
    assert_eq!(app.prompt_text(), None);
    Ok(())
}

#[test]
fn the_checklist_panel_shows_the_experience() {
    let dir = folder();
    let path = write(
        dir.path(),
        "letter.docx",
        &documents::docx(&fixture("part-time-cook-63200.txt"), 3, 1),
    );
    let mut app = opened(&path, "63200").with_as_of(Date::new(2026, 12, 1).unwrap_or(Date::EPOCH));
    // Line, coverage, checklist.
    app.update(Action::NextPanel);
    app.update(Action::NextPanel);
    for _ in 0..3 {
        key(&mut app, KeyCode::PageDown, KeyModifiers::ALT);
    }
    let buffer = render_at(&app, WIDTH, HEIGHT);
    let shown = screen(&buffer);
    assert!(shown.contains("as of 2026-12-01"), "{shown}");
    assert!(
        shown.contains("September 2021 to August 2023 (1 year 11 months at 20 h/week);"),
        "{shown}"
    );
    let (y, line) = shown
        .lines()
        .enumerate()
        .find(|(_, line)| line.contains("✓ FST (Federal Skilled Trades)"))
        .unwrap_or_default();
    let x = line
        .find("✓ FST")
        .map_or(0, |byte| line[..byte].chars().count());
    assert_eq!(buffer[(x as u16, y as u16)].fg, Color::Green, "{shown}");
}

#[test]
fn profiles_show_the_federal_skilled_trades_standing() {
    for (code, standing) in [
        ("72310", "Federal Skilled Trades: eligible"),
        ("12200", "Federal Skilled Trades: not eligible"),
    ] {
        let dir = folder();
        let app = opened(&dir.path().join("letter.txt"), code);
        let shown = screen(&render_at(&app, WIDTH, HEIGHT));
        assert!(shown.contains(standing), "{code}:\n{shown}");
    }
}
