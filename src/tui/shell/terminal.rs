//! The terminal shell: take over the screen, run the event loop, and give the terminal back on
//! exit, on a signal and on panic. SIGTERM, SIGINT, SIGQUIT, SIGHUP and a panic first write the
//! recovery copy of unsaved text; a signal then ends the process with 128 + its number, as a
//! shell expects.

use std::io::{self, Write};
use std::sync::Arc;
use std::sync::atomic::{AtomicI32, Ordering};
use std::time::{Duration, Instant};

use ratatui::DefaultTerminal;
use ratatui::crossterm::event::{
    self, DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste, EnableMouseCapture,
};
use ratatui::crossterm::execute;

use crate::tui::action::{Action, Effect};
use crate::tui::letter::snapshot::{SharedSnapshot, write_shared};
use crate::tui::shell::app::App;
use crate::tui::shell::clipboard::osc52;
use crate::tui::shell::draw::draw;

/// How long the loop waits for input when nothing is due (it then checks for signals).
const IDLE_POLL: Duration = Duration::from_millis(250);

/// Runs the app full-screen until the user quits or a signal ends it; returns that signal.
/// `snapshot` is the app's shared unsaved text, written as a recovery copy on panic and on the
/// signals.
pub fn run(mut app: App, snapshot: SharedSnapshot) -> io::Result<Option<i32>> {
    // The number of the signal received, 0 for none.
    let terminate = Arc::new(AtomicI32::new(0));
    watch_signals(Arc::clone(&terminate), snapshot.clone())?;
    // ratatui's hook leaves raw mode and the alternate screen before the message prints; ours,
    // installed after it and so run first, also saves the unsaved text and turns off mouse
    // capture and bracketed paste.
    let mut terminal = ratatui::try_init()?;
    let restore_hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let saved = write_shared(&snapshot);
        let _ = execute!(io::stdout(), DisableMouseCapture, DisableBracketedPaste);
        restore_hook(info);
        if saved {
            eprintln!("nocfit: your unsaved letter was kept; start nocfit again to recover it");
        }
    }));
    let result = execute!(io::stdout(), EnableMouseCapture, EnableBracketedPaste)
        .and_then(|()| event_loop(&mut terminal, &mut app, &terminate));
    if result.is_err() {
        // The terminal failed under us: keep the unsaved text.
        app.write_recovery_copy();
    }
    let _ = execute!(io::stdout(), DisableMouseCapture, DisableBracketedPaste);
    ratatui::restore();
    result?;
    let signal = terminate.load(Ordering::Relaxed);
    Ok((signal != 0).then_some(signal))
}

/// On SIGTERM, SIGINT, SIGQUIT or SIGHUP, stores the signal in `terminate` so the event loop
/// writes the recovery copy, restores the terminal and returns. (In raw mode Ctrl-C is a key,
/// not SIGINT: these signals come from outside.) A closed terminal (SIGHUP) can leave the loop
/// stuck inside a read, so if the process is still running shortly after, this thread writes
/// the copy itself, restores the terminal and exits.
fn watch_signals(terminate: Arc<AtomicI32>, snapshot: SharedSnapshot) -> io::Result<()> {
    use signal_hook::consts::{SIGHUP, SIGINT, SIGQUIT, SIGTERM};
    let mut signals = signal_hook::iterator::Signals::new([SIGTERM, SIGINT, SIGQUIT, SIGHUP])?;
    std::thread::spawn(move || {
        if let Some(signal) = signals.forever().next() {
            terminate.store(signal, Ordering::Relaxed);
            std::thread::sleep(Duration::from_millis(500));
            write_shared(&snapshot);
            let _ = execute!(io::stdout(), DisableMouseCapture, DisableBracketedPaste);
            ratatui::restore();
            std::process::exit(128 + signal);
        }
    });
    Ok(())
}

fn event_loop(
    terminal: &mut DefaultTerminal,
    app: &mut App,
    terminate: &AtomicI32,
) -> io::Result<()> {
    let size = terminal.size()?;
    app.update(Action::Resize {
        width: size.width,
        height: size.height,
    });
    while !app.should_quit() {
        terminal.draw(|frame| draw(frame, app))?;
        // Wait for input, but no longer than until a recovery copy is due; the timeout is the
        // recovery timer and the moment signals are checked.
        let wait = app
            .wake_in(Instant::now())
            .map_or(IDLE_POLL, |due| due.min(IDLE_POLL));
        if event::poll(wait)? {
            // Apply every event already waiting before drawing again, so fast typing, a paste
            // or a wheel burst costs one frame.
            app.handle_event(&event::read()?);
            while !app.should_quit() && event::poll(Duration::ZERO)? {
                app.handle_event(&event::read()?);
            }
        }
        app.tick(Instant::now());
        if terminate.load(Ordering::Relaxed) != 0 {
            app.write_recovery_copy();
            break;
        }
        for effect in app.take_effects() {
            match effect {
                Effect::Copy(text) => {
                    let mut out = io::stdout();
                    out.write_all(osc52(&text).as_bytes())?;
                    out.flush()?;
                }
                Effect::MouseCapture(true) => execute!(io::stdout(), EnableMouseCapture)?,
                Effect::MouseCapture(false) => execute!(io::stdout(), DisableMouseCapture)?,
            }
        }
    }
    Ok(())
}
