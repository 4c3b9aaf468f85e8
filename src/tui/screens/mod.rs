//! Drawing: one module per screen, all reading `&App` and never changing it.

mod dashboard;
mod evidence;
mod help;
mod journal;
mod milestones;
mod path;
pub mod review;
pub mod review_doc;
pub mod roles;
mod skills;

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph, Wrap};

use super::action::Screen;
use super::app::{App, Overlay, Tone};
use super::keymap::{GLOBAL, screen_table};
use super::widgets::{centered, panel, render_form, render_form_in};

/// The smallest window the layout works in.
pub const MIN_WIDTH: u16 = 60;
pub const MIN_HEIGHT: u16 = 18;

const BRAND: &str = " pivot ";

const READ_ONLY: &str = " READ-ONLY ";

/// One tab on the top row: which screen, its label, and the columns it covers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tab {
    pub screen: Screen,
    pub label: String,
    pub start: u16,
    pub end: u16,
}

/// How tabs are written, widest first; the first that fits the row is used.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum TabStyle {
    /// " 1 Dashboard "
    Padded,
    /// "1 Dashboard", one space apart.
    Packed,
    /// Only the current tab has its title; the others are numbers.
    Numbers,
}

fn label(index: usize, screen: Screen, style: TabStyle, current: bool) -> String {
    match style {
        TabStyle::Padded => format!(" {} {} ", index + 1, screen.title()),
        TabStyle::Packed => format!("{} {}", index + 1, screen.title()),
        TabStyle::Numbers if current => format!(" {} {} ", index + 1, screen.title()),
        TabStyle::Numbers => format!(" {} ", index + 1),
    }
}

/// The top row for a window `width` wide: the badge (the brand, or READ-ONLY) and the tabs.
/// The badge gives way before tab titles do; READ-ONLY also stands in the footer.
pub fn tab_bar_layout(
    width: u16,
    read_only: bool,
    current: Screen,
) -> (Option<&'static str>, Vec<Tab>) {
    let candidates = [
        (TabStyle::Padded, true),
        (TabStyle::Packed, true),
        (TabStyle::Packed, false),
        (TabStyle::Numbers, true),
    ];
    let build = |style: TabStyle, badge: bool| {
        let badge = badge.then_some(if read_only { READ_ONLY } else { BRAND });
        let gap = u16::from(style == TabStyle::Packed);
        let mut x = badge.map_or(1, |b| b.chars().count() as u16 + 1);
        let tabs: Vec<Tab> = Screen::ALL
            .iter()
            .enumerate()
            .map(|(i, s)| {
                let label = label(i, *s, style, *s == current);
                let w = label.chars().count() as u16;
                let tab = Tab {
                    screen: *s,
                    label,
                    start: x,
                    end: x + w,
                };
                x += w + gap;
                tab
            })
            .collect();
        (badge, tabs, x.saturating_sub(gap))
    };
    for (style, badge) in candidates {
        let (badge, tabs, used) = build(style, badge);
        if used <= width || style == TabStyle::Numbers {
            return (badge, tabs);
        }
    }
    (None, Vec::new())
}

/// The screen whose tab is at `column` of the top row.
pub fn tab_at(column: u16, width: u16, read_only: bool, current: Screen) -> Option<Screen> {
    tab_bar_layout(width, read_only, current)
        .1
        .into_iter()
        .find(|t| (t.start..t.end).contains(&column))
        .map(|t| t.screen)
}

pub fn render(app: &App, frame: &mut Frame) {
    let area = frame.area();
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        return too_small(app, frame, area);
    }
    if let Overlay::Form(form) = &app.overlay
        && form.purpose == super::form::Purpose::Welcome
    {
        let inner = centered(area, 78, 16);
        return render_form_in(frame, form, inner, &app.theme);
    }
    let [top, body, bottom] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Min(1),
        Constraint::Length(1),
    ])
    .areas(area);
    tab_bar(app, frame, top);
    match app.screen {
        Screen::Dashboard => dashboard::render(app, frame, body),
        Screen::Path => path::render(app, frame, body),
        Screen::Skills => skills::render(app, frame, body),
        Screen::Milestones => milestones::render(app, frame, body),
        Screen::Journal => journal::render(app, frame, body),
        Screen::Roles => roles::render(app, frame, body),
        Screen::Review => review::render(app, frame, body),
        Screen::Evidence => evidence::render(app, frame, body),
    }
    footer(app, frame, bottom);
    match &app.overlay {
        Overlay::Help => help::render(app, frame, body),
        Overlay::Form(form) => render_form(frame, form, &app.theme),
        Overlay::Confirm(confirm) => ask(app, frame, area, &confirm.question),
        Overlay::Discard(form) => {
            // The form stays in view behind the question.
            render_form(frame, form, &app.theme);
            ask(app, frame, area, "Discard what you typed?");
        }
        Overlay::Picker(picker) => evidence::picker(app, picker, frame, body),
        Overlay::Filter(_) | Overlay::None => {}
    }
}

/// How far the current screen's detail pane can scroll in a window of `width`×`height`: the
/// same panes and lines the screen draws, wrapped the same way.
pub fn detail_max_scroll(app: &App, width: u16, height: u16) -> u16 {
    let body = Rect::new(0, 1, width, height.saturating_sub(2));
    let (pane, lines) = match app.screen {
        Screen::Path => (path::panes(body)[1], path::detail_lines(app)),
        Screen::Skills => {
            let pane = skills::panes(body)[1];
            (
                pane,
                skills::rubric_lines(app, pane.width.saturating_sub(2)),
            )
        }
        Screen::Journal => (journal::panes(body)[1], journal::entry_lines(app)),
        Screen::Evidence => {
            let pane = evidence::panes(body)[1];
            let lines = app.selected_evidence().map_or_else(Vec::new, |e| {
                evidence::detail_lines(app, e, pane.width.saturating_sub(2))
            });
            (pane, lines)
        }
        _ => return 0,
    };
    let inner = panel("", &app.theme).inner(pane);
    let count = Paragraph::new(lines)
        .wrap(Wrap { trim: false })
        .line_count(inner.width);
    u16::try_from(count)
        .unwrap_or(u16::MAX)
        .saturating_sub(inner.height)
}

/// A yes/no question in a box over the screen.
fn ask(app: &App, frame: &mut Frame, area: Rect, question: &str) {
    let t = &app.theme;
    let width = 60.min(area.width);
    let lines = super::widgets::wrap(question, usize::from(width.saturating_sub(2))).len();
    let popup = centered(area, width, lines as u16 + 4);
    frame.render_widget(Clear, popup);
    let text = vec![
        Line::styled(question.to_string(), t.text),
        Line::default(),
        Line::from(vec![
            Span::styled("y", t.key),
            Span::styled(" yes   ", t.dim),
            Span::styled("n", t.key),
            Span::styled("/", t.dim),
            Span::styled("Esc", t.key),
            Span::styled(" no", t.dim),
        ]),
    ];
    frame.render_widget(
        Paragraph::new(text)
            .wrap(Wrap { trim: true })
            .block(panel(" Are you sure? ", t)),
        popup,
    );
}

fn too_small(app: &App, frame: &mut Frame, area: Rect) {
    let t = &app.theme;
    let text = vec![
        Line::styled("Make the window larger", t.title),
        Line::styled(
            format!(
                "pivot needs {MIN_WIDTH}×{MIN_HEIGHT}; this is {}×{}.",
                area.width, area.height
            ),
            t.text,
        ),
        Line::styled("q quits", t.dim),
    ];
    let height = area.height.min(3);
    let [row] = Layout::vertical([Constraint::Length(height)])
        .flex(ratatui::layout::Flex::Center)
        .areas(area);
    frame.render_widget(
        Paragraph::new(text)
            .alignment(ratatui::layout::Alignment::Center)
            .wrap(Wrap { trim: true }),
        row,
    );
}

fn tab_bar(app: &App, frame: &mut Frame, area: Rect) {
    let t = &app.theme;
    let (badge, tabs) = tab_bar_layout(area.width, app.read_only().is_some(), app.screen);
    let mut spans = Vec::new();
    let mut x = 0;
    if let Some(badge) = badge {
        spans.push(Span::styled(badge, t.badge));
        x = badge.chars().count() as u16;
    }
    for tab in tabs {
        spans.push(Span::raw(
            " ".repeat(usize::from(tab.start.saturating_sub(x))),
        ));
        let style = if tab.screen == app.screen {
            t.selected
        } else {
            t.dim
        };
        spans.push(Span::styled(tab.label, style));
        x = tab.end;
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}

fn footer(app: &App, frame: &mut Frame, area: Rect) {
    let t = &app.theme;
    if let Overlay::Filter(input) = &app.overlay {
        let [label, field] =
            Layout::horizontal([Constraint::Length(9), Constraint::Min(1)]).areas(area);
        frame.render_widget(Paragraph::new(Span::styled(" filter: ", t.key)), label);
        frame.render_widget(input.as_ref(), field);
        return;
    }
    let status = match (&app.status, &app.save_error) {
        (Some((tone, text)), _) => Some((*tone, text.clone())),
        (None, Some(error)) => Some((Tone::Error, error.clone())),
        (None, None) => None,
    };
    // Keys that work everywhere sit on the right and are never cut (a message replaces them);
    // the screen's own keys fill the rest from the left. READ-ONLY is always on the right.
    let hints = |bindings: &[super::keymap::Binding]| -> Vec<Span<'static>> {
        bindings
            .iter()
            .filter(|b| app.screen != Screen::Review || app.review_key_applies(b.command))
            .filter(|b| app.read_only().is_none() || !b.command.changes_data())
            .filter_map(|b| b.hint)
            .flat_map(|(key, hint)| {
                [
                    Span::styled(format!(" {key}"), t.key),
                    Span::styled(format!(" {hint} "), t.dim),
                ]
            })
            .collect()
    };
    let mut right = Vec::new();
    if app.read_only().is_some() {
        right.push(Span::styled(READ_ONLY, t.badge));
    }
    if status.is_none() {
        right.extend(hints(GLOBAL));
    }
    let right = Line::from(right);
    let [left, right_area] =
        Layout::horizontal([Constraint::Min(0), Constraint::Length(right.width() as u16)])
            .areas(area);
    frame.render_widget(Paragraph::new(right), right_area);
    let spans = match status {
        Some((tone, text)) => {
            let style = if tone == Tone::Error { t.bad } else { t.good };
            let mark = if tone == Tone::Error { "✗ " } else { "✓ " };
            vec![Span::styled(format!(" {mark}{text}"), style)]
        }
        None => {
            let filter = app.filters.get(app.screen);
            let mut spans = Vec::new();
            if !filter.is_empty() {
                spans.push(Span::styled(
                    format!(" filter \"{filter}\" · Esc clears "),
                    t.warn,
                ));
            }
            // Whole hints only: one that does not fit is left out, never cut mid-word.
            let mut used: usize = spans.iter().map(Span::width).sum();
            for pair in hints(screen_table(app.screen)).chunks(2) {
                let width: usize = pair.iter().map(Span::width).sum();
                if used + width > usize::from(left.width) {
                    break;
                }
                used += width;
                spans.extend(pair.iter().cloned());
            }
            spans
        }
    };
    frame.render_widget(Paragraph::new(Line::from(spans)), left);
}
