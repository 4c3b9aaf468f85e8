use std::path::PathBuf;

use chrono::NaiveDate;

use crate::clock::not_in_future;
use crate::content::{self, LoadError, Pack};
use crate::progress::{OpError, Progress};
use crate::store::{self, Opened, Store, StoreError};

/// Every failure a command can end with; each prints as one clear message and exits 1.
#[derive(Debug, thiserror::Error)]
pub enum CliError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Op(#[from] OpError),
    #[error(transparent)]
    Pack(#[from] LoadError),
    #[error(transparent)]
    Exchange(#[from] crate::exchange::ExchangeError),
    #[error("{0}")]
    Message(String),
    /// Not a failure: the command said what it had to and ends with this exit code (as
    /// `pivot remind` does when something is due), printing nothing more.
    #[error("exit {0}")]
    Exit(u8),
}

/// What every command needs: the pack, where the data lives, and today.
pub struct Context {
    pub pack: Pack,
    pub data_path: PathBuf,
    pub today: NaiveDate,
    pub read_only: bool,
}

impl Context {
    pub fn new(
        data: Option<PathBuf>,
        pack: Option<PathBuf>,
        read_only: bool,
    ) -> Result<Context, CliError> {
        let pack = Context::read_pack(pack)?;
        let (data_path, today) = Context::place(data)?;
        Ok(Context {
            pack,
            data_path,
            today,
            read_only,
        })
    }

    /// The pack file given, else the built-in pack.
    pub(super) fn read_pack(pack: Option<PathBuf>) -> Result<Pack, CliError> {
        Ok(match pack {
            Some(path) => content::load_file(&path)?,
            None => content::builtin(),
        })
    }

    /// Where the data lives (the file given, else the default) and today.
    pub(super) fn place(data: Option<PathBuf>) -> Result<(PathBuf, NaiveDate), CliError> {
        let data_path = match data {
            Some(path) => path,
            None => store::default_path()?,
        };
        let today = crate::clock::today().map_err(CliError::Message)?;
        Ok((data_path, today))
    }

    /// The date of something that happened: the one given (never after today), else today.
    pub(super) fn past_date(
        &self,
        date: Option<NaiveDate>,
        what: &str,
    ) -> Result<NaiveDate, CliError> {
        match date {
            Some(d) => not_in_future(d, self.today, what).map_err(CliError::Message),
            None => Ok(self.today),
        }
    }

    /// Open for reading only: no lock, so this works while the coach has the file open.
    pub fn read(&self) -> Result<Progress, CliError> {
        let opened = Store::open(&self.data_path, true, &self.pack)?;
        warn(&opened.warnings);
        Ok(opened.progress)
    }

    /// Open, apply one change, save. A change that fails leaves the file untouched.
    pub fn write<T>(
        &self,
        change: impl FnOnce(&mut Progress) -> Result<T, CliError>,
    ) -> Result<T, CliError> {
        let Opened {
            mut store,
            mut progress,
            existed,
            warnings,
        } = Store::open(&self.data_path, self.read_only, &self.pack)?;
        if let Some(reason) = store.read_only_reason() {
            return Err(StoreError::ReadOnly {
                path: self.data_path.clone(),
                reason: reason.to_string(),
            }
            .into());
        }
        if !existed {
            progress.profile.start_date = Some(self.today);
        }
        // A change that is refused leaves the file as it was and says only why.
        let result = change(&mut progress)?;
        progress.pack.id.clone_from(&self.pack.id);
        progress.pack.version.clone_from(&self.pack.version);
        if let crate::store::Saved::Merged { conflicts, .. } = store.save(&progress)? {
            let both = match conflicts {
                0 => String::new(),
                n => format!(
                    "; {n} changed on both sides: yours kept, the others listed by `pivot status`"
                ),
            };
            eprintln!("pivot: merged with changes saved elsewhere since the file was read{both}");
        }
        warn(&warnings);
        warn(store.take_notice().as_slice());
        Ok(result)
    }
}

fn warn(warnings: &[String]) {
    for w in warnings {
        eprintln!("pivot: warning: {}", crate::printable::printable(w));
    }
}
