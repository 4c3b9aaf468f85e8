//! The person's settings for this machine, in `config.toml` in the platform's config folder
//! (`$XDG_CONFIG_HOME/pivot/config.toml` on Linux): the theme, the mouse, the data file. A file
//! that does not parse is reported with its line and column, and pivot runs on the defaults.
//! What is given on the command line wins over the file.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;

/// The colours of the coach.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ThemeName {
    Dark,
    Light,
    HighContrast,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Config {
    /// dark (the default), light or high-contrast.
    pub theme: Option<ThemeName>,
    /// Let the mouse click and scroll in the coach.
    pub mouse: Option<bool>,
    /// The data file to use when neither --data nor PIVOT_DATA says.
    pub data: Option<PathBuf>,
    /// Keys chosen by the person: `[keys.<screen>]` or `[keys.global]`, each an action and the
    /// key or keys that run it. Checked against the coach's key tables when it starts.
    #[serde(default)]
    pub keys: BTreeMap<String, BTreeMap<String, KeyNames>>,
}

/// One key or a list of them, as `config.toml` writes them (`"n"`, `["n", "ctrl-n"]`).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(
    untagged,
    expecting = "a key (\"n\") or a list of keys ([\"n\", \"ctrl-n\"])"
)]
pub enum KeyNames {
    One(String),
    Many(Vec<String>),
}

impl KeyNames {
    pub fn names(&self) -> &[String] {
        match self {
            KeyNames::One(name) => std::slice::from_ref(name),
            KeyNames::Many(names) => names,
        }
    }
}

/// The file `pivot config init` writes: every setting, commented out, at its default.
pub const STARTER: &str = "\
# pivot's settings for this machine. Remove the # before a line to use it.
# What you give on the command line (--high-contrast, --mouse, --data) wins over this file.

# The coach's colours: \"dark\" (the default), \"light\" or \"high-contrast\".
# NO_COLOR in the environment still turns colour off.
# theme = \"dark\"

# Let the mouse click tabs and scroll (off by default, so text can be selected).
# mouse = false

# The data file, when neither --data nor PIVOT_DATA says (default: the platform's data folder).
# data = \"~/Documents/pivot/progress.json\"

# When evidence counts as stale is kept in your data file, not here, so every machine and your
# mentor see the same marks: pivot profile --stale-after 90

# Keys. Under [keys.global] (the keys that work everywhere) or a screen's heading
# ([keys.dashboard], [keys.path], [keys.skills], [keys.milestones], [keys.journal],
# [keys.review], [keys.evidence], [keys.progress], [keys.showcase]), a line names an action and the key, or list of keys, that
# runs it instead of its usual ones. A key is a character (case counts: \"G\" is shift-g, \"!\" is
# itself), or enter, esc, tab, backtab, space, backspace, delete, insert, up, down, left, right,
# home, end, pageup, pagedown, f1 to f12, with ctrl-, alt- or shift- before it if need be.
# `pivot config keys` lists every action with its keys; `pivot config check` says what is wrong.
# Help, footers and titles follow the keys you choose.
#
# [keys.journal]
# add = \"n\"
#
# [keys.global]
# undo = [\"u\", \"ctrl-z\"]
";

/// Where the file is looked for.
pub fn path() -> Option<PathBuf> {
    directories::ProjectDirs::from("", "", "pivot").map(|d| d.config_dir().join("config.toml"))
}

/// The settings in `text`, or where and why they do not parse.
pub fn parse(text: &str) -> Result<Config, String> {
    toml::from_str(text).map_err(|e| {
        let at = e.span().map(|span| {
            let before = &text[..span.start.min(text.len())];
            let line = before.matches('\n').count() + 1;
            let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
            format!("line {line}, column {column}: ")
        });
        format!("{}{}", at.unwrap_or_default(), e.message())
    })
}

/// The settings in the file at `path` (none when there is no file), with a warning when it
/// could not be used: pivot then runs on the defaults.
pub fn load_from(path: &Path) -> (Config, Option<String>) {
    let text = match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return (Config::default(), None),
        Err(e) => {
            return (
                Config::default(),
                Some(format!(
                    "cannot read {}: {e}; using the defaults",
                    path.display()
                )),
            );
        }
    };
    match parse(&text) {
        Ok(mut config) => {
            config.data = config.data.map(|d| home(&d));
            (config, None)
        }
        Err(why) => (
            Config::default(),
            Some(format!("{}: {why}; using the defaults", path.display())),
        ),
    }
}

/// The settings of this machine (see [`load_from`]).
pub fn load() -> (Config, Option<String>) {
    path().map_or((Config::default(), None), |p| load_from(&p))
}

/// `~/…` as the home folder.
fn home(path: &Path) -> PathBuf {
    match (path.strip_prefix("~"), directories::BaseDirs::new()) {
        (Ok(rest), Some(dirs)) => dirs.home_dir().join(rest),
        _ => path.to_path_buf(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_starter_file_parses_to_the_defaults() {
        assert_eq!(parse(STARTER), Ok(Config::default()));
    }

    #[test]
    fn settings_parse_and_a_bad_one_says_where() {
        let c = parse("theme = \"high-contrast\"\nmouse = true\n").expect("parses");
        assert_eq!(
            (c.theme, c.mouse),
            (Some(ThemeName::HighContrast), Some(true))
        );
        let err = parse("mouse = true\ntheme = \"neon\"\n").expect_err("no such theme");
        assert!(err.starts_with("line 2, column 9: "), "{err}");
        assert!(
            err.contains("dark") && err.contains("high-contrast"),
            "the valid ones: {err}"
        );
        let err = parse("colour = \"red\"\n").expect_err("no such setting");
        assert!(err.starts_with("line 1, column 1: "), "{err}");
        assert!(
            err.contains("theme") && err.contains("mouse") && err.contains("data"),
            "{err}"
        );
        let err = parse("mouse = \n").expect_err("not TOML");
        assert!(err.starts_with("line 1, column "), "{err}");
    }
}
