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
            let text = match text.as_deref() {
                Some("-") => crate::editor::stdin(),
                Some(text) => Ok(text.to_string()),
                None => crate::editor::edit(""),
            }
            .map_err(|e| CliError::Message(format!("journal entry not added: {e}")))?;
            let id = cx.write(|p| Ok(p.add_journal(&text, private, date)?))?;
            print(out, format!("Added journal entry {id}.\n"))
        }
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
