//! The dashboard's next best action: the one thing to do next, grown to fit its sentence.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use crate::tui::command::Command;
use crate::tui::context::Ctx;
use crate::tui::screens::Screen;
use crate::tui::widgets::{fit, framed, wrap};

/// A mentor on a packet: what is left of their part of the review.
fn mentor_next(cx: &Ctx) -> String {
    let rated = cx.session().map_or(0, |s| s.ratings.len());
    let total = cx.pack.skills.len();
    let whose = cx.progress.profile.name.as_deref().unwrap_or("their");
    if rated < total {
        format!(
            "Rate {whose}'s skills on the Review screen: {rated} of {total} rated. Then add notes and outcomes."
        )
    } else {
        "All skills rated: add notes, strengths, growth areas and actions on the Review screen, then send the reply back.".to_string()
    }
}

/// The next best action as wrapped lines for a panel `width` wide inside.
pub(super) fn next_lines(cx: &Ctx, width: usize) -> Vec<String> {
    let sentence = if cx.mentor {
        mentor_next(cx)
    } else if let Some(session) = cx.session().filter(|_| cx.ratings_hidden()) {
        // While blind, the insights leave out own ratings: "rate yourself" would mislead.
        format!(
            "A session with {} is on: your own ratings show as {} rates each skill on the Review screen.",
            session.mentor, session.mentor
        )
    } else {
        cx.insights.next.sentence()
    };
    wrap(&sentence, width.saturating_sub(2))
}

pub(super) fn next_panel(cx: &Ctx, frame: &mut Frame, area: Rect, mut chunks: Vec<String>) {
    if area.height < 3 {
        return;
    }
    let t = cx.theme;
    let title = match cx.key(Screen::Dashboard, Command::Follow) {
        Some(key) => format!("Next best action · {key}"),
        None => "Next best action".to_string(),
    };
    let inner = framed(frame, area, &title, t);
    // The panel grows to fit the sentence; where it cannot, the sentence ends in an ellipsis.
    let rows = usize::from(inner.height);
    if chunks.len() > rows && rows > 0 {
        chunks.truncate(rows);
        if let Some(last) = chunks.last_mut() {
            let width = usize::from(inner.width).saturating_sub(2);
            *last = fit(&format!("{last} …"), width).trim_end().to_string();
            if !last.ends_with('…') {
                last.push('…');
            }
        }
    }
    let lines: Vec<Line> = chunks
        .into_iter()
        .enumerate()
        .map(|(i, chunk)| {
            let lead = if i == 0 { "→ " } else { "  " };
            Line::from(vec![Span::styled(lead, t.key), Span::styled(chunk, t.text)])
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), inner);
}
