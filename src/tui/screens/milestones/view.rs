//! Drawing the milestones by due date; overdue and due-soon stand out by symbol and colour.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::Milestones;
use crate::insight::MilestoneState;
use crate::tui::command::Command as C;
use crate::tui::context::Ctx;
use crate::tui::screens::Screen;
use crate::tui::widgets::{fit, key_line, panel, window};

/// The title width the step column gives way for.
const TITLE_WANTED: usize = 24;

/// The title and step columns' widths in a table `width` wide: the step column gives way
/// before titles are cut (the step is in the milestone's form).
fn widths(cx: &Ctx, width: usize) -> (usize, usize) {
    let longest = cx
        .insights
        .milestones
        .iter()
        .map(|m| unicode_width::UnicodeWidthStr::width(m.title.as_str()))
        .max()
        .unwrap_or(0)
        .min(TITLE_WANTED);
    let fixed = 2 + 11 + 18;
    let step_width = if width >= fixed + 19 + longest { 18 } else { 0 };
    (width.saturating_sub(fixed + step_width).max(10), step_width)
}

pub fn render(milestones: &Milestones, cx: &Ctx, frame: &mut Frame, area: Rect) {
    let t = cx.theme;
    let c = cx.insights.milestone_counts;
    let filter = &milestones.list.filter;
    let mut title = format!(
        " Milestones · {} open · {} overdue · {} due soon · {} done ",
        c.open, c.overdue, c.due_soon, c.done
    );
    if !filter.is_empty() {
        title.push_str(&format!("· filter \"{filter}\" "));
    }
    let block = panel(title, t);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    if cx.insights.milestones.is_empty() {
        let lines = vec![
            Line::styled("No milestones yet.", t.text),
            Line::styled(
                "A milestone is a dated promise to yourself: \"Finish the PM course by 2027-01-31\".",
                t.dim,
            ),
            key_line(cx.key(Screen::Milestones, C::Add), "adds one.", t),
        ];
        frame.render_widget(
            Paragraph::new(lines).wrap(ratatui::widgets::Wrap { trim: true }),
            inner,
        );
        return;
    }
    let (title_width, step_width) = widths(cx, usize::from(inner.width));
    let step_head = if step_width > 0 {
        format!(" {:<step_width$}", "Step or item")
    } else {
        String::new()
    };
    let mut lines = vec![Line::styled(
        format!(
            "  {:<10} {:<title_width$}{step_head} Status",
            "Due", "Milestone"
        ),
        t.dim,
    )];
    let rows = window(
        milestones.list.rows.len(),
        milestones.list.cursor.index,
        usize::from(inner.height.saturating_sub(1)),
    );
    let shown_rows = (milestones.list.rows.len(), rows.len(), rows.start);
    for row in rows {
        let m = &cx.insights.milestones[milestones.list.rows[row]];
        let selected = row == milestones.list.cursor.index;
        let (mark, style) = match m.state {
            MilestoneState::Done(_) => ("✓ ", t.good),
            MilestoneState::Overdue(_) => ("! ", t.bad),
            MilestoneState::DueSoon(_) => ("◷ ", t.warn),
            MilestoneState::Open(_) => ("  ", t.text),
        };
        let base = if selected { t.selected } else { t.text };
        let step = step_or_item(cx, m);
        let title = fit(&m.title, title_width);
        let step = if step_width > 0 {
            format!(" {}", fit(&step, step_width))
        } else {
            String::new()
        };
        lines.push(Line::from(vec![
            Span::styled(mark, style),
            Span::styled(format!("{} {title}{step} ", m.due), base),
            Span::styled(m.describe(), if selected { base } else { style }),
        ]));
    }
    if milestones.list.rows.is_empty() {
        lines.push(Line::styled("  No milestone matches the filter", t.dim));
    }
    frame.render_widget(Paragraph::new(lines), inner);
    crate::tui::widgets::scrollbar(frame, area, shown_rows, t);
}

/// What a milestone's step column says: the item it serves, by its step's number as the
/// picker shows it, else its step.
fn step_or_item(cx: &Ctx, m: &crate::insight::MilestoneView) -> String {
    let serves = m
        .item
        .as_deref()
        .and_then(|key| cx.pack.item_at(key))
        .map(|(n, item)| format!("{} · {}", n + 1, item.text));
    serves.unwrap_or_else(|| {
        m.step
            .as_deref()
            .map(|id| cx.pack.step(id).map_or(id, |s| s.title.as_str()))
            .unwrap_or("")
            .to_string()
    })
}
