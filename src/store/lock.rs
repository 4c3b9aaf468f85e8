//! The OS lock that keeps two pivots from writing one file, held on a sidecar
//! `.progress.json.lock` (the data file itself is replaced on every save, so a lock on it would
//! not outlive the first save). It fails closed: whatever keeps pivot from holding it opens the
//! file read-only, and a lock file removed or replaced while pivot runs stops the next save.

use std::fs::{self, File, TryLockError};
use std::path::{Path, PathBuf};

use super::paths::sibling;

/// What trying to lock found.
#[derive(Debug)]
pub(super) enum Lock {
    /// This process holds the lock for as long as it keeps the file.
    Held(Held),
    /// Another process holds it.
    Busy,
    /// No lock could be taken, for this reason: nothing may be written.
    Unavailable(String),
}

/// A held lock: the open lock file, and where it lives (to see that it is still the one there).
#[derive(Debug)]
pub(super) struct Held {
    file: File,
    path: PathBuf,
}

impl Held {
    /// Whether the lock file at its path is still the one this process holds: not removed (a
    /// `git clean`) and not replaced by another file (an export written over it).
    pub(super) fn still_held(&self) -> Result<(), String> {
        let there = fs::metadata(&self.path)
            .map_err(|e| format!("the lock file {} is gone ({e})", self.path.display()))?;
        let ours = self
            .file
            .metadata()
            .map_err(|e| format!("cannot check the lock file: {e}"))?;
        if same_file(&there, &ours) {
            Ok(())
        } else {
            Err(format!(
                "the lock file {} was replaced by another file",
                self.path.display()
            ))
        }
    }
}

#[cfg(unix)]
fn same_file(a: &fs::Metadata, b: &fs::Metadata) -> bool {
    use std::os::unix::fs::MetadataExt;
    (a.dev(), a.ino()) == (b.dev(), b.ino())
}

#[cfg(not(unix))]
fn same_file(a: &fs::Metadata, b: &fs::Metadata) -> bool {
    a.len() == b.len() && a.modified().ok() == b.modified().ok()
}

/// Where the lock of the data file at `path` lives: `.progress.json.lock` beside it.
pub fn lock_path(path: &Path) -> PathBuf {
    sibling(path, ".lock", true)
}

/// Open (or make) the lock file readable by its owner alone, so no other user can open it to
/// hold the lock against the owner.
fn open_private(path: &Path) -> std::io::Result<File> {
    let mut options = fs::OpenOptions::new();
    options.create(true).truncate(false).write(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
        options.mode(0o600);
        let file = options.open(path)?;
        // A lock file made by an older pivot may be open to others: closed to them now.
        if let Ok(meta) = file.metadata()
            && meta.permissions().mode() & 0o077 != 0
        {
            let _ = file.set_permissions(fs::Permissions::from_mode(0o600));
        }
        Ok(file)
    }
    #[cfg(not(unix))]
    options.open(path)
}

/// Take the lock for the data file at `path`.
pub(super) fn take_lock(path: &Path) -> Lock {
    let lock_file = lock_path(path);
    if let Some(dir) = lock_file.parent()
        && !dir.as_os_str().is_empty()
    {
        let _ = fs::create_dir_all(dir);
    }
    let file = match open_private(&lock_file) {
        Ok(file) => file,
        Err(e) => {
            return Lock::Unavailable(format!(
                "cannot open the lock file {}: {e}",
                lock_file.display()
            ));
        }
    };
    match file.try_lock() {
        Ok(()) => Lock::Held(Held {
            file,
            path: lock_file,
        }),
        Err(TryLockError::WouldBlock) => Lock::Busy,
        Err(TryLockError::Error(e)) => {
            Lock::Unavailable(format!("cannot lock {}: {e}", lock_file.display()))
        }
    }
}
