//! What the integration tests cannot reach: a save whose text is missing must not touch the file.

use std::fs;

use crate::content::builtin;

use super::{Store, StoreError, backup_path};

#[test]
fn empty_text_is_refused_and_the_file_and_backup_stay_as_they_were() {
    let dir = tempfile::TempDir::new().expect("temp dir");
    let path = dir.path().join("progress.json");
    let pack = builtin();
    let mut opened = Store::open(&path, false, &pack).expect("open");
    opened.store.save(&opened.progress).expect("first save");
    opened
        .store
        .save(&opened.progress)
        .expect("second save makes a backup");
    let file = fs::read(&path).expect("file");
    let backup = fs::read(backup_path(&path)).expect("backup");
    for text in ["", "\n"] {
        let err = opened.store.save_text(text).expect_err("nothing to write");
        assert!(matches!(err, StoreError::Encode { .. }), "{err:?}");
        assert!(err.to_string().contains("left exactly as it was"), "{err}");
    }
    assert_eq!(fs::read(&path).expect("file"), file);
    assert_eq!(fs::read(backup_path(&path)).expect("backup"), backup);
}
