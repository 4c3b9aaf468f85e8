//! `pivot` with no command: open the coach in the terminal.

use crate::store::Store;
use crate::tui::{self, App, Start, Theme};

use super::args::Launch;
use super::context::{CliError, Context};

/// Open the coach in the terminal.
pub(super) fn interactive(launch: Launch) -> Result<(), CliError> {
    let Launch {
        data,
        pack,
        read_only,
        mouse,
        high_contrast,
        show_private,
    } = launch;
    let cx = Context::new(data, pack, read_only)?;
    let opened = Store::open(&cx.data_path, read_only, &cx.pack)?;
    let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
    let start = Start {
        first_run: !opened.existed,
        theme: Theme::pick(no_color, high_contrast),
        mouse,
        today: cx.today,
        warnings: opened.warnings,
        size: (80, 24),
        // Someone browsing the file (a mentor) sees what is private only when asked.
        hide_private: read_only && !show_private,
    };
    let app = App::new(cx.pack, opened.progress, opened.store, start);
    tui::run(app).map_err(|e| CliError::Message(e.to_string()))
}
