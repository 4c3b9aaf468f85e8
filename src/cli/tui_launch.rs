//! `pivot` with no command: open the coach in the terminal.

use std::path::PathBuf;

use crate::store::Store;
use crate::tui::{self, App, Start, Theme};

use super::context::{CliError, Context};

/// Open the coach in the terminal.
pub(super) fn interactive(
    data: Option<PathBuf>,
    pack: Option<PathBuf>,
    read_only: bool,
    mouse: bool,
    high_contrast: bool,
) -> Result<(), CliError> {
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
    };
    let app = App::new(cx.pack, opened.progress, opened.store, start);
    tui::run(app).map_err(|e| CliError::Message(e.to_string()))
}
