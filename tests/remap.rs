//! Keys the person moves in `config.toml` (`[keys.<screen>]`, `[keys.global]`): the new key acts
//! and the old one no longer does; help, footer and panel titles name the new key; a remap that
//! names no screen, action or key, or takes a key from another command, is refused with what is
//! valid; and every key the coach has is named so that writing it back changes nothing.

mod common;

use common::tui::{folder_with, open_app_with_keys, press, screen_text};
use pivot::config::parse;
use pivot::tui::command::Command;
use pivot::tui::keys::map::action_names;
use pivot::tui::keys::names::{config_name, parse_key};
use pivot::tui::keys::{Keymap, lookup};
use pivot::tui::screens::{KEYS, Screen};
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

fn remapped(text: &str) -> Result<Keymap, Vec<String>> {
    KEYS.remapped(&parse(text).expect("parses").keys)
}

fn refused(text: &str) -> String {
    remapped(text).expect_err("refused").join("\n")
}

fn key(c: char) -> KeyEvent {
    KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE)
}

#[test]
fn a_moved_key_acts_and_the_old_one_does_not() {
    let keys = remapped("[keys.journal]\nadd = \"n\"\n[keys.global]\nquit = \"Q\"\n").expect("ok");
    let journal = [keys.screen(Screen::Journal), keys.global()];
    assert_eq!(lookup(&journal, &key('n')), Some(Command::Add));
    assert_eq!(lookup(&journal, &key('a')), None);
    assert_eq!(lookup(&journal, &key('Q')), Some(Command::Quit));
    assert_eq!(lookup(&journal, &key('q')), None);
    // Other screens keep their own keys.
    let evidence = [keys.screen(Screen::Evidence), keys.global()];
    assert_eq!(lookup(&evidence, &key('a')), Some(Command::Add));
}

#[test]
fn help_footer_and_titles_follow_a_remap() {
    let (_dir, path) = folder_with(include_str!("fixtures/review/mentee.json"));
    let mut app = open_app_with_keys(
        &path,
        "[keys.journal]\nadd = \"n\"\n[keys.global]\nhelp = \"f1\"\nundo = \"ctrl-z\"\n",
    );
    press(&mut app, "5");
    let journal = screen_text(&app, 80, 24);
    let footer = journal.lines().last().expect("a footer");
    assert!(footer.contains("n new"), "{footer}");
    assert!(!footer.contains("a new"), "{footer}");
    assert!(
        footer.contains("F1 help") && footer.contains("C-z undo"),
        "{footer}"
    );
    // The moved key opens the form; the old one does nothing.
    press(&mut app, "a");
    assert!(app.form().is_none(), "a no longer adds");
    press(&mut app, "n");
    assert!(app.form().is_some(), "n adds");
    press(&mut app, "<Esc>");
    // Help lists the keys as they are now.
    app.handle(ratatui::crossterm::event::Event::Key(KeyEvent::new(
        KeyCode::F(1),
        KeyModifiers::NONE,
    )));
    let help = screen_text(&app, 100, 40);
    assert!(help.contains("Help"), "F1 opens the help:\n{help}");
    let line = |label: &str| {
        help.lines()
            .find(|l| l.contains(label))
            .unwrap_or_else(|| panic!("{label} in the help:\n{help}"))
            .to_string()
    };
    let first_word = |l: String| {
        l.trim_start_matches('│')
            .split_whitespace()
            .next()
            .unwrap_or_default()
            .to_string()
    };
    assert_eq!(first_word(line("new entry")), "n", "{}", line("new entry"));
    assert!(line("undo").contains("C-z"), "{}", line("undo"));
    assert!(!line("undo").contains(" u "), "{}", line("undo"));
}

#[test]
fn a_remapped_key_reaches_a_panel_title() {
    let (_dir, path) = folder_with(include_str!("fixtures/review/mentee.json"));
    let mut app = open_app_with_keys(&path, "[keys.review]\nstart-review = \"S\"\nnote = \"N\"\n");
    press(&mut app, "7S<Enter>");
    let text = screen_text(&app, 120, 40);
    assert!(text.contains("N notes"), "{text}");
    assert!(!text.contains("n notes"), "{text}");
}

#[test]
fn a_remap_that_names_nothing_real_is_refused_with_what_is_valid() {
    let why = refused("[keys.jurnal]\nadd = \"n\"\n");
    assert!(why.contains("keys.jurnal: no such screen"), "{why}");
    assert!(why.contains("global, dashboard, path"), "{why}");
    let why = refused("[keys.journal]\nad = \"n\"\n");
    assert!(why.contains("keys.journal.ad: no such action"), "{why}");
    assert!(why.contains("add, edit, private, delete"), "{why}");
    let why = refused("[keys.journal]\nadd = \"ctrl-\"\n");
    assert!(why.contains("\"ctrl-\" is not a key"), "{why}");
    assert!(why.contains("enter, esc, tab"), "{why}");
    assert!(refused("[keys.journal]\nadd = []\n").contains("at least one key"));
    // A screen with no keys of its own says so, and is not offered as a table.
    let why = refused("[keys.roles]\nadd = \"n\"\n");
    assert!(
        why.contains("the Roles screen has no keys of its own"),
        "{why}"
    );
    assert!(!refused("[keys.rols]\nadd = \"n\"\n").contains("roles"));
    let err = parse("[keys.journal]\nadd = 5\n").expect_err("not a key");
    assert!(err.contains("a key (\"n\") or a list of keys"), "{err}");
    // Every problem is listed, not just the first.
    let why = refused("[keys.journal]\nad = \"n\"\n[keys.path]\nnote = \"cmd-n\"\n");
    assert_eq!(why.lines().count(), 2, "{why}");
}

#[test]
fn a_remap_that_takes_another_commands_key_is_refused() {
    // The same screen.
    let why = refused("[keys.journal]\nadd = \"e\"\n");
    assert!(
        why.contains("keys.journal.add: \"e\" is already edit on Journal"),
        "{why}"
    );
    // A key that works everywhere.
    let why = refused("[keys.journal]\nadd = \"u\"\n");
    assert!(why.contains("\"u\" is already undo everywhere"), "{why}");
    // A global key that a screen uses.
    let why = refused("[keys.global]\nhelp = \"p\"\n");
    assert!(
        why.contains("on Journal") && why.contains("on Dashboard"),
        "{why}"
    );
    // Two keys swapped are fine: the check is on the tables as remapped.
    let keys = remapped("[keys.journal]\nadd = \"p\"\nprivate = \"a\"\n").expect("a swap");
    let journal = [keys.screen(Screen::Journal)];
    assert_eq!(lookup(&journal, &key('p')), Some(Command::Add));
    assert_eq!(lookup(&journal, &key('a')), Some(Command::TogglePrivate));
}

#[test]
fn every_key_written_back_as_config_names_it_changes_nothing() {
    let mut text = String::new();
    for (name, table) in KEYS.named() {
        text.push_str(&format!("[keys.{name}]\n"));
        for b in table {
            let names: Vec<String> = b
                .keys
                .iter()
                .map(|k| format!("{:?}", config_name(*k)))
                .collect();
            for k in b.keys {
                assert_eq!(parse_key(&config_name(*k)), Ok(*k), "{k:?} on {name}");
            }
            text.push_str(&format!(
                "{} = [{}]\n",
                pivot::tui::keys::map::action_name(b.command),
                names.join(", ")
            ));
        }
    }
    let keys = remapped(&text).unwrap_or_else(|why| panic!("{}", why.join("\n")));
    for ((name, built_in), (_, written)) in KEYS.named().into_iter().zip(keys.named()) {
        let pairs = |t: &[pivot::tui::keys::Binding]| -> Vec<_> {
            t.iter().map(|b| (b.command, b.keys.to_vec())).collect()
        };
        assert_eq!(pairs(built_in), pairs(written), "{name}");
    }
}

#[test]
fn each_action_names_one_row_of_its_table() {
    for (name, table) in KEYS.named() {
        assert_eq!(
            action_names(table).len(),
            table.len(),
            "two rows of {name} share an action name"
        );
    }
}

#[test]
fn key_names_read_as_a_person_writes_them() {
    use pivot::tui::keys::{ch, ctrl, plain};
    assert_eq!(parse_key("G"), Ok(ch('G')));
    assert_eq!(parse_key("shift-g"), Ok(ch('G')));
    assert_eq!(parse_key("ctrl-R"), Ok(ctrl('r')));
    assert_eq!(parse_key("Enter"), Ok(plain(KeyCode::Enter)));
    assert_eq!(parse_key("pagedown"), Ok(plain(KeyCode::PageDown)));
    assert_eq!(parse_key("f5"), Ok(plain(KeyCode::F(5))));
    assert_eq!(parse_key("space"), Ok(ch(' ')));
    assert_eq!(parse_key("-"), Ok(ch('-')));
    assert!(parse_key("ctrl-a-b").is_err());
    assert!(parse_key("hyper-x").is_err());
    // The names help and the footer write are read as well.
    assert_eq!(parse_key("C-z"), Ok(ctrl('z')));
    assert_eq!(parse_key("S-Tab"), Ok(plain(KeyCode::BackTab)));
    assert_eq!(parse_key("shift-tab"), Ok(plain(KeyCode::BackTab)));
    assert_eq!(parse_key("PgUp"), Ok(plain(KeyCode::PageUp)));
    assert_eq!(parse_key("Del"), Ok(plain(KeyCode::Delete)));
    assert_eq!(parse_key("Ctrl-r"), Ok(ctrl('r')));
    // Keys a terminal sends as other keys, or a shifted sign, are refused with what to write.
    for (name, why) in [
        ("ctrl-i", "reaches pivot as Tab"),
        ("ctrl-m", "reaches pivot as Enter"),
        ("shift-1", "the character Shift gives"),
    ] {
        let err = parse_key(name).expect_err(name);
        assert!(err.contains(why), "{name}: {err}");
    }
    assert_eq!(
        parse_key("ctrl-h"),
        Ok(ctrl('h')),
        "sent as itself in raw mode"
    );
}

#[test]
fn every_key_as_help_writes_it_reads_back_as_itself() {
    for (name, table) in KEYS.named() {
        for b in table {
            for k in b.keys {
                let shown = pivot::tui::keys::names::describe(*k);
                assert_eq!(parse_key(&shown), Ok(*k), "{shown} on {name}");
            }
        }
    }
}

#[test]
fn the_tabs_and_help_name_a_screen_by_its_moved_key() {
    let (_dir, path) = folder_with(include_str!("fixtures/review/mentee.json"));
    let mut app = open_app_with_keys(&path, "[keys.global]\ngo-journal = \"=\"\n");
    let tabs = screen_text(&app, 120, 30);
    let top = tabs.lines().next().expect("a tab bar");
    assert!(
        top.contains("= Journal") && !top.contains("5 Journal"),
        "{top}"
    );
    press(&mut app, "=?");
    assert_eq!(app.screen(), Screen::Journal);
    let help = screen_text(&app, 100, 40);
    assert!(
        !help.contains("1–9"),
        "the screens' keys are not 1 to 9 now:\n{help}"
    );
    assert!(
        help.lines()
            .any(|l| l.contains("= ") && l.contains("journal")),
        "{help}"
    );
}
