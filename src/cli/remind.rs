//! `pivot remind`: what is overdue and what falls due soon, for cron, a systemd timer or
//! notify-send; `pivot status --brief`: one line for a prompt or a status bar.

use std::fmt::Write as _;
use std::io::Write;

use crate::insight::{Insights, Reminder, ReminderKind, Reminders, reminders};
use crate::printable::one_line;

use super::context::{CliError, Context};
use super::output::{json_line, print, print_json};

/// Exit code: something falls due within the window, or the journal is quiet.
pub const DUE_SOON: u8 = 3;
/// Exit code: something is overdue.
pub const OVERDUE: u8 = 4;

pub(super) fn run(
    out: &mut dyn Write,
    cx: &Context,
    days: u32,
    json: bool,
) -> Result<(), CliError> {
    let progress = cx.read()?;
    let found = reminders(&progress, cx.today, days);
    if json {
        print_json(out, json_line(&crate::report::named("remind", &found))?)?;
    } else {
        print(out, text(&found))?;
    }
    match code(&found) {
        0 => Ok(()),
        code => Err(CliError::Exit(code)),
    }
}

/// 0 when there is nothing to do, else [`DUE_SOON`] or [`OVERDUE`].
fn code(r: &Reminders) -> u8 {
    if !r.overdue.is_empty() {
        OVERDUE
    } else if r.is_clear() {
        0
    } else {
        DUE_SOON
    }
}

fn line(out: &mut String, r: &Reminder) {
    let what = match r.kind {
        ReminderKind::Milestone => format!("Milestone \"{}\"", one_line(&r.what)),
        ReminderKind::Action => format!("Action \"{}\"", one_line(&r.what)),
        ReminderKind::Review => "Mentor review".to_string(),
    };
    let when = match r.days {
        0 => "today".to_string(),
        1 => "tomorrow".to_string(),
        -1 => "yesterday".to_string(),
        d if d < 0 => format!("{} days ago", -d),
        d => format!("in {d} days"),
    };
    let _ = writeln!(out, "  {what}: due {}, {when}", r.due);
}

fn text(r: &Reminders) -> String {
    let mut out = String::new();
    if !r.overdue.is_empty() {
        out.push_str("Overdue\n");
        r.overdue.iter().for_each(|x| line(&mut out, x));
    }
    if !r.soon.is_empty() {
        let _ = writeln!(out, "Due in the next {} days", r.window);
        r.soon.iter().for_each(|x| line(&mut out, x));
    }
    if let Some(days) = r.journal_quiet_days {
        let _ = writeln!(
            out,
            "Journal: nothing written for {days} days. A few lines on the week? pivot journal add \"...\""
        );
    }
    if out.is_empty() {
        let _ = writeln!(
            out,
            "Nothing overdue or due in the next {} days, and the journal is up to date.",
            r.window
        );
    }
    out
}

/// `pivot status --brief`: readiness and what needs doing, on one line.
pub(super) fn brief(out: &mut dyn Write, cx: &Context) -> Result<(), CliError> {
    let progress = cx.read()?;
    let insights = Insights::compute(&cx.pack, &progress, cx.today);
    let found = reminders(&progress, cx.today, crate::insight::SOON_DAYS);
    let mut line = format!("pivot {}/100", insights.readiness.score);
    if !found.overdue.is_empty() {
        let _ = write!(line, " · {} overdue", found.overdue.len());
    }
    if !found.soon.is_empty() {
        let _ = write!(line, " · {} due this week", found.soon.len());
    }
    if found.overdue.is_empty() && found.soon.is_empty() {
        line.push_str(" · nothing due");
    }
    if found.journal_quiet_days.is_some() {
        line.push_str(" · journal quiet");
    }
    line.push('\n');
    print(out, line)
}
