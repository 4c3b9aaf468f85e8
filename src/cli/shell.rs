//! At home in the shell: completion scripts (clap_complete) and man pages (clap_mangen), both
//! made from the same command definitions that parse the command line, so they cannot drift.

use std::io::Write;
use std::path::Path;

use super::args::Cli;
use super::context::CliError;
use super::output::write_bytes;

/// `pivot completions SHELL`: the script on standard output.
pub(super) fn completions(
    out: &mut dyn Write,
    shell: clap_complete::Shell,
) -> Result<(), CliError> {
    let mut command = Cli::with_help();
    let mut script = Vec::new();
    clap_complete::generate(shell, &mut command, "pivot", &mut script);
    write_bytes(out, &script)
}

/// `pivot man`: the page on standard output; with `--dir`, pivot.1 and one page per command.
pub(super) fn man(out: &mut dyn Write, dir: Option<&Path>) -> Result<(), CliError> {
    let command = Cli::with_help();
    let Some(dir) = dir else {
        let mut page = Vec::new();
        clap_mangen::Man::new(command)
            .render(&mut page)
            .map_err(|e| CliError::Message(format!("cannot make the man page: {e}")))?;
        return write_bytes(out, &page);
    };
    std::fs::create_dir_all(dir)
        .and_then(|()| clap_mangen::generate_to(command, dir))
        .map_err(|e| {
            CliError::Message(format!(
                "cannot write the man pages into {}: {e}",
                dir.display()
            ))
        })?;
    eprintln!("Wrote the man pages into {}", dir.display());
    Ok(())
}
