//! Where the app's changes go: the person's data file, or, for a mentor on a packet, the reply
//! beside it (only the session is the mentor's to write; the rest of the packet is read-only).

use chrono::NaiveDate;

use crate::exchange::MentorDesk;
use crate::progress::Progress;
use crate::store::{Saved, Store};
use crate::tui::screens::Screen;

pub enum Keeper {
    File(Store),
    /// Mentor mode: the packet's data, with the session saved into the reply.
    Reply(Box<MentorDesk>),
}

/// Why a mentor cannot change what they see outside the session.
const PACKET: &str = "a packet: only the Review session is yours";

impl Keeper {
    /// Why nothing may be written on `screen`, if so.
    pub fn read_only(&self, screen: Screen) -> Option<&str> {
        match self {
            Keeper::File(store) => store.read_only_reason(),
            Keeper::Reply(_) if screen == Screen::Review => None,
            Keeper::Reply(_) => Some(PACKET),
        }
    }

    pub fn is_mentor(&self) -> bool {
        matches!(self, Keeper::Reply(_))
    }

    /// Save: the whole file (`text`), or the session as the reply. Gives what the save did and
    /// a notice to show once, if any.
    pub fn save(
        &mut self,
        text: &str,
        progress: &Progress,
        today: NaiveDate,
    ) -> Result<(Saved, Option<String>), String> {
        match self {
            Keeper::File(store) => {
                let saved = store.save_text(text).map_err(|e| e.to_string())?;
                Ok((saved, store.take_notice()))
            }
            Keeper::Reply(desk) => {
                let warning = desk.save(progress, today).map_err(|e| e.to_string())?;
                Ok((Saved::Written, warning))
            }
        }
    }

    /// The data file, when this is one.
    pub fn store(&self) -> Option<&Store> {
        match self {
            Keeper::File(store) => Some(store),
            Keeper::Reply(_) => None,
        }
    }
}
