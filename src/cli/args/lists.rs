//! The commands that keep lists: evidence, milestones, the journal; the pack; export formats.

use std::path::PathBuf;

use clap::{Subcommand, ValueEnum};

#[derive(Debug, Subcommand)]
pub enum EvidenceCommand {
    /// Add a piece of evidence.
    Add {
        /// What it is, in a few words.
        title: String,
        /// artifact, metric, feedback or self-report.
        #[arg(long)]
        kind: String,
        /// When it happened (YYYY-MM-DD, default today).
        #[arg(long, value_name = "DATE", value_parser = super::date_arg)]
        date: Option<chrono::NaiveDate>,
        /// Where it can be seen (a URL or a path).
        #[arg(long)]
        link: Option<String>,
        /// A skill it backs (repeat for more).
        #[arg(long = "skill", value_name = "SKILL")]
        skills: Vec<String>,
        /// A checklist item it shows done, as STEP/ITEM (repeat for more).
        #[arg(long = "item", value_name = "STEP/ITEM")]
        items: Vec<String>,
        /// STAR story: the situation, the context it happened in.
        #[arg(long)]
        situation: Option<String>,
        /// STAR story: the task, what you had to do.
        #[arg(long)]
        task: Option<String>,
        /// STAR story: the action, what you did.
        #[arg(long)]
        action: Option<String>,
        /// STAR story: the result, what changed (in numbers if you can).
        #[arg(long)]
        result: Option<String>,
    },
    /// List the library, newest first.
    List {
        /// Print JSON instead of text.
        #[arg(long)]
        json: bool,
        /// Only evidence backing this skill.
        #[arg(long)]
        skill: Option<String>,
        /// Only this kind.
        #[arg(long)]
        kind: Option<String>,
    },
    /// Change a piece: what is given replaces what it had, the rest stays. An empty value
    /// clears a STAR part or the link; --skill and --item replace the whole list.
    Edit(EvidenceEdit),
    /// Delete a piece by id.
    Delete {
        /// Its id, as `pivot evidence list` shows it.
        id: u32,
    },
}

#[derive(Debug, Subcommand)]
pub enum MilestoneCommand {
    /// Add a milestone with a due date.
    Add {
        /// What you will have done.
        title: String,
        /// By when (YYYY-MM-DD).
        #[arg(long, value_name = "DATE", value_parser = super::date_arg)]
        due: chrono::NaiveDate,
        /// The step it belongs to.
        #[arg(long)]
        step: Option<String>,
        /// The checklist item it serves (STEP/ITEM): finishing the milestone offers to tick
        /// it. Its step is the milestone's step unless --step says otherwise.
        #[arg(long, value_name = "STEP/ITEM")]
        item: Option<String>,
    },
    /// Mark a milestone done.
    Done {
        /// Its id, as `pivot milestone list` shows it.
        id: u32,
    },
    /// Open a done milestone again.
    Reopen {
        /// Its id, as `pivot milestone list` shows it.
        id: u32,
    },
    /// Change a milestone's title, due date, step or the item it serves.
    Edit {
        /// Its id, as `pivot milestone list` shows it.
        id: u32,
        /// The new title.
        #[arg(long)]
        title: Option<String>,
        /// The new due date (YYYY-MM-DD).
        #[arg(long, value_name = "DATE", value_parser = super::date_arg)]
        due: Option<chrono::NaiveDate>,
        /// The step it belongs to (`none` for no step).
        #[arg(long)]
        step: Option<String>,
        /// The checklist item it serves (STEP/ITEM, `none` for none).
        #[arg(long, value_name = "STEP/ITEM")]
        item: Option<String>,
    },
    /// Delete a milestone.
    Delete {
        /// Its id, as `pivot milestone list` shows it.
        id: u32,
    },
    /// List milestones by due date.
    List {
        /// Print JSON instead of text.
        #[arg(long)]
        json: bool,
    },
}

#[derive(Debug, Subcommand)]
pub enum JournalCommand {
    /// Add a dated entry: the text given, or written in your editor ($VISUAL, else $EDITOR)
    /// when none is, or read from standard input with `-`.
    Add {
        /// What you did, how it went, what you will change (`-`: read it from standard input;
        /// left out: your editor opens).
        text: Option<String>,
        /// When it was written (YYYY-MM-DD, default today; not after today).
        #[arg(long, value_name = "DATE", value_parser = super::date_arg)]
        date: Option<chrono::NaiveDate>,
        /// Keep it out of exports unless --include-private.
        #[arg(long)]
        private: bool,
    },
    /// Change an entry: new text (`-` reads it from standard input), its date, or whether it
    /// is private. With nothing else given, your editor opens on its text.
    Edit {
        /// Its id, as `pivot journal list` shows it.
        id: u32,
        /// The new text (`-`: read it from standard input).
        text: Option<String>,
        /// When it was written (YYYY-MM-DD, not after today).
        #[arg(long, value_name = "DATE", value_parser = super::date_arg)]
        date: Option<chrono::NaiveDate>,
        /// Keep it out of exports unless --include-private.
        #[arg(long, conflicts_with = "shared")]
        private: bool,
        /// Shared again: in exports like any entry.
        #[arg(long)]
        shared: bool,
    },
    /// List entries, newest first.
    List {
        /// Print JSON instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Delete an entry by id.
    Delete {
        /// Its id, as `pivot journal list` shows it.
        id: u32,
    },
}

#[derive(Debug, Subcommand)]
pub enum PackCommand {
    /// Print the pack in use: title, version, steps and skills.
    Show {
        /// Print JSON instead of text (the whole pack).
        #[arg(long)]
        json: bool,
    },
    /// Check a pack file: JSON, unique ids, references, levels.
    Validate {
        /// The pack file (JSON).
        file: PathBuf,
    },
}

/// What `review report` and `showcase` write.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum PageFormat {
    Markdown,
    /// One self-contained page with charts, to open in a browser or print.
    Html,
}

/// What `export` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Markdown,
    Json,
    /// One self-contained page with charts, to open in a browser or print.
    Html,
}

/// `pivot evidence edit`: the fields to change.
#[derive(Debug, clap::Args)]
pub struct EvidenceEdit {
    /// Its id, as `pivot evidence list` shows it.
    pub id: u32,
    /// What it is, in a few words.
    #[arg(long)]
    pub title: Option<String>,
    /// artifact, metric, feedback or self-report.
    #[arg(long)]
    pub kind: Option<String>,
    /// When it happened (YYYY-MM-DD).
    #[arg(long, value_name = "DATE", value_parser = super::date_arg)]
    pub date: Option<chrono::NaiveDate>,
    /// Where it can be seen ("" for none).
    #[arg(long)]
    pub link: Option<String>,
    /// The skills it backs, all of them (repeat; --no-skills for none).
    #[arg(long = "skill", value_name = "SKILL", conflicts_with = "no_skills")]
    pub skills: Vec<String>,
    /// It backs no skill.
    #[arg(long)]
    pub no_skills: bool,
    /// The checklist items it shows, all of them (repeat; --no-items for none).
    #[arg(long = "item", value_name = "STEP/ITEM", conflicts_with = "no_items")]
    pub items: Vec<String>,
    /// It shows no checklist item.
    #[arg(long)]
    pub no_items: bool,
    /// STAR story: the situation.
    #[arg(long)]
    pub situation: Option<String>,
    /// STAR story: the task.
    #[arg(long)]
    pub task: Option<String>,
    /// STAR story: the action.
    #[arg(long)]
    pub action: Option<String>,
    /// STAR story: the result.
    #[arg(long)]
    pub result: Option<String>,
}
