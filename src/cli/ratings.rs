//! `pivot rate`: a skill rating by the person or a mentor.

use std::io::Write;

use chrono::NaiveDate;

use crate::progress::{Level, Rater, resolve_skill};

use super::context::{CliError, Context};
use super::output::print;

pub(super) fn rate(
    out: &mut dyn Write,
    cx: &Context,
    skill: &str,
    level: Level,
    mentor: Option<String>,
    comment: Option<&str>,
    date: Option<NaiveDate>,
) -> Result<(), CliError> {
    let skill = resolve_skill(&cx.pack, skill)?;
    let date = cx.past_date(date, "a rating")?;
    let rater = match mentor.map(|m| m.trim().to_string()) {
        Some(m) if m.is_empty() => {
            return Err(CliError::Message("--mentor needs a name".into()));
        }
        Some(m) => Rater::Mentor(m),
        None => Rater::Myself,
    };
    let by = rater.to_string();
    cx.write(|p| {
        p.rate(&skill, level, rater, comment, date);
        Ok(())
    })?;
    let name = cx.pack.level_name(level.get());
    print(
        out,
        format!("Rated {skill} at {level} ({name}) by {by} on {date}.\n"),
    )
}
