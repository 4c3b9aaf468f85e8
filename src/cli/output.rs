//! Where a command's text goes: standard output, or a file that is not the data file.

use std::borrow::Cow;
use std::fs;
use std::io::Write;
use std::path::Path;

use crate::printable::printable;
use crate::store::{backup_path, kind_of, lock_path, original_path, write_atomic};

use super::context::{CliError, Context};

/// What a command prints: text for people (its control characters shown as escapes, so typed
/// text cannot drive the terminal) or JSON (exact data; serde escapes what JSON must).
#[derive(Debug)]
pub(super) enum Doc {
    Text(String),
    Json(String),
    /// A file format written byte for byte as made (an iCalendar file).
    Exact(String),
}

impl Doc {
    /// The text to write; for a terminal in plain mode, its symbols in ASCII (a file keeps
    /// them: it is a document, read elsewhere).
    fn into_string(self, terminal: bool) -> String {
        match self {
            Doc::Text(text) => {
                let text = match printable(&text) {
                    Cow::Borrowed(_) => text,
                    Cow::Owned(safe) => safe,
                };
                if terminal && crate::plain::on() {
                    crate::plain::text(&text).into_owned()
                } else {
                    text
                }
            }
            Doc::Json(text) | Doc::Exact(text) => text,
        }
    }
}

fn write_out(out: &mut dyn Write, text: &str) -> Result<(), CliError> {
    write_bytes(out, text.as_bytes())
}

/// Write what a command prints. A reader that stopped reading (`pivot … | head`) is not an
/// error: the rest is simply not wanted.
pub(super) fn write_bytes(out: &mut dyn Write, bytes: &[u8]) -> Result<(), CliError> {
    match out.write_all(bytes).and_then(|()| out.flush()) {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        other => other.map_err(|e| CliError::Message(format!("cannot write output: {e}"))),
    }
}

/// Print text for people.
pub(super) fn print(out: &mut dyn Write, text: String) -> Result<(), CliError> {
    write_out(out, &Doc::Text(text).into_string(true))
}

/// Print JSON as it is.
pub(super) fn print_json(out: &mut dyn Write, json: String) -> Result<(), CliError> {
    write_out(out, &json)
}

/// Pretty JSON ending in a newline, as every `--json` prints it.
pub(super) fn json_line(value: &impl serde::Serialize) -> Result<String, CliError> {
    let mut text =
        serde_json::to_string_pretty(value).map_err(|e| CliError::Message(e.to_string()))?;
    text.push('\n');
    Ok(text)
}

/// Print a report, or write it atomically to `output` (never over the data file).
pub(super) fn deliver(
    out: &mut dyn Write,
    cx: &Context,
    output: Option<&Path>,
    doc: Doc,
) -> Result<(), CliError> {
    match output {
        // `-` is standard output, as for most tools.
        Some(path) if path.as_os_str() == "-" => write_out(out, &doc.into_string(true)),
        Some(path) => {
            let text = doc.into_string(false);
            refuse_data_files(path, &cx.data_path)?;
            refuse_special(path)?;
            let unsynced = write_atomic(path, text.as_bytes())?;
            eprintln!("Wrote {}", printable(&path.display().to_string()));
            if let Some(warning) = unsynced {
                eprintln!("pivot: warning: {}", printable(&warning));
            }
            Ok(())
        }
        None => write_out(out, &doc.into_string(true)),
    }
}

/// An export must never land on the data file or its backup.
fn refuse_data_files(output: &Path, data: &Path) -> Result<(), CliError> {
    // Compare where the files are (their folders resolved) and what they are called, so two
    // spellings of one path match even before the file exists.
    let place = |p: &Path| {
        let resolved = fs::canonicalize(p).ok().or_else(|| {
            let parent = match p.parent() {
                Some(d) if !d.as_os_str().is_empty() => d,
                _ => Path::new("."),
            };
            Some(fs::canonicalize(parent).ok()?.join(p.file_name()?))
        });
        resolved.unwrap_or_else(|| p.to_path_buf())
    };
    let target = place(output);
    let data = place(data);
    let kept = [
        data.clone(),
        backup_path(&data),
        original_path(&data, 1),
        lock_path(&data),
    ];
    if kept.contains(&target) {
        return Err(CliError::Message(format!(
            "will not export over the data file, its backup or its lock ({}); choose another --output",
            output.display()
        )));
    }
    Ok(())
}

/// A report goes into a regular file: never into a device (it would be replaced by a file), a
/// FIFO, a socket or a folder. Nothing is written when refused.
fn refuse_special(output: &Path) -> Result<(), CliError> {
    let Ok(meta) = fs::metadata(output) else {
        return Ok(());
    };
    match kind_of(&meta.file_type()) {
        None => Ok(()),
        Some(what) => Err(CliError::Message(format!(
            "cannot save {}: it is {what}, not a file for a report; choose a file, or --output - for standard output",
            printable(&output.display().to_string())
        ))),
    }
}
