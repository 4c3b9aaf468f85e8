//! The user's progress: one module per part of the file, each with its types, the checks a
//! loaded file must pass and the pure operations the CLI and the TUI apply to it. `document`
//! holds them together as `Progress`.

mod checklist;
mod document;
mod error;
mod evidence;
mod ids;
mod input;
mod journal;
mod merge;
mod migrate;
mod milestones;
mod packets;
mod practice;
mod profile;
mod ratings;
mod read;
mod renames;
mod resolve;
mod reviews;
mod session_ops;
mod settings;
mod suggest;
mod unique;

pub use checklist::{ItemState, Undone};
pub use document::{PackRef, Progress, SCHEMA_VERSION};
pub use error::OpError;
pub use evidence::{Evidence, EvidenceKind, Star};
pub use ids::new_uid;
pub use journal::JournalEntry;
pub use merge::{Conflict, Merged, merge};
pub use migrate::{ORIGINAL_SUFFIX, migrate};
pub use milestones::Milestone;
pub use packets::{Imported, PacketRecord};
pub use practice::{Practice, practised};
pub use profile::Profile;
pub use ratings::{Assessment, Level, Rater, Rating, Replaced, Stood, parse_level};
pub use read::{ReadProgress, from_json, from_json_but_journal, journal_from};
pub use resolve::{resolve_item, resolve_skill, resolve_step};
pub use reviews::{ActionItem, Outcome, Review, SessionRating};
pub use settings::Settings;

/// Fields a type does not know, kept as they were read so a save writes them back.
pub type Unknown = std::collections::BTreeMap<String, serde_json::Value>;
pub use suggest::closest;
