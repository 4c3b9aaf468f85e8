//! Drawing progress: readiness over time as a chart (ratatui's `Chart`), the parts and the marked
//! days each in a sign of its own, so nothing is told by colour alone; and one skill over time
//! beside the list of skills, with every rating given below its chart.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::symbols::Marker;
use ratatui::text::Line;
use ratatui::widgets::{Axis, Chart, Dataset, GraphType, Paragraph, Wrap};

use super::chart::{
    MILESTONE_SIGN, PART_SIGNS, READY_LINE, REVIEW_SIGN, day_label, keys_hint, legend, x,
};
use super::{ProgressScreen, View, glance, skills_view};
use crate::insight::{Journey, MarkKind};
use crate::tui::context::Ctx;
use crate::tui::layout::split_bottom;
use crate::tui::widgets::{fit, framed};

pub fn render(screen: &ProgressScreen, cx: &Ctx, frame: &mut Frame, area: Rect) {
    if cx.ratings_hidden() {
        let inner = framed(frame, area, " Progress · hidden (blind) ", cx.theme);
        let text = "Your own ratings stay hidden while the mentor rates blind, and readiness \
                    over time is made from them. It shows again when the session ends.";
        frame.render_widget(
            Paragraph::new(text)
                .style(cx.theme.dim)
                .wrap(Wrap { trim: true }),
            inner,
        );
        return;
    }
    match screen.view() {
        View::Readiness => readiness(screen, cx, frame, area),
        View::Glance => glance::render(screen, cx, frame, area),
        View::Skills => {
            let [left, right] = skills_view::panes(area);
            skills_view::skill_list(screen, cx, frame, left);
            skills_view::skill_detail(screen, cx, frame, right);
        }
    }
}

fn readiness(screen: &ProgressScreen, cx: &Ctx, frame: &mut Frame, area: Rect) {
    let t = cx.theme;
    let title = format!(
        " Readiness over time{} ",
        keys_hint(cx, screen.parts(), View::Readiness)
    );
    let inner = framed(frame, area, &title, t);
    let journey = &screen.drawn(cx).journey;
    // The legend takes the lines its signs need (two with the parts on a narrow screen).
    let legend = readiness_legend(cx, screen.parts(), usize::from(inner.width));
    let rows = u16::try_from(legend.len()).unwrap_or(1);
    let [chart_area, below] = split_bottom(inner, rows + 1);
    let (Some(first), Some(last)) = (journey.points.first(), journey.points.last()) else {
        return;
    };
    if first.date == last.date {
        let text = format!(
            "Readiness today: {}. The line starts on the day your move started (the profile's \
             start date, else the day before your first tick, rating or evidence) and grows \
             with every day you work on it.",
            last.score
        );
        frame.render_widget(
            Paragraph::new(text).style(t.dim).wrap(Wrap { trim: true }),
            inner,
        );
        return;
    }
    let lines = Lines::of(journey);
    let chart = lines.chart(screen.parts(), cx, date_labels(journey, chart_area.width));
    frame.render_widget(chart, chart_area);
    let mut below_lines = legend;
    below_lines.push(moved_line(journey, cx, usize::from(below.width)));
    frame.render_widget(Paragraph::new(below_lines), below);
}

/// The readiness chart's lines, in the chart's units (days since the start, points).
struct Lines {
    line: Vec<(f64, f64)>,
    parts: Vec<Vec<(f64, f64)>>,
    reviews: Vec<(f64, f64)>,
    milestones: Vec<(f64, f64)>,
    ready: [(f64, f64); 2],
    end: f64,
}

impl Lines {
    fn of(journey: &Journey) -> Lines {
        let Some(first) = journey.points.first() else {
            return Lines {
                line: Vec::new(),
                parts: Vec::new(),
                reviews: Vec::new(),
                milestones: Vec::new(),
                ready: [(0.0, 80.0); 2],
                end: 1.0,
            };
        };
        let start = first.date;
        let line: Vec<(f64, f64)> = journey
            .points
            .iter()
            .map(|p| (x(p.date, start), f64::from(p.score)))
            .collect();
        let parts: Vec<Vec<(f64, f64)>> = (0..PART_SIGNS.len())
            .map(|n| {
                journey
                    .points
                    .iter()
                    .map(|p| (x(p.date, start), p.parts.get(n).copied().unwrap_or(0.0)))
                    .collect()
            })
            .collect();
        let marks = |kind: MarkKind| -> Vec<(f64, f64)> {
            journey
                .marks
                .iter()
                .filter(|m| m.kind == kind)
                .map(|m| {
                    let score = journey.score_on(m.date).unwrap_or(0);
                    (x(m.date, start), f64::from(score))
                })
                .collect()
        };
        let (reviews, milestones) = (marks(MarkKind::Review), marks(MarkKind::Milestone));
        let end = journey.points.last().map_or(1.0, |p| x(p.date, start));
        Lines {
            line,
            parts,
            reviews,
            milestones,
            ready: [(0.0, 80.0), (end, 80.0)],
            end,
        }
    }

    fn chart(&self, parts: bool, cx: &Ctx, labels: Vec<String>) -> Chart<'_> {
        let t = cx.theme;
        let mut sets = vec![
            Dataset::default()
                .marker(Marker::Custom(READY_LINE))
                .graph_type(GraphType::Line)
                .style(t.dim)
                .data(&self.ready),
        ];
        if parts {
            for (n, data) in self.parts.iter().enumerate() {
                sets.push(
                    Dataset::default()
                        .marker(Marker::Custom(PART_SIGNS[n]))
                        .graph_type(GraphType::Line)
                        .style(t.dim)
                        .data(data),
                );
            }
        }
        sets.push(
            Dataset::default()
                .marker(Marker::Braille)
                .graph_type(GraphType::Line)
                .style(t.accent)
                .data(&self.line),
        );
        for (sign, data) in [
            (REVIEW_SIGN, &self.reviews),
            (MILESTONE_SIGN, &self.milestones),
        ] {
            sets.push(
                Dataset::default()
                    .marker(Marker::Custom(sign))
                    .graph_type(GraphType::Scatter)
                    .style(t.title)
                    .data(data),
            );
        }
        Chart::new(sets)
            .legend_position(None)
            .x_axis(
                Axis::default()
                    .style(t.dim)
                    .bounds([0.0, self.end.max(1.0)])
                    .labels(labels),
            )
            .y_axis(
                Axis::default()
                    .style(t.dim)
                    .bounds([0.0, 100.0])
                    .labels(["0", "50", "100"]),
            )
    }
}

/// The first day and today under the chart, and the middle one where there is room.
fn date_labels(journey: &Journey, width: u16) -> Vec<String> {
    let (Some(first), Some(last)) = (journey.points.first(), journey.points.last()) else {
        return Vec::new();
    };
    let long = (last.date - first.date).num_days() > 300;
    let mut labels = vec![day_label(first.date, long)];
    if width >= 56 {
        let middle = first.date + (last.date - first.date) / 2;
        labels.push(day_label(middle, long));
    }
    labels.push(day_label(last.date, long));
    labels
}

/// What each sign means, in the sign itself, on the lines of `width` they take.
fn readiness_legend(cx: &Ctx, parts: bool, width: usize) -> Vec<Line<'static>> {
    let t = cx.theme;
    let ready = format!("{READY_LINE}{READY_LINE}");
    let mut signs: Vec<(String, Style, &str)> = vec![("⣀⣀".into(), t.accent, "readiness")];
    signs.push((ready, t.dim, "ready (80)"));
    if parts {
        for (sign, name) in PART_SIGNS.iter().zip(["checklist", "skills", "milestones"]) {
            signs.push((sign.to_string(), t.dim, name));
        }
    }
    signs.push((REVIEW_SIGN.to_string(), t.title, "review"));
    signs.push((MILESTONE_SIGN.to_string(), t.title, "milestone done"));
    legend(signs, t.text, width)
}

/// "Now 46; +3 since the review of 2026-11-05; +27 since the start (2026-06-01)", shorter where
/// that is too wide. Semicolons, never a dot that ASCII would write as a minus.
fn moved_line(journey: &Journey, cx: &Ctx, width: usize) -> Line<'static> {
    let Some(now) = journey.points.last() else {
        return Line::default();
    };
    let review = journey
        .marks
        .iter()
        .rev()
        .find(|m| m.kind == MarkKind::Review && m.date < now.date)
        .and_then(|m| Some((m.date, journey.score_on(m.date)?)));
    let start = journey
        .points
        .first()
        .filter(|p| p.date < now.date)
        .map(|p| (p.date, p.score));
    let change = |then: u8| i16::from(now.score) - i16::from(then);
    let mut forms = [
        format!("Now {}", now.score),
        format!("Now {}", now.score),
        format!("Now {}", now.score),
    ];
    if let Some((day, then)) = review {
        let c = change(then);
        forms[0].push_str(&format!("; {c:+} since the review of {day}"));
        forms[1].push_str(&format!(
            "; {c:+} since the {} review",
            day_label(day, false)
        ));
        forms[2].push_str(&format!("; {c:+} since the review"));
    }
    if let Some((day, then)) = start {
        let c = change(then);
        forms[0].push_str(&format!("; {c:+} since the start ({day})"));
        forms[1].push_str(&format!("; {c:+} since {}", day_label(day, false)));
        forms[2].push_str(&format!("; {c:+} since the start"));
    }
    let [long, middle, short] = forms;
    let text = [long, middle]
        .into_iter()
        .find(|t| t.chars().count() <= width)
        .unwrap_or(short);
    Line::styled(fit(&text, width), cx.theme.text)
}
