//! The terminal interface, laid out by screen. Data flows one way: a terminal event → the key
//! tables resolve a `Command` (overlay, screen, then everywhere) → the screen answers with an
//! `Outcome` → `App` carries it out (and saves) → the frame is drawn from the state. See
//! ARCHITECTURE.md.

pub mod app;
pub mod chrome;
pub mod command;
pub mod context;
pub mod form;
pub mod keys;
pub mod layout;
pub mod outcome;
pub mod overlay;
pub mod screens;
pub mod theme;
mod widgets;

pub use app::{App, Start};
pub use theme::Theme;

use std::io;

use ratatui::crossterm::event::{
    self, DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste, EnableMouseCapture,
};
use ratatui::crossterm::execute;

/// Run the app until it quits. The terminal is restored on quit, on error and on panic.
pub fn run(mut app: App) -> io::Result<()> {
    let mut terminal = ratatui::try_init().map_err(|e| {
        io::Error::new(
            e.kind(),
            format!("cannot open the terminal ({e}); pivot needs an interactive terminal, or use a command such as `pivot status`"),
        )
    })?;
    let mouse = app.mouse();
    if let Ok(size) = terminal.size() {
        app.update(command::Action::Resize {
            width: size.width,
            height: size.height,
        });
    }
    // ratatui's hook restores raw mode and the screen; also undo what we switched on.
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let _ = execute!(io::stdout(), DisableBracketedPaste, DisableMouseCapture);
        previous(info);
    }));
    let _ = execute!(io::stdout(), EnableBracketedPaste);
    if mouse {
        let _ = execute!(io::stdout(), EnableMouseCapture);
    }
    let result = event_loop(&mut terminal, &mut app);
    let _ = execute!(io::stdout(), DisableBracketedPaste, DisableMouseCapture);
    ratatui::restore();
    result
}

fn event_loop(terminal: &mut ratatui::DefaultTerminal, app: &mut App) -> io::Result<()> {
    loop {
        terminal.draw(|frame| app.render(frame))?;
        // Blocks until there is input: no tick, no work while idle.
        app.handle(event::read()?);
        if app.quit_requested() {
            return Ok(());
        }
    }
}
