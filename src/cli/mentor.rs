//! Reviews with a mentor who is not at the person's keyboard: the person prepares a packet and
//! imports the reply (`prepare`, `import`); the mentor answers from the command line (`reply`)
//! or in the coach (`review open`, in `tui_launch.rs`).

use std::io::Write;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;

use crate::exchange::{self, MentorDesk, Reply, read_sealed, reply_from_session};
use crate::printable::printable;
use crate::progress::{Outcome, resolve_skill};

use super::args::ReplyCommand;
use super::context::{CliError, Context};
use super::output::{Doc, deliver, json_line, print, print_json};
use super::text;

/// `pivot review prepare`: write the packet, then record in the file that it was made. A file
/// that cannot record it keeps no packet either.
pub(super) fn prepare(
    out: &mut dyn Write,
    cx: &Context,
    mentor: &str,
    output: Option<PathBuf>,
) -> Result<(), CliError> {
    let to_stdout = output.as_deref().is_some_and(|p| p.as_os_str() == "-");
    let path = output.unwrap_or_else(|| default_packet_path(mentor, cx.today));
    let mut written = None;
    let mut session_open = None;
    let recorded = cx.write(|progress| {
        let (packet, text, record) = exchange::prepare(&cx.pack, progress, mentor, cx.today)?;
        deliver(out, cx, Some(&path), Doc::Json(text))?;
        written = Some(packet);
        session_open = progress.draft_review().map(|r| r.date);
        progress.packets.push(record);
        Ok(())
    });
    if let Err(e) = recorded {
        if written.is_some() && !to_stdout {
            let _ = std::fs::remove_file(&path);
        }
        return Err(e);
    }
    if let Some(date) = session_open {
        eprintln!(
            "pivot: warning: a session from {date} is in progress; it is not in the packet, and the reply can be imported once it is finished or discarded (pivot review finish / discard)"
        );
    }
    if to_stdout {
        return Ok(());
    }
    let packet = written.ok_or_else(|| CliError::Message("no packet was made".into()))?;
    let shown = printable(&path.display().to_string()).into_owned();
    print(
        out,
        format!(
            "Made a review packet for {mentor}: {shown}\n\
             It holds your standing, ratings and examples, evidence and the agenda; no private journal entry or note.\n\
             Send it to {mentor}. They open it with `pivot review open {shown}` (or answer with `pivot review reply`),\n\
             which writes {} beside it. When they send that back: `pivot review import REPLY`.\n",
            printable(
                &exchange::reply_path(&path)
                    .file_name()
                    .map_or_else(String::new, |n| n.to_string_lossy().into_owned())
            ),
            mentor = printable(&packet.mentor),
        ),
    )
}

/// `review-packet-2026-12-01-ana-sorensen.json` in the current folder, numbered if taken.
fn default_packet_path(mentor: &str, today: NaiveDate) -> PathBuf {
    let slug: String = mentor
        .chars()
        .map(|c| {
            if c.is_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect::<String>()
        .split('-')
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    let base = format!("review-packet-{today}-{slug}");
    (1..)
        .map(|n| match n {
            1 => PathBuf::from(format!("{base}.json")),
            n => PathBuf::from(format!("{base}-{n}.json")),
        })
        .find(|p| !p.exists())
        .unwrap_or_else(|| PathBuf::from(format!("{base}.json")))
}

/// `pivot review import REPLY [--finish]`.
pub(super) fn import(
    out: &mut dyn Write,
    cx: &Context,
    reply: &Path,
    finish: bool,
) -> Result<(), CliError> {
    let answer: Reply = read_sealed(reply)?;
    let folded = cx.write(|p| Ok(exchange::import(&cx.pack, p, &answer, cx.today, finish)?))?;
    let then = if folded.finished {
        format!(
            "Finished as review {}; `pivot review report {}` writes it to share.",
            folded.review, folded.review
        )
    } else {
        "It is open as a session in progress: go through it together in the coach (7 Review) and finish it there, or `pivot review finish`.".to_string()
    };
    let count = |n: usize, one: &str| match n {
        1 => format!("1 {one}"),
        n => format!("{n} {one}s"),
    };
    print(
        out,
        format!(
            "Folded in {}'s reply: {}, {}. {then}\n",
            folded.mentor,
            count(folded.ratings, "rating"),
            count(folded.outcomes, "outcome")
        ),
    )
}

/// `pivot review finish` (`keep`) or `discard`: end the session in progress.
pub(super) fn finish(out: &mut dyn Write, cx: &Context, keep: bool) -> Result<(), CliError> {
    let id = cx.write(|p| {
        let id = p
            .draft_review()
            .map(|r| r.id)
            .ok_or_else(|| CliError::Message("no session is in progress".into()))?;
        if keep {
            p.finish_review(id)?;
        } else {
            p.discard_review(id)?;
        }
        Ok(id)
    })?;
    print(
        out,
        if keep {
            format!("Review {id} finished; `pivot review report {id}` writes it to share.\n")
        } else {
            format!(
                "The session in progress (review {id}) is discarded; the mentor's ratings in it stay.\n"
            )
        },
    )
}

/// `pivot review reply PACKET ...`: the mentor's side from the command line. Needs no data
/// file; the reply is saved beside the packet after each change.
pub(super) fn reply(
    out: &mut dyn Write,
    packet: &Path,
    reply: Option<&Path>,
    command: ReplyCommand,
    today: NaiveDate,
) -> Result<(), CliError> {
    let mut desk = MentorDesk::open(packet, reply)?;
    let mut progress = desk.progress(today)?;
    let session = progress
        .draft_review()
        .ok_or_else(|| CliError::Message("the packet opened no session".into()))?;
    let id = session.id;
    let said = match command {
        ReplyCommand::Show { json: false } => {
            // What a blind session shows: no own rating of a skill not rated yet.
            let seen = crate::report::blind(&progress).unwrap_or_else(|| progress.clone());
            let pack = &desk.packet.pack;
            let insights = crate::insight::Insights::compute(pack, &seen, today);
            let standing = crate::report::status(pack, &seen, &insights);
            return print(
                out,
                text::packet(
                    &desk.packet,
                    (&standing, &insights.skills),
                    session,
                    &desk.reply_path,
                ),
            );
        }
        ReplyCommand::Show { json: true } => {
            let mut answer = reply_from_session(&desk.packet, session, today);
            exchange::seal(&mut answer)?;
            return print_json(out, json_line(&answer)?);
        }
        ReplyCommand::Rate {
            skill,
            level,
            example,
        } => {
            let skill = resolve_skill(&desk.packet.pack, &skill)?;
            // Rated again without an example: the example given before stays.
            let example =
                example.or_else(|| session.ratings.get(&skill).and_then(|r| r.example.clone()));
            progress.rate_in_session(id, &skill, level, example.as_deref())?;
            let own = progress
                .draft_review()
                .and_then(|r| r.ratings.get(&skill))
                .and_then(|r| r.own);
            let theirs = own.map_or_else(
                || "they have not rated themselves".to_string(),
                |l| format!("they rated themselves {l}"),
            );
            format!("Rated {skill} {level}; {theirs}.")
        }
        ReplyCommand::Notes { text, private } => {
            let private = private.unwrap_or_else(|| session.private_notes.clone());
            progress.set_review_notes(id, &text, &private)?;
            "Notes saved.".to_string()
        }
        ReplyCommand::Strength { text } => {
            progress.add_outcome(id, Outcome::Strength, &text, "", None)?;
            "Strength added.".to_string()
        }
        ReplyCommand::Growth { text } => {
            progress.add_outcome(id, Outcome::GrowthArea, &text, "", None)?;
            "Growth area added.".to_string()
        }
        ReplyCommand::Action { text, owner, due } => {
            if let Some(day) = due.filter(|d| *d < today) {
                return Err(CliError::Message(format!(
                    "an action item cannot be due before today ({today}); it says {day}"
                )));
            }
            progress.add_outcome(id, Outcome::Action, &text, &owner, due)?;
            "Action item proposed.".to_string()
        }
    };
    if let Some(warning) = desk.save(&progress, today)? {
        eprintln!("pivot: warning: {}", printable(&warning));
    }
    print(
        out,
        format!("{said} Saved in {}.\n", desk.reply_path.display()),
    )
}
