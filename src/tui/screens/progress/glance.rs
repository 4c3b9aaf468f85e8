//! All skills at a glance: a row a skill on one 1–5 scale, the level that counts for readiness
//! (the lower of the person's and the mentor's) as a bar, with their, the mentor's and the
//! target's marks on it (`◆ ◇ ◎`, the signs the Skills screen's
//! rubric uses), as the HTML report's skills glance draws them. Shapes carry the meaning, so it
//! reads without colour; the chosen skill is said in full under it.
//!
//! Drawn as rows of text, not ratatui's `BarChart`: fifteen skills of three one-column bars each
//! run together into blocks that only colour tells apart, and leave no room for names.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::chart::{keys_hint, legend};
use super::{ProgressScreen, View};
use crate::insight::SkillStatus;
use crate::tui::context::Ctx;
use crate::tui::layout::split_bottom;
use crate::tui::theme::Theme;
use crate::tui::widgets::{fit, framed, scrollbar};

/// The marks, as on the Skills screen's rubric: self, mentor, target.
const SELF: char = '◆';
const MENTOR: char = '◇';
const TARGET: char = '◎';
/// The level that counts as a bar and the rest of the scale, as the dashboard draws its bars.
const BAR: char = '█';
const SCALE: char = '░';

pub(super) fn render(screen: &ProgressScreen, cx: &Ctx, frame: &mut Frame, area: Rect) {
    let t = cx.theme;
    let title = format!(" All skills{} ", keys_hint(cx, false, View::Glance));
    let inner = framed(frame, area, &title, t);
    let signs = vec![
        (SELF.to_string(), t.accent, "self"),
        (MENTOR.to_string(), t.title, "mentor"),
        (TARGET.to_string(), t.good, "target"),
        (format!("{BAR}{BAR}"), t.accent, "the level that counts"),
    ];
    let mut below_lines = legend(signs, t.text, usize::from(inner.width));
    let rows = u16::try_from(below_lines.len()).unwrap_or(1);
    let [plot, below] = split_bottom(inner, rows + 1);
    let Some(chosen) = screen
        .list
        .selected()
        .and_then(|n| cx.insights.skills.get(n))
    else {
        frame.render_widget(
            Paragraph::new("No skill matches the filter.").style(t.dim),
            inner,
        );
        return;
    };
    let shape = Shape::of(plot.width);
    let (skills, shown) = screen.shown_skills(cx, plot.height.saturating_sub(1));
    let mut lines = vec![shape.heading(t)];
    lines.extend(
        skills
            .into_iter()
            .map(|(chosen, skill)| shape.row(skill, chosen, t)),
    );
    frame.render_widget(Paragraph::new(lines), plot);
    scrollbar(
        frame,
        area,
        (screen.list.rows.len(), shown.len(), shown.start),
        t,
    );
    below_lines.push(Line::styled(
        fit(&said(chosen), usize::from(below.width)),
        t.text,
    ));
    frame.render_widget(Paragraph::new(below_lines), below);
}

/// How a row is laid out: the name's width, then the scale, `step` columns a level.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Shape {
    name: usize,
    step: usize,
}

impl Shape {
    /// The widest scale (up to 8 columns a level) that leaves a name 16 columns, the rest of
    /// `width` to the name (up to 30).
    fn of(width: u16) -> Shape {
        let width = usize::from(width);
        // "›", the name, a space, "*" and a space; then four steps and room for the last
        // level's three marks.
        let step = (width.saturating_sub(4 + 16 + 3) / 4).clamp(3, 8);
        let name = width.saturating_sub(4 + step * 4 + 3).clamp(8, 30);
        Shape { name, step }
    }

    /// The levels' numbers over the scale.
    fn heading(self, t: &Theme) -> Line<'static> {
        let mut text = format!("{:width$}", "", width = self.name + 4);
        for level in 1..=5 {
            text.push_str(&format!("{level:<width$}", width = self.step));
        }
        Line::styled(text.trim_end().to_string(), t.dim)
    }

    /// One skill: its name, the bar up to the level that counts, and the three marks, each at
    /// its level (marks of one level side by side, in the order of the legend).
    fn row(self, skill: &SkillStatus, chosen: bool, t: &Theme) -> Line<'static> {
        let (own, mentor, target) = levels(skill);
        let cells = self.step * 4 + 3;
        let mut scale: Vec<(char, ratatui::style::Style)> = (0..cells)
            .map(|c| match skill.level() {
                Some(level) if c < self.at(level) => (BAR, t.accent),
                _ => (SCALE, t.dim),
            })
            .collect();
        let marks = [(own, SELF, t.accent), (mentor, MENTOR, t.title)];
        let mut used = [0; 6];
        for (level, sign, style) in marks.into_iter().chain([(Some(target), TARGET, t.good)]) {
            let Some(level) = level else { continue };
            let at = self.at(level) + used[usize::from(level)];
            if let Some(cell) = scale.get_mut(at) {
                *cell = (sign, style);
                used[usize::from(level)] += 1;
            }
        }
        let style = if chosen { t.selected } else { t.text };
        let mut spans = vec![Span::styled(
            format!(
                "{}{} {} ",
                if chosen { "›" } else { " " },
                fit(&skill.name, self.name),
                if skill.must_have { "*" } else { " " }
            ),
            style,
        )];
        spans.extend(
            scale
                .into_iter()
                .map(|(c, style)| Span::styled(c.to_string(), style)),
        );
        Line::from(spans)
    }

    /// Where `level` starts on the scale.
    fn at(self, level: u8) -> usize {
        usize::from(level.clamp(1, 5) - 1) * self.step
    }
}

/// The skill's latest self and mentor levels, and its target.
fn levels(skill: &SkillStatus) -> (Option<u8>, Option<u8>, u8) {
    (
        skill.self_rating.as_ref().map(|r| r.level),
        skill.mentor_rating.as_ref().map(|r| r.level),
        skill.target,
    )
}

/// "Business case & pricing (must-have): self 2, mentor 3, target 3".
fn said(skill: &SkillStatus) -> String {
    let level = |v: Option<u8>| v.map_or("-".to_string(), |v| v.to_string());
    let (own, mentor, target) = levels(skill);
    let must = if skill.must_have { " (must-have)" } else { "" };
    format!(
        "{}{must}: self {}, mentor {}, target {target}",
        skill.name,
        level(own),
        level(mentor),
    )
}
