//! The agenda as the Review screen draws it, in the lobby and in a session: each item marked
//! by its section, on up to two lines, without giving away a rating blind rating hides.

use ratatui::text::{Line, Span};

use crate::insight::Section;
use crate::tui::context::Ctx;
use crate::tui::widgets::{bullet, fit, wrap};

fn mark(section: Section) -> &'static str {
    match section {
        Section::Actions => "☐ ",
        Section::Disagreements => "≠ ",
        Section::MustHaves => "* ",
        Section::Overdue => "! ",
        Section::Stale => "◌ ",
        Section::Changes => "± ",
    }
}

/// What an agenda item says on screen. While blind, a disagreement does not give away the
/// person's own rating before the mentor has rated in this session.
fn agenda_text(cx: &Ctx, item: &crate::insight::AgendaItem) -> String {
    if cx.session().is_some()
        && let Some(skill) = &item.skill
        && !cx.own_rating_visible(skill)
    {
        let name = cx.skill_name(skill);
        // A mentor reads about the person: "their ratings", not "your".
        let whose = if cx.mentor {
            "the ratings"
        } else {
            "your ratings"
        };
        match item.section {
            Section::Disagreements => {
                return format!("{name}: {whose} differ by 2 or more (blind until rated)");
            }
            Section::MustHaves => return format!("{name}: below target (blind until rated)"),
            Section::Stale => return format!("{name}: its evidence is old (blind until rated)"),
            _ => {}
        }
    }
    // A mentor reads "Jordan says 4", not "you say 4": the sentence is made again from the
    // two ratings it is about.
    if cx.mentor
        && item.section == Section::Disagreements
        && let Some(s) = item
            .skill
            .as_deref()
            .and_then(|id| cx.insights.skills.iter().find(|s| s.id == id))
        && let (Some(own), Some(m)) = (&s.self_rating, &s.mentor_rating)
    {
        let person = cx.progress.profile.name.as_deref().unwrap_or("They");
        return format!(
            "{}: {person} says {}, {} says {}",
            s.name, own.level, m.mentor, m.level
        );
    }
    item.text.clone()
}

/// The agenda as rows of `width`, each item on up to two lines; `selected` (when the pane has
/// focus) is highlighted. Rows show the items around the selection that fit `height`.
pub(super) fn agenda_lines(
    cx: &Ctx,
    width: usize,
    height: usize,
    selected: Option<usize>,
) -> Vec<Line<'static>> {
    let t = cx.theme;
    let items = &cx.insights.agenda.items;
    if items.is_empty() {
        return wrap(
            "Nothing pressing: no open actions, disagreements, gaps or overdue milestones.",
            width,
        )
        .into_iter()
        .map(|l| Line::styled(l, t.good))
        .collect();
    }
    let text_width = width.saturating_sub(2);
    let chunks: Vec<Vec<String>> = items
        .iter()
        .map(|item| {
            let mut lines = wrap(&agenda_text(cx, item), text_width);
            if lines.len() > 2 {
                lines.truncate(2);
                lines[1] = fit(&format!("{} …", lines[1]), text_width)
                    .trim_end()
                    .to_string();
            }
            lines
        })
        .collect();
    // Start early enough that the selected item's lines fit.
    let selected_at = selected.unwrap_or(0);
    let mut start = selected_at;
    let mut used = chunks[selected_at].len();
    while start > 0 && used + chunks[start - 1].len() <= height {
        start -= 1;
        used += chunks[start].len();
    }
    let mut out = Vec::new();
    for (i, lines) in chunks.iter().enumerate().skip(start) {
        if out.len() + lines.len() > height {
            break;
        }
        let item = &items[i];
        let style = if Some(i) == selected {
            t.selected
        } else {
            t.text
        };
        let tone = match item.section {
            Section::Actions | Section::Overdue => t.bad,
            Section::Disagreements | Section::MustHaves => t.warn,
            Section::Stale | Section::Changes => t.dim,
        };
        for (n, line) in lines.iter().enumerate() {
            let lead = if n == 0 { mark(item.section) } else { "  " };
            out.push(Line::from(vec![
                Span::styled(lead, tone),
                Span::styled(fit(line, text_width), style),
            ]));
        }
    }
    out
}

/// The agenda a session kept when it started, as lines of `width` (a correction of a finished
/// review shows this one).
pub(super) fn kept_agenda(
    cx: &Ctx,
    review: &crate::progress::Review,
    width: usize,
    height: usize,
) -> Vec<Line<'static>> {
    let t = cx.theme;
    if review.agenda.is_empty() {
        return vec![Line::styled("No agenda was kept.", t.dim)];
    }
    let mut out: Vec<Line<'static>> = review
        .agenda
        .iter()
        .flat_map(|item| bullet(item, width, t.text))
        .collect();
    out.truncate(height);
    out
}
