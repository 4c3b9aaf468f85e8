//! Drawing the journal: dated reflections, newest first, with the selected entry in full.

use crate::tui::layout::split_percent;
use crate::tui::screens::Screen;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use super::Journal;
use crate::tui::command::Command as C;
use crate::tui::context::Ctx;
use crate::tui::widgets::{fit, key_line, panel, window};

/// The list on the left, the detail pane on the right.
pub fn panes(area: Rect) -> [Rect; 2] {
    split_percent(area, 45)
}

pub fn render(journal: &Journal, cx: &Ctx, frame: &mut Frame, area: Rect) {
    let [left, right] = panes(area);
    list(journal, cx, frame, left);
    entry(journal, cx, frame, right);
}

fn list(journal: &Journal, cx: &Ctx, frame: &mut Frame, area: Rect) {
    let t = cx.theme;
    let filter = &journal.list.filter;
    let title = if filter.is_empty() {
        match cx.progress.journal.len() {
            1 => " Journal · 1 entry ".to_string(),
            n => format!(" Journal · {n} entries "),
        }
    } else {
        format!(" Journal · filter \"{filter}\" ")
    };
    let block = panel(title, t);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    if cx.mentor {
        let lines = vec![
            Line::styled("The journal stays with the person.", t.text),
            Line::styled(
                "A review packet holds their work, ratings and evidence, never their journal.",
                t.dim,
            ),
        ];
        frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: true }), inner);
        return;
    }
    if cx.progress.journal.is_empty() {
        let lines = vec![
            Line::styled("Reflect and adjust.", t.text),
            Line::styled(
                "A few lines a week on what worked and what to change.",
                t.dim,
            ),
            key_line(cx.key(Screen::Journal, C::Add), "writes one.", t),
        ];
        frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: true }), inner);
        return;
    }
    if journal.list.rows.is_empty() {
        frame.render_widget(
            Paragraph::new(Line::styled("No entry matches the filter", t.dim)),
            inner,
        );
        return;
    }
    let text_width = usize::from(inner.width).saturating_sub(13);
    let rows = window(
        journal.list.rows.len(),
        journal.list.cursor.index,
        usize::from(inner.height),
    );
    let shown_rows = (journal.list.rows.len(), rows.len(), rows.start);
    let lines: Vec<Line> = rows
        .map(|row| {
            let j = &cx.progress.journal[journal.list.rows[row]];
            let selected = row == journal.list.cursor.index;
            let base = if selected { t.selected } else { t.text };
            let first = j.text.lines().next().unwrap_or("");
            Line::from(vec![
                Span::styled(format!("{} ", j.date), if selected { base } else { t.dim }),
                Span::styled(
                    if j.private { "P " } else { "  " },
                    if selected { base } else { t.warn },
                ),
                Span::styled(fit(first, text_width), base),
            ])
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), inner);
    crate::tui::widgets::scrollbar(frame, area, shown_rows, t);
}

fn entry(journal: &Journal, cx: &Ctx, frame: &mut Frame, area: Rect) {
    let t = cx.theme;
    let Some(j) = journal.selected(cx) else {
        let block = panel(" Entry ", t);
        let inner = block.inner(area);
        frame.render_widget(block, area);
        if let Some(practice) = cx.pack.practices.first() {
            let mut lines = vec![Line::styled(practice.text.clone(), t.text), Line::default()];
            lines.extend(
                practice
                    .prompts
                    .iter()
                    .map(|p| Line::styled(format!("• {p}"), t.dim)),
            );
            frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }), inner);
        }
        return;
    };
    // Where the title is short of room, "left out of exports" goes first, then "private".
    let private = if j.private {
        " · private · left out of exports"
    } else {
        ""
    };
    crate::tui::widgets::framed(frame, area, &format!("{}{private}", j.date), t);
    let lines = entry_lines(journal, cx);
    crate::tui::widgets::scrolled(frame, area, lines, journal.list.cursor.scroll, t);
}

/// The selected entry's text, before wrapping.
pub(super) fn entry_lines(journal: &Journal, cx: &Ctx) -> Vec<Line<'static>> {
    journal.selected(cx).map_or_else(Vec::new, |j| {
        j.text
            .lines()
            .map(|l| Line::styled(l.to_string(), cx.theme.text))
            .collect()
    })
}
