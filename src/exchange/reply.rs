//! The mentor's reply to a packet: their ratings with examples, notes, strengths, growth areas
//! and proposed action items. Written by the mentor's pivot as they go; folded into the
//! person's file by `import`.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::content::Pack;
use crate::progress::{Level, Outcome, Progress, Review, resolve_skill};

use super::ExchangeError;
use super::packet::Packet;
use super::seal::Sealed;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Reply {
    /// Always "pivot-review-reply".
    #[schemars(extend("const" = "pivot-review-reply"))]
    pub format: String,
    /// The version of this format; a pivot refuses a version newer than it reads.
    pub version: u32,
    /// The packet this answers.
    pub packet: PacketRef,
    pub mentor: String,
    /// The last day the mentor changed it.
    pub updated: NaiveDate,
    /// The mentor's rating of each skill they rated, keyed by skill id.
    #[serde(default)]
    pub ratings: BTreeMap<String, ReplyRating>,
    #[serde(default)]
    pub notes: String,
    /// Notes for the person only: kept out of the reports they share.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub private_notes: String,
    #[serde(default)]
    pub strengths: Vec<String>,
    #[serde(default)]
    pub growth_areas: Vec<String>,
    /// Action items the mentor proposes, each with an owner.
    #[serde(default)]
    pub actions: Vec<ProposedAction>,
    /// SHA-256 over the rest of the reply (`sha256:` and 64 hex digits).
    #[schemars(regex(pattern = r"^sha256:[0-9a-f]{64}$"))]
    pub digest: String,
}

/// Which packet a reply answers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct PacketRef {
    pub id: String,
    pub digest: String,
    pub made: NaiveDate,
    /// Whose packet it was, for messages.
    pub person: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct ReplyRating {
    pub level: Level,
    /// What the mentor saw the person do at this level.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub example: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct ProposedAction {
    pub text: String,
    pub owner: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub due: Option<NaiveDate>,
}

impl Sealed for Reply {
    const FORMAT: &'static str = "pivot-review-reply";
    const VERSION: u32 = 1;
    const WHAT: &'static str = "reply";
    fn digest_mut(&mut self) -> &mut String {
        &mut self.digest
    }
}

/// The reply a session held on a packet amounts to (the digest is set when it is sealed).
pub fn reply_from_session(packet: &Packet, session: &Review, today: NaiveDate) -> Reply {
    Reply {
        format: Reply::FORMAT.into(),
        version: Reply::VERSION,
        packet: PacketRef {
            id: packet.id.clone(),
            digest: packet.digest.clone(),
            made: packet.made,
            person: packet.person.name.clone(),
        },
        mentor: session.mentor.clone(),
        updated: today,
        ratings: session
            .ratings
            .iter()
            .map(|(skill, r)| {
                let rating = ReplyRating {
                    level: r.mentor,
                    example: r.example.clone(),
                };
                (skill.clone(), rating)
            })
            .collect(),
        notes: session.notes.clone(),
        private_notes: session.private_notes.clone(),
        strengths: session.strengths.clone(),
        growth_areas: session.growth_areas.clone(),
        actions: session
            .actions
            .iter()
            .map(|a| ProposedAction {
                text: a.text.clone(),
                owner: a.owner.clone(),
                due: a.due,
            })
            .collect(),
        digest: String::new(),
    }
}

impl Reply {
    /// Refused unless this reply answers `packet` as it was made.
    pub fn check_answers(&self, packet: &Packet) -> Result<(), ExchangeError> {
        if self.packet.id != packet.id || self.packet.digest != packet.digest {
            return Err(ExchangeError::NotThisPacket(self.packet.id.clone()));
        }
        Ok(())
    }

    /// Put what the reply holds into session `id` of `progress`: the mentor's ratings (each
    /// beside the person's own rating on the session's day), notes and outcomes. A skill the
    /// pack does not know is refused.
    pub fn write_into(
        &self,
        pack: &Pack,
        progress: &mut Progress,
        id: u32,
    ) -> Result<(), ExchangeError> {
        for (skill, rating) in &self.ratings {
            let skill = resolve_skill(pack, skill)?;
            progress.rate_in_session(id, &skill, rating.level, rating.example.as_deref())?;
        }
        progress.set_review_notes(id, &self.notes, &self.private_notes)?;
        let outcomes = (self.strengths.iter().map(|s| (Outcome::Strength, s)))
            .chain(self.growth_areas.iter().map(|g| (Outcome::GrowthArea, g)));
        for (kind, text) in outcomes {
            progress.add_outcome(id, kind, text, "", None)?;
        }
        for a in &self.actions {
            progress.add_outcome(id, Outcome::Action, &a.text, &a.owner, a.due)?;
        }
        Ok(())
    }
}
