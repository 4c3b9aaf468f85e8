//! Drawing mentor reviews: past sessions and the next agenda, a session in progress with the two
//! ratings side by side, and a past session to read.

use crate::tui::layout::split_percent;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::{Pane, Review as State};
use crate::progress::Review;
use crate::tui::command::Command as C;
use crate::tui::context::Ctx;
use crate::tui::keys::pair;
use crate::tui::screens::Screen;
use crate::tui::widgets::{cells, fit, panel, window};

pub fn render(state: &State, cx: &Ctx, frame: &mut Frame, area: Rect) {
    if let Some((title, lines)) = super::doc::open_doc(state, cx, area.width.saturating_sub(2)) {
        let block = panel(title, cx.theme);
        let inner = block.inner(area);
        frame.render_widget(block, area);
        let max = cells(lines.len()).saturating_sub(inner.height);
        let scroll = state.view.scroll.min(max);
        let rows = (lines.len(), usize::from(inner.height), usize::from(scroll));
        frame.render_widget(Paragraph::new(lines).scroll((scroll, 0)), inner);
        crate::tui::widgets::scrollbar(frame, area, rows, cx.theme);
        return;
    }
    match cx.session() {
        Some(review) => session(state, cx, review, frame, area),
        None => super::lobby_view::lobby(state, cx, frame, area),
    }
}

fn session(state: &State, cx: &Ctx, review: &Review, frame: &mut Frame, area: Rect) {
    let t = cx.theme;
    // Outcomes take the rows they need (notes, strengths, growth, each action), up to eight.
    let outcome_rows = 3 + cells(review.actions.len().max(1)) + 2;
    let [head, top, bottom] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Min(6),
        Constraint::Length(outcome_rows.min(8)),
    ])
    .areas(area);
    let blind = match (cx.mentor, cx.blind) {
        (true, _) => "you rate blind".to_string(),
        (false, true) => format!("blind rating on{}", cx.mention(Screen::Review, C::Blind)),
        (false, false) => format!("blind rating off{}", cx.mention(Screen::Review, C::Blind)),
    };
    frame.render_widget(
        Paragraph::new(Line::from(vec![
            Span::styled(
                if review.amended.is_empty() {
                    format!(" Session with {} · {} ", review.mentor, review.date)
                } else {
                    format!(
                        " Correcting the review with {} · {} ",
                        review.mentor, review.date
                    )
                },
                t.title,
            ),
            Span::styled(
                format!(
                    "· {blind} · {} switch lists",
                    pair(cx.global(), C::Left, C::Right)
                ),
                t.dim,
            ),
        ])),
        head,
    );
    let [left, right] = split_percent(top, 55);
    let focus = state.pane;

    // A correction shows the agenda the session had, not today's.
    let correcting = !review.amended.is_empty();
    let title = match (focus == Pane::Agenda, correcting) {
        (true, true) => " ▸ Agenda as it was ",
        (false, true) => " Agenda as it was ",
        (true, false) => " ▸ Agenda ",
        (false, false) => " Agenda ",
    };
    let block = panel(title, t);
    let inner = block.inner(left);
    frame.render_widget(block, left);
    let (width, height) = (usize::from(inner.width), usize::from(inner.height));
    let lines = if correcting {
        super::agenda_view::kept_agenda(cx, review, width, height)
    } else {
        let selected = (focus == Pane::Agenda).then_some(state.agenda.index);
        super::agenda_view::agenda_lines(cx, width, height, selected)
    };
    frame.render_widget(Paragraph::new(lines), inner);

    // The title says which rows are shown when not all skills fit.
    let total = cx.insights.skills.len();
    let inner_height = right.height.saturating_sub(2);
    let rows = usize::from(inner_height.saturating_sub(1 + example_rows(inner_height)));
    let shown = window(total, state.skill.index, rows);
    let range = if shown.len() < total {
        format!("{}–{} of {total} ", shown.start + 1, shown.end)
    } else {
        String::new()
    };
    let focus_mark = if focus == Pane::Skills { "▸ " } else { "" };
    let block = panel(format!(" {focus_mark}Ratings {range}"), t);
    let inner = block.inner(right);
    frame.render_widget(block, right);
    ratings(state, cx, review, frame, inner, focus == Pane::Skills);

    super::outcomes_view::outcomes(state, cx, review, frame, bottom);
}

/// The rows under the ratings table for the selected skill's two examples, when the pane (of
/// `height` rows inside its border) has room for them.
fn example_rows(height: u16) -> u16 {
    if height >= 9 { 3 } else { 0 }
}

/// The ratings table's header. A mentor's name that does not fit goes by its first word, and
/// only then is cut; it sits over its column's numbers, right-aligned like them.
fn ratings_header(
    cx: &Ctx,
    review: &Review,
    name_width: usize,
    mentor_width: usize,
) -> Line<'static> {
    let heading = |name: &str| {
        let width = unicode_width::UnicodeWidthStr::width;
        let first = name.split_whitespace().next().unwrap_or(name);
        let name = if width(name) <= mentor_width {
            name
        } else {
            first
        };
        let name = fit(name, mentor_width);
        format!("{:>mentor_width$}", name.trim_end())
    };
    // The mentor on a packet is "You"; the person's own rating is their self-rating.
    let (own, mentor) = if cx.mentor {
        ("Self", heading("You"))
    } else {
        (" You", heading(&review.mentor))
    };
    Line::styled(
        format!("{}{own} {mentor} Diff", fit("Skill", name_width)),
        cx.theme.dim,
    )
}

/// Skill, the person's own rating (hidden while blind), the mentor's from this session, gap.
fn ratings(state: &State, cx: &Ctx, review: &Review, frame: &mut Frame, area: Rect, focused: bool) {
    let t = cx.theme;
    // The mentor's column is as wide as their name allows, between 4 and 10.
    let mentor_width = unicode_width::UnicodeWidthStr::width(review.mentor.as_str())
        .clamp(4, 10)
        .min(
            usize::from(area.width)
                .saturating_sub(4 + 1 + 4 + 18)
                .max(4),
        );
    // Name, own (4), the mentor's (their width and a space), the difference (" Diff").
    let name_width = usize::from(area.width)
        .saturating_sub(4 + mentor_width + 1 + 5)
        .max(6);
    let mut lines = vec![ratings_header(cx, review, name_width, mentor_width)];
    // Below the table, when there is room: the two examples of the selected skill.
    let examples = example_rows(area.height);
    let height = usize::from(area.height.saturating_sub(1 + examples));
    let selected = state.skill.index;
    for i in window(cx.insights.skills.len(), selected, height) {
        let s = &cx.insights.skills[i];
        let own = s.self_rating.as_ref().map(|r| r.level);
        let theirs = cx.session_rating(&s.id);
        let visible = cx.own_rating_visible(&s.id);
        let own_text = match (visible, own) {
            (false, _) => "◦".to_string(),
            (true, Some(l)) => l.to_string(),
            (true, None) => "–".to_string(),
        };
        let (gap, gap_style) = match (visible, own, theirs) {
            (true, Some(a), Some(b)) if a.abs_diff(b) >= crate::insight::DISAGREEMENT => {
                (format!("{:+}", i16::from(a) - i16::from(b)), t.bad)
            }
            (true, Some(a), Some(b)) if a != b => {
                (format!("{:+}", i16::from(a) - i16::from(b)), t.warn)
            }
            (true, Some(_), Some(_)) => ("0".to_string(), t.good),
            _ => (String::new(), t.dim),
        };
        let style = if focused && i == selected {
            t.selected
        } else {
            t.text
        };
        lines.push(Line::from(vec![
            Span::styled(fit(&s.name, name_width), style),
            Span::styled(format!("{own_text:>4}"), style),
            Span::styled(
                format!(
                    "{:>width$}",
                    theirs.map_or("–".to_string(), |l| l.to_string()),
                    width = mentor_width + 1
                ),
                style,
            ),
            Span::styled(format!("{gap:>5}"), gap_style),
        ]));
    }
    let [table, bottom] = crate::tui::layout::split_bottom(area, examples);
    if examples > 0 {
        let skill = state.session_skill(cx);
        frame.render_widget(
            Paragraph::new(super::outcomes_view::example_lines(
                cx,
                review,
                skill.as_deref(),
                bottom.width,
            )),
            bottom,
        );
    }
    frame.render_widget(Paragraph::new(lines), table);
}
