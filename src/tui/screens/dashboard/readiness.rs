//! The dashboard's readiness panel: the score, what each part counts, and what blocks it.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use crate::tui::context::Ctx;
use crate::tui::widgets::{bar, fit, framed, wrap};

/// The readiness panel's lines for a width: the score and what each part counts (wrapped),
/// and each blocker as a wrapped bullet.
pub(super) fn readiness_lines(
    cx: &Ctx,
    width: usize,
) -> (Vec<Line<'static>>, Vec<Vec<Line<'static>>>) {
    let t = cx.theme;
    let r = &cx.insights.readiness;
    let style = if r.is_ready() { t.good } else { t.warn };
    let parts: Vec<String> = r
        .components
        .iter()
        .zip(r.part_points())
        .map(|(c, points)| format!("{} {points}/{:.0} points ({})", c.name, c.weight, c.short))
        .collect();
    // The bar's line goes on with what each part counts, wrapped under it.
    let meter = bar(f64::from(r.score) / 100.0, 12);
    let lead = format!("{meter} {} · ", r.verdict());
    let text = format!("{lead}{}", parts.join(" · "));
    let mut head: Vec<Line<'static>> = Vec::new();
    for (i, chunk) in wrap(&text, width).into_iter().enumerate() {
        if i == 0
            && let Some(rest) = chunk.strip_prefix(lead.as_str())
        {
            let verdict = &lead;
            head.push(Line::from(vec![
                Span::styled(verdict.to_string(), style),
                Span::styled(rest.to_string(), t.dim),
            ]));
        } else {
            head.push(Line::styled(chunk, t.dim));
        }
    }
    if r.blocking.is_empty() {
        head.push(Line::styled("Nothing blocks you.", t.good));
    }
    let blockers = r
        .blocking
        .iter()
        .map(|b| {
            wrap(b, width.saturating_sub(2))
                .into_iter()
                .enumerate()
                .map(|(i, chunk)| {
                    let lead = if i == 0 {
                        Span::styled("• ", t.bad)
                    } else {
                        Span::raw("  ")
                    };
                    Line::from(vec![lead, Span::styled(chunk, t.text)])
                })
                .collect()
        })
        .collect();
    (head, blockers)
}

pub(super) fn readiness(
    cx: &Ctx,
    frame: &mut Frame,
    area: Rect,
    head: Vec<Line<'static>>,
    blockers: Vec<Vec<Line<'static>>>,
) {
    let t = cx.theme;
    let r = &cx.insights.readiness;
    // While blind, the score leaves out the own ratings not rated yet, and says so.
    let note = match (cx.mentor, cx.ratings_hidden()) {
        (true, _) => "without their ratings you have not rated",
        (false, true) => "without your hidden ratings",
        (false, false) => "points from each part",
    };
    let inner = framed(
        frame,
        area,
        &format!("Readiness {}/100 · {note}", r.score),
        t,
    );
    let room = usize::from(inner.height);
    let mut lines = head;
    let total = blockers.len();
    for (shown, blocker) in blockers.into_iter().enumerate() {
        // The last row says how many more there are, if any are left out.
        let reserve = usize::from(shown + 1 < total);
        if lines.len() + blocker.len() + reserve > room {
            // As much of it as fits, ending in an ellipsis; then how many more there are.
            let fits = room.saturating_sub(lines.len() + 1);
            if fits > 0 {
                let mut part: Vec<Line<'static>> = blocker.into_iter().take(fits).collect();
                if let Some(last) = part.last_mut() {
                    let text: String = last.spans.iter().map(|s| s.content.as_ref()).collect();
                    let cut = fit(&format!("{text} …"), usize::from(inner.width));
                    *last = Line::styled(cut.trim_end().to_string(), t.text);
                }
                lines.extend(part);
            }
            let left = total - shown - usize::from(fits > 0);
            if left > 0 {
                lines.push(Line::styled(
                    format!("  …and {left} more (pivot status lists all)"),
                    t.dim,
                ));
            }
            break;
        }
        lines.extend(blocker);
    }
    frame.render_widget(Paragraph::new(lines), inner);
}
