//! Every screen says what it means at every size: no word on screen is cut without a visible
//! "…". Each screen and overlay is drawn at 80×24 and at the minimum size (60×18), and every word
//! on it must be a whole word — one that appears in the pack, the data or pivot's own source — or
//! end in "…".

use std::collections::HashSet;
use std::fs;
use std::path::Path;

use pivot::tui::App;
use ratatui::crossterm::event::Event;

mod common;
use common::tui::{Session, folder_with, open_app, press, screen_text, send};

const FIXTURE: &str = include_str!("fixtures/tui/progress.json");
const MENTEE: &str = include_str!("fixtures/review/mentee.json");

/// The sizes every screen is checked at: the usual terminal and the smallest pivot draws in.
const SIZES: [(u16, u16); 2] = [(80, 24), (60, 18)];

/// Every word pivot could show whole: from the pack, the fixtures and the source (its strings).
fn vocabulary() -> HashSet<String> {
    let mut text = String::new();
    text.push_str(&fs::read_to_string("content/po-to-pm.json").expect("the pack"));
    text.push_str(FIXTURE);
    text.push_str(MENTEE);
    collect_sources(Path::new("src"), &mut text);
    words(&text).map(str::to_lowercase).collect()
}

fn collect_sources(dir: &Path, text: &mut String) {
    for entry in fs::read_dir(dir).expect("read src") {
        let path = entry.expect("an entry").path();
        if path.is_dir() {
            collect_sources(&path, text);
        } else if path.extension().is_some_and(|e| e == "rs") {
            text.push_str(&fs::read_to_string(&path).expect("a source file"));
        }
    }
}

/// The words of `text`: runs of letters (a digit makes a run a number, not a word).
fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty() && !w.chars().any(|c| c.is_ascii_digit()))
}

/// A word in a script where a cut shows (Latin letters); other scripts are drawn a cell per
/// character and checked by eye in the snapshots.
fn latin(word: &str) -> bool {
    word.chars()
        .all(|c| c.is_ascii_alphabetic() || ('\u{c0}'..='\u{24f}').contains(&c))
}

/// The words on `screen` that are neither whole nor marked cut with "…". A long word wrapped
/// across lines (a web address) is whole when its two pieces make one.
fn cut_words(screen: &str, vocabulary: &HashSet<String>) -> Vec<String> {
    let lines: Vec<Vec<char>> = screen.lines().map(|l| l.chars().collect()).collect();
    let known = |w: &str| vocabulary.contains(&w.to_lowercase());
    let word_at = |line: &[char], at: usize| -> String {
        line[at..]
            .iter()
            .take_while(|c| c.is_alphanumeric())
            .collect()
    };
    let mut cut = Vec::new();
    for (y, chars) in lines.iter().enumerate() {
        let mut i = 0;
        while i < chars.len() {
            if !chars[i].is_alphanumeric() {
                i += 1;
                continue;
            }
            let start = i;
            while i < chars.len() && chars[i].is_alphanumeric() {
                i += 1;
            }
            let word: String = chars[start..i].iter().collect();
            let marked = chars.get(i) == Some(&'…') || start > 0 && chars[start - 1] == '…';
            if !latin(&word) || marked || known(&word) {
                continue;
            }
            // The box this word sits in: its left edge, on this line.
            // A border is a line or, where a pane scrolls, its scrollbar.
            let border = |c: char| c == '│' || c == '█';
            let left = chars[..start].iter().rposition(|&c| border(c));
            let at_right = chars.get(i).is_none_or(|&c| border(c));
            let at_left = left.is_some_and(|l| l + 1 == start);
            let joined = match left {
                // Wrapped on: this line's end and the next line's start, in the same box. (Where
                // the box does not go on below, an overlay covers the rest: hidden, not cut.)
                Some(l) if at_right => match lines.get(y + 1) {
                    Some(next) if next.get(l).is_some_and(|&c| border(c)) => {
                        Some(format!("{word}{}", word_at(next, l + 1)))
                    }
                    _ => continue,
                },
                // Wrapped from: the previous line's last word in the same box, and this one.
                Some(l) if at_left && y > 0 => {
                    let prev = &lines[y - 1];
                    let end = prev[l + 1..]
                        .iter()
                        .position(|&c| border(c))
                        .map(|p| p + l + 1);
                    end.map(|end| {
                        let from = prev[..end]
                            .iter()
                            .rposition(|c| !c.is_alphanumeric())
                            .map_or(0, |p| p + 1);
                        format!("{}{word}", prev[from..end].iter().collect::<String>())
                    })
                }
                _ => None,
            };
            if joined.is_some_and(|j| known(&j)) {
                continue;
            }
            let line: String = chars.iter().collect();
            cut.push(format!("{word:?} in {line:?}"));
        }
    }
    cut
}

/// The states to look at: each screen, and on it help and its first form.
fn states() -> Vec<(&'static str, &'static str, &'static str)> {
    // (fixture, keys to get there, name)
    let mut states = Vec::new();
    for (digit, name) in [
        ("1", "dashboard"),
        ("2", "path"),
        ("<Esc>3", "skills"),
        ("4", "milestones"),
        ("5", "journal"),
        ("6", "roles"),
        ("7", "review"),
        ("8", "evidence"),
        ("9", "progress"),
        ("9v", "progress glance"),
        ("9vv", "progress skills"),
        ("9p", "progress parts"),
        ("0", "showcase"),
        ("0v", "showcase practice"),
    ] {
        states.push(("fixture", digit, name));
    }
    for (keys, name) in [
        ("2?", "path help"),
        ("3?", "skills help"),
        ("4?", "milestones help"),
        ("5?", "journal help"),
        ("8?", "evidence help"),
        ("9?", "progress help"),
        ("0?", "showcase help"),
    ] {
        states.push(("fixture", keys, name));
    }
    states.extend([
        ("fixture", "?", "help"),
        ("fixture", "8s", "skills picker"),
        ("fixture", "8i", "items picker"),
        ("fixture", "8e", "evidence edit form"),
        ("fixture", "7s", "review start form"),
        ("fixture", "7c", "what changed"),
        ("fixture", "7<Enter>", "a past session"),
        ("fixture", "3r", "rating form"),
        ("fixture", "1p", "profile form"),
        ("mentee", "7<Right>", "review ratings"),
        ("mentee", "7<Right><Right>", "review outcomes"),
        ("mentee", "7r", "mentor rating form"),
        ("mentee", "3", "skills in a session"),
        ("fixture", "2<Enter>", "path item"),
        ("fixture", "2e", "path evidence form"),
        ("fixture", "4a", "milestone form"),
        ("fixture", "5a", "journal form"),
        ("fixture", "8a", "evidence form"),
        ("fixture", "4/", "filter"),
        ("fixture", "5d", "confirm"),
        ("mentee", "7", "review session"),
        ("mentee", "7?", "review help"),
        ("mentee", "1", "dashboard in a session"),
        ("mentee", "9", "progress in a session"),
        ("mentee", "0v", "practice in a session"),
        ("fixture", "0v<Space>", "practice form"),
    ]);
    states
}

fn open(fixture: &str) -> Session {
    let text = if fixture == "mentee" { MENTEE } else { FIXTURE };
    let (dir, path) = folder_with(text);
    Session {
        app: open_app(&path, false),
        path,
        _dir: dir,
    }
}

fn at(app: &mut App, (w, h): (u16, u16)) -> String {
    send(app, Event::Resize(w, h));
    screen_text(app, w, h)
}

/// Every state at every size, drawn: its name, the size and the screen's text.
fn every_state() -> Vec<(&'static str, (u16, u16), String)> {
    let mut out = Vec::new();
    for (fixture, keys, name) in states() {
        for size in SIZES {
            let mut s = open(fixture);
            send(&mut s.app, Event::Resize(size.0, size.1));
            press(&mut s.app, keys);
            out.push((name, size, at(&mut s.app, size)));
        }
    }
    out
}

#[test]
fn no_word_on_any_screen_is_cut_without_an_ellipsis() {
    let vocabulary = vocabulary();
    let mut problems = Vec::new();
    for (name, size, screen) in every_state() {
        for cut in cut_words(&screen, &vocabulary) {
            problems.push(format!("{name} at {}x{}: {cut}", size.0, size.1));
        }
    }
    assert!(
        problems.is_empty(),
        "{} cut words:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

#[test]
#[ignore = "prints every state for a person to look at: cargo test --test fit -- --ignored"]
fn print_every_state() {
    for (name, size, screen) in every_state() {
        println!("== {name} at {}x{}\n{screen}", size.0, size.1);
    }
}

/// Everything the help shows, scrolled from top to bottom, at 80×24.
fn whole_help() -> String {
    let mut s = open("fixture");
    press(&mut s.app, "?");
    let mut seen = String::new();
    for _ in 0..30 {
        seen.push_str(&at(&mut s.app, (80, 24)));
        press(&mut s.app, "<Down>");
    }
    seen
}

#[test]
fn every_mark_on_any_screen_is_in_the_legend() {
    let legend = whole_help();
    let legend = &legend[legend.find("Marks").expect("the marks")..];
    let mut missing = std::collections::BTreeMap::new();
    for (name, _, screen) in every_state() {
        // The first row is the tab bar: keys, not marks.
        for line in screen.lines().skip(1) {
            for c in line.chars() {
                // Borders and scrollbars draw the frame; every other drawn symbol means
                // something and must be explained.
                let frame = ('\u{2500}'..='\u{257f}').contains(&c);
                // A chart's line is drawn in Braille dots, any of 255: the legend names the
                // line once, in dots of its own.
                let braille = ('\u{2801}'..='\u{28ff}').contains(&c);
                if braille
                    && legend
                        .chars()
                        .any(|l| ('\u{2801}'..='\u{28ff}').contains(&l))
                {
                    continue;
                }
                if !frame && pivot::plain::ascii(c).is_some() && !legend.contains(c) {
                    missing
                        .entry(c)
                        .or_insert_with(|| format!("{name}: {line}"));
                }
            }
        }
    }
    assert!(missing.is_empty(), "marks not in the legend: {missing:#?}");
}

#[test]
fn every_screen_and_overlay_at_80x24_and_at_the_smallest_size() {
    for (name, size, screen) in every_state() {
        let file = format!("{}_{}x{}", name.replace(' ', "_"), size.0, size.1);
        insta::assert_snapshot!(file, screen);
    }
}

/// The row of `screen` that holds `text`.
fn row_with<'a>(screen: &'a str, text: &str) -> &'a str {
    screen
        .lines()
        .find(|l| l.contains(text))
        .unwrap_or_else(|| panic!("no row holds {text:?} in\n{screen}"))
}

/// A row's text without the frames and padding on its right.
fn unframed(text: &str) -> &str {
    text.trim_end_matches([' ', '│'])
}

#[test]
fn a_long_line_being_typed_shows_where_it_runs_out_of_sight() {
    const TITLE: &str =
        "Ship the partner reporting dashboard to every customer in the pilot region";
    for size in SIZES {
        let mut s = open("fixture");
        send(&mut s.app, Event::Resize(size.0, size.1));
        press(&mut s.app, &format!("4a{TITLE}"));
        // Typing at its end: the start has scrolled away, and says so.
        let screen = at(&mut s.app, size);
        let row = row_with(&screen, "pilot region");
        let shown = row
            .split("…")
            .nth(1)
            .unwrap_or_else(|| panic!("no … in {row:?}"));
        assert!(TITLE.ends_with(unframed(shown)), "{row:?}");
        // Back at its start: the end is out of sight, and says so.
        press(&mut s.app, "<Home>");
        let screen = at(&mut s.app, size);
        let row = row_with(&screen, "Ship the partner");
        let field = &row[row.find("Ship the partner").expect("the start")..];
        assert!(unframed(field).ends_with('…'), "{row:?}");
        assert!(!row.contains("pilot region"), "{row:?}");
    }
}

/// The cells beside a popup's left and right borders, on every row of it.
fn beside_popup(screen: &str, title: &str) -> Vec<(char, char)> {
    let rows: Vec<Vec<char>> = screen.lines().map(|l| l.chars().collect()).collect();
    let top = rows
        .iter()
        .position(|r| r.iter().collect::<String>().contains(title))
        .unwrap_or_else(|| panic!("{title} in\n{screen}"));
    let left = rows[top]
        .iter()
        .position(|&c| c == '╭')
        .expect("its corner");
    let right = left
        + rows[top][left..]
            .iter()
            .position(|&c| c == '╮')
            .expect("its other corner");
    rows[top..]
        .iter()
        .take_while(|r| r.get(left) != Some(&'╰'))
        .map(|r| (r[left - 1], r[right + 1]))
        .collect()
}

#[test]
fn nothing_of_the_screen_shows_in_the_column_beside_a_popup() {
    for size in SIZES {
        for (keys, title) in [
            ("5a", "╭ New entry"),
            ("3r", "╭ Rate yourself"),
            ("8s", "╭ Skills \""),
        ] {
            let mut s = open("fixture");
            send(&mut s.app, Event::Resize(size.0, size.1));
            press(&mut s.app, keys);
            let screen = at(&mut s.app, size);
            // Blank, or the border of the panel behind where the popup reaches it.
            let clear = |c: char| c == ' ' || c == '│';
            for (left, right) in beside_popup(&screen, title) {
                assert!(
                    clear(left) && clear(right),
                    "{keys} at {size:?}: {left:?} and {right:?} beside the popup\n{screen}"
                );
            }
        }
    }
}
