//! The only code that touches the data file: find it, lock it, load and check it, save it
//! atomically with a backup of the previous good version.

mod error;
mod load;
mod lock;
mod paths;
mod save;
mod sync;
#[cfg(test)]
mod tests;

pub use error::StoreError;
pub use load::{default_path, kind_of};
pub use lock::lock_path;
pub use paths::{backup_path, original_path, resolve_link};
pub use save::{to_json, write_atomic};
pub use sync::{Saved, merge_documents};

use std::path::{Path, PathBuf};

use crate::content::Pack;
use crate::progress::{Progress, SCHEMA_VERSION};

use load::{Loaded, Schema, Upgrade};
use lock::{Held, Lock, take_lock};

/// Why a store will not write.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Access {
    ReadWrite,
    ReadOnly(String),
}

/// An open data file. Holds the OS lock (if it got one) for as long as it lives.
#[derive(Debug)]
pub struct Store {
    path: PathBuf,
    access: Access,
    /// The OS lock, checked to be still ours before every save.
    lock: Option<Held>,
    /// An older file read and upgraded in memory: its original bytes are kept beside it on the
    /// first save (not before, so a command that fails leaves the file as it was).
    upgrade: Option<Upgrade>,
    /// What the last save did besides saving, to tell the person once.
    notice: Option<String>,
    /// The file as this pivot last read or wrote it (`None`: there was none). A save first checks
    /// the file still holds this; if something else wrote it since, the two are merged.
    base: Option<Vec<u8>>,
    /// Where the journal is in `base` while it is still to be read: no save until it is.
    journal_at: Option<std::ops::Range<usize>>,
}

/// What opening found: the store, the progress, whether the file existed, and warnings to show.
#[derive(Debug)]
pub struct Opened {
    pub store: Store,
    pub progress: Progress,
    pub existed: bool,
    pub warnings: Vec<String>,
}

impl Store {
    /// Open `path`. With `read_only`, no lock is taken and nothing will ever be written.
    pub fn open(path: &Path, read_only: bool, pack: &Pack) -> Result<Opened, StoreError> {
        Store::open_with(path, read_only, pack, false)
    }

    /// Open `path` for the coach: as [`Store::open`], but a large file's journal, which the
    /// first frame does not show, is left to [`Store::read_journal`] once it is drawn. Nothing
    /// is saved before it is read.
    pub fn open_for_coach(path: &Path, read_only: bool, pack: &Pack) -> Result<Opened, StoreError> {
        Store::open_with(path, read_only, pack, true)
    }

    fn open_with(
        path: &Path,
        read_only: bool,
        pack: &Pack,
        defer_journal: bool,
    ) -> Result<Opened, StoreError> {
        load::check_target(path)?;
        let mut warnings = Vec::new();
        let (mut access, lock) = if read_only {
            (Access::ReadOnly("--read-only".into()), None)
        } else {
            match take_lock(&resolve_link(path)) {
                Lock::Held(held) => {
                    // What a crashed pivot left of this file can go: no other writes it now.
                    save::clear_stale(&resolve_link(path));
                    (Access::ReadWrite, Some(held))
                }
                Lock::Busy => (
                    Access::ReadOnly("another pivot has this file open".into()),
                    None,
                ),
                // Without the lock another writer could save beside this one: read-only.
                Lock::Unavailable(reason) => (Access::ReadOnly(reason), None),
            }
        };
        if let Some(reason) = load::shared_by_links(path)
            && matches!(access, Access::ReadWrite)
        {
            access = Access::ReadOnly(reason);
        }
        if let Access::ReadOnly(reason) = &access
            && !read_only
        {
            warnings.push(format!("opened read-only: {reason}"));
        }
        let Some(Loaded {
            progress,
            schema,
            bytes,
            journal_at,
        }) = load::read(path, pack, defer_journal)?
        else {
            return Ok(Opened {
                store: Store::new(path, access, lock, None),
                progress: Progress::new(pack),
                existed: false,
                warnings,
            });
        };
        let upgrade = match schema {
            Schema::Current => None,
            Schema::Newer(version) => {
                access = Access::ReadOnly(format!(
                    "written by a newer pivot (schema {version}, this one knows {SCHEMA_VERSION})"
                ));
                warnings.push(format!(
                    "{} was written by a newer pivot (schema {version}); opened read-only so nothing is lost. Update pivot to edit it.",
                    path.display()
                ));
                None
            }
            Schema::Older(upgrade) if matches!(access, Access::ReadOnly(_)) => {
                warnings.push(format!(
                    "{} uses schema {}; upgraded in memory only (read-only)",
                    path.display(),
                    upgrade.from
                ));
                None
            }
            Schema::Older(upgrade) => Some(upgrade),
        };
        let mut store = Store::new(path, access, lock, upgrade).on(bytes);
        store.journal_at = journal_at;
        Ok(Opened {
            store,
            progress,
            existed: true,
            warnings,
        })
    }

    fn new(path: &Path, access: Access, lock: Option<Held>, upgrade: Option<Upgrade>) -> Store {
        Store {
            path: path.to_path_buf(),
            access,
            lock,
            upgrade,
            notice: None,
            base: None,
            journal_at: None,
        }
    }

    /// Whether the journal is still to be read (see [`Store::open_for_coach`]).
    pub fn journal_pending(&self) -> bool {
        self.journal_at.is_some()
    }

    /// Read the journal the file was opened without into `progress`. One that does not read
    /// makes the store read-only, so nothing is ever saved over the file, and says why.
    pub fn read_journal(&mut self, progress: &mut Progress) -> Result<(), StoreError> {
        let Some(at) = self.journal_at.take() else {
            return Ok(());
        };
        let bytes = self.base.as_deref().unwrap_or_default();
        load::read_journal(&self.path, bytes, at, progress).inspect_err(|e| {
            self.access = Access::ReadOnly(format!("the file does not read: {e}"));
        })
    }

    /// The store of a file read as `bytes`.
    fn on(mut self, bytes: Vec<u8>) -> Store {
        self.base = Some(bytes);
        self
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The file's bytes as this pivot last read or wrote them (`None`: there was no file).
    pub fn base(&self) -> Option<&[u8]> {
        self.base.as_deref()
    }

    pub fn access(&self) -> &Access {
        &self.access
    }

    pub fn read_only_reason(&self) -> Option<&str> {
        match &self.access {
            Access::ReadOnly(reason) => Some(reason),
            Access::ReadWrite => None,
        }
    }

    /// Save atomically: the previous version becomes the backup, the new text goes to a temp file
    /// in the same folder, is synced, renamed over the file, and the folder is synced.
    /// Data that cannot be written as JSON is refused with [`StoreError::Encode`], file untouched.
    pub fn save(&mut self, progress: &Progress) -> Result<Saved, StoreError> {
        let text = save::encode(progress).map_err(|e| StoreError::Encode {
            path: self.path.clone(),
            detail: format!("the data could not be written as JSON: {e}"),
        })?;
        self.save_text(&text)
    }

    /// Save text already made by [`to_json`] (the TUI keeps it for undo). Empty text is what
    /// `to_json` gives for data it cannot write, so it is refused rather than saved over the file.
    pub fn save_text(&mut self, text: &str) -> Result<Saved, StoreError> {
        // A save before the journal is read would leave it out: never.
        if self.journal_at.is_some() {
            return Err(StoreError::Encode {
                path: self.path.clone(),
                detail: "the journal is still being read".into(),
            });
        }
        if let Access::ReadOnly(reason) = &self.access {
            return Err(StoreError::ReadOnly {
                path: self.path.clone(),
                reason: reason.clone(),
            });
        }
        // Another pivot may have taken a lock file made anew beside this one: no save then.
        if let Some(lock) = &self.lock {
            lock.still_held().map_err(|reason| StoreError::LockLost {
                path: self.path.clone(),
                reason,
            })?;
        }
        if text.trim().is_empty() {
            return Err(StoreError::Encode {
                path: self.path.clone(),
                detail: "there is no text to write".into(),
            });
        }
        let (text, saved) = match sync::changed_since(&self.path, self.base.as_deref())? {
            None => (text.to_string(), Saved::Written),
            Some(theirs) => {
                let (progress, conflicts) =
                    sync::merge_onto(&self.path, self.base.as_deref(), text, &theirs)?;
                let merged = to_json(&progress);
                let progress = Box::new(progress);
                (
                    merged,
                    Saved::Merged {
                        progress,
                        conflicts,
                    },
                )
            }
        };
        match self.upgrade.take() {
            Some(upgrade) => self.save_upgraded(upgrade, &text)?,
            None => {
                if self.path.exists() {
                    save::keep_backup(&self.path)?;
                }
                self.notice = write_atomic(&self.path, text.as_bytes())?;
            }
        }
        self.base = Some(text.into_bytes());
        Ok(saved)
    }

    /// The first save of an upgraded file: the original of the older schema is its own backup,
    /// kept for good, before the new text replaces it.
    fn save_upgraded(&mut self, upgrade: Upgrade, text: &str) -> Result<(), StoreError> {
        let original = original_path(&self.path, upgrade.from);
        if let Err(e) = write_atomic(&original, &upgrade.original).map(|_| ()) {
            // Not kept yet: the next save tries again.
            self.upgrade = Some(upgrade);
            return Err(e);
        }
        let unsynced = write_atomic(&self.path, text.as_bytes())?;
        let upgraded = format!(
            "upgraded {} from schema {} to {SCHEMA_VERSION}; the original is kept as {}",
            self.path.display(),
            upgrade.from,
            original.display()
        );
        self.notice = Some(match unsynced {
            Some(warning) => format!("{upgraded}; {warning}"),
            None => upgraded,
        });
        Ok(())
    }

    /// What the last save did besides saving (an upgrade), once.
    pub fn take_notice(&mut self) -> Option<String> {
        self.notice.take()
    }
}
