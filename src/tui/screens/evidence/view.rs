//! Drawing the evidence library: newest first, the selected piece in full.

use crate::tui::layout::split_percent;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use super::EvidenceScreen;
use crate::progress::{Evidence, EvidenceKind};
use crate::tui::command::Command as C;
use crate::tui::context::Ctx;
use crate::tui::screens::Screen;
use crate::tui::widgets::{fit, key_line, panel, window, wrap};

fn mark(kind: EvidenceKind) -> &'static str {
    match kind {
        EvidenceKind::Artifact => "▣",
        EvidenceKind::Metric => "▲",
        EvidenceKind::Feedback => "✉",
        EvidenceKind::SelfReport => "✧",
    }
}

/// The list on the left, the detail pane on the right.
pub fn panes(area: Rect) -> [Rect; 2] {
    split_percent(area, 48)
}

pub fn render(screen: &EvidenceScreen, cx: &Ctx, frame: &mut Frame, area: Rect) {
    let [left, right] = panes(area);
    list(screen, cx, frame, left);
    detail(screen, cx, frame, right);
}

fn list(screen: &EvidenceScreen, cx: &Ctx, frame: &mut Frame, area: Rect) {
    let t = cx.theme;
    let filter = &screen.list.filter;
    let title = if filter.is_empty() {
        format!(" Evidence · {} ", cx.progress.evidence.len())
    } else {
        format!(" Evidence · filter \"{filter}\" ")
    };
    let block = panel(title, t);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    if cx.progress.evidence.is_empty() {
        let lines = vec![
            Line::styled(
                "Keep what shows your work: a deck, a dashboard, a number that moved, what a stakeholder said.",
                t.text,
            ),
            Line::default(),
            key_line(cx.key(Screen::Evidence, C::Add), "adds the first piece.", t),
        ];
        frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: true }), inner);
        return;
    }
    if screen.list.rows.is_empty() {
        frame.render_widget(
            Paragraph::new(Line::styled("Nothing matches the filter", t.dim)),
            inner,
        );
        return;
    }
    let stale_after = i64::from(cx.progress.settings.evidence_stale_days);
    let width = usize::from(inner.width).saturating_sub(13);
    let rows = window(
        screen.list.rows.len(),
        screen.list.cursor.index,
        usize::from(inner.height),
    );
    let shown_rows = (screen.list.rows.len(), rows.len(), rows.start);
    let lines: Vec<Line> = rows
        .map(|row| {
            let e = &cx.progress.evidence[screen.list.rows[row]];
            let selected = row == screen.list.cursor.index;
            let stale = (cx.today - e.date).num_days() > stale_after;
            let base = if selected { t.selected } else { t.text };
            let date_style = if selected {
                base
            } else if stale {
                t.warn
            } else {
                t.dim
            };
            Line::from(vec![
                Span::styled(format!("{} ", e.date), date_style),
                Span::styled(
                    format!("{} ", mark(e.kind)),
                    if selected { base } else { t.accent },
                ),
                Span::styled(fit(&e.title, width), base),
            ])
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), inner);
    crate::tui::widgets::scrollbar(frame, area, shown_rows, t);
}

fn detail(screen: &EvidenceScreen, cx: &Ctx, frame: &mut Frame, area: Rect) {
    let t = cx.theme;
    let Some(e) = screen.selected(cx) else {
        let block = panel(" How evidence counts ", t);
        let inner = block.inner(area);
        frame.render_widget(block, area);
        let stale = cx.progress.settings.evidence_stale_days;
        let lines = vec![
            Line::styled(
                "▣ artifact and ▲ metric count fully, ✉ feedback three quarters, ✧ a self-report a quarter.",
                t.text,
            ),
            Line::styled(
                format!("Evidence older than {stale} days goes stale and stops counting."),
                t.text,
            ),
            Line::styled(
                format!(
                    "A piece counts for the skills it is linked to{}.",
                    picks(cx.key(Screen::Evidence, C::LinkSkills))
                ),
                t.text,
            ),
        ];
        frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: true }), inner);
        return;
    };
    let block = panel(
        format!(
            " {} ",
            fit(&e.title, usize::from(area.width.saturating_sub(4))).trim_end()
        ),
        t,
    );
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let lines = detail_lines(cx, e, inner.width);
    crate::tui::widgets::scrolled(frame, area, lines, screen.list.cursor.scroll, t);
}

/// A piece in full (kind, age, link, story, what it backs and shows) for a pane `width` wide.
pub fn detail_lines(cx: &Ctx, e: &Evidence, width: u16) -> Vec<Line<'static>> {
    let t = cx.theme;
    let stale_after = i64::from(cx.progress.settings.evidence_stale_days);
    let age = (cx.today - e.date).num_days();
    let freshness = if age > stale_after {
        Span::styled(format!(" · stale ({age} days old)"), t.warn)
    } else {
        Span::styled(
            match age {
                0 => " · today".to_string(),
                1 => " · yesterday".to_string(),
                n => format!(" · {n} days old"),
            },
            t.dim,
        )
    };
    let mut lines = vec![Line::from(vec![
        Span::styled(
            format!("{} {} · {}", mark(e.kind), e.kind, e.date),
            t.accent,
        ),
        freshness,
    ])];
    match &e.link {
        Some(link) => lines.push(Line::from(vec![
            Span::styled(link.clone(), t.text),
            Span::styled(
                cx.key(Screen::Evidence, C::OpenLink)
                    .map_or(String::new(), |k| format!("  {k} opens")),
                t.dim,
            ),
        ])),
        None => lines.push(Line::styled("No link", t.dim)),
    }
    lines.push(Line::default());
    if e.story.is_empty() {
        lines.push(Line::styled(
            match cx.key(Screen::Evidence, C::Edit) {
                Some(key) => format!("No story yet: {key} adds situation, task, action, result."),
                None => "No story yet.".to_string(),
            },
            t.dim,
        ));
    }
    for (label, text) in e.story.parts() {
        lines.push(Line::from(vec![
            Span::styled(format!("{label}: "), t.accent),
            Span::styled(text.to_string(), t.text),
        ]));
    }
    lines.push(Line::default());
    lines.extend(links_lines(cx, e, width));
    lines
}

/// " (s picks them)" when the key is bound.
fn picks(key: Option<&str>) -> String {
    key.map_or(String::new(), |k| format!(" ({k} picks them)"))
}

/// What a piece backs (skills) and shows (checklist items), each bullet wrapped under itself.
fn links_lines(cx: &Ctx, e: &Evidence, width: u16) -> Vec<Line<'static>> {
    let t = cx.theme;
    let mut lines = Vec::new();
    let skills: Vec<&str> = e
        .skills
        .iter()
        .map(|s| cx.pack.skill(s).map_or(s.as_str(), |k| k.name.as_str()))
        .collect();
    lines.push(Line::from(vec![
        Span::styled(
            format!("Backs{}: ", cx.mention(Screen::Evidence, C::LinkSkills)),
            t.accent,
        ),
        Span::styled(
            if skills.is_empty() {
                "no skill yet".to_string()
            } else {
                // Skill names hold commas ("Data, metrics & KPIs"): a dot keeps them apart.
                skills.join(" · ")
            },
            if skills.is_empty() { t.warn } else { t.text },
        ),
    ]));
    lines.push(Line::styled(
        format!("Shows{}:", cx.mention(Screen::Evidence, C::LinkItems)),
        t.accent,
    ));
    if e.items.is_empty() {
        lines.push(Line::styled("  no checklist item", t.dim));
    }
    for key in &e.items {
        let text = key
            .split_once('/')
            .and_then(|(s, i)| cx.pack.step(s)?.item(i))
            .map_or(key.as_str(), |i| i.text.as_str());
        // Each bullet wraps under its own text.
        for (n, chunk) in wrap(text, usize::from(width).saturating_sub(4))
            .into_iter()
            .enumerate()
        {
            let lead = if n == 0 { "  • " } else { "    " };
            lines.push(Line::styled(format!("{lead}{chunk}"), t.text));
        }
    }
    lines
}
