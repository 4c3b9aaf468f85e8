//! Filtered, ordered index lists for each screen's list. Rebuilt when data or a filter changes,
//! so drawing a frame never scans the data.

use super::action::Screen;
use super::app::App;

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Views {
    /// Indices into the current step's items.
    pub items: Vec<usize>,
    /// Indices into `insights.skills`.
    pub skills: Vec<usize>,
    /// Indices into `insights.milestones` (already by due date).
    pub milestones: Vec<usize>,
    /// Indices into `progress.journal`, newest first.
    pub journal: Vec<usize>,
    /// Indices into `progress.reviews` of finished sessions, newest first.
    pub reviews: Vec<usize>,
    /// Indices into `progress.evidence`, newest first.
    pub evidence: Vec<usize>,
}

fn matcher(filter: &str) -> impl Fn(&[&str]) -> bool {
    let needle = filter.trim().to_lowercase();
    move |haystacks: &[&str]| {
        needle.is_empty() || haystacks.iter().any(|h| h.to_lowercase().contains(&needle))
    }
}

impl Views {
    pub fn build(app: &App) -> Views {
        let f = &app.filters;
        let items = app
            .current_step()
            .map(|step| {
                let keep = matcher(f.get(Screen::Path));
                step.items
                    .iter()
                    .enumerate()
                    .filter(|(_, i)| keep(&[&i.text, &i.id, &i.hint]))
                    .map(|(n, _)| n)
                    .collect()
            })
            .unwrap_or_default();
        let keep = matcher(f.get(Screen::Skills));
        let skills = app
            .insights
            .skills
            .iter()
            .enumerate()
            .filter(|(_, s)| keep(&[&s.name, &s.id]))
            .map(|(n, _)| n)
            .collect();
        let keep = matcher(f.get(Screen::Milestones));
        let milestones = app
            .insights
            .milestones
            .iter()
            .enumerate()
            .filter(|(_, m)| keep(&[&m.title, m.step.as_deref().unwrap_or("")]))
            .map(|(n, _)| n)
            .collect();
        let keep = matcher(f.get(Screen::Journal));
        let mut journal: Vec<usize> = app
            .progress
            .journal
            .iter()
            .enumerate()
            .filter(|(_, j)| keep(&[&j.text]))
            .map(|(n, _)| n)
            .collect();
        let entries = &app.progress.journal;
        journal.sort_by(|&a, &b| {
            (entries[b].date, entries[b].id).cmp(&(entries[a].date, entries[a].id))
        });
        let all = &app.progress.reviews;
        let mut reviews: Vec<usize> = (0..all.len()).filter(|&i| !all[i].draft).collect();
        reviews.sort_by(|&a, &b| (all[b].date, all[b].id).cmp(&(all[a].date, all[a].id)));
        // Evidence matches on its title, kind, link, story and the names of what it backs.
        let keep = matcher(f.get(Screen::Evidence));
        let pieces = &app.progress.evidence;
        let mut evidence: Vec<usize> = (0..pieces.len())
            .filter(|&i| {
                let e = &pieces[i];
                let kind = e.kind.to_string();
                let mut fields: Vec<&str> = vec![&e.title, &kind, e.link.as_deref().unwrap_or("")];
                fields.extend(e.story.parts().map(|(_, text)| text));
                fields.extend(
                    e.skills
                        .iter()
                        .map(|s| app.pack.skill(s).map_or(s.as_str(), |k| k.name.as_str())),
                );
                keep(&fields)
            })
            .collect();
        evidence
            .sort_by(|&a, &b| (pieces[b].date, pieces[b].id).cmp(&(pieces[a].date, pieces[a].id)));
        Views {
            items,
            skills,
            milestones,
            journal,
            reviews,
            evidence,
        }
    }
}
