//! `pivot config path|init|check|keys`: this machine's settings file.

use std::io::Write;

use crate::config;
use crate::tui::keys::map::action_name;
use crate::tui::keys::names::config_name;
use crate::tui::screens::KEYS;

use super::args::ConfigCommand;
use super::context::CliError;
use super::output::print;

pub(super) fn run(out: &mut dyn Write, command: ConfigCommand) -> Result<(), CliError> {
    let path = config::path().ok_or_else(|| {
        CliError::Message("no config folder on this system (is HOME set?)".into())
    })?;
    match command {
        ConfigCommand::Check => check(out, &path),
        ConfigCommand::Keys => keys(out, &path),
        ConfigCommand::Path => print(out, format!("{}\n", path.display())),
        ConfigCommand::Init => {
            if path.exists() {
                return print(
                    out,
                    format!(
                        "{} is there already; edit it (left as it is).\n",
                        path.display()
                    ),
                );
            }
            let folder = path.parent().unwrap_or(&path);
            std::fs::create_dir_all(folder)
                .and_then(|()| std::fs::write(&path, config::STARTER))
                .map_err(|e| CliError::Message(format!("cannot write {}: {e}", path.display())))?;
            print(
                out,
                format!(
                    "Wrote {}: every setting is in it, commented out.\n",
                    path.display()
                ),
            )
        }
    }
}

/// Every problem of the file at `path`, one a line (exit 1), or that it is fine.
fn check(out: &mut dyn Write, path: &std::path::Path) -> Result<(), CliError> {
    let text = match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return print(
                out,
                format!(
                    "There is no {}: pivot runs on its defaults (pivot config init writes one).\n",
                    path.display()
                ),
            );
        }
        Err(e) => {
            return Err(CliError::Message(format!(
                "cannot read {}: {e}",
                path.display()
            )));
        }
    };
    let config = config::parse(&text)
        .map_err(|why| CliError::Message(format!("{}: {why}", path.display())))?;
    match KEYS.remapped(&config.keys) {
        Ok(keys) => {
            let moved = keys.moved_from(&KEYS);
            print(
                out,
                format!(
                    "{} is fine ({moved} {} moved).\n",
                    path.display(),
                    if moved == 1 { "key" } else { "keys" }
                ),
            )
        }
        Err(why) => Err(CliError::Message(format!(
            "{}: no key remap is used until these are put right:\n  {}",
            path.display(),
            why.join("\n  ")
        ))),
    }
}

/// Every table's keys, as the coach has them on this machine, written as `config.toml` would
/// remap them (so a line can be copied into it and changed).
fn keys(out: &mut dyn Write, path: &std::path::Path) -> Result<(), CliError> {
    let (config, warning) = config::load_from(path);
    let (keymap, refused) = super::tui_launch::keymap(&config);
    for problem in warning.iter().chain(&refused) {
        eprintln!("pivot: warning: {problem}");
    }
    let mut text = String::from(
        "# The coach's keys on this machine. To change one, copy its line under the same\n# [keys.…] heading into config.toml (pivot config path) and give it other keys.\n",
    );
    for (name, table) in keymap.named() {
        if table.is_empty() {
            continue;
        }
        let lines: Vec<(String, &str)> = table
            .iter()
            .map(|b| {
                let keys: Vec<String> = b
                    .keys
                    .iter()
                    .map(|k| format!("{:?}", config_name(*k)))
                    .collect();
                let keys = match keys.as_slice() {
                    [one] => one.clone(),
                    many => format!("[{}]", many.join(", ")),
                };
                (format!("{} = {keys}", action_name(b.command)), b.label)
            })
            .collect();
        let width = lines
            .iter()
            .map(|(l, _)| l.chars().count())
            .max()
            .unwrap_or(0);
        text.push_str(&format!("\n[keys.{name}]\n"));
        for (line, label) in lines {
            text.push_str(&format!("{line:width$}  # {label}\n"));
        }
    }
    print(out, text)
}
