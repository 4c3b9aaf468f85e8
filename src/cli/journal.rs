//! `pivot journal add|list|delete`.

use std::io::Write;

use super::args::JournalCommand;
use super::context::{CliError, Context};
use super::output::print;
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
        JournalCommand::List => {
            let progress = cx.read()?;
            print(out, text::journal(&progress))
        }
    }
}
