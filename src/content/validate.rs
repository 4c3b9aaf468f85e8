use std::collections::HashSet;
use std::fmt;

use super::types::{Pack, Step};

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

/// Check everything serde cannot: unique ids, resolving references, the 1–5 scale, and the
/// coaching rules (`rules.rs`).
pub fn validate(pack: &Pack) -> Vec<Problem> {
    let mut c = Checker {
        problems: Vec::new(),
    };
    c.header(pack);
    let known = Known {
        sources: pack.sources.iter().map(|s| s.file.as_str()).collect(),
        skills: pack.skills.iter().map(|s| s.id.as_str()).collect(),
        steps: pack.steps.iter().map(|s| s.id.as_str()).collect(),
    };
    c.steps(pack, &known);
    c.skills(pack, &known);
    c.ids(
        "roles.dimensions",
        pack.roles.dimensions.iter().map(|d| d.id.as_str()),
    );
    c.sources("roles", &pack.roles.sources, &known.sources);
    c.ids("practices", pack.practices.iter().map(|p| p.id.as_str()));
    for (pi, p) in pack.practices.iter().enumerate() {
        c.sources(&format!("practices[{pi}]"), &p.sources, &known.sources);
    }
    for (path, message) in super::rules::check(pack) {
        c.push(path, message);
    }
    c.problems
}

/// The ids a pack defines, that its parts refer to.
struct Known<'a> {
    sources: HashSet<&'a str>,
    skills: HashSet<&'a str>,
    steps: HashSet<&'a str>,
}

impl Checker {
    /// The pack's own id and title, and its level scale.
    fn header(&mut self, pack: &Pack) {
        self.non_empty("id".into(), &pack.id);
        self.non_empty("title".into(), &pack.title);
        let levels: Vec<u8> = pack.levels.iter().map(|l| l.level).collect();
        if levels != [1, 2, 3, 4, 5] {
            self.push(
                "levels".into(),
                format!("must name levels 1, 2, 3, 4, 5 in order, found {levels:?}"),
            );
        }
    }

    fn steps(&mut self, pack: &Pack, known: &Known) {
        if pack.steps.is_empty() {
            self.push("steps".into(), "a pack needs at least one step".into());
        }
        self.ids("steps", pack.steps.iter().map(|s| s.id.as_str()));
        for (si, step) in pack.steps.iter().enumerate() {
            let at = format!("steps[{si}]");
            self.non_empty(format!("{at}.title"), &step.title);
            if step.items.is_empty() {
                self.push(
                    format!("{at}.items"),
                    "a step needs at least one item".into(),
                );
            }
            self.ids(
                &format!("{at}.items"),
                step.items.iter().map(|i| i.id.as_str()),
            );
            self.items(&at, step, &known.sources);
            self.exit(&at, step, &known.skills);
            self.sources(&at, &step.sources, &known.sources);
        }
    }

    /// A step's items: text, an evidence prompt, sources.
    fn items(&mut self, at: &str, step: &Step, sources: &HashSet<&str>) {
        for (ii, item) in step.items.iter().enumerate() {
            self.non_empty(format!("{at}.items[{ii}].text"), &item.text);
            match &item.evidence_prompt {
                Some(prompt) => {
                    self.non_empty(format!("{at}.items[{ii}].evidence_prompt"), prompt);
                }
                None => self.push(
                    format!("{at}.items[{ii}].evidence_prompt"),
                    "every item needs an evidence prompt: what would show it was done?".into(),
                ),
            }
            self.sources(&format!("{at}.items[{ii}]"), &item.sources, sources);
        }
    }

    /// A step's exit criteria name its own items and known skills at levels on the scale.
    fn exit(&mut self, at: &str, step: &Step, skills: &HashSet<&str>) {
        let items: HashSet<&str> = step.items.iter().map(|i| i.id.as_str()).collect();
        for (ei, id) in step.exit.items.iter().enumerate() {
            if !items.contains(id.as_str()) {
                self.push(
                    format!("{at}.exit.items[{ei}]"),
                    format!("item '{id}' is not an item of step '{}'", step.id),
                );
            }
        }
        for (ei, req) in step.exit.skills.iter().enumerate() {
            let path = format!("{at}.exit.skills[{ei}]");
            if !skills.contains(req.skill.as_str()) {
                self.push(
                    format!("{path}.skill"),
                    format!("unknown skill '{}'", req.skill),
                );
            }
            self.level(format!("{path}.level"), req.level);
        }
    }

    fn skills(&mut self, pack: &Pack, known: &Known) {
        if pack.skills.is_empty() {
            self.push("skills".into(), "a pack needs at least one skill".into());
        }
        self.ids("skills", pack.skills.iter().map(|s| s.id.as_str()));
        for (ki, skill) in pack.skills.iter().enumerate() {
            let at = format!("skills[{ki}]");
            self.non_empty(format!("{at}.name"), &skill.name);
            if skill.levels.len() != 5 {
                self.push(
                    format!("{at}.levels"),
                    format!(
                        "needs exactly five level descriptors, found {}",
                        skill.levels.len()
                    ),
                );
            }
            self.level(format!("{at}.target"), skill.target);
            if skill.questions.len() < 2 {
                self.push(
                    format!("{at}.questions"),
                    format!(
                        "needs at least two interview questions, found {}",
                        skill.questions.len()
                    ),
                );
            }
            for (qi, q) in skill.questions.iter().enumerate() {
                self.non_empty(format!("{at}.questions[{qi}]"), q);
            }
            if !known.steps.contains(skill.step.as_str()) {
                self.push(
                    format!("{at}.step"),
                    format!("unknown step '{}'", skill.step),
                );
            }
            self.sources(&at, &skill.sources, &known.sources);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::{builtin, parse};
    use super::*;

    fn problems_after(change: impl FnOnce(&mut Pack)) -> Vec<Problem> {
        let mut pack = builtin();
        change(&mut pack);
        validate(&pack)
    }

    fn paths(problems: &[Problem]) -> Vec<&str> {
        problems.iter().map(|p| p.path.as_str()).collect()
    }

    #[test]
    fn builtin_pack_is_valid() {
        assert_eq!(validate(&builtin()), vec![]);
    }

    #[test]
    fn builtin_pack_has_the_four_steps_in_order_with_six_to_ten_items() {
        let pack = builtin();
        let ids: Vec<&str> = pack.steps.iter().map(|s| s.id.as_str()).collect();
        assert_eq!(
            ids,
            [
                "cultivate-skills",
                "develop-strategy",
                "gather-experience",
                "showcase-success"
            ]
        );
        for step in &pack.steps {
            assert!(
                (6..=10).contains(&step.items.len()),
                "{} has {} items",
                step.id,
                step.items.len()
            );
            assert!(!step.goal.is_empty() && !step.guidance.is_empty());
            assert!(!step.exit.items.is_empty() || !step.exit.skills.is_empty());
        }
    }

    #[test]
    fn builtin_pack_has_twelve_or_more_skills_with_must_haves_and_sources() {
        let pack = builtin();
        assert!(pack.skills.len() >= 12);
        assert!(pack.skills.iter().any(|s| s.must_have));
        assert!(pack.skills.iter().any(|s| !s.must_have));
        assert_eq!(pack.sources.len(), 5);
        assert!(pack.practices.iter().any(|p| p.id == "reflect-and-adjust"));
        assert!(pack.roles.dimensions.len() >= 7);
    }

    #[test]
    fn duplicate_step_id_is_reported_with_its_path() {
        let problems = problems_after(|p| p.steps[1].id = p.steps[0].id.clone());
        // Skills that named the renamed step no longer resolve either; the duplicate comes first.
        assert_eq!(paths(&problems)[0], "steps[1].id");
        assert!(problems[0].message.contains("duplicate"));
    }

    #[test]
    fn duplicate_item_id_within_a_step_is_reported() {
        let problems = problems_after(|p| p.steps[2].items[1].id = p.steps[2].items[0].id.clone());
        assert_eq!(paths(&problems)[0], "steps[2].items[1].id");
    }

    #[test]
    fn exit_criteria_must_refer_to_items_of_the_same_step_and_known_skills() {
        let problems = problems_after(|p| {
            p.steps[0].exit.items.push("nope".into());
            p.steps[0].exit.skills[0].skill = "ghost".into();
        });
        let at = paths(&problems);
        assert!(at.contains(&"steps[0].exit.skills[0].skill"), "{at:?}");
        assert!(
            at.iter().any(|p| p.starts_with("steps[0].exit.items[")),
            "{at:?}"
        );
    }

    #[test]
    fn a_skill_needs_exactly_five_levels_and_a_target_in_range() {
        let problems = problems_after(|p| {
            p.skills[3].levels.pop();
            p.skills[4].target = 7;
            p.skills[5].step = "elsewhere".into();
        });
        assert_eq!(
            paths(&problems),
            ["skills[3].levels", "skills[4].target", "skills[5].step"]
        );
    }

    #[test]
    fn unknown_source_reference_is_reported() {
        let problems = problems_after(|p| p.skills[0].sources = vec!["missing.txt".into()]);
        assert_eq!(paths(&problems), ["skills[0].sources[0]"]);
    }

    #[test]
    fn ids_with_a_slash_are_refused() {
        let problems = problems_after(|p| p.steps[0].items[0].id = "a/b".into());
        assert_eq!(paths(&problems)[0], "steps[0].items[0].id");
    }

    #[test]
    fn syntax_error_reports_line_and_column() {
        let problems = parse("{\n  \"id\": \"x\",\n  oops\n}").unwrap_err();
        assert_eq!(problems.len(), 1);
        assert_eq!(problems[0].line, Some((3, 3)));
        assert!(problems[0].to_string().starts_with("line 3, column 3"));
    }

    #[test]
    fn unknown_field_is_reported_with_its_json_path() {
        let mut value: serde_json::Value =
            serde_json::to_value(builtin()).expect("pack serializes");
        value["steps"][1]["items"][0]["colour"] = "red".into();
        let problems = parse(&serde_json::to_string_pretty(&value).expect("json")).unwrap_err();
        assert_eq!(problems[0].path, "steps[1].items[0].colour");
        assert!(problems[0].message.contains("colour"));
    }
}
