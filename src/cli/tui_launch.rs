//! `pivot` with no command: open the coach in the terminal.

use crate::config::{Config, ThemeName};
use crate::store::Store;
use crate::tui::kept::FrameCache;
use crate::tui::keys::Keymap;
use crate::tui::screens::KEYS;
use crate::tui::{self, App, Start, Theme};

use super::args::Launch;
use super::context::{CliError, Context};

/// Open the coach in the terminal, with this machine's settings where the command line is
/// silent.
pub(super) fn interactive(
    launch: Launch,
    (config, warning): (Config, Option<String>),
) -> Result<(), CliError> {
    let Launch {
        data,
        pack,
        read_only,
        mouse,
        high_contrast,
        show_private,
        ascii: _,
    } = launch;
    let (keys, refused) = keymap(&config);
    // The frame kept for the built-in pack on a file written normally (see `tui::kept`).
    let kept = (!read_only && pack.is_none())
        .then(|| {
            let settings = crate::config::path().and_then(|p| std::fs::read(p).ok());
            FrameCache::for_run(&settings.unwrap_or_default())
        })
        .flatten();
    let (data_path, today) = Context::place(data.or(config.data))?;
    let early = kept_frame(kept.as_ref(), &data_path, today)
        .map(|frame| tui::show_kept(&frame))
        .transpose()
        .map_err(|e| CliError::Message(e.to_string()))?;
    // The pack is read once the kept frame is on screen (it never is with a pack file).
    let read = Context::read_pack(pack).and_then(|pack| {
        let opened = Store::open_for_coach(&data_path, read_only, &pack)?;
        Ok((pack, opened))
    });
    let (pack, opened) = match read {
        Ok(read) => read,
        Err(e) => {
            if let Some(early) = early {
                early.close();
            }
            return Err(e);
        }
    };
    let chosen = if high_contrast {
        Some(ThemeName::HighContrast)
    } else {
        config.theme
    };
    let mut warnings = opened.warnings;
    warnings.extend(warning);
    warnings.extend(refused);
    let start = Start {
        first_run: !opened.existed,
        theme: theme(chosen),
        ascii: crate::plain::on(),
        mouse: mouse || config.mouse.unwrap_or(false),
        today,
        warnings,
        size: (80, 24),
        // Someone browsing the file (a mentor) sees what is private only when asked.
        hide_private: read_only && !show_private,
        keys,
        kept,
    };
    let app = App::new(pack, opened.progress, opened.store, start);
    match early {
        Some(early) => tui::run_early(early, app),
        None => tui::run(app),
    }
    .map_err(|e| CliError::Message(e.to_string()))
}

/// The frame kept for a start on the file at `path` as it is now, in this terminal, today.
fn kept_frame(
    cache: Option<&FrameCache>,
    path: &std::path::Path,
    today: chrono::NaiveDate,
) -> Option<Vec<u8>> {
    let cache = cache?;
    let size = ratatui::crossterm::terminal::size().ok()?;
    cache.load(cache.key_of_file(path, size, today)?)
}

/// `pivot review open PACKET`: the coach on a packet, for the mentor. No data file is read or
/// written; what the mentor writes is saved into the reply as they go.
pub(super) fn mentor(
    packet: &std::path::Path,
    reply: Option<&std::path::Path>,
    launch: &Launch,
) -> Result<(), CliError> {
    // The mentor's own machine: their colours, mouse and keys (not their data file).
    let (config, warning) = crate::config::load();
    let (keys, refused) = keymap(&config);
    let today = crate::clock::today().map_err(CliError::Message)?;
    let desk = crate::exchange::MentorDesk::open(packet, reply)?;
    let progress = desk.progress(today)?;
    let pack = desk.packet.pack.clone();
    let start = Start {
        first_run: false,
        theme: theme(if launch.high_contrast {
            Some(ThemeName::HighContrast)
        } else {
            config.theme
        }),
        ascii: crate::plain::on(),
        mouse: launch.mouse || config.mouse.unwrap_or(false),
        today,
        warnings: warning.into_iter().chain(refused).collect(),
        size: (80, 24),
        hide_private: false,
        keys,
        kept: None,
    };
    let app = App::mentor(pack, progress, desk, start);
    tui::run(app).map_err(|e| CliError::Message(e.to_string()))
}

/// The key tables with this machine's remaps; the built-in ones, and the first reason, when
/// any remap is refused (`pivot config check` lists them all).
pub(super) fn keymap(config: &Config) -> (Keymap, Option<String>) {
    match KEYS.remapped(&config.keys) {
        Ok(keys) => (keys, None),
        Err(why) => (
            KEYS,
            Some(format!(
                "Key remaps not used ({}; pivot config check lists {}): {}",
                match why.len() {
                    1 => "a problem".to_string(),
                    n => format!("{n} problems"),
                },
                if why.len() == 1 { "it" } else { "them" },
                why.join("; ")
            )),
        ),
    }
}

/// The coach's colours: none under `NO_COLOR` or on a dumb terminal, else as asked.
fn theme(chosen: Option<ThemeName>) -> Theme {
    let var = |name| std::env::var_os(name).filter(|v| !v.is_empty());
    let no_color = var("NO_COLOR").is_some() || var("TERM").is_some_and(|t| t == "dumb");
    match chosen {
        Some(ThemeName::Light) if !no_color => Theme::light(),
        chosen => Theme::pick(no_color, chosen == Some(ThemeName::HighContrast)),
    }
}
