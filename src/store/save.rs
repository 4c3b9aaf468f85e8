//! Writing the data file so that a crash at any moment leaves either the old file or the new one:
//! a temp file in the same folder, fsync, rename, fsync the folder; the previous version is kept
//! as the backup.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use crate::progress::Progress;

use super::error::StoreError;
use super::paths::{backup_path, resolve_link, sibling};

/// The file's text: pretty, stable key order, one trailing newline.
pub(super) fn encode(progress: &Progress) -> Result<String, serde_json::Error> {
    let mut text = serde_json::to_string_pretty(progress)?;
    text.push('\n');
    Ok(text)
}

/// The file's text as plain text (the TUI keeps it for undo). Empty if the data cannot be
/// written as JSON; `Store::save_text` refuses empty text, so that never reaches the file.
pub fn to_json(progress: &Progress) -> String {
    encode(progress).unwrap_or_default()
}

/// Keep the current file as the backup, by hard link where the filesystem allows (no copy of a
/// large file on every save), else by an atomic copy.
pub(super) fn keep_backup(path: &Path) -> Result<(), StoreError> {
    let path = &resolve_link(path);
    let backup = backup_path(path);
    let staging = sibling(path, ".bak.tmp", true);
    let _ = fs::remove_file(&staging);
    if fs::hard_link(path, &staging).is_ok() {
        return fs::rename(&staging, &backup).map_err(|source| StoreError::Write {
            path: backup,
            what: "keeping the backup",
            source,
        });
    }
    // Reading it is part of the save: a failure here is a save that did not happen.
    let bytes = fs::read(path).map_err(|source| StoreError::Write {
        path: path.to_path_buf(),
        what: "reading it to keep the backup",
        source,
    })?;
    write_atomic(&backup, &bytes)
}

/// Write a file atomically: temp file in the same folder, fsync, rename, fsync the folder.
/// A replaced file keeps its permissions; a symlink keeps pointing at the (new) target.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), StoreError> {
    let resolved = resolve_link(path);
    let path = resolved.as_path();
    let err = |what: &'static str| {
        let path = path.to_path_buf();
        move |source| StoreError::Write { path, what, source }
    };
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    };
    fs::create_dir_all(&dir).map_err(err("creating its folder"))?;
    let mut tmp = tempfile::Builder::new()
        .prefix(".pivot-")
        .suffix(".tmp")
        .tempfile_in(&dir)
        .map_err(err("creating a temporary file"))?;
    if let Ok(meta) = fs::metadata(path) {
        fs::set_permissions(tmp.path(), meta.permissions())
            .map_err(err("keeping its permissions"))?;
    }
    tmp.write_all(bytes).map_err(err("writing"))?;
    tmp.as_file().sync_all().map_err(err("syncing"))?;
    tmp.persist(path)
        .map_err(|e| e.error)
        .map_err(err("replacing the file"))?;
    sync_dir(&dir).map_err(err("syncing its folder"))
}

#[cfg(unix)]
fn sync_dir(dir: &Path) -> std::io::Result<()> {
    fs::File::open(dir)?.sync_all()
}

#[cfg(not(unix))]
fn sync_dir(_dir: &Path) -> std::io::Result<()> {
    Ok(())
}
