//! The command line: clap definitions and the non-interactive commands.

mod args;
mod cohort;
mod commands;
mod context;
mod evidence;
mod journal;
mod milestones;
mod output;
mod reports;
mod review;
mod text;
mod tui_launch;

pub use args::{Cli, Command};
pub use commands::run;
pub use context::{CliError, Context};
