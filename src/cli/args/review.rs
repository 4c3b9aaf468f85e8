//! The mentor review commands: sessions, action items, and reviews with a remote mentor.

use std::path::PathBuf;

use clap::Subcommand;

#[derive(Debug, Subcommand)]
pub enum ReviewCommand {
    /// The agenda for a review held today: open actions, disagreements, gaps, what changed.
    Agenda {
        /// Print one JSON object instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Past review sessions, and the packets sent to mentors.
    List {
        /// Print JSON instead of text.
        #[arg(long)]
        json: bool,
    },
    /// What changed between two dates: items ticked, ratings moved, milestones, evidence,
    /// journal entries (by default since the last finished review, up to today).
    Changes {
        /// From this date, inclusive (YYYY-MM-DD; default: the day after the last finished review).
        #[arg(long, value_name = "DATE", value_parser = super::date_arg)]
        since: Option<chrono::NaiveDate>,
        /// Up to this date, inclusive (YYYY-MM-DD).
        #[arg(long, value_name = "DATE", value_parser = super::date_arg)]
        until: Option<chrono::NaiveDate>,
        /// Include private journal entries.
        #[arg(long)]
        include_private: bool,
        /// Print JSON instead of text.
        #[arg(long)]
        json: bool,
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
        /// The packet you were sent.
        packet: PathBuf,
        /// Write the reply here instead of beside the packet (PACKET.reply.json).
        #[arg(long, value_name = "FILE")]
        reply: Option<PathBuf>,
    },
    /// As the mentor, from the command line: show a packet, rate, write notes and outcomes
    /// into its reply (what `review open` does, for scripts and screen readers).
    Reply {
        /// The packet you were sent.
        packet: PathBuf,
        /// The reply file (default: beside the packet, PACKET.reply.json).
        #[arg(long, value_name = "FILE")]
        reply: Option<PathBuf>,
        #[command(subcommand)]
        command: ReplyCommand,
    },
    /// Hold a session from the command line, as the Review screen does: start it, rate,
    /// write notes and outcomes; then `review finish` (or `review discard`).
    #[command(subcommand)]
    Session(SessionCommand),
    /// Finish the session in progress (e.g. one a reply opened).
    Finish,
    /// Open a finished review again to correct it: it is marked amended today, and
    /// `review session …` then `review finish` correct and close it.
    Amend {
        /// Its id, as `pivot review list` shows it.
        id: u32,
    },
    /// Show when the next mentor review is planned, or plan it (finishing a session plans
    /// it a month ahead).
    Next {
        /// The date (YYYY-MM-DD); `none` to plan none.
        #[arg(value_name = "DATE", value_parser = super::date_or_none_arg)]
        date: Option<super::DateOrNone>,
    },
    /// Drop the session in progress (the mentor's ratings in it stay: they are ratings).
    Discard,
    /// Fold a mentor's reply into your file: it opens as a session in progress to finish
    /// together on the Review screen, or alone with --finish.
    Import {
        /// The reply the mentor sent back.
        reply: PathBuf,
        /// Finish the session at once.
        #[arg(long)]
        finish: bool,
    },
    /// Write one session's report (the latest when ID is left out).
    Report {
        /// The review's id, as `pivot review list` shows it (default: the latest).
        id: Option<u32>,
        /// Write to this file instead of standard output.
        #[arg(long, value_name = "FILE")]
        output: Option<PathBuf>,
        /// Include private notes.
        #[arg(long)]
        include_private: bool,
        /// Markdown, or one page with charts to open in a browser or print.
        #[arg(long, value_enum, default_value = "markdown")]
        format: super::PageFormat,
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
        #[arg(value_parser = super::level_arg)]
        level: crate::progress::Level,
        /// What you saw them do that shows this level.
        #[arg(long, value_name = "TEXT")]
        example: Option<String>,
    },
    /// Set the session notes (they replace the notes so far).
    Notes {
        /// The notes (they replace the notes so far).
        text: String,
        /// Notes for the person only, kept out of the reports they share.
        #[arg(long, value_name = "TEXT")]
        private: Option<String>,
    },
    /// Add a strength you see.
    Strength {
        /// The strength, in a sentence.
        text: String,
    },
    /// Add a growth area.
    Growth {
        /// The growth area, in a sentence.
        text: String,
    },
    /// Propose an action item with an owner.
    Action {
        /// What is to be done.
        text: String,
        /// Who does it (e.g. the person's name, or yours).
        #[arg(long)]
        owner: String,
        /// When it is due (YYYY-MM-DD).
        #[arg(long, value_name = "DATE", value_parser = super::date_arg)]
        due: Option<chrono::NaiveDate>,
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
        #[arg(long, value_name = "DATE", value_parser = super::date_arg)]
        date: Option<chrono::NaiveDate>,
    },
    /// Open a done action item again.
    Reopen {
        /// REVIEW.N, as `pivot review action list` shows it (e.g. 3.1).
        id: String,
    },
}

/// `pivot review session …`: the session in progress in your own file.
#[derive(Debug, Subcommand)]
pub enum SessionCommand {
    /// Start a session with a mentor; the agenda is kept as it stands now.
    Start {
        /// Who the mentor is.
        #[arg(long)]
        mentor: String,
        /// The day it is held (YYYY-MM-DD, default today; not after today).
        #[arg(long, value_name = "DATE", value_parser = super::date_arg)]
        date: Option<chrono::NaiveDate>,
    },
    /// Change one outcome of the session: a strength, a growth area or an action item, by
    /// its number in `review session show`.
    Change {
        /// strength, growth or action.
        kind: OutcomeKind,
        /// Its number in `review session show` (1 is the first of its kind).
        number: usize,
        /// The new text.
        text: String,
        /// An action item's owner (kept unless given).
        #[arg(long)]
        owner: Option<String>,
        /// An action item's due date (YYYY-MM-DD; kept unless given).
        #[arg(long, value_name = "DATE", value_parser = super::date_arg)]
        due: Option<chrono::NaiveDate>,
    },
    /// Delete one outcome of the session, by its number in `review session show`.
    Delete {
        /// strength, growth or action.
        kind: OutcomeKind,
        /// Its number in `review session show`.
        number: usize,
    },
    /// The mentor's rating of a skill, as a mentor does it from a reply.
    #[command(flatten)]
    Say(ReplyCommand),
}

/// A kind of session outcome, as typed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum OutcomeKind {
    Strength,
    Growth,
    Action,
}
