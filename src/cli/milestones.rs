//! `pivot milestone add|done|edit|delete|list`.

use crate::printable::one_line;
use std::io::Write;

use crate::insight::Insights;
use crate::progress::{resolve_item, resolve_step};
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
        MilestoneCommand::Add {
            title,
            due,
            step,
            item,
        } => add(out, cx, &title, due, step, item),
        MilestoneCommand::Done { id } => done(out, cx, id),
        MilestoneCommand::Reopen { id } => {
            cx.write(|p| Ok(p.reopen_milestone(id)?))?;
            print(out, format!("Milestone {id} is open again.\n"))
        }
        MilestoneCommand::Edit {
            id,
            title,
            due,
            step,
            item,
        } => edit(out, cx, id, title, due, step, item),
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
    item: Option<String>,
) -> Result<(), CliError> {
    let item = item.map(|i| resolve_item(&cx.pack, &i)).transpose()?;
    let step = match step {
        Some(s) => Some(resolve_step(&cx.pack, &s)?),
        None => item.as_deref().map(step_of),
    };
    let id = cx.write(|p| {
        let id = p.add_milestone(title, due, step.clone())?;
        p.serve_item(id, item.clone())?;
        Ok(id)
    })?;
    print(out, format!("Added milestone {id}, due {due}.\n"))
}

/// The step of a `STEP/ITEM` key.
fn step_of(key: &str) -> String {
    key.split_once('/')
        .map_or(key, |(step, _)| step)
        .to_string()
}

/// Mark a milestone done; one done already keeps its date.
fn done(out: &mut dyn Write, cx: &Context, id: u32) -> Result<(), CliError> {
    let done = cx.write(|p| {
        let before = p.milestone_mut(id)?.done;
        p.complete_milestone(id, cx.today)?;
        Ok(before)
    })?;
    let mut said = match done {
        Some(date) => format!("Milestone {id} was already done on {date}.\n"),
        None => format!("Milestone {id} done.\n"),
    };
    // The item it serves, if still open, is offered: ticking stays the person's call.
    let progress = cx.read()?;
    if let Some(key) = progress
        .milestones
        .iter()
        .find(|m| m.id == id)
        .and_then(|m| m.item.clone())
        .filter(|key| !progress.is_done(key))
    {
        said.push_str(&format!(
            "It serves {key}, still open: `pivot check {key}` ticks it.\n"
        ));
    }
    print(out, said)
}

/// Change what is given and keep the rest; `--step none` unlinks the step.
fn edit(
    out: &mut dyn Write,
    cx: &Context,
    id: u32,
    title: Option<String>,
    due: Option<NaiveDate>,
    step: Option<String>,
    item: Option<String>,
) -> Result<(), CliError> {
    let step = match step.as_deref() {
        None => None,
        Some("none") => Some(None),
        Some(s) => Some(Some(resolve_step(&cx.pack, s)?)),
    };
    let item = match item.as_deref() {
        None => None,
        Some("none") => Some(None),
        Some(i) => Some(Some(resolve_item(&cx.pack, i)?)),
    };
    cx.write(|p| {
        let m = p.milestone_mut(id)?.clone();
        p.edit_milestone(
            id,
            title.as_deref().unwrap_or(&m.title),
            due.unwrap_or(m.due),
            step.clone().unwrap_or(m.step),
        )?;
        if let Some(item) = item.clone() {
            p.serve_item(id, item)?;
        }
        Ok(())
    })?;
    print(out, format!("Milestone {id} updated.\n"))
}
