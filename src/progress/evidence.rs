//! The evidence library: what a person did, kept so it can back a rating, a portfolio and an
//! interview answer.

use std::fmt;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// What kind of proof a piece of evidence is; some count for more than others.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
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
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Star {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub situation: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub task: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub action: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub result: Option<String>,
}

impl Star {
    pub fn is_empty(&self) -> bool {
        self.parts().next().is_none()
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
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Evidence {
    pub id: u32,
    pub title: String,
    pub date: NaiveDate,
    pub kind: EvidenceKind,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub link: Option<String>,
    #[serde(default, skip_serializing_if = "Star::is_empty")]
    pub story: Star,
    /// Skill ids it backs.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub skills: Vec<String>,
    /// Checklist items (`STEP/ITEM`) it shows done.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub items: Vec<String>,
}

/// Settings a person can change in their file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Settings {
    /// Evidence older than this many days no longer backs a rating.
    #[serde(default = "default_stale_days")]
    pub evidence_stale_days: u32,
}

fn default_stale_days() -> u32 {
    180
}

impl Default for Settings {
    fn default() -> Settings {
        Settings {
            evidence_stale_days: default_stale_days(),
        }
    }
}

impl Settings {
    pub fn is_default(&self) -> bool {
        *self == Settings::default()
    }
}
