//! Where the files beside the data file live, and which file a path really names.

use std::fs;
use std::path::{Path, PathBuf};

use crate::progress::ORIGINAL_SUFFIX;

/// Where the previous good version is kept: `progress.json.bak` beside the file.
pub fn backup_path(path: &Path) -> PathBuf {
    sibling(path, ".bak", false)
}

/// Where the original of a file migrated from schema `from` is kept: `progress.json.v1.bak`.
pub fn original_path(path: &Path, from: u32) -> PathBuf {
    sibling(path, &format!(".v{from}{ORIGINAL_SUFFIX}"), false)
}

/// A file beside `path` named after it with `suffix`, hidden (dot-prefixed) when asked.
pub(super) fn sibling(path: &Path, suffix: &str, hidden: bool) -> PathBuf {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "progress.json".into());
    let dot = if hidden { "." } else { "" };
    path.with_file_name(format!("{dot}{name}{suffix}"))
}

/// The file a path names: a symlink (say, into a synced folder) is followed so that saving
/// replaces the target, not the link.
pub fn resolve_link(path: &Path) -> PathBuf {
    match fs::symlink_metadata(path) {
        Ok(meta) if meta.file_type().is_symlink() => {
            fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf())
        }
        _ => path.to_path_buf(),
    }
}
