//! Plain mode: `--ascii`, or by itself when TERM=dumb or the locale is not UTF-8. Bars, marks
//! and borders are ASCII in the coach and in text output, text output spells bars out, and what
//! a person typed is left as typed.

use pivot::store::Store;
use pivot::tui::screens::Screen;
use pivot::tui::{App, Start, Theme};

mod common;
use common::cli::Sandbox;
use common::tui::{buffer, press, start};

const FIXTURE: &str = include_str!("fixtures/review/mentee.json");

/// The symbols of `text` that plain mode should have turned into ASCII.
fn symbols(text: &str) -> Vec<char> {
    text.chars()
        .filter(|&c| pivot::plain::ascii(c).is_some())
        .collect()
}

/// A sandbox on the mentee's file with a name that is not ASCII, to see it kept.
fn mentee() -> Sandbox {
    let sb = Sandbox::with(FIXTURE);
    sb.ok(&["profile", "--name", "Zoë Ångström"]);
    sb
}

/// Every command that prints text for people.
const TEXT_COMMANDS: [&[&str]; 12] = [
    &["status"],
    &["profile"],
    &["milestone", "list"],
    &["journal", "list"],
    &["evidence", "list"],
    &["review", "agenda"],
    &["review", "list"],
    &["review", "changes", "--since", "2026-10-01"],
    &["review", "action", "list"],
    &["pack", "show"],
    &["export"],
    &["interview"],
];

#[test]
fn ascii_text_output_has_no_drawn_symbol_and_keeps_what_was_typed() {
    let sb = mentee();
    for args in TEXT_COMMANDS {
        let unicode = sb.ok(args);
        let mut plain_args = args.to_vec();
        plain_args.push("--ascii");
        let plain = sb.ok(&plain_args);
        assert_eq!(symbols(&plain), Vec::<char>::new(), "{args:?}:\n{plain}");
        if unicode.contains("Zoë") {
            assert!(plain.contains("Zoë Ångström"), "{args:?}:\n{plain}");
        }
        if !symbols(&unicode).is_empty() {
            assert_ne!(plain, unicode, "{args:?}");
        }
    }
}

#[test]
fn status_spells_its_bars_and_marks_out_in_plain_mode() {
    let sb = mentee();
    let status: serde_json::Value =
        serde_json::from_str(&sb.ok(&["status", "--json"])).expect("JSON");
    let plain = sb.ok(&["status", "--ascii"]);
    for step in status["steps"].as_array().expect("steps") {
        let line = format!(
            "{} of {} items",
            step["done"].as_u64().expect("done"),
            step["total"].as_u64().expect("total")
        );
        assert!(plain.contains(&line), "{line:?} not in:\n{plain}");
    }
    assert!(
        plain.contains(" -> "),
        "the move's arrow is spelled: {plain}"
    );
    for skill in status["skills"].as_array().expect("skills") {
        let name = skill["name"].as_str().expect("a name");
        let row = plain
            .lines()
            .find(|l| l.get(2..).is_some_and(|l| l.starts_with(name)))
            .unwrap_or_else(|| panic!("no row for {name}:\n{plain}"));
        let trend = ["new", "up", "flat", "down"];
        assert!(
            trend.iter().any(|t| row.contains(&format!(" {t} "))),
            "{row}"
        );
    }
    // Unicode keeps its bars.
    assert!(sb.ok(&["status"]).contains('█') || sb.ok(&["status"]).contains('░'));
}

#[test]
fn a_dumb_terminal_or_a_locale_without_utf8_turns_plain_mode_on() {
    let sb = mentee();
    let asked = sb.ok(&["status", "--ascii"]);
    for (name, value) in [
        ("TERM", "dumb"),
        ("LANG", "C"),
        ("LANG", "en_US.ISO-8859-1"),
        ("LC_ALL", "POSIX"),
    ] {
        let out = sb.pivot().arg("status").env(name, value).assert().success();
        let out = common::cli::stdout(&out);
        assert_eq!(out, asked, "{name}={value}");
    }
    let utf8 = sb
        .pivot()
        .arg("status")
        .env("LANG", "en_GB.UTF-8")
        .assert()
        .success();
    assert_ne!(common::cli::stdout(&utf8), asked);
}

#[test]
fn json_and_files_keep_their_symbols_in_plain_mode() {
    let sb = mentee();
    assert_eq!(
        sb.ok(&["status", "--json", "--ascii"]),
        sb.ok(&["status", "--json"]),
        "JSON is data: plain mode never changes it"
    );
    sb.ok(&["export", "--ascii", "--output", "report.md"]);
    let file = std::fs::read_to_string(sb.path("report.md")).expect("the report");
    assert!(file.contains('→'), "a file is a document: {file}");
}

/// The coach on the mentee's file, drawn in ASCII or not.
fn coach(ascii: bool) -> (tempfile::TempDir, App) {
    let (dir, path) = common::tui::folder_with(FIXTURE);
    let pack = pivot::content::builtin();
    let opened = Store::open(&path, false, &pack).expect("open");
    let app = App::new(
        pack,
        opened.progress,
        opened.store,
        Start {
            ascii,
            theme: Theme::no_color(),
            ..start(opened.warnings, (80, 24))
        },
    );
    (dir, app)
}

#[test]
fn every_screen_and_help_draw_in_ascii_with_the_same_words() {
    let (_a, mut unicode) = coach(false);
    let (_b, mut plain) = coach(true);
    for _ in Screen::ALL {
        for with_help in [false, true] {
            if with_help {
                press(&mut unicode, "?");
                press(&mut plain, "?");
            }
            for (w, h) in [(80, 24), (60, 18)] {
                let u = buffer(&unicode, w, h);
                let p = buffer(&plain, w, h);
                let mut borders = 0;
                for (uc, pc) in u.content.iter().zip(&p.content) {
                    let (us, ps) = (uc.symbol(), pc.symbol());
                    let mut chars = us.chars();
                    let expected = match (chars.next(), chars.next()) {
                        (Some(c), None) => pivot::plain::ascii(c).map(String::from),
                        _ => None,
                    };
                    match expected {
                        Some(a) => {
                            assert_eq!(ps, a, "{:?} {w}x{h}: {us:?}", plain.screen());
                            borders += usize::from(matches!(a.as_str(), "+" | "-" | "|"));
                        }
                        None => assert_eq!(ps, us, "{:?} {w}x{h}", plain.screen()),
                    }
                }
                assert!(borders > 0, "{:?} {w}x{h}: no border drawn", plain.screen());
                assert!(
                    symbols(&p.content.iter().map(|c| c.symbol()).collect::<String>()).is_empty(),
                    "{:?} {w}x{h}",
                    plain.screen()
                );
            }
            if with_help {
                press(&mut unicode, "<Esc>");
                press(&mut plain, "<Esc>");
            }
        }
        press(&mut unicode, "<Tab>");
        press(&mut plain, "<Tab>");
    }
}
