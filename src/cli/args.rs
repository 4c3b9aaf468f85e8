use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

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
        Cli::parse()
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
        #[arg(long)]
        json: bool,
    },
    /// Show or set who you are and by when you want to move.
    Profile {
        #[arg(long)]
        name: Option<String>,
        /// Your current role.
        #[arg(long, value_name = "ROLE")]
        current: Option<String>,
        /// The role you are moving to.
        #[arg(long, value_name = "ROLE")]
        target: Option<String>,
        /// When you aim to have moved (YYYY-MM-DD).
        #[arg(long, value_name = "DATE")]
        target_date: Option<String>,
        /// When you started (YYYY-MM-DD).
        #[arg(long, value_name = "DATE")]
        start_date: Option<String>,
    },
    /// Tick a checklist item (STEP/ITEM), optionally with a note and evidence.
    Check {
        #[arg(value_name = "STEP/ITEM")]
        item: String,
        #[arg(long)]
        note: Option<String>,
        /// A link or short description of what shows the work was done.
        #[arg(long, value_name = "LINK")]
        evidence: Option<String>,
    },
    /// Untick a checklist item (its note and evidence are kept).
    Uncheck {
        #[arg(value_name = "STEP/ITEM")]
        item: String,
    },
    /// Record a 1–5 rating on a skill (your own unless --mentor).
    Rate {
        skill: String,
        level: String,
        /// Record the rating as this mentor's.
        #[arg(long, value_name = "NAME")]
        mentor: Option<String>,
        #[arg(long)]
        comment: Option<String>,
        /// Date of the rating (YYYY-MM-DD, default today).
        #[arg(long, value_name = "DATE")]
        date: Option<String>,
    },
    /// Add, complete and list dated milestones.
    #[command(subcommand)]
    Milestone(MilestoneCommand),
    /// Reflect and adjust: dated journal entries.
    #[command(subcommand)]
    Journal(JournalCommand),
    /// Write a report to share (Markdown) or all data with its status (JSON).
    Export {
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
    },
    /// Practice interview questions per skill, each with your stories that could answer it.
    Interview {
        /// Only this skill.
        #[arg(long)]
        skill: Option<String>,
    },
    /// Mentor reviews: the agenda for the next one, past sessions, action items, a session's report.
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

#[derive(Debug, Subcommand)]
pub enum EvidenceCommand {
    /// Add a piece of evidence.
    Add {
        title: String,
        /// artifact, metric, feedback or self_report.
        #[arg(long)]
        kind: String,
        /// When it happened (YYYY-MM-DD, default today).
        #[arg(long, value_name = "DATE")]
        date: Option<String>,
        #[arg(long)]
        link: Option<String>,
        /// A skill it backs (repeat for more).
        #[arg(long = "skill", value_name = "SKILL")]
        skills: Vec<String>,
        /// A checklist item it shows done, as STEP/ITEM (repeat for more).
        #[arg(long = "item", value_name = "STEP/ITEM")]
        items: Vec<String>,
        #[arg(long)]
        situation: Option<String>,
        #[arg(long)]
        task: Option<String>,
        #[arg(long)]
        action: Option<String>,
        #[arg(long)]
        result: Option<String>,
    },
    /// List the library, newest first.
    List {
        /// Only evidence backing this skill.
        #[arg(long)]
        skill: Option<String>,
        /// Only this kind.
        #[arg(long)]
        kind: Option<String>,
    },
    /// Delete a piece by id.
    Delete { id: u32 },
}

#[derive(Debug, Subcommand)]
pub enum ReviewCommand {
    /// The agenda for a review held today: open actions, disagreements, gaps, what changed.
    Agenda {
        #[arg(long)]
        json: bool,
    },
    /// Past review sessions.
    List,
    /// What changed between two dates: items ticked, ratings moved, milestones, evidence,
    /// journal entries (by default since the last finished review, up to today).
    Changes {
        /// From this date, inclusive (YYYY-MM-DD; default: the day after the last finished review).
        #[arg(long, value_name = "DATE")]
        since: Option<String>,
        /// Up to this date, inclusive (YYYY-MM-DD).
        #[arg(long, value_name = "DATE")]
        until: Option<String>,
        /// Include private journal entries.
        #[arg(long)]
        include_private: bool,
    },
    /// Action items from reviews: list them (with their ids), tick one off, open one again.
    #[command(subcommand)]
    Action(ActionCommand),
    /// Write a review packet for a mentor who is not at your keyboard: what they need to
    /// prepare and rate, nothing private. Send it; fold their reply in with `review import`.
    Prepare {
        /// The mentor it is for.
        #[arg(long)]
        mentor: String,
        /// Where to write it (default: review-packet-DATE.json here; `-` for standard output).
        #[arg(long, value_name = "FILE")]
        output: Option<PathBuf>,
    },
    /// As the mentor: open a packet you were sent in the coach, rate blind and write notes and
    /// outcomes; saved as you go into a reply file beside it, to send back.
    Open {
        packet: PathBuf,
        /// Write the reply here instead of beside the packet (PACKET.reply.json).
        #[arg(long, value_name = "FILE")]
        reply: Option<PathBuf>,
    },
    /// As the mentor, from the command line: show a packet, rate, write notes and outcomes
    /// into its reply (what `review open` does, for scripts and screen readers).
    Reply {
        packet: PathBuf,
        /// The reply file (default: beside the packet, PACKET.reply.json).
        #[arg(long, value_name = "FILE")]
        reply: Option<PathBuf>,
        #[command(subcommand)]
        command: ReplyCommand,
    },
    /// Finish the session in progress (e.g. one a reply opened).
    Finish,
    /// Drop the session in progress (the mentor's ratings in it stay: they are ratings).
    Discard,
    /// Fold a mentor's reply into your file: it opens as a session in progress to finish
    /// together on the Review screen, or alone with --finish.
    Import {
        reply: PathBuf,
        /// Finish the session at once.
        #[arg(long)]
        finish: bool,
    },
    /// Write one session's report (the latest when ID is left out).
    Report {
        id: Option<u32>,
        /// Write to this file instead of standard output.
        #[arg(long, value_name = "FILE")]
        output: Option<PathBuf>,
        /// Include private notes.
        #[arg(long)]
        include_private: bool,
    },
}

#[derive(Debug, Subcommand)]
pub enum ReplyCommand {
    /// What the packet holds and what the reply says so far (the person's own rating of a
    /// skill shows once you have rated it).
    Show {
        /// Print the reply as JSON instead.
        #[arg(long)]
        json: bool,
    },
    /// Rate a skill, blind: the person's own rating is shown once yours is in.
    Rate {
        /// The skill's id, as `show` lists it.
        skill: String,
        /// Your rating, 1 to 5.
        level: String,
        /// What you saw them do that shows this level.
        #[arg(long, value_name = "TEXT")]
        example: Option<String>,
    },
    /// Set the session notes (they replace the notes so far).
    Notes {
        text: String,
        /// Notes for the person only, kept out of the reports they share.
        #[arg(long, value_name = "TEXT")]
        private: Option<String>,
    },
    /// Add a strength you see.
    Strength { text: String },
    /// Add a growth area.
    Growth { text: String },
    /// Propose an action item with an owner.
    Action {
        text: String,
        /// Who does it (e.g. the person's name, or yours).
        #[arg(long)]
        owner: String,
        /// When it is due (YYYY-MM-DD).
        #[arg(long, value_name = "DATE")]
        due: Option<String>,
    },
}

#[derive(Debug, Subcommand)]
pub enum ActionCommand {
    /// Every action item, open ones first, each with its id (REVIEW.N).
    List {
        /// Print one JSON array instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Tick an action item off (today unless --date is given).
    Done {
        /// REVIEW.N, as `pivot review action list` shows it (e.g. 3.1).
        id: String,
        /// The day it was done (YYYY-MM-DD, not after today).
        #[arg(long, value_name = "DATE")]
        date: Option<String>,
    },
    /// Open a done action item again.
    Reopen {
        /// REVIEW.N, as `pivot review action list` shows it (e.g. 3.1).
        id: String,
    },
}

#[derive(Debug, Subcommand)]
pub enum MilestoneCommand {
    /// Add a milestone with a due date.
    Add {
        title: String,
        #[arg(long, value_name = "DATE")]
        due: String,
        /// The step it belongs to.
        #[arg(long)]
        step: Option<String>,
    },
    /// Mark a milestone done.
    Done { id: u32 },
    /// Change a milestone's title, due date or step.
    Edit {
        id: u32,
        #[arg(long)]
        title: Option<String>,
        #[arg(long, value_name = "DATE")]
        due: Option<String>,
        /// The step it belongs to (`none` for no step).
        #[arg(long)]
        step: Option<String>,
    },
    /// Delete a milestone.
    Delete { id: u32 },
    /// List milestones by due date.
    List,
}

#[derive(Debug, Subcommand)]
pub enum JournalCommand {
    /// Add a dated entry.
    Add {
        text: String,
        /// When it was written (YYYY-MM-DD, default today; not after today).
        #[arg(long, value_name = "DATE")]
        date: Option<String>,
        /// Keep it out of exports unless --include-private.
        #[arg(long)]
        private: bool,
    },
    /// List entries, newest first.
    List,
    /// Delete an entry by id.
    Delete { id: u32 },
}

#[derive(Debug, Subcommand)]
pub enum PackCommand {
    /// Print the pack in use: title, version, steps and skills.
    Show,
    /// Check a pack file: JSON, unique ids, references, levels.
    Validate { file: PathBuf },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Markdown,
    Json,
}
