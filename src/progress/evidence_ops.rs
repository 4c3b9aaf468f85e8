//! Operations on the evidence library.

use chrono::NaiveDate;

use super::ops::non_empty;
use super::{Evidence, EvidenceKind, OpError, Progress, next_id};

/// Whether text is a link rather than a description.
pub fn looks_like_link(text: &str) -> bool {
    let t = text.trim();
    !t.contains(char::is_whitespace)
        && (t.starts_with("http://") || t.starts_with("https://") || t.starts_with("file://"))
}

/// Keep the first of each id, in order.
fn dedup(ids: &mut Vec<String>) {
    let mut seen = std::collections::HashSet::new();
    ids.retain(|id| seen.insert(id.clone()));
}

impl Progress {
    /// Evidence that names a checklist item.
    pub fn evidence_for_item<'a>(&'a self, key: &'a str) -> impl Iterator<Item = &'a Evidence> {
        self.evidence
            .iter()
            .filter(move |e| e.items.iter().any(|i| i == key))
    }

    pub fn evidence_piece(&self, id: u32) -> Option<&Evidence> {
        self.evidence.iter().find(|e| e.id == id)
    }

    /// Add a piece; its id is assigned here. Links to skills and items are taken as given
    /// (callers resolve them against the pack first).
    pub fn add_evidence(&mut self, mut piece: Evidence) -> Result<u32, OpError> {
        piece.title = non_empty(&piece.title, "an evidence title")?;
        dedup(&mut piece.skills);
        dedup(&mut piece.items);
        piece.id = next_id(self.evidence.iter().map(|e| e.id));
        let id = piece.id;
        self.evidence.push(piece);
        Ok(id)
    }

    /// Quick evidence for a checklist item: a link becomes an artifact titled after the item,
    /// a description becomes a self-report titled with its own words.
    pub fn add_item_evidence(
        &mut self,
        key: &str,
        text: &str,
        item_title: &str,
        date: NaiveDate,
    ) -> Result<u32, OpError> {
        let text = non_empty(text, "evidence")?;
        let (title, kind, link) = if looks_like_link(&text) {
            (item_title.to_string(), EvidenceKind::Artifact, Some(text))
        } else {
            (text, EvidenceKind::SelfReport, None)
        };
        // The same link or words for the same item again is the same evidence.
        if let Some(same) = self.evidence_for_item(key).find(|e| match &link {
            Some(link) => e.link.as_ref() == Some(link),
            None => e.link.is_none() && e.title == title,
        }) {
            return Ok(same.id);
        }
        self.add_evidence(Evidence {
            id: 0,
            title,
            date,
            kind,
            link,
            story: Default::default(),
            skills: Vec::new(),
            items: vec![key.to_string()],
        })
    }

    /// Replace a piece's content (its id stays).
    pub fn edit_evidence(&mut self, id: u32, mut piece: Evidence) -> Result<(), OpError> {
        piece.title = non_empty(&piece.title, "an evidence title")?;
        dedup(&mut piece.skills);
        dedup(&mut piece.items);
        let slot = self
            .evidence
            .iter_mut()
            .find(|e| e.id == id)
            .ok_or(OpError::UnknownEvidence(id))?;
        piece.id = id;
        *slot = piece;
        Ok(())
    }

    pub fn delete_evidence(&mut self, id: u32) -> Result<Evidence, OpError> {
        let at = self
            .evidence
            .iter()
            .position(|e| e.id == id)
            .ok_or(OpError::UnknownEvidence(id))?;
        Ok(self.evidence.remove(at))
    }

    /// Set the skills and items a piece backs.
    pub fn link_evidence(
        &mut self,
        id: u32,
        skills: Vec<String>,
        items: Vec<String>,
    ) -> Result<(), OpError> {
        let piece = self
            .evidence
            .iter_mut()
            .find(|e| e.id == id)
            .ok_or(OpError::UnknownEvidence(id))?;
        piece.skills = skills;
        piece.items = items;
        dedup(&mut piece.skills);
        dedup(&mut piece.items);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::looks_like_link;

    #[test]
    fn only_whole_urls_are_links() {
        assert!(looks_like_link("https://docs.example/plan"));
        assert!(looks_like_link(" http://x.y "));
        assert!(!looks_like_link("see https://x.y for the plan"));
        assert!(!looks_like_link("the Q3 deck"));
    }
}
