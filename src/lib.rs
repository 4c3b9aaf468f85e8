//! pivot: a terminal coach for a career move, shipped with the Product Owner → Product Manager path.
//!
//! `content`, `progress`, `insight` and `report` are pure and know nothing of the terminal; the
//! CLI and the TUI sit on top of them. `store` is the only code that touches the data file.

pub mod cli;
pub mod clock;
pub mod config;
pub mod content;
pub mod editor;
pub mod exchange;
pub mod insight;
pub mod plain;
pub mod printable;
pub mod progress;
pub mod report;
pub mod schemas;
pub mod store;
pub mod tui;
