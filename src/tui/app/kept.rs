//! Keeping the frame the next start on this file draws first (see `tui::kept`).

use ratatui::backend::CrosstermBackend;
use ratatui::layout::Rect;
use ratatui::{Terminal, TerminalOptions, Viewport};

use super::App;
use super::keeper::Keeper;
use crate::tui::overlay::Overlay;
use crate::tui::screens::Screen;

impl App {
    /// At quit: keep the frame a start on the file as it is now would draw first, for the next
    /// start to show while it reads the file. Only for a data file written normally, with
    /// everything saved and no session in progress (a start turns blind rating back on).
    pub fn keep_start_frame(&mut self) {
        let Some(cache) = self.kept.clone() else {
            return;
        };
        let Keeper::File(store) = &self.keeper else {
            return;
        };
        let unsettled = self.save_error.is_some()
            || self.read_only().is_some()
            || self.progress.draft_review().is_some()
            || store.journal_pending();
        let Some(data) = store.base().filter(|_| !unsettled) else {
            return;
        };
        let key = cache.key(data, self.size, self.today);
        // As a start draws it: on the dashboard, nothing open, no message.
        self.screen = Screen::Dashboard;
        self.overlay = Overlay::None;
        self.status = None;
        if let Ok(frame) = self.start_frame() {
            cache.keep(key, &frame);
        }
    }

    /// The bytes the first draw of this state writes to a blank terminal of the app's size.
    pub fn start_frame(&self) -> std::io::Result<Vec<u8>> {
        let area = Rect::new(0, 0, self.size.0, self.size.1);
        let options = TerminalOptions {
            viewport: Viewport::Fixed(area),
        };
        let mut bytes = Vec::new();
        let mut terminal = Terminal::with_options(CrosstermBackend::new(&mut bytes), options)?;
        terminal.draw(|frame| self.render(frame))?;
        drop(terminal);
        Ok(bytes)
    }
}
