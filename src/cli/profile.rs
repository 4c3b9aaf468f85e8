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
    } = given;
    let target_date = target_date
        .map(|d| ahead(d, cx.today))
        .transpose()
        .map_err(CliError::Message)?;
    let changes = name.is_some()
        || current.is_some()
        || target.is_some()
        || target_date.is_some()
        || start_date.is_some();
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
    print(out, text::profile(&cx.pack, &progress.profile, cx.today))
}
