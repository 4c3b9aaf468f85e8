//! The coaching rules a pack must keep beyond resolving its ids: every must-have skill is
//! asked for, at its target, by some step's exit; no two level texts say the same thing; and
//! the renames of earlier versions lead to ids this version has.

use std::collections::HashSet;

use super::types::Pack;

/// Where a rule is broken (a JSON path) and how.
pub(super) type Broken = (String, String);

/// How alike two level texts may be (the share of their words they have in common, by the
/// Sørensen–Dice measure) before they read as one level written twice: a text copied and
/// lightly edited. Texts that differ in words yet blur in meaning are for a coach to catch;
/// in pack 1.3 no two comparable texts share more than 0.48.
const TOO_ALIKE: f64 = 0.6;

pub(super) fn check(pack: &Pack) -> Vec<Broken> {
    let mut problems = Vec::new();
    must_haves_are_asked_for(pack, &mut problems);
    level_texts_are_distinct(pack, &mut problems);
    renames_resolve(pack, &mut problems);
    problems
}

fn problem(path: String, message: String) -> Broken {
    (path, message)
}

/// A must-have skill no step asks for at its target would cap readiness with nothing on the
/// path leading to it.
fn must_haves_are_asked_for(pack: &Pack, problems: &mut Vec<Broken>) {
    for (ki, skill) in pack.skills.iter().enumerate() {
        let asked = pack.steps.iter().any(|step| {
            step.exit
                .skills
                .iter()
                .any(|r| r.skill == skill.id && r.level >= skill.target)
        });
        // A target off the scale is reported already, as itself.
        if skill.must_have && (1..=5).contains(&skill.target) && !asked {
            problems.push(problem(
                format!("skills[{ki}].must_have"),
                format!(
                    "must-have skill '{}' is asked for at its target ({}) by no step's exit",
                    skill.id, skill.target
                ),
            ));
        }
    }
}

/// The words of a text that carry its meaning: lower case, four letters or more.
fn words(text: &str) -> HashSet<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() >= 4)
        .map(str::to_lowercase)
        .collect()
}

/// Sørensen–Dice: twice the words shared over the words of both (1 is the same set).
fn alike(a: &HashSet<String>, b: &HashSet<String>) -> f64 {
    if a.is_empty() && b.is_empty() {
        return 1.0;
    }
    let shared = a.intersection(b).count();
    // Counts of words in a level text are far below f64's exact range.
    #[allow(clippy::cast_precision_loss)]
    let score = 2.0 * shared as f64 / (a.len() + b.len()) as f64;
    score
}

/// Within a skill its five levels must differ; across skills, the same level must too.
fn level_texts_are_distinct(pack: &Pack, problems: &mut Vec<Broken>) {
    let texts: Vec<(usize, usize, HashSet<String>)> = pack
        .skills
        .iter()
        .enumerate()
        .flat_map(|(ki, s)| {
            s.levels
                .iter()
                .enumerate()
                .map(move |(li, text)| (ki, li, words(text)))
        })
        .collect();
    for (i, (ka, la, a)) in texts.iter().enumerate() {
        for (kb, lb, b) in &texts[i + 1..] {
            let comparable = ka == kb || la == lb;
            if comparable && alike(a, b) >= TOO_ALIKE {
                problems.push(problem(
                    format!("skills[{kb}].levels[{lb}]"),
                    format!(
                        "reads almost the same as skills[{ka}].levels[{la}] ('{}' level {}): \
                         say what differs",
                        pack.skills[*ka].id,
                        la + 1
                    ),
                ));
            }
        }
    }
}

/// Renames lead from ids this version no longer has to ids it has.
fn renames_resolve(pack: &Pack, problems: &mut Vec<Broken>) {
    let skills: HashSet<&str> = pack.skills.iter().map(|s| s.id.as_str()).collect();
    let items: HashSet<String> = pack
        .steps
        .iter()
        .flat_map(|s| s.items.iter().map(|i| super::item_key(&s.id, &i.id)))
        .collect();
    let mut check = |kind: &str, from: &str, to: &str, known: &dyn Fn(&str) -> bool| {
        let path = format!("renamed.{kind}.{from}");
        if known(from) {
            problems.push(problem(
                path,
                format!("'{from}' is still in the pack: an id that is renamed is gone"),
            ));
        } else if !known(to) {
            problems.push(problem(
                path,
                format!("'{from}' is renamed to '{to}', which the pack does not have"),
            ));
        }
    };
    for (from, to) in &pack.renamed.skills {
        check("skills", from, to, &|id| skills.contains(id));
    }
    for (from, to) in &pack.renamed.items {
        check("items", from, to, &|key| items.contains(key));
    }
}

#[cfg(test)]
mod tests {
    use super::super::builtin;
    use super::*;

    fn paths(pack: &Pack) -> Vec<String> {
        check(pack).into_iter().map(|(path, _)| path).collect()
    }

    #[test]
    fn the_builtin_pack_keeps_every_rule() {
        assert_eq!(check(&builtin()), vec![]);
    }

    #[test]
    fn a_must_have_no_exit_asks_for_at_its_target_is_reported() {
        let mut pack = builtin();
        let ki = pack
            .skills
            .iter()
            .position(|s| s.id == "roadmapping")
            .expect("in the pack");
        for step in &mut pack.steps {
            step.exit.skills.retain(|r| r.skill != "roadmapping");
        }
        assert_eq!(paths(&pack), [format!("skills[{ki}].must_have")]);
        // Asked for below its target is not enough either.
        pack.steps[1].exit.skills.push(crate::content::SkillLevel {
            skill: "roadmapping".into(),
            level: pack.skills[ki].target - 1,
        });
        assert_eq!(paths(&pack), [format!("skills[{ki}].must_have")]);
    }

    #[test]
    fn level_texts_that_nearly_repeat_are_reported_within_a_skill_and_across_skills() {
        let mut pack = builtin();
        pack.skills[0].levels[4] = format!("{} Also", pack.skills[0].levels[3]);
        pack.skills[5].levels[0] = pack.skills[2].levels[0].replace("the", "a");
        assert_eq!(paths(&pack), ["skills[0].levels[4]", "skills[5].levels[0]"]);
    }

    #[test]
    fn a_rename_must_lead_from_a_gone_id_to_one_the_pack_has() {
        let mut pack = builtin();
        pack.renamed
            .skills
            .insert("old-skill".into(), "no-such-skill".into());
        pack.renamed.items.insert(
            "develop-strategy/pick-kpis".into(),
            "develop-strategy/strategy-page".into(),
        );
        assert_eq!(
            paths(&pack),
            [
                "renamed.skills.old-skill",
                "renamed.items.develop-strategy/pick-kpis"
            ]
        );
    }
}
