//! The shape of a content pack: the coaching path a person walks.
//!
//! Everything is referred to by stable string ids so that a user's progress survives edits to the
//! pack (reordering, rewording, new items).

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// A whole content pack, e.g. the built-in Product Owner → Product Manager path.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Pack {
    /// Stable id of the pack, stored in the user's data file (`po-to-pm`).
    pub id: String,
    /// Version of the pack's content (semver-like string).
    pub version: String,
    /// Human title, e.g. "Product Owner → Product Manager".
    pub title: String,
    /// The role a person starts from and the one they move to.
    pub from_role: String,
    pub to_role: String,
    /// One short paragraph shown on first run and in `pack show`.
    pub summary: String,
    /// The five levels of the rating scale, level 1 first.
    pub levels: Vec<LevelName>,
    /// The steps of the path, in the order they are walked.
    pub steps: Vec<Step>,
    /// Skill areas a person rates themselves on.
    pub skills: Vec<Skill>,
    /// The side-by-side comparison of the two roles.
    pub roles: RoleComparison,
    /// Practices that run across all steps (e.g. "reflect and adjust").
    pub practices: Vec<Practice>,
    /// The source material each part draws on, referred to by `file`.
    pub sources: Vec<Source>,
    /// Ids earlier versions of this pack used, and what they are now: a person's ticks,
    /// ratings and links follow them when their file is opened.
    #[serde(default, skip_serializing_if = "Renamed::is_empty")]
    pub renamed: Renamed,
    /// What changed in this version, a line each, for people whose files were made with the
    /// one before (`pack show`, the Roles screen).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub changes: Vec<String>,
}

/// Old id → new id. Two old ids may become one (merged items); an id never comes back.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Renamed {
    /// Skill ids.
    #[serde(default)]
    pub skills: BTreeMap<String, String>,
    /// Checklist items as `STEP/ITEM`.
    #[serde(default)]
    pub items: BTreeMap<String, String>,
}

impl Renamed {
    pub fn is_empty(&self) -> bool {
        self.skills.is_empty() && self.items.is_empty()
    }
}

/// What the person's own data can show about an item, so that it ticks itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum TickWhen {
    /// Every skill of the pack has a rating of the person's own.
    EverySkillRated,
}

/// One level of the 1–5 rating scale.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct LevelName {
    pub level: u8,
    /// Short name, e.g. "Independent".
    pub name: String,
    /// One line on what the level means in general.
    pub summary: String,
}

/// A step of the path with its checklist and exit criteria.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Step {
    pub id: String,
    pub title: String,
    /// One line: what this step is for.
    pub goal: String,
    /// A few paragraphs of coaching guidance.
    pub guidance: Vec<String>,
    pub items: Vec<Item>,
    pub exit: ExitCriteria,
    #[serde(default)]
    pub sources: Vec<String>,
}

/// A concrete action a person can finish and tick.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Item {
    /// Unique within its step; referred to as `STEP/ITEM`.
    pub id: String,
    pub text: String,
    pub hint: String,
    /// What to keep as proof, when it fits.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub evidence_prompt: Option<String>,
    /// Ticks itself when the person's data shows it done.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ticks_when: Option<TickWhen>,
    #[serde(default)]
    pub sources: Vec<String>,
}

/// What completes a step: these items ticked and these skills at these levels.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ExitCriteria {
    /// One line a person reads to know when the step is done.
    pub summary: String,
    /// Item ids within the same step.
    pub items: Vec<String>,
    pub skills: Vec<SkillLevel>,
}

/// A skill at (at least) a level.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SkillLevel {
    pub skill: String,
    pub level: u8,
}

/// A skill area with its level rubric.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Skill {
    pub id: String,
    pub name: String,
    pub description: String,
    /// Exactly five descriptors: what someone at level 1..=5 actually does.
    pub levels: Vec<String>,
    /// The level a new PM should reach (1–5).
    pub target: u8,
    /// A must-have skill below target caps readiness.
    pub must_have: bool,
    /// The step this skill is mostly grown in.
    pub step: String,
    /// Interview questions to practise answering with evidence (at least two).
    #[serde(default)]
    pub questions: Vec<String>,
    #[serde(default)]
    pub sources: Vec<String>,
}

/// The two roles compared along named dimensions.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RoleComparison {
    pub dimensions: Vec<Dimension>,
    /// Context worth a line each (company size, career ladder, pitfalls…).
    pub notes: Vec<String>,
    #[serde(default)]
    pub sources: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Dimension {
    pub id: String,
    pub name: String,
    /// How the role the person comes from sees this dimension.
    pub from: String,
    /// How the role they move to sees it.
    pub to: String,
}

/// A habit that runs across all steps.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Practice {
    pub id: String,
    pub title: String,
    pub text: String,
    /// Prompts offered when writing a journal entry.
    #[serde(default)]
    pub prompts: Vec<String>,
    #[serde(default)]
    pub sources: Vec<String>,
}

/// A source the content draws on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// File name of the seed, e.g. `000_b61487f25150570a.txt`.
    pub file: String,
    pub title: String,
}
