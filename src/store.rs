//! The only code that touches the data file: find it, lock it, load and check it, save it
//! atomically with a backup of the previous good version.

use std::cell::RefCell;
use std::fs::{self, File, TryLockError};
use std::io::Write;
use std::path::{Path, PathBuf};

use crate::content::Pack;
use crate::progress::{ORIGINAL_SUFFIX, Progress, SCHEMA_VERSION, migrate};

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
    #[error("{path} is open read-only ({reason}); nothing was changed")]
    ReadOnly { path: PathBuf, reason: String },
    #[error("no data directory could be found for this user; pass --data FILE or set PIVOT_DATA")]
    NoDataDir,
}

/// A file that cannot be read: says where, what, and how to get back to a good copy.
fn corrupt(path: &Path, detail: String) -> StoreError {
    StoreError::Corrupt {
        path: path.to_path_buf(),
        detail,
        recover: recover_hint(path),
    }
}

fn recover_hint(path: &Path) -> String {
    let backup = backup_path(path);
    if backup.exists() {
        format!(
            ", or restore the last good copy:\n    cp '{}' '{}'",
            backup.display(),
            path.display()
        )
    } else {
        ", or move it aside to start afresh.".to_string()
    }
}

/// The default data file: the platform's data directory for pivot, `progress.json`.
pub fn default_path() -> Result<PathBuf, StoreError> {
    directories::ProjectDirs::from("", "", "pivot")
        .map(|dirs| dirs.data_dir().join("progress.json"))
        .ok_or(StoreError::NoDataDir)
}

/// Where the previous good version is kept: `progress.json.bak` beside the file.
pub fn backup_path(path: &Path) -> PathBuf {
    sibling(path, ".bak", false)
}

fn lock_path(path: &Path) -> PathBuf {
    sibling(path, ".lock", true)
}

fn sibling(path: &Path, suffix: &str, hidden: bool) -> PathBuf {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "progress.json".into());
    let dot = if hidden { "." } else { "" };
    path.with_file_name(format!("{dot}{name}{suffix}"))
}

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
    _lock: Option<File>,
    /// An older file read and upgraded in memory: its original bytes are kept beside it on the
    /// first save (not before, so a command that fails leaves the file as it was).
    upgrade: RefCell<Option<Upgrade>>,
    /// What the last save did besides saving, to tell the person once.
    notice: RefCell<Option<String>>,
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
        let mut warnings = Vec::new();
        let (mut access, lock) = if read_only {
            (Access::ReadOnly("--read-only".into()), None)
        } else {
            take_lock(&resolve_link(path))
        };
        if let Access::ReadOnly(reason) = &access
            && !read_only
        {
            warnings.push(format!("opened read-only: {reason}"));
        }
        let mut upgrade = None;
        let (progress, existed) = match fs::read(path) {
            Ok(bytes) => {
                let (progress, from) = parse(path, &bytes, pack, &mut access, &mut warnings)?;
                if let Some(from) = from {
                    if let Access::ReadOnly(_) = access {
                        warnings.push(format!(
                            "{} uses schema {from}; upgraded in memory only (read-only)",
                            path.display()
                        ));
                    } else {
                        upgrade = Some(Upgrade {
                            from,
                            original: bytes,
                        });
                    }
                }
                (progress, true)
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => (Progress::new(pack), false),
            Err(source) => {
                return Err(StoreError::Read {
                    path: path.to_path_buf(),
                    source,
                });
            }
        };
        Ok(Opened {
            store: Store {
                path: path.to_path_buf(),
                access,
                _lock: lock,
                upgrade: RefCell::new(upgrade),
                notice: RefCell::new(None),
            },
            progress,
            existed,
            warnings,
        })
    }

    pub fn path(&self) -> &Path {
        &self.path
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
    pub fn save(&self, progress: &Progress) -> Result<(), StoreError> {
        self.save_text(&to_json(progress))
    }

    /// Save text already made by [`to_json`] (the TUI keeps it for undo).
    pub fn save_text(&self, text: &str) -> Result<(), StoreError> {
        if let Access::ReadOnly(reason) = &self.access {
            return Err(StoreError::ReadOnly {
                path: self.path.clone(),
                reason: reason.clone(),
            });
        }
        let pending = self.upgrade.borrow_mut().take();
        match pending {
            Some(upgrade) => {
                // The original of an older schema is its own backup, kept for good.
                let original = original_path(&self.path, upgrade.from);
                if let Err(e) = write_atomic(&original, &upgrade.original) {
                    *self.upgrade.borrow_mut() = Some(upgrade);
                    return Err(e);
                }
                write_atomic(&self.path, text.as_bytes())?;
                *self.notice.borrow_mut() = Some(format!(
                    "upgraded {} from schema {} to {SCHEMA_VERSION}; the original is kept as {}",
                    self.path.display(),
                    upgrade.from,
                    original.display()
                ));
                Ok(())
            }
            None => {
                if self.path.exists() {
                    keep_backup(&self.path)?;
                }
                write_atomic(&self.path, text.as_bytes())
            }
        }
    }

    /// What the last save did besides saving (an upgrade), once.
    pub fn take_notice(&self) -> Option<String> {
        self.notice.borrow_mut().take()
    }
}

/// The file's text: pretty, stable key order, one trailing newline.
pub fn to_json(progress: &Progress) -> String {
    // Serializing plain data types to a String cannot fail.
    let mut text = serde_json::to_string_pretty(progress).unwrap_or_default();
    text.push('\n');
    text
}

/// Take the OS lock on a sidecar file (the data file itself is replaced on every save, so a lock
/// on it would not outlive the first save). Failing to create the lock file (a read-only folder)
/// does not block reading; the save will report the real problem.
fn take_lock(path: &Path) -> (Access, Option<File>) {
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
        Err(_) => return (Access::ReadWrite, None),
    };
    match file.try_lock() {
        Ok(()) => (Access::ReadWrite, Some(file)),
        Err(TryLockError::WouldBlock) => (
            Access::ReadOnly("another pivot has this file open".into()),
            None,
        ),
        Err(TryLockError::Error(_)) => (Access::ReadWrite, None),
    }
}

#[derive(serde::Deserialize)]
struct VersionProbe {
    schema_version: u32,
}

/// Parse and check a file; an older schema is migrated forward, and the version it came from is
/// returned with it.
fn parse(
    path: &Path,
    bytes: &[u8],
    pack: &Pack,
    access: &mut Access,
    warnings: &mut Vec<String>,
) -> Result<(Progress, Option<u32>), StoreError> {
    let corrupt = |detail: String| corrupt(path, detail);
    // One plain parse on the common path; only a failure pays for a precise message.
    let progress: Progress =
        serde_json::from_slice(bytes).map_err(|e| explain_failure(path, bytes, &e))?;
    let version = progress.schema_version;
    if version > SCHEMA_VERSION {
        *access = Access::ReadOnly(format!(
            "written by a newer pivot (schema {version}, this one knows {SCHEMA_VERSION})"
        ));
        warnings.push(format!(
            "{} was written by a newer pivot (schema {version}); opened read-only so nothing is lost. Update pivot to edit it.",
            path.display()
        ));
    } else if version < 1 {
        return Err(corrupt(format!(
            "schema_version {version} is not one pivot has ever written"
        )));
    }
    let (progress, from) = if version < SCHEMA_VERSION {
        (upgrade(path, bytes, version, pack)?, Some(version))
    } else {
        (progress, None)
    };
    if let Some(first) = progress.problems().first() {
        return Err(corrupt(first.clone()));
    }
    Ok((progress, from))
}

/// Migrate an older file (read again as plain JSON, so fields the old schema had and the new
/// one moved are not lost) up to the current schema.
fn upgrade(path: &Path, bytes: &[u8], from: u32, pack: &Pack) -> Result<Progress, StoreError> {
    let corrupt = |detail: String| corrupt(path, detail);
    let doc: serde_json::Value =
        serde_json::from_slice(bytes).map_err(|e| corrupt(json_error(&e, "")))?;
    let today = crate::clock::today().unwrap_or_else(|_| chrono::Local::now().date_naive());
    let doc = migrate(doc, from, pack, today)
        .map_err(|e| corrupt(format!("cannot upgrade from schema {from}: {e}")))?;
    serde_json::from_value(doc)
        .map_err(|e| corrupt(format!("after upgrading from schema {from}: {e}")))
}

/// Where the original of a file migrated from schema `from` is kept: `progress.json.v1.bak`.
pub fn original_path(path: &Path, from: u32) -> PathBuf {
    sibling(path, &format!(".v{from}{ORIGINAL_SUFFIX}"), false)
}

/// An older file's original bytes, waiting for the first save.
#[derive(Debug)]
struct Upgrade {
    from: u32,
    original: Vec<u8>,
}

/// Why a file did not parse: from a newer pivot, or where the JSON or its types go wrong.
fn explain_failure(path: &Path, bytes: &[u8], plain: &serde_json::Error) -> StoreError {
    let version = serde_json::from_slice::<VersionProbe>(bytes)
        .ok()
        .map(|v| v.schema_version);
    let de = &mut serde_json::Deserializer::from_slice(bytes);
    let detail = match serde_path_to_error::deserialize::<_, Progress>(de) {
        Err(e) => json_error(e.inner(), &e.path().to_string()),
        Ok(_) => json_error(plain, ""),
    };
    match version {
        Some(version) if version > SCHEMA_VERSION => StoreError::Newer {
            path: path.to_path_buf(),
            version,
            detail,
        },
        _ => corrupt(path, detail),
    }
}

fn json_error(e: &serde_json::Error, at: &str) -> String {
    let what = crate::content::strip_position(&e.to_string());
    // A path serde could not name (`?`) says nothing useful; the line and column do.
    let at = if at.is_empty() || at == "." || at.contains('?') {
        String::new()
    } else {
        format!(" (at {at})")
    };
    format!("line {}, column {}{at}: {what}", e.line(), e.column())
}

/// Keep the current file as the backup, by hard link where the filesystem allows (no copy of a
/// large file on every save), else by an atomic copy.
fn keep_backup(path: &Path) -> Result<(), StoreError> {
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
    let bytes = fs::read(path).map_err(|source| StoreError::Read {
        path: path.to_path_buf(),
        source,
    })?;
    write_atomic(&backup, &bytes)
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
    File::open(dir)?.sync_all()
}

#[cfg(not(unix))]
fn sync_dir(_dir: &Path) -> std::io::Result<()> {
    Ok(())
}
