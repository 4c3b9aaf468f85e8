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
    let mut ticked = Vec::new();
    cx.write(|p| {
        // The person's own rating of the last skill ticks "rate yourself on every skill".
        if rater == Rater::Myself {
            ticked = crate::insight::ticked_by_rating(&cx.pack, p, &skill);
        }
        p.rate(&skill, level, rater, comment, date);
        for tick in &ticked {
            p.check(&tick.key, date);
        }
        Ok(())
    })?;
    let name = cx.pack.level_name(level.get());
    let mut said = format!("Rated {skill} at {level} ({name}) by {by} on {date}.\n");
    for tick in &ticked {
        said.push_str(&format!(
            "Every skill now has your rating: ticked {} (`pivot uncheck {}` opens it again).\n",
            tick.key, tick.key
        ));
    }
    print(out, said)
}
