//! Drawing the path: the steps, the selected step's checklist, and the coaching behind each item.

use crate::tui::layout::split_percent;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use super::{PATH, Path};
use crate::content::item_key;
use crate::tui::command::Command as C;
use crate::tui::context::Ctx;
use crate::tui::keys::{GLOBAL, pair, shown};
use crate::tui::screens::id::Screen;
use crate::tui::widgets::{bar, cells, fit, panel, window};

/// The list on the left, the detail pane on the right.
pub fn panes(area: Rect) -> [Rect; 2] {
    split_percent(area, 48)
}

pub fn render(path: &Path, cx: &Ctx, frame: &mut Frame, area: Rect) {
    let [left, right] = panes(area);
    let [steps_area, items_area, exit_area] = Layout::vertical([
        Constraint::Length(cells(cx.pack.steps.len()) + 2),
        Constraint::Min(3),
        Constraint::Length(5),
    ])
    .areas(left);
    steps(path, cx, frame, steps_area);
    items(path, cx, frame, items_area);
    exit(path, cx, frame, exit_area);
    detail(path, cx, frame, right);
}

fn steps(path: &Path, cx: &Ctx, frame: &mut Frame, area: Rect) {
    let t = cx.theme;
    let block = panel(format!(" Steps  {} ", pair(GLOBAL, C::Left, C::Right)), t);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let lines: Vec<Line> = cx
        .insights
        .steps
        .iter()
        .enumerate()
        .map(|(n, s)| {
            let selected = n == path.step;
            let mark = if s.complete() { "✓" } else { " " };
            let style = if selected { t.selected } else { t.text };
            let title_width = usize::from(inner.width).saturating_sub(14).max(4);
            let title = fit(&s.title, title_width);
            Line::from(vec![
                Span::styled(format!("{}{mark} {title}", n + 1), style),
                Span::styled(
                    format!(" {}", bar(s.fraction(), 5)),
                    if s.complete() { t.good } else { t.accent },
                ),
                Span::styled(format!(" {}/{}", s.done, s.total), t.dim),
            ])
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), inner);
}

fn items(path: &Path, cx: &Ctx, frame: &mut Frame, area: Rect) {
    let t = cx.theme;
    let Some(step) = path.current(cx) else {
        return;
    };
    let filter = &path.list.filter;
    let title = if filter.is_empty() {
        format!(" {} ", step.title)
    } else {
        format!(" {} · filter \"{filter}\" ", step.title)
    };
    let block = panel(title, t);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    if path.list.rows.is_empty() {
        frame.render_widget(
            Paragraph::new(Line::styled("No item matches the filter", t.dim)),
            inner,
        );
        return;
    }
    let rows = window(
        path.list.rows.len(),
        path.list.cursor.index,
        usize::from(inner.height),
    );
    let lines: Vec<Line> = rows
        .map(|row| {
            let item = &step.items[path.list.rows[row]];
            let key = item_key(&step.id, &item.id);
            let state = cx.progress.item(&key);
            let done = state.is_some_and(|s| s.done.is_some());
            let has_note = state.is_some_and(|s| s.note.is_some());
            let evidence = cx.progress.evidence_for_item(&key).count();
            let selected = row == path.list.cursor.index;
            let (mark, mark_style) = if done {
                ("[x]", t.good)
            } else {
                ("[ ]", t.text)
            };
            // Items the exit criteria need carry a star.
            let required = if step.exit.items.contains(&item.id) {
                "*"
            } else {
                " "
            };
            let markers = usize::from(has_note) * 2 + if evidence > 0 { 3 } else { 0 };
            let text_width = usize::from(inner.width).saturating_sub(4 + markers);
            let mut spans = vec![
                Span::styled(mark, if selected { t.selected } else { mark_style }),
                Span::styled(required, if selected { t.selected } else { t.warn }),
                Span::styled(
                    fit(&item.text, text_width),
                    if selected {
                        t.selected
                    } else if done {
                        t.dim
                    } else {
                        t.text
                    },
                ),
            ];
            if has_note {
                spans.push(Span::styled(" ✎", t.accent));
            }
            if evidence > 0 {
                spans.push(Span::styled(format!(" ⧉{evidence}"), t.accent));
            }
            Line::from(spans)
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), inner);
}

fn exit(path: &Path, cx: &Ctx, frame: &mut Frame, area: Rect) {
    let t = cx.theme;
    let (Some(step), Some(progress)) = (path.current(cx), cx.insights.steps.get(path.step)) else {
        return;
    };
    let block = panel(" Done when · * required ", t);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    // What is still missing comes first: it is what the person can act on.
    let mut lines = Vec::new();
    if progress.complete() {
        lines.push(Line::styled("✓ This step is complete", t.good));
    } else {
        lines.push(Line::styled(
            format!("✗ {}", progress.exit_missing.join("; ")),
            t.warn,
        ));
    }
    lines.push(Line::styled(step.exit.summary.clone(), t.dim));
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: true }), inner);
}

fn detail(path: &Path, cx: &Ctx, frame: &mut Frame, area: Rect) {
    let block = panel(
        format!(" Coach  {} scroll ", pair(PATH, C::ScrollDown, C::ScrollUp)),
        cx.theme,
    );
    let inner = block.inner(area);
    frame.render_widget(block, area);
    frame.render_widget(
        Paragraph::new(detail_lines(path, cx))
            .wrap(Wrap { trim: false })
            .scroll((path.list.cursor.scroll, 0)),
        inner,
    );
}

/// The coaching for the selected item and its step, before wrapping.
pub(super) fn detail_lines(path: &Path, cx: &Ctx) -> Vec<Line<'static>> {
    let t = cx.theme;
    let Some(step) = path.current(cx) else {
        return Vec::new();
    };
    let mut lines: Vec<Line<'static>> = Vec::new();
    let selected = path.list.selected().and_then(|i| step.items.get(i));
    if let Some(item) = selected {
        let state = cx.progress.item(&item_key(&step.id, &item.id));
        lines.push(Line::styled(item.text.clone(), t.title));
        match state.and_then(|s| s.done) {
            Some(date) => lines.push(Line::styled(format!("✓ Ticked on {date}"), t.good)),
            None => lines.push(Line::styled(
                match shown(PATH, C::Toggle) {
                    Some(key) => format!("Open · {key} ticks it"),
                    None => "Open".to_string(),
                },
                t.dim,
            )),
        }
        lines.push(Line::default());
        lines.push(Line::from(vec![
            Span::styled("How: ", t.accent),
            Span::styled(item.hint.clone(), t.text),
        ]));
        if let Some(prompt) = &item.evidence_prompt {
            lines.push(Line::from(vec![
                Span::styled("Keep as evidence: ", t.accent),
                Span::styled(prompt.clone(), t.text),
            ]));
        }
        if let Some(note) = state.and_then(|s| s.note.as_ref()) {
            lines.push(Line::default());
            lines.push(Line::styled(
                format!("Your note{}", edits(shown(PATH, C::Note))),
                t.accent,
            ));
            lines.extend(note.lines().map(|l| Line::styled(l.to_string(), t.text)));
        }
        let key = item_key(&step.id, &item.id);
        let mut evidence = cx.progress.evidence_for_item(&key).peekable();
        if evidence.peek().is_some() {
            lines.push(Line::default());
            let (add, go) = (
                shown(PATH, C::Evidence),
                shown(GLOBAL, C::GoTo(Screen::Evidence)),
            );
            let how = match (add, go) {
                (Some(add), Some(go)) => format!(" ({add} adds; {go} Evidence edits)"),
                _ => String::new(),
            };
            lines.push(Line::styled(format!("Evidence{how}"), t.accent));
            lines.extend(evidence.map(|e| {
                let link = e
                    .link
                    .as_deref()
                    .map(|l| format!(" {l}"))
                    .unwrap_or_default();
                Line::styled(format!("• {} ({}){link}", e.title, e.kind), t.text)
            }));
        }
        lines.push(Line::default());
    }
    lines.push(Line::styled(
        format!("{}: {}", step.title, step.goal),
        t.accent,
    ));
    for paragraph in &step.guidance {
        lines.push(Line::styled(paragraph.clone(), t.text));
        lines.push(Line::default());
    }
    lines
}

/// " (n edits)" when the key is bound.
fn edits(key: Option<&str>) -> String {
    key.map_or(String::new(), |k| format!(" ({k} edits)"))
}
