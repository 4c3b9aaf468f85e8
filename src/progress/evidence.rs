//! The evidence library: what a person did, kept so it can back a rating, a portfolio and an
//! interview answer.

use std::fmt;

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::error::OpError;
use super::ids::{new_uid, next_id};
use super::input::non_empty;

/// What kind of proof a piece of evidence is; some count for more than others.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum EvidenceKind {
    /// A document, deck, dashboard, spec: something others can look at.
    Artifact,
    /// A measured result: a number that moved.
    Metric,
    /// What a peer, stakeholder or customer said.
    Feedback,
    /// The person's own account.
    SelfReport,
}

impl EvidenceKind {
    pub const ALL: [EvidenceKind; 4] = [
        EvidenceKind::Artifact,
        EvidenceKind::Metric,
        EvidenceKind::Feedback,
        EvidenceKind::SelfReport,
    ];

    /// How much one fresh piece of this kind backs a skill (1.0 = fully).
    pub fn weight(self) -> f64 {
        match self {
            EvidenceKind::Artifact | EvidenceKind::Metric => 1.0,
            EvidenceKind::Feedback => 0.75,
            EvidenceKind::SelfReport => 0.25,
        }
    }

    /// The word used in the file and on the command line.
    pub fn id(self) -> &'static str {
        match self {
            EvidenceKind::Artifact => "artifact",
            EvidenceKind::Metric => "metric",
            EvidenceKind::Feedback => "feedback",
            EvidenceKind::SelfReport => "self_report",
        }
    }

    pub fn parse(text: &str) -> Option<EvidenceKind> {
        let t = text.trim().to_lowercase().replace(['-', ' '], "_");
        EvidenceKind::ALL.into_iter().find(|k| k.id() == t)
    }
}

impl fmt::Display for EvidenceKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            EvidenceKind::Artifact => "artifact",
            EvidenceKind::Metric => "metric",
            EvidenceKind::Feedback => "feedback",
            EvidenceKind::SelfReport => "self-report",
        })
    }
}

/// A story in STAR form; every part is optional.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Star {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub situation: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub task: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub action: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub result: Option<String>,
    /// Fields this build does not know (from a newer pivot, another tool or a hand edit): kept.
    #[serde(flatten, deserialize_with = "super::unique::unknown")]
    pub extra: crate::progress::Unknown,
}

impl Star {
    pub fn is_empty(&self) -> bool {
        self.parts().next().is_none()
    }

    /// No part and no field this build does not know: the file need not hold it.
    pub fn nothing_to_write(&self) -> bool {
        self.is_empty() && self.extra.is_empty()
    }

    /// The parts that are filled in, labelled.
    pub fn parts(&self) -> impl Iterator<Item = (&'static str, &str)> {
        [
            ("Situation", &self.situation),
            ("Task", &self.task),
            ("Action", &self.action),
            ("Result", &self.result),
        ]
        .into_iter()
        .filter_map(|(label, part)| part.as_deref().map(|p| (label, p)))
    }
}

/// One piece of evidence.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Evidence {
    /// Who this entry is across copies of the file (the short `id` people type may be
    /// renumbered by a merge; this never is). Entries from before it existed have none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uid: Option<String>,
    pub id: u32,
    pub title: String,
    pub date: NaiveDate,
    pub kind: EvidenceKind,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub link: Option<String>,
    #[serde(default, skip_serializing_if = "Star::nothing_to_write")]
    pub story: Star,
    /// Skill ids it backs.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub skills: Vec<String>,
    /// Checklist items (`STEP/ITEM`) it shows done.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub items: Vec<String>,
    /// Fields this build does not know (from a newer pivot, another tool or a hand edit): kept.
    #[serde(flatten, deserialize_with = "super::unique::unknown")]
    pub extra: crate::progress::Unknown,
}

/// Whether text is a link rather than a description.
pub(super) fn looks_like_link(text: &str) -> bool {
    let t = text.trim();
    !t.contains(char::is_whitespace)
        && (t.starts_with("http://") || t.starts_with("https://") || t.starts_with("file://"))
}

/// Keep the first of each id, in order.
fn dedup(ids: &mut Vec<String>) {
    let mut seen = std::collections::HashSet::new();
    ids.retain(|id| seen.insert(id.clone()));
}

/// Evidence that names a checklist item.
pub(super) fn for_item<'a>(
    evidence: &'a [Evidence],
    key: &'a str,
) -> impl Iterator<Item = &'a Evidence> {
    evidence
        .iter()
        .filter(move |e| e.items.iter().any(|i| i == key))
}

/// Add a piece; its id is assigned here. Links to skills and items are taken as given
/// (callers resolve them against the pack first).
pub(super) fn add(evidence: &mut Vec<Evidence>, mut piece: Evidence) -> Result<u32, OpError> {
    piece.title = non_empty(&piece.title, "an evidence title")?;
    dedup(&mut piece.skills);
    dedup(&mut piece.items);
    piece.id = next_id("evidence", evidence.iter().map(|e| e.id))?;
    piece.uid = Some(new_uid());
    let id = piece.id;
    evidence.push(piece);
    Ok(id)
}

/// Quick evidence for a checklist item: a link becomes an artifact titled after the item,
/// a description becomes a self-report titled with its own words.
pub(super) fn add_for_item(
    evidence: &mut Vec<Evidence>,
    key: &str,
    text: &str,
    item_title: &str,
    date: NaiveDate,
) -> Result<u32, OpError> {
    let text = non_empty(text, "evidence")?;
    let (title, kind, link) = if looks_like_link(&text) {
        (item_title.to_string(), EvidenceKind::Artifact, Some(text))
    } else {
        (text, EvidenceKind::SelfReport, None)
    };
    // The same link or words for the same item again is the same evidence.
    if let Some(same) = for_item(evidence, key).find(|e| match &link {
        Some(link) => e.link.as_ref() == Some(link),
        None => e.link.is_none() && e.title == title,
    }) {
        return Ok(same.id);
    }
    add(
        evidence,
        Evidence {
            uid: None,
            extra: Default::default(),
            id: 0,
            title,
            date,
            kind,
            link,
            story: Default::default(),
            skills: Vec::new(),
            items: vec![key.to_string()],
        },
    )
}

fn find_mut(evidence: &mut [Evidence], id: u32) -> Result<&mut Evidence, OpError> {
    evidence
        .iter_mut()
        .find(|e| e.id == id)
        .ok_or(OpError::UnknownEvidence(id))
}

/// Replace a piece's content (its id stays).
pub(super) fn edit(evidence: &mut [Evidence], id: u32, mut piece: Evidence) -> Result<(), OpError> {
    piece.title = non_empty(&piece.title, "an evidence title")?;
    dedup(&mut piece.skills);
    dedup(&mut piece.items);
    let slot = find_mut(evidence, id)?;
    piece.id = id;
    // What this build does not know of the piece and its story stays (an edit replaces only
    // what the edit shows).
    for (key, value) in std::mem::take(&mut slot.extra) {
        piece.extra.entry(key).or_insert(value);
    }
    for (key, value) in std::mem::take(&mut slot.story.extra) {
        piece.story.extra.entry(key).or_insert(value);
    }
    *slot = piece;
    Ok(())
}

pub(super) fn delete(evidence: &mut Vec<Evidence>, id: u32) -> Result<Evidence, OpError> {
    let at = evidence
        .iter()
        .position(|e| e.id == id)
        .ok_or(OpError::UnknownEvidence(id))?;
    Ok(evidence.remove(at))
}

/// Set the skills and items a piece backs.
pub(super) fn link(
    evidence: &mut [Evidence],
    id: u32,
    skills: Vec<String>,
    items: Vec<String>,
) -> Result<(), OpError> {
    let piece = find_mut(evidence, id)?;
    piece.skills = skills;
    piece.items = items;
    dedup(&mut piece.skills);
    dedup(&mut piece.items);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::looks_like_link;

    #[test]
    fn only_whole_urls_are_links() {
        assert!(looks_like_link("https://docs.example/plan"));
        assert!(looks_like_link(" http://x.y "));
        assert!(!looks_like_link("see https://x.y for the plan"));
        assert!(!looks_like_link("the Q3 deck"));
    }
}
