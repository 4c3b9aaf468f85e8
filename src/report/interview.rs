//! Interview practice: each skill's questions with the person's stories that could answer
//! them, as data (`interview --json`) and as Markdown.

use std::collections::HashSet;
use std::fmt::Write;

use schemars::JsonSchema;
use serde::Serialize;

use crate::content::Pack;
use crate::insight::Insights;
use crate::progress::{Evidence, Progress, practised};

use super::markup::{block, evidence_line, heading, inline};
use super::showcase::pieces;

/// Stories offered per question.
const PER_QUESTION: usize = 2;

/// One skill's practice questions.
#[derive(Debug, Serialize, JsonSchema)]
pub struct PracticeSkill {
    /// The skill's id.
    pub skill: String,
    pub name: String,
    /// The person's latest own level.
    pub own: Option<u8>,
    /// The latest mentor's level, and who gave it.
    pub mentor: Option<MentorLevel>,
    pub target: u8,
    pub questions: Vec<PracticeQuestion>,
    /// A piece of evidence backing the skill that has no story yet: writing it up as
    /// situation, task, action, result gives these questions an answer.
    pub untold: Option<StoryRef>,
}

/// A mentor's latest level on a skill.
#[derive(Debug, Serialize, JsonSchema)]
pub struct MentorLevel {
    pub mentor: String,
    pub level: u8,
}

/// A question and the stories that could answer it, best fit first; and how often it was
/// practised out loud.
#[derive(Debug, Serialize, JsonSchema)]
pub struct PracticeQuestion {
    /// `SKILL/N`: the skill and the question's place in the pack (what `--practised` takes).
    pub id: String,
    pub question: String,
    pub stories: Vec<StoryRef>,
    /// How many times it was practised.
    pub practised: usize,
    /// The last time, and how it went.
    pub last: Option<chrono::NaiveDate>,
    pub how: Option<String>,
}

/// A piece of evidence, by id (`evidence list --json` has it in full) and title.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct StoryRef {
    pub evidence: u32,
    pub title: String,
}

impl StoryRef {
    fn of(e: &Evidence) -> Self {
        StoryRef {
            evidence: e.id,
            title: e.title.clone(),
        }
    }
}

/// Words that carry meaning, for matching a story to a question.
fn words(text: &str) -> HashSet<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() > 3)
        .map(str::to_lowercase)
        .collect()
}

/// How well a story fits a question: shared meaningful words.
fn fit(question: &HashSet<String>, e: &Evidence) -> usize {
    let mut text = e.title.clone();
    for (_, part) in e.story.parts() {
        text.push(' ');
        text.push_str(part);
    }
    words(&text).intersection(question).count()
}

/// The stories each question gets, best fit first: a story answers the question it fits best
/// (the words they share; every question it fits as well, on a tie), not every question of its
/// skill. A story that shares no word with any goes to the question with the fewest so far.
fn answers<'a>(questions: &[String], stories: &[&'a Evidence]) -> Vec<Vec<&'a Evidence>> {
    let words_of: Vec<HashSet<String>> = questions.iter().map(|q| words(q)).collect();
    let mut given: Vec<Vec<(usize, &Evidence)>> = vec![Vec::new(); questions.len()];
    for e in stories {
        let fits: Vec<usize> = words_of.iter().map(|q| fit(q, e)).collect();
        let best = fits.iter().copied().max().unwrap_or(0);
        if best > 0 {
            for (n, f) in fits.iter().enumerate() {
                if *f == best {
                    given[n].push((best, e));
                }
            }
        } else if let Some(n) = (0..given.len()).min_by_key(|n| given[*n].len()) {
            given[n].push((0, e));
        }
    }
    given
        .into_iter()
        .map(|mut fits| {
            fits.sort_by_key(|(f, _)| std::cmp::Reverse(*f));
            fits.into_iter()
                .take(PER_QUESTION)
                .map(|(_, e)| e)
                .collect()
        })
        .collect()
}

/// Practice questions per skill (or one skill), each with the stories that answer it best.
pub fn practice(
    pack: &Pack,
    progress: &Progress,
    insights: &Insights,
    only: Option<&str>,
) -> Vec<PracticeSkill> {
    let mut out = Vec::new();
    for s in insights
        .skills
        .iter()
        .filter(|s| only.is_none_or(|o| o == s.id))
    {
        let Some(skill) = pack.skill(&s.id) else {
            continue;
        };
        let backing = pieces(progress, s);
        let stories: Vec<&Evidence> = backing
            .iter()
            .copied()
            .filter(|e| !e.story.is_empty())
            .collect();
        let answers = answers(&skill.questions, &stories);
        let mut questions: Vec<PracticeQuestion> = skill
            .questions
            .iter()
            .zip(answers)
            .enumerate()
            .map(|(n, (question, stories))| {
                let (practised, last) = practised(&progress.practice, &s.id, question);
                PracticeQuestion {
                    id: format!("{}/{}", s.id, n + 1),
                    question: question.clone(),
                    stories: stories.into_iter().map(StoryRef::of).collect(),
                    practised,
                    last: last.map(|p| p.date),
                    how: last.and_then(|p| p.how.clone()),
                }
            })
            .collect();
        // The least practised first, then the longest since; the pack's order on a tie.
        questions.sort_by_key(|q| (q.practised, q.last));
        out.push(PracticeSkill {
            skill: s.id.clone(),
            name: s.name.clone(),
            own: s.self_rating.as_ref().map(|r| r.level),
            mentor: s.mentor_rating.as_ref().map(|m| MentorLevel {
                mentor: m.mentor.clone(),
                level: m.level,
            }),
            target: s.target,
            questions,
            untold: backing
                .iter()
                .find(|e| e.story.is_empty())
                .map(|e| StoryRef::of(e)),
        });
    }
    out
}

/// Practice questions per skill (or one skill) in Markdown, each with the stories that could
/// answer it, best fit first; a story is told in full the first time, after that by its title.
pub fn interview(
    pack: &Pack,
    progress: &Progress,
    insights: &Insights,
    only: Option<&str>,
) -> String {
    let mut out = String::from("# Interview practice\n\n");
    out.push_str("*Answer each out loud in two minutes: situation, task, action, result.*\n\n");
    let practice = practice(pack, progress, insights, only);
    for p in &practice {
        let own = super::markup::opt(p.own);
        let mentor = p.mentor.as_ref().map_or(String::new(), |m| {
            format!(" · {} {}", inline(&m.mentor), m.level)
        });
        let title = format!(
            "{} (you {own}{mentor} · target {})",
            inline(&p.name),
            p.target
        );
        out.push_str(&heading(2, &title));
        let mut told: HashSet<u32> = HashSet::new();
        for (n, q) in p.questions.iter().enumerate() {
            let _ = writeln!(out, "{}. {}\n", n + 1, inline(&q.question));
            let _ = writeln!(out, "   {}\n", practised_line(q));
            if q.stories.is_empty() {
                match &p.untold {
                    Some(e) => {
                        let _ = writeln!(
                            out,
                            "   No story yet: write up \"{}\" as situation, task, action, result.\n",
                            inline(&e.title)
                        );
                    }
                    None => out.push_str(
                        "   No story yet: add evidence with a STAR story linked to this skill.\n\n",
                    ),
                }
                continue;
            }
            for story in &q.stories {
                let Some(e) = progress.evidence_piece(story.evidence) else {
                    continue;
                };
                if !told.insert(e.id) {
                    let _ = writeln!(out, "   - Story: {} (told above)", inline(&e.title));
                    continue;
                }
                let _ = writeln!(out, "   - Story: {}", evidence_line(e));
                for (label, text) in e.story.parts() {
                    let _ = writeln!(out, "     - {label}: {}", block(text, 7));
                }
            }
            out.push('\n');
        }
    }
    while out.ends_with("\n\n") {
        out.pop();
    }
    out
}

/// "Practised twice, last on 2026-11-20 (went well) · `pivot interview --practised ID`".
fn practised_line(q: &PracticeQuestion) -> String {
    let mark = format!("`pivot interview --practised {}`", q.id);
    match (q.practised, q.last) {
        (0, _) | (_, None) => format!("Not practised yet · mark it: {mark}"),
        (n, Some(last)) => {
            let times = if n == 1 {
                "once".to_string()
            } else {
                format!("{n} times")
            };
            let how = q
                .how
                .as_deref()
                .map_or(String::new(), |h| format!(" ({})", inline(h)));
            format!("Practised {times}, last on {last}{how} · again: {mark}")
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn story(id: u32, title: &str, result: &str) -> Evidence {
        serde_json::from_value(serde_json::json!({
            "id": id, "title": title, "date": "2026-11-01", "kind": "artifact",
            "story": {"result": result}
        }))
        .expect("a piece of evidence")
    }

    #[test]
    fn a_story_answers_the_question_it_fits_best_and_a_tie_answers_both() {
        let questions = [
            "Tell me about pricing a product.".to_string(),
            "How did you handle stakeholders?".to_string(),
            "What would you measure first?".to_string(),
        ];
        let pricing = story(
            1,
            "Pricing test",
            "New pricing for the product lifted revenue",
        );
        let both = story(2, "Board update", "Stakeholders agreed the pricing plan");
        let neither = story(3, "Offsite", "We planned the quarter together");
        let got = answers(&questions, &[&pricing, &both, &neither]);
        let ids = |n: usize| got[n].iter().map(|e| e.id).collect::<Vec<_>>();
        assert_eq!(ids(0), [1, 2], "pricing fits best; the update ties on it");
        assert_eq!(ids(1), [2], "the update ties on stakeholders too");
        assert_eq!(
            ids(2),
            [3],
            "a story that fits none goes where there is none yet"
        );
    }
}
