use std::collections::HashSet;
use std::fmt;

use super::types::Pack;

/// One thing wrong with a pack, with where it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// JSON path such as `steps[1].items[3].id`; empty for the document itself.
    pub path: String,
    /// Line and column, when the problem is in the JSON syntax or types.
    pub line: Option<(usize, usize)>,
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (&self.line, self.path.is_empty()) {
            (Some((l, c)), true) => write!(f, "line {l}, column {c}: {}", self.message),
            (Some((l, c)), false) => {
                write!(f, "line {l}, column {c} ({}): {}", self.path, self.message)
            }
            (None, true) => write!(f, "{}", self.message),
            (None, false) => write!(f, "{}: {}", self.path, self.message),
        }
    }
}

struct Checker {
    problems: Vec<Problem>,
}

impl Checker {
    fn push(&mut self, path: String, message: String) {
        self.problems.push(Problem {
            path,
            line: None,
            message,
        });
    }

    fn non_empty(&mut self, path: String, value: &str) {
        if value.trim().is_empty() {
            self.push(path, "must not be empty".into());
        }
    }

    /// Ids must be unique, non-empty and free of `/` (used as the step/item separator).
    fn ids<'a>(&mut self, prefix: &str, ids: impl Iterator<Item = &'a str>) {
        let mut seen = HashSet::new();
        for (i, id) in ids.enumerate() {
            let path = format!("{prefix}[{i}].id");
            if id.trim().is_empty() || id.contains('/') || id.chars().any(char::is_whitespace) {
                self.push(
                    path,
                    format!("id '{id}' must be non-empty, without spaces or '/'"),
                );
            } else if !seen.insert(id) {
                self.push(path, format!("duplicate id '{id}'"));
            }
        }
    }

    fn level(&mut self, path: String, level: u8) {
        if !(1..=5).contains(&level) {
            self.push(path, format!("level {level} is outside 1–5"));
        }
    }

    fn sources(&mut self, path: &str, refs: &[String], known: &HashSet<&str>) {
        for (i, r) in refs.iter().enumerate() {
            if !known.contains(r.as_str()) {
                self.push(
                    format!("{path}.sources[{i}]"),
                    format!("source '{r}' is not listed in the pack's sources"),
                );
            }
        }
    }
}

/// Check everything serde cannot: unique ids, resolving references, the 1–5 scale.
pub fn validate(pack: &Pack) -> Vec<Problem> {
    let mut c = Checker {
        problems: Vec::new(),
    };
    c.non_empty("id".into(), &pack.id);
    c.non_empty("title".into(), &pack.title);

    let levels: Vec<u8> = pack.levels.iter().map(|l| l.level).collect();
    if levels != [1, 2, 3, 4, 5] {
        c.push(
            "levels".into(),
            format!("must name levels 1, 2, 3, 4, 5 in order, found {levels:?}"),
        );
    }

    let sources: HashSet<&str> = pack.sources.iter().map(|s| s.file.as_str()).collect();
    let skills: HashSet<&str> = pack.skills.iter().map(|s| s.id.as_str()).collect();
    let steps: HashSet<&str> = pack.steps.iter().map(|s| s.id.as_str()).collect();

    if pack.steps.is_empty() {
        c.push("steps".into(), "a pack needs at least one step".into());
    }
    c.ids("steps", pack.steps.iter().map(|s| s.id.as_str()));
    for (si, step) in pack.steps.iter().enumerate() {
        let at = format!("steps[{si}]");
        c.non_empty(format!("{at}.title"), &step.title);
        if step.items.is_empty() {
            c.push(
                format!("{at}.items"),
                "a step needs at least one item".into(),
            );
        }
        c.ids(
            &format!("{at}.items"),
            step.items.iter().map(|i| i.id.as_str()),
        );
        let items: HashSet<&str> = step.items.iter().map(|i| i.id.as_str()).collect();
        for (ii, item) in step.items.iter().enumerate() {
            c.non_empty(format!("{at}.items[{ii}].text"), &item.text);
            c.sources(&format!("{at}.items[{ii}]"), &item.sources, &sources);
        }
        for (ei, id) in step.exit.items.iter().enumerate() {
            if !items.contains(id.as_str()) {
                c.push(
                    format!("{at}.exit.items[{ei}]"),
                    format!("item '{id}' is not an item of step '{}'", step.id),
                );
            }
        }
        for (ei, req) in step.exit.skills.iter().enumerate() {
            let path = format!("{at}.exit.skills[{ei}]");
            if !skills.contains(req.skill.as_str()) {
                c.push(
                    format!("{path}.skill"),
                    format!("unknown skill '{}'", req.skill),
                );
            }
            c.level(format!("{path}.level"), req.level);
        }
        c.sources(&at, &step.sources, &sources);
    }

    if pack.skills.is_empty() {
        c.push("skills".into(), "a pack needs at least one skill".into());
    }
    c.ids("skills", pack.skills.iter().map(|s| s.id.as_str()));
    for (ki, skill) in pack.skills.iter().enumerate() {
        let at = format!("skills[{ki}]");
        c.non_empty(format!("{at}.name"), &skill.name);
        if skill.levels.len() != 5 {
            c.push(
                format!("{at}.levels"),
                format!(
                    "needs exactly five level descriptors, found {}",
                    skill.levels.len()
                ),
            );
        }
        c.level(format!("{at}.target"), skill.target);
        if !steps.contains(skill.step.as_str()) {
            c.push(
                format!("{at}.step"),
                format!("unknown step '{}'", skill.step),
            );
        }
        c.sources(&at, &skill.sources, &sources);
    }

    c.ids(
        "roles.dimensions",
        pack.roles.dimensions.iter().map(|d| d.id.as_str()),
    );
    c.sources("roles", &pack.roles.sources, &sources);
    c.ids("practices", pack.practices.iter().map(|p| p.id.as_str()));
    for (pi, p) in pack.practices.iter().enumerate() {
        c.sources(&format!("practices[{pi}]"), &p.sources, &sources);
    }
    c.problems
}
