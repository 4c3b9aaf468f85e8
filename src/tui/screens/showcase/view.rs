//! Drawing the showcase: the portfolio (the skills on the left, the selected one's strongest
//! evidence with its story on the right), and interview practice (the questions on the left,
//! how often each was practised, the selected one on the right with the stories that answer it).

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use super::{Showcase, View};
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

pub fn render(screen: &Showcase, cx: &Ctx, frame: &mut Frame, area: Rect) {
    let [left, right] = panes(area);
    let scroll = pair(cx.table(Screen::Showcase), C::ScrollDown, C::ScrollUp);
    let (name, lines, at) = match screen.view() {
        View::Portfolio => {
            competencies(screen, cx, frame, left);
            let name = screen.skill(cx).map(|s| s.name.clone());
            let lines = portfolio_lines(screen, cx, right.width.saturating_sub(2));
            (name, lines, screen.skills().cursor.scroll)
        }
        View::Practice => {
            questions(screen, cx, frame, left);
            let name = screen.selected(cx).map(|(s, _)| s.name.clone());
            let lines = answer_lines(screen, cx, right.width.saturating_sub(2));
            (name, lines, screen.questions().cursor.scroll)
        }
    };
    let title = match name {
        Some(name) if scroll.is_empty() => format!(" {name} "),
        Some(name) => format!(" {name} · {scroll} scroll "),
        None => " Nothing matches the filter ".to_string(),
    };
    let inner = framed(frame, right, &title, cx.theme);
    frame.render_widget(
        Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .scroll((at, 0)),
        inner,
    );
}

/// " · v practice": the key to the other view, as the person has it.
fn other_view(cx: &Ctx, to: &str) -> String {
    cx.key(Screen::Showcase, C::View)
        .map_or(String::new(), |k| format!(" · {k} {to}"))
}

/// The skills, each with how many pieces the portfolio shows of it.
fn competencies(screen: &Showcase, cx: &Ctx, frame: &mut Frame, area: Rect) {
    let t = cx.theme;
    let list = screen.skills();
    let title = if list.filter.is_empty() {
        format!(" Portfolio by competency{} ", other_view(cx, "practice"))
    } else {
        format!(" Portfolio · filter \"{}\" ", list.filter)
    };
    let inner = framed(frame, area, &title, t);
    let width = usize::from(inner.width);
    let mut lines = vec![Line::styled(
        format!(" Shown {}", fit("Competency", width.saturating_sub(7))),
        t.dim,
    )];
    let selected = list.cursor.index;
    let shown = window(
        list.rows.len(),
        selected,
        usize::from(inner.height.saturating_sub(1)),
    );
    for (at, &n) in list
        .rows
        .iter()
        .enumerate()
        .take(shown.end)
        .skip(shown.start)
    {
        let Some(skill) = cx.insights.skills.get(n) else {
            continue;
        };
        let count = match screen.shown(n).len() {
            0 => "-".to_string(),
            count => count.to_string(),
        };
        let style = if at == selected { t.selected } else { t.text };
        lines.push(Line::styled(
            format!(
                "{}{count:>5} {}",
                if at == selected { "›" } else { " " },
                fit(&skill.name, width.saturating_sub(7))
            ),
            style,
        ));
    }
    frame.render_widget(Paragraph::new(lines), inner);
}

/// What the portfolio shows of the selected skill: its strongest pieces, each with its story.
pub fn portfolio_lines(screen: &Showcase, cx: &Ctx, width: u16) -> Vec<Line<'static>> {
    let t = cx.theme;
    if screen.skill(cx).is_none() {
        return Vec::new();
    };
    let width = usize::from(width.max(8));
    let pieces: Vec<&crate::progress::Evidence> = screen
        .skills()
        .selected()
        .map(|n| screen.shown(n))
        .unwrap_or_default()
        .iter()
        .filter_map(|id| cx.progress.evidence_piece(*id))
        .collect();
    if pieces.is_empty() {
        let hint = format!(
            "Nothing to show for it yet: evidence shows here once it names this skill and is \
             more than a self-report (on Evidence{}).",
            mention(cx.global(), C::GoTo(Screen::Evidence))
        );
        return wrap(&hint, width)
            .into_iter()
            .map(|l| Line::styled(l, t.dim))
            .collect();
    }
    let mut lines = Vec::new();
    for e in pieces {
        let head = format!("{} · {} · {}", e.title, e.kind.id(), e.date);
        for (n, row) in wrap(&head, width.saturating_sub(2)).into_iter().enumerate() {
            let mark = if n == 0 { "• " } else { "  " };
            lines.push(Line::from(vec![
                Span::styled(mark, t.accent),
                Span::styled(row, t.text),
            ]));
        }
        story_lines(&mut lines, e, width, cx);
    }
    lines
}

/// A piece's story, one part a line (wrapped), indented under its title.
fn story_lines(
    lines: &mut Vec<Line<'static>>,
    e: &crate::progress::Evidence,
    width: usize,
    cx: &Ctx,
) {
    for (label, text) in e.story.parts() {
        let said = format!("{label}: {text}");
        for row in wrap(&said, width.saturating_sub(2)) {
            lines.push(Line::styled(format!("  {row}"), cx.theme.dim));
        }
    }
}

fn questions(screen: &Showcase, cx: &Ctx, frame: &mut Frame, area: Rect) {
    let t = cx.theme;
    let filter = &screen.questions().filter;
    let title = if filter.is_empty() {
        let mark = cx
            .key(Screen::Showcase, C::Toggle)
            .map_or(String::new(), |k| format!(" · {k} practised"));
        format!(
            " Questions{}{mark} · least practised first ",
            other_view(cx, "portfolio")
        )
    } else {
        format!(" Questions · filter \"{filter}\" ")
    };
    let inner = framed(frame, area, &title, t);
    let width = usize::from(inner.width);
    let mut lines = vec![Line::styled(
        format!(" Said {}", fit("Question", width.saturating_sub(6))),
        t.dim,
    )];
    let rows = &screen.questions().rows;
    let selected = screen.questions().cursor.index;
    let shown = window(
        rows.len(),
        selected,
        usize::from(inner.height.saturating_sub(1)),
    );
    for (at, &n) in rows.iter().enumerate().take(shown.end).skip(shown.start) {
        let Some(row) = screen.order().get(n) else {
            continue;
        };
        let Some(skill) = cx.pack.skills.get(row.skill) else {
            continue;
        };
        let question = skill.questions.get(row.question).map_or("", String::as_str);
        let said = match row.times {
            0 => "-".to_string(),
            n => n.to_string(),
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
pub fn answer_lines(screen: &Showcase, cx: &Ctx, width: u16) -> Vec<Line<'static>> {
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
        story_lines(&mut lines, e, width, cx);
    }
    lines
}
