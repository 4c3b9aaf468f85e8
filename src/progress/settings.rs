//! How pivot judges the person's data, as they set it in their file.

use serde::{Deserialize, Serialize};

/// Settings a person can change in their file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Settings {
    /// Evidence older than this many days no longer backs a rating.
    #[serde(default = "default_stale_days")]
    pub evidence_stale_days: u32,
    /// Fields this build does not know (from a newer pivot, another tool or a hand edit): kept.
    #[serde(flatten, deserialize_with = "super::unique::unknown")]
    pub extra: crate::progress::Unknown,
}

fn default_stale_days() -> u32 {
    180
}

impl Default for Settings {
    fn default() -> Settings {
        Settings {
            extra: Default::default(),
            evidence_stale_days: default_stale_days(),
        }
    }
}

impl Settings {
    pub fn is_default(&self) -> bool {
        *self == Settings::default()
    }
}
