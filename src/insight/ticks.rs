//! Items the person's own data shows done: ticked with the change that showed it, and said so.

use crate::content::{Pack, TickWhen, item_key};
use crate::progress::{Progress, Rater};

/// An item a change ticks: its `STEP/ITEM` key and its text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SelfTick {
    pub key: String,
    pub text: String,
}

/// The open items that the person's own rating of `skill` would show done: once every skill
/// of the pack has a rating of their own, "rate yourself on every skill" is.
pub fn ticked_by_rating(pack: &Pack, progress: &Progress, skill: &str) -> Vec<SelfTick> {
    let rated = |id: &str| {
        id == skill
            || progress
                .assessments
                .iter()
                .any(|a| a.rater == Rater::Myself && a.ratings.contains_key(id))
    };
    if !pack.skills.iter().all(|s| rated(&s.id)) {
        return Vec::new();
    }
    pack.steps
        .iter()
        .flat_map(|step| step.items.iter().map(move |item| (step, item)))
        .filter(|(_, item)| item.ticks_when == Some(TickWhen::EverySkillRated))
        .map(|(step, item)| SelfTick {
            key: item_key(&step.id, &item.id),
            text: item.text.clone(),
        })
        .filter(|t| !progress.is_done(&t.key))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clock::parse_date;
    use crate::progress::Level;

    fn level(n: u8) -> Level {
        Level::new(n).expect("a level")
    }

    #[test]
    fn the_last_skill_rated_ticks_rate_yourself_on_every_skill_once() {
        let pack = crate::content::builtin();
        let mut p = Progress::new(&pack);
        let day = parse_date("2026-11-20").expect("date");
        let (last, rest) = pack.skills.split_last().expect("skills");
        for s in rest {
            assert_eq!(
                ticked_by_rating(&pack, &p, &s.id),
                vec![],
                "{} is not the last",
                s.id
            );
            p.rate(&s.id, level(2), Rater::Myself, None, day);
        }
        // A mentor's rating of the last one is not the person's own.
        p.rate(&last.id, level(3), Rater::Mentor("Ana".into()), None, day);
        let ticks = ticked_by_rating(&pack, &p, &last.id);
        assert_eq!(
            ticks.iter().map(|t| t.key.as_str()).collect::<Vec<_>>(),
            ["cultivate-skills/rate-skills"]
        );
        assert!(ticks[0].text.starts_with("Rate yourself on every skill"));
        // Ticked already: nothing to tick.
        p.check("cultivate-skills/rate-skills", day);
        assert_eq!(ticked_by_rating(&pack, &p, &last.id), vec![]);
    }
}
