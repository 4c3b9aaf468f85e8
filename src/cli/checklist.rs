//! `pivot check` and `pivot uncheck`: ticking the path's items.

use std::io::Write;

use crate::content::Pack;
use crate::progress::resolve_item;

use super::context::{CliError, Context};
use super::output::print;

/// Tick an item, with a note and a piece of evidence when given.
pub(super) fn check(
    out: &mut dyn Write,
    cx: &Context,
    item: &str,
    note: Option<String>,
    evidence: Option<String>,
) -> Result<(), CliError> {
    let key = resolve_item(&cx.pack, item)?;
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

pub(super) fn uncheck(out: &mut dyn Write, cx: &Context, item: &str) -> Result<(), CliError> {
    let key = resolve_item(&cx.pack, item)?;
    if !cx.read()?.is_done(&key) {
        return print(out, format!("{key} was not ticked; nothing to do.\n"));
    }
    cx.write(|p| {
        p.uncheck(&key, cx.today);
        Ok(())
    })?;
    print(
        out,
        format!("Unticked {key} (its note and evidence are kept).\n"),
    )
}

/// The text of a resolved `STEP/ITEM` key.
fn item_text(pack: &Pack, key: &str) -> String {
    key.split_once('/')
        .and_then(|(s, i)| pack.step(s)?.item(i))
        .map_or(key.to_string(), |i| i.text.clone())
}
