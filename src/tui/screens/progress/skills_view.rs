//! Drawing each skill over time: the list of skills with their latest levels, and the selected
//! skill's chart (self as a line, the mentor's ratings as marks, the target as a level line)
//! above every rating given of it.

use chrono::NaiveDate;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::symbols::Marker;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Axis, Chart, Dataset, GraphType, Paragraph};

use super::chart::{MENTOR_SIGN, READY_LINE, day_label, keys_hint, legend, x};
use super::{ProgressScreen, View};
use crate::insight::{Past, SkillStatus};
use crate::tui::command::Command as C;
use crate::tui::context::Ctx;
use crate::tui::keys::pair;
use crate::tui::layout::{split_bottom, split_percent};
use crate::tui::screens::Screen;
use crate::tui::widgets::{fit, framed, scrolled, wrap};

/// The list of skills on the left, the selected skill on the right.
pub fn panes(area: Rect) -> [Rect; 2] {
    split_percent(area, 45)
}

/// The skill's chart above (three fifths, so its six levels have rows even at 60×18), its
/// ratings below.
pub fn skill_panes(area: Rect) -> [Rect; 2] {
    let below = (area.height * 2 / 5).max(5);
    split_bottom(area, below)
}

/// The list of skills: each with its latest self, mentor and target levels.
pub(super) fn skill_list(screen: &ProgressScreen, cx: &Ctx, frame: &mut Frame, area: Rect) {
    let t = cx.theme;
    let title = format!(" Skills{} ", keys_hint(cx, false, View::Skills));
    let inner = framed(frame, area, &title, t);
    let width = usize::from(inner.width);
    // Each level column is `column` wide: "Self Mtr Tgt" where names still read, else "S M T".
    let (column, heads) = if width >= 30 {
        (5, [" Self", "  Mtr", "  Tgt"])
    } else {
        (2, [" S", " M", " T"])
    };
    let name_width = width.saturating_sub(1 + 3 * column).max(4);
    let mut lines = vec![Line::styled(
        format!(" {}{}", fit("Skill", name_width), heads.concat()),
        t.dim,
    )];
    let (skills, _) = screen.shown_skills(cx, inner.height.saturating_sub(1));
    for (chosen, s) in skills {
        let style = if chosen { t.selected } else { t.text };
        let level = |v: Option<u8>| v.map_or("-".to_string(), |v| v.to_string());
        lines.push(Line::styled(
            format!(
                "{}{}{:>column$}{:>column$}{:>column$}",
                if chosen { "›" } else { " " },
                fit(&s.name, name_width),
                level(s.self_rating.as_ref().map(|r| r.level)),
                level(s.mentor_rating.as_ref().map(|r| r.level)),
                s.target
            ),
            style,
        ));
    }
    frame.render_widget(Paragraph::new(lines), inner);
}

/// The selected skill over time, and every rating given of it.
pub(super) fn skill_detail(screen: &ProgressScreen, cx: &Ctx, frame: &mut Frame, area: Rect) {
    let Some(skill) = screen
        .list
        .selected()
        .and_then(|n| cx.insights.skills.get(n))
    else {
        framed(frame, area, " No skill matches the filter ", cx.theme);
        return;
    };
    let [top, below] = skill_panes(area);
    // Where the person's and the mentor's latest differ, the lower counts: say which.
    let counts = match (&skill.self_rating, &skill.mentor_rating, skill.level()) {
        (Some(own), Some(m), Some(level)) if own.level != m.level => {
            format!(" · {level} counts (the lower)")
        }
        _ => String::new(),
    };
    let title = format!(" {} over time{counts} ", skill.name);
    let inner = framed(frame, top, &title, cx.theme);
    let begun = screen.drawn(cx).journey.points.first().map(|p| p.date);
    skill_chart((skill, ratings_of(screen, cx), begun), cx, frame, inner);
    let keys = pair(cx.table(Screen::Progress), C::ScrollDown, C::ScrollUp);
    let title = if keys.is_empty() {
        " Ratings given ".to_string()
    } else {
        format!(" Ratings given · {keys} scroll ")
    };
    let inner = framed(frame, below, &title, cx.theme);
    let lines = rating_lines(screen, cx, inner.width);
    scrolled(frame, below, lines, screen.list.cursor.scroll, cx.theme);
}

fn ratings_of<'a>(screen: &'a ProgressScreen, cx: &Ctx) -> &'a [Past] {
    screen
        .list
        .selected()
        .and_then(|n| screen.drawn(cx).ratings.get(n))
        .map_or(&[], Vec::as_slice)
}

/// Self ratings as a line, the mentor's as marks, the target as a level line.
fn skill_chart(
    (skill, ratings, begun): (&SkillStatus, &[Past], Option<NaiveDate>),
    cx: &Ctx,
    frame: &mut Frame,
    area: Rect,
) {
    let t = cx.theme;
    let signs = vec![
        ("⣀⣀".to_string(), t.accent, "self"),
        (MENTOR_SIGN.to_string(), t.title, "mentor"),
        (format!("{READY_LINE}{READY_LINE}"), t.dim, "target"),
    ];
    let legend = legend(signs, t.text, usize::from(area.width));
    let rows = u16::try_from(legend.len()).unwrap_or(1);
    let [chart_area, legend_area] = split_bottom(area, rows);
    let (Some(first), Some(last)) = (ratings.first(), ratings.last()) else {
        frame.render_widget(Paragraph::new("Not rated yet.").style(t.dim), chart_area);
        return;
    };
    // Every skill on the days of the whole move (from its start, else the first rating); a
    // rating corrected since is drawn where each of its levels stood from.
    let start = begun.map_or(first.from, |day| day.min(first.from));
    let end = x(cx.today.max(last.from), start).max(1.0);
    let long = end > 300.0;
    // A level holds until the next rating: the line steps, and runs on to today.
    let mut own: Vec<(f64, f64)> = Vec::new();
    for p in ratings.iter().filter(|p| p.mentor.is_none()) {
        let at = x(p.from, start);
        if let Some(&(_, before)) = own.last() {
            own.push((at, before));
        }
        own.push((at, f64::from(p.level)));
    }
    if let Some(&(_, level)) = own.last() {
        own.push((end, level));
    }
    let mentor: Vec<(f64, f64)> = ratings
        .iter()
        .filter(|p| p.mentor.is_some())
        .map(|p| (x(p.from, start), f64::from(p.level)))
        .collect();
    let target = [
        (0.0, f64::from(skill.target)),
        (end, f64::from(skill.target)),
    ];
    let sets = vec![
        Dataset::default()
            .marker(Marker::Custom(READY_LINE))
            .graph_type(GraphType::Line)
            .style(t.dim)
            .data(&target),
        Dataset::default()
            .marker(Marker::Braille)
            .graph_type(GraphType::Line)
            .style(t.accent)
            .data(&own),
        Dataset::default()
            .marker(Marker::Custom(MENTOR_SIGN))
            .graph_type(GraphType::Scatter)
            .style(t.title)
            .data(&mentor),
    ];
    let chart = Chart::new(sets)
        .legend_position(None)
        .x_axis(Axis::default().style(t.dim).bounds([0.0, end]).labels([
            day_label(start, long),
            day_label(cx.today.max(last.from), long),
        ]))
        // Levels run 1 to 5: a label a row where there are five rows for them.
        .y_axis(Axis::default().style(t.dim).bounds([1.0, 5.0]).labels(
            if chart_area.height >= 7 {
                vec!["1", "2", "3", "4", "5"]
            } else {
                vec!["1", "5"]
            },
        ));
    frame.render_widget(chart, chart_area);
    frame.render_widget(Paragraph::new(legend), legend_area);
}

/// Every rating of the selected skill, newest first: the day, who gave it, the level and the
/// example written with it; a rating corrected by an amended review says when.
pub fn rating_lines(screen: &ProgressScreen, cx: &Ctx, width: u16) -> Vec<Line<'static>> {
    let t = cx.theme;
    let ratings = ratings_of(screen, cx);
    if ratings.is_empty() {
        return vec![Line::styled("No ratings yet.", t.dim)];
    }
    let width = usize::from(width.max(8));
    let mut lines = Vec::new();
    for p in ratings.iter().rev() {
        let who = p.mentor.as_deref().unwrap_or("you");
        let level = cx.pack.level_name(p.level);
        // One line a rating, so a scrolled list never starts inside one. A correction is
        // listed on the day it was made, what it replaced on its own day, each with a note.
        let before =
            |q: &&Past| q.date == p.date && q.mentor == p.mentor && q.until == Some(p.from);
        let (day, note) = match p.until {
            Some(until) => (p.date, Some(format!("until amended {until}"))),
            None if p.from > p.date => {
                let had = if ratings.iter().any(|q| before(&q)) {
                    ""
                } else {
                    ", none before"
                };
                (
                    p.from,
                    Some(format!("amends the review of {}{had}", p.date)),
                )
            }
            None => (p.date, None),
        };
        let said = fit(
            &format!("{who}: {} ({level})", p.level),
            width.saturating_sub(11),
        );
        lines.push(Line::from(vec![
            Span::styled(format!("{day} "), t.dim),
            Span::styled(said.trim_end().to_string(), t.text),
        ]));
        if let Some(note) = note {
            for row in wrap(&note, width.saturating_sub(2)) {
                lines.push(Line::styled(format!("  {row}"), t.key));
            }
        }
        if let Some(example) = p.example.as_deref().filter(|e| !e.trim().is_empty()) {
            for row in wrap(example, width.saturating_sub(2)) {
                lines.push(Line::styled(format!("  {row}"), t.dim));
            }
        }
    }
    lines
}
