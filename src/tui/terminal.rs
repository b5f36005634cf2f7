//! The terminal shell: take over the screen, run the event loop, and give the terminal back on
//! exit, on Ctrl-C and on panic.

use std::io::{self, Write};

use crossterm::event::{
    self, DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste, EnableMouseCapture,
};
use crossterm::execute;
use ratatui::DefaultTerminal;

use super::action::{Action, Effect};
use super::app::App;
use super::clipboard::osc52;
use super::draw::draw;

/// Runs the app full-screen until the user quits.
pub fn run(mut app: App) -> io::Result<()> {
    // ratatui's hook leaves raw mode and the alternate screen before the message prints; ours,
    // installed after it and so run first, also turns off mouse capture and bracketed paste.
    let mut terminal = ratatui::try_init()?;
    let restore_hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let _ = execute!(io::stdout(), DisableMouseCapture, DisableBracketedPaste);
        restore_hook(info);
    }));
    let result = execute!(io::stdout(), EnableMouseCapture, EnableBracketedPaste)
        .and_then(|()| event_loop(&mut terminal, &mut app));
    let _ = execute!(io::stdout(), DisableMouseCapture, DisableBracketedPaste);
    ratatui::restore();
    result
}

fn event_loop(terminal: &mut DefaultTerminal, app: &mut App) -> io::Result<()> {
    let size = terminal.size()?;
    app.update(Action::Resize {
        width: size.width,
        height: size.height,
    });
    while !app.should_quit() {
        terminal.draw(|frame| draw(frame, app))?;
        // Apply every event already waiting before drawing again, so fast typing or a wheel
        // burst costs one frame.
        app.handle_event(&event::read()?);
        while !app.should_quit() && event::poll(std::time::Duration::ZERO)? {
            app.handle_event(&event::read()?);
        }
        for effect in app.take_effects() {
            match effect {
                Effect::Copy(text) => {
                    let mut out = io::stdout();
                    out.write_all(osc52(&text).as_bytes())?;
                    out.flush()?;
                }
            }
        }
    }
    Ok(())
}
