//! What frames every screen: the tab bar on top, the footer below (the status line, or the keys
//! worth a reminder), and the note when the window is too small.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use super::keys::{Binding, shown};
use super::layout::{MIN_HEIGHT, MIN_WIDTH, split_right};
use super::screens::id::Screen;
use super::theme::Theme;
use super::widgets::{cells, fit};

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

/// A tab's label: the key that goes to the screen (as the person has it) and its title.
fn label(key: &str, screen: Screen, style: TabStyle, current: bool) -> String {
    match style {
        TabStyle::Padded => format!(" {key} {} ", screen.title()),
        TabStyle::Packed => format!("{key} {}", screen.title()),
        TabStyle::Numbers if current => format!(" {key} {} ", screen.title()),
        TabStyle::Numbers => format!(" {key} "),
    }
}

/// The first key of `global` that goes to `screen`.
fn go_key(global: &[Binding], screen: Screen) -> &'static str {
    shown(global, super::command::Command::GoTo(screen))
        .and_then(|k| k.split('/').next())
        .unwrap_or_default()
}

fn width_of(text: &str) -> u16 {
    cells(unicode_width::UnicodeWidthStr::width(text))
}

/// The top row for a window `width` wide: the badge (the brand, or READ-ONLY) and the tabs.
/// The badge gives way before tab titles do; READ-ONLY also stands in the footer.
pub fn tab_bar_layout(
    width: u16,
    read_only: bool,
    current: Screen,
    global: &[Binding],
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
        let mut x = badge.map_or(1, |b| width_of(b) + 1);
        let tabs: Vec<Tab> = Screen::ALL
            .iter()
            .map(|s| {
                let label = label(go_key(global, *s), *s, style, *s == current);
                let w = width_of(&label);
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
pub fn tab_at(
    column: u16,
    width: u16,
    (read_only, current): (bool, Screen),
    global: &[Binding],
) -> Option<Screen> {
    tab_bar_layout(width, read_only, current, global)
        .1
        .into_iter()
        .find(|t| (t.start..t.end).contains(&column))
        .map(|t| t.screen)
}

/// The top row: the badge and a tab per screen, each with the key that goes there.
pub fn tab_bar(
    frame: &mut Frame,
    area: Rect,
    (read_only, current): (bool, Screen),
    global: &[Binding],
    t: &Theme,
) {
    let (badge, tabs) = tab_bar_layout(area.width, read_only, current, global);
    let mut spans = Vec::new();
    let mut x = 0;
    if let Some(badge) = badge {
        spans.push(Span::styled(badge, t.badge));
        x = width_of(badge);
    }
    for tab in tabs {
        spans.push(Span::raw(
            " ".repeat(usize::from(tab.start.saturating_sub(x))),
        ));
        let style = if tab.screen == current {
            t.selected
        } else {
            t.dim
        };
        spans.push(Span::styled(tab.label, style));
        x = tab.end;
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}

/// A message on the status line: good news or an error.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tone {
    /// Something was done (✓).
    Info,
    /// A tip, or why a key did nothing: no mark, nothing went wrong.
    Note,
    /// Something failed (✗).
    Error,
}

/// What the footer shows when no filter is being typed.
pub struct Footer<'a> {
    pub status: Option<(Tone, &'a str)>,
    pub read_only: bool,
    /// The screen's filter, when it has one that is not empty.
    pub filter: Option<&'a str>,
    /// The screen's keys that act now.
    pub screen_keys: Vec<&'a Binding>,
    /// The keys that work everywhere.
    pub global_keys: &'a [Binding],
}

fn hints<'a>(bindings: impl Iterator<Item = &'a Binding>, t: &Theme) -> Vec<Span<'static>> {
    bindings
        .filter_map(|b| b.hint)
        .flat_map(|(key, hint)| {
            [
                Span::styled(format!(" {key}"), t.key),
                Span::styled(format!(" {hint} "), t.dim),
            ]
        })
        .collect()
}

/// Keys that work everywhere sit on the right and are never cut (a message replaces them); the
/// screen's own keys fill the rest from the left. READ-ONLY is always on the right.
pub fn footer(frame: &mut Frame, area: Rect, footer: &Footer, t: &Theme) {
    let mut right = Vec::new();
    if footer.read_only {
        right.push(Span::styled(READ_ONLY, t.badge));
    }
    if footer.status.is_none() {
        let global = footer
            .global_keys
            .iter()
            .filter(|b| !footer.read_only || !b.command.changes_data());
        right.extend(hints(global, t));
    }
    let right = Line::from(right);
    let [left, right_area] = split_right(area, cells(right.width()));
    frame.render_widget(Paragraph::new(right), right_area);
    let spans = match footer.status {
        Some((tone, text)) => {
            let (style, mark) = match tone {
                Tone::Error => (t.bad, "✗ "),
                Tone::Info => (t.good, "✓ "),
                Tone::Note => (t.accent, ""),
            };
            // A message too long for the line ends in "…", never cut silently.
            let room = usize::from(left.width);
            let line = fit(&format!(" {mark}{text}"), room).trim_end().to_string();
            vec![Span::styled(line, style)]
        }
        None => {
            let mut spans = Vec::new();
            if let Some(filter) = footer.filter {
                let clear = shown(footer.global_keys, super::command::Command::ClearFilter)
                    .map_or(String::new(), |k| format!(" · {k} clears"));
                spans.push(Span::styled(
                    format!(" filter \"{filter}\"{clear} "),
                    t.warn,
                ));
            }
            // Whole hints only: one that does not fit is left out, never cut mid-word.
            let mut used: usize = spans.iter().map(Span::width).sum();
            let keys = footer
                .screen_keys
                .iter()
                .copied()
                .filter(|b| !footer.read_only || !b.command.changes_data());
            for pair in hints(keys, t).chunks(2) {
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

/// "Make the window larger", and how to quit (the one key that works then) in `global`.
pub fn too_small(frame: &mut Frame, area: Rect, global: &[Binding], t: &Theme) {
    let quit = shown(global, super::command::Command::Quit).unwrap_or_default();
    let text = vec![
        Line::styled("Make the window larger", t.title),
        Line::styled(
            format!(
                "pivot needs {MIN_WIDTH}×{MIN_HEIGHT}; this is {}×{}.",
                area.width, area.height
            ),
            t.text,
        ),
        Line::styled(format!("{quit} quits"), t.dim),
    ];
    let height = area.height.min(3);
    let row = super::layout::centered(area, area.width, height);
    frame.render_widget(
        Paragraph::new(text)
            .alignment(ratatui::layout::Alignment::Center)
            .wrap(Wrap { trim: true }),
        row,
    );
}
