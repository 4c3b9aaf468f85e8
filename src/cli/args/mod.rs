use std::path::PathBuf;

use clap::{Args, FromArgMatches, Parser, Subcommand};

mod lists;
mod review;

pub use lists::{
    EvidenceCommand, EvidenceEdit, Format, JournalCommand, MilestoneCommand, PackCommand,
    PageFormat,
};
pub use review::{ActionCommand, OutcomeKind, ReplyCommand, ReviewCommand, SessionCommand};

/// A terminal coach for moving from Product Owner to Product Manager.
///
/// Run without a command to open the coach. Your progress lives in one JSON file you own
/// (`pivot path` prints where).
#[derive(Debug, Parser)]
#[command(name = "pivot", version, about, long_about)]
pub struct Cli {
    #[command(flatten)]
    pub launch: Launch,
    #[command(subcommand)]
    pub command: Option<Command>,
}

impl Cli {
    /// Read the command line. A bare `pivot` (the coach, the common start) is read by the
    /// top-level options alone, the same definitions: building every command's parser first was
    /// a fifth of the time to the coach's first frame.
    pub fn read() -> Cli {
        if std::env::args_os().len() <= 1 {
            return Cli {
                launch: Bare::parse().launch,
                command: None,
            };
        }
        let matches = Cli::with_help().get_matches();
        Cli::from_arg_matches(&matches).unwrap_or_else(|e| e.exit())
    }

    /// The whole command line as clap builds it, with each command's examples (what parses,
    /// `--help`, the man pages and the completions all use).
    pub fn with_help() -> clap::Command {
        super::examples::with_examples(<Cli as clap::CommandFactory>::command())
    }
}

/// `pivot` with no command or option: only the top-level options (from the environment).
#[derive(Debug, Parser)]
#[command(name = "pivot")]
struct Bare {
    #[command(flatten)]
    launch: Launch,
}

/// What opens the data file and the coach: given to `pivot` itself, or before or after any
/// command.
#[derive(Debug, Args)]
pub struct Launch {
    /// The data file to use (default: your platform's data folder).
    #[arg(long, global = true, env = "PIVOT_DATA", value_name = "FILE")]
    pub data: Option<PathBuf>,
    /// A content pack to use instead of the built-in Product Owner → Product Manager path.
    #[arg(long, global = true, env = "PIVOT_PACK", value_name = "FILE")]
    pub pack: Option<PathBuf>,
    /// Open the data file without ever writing it (e.g. a mentor browsing a mentee's file).
    #[arg(long, global = true)]
    pub read_only: bool,
    /// Let the mouse click and scroll in the coach (off by default so text selection works).
    #[arg(long, global = true)]
    pub mouse: bool,
    /// Use the high-contrast theme in the coach.
    #[arg(long, global = true)]
    pub high_contrast: bool,
    /// Bars, marks and borders in ASCII, in the coach and in text output; on by itself when
    /// TERM=dumb or the locale is not UTF-8.
    #[arg(long, global = true)]
    pub ascii: bool,
    /// With --read-only, show private journal entries and notes in the coach (else each reads
    /// "private").
    #[arg(long = "include-private", requires = "read_only")]
    pub show_private: bool,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Readiness, steps, skills, milestones and what blocks you.
    Status {
        /// Print one JSON object instead of text.
        #[arg(long, conflicts_with = "brief")]
        json: bool,
        /// One short line, for a shell prompt or a tmux status bar.
        #[arg(long)]
        brief: bool,
    },
    /// What is overdue and what falls due soon, and a nudge when the journal is quiet; for
    /// cron or a timer. Exit 0: nothing to do; 3: something due soon or the journal quiet;
    /// 4: something overdue.
    Remind {
        /// How many days ahead count as soon.
        #[arg(long, default_value_t = crate::insight::SOON_DAYS, value_name = "N")]
        days: u32,
        /// Print one JSON object instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Show or set who you are and by when you want to move.
    Profile {
        #[command(flatten)]
        given: ProfileArgs,
        /// Print JSON instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Tick a checklist item (STEP/ITEM), optionally with a note and evidence.
    Check {
        /// The item, as STEP/ITEM (`pivot pack show` lists them).
        #[arg(value_name = "STEP/ITEM")]
        item: String,
        /// A note on how it went (kept when the item is unticked).
        #[arg(long)]
        note: Option<String>,
        /// A link or short description of what shows the work was done.
        #[arg(long, value_name = "LINK")]
        evidence: Option<String>,
    },
    /// Untick a checklist item (its note and evidence are kept).
    Uncheck {
        /// The item, as STEP/ITEM.
        #[arg(value_name = "STEP/ITEM")]
        item: String,
    },
    /// Record a 1–5 rating on a skill (your own unless --mentor).
    Rate {
        /// The skill's id (`pivot pack show` lists them).
        skill: String,
        /// The level, 1 to 5, against the skill's rubric.
        #[arg(value_parser = level_arg)]
        level: crate::progress::Level,
        /// Record the rating as this mentor's.
        #[arg(long, value_name = "NAME")]
        mentor: Option<String>,
        /// An example of what shows this level (`--example` works too, as in `review reply`).
        #[arg(long, visible_alias = "example", value_name = "TEXT")]
        comment: Option<String>,
        /// Date of the rating (YYYY-MM-DD, default today).
        #[arg(long, value_name = "DATE", value_parser = date_arg)]
        date: Option<chrono::NaiveDate>,
    },
    /// Add, complete and list dated milestones.
    #[command(subcommand)]
    Milestone(MilestoneCommand),
    /// Reflect and adjust: dated journal entries.
    #[command(subcommand)]
    Journal(JournalCommand),
    /// Milestones, dated action items and the next review as an iCalendar file (RFC 5545) to
    /// import into your calendar; importing it again updates the events, never doubles them.
    Calendar {
        /// Write the file here instead of printing it.
        #[arg(long, value_name = "FILE")]
        output: Option<PathBuf>,
    },
    /// Write a report to share (Markdown) or all data with its status (JSON).
    Export {
        /// Markdown to read and share, or JSON with all the data.
        #[arg(long, value_enum, default_value_t = Format::Markdown)]
        format: Format,
        /// Write to this file instead of standard output.
        #[arg(long, value_name = "FILE")]
        output: Option<PathBuf>,
        /// Include journal entries and notes marked private.
        #[arg(long)]
        include_private: bool,
    },
    /// Show the content pack in use, or validate a pack file.
    #[command(subcommand)]
    Pack(PackCommand),
    /// The evidence library: what you did, to back ratings, a portfolio and interview answers.
    #[command(subcommand)]
    Evidence(EvidenceCommand),
    /// Write a Markdown portfolio grouped by PM competency, from your evidence.
    Showcase {
        /// Write to this file instead of standard output.
        #[arg(long, value_name = "FILE")]
        output: Option<PathBuf>,
        /// Ready to send: leave out the part for you alone (the skills with nothing to show).
        #[arg(long)]
        share: bool,
        /// Markdown, or one page with charts to open in a browser or print.
        #[arg(long, value_enum, default_value = "markdown")]
        format: PageFormat,
    },
    /// Practice interview questions per skill, each with your stories that could answer it.
    Interview {
        /// Only this skill.
        #[arg(long)]
        skill: Option<String>,
        /// Print JSON instead of Markdown: each skill's questions with the stories that fit.
        #[arg(long)]
        json: bool,
        /// Record that you answered this question out loud (`SKILL/N`, as shown under it).
        #[arg(long, value_name = "SKILL/N", conflicts_with_all = ["skill", "json"])]
        practised: Option<String>,
        /// With --practised: how it went, in a few words.
        #[arg(long, requires = "practised")]
        how: Option<String>,
        /// With --practised: the day you practised (YYYY-MM-DD, default today).
        #[arg(long, value_name = "DATE", value_parser = date_arg, requires = "practised")]
        date: Option<chrono::NaiveDate>,
    },
    /// Mentor reviews: the agenda, past sessions, action items, reports, and reviews with a mentor
    /// elsewhere (prepare a packet, open or reply to one, import the reply).
    #[command(subcommand)]
    Review(ReviewCommand),
    /// A mentor's one-table view of several people's files (read-only).
    Cohort {
        /// Mentees' data files, or review packets they sent you.
        #[arg(required = true, value_name = "FILE")]
        files: Vec<PathBuf>,
        /// Print JSON instead of a table.
        #[arg(long)]
        json: bool,
    },
    /// This machine's settings file: where it is, or start one with every setting explained.
    #[command(subcommand)]
    Config(ConfigCommand),
    /// Print the data file in use.
    Path,
    /// Print a shell completion script (install: see the README).
    Completions {
        /// The shell to complete in.
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print the man page, or write it and one page per command into a folder.
    Man {
        /// Write pivot.1 and a page per command (pivot-review.1, …) into this folder.
        #[arg(long, value_name = "DIR")]
        dir: Option<PathBuf>,
    },
    /// Values two copies changed differently when they were merged; `--clear` once you have
    /// looked at them (the kept values stay in the data).
    Conflicts {
        /// Forget the listed conflicts.
        #[arg(long)]
        clear: bool,
        /// Print JSON instead of text.
        #[arg(long, conflicts_with = "clear")]
        json: bool,
    },
    /// Merge two copies of a data file made from one base, as git's merge driver: the result is
    /// written over OURS. Set up with `.gitattributes`: `progress.json merge=pivot` and
    /// `git config merge.pivot.driver "pivot merge %O %A %B"`.
    Merge {
        /// What both copies were made from (git's %O); a missing or empty file is no base.
        #[arg(value_name = "BASE")]
        base: PathBuf,
        /// This copy (git's %A); the merge is written here.
        #[arg(value_name = "OURS")]
        ours: PathBuf,
        /// The other copy (git's %B).
        #[arg(value_name = "THEIRS")]
        theirs: PathBuf,
    },
}

/// What `pivot profile` may change; each left out stays as it is.
#[derive(Debug, Args)]
pub struct ProfileArgs {
    /// Your name, as reports and mentors see it.
    #[arg(long)]
    pub name: Option<String>,
    /// Your current role.
    #[arg(long, value_name = "ROLE")]
    pub current: Option<String>,
    /// The role you are moving to.
    #[arg(long, value_name = "ROLE")]
    pub target: Option<String>,
    /// When you aim to have moved (YYYY-MM-DD).
    #[arg(long, value_name = "DATE", value_parser = date_arg)]
    pub target_date: Option<chrono::NaiveDate>,
    /// When you started (YYYY-MM-DD).
    #[arg(long, value_name = "DATE", value_parser = date_arg)]
    pub start_date: Option<chrono::NaiveDate>,
    /// After how many days a piece of evidence counts as stale (default 180). Kept in the data
    /// file, so every machine and your mentor see the same stale marks.
    #[arg(long, value_name = "DAYS", value_parser = clap::value_parser!(u32).range(1..=3650))]
    pub stale_after: Option<u32>,
}

/// A date typed on the command line; one that is not a date is a usage error (exit 2).
fn date_arg(text: &str) -> Result<chrono::NaiveDate, String> {
    crate::clock::parse_date(text)
}

/// A date, or `none` for no date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DateOrNone(pub Option<chrono::NaiveDate>);

/// A date or `none` typed on the command line (a bad one is a usage error, exit 2).
fn date_or_none_arg(text: &str) -> Result<DateOrNone, String> {
    if text == "none" {
        return Ok(DateOrNone(None));
    }
    crate::clock::parse_date(text).map(|d| DateOrNone(Some(d)))
}

/// A level typed on the command line; one outside 1–5 is a usage error (exit 2).
fn level_arg(text: &str) -> Result<crate::progress::Level, String> {
    crate::progress::parse_level(text).map_err(|e| e.to_string())
}

/// `pivot config path|init|check|keys`.
#[derive(Debug, Subcommand)]
pub enum ConfigCommand {
    /// Print where the settings file is (whether or not it exists yet).
    Path,
    /// Write a settings file with every setting commented out at its default (an existing
    /// one is left as it is).
    Init,
    /// Check the settings file: say what is wrong in it (exit 1), or that it is fine.
    Check,
    /// List every key of the coach, screen by screen, with the action name a remap uses
    /// (your remaps included).
    Keys,
}
