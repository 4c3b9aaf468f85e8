//! The Evidence screen's commands and forms: the library, its links, its stories.

use std::collections::BTreeSet;

use crate::content::item_key;
use crate::progress::{Evidence, EvidenceKind, Star};

use super::action::Screen;
use super::app::{App, Confirm, OnYes, Overlay};
use super::form::{Form, Purpose};
use super::picker::{PickWhat, Picker};

/// Open a link with the system's browser, detached from pivot.
pub fn open_in_browser(link: &str) -> std::io::Result<()> {
    open::that_detached(link)
}

impl App {
    /// The piece selected on the Evidence screen.
    pub fn selected_evidence(&self) -> Option<&Evidence> {
        self.progress
            .evidence
            .get(*self.views.evidence.get(self.pos.evidence.index)?)
    }

    /// After adding: the new piece (the highest id) is selected, the filter cleared.
    pub(super) fn select_newest_evidence(&mut self) {
        self.filters.evidence.clear();
        if let Some(newest) = self.progress.evidence.iter().map(|e| e.id).max() {
            self.select_evidence(newest);
        }
    }

    /// Select a piece wherever it sorts now (after an edit moved its date, say).
    pub(super) fn select_evidence(&mut self, id: u32) {
        self.refresh_views();
        if let Some(row) = self
            .views
            .evidence
            .iter()
            .position(|&i| self.progress.evidence[i].id == id)
        {
            self.pos.evidence.index = row;
            self.pos.evidence.scroll = 0;
        }
    }

    pub(super) fn open_evidence_form(&mut self, id: Option<u32>) {
        let form = evidence_form(self, id);
        self.open_form(form);
    }

    pub(super) fn ask_delete_evidence(&mut self) {
        if let Some(reason) = self.read_only() {
            let message = format!("Read-only ({reason}): nothing can be deleted");
            return self.error(message);
        }
        if let Some(e) = self.selected_evidence() {
            self.overlay = Overlay::Confirm(Confirm {
                question: format!("Delete the evidence \"{}\"?", e.title),
                on_yes: OnYes::DeleteEvidence(e.id),
            });
        }
    }

    pub(super) fn open_link(&mut self) {
        if self.screen != Screen::Evidence {
            return;
        }
        let Some(link) = self.selected_evidence().and_then(|e| e.link.clone()) else {
            return self.info("This piece has no link (e adds one)");
        };
        match (self.opener)(&link) {
            Ok(()) => self.info(format!("Opened {link}")),
            Err(e) => self.error(format!("Cannot open {link}: {e}")),
        }
    }

    pub(super) fn open_picker(&mut self, what: PickWhat) {
        if self.screen != Screen::Evidence {
            return;
        }
        if let Some(reason) = self.read_only() {
            let message = format!("Read-only ({reason}): nothing can be changed");
            return self.error(message);
        }
        let Some(e) = self.selected_evidence() else {
            return self.info("Add a piece of evidence first (a)");
        };
        let (title, options, chosen) = match what {
            PickWhat::Skills => (
                format!("Skills \"{}\" backs", e.title),
                self.pack
                    .skills
                    .iter()
                    .map(|s| (s.id.clone(), s.name.clone()))
                    .collect(),
                e.skills.iter().cloned().collect::<BTreeSet<_>>(),
            ),
            PickWhat::Items => (
                format!("Checklist items \"{}\" shows", e.title),
                self.pack
                    .steps
                    .iter()
                    .enumerate()
                    .flat_map(|(n, s)| {
                        // The step's number is enough to tell where an item belongs.
                        s.items.iter().map(move |i| {
                            (item_key(&s.id, &i.id), format!("{} · {}", n + 1, i.text))
                        })
                    })
                    .collect(),
                e.items.iter().cloned().collect(),
            ),
        };
        self.overlay = Overlay::Picker(Box::new(Picker {
            what,
            evidence: e.id,
            title,
            options,
            chosen,
            cursor: 0,
        }));
    }

    /// Save the picker's choice as the piece's links. Links to ids the pack no longer has are
    /// kept: the picker only shows the pack's.
    pub(super) fn save_picker(&mut self, picker: Picker) {
        let Some(e) = self.progress.evidence_piece(picker.evidence) else {
            return;
        };
        let known: Vec<&str> = picker.options.iter().map(|(id, _)| id.as_str()).collect();
        let keep_unknown = |ids: &[String]| -> Vec<String> {
            ids.iter()
                .filter(|id| !known.contains(&id.as_str()))
                .cloned()
                .collect()
        };
        let (mut skills, mut items) = (e.skills.clone(), e.items.clone());
        match picker.what {
            PickWhat::Skills => {
                skills = picker.chosen_in_order();
                skills.extend(keep_unknown(&e.skills));
            }
            PickWhat::Items => {
                items = picker.chosen_in_order();
                items.extend(keep_unknown(&e.items));
            }
        }
        if skills == e.skills && items == e.items {
            return self.info("No change");
        }
        let id = picker.evidence;
        self.change("Links saved", |p| p.link_evidence(id, skills, items));
    }
}

fn kind_options() -> Vec<(Option<String>, String)> {
    EvidenceKind::ALL
        .iter()
        .map(|k| (Some(k.id().to_string()), k.to_string()))
        .collect()
}

/// The form for a new piece (`None`) or for editing one.
pub fn evidence_form(app: &App, id: Option<u32>) -> Form {
    let existing = id.and_then(|id| app.progress.evidence_piece(id));
    let (purpose, title) = match existing {
        Some(e) => (Purpose::EditEvidence { id: e.id }, "Edit evidence"),
        None => (Purpose::NewEvidence, "New evidence"),
    };
    let text = |f: fn(&Evidence) -> Option<&str>| existing.and_then(f).unwrap_or("");
    Form::new(purpose, title)
        .intro([
            "Artifacts and metrics count most, then feedback, then your own account. A story in STAR form makes it usable in interviews.".to_string(),
        ])
        .line("Title", text(|e| Some(e.title.as_str())), "e.g. Pricing page experiment")
        .choice(
            "Kind",
            kind_options(),
            Some(existing.map_or("artifact", |e| e.kind.id())),
        )
        .date("Date", Some(existing.map_or(app.today, |e| e.date)))
        .line("Link", text(|e| e.link.as_deref()), "https://… (optional)")
        .line("Situation", text(|e| e.story.situation.as_deref()), "the context")
        .line("Task", text(|e| e.story.task.as_deref()), "what you had to do")
        .line("Action", text(|e| e.story.action.as_deref()), "what you did")
        .line("Result", text(|e| e.story.result.as_deref()), "what changed, in numbers if you can")
}

/// Submit an evidence form; `Err` keeps it open with the reason.
pub fn apply(app: &mut App, form: &mut Form) -> Result<bool, ()> {
    let title = form.text(0);
    if title.is_empty() {
        form.refuse("Give it a title", 0);
        return Err(());
    }
    let kind = form
        .choice_value(1)
        .and_then(|k| EvidenceKind::parse(&k))
        .unwrap_or(EvidenceKind::Artifact);
    let date = match form.date_value(2).and_then(|d| {
        d.map(|d| crate::clock::not_in_future(d, app.today, "evidence"))
            .transpose()
    }) {
        Ok(Some(d)) => d,
        Ok(None) => app.today,
        Err(e) => {
            form.refuse(e, 2);
            return Err(());
        }
    };
    let optional = |i: usize| Some(form.text(i)).filter(|t| !t.is_empty());
    let mut piece = Evidence {
        id: 0,
        title,
        date,
        kind,
        link: optional(3),
        story: Star {
            situation: optional(4),
            task: optional(5),
            action: optional(6),
            result: optional(7),
        },
        skills: Vec::new(),
        items: Vec::new(),
    };
    Ok(match form.purpose {
        Purpose::EditEvidence { id } => {
            if let Some(old) = app.progress.evidence_piece(id) {
                piece.skills = old.skills.clone();
                piece.items = old.items.clone();
            }
            let updated = app.apply_change("Evidence updated", |p| p.edit_evidence(id, piece));
            if updated {
                app.select_evidence(id);
            }
            updated
        }
        _ => {
            let added = app.apply_change("Evidence added: s links the skills it backs", |p| {
                p.add_evidence(piece).map(|_| ())
            });
            if added {
                app.select_newest_evidence();
            }
            added
        }
    })
}
