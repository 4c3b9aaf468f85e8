//! `pivot profile`: show the profile, or change the fields given.

use std::io::Write;

use crate::clock::ahead;

use super::args::ProfileArgs;
use super::context::{CliError, Context};
use super::output::{json_line, print, print_json};
use super::text;

pub(super) fn run(
    out: &mut dyn Write,
    cx: &Context,
    given: ProfileArgs,
    json: bool,
) -> Result<(), CliError> {
    let ProfileArgs {
        name,
        current,
        target,
        target_date,
        start_date,
        stale_after,
    } = given;
    let target_date = target_date
        .map(|d| ahead(d, cx.today))
        .transpose()
        .map_err(CliError::Message)?;
    let changes = name.is_some()
        || current.is_some()
        || target.is_some()
        || target_date.is_some()
        || start_date.is_some()
        || stale_after.is_some();
    let progress = if changes {
        cx.write(|p| {
            let profile = &mut p.profile;
            // A blank value clears the field.
            let set = |field: &mut Option<String>, value: Option<String>| {
                if let Some(v) = value {
                    let v = v.trim().to_string();
                    *field = (!v.is_empty()).then_some(v);
                }
            };
            set(&mut profile.name, name);
            set(&mut profile.current_role, current);
            set(&mut profile.target_role, target);
            if target_date.is_some() {
                profile.target_date = target_date;
            }
            if start_date.is_some() {
                profile.start_date = start_date;
            }
            if let Some(days) = stale_after {
                p.settings.evidence_stale_days = days;
            }
            Ok(p.clone())
        })?
    } else {
        cx.read()?
    };
    if json {
        return print_json(
            out,
            json_line(&crate::report::named("profile", &progress.profile))?,
        );
    }
    let mut text = text::profile(&cx.pack, &progress.profile, cx.today);
    text.push_str(&format!(
        "Stale after:  {} days (evidence older than this is marked stale)\n",
        progress.settings.evidence_stale_days
    ));
    print(out, text)
}
