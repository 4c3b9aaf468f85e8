//! Drawing interview practice: the questions on the left (how often each was practised), the
//! selected one on the right with its practice record and the stories that answer it.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use super::Interview;
use crate::tui::command::Command as C;
use crate::tui::context::Ctx;
use crate::tui::keys::{mention, pair};
use crate::tui::layout::split_percent;
use crate::tui::screens::Screen;
use crate::tui::widgets::{fit, framed, window, wrap};

/// The questions on the left, the selected one on the right.
pub fn panes(area: Rect) -> [Rect; 2] {
    split_percent(area, 45)
}

pub fn render(screen: &Interview, cx: &Ctx, frame: &mut Frame, area: Rect) {
    let [left, right] = panes(area);
    questions(screen, cx, frame, left);
    let scroll = pair(cx.table(Screen::Interview), C::ScrollDown, C::ScrollUp);
    let title = match screen.selected(cx) {
        Some((skill, _)) if scroll.is_empty() => format!(" {} ", skill.name),
        Some((skill, _)) => format!(" {} · {scroll} scroll ", skill.name),
        None => " No question matches the filter ".to_string(),
    };
    let inner = framed(frame, right, &title, cx.theme);
    frame.render_widget(
        Paragraph::new(answer_lines(screen, cx, inner.width))
            .wrap(Wrap { trim: false })
            .scroll((screen.list.cursor.scroll, 0)),
        inner,
    );
}

fn questions(screen: &Interview, cx: &Ctx, frame: &mut Frame, area: Rect) {
    let t = cx.theme;
    let filter = &screen.list.filter;
    let title = if filter.is_empty() {
        match cx.key(Screen::Interview, C::Toggle) {
            Some(key) => format!(" Questions · least practised first · {key} practised "),
            None => " Questions · least practised first ".to_string(),
        }
    } else {
        format!(" Questions · filter \"{filter}\" ")
    };
    let inner = framed(frame, area, &title, t);
    let width = usize::from(inner.width);
    let mut lines = vec![Line::styled(
        format!(" Said {}", fit("Question", width.saturating_sub(6))),
        t.dim,
    )];
    let rows = &screen.list.rows;
    let selected = screen.list.cursor.index;
    let shown = window(
        rows.len(),
        selected,
        usize::from(inner.height.saturating_sub(1)),
    );
    let practice = &cx.progress.practice;
    for (at, &n) in rows.iter().enumerate().take(shown.end).skip(shown.start) {
        let Some(row) = screen.order().get(n) else {
            continue;
        };
        let Some(skill) = cx.pack.skills.get(row.skill) else {
            continue;
        };
        let question = skill.questions.get(row.question).map_or("", String::as_str);
        let times = crate::progress::practised(practice, &skill.id, question).0;
        let said = if times == 0 {
            "-".to_string()
        } else {
            times.to_string()
        };
        let style = if at == selected { t.selected } else { t.text };
        lines.push(Line::styled(
            format!(
                "{}{said:>4} {}",
                if at == selected { "›" } else { " " },
                fit(question, width.saturating_sub(6))
            ),
            style,
        ));
    }
    frame.render_widget(Paragraph::new(lines), inner);
}

/// The selected question in full, when it was practised and how it went, and the stories that
/// answer it (each told situation, task, action, result).
pub fn answer_lines(screen: &Interview, cx: &Ctx, width: u16) -> Vec<Line<'static>> {
    let t = cx.theme;
    let Some((_, q)) = screen.selected(cx) else {
        return Vec::new();
    };
    let width = usize::from(width.max(8));
    let mut lines: Vec<Line<'static>> = wrap(&q.question, width)
        .into_iter()
        .map(|l| Line::styled(l, t.title))
        .collect();
    lines.push(Line::default());
    let record = match (q.practised, q.last) {
        (0, _) | (_, None) => "Not practised yet: say it out loud in two minutes.".to_string(),
        (n, Some(last)) => {
            let times = if n == 1 {
                "once".to_string()
            } else {
                format!("{n} times")
            };
            let how = q.how.as_deref().map_or(String::new(), |h| format!(": {h}"));
            format!("Practised {times}, last on {last}{how}")
        }
    };
    lines.extend(
        wrap(&record, width)
            .into_iter()
            .map(|l| Line::styled(l, t.text)),
    );
    lines.push(Line::default());
    if q.stories.is_empty() {
        let hint = format!(
            "No story answers it yet: give a piece of evidence of this skill a story (situation, \
             task, action, result) on Evidence{}.",
            mention(cx.global(), C::GoTo(Screen::Evidence))
        );
        lines.extend(
            wrap(&hint, width)
                .into_iter()
                .map(|l| Line::styled(l, t.dim)),
        );
        return lines;
    }
    lines.push(Line::styled("Stories that answer it", t.title));
    for story in &q.stories {
        let Some(e) = cx.progress.evidence_piece(story.evidence) else {
            continue;
        };
        lines.push(Line::from(vec![
            Span::styled("• ", t.accent),
            Span::styled(e.title.clone(), t.text),
        ]));
        for (label, text) in e.story.parts() {
            let said = format!("{label}: {text}");
            for row in wrap(&said, width.saturating_sub(2)) {
                lines.push(Line::styled(format!("  {row}"), t.dim));
            }
        }
    }
    lines
}
