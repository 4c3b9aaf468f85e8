//! Everything that can go wrong with the data file, each worded for the person who owns it.

use std::path::{Path, PathBuf};

use crate::progress::SCHEMA_VERSION;

use super::paths::backup_path;

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error(
        "cannot read {path}: {detail}\n  The file was left exactly as it was. Fix it in a text editor{recover}"
    )]
    Corrupt {
        path: PathBuf,
        detail: String,
        /// How to get back to a good file (worked out when the error is made, not when shown).
        recover: String,
    },
    #[error(
        "{path} was written by a newer pivot (schema {version}; this one knows {SCHEMA_VERSION}) and cannot be read by this one: {detail}\n  The file was left exactly as it was. Update pivot to open it."
    )]
    Newer {
        path: PathBuf,
        version: u32,
        detail: String,
    },
    #[error("cannot read {path}: {source}")]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("cannot save {path}: {what}: {source}")]
    Write {
        path: PathBuf,
        what: &'static str,
        source: std::io::Error,
    },
    /// The data could not be turned into the file's text; saving it would lose the file.
    #[error("cannot save {path}: {detail}\n  The file was left exactly as it was.")]
    Encode { path: PathBuf, detail: String },
    #[error("{path} is open read-only ({reason}); nothing was changed")]
    ReadOnly { path: PathBuf, reason: String },
    /// The lock this pivot held is no longer the lock file on disk.
    #[error(
        "cannot save {path}: {reason}, so another pivot could be writing it too\n  Nothing was changed. Quit and open pivot again."
    )]
    LockLost { path: PathBuf, reason: String },
    /// The file changed since it was read, and what is there cannot be merged with.
    #[error(
        "cannot save {path}: it was changed elsewhere since pivot read it, and {detail}\n  Nothing was written; your change is kept in pivot until the file reads again."
    )]
    ChangedElsewhere { path: PathBuf, detail: String },
    /// The data file is something that cannot hold the data (a FIFO, a device, a folder).
    #[error("{path} is {what}, not a data file; pass --data FILE with a regular file")]
    NotAFile { path: PathBuf, what: &'static str },
    /// A link to a file that is not there (a synced folder not mounted yet, say).
    #[error(
        "{path} is a link to {target}, which does not exist (is the folder it lives in mounted?); nothing was read or written"
    )]
    MissingTarget { path: PathBuf, target: PathBuf },
    #[error("no data directory could be found for this user; pass --data FILE or set PIVOT_DATA")]
    NoDataDir,
}

/// A file that cannot be read: says where, what, and how to get back to a good copy.
pub(super) fn corrupt(path: &Path, detail: String) -> StoreError {
    StoreError::Corrupt {
        path: path.to_path_buf(),
        detail,
        recover: recover_hint(path),
    }
}

fn recover_hint(path: &Path) -> String {
    let backup = backup_path(path);
    let aside = format!("    mv '{0}' '{0}.broken'", path.display());
    match std::fs::read(&backup) {
        // The backup is the file as it was before the last save: offered only when it reads.
        Ok(bytes) if reads(&bytes) => format!(
            ", or go back to the copy from before the last save, {}:\n    cp '{}' '{}'",
            backup.display(),
            backup.display(),
            path.display()
        ),
        Ok(_) => format!(
            ".\n  The backup beside it, {}, does not read either, so it is no way back; fix one of \
             them, or move the file aside to start afresh:\n{aside}",
            backup.display()
        ),
        Err(_) => format!(", or move it aside to start afresh:\n{aside}"),
    }
}

/// Whether a backup would open: JSON naming its schema, and (for this schema) data that reads
/// with no problem. An older schema is upgraded when opened, so reading as JSON is enough.
fn reads(bytes: &[u8]) -> bool {
    let Ok(text) = std::str::from_utf8(bytes) else {
        return false;
    };
    let Ok(doc) = serde_json::from_str::<serde_json::Value>(text) else {
        return false;
    };
    match doc
        .get("schema_version")
        .and_then(serde_json::Value::as_u64)
    {
        Some(v) if v == u64::from(SCHEMA_VERSION) => {
            crate::progress::from_json(text).is_ok_and(|p| p.problems().is_empty())
        }
        Some(v) => v >= 1 && v < u64::from(SCHEMA_VERSION),
        None => false,
    }
}
