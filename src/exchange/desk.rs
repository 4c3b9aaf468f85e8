//! The mentor's side: a packet they were sent and the reply they write beside it, read and saved
//! as files. The mentor needs no data file of their own; none is read or written.

use std::path::{Path, PathBuf};

use chrono::NaiveDate;

use crate::progress::Progress;
use crate::store::write_atomic;

use super::ExchangeError;
use super::packet::Packet;
use super::reply::{Reply, reply_from_session};
use super::seal::{Sealed, open, seal};

/// Read a sealed file, its errors naming it.
pub fn read_sealed<T: Sealed>(path: &Path) -> Result<T, ExchangeError> {
    let text = std::fs::read_to_string(path).map_err(|e| ExchangeError::Read {
        path: path.to_path_buf(),
        detail: e.to_string(),
    })?;
    open(&text).map_err(|error| ExchangeError::In {
        path: path.to_path_buf(),
        error: Box::new(error),
    })
}

/// Where the reply to a packet goes by default: beside it, `NAME.reply.json` for `NAME.json`.
pub fn reply_path(packet: &Path) -> PathBuf {
    let stem = packet
        .file_stem()
        .map_or_else(|| "packet".into(), |s| s.to_string_lossy().into_owned());
    packet.with_file_name(format!("{stem}.reply.json"))
}

/// A packet open on the mentor's side, with the reply written so far.
#[derive(Debug)]
pub struct MentorDesk {
    pub packet: Packet,
    pub packet_path: PathBuf,
    pub reply_path: PathBuf,
    /// The reply as last read or saved (`None` before the first save).
    pub reply: Option<Reply>,
}

impl MentorDesk {
    /// Open the packet and, when there is one, the reply beside it (or at `reply`), which must
    /// answer this packet.
    pub fn open(packet_path: &Path, reply: Option<&Path>) -> Result<MentorDesk, ExchangeError> {
        let packet: Packet = read_sealed(packet_path)?;
        let reply_path = reply.map_or_else(|| reply_path(packet_path), Path::to_path_buf);
        if same_file(&reply_path, packet_path) {
            return Err(ExchangeError::In {
                path: reply_path,
                error: Box::new(ExchangeError::Encode(
                    "the reply cannot be written over the packet; choose another --reply".into(),
                )),
            });
        }
        let reply = if reply_path.exists() {
            let reply: Reply = read_sealed(&reply_path)?;
            reply
                .check_answers(&packet)
                .map_err(|error| ExchangeError::In {
                    path: reply_path.clone(),
                    error: Box::new(error),
                })?;
            Some(reply)
        } else {
            None
        };
        Ok(MentorDesk {
            packet,
            packet_path: packet_path.to_path_buf(),
            reply_path,
            reply,
        })
    }

    /// The packet as data, with the session holding what the reply says so far.
    pub fn progress(&self, today: NaiveDate) -> Result<Progress, ExchangeError> {
        mentor_view(&self.packet, self.reply.as_ref(), today)
    }

    /// Write the session in `progress` as the reply, atomically. Gives a warning when the file
    /// was saved but its folder could not be synced.
    pub fn save(
        &mut self,
        progress: &Progress,
        today: NaiveDate,
    ) -> Result<Option<String>, ExchangeError> {
        let Some(session) = progress.draft_review() else {
            return Err(ExchangeError::Encode(
                "there is no session to write as the reply".into(),
            ));
        };
        let mut reply = reply_from_session(&self.packet, session, today);
        let text = seal(&mut reply)?;
        let warning = write_atomic(&self.reply_path, text.as_bytes())?;
        self.reply = Some(reply);
        Ok(warning)
    }
}

/// Whether two paths name one file (the second may not exist yet).
fn same_file(a: &Path, b: &Path) -> bool {
    match (std::fs::canonicalize(a), std::fs::canonicalize(b)) {
        (Ok(a), Ok(b)) => a == b,
        _ => a == b,
    }
}

/// What the mentor's pivot shows: the packet as data, with a session in progress holding what
/// the mentor has written so far (from the reply, when there is one). Never saved as a data
/// file: only the session is written back, into the reply.
pub fn mentor_view(
    packet: &Packet,
    reply: Option<&Reply>,
    today: NaiveDate,
) -> Result<Progress, ExchangeError> {
    let mut p = packet.data();
    let id = p.start_review(&packet.mentor, today, packet.agenda())?;
    if let Some(reply) = reply {
        reply.check_answers(packet)?;
        reply.write_into(&packet.pack, &mut p, id)?;
    }
    Ok(p)
}
