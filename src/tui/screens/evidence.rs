//! The evidence library: newest first, the selected piece in full, and the link picker.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph, Wrap};

use crate::progress::{Evidence, EvidenceKind};
use crate::tui::app::App;
use crate::tui::picker::Picker;
use crate::tui::widgets::{centered, fit, panel, window, wrap};

fn mark(kind: EvidenceKind) -> &'static str {
    match kind {
        EvidenceKind::Artifact => "▣",
        EvidenceKind::Metric => "▲",
        EvidenceKind::Feedback => "✉",
        EvidenceKind::SelfReport => "✎",
    }
}

/// The list on the left, the detail pane on the right.
pub(super) fn panes(area: Rect) -> [Rect; 2] {
    Layout::horizontal([Constraint::Percentage(48), Constraint::Percentage(52)]).areas(area)
}

pub fn render(app: &App, frame: &mut Frame, area: Rect) {
    let [left, right] = panes(area);
    list(app, frame, left);
    detail(app, frame, right);
}

fn list(app: &App, frame: &mut Frame, area: Rect) {
    let t = &app.theme;
    let filter = &app.filters.evidence;
    let title = if filter.is_empty() {
        format!(" Evidence · {} ", app.progress.evidence.len())
    } else {
        format!(" Evidence · filter \"{filter}\" ")
    };
    let block = panel(title, t);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    if app.progress.evidence.is_empty() {
        let lines = vec![
            Line::styled(
                "Keep what shows your work: a deck, a dashboard, a number that moved, what a stakeholder said.",
                t.text,
            ),
            Line::default(),
            Line::from(vec![
                Span::styled("a", t.key),
                Span::styled(" adds the first piece.", t.dim),
            ]),
        ];
        frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: true }), inner);
        return;
    }
    if app.views.evidence.is_empty() {
        frame.render_widget(
            Paragraph::new(Line::styled("Nothing matches the filter", t.dim)),
            inner,
        );
        return;
    }
    let stale_after = i64::from(app.progress.settings.evidence_stale_days);
    let width = usize::from(inner.width).saturating_sub(13);
    let rows = window(
        app.views.evidence.len(),
        app.pos.evidence.index,
        usize::from(inner.height),
    );
    let lines: Vec<Line> = rows
        .map(|row| {
            let e = &app.progress.evidence[app.views.evidence[row]];
            let selected = row == app.pos.evidence.index;
            let stale = (app.today - e.date).num_days() > stale_after;
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
}

fn detail(app: &App, frame: &mut Frame, area: Rect) {
    let t = &app.theme;
    let Some(e) = app.selected_evidence() else {
        let block = panel(" How evidence counts ", t);
        let inner = block.inner(area);
        frame.render_widget(block, area);
        let stale = app.progress.settings.evidence_stale_days;
        let lines = vec![
            Line::styled(
                "▣ artifact and ▲ metric count fully, ✉ feedback three quarters, ✎ a self-report a quarter.",
                t.text,
            ),
            Line::styled(
                format!("Evidence older than {stale} days goes stale and stops counting."),
                t.text,
            ),
            Line::styled(
                "A piece counts for the skills it is linked to (s picks them).",
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
    frame.render_widget(
        Paragraph::new(detail_lines(app, e, inner.width))
            .wrap(Wrap { trim: false })
            .scroll((app.pos.evidence.scroll, 0)),
        inner,
    );
}

/// A piece in full (kind, age, link, story, what it backs and shows) for a pane `width` wide.
pub(super) fn detail_lines(app: &App, e: &Evidence, width: u16) -> Vec<Line<'static>> {
    let t = &app.theme;
    let stale_after = i64::from(app.progress.settings.evidence_stale_days);
    let age = (app.today - e.date).num_days();
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
            Span::styled("  o opens", t.dim),
        ])),
        None => lines.push(Line::styled("No link", t.dim)),
    }
    lines.push(Line::default());
    if e.story.is_empty() {
        lines.push(Line::styled(
            "No story yet: e adds situation, task, action, result.",
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
    let skills: Vec<&str> = e
        .skills
        .iter()
        .map(|s| app.pack.skill(s).map_or(s.as_str(), |k| k.name.as_str()))
        .collect();
    lines.push(Line::from(vec![
        Span::styled("Backs (s): ", t.accent),
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
    lines.push(Line::styled("Shows (i):", t.accent));
    if e.items.is_empty() {
        lines.push(Line::styled("  no checklist item", t.dim));
    }
    for key in &e.items {
        let text = key
            .split_once('/')
            .and_then(|(s, i)| app.pack.step(s)?.item(i))
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

/// The check-box list for choosing what a piece backs.
pub fn picker(app: &App, picker: &Picker, frame: &mut Frame, area: Rect) {
    let t = &app.theme;
    // A row short of the body, so the popup's corners never touch the screen's panels.
    let height = (picker.options.len() as u16 + 3).min(area.height.saturating_sub(2));
    let popup = centered(area, area.width.saturating_sub(4).min(76), height);
    frame.render_widget(Clear, popup);
    let rows = usize::from(height.saturating_sub(3));
    let count = if picker.options.len() > rows {
        format!(" · row {} of {}", picker.cursor + 1, picker.options.len())
    } else {
        String::new()
    };
    let room = usize::from(popup.width.saturating_sub(4)).saturating_sub(count.len());
    let block = panel(
        format!(" {}{count} ", fit(&picker.title, room).trim_end()),
        t,
    );
    let inner = block.inner(popup);
    frame.render_widget(block, popup);
    let [list, hint] = Layout::vertical([Constraint::Min(1), Constraint::Length(1)]).areas(inner);
    let width = usize::from(list.width).saturating_sub(4);
    let lines: Vec<Line> = window(
        picker.options.len(),
        picker.cursor,
        usize::from(list.height),
    )
    .map(|i| {
        let (id, label) = &picker.options[i];
        let on = picker.chosen.contains(id);
        let style = if i == picker.cursor {
            t.selected
        } else {
            t.text
        };
        Line::styled(
            format!("{} {}", if on { "[x]" } else { "[ ]" }, fit(label, width)),
            style,
        )
    })
    .collect();
    frame.render_widget(Paragraph::new(lines), list);
    frame.render_widget(
        Paragraph::new(Line::from(vec![
            Span::styled("Space", t.key),
            Span::styled(" tick  ", t.dim),
            Span::styled("Enter", t.key),
            Span::styled(" save  ", t.dim),
            Span::styled("Esc", t.key),
            Span::styled(" cancel", t.dim),
        ])),
        hint,
    );
}
