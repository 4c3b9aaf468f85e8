//! What travels between a person and a mentor who is not at their keyboard: the review packet
//! the person sends (`packet.rs`), the reply the mentor sends back (`reply.rs`), and folding the
//! reply into the person's file (`import.rs`). Each file is versioned JSON sealed with a digest
//! (`seal.rs`), and its JSON Schema is kept in `schemas/`.

mod desk;
mod import;
mod packet;
mod reply;
mod seal;

pub use desk::{MentorDesk, mentor_view, read_sealed, reply_path};
pub use import::{Folded, import};
pub use packet::{Packet, prepare};
pub use reply::{PacketRef, ProposedAction, Reply, ReplyRating, reply_from_session};
pub use seal::{Sealed, open, seal};

impl ExchangeError {
    /// Whether the file is a review file (of any kind, readable or not), as against something
    /// else altogether, such as a data file.
    pub fn is_review_file(&self) -> bool {
        match self {
            ExchangeError::In { error, .. } => error.is_review_file(),
            ExchangeError::NotJson { .. } | ExchangeError::Read { .. } => false,
            ExchangeError::WrongKind { found, .. } => found.is_some(),
            _ => true,
        }
    }

    /// The error without the file it is about, for a listing that names the file already.
    pub fn detail(&self) -> String {
        match self {
            ExchangeError::In { error, .. } => error.to_string(),
            other => other.to_string(),
        }
    }
}

/// Why an exchanged file was refused. Nothing is written when one is.
#[derive(Debug, thiserror::Error)]
pub enum ExchangeError {
    #[error(
        "this is not a readable review {what}: it is not whole JSON ({detail}); it may be cut short"
    )]
    NotJson { what: &'static str, detail: String },
    #[error("this is not a readable review {what}: {detail}")]
    Unreadable { what: &'static str, detail: String },
    #[error("this is not a review {what}{}", found.as_ref().map(|f| format!(" (it says it is a \"{}\")", crate::printable::one_line(f))).unwrap_or_else(|| " (it is not a pivot review file)".into()))]
    WrongKind {
        what: &'static str,
        found: Option<String>,
    },
    #[error(
        "this review {what} was made by a newer pivot (format version {version}; this pivot reads up to {supported}): update pivot to read it"
    )]
    Newer {
        what: &'static str,
        version: u64,
        supported: u32,
    },
    #[error(
        "this review {what} was changed after pivot wrote it (its digest does not match what it holds); ask for it to be sent again"
    )]
    Tampered { what: &'static str },
    #[error("cannot write the review file: {0}")]
    Encode(String),
    #[error("this reply answers a packet made for {0}, not one made from this file")]
    OtherPerson(String),
    #[error(
        "this file never made the packet this reply answers (packet {0}); `pivot review list` shows the packets it made"
    )]
    NeverMade(String),
    #[error(
        "the packet this reply answers was changed after this file made it; make a new packet with `pivot review prepare`"
    )]
    PacketChanged,
    #[error(
        "this reply was imported already on {date} (review {review}); importing it again changes nothing"
    )]
    AlreadyImported {
        date: chrono::NaiveDate,
        review: u32,
    },
    #[error(
        "a reply to this packet was imported already on {date} (review {review}); this is a different reply, so it is not folded in over it"
    )]
    AnotherReplyImported {
        date: chrono::NaiveDate,
        review: u32,
    },
    #[error("the reply does not answer this packet (it answers packet {0})")]
    NotThisPacket(String),
    #[error(transparent)]
    Op(#[from] crate::progress::OpError),
    #[error("cannot read {}: {detail}", crate::printable::printable(&.path.display().to_string()))]
    Read {
        path: std::path::PathBuf,
        detail: String,
    },
    #[error("{}: {error}", crate::printable::printable(&.path.display().to_string()))]
    In {
        path: std::path::PathBuf,
        error: Box<ExchangeError>,
    },
    #[error(transparent)]
    Store(#[from] crate::store::StoreError),
}
