//! `pivot config path|init`: this machine's settings file.

use std::io::Write;

use crate::config;

use super::args::ConfigCommand;
use super::context::CliError;
use super::output::print;

pub(super) fn run(out: &mut dyn Write, command: ConfigCommand) -> Result<(), CliError> {
    let path = config::path().ok_or_else(|| {
        CliError::Message("no config folder on this system (is HOME set?)".into())
    })?;
    match command {
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
