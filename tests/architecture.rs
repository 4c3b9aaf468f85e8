//! The shape of the code and of the key tables: no module imports one that imports it back, no
//! key is bound twice in one table, and the text on every screen names only keys that work there.

mod common;

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::Path;

use common::tui::{Session, draw, folder_with, open_app, open_app_with_keys, press};
use pivot::tui::command::Command;
use pivot::tui::form::FORM;
use pivot::tui::keys::{Binding, GLOBAL, Key, lookup};
use pivot::tui::overlay::{CONFIRM, FILTER, HELP, PICKER};
use pivot::tui::screens::{KEYS, Screen};
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

/// Every module under `src/` with the modules it names through `crate::`, `super::` or `self::`.
fn imports() -> BTreeMap<String, BTreeSet<String>> {
    let mut files = BTreeMap::new();
    collect(Path::new("src"), &mut files);
    let modules: BTreeSet<String> = files.keys().cloned().collect();
    files
        .iter()
        .map(|(module, text)| {
            let code = text.split("#[cfg(test)]").next().unwrap_or("");
            let mut uses = BTreeSet::new();
            for path in paths_in(code) {
                if let Some(target) = resolve(module, &path, &modules)
                    && &target != module
                    && !module.starts_with(&format!("{target}::"))
                {
                    uses.insert(target);
                }
            }
            (module.clone(), uses)
        })
        .collect()
}

fn collect(dir: &Path, files: &mut BTreeMap<String, String>) {
    for entry in fs::read_dir(dir).expect("read src") {
        let path = entry.expect("an entry").path();
        if path.is_dir() {
            collect(&path, files);
        } else if path.extension().is_some_and(|e| e == "rs") {
            let rel = path
                .strip_prefix("src")
                .expect("under src")
                .with_extension("");
            let mut parts: Vec<String> = rel
                .components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect();
            if matches!(
                parts.last().map(String::as_str),
                Some("mod" | "lib" | "main")
            ) {
                parts.pop();
            }
            files.insert(
                parts.join("::"),
                fs::read_to_string(&path).expect("read a file"),
            );
        }
    }
}

/// `crate::a::b::{c, d::e}` and the like, as whole paths (`crate::a::b::c`, `crate::a::b::d::e`).
fn paths_in(code: &str) -> Vec<String> {
    let mut out = Vec::new();
    let bytes: Vec<char> = code.chars().collect();
    let text: String = bytes.iter().collect();
    for start in ["crate::", "super::", "self::"] {
        let mut from = 0;
        while let Some(at) = text[from..].find(start) {
            let begin = from + at;
            from = begin + start.len();
            let before = text[..begin].chars().last();
            if before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == ':') {
                continue;
            }
            let rest: String = text[begin..]
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_' || *c == ':')
                .collect();
            let rest = rest.trim_end_matches(':').to_string();
            let after = &text[begin + rest.len()..];
            if let Some(group) = after.strip_prefix("::{") {
                let inner: String = group.chars().take_while(|c| *c != '}').collect();
                for part in inner.split(',') {
                    let name = part.trim().split(' ').next().unwrap_or("");
                    if !name.is_empty() {
                        out.push(format!("{rest}::{name}"));
                    }
                }
            } else {
                out.push(rest);
            }
        }
    }
    out
}

/// The longest module that `path`, seen from `module`, names.
fn resolve(module: &str, path: &str, modules: &BTreeSet<String>) -> Option<String> {
    let mut segs: Vec<&str> = path.split("::").collect();
    let mut base: Vec<&str> = if module.is_empty() {
        Vec::new()
    } else {
        module.split("::").collect()
    };
    match segs.first() {
        Some(&"crate") => {
            base.clear();
            segs.remove(0);
        }
        Some(&"super") => {
            while segs.first() == Some(&"super") {
                base.pop();
                segs.remove(0);
            }
        }
        Some(&"self") => {
            segs.remove(0);
        }
        _ => return None,
    }
    (0..=segs.len())
        .rev()
        .map(|n| {
            let mut all = base.clone();
            all.extend(&segs[..n]);
            all.join("::")
        })
        .find(|m| modules.contains(m) && !m.is_empty())
}

#[test]
fn no_module_imports_one_that_imports_it_back() {
    let graph = imports();
    let mut cycles = Vec::new();
    for (module, uses) in &graph {
        // Depth-first from each module: does it reach itself?
        let mut stack: Vec<(String, Vec<String>)> = uses
            .iter()
            .map(|u| (u.clone(), vec![module.clone(), u.clone()]))
            .collect();
        let mut seen = BTreeSet::new();
        while let Some((at, trail)) = stack.pop() {
            if &at == module {
                cycles.push(trail.join(" → "));
                break;
            }
            if !seen.insert(at.clone()) {
                continue;
            }
            for next in graph.get(&at).into_iter().flatten() {
                let mut trail = trail.clone();
                trail.push(next.clone());
                stack.push((next.clone(), trail));
            }
        }
    }
    assert!(cycles.is_empty(), "import cycles:\n{}", cycles.join("\n"));
}

#[test]
fn the_import_check_sees_a_cycle_when_there_is_one() {
    let modules: BTreeSet<String> = ["a", "a::b", "c"].iter().map(|s| s.to_string()).collect();
    assert_eq!(
        resolve("a::b", "super::super::c::X", &modules).as_deref(),
        Some("c")
    );
    assert_eq!(
        paths_in("use crate::a::{b, c::D};"),
        ["crate::a::b", "crate::a::c::D"]
    );
}

fn screen_tables() -> Vec<(String, &'static [Binding])> {
    Screen::ALL
        .iter()
        .map(|s| (s.title().to_string(), KEYS.screen(*s)))
        .collect()
}

#[test]
fn no_key_is_bound_twice_within_a_table() {
    let mut tables = screen_tables();
    for (name, table) in [
        ("everywhere", GLOBAL),
        ("form", FORM),
        ("confirm", CONFIRM),
        ("picker", PICKER),
        ("filter", FILTER),
        ("help", HELP),
    ] {
        tables.push((name.to_string(), table));
    }
    for (name, table) in tables {
        let keys: Vec<Key> = table.iter().flat_map(|b| b.keys.iter().copied()).collect();
        for (i, k) in keys.iter().enumerate() {
            assert!(!keys[i + 1..].contains(k), "{k:?} bound twice on {name}");
        }
    }
}

#[test]
fn a_digit_goes_to_its_screen_from_every_screen() {
    for from in Screen::ALL {
        for (n, to) in Screen::ALL.iter().enumerate() {
            // The tenth screen is 0, as on a keyboard's row.
            let digit =
                char::from_digit(u32::try_from((n + 1) % 10).expect("small"), 10).expect("digit");
            let key = KeyEvent::new(KeyCode::Char(digit), KeyModifiers::NONE);
            assert_eq!(
                lookup(&[KEYS.screen(from), GLOBAL], &key),
                Some(Command::GoTo(*to)),
                "{digit} on {from:?}"
            );
        }
    }
}

/// Keys as the text on screen names them, in parentheses or before a verb: "(n)", "s starts".
fn named_keys(text: &str) -> Vec<String> {
    const VERBS: &[&str] = &[
        "adds", "edits", "opens", "starts", "finishes", "ticks", "rates", "picks", "links",
        "quits", "undoes", "redoes", "clears", "scroll", "writes", "moves",
    ];
    let words: Vec<&str> = text.split_whitespace().collect();
    let mut out = Vec::new();
    for (i, w) in words.iter().enumerate() {
        let bare = w.trim_matches(|c: char| {
            c == ',' || c == '.' || c == ';' || c == ':' || ('\u{2500}'..='\u{257f}').contains(&c)
        });
        if bare.is_empty() {
            continue;
        }
        if let Some(inner) = bare.strip_prefix('(').and_then(|b| b.strip_suffix(')'))
            && inner.chars().count() == 1
        {
            out.push(inner.to_string());
        }
        if let Some(next) = words.get(i + 1)
            && VERBS.contains(&next.trim_end_matches(['.', ',', ')']))
            && (bare.chars().count() == 1 || ["Esc", "Enter", "Space", "Tab"].contains(&bare))
        {
            out.push(bare.trim_start_matches('(').to_string());
        }
    }
    out
}

fn bound(tables: &[&[Binding]], key: &str) -> bool {
    tables.iter().flat_map(|t| t.iter()).any(|b| {
        b.shown == key
            || b.shown.split('/').any(|k| k == key)
            || b.hint
                .is_some_and(|(k, _)| k == key || k.split('/').any(|k| k == key))
            || b.keys.iter().any(|k| {
                k.code == KeyCode::Char(key.chars().next().unwrap_or('\0'))
                    && key.chars().count() == 1
            })
    })
}

/// Sam's mid-journey file, with a review behind him, and the key tables `remaps` make.
fn fixture_session(remaps: &str) -> Session {
    let (dir, path) = folder_with(include_str!("fixtures/review/mentee.json"));
    let app = if remaps.is_empty() {
        open_app(&path, false)
    } else {
        open_app_with_keys(&path, remaps)
    };
    Session {
        app,
        path,
        _dir: dir,
    }
}

/// Every screen (and the Review screen in a session and on its outcomes), walked with `keys`
/// pressed first: the text names only keys the tables there bind, and none of `gone`.
fn names_only_bound_keys(remaps: &str, walks: &[(&str, Screen)], gone: &[&str]) {
    for (keys, screen) in walks {
        let mut s = fixture_session(remaps);
        press(&mut s.app, keys);
        assert_eq!(s.app.screen(), *screen, "after {keys:?}");
        let tables = [s.app.keys().screen(*screen), s.app.keys().global()];
        for (w, h) in [(80, 24), (120, 40)] {
            let text: String = {
                let terminal = draw(&s.app, w, h);
                let buf = terminal.backend().buffer().clone();
                (0..h)
                    .map(|y| common::tui::row_text(&buf, y))
                    .collect::<Vec<_>>()
                    .join("\n")
            };
            for key in named_keys(&text) {
                assert!(
                    bound(&tables, &key) && !gone.contains(&key.as_str()),
                    "{screen:?} after {keys:?} names {key:?}, which no table there binds:\n{text}"
                );
            }
        }
    }
}

#[test]
fn every_key_the_screens_name_is_bound_there() {
    names_only_bound_keys(
        "",
        &[
            ("1", Screen::Dashboard),
            ("2", Screen::Path),
            ("3", Screen::Skills),
            ("4", Screen::Milestones),
            ("5", Screen::Journal),
            ("6", Screen::Roles),
            ("7", Screen::Review),
            ("8", Screen::Evidence),
            ("9", Screen::Progress),
            ("9v", Screen::Progress),
            ("9vv", Screen::Progress),
            ("7s<Enter>", Screen::Review),
            ("7c", Screen::Review),
        ],
        &[],
    );
}

/// The keys a screen's text names most, all moved: the text follows, and never names the keys
/// they had.
#[test]
fn every_key_the_screens_name_follows_a_remap() {
    const REMAPS: &str = "\
[keys.global]
go-evidence = \"9\"
go-progress = \"=\"
go-milestones = \"`\"
undo = \"U\"
[keys.review]
start-review = \"S\"
note = \"N\"
outcome = \"O\"
toggle = \"T\"
[keys.evidence]
link-skills = \"B\"
link-items = \"I\"
add = \"A\"
[keys.path]
note = \"N\"
[keys.milestones]
add = \"A\"
[keys.journal]
add = \"N\"
[keys.skills]
rate = \"ctrl-t\"
[keys.dashboard]
follow = \"f\"
[keys.progress]
view = \"V\"
parts = \"P\"
";
    names_only_bound_keys(
        REMAPS,
        &[
            ("1", Screen::Dashboard),
            ("2", Screen::Path),
            ("3", Screen::Skills),
            ("`", Screen::Milestones),
            ("5", Screen::Journal),
            ("6", Screen::Roles),
            ("7", Screen::Review),
            ("9", Screen::Evidence),
            ("=", Screen::Progress),
            ("=V", Screen::Progress),
            ("7S<Enter>", Screen::Review),
            ("7c", Screen::Review),
        ],
        &["8", "4", "s", "n", "o", "a", "r", "v", "p", "Enter"],
    );
}

#[test]
fn the_key_check_finds_named_keys() {
    assert_eq!(named_keys("none yet (n) · s starts one"), ["n", "s"]);
    assert!(named_keys("Make the window larger").is_empty());
}

/// Text names keys from the tables in use (`Ctx::key`, `cx.table`, `cx.global`), which follow a
/// remap; a built-in table is named only where it is defined and where the built-in keymap is
/// made (and by the app's overlays, which are not remapped).
#[test]
fn only_the_keymap_names_a_built_in_screen_table() {
    let mut files = BTreeMap::new();
    collect(Path::new("src"), &mut files);
    let consts = [
        "DASHBOARD",
        "PATH",
        "SKILLS",
        "MILESTONES",
        "JOURNAL",
        "ROLES",
        "REVIEW",
        "EVIDENCE",
        "GLOBAL",
    ];
    for (module, text) in &files {
        if module == "tui::screens" || module.starts_with("tui::keys") {
            continue;
        }
        for line in text.lines().filter(|l| !l.trim_start().starts_with("//")) {
            for name in consts {
                let named = line
                    .split(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
                    .any(|word| word == name);
                let defined = line.contains(&format!("pub const {name}"))
                    || line.contains(&format!("pub use table::{name}"));
                assert!(
                    !named || defined,
                    "{module} names the built-in table {name}; use the keymap in use:\n{line}"
                );
            }
        }
    }
}
