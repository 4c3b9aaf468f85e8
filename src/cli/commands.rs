use std::io::Write;

use crate::clock::{not_in_future, parse_date};
use crate::content;
use crate::insight::Insights;
use crate::progress::{Rater, parse_level, resolve_item, resolve_skill};
use crate::report;

use super::args::{Cli, Command, PackCommand};
use super::context::{CliError, Context};
use super::output::{json_line, print};
use super::text;
use super::tui_launch;
use super::{cohort, evidence, journal, milestones, reports, review};

/// Run one non-interactive command, printing to `out`.
pub fn run(cli: Cli, out: &mut dyn Write) -> Result<(), CliError> {
    let Some(command) = cli.command else {
        return tui_launch::interactive(
            cli.data,
            cli.pack,
            cli.read_only,
            cli.mouse,
            cli.high_contrast,
        );
    };
    // Validating a pack file needs neither the pack in use nor the data file.
    if let Command::Pack(PackCommand::Validate { file }) = &command {
        let pack = content::load_file(file)?;
        return print(
            out,
            format!("{}: valid ({} {})\n", file.display(), pack.id, pack.version),
        );
    }
    let cx = Context::new(cli.data, cli.pack, cli.read_only)?;
    match command {
        Command::Path => print(out, format!("{}\n", cx.data_path.display())),
        Command::Pack(PackCommand::Show) => print(out, text::pack(&cx.pack)),
        Command::Pack(PackCommand::Validate { .. }) => Ok(()),
        Command::Status { json } => {
            if !json && !cx.data_path.exists() {
                eprintln!(
                    "pivot: no data yet at {}; run `pivot` to start (this is where it will live)",
                    cx.data_path.display()
                );
            }
            let progress = cx.read()?;
            let insights = Insights::compute(&cx.pack, &progress, cx.today);
            if json {
                print(
                    out,
                    json_line(&report::status(&cx.pack, &progress, &insights))?,
                )
            } else {
                print(out, text::status(&cx.pack, &progress, &insights))
            }
        }
        Command::Profile {
            name,
            current,
            target,
            target_date,
            start_date,
        } => {
            let target_date = target_date
                .as_deref()
                .map(|d| parse_date(d).and_then(|d| crate::clock::ahead(d, cx.today)))
                .transpose();
            let start_date = start_date.as_deref().map(parse_date).transpose();
            let (target_date, start_date) = (
                target_date.map_err(CliError::Message)?,
                start_date.map_err(CliError::Message)?,
            );
            let changes = name.is_some()
                || current.is_some()
                || target.is_some()
                || target_date.is_some()
                || start_date.is_some();
            let progress = if changes {
                cx.write(|p| {
                    let profile = &mut p.profile;
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
            print(out, text::profile(&cx.pack, &progress.profile, cx.today))
        }
        Command::Check {
            item,
            note,
            evidence,
        } => {
            let key = resolve_item(&cx.pack, &item)?;
            let title = item_text(&cx.pack, &key);
            cx.write(|p| {
                if let Some(e) = &evidence {
                    p.add_item_evidence(&key, e, &title, cx.today)?;
                }
                if let Some(n) = &note {
                    p.set_note(&key, n);
                }
                p.check(&key, cx.today);
                Ok(())
            })?;
            print(out, format!("Ticked {key}.\n"))
        }
        Command::Uncheck { item } => {
            let key = resolve_item(&cx.pack, &item)?;
            if !cx.read()?.is_done(&key) {
                return print(out, format!("{key} was not ticked; nothing to do.\n"));
            }
            cx.write(|p| {
                p.uncheck(&key);
                Ok(())
            })?;
            print(
                out,
                format!("Unticked {key} (its note and evidence are kept).\n"),
            )
        }
        Command::Rate {
            skill,
            level,
            mentor,
            comment,
            date,
        } => {
            let skill = resolve_skill(&cx.pack, &skill)?;
            let level = parse_level(&level)?;
            let date = match date {
                Some(d) => parse_date(&d)
                    .and_then(|d| not_in_future(d, cx.today, "a rating"))
                    .map_err(CliError::Message)?,
                None => cx.today,
            };
            let rater = match mentor.map(|m| m.trim().to_string()) {
                Some(m) if m.is_empty() => {
                    return Err(CliError::Message("--mentor needs a name".into()));
                }
                Some(m) => Rater::Mentor(m),
                None => Rater::Myself,
            };
            let by = rater.to_string();
            cx.write(|p| {
                p.rate(&skill, level, rater, comment.as_deref(), date);
                Ok(())
            })?;
            let name = cx.pack.level_name(level.get());
            print(
                out,
                format!("Rated {skill} at {level} ({name}) by {by} on {date}.\n"),
            )
        }
        Command::Milestone(command) => milestones::run(out, &cx, command),
        Command::Journal(command) => journal::run(out, &cx, command),
        Command::Export {
            format,
            output,
            include_private,
        } => reports::export(out, &cx, format, output.as_deref(), include_private),
        Command::Review(command) => review::run(out, &cx, command),
        Command::Cohort { files, json } => cohort::run(out, &cx, &files, json),
        Command::Evidence(command) => evidence::run(out, &cx, command),
        Command::Showcase { output } => reports::showcase(out, &cx, output.as_deref()),
        Command::Interview { skill } => reports::interview(out, &cx, skill),
    }
}

/// The text of a resolved `STEP/ITEM` key.
fn item_text(pack: &crate::content::Pack, key: &str) -> String {
    key.split_once('/')
        .and_then(|(s, i)| pack.step(s)?.item(i))
        .map_or(key.to_string(), |i| i.text.clone())
}
