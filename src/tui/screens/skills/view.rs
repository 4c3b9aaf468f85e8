//! Drawing the skills: self and mentor ratings against the target, their history, the rubric.

use crate::tui::layout::split_percent;
use crate::tui::screens::Screen;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::{Skills, tell_rate_key_moved};
use crate::insight::Backing;
use crate::tui::command::Command as C;
use crate::tui::context::Ctx;
use crate::tui::widgets::{fit, panel, sparkline, window, wrap};

const HISTORY_WIDTH: usize = 7;

/// The name width the columns give way for: a skill's name reads whole up to here.
const NAME_WANTED: usize = 16;

fn or_dash(v: Option<u8>) -> String {
    v.map_or("-".into(), |v| v.to_string())
}

/// The list on the left, the detail pane on the right.
pub fn panes(area: Rect) -> [Rect; 2] {
    split_percent(area, 60)
}

pub fn render(skills: &Skills, cx: &Ctx, frame: &mut Frame, area: Rect) {
    let [left, right] = panes(area);
    table(skills, cx, frame, left);
    rubric(skills, cx, frame, right);
}

/// The table's title: what is hidden while blind, else how to rate, or the filter.
fn title(filter: &str, cx: &Ctx) -> String {
    if cx.mentor {
        " Skills · theirs hidden until you rate ".to_string()
    } else if cx.ratings_hidden() {
        " Skills · yours hidden (blind) ".to_string()
    } else if filter.is_empty() {
        match cx.key(Screen::Skills, C::Rate) {
            Some(key) => format!(" Skills  {key} rate yourself "),
            None => " Skills ".to_string(),
        }
    } else {
        format!(" Skills · filter \"{filter}\" ")
    }
}

/// Which of the table's columns fit, and how wide the names are.
#[derive(Clone, Copy)]
struct Columns {
    name: usize,
    evidence: bool,
    trend: bool,
}

impl Columns {
    /// Columns give way by priority where names would be cut: the trend first, then the
    /// evidence mark; the names and the numbers stay.
    fn fitting(cx: &Ctx, width: usize) -> Columns {
        let longest = cx
            .insights
            .skills
            .iter()
            .map(|s| unicode_width::UnicodeWidthStr::width(s.name.as_str()))
            .max()
            .unwrap_or(0)
            .min(NAME_WANTED);
        let numbers = 1 + 5 + 4 + 4 + 4;
        let (ev, trend) = (5, HISTORY_WIDTH);
        let show_trend = width >= numbers + ev + trend + longest;
        let show_ev = show_trend || width >= numbers + ev + longest;
        let fixed = numbers + if show_ev { ev } else { 0 } + if show_trend { trend } else { 0 };
        Columns {
            name: width.saturating_sub(fixed).max(6),
            evidence: show_ev,
            trend: show_trend,
        }
    }

    fn header(self, t: &crate::tui::theme::Theme) -> Line<'static> {
        Line::styled(
            format!(
                " {} Self Mtr Tgt Gap{}{}",
                fit("Skill", self.name),
                if self.evidence { " Ev  " } else { "" },
                if self.trend { "Trend  " } else { "" }
            ),
            t.dim,
        )
    }

    fn row(self, s: &crate::insight::SkillStatus, selected: bool, cx: &Ctx) -> Line<'static> {
        let t = cx.theme;
        let name = fit(&s.name, self.name);
        let must = if s.must_have { "*" } else { " " };
        let base = if selected { t.selected } else { t.text };
        let gap_style = match s.gap() {
            Some(0) => t.good,
            Some(_) if s.must_have => t.bad,
            Some(_) => t.warn,
            None => t.dim,
        };
        let gap = match s.gap() {
            Some(0) => "✓".to_string(),
            Some(g) => format!("{g}"),
            None => "?".to_string(),
        };
        let mut spans = vec![
            Span::styled(format!("{must}{name}"), base),
            Span::styled(
                format!("{:>5}", or_dash(s.self_rating.as_ref().map(|r| r.level))),
                base,
            ),
            Span::styled(
                format!("{:>4}", or_dash(s.mentor_rating.as_ref().map(|r| r.level))),
                base,
            ),
            Span::styled(format!("{:>4}", s.target), base),
            Span::styled(format!("{gap:>4}"), if selected { base } else { gap_style }),
        ];
        if self.evidence {
            spans.push(Span::styled(
                format!("{:>3}  ", s.coverage.backing().mark()),
                match s.coverage.backing() {
                    _ if selected => base,
                    Backing::None if s.must_have => t.bad,
                    Backing::None | Backing::Thin => t.warn,
                    Backing::Backed | Backing::Strong => t.good,
                },
            ));
        }
        if self.trend {
            spans.push(Span::styled(
                format!(
                    "{}{}",
                    sparkline(&s.history, HISTORY_WIDTH - 1),
                    s.trend.arrow()
                ),
                t.accent,
            ));
        }
        Line::from(spans)
    }
}

fn table(skills: &Skills, cx: &Ctx, frame: &mut Frame, area: Rect) {
    let t = cx.theme;
    let block = panel(title(&skills.list.filter, cx), t);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let columns = Columns::fitting(cx, usize::from(inner.width));
    let mut lines = Vec::new();
    if tell_rate_key_moved(cx) {
        let key = cx.key(Screen::Skills, C::Rate).unwrap_or("r");
        let notice = format!("Rating moved to {key}; digits switch screens");
        for chunk in wrap(&notice, usize::from(inner.width).saturating_sub(1)) {
            lines.push(Line::styled(format!(" {chunk}"), t.accent));
        }
    }
    lines.push(columns.header(t));
    let rows = window(
        skills.list.rows.len(),
        skills.list.cursor.index,
        usize::from(inner.height).saturating_sub(lines.len()),
    );
    let shown_rows = (skills.list.rows.len(), rows.len(), rows.start);
    for row in rows {
        let s = &cx.insights.skills[skills.list.rows[row]];
        lines.push(columns.row(s, row == skills.list.cursor.index, cx));
    }
    if skills.list.rows.is_empty() {
        lines.push(Line::styled(" No skill matches the filter", t.dim));
    }
    frame.render_widget(Paragraph::new(lines), inner);
    crate::tui::widgets::scrollbar(frame, area, shown_rows, t);
}

fn rubric(skills: &Skills, cx: &Ctx, frame: &mut Frame, area: Rect) {
    let t = cx.theme;
    let Some(skill) = skills
        .selected(cx)
        .and_then(|status| cx.pack.skill(&status.id))
    else {
        frame.render_widget(panel(" Levels ", t), area);
        return;
    };
    let block = panel(format!(" {} ", skill.name), t);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let lines = rubric_lines(skills, cx, inner.width);
    crate::tui::widgets::scrolled(frame, area, lines, skills.list.cursor.scroll, t);
}

/// The selected skill: the latest ratings with their examples, what backs it, and its five
/// levels with you, your mentor and the target marked, as lines for a pane `width` wide.
pub(super) fn rubric_lines(skills: &Skills, cx: &Ctx, width: u16) -> Vec<Line<'static>> {
    let t = cx.theme;
    let Some(status) = skills.selected(cx) else {
        return Vec::new();
    };
    let Some(skill) = cx.pack.skill(&status.id) else {
        return Vec::new();
    };
    let own = status.self_rating.as_ref().map(|r| r.level);
    let mentor = status.mentor_rating.as_ref().map(|r| r.level);
    let must = if skill.must_have { " · must-have" } else { "" };
    let mut lines = vec![
        Line::styled(skill.description.clone(), t.text),
        Line::styled(format!("A new PM needs {}{must}", skill.target), t.dim),
        Line::styled(counts(own, mentor, cx), t.dim),
    ];
    // The latest ratings with their examples come first: the one just written is in view.
    let said = |who: &str, level: u8, date: chrono::NaiveDate, comment: Option<&str>| {
        let example = comment.map(|c| format!(": {c}")).unwrap_or_default();
        Line::styled(format!("{who} {level} on {date}{example}"), t.text)
    };
    if let Some(r) = &status.self_rating {
        let who = if cx.mentor { "They said" } else { "You said" };
        lines.push(said(who, r.level, r.date, r.comment.as_deref()));
    }
    if let Some(m) = &status.mentor_rating {
        let who = format!("{} said", m.mentor);
        lines.push(said(&who, m.level, m.date, m.comment.as_deref()));
    }
    // What backs the rating comes before the rubric, so it is seen without scrolling.
    let c = &status.coverage;
    let stale = if c.stale > 0 {
        format!(", {} stale", c.stale)
    } else {
        String::new()
    };
    lines.push(Line::styled(
        format!(
            "Evidence {} {} · {} fresh{stale}",
            c.backing().mark(),
            c.backing().word(),
            c.fresh
        ),
        t.accent,
    ));
    let bullet_width = usize::from(width).saturating_sub(4);
    for (id, _) in c.pieces.iter().take(3) {
        if let Some(e) = cx.progress.evidence_piece(*id) {
            for (n, chunk) in wrap(&format!("{} ({})", e.title, e.kind), bullet_width)
                .into_iter()
                .enumerate()
            {
                let lead = if n == 0 { "  • " } else { "    " };
                lines.push(Line::styled(format!("{lead}{chunk}"), t.text));
            }
        }
    }
    lines.push(Line::default());
    lines.extend(level_lines(cx, skill, own, mentor, width));
    lines
}

/// The five levels of the rubric, with you, your mentor and the target marked.
fn level_lines(
    cx: &Ctx,
    skill: &crate::content::Skill,
    own: Option<u8>,
    mentor: Option<u8>,
    width: u16,
) -> Vec<Line<'static>> {
    let t = cx.theme;
    let mut lines = Vec::new();
    for (i, descriptor) in skill.levels.iter().enumerate() {
        let level = u8::try_from(i + 1).unwrap_or(u8::MAX);
        let mut marks = String::new();
        if own == Some(level) {
            marks.push_str(" ◆you");
        }
        if mentor == Some(level) {
            marks.push_str(" ◇mentor");
        }
        if skill.target == level {
            marks.push_str(" ◎target");
        }
        let style = if own == Some(level) {
            t.accent
        } else if level <= skill.target {
            t.text
        } else {
            t.dim
        };
        lines.push(Line::from(vec![
            Span::styled(format!("{level} {}", cx.pack.level_name(level)), t.title),
            Span::styled(marks, t.key),
        ]));
        lines.extend(
            wrap(descriptor, usize::from(width).saturating_sub(2))
                .into_iter()
                .map(|chunk| Line::styled(format!("  {chunk}"), style)),
        );
    }
    lines
}

/// What readiness counts of a skill: the lower of the two latest ratings, said to the person
/// (or, in mentor mode, to the mentor).
fn counts(own: Option<u8>, mentor: Option<u8>, cx: &Ctx) -> String {
    match (own, mentor, cx.mentor) {
        (Some(a), Some(b), false) => format!(
            "Readiness counts {}: the lower of yours and your mentor's",
            a.min(b)
        ),
        (Some(a), Some(b), true) => format!(
            "Readiness counts {}: the lower of theirs and a mentor's",
            a.min(b)
        ),
        (Some(a), None, false) => format!("Readiness counts your {a}"),
        (Some(a), None, true) => format!("Readiness counts their {a}"),
        (None, Some(b), false) => format!("Readiness counts your mentor's {b}"),
        (None, Some(b), true) => format!("Readiness counts the mentor's {b}"),
        (None, None, true) => "Not rated yet".to_string(),
        (None, None, false) => match cx.key(Screen::Skills, C::Rate) {
            Some(keys) => format!("Not rated yet: {keys} rates it"),
            None => "Not rated yet".to_string(),
        },
    }
}
