//! The terminal interface. Data flows one way: a terminal event → `keymap` resolves an `Action`
//! for the current state → `App::update` changes state (and saves) → `screens` draw from `&App`.

pub mod action;
pub mod app;
mod commands;
mod evidence;
mod form;
mod forms;
pub mod keymap;
mod navigation;
mod picker;
mod review;
mod review_forms;
pub mod screens;
mod state;
pub mod theme;
mod views;
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
    let mouse = app.mouse;
    if let Ok(size) = terminal.size() {
        app.update(action::Action::Resize {
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
        terminal.draw(|frame| screens::render(app, frame))?;
        // Blocks until there is input: no tick, no work while idle.
        let event = event::read()?;
        if let Some(action) = keymap::resolve(app, event) {
            app.update(action);
        }
        if app.quit {
            return Ok(());
        }
    }
}
