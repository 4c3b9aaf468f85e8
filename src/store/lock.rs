//! The OS lock that keeps two pivots from writing one file, held on a sidecar
//! `.progress.json.lock` (the data file itself is replaced on every save, so a lock on it would
//! not outlive the first save).

use std::fs::{self, File, TryLockError};
use std::path::{Path, PathBuf};

use super::paths::sibling;

/// What trying to lock found.
#[derive(Debug)]
pub(super) enum Lock {
    /// This process holds the lock for as long as it keeps the file.
    Held(File),
    /// Another process holds it.
    Busy,
    /// No lock could be taken at all (a read-only folder, a filesystem without locks). This does
    /// not block reading; a save will report the real problem.
    Unavailable,
}

fn lock_path(path: &Path) -> PathBuf {
    sibling(path, ".lock", true)
}

/// Take the lock for the data file at `path`.
pub(super) fn take_lock(path: &Path) -> Lock {
    let lock_file = lock_path(path);
    if let Some(dir) = lock_file.parent()
        && !dir.as_os_str().is_empty()
    {
        let _ = fs::create_dir_all(dir);
    }
    let file = match fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(&lock_file)
    {
        Ok(file) => file,
        Err(_) => return Lock::Unavailable,
    };
    match file.try_lock() {
        Ok(()) => Lock::Held(file),
        Err(TryLockError::WouldBlock) => Lock::Busy,
        Err(TryLockError::Error(_)) => Lock::Unavailable,
    }
}
