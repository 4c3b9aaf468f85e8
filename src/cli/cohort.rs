//! `pivot cohort`: one line per mentee, from their data file or a review packet they sent.

use std::io::Write;
use std::path::PathBuf;

use crate::exchange::{Packet, read_sealed};
use crate::report::{CohortRow, cohort_row, cohort_text};
use crate::store::Store;

use super::context::{CliError, Context};
use super::output::{json_line, print, print_json};

/// Read each file without writing it; list unreadable ones with their error and exit 1.
pub(super) fn run(
    out: &mut dyn Write,
    cx: &Context,
    files: &[PathBuf],
    json: bool,
) -> Result<(), CliError> {
    let rows: Vec<CohortRow> = files
        .iter()
        .map(|file| {
            let shown = file.display().to_string();
            // A packet a mentee sent; anything that is no review file is read as a data file.
            match read_sealed::<Packet>(file) {
                Ok(packet) => return cohort_row(&shown, &packet.pack, &packet.data(), cx.today),
                Err(e) if e.is_review_file() => return CohortRow::unreadable(&shown, e.detail()),
                Err(_) => {}
            }
            match Store::open(file, true, &cx.pack) {
                Ok(opened) if opened.existed => {
                    cohort_row(&shown, &cx.pack, &opened.progress, cx.today)
                }
                Ok(_) => CohortRow::unreadable(&shown, "no such file".into()),
                Err(e) => CohortRow::unreadable(&shown, e.to_string()),
            }
        })
        .collect();
    let (failed, all) = (
        rows.iter().filter(|r| r.error.is_some()).count(),
        rows.len(),
    );
    if json {
        print_json(out, json_line(&crate::report::listed("cohort", rows))?)?;
    } else {
        print(out, cohort_text(&rows))?;
    }
    if failed > 0 {
        return Err(CliError::Message(format!(
            "{failed} of {all} files could not be read (listed above)"
        )));
    }
    Ok(())
}
