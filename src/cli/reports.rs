//! `pivot export`, `pivot showcase` and `pivot interview`: reports to read or share.

use std::io::Write;
use std::path::Path;

use crate::insight::Insights;
use crate::progress::resolve_skill;
use crate::report::{self, ExportOptions};

use super::args::Format;
use super::context::{CliError, Context};
use super::output::{Doc, deliver, json_line, print, print_json};

pub(super) fn export(
    out: &mut dyn Write,
    cx: &Context,
    format: Format,
    output: Option<&Path>,
    include_private: bool,
) -> Result<(), CliError> {
    let options = ExportOptions { include_private };
    // Everything derived (the agenda's counts too) comes from what may be shared.
    let progress = report::shareable(&cx.read()?, options);
    let insights = Insights::compute(&cx.pack, &progress, cx.today);
    let doc = match format {
        Format::Markdown => Doc::Text(report::markdown(&cx.pack, &progress, &insights, options)),
        Format::Json => Doc::Json(report::export_json(&cx.pack, &progress, &insights, options)),
        Format::Html => Doc::Text(report::export_html(&cx.pack, &progress, &insights, options)),
    };
    deliver(out, cx, output, doc)
}

/// `pivot calendar [--output FILE]`: an iCalendar file of what has a date.
pub(super) fn calendar(
    out: &mut dyn Write,
    cx: &Context,
    output: Option<&Path>,
) -> Result<(), CliError> {
    let progress = cx.read()?;
    let ics = report::calendar(&cx.pack, &progress, cx.today);
    deliver(out, cx, output, Doc::Exact(ics))
}

pub(super) fn showcase(
    out: &mut dyn Write,
    cx: &Context,
    output: Option<&Path>,
    (share, format): (bool, super::args::PageFormat),
) -> Result<(), CliError> {
    let progress = cx.read()?;
    let insights = Insights::compute(&cx.pack, &progress, cx.today);
    let text = match format {
        super::args::PageFormat::Markdown => {
            report::showcase(&cx.pack, &progress, &insights, share)
        }
        super::args::PageFormat::Html => {
            report::showcase_html(&cx.pack, &progress, &insights, share)
        }
    };
    deliver(out, cx, output, Doc::Text(text))
}

pub(super) fn interview(
    out: &mut dyn Write,
    cx: &Context,
    skill: Option<String>,
    json: bool,
) -> Result<(), CliError> {
    let skill = skill.map(|s| resolve_skill(&cx.pack, &s)).transpose()?;
    let progress = cx.read()?;
    let insights = Insights::compute(&cx.pack, &progress, cx.today);
    if json {
        let practice = report::practice(&cx.pack, &progress, &insights, skill.as_deref());
        return print_json(out, json_line(&report::listed("interview", practice))?);
    }
    print(
        out,
        report::interview(&cx.pack, &progress, &insights, skill.as_deref()),
    )
}

/// `pivot interview --practised SKILL/N`: record that a question was answered out loud.
pub(super) fn practised(
    out: &mut dyn Write,
    cx: &Context,
    question: &str,
    how: Option<&str>,
    date: Option<chrono::NaiveDate>,
) -> Result<(), CliError> {
    let (skill, n) = question.rsplit_once('/').ok_or_else(|| {
        CliError::Message(format!(
            "{question:?} names no question: write SKILL/N, as `pivot interview` shows under each question \
             (customer-insight/2)"
        ))
    })?;
    let skill = resolve_skill(&cx.pack, skill)?;
    let questions = cx
        .pack
        .skill(&skill)
        .map_or(&[][..], |s| s.questions.as_slice());
    let asked = n
        .parse::<usize>()
        .ok()
        .and_then(|n| n.checked_sub(1))
        .and_then(|n| questions.get(n))
        .ok_or_else(|| {
            CliError::Message(format!(
                "{skill} has questions 1 to {}; {n:?} is not one of them",
                questions.len()
            ))
        })?
        .clone();
    let date = cx.past_date(date, "practice")?;
    let how = how.unwrap_or_default().to_string();
    let mut times = 0;
    cx.write(|p| {
        p.practise(&skill, &asked, &how, date);
        times = crate::progress::practised(&p.practice, &skill, &asked).0;
        Ok(())
    })?;
    let times = if times == 1 {
        "the first time".to_string()
    } else {
        format!("{times} times now")
    };
    print(out, format!("Practised on {date} ({times}): {asked}\n"))
}
