//! What an export may include, and the progress cut down to it.

use crate::progress::Progress;

/// What goes into an export.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ExportOptions {
    /// Include journal entries and notes marked private.
    pub include_private: bool,
}

/// The progress as it may be shared: private entries removed unless asked for.
pub fn shareable(progress: &Progress, options: ExportOptions) -> Progress {
    let mut p = progress.clone();
    if !options.include_private {
        p.journal.retain(|j| !j.private);
        for review in &mut p.reviews {
            review.private_notes.clear();
        }
    }
    p
}
