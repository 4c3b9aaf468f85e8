//! `pivot review agenda|changes|list|report|action`: mentor reviews from the command line.

use std::io::Write;
use std::path::Path;

use crate::insight::{self, Insights};
use crate::report::{self, ExportOptions};
use chrono::NaiveDate;

use super::args::{ActionCommand, ReviewCommand};
use super::context::{CliError, Context};
use super::mentor;
use super::output::{Doc, deliver, json_line, print, print_json};
use super::text;

pub(super) fn run(
    out: &mut dyn Write,
    cx: &Context,
    command: ReviewCommand,
) -> Result<(), CliError> {
    match command {
        ReviewCommand::Agenda { json } => agenda(out, cx, json),
        ReviewCommand::Changes {
            since,
            until,
            include_private,
            json,
        } => changes(out, cx, (since, until), include_private, json),
        ReviewCommand::List { json: false } => print(out, text::reviews(&cx.read()?)),
        ReviewCommand::List { json: true } => {
            let progress = cx.read()?;
            let list = report::ReviewList {
                reviews: progress.reviews,
                packets: progress.packets,
            };
            print_json(out, json_line(&report::named("reviews", list))?)
        }
        ReviewCommand::Report {
            id,
            output,
            include_private,
            format,
        } => report(out, cx, id, output.as_deref(), (include_private, format)),
        ReviewCommand::Action(command) => action(out, cx, command),
        ReviewCommand::Prepare { mentor, output } => mentor::prepare(out, cx, &mentor, output),
        ReviewCommand::Import { reply, finish } => mentor::import(out, cx, &reply, finish),
        ReviewCommand::Finish => mentor::finish(out, cx, true),
        ReviewCommand::Discard => mentor::finish(out, cx, false),
        ReviewCommand::Next { date } => next(out, cx, date),
        ReviewCommand::Amend { id } => {
            cx.write(|p| Ok(p.amend_review(id, cx.today)?))?;
            print(
                out,
                format!(
                    "Review {id} is open to correct (marked amended {}); `pivot review finish` closes it again.\n",
                    cx.today
                ),
            )
        }
        ReviewCommand::Session(command) => super::session::run(out, cx, command),
        // The mentor's side needs no data file: run before the context is made.
        ReviewCommand::Open { .. } | ReviewCommand::Reply { .. } => Ok(()),
    }
}

/// `pivot review action list|done|reopen`.
fn action(out: &mut dyn Write, cx: &Context, command: ActionCommand) -> Result<(), CliError> {
    let (id, done) = match command {
        ActionCommand::List { json } => {
            let progress = cx.read()?;
            let actions = report::action_list(&progress);
            return if json {
                print_json(out, json_line(&report::listed("actions", actions))?)
            } else {
                print(out, text::actions(&actions))
            };
        }
        ActionCommand::Done { id, date } => (id, Some(cx.past_date(date, "--date")?)),
        ActionCommand::Reopen { id } => (id, None),
    };
    let (review, n) = action_id(&id)?;
    let before = cx.write(|p| Ok(p.set_action_done(review, n - 1, done)?))?;
    let said = match (before, done) {
        (Some(was), Some(_)) => format!("Action {id} was already done on {was}; kept.\n"),
        (None, Some(day)) => format!("Action {id} done on {day}.\n"),
        (Some(_), None) => format!("Action {id} is open again.\n"),
        (None, None) => format!("Action {id} was open already.\n"),
    };
    print(out, said)
}

/// An action item's id, REVIEW.N (N from 1), as its review number and position.
fn action_id(id: &str) -> Result<(u32, usize), CliError> {
    id.split_once('.')
        .and_then(|(r, n)| Some((r.parse().ok()?, n.parse().ok()?)))
        .filter(|&(_, n): &(u32, usize)| n >= 1)
        .ok_or_else(|| {
            CliError::Message(format!(
                "\"{}\" is not an action item's id: they look like 3.1 (review 3, its first action); pivot review action list shows them",
                crate::printable::one_line(id)
            ))
        })
}

fn agenda(out: &mut dyn Write, cx: &Context, json: bool) -> Result<(), CliError> {
    let progress = cx.read()?;
    let insights = Insights::compute(&cx.pack, &progress, cx.today);
    if json {
        print_json(
            out,
            json_line(&report::named(
                "agenda",
                report::agenda_json(&insights.agenda),
            ))?,
        )
    } else {
        print(out, text::agenda(&insights.agenda))
    }
}

/// What changed between two dates: by default from the last review to today.
fn changes(
    out: &mut dyn Write,
    cx: &Context,
    (since, until): (Option<NaiveDate>, Option<NaiveDate>),
    include_private: bool,
    json: bool,
) -> Result<(), CliError> {
    let progress = cx.read()?;
    let until = until.unwrap_or(cx.today);
    if since.is_some_and(|s| s > until) {
        return Err(CliError::Message(
            "--since must not be after --until (or today)".into(),
        ));
    }
    // `--since D` includes D: the changes are counted after the day before. Without it, they
    // are counted after the last finished review.
    let since = match since {
        Some(day) => day.pred_opt(),
        None => insight::last_review(&progress).map(|r| r.date),
    };
    let shared = report::shareable(&progress, ExportOptions { include_private });
    let changes = insight::changes(&cx.pack, &shared, since, until);
    if json {
        let body = report::changes_json(&changes);
        return print_json(out, json_line(&report::named("changes", body))?);
    }
    print(out, text::changes(&changes))
}

/// One session's report; without an id, the latest held review (else the latest draft).
fn report(
    out: &mut dyn Write,
    cx: &Context,
    id: Option<u32>,
    output: Option<&Path>,
    (include_private, format): (bool, super::args::PageFormat),
) -> Result<(), CliError> {
    let progress = cx.read()?;
    let latest = insight::last_review(&progress)
        .or_else(|| progress.reviews.iter().max_by_key(|r| (r.date, r.id)))
        .map(|r| r.id);
    let id = id.or(latest).ok_or_else(|| {
        CliError::Message("there is no review yet; hold one in the coach (7 Review)".into())
    })?;
    let options = ExportOptions { include_private };
    let text = match format {
        super::args::PageFormat::Markdown => {
            report::review_markdown(&cx.pack, &progress, id, options)
        }
        super::args::PageFormat::Html => {
            report::review_html(&cx.pack, &progress, id, cx.today, options)
        }
    };
    let text = text.ok_or_else(|| {
        CliError::Message(format!(
            "no review with id {id}; `pivot review list` shows the ids"
        ))
    })?;
    deliver(out, cx, output, Doc::Text(text))
}

/// `pivot review next [DATE|none]`: when the next mentor review is planned.
fn next(
    out: &mut dyn Write,
    cx: &Context,
    date: Option<super::args::DateOrNone>,
) -> Result<(), CliError> {
    let Some(super::args::DateOrNone(planned)) = date else {
        let planned = cx.read()?.profile.next_review;
        return print(
            out,
            planned.map_or_else(
                || "No mentor review planned: pivot review next YYYY-MM-DD plans one.\n".into(),
                |d| format!("Next mentor review: {d}\n"),
            ),
        );
    };
    cx.write(|p| {
        p.profile.next_review = planned;
        Ok(())
    })?;
    print(
        out,
        planned.map_or_else(
            || "No mentor review planned now.\n".into(),
            |d| format!("Next mentor review planned for {d}.\n"),
        ),
    )
}
