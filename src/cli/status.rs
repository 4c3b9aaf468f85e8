//! `pivot status`: where the person stands, as text or as the `--json` contract.

use std::io::Write;

use crate::insight::Insights;
use crate::report;

use super::context::{CliError, Context};
use super::output::{json_line, print, print_json};
use super::text;

pub(super) fn run(
    out: &mut dyn Write,
    cx: &Context,
    json: bool,
    brief: bool,
) -> Result<(), CliError> {
    if brief {
        return super::remind::brief(out, cx);
    }
    if !json && !cx.data_path.exists() {
        eprintln!(
            "pivot: no data yet at {}; run `pivot` to start (this is where it will live)",
            cx.data_path.display()
        );
    }
    let progress = cx.read()?;
    let insights = Insights::compute(&cx.pack, &progress, cx.today);
    if json {
        print_json(
            out,
            json_line(&report::named(
                "status",
                report::status(&cx.pack, &progress, &insights)
                    .with_movement(&cx.pack, &progress)
                    .with_journey(&cx.pack, &progress, &insights),
            ))?,
        )
    } else {
        print(
            out,
            text::status(&cx.pack, &progress, &insights, crate::plain::on()),
        )
    }
}

/// `pivot conflicts [--clear]`: what two merged copies both changed, or forget it.
pub(super) fn conflicts(
    out: &mut dyn Write,
    cx: &Context,
    clear: bool,
    json: bool,
) -> Result<(), CliError> {
    if clear {
        let cleared = cx.write(|p| Ok(std::mem::take(&mut p.conflicts).len()))?;
        return print(out, format!("Cleared {cleared} conflicts.\n"));
    }
    let progress = cx.read()?;
    if json {
        let listed = report::listed("conflicts", progress.conflicts);
        return print_json(out, json_line(&listed)?);
    }
    if progress.conflicts.is_empty() {
        return print(
            out,
            "No conflicts: nothing was changed on both sides of a merge.\n".into(),
        );
    }
    print(out, text::conflicts(&progress))
}
