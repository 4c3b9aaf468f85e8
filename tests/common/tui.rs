// Each TUI test binary uses a different subset of these helpers.
#![allow(dead_code)]

//! The terminal interface without a terminal: apps on throwaway data files, key notation, drawing
//! on `TestBackend` and reading the screen back.

use std::fs;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use pivot::progress::Progress;
use pivot::store::Store;
use pivot::tui::chrome::Tone;
use pivot::tui::overlay::Overlay;
use pivot::tui::{App, Start, Theme};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use tempfile::TempDir;

// Not every test binary checks that a file was left untouched.
#[allow(unused_imports)]
pub use super::{TODAY, fingerprint};

pub fn day(text: &str) -> NaiveDate {
    pivot::clock::parse_date(text).expect("test date")
}

/// An app on a data file in a throwaway folder. The app (and the lock its store holds) is dropped
/// before the folder.
pub struct Session {
    pub app: App,
    pub path: PathBuf,
    pub _dir: TempDir,
}

/// Open `path` the way `main` does and build the app on it, in the default theme.
pub fn open_app(path: &Path, read_only: bool) -> App {
    open_app_themed(path, read_only, Theme::default_theme())
}

/// Open `path` the way `main` does and build the app on it.
pub fn open_app_themed(path: &Path, read_only: bool, theme: Theme) -> App {
    open_app_as(path, read_only, theme, false)
}

/// `path` browsed as `pivot --read-only` does: private texts hidden unless `--include-private`.
pub fn browse_app(path: &Path, include_private: bool) -> App {
    open_app_as(path, true, Theme::default_theme(), !include_private)
}

fn open_app_as(path: &Path, read_only: bool, theme: Theme, hide_private: bool) -> App {
    let pack = pivot::content::builtin();
    let opened = Store::open(path, read_only, &pack).expect("open the data file");
    let start = Start {
        first_run: !opened.existed,
        theme,
        hide_private,
        ..start(opened.warnings, (80, 24))
    };
    App::new(pack, opened.progress, opened.store, start)
}

/// Open `path` with the key tables `remaps` (`config.toml`'s `[keys.…]` text) make.
pub fn open_app_with_keys(path: &Path, remaps: &str) -> App {
    let config = pivot::config::parse(remaps).expect("the remaps parse");
    let keys = pivot::tui::screens::KEYS
        .remapped(&config.keys)
        .expect("the remaps are accepted");
    let pack = pivot::content::builtin();
    let opened = Store::open(path, false, &pack).expect("open the data file");
    let start = Start {
        keys,
        ..start(opened.warnings, (80, 24))
    };
    App::new(pack, opened.progress, opened.store, start)
}

/// How a test starts the app: not a first run, the default theme, no mouse, today pinned.
pub fn start(warnings: Vec<String>, size: (u16, u16)) -> Start {
    Start {
        first_run: false,
        theme: Theme::default_theme(),
        ascii: false,
        mouse: false,
        today: day(TODAY),
        warnings,
        size,
        hide_private: false,
        keys: pivot::tui::screens::KEYS,
        kept: None,
    }
}

/// `text` as the data file (`progress.json`) of a throwaway folder.
pub fn folder_with(text: &str) -> (TempDir, PathBuf) {
    let dir = TempDir::new().expect("temp dir");
    let path = dir.path().join("progress.json");
    fs::write(&path, text).expect("write the fixture");
    (dir, path)
}

/// The coach on `text` as its data file, in a throwaway folder, writable, in the default theme.
pub fn session_on(text: &str) -> Session {
    let (dir, path) = folder_with(text);
    Session {
        app: open_app(&path, false),
        path,
        _dir: dir,
    }
}

/// Parse a compact key notation: plain characters type themselves (capitals with Shift, as a
/// terminal sends them); `<Tab>`, `<BackTab>`, `<Enter>`, `<Esc>`, `<Space>`, `<BS>`, `<Del>`,
/// `<Up>`, `<Down>`, `<Left>`, `<Right>`, `<Home>`, `<End>`, `<PageUp>`, `<PageDown>`, `<lt>`
/// name keys; `<C-x>` is Ctrl with a character.
pub fn keys(notation: &str) -> Vec<KeyEvent> {
    let mut out = Vec::new();
    let mut chars = notation.chars();
    while let Some(c) = chars.next() {
        if c != '<' {
            let mods = if c.is_uppercase() {
                KeyModifiers::SHIFT
            } else {
                KeyModifiers::NONE
            };
            out.push(KeyEvent::new(KeyCode::Char(c), mods));
            continue;
        }
        let name: String = chars.by_ref().take_while(|&c| c != '>').collect();
        let none = KeyModifiers::NONE;
        let key = match name.as_str() {
            "Tab" => KeyEvent::new(KeyCode::Tab, none),
            "BackTab" => KeyEvent::new(KeyCode::BackTab, KeyModifiers::SHIFT),
            "Enter" => KeyEvent::new(KeyCode::Enter, none),
            "Esc" => KeyEvent::new(KeyCode::Esc, none),
            "Space" => KeyEvent::new(KeyCode::Char(' '), none),
            "BS" => KeyEvent::new(KeyCode::Backspace, none),
            "Del" => KeyEvent::new(KeyCode::Delete, none),
            "Up" => KeyEvent::new(KeyCode::Up, none),
            "Down" => KeyEvent::new(KeyCode::Down, none),
            "Left" => KeyEvent::new(KeyCode::Left, none),
            "Right" => KeyEvent::new(KeyCode::Right, none),
            "Home" => KeyEvent::new(KeyCode::Home, none),
            "End" => KeyEvent::new(KeyCode::End, none),
            "PageUp" => KeyEvent::new(KeyCode::PageUp, none),
            "PageDown" => KeyEvent::new(KeyCode::PageDown, none),
            "lt" => KeyEvent::new(KeyCode::Char('<'), none),
            ctrl if ctrl.starts_with("C-") && ctrl.chars().count() == 3 => {
                let c = ctrl.chars().nth(2).expect("a character after C-");
                KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL)
            }
            other => panic!("unknown key <{other}> in {notation:?}"),
        };
        out.push(key);
    }
    out
}

/// The keys a random walk presses: every screen's, the overlays', the forms' and typing.
pub const WALK_KEYS: &[&str] = &[
    "<Tab>",
    "<BackTab>",
    "1",
    "2",
    "3",
    "4",
    "5",
    "6",
    "7",
    "8",
    "<Up>",
    "<Down>",
    "<Left>",
    "<Right>",
    "<Enter>",
    "<Esc>",
    "<Space>",
    "<BS>",
    "<PageUp>",
    "<PageDown>",
    "<Home>",
    "<End>",
    "a",
    "e",
    "d",
    "n",
    "o",
    "p",
    "r",
    "s",
    "i",
    "b",
    "c",
    "f",
    "x",
    "y",
    "u",
    "j",
    "k",
    "J",
    "K",
    "G",
    "g",
    "/",
    "?",
    "R",
    "<C-s>",
    "<C-r>",
    "é",
    "東",
    "🙂",
    "0",
    "9",
];

/// Press keys as a person would: each goes through the keymap, then into `update`.
pub fn press(app: &mut App, notation: &str) {
    for key in keys(notation) {
        send(app, Event::Key(key));
    }
}

/// Send one event through the keymap into `update`, as the event loop does.
pub fn send(app: &mut App, event: Event) {
    app.handle(event);
}

/// Backspace `n` times: clears a prefilled field.
pub fn erase(app: &mut App, n: usize) {
    press(app, &"<BS>".repeat(n));
}

pub fn draw(app: &App, width: u16, height: u16) -> Terminal<TestBackend> {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).expect("test terminal");
    terminal
        .draw(|frame| app.render(frame))
        .expect("draw a frame");
    terminal
}

pub fn buffer(app: &App, width: u16, height: u16) -> Buffer {
    draw(app, width, height).backend().buffer().clone()
}

/// The screen as plain text, one line per row.
pub fn screen_text(app: &App, width: u16, height: u16) -> String {
    let buf = buffer(app, width, height);
    (0..height)
        .map(|y| row_text(&buf, y))
        .collect::<Vec<_>>()
        .join("\n")
}

/// A row of the buffer as text.
pub fn row_text(buf: &Buffer, y: u16) -> String {
    row_cells(buf, y).0
}

/// A row's text and, for each byte offset where a cell starts, that cell's column.
pub fn row_cells(buf: &Buffer, y: u16) -> (String, Vec<(usize, u16)>) {
    let mut text = String::new();
    let mut starts = Vec::new();
    for x in 0..buf.area.width {
        let symbol = buf[(x, y)].symbol();
        if symbol.is_empty() {
            continue;
        }
        starts.push((text.len(), x));
        text.push_str(symbol);
    }
    (text, starts)
}

/// The cell where `needle` first appears (rows top to bottom); `None` if it is not on screen.
pub fn find(buf: &Buffer, needle: &str) -> Option<(u16, u16)> {
    find_from(buf, needle, 0)
}

/// The cell where `needle` first appears (rows top to bottom, from column `from` on).
pub fn find_from(buf: &Buffer, needle: &str, from: u16) -> Option<(u16, u16)> {
    (0..buf.area.height).find_map(|y| {
        let (text, starts) = row_cells(buf, y);
        let start = starts.iter().find(|(_, x)| *x >= from)?.0;
        let at = text[start..].find(needle)? + start;
        starts
            .iter()
            .find(|(offset, _)| *offset == at)
            .map(|(_, x)| (*x, y))
    })
}

/// The data file as saved on disk.
pub fn on_disk(path: &Path) -> Progress {
    let text = fs::read_to_string(path).expect("read the data file");
    serde_json::from_str(&text).expect("the data file parses")
}

/// The status line's tone and text; fails if there is none.
pub fn status(app: &App) -> (Tone, &str) {
    app.status().expect("a status message")
}

pub fn is_form(app: &App) -> bool {
    matches!(app.overlay(), Overlay::Form(_))
}

pub fn is_confirm(app: &App) -> bool {
    matches!(app.overlay(), Overlay::Confirm(_))
}

pub fn is_none(app: &App) -> bool {
    matches!(app.overlay(), Overlay::None)
}

pub fn form_error(app: &App) -> Option<&str> {
    match app.overlay() {
        Overlay::Form(form) => form.form.error.as_deref(),
        _ => None,
    }
}

/// Draw `app` at every size on a grid (widths 1..=130, heights 1..=50, in the given steps) and
/// fail, naming the state and the size, if any drawing panics.
pub fn assert_draws_at_every_size(label: &str, app: &App, width_step: usize, height_step: usize) {
    for width in (1..=130).step_by(width_step) {
        for height in (1..=50).step_by(height_step) {
            let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                draw(app, width, height);
            }));
            assert!(
                result.is_ok(),
                "drawing {label} at {width}×{height} panicked"
            );
        }
    }
}
