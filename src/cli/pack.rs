//! `pivot pack show|validate`.

use std::io::Write;
use std::path::Path;

use crate::content::{self, Pack};

use super::context::CliError;
use super::output::{json_line, print, print_json};
use super::text;

pub(super) fn show(out: &mut dyn Write, pack: &Pack, json: bool) -> Result<(), CliError> {
    if json {
        return print_json(out, json_line(&crate::report::named("pack", pack))?);
    }
    print(out, text::pack(pack))
}

pub(super) fn validate(out: &mut dyn Write, file: &Path) -> Result<(), CliError> {
    let pack = content::load_file(file)?;
    print(
        out,
        format!("{}: valid ({} {})\n", file.display(), pack.id, pack.version),
    )
}
