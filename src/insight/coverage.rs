//! How well evidence backs each skill: the pieces linked to it, weighted by kind (an artifact
//! or a metric counts more than a self-report) and by age (evidence older than the file's
//! setting goes stale).

use std::collections::HashMap;

use chrono::NaiveDate;

use crate::content::Pack;
use crate::progress::{Evidence, Progress};

/// How well a skill is backed, from its weighted score.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord)]
pub enum Backing {
    #[default]
    None,
    Thin,
    Backed,
    Strong,
}

impl Backing {
    fn of(score: f64) -> Backing {
        match score {
            s if s <= 0.0 => Backing::None,
            s if s < 1.0 => Backing::Thin,
            s if s < 2.0 => Backing::Backed,
            _ => Backing::Strong,
        }
    }

    pub fn word(self) -> &'static str {
        match self {
            Backing::None => "none",
            Backing::Thin => "thin",
            Backing::Backed => "backed",
            Backing::Strong => "strong",
        }
    }

    /// A short mark for tables: none, thin, backed, strong.
    pub fn mark(self) -> &'static str {
        match self {
            Backing::None => "○",
            Backing::Thin => "◔",
            Backing::Backed => "◑",
            Backing::Strong => "●",
        }
    }
}

/// The evidence behind one skill.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Coverage {
    /// Weighted sum of the fresh pieces (1.0 = one fresh artifact linked to the skill).
    pub score: f64,
    pub fresh: usize,
    pub stale: usize,
    /// The newest piece's date, fresh or not.
    pub newest: Option<NaiveDate>,
    /// Fresh pieces, strongest first (then newest): (evidence id, weight).
    pub pieces: Vec<(u32, f64)>,
}

impl Coverage {
    pub fn backing(&self) -> Backing {
        Backing::of(self.score)
    }
}

/// How much one piece backs a skill: its kind's weight when it is linked to the skill. (A piece
/// linked only to a checklist item backs no skill: a step grows several, and guessing which
/// made unrelated evidence count.)
pub(super) fn weight(piece: &Evidence, skill: &str) -> Option<f64> {
    piece
        .skills
        .iter()
        .any(|s| s == skill)
        .then(|| piece.kind.weight())
}

/// Coverage of every skill of the pack, keyed by skill id.
pub fn coverage(pack: &Pack, progress: &Progress, today: NaiveDate) -> HashMap<String, Coverage> {
    let stale_after = i64::from(progress.settings.evidence_stale_days);
    let mut out: HashMap<String, Coverage> = pack
        .skills
        .iter()
        .map(|s| (s.id.clone(), Coverage::default()))
        .collect();
    for piece in &progress.evidence {
        let fresh = (today - piece.date).num_days() <= stale_after;
        for skill in &pack.skills {
            let Some(w) = weight(piece, &skill.id) else {
                continue;
            };
            let Some(c) = out.get_mut(&skill.id) else {
                continue;
            };
            c.newest = c.newest.max(Some(piece.date));
            if fresh {
                c.fresh += 1;
                c.score += w;
                c.pieces.push((piece.id, w));
            } else {
                c.stale += 1;
            }
        }
    }
    let date = |id: u32| progress.evidence_piece(id).map(|e| e.date);
    for c in out.values_mut() {
        c.pieces.sort_by(|a, b| {
            b.1.total_cmp(&a.1)
                .then(date(b.0).cmp(&date(a.0)))
                .then(b.0.cmp(&a.0))
        });
    }
    out
}
