//! Drawing the path: the steps, the selected step's checklist, and the coaching behind each item.

use crate::tui::layout::{rows, split_percent};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::Path;
use crate::content::item_key;
use crate::tui::command::Command as C;
use crate::tui::context::Ctx;
use crate::tui::keys::{pair, shown};
use crate::tui::screens::id::Screen;
use crate::tui::widgets::{bar, cells, fit, framed, panel, scrollbar, scrolled, window, wrap};

/// The list on the left, the detail pane on the right.
pub fn panes(area: Rect) -> [Rect; 2] {
    split_percent(area, 48)
}

pub fn render(path: &Path, cx: &Ctx, frame: &mut Frame, area: Rect) {
    let [left, right] = panes(area);
    let exit = exit_lines(path, cx, usize::from(left.width.saturating_sub(2)));
    let exit_need = cells(exit.len()) + 2;
    // The checklist keeps three rows; "Done when" grows to hold its sentences; the steps give
    // way to one line (the step you are on) when the window is short.
    const CHECKLIST: u16 = 5;
    let all_steps = cells(cx.pack.steps.len()) + 2;
    let steps_rows = if left.height >= all_steps + CHECKLIST + exit_need {
        all_steps
    } else {
        3
    };
    let exit_rows = exit_need.min(left.height.saturating_sub(steps_rows + CHECKLIST));
    let cut = rows(left, &[steps_rows]);
    let [steps_area, rest] = [cut[0], cut[1]];
    let cut = rows(rest, &[rest.height.saturating_sub(exit_rows)]);
    let [items_area, exit_area] = [cut[0], cut[1]];
    steps(path, cx, frame, steps_area);
    items(path, cx, frame, items_area);
    exit_panel(cx, frame, exit_area, exit);
    detail(path, cx, frame, right);
}

fn steps(path: &Path, cx: &Ctx, frame: &mut Frame, area: Rect) {
    let t = cx.theme;
    let inner = framed(
        frame,
        area,
        &format!("Steps  {}", pair(cx.global(), C::Left, C::Right)),
        t,
    );
    // Bars give way before titles are cut.
    let longest = cx
        .insights
        .steps
        .iter()
        .map(|s| unicode_width::UnicodeWidthStr::width(s.title.as_str()))
        .max()
        .unwrap_or(0);
    let with_bar = usize::from(inner.width).saturating_sub(14);
    let show_bar = longest <= with_bar;
    let title_width = if show_bar {
        with_bar
    } else {
        usize::from(inner.width).saturating_sub(8)
    }
    .max(4);
    let line = |n: usize, s: &crate::insight::StepProgress| {
        let selected = n == path.step;
        let mark = if s.complete() { "✓" } else { " " };
        let style = if selected { t.selected } else { t.text };
        let mut spans = vec![Span::styled(
            format!("{}{mark} {}", n + 1, fit(&s.title, title_width)),
            style,
        )];
        if show_bar {
            spans.push(Span::styled(
                format!(" {}", bar(s.fraction(), 5)),
                if s.complete() { t.good } else { t.accent },
            ));
        }
        spans.push(Span::styled(format!(" {}/{}", s.done, s.total), t.dim));
        Line::from(spans)
    };
    let all = &cx.insights.steps;
    // One line when short: the step you are on.
    let shown = window(all.len(), path.step, usize::from(inner.height));
    let lines: Vec<Line> = shown.map(|n| line(n, &all[n])).collect();
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
    let (total, visible, first) = (path.list.rows.len(), rows.len(), rows.start);
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
    scrollbar(frame, area, (total, visible, first), t);
}

/// The step's exit criteria for a panel `width` wide inside: what is still missing first (it
/// is what the person can act on), then what "done" means, wrapped.
fn exit_lines(path: &Path, cx: &Ctx, width: usize) -> Vec<Line<'static>> {
    let t = cx.theme;
    let (Some(step), Some(progress)) = (path.current(cx), cx.insights.steps.get(path.step)) else {
        return Vec::new();
    };
    let (first, style) = if progress.complete() {
        ("✓ This step is complete".to_string(), t.good)
    } else {
        (format!("✗ {}", progress.exit_missing.join("; ")), t.warn)
    };
    let mut lines: Vec<Line<'static>> = wrap(&first, width)
        .into_iter()
        .map(|l| Line::styled(l, style))
        .collect();
    lines.extend(
        wrap(&step.exit.summary, width)
            .into_iter()
            .map(|l| Line::styled(l, t.dim)),
    );
    lines
}

fn exit_panel(cx: &Ctx, frame: &mut Frame, area: Rect, mut lines: Vec<Line<'static>>) {
    if area.height < 3 {
        return;
    }
    let inner = framed(frame, area, "Done when · * required", cx.theme);
    // Where it cannot grow enough, its last line says there is more.
    let room = usize::from(inner.height);
    if lines.len() > room && room > 0 {
        lines.truncate(room);
        if let Some(last) = lines.last_mut() {
            let text: String = last.spans.iter().map(|s| s.content.as_ref()).collect();
            let style = last.style;
            let cut = fit(&format!("{text} …"), usize::from(inner.width));
            *last = Line::styled(cut.trim_end().to_string(), style);
        }
    }
    frame.render_widget(Paragraph::new(lines), inner);
}

fn detail(path: &Path, cx: &Ctx, frame: &mut Frame, area: Rect) {
    let block = panel(
        format!(
            " Coach  {} scroll ",
            pair(cx.table(Screen::Path), C::ScrollDown, C::ScrollUp)
        ),
        cx.theme,
    );
    frame.render_widget(block, area);
    scrolled(
        frame,
        area,
        detail_lines(path, cx),
        path.list.cursor.scroll,
        cx.theme,
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
                match cx.key(Screen::Path, C::Toggle) {
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
                format!("Your note{}", edits(cx.key(Screen::Path, C::Note))),
                t.accent,
            ));
            lines.extend(note.lines().map(|l| Line::styled(l.to_string(), t.text)));
        }
        let key = item_key(&step.id, &item.id);
        let mut evidence = cx.progress.evidence_for_item(&key).peekable();
        if evidence.peek().is_some() {
            lines.push(Line::default());
            let (add, go) = (
                cx.key(Screen::Path, C::Evidence),
                shown(cx.global(), C::GoTo(Screen::Evidence)),
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
