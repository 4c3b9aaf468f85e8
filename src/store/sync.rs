//! The check before every save: the file must still be what this pivot last read or wrote. If
//! something else wrote it since (a `git pull`, a sync client, an editor, another machine), this
//! pivot's change is merged onto what is there, three ways, and the merge is what is saved.

use std::fs;
use std::path::Path;

use serde_json::Value;

use crate::progress::{Progress, SCHEMA_VERSION, from_json, merge};

use super::error::StoreError;

/// What a save did.
#[derive(Debug)]
pub enum Saved {
    Written,
    /// The file had changed since it was read: what was saved is this change merged onto it,
    /// with this many new conflicts (each kept in the file's `conflicts`).
    Merged {
        progress: Box<Progress>,
        conflicts: usize,
    },
}

/// The file's bytes when they are no longer `base` (`None` when they still are, or the file is
/// gone: then this pivot's text is all there is).
pub(super) fn changed_since(
    path: &Path,
    base: Option<&[u8]>,
) -> Result<Option<Vec<u8>>, StoreError> {
    match fs::read(path) {
        Ok(bytes) if Some(bytes.as_slice()) == base => Ok(None),
        Ok(bytes) => Ok(Some(bytes)),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        // A save that cannot look at the file does not happen.
        Err(source) => Err(StoreError::Write {
            path: path.to_path_buf(),
            what: "checking it was not changed elsewhere",
            source,
        }),
    }
}

fn changed(path: &Path, detail: impl Into<String>) -> StoreError {
    StoreError::ChangedElsewhere {
        path: path.to_path_buf(),
        detail: detail.into(),
    }
}

/// This pivot's `ours`, made from `base`, merged onto `theirs` (what the file holds now).
pub(super) fn merge_onto(
    path: &Path,
    base: Option<&[u8]>,
    ours: &str,
    theirs: &[u8],
) -> Result<(Progress, usize), StoreError> {
    let theirs_text =
        std::str::from_utf8(theirs).map_err(|_| changed(path, "what is there now is not text"))?;
    let their_progress = from_json(theirs_text)
        .map_err(|e| changed(path, format!("what is there now does not read: {e}")))?;
    if their_progress.schema_version > SCHEMA_VERSION {
        return Err(changed(
            path,
            format!(
                "a newer pivot wrote it (schema {}); update pivot",
                their_progress.schema_version
            ),
        ));
    }
    let parse = |text: &str| serde_json::from_str::<Value>(text);
    let theirs = parse(theirs_text).map_err(|e| changed(path, e.to_string()))?;
    let ours = parse(ours).map_err(|e| changed(path, e.to_string()))?;
    // Without a base (the file was made elsewhere after this pivot opened), both sides are
    // additions to nothing.
    let base = base
        .and_then(|b| serde_json::from_slice::<Value>(b).ok())
        .unwrap_or_else(|| Value::Object(serde_json::Map::new()));
    merge_documents(&base, &ours, &theirs).map_err(|e| changed(path, e))
}

/// Three copies of a file as JSON merged into one `Progress`, the new conflicts added to those it
/// already lists; with how many are new. `Err` says why the merge cannot be a data file.
pub fn merge_documents(
    base: &Value,
    ours: &Value,
    theirs: &Value,
) -> Result<(Progress, usize), String> {
    let merged = merge(base, ours, theirs);
    let mut progress: Progress = serde_json::from_value(merged.value)
        .map_err(|e| format!("the merge does not read: {e}"))?;
    if let Some(problem) = progress.problems().first() {
        return Err(format!("the merge has a problem: {problem}"));
    }
    let new = merged.conflicts.len();
    for conflict in merged.conflicts {
        if !progress.conflicts.contains(&conflict) {
            progress.conflicts.push(conflict);
        }
    }
    Ok((progress, new))
}
