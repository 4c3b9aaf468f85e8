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

use std::io::{self, BufWriter, Stdout};

use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;
use ratatui::crossterm::event::{
    self, DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste, EnableMouseCapture,
};
use ratatui::crossterm::execute;
use ratatui::crossterm::terminal::{EnterAlternateScreen, enable_raw_mode};

/// The terminal, written through one buffer so a frame leaves in one write (stdout alone flushes
/// every kilobyte).
type Screen = Terminal<CrosstermBackend<BufWriter<Stdout>>>;

/// Raw mode, the alternate screen and a buffered backend: what `ratatui::init` does, with the
/// buffer. Restored by `ratatui::restore`.
fn open_terminal() -> io::Result<Screen> {
    enable_raw_mode()?;
    execute!(io::stdout(), EnterAlternateScreen)?;
    let backend = CrosstermBackend::new(BufWriter::with_capacity(1 << 16, io::stdout()));
    Terminal::new(backend)
}

/// Run the app until it quits. The terminal is restored on quit, on error and on panic.
pub fn run(mut app: App) -> io::Result<()> {
    let mut terminal = open_terminal().map_err(|e| {
        ratatui::restore();
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
    // A panic restores raw mode and the screen and undoes what we switched on, then reports.
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let _ = execute!(io::stdout(), DisableBracketedPaste, DisableMouseCapture);
        ratatui::restore();
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

/// Hand the terminal to the person's editor on `text`, then take it back and draw everything
/// again (the editor drew over the screen).
fn in_editor(
    terminal: &mut Screen,
    text: &str,
    mouse: bool,
) -> io::Result<Result<String, crate::editor::NoText>> {
    let _ = execute!(io::stdout(), DisableBracketedPaste, DisableMouseCapture);
    ratatui::restore();
    let result = crate::editor::edit(text);
    enable_raw_mode()?;
    execute!(io::stdout(), EnterAlternateScreen, EnableBracketedPaste)?;
    if mouse {
        execute!(io::stdout(), EnableMouseCapture)?;
    }
    terminal.clear()?;
    Ok(result)
}

fn event_loop(terminal: &mut Screen, app: &mut App) -> io::Result<()> {
    let mut first = true;
    loop {
        terminal.draw(|frame| app.render(frame))?;
        // What the first frame did without is read once it is on screen, before any key.
        if std::mem::take(&mut first) && app.read_rest() {
            continue;
        }
        // Blocks until there is input: no tick, no work while idle.
        app.handle(event::read()?);
        if app.quit_requested() {
            return Ok(());
        }
        if let Some(text) = app.take_editor_request() {
            let result = in_editor(terminal, &text, app.mouse())?;
            app.editor_returned(result);
        }
    }
}
