//! `pivot journal add|list|delete`.

use std::io::Write;

use super::args::JournalCommand;
use super::context::{CliError, Context};
use super::output::{json_line, print, print_json};
use super::text;

pub(super) fn run(
    out: &mut dyn Write,
    cx: &Context,
    command: JournalCommand,
) -> Result<(), CliError> {
    match command {
        JournalCommand::Add {
            text,
            date,
            private,
        } => {
            let date = cx.past_date(date, "a journal entry")?;
            let text = written(text.as_deref(), "")
                .map_err(|e| CliError::Message(format!("journal entry not added: {e}")))?;
            let id = cx.write(|p| Ok(p.add_journal(&text, private, date)?))?;
            print(out, format!("Added journal entry {id}.\n"))
        }
        JournalCommand::Edit {
            id,
            text,
            date,
            private,
            shared,
        } => edit(out, cx, id, text, date, (private, shared)),
        JournalCommand::Delete { id } => {
            let gone = cx.write(|p| Ok(p.delete_journal(id)?))?;
            print(
                out,
                format!("Deleted journal entry {id} of {}.\n", gone.date),
            )
        }
        JournalCommand::List { json: false } => print(out, text::journal(&cx.read()?)),
        // Newest first, as the text lists them; private entries too (it is your own file).
        JournalCommand::List { json: true } => {
            let progress = cx.read()?;
            let newest_first: Vec<_> = progress.journal.iter().rev().collect();
            print_json(
                out,
                json_line(&crate::report::listed("journal", newest_first))?,
            )
        }
    }
}

/// The text given, or read from standard input (`-`), or written in the editor on `start`.
fn written(text: Option<&str>, start: &str) -> Result<String, crate::editor::NoText> {
    match text {
        Some("-") => crate::editor::stdin(),
        Some(text) => Ok(text.to_string()),
        None => crate::editor::edit(start),
    }
}

/// `pivot journal edit ID`: what is given changes, the rest stays; given nothing, the editor
/// opens on the entry's text.
fn edit(
    out: &mut dyn Write,
    cx: &Context,
    id: u32,
    text: Option<String>,
    date: Option<chrono::NaiveDate>,
    (private, shared): (bool, bool),
) -> Result<(), CliError> {
    let entry = cx
        .read()?
        .journal
        .into_iter()
        .find(|j| j.id == id)
        .ok_or_else(|| {
            CliError::Message(format!(
                "no journal entry with id {id}; `pivot journal list` shows the ids"
            ))
        })?;
    let date = match date {
        Some(d) => cx.past_date(Some(d), "a journal entry")?,
        None => entry.date,
    };
    let only_flags = text.is_none() && (date != entry.date || private || shared);
    let text = if only_flags {
        entry.text.clone()
    } else {
        written(text.as_deref(), &entry.text)
            .map_err(|e| CliError::Message(format!("journal entry {id} not changed: {e}")))?
    };
    let private = if private || shared {
        private
    } else {
        entry.private
    };
    cx.write(|p| Ok(p.edit_journal(id, &text, private, date)?))?;
    print(out, format!("Journal entry {id} changed.\n"))
}
