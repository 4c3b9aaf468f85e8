//! The review packet: what a mentor who is not at the person's keyboard needs to prepare and
//! hold a review, and nothing private. The person's file records every packet it made.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::content::Pack;
use crate::insight::Insights;
use crate::progress::{
    Assessment, Evidence, ItemState, Milestone, OpError, PacketRecord, Profile, Progress, Review,
    new_uid,
};
use crate::report::{self, ActionRow, ExportOptions, Status};

use super::ExchangeError;
use super::seal::{Sealed, seal};

/// One packet, as `pivot review prepare` writes it and `pivot review open` reads it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Packet {
    /// Always "pivot-review-packet".
    #[schemars(extend("const" = "pivot-review-packet"))]
    pub format: String,
    /// The version of this format; a pivot refuses a version newer than it reads.
    pub version: u32,
    /// The packet's id: its reply names it, and the person's file records it.
    pub id: String,
    /// The day it was made.
    pub made: NaiveDate,
    /// The pivot that made it, e.g. "pivot 0.1.0".
    pub made_by: String,
    /// The mentor it was made for.
    pub mentor: String,
    /// Who the person is, the role they move from and to, and by when.
    pub person: Profile,
    /// Their standing on the day it was made, as `pivot status --json` gives it: readiness and
    /// what blocks it, each step's progress, each skill's ratings against its target,
    /// milestones, and the agenda for the review.
    pub standing: Status,
    /// Action items from past reviews not yet done.
    pub open_actions: Vec<ActionRow>,
    /// The whole coaching pack, skills with their rubric levels and targets included: the
    /// mentor needs no pack of their own.
    pub pack: Pack,
    /// Checklist items ticked, keyed by `STEP/ITEM`.
    pub checklist: BTreeMap<String, ItemState>,
    pub milestones: Vec<Milestone>,
    /// The evidence library with its STAR stories.
    pub evidence: Vec<Evidence>,
    /// Every rating so far, the person's own (with the examples they wrote) and mentors'.
    pub assessments: Vec<Assessment>,
    /// Finished review sessions without their private notes, oldest first: the last one is
    /// the last session's outcomes.
    pub reviews: Vec<Review>,
    /// SHA-256 over the rest of the packet (`sha256:` and 64 hex digits).
    #[schemars(regex(pattern = r"^sha256:[0-9a-f]{64}$"))]
    pub digest: String,
}

impl Sealed for Packet {
    const FORMAT: &'static str = "pivot-review-packet";
    const VERSION: u32 = 1;
    const WHAT: &'static str = "packet";
    fn digest_mut(&mut self) -> &mut String {
        &mut self.digest
    }
}

/// A packet for `mentor` from the person's data, its text, and the record the person's file
/// keeps of it. Private journal entries and private notes never enter it (journal entries do
/// not at all: a mentor needs the work, not the diary), nor does a session in progress.
pub fn prepare(
    pack: &Pack,
    progress: &Progress,
    mentor: &str,
    today: NaiveDate,
) -> Result<(Packet, String, PacketRecord), ExchangeError> {
    let mentor = crate::printable::one_line(mentor).trim().to_string();
    if mentor.is_empty() {
        return Err(OpError::Empty("the mentor's name").into());
    }
    let mut shared = report::shareable(progress, ExportOptions::default());
    shared.reviews.retain(|r| !r.draft);
    shared.conflicts.clear();
    let insights = Insights::compute(pack, &shared, today);
    let mut packet = Packet {
        format: Packet::FORMAT.into(),
        version: Packet::VERSION,
        id: new_uid(),
        made: today,
        made_by: format!("pivot {}", env!("CARGO_PKG_VERSION")),
        mentor: mentor.clone(),
        person: shared.profile.clone(),
        standing: report::status(pack, &shared, &insights).with_movement(pack, &shared),
        open_actions: report::action_list(&shared)
            .into_iter()
            .filter(|a| a.done.is_none())
            .collect(),
        pack: pack.clone(),
        checklist: shared.checklist,
        milestones: shared.milestones,
        evidence: shared.evidence,
        assessments: shared.assessments,
        reviews: shared.reviews,
        digest: String::new(),
    };
    let text = seal(&mut packet)?;
    let record = PacketRecord {
        uid: packet.id.clone(),
        made: today,
        mentor,
        digest: packet.digest.clone(),
        agenda: insights.agenda.lines(),
        imported: None,
        extra: Default::default(),
    };
    Ok((packet, text, record))
}

impl Packet {
    /// The agenda the packet gives, one line per item as a session keeps it.
    pub fn agenda(&self) -> Vec<String> {
        self.standing
            .agenda
            .items
            .iter()
            .map(|i| crate::insight::agenda_line(&i.section, &i.text))
            .collect()
    }

    /// The packet as data (as the person's file was, less what was kept back), e.g. for a
    /// mentor's cohort. Never saved as a data file.
    pub fn data(&self) -> Progress {
        let mut p = Progress::new(&self.pack);
        p.profile = self.person.clone();
        p.checklist = self.checklist.clone();
        p.milestones = self.milestones.clone();
        p.evidence = self.evidence.clone();
        p.assessments = self.assessments.clone();
        p.reviews = self.reviews.iter().filter(|r| !r.draft).cloned().collect();
        p
    }

    /// The person's name as the packet gives it, for messages.
    pub fn person_name(&self) -> &str {
        self.person.name.as_deref().unwrap_or("the person")
    }
}
