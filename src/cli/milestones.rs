//! `pivot milestone add|done|edit|delete|list`.

use crate::printable::one_line;
use std::io::Write;

use crate::insight::Insights;
use crate::progress::resolve_step;
use chrono::NaiveDate;

use super::args::MilestoneCommand;
use super::context::{CliError, Context};
use super::output::{json_line, print, print_json};
use super::text;

pub(super) fn run(
    out: &mut dyn Write,
    cx: &Context,
    command: MilestoneCommand,
) -> Result<(), CliError> {
    match command {
        MilestoneCommand::Add { title, due, step } => add(out, cx, &title, due, step),
        MilestoneCommand::Done { id } => done(out, cx, id),
        MilestoneCommand::Edit {
            id,
            title,
            due,
            step,
        } => edit(out, cx, id, title, due, step),
        MilestoneCommand::Delete { id } => {
            let gone = cx.write(|p| Ok(p.delete_milestone(id)?))?;
            print(
                out,
                format!("Deleted milestone {id}: {}\n", one_line(&gone.title)),
            )
        }
        MilestoneCommand::List { json } => {
            let progress = cx.read()?;
            let insights = Insights::compute(&cx.pack, &progress, cx.today);
            if json {
                let status = crate::report::status(&cx.pack, &progress, &insights);
                print_json(
                    out,
                    json_line(&crate::report::named("milestones", status.milestones))?,
                )
            } else {
                print(out, text::milestones(&cx.pack, &insights))
            }
        }
    }
}

fn add(
    out: &mut dyn Write,
    cx: &Context,
    title: &str,
    due: NaiveDate,
    step: Option<String>,
) -> Result<(), CliError> {
    let step = step.map(|s| resolve_step(&cx.pack, &s)).transpose()?;
    let id = cx.write(|p| Ok(p.add_milestone(title, due, step)?))?;
    print(out, format!("Added milestone {id}, due {due}.\n"))
}

/// Mark a milestone done; one done already keeps its date.
fn done(out: &mut dyn Write, cx: &Context, id: u32) -> Result<(), CliError> {
    let done = cx.write(|p| {
        let before = p.milestone_mut(id)?.done;
        p.complete_milestone(id, cx.today)?;
        Ok(before)
    })?;
    match done {
        Some(date) => print(out, format!("Milestone {id} was already done on {date}.\n")),
        None => print(out, format!("Milestone {id} done.\n")),
    }
}

/// Change what is given and keep the rest; `--step none` unlinks the step.
fn edit(
    out: &mut dyn Write,
    cx: &Context,
    id: u32,
    title: Option<String>,
    due: Option<NaiveDate>,
    step: Option<String>,
) -> Result<(), CliError> {
    let step = match step.as_deref() {
        None => None,
        Some("none") => Some(None),
        Some(s) => Some(Some(resolve_step(&cx.pack, s)?)),
    };
    cx.write(|p| {
        let m = p.milestone_mut(id)?.clone();
        Ok(p.edit_milestone(
            id,
            title.as_deref().unwrap_or(&m.title),
            due.unwrap_or(m.due),
            step.unwrap_or(m.step),
        )?)
    })?;
    print(out, format!("Milestone {id} updated.\n"))
}
