//! The first frame at once. When the coach quits, it keeps the dashboard that the next start on
//! the same file would draw, in the cache folder, with a key made of everything that frame
//! depends on: the file's bytes, the terminal's size, the day, this build, the command line,
//! the environment that sets colours and symbols, and the settings file. A start whose key
//! matches shows that frame while the file is read; the real first frame follows at once and,
//! since ratatui is told the screen's cells are unknown, every cell is drawn again. It is
//! display only: never data, never read as data, and a missing or unreadable one costs nothing.

use std::hash::{DefaultHasher, Hasher};
use std::io::{Read, Write};
use std::path::{Path, PathBuf};

use chrono::NaiveDate;

/// The first line of a kept frame, before its key.
const MAGIC: &str = "pivot-kept-frame 1 ";

/// Where this run keeps its start frame, and the part of the key that does not change while it
/// runs.
#[derive(Debug, Clone)]
pub struct FrameCache {
    path: PathBuf,
    run: u64,
}

/// Environment variables that change how a frame is drawn (colour, symbols, the day, which file
/// and pack).
const DRAWN_BY: &[&str] = &[
    "NO_COLOR",
    "TERM",
    "COLORTERM",
    "LANG",
    "LC_ALL",
    "LC_CTYPE",
    "PIVOT_TODAY",
    "PIVOT_DATA",
    "PIVOT_PACK",
];

impl FrameCache {
    /// The cache of this run: in the platform's cache folder, keyed by this build, the command
    /// line, the environment above and the settings file's text (`settings`).
    pub fn for_run(settings: &[u8]) -> Option<FrameCache> {
        let dirs = directories::ProjectDirs::from("", "", "pivot")?;
        let mut h = DefaultHasher::new();
        h.write(env!("CARGO_PKG_VERSION").as_bytes());
        // A rebuild of the same version draws differently too.
        let exe = std::env::current_exe().ok()?;
        let built = std::fs::metadata(&exe).and_then(|m| m.modified()).ok()?;
        h.write(format!("{exe:?}{built:?}").as_bytes());
        for arg in std::env::args_os() {
            h.write(arg.as_encoded_bytes());
            h.write_u8(0);
        }
        for name in DRAWN_BY {
            h.write(name.as_bytes());
            if let Some(value) = std::env::var_os(name) {
                h.write(value.as_encoded_bytes());
            }
            h.write_u8(0);
        }
        h.write(settings);
        Some(FrameCache {
            path: dirs.cache_dir().join("first-frame"),
            run: h.finish(),
        })
    }

    /// A cache at `path` with `run` as its run's part of the key (for tests).
    pub fn at(path: &Path, run: u64) -> FrameCache {
        FrameCache {
            path: path.to_path_buf(),
            run,
        }
    }

    /// The key of a start on a file of `data`, in a terminal of `size`, on `today`.
    pub fn key(&self, data: &[u8], size: (u16, u16), today: NaiveDate) -> u64 {
        let mut h = self.hasher();
        h.write(data);
        finish(h, size, today)
    }

    /// The key of a start on the file at `path` as it is now ([`FrameCache::key`] of its
    /// bytes); `None` when there is no regular file to read. The file is hashed as it is read,
    /// a chunk at a time, so a large one is never held whole (on the 1 MB file that saves a
    /// megabyte's first touch before the kept frame shows).
    pub fn key_of_file(&self, path: &Path, size: (u16, u16), today: NaiveDate) -> Option<u64> {
        // Asked before opening: opening a FIFO would wait for a writer.
        if !std::fs::metadata(path).ok()?.is_file() {
            return None;
        }
        let mut file = std::fs::File::open(path).ok()?;
        let mut h = self.hasher();
        let mut chunk = vec![0; 1 << 16];
        loop {
            match file.read(&mut chunk) {
                Ok(0) => break,
                Ok(n) => h.write(&chunk[..n]),
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
                Err(_) => return None,
            }
        }
        Some(finish(h, size, today))
    }

    fn hasher(&self) -> DefaultHasher {
        let mut h = DefaultHasher::new();
        h.write_u64(self.run);
        h
    }

    /// The frame kept for `key`, if the one kept is for it.
    pub fn load(&self, key: u64) -> Option<Vec<u8>> {
        let bytes = std::fs::read(&self.path).ok()?;
        let header = format!("{MAGIC}{key:016x}\n");
        bytes.strip_prefix(header.as_bytes()).map(<[u8]>::to_vec)
    }

    /// Keep `frame` for `key` (replacing what was kept); a failure is of no consequence.
    pub fn keep(&self, key: u64, frame: &[u8]) {
        let Some(folder) = self.path.parent() else {
            return;
        };
        let write = || -> std::io::Result<()> {
            std::fs::create_dir_all(folder)?;
            let mut file = tempfile::NamedTempFile::new_in(folder)?;
            writeln!(file, "{MAGIC}{key:016x}")?;
            file.write_all(frame)?;
            file.persist(&self.path).map_err(|e| e.error)?;
            Ok(())
        };
        let _ = write();
    }
}

/// The key's end: what follows the file's bytes.
fn finish(mut h: DefaultHasher, size: (u16, u16), today: NaiveDate) -> u64 {
    h.write_u16(size.0);
    h.write_u16(size.1);
    h.write(today.to_string().as_bytes());
    h.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_frame_is_found_only_under_its_own_key() {
        let dir = tempfile::tempdir().expect("temp dir");
        let cache = FrameCache::at(&dir.path().join("sub/first-frame"), 7);
        let today = NaiveDate::from_ymd_opt(2026, 11, 22).expect("date");
        let key = cache.key(b"{}", (80, 24), today);
        assert_eq!(cache.load(key), None, "nothing kept yet");
        cache.keep(key, b"\x1b[1;1Hframe");
        assert_eq!(cache.load(key).as_deref(), Some(&b"\x1b[1;1Hframe"[..]));
        for other in [
            cache.key(b"{ }", (80, 24), today),
            cache.key(b"{}", (81, 24), today),
            cache.key(b"{}", (80, 24), today.succ_opt().expect("date")),
            FrameCache::at(&dir.path().join("sub/first-frame"), 8).key(b"{}", (80, 24), today),
        ] {
            assert_ne!(other, key);
            assert_eq!(cache.load(other), None);
        }
    }

    #[test]
    fn a_file_read_in_chunks_has_the_key_of_its_bytes() {
        let dir = tempfile::tempdir().expect("temp dir");
        let cache = FrameCache::at(&dir.path().join("first-frame"), 7);
        let today = NaiveDate::from_ymd_opt(2026, 11, 22).expect("date");
        // Over three chunks, the last one short, so a chunk's end falls mid-word.
        let data: Vec<u8> = (0..=250_u8).cycle().take(200_003).collect();
        let path = dir.path().join("progress.json");
        std::fs::write(&path, &data).expect("write");
        let key = cache.key(&data, (120, 40), today);
        assert_eq!(cache.key_of_file(&path, (120, 40), today), Some(key));
        std::fs::write(&path, &data[1..]).expect("write");
        assert_ne!(cache.key_of_file(&path, (120, 40), today), Some(key));
        assert_eq!(
            cache.key_of_file(dir.path(), (120, 40), today),
            None,
            "a folder"
        );
        let missing = dir.path().join("missing.json");
        assert_eq!(cache.key_of_file(&missing, (120, 40), today), None);
    }
}
