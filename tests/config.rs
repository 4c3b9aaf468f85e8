//! This machine's settings: `config.toml` in the platform's config folder (the sandbox's
//! XDG_CONFIG_HOME here). `config path` and `config init`; the data file it names; and a file
//! that does not parse is reported with its line and column while pivot runs on the defaults;
//! `config check` and `config keys`, and key remaps the coach cannot use.

mod common;
use common::cli::*;

fn config_file(sb: &Sandbox) -> std::path::PathBuf {
    sb.root().join("xdg-config/pivot/config.toml")
}

#[test]
fn config_path_names_the_file_and_init_writes_a_commented_one_once() {
    let sb = Sandbox::new();
    let path = config_file(&sb);
    assert_eq!(sb.ok(&["config", "path"]), format!("{}\n", path.display()));
    assert!(!path.exists(), "path writes nothing");
    let out = sb.ok(&["config", "init"]);
    assert!(
        out.starts_with(&format!("Wrote {}", path.display())),
        "{out}"
    );
    let text = std::fs::read_to_string(&path).expect("the file");
    assert!(
        text.contains("# theme = \"dark\"") && text.contains("# mouse = false"),
        "{text}"
    );
    // A second init leaves the person's file alone.
    std::fs::write(&path, "mouse = true\n").expect("edit it");
    assert!(sb.ok(&["config", "init"]).contains("is there already"));
    assert_eq!(
        std::fs::read_to_string(&path).expect("the file"),
        "mouse = true\n"
    );
}

#[test]
fn the_data_file_named_in_the_config_is_used_unless_the_command_line_names_one() {
    let sb = Sandbox::new();
    let elsewhere = sb.path("elsewhere.json");
    let path = config_file(&sb);
    std::fs::create_dir_all(path.parent().expect("folder")).expect("mkdir");
    std::fs::write(
        &path,
        format!("data = {:?}\n", elsewhere.display().to_string()),
    )
    .expect("write");
    let cmd = sb.bare().arg("path").assert().success();
    assert_eq!(stdout(&cmd), format!("{}\n", elsewhere.display()));
    // --data (or PIVOT_DATA) wins.
    assert_eq!(sb.ok(&["path"]), format!("{}\n", sb.data.display()));
}

#[test]
fn a_config_that_does_not_parse_is_reported_with_line_and_column_and_pivot_runs_on_defaults() {
    let sb = Sandbox::new();
    let path = config_file(&sb);
    std::fs::create_dir_all(path.parent().expect("folder")).expect("mkdir");
    std::fs::write(&path, "mouse = true\ntheme = \"neon\"\n").expect("write");
    let run = sb.pivot().arg("status").assert().success();
    let err = stderr(&run);
    assert!(
        err.contains("config.toml: line 2, column 9: unknown variant `neon`"),
        "{err}"
    );
    assert!(err.contains("using the defaults"), "{err}");
    assert!(stdout(&run).contains("Readiness"), "status still ran");
    std::fs::write(&path, "colour = \"red\"\n").expect("write");
    let err = stderr(&sb.pivot().arg("status").assert().success());
    assert!(
        err.contains(
            "line 1, column 1: unknown field `colour`, expected one of `theme`, `mouse`, `data`"
        ),
        "{err}"
    );
}

fn write_config(sb: &Sandbox, text: &str) -> std::path::PathBuf {
    let path = config_file(sb);
    std::fs::create_dir_all(path.parent().expect("folder")).expect("mkdir");
    std::fs::write(&path, text).expect("write");
    path
}

#[test]
fn config_check_says_what_is_wrong_or_that_the_file_is_fine() {
    let sb = Sandbox::new();
    assert!(sb.ok(&["config", "check"]).contains("There is no"));
    write_config(&sb, "[keys.journal]\nadd = \"n\"\n");
    assert!(
        sb.ok(&["config", "check"])
            .contains("is fine (1 key moved)"),
        "one remap"
    );
    write_config(
        &sb,
        "[keys.journal]\nadd = \"e\"\n[keys.skills]\nrat = \"r\"\n",
    );
    let err = sb.fails(&["config", "check"]);
    assert!(err.contains("no key remap is used"), "{err}");
    assert!(
        err.contains("keys.journal.add: \"e\" is already edit on Journal"),
        "{err}"
    );
    assert!(
        err.contains("keys.skills.rat: no such action; the actions there are rate"),
        "{err}"
    );
    write_config(&sb, "[keys.journal\n");
    let err = sb.fails(&["config", "check"]);
    assert!(err.contains("line 1, column "), "{err}");
}

#[test]
fn config_keys_lists_every_key_as_the_file_writes_it_and_follows_remaps() {
    let sb = Sandbox::new();
    let all = sb.ok(&["config", "keys"]);
    assert!(
        all.contains("[keys.global]") && all.contains("[keys.review]"),
        "{all}"
    );
    assert!(all.contains("quit = [\"q\", \"ctrl-c\"]"), "{all}");
    assert!(all.contains("add = \"a\""), "{all}");
    // The listing is a config file that changes nothing.
    write_config(&sb, &all);
    assert!(
        sb.ok(&["config", "check"])
            .contains("is fine (0 keys moved)"),
        "round trip"
    );
    write_config(&sb, "[keys.journal]\nadd = [\"n\", \"insert\"]\n");
    let moved = sb.ok(&["config", "keys"]);
    let journal = &moved[moved.find("[keys.journal]").expect("journal")..];
    assert!(journal.contains("add = [\"n\", \"insert\"]"), "{journal}");
    // Remaps that cannot be used: the listing is of the built-in keys, and says why.
    write_config(&sb, "[keys.journal]\nadd = \"e\"\n");
    let run = sb.pivot().args(["config", "keys"]).assert().success();
    assert!(stdout(&run).contains("add = \"a\""));
    assert!(
        stderr(&run).contains("Key remaps not used (a problem; pivot config check lists it)"),
        "{}",
        stderr(&run)
    );
}

/// When evidence goes stale is the data file's, not this machine's: set from the command line,
/// every machine and the mentor read the same value.
#[test]
fn evidence_staleness_is_set_in_the_data_file_from_the_command_line() {
    let sb = Sandbox::new();
    assert!(sb.ok(&["profile"]).contains("Stale after:  180 days"));
    assert!(
        sb.ok(&["profile", "--stale-after", "90"])
            .contains("Stale after:  90 days")
    );
    assert_eq!(sb.data()["settings"]["evidence_stale_days"], 90);
    sb.usage_error(&["profile", "--stale-after", "0"]);
    assert_eq!(
        sb.data()["settings"]["evidence_stale_days"],
        90,
        "a bad value changes nothing"
    );
    let starter = std::fs::read_to_string({
        sb.ok(&["config", "init"]);
        config_file(&sb)
    })
    .expect("the starter");
    assert!(starter.contains("pivot profile --stale-after"), "{starter}");
}
