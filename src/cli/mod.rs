//! The command line: clap definitions and the non-interactive commands.

mod args;
mod checklist;
mod cohort;
mod config_cmd;
mod context;
mod dispatch;
mod evidence;
mod examples;
mod journal;
mod mentor;
mod merge;
mod milestones;
mod output;
mod pack;
mod profile;
mod ratings;
mod remind;
mod reports;
mod review;
mod session;
mod shell;
mod status;
mod text;
mod tui_launch;

pub use args::{Cli, Command};
pub use context::{CliError, Context};
pub use dispatch::run;
