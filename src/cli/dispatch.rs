//! Which module runs each command.

use std::io::Write;

use super::args::{Cli, Command, Launch, PackCommand, ReviewCommand};
use super::context::{CliError, Context};
use super::output::print;
use super::{
    checklist, cohort, evidence, journal, mentor, merge, milestones, pack, profile, ratings,
    remind, reports, review, shell, status, tui_launch,
};

/// Whether a command ran without the data file, or needs it.
enum Dispatched {
    Ran(Result<(), CliError>),
    Needs(Command),
}
use Dispatched::{Needs, Ran};

/// The commands that need no data file (nor, some, the pack): run here, before the context.
fn without_data(command: Command, launch: &Launch, out: &mut dyn Write) -> Dispatched {
    match command {
        // A merge works on the three files it is given, not on the data file in use.
        Command::Merge { base, ours, theirs } => Ran(merge::run(&base, &ours, &theirs)),
        // Validating a pack file needs neither the pack in use nor the data file.
        Command::Pack(PackCommand::Validate { file }) => Ran(pack::validate(out, &file)),
        // The settings file is about this machine, not the data.
        Command::Config(command) => Ran(super::config_cmd::run(out, command)),
        // Completions and the manual describe the command line; they read nothing.
        Command::Completions { shell } => Ran(shell::completions(out, shell)),
        Command::Man { dir } => Ran(shell::man(out, dir.as_deref())),
        // The mentor's side of a remote review works on the packet alone.
        Command::Review(ReviewCommand::Open { packet, reply }) => {
            Ran(tui_launch::mentor(&packet, reply.as_deref(), launch))
        }
        Command::Review(ReviewCommand::Reply {
            packet,
            reply,
            command,
        }) => Ran(crate::clock::today()
            .map_err(CliError::Message)
            .and_then(|today| mentor::reply(out, &packet, reply.as_deref(), command, today))),
        other => Needs(other),
    }
}

/// Run one non-interactive command, printing to `out`.
pub fn run(cli: Cli, out: &mut dyn Write) -> Result<(), CliError> {
    crate::plain::decide(cli.launch.ascii);
    let Some(command) = cli.command else {
        return tui_launch::interactive(cli.launch, crate::config::load());
    };
    let command = match without_data(command, &cli.launch, out) {
        Ran(result) => return result,
        Needs(command) => command,
    };
    let mut launch = cli.launch;
    let (config, warning) = crate::config::load();
    if let Some(warning) = warning {
        eprintln!("pivot: warning: {warning}");
    }
    launch.data = launch.data.or(config.data);
    let cx = Context::new(launch.data, launch.pack, launch.read_only)?;
    match command {
        Command::Path => print(out, format!("{}\n", cx.data_path.display())),
        // Run above, before the context.
        Command::Completions { .. } | Command::Man { .. } => Ok(()),
        // Run above, before the context.
        Command::Merge { .. } | Command::Config(_) => Ok(()),
        Command::Pack(PackCommand::Show { json }) => pack::show(out, &cx.pack, json),
        // Run above, before the context.
        Command::Pack(PackCommand::Validate { .. }) => Ok(()),
        Command::Status { json, brief } => status::run(out, &cx, json, brief),
        Command::Remind { days, json } => remind::run(out, &cx, days, json),
        Command::Calendar { output } => reports::calendar(out, &cx, output.as_deref()),
        Command::Conflicts { clear, json } => status::conflicts(out, &cx, clear, json),
        Command::Profile { given, json } => profile::run(out, &cx, given, json),
        Command::Check {
            item,
            note,
            evidence,
        } => checklist::check(out, &cx, &item, note, evidence),
        Command::Uncheck { item } => checklist::uncheck(out, &cx, &item),
        Command::Rate {
            skill,
            level,
            mentor,
            comment,
            date,
        } => ratings::rate(out, &cx, &skill, level, mentor, comment.as_deref(), date),
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
        Command::Showcase {
            output,
            share,
            format,
        } => reports::showcase(out, &cx, output.as_deref(), (share, format)),
        Command::Interview {
            practised: Some(question),
            how,
            date,
            ..
        } => reports::practised(out, &cx, &question, how.as_deref(), date),
        Command::Interview { skill, json, .. } => reports::interview(out, &cx, skill, json),
    }
}
