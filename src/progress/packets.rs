//! Review packets this file made for mentors, and the replies folded back in. A record is what
//! lets an import tell a reply to one of this file's packets from anything else.

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// A packet made for a mentor (`pivot review prepare`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct PacketRecord {
    /// The packet's id, written in it and in the reply to it.
    pub uid: String,
    pub made: NaiveDate,
    pub mentor: String,
    /// The packet's digest: a reply must answer this packet, not an edited copy of it.
    pub digest: String,
    /// The agenda as the packet gave it: the session the reply opens keeps it.
    #[serde(default)]
    pub agenda: Vec<String>,
    /// The reply folded in, once: a second import of it changes nothing.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub imported: Option<Imported>,
    /// Fields this build does not know (from a newer pivot, another tool or a hand edit): kept.
    #[serde(flatten, deserialize_with = "super::unique::unknown")]
    pub extra: crate::progress::Unknown,
}

/// When a packet's reply was folded in, and as which review.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Imported {
    pub date: NaiveDate,
    pub review: u32,
    /// The reply's digest.
    pub reply: String,
    /// Fields this build does not know (from a newer pivot, another tool or a hand edit): kept.
    #[serde(flatten, deserialize_with = "super::unique::unknown")]
    pub extra: crate::progress::Unknown,
}
