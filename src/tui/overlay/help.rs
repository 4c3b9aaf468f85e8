//! Help, generated from the same key tables that dispatch keys.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph};

use ratatui::crossterm::event::KeyCode as K;

use crate::tui::command::Command;
use crate::tui::keys::{Binding, bind, ch, plain};
use crate::tui::theme::Theme;
use crate::tui::widgets::{centered, fit, panel};

/// The arrows and pages scroll the help; any other key closes it (these are the ones a person
/// reaches for).
pub const HELP: &[Binding] = &[
    bind(
        &[plain(K::Up), ch('k')],
        "↑/k",
        "scroll up",
        Command::Up,
        None,
    ),
    bind(
        &[plain(K::Down), ch('j')],
        "↓/j",
        "scroll down",
        Command::Down,
        None,
    ),
    bind(
        &[plain(K::PageUp)],
        "PgUp",
        "a page up",
        Command::PageUp,
        None,
    ),
    bind(
        &[plain(K::Home), ch('g')],
        "Home/g",
        "the top",
        Command::Top,
        None,
    ),
    bind(
        &[plain(K::End), ch('G')],
        "End/G",
        "the end",
        Command::Bottom,
        None,
    ),
    bind(
        &[plain(K::PageDown)],
        "PgDn",
        "a page down",
        Command::PageDown,
        None,
    ),
    bind(
        &[plain(K::Esc), ch('?'), ch('q')],
        "Esc",
        "close",
        Command::CloseHelp,
        None,
    ),
];

/// Commands that read best as one line with their opposite ("↑/k ↓/j  up / down").
const PAIRS: &[(Command, Command, &str)] = &[
    (Command::Up, Command::Down, "up / down"),
    (Command::Left, Command::Right, "left / right"),
    (Command::PageUp, Command::PageDown, "a page up / down"),
    (Command::Top, Command::Bottom, "first / last"),
    (Command::Undo, Command::Redo, "undo / redo"),
    (
        Command::NextScreen,
        Command::PrevScreen,
        "next / previous screen",
    ),
];

/// One line per binding; pairs fold into one line, and so do the screen numbers
/// ("1–8 go to a screen").
fn rows<'a>(bindings: &'a [Binding], t: &Theme) -> Vec<Line<'a>> {
    let goto: Vec<&Binding> = bindings
        .iter()
        .filter(|b| matches!(b.command, Command::GoTo(_)))
        .collect();
    let mut lines = Vec::new();
    for (i, b) in bindings.iter().enumerate() {
        let second = PAIRS
            .iter()
            .find(|(a, _, _)| *a == b.command)
            .and_then(|(_, z, label)| {
                bindings
                    .get(i + 1)
                    .filter(|n| n.command == *z)
                    .map(|n| (n, *label))
            });
        if i > 0
            && PAIRS
                .iter()
                .any(|(a, z, _)| *a == bindings[i - 1].command && *z == b.command)
        {
            continue;
        }
        // The screens' keys fold into "1–9, 0" while they are the digits in order (the tenth
        // is 0, as on a keyboard's row).
        let in_order = goto
            .iter()
            .enumerate()
            .all(|(n, g)| g.shown == ((n + 1) % 10).to_string());
        let (shown, label) = match (b.command, second) {
            (Command::GoTo(_), _) if goto.len() > 1 && in_order => {
                if !std::ptr::eq(b, goto[0]) {
                    continue;
                }
                let shown = match goto.last().map_or("", |g| g.shown) {
                    "0" => format!("{}–9, 0", b.shown),
                    last => format!("{}–{last}", b.shown),
                };
                (shown, "go to a screen".to_string())
            }
            (_, Some((z, label))) => (format!("{} {}", b.shown, z.shown), label.to_string()),
            _ => (b.shown.to_string(), b.label.to_string()),
        };
        lines.push(Line::from(vec![
            Span::styled(fit(&shown, 13), t.key),
            Span::styled(label, t.text),
        ]));
    }
    lines
}

/// What the symbols on the screens mean: every mark a screen draws, each with one meaning.
const MARKS: &[(&str, &str)] = &[
    ("*", "must-have skill, required item"),
    ("!", "overdue"),
    ("◷", "due soon"),
    ("✓", "done, or at target"),
    ("[x] [ ]", "item ticked, open"),
    ("?", "not rated yet"),
    ("→", "the next best action"),
    ("✗", "what is still missing"),
    ("P", "private"),
    ("█░", "progress"),
    ("█▒░", "level, gap to target, above it"),
    ("◦", "your own rating, hidden until the mentor rates"),
    ("▁▂▄▆█", "rating history"),
    ("↑→↓", "trend (· new)"),
    ("◆◇◎", "you, mentor, target: rubric, all skills"),
    ("██░░", "all skills: the level that counts (the lower)"),
    ("✎", "has a note"),
    ("⧉2", "evidence on an item"),
    ("○◔◑●", "evidence: none, thin, backed, strong"),
    ("▣", "artifact"),
    ("▲", "metric"),
    ("✉", "feedback"),
    ("✧", "self-report"),
    ("☐☑", "action item open, done"),
    ("≠", "you and your mentor differ"),
    ("◌", "evidence gone stale"),
    ("±", "what changed"),
    ("▸", "the pane the arrows move in"),
    ("█ on a border", "a scrollbar: there is more"),
    ("•", "a point in a list"),
    ("›", "the field you are in"),
    ("‹ ›", "a choice (←/→ or Space)"),
    ("…", "more than fits: widen, or open it"),
    ("⣀⣀", "a line on a chart: readiness, or your rating"),
    ("┈┈", "the ready line (80), or the target"),
    ("R", "a review on a chart"),
    ("m", "a mentor's rating on a chart"),
    ("▫▵◊", "readiness's parts: checklist, skills, milestones"),
];

/// What the help lists: the keys of the screen called `title` and those that work everywhere,
/// as the person has them.
#[derive(Clone, Copy)]
pub struct Keys<'a> {
    pub title: &'a str,
    pub screen: &'a [Binding],
    pub global: &'a [Binding],
}

/// The help's lines for a popup `width` wide: the screen's own keys and the keys that work
/// everywhere, side by side when both fit, else one after the other; then every mark.
fn lines<'a>(keys: Keys<'a>, width: u16, t: &Theme) -> Vec<Line<'a>> {
    let mut left = vec![Line::styled(format!("On {}", keys.title), t.title)];
    if keys.screen.is_empty() {
        left.push(Line::styled("(only the keys that work everywhere)", t.dim));
    }
    left.extend(rows(keys.screen, t));
    let mut right = vec![Line::styled("Everywhere", t.title)];
    right.extend(rows(keys.global, t));
    let half = usize::from(width / 2);
    let widest = |lines: &[Line]| lines.iter().map(Line::width).max().unwrap_or(0);
    let mut out = if widest(&left) < half && widest(&right) <= usize::from(width) - half {
        let pad = |line: Line<'a>| {
            let mut spans = line.spans;
            let used: usize = spans.iter().map(|s| s.width()).sum();
            spans.push(Span::raw(" ".repeat(half - used)));
            spans
        };
        let blank = || Line::default();
        let n = left.len().max(right.len());
        left.resize_with(n, blank);
        right.resize_with(n, blank);
        left.into_iter()
            .zip(right)
            .map(|(l, r)| {
                let mut spans = pad(l);
                spans.extend(r.spans);
                Line::from(spans)
            })
            .collect()
    } else {
        let mut all = left;
        all.push(Line::default());
        all.extend(right);
        all
    };
    out.push(Line::styled(
        "Forms and pickers show their own keys.",
        t.dim,
    ));
    out.push(Line::default());
    out.push(Line::styled("Marks", t.title));
    let mut line: Vec<Span> = Vec::new();
    let mut used = 0;
    for (mark, meaning) in MARKS {
        let w = unicode_width::UnicodeWidthStr::width(*mark) + 1 + meaning.chars().count() + 2;
        if used > 0 && used + w > usize::from(width) {
            out.push(Line::from(std::mem::take(&mut line)));
            used = 0;
        }
        line.push(Span::styled(*mark, t.key));
        line.push(Span::styled(format!(" {meaning}  "), t.dim));
        used += w;
    }
    if !line.is_empty() {
        out.push(Line::from(line));
    }
    out
}

/// The popup the help is drawn in over `area`, and its inner width and height.
fn popup(area: Rect) -> Rect {
    centered(area, 100.min(area.width), area.height)
}

/// How far the help can scroll in `area`.
pub fn max_scroll(area: Rect, keys: Keys, t: &Theme) -> u16 {
    let inner = panel("", t).inner(popup(area));
    let n = lines(keys, inner.width, t).len();
    u16::try_from(n.saturating_sub(usize::from(inner.height))).unwrap_or(u16::MAX)
}

/// The help over `area`, scrolled `scroll` lines down; its title says when there is more.
pub fn render_help(frame: &mut Frame, area: Rect, keys: Keys, scroll: u16, t: &Theme) {
    let outer = popup(area);
    let inner = panel("", t).inner(outer);
    let all = lines(keys, inner.width, t);
    let fits = all.len() <= usize::from(inner.height);
    let height = if fits {
        u16::try_from(all.len() + 2)
            .unwrap_or(u16::MAX)
            .min(area.height)
    } else {
        area.height
    };
    let outer = centered(area, outer.width, height);
    let scroll = scroll.min(max_scroll(area, keys, t));
    let more = if fits {
        String::new()
    } else {
        let below = all.len() - usize::from(scroll) - usize::from(inner.height).min(all.len());
        match (scroll, below) {
            (0, _) => " · ↓ more".to_string(),
            (_, 0) => " · ↑ more".to_string(),
            _ => " · ↑↓ more".to_string(),
        }
    };
    frame.render_widget(Clear, outer);
    let block = panel(format!(" Help{more} · any other key closes "), t);
    let inner = block.inner(outer);
    frame.render_widget(block, outer);
    frame.render_widget(Paragraph::new(all).scroll((scroll, 0)), inner);
}
