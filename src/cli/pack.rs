//! `pivot pack show|validate`.

use std::io::Write;
use std::path::Path;

use crate::content::{self, Pack};

use super::context::CliError;
use super::output::print;
use super::text;

pub(super) fn show(out: &mut dyn Write, pack: &Pack) -> Result<(), CliError> {
    print(out, text::pack(pack))
}

pub(super) fn validate(out: &mut dyn Write, file: &Path) -> Result<(), CliError> {
    let pack = content::load_file(file)?;
    print(
        out,
        format!("{}: valid ({} {})\n", file.display(), pack.id, pack.version),
    )
}
