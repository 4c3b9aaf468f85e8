//! The terminal interface, laid out by screen. Data flows one way: a terminal event → the key
//! tables resolve a `Command` (overlay, screen, then everywhere) → the screen answers with an
//! `Outcome` → `App` carries it out (and saves) → the frame is drawn from the state. See
//! ARCHITECTURE.md.

pub mod app;
pub mod chrome;
pub mod command;
pub mod context;
pub mod form;
pub mod kept;
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
/// buffer. `first`, bytes to show at once (a kept frame), goes out before ratatui's two screen
/// buffers are made: their first touch is the largest part of a start's own time. Restored by
/// `ratatui::restore`.
fn open_terminal(first: &[u8]) -> io::Result<Screen> {
    use std::io::Write as _;
    enable_raw_mode()?;
    let mut out = io::stdout();
    execute!(out, EnterAlternateScreen)?;
    if !first.is_empty() {
        out.write_all(first)?;
        out.flush()?;
    }
    let backend = CrosstermBackend::new(BufWriter::with_capacity(1 << 16, out));
    Terminal::new(backend)
}

/// The terminal, showing `first` (see [`open_terminal`]), or why it cannot be opened (restored
/// first). From here on a panic restores raw mode and the screen and undoes what we switched
/// on, then reports.
fn open_or_say(first: &[u8]) -> io::Result<Screen> {
    let terminal = open_terminal(first).map_err(|e| {
        ratatui::restore();
        io::Error::new(
            e.kind(),
            format!("cannot open the terminal ({e}); pivot needs an interactive terminal, or use a command such as `pivot status`"),
        )
    })?;
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let _ = execute!(io::stdout(), DisableBracketedPaste, DisableMouseCapture);
        ratatui::restore();
        previous(info);
    }));
    Ok(terminal)
}

/// The terminal opened early, showing a kept first frame (see [`kept`]) while the app is made.
pub struct Early(Screen);

/// Open the terminal and show `frame`, the bytes a start on the same file drew last time; the
/// next draw redraws every cell, since what is on screen is not known to ratatui.
pub fn show_kept(frame: &[u8]) -> io::Result<Early> {
    let mut terminal = open_or_say(frame)?;
    // A cell no frame draws (colours pivot never uses), so every cell of the next frame differs.
    let mut unknown = ratatui::buffer::Cell::new(" ");
    unknown.set_fg(ratatui::style::Color::Rgb(1, 2, 3));
    unknown.set_bg(ratatui::style::Color::Rgb(3, 2, 1));
    for cell in &mut terminal.current_buffer_mut().content {
        *cell = unknown.clone();
    }
    terminal.swap_buffers();
    Ok(Early(terminal))
}

impl Early {
    /// Give the terminal back: the app could not be made.
    pub fn close(self) {
        drop(self.0);
        ratatui::restore();
    }
}

/// Run the app until it quits. The terminal is restored on quit, on error and on panic.
pub fn run(app: App) -> io::Result<()> {
    run_on(open_or_say(&[])?, app)
}

/// Run the app on a terminal opened early (see [`show_kept`]).
pub fn run_early(early: Early, app: App) -> io::Result<()> {
    run_on(early.0, app)
}

fn run_on(mut terminal: Screen, mut app: App) -> io::Result<()> {
    let mouse = app.mouse();
    if let Ok(size) = terminal.size() {
        app.update(command::Action::Resize {
            width: size.width,
            height: size.height,
        });
    }
    let _ = execute!(io::stdout(), EnableBracketedPaste);
    if mouse {
        let _ = execute!(io::stdout(), EnableMouseCapture);
    }
    let result = event_loop(&mut terminal, &mut app);
    if result.is_ok() {
        app.keep_start_frame();
    }
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
