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
    write_atomic(&backup, &bytes).map(|_| ())
}

/// Write a file atomically: temp file in the same folder, fsync, rename, fsync the folder.
/// A replaced file keeps its permissions and owner; a symlink keeps pointing at the (new) target.
/// `Some` says the file was saved but its folder could not be synced.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<Option<String>, StoreError> {
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
    // Named for the file it replaces, so the next pivot holding its lock can clear what a crash
    // left (see `clear_stale`), and no other file's temporary copy is touched.
    let mut tmp = tempfile::Builder::new()
        .prefix(&temp_prefix(path))
        .suffix(".tmp")
        .tempfile_in(&dir)
        .map_err(err("creating a temporary file"))?;
    if let Ok(meta) = fs::metadata(path) {
        fs::set_permissions(tmp.path(), meta.permissions())
            .map_err(err("keeping its permissions"))?;
        keep_owner(tmp.as_file(), &meta).map_err(err("keeping its owner"))?;
    }
    tmp.write_all(bytes).map_err(err("writing"))?;
    tmp.as_file().sync_all().map_err(err("syncing"))?;
    tmp.persist(path)
        .map_err(|e| e.error)
        .map_err(err("replacing the file"))?;
    // The new text is in place: a folder that cannot be synced does not undo that, so it is
    // said, not reported as a failed save.
    Ok(sync_dir(&dir).err().map(|e| {
        format!(
            "{} was saved, but its folder could not be synced ({e}): the change may not survive a power cut",
            path.display()
        )
    }))
}

/// `.progress.json.` for `progress.json`: the start of its temporary copies' names.
fn temp_prefix(path: &Path) -> String {
    let name = path
        .file_name()
        .map_or_else(|| "pivot".into(), |n| n.to_string_lossy().into_owned());
    format!(".{name}.")
}

/// Remove the temporary copies of `path` a crashed pivot left behind (private entries may be in
/// them, and a sync client would spread them). Only a pivot that holds the file's lock calls it.
pub(super) fn clear_stale(path: &Path) {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let prefix = temp_prefix(path);
    let Ok(entries) = fs::read_dir(&dir) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.starts_with(&prefix) && name.ends_with(".tmp") && name != prefix {
            let _ = fs::remove_file(entry.path());
        }
    }
}

/// A file another user owns keeps its owner when root saves it (else that user would be locked
/// out of their own file).
#[cfg(unix)]
fn keep_owner(tmp: &fs::File, original: &fs::Metadata) -> std::io::Result<()> {
    use std::os::unix::fs::MetadataExt;
    let ours = tmp.metadata()?;
    if (ours.uid(), ours.gid()) == (original.uid(), original.gid()) {
        return Ok(());
    }
    std::os::unix::fs::fchown(tmp, Some(original.uid()), Some(original.gid()))
}

#[cfg(not(unix))]
fn keep_owner(_tmp: &fs::File, _original: &fs::Metadata) -> std::io::Result<()> {
    Ok(())
}

#[cfg(unix)]
fn sync_dir(dir: &Path) -> std::io::Result<()> {
    fs::File::open(dir)?.sync_all()
}

#[cfg(not(unix))]
fn sync_dir(_dir: &Path) -> std::io::Result<()> {
    Ok(())
}
