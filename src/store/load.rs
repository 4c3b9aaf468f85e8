//! Finding the data file and reading it: parse, check, and move an older schema forward.

use std::fs;
use std::path::{Path, PathBuf};

use crate::content::Pack;
use crate::progress::{
    Progress, SCHEMA_VERSION, from_json, from_json_but_journal, journal_from, migrate,
};

use super::error::{StoreError, corrupt};

/// The default data file: the platform's data directory for pivot, `progress.json`.
pub fn default_path() -> Result<PathBuf, StoreError> {
    directories::ProjectDirs::from("", "", "pivot")
        .map(|dirs| dirs.data_dir().join("progress.json"))
        .ok_or(StoreError::NoDataDir)
}

/// A file read, checked and, when older, upgraded in memory.
#[derive(Debug)]
pub(super) struct Loaded {
    pub progress: Progress,
    pub schema: Schema,
    /// The bytes read: what this pivot's changes are made on, for the check before each save.
    pub bytes: Vec<u8>,
    /// Where in `bytes` the journal is, when it is still to be read (see `Store::read_journal`).
    pub journal_at: Option<std::ops::Range<usize>>,
}

/// Which schema the file was written in, against the one this build knows.
#[derive(Debug)]
pub(super) enum Schema {
    Current,
    /// From a newer pivot: readable, but it must not be written by this one.
    Newer(u32),
    /// From an older pivot: upgraded in memory, the original waiting to be kept.
    Older(Upgrade),
}

/// An older file's original bytes, waiting for the first save.
#[derive(Debug)]
pub(super) struct Upgrade {
    pub from: u32,
    pub original: Vec<u8>,
}

/// Refuse what cannot be a data file before anything opens it (a FIFO would hang the read), and
/// a link whose target is missing (a blank profile there would replace the link on save).
pub(super) fn check_target(path: &Path) -> Result<(), StoreError> {
    let Ok(link) = fs::symlink_metadata(path) else {
        return Ok(());
    };
    let meta = match fs::metadata(path) {
        Ok(meta) => meta,
        Err(e) if link.file_type().is_symlink() && e.kind() == std::io::ErrorKind::NotFound => {
            let target = fs::read_link(path).unwrap_or_default();
            return Err(StoreError::MissingTarget {
                path: path.to_path_buf(),
                target,
            });
        }
        Err(_) => return Ok(()),
    };
    match kind_of(&meta.file_type()) {
        None => Ok(()),
        Some(what) => Err(StoreError::NotAFile {
            path: path.to_path_buf(),
            what,
        }),
    }
}

/// What a file that is not a regular file is, in words; `None` for a regular file.
pub fn kind_of(kind: &fs::FileType) -> Option<&'static str> {
    if kind.is_file() {
        return None;
    }
    if kind.is_dir() {
        return Some("a folder");
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if kind.is_fifo() {
            return Some("a named pipe (FIFO)");
        }
        if kind.is_socket() {
            return Some("a socket");
        }
        if kind.is_block_device() || kind.is_char_device() {
            return Some("a device");
        }
    }
    Some("not a regular file")
}

/// A data file with more than one hard link: every save replaces the file, so the other names
/// would keep the old text and each would have a lock of its own. Saying why, it opens read-only.
pub(super) fn shared_by_links(path: &Path) -> Option<String> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        let links = fs::metadata(path).ok()?.nlink();
        (links > 1).then(|| {
            format!(
                "{} has {links} hard links; a save would leave the others behind, so use one name (a symbolic link works)",
                path.display()
            )
        })
    }
    #[cfg(not(unix))]
    {
        let _ = path;
        None
    }
}

/// Read the file at `path`; `None` when there is none yet.
/// With `defer_journal`, a large file of the current schema leaves its journal to be read later.
pub(super) fn read(
    path: &Path,
    pack: &Pack,
    defer_journal: bool,
) -> Result<Option<Loaded>, StoreError> {
    match fs::read(path) {
        Ok(bytes) => parse(path, bytes, pack, defer_journal).map(Some),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(source) => Err(StoreError::Read {
            path: path.to_path_buf(),
            source,
        }),
    }
}

#[derive(serde::Deserialize)]
struct VersionProbe {
    schema_version: u32,
}

/// Parse and check a file; an older schema is migrated forward.
fn parse(
    path: &Path,
    bytes: Vec<u8>,
    pack: &Pack,
    defer_journal: bool,
) -> Result<Loaded, StoreError> {
    // One plain parse on the common path (a large file on two threads); only a failure pays for
    // a precise message. Text checked as UTF-8 once is not checked again string by string.
    let parsed = match std::str::from_utf8(&bytes) {
        Ok(text) if defer_journal => from_json_but_journal(text),
        Ok(text) => from_json(text).map(|p| (p, None)),
        Err(_) => serde_json::from_slice(&bytes).map(|p| (p, None)),
    };
    let (progress, journal_at) = parsed.map_err(|e| explain_failure(path, &bytes, &e))?;
    // Only a file of this schema is read in two goes; any other is read again whole.
    let (progress, journal_at) = match journal_at {
        Some(_) if progress.schema_version != SCHEMA_VERSION => {
            let whole =
                serde_json::from_slice(&bytes).map_err(|e| explain_failure(path, &bytes, &e))?;
            (whole, None)
        }
        other => (progress, other),
    };
    let version = progress.schema_version;
    if version < 1 {
        return Err(corrupt(
            path,
            format!("schema_version {version} is not one pivot has ever written"),
        ));
    }
    let (progress, schema) = if version > SCHEMA_VERSION {
        (progress, Schema::Newer(version))
    } else if version < SCHEMA_VERSION {
        let upgraded = upgrade(path, &bytes, version, pack)?;
        // The one copy of a read: an older file's original waits for its first save.
        let original = Upgrade {
            from: version,
            original: bytes.clone(),
        };
        (upgraded, Schema::Older(original))
    } else {
        (progress, Schema::Current)
    };
    if let Some(first) = progress.problems().first() {
        return Err(corrupt(path, first.clone()));
    }
    // Ids the pack has renamed since the file was written are followed (in memory; the file
    // has them on its next save).
    let mut progress = progress;
    progress.follow_renames(&pack.renamed);
    Ok(Loaded {
        progress,
        schema,
        bytes,
        journal_at,
    })
}

/// The journal a file was read without, read now from its bytes; refused like a file that does
/// not read when it does not, or when it gives an entry's id twice.
pub(super) fn read_journal(
    path: &Path,
    bytes: &[u8],
    at: std::ops::Range<usize>,
    progress: &mut Progress,
) -> Result<(), StoreError> {
    let text = bytes
        .get(at)
        .and_then(|b| std::str::from_utf8(b).ok())
        .ok_or_else(|| corrupt(path, "the journal could not be found again".into()))?;
    progress.journal = journal_from(text).map_err(|e| explain_failure(path, bytes, &e))?;
    if let Some(first) = progress.problems().first() {
        return Err(corrupt(path, first.clone()));
    }
    Ok(())
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
