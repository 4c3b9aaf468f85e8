//! What both of the screen's charts share: the signs they draw with, the days as x, the date
//! labels, the legends and the keys named in the titles.

use chrono::NaiveDate;
use ratatui::style::Style;
use ratatui::text::{Line, Span};

use super::View;
use crate::tui::command::Command as C;
use crate::tui::context::Ctx;
use crate::tui::screens::Screen;

/// The signs the charts draw with: each line and mark its own.
pub(super) const REVIEW_SIGN: char = 'R';
pub(super) const MILESTONE_SIGN: char = '✓';
pub(super) const READY_LINE: char = '┈';
pub(super) const PART_SIGNS: [char; 3] = ['▫', '▵', '◊'];
pub(super) const MENTOR_SIGN: char = 'm';

/// " · v skills · p parts": the keys of the view, as the person has them.
pub(super) fn keys_hint(cx: &Ctx, parts: bool, view: View) -> String {
    let mut hint = String::new();
    if let Some(key) = cx.key(Screen::Progress, C::View) {
        let other = match view.next() {
            View::Readiness => "readiness",
            View::Glance => "all skills",
            View::Skills => "each skill",
        };
        hint.push_str(&format!(" · {key} {other}"));
    }
    if view == View::Readiness
        && let Some(key) = cx.key(Screen::Progress, C::Parts)
    {
        let what = if parts { "hide parts" } else { "parts" };
        hint.push_str(&format!(" · {key} {what}"));
    }
    hint
}

/// Days since `start`, as a chart's x.
pub(super) fn x(day: NaiveDate, start: NaiveDate) -> f64 {
    // At most a few thousand days: exact as a float.
    f64::from(i32::try_from((day - start).num_days()).unwrap_or(i32::MAX))
}

/// A day under a chart: "2026-09-01", or "2026-09" on a chart of more than about ten months.
pub(super) fn day_label(day: NaiveDate, long: bool) -> String {
    day.format(if long { "%Y-%m" } else { "%Y-%m-%d" })
        .to_string()
}

/// "sign meaning  sign meaning": every pair, on as many lines of `width` as they take (a pair
/// wider than the line is cut at its end).
pub(super) fn legend(
    signs: Vec<(String, Style, &str)>,
    text: Style,
    width: usize,
) -> Vec<Line<'static>> {
    let mut lines: Vec<Line<'static>> = Vec::new();
    let mut used = 0;
    for (sign, style, name) in signs {
        let wide = sign.chars().count() + 1 + name.chars().count();
        let gap = if used == 0 { 0 } else { 2 };
        if used == 0 || used + gap + wide > width {
            lines.push(Line::default());
            used = 0;
        }
        let line = lines.last_mut().expect("a line was just made");
        let gap = if used == 0 { "" } else { "  " };
        line.push_span(Span::styled(format!("{gap}{sign} "), style));
        line.push_span(Span::styled(name.to_string(), text));
        used += gap.len() + wide;
    }
    lines
}
